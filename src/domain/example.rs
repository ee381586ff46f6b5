//! The built-in worked example: a real, credited mission statement so a first-time user
//! sees the app with content. The words live in `src/content/example_organization.json`.

use super::organization::{OrgDraft, Organization};
use serde::Deserialize;

const EXAMPLE_JSON: &str = include_str!("../content/example_organization.json");

#[derive(Deserialize)]
struct ExampleContent {
    name: String,
    role: String,
    interview_date: String,
    mission_source: String,
    mission: String,
    notes: String,
}

/// The example as a draft. The content file is checked by a native test, so a broken file
/// fails the build's tests; at run time it falls back to a minimal example instead of
/// panicking.
pub fn example_draft() -> OrgDraft {
    match serde_json::from_str::<ExampleContent>(EXAMPLE_JSON) {
        Ok(c) => OrgDraft {
            name: c.name,
            position: super::deck::Position::Attending,
            role: c.role,
            interview_date: c.interview_date,
            mission_source: c.mission_source,
            mission: c.mission,
            notes: c.notes,
        },
        Err(_) => OrgDraft { name: "Example organization".into(), ..OrgDraft::default() },
    }
}

/// The example as a stored organization under `id`.
pub fn example_organization(id: String, now: u64) -> Organization {
    let mut org = Organization { id, created_at: now, example: true, ..Organization::default() };
    // The example content is valid (see the test below); if it ever were not, the
    // organization keeps only the id and the example flag rather than failing.
    if example_draft().apply(&mut org, now).is_err() {
        org.name = "Example organization".into();
    }
    org
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_content_parses_is_valid_and_is_credited() {
        let parsed: ExampleContent = serde_json::from_str(EXAMPLE_JSON).expect("content file parses");
        let draft = example_draft();
        assert_eq!(draft.name, parsed.name);
        assert!(draft.problems().is_empty(), "{:?}", draft.problems());
        assert!(!draft.mission.is_empty());
        assert!(draft.mission_source.contains("mayoclinic.org"), "the mission must be credited");
        let org = example_organization("x".into(), 5);
        assert!(org.example);
        assert_eq!(org.created_at, 5);
        assert_eq!(org.mission, draft.mission);
    }
}

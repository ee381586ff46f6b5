//! Organizations: what a physician is interviewing with, and the rules for entering one.
//!
//! Plain Rust: no web types, so every rule here is tested natively in milliseconds.

use super::dates::is_iso_date;
use super::deck::{self, Card, CustomCard, Position};
use super::mission;
use super::mission::MISSION_MAX;
use super::practice::{self, Due, Progress, Scope};
use super::text::{char_count, TooLong};
use serde::{Deserialize, Serialize};

/// Longest organization name accepted, in characters.
pub const NAME_MAX: usize = 200;
/// Longest "role applied for", in characters.
pub const ROLE_MAX: usize = 200;
/// Longest "where the mission was found", in characters.
pub const SOURCE_MAX: usize = 1_000;
/// Longest free notes, in characters.
pub const NOTES_MAX: usize = 50_000;

/// A form field's text in `$x`, an organization or a draft: both keep the form's fields
/// under the same names, so the mapping from [`Field`] is written once.
macro_rules! form_text {
    ($x:expr, $field:expr) => {
        match $field {
            Field::Name => &$x.name,
            Field::Position => $x.position.slug(),
            Field::Role => &$x.role,
            Field::InterviewDate => &$x.interview_date,
            Field::MissionSource => &$x.mission_source,
            Field::Mission => &$x.mission,
            Field::Notes => &$x.notes,
        }
    };
}

/// One organization the user is preparing for, as stored.
///
/// Every field has a serde default so data written by an older build of the same schema
/// still loads when a field is added.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organization {
    /// Stable id, unique within the workspace.
    pub id: String,
    pub name: String,
    /// Role applied for, e.g. "Hospitalist" or "Internal medicine residency".
    pub role: String,
    /// Interview date as `YYYY-MM-DD`, or empty.
    pub interview_date: String,
    /// Where the mission statement was found, as plain text (never fetched).
    pub mission_source: String,
    pub mission: String,
    pub notes: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    pub updated_at: u64,
    /// True for the built-in worked example, so "Try an example" can find it again.
    pub example: bool,
    /// The kind of position: decides which built-in cards are in the deck.
    pub position: Position,
    /// Notes, status and schedule per card id. Kept when a card leaves the deck (a mission
    /// edit can remove a generated card), so its notes are back if the card returns.
    pub progress: Vec<Progress>,
    /// The user's own cards.
    pub custom_cards: Vec<CustomCard>,
    /// The red-flag checklist, the debrief and the ratings for comparison.
    pub debrief: super::debrief::Debrief,
    /// Mission-check findings the user marked "Doesn't apply here", with their reasons.
    pub dismissed: Vec<Dismissal>,
    /// The share kit this organization was imported from, if any.
    pub kit: Option<KitOrigin>,
}

/// Where an imported organization came from: shown on its page, with the suggested cards.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KitOrigin {
    pub title: String,
    pub note: String,
    /// Built-in card ids the advisor suggests (those this version knows).
    pub suggested: Vec<String>,
}

/// A finding the user set aside for this organization: hidden, its cards out of the deck,
/// the verdict recomputed. Reversible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dismissal {
    pub finding: mission::FindingId,
    /// Why it does not apply (optional).
    #[serde(default)]
    pub reason: String,
}

impl Organization {
    /// The organization's deck for its position and current mission statement.
    pub fn deck(&self) -> Vec<Card> {
        self.deck_for(&self.mission_report())
    }

    /// The mission check of the statement, without the findings the user dismissed.
    pub fn mission_report(&self) -> mission::Report {
        mission::analyze_named(&self.mission, &self.name).without(&self.dismissed_ids())
    }

    /// The findings the user marked "Doesn't apply here".
    pub fn dismissed_ids(&self) -> Vec<mission::FindingId> {
        self.dismissed.iter().map(|d| d.finding).collect()
    }

    /// The deck for an already computed mission check of this organization's statement.
    pub fn deck_for(&self, report: &mission::Report) -> Vec<Card> {
        deck::assemble(self.position, report, &self.custom_cards)
    }

    /// The stored text of a form field (the kind of position as its slug).
    pub fn text(&self, field: Field) -> &str {
        form_text!(self, field)
    }

    /// Progress on a card, if any was recorded.
    pub fn progress(&self, card: &str) -> Option<&Progress> {
        self.progress.iter().find(|p| p.card == card)
    }

    /// Progress on a card, created when first needed.
    pub fn progress_mut(&mut self, card: &str) -> &mut Progress {
        let at = match self.progress.iter().position(|p| p.card == card) {
            Some(at) => at,
            None => {
                self.progress.push(Progress::new(card));
                self.progress.len() - 1
            }
        };
        &mut self.progress[at]
    }
}

/// The fields a person types, before they are accepted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgDraft {
    pub name: String,
    pub position: Position,
    pub role: String,
    pub interview_date: String,
    pub mission_source: String,
    pub mission: String,
    pub notes: String,
}

/// Which field a validation message belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Position,
    Role,
    InterviewDate,
    MissionSource,
    Mission,
    Notes,
}

impl Field {
    /// The label shown to the user; the same words the form uses.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Organization name",
            Field::Position => "Kind of position",
            Field::Role => "Role applied for",
            Field::InterviewDate => "Interview date",
            Field::MissionSource => "Where the mission was found",
            Field::Mission => "Mission statement",
            Field::Notes => "Notes",
        }
    }

    /// The character limit for this field, if it is a text field with one.
    pub fn limit(self) -> Option<usize> {
        match self {
            Field::Name => Some(NAME_MAX),
            Field::Role => Some(ROLE_MAX),
            Field::MissionSource => Some(SOURCE_MAX),
            Field::Mission => Some(MISSION_MAX),
            Field::Notes => Some(NOTES_MAX),
            Field::InterviewDate | Field::Position => None,
        }
    }
}

/// A field that cannot be accepted, and why, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub kind: ProblemKind,
    pub message: String,
}

/// What kind of problem a field has. Forms show `TooLong` as soon as it happens and the
/// others once the user tries to save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Required,
    TooLong,
    Invalid,
}

fn too_long(field: Field, text: &str) -> Option<FieldError> {
    let limit = field.limit()?;
    let count = char_count(text);
    (count > limit).then(|| FieldError {
        field,
        kind: ProblemKind::TooLong,
        message: TooLong { label: field.label(), count, limit }.message(),
    })
}

impl OrgDraft {
    /// The text of one field as typed (the kind of position as its slug).
    pub fn get(&self, field: Field) -> &str {
        form_text!(self, field)
    }

    /// Set one field from what was typed (the kind of position from its slug).
    pub fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Position => {
                self.position = Position::from_slug(&value).unwrap_or_default();
                return;
            }
            Field::Name => &mut self.name,
            Field::Role => &mut self.role,
            Field::InterviewDate => &mut self.interview_date,
            Field::MissionSource => &mut self.mission_source,
            Field::Mission => &mut self.mission,
            Field::Notes => &mut self.notes,
        };
        *slot = value;
    }

    /// The draft of an existing organization, for editing.
    pub fn from_org(org: &Organization) -> Self {
        Self {
            name: org.name.clone(),
            position: org.position,
            role: org.role.clone(),
            interview_date: org.interview_date.clone(),
            mission_source: org.mission_source.clone(),
            mission: org.mission.clone(),
            notes: org.notes.clone(),
        }
    }

    /// Every problem with the draft, in form order. Empty means it can be saved.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(FieldError {
                field: Field::Name,
                kind: ProblemKind::Required,
                message: "Organization name is required.".into(),
            });
        }
        out.extend(too_long(Field::Name, self.name.trim()));
        out.extend(too_long(Field::Role, self.role.trim()));
        let date = self.interview_date.trim();
        if !date.is_empty() && !is_iso_date(date) {
            out.push(FieldError {
                field: Field::InterviewDate,
                kind: ProblemKind::Invalid,
                message: "Interview date must be a real date, written YYYY-MM-DD.".into(),
            });
        }
        out.extend(too_long(Field::MissionSource, self.mission_source.trim()));
        out.extend(too_long(Field::Mission, &self.mission));
        out.extend(too_long(Field::Notes, &self.notes));
        out
    }

    /// Apply the draft to `org` if it is valid; otherwise return the problems and leave
    /// `org` untouched. Single-line fields are trimmed; long text keeps its layout.
    pub fn apply(&self, org: &mut Organization, now: u64) -> Result<(), Vec<FieldError>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        org.name = self.name.trim().to_string();
        org.position = self.position;
        org.role = self.role.trim().to_string();
        org.interview_date = self.interview_date.trim().to_string();
        org.mission_source = self.mission_source.trim().to_string();
        org.mission = self.mission.clone();
        org.notes = self.notes.clone();
        org.updated_at = now;
        Ok(())
    }
}

/// Everything the user keeps in the app. This is what is stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub organizations: Vec<Organization>,
    /// Domains and weights for comparing organizations.
    pub compare: super::compare::Settings,
}

impl Workspace {
    /// Every organization's deck, by id, and the practice queue across them (see
    /// [`practice::queue_across`]), the organizations taken in the home screen's order.
    pub fn practice_queue(&self, today: &str, scope: Scope) -> (Vec<Due>, Vec<(String, Vec<Card>)>) {
        let orgs = self.sorted();
        let decks: Vec<(String, Vec<Card>)> = orgs.iter().map(|o| (o.id.clone(), o.deck())).collect();
        let input: Vec<(&str, &str, &[Card], &[Progress])> = orgs
            .iter()
            .zip(&decks)
            .map(|(o, (_, deck))| (o.id.as_str(), o.interview_date.as_str(), deck.as_slice(), o.progress.as_slice()))
            .collect();
        (practice::queue_across(&input, today, scope), decks)
    }

    pub fn get(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Organization> {
        self.organizations.iter_mut().find(|o| o.id == id)
    }

    /// Add an organization from a valid draft under `id`. Returns the problems otherwise.
    pub fn add(&mut self, draft: &OrgDraft, id: String, now: u64) -> Result<(), Vec<FieldError>> {
        let mut org = Organization { id, created_at: now, ..Organization::default() };
        draft.apply(&mut org, now)?;
        self.organizations.push(org);
        Ok(())
    }

    /// Update the organization `id` from a draft. `Ok(false)` if it no longer exists
    /// (deleted in another tab, say).
    pub fn update(&mut self, id: &str, draft: &OrgDraft, now: u64) -> Result<bool, Vec<FieldError>> {
        match self.organizations.iter_mut().find(|o| o.id == id) {
            Some(org) => draft.apply(org, now).map(|()| true),
            None => {
                let problems = draft.problems();
                if problems.is_empty() {
                    Ok(false)
                } else {
                    Err(problems)
                }
            }
        }
    }

    /// Remove the organization `id`; returns it if it was there.
    pub fn remove(&mut self, id: &str) -> Option<Organization> {
        let at = self.organizations.iter().position(|o| o.id == id)?;
        Some(self.organizations.remove(at))
    }

    /// Organizations in the order a person wants them: the next interview first, then
    /// those without a date by name.
    pub fn sorted(&self) -> Vec<&Organization> {
        let mut v: Vec<&Organization> = self.organizations.iter().collect();
        v.sort_by(|a, b| {
            let key = |o: &Organization| (o.interview_date.is_empty(), o.interview_date.clone());
            key(a).cmp(&key(b)).then_with(|| caseless(&a.name).cmp(caseless(&b.name)))
        });
        v
    }

    /// The id of the built-in example, if the user has it.
    pub fn example_id(&self) -> Option<&str> {
        self.organizations.iter().find(|o| o.example).map(|o| o.id.as_str())
    }

    /// A fresh id not used in this workspace, from a time and an entropy source.
    pub fn new_id(&self, now: u64, mut entropy: impl FnMut() -> u32) -> String {
        loop {
            let id = format!("o{}{}", to_base36(now), to_base36(u64::from(entropy() % 1_679_616)));
            if self.get(&id).is_none() {
                return id;
            }
        }
    }
}

/// Letters compared without case. ASCII folding is enough for ordering a short list and
/// keeps Unicode case tables out of the bundle; other letters sort by code point.
fn caseless(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().map(|c| c.to_ascii_lowercase())
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str) -> OrgDraft {
        OrgDraft { name: name.into(), ..OrgDraft::default() }
    }

    fn fields(problems: &[FieldError]) -> Vec<Field> {
        problems.iter().map(|p| p.field).collect()
    }

    #[test]
    fn name_is_required_and_blank_counts_as_missing() {
        assert_eq!(fields(&draft("").problems()), vec![Field::Name]);
        assert_eq!(fields(&draft("  \t ").problems()), vec![Field::Name]);
        assert!(draft("Mayo Clinic").problems().is_empty());
    }

    #[test]
    fn limits_are_counted_in_characters_not_bytes() {
        // 200 two-byte characters is 400 bytes but within the limit.
        assert!(draft(&"é".repeat(NAME_MAX)).problems().is_empty());
        let over = draft(&"é".repeat(NAME_MAX + 1)).problems();
        assert_eq!(fields(&over), vec![Field::Name]);
        assert!(over[0].message.contains("201 characters"), "{}", over[0].message);
        assert!(over[0].message.contains("limit is 200"), "{}", over[0].message);
    }

    #[test]
    fn each_long_field_has_its_own_limit() {
        let mut d = draft("A");
        d.mission = "m".repeat(MISSION_MAX);
        d.notes = "n".repeat(NOTES_MAX);
        d.role = "r".repeat(ROLE_MAX);
        d.mission_source = "s".repeat(SOURCE_MAX);
        assert!(d.problems().is_empty());
        d.mission.push('m');
        d.notes.push('n');
        d.role.push('r');
        d.mission_source.push('s');
        assert_eq!(fields(&d.problems()), vec![Field::Role, Field::MissionSource, Field::Mission, Field::Notes]);
        let mission = &d.problems()[2].message;
        assert!(mission.contains("20,001") && mission.contains("20,000"), "{mission}");
    }

    #[test]
    fn dates_must_be_real_calendar_days() {
        for ok in ["2026-12-01", "2028-02-29", "2000-02-29"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in ["2026-13-01", "2027-02-29", "1900-02-29", "2026-1-01", "tomorrow", "2026-04-31", "２０２６-01-01"]
        {
            assert!(!is_iso_date(bad), "{bad}");
        }
        let mut d = draft("A");
        d.interview_date = "31/12/2026".into();
        assert_eq!(fields(&d.problems()), vec![Field::InterviewDate]);
        d.interview_date = String::new();
        assert!(d.problems().is_empty());
    }

    #[test]
    fn apply_trims_single_lines_keeps_long_text_and_refuses_invalid_drafts() {
        let mut org = Organization { name: "Old".into(), ..Organization::default() };
        let mut d = draft("  New name ");
        d.mission = "  Line one\nLine two  ".into();
        d.apply(&mut org, 42).unwrap();
        assert_eq!(org.name, "New name");
        assert_eq!(org.mission, "  Line one\nLine two  ");
        assert_eq!(org.updated_at, 42);

        let before = org.clone();
        assert!(draft("").apply(&mut org, 99).is_err());
        assert_eq!(org, before, "an invalid draft must not change anything");
    }

    #[test]
    fn workspace_add_update_remove() {
        let mut ws = Workspace::default();
        ws.add(&draft("Beta"), "b".into(), 1).unwrap();
        ws.add(&draft("Alpha"), "a".into(), 2).unwrap();
        assert!(ws.add(&draft(""), "c".into(), 3).is_err());
        assert_eq!(ws.organizations.len(), 2);

        assert_eq!(ws.update("a", &draft("Alpha Health"), 5), Ok(true));
        assert_eq!(ws.get("a").unwrap().name, "Alpha Health");
        assert_eq!(ws.get("a").unwrap().created_at, 2);
        assert_eq!(ws.update("gone", &draft("X"), 5), Ok(false));

        assert_eq!(ws.remove("b").map(|o| o.name), Some("Beta".into()));
        assert_eq!(ws.remove("b"), None);
        assert_eq!(ws.organizations.len(), 1);
    }

    #[test]
    fn sorted_puts_the_next_interview_first_then_undated_by_name() {
        let mut ws = Workspace::default();
        for (id, name, date) in
            [("1", "zeta", ""), ("2", "Beta", "2026-12-10"), ("3", "alpha", ""), ("4", "Gamma", "2026-12-01")]
        {
            let mut d = draft(name);
            d.interview_date = date.into();
            ws.add(&d, id.into(), 0).unwrap();
        }
        let names: Vec<&str> = ws.sorted().iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Gamma", "Beta", "alpha", "zeta"]);
    }

    #[test]
    fn new_ids_never_collide_with_existing_ones() {
        let mut ws = Workspace::default();
        let first = ws.new_id(1_700_000_000_000, || 7);
        ws.add(&draft("A"), first.clone(), 0).unwrap();
        let mut n = 6;
        let second = ws.new_id(1_700_000_000_000, || {
            n += 1;
            n
        });
        assert_ne!(first, second);
        assert!(second.chars().all(|c| c.is_ascii_alphanumeric()));
    }

    #[test]
    fn card_notes_survive_a_mission_edit() {
        let mut org = Organization { mission: "Discovery for children.".into(), ..Organization::default() };
        assert!(org.deck().iter().any(|c| c.id == "mission.research.2"));
        org.progress_mut("mission.research.2").notes = "Ask for the research budget.".into();
        org.progress_mut(deck::OPENING_CARD).notes = "Opening.".into();

        org.mission = "Caring for children in our county.".into();
        assert!(!org.deck().iter().any(|c| c.id == "mission.research.2"), "the research card left with the word");
        assert_eq!(org.progress(deck::OPENING_CARD).map(|p| p.notes.as_str()), Some("Opening."));

        org.mission = "Research for children.".into();
        assert!(org.deck().iter().any(|c| c.id == "mission.research.2"));
        assert_eq!(org.progress("mission.research.2").map(|p| p.notes.as_str()), Some("Ask for the research budget."));
        assert_eq!(org.progress.len(), 2, "progress_mut does not duplicate");
    }

    #[test]
    fn the_position_decides_the_built_in_cards() {
        let mut org = Organization::default();
        let mut d = draft("Program");
        d.position = Position::Residency;
        d.apply(&mut org, 1).unwrap();
        assert_eq!(org.position, Position::Residency);
        assert!(org.deck().iter().any(|c| c.id == "res.where-else"));
        assert!(!org.deck().iter().any(|c| c.id == "contract.noncompete"));
    }
}

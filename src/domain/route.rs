//! The app's addresses. A tiny, pure router: parsing and printing paths is all the app
//! needs, and leaving out a general-purpose router keeps the first load small (see the
//! size benchmark). History and link clicks are handled in `crate::router`.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the organizations list.
    Organizations,
    /// `/organizations/<id>`: one organization.
    Organization(String),
    /// `/organizations/<id>/cards`: its question cards.
    Cards(String),
    /// `/organizations/<id>/practice`: practising its cards.
    Practice(String),
    /// `/organizations/<id>/cheat-sheet`: the one-page print view.
    CheatSheet(String),
    /// `/organizations/<id>/debrief`: the red-flag checklist and the debrief.
    Debrief(String),
    /// `/practice`: practising the cards due across organizations.
    PracticeAll,
    /// `/compare`: organizations side by side, ranked.
    Compare,
    /// `/share`: build a share kit (link, QR code, file).
    Share,
    /// `/import`: the preview of a kit opened from a link (the kit is in the fragment).
    Import,
    /// `/data`: backups, restore, storage, delete everything.
    Data,
    /// Anything else.
    NotFound,
}

impl Route {
    /// Read a URL path (without query or fragment). Trailing slashes are ignored; ids are
    /// percent-decoded only for safe ASCII (ids are generated alphanumerics).
    pub fn parse(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Organizations,
            ["compare"] => Route::Compare,
            ["practice"] => Route::PracticeAll,
            ["share"] => Route::Share,
            ["import"] => Route::Import,
            ["data"] => Route::Data,
            ["organizations", id] if is_id(id) => Route::Organization((*id).to_string()),
            ["organizations", id, "cards"] if is_id(id) => Route::Cards((*id).to_string()),
            ["organizations", id, "practice"] if is_id(id) => Route::Practice((*id).to_string()),
            ["organizations", id, "cheat-sheet"] if is_id(id) => Route::CheatSheet((*id).to_string()),
            ["organizations", id, "debrief"] if is_id(id) => Route::Debrief((*id).to_string()),
            _ => Route::NotFound,
        }
    }

    /// The path that leads here.
    pub fn path(&self) -> String {
        match self {
            Route::Organizations => "/".into(),
            Route::Organization(id) => format!("/organizations/{id}"),
            Route::Cards(id) => format!("/organizations/{id}/cards"),
            Route::Practice(id) => format!("/organizations/{id}/practice"),
            Route::CheatSheet(id) => format!("/organizations/{id}/cheat-sheet"),
            Route::Debrief(id) => format!("/organizations/{id}/debrief"),
            Route::Compare => "/compare".into(),
            Route::PracticeAll => "/practice".into(),
            Route::Share => "/share".into(),
            Route::Import => "/import".into(),
            Route::Data => "/data".into(),
            Route::NotFound => "/not-found".into(),
        }
    }

    /// The navigation section this page belongs to, for `aria-current`.
    pub fn section(&self) -> Option<&'static str> {
        match self {
            Route::Organizations
            | Route::PracticeAll
            | Route::Organization(_)
            | Route::Cards(_)
            | Route::Practice(_)
            | Route::CheatSheet(_)
            | Route::Debrief(_) => Some("organizations"),
            Route::Compare => Some("compare"),
            Route::Share | Route::Import => Some("share"),
            Route::Data => Some("data"),
            Route::NotFound => None,
        }
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_parse_to_routes_and_back() {
        for route in [
            Route::Organizations,
            Route::Organization("o1abc".into()),
            Route::Cards("o1abc".into()),
            Route::Practice("o1abc".into()),
            Route::CheatSheet("o1abc".into()),
            Route::Debrief("o1abc".into()),
            Route::Compare,
            Route::PracticeAll,
            Route::Share,
            Route::Import,
            Route::Data,
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
        assert_eq!(Route::parse(""), Route::Organizations);
        assert_eq!(Route::parse("/organizations/o1/"), Route::Organization("o1".into()));
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/organizations",
            "/organizations/",
            "/organizations/a/b",
            "/organizations/a/cards/x",
            "/nope",
            "/organizations/<script>",
            "/organizations/%2e%2e",
        ] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
        let long = format!("/organizations/{}", "a".repeat(65));
        assert_eq!(Route::parse(&long), Route::NotFound);
    }
}

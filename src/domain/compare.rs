//! Comparing organizations: the user's own ratings on weighted domains, hard stops that
//! drop an organization to the bottom with the reason, and a ranked list that explains
//! every position. The score is the user's own ratings, weighted; nothing else is scored.

use super::debrief::{self, Level, Severity};
use super::mission;
use super::organization::{Organization, Workspace};
use serde::{Deserialize, Serialize};

/// A domain the user rates organizations on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Domain {
    pub id: String,
    pub name: String,
    /// 0 (ignore) to 5 (matters most).
    pub weight: u8,
}

/// The comparison settings, kept in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub domains: Vec<Domain>,
}

impl Default for Settings {
    fn default() -> Self {
        let d = |id: &str, name: &str| Domain { id: id.into(), name: name.into(), weight: 3 };
        Self {
            domains: vec![
                d("mission_fit", "Mission fit"),
                d("culture", "Culture and teamwork"),
                d("workload", "Workload"),
                d("education_research", "Education and research"),
                d("location_life", "Location and life"),
            ],
        }
    }
}

/// The weighted rating of an organization, out of 5, if it has any rating on a domain
/// that has weight.
pub fn weighted(settings: &Settings, org: &Organization) -> Option<f64> {
    let (mut sum, mut weights) = (0u32, 0u32);
    for d in settings.domains.iter().filter(|d| d.weight > 0) {
        if let Some(r) = org.debrief.rating(&d.id) {
            sum += u32::from(r) * u32::from(d.weight);
            weights += u32::from(d.weight);
        }
    }
    (weights > 0).then(|| f64::from(sum) / f64::from(weights))
}

/// A rating out of 5 written with one decimal ("4.5"). Integer arithmetic: formatting
/// floats would pull a float-printing routine into the bundle for one digit.
pub fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round().clamp(0.0, 1000.0) as u32;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// One place in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub score: Option<f64>,
    pub hard_stop: Option<String>,
    pub level: Level,
    pub explanation: String,
}

fn serious_flags(org: &Organization) -> usize {
    debrief::ticked_flags(org).iter().filter(|f| f.severity == Severity::Serious).count()
}

/// Rank the organizations: rated ones by weighted rating (ties: fewer serious flags, then
/// name), then those not rated yet, then those with a hard stop, each with its reason.
pub fn rank(ws: &Workspace, settings: &Settings) -> Vec<Place> {
    let mut places: Vec<Place> = ws
        .organizations
        .iter()
        .map(|o| {
            let score = weighted(settings, o);
            let hard = o.debrief.hard_stop.trim();
            let v = debrief::verdict(o);
            let mission_headline = mission::analyze(&o.mission).verdict.headline;
            let mut why = Vec::new();
            if !hard.is_empty() {
                why.push(format!("Hard stop: {}.", hard.trim_end_matches('.')));
            }
            match score {
                Some(s) => why.push(format!("Your weighted rating: {} of 5.", one_decimal(s))),
                None => why.push("Not rated yet.".into()),
            }
            why.push(v.headline.clone());
            why.push(format!("Mission: {mission_headline}"));
            Place {
                id: o.id.clone(),
                name: o.name.clone(),
                score,
                hard_stop: (!hard.is_empty()).then(|| hard.to_string()),
                level: v.level,
                explanation: why.join(" "),
            }
        })
        .collect();
    let flags = |id: &str| ws.get(id).map_or(0, serious_flags);
    places.sort_by(|a, b| {
        let group = |p: &Place| match (&p.hard_stop, p.score) {
            (Some(_), _) => 2,
            (None, None) => 1,
            (None, Some(_)) => 0,
        };
        group(a)
            .cmp(&group(b))
            .then(b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)))
            .then(flags(&a.id).cmp(&flags(&b.id)))
            .then(a.name.to_ascii_lowercase().cmp(&b.name.to_ascii_lowercase()))
    });
    places
}

/// Escape text for a Markdown table cell or line.
fn md(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The comparison as a Markdown document, for download.
pub fn markdown(ws: &Workspace, settings: &Settings, today: &str) -> String {
    let mut out = format!("# Mission Ready: comparison ({today})\n\n## Ranking\n\n");
    for (i, p) in rank(ws, settings).iter().enumerate() {
        out.push_str(&format!("{}. **{}**: {}\n", i + 1, md(&p.name), md(&p.explanation)));
    }
    out.push_str("\n## Side by side\n\n| Organization | Mission | Flags in the text | Flags observed |");
    for d in &settings.domains {
        out.push_str(&format!(" {} (weight {}) |", md(&d.name), d.weight));
    }
    out.push_str("\n|---|---|---|---|");
    out.push_str(&"---|".repeat(settings.domains.len()));
    out.push('\n');
    for o in &ws.organizations {
        let report = mission::analyze(&o.mission);
        let text_flags: Vec<&str> =
            report.findings.iter().filter(|f| f.kind == mission::Kind::Flag).map(|f| f.title.as_str()).collect();
        let seen: Vec<String> = debrief::ticked_flags(o).into_iter().map(|f| f.flag).collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} |",
            md(&o.name),
            md(&report.verdict.headline),
            md(&text_flags.join(", ")),
            md(&seen.join("; "))
        ));
        for d in &settings.domains {
            out.push_str(&format!(" {} |", o.debrief.rating(&d.id).map_or("–".to_string(), |r| r.to_string())));
        }
        out.push('\n');
    }
    out.push_str("\nWritten with Mission Ready. The mission check is a heuristic; the ratings are your own.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str, ratings: &[(&str, u8)], hard: &str) -> Organization {
        let mut o = Organization { id: id.into(), name: id.to_uppercase(), ..Organization::default() };
        for (d, r) in ratings {
            o.debrief.set_rating(d, Some(*r));
        }
        o.debrief.hard_stop = hard.into();
        o
    }

    #[test]
    fn weighting_uses_only_rated_domains_with_weight() {
        let mut s = Settings::default();
        let o = org("a", &[("mission_fit", 5), ("culture", 1)], "");
        assert_eq!(weighted(&s, &o), Some(3.0));
        s.domains[0].weight = 5; // mission fit matters most
        s.domains[1].weight = 1;
        assert!((weighted(&s, &o).unwrap() - (25.0 + 1.0) / 6.0).abs() < 1e-9);
        s.domains[0].weight = 0;
        assert_eq!(weighted(&s, &o), Some(1.0));
        assert_eq!(weighted(&s, &org("b", &[], "")), None);
    }

    #[test]
    fn ranking_table_of_cases() {
        let s = Settings::default();
        let ws = Workspace {
            organizations: vec![
                org("low", &[("mission_fit", 2), ("culture", 2)], ""),
                org("stop", &[("mission_fit", 5), ("culture", 5)], "Non-compete covers the whole state."),
                org("high", &[("mission_fit", 5), ("culture", 4)], ""),
                org("unrated", &[], ""),
            ],
            ..Workspace::default()
        };
        let r = rank(&ws, &s);
        let ids: Vec<&str> = r.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["high", "low", "unrated", "stop"], "a hard stop drops to the bottom whatever its ratings");
        assert!(r[0].explanation.contains("4.5 of 5"));
        assert!(r[3].explanation.starts_with("Hard stop: Non-compete covers the whole state. Your weighted"));
        assert!(r[2].explanation.contains("Not rated yet."));
    }

    #[test]
    fn one_decimal_rounds_like_people_do() {
        assert_eq!(one_decimal(4.5), "4.5");
        assert_eq!(one_decimal(26.0 / 6.0), "4.3");
        assert_eq!(one_decimal(3.0), "3.0");
        assert_eq!(one_decimal(4.96), "5.0");
    }

    #[test]
    fn ties_go_to_fewer_serious_flags() {
        let s = Settings::default();
        let mut flagged = org("a", &[("culture", 4)], "");
        flagged.debrief.tick_mut("mission_unexplained").ticked = true;
        let clean = org("b", &[("culture", 4)], "");
        let ws = Workspace { organizations: vec![flagged, clean], ..Workspace::default() };
        let ids: Vec<String> = rank(&ws, &s).into_iter().map(|p| p.id).collect();
        assert_eq!(ids, ["b", "a"]);
    }

    #[test]
    fn markdown_has_the_ranking_and_a_table_and_escapes_cells() {
        let s = Settings::default();
        let mut a = org("a", &[("mission_fit", 4)], "");
        a.name = "Pipe | Health\nNew line".into();
        let ws = Workspace { organizations: vec![a], ..Workspace::default() };
        let text = markdown(&ws, &s, "2026-11-27");
        assert!(text.starts_with("# Mission Ready: comparison (2026-11-27)"));
        assert!(text.contains("1. **Pipe \\| Health New line**"));
        assert!(text.contains("| Organization | Mission |"));
        assert!(text.contains("Mission fit (weight 3)"));
        assert_eq!(text.lines().filter(|l| l.starts_with("| Pipe")).count(), 1);
    }
}

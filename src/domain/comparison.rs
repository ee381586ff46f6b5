//! Comparing organizations: a ranked list that explains every position (hard stops drop
//! an organization to the bottom with the reason), and the side-by-side table that the
//! screen, the printout and the Markdown download share.

use super::compare::{one_decimal, unrated, weighted, Settings};
use super::debrief::Severity;
use super::deck::OPENING_CARD;
use super::mission::{self, Kind};
use super::organization::{Organization, Workspace};
use super::practice::{Heard, Status};
use super::verdict::{self, Level};

/// The comparison side by side: one row per organization, one column per question. The
/// screen, its printout and the Markdown download all render this one table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Column headings, the organization's first.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

/// One organization's row: its name (the row header) and one cell per further column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub cells: Vec<String>,
}

/// A mission verdict's headline, saying when the user adjusted it.
pub fn adjusted_headline(v: &mission::Verdict) -> String {
    if v.adjusted {
        format!("{} (Adjusted by you.)", v.headline)
    } else {
        v.headline.clone()
    }
}

/// "2 clear, 1 vague": what was heard on the cards marked asked, or why there is nothing.
pub fn answers_heard(org: &Organization) -> String {
    let answers = verdict::answers(org);
    if answers.is_empty() {
        return "None asked yet".into();
    }
    let parts: Vec<String> = Heard::ALL
        .iter()
        .filter_map(|h| {
            let n = answers.iter().filter(|(_, a)| *a == Some(*h)).count();
            (n > 0).then(|| format!("{n} {}", h.short()))
        })
        .collect();
    let unnoted = answers.iter().filter(|(_, a)| a.is_none()).count();
    let mut out = parts.join(", ");
    if unnoted > 0 {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&format!("{unnoted} asked, not noted"));
    }
    out
}

/// The side-by-side table, organizations in the order of the ranking.
pub fn table(ws: &Workspace, settings: &Settings) -> Table {
    let mut columns: Vec<String> = [
        "Organization",
        "Mission check",
        "Red flags in the text",
        "Flags observed",
        "Opening question",
        "Answers heard",
    ]
    .map(String::from)
    .to_vec();
    columns.extend(settings.domains.iter().map(|d| format!("{} (weight {})", d.name, d.weight)));
    columns.push("Weighted rating (of 5)".into());
    columns.push("Hard stop".into());
    let rows = rank(ws, settings)
        .iter()
        .filter_map(|p| ws.get(&p.id))
        .map(|o| {
            let report = o.mission_report();
            let text_flags: Vec<&str> =
                report.findings.iter().filter(|f| f.kind == Kind::Flag).map(|f| f.title.as_str()).collect();
            let seen: Vec<String> = verdict::ticked_flags(o)
                .into_iter()
                .map(|f| format!("{} ({})", f.flag, f.severity.label().to_lowercase()))
                .collect();
            let opening = o.progress(OPENING_CARD).filter(|p| p.status == Status::Asked).map_or_else(
                || "Not asked yet".to_string(),
                |p| p.heard.map_or_else(|| "Asked; not noted".to_string(), |h| h.label().to_string()),
            );
            let mut cells = vec![
                adjusted_headline(&report.verdict),
                if text_flags.is_empty() { "None".into() } else { text_flags.join(", ") },
                if seen.is_empty() { "None ticked".into() } else { seen.join("; ") },
                opening,
                answers_heard(o),
            ];
            cells.extend(
                settings.domains.iter().map(|d| o.debrief.rating(&d.id).map_or("–".to_string(), |r| r.to_string())),
            );
            cells.push(weighted(settings, &o.debrief).map_or("–".to_string(), one_decimal));
            let hard = o.debrief.hard_stop.trim();
            cells.push(if hard.is_empty() { "–".to_string() } else { hard.to_string() });
            Row { id: o.id.clone(), name: o.name.clone(), cells }
        })
        .collect();
    Table { columns, rows }
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
    verdict::ticked_flags(org).iter().filter(|f| f.severity == Severity::Serious).count()
}

/// The serious flags ticked for `org`, by title.
fn serious_titles(org: &Organization) -> Vec<String> {
    verdict::ticked_flags(org).iter().filter(|f| f.severity == Severity::Serious).map(|f| f.flag.clone()).collect()
}

/// Rank the organizations: rated ones by weighted rating (ties: fewer serious flags, then
/// name), then those not rated yet, then those with a hard stop, each with its reason.
pub fn rank(ws: &Workspace, settings: &Settings) -> Vec<Place> {
    let mut places: Vec<Place> = ws
        .organizations
        .iter()
        .map(|o| {
            let score = weighted(settings, &o.debrief);
            let hard = o.debrief.hard_stop.trim();
            let v = verdict::verdict(o);
            let mission_headline = adjusted_headline(&o.mission_report().verdict);
            let mut why = Vec::new();
            if !hard.is_empty() {
                why.push(format!("Hard stop: {}.", hard.trim_end_matches('.')));
            }
            let serious = serious_titles(o);
            match serious.len() {
                0 => {}
                1 => why.push(format!("Serious flag: {}.", serious[0].trim_end_matches('.'))),
                n => why.push(format!(
                    "{n} serious flags: {}.",
                    serious.iter().map(|t| t.trim_end_matches('.')).collect::<Vec<_>>().join("; ")
                )),
            }
            let missing = unrated(settings, &o.debrief);
            match score {
                Some(s) if missing.is_empty() => why.push(format!("Your weighted rating: {} of 5.", one_decimal(s))),
                Some(s) => why.push(format!(
                    "Your weighted rating: {} of 5, from the rated domains only (not rated: {}).",
                    one_decimal(s),
                    missing.join(", ")
                )),
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
    let table = table(ws, settings);
    out.push_str("\n## Side by side\n\n|");
    for c in &table.columns {
        out.push_str(&format!(" {} |", md(c)));
    }
    out.push_str("\n|");
    out.push_str(&"---|".repeat(table.columns.len()));
    out.push('\n');
    for row in &table.rows {
        out.push_str(&format!("| {} |", md(&row.name)));
        for cell in &row.cells {
            out.push_str(&format!(" {} |", md(cell)));
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
        assert_eq!(weighted(&s, &o.debrief), Some(3.0));
        s.domains[0].weight = 5; // mission fit matters most
        s.domains[1].weight = 1;
        assert!((weighted(&s, &o.debrief).unwrap() - (25.0 + 1.0) / 6.0).abs() < 1e-9);
        s.domains[0].weight = 0;
        assert_eq!(weighted(&s, &o.debrief), Some(1.0));
        assert_eq!(weighted(&s, &org("b", &[], "").debrief), None);
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
    fn ties_go_to_fewer_serious_flags() {
        let s = Settings::default();
        let mut flagged = org("a", &[("culture", 4)], "");
        flagged.debrief.tick_mut(crate::domain::debrief::FLAG_MISSION_UNEXPLAINED).ticked = true;
        let clean = org("b", &[("culture", 4)], "");
        let ws = Workspace { organizations: vec![flagged, clean], ..Workspace::default() };
        let r = rank(&ws, &s);
        let ids: Vec<&str> = r.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert!(r[1].explanation.starts_with("Serious flag: "), "the flag is in the reason: {}", r[1].explanation);
        assert!(!r[0].explanation.contains("Serious flag"));
    }

    #[test]
    fn domains_left_unrated_are_named_not_dropped_in_silence() {
        let s = Settings::default();
        assert!(s.domains.iter().any(|d| d.id == "compensation" && d.weight > 0), "compensation is a default domain");
        let all: Vec<(&str, u8)> = s.domains.iter().map(|d| (d.id.as_str(), 4)).collect();
        let ws = Workspace {
            organizations: vec![org("full", &all, ""), org("part", &[("culture", 4)], "")],
            ..Workspace::default()
        };
        let r = rank(&ws, &s);
        let full = r.iter().find(|p| p.id == "full").unwrap();
        let part = r.iter().find(|p| p.id == "part").unwrap();
        assert!(full.explanation.contains("Your weighted rating: 4.0 of 5."), "{}", full.explanation);
        assert!(
            part.explanation
                .contains("from the rated domains only (not rated: Mission fit, Workload, Compensation and benefits"),
            "{}",
            part.explanation
        );
    }

    #[test]
    fn settings_saved_before_a_builtin_domain_existed_gain_it_and_keep_the_rest() {
        let mut old =
            Settings { domains: Settings::default().domains.into_iter().filter(|d| d.id != "compensation").collect() };
        old.domains[0].weight = 5;
        old.domains.push(crate::domain::compare::Domain { id: "own.1".into(), name: "Commute".into(), weight: 2 });
        old.complete();
        assert_eq!(old.domains[0].weight, 5);
        assert!(old.domains.iter().any(|d| d.id == "own.1"));
        assert_eq!(old.domains.iter().filter(|d| d.id == "compensation").count(), 1);
        let again = old.clone();
        old.complete();
        assert_eq!(old, again, "completing twice changes nothing");
    }

    #[test]
    fn the_table_follows_the_ranking_and_counts_the_answers_heard() {
        let s = Settings::default();
        let mut low = org("low", &[("culture", 2)], "");
        for (card, heard) in
            [(OPENING_CARD, Some(Heard::Clear)), ("team.consults", Some(Heard::Clear)), ("ops.typical-day", None)]
        {
            let p = low.progress_mut(card);
            p.status = Status::Asked;
            p.heard = heard;
        }
        low.progress_mut("turnover.why-open").heard = Some(Heard::Vague); // heard, but not marked asked
        let ws = Workspace { organizations: vec![low, org("high", &[("culture", 5)], "")], ..Workspace::default() };
        let t = table(&ws, &s);
        let ids: Vec<&str> = t.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["high", "low"], "rows in rank order");
        let col = t.columns.iter().position(|c| c == "Answers heard").unwrap() - 1;
        assert_eq!(t.rows[1].cells[col], "2 clear, 1 asked, not noted");
        assert_eq!(t.rows[0].cells[col], "None asked yet");
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
        assert!(text.contains("| Organization | Mission check |"));
        assert!(text.contains("Mission fit (weight 3)"));
        assert_eq!(text.lines().filter(|l| l.starts_with("| Pipe")).count(), 1);
    }

    #[test]
    fn markdown_has_every_column_of_the_screens_table() {
        let s = Settings::default();
        let mut a = org("a", &[("mission_fit", 4), ("culture", 2)], "Call every other night.");
        let p = a.progress_mut(OPENING_CARD);
        p.status = Status::Asked;
        p.heard = Some(crate::domain::practice::Heard::Vague);
        let ws = Workspace { organizations: vec![a], ..Workspace::default() };
        let t = table(&ws, &s);
        assert_eq!(t.columns.len(), 6 + s.domains.len() + 2);
        assert!(t.rows.iter().all(|r| r.cells.len() + 1 == t.columns.len()), "one cell per column");
        let text = markdown(&ws, &s, "2026-11-27");
        for heading in &t.columns {
            assert!(text.contains(heading.as_str()), "Markdown has the column {heading}");
        }
        let row = text.lines().find(|l| l.starts_with("| A |")).expect("the row");
        for cell in ["Vague", "1 vague", "3.0", "Call every other night."] {
            assert!(row.contains(cell), "{cell} in {row}");
        }
    }
}

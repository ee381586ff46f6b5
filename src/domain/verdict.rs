//! The verdict on an organization after its interview, from the mission check, the ticked
//! flags and the answers heard; and the checklist an organization's page shows. Any serious
//! flag comes first, and every reason is listed.

use super::debrief::{builtin_flags, Flag, Severity, FLAG_MISSION_UNEXPLAINED};
use super::deck::{Card, OPENING_CARD};
use super::mission::{self, FindingId, Kind};
use super::organization::Organization;
use super::practice::{Heard, Status};

/// The checklist for an organization: the built-in flags for its position (the essay's serious flag first),
/// then the user's own.
pub fn checklist(org: &Organization) -> Vec<Flag> {
    let mut out: Vec<Flag> =
        builtin_flags().iter().filter(|f| f.only_for.is_none_or(|p| p == org.position)).cloned().collect();
    out.extend(org.debrief.own_flags.iter().map(|f| Flag {
        id: f.id.clone(),
        severity: f.severity,
        only_for: None,
        flag: f.flag.clone(),
        detail: String::new(),
        cite: String::new(),
    }));
    out
}

/// The flags ticked for an organization, most serious first.
pub fn ticked_flags(org: &Organization) -> Vec<Flag> {
    let mut out: Vec<Flag> = checklist(org).into_iter().filter(|f| org.debrief.is_ticked(&f.id)).collect();
    out.sort_by_key(|f| f.severity);
    out
}

/// What was heard for each asked card: (question, answer), in deck order.
pub fn answers(org: &Organization) -> Vec<(String, Option<Heard>)> {
    answers_in(org, &org.deck())
}

/// [`answers`] for an already assembled deck of this organization.
pub fn answers_in(org: &Organization, deck: &[Card]) -> Vec<(String, Option<Heard>)> {
    deck.iter()
        .filter_map(|c| {
            let p = org.progress(&c.id)?;
            (p.status == Status::Asked).then(|| (c.question.clone(), p.heard))
        })
        .collect()
}

/// The overall verdict on an organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A serious flag: it says so first.
    Serious,
    /// Red flags in the mission or major flags observed.
    Concerns,
    /// Some doubts: vague answers, minor flags, a generic mission.
    Mixed,
    /// Nothing worrying noted, and the mission reads well.
    Good,
    /// Too little noted to judge.
    NotYet,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub level: Level,
    pub headline: String,
    pub reasons: Vec<String>,
}

/// The verdict from the mission check, the ticked flags and the answers heard. Any serious
/// flag comes first; every reason is listed.
pub fn verdict(org: &Organization) -> Verdict {
    let report = org.mission_report();
    verdict_for(org, &report, &org.deck_for(&report))
}

/// [`verdict`] from this organization's already computed mission check and deck.
pub fn verdict_for(org: &Organization, report: &mission::Report, deck: &[Card]) -> Verdict {
    let flags = ticked_flags(org);
    let opening = org.progress(OPENING_CARD).filter(|p| p.status == Status::Asked).and_then(|p| p.heard);
    let heard: Vec<Option<Heard>> = answers_in(org, deck).into_iter().map(|(_, h)| h).collect();
    let count = |h: Heard| heard.iter().filter(|x| **x == Some(h)).count();

    let mut serious: Vec<String> =
        flags.iter().filter(|f| f.severity == Severity::Serious).map(|f| format!("Serious: {}.", f.flag)).collect();
    if opening == Some(Heard::CouldNotAnswer) && !org.debrief.is_ticked(FLAG_MISSION_UNEXPLAINED) {
        serious
            .push("Serious: asked to explain the mission and how it informs operations, they could not answer.".into());
    }
    let mut reasons = serious.clone();
    for f in report.findings.iter().filter(|f| f.kind == Kind::Flag) {
        reasons.push(format!("Mission check: {} ({}).", f.title, f.reason.trim_end_matches('.')));
    }
    for f in flags.iter().filter(|f| f.severity != Severity::Serious) {
        reasons.push(format!("{} flag: {}.", f.severity.label(), f.flag));
    }
    let (clear, vague, none) = (count(Heard::Clear), count(Heard::Vague), count(Heard::CouldNotAnswer));
    if clear + vague + none > 0 {
        reasons.push(format!("Answers heard: {clear} clear, {vague} vague, {none} could not answer."));
    }
    if opening == Some(Heard::Clear) {
        reasons.push("They explained the mission and how it shapes the work.".into());
    }
    if let Some(i) = org.debrief.impression {
        reasons.push(format!("Your overall impression: {}.", i.label().to_lowercase()));
    }
    if !org.debrief.hard_stop.trim().is_empty() {
        reasons.push(format!("Hard stop: {}.", org.debrief.hard_stop.trim().trim_end_matches('.')));
    }

    let mission_concern = report.has_concern();
    let major = flags.iter().any(|f| f.severity == Severity::Major);
    let minor = flags.iter().any(|f| f.severity == Severity::Minor);
    let noted = !flags.is_empty() || clear + vague + none > 0 || org.debrief.impression.is_some();
    let (level, headline) = if !serious.is_empty() {
        (Level::Serious, format!("Serious red flag: {}", serious[0].trim_start_matches("Serious: ")))
    } else if mission_concern || major || none > 0 {
        (Level::Concerns, "Concerns: what you saw or heard does not match a mission lived day to day.".to_string())
    } else if !noted {
        (Level::NotYet, "Not enough noted yet: tick what you saw and record what you heard.".to_string())
    } else if minor || vague > 0 || report.has(FindingId::Generic) || report.has(FindingId::Missing) {
        (Level::Mixed, "Mixed: some doubts to follow up before you decide.".to_string())
    } else {
        (Level::Good, "Good signs: no red flags noted, and the answers you heard were clear.".to_string())
    };
    Verdict { level, headline, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::debrief::OwnFlag;
    use crate::domain::deck::Position;
    use crate::domain::practice::Progress;

    fn org(mission: &str) -> Organization {
        Organization { id: "o".into(), name: "Org".into(), mission: mission.into(), ..Organization::default() }
    }

    fn asked(o: &mut Organization, card: &str, heard: Heard) {
        let p = o.progress_mut(card);
        p.status = Status::Asked;
        p.heard = Some(heard);
    }

    #[test]
    fn the_checklist_follows_the_position_and_adds_own_flags() {
        let mut o = org("");
        assert!(!checklist(&o).iter().any(|f| f.id == "asked_where_else"));
        o.position = Position::Residency;
        assert!(checklist(&o).iter().any(|f| f.id == "asked_where_else"));
        o.debrief.own_flags.push(OwnFlag { id: "own.1".into(), flag: "No parking".into(), severity: Severity::Minor });
        assert_eq!(checklist(&o).last().map(|f| f.flag.as_str()), Some("No parking"));
    }

    #[test]
    fn verdict_rules() {
        let promising = "Inspiring hope through integrated clinical practice, education and research.";
        // Nothing noted yet.
        assert_eq!(verdict(&org(promising)).level, Level::NotYet);

        // Clear answers, no flags: good.
        let mut good = org(promising);
        asked(&mut good, OPENING_CARD, Heard::Clear);
        let v = verdict(&good);
        assert_eq!(v.level, Level::Good);
        assert!(v.reasons.iter().any(|r| r.contains("They explained the mission")));

        // A vague answer: mixed.
        let mut mixed = good.clone();
        asked(&mut mixed, "ops.typical-day", Heard::Vague);
        assert_eq!(verdict(&mixed).level, Level::Mixed);

        // A major flag: concerns.
        let mut major = good.clone();
        major.debrief.tick_mut("turnover").ticked = true;
        let v = verdict(&major);
        assert_eq!(v.level, Level::Concerns);
        assert!(v.reasons.iter().any(|r| r.starts_with("Major flag: Signs of turnover")));

        // A money-first mission is a concern even with clear answers.
        let mut money = org("To maximise shareholder value.");
        asked(&mut money, OPENING_CARD, Heard::Clear);
        assert_eq!(verdict(&money).level, Level::Concerns);

        // Any serious flag says so first, whatever else is good.
        let mut serious = major.clone();
        serious.debrief.tick_mut(FLAG_MISSION_UNEXPLAINED).ticked = true;
        let v = verdict(&serious);
        assert_eq!(v.level, Level::Serious);
        assert!(v.headline.starts_with("Serious red flag: A leader (program director"), "{}", v.headline);
        assert!(v.reasons[0].starts_with("Serious:"));

        // The same failure from a junior interviewer is minor: graded by role.
        let mut junior = org(promising);
        asked(&mut junior, OPENING_CARD, Heard::Clear);
        junior.debrief.tick_mut("mission_unexplained_junior").ticked = true;
        let v = verdict(&junior);
        assert_eq!(v.level, Level::Mixed, "{v:?}");
        assert!(v.reasons.iter().any(|r| r.starts_with("Minor flag: A junior interviewer")));

        // Could not answer the opening question counts as the essay's serious flag.
        let mut unexplained = org(promising);
        asked(&mut unexplained, OPENING_CARD, Heard::CouldNotAnswer);
        assert_eq!(verdict(&unexplained).level, Level::Serious);

        // An unticked flag does not count.
        let mut unticked = good.clone();
        unticked.debrief.tick_mut("turnover").note = "Thought so, but no.".into();
        assert_eq!(verdict(&unticked).level, Level::Good);
    }

    #[test]
    fn answers_list_only_asked_cards() {
        let mut o = org("");
        asked(&mut o, "team.consults", Heard::Vague);
        o.progress.push(Progress { status: Status::Practised, ..Progress::new("turnover.why-open") });
        let a = answers(&o);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].1, Some(Heard::Vague));
    }
}

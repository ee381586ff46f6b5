//! The interview debrief: the red-flag checklist (seed first), what was heard, culture and
//! teamwork observations, an overall impression and a gut check, and a verdict with every
//! reason listed. Built-in flags are data (`src/content/flags.txt`).

use super::blocks;
use super::deck::Position;
use super::mission::{self, Kind};
use super::organization::Organization;
use super::practice::{Heard, Status};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const FLAGS_TEXT: &str = include_str!("../content/flags.txt");

/// Longest debrief text field, in characters.
pub const DEBRIEF_TEXT_MAX: usize = 20_000;

/// How much a flag weighs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Serious,
    #[default]
    Major,
    Minor,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Serious, Severity::Major, Severity::Minor];

    pub fn label(self) -> &'static str {
        match self {
            Severity::Serious => "Serious",
            Severity::Major => "Major",
            Severity::Minor => "Minor",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Severity::Serious => "serious",
            Severity::Major => "major",
            Severity::Minor => "minor",
        }
    }

    pub fn from_slug(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// A red flag on the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub id: String,
    pub severity: Severity,
    /// `None` for all positions.
    pub only_for: Option<Position>,
    pub flag: String,
    pub detail: String,
}

/// Parse the built-in flags.
pub fn parse_flags(text: &str) -> Result<Vec<Flag>, String> {
    let mut out = Vec::new();
    for b in blocks::parse(text)? {
        let at = b.line;
        out.push(Flag {
            id: b.require("id")?.to_string(),
            severity: Severity::from_slug(b.require("severity")?)
                .ok_or(format!("flag at line {at}: unknown severity"))?,
            only_for: match b.require("audience")? {
                "all" => None,
                "attending" => Some(Position::Attending),
                "residency" => Some(Position::Residency),
                _ => return Err(format!("flag at line {at}: audience is all, attending or residency")),
            },
            flag: b.require("flag")?.to_string(),
            detail: b.require("detail")?.to_string(),
        });
    }
    Ok(out)
}

/// The built-in flags, the seed's serious flag first.
pub fn builtin_flags() -> &'static [Flag] {
    static FLAGS: OnceLock<Vec<Flag>> = OnceLock::new();
    FLAGS.get_or_init(|| parse_flags(FLAGS_TEXT).unwrap_or_default())
}

/// A flag the user added for one organization.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnFlag {
    pub id: String,
    pub flag: String,
    pub severity: Severity,
}

/// A tick on the checklist, with an optional note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tick {
    pub id: String,
    pub ticked: bool,
    pub note: String,
}

/// How the day felt overall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Impression {
    VeryPositive,
    Positive,
    Mixed,
    Negative,
    VeryNegative,
}

impl Impression {
    pub const ALL: [Impression; 5] = [
        Impression::VeryPositive,
        Impression::Positive,
        Impression::Mixed,
        Impression::Negative,
        Impression::VeryNegative,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Impression::VeryPositive => "Very positive",
            Impression::Positive => "Positive",
            Impression::Mixed => "Mixed",
            Impression::Negative => "Negative",
            Impression::VeryNegative => "Very negative",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Impression::VeryPositive => "very_positive",
            Impression::Positive => "positive",
            Impression::Mixed => "mixed",
            Impression::Negative => "negative",
            Impression::VeryNegative => "very_negative",
        }
    }

    pub fn from_slug(s: &str) -> Option<Impression> {
        Impression::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// Everything noted about one organization's interview, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Debrief {
    pub ticks: Vec<Tick>,
    pub own_flags: Vec<OwnFlag>,
    /// Culture and teamwork observations.
    pub culture: String,
    pub impression: Option<Impression>,
    /// A free-text gut check.
    pub gut: String,
    /// When the debrief was written (`YYYY-MM-DD`).
    pub date: String,
    /// The user's ratings for comparison: (domain id, 1–5).
    pub ratings: Vec<(String, u8)>,
    /// A reason this organization is out, whatever its ratings. Empty: none.
    pub hard_stop: String,
}

impl Debrief {
    pub fn tick(&self, id: &str) -> Option<&Tick> {
        self.ticks.iter().find(|t| t.id == id)
    }

    pub fn tick_mut(&mut self, id: &str) -> &mut Tick {
        let at = match self.ticks.iter().position(|t| t.id == id) {
            Some(at) => at,
            None => {
                self.ticks.push(Tick { id: id.to_string(), ..Tick::default() });
                self.ticks.len() - 1
            }
        };
        &mut self.ticks[at]
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.tick(id).is_some_and(|t| t.ticked)
    }

    pub fn rating(&self, domain: &str) -> Option<u8> {
        self.ratings.iter().find(|(d, _)| d == domain).map(|(_, r)| *r)
    }

    /// Set a rating (1–5; anything else clears it).
    pub fn set_rating(&mut self, domain: &str, value: Option<u8>) {
        self.ratings.retain(|(d, _)| d != domain);
        if let Some(v) = value.filter(|v| (1..=5).contains(v)) {
            self.ratings.push((domain.to_string(), v));
        }
    }
}

/// The checklist for an organization: the built-in flags for its position (seed first),
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
    answers_in(org, org.deck())
}

fn answers_in(org: &Organization, deck: Vec<super::deck::Card>) -> Vec<(String, Option<Heard>)> {
    deck.into_iter()
        .filter_map(|c| {
            let p = org.progress(&c.id)?;
            (p.status == Status::Asked).then_some((c.question, p.heard))
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
    let report = mission::analyze(&org.mission);
    let flags = ticked_flags(org);
    let opening = org.progress("opening.explain-mission").filter(|p| p.status == Status::Asked).and_then(|p| p.heard);
    // One mission analysis serves both the mission's flags and the deck of asked cards.
    let heard: Vec<Option<Heard>> = answers_in(org, org.deck_for(&report)).into_iter().map(|(_, h)| h).collect();
    let count = |h: Heard| heard.iter().filter(|x| **x == Some(h)).count();

    let mut serious: Vec<String> =
        flags.iter().filter(|f| f.severity == Severity::Serious).map(|f| format!("Serious: {}.", f.flag)).collect();
    if opening == Some(Heard::CouldNotAnswer) && !org.debrief.is_ticked("mission_unexplained") {
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

    let mission_concern = report.has("profit_first") || report.has("subordinate");
    let major = flags.iter().any(|f| f.severity == Severity::Major);
    let minor = flags.iter().any(|f| f.severity == Severity::Minor);
    let noted = !flags.is_empty() || clear + vague + none > 0 || org.debrief.impression.is_some();
    let (level, headline) = if !serious.is_empty() {
        (Level::Serious, format!("Serious red flag: {}", serious[0].trim_start_matches("Serious: ")))
    } else if mission_concern || major || none > 0 {
        (Level::Concerns, "Concerns: what you saw or heard does not match a mission lived day to day.".to_string())
    } else if !noted {
        (Level::NotYet, "Not enough noted yet: tick what you saw and record what you heard.".to_string())
    } else if minor || vague > 0 || report.has("generic") || report.has("missing") {
        (Level::Mixed, "Mixed: some doubts to follow up before you decide.".to_string())
    } else {
        (Level::Good, "Good signs: no red flags noted, and the answers you heard were clear.".to_string())
    };
    Verdict { level, headline, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn the_flags_parse_with_the_seeds_serious_flag_first() {
        let flags = parse_flags(FLAGS_TEXT).expect("flags.txt parses");
        assert_eq!(flags[0].id, "mission_unexplained");
        assert_eq!(flags[0].severity, Severity::Serious);
        assert!(flags.iter().any(|f| f.id == "asked_where_else" && f.only_for == Some(Position::Residency)));
        let mut ids: Vec<&str> = flags.iter().map(|f| f.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), flags.len());
        assert!(parse_flags("id: x\nseverity: huge\naudience: all\nflag: f\ndetail: d\n").is_err());
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
        asked(&mut good, "opening.explain-mission", Heard::Clear);
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
        asked(&mut money, "opening.explain-mission", Heard::Clear);
        assert_eq!(verdict(&money).level, Level::Concerns);

        // Any serious flag says so first, whatever else is good.
        let mut serious = major.clone();
        serious.debrief.tick_mut("mission_unexplained").ticked = true;
        let v = verdict(&serious);
        assert_eq!(v.level, Level::Serious);
        assert!(v.headline.starts_with("Serious red flag: The interviewer could not explain the mission"));
        assert!(v.reasons[0].starts_with("Serious:"));

        // Could not answer the opening question counts as the seed's serious flag.
        let mut unexplained = org(promising);
        asked(&mut unexplained, "opening.explain-mission", Heard::CouldNotAnswer);
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

    #[test]
    fn ratings_are_one_to_five() {
        let mut d = Debrief::default();
        d.set_rating("culture", Some(4));
        d.set_rating("culture", Some(5));
        d.set_rating("workload", Some(9));
        assert_eq!(d.rating("culture"), Some(5));
        assert_eq!(d.rating("workload"), None);
        d.set_rating("culture", None);
        assert_eq!(d.rating("culture"), None);
    }
}

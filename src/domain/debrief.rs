//! The interview debrief as stored: ticks on the red-flag checklist (the essay's serious
//! flag first), the user's own flags, culture and teamwork observations, an overall
//! impression, a gut check, ratings and a hard stop. Built-in flags are data
//! (`src/content/flags.txt`); the verdict over a whole organization is in `verdict`.

use super::audience::{Audience, Position};
use super::blocks;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const FLAGS_TEXT: &str = include_str!("../content/flags.txt");

/// The essay's serious flag: the interviewer could not explain the mission or how it
/// informs operations. First on every checklist.
pub const FLAG_MISSION_UNEXPLAINED: &str = "mission_unexplained";
/// The start of the id of a flag the user added.
pub const OWN_FLAG_PREFIX: &str = "own.";

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
    /// The named source (built-in flags; empty for the user's own).
    pub cite: String,
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
            only_for: match Audience::parse(b.require("audience")?) {
                Some(Audience::All) => None,
                Some(Audience::Attending) => Some(Position::Attending),
                Some(Audience::Residency) => Some(Position::Residency),
                None => return Err(format!("flag at line {at}: audience is all, attending or residency")),
            },
            flag: b.require("flag")?.to_string(),
            detail: b.require("detail")?.to_string(),
            cite: b.require("source")?.to_string(),
        });
    }
    Ok(out)
}

/// The built-in flags, the essay's serious flag first.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flags_parse_with_the_essays_serious_flag_first() {
        let flags = parse_flags(FLAGS_TEXT).expect("flags.txt parses");
        assert_eq!(flags[0].id, FLAG_MISSION_UNEXPLAINED);
        assert_eq!(flags[0].severity, Severity::Serious);
        assert!(flags.iter().any(|f| f.id == "asked_where_else" && f.only_for == Some(Position::Residency)));
        let mut ids: Vec<&str> = flags.iter().map(|f| f.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), flags.len());
        assert!(parse_flags("id: x\nseverity: huge\naudience: all\nflag: f\ndetail: d\n").is_err());
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

//! The mission check's finding ids (PRODUCT.md). They identify findings everywhere: the
//! page's `data-finding`, tests, the lexicon, card content and, later, exports and kits.
//! Serialized as the strings below, which never change; new ids may be added.

use serde::{Deserialize, Serialize};

/// One finding id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingId {
    Generic,
    ProfitFirst,
    Subordinate,
    Unfocused,
    Missing,
    NobleCause,
    Specific,
    Research,
    Education,
    PatientExperience,
    Community,
    Access,
    Value,
    Faith,
    Integration,
    Innovation,
    Quality,
    Advocacy,
    Population,
    BusinessMention,
}

impl FindingId {
    /// Every id: red flags, strengths, the twelve implications, then `business_mention` (a
    /// passing mention of money, referrals or growth: an implication that adds question
    /// cards but is not one of the themes).
    pub const ALL: [FindingId; 20] = [
        FindingId::Generic,
        FindingId::ProfitFirst,
        FindingId::Subordinate,
        FindingId::Unfocused,
        FindingId::Missing,
        FindingId::NobleCause,
        FindingId::Specific,
        FindingId::Research,
        FindingId::Education,
        FindingId::PatientExperience,
        FindingId::Community,
        FindingId::Access,
        FindingId::Value,
        FindingId::Faith,
        FindingId::Integration,
        FindingId::Innovation,
        FindingId::Quality,
        FindingId::Advocacy,
        FindingId::Population,
        FindingId::BusinessMention,
    ];

    /// The two red flags that say money or another organization's ends come first: the
    /// "concerns" of the rubric.
    pub fn is_concern(self) -> bool {
        matches!(self, FindingId::ProfitFirst | FindingId::Subordinate)
    }

    /// The twelve implications ("themes" in the fixtures and the corpus).
    pub fn themes() -> &'static [FindingId] {
        &FindingId::ALL[7..19]
    }

    /// The stable string form.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingId::Generic => "generic",
            FindingId::ProfitFirst => "profit_first",
            FindingId::Subordinate => "subordinate",
            FindingId::Unfocused => "unfocused",
            FindingId::Missing => "missing",
            FindingId::NobleCause => "noble_cause",
            FindingId::Specific => "specific",
            FindingId::Research => "research",
            FindingId::Education => "education",
            FindingId::PatientExperience => "patient_experience",
            FindingId::Community => "community",
            FindingId::Access => "access",
            FindingId::Value => "value",
            FindingId::Faith => "faith",
            FindingId::Integration => "integration",
            FindingId::Innovation => "innovation",
            FindingId::Quality => "quality",
            FindingId::Advocacy => "advocacy",
            FindingId::Population => "population",
            FindingId::BusinessMention => "business_mention",
        }
    }

    /// The id for its string form.
    pub fn parse(s: &str) -> Option<FindingId> {
        FindingId::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_their_stable_strings() {
        for id in FindingId::ALL {
            assert_eq!(FindingId::parse(id.as_str()), Some(id));
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.as_str()), "serde and as_str agree");
        }
        assert_eq!(FindingId::parse("Generic"), None);
        assert_eq!(FindingId::themes().first(), Some(&FindingId::Research));
        assert_eq!(FindingId::themes().len(), 12);
    }
}

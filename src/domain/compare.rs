//! The comparison settings: the domains the user rates organizations on, and how much each
//! weighs. The score is the user's own ratings, weighted; nothing else is scored. The
//! ranking and the side-by-side table over a workspace are in `comparison`.

use super::debrief::Debrief;
use super::text::TooLong;
use serde::{Deserialize, Serialize};

/// The start of the id of a domain the user added.
pub const OWN_DOMAIN_PREFIX: &str = "own.";
/// Longest domain name, in characters.
pub const DOMAIN_NAME_MAX: usize = 80;
/// The label of a new domain's name field.
pub const DOMAIN_NAME_LABEL: &str = "Add your own domain";
/// The most weight a domain can have ("matters most"); 0 ignores it.
pub const WEIGHT_MAX: u8 = 5;

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

impl Domain {
    /// True for a domain the user added (which the user may remove).
    pub fn is_own(&self) -> bool {
        self.id.starts_with(OWN_DOMAIN_PREFIX)
    }
}

/// A change to the comparison settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsEdit {
    /// Set a domain's weight (0 to [`WEIGHT_MAX`]).
    Weight { domain: String, weight: u8 },
    /// Add a domain of the user's own, named `name`, with id made from `stamp`.
    AddDomain { name: String, stamp: u64 },
    /// Remove a domain the user added.
    RemoveDomain { domain: String },
}

/// Why a settings edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// The name is empty.
    NoName,
    TooLong(TooLong),
    /// A weight over [`WEIGHT_MAX`].
    WeightOutOfRange,
    /// No such domain, or a built-in one that cannot be removed.
    NoSuchDomain,
}

impl SettingsError {
    pub fn message(&self) -> String {
        match self {
            SettingsError::NoName => "Write the domain's name first.".into(),
            SettingsError::TooLong(t) => t.message(),
            SettingsError::WeightOutOfRange => format!("A weight is 0 to {WEIGHT_MAX}."),
            SettingsError::NoSuchDomain => "That domain is no longer there.".into(),
        }
    }
}

impl Settings {
    /// Apply an edit if it is valid; otherwise nothing changes.
    pub fn apply(&mut self, edit: &SettingsEdit) -> Result<(), SettingsError> {
        match edit {
            SettingsEdit::Weight { domain, weight } => {
                if *weight > WEIGHT_MAX {
                    return Err(SettingsError::WeightOutOfRange);
                }
                let d = self.domains.iter_mut().find(|d| d.id == *domain).ok_or(SettingsError::NoSuchDomain)?;
                d.weight = *weight;
            }
            SettingsEdit::AddDomain { name, stamp } => {
                let name = name.trim();
                if name.is_empty() {
                    return Err(SettingsError::NoName);
                }
                TooLong::check(DOMAIN_NAME_LABEL, name, DOMAIN_NAME_MAX).map_err(SettingsError::TooLong)?;
                let mut id = format!("{OWN_DOMAIN_PREFIX}{stamp}");
                while self.domains.iter().any(|d| d.id == id) {
                    id.push('x');
                }
                self.domains.push(Domain { id, name: name.to_string(), weight: 3 });
            }
            SettingsEdit::RemoveDomain { domain } => {
                let at = self
                    .domains
                    .iter()
                    .position(|d| d.id == *domain && d.is_own())
                    .ok_or(SettingsError::NoSuchDomain)?;
                self.domains.remove(at);
            }
        }
        Ok(())
    }
}

/// The built-in domains, in order: (id, name). They cannot be removed.
pub const BUILTIN_DOMAINS: [(&str, &str); 6] = [
    ("mission_fit", "Mission fit"),
    ("culture", "Culture and teamwork"),
    ("workload", "Workload"),
    ("compensation", "Compensation and benefits"),
    ("education_research", "Education and research"),
    ("location_life", "Location and life"),
];

impl Default for Settings {
    fn default() -> Self {
        let mut s = Self { domains: Vec::new() };
        s.complete();
        s
    }
}

impl Settings {
    /// Add any built-in domain that is missing (settings saved before it existed), at
    /// weight 3. Everything already there is kept as it is.
    pub fn complete(&mut self) {
        for (id, name) in BUILTIN_DOMAINS {
            if !self.domains.iter().any(|d| d.id == id) {
                self.domains.push(Domain { id: id.into(), name: name.into(), weight: 3 });
            }
        }
    }
}

/// The domains that count (weight above 0) but that `debrief` has not rated, by name.
pub fn unrated<'a>(settings: &'a Settings, debrief: &Debrief) -> Vec<&'a str> {
    settings
        .domains
        .iter()
        .filter(|d| d.weight > 0 && debrief.rating(&d.id).is_none())
        .map(|d| d.name.as_str())
        .collect()
}

/// The weighted rating of an organization, out of 5, if it has any rating on a domain
/// that has weight.
pub fn weighted(settings: &Settings, debrief: &Debrief) -> Option<f64> {
    let (mut sum, mut weights) = (0u32, 0u32);
    for d in settings.domains.iter().filter(|d| d.weight > 0) {
        if let Some(r) = debrief.rating(&d.id) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_rounds_like_people_do() {
        assert_eq!(one_decimal(4.5), "4.5");
        assert_eq!(one_decimal(26.0 / 6.0), "4.3");
        assert_eq!(one_decimal(3.0), "3.0");
        assert_eq!(one_decimal(4.96), "5.0");
    }

    #[test]
    fn settings_edits_are_validated_and_refused_edits_change_nothing() {
        let mut s = Settings::default();
        let before = s.clone();
        let weight = |d: &str, w| SettingsEdit::Weight { domain: d.into(), weight: w };
        assert_eq!(s.apply(&weight("culture", 6)), Err(SettingsError::WeightOutOfRange));
        assert_eq!(s.apply(&weight("nowhere", 2)), Err(SettingsError::NoSuchDomain));
        assert_eq!(s.apply(&SettingsEdit::AddDomain { name: "   ".into(), stamp: 1 }), Err(SettingsError::NoName));
        let long = "x".repeat(DOMAIN_NAME_MAX + 5);
        match s.apply(&SettingsEdit::AddDomain { name: long, stamp: 1 }) {
            Err(SettingsError::TooLong(t)) => assert!(t.message().contains("Shorten it by 5"), "{}", t.message()),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            s.apply(&SettingsEdit::RemoveDomain { domain: "culture".into() }),
            Err(SettingsError::NoSuchDomain),
            "built-in domains stay"
        );
        assert_eq!(s, before);

        s.apply(&weight("culture", 5)).unwrap();
        s.apply(&SettingsEdit::AddDomain { name: " Pay ".into(), stamp: 7 }).unwrap();
        s.apply(&SettingsEdit::AddDomain { name: "Call".into(), stamp: 7 }).unwrap();
        let own: Vec<&Domain> = s.domains.iter().filter(|d| d.is_own()).collect();
        assert_eq!(own.len(), 2);
        assert_ne!(own[0].id, own[1].id, "ids stay unique");
        assert_eq!(own[0].name, "Pay");
        let id = own[0].id.clone();
        s.apply(&SettingsEdit::RemoveDomain { domain: id }).unwrap();
        assert_eq!(s.domains.len(), BUILTIN_DOMAINS.len() + 1);
    }
}

//! Who content is for: the kind of position an organization is interviewing for, and which
//! positions a card or a flag is meant for. A leaf: it imports nothing of ours.

use serde::{Deserialize, Serialize};

/// Which interviews a card is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    #[default]
    All,
    Attending,
    Residency,
}

/// The kind of position an organization is interviewing for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    /// An attending or staff physician job.
    #[default]
    Attending,
    /// A residency or fellowship program.
    Residency,
}

impl Position {
    pub const ALL: [Position; 2] = [Position::Attending, Position::Residency];

    pub fn label(self) -> &'static str {
        match self {
            Position::Attending => "Attending or staff job",
            Position::Residency => "Residency or fellowship",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Position::Attending => "attending",
            Position::Residency => "residency",
        }
    }

    pub fn from_slug(s: &str) -> Option<Position> {
        Position::ALL.into_iter().find(|p| p.slug() == s)
    }
}

impl Audience {
    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "all" => Some(Audience::All),
            "attending" => Some(Audience::Attending),
            "residency" => Some(Audience::Residency),
            _ => None,
        }
    }

    /// Is content for this audience meant for interviews for `position`?
    pub fn includes(self, position: Position) -> bool {
        match self {
            Audience::All => true,
            Audience::Attending => position == Position::Attending,
            Audience::Residency => position == Position::Residency,
        }
    }
}

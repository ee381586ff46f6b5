//! Progress on each card, and the spaced-repetition schedule for practice.
//!
//! ## The schedule
//! A simplified SM-2 (the SuperMemo-2 family Anki uses), counted in whole days:
//!
//! * Every card starts new: due today, ease 2.5, interval 0.
//! * **Again**: the card is due again today (it returns later in the same session), the
//!   interval resets to 0, ease falls by 0.2 (never below 1.3), and a lapse is counted.
//! * **Hard**: interval × 1.2 (at least 1 day), ease falls by 0.15.
//! * **Good**: first success 1 day, second 3 days, then interval × ease.
//! * **Easy**: first success 3 days, then interval × ease × 1.3; ease rises by 0.15.
//! * **Interview cap**: when the interview date is known and still ahead, a card is never
//!   scheduled after the day before it, so everything comes back in time.
//!
//! Practice order: due cards the user has already seen come first, weakest first (most
//! lapses, then lowest ease, then longest overdue), then new cards in deck order. Weak cards
//! therefore return before strong ones.

use super::dates;
use super::deck::Card;
use serde::{Deserialize, Serialize};

/// Where a card stands for one organization.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Todo,
    Practised,
    Asked,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Todo, Status::Practised, Status::Asked];

    pub fn label(self) -> &'static str {
        match self {
            Status::Todo => "To do",
            Status::Practised => "Practiced",
            Status::Asked => "Asked",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Practised => "practised",
            Status::Asked => "asked",
        }
    }

    pub fn from_slug(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// What was heard when the question was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Heard {
    Clear,
    Vague,
    CouldNotAnswer,
}

impl Heard {
    pub const ALL: [Heard; 3] = [Heard::Clear, Heard::Vague, Heard::CouldNotAnswer];

    pub fn label(self) -> &'static str {
        match self {
            Heard::Clear => "Clear answer",
            Heard::Vague => "Vague answer",
            Heard::CouldNotAnswer => "Could not answer",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Heard::Clear => "clear",
            Heard::Vague => "vague",
            Heard::CouldNotAnswer => "could_not_answer",
        }
    }

    pub fn from_slug(s: &str) -> Option<Heard> {
        Heard::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// How well a card went in practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    Again,
    Hard,
    Good,
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn label(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }

    /// The keyboard shortcut: 1 to 4.
    pub fn key(self) -> char {
        match self {
            Rating::Again => '1',
            Rating::Hard => '2',
            Rating::Good => '3',
            Rating::Easy => '4',
        }
    }

    pub fn from_key(key: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| key.starts_with(r.key()) && key.len() == 1)
    }
}

/// Ease is stored in hundredths (250 = 2.5).
pub const START_EASE: u32 = 250;
const MIN_EASE: u32 = 130;

/// One organization's progress on one card, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub card: String,
    /// Notes or a draft answer.
    pub notes: String,
    pub status: Status,
    /// What was heard, once asked.
    pub heard: Option<Heard>,
    /// Next practice date (`YYYY-MM-DD`); empty for a card never practised.
    pub due: String,
    /// Days until the next review.
    pub interval: u32,
    /// Ease in hundredths.
    pub ease: u32,
    /// Successful reviews in a row.
    pub reps: u32,
    /// Times rated Again.
    pub lapses: u32,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            card: String::new(),
            notes: String::new(),
            status: Status::Todo,
            heard: None,
            due: String::new(),
            interval: 0,
            ease: START_EASE,
            reps: 0,
            lapses: 0,
        }
    }
}

impl Progress {
    pub fn new(card: &str) -> Self {
        Self { card: card.to_string(), ..Self::default() }
    }

    /// Never practised.
    pub fn is_new(&self) -> bool {
        self.due.is_empty()
    }

    /// Due for practice on `today` (new cards are due).
    pub fn is_due(&self, today: &str) -> bool {
        self.is_new() || dates::days_until(today, &self.due).is_none_or(|d| d <= 0)
    }

    /// Rate a practice of this card on `today`; `interview` caps the next date.
    pub fn rate(&mut self, rating: Rating, today: &str, interview: Option<&str>) {
        let interval = match rating {
            Rating::Again => {
                self.ease = self.ease.saturating_sub(20).max(MIN_EASE);
                self.lapses += 1;
                self.reps = 0;
                0
            }
            Rating::Hard => {
                self.ease = self.ease.saturating_sub(15).max(MIN_EASE);
                self.reps += 1;
                (self.interval * 6 / 5).max(1)
            }
            Rating::Good => {
                self.reps += 1;
                match self.reps {
                    1 => 1,
                    2 => 3,
                    _ => (self.interval * self.ease / 100).max(self.interval + 1),
                }
            }
            Rating::Easy => {
                self.reps += 1;
                let next =
                    if self.reps == 1 { 3 } else { (self.interval * self.ease * 13 / 1000).max(self.interval + 2) };
                self.ease += 15;
                next
            }
        };
        let mut days = i64::from(interval);
        if let Some(cap) = interview.and_then(|i| dates::days_until(today, i)).filter(|d| *d > 1) {
            days = days.min(cap - 1);
        }
        self.interval = interval;
        self.due = dates::add_days(today, days).unwrap_or_else(|| today.to_string());
        if self.status == Status::Todo {
            self.status = Status::Practised;
        }
    }
}

/// The ids of the cards to practise on `today`, in order: seen-and-due cards weakest first,
/// then new cards in deck order.
pub fn queue(deck: &[Card], progress: &[Progress], today: &str) -> Vec<String> {
    let find = |id: &str| progress.iter().find(|p| p.card == id);
    let mut seen: Vec<&Progress> = Vec::new();
    let mut fresh: Vec<String> = Vec::new();
    for card in deck {
        match find(&card.id) {
            Some(p) if !p.is_new() => {
                if p.is_due(today) {
                    seen.push(p);
                }
            }
            _ => fresh.push(card.id.clone()),
        }
    }
    seen.sort_by(|a, b| {
        b.lapses.cmp(&a.lapses).then(a.ease.cmp(&b.ease)).then(a.due.cmp(&b.due)).then(a.card.cmp(&b.card))
    });
    seen.into_iter().map(|p| p.card.clone()).chain(fresh).collect()
}

/// How many cards of the deck are due on `today`.
pub fn due_count(deck: &[Card], progress: &[Progress], today: &str) -> usize {
    deck.iter().filter(|c| progress.iter().find(|p| p.card == c.id).is_none_or(|p| p.is_due(today))).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deck::{assemble, Position};
    use crate::domain::mission::analyze;

    const TODAY: &str = "2026-11-27";

    #[test]
    fn good_answers_space_out_and_again_brings_the_card_back_today() {
        let mut p = Progress::new("c");
        assert!(p.is_new() && p.is_due(TODAY));
        p.rate(Rating::Good, TODAY, None);
        assert_eq!((p.due.as_str(), p.interval, p.status), ("2026-11-28", 1, Status::Practised));
        p.rate(Rating::Good, "2026-11-28", None);
        assert_eq!((p.due.as_str(), p.interval), ("2026-12-01", 3));
        p.rate(Rating::Good, "2026-12-01", None);
        assert_eq!((p.due.as_str(), p.interval), ("2026-12-08", 7), "3 days × ease 2.5 = 7");
        p.rate(Rating::Again, "2026-12-08", None);
        assert_eq!((p.due.as_str(), p.interval, p.lapses, p.ease), ("2026-12-08", 0, 1, 230));
        assert!(p.is_due("2026-12-08"));
    }

    #[test]
    fn hard_and_easy_adjust_ease_and_interval() {
        let mut hard = Progress::new("h");
        hard.rate(Rating::Hard, TODAY, None);
        assert_eq!((hard.interval, hard.ease, hard.due.as_str()), (1, 235, "2026-11-28"));
        let mut easy = Progress::new("e");
        easy.rate(Rating::Easy, TODAY, None);
        assert_eq!((easy.interval, easy.ease, easy.due.as_str()), (3, 265, "2026-11-30"));
        easy.rate(Rating::Easy, "2026-11-30", None);
        assert_eq!(easy.interval, 10, "3 × 2.65 × 1.3 = 10");
        let mut floor = Progress::new("f");
        for _ in 0..20 {
            floor.rate(Rating::Again, TODAY, None);
        }
        assert_eq!(floor.ease, MIN_EASE);
    }

    #[test]
    fn nothing_is_scheduled_after_the_interview() {
        let mut p = Progress::new("c");
        p.interval = 20;
        p.reps = 5;
        p.rate(Rating::Good, TODAY, Some("2026-12-02"));
        assert_eq!(p.due, "2026-12-01", "the day before the interview");
        // An interview tomorrow or already past does not cap (nothing sensible to cap to).
        let mut q = Progress::new("c");
        q.rate(Rating::Easy, TODAY, Some("2026-11-20"));
        assert_eq!(q.due, "2026-11-30");
    }

    #[test]
    fn asked_cards_keep_their_status_when_practised() {
        let mut p = Progress { status: Status::Asked, ..Progress::new("c") };
        p.rate(Rating::Good, TODAY, None);
        assert_eq!(p.status, Status::Asked);
    }

    #[test]
    fn the_queue_puts_weak_due_cards_first_then_new_ones() {
        let deck = assemble(Position::Attending, &analyze(""), &[]);
        let ids: Vec<&str> = deck.iter().map(|c| c.id.as_str()).collect();
        let mut strong = Progress::new(ids[0]);
        strong.rate(Rating::Good, "2026-11-26", None); // due today
        let mut weak = Progress::new(ids[1]);
        weak.rate(Rating::Again, "2026-11-26", None); // due yesterday, one lapse
        let mut later = Progress::new(ids[2]);
        later.rate(Rating::Easy, TODAY, None); // due in 3 days
        let progress = vec![strong, weak, later];
        let q = queue(&deck, &progress, TODAY);
        assert_eq!(&q[..2], &[ids[1].to_string(), ids[0].to_string()]);
        assert!(!q.contains(&ids[2].to_string()), "not due yet");
        assert_eq!(q[2], ids[3], "then new cards in deck order");
        assert_eq!(q.len(), deck.len() - 1);
        assert_eq!(due_count(&deck, &progress, TODAY), deck.len() - 1);
        assert_eq!(due_count(&deck, &progress, "2026-11-30"), deck.len());
    }

    #[test]
    fn keys_and_slugs_round_trip() {
        for r in Rating::ALL {
            assert_eq!(Rating::from_key(&r.key().to_string()), Some(r));
        }
        assert_eq!(Rating::from_key("5"), None);
        assert_eq!(Rating::from_key("12"), None);
        for s in Status::ALL {
            assert_eq!(Status::from_slug(s.slug()), Some(s));
        }
        for h in Heard::ALL {
            assert_eq!(Heard::from_slug(h.slug()), Some(h));
        }
    }
}

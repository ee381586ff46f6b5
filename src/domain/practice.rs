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
use super::deck::{Card, CardKind};
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

    /// The answer in a count: "2 clear, 1 vague, 1 could not answer".
    pub fn short(self) -> &'static str {
        match self {
            Heard::Clear => "clear",
            Heard::Vague => "vague",
            Heard::CouldNotAnswer => "could not answer",
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
    /// What they said, in the user's words: kept apart from the notes and draft answer.
    pub said: String,
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
            said: String::new(),
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

    /// The status a card goes back to when it is no longer marked asked: practised once
    /// practised, to do otherwise.
    pub fn status_unasked(&self) -> Status {
        if self.is_new() {
            Status::Todo
        } else {
            Status::Practised
        }
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

/// A card to practise and the organizations it is practised for. A Prepare card is
/// practised for one organization (your answer differs for each); an Ask card is the same
/// question wherever you ask it, so it appears once for every organization whose queue
/// holds it, and one rating schedules it for all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub card: String,
    /// Organization ids, the first one's interview soonest.
    pub orgs: Vec<String>,
}

/// Which cards a practice session holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Every card due.
    #[default]
    All,
    /// Only the answers you prepare (Prepare cards).
    Prepare,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::All, Scope::Prepare];

    pub fn label(self) -> &'static str {
        match self {
            Scope::All => "All due cards",
            Scope::Prepare => "Only my answers",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::Prepare => "prepare",
        }
    }

    fn holds(self, card: &Card) -> bool {
        self == Scope::All || card.kind == CardKind::Prepare
    }
}

/// One organization's queue as [`Due`] cards, for its own practice page.
pub fn queue_one(org_id: &str, deck: &[Card], progress: &[Progress], today: &str) -> Vec<Due> {
    queue(deck, progress, today).into_iter().map(|card| Due { card, orgs: vec![org_id.to_string()] }).collect()
}

/// The queue across organizations, from `(id, interview date, deck, progress)` of each, in
/// the order the home screen lists them. Organizations whose interview has passed are left
/// out; the soonest interview comes first, then those with no date yet. Each
/// organization's own queue keeps its order (see [`queue`]); an Ask card already queued for
/// an earlier organization is joined to it instead of repeated.
pub fn queue_across(orgs: &[(&str, &str, &[Card], &[Progress])], today: &str, scope: Scope) -> Vec<Due> {
    let mut ahead: Vec<(Option<i64>, usize)> = orgs
        .iter()
        .enumerate()
        .filter_map(|(i, (_, date, _, _))| match dates::days_until(today, date) {
            Some(d) if d < 0 => None,
            days => Some((days, i)),
        })
        .collect();
    // Dated first, soonest first; then undated, in the order given.
    ahead.sort_by_key(|&(days, i)| (days.is_none(), days.unwrap_or(0), i));
    let mut out: Vec<Due> = Vec::new();
    for (_, i) in ahead {
        let (id, _, deck, progress) = orgs[i];
        for card_id in queue(deck, progress, today) {
            let Some(card) = deck.iter().find(|c| c.id == card_id) else { continue };
            if !scope.holds(card) {
                continue;
            }
            let joined = card.kind == CardKind::Ask
                && out.iter_mut().find(|d| d.card == card_id).map(|d| d.orgs.push(id.to_string())).is_some();
            if !joined {
                out.push(Due { card: card_id, orgs: vec![id.to_string()] });
            }
        }
    }
    out
}

/// Cards in one practice session at most; the rest wait for the next.
pub const SESSION_SIZE: usize = 20;

/// One practice session: a fixed set of cards, chosen when it starts. A card rated Again
/// comes back later in the same session; the number of cards never changes, so "Card 3 of
/// 20" stays "of 20", and the summary's cards and ratings add up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session<T = String> {
    /// The session's cards, in the order first shown.
    cards: Vec<T>,
    /// Indexes into `cards` still to show, next first.
    ahead: std::collections::VecDeque<usize>,
    /// Ratings given, by `Rating as usize`.
    ratings: [u32; 4],
    /// Cards due when the session began (the session holds at most [`SESSION_SIZE`]).
    due: usize,
    /// Whether each card has been rated Again at least once.
    repeated: Vec<bool>,
}

/// Where a session is, for "Card 3 of 20 · again".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// 1-based number of the card in the session.
    pub number: usize,
    pub of: usize,
    /// True when the card is back after an Again.
    pub again: bool,
}

impl<T: Clone> Session<T> {
    /// A session of the first [`SESSION_SIZE`] cards of `queue` (see [`queue`]).
    pub fn new(queue: Vec<T>) -> Session<T> {
        let due = queue.len();
        let cards: Vec<T> = queue.into_iter().take(SESSION_SIZE).collect();
        Session { ahead: (0..cards.len()).collect(), repeated: vec![false; cards.len()], cards, ratings: [0; 4], due }
    }

    /// The card to show now, or `None` when the session is over.
    pub fn current(&self) -> Option<&T> {
        self.ahead.front().map(|&i| &self.cards[i])
    }

    pub fn place(&self) -> Option<Place> {
        self.ahead.front().map(|&i| Place { number: i + 1, of: self.cards.len(), again: self.repeated[i] })
    }

    /// Rate the current card: Again puts it back at the end of the session; any other
    /// rating finishes it. Returns the card rated.
    pub fn rate(&mut self, rating: Rating) -> Option<T> {
        let i = self.ahead.pop_front()?;
        self.ratings[rating as usize] += 1;
        if rating == Rating::Again {
            self.repeated[i] = true;
            self.ahead.push_back(i);
        }
        Some(self.cards[i].clone())
    }

    /// Cards in this session.
    pub fn size(&self) -> usize {
        self.cards.len()
    }

    /// Cards that were due when it began, this session's and the rest.
    pub fn due(&self) -> usize {
        self.due
    }

    /// Due cards left for another session.
    pub fn left_for_later(&self) -> usize {
        self.due - self.cards.len()
    }

    /// Cards finished (rated anything but Again, last time shown).
    pub fn finished(&self) -> usize {
        self.cards.len() - self.ahead.len()
    }

    /// Ratings given, by `Rating as usize`: Again, Hard, Good, Easy.
    pub fn ratings(&self) -> [u32; 4] {
        self.ratings
    }

    /// "You practised 20 cards with 25 ratings: 5 Again, 20 Good." Counts that add up: every
    /// card ends with one rating other than Again, and each Again brought a card back once.
    pub fn summary(&self) -> String {
        let [again, hard, good, easy] = self.ratings;
        let total = again + hard + good + easy;
        if total == 0 {
            return "No cards are due. Come back on the next practice day, or add your own cards.".into();
        }
        let cards = self.finished();
        let parts: Vec<String> = Rating::ALL
            .iter()
            .zip([again, hard, good, easy])
            .filter(|(_, n)| *n > 0)
            .map(|(r, n)| format!("{n} {}", r.label()))
            .collect();
        let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
        let mut out = format!(
            "You practiced {} with {}: {}.",
            plural(cards, "card"),
            plural(total as usize, "rating"),
            parts.join(", ")
        );
        if again > 0 {
            out.push_str(" Each Again brought its card back once in this session.");
        }
        out.push_str(" Cards you rated Again or Hard come back first next time.");
        out
    }
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

    #[test]
    fn practice_across_organizations_puts_the_soonest_first_asks_once_and_can_hold_only_your_answers() {
        let deck = assemble(Position::Attending, &analyze("We exist to serve rural patients in Lake County."), &[]);
        let (asks, prepares) = (
            deck.iter().filter(|c| c.kind == CardKind::Ask).count(),
            deck.iter().filter(|c| c.kind == CardKind::Prepare).count(),
        );
        assert!(asks > 0 && prepares > 0);
        let none: Vec<Progress> = Vec::new();
        let orgs: [(&str, &str, &[Card], &[Progress]); 4] = [
            ("later", "2026-12-10", &deck, &none),
            ("undated", "", &deck, &none),
            ("past", "2026-11-20", &deck, &none),
            ("soon", "2026-12-01", &deck, &none),
        ];
        let all = queue_across(&orgs, TODAY, Scope::All);
        assert_eq!(all[0].orgs[0], "soon", "the soonest interview first");
        assert!(all.iter().all(|d| !d.orgs.iter().any(|o| o == "past")), "a past interview is left out");
        let kind = |d: &Due| deck.iter().find(|c| c.id == d.card).unwrap().kind;
        // Each Ask card once, for all three; each Prepare card once per organization.
        assert_eq!(all.len(), asks + 3 * prepares);
        for d in &all {
            match kind(d) {
                CardKind::Ask => assert_eq!(d.orgs, ["soon", "later", "undated"]),
                CardKind::Prepare => assert_eq!(d.orgs.len(), 1),
            }
        }
        let prepare_orgs: Vec<&str> =
            all.iter().filter(|d| kind(d) == CardKind::Prepare).map(|d| d.orgs[0].as_str()).collect();
        assert_eq!(prepare_orgs.iter().position(|o| *o == "later"), Some(prepares), "then the later one");
        assert_eq!(prepare_orgs.last(), Some(&"undated"), "undated last");
        let mine = queue_across(&orgs, TODAY, Scope::Prepare);
        assert_eq!(mine.len(), 3 * prepares);
        assert!(mine.iter().all(|d| kind(d) == CardKind::Prepare));
        // A card already practised and not due drops out for that organization only.
        let first_prepare = deck.iter().find(|c| c.kind == CardKind::Prepare).unwrap().id.clone();
        let mut p = Progress::new(&first_prepare);
        p.rate(Rating::Easy, TODAY, None);
        let done = vec![p];
        let orgs2: [(&str, &str, &[Card], &[Progress]); 2] =
            [("soon", "2026-12-01", &deck, &done), ("later", "2026-12-10", &deck, &none)];
        let q = queue_across(&orgs2, TODAY, Scope::Prepare);
        let owners: Vec<&str> = q.iter().filter(|d| d.card == first_prepare).map(|d| d.orgs[0].as_str()).collect();
        assert_eq!(owners, ["later"]);
    }

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("c{i}")).collect()
    }

    #[test]
    fn a_session_holds_twenty_of_the_due_cards_and_again_never_changes_its_size() {
        let mut s = Session::new(ids(46));
        assert_eq!((s.size(), s.due(), s.left_for_later()), (20, 46, 26));
        // The first five rated Again: they come back after the other fifteen.
        for i in 0..5 {
            assert_eq!(s.place(), Some(Place { number: i + 1, of: 20, again: false }));
            assert_eq!(s.rate(Rating::Again), Some(format!("c{i}")));
        }
        let mut shown = Vec::new();
        while let Some(place) = s.place() {
            assert_eq!(place.of, 20, "the session keeps its size");
            shown.push((place.number, place.again));
            s.rate(Rating::Good);
        }
        let expected: Vec<(usize, bool)> = (6..=20).map(|n| (n, false)).chain((1..=5).map(|n| (n, true))).collect();
        assert_eq!(shown, expected);
        assert_eq!(s.finished(), 20);
        assert_eq!(s.ratings(), [5, 0, 20, 0]);
        assert_eq!(
            s.summary(),
            "You practiced 20 cards with 25 ratings: 5 Again, 20 Good. Each Again brought its card back once in this \
             session. Cards you rated Again or Hard come back first next time."
        );
    }

    #[test]
    fn a_small_or_empty_queue_makes_a_small_or_empty_session() {
        let mut s = Session::new(ids(3));
        assert_eq!((s.size(), s.due(), s.left_for_later()), (3, 3, 0));
        s.rate(Rating::Easy);
        s.rate(Rating::Hard);
        assert_eq!(s.place(), Some(Place { number: 3, of: 3, again: false }));
        s.rate(Rating::Good);
        assert_eq!(s.current(), None);
        assert_eq!(s.rate(Rating::Good), None, "rating after the end does nothing");
        assert_eq!(s.ratings(), [0, 1, 1, 1]);
        assert!(s.summary().starts_with("You practiced 3 cards with 3 ratings: 1 Hard, 1 Good, 1 Easy."));
        let empty = Session::<String>::new(Vec::new());
        assert_eq!((empty.current(), empty.size()), (None, 0));
        assert!(empty.summary().starts_with("No cards are due"));
    }

    #[test]
    fn a_card_rated_again_twice_comes_back_twice() {
        let mut s = Session::new(ids(2));
        s.rate(Rating::Again);
        s.rate(Rating::Good);
        assert_eq!(s.place(), Some(Place { number: 1, of: 2, again: true }));
        s.rate(Rating::Again);
        assert_eq!(s.current().map(String::as_str), Some("c0"));
        s.rate(Rating::Good);
        assert_eq!((s.finished(), s.ratings()), (2, [2, 0, 2, 0]));
        assert!(s.summary().starts_with("You practiced 2 cards with 4 ratings: 2 Again, 2 Good."));
    }
}

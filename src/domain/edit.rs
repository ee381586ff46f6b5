//! Every change a person makes to one organization, as a typed command. [`apply`] checks
//! it against the domain's rules first: a refused edit changes nothing and says why in an
//! [`EditError`], so the last valid value stays stored and the screen can say so. No text
//! is ever cut to fit.
//!
//! Views never change an organization any other way (see `state::OrgModel::edit`).

use super::dates::is_iso_date;
use super::debrief::{Impression, OwnFlag, Severity, DEBRIEF_TEXT_MAX, OWN_FLAG_PREFIX};
use super::deck::{CustomCard, CARD_NOTES_MAX, CUSTOM_CARD_PREFIX, QUESTION_MAX};
use super::mission::FindingId;
use super::organization::{Dismissal, Field, FieldError, OrgDraft, Organization};
use super::practice::{Heard, Rating, Status};
use super::text::TooLong;

/// Longest note on a ticked flag, in characters.
pub const FLAG_NOTE_MAX: usize = 2_000;
/// Longest flag of the user's own, in characters.
pub const OWN_FLAG_MAX: usize = 300;
/// Longest hard stop, in characters.
pub const HARD_STOP_MAX: usize = 500;
/// Longest reason a finding does not apply, in characters.
pub const DISMISS_REASON_MAX: usize = 300;

/// A text field outside the organization form, with its label and its limit: one place for
/// both, so the form and the message about it always agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    CardNotes,
    Said,
    FlagNote,
    OwnFlag,
    Culture,
    Gut,
    HardStop,
    Question,
    Why,
    DismissReason,
}

impl TextField {
    /// The label the form shows.
    pub fn label(self) -> &'static str {
        match self {
            TextField::CardNotes => "Notes or draft answer",
            TextField::Said => "What they said",
            TextField::FlagNote => "Note (optional)",
            TextField::OwnFlag => "Add your own flag",
            TextField::Culture => "Culture and teamwork observations",
            TextField::Gut => "Gut check",
            TextField::HardStop => "Hard stop",
            TextField::Question => "Question",
            TextField::Why => "Why it matters (optional)",
            TextField::DismissReason => "Why it does not apply (optional)",
        }
    }

    /// The longest text accepted, in characters.
    pub fn limit(self) -> usize {
        match self {
            TextField::CardNotes | TextField::Said | TextField::Why => CARD_NOTES_MAX,
            TextField::FlagNote => FLAG_NOTE_MAX,
            TextField::OwnFlag => OWN_FLAG_MAX,
            TextField::Culture | TextField::Gut => DEBRIEF_TEXT_MAX,
            TextField::HardStop => HARD_STOP_MAX,
            TextField::Question => QUESTION_MAX,
            TextField::DismissReason => DISMISS_REASON_MAX,
        }
    }

    /// `Err` when `text` is over this field's limit.
    pub fn check(self, text: &str) -> Result<(), EditError> {
        TooLong::check(self.label(), text, self.limit()).map_err(EditError::TooLong)
    }
}

/// The debrief's free-text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebriefText {
    Culture,
    Gut,
    HardStop,
}

impl DebriefText {
    pub fn field(self) -> TextField {
        match self {
            DebriefText::Culture => TextField::Culture,
            DebriefText::Gut => TextField::Gut,
            DebriefText::HardStop => TextField::HardStop,
        }
    }
}

/// One change to one organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrgEdit {
    /// A field of the organization form (name, mission, notes, …), saved as typed.
    Field {
        field: Field,
        value: String,
    },
    CardNotes {
        card: String,
        text: String,
    },
    CardStatus {
        card: String,
        status: Status,
    },
    /// Mark the card asked, or no longer asked (it goes back to practised or to do).
    Asked {
        card: String,
        asked: bool,
    },
    /// What was heard when the card was asked; `None` clears it. Noting what was heard
    /// marks the card asked.
    Heard {
        card: String,
        heard: Option<Heard>,
    },
    /// What they said in answer, kept apart from the card's notes.
    Said {
        card: String,
        text: String,
    },
    /// A practice rating, scheduled from `today`.
    Practise {
        card: String,
        rating: Rating,
        today: String,
    },
    Tick {
        flag: String,
        on: bool,
    },
    FlagNote {
        flag: String,
        text: String,
    },
    /// Add a flag of the user's own, ticked. Its id is made from `stamp`.
    AddOwnFlag {
        text: String,
        severity: Severity,
        stamp: u64,
    },
    DebriefText {
        field: DebriefText,
        text: String,
    },
    /// The interview's date, `YYYY-MM-DD` or empty.
    DebriefDate(String),
    Impression(Option<Impression>),
    /// A rating 1–5 on a comparison domain; `None` clears it.
    Rating {
        domain: String,
        value: Option<u8>,
    },
    /// Add a card of the user's own; its id is made from `stamp`.
    AddCard {
        card: CustomCard,
        stamp: u64,
    },
    /// Replace the text of the user's card `card.id`.
    EditCard(CustomCard),
    /// Delete the user's card and its notes.
    DeleteCard {
        card: String,
    },
    /// Mark a mission-check finding "Doesn't apply here", with an optional reason.
    Dismiss {
        finding: FindingId,
        reason: String,
    },
    /// Show a dismissed finding again.
    Restore {
        finding: FindingId,
    },
}

/// Why an edit was refused. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// A field of the organization form is invalid.
    Field(FieldError),
    TooLong(TooLong),
    /// A required text is empty: what to do, as a sentence.
    Empty(&'static str),
    /// A date that is not a real `YYYY-MM-DD` date.
    InvalidDate,
    /// A rating outside 1–5.
    RatingOutOfRange,
    /// The card is not one of the user's own, or no longer exists.
    NoSuchCard,
    /// The organization no longer exists (deleted, here or in another tab).
    Gone,
}

impl EditError {
    /// What is wrong, in words a person can act on (for a form not yet saved).
    pub fn message(&self) -> String {
        match self {
            EditError::Field(f) => f.message.clone(),
            EditError::TooLong(t) => t.message(),
            EditError::Empty(what) => (*what).to_string(),
            EditError::InvalidDate => "The date must be a real date, written YYYY-MM-DD.".into(),
            EditError::RatingOutOfRange => "A rating is 1 to 5.".into(),
            EditError::NoSuchCard => "That card is no longer there.".into(),
            EditError::Gone => "This organization is no longer here; it may have been deleted in another tab.".into(),
        }
    }

    /// [`EditError::message`] for a field saved as it is typed, with the assurance that the
    /// stored value is untouched.
    pub fn kept_message(&self) -> String {
        match self {
            EditError::NoSuchCard | EditError::Gone => self.message(),
            _ => format!("{} Until then, the last saved version is kept.", self.message()),
        }
    }
}

/// Apply `edit` to `org` if it is valid. `today` (`YYYY-MM-DD`) dates the debrief on its
/// first change. Returns whether anything changed; on an error nothing did.
pub fn apply(org: &mut Organization, edit: &OrgEdit, today: &str) -> Result<bool, EditError> {
    let before = Part::of(org, edit);
    match edit {
        OrgEdit::Field { field, value } => {
            let mut draft = OrgDraft::from_org(org);
            draft.set(*field, value.clone());
            if let Some(p) = draft.problems().into_iter().find(|p| p.field == *field) {
                return Err(EditError::Field(p));
            }
            // Stored values are always valid, so only this field can be in the way; `apply`
            // trims one-line fields and stamps nothing (the caller stamps `updated_at`).
            draft.apply(org, org.updated_at).map_err(|mut ps| EditError::Field(ps.remove(0)))?;
        }
        OrgEdit::CardNotes { card, text } => {
            TextField::CardNotes.check(text)?;
            org.progress_mut(card).notes.clone_from(text);
        }
        OrgEdit::CardStatus { card, status } => org.progress_mut(card).status = *status,
        OrgEdit::Asked { card, asked } => {
            let p = org.progress_mut(card);
            p.status = if *asked { Status::Asked } else { p.status_unasked() };
        }
        OrgEdit::Heard { card, heard } => {
            let p = org.progress_mut(card);
            p.heard = *heard;
            if heard.is_some() {
                p.status = Status::Asked;
            }
        }
        OrgEdit::Said { card, text } => {
            TextField::Said.check(text)?;
            org.progress_mut(card).said.clone_from(text);
        }
        OrgEdit::Practise { card, rating, today } => {
            let interview = (!org.interview_date.is_empty()).then(|| org.interview_date.clone());
            org.progress_mut(card).rate(*rating, today, interview.as_deref());
        }
        OrgEdit::Tick { flag, on } => debrief(org, today).tick_mut(flag).ticked = *on,
        OrgEdit::FlagNote { flag, text } => {
            TextField::FlagNote.check(text)?;
            debrief(org, today).tick_mut(flag).note.clone_from(text);
        }
        OrgEdit::AddOwnFlag { text, severity, stamp } => {
            let text = text.trim();
            if text.is_empty() {
                return Err(EditError::Empty("Write the flag first."));
            }
            TextField::OwnFlag.check(text)?;
            let d = debrief(org, today);
            let mut id = format!("{OWN_FLAG_PREFIX}{stamp}");
            while d.own_flags.iter().any(|f| f.id == id) {
                id.push('x');
            }
            d.own_flags.push(OwnFlag { id: id.clone(), flag: text.to_string(), severity: *severity });
            d.tick_mut(&id).ticked = true;
        }
        OrgEdit::DebriefText { field, text } => {
            field.field().check(text)?;
            let d = debrief(org, today);
            let slot = match field {
                DebriefText::Culture => &mut d.culture,
                DebriefText::Gut => &mut d.gut,
                DebriefText::HardStop => &mut d.hard_stop,
            };
            slot.clone_from(text);
        }
        OrgEdit::DebriefDate(date) => {
            let date = date.trim();
            if !date.is_empty() && !is_iso_date(date) {
                return Err(EditError::InvalidDate);
            }
            org.debrief.date = date.to_string();
        }
        OrgEdit::Impression(i) => debrief(org, today).impression = *i,
        OrgEdit::Rating { domain, value } => {
            if value.is_some_and(|v| !(1..=5).contains(&v)) {
                return Err(EditError::RatingOutOfRange);
            }
            debrief(org, today).set_rating(domain, *value);
        }
        OrgEdit::AddCard { card, stamp } => {
            check_card(card)?;
            let mut id = format!("{CUSTOM_CARD_PREFIX}{stamp}");
            while org.custom_cards.iter().any(|c| c.id == id) {
                id.push('x');
            }
            org.custom_cards.push(CustomCard { id, question: card.question.trim().to_string(), ..card.clone() });
        }
        OrgEdit::EditCard(card) => {
            check_card(card)?;
            let slot = org.custom_cards.iter_mut().find(|c| c.id == card.id).ok_or(EditError::NoSuchCard)?;
            *slot = CustomCard { question: card.question.trim().to_string(), ..card.clone() };
        }
        OrgEdit::DeleteCard { card } => {
            if !org.custom_cards.iter().any(|c| c.id == *card) {
                return Err(EditError::NoSuchCard);
            }
            org.custom_cards.retain(|c| c.id != *card);
            org.progress.retain(|p| p.card != *card);
        }
        OrgEdit::Dismiss { finding, reason } => {
            let reason = reason.trim();
            TextField::DismissReason.check(reason)?;
            org.dismissed.retain(|d| d.finding != *finding);
            org.dismissed.push(Dismissal { finding: *finding, reason: reason.to_string() });
        }
        OrgEdit::Restore { finding } => org.dismissed.retain(|d| d.finding != *finding),
    }
    Ok(Part::of(org, edit) != before)
}

/// The part of an organization an edit can change, compared before and after it: a
/// keystroke copies one field, card or debrief, never the whole organization.
#[derive(PartialEq)]
enum Part {
    Text(String),
    Progress(Option<super::practice::Progress>),
    Debrief(super::debrief::Debrief),
    Cards(Vec<CustomCard>, usize),
    Dismissed(Vec<Dismissal>),
}

impl Part {
    fn of(org: &Organization, edit: &OrgEdit) -> Part {
        match edit {
            OrgEdit::Field { field, .. } => Part::Text(org.text(*field).to_string()),
            OrgEdit::CardNotes { card, .. }
            | OrgEdit::CardStatus { card, .. }
            | OrgEdit::Asked { card, .. }
            | OrgEdit::Heard { card, .. }
            | OrgEdit::Said { card, .. }
            | OrgEdit::Practise { card, .. } => Part::Progress(org.progress(card).cloned()),
            OrgEdit::Tick { .. }
            | OrgEdit::FlagNote { .. }
            | OrgEdit::AddOwnFlag { .. }
            | OrgEdit::DebriefText { .. }
            | OrgEdit::DebriefDate(_)
            | OrgEdit::Impression(_)
            | OrgEdit::Rating { .. } => Part::Debrief(org.debrief.clone()),
            OrgEdit::AddCard { .. } | OrgEdit::EditCard(_) | OrgEdit::DeleteCard { .. } => {
                Part::Cards(org.custom_cards.clone(), org.progress.len())
            }
            OrgEdit::Dismiss { .. } | OrgEdit::Restore { .. } => Part::Dismissed(org.dismissed.clone()),
        }
    }
}

/// The debrief, dated today on its first change.
fn debrief<'a>(org: &'a mut Organization, today: &str) -> &'a mut super::debrief::Debrief {
    if org.debrief.date.is_empty() {
        org.debrief.date = today.to_string();
    }
    &mut org.debrief
}

fn check_card(card: &CustomCard) -> Result<(), EditError> {
    if card.question.trim().is_empty() {
        return Err(EditError::Empty("Write the question first."));
    }
    TextField::Question.check(card.question.trim())?;
    TextField::Why.check(&card.why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deck::OPENING_CARD;
    use crate::domain::text::char_count;

    const TODAY: &str = "2026-11-27";

    fn org() -> Organization {
        Organization { id: "o".into(), name: "Org".into(), ..Organization::default() }
    }

    /// Apply an edit that must be refused, and check nothing changed.
    fn refused(o: &mut Organization, edit: OrgEdit) -> EditError {
        let before = o.clone();
        let e = apply(o, &edit, TODAY).expect_err("refused");
        assert_eq!(*o, before, "a refused edit changes nothing: {edit:?}");
        assert!(e.kept_message().ends_with("the last saved version is kept.") || matches!(e, EditError::NoSuchCard));
        e
    }

    fn too_long(e: EditError) -> TooLong {
        match e {
            EditError::TooLong(t) => t,
            EditError::Field(f) => panic!("field error {f:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn card_notes_over_the_limit_are_refused_whole_not_cut() {
        let mut o = org();
        let ok = "n".repeat(CARD_NOTES_MAX);
        apply(&mut o, &OrgEdit::CardNotes { card: OPENING_CARD.into(), text: ok.clone() }, TODAY).unwrap();
        let e = too_long(refused(&mut o, OrgEdit::CardNotes { card: OPENING_CARD.into(), text: "x".repeat(60_000) }));
        assert_eq!((e.count, e.limit), (60_000, CARD_NOTES_MAX));
        assert!(e.message().contains("Shorten it by 50,000"), "{}", e.message());
        assert_eq!(o.progress(OPENING_CARD).map(|p| char_count(&p.notes)), Some(CARD_NOTES_MAX));
    }

    #[test]
    fn every_debrief_text_has_a_limit_and_says_by_how_much() {
        for (field, limit) in [
            (DebriefText::Culture, DEBRIEF_TEXT_MAX),
            (DebriefText::Gut, DEBRIEF_TEXT_MAX),
            (DebriefText::HardStop, HARD_STOP_MAX),
        ] {
            let mut o = org();
            apply(&mut o, &OrgEdit::DebriefText { field, text: "k".repeat(limit) }, TODAY).unwrap();
            let e = too_long(refused(&mut o, OrgEdit::DebriefText { field, text: "k".repeat(limit + 3) }));
            assert!(e.message().contains("Shorten it by 3"), "{}", e.message());
        }
        let mut o = org();
        too_long(refused(&mut o, OrgEdit::FlagNote { flag: "turnover".into(), text: "f".repeat(FLAG_NOTE_MAX + 1) }));
        let own = OrgEdit::AddOwnFlag { text: "o".repeat(OWN_FLAG_MAX + 1), severity: Severity::Minor, stamp: 1 };
        too_long(refused(&mut o, own));
    }

    #[test]
    fn unticking_keeps_the_note_and_ticking_again_shows_it() {
        let mut o = org();
        apply(&mut o, &OrgEdit::Tick { flag: "turnover".into(), on: true }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::FlagNote { flag: "turnover".into(), text: "Three left in a year.".into() }, TODAY)
            .unwrap();
        apply(&mut o, &OrgEdit::Tick { flag: "turnover".into(), on: false }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::Tick { flag: "turnover".into(), on: true }, TODAY).unwrap();
        let t = o.debrief.tick("turnover").unwrap();
        assert!(t.ticked);
        assert_eq!(t.note, "Three left in a year.");
    }

    #[test]
    fn the_first_debrief_edit_dates_it_and_a_set_date_stays() {
        let mut o = org();
        apply(&mut o, &OrgEdit::Impression(Some(Impression::Positive)), TODAY).unwrap();
        assert_eq!(o.debrief.date, TODAY);
        apply(&mut o, &OrgEdit::DebriefDate("2026-12-04".into()), TODAY).unwrap();
        apply(&mut o, &OrgEdit::DebriefText { field: DebriefText::Gut, text: "Yes.".into() }, TODAY).unwrap();
        assert_eq!(o.debrief.date, "2026-12-04");
        assert_eq!(refused(&mut o, OrgEdit::DebriefDate("2026-02-30".into())), EditError::InvalidDate);
        apply(&mut o, &OrgEdit::DebriefDate(String::new()), TODAY).unwrap();
        assert_eq!(o.debrief.date, "", "the date can be cleared");
    }

    #[test]
    fn what_was_heard_is_kept_whatever_the_status_does() {
        let mut o = org();
        let card = || OPENING_CARD.to_string();
        apply(&mut o, &OrgEdit::CardStatus { card: card(), status: Status::Asked }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::Heard { card: card(), heard: Some(Heard::Clear) }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::CardStatus { card: card(), status: Status::Todo }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::CardStatus { card: card(), status: Status::Asked }, TODAY).unwrap();
        assert_eq!(o.progress(OPENING_CARD).and_then(|p| p.heard), Some(Heard::Clear));
    }

    #[test]
    fn interview_mode_edits_mark_asked_and_keep_what_they_said_apart_from_the_notes() {
        let mut o = org();
        let card = || OPENING_CARD.to_string();
        apply(&mut o, &OrgEdit::CardNotes { card: card(), text: "My draft.".into() }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::Heard { card: card(), heard: Some(Heard::Vague) }, TODAY).unwrap();
        assert_eq!(
            o.progress(OPENING_CARD).map(|p| p.status),
            Some(Status::Asked),
            "noting what was heard marks it asked"
        );
        apply(&mut o, &OrgEdit::Said { card: card(), text: "Talked about volume.".into() }, TODAY).unwrap();
        let p = o.progress(OPENING_CARD).unwrap();
        assert_eq!((p.notes.as_str(), p.said.as_str()), ("My draft.", "Talked about volume."));
        // Unmarking goes back to to-do for a card never practised, to practised otherwise;
        // what was heard and said stays.
        apply(&mut o, &OrgEdit::Asked { card: card(), asked: false }, TODAY).unwrap();
        assert_eq!(o.progress(OPENING_CARD).map(|p| p.status), Some(Status::Todo));
        apply(&mut o, &OrgEdit::Practise { card: card(), rating: Rating::Good, today: TODAY.into() }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::Asked { card: card(), asked: true }, TODAY).unwrap();
        apply(&mut o, &OrgEdit::Asked { card: card(), asked: false }, TODAY).unwrap();
        let p = o.progress(OPENING_CARD).unwrap();
        assert_eq!(
            (p.status, p.heard, p.said.as_str()),
            (Status::Practised, Some(Heard::Vague), "Talked about volume.")
        );
        // Clearing what was heard leaves the status alone; an over-long answer is refused whole.
        apply(&mut o, &OrgEdit::Heard { card: card(), heard: None }, TODAY).unwrap();
        assert_eq!(o.progress(OPENING_CARD).map(|p| p.status), Some(Status::Practised));
        too_long(refused(&mut o, OrgEdit::Said { card: card(), text: "x".repeat(CARD_NOTES_MAX + 1) }));
        assert_eq!(o.progress(OPENING_CARD).map(|p| p.said.as_str()), Some("Talked about volume."));
    }

    #[test]
    fn ratings_are_one_to_five_or_none() {
        let mut o = org();
        assert_eq!(
            refused(&mut o, OrgEdit::Rating { domain: "culture".into(), value: Some(6) }),
            EditError::RatingOutOfRange
        );
        refused(&mut o, OrgEdit::Rating { domain: "culture".into(), value: Some(0) });
        apply(&mut o, &OrgEdit::Rating { domain: "culture".into(), value: Some(4) }, TODAY).unwrap();
        assert_eq!(o.debrief.rating("culture"), Some(4));
        apply(&mut o, &OrgEdit::Rating { domain: "culture".into(), value: None }, TODAY).unwrap();
        assert_eq!(o.debrief.rating("culture"), None);
    }

    #[test]
    fn own_flags_are_trimmed_ticked_and_unique() {
        let mut o = org();
        assert_eq!(
            refused(&mut o, OrgEdit::AddOwnFlag { text: "  ".into(), severity: Severity::Minor, stamp: 1 }),
            EditError::Empty("Write the flag first.")
        );
        for _ in 0..2 {
            let add = OrgEdit::AddOwnFlag { text: " No parking ".into(), severity: Severity::Minor, stamp: 9 };
            apply(&mut o, &add, TODAY).unwrap();
        }
        let flags = &o.debrief.own_flags;
        assert_eq!(flags.len(), 2);
        assert_ne!(flags[0].id, flags[1].id);
        assert_eq!(flags[0].flag, "No parking");
        assert!(flags.iter().all(|f| f.id.starts_with(OWN_FLAG_PREFIX) && o.debrief.is_ticked(&f.id)));
    }

    #[test]
    fn custom_cards_are_validated_added_edited_and_deleted_with_their_notes() {
        let mut o = org();
        let blank = CustomCard { question: "   ".into(), ..CustomCard::default() };
        assert_eq!(
            refused(&mut o, OrgEdit::AddCard { card: blank, stamp: 1 }),
            EditError::Empty("Write the question first.")
        );
        let long = CustomCard { question: "q".repeat(QUESTION_MAX + 1), ..CustomCard::default() };
        too_long(refused(&mut o, OrgEdit::AddCard { card: long, stamp: 1 }));
        let why = CustomCard { question: "Q?".into(), why: "w".repeat(CARD_NOTES_MAX + 1), ..CustomCard::default() };
        too_long(refused(&mut o, OrgEdit::AddCard { card: why, stamp: 1 }));

        let card = CustomCard { question: " Who covers nights? ".into(), ..CustomCard::default() };
        apply(&mut o, &OrgEdit::AddCard { card, stamp: 5 }, TODAY).unwrap();
        let id = o.custom_cards[0].id.clone();
        assert!(id.starts_with(CUSTOM_CARD_PREFIX));
        assert_eq!(o.custom_cards[0].question, "Who covers nights?");
        apply(&mut o, &OrgEdit::CardNotes { card: id.clone(), text: "Ask the chief.".into() }, TODAY).unwrap();

        let edited = CustomCard { id: id.clone(), question: "Who covers weekends?".into(), ..CustomCard::default() };
        apply(&mut o, &OrgEdit::EditCard(edited), TODAY).unwrap();
        assert_eq!(o.custom_cards[0].question, "Who covers weekends?");
        let ghost = CustomCard { id: "custom.0".into(), question: "Q".into(), ..CustomCard::default() };
        assert_eq!(refused(&mut o, OrgEdit::EditCard(ghost)), EditError::NoSuchCard);

        apply(&mut o, &OrgEdit::DeleteCard { card: id.clone() }, TODAY).unwrap();
        assert!(o.custom_cards.is_empty() && o.progress(&id).is_none());
        assert_eq!(refused(&mut o, OrgEdit::DeleteCard { card: id }), EditError::NoSuchCard);
    }

    #[test]
    fn organization_fields_are_validated_one_at_a_time() {
        let mut o = org();
        let e = refused(&mut o, OrgEdit::Field { field: Field::Name, value: "  ".into() });
        assert!(matches!(e, EditError::Field(ref f) if f.field == Field::Name), "{e:?}");
        let e = refused(&mut o, OrgEdit::Field { field: Field::Mission, value: "m".repeat(20_700) });
        assert!(e.kept_message().starts_with("Mission statement is 20,700 characters long"), "{}", e.message());
        assert!(e.kept_message().contains("last saved version is kept"));
        refused(&mut o, OrgEdit::Field { field: Field::InterviewDate, value: "31/12/2026".into() });

        assert_eq!(
            apply(&mut o, &OrgEdit::Field { field: Field::Name, value: " Mayo Clinic ".into() }, TODAY),
            Ok(true)
        );
        assert_eq!(o.name, "Mayo Clinic", "one-line fields are trimmed");
        assert_eq!(
            apply(&mut o, &OrgEdit::Field { field: Field::Name, value: "Mayo Clinic  ".into() }, TODAY),
            Ok(false),
            "a trailing space changes nothing stored"
        );
        apply(&mut o, &OrgEdit::Field { field: Field::Position, value: "residency".into() }, TODAY).unwrap();
        assert_eq!(o.position, crate::domain::deck::Position::Residency);
    }

    #[test]
    fn a_dismissed_finding_leaves_the_report_and_the_deck_until_restored() {
        let mut o = Organization { mission: "To maximise returns to our shareholders.".into(), ..org() };
        assert!(o.mission_report().has(FindingId::ProfitFirst));
        assert!(o.deck().iter().any(|c| c.id.starts_with("mission.profit_first.")));
        let long = OrgEdit::Dismiss { finding: FindingId::ProfitFirst, reason: "r".repeat(DISMISS_REASON_MAX + 1) };
        too_long(refused(&mut o, long));

        let dismiss =
            OrgEdit::Dismiss { finding: FindingId::ProfitFirst, reason: " A co-op; the words are old. ".into() };
        apply(&mut o, &dismiss, TODAY).unwrap();
        apply(&mut o, &dismiss, TODAY).unwrap();
        assert_eq!(o.dismissed.len(), 1, "dismissing twice keeps one");
        assert_eq!(o.dismissed[0].reason, "A co-op; the words are old.");
        let r = o.mission_report();
        assert!(!r.has(FindingId::ProfitFirst));
        assert!(r.verdict.adjusted);
        assert_eq!(r.verdict.level, crate::domain::mission::Level::Weak, "the verdict is recomputed");
        assert!(r.has(FindingId::Generic), "with the red flag gone, the statement is judged generic");
        assert!(r.verdict.reasons.last().is_some_and(|x| x.starts_with("Adjusted by you: 1 finding")));
        assert!(!o.deck().iter().any(|c| c.id.starts_with("mission.profit_first.")), "its cards leave the deck");

        apply(&mut o, &OrgEdit::Restore { finding: FindingId::ProfitFirst }, TODAY).unwrap();
        assert!(o.mission_report().has(FindingId::ProfitFirst));
        assert!(!o.mission_report().verdict.adjusted);
        // Dismissing a finding the statement does not have changes nothing in the report.
        apply(&mut o, &OrgEdit::Dismiss { finding: FindingId::Faith, reason: String::new() }, TODAY).unwrap();
        assert!(!o.mission_report().verdict.adjusted);
    }

    #[test]
    fn practice_ratings_schedule_the_card() {
        let mut o = org();
        apply(
            &mut o,
            &OrgEdit::Practise { card: OPENING_CARD.into(), rating: Rating::Good, today: TODAY.into() },
            TODAY,
        )
        .unwrap();
        assert_eq!(o.progress(OPENING_CARD).map(|p| p.due.as_str()), Some("2026-11-28"));
    }
}

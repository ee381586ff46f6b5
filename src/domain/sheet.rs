//! What of the user's own writing goes on the one-page cheat sheet: draft answers to the
//! Prepare cards, then the organization's notes, in the space the rest of the sheet leaves
//! on one printed page (Letter or A4). Anything shortened or left out says so.

use crate::domain::text::char_count;

/// Characters one printed page holds at the sheet's print size, headings and the legal
/// notice included (measured: Letter, 12 mm margins, 9.5 pt; A4 holds a little more).
pub const PAGE_CHARS: usize = 3_350;
/// Characters the sheet's headings, labels and footer take whatever it shows.
pub const SHEET_OVERHEAD: usize = 450;
/// A line break costs about the rest of a line; so does the end of a list item.
pub const LINE_COST: usize = 50;
/// A section's heading and its closing line ("Shortened to fit one page…").
pub const SECTION_COST: usize = 150;
/// Most characters of one draft answer, and most draft answers shown.
pub const DRAFT_MAX: usize = 260;
pub const DRAFTS_MAX: usize = 3;
/// Below this much room, a text is left out (named as such) rather than shown as a stub.
pub const SHOWN_MIN: usize = 120;

/// A piece of the user's text as shown, and whether it was shortened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    pub shortened: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct OwnWriting {
    /// (question, draft answer).
    pub drafts: Vec<(String, Shown)>,
    pub notes: Option<Shown>,
    /// Draft answers that did not fit (they are on the cards page).
    pub drafts_left_out: usize,
    /// True when the notes did not fit at all.
    pub notes_left_out: bool,
}

/// Room `text` takes on the page: its characters, and a line's worth per line break.
pub fn cost(text: &str) -> usize {
    char_count(text) + LINE_COST * text.matches('\n').count()
}

/// `text` to at most `max` of [`cost`], at a word boundary where there is one, with "…".
fn shorten(text: &str, max: usize) -> Shown {
    let text = text.trim();
    if cost(text) <= max {
        return Shown { text: text.to_string(), shortened: false };
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        used += if c == '\n' { LINE_COST + 1 } else { 1 };
        if used >= max {
            break;
        }
        cut.push(c);
    }
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => cut[..i].trim_end().to_string(),
        _ => cut,
    };
    Shown { text: format!("{at_word}…"), shortened: true }
}

/// Fit `drafts` (question, draft; in the order to show) and `notes` into what a page leaves
/// after `fixed` characters of the rest of the sheet (mission, findings, questions; see
/// [`SHEET_OVERHEAD`]). Empty drafts and notes are skipped.
pub fn fit(fixed: usize, drafts: &[(String, String)], notes: &str) -> OwnWriting {
    let mut left = PAGE_CHARS.saturating_sub(fixed + SHEET_OVERHEAD);
    let mut out = OwnWriting::default();
    let drafts: Vec<&(String, String)> = drafts.iter().filter(|(_, d)| !d.trim().is_empty()).collect();
    if !drafts.is_empty() {
        left = left.saturating_sub(SECTION_COST);
    }
    for (question, draft) in &drafts {
        if out.drafts.len() == DRAFTS_MAX || left < SHOWN_MIN + char_count(question) {
            out.drafts_left_out += 1;
            continue;
        }
        let shown = shorten(draft, DRAFT_MAX.min(left - char_count(question)));
        left = left.saturating_sub(cost(&shown.text) + char_count(question) + LINE_COST);
        out.drafts.push((question.clone(), shown));
    }
    if !notes.trim().is_empty() {
        left = left.saturating_sub(SECTION_COST);
        if left >= SHOWN_MIN {
            out.notes = Some(shorten(notes, left));
        } else {
            out.notes_left_out = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(q: &str, n: usize) -> (String, String) {
        (q.to_string(), "word ".repeat(n / 5))
    }

    #[test]
    fn short_writing_goes_in_whole() {
        let own = fit(1_000, &[("Why here?".into(), "Because of the rural track.".into())], "Ask about call.");
        assert_eq!(
            own.drafts,
            vec![("Why here?".into(), Shown { text: "Because of the rural track.".into(), shortened: false })]
        );
        assert_eq!(own.notes, Some(Shown { text: "Ask about call.".into(), shortened: false }));
        assert_eq!((own.drafts_left_out, own.notes_left_out), (0, false));
    }

    #[test]
    fn long_drafts_are_shortened_at_a_word_and_say_so() {
        let own = fit(1_000, &[draft("Why here?", 2_000)], "");
        let (_, shown) = &own.drafts[0];
        assert!(shown.shortened);
        assert!(shown.text.ends_with("word…"), "{}", shown.text);
        assert!(char_count(&shown.text) <= DRAFT_MAX);
    }

    #[test]
    fn the_room_is_what_the_rest_of_the_sheet_leaves_and_what_does_not_fit_is_counted() {
        let drafts: Vec<_> = (0..5).map(|i| draft(&format!("Q{i}"), 400)).collect();
        let fixed = 1_000;
        let roomy = fit(fixed, &drafts, &"n ".repeat(600));
        assert_eq!((roomy.drafts.len(), roomy.drafts_left_out), (3, 2));
        let notes = roomy.notes.clone().expect("notes shown");
        assert!(notes.shortened);
        let used: usize =
            roomy.drafts.iter().map(|(q, s)| cost(&s.text) + char_count(q)).sum::<usize>() + cost(&notes.text);
        assert!(used <= PAGE_CHARS - fixed - SHEET_OVERHEAD, "{used}");

        let crowded = fit(PAGE_CHARS - SHEET_OVERHEAD - 50, &drafts, "some notes");
        assert!(crowded.drafts.is_empty());
        assert_eq!((crowded.drafts_left_out, crowded.notes_left_out), (5, true));
    }

    #[test]
    fn line_breaks_take_room() {
        assert_eq!(cost("a\nb"), 3 + LINE_COST);
        let shown = shorten(&"line\n".repeat(40), 300);
        assert!(shown.shortened && cost(&shown.text) <= 300, "{:?}", shown);
    }

    #[test]
    fn empty_writing_adds_nothing() {
        assert_eq!(fit(0, &[("Q".into(), "  ".into())], " \n "), OwnWriting::default());
    }
}

//! What to do next for each organization, from the calendar: prepare before the interview,
//! the cheat sheet and interview mode on the day, the debrief after it, then compare. And
//! the interview dates as an `.ics` calendar file.

use super::dates;
use super::debrief::Debrief;
use super::organization::Organization;

/// An organization's next step on a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Before the interview (or with no date yet): practise the cards due.
    Prepare { due: usize, dated: bool },
    /// The interview is today: the cheat sheet, then interview mode.
    InterviewDay,
    /// The interview has passed and the debrief is not written.
    Debrief,
    /// The debrief is written: compare with the others.
    Compare,
}

impl Debrief {
    /// True once the user has written something of their own after the interview: an
    /// impression, a rating, a gut check, culture notes or a hard stop. Ticking flags during
    /// the interview alone does not count.
    pub fn is_written(&self) -> bool {
        self.impression.is_some()
            || !self.ratings.is_empty()
            || !self.gut.trim().is_empty()
            || !self.culture.trim().is_empty()
            || !self.hard_stop.trim().is_empty()
    }
}

/// The next step for `org` on `today`, with `due` cards due.
pub fn next_step(org: &Organization, today: &str, due: usize) -> Step {
    match dates::days_until(today, &org.interview_date) {
        None => Step::Prepare { due, dated: false },
        Some(d) if d > 0 => Step::Prepare { due, dated: true },
        Some(0) => Step::InterviewDay,
        Some(_) if !org.debrief.is_written() => Step::Debrief,
        Some(_) => Step::Compare,
    }
}

/// Text of an iCalendar value: backslash, semicolon, comma and line breaks escaped.
fn ics_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (RFC 5545 §3.1), never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The interview dates of `orgs` as an iCalendar file: one all-day event each, with a
/// stable id so that importing again updates rather than duplicates. `stamp` is the
/// time of export as `YYYYMMDDTHHMMSSZ`. Organizations without a valid date are skipped.
pub fn interviews_ics(orgs: &[&Organization], stamp: &str) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mission Ready//Interviews//EN\r\nCALSCALE:GREGORIAN\r\n",
    );
    for org in orgs {
        let Some(next_day) = dates::add_days(&org.interview_date, 1) else { continue };
        let day = org.interview_date.replace('-', "");
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&fold(&format!("UID:{}@mission-ready", ics_text(&org.id))));
        out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
        out.push_str(&format!("DTSTART;VALUE=DATE:{day}\r\n"));
        out.push_str(&format!("DTEND;VALUE=DATE:{}\r\n", next_day.replace('-', "")));
        out.push_str(&fold(&format!("SUMMARY:{}", ics_text(&format!("Interview: {}", org.name)))));
        let what = if org.role.is_empty() { org.position.label().to_string() } else { org.role.clone() };
        out.push_str(&fold(&format!(
            "DESCRIPTION:{}",
            ics_text(&format!("{what}. Open Mission Ready that morning for the cheat sheet and interview mode."))
        )));
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::debrief::Impression;

    fn org(date: &str) -> Organization {
        Organization {
            id: "o1".into(),
            name: "Lakeside".into(),
            interview_date: date.into(),
            ..Organization::default()
        }
    }

    #[test]
    fn the_calendar_sets_the_next_step() {
        let today = "2026-12-04";
        assert_eq!(next_step(&org(""), today, 46), Step::Prepare { due: 46, dated: false });
        assert_eq!(next_step(&org("2026-12-10"), today, 46), Step::Prepare { due: 46, dated: true });
        assert_eq!(next_step(&org("2026-12-04"), today, 46), Step::InterviewDay);
        let mut after = org("2026-11-28");
        assert_eq!(next_step(&after, today, 46), Step::Debrief);
        after.debrief.ticks.push(Default::default());
        assert_eq!(next_step(&after, today, 46), Step::Debrief, "ticks alone are not a debrief");
        after.debrief.impression = Some(Impression::Positive);
        assert_eq!(next_step(&after, today, 46), Step::Compare);
        let mut rated = org("2026-11-28");
        rated.debrief.ratings.push(("mission".into(), 4));
        assert_eq!(next_step(&rated, today, 0), Step::Compare);
    }

    #[test]
    fn the_calendar_file_has_one_all_day_event_per_dated_interview() {
        let a = Organization { role: "Hospitalist, nights; days".into(), ..org("2026-12-31") };
        let b = org("");
        let ics = interviews_ics(&[&a, &b], "20261204T120000Z");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:Interview: Lakeside\r\n"));
        assert!(ics.contains("DESCRIPTION:Hospitalist\\, nights\\; days."));
        assert!(ics.contains("UID:o1@mission-ready\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "folded: {line:?}");
        }
    }

    #[test]
    fn long_and_odd_names_are_escaped_and_folded_whole() {
        let long =
            Organization { name: format!("{}\nSecond; line, é", "Ünïversity ".repeat(12)), ..org("2026-12-04") };
        let ics = interviews_ics(&[&long], "20261204T120000Z");
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains(&format!("SUMMARY:Interview: {}\\nSecond\\; line\\, é\r\n", "Ünïversity ".repeat(12)))
        );
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    }
}

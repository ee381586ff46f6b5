//! Calendar dates written `YYYY-MM-DD`, as `<input type="date">` gives them. Only what the
//! app needs: validity, a readable form, and days between two dates. No time zones: the
//! caller passes today's date as the user's own calendar shows it.

/// True for a real calendar date written `YYYY-MM-DD` (what `<input type="date">` gives).
pub fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        text.get(r)?.bytes().try_fold(0u32, |acc, d| d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1900 && (1..=days).contains(&d)
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn parts(iso: &str) -> Option<(i64, i64, i64)> {
    if !is_iso_date(iso) {
        return None;
    }
    Some((iso[0..4].parse().ok()?, iso[5..7].parse().ok()?, iso[8..10].parse().ok()?))
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01 (inverse of `days_from_civil`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `date` plus `days` (negative to go back), as `YYYY-MM-DD`; `None` if `date` is not one.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    let (y, m, d) = parts(date)?;
    let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// `"2026-12-03"` → `"Thu, Dec 3, 2026"` (US order, as the date field shows it); anything else
/// is returned unchanged.
pub fn readable(iso: &str) -> String {
    match parts(iso) {
        Some((y, m, d)) => {
            // 1970-01-01 was a Thursday (index 3 from Monday).
            let weekday = (days_from_civil(y, m, d) + 3).rem_euclid(7) as usize;
            format!("{}, {} {}, {}", WEEKDAYS[weekday], MONTHS[(m - 1) as usize], d, y)
        }
        None => iso.to_string(),
    }
}

/// Days from `today` to `date` (negative when it has passed), if both are dates.
pub fn days_until(today: &str, date: &str) -> Option<i64> {
    let (ty, tm, td) = parts(today)?;
    let (y, m, d) = parts(date)?;
    Some(days_from_civil(y, m, d) - days_from_civil(ty, tm, td))
}

/// "today", "tomorrow", "in 5 days", "3 days ago", "yesterday".
pub fn relative(today: &str, date: &str) -> Option<String> {
    Some(match days_until(today, date)? {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 1 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_dates_have_the_right_weekday() {
        assert_eq!(readable("1970-01-01"), "Thu, Jan 1, 1970");
        assert_eq!(readable("2026-11-27"), "Fri, Nov 27, 2026");
        assert_eq!(readable("2028-02-29"), "Tue, Feb 29, 2028");
        assert_eq!(readable("not a date"), "not a date");
    }

    #[test]
    fn days_between_cross_months_years_and_leap_days() {
        assert_eq!(days_until("2026-11-27", "2026-12-03"), Some(6));
        assert_eq!(days_until("2026-12-31", "2027-01-01"), Some(1));
        assert_eq!(days_until("2028-02-28", "2028-03-01"), Some(2));
        assert_eq!(days_until("2026-11-27", "2026-11-20"), Some(-7));
        assert_eq!(days_until("2026-11-27", ""), None);
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        assert_eq!(add_days("2026-11-27", 4).as_deref(), Some("2026-12-01"));
        assert_eq!(add_days("2026-12-31", 1).as_deref(), Some("2027-01-01"));
        assert_eq!(add_days("2028-02-28", 1).as_deref(), Some("2028-02-29"));
        assert_eq!(add_days("2026-03-01", -1).as_deref(), Some("2026-02-28"));
        assert_eq!(add_days("2026-11-27", 0).as_deref(), Some("2026-11-27"));
        assert_eq!(add_days("soon", 1), None);
        for n in [-800, -1, 0, 1, 59, 365, 1461] {
            assert_eq!(days_until("2026-11-27", &add_days("2026-11-27", n).unwrap()), Some(n));
        }
    }

    #[test]
    fn relative_words() {
        let t = "2026-11-27";
        assert_eq!(relative(t, "2026-11-27").as_deref(), Some("today"));
        assert_eq!(relative(t, "2026-11-28").as_deref(), Some("tomorrow"));
        assert_eq!(relative(t, "2026-11-26").as_deref(), Some("yesterday"));
        assert_eq!(relative(t, "2026-12-07").as_deref(), Some("in 10 days"));
        assert_eq!(relative(t, "2026-11-24").as_deref(), Some("3 days ago"));
    }
}

//! Text limits, counted the way a person counts: characters, not bytes. Every text field
//! in the app has a limit, and going over it is never a silent cut: the edit is refused
//! with a [`TooLong`] that says by how much, and the last valid text stays stored.

/// Number of characters as a person counts them (Unicode scalar values, not bytes).
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// `20000` → `"20,000"`, for messages.
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A text over its field's limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    /// The field's label, as the form shows it.
    pub label: &'static str,
    pub count: usize,
    pub limit: usize,
}

impl TooLong {
    /// `Err(TooLong)` when `text` has more than `limit` characters.
    pub fn check(label: &'static str, text: &str, limit: usize) -> Result<(), TooLong> {
        let count = char_count(text);
        if count > limit {
            Err(TooLong { label, count, limit })
        } else {
            Ok(())
        }
    }

    /// "Notes is 60,000 characters long; the limit is 10,000. Shorten it by 50,000 to save."
    pub fn message(&self) -> String {
        format!(
            "{} is {} characters long; the limit is {}. Shorten it by {} to save.",
            self.label,
            group_thousands(self.count),
            group_thousands(self.limit),
            group_thousands(self.count - self.limit)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(20_000), "20,000");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn limits_count_characters_and_say_by_how_much() {
        assert_eq!(TooLong::check("Note", &"é".repeat(5), 5), Ok(()));
        let e = TooLong::check("Note", &"é".repeat(60_000), 10_000).unwrap_err();
        assert_eq!(e.count, 60_000);
        assert_eq!(e.message(), "Note is 60,000 characters long; the limit is 10,000. Shorten it by 50,000 to save.");
    }
}

//! The block format of the content files (`src/content/*.txt`): blocks separated by blank
//! lines, each line `key: value`, `#` lines are comments. Keys may repeat (a lexicon entry
//! has several `card:` lines). Parsing never panics; errors name the line.

/// One block: its `(key, value)` lines in order, and the line number it starts on.
#[derive(Debug)]
pub struct Block<'a> {
    pub line: usize,
    pub fields: Vec<(&'a str, &'a str)>,
}

impl<'a> Block<'a> {
    /// The first value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&'a str> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// The value of a required key, or an error naming the block.
    pub fn require(&self, key: &str) -> Result<&'a str, String> {
        self.get(key)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("block at line {}: `{key}` is required", self.line))
    }
}

/// Split a content file into blocks.
pub fn parse(text: &str) -> Result<Vec<Block<'_>>, String> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            out.extend(current.take());
            continue;
        }
        let (key, value) = line.split_once(':').ok_or_else(|| format!("line {}: expected `key: value`", n + 1))?;
        current
            .get_or_insert_with(|| Block { line: n + 1, fields: Vec::new() })
            .fields
            .push((key.trim(), value.trim()));
    }
    out.extend(current);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_on_blank_lines_and_skip_comments() {
        let text = "# comment\nid: a\ncard: 1\ncard: 2\n\n\nid: b\nnote: x: y\n";
        let blocks = parse(text).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].line, 2);
        assert_eq!(blocks[0].fields, vec![("id", "a"), ("card", "1"), ("card", "2")]);
        assert_eq!(blocks[1].get("note"), Some("x: y"));
        assert!(blocks[1].require("missing").unwrap_err().contains("line 7"));
        assert!(parse("id: a\nno colon\n").unwrap_err().contains("line 2"));
    }
}

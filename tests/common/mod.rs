//! Helpers shared by the integration tests that read the labelled statements.

use serde::de::DeserializeOwned;

/// Every non-blank line of a JSON Lines file, parsed; a broken line names its file and line.
pub fn read_jsonl<T: DeserializeOwned>(path: &str) -> Vec<T> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path} line {}: {e}", i + 1)))
        .collect()
}

/// One labelled set of `tests/corpus/` by name ("tuning", "heldout", …).
pub fn corpus<T: DeserializeOwned>(name: &str) -> Vec<T> {
    read_jsonl(&format!("{}/tests/corpus/{name}.jsonl", env!("CARGO_MANIFEST_DIR")))
}

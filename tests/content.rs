//! The content a program director or a contract attorney reads: cards, flags and the mission
//! check's cards. Each names a source and an audience, none repeats another's question, it is
//! written in US English for users (never "generated"), and the README's counts match the files.

use mission_ready::domain::audience::{Audience, Position};
use mission_ready::domain::debrief::builtin_flags;
use mission_ready::domain::deck::{builtin, for_position, Stage};
use mission_ready::domain::mission::Lexicon;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A question reduced to its letters and digits, to catch the same question reworded only in
/// punctuation or case.
fn norm(q: &str) -> String {
    q.to_ascii_lowercase().chars().filter(char::is_ascii_alphanumeric).collect()
}

#[test]
fn every_card_and_flag_names_a_source_and_an_audience() {
    let cards = builtin();
    assert!(!cards.is_empty(), "cards.txt parses");
    for c in cards {
        assert!(c.cite.trim().len() > 3, "{} names its source", c.id);
    }
    for e in &Lexicon::builtin().entries {
        for c in &e.cards {
            assert!(c.cite.trim().len() > 3, "{} names its source", c.id);
        }
    }
    let flags = builtin_flags();
    assert!(!flags.is_empty(), "flags.txt parses");
    for f in flags {
        assert!(f.cite.trim().len() > 3, "flag {} names its source", f.id);
    }
}

#[test]
fn no_two_cards_ask_the_same_question() {
    let mut seen: Vec<(String, String, Audience)> = Vec::new();
    let generated = Lexicon::builtin().entries.iter().flat_map(|e| &e.cards).map(|c| (&c.id, &c.question, c.audience));
    for (id, question, audience) in builtin().iter().map(|c| (&c.id, &c.question, c.audience)).chain(generated) {
        let n = norm(question);
        if let Some((other, _, _)) = seen
            .iter()
            .find(|(_, q, a)| *q == n && Position::ALL.iter().any(|p| a.includes(*p) && audience.includes(*p)))
        {
            panic!("{id} asks the same question as {other}");
        }
        seen.push((id.clone(), n, audience));
    }
}

#[test]
fn each_kind_of_position_has_enough_cards() {
    let residency = builtin().iter().filter(|c| for_position(c, Position::Residency)).count();
    let attending = builtin().iter().filter(|c| for_position(c, Position::Attending)).count();
    println!("built-in cards: {residency} for residency and fellowship, {attending} for attending jobs");
    assert!(residency >= 30, "{residency} residency cards");
    assert!(attending >= 35, "{attending} attending cards");
    assert!(builtin().iter().any(|c| c.stage == Stage::Contract));
}

/// The text users read: card, flag and lexicon content (not comment lines or match terms),
/// and the string literals of the components.
fn user_facing_text() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in ["src/content/cards.txt", "src/content/flags.txt", "src/content/lexicon.txt"] {
        for (i, line) in read(file).lines().enumerate() {
            let skip = ["#", "terms:", "weak:", "not:", "id:", "findings:"];
            if !skip.iter().any(|s| line.starts_with(s)) {
                out.push((format!("{file}:{}", i + 1), line.to_string()));
            }
        }
    }
    let dir = format!("{ROOT}/src/components");
    for entry in std::fs::read_dir(&dir).expect("components") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("component source");
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            // Only what is inside string literals.
            let literals: String = line.split('"').skip(1).step_by(2).collect::<Vec<_>>().join(" ");
            if !literals.is_empty() {
                out.push((format!("{}:{}", path.display(), i + 1), literals));
            }
        }
    }
    out
}

#[test]
fn users_never_read_the_word_seed() {
    for (at, text) in user_facing_text() {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&"generated"), "{at}: {text}");
    }
}

#[test]
fn content_is_in_us_english() {
    const BRITISH: [&str; 24] = [
        "tumour",
        "programme",
        "utilisation",
        "utilise",
        "organisation",
        "organise",
        "organised",
        "behaviour",
        "colour",
        "favour",
        "honour",
        "centre",
        "paediatric",
        "anaesthe",
        "orthopaedic",
        "recognise",
        "emphasise",
        "prioritise",
        "licence",
        "practise",
        "practised",
        "judgement",
        "counselling",
        "authorisation",
    ];
    for (at, text) in user_facing_text() {
        let lower = text.to_lowercase();
        for word in BRITISH {
            assert!(!lower.contains(word), "{at}: British spelling `{word}` in {text:?}");
        }
    }
}

#[test]
fn the_readme_counts_match_the_files() {
    let readme = read("README.md");
    let cards = builtin().len();
    let flags = builtin_flags().len();
    let generated: usize = Lexicon::builtin().entries.iter().map(|e| e.cards.len()).sum();
    for (what, n) in [("built-in cards", cards), ("built-in flags", flags), ("mission-check cards", generated)] {
        let claim = format!("{n} {what}");
        assert!(readme.contains(&claim), "the README should say \"{claim}\"");
    }
}

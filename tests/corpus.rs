//! The mission-check corpus (`tests/corpus/`, see its RUBRIC.md): well-formed, labelled with
//! known finding ids, sourced, and split with no statement in both halves. Nothing here
//! scores the analyzer: the held-out half is scored once, when the rules are done.

use mission_ready::domain::finding::FindingId;
use serde::Deserialize;

mod common;
use std::collections::HashSet;

#[derive(Deserialize)]
#[allow(dead_code)]
struct Statement {
    id: String,
    org: String,
    #[serde(rename = "type")]
    kind: String,
    country: String,
    mission: String,
    source: String,
    verbatim: bool,
    synthetic: bool,
    expect: Expect,
}

#[derive(Deserialize)]
struct Expect {
    generic: Option<bool>,
    concern: bool,
    concern_kind: Option<FindingId>,
    themes: Vec<FindingId>,
    maybe: Vec<FindingId>,
}

fn half(name: &str) -> Vec<Statement> {
    common::corpus(name)
}

#[test]
fn the_corpus_is_labelled_sourced_and_split() {
    let tuning = half("tuning");
    let heldout = half("heldout");
    let heldout2 = half("heldout2");
    let heldout3 = half("heldout3");
    let heldout4 = half("heldout4");
    let heldout5 = half("heldout5");
    let heldout6 = half("heldout6");
    let heldout7 = half("heldout7");
    let heldout8 = half("heldout8");
    let heldout9 = half("heldout9");
    let heldout10 = half("heldout10");
    let heldout11 = half("heldout11");
    let heldout12 = half("heldout12");
    let heldout13 = half("heldout13");
    let heldout14 = half("heldout14");
    let heldout15 = half("heldout15");
    let heldout16 = half("heldout16");
    let heldout17 = half("heldout17");
    let heldout18 = half("heldout18");
    let heldout19 = half("heldout19");
    let heldout20 = half("heldout20");
    let heldout21 = half("heldout21");
    let real = tuning.iter().chain(&heldout).filter(|s| !s.synthetic).count();
    assert!(real >= 150, "{real} real statements");
    let mut ids = HashSet::new();
    let mut texts = HashSet::new();
    for s in tuning
        .iter()
        .chain(&heldout)
        .chain(&heldout2)
        .chain(&heldout3)
        .chain(&heldout4)
        .chain(&heldout5)
        .chain(&heldout6)
        .chain(&heldout7)
        .chain(&heldout8)
        .chain(&heldout9)
        .chain(&heldout10)
        .chain(&heldout11)
        .chain(&heldout12)
        .chain(&heldout13)
        .chain(&heldout14)
        .chain(&heldout15)
        .chain(&heldout16)
        .chain(&heldout17)
        .chain(&heldout18)
        .chain(&heldout19)
        .chain(&heldout20)
        .chain(&heldout21)
    {
        assert!(ids.insert(s.id.clone()), "{} twice", s.id);
        assert!(texts.insert(s.mission.to_lowercase()), "{}: the same statement twice", s.id);
        assert!(!s.mission.trim().is_empty() && !s.org.trim().is_empty() && !s.source.trim().is_empty(), "{}", s.id);
        assert!(s.synthetic || s.source.starts_with("http"), "{}: a real statement has its address", s.id);
        let e = &s.expect;
        match e.concern_kind {
            Some(FindingId::ProfitFirst | FindingId::Subordinate) => assert!(e.concern, "{}", s.id),
            Some(other) => panic!("{}: {other:?} is not a concern", s.id),
            None => assert!(!e.concern, "{}: a concern names its kind", s.id),
        }
        for t in e.themes.iter().chain(&e.maybe) {
            assert!(FindingId::themes().contains(t), "{}: {t:?} is not an implication", s.id);
        }
        let _ = e.generic;
    }
    let sets = [
        ("tuning", &tuning),
        ("heldout", &heldout),
        ("heldout2", &heldout2),
        ("heldout3", &heldout3),
        ("heldout4", &heldout4),
        ("heldout5", &heldout5),
        ("heldout6", &heldout6),
        ("heldout7", &heldout7),
        ("heldout8", &heldout8),
        ("heldout9", &heldout9),
        ("heldout10", &heldout10),
        ("heldout11", &heldout11),
        ("heldout12", &heldout12),
        ("heldout13", &heldout13),
        ("heldout14", &heldout14),
        ("heldout15", &heldout15),
        ("heldout16", &heldout16),
        ("heldout17", &heldout17),
        ("heldout18", &heldout18),
        ("heldout19", &heldout19),
        ("heldout20", &heldout20),
        ("heldout21", &heldout21),
    ];
    for (name, part) in sets {
        let concerns = part.iter().filter(|s| s.expect.concern).count();
        assert!(concerns >= 8, "{name} has {concerns} concerns");
        assert!(part.iter().any(|s| s.expect.generic == Some(true)), "{name} has generic statements");
        assert!(part.iter().any(|s| s.expect.generic == Some(false)), "{name} has specific statements");
    }
    assert!(tuning.len().abs_diff(heldout.len()) <= 2, "halves of about the same size");
}

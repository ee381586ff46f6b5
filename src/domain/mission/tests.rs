use super::*;

fn ids(text: &str) -> Vec<String> {
    analyze(text).findings.into_iter().map(|f| f.id.as_str().to_string()).collect()
}

/// Tests name findings by their stable strings, as the fixtures and the page do.
fn id(s: &str) -> FindingId {
    FindingId::parse(s).unwrap_or_else(|| panic!("{s} is a finding id"))
}

fn fired(text: &str, s: &str) -> bool {
    analyze(text).has(id(s))
}

#[test]
fn the_lexicon_parses_and_covers_every_finding_id() {
    let lex = Lexicon::parse(LEXICON_TEXT).expect("lexicon.txt parses");
    let ids: Vec<FindingId> = lex.entries.iter().filter_map(|e| e.id).collect();
    assert_eq!(ids.len(), lex.entries.len(), "every entry has an id");
    for id in FindingId::ALL {
        assert!(ids.contains(&id), "lexicon lacks {id:?}");
    }
    let mut seen = ids.clone();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), ids.len(), "duplicate finding ids");
    for e in &lex.entries {
        let name = e.id.map_or("", FindingId::as_str);
        if e.kind == Some(Kind::Implication) {
            assert!(e.id.is_some_and(|i| FindingId::themes().contains(&i)), "{name} is an implication");
            assert!(!e.expect.is_empty(), "{name} says what to expect");
            assert!(!e.cards.is_empty(), "{name} adds cards");
        }
        for c in &e.cards {
            assert!(c.id.starts_with(&format!("mission.{name}.")), "card id {} belongs to {name}", c.id);
        }
    }
}

#[test]
fn lexicon_errors_are_reported_not_panicked() {
    assert!(Lexicon::parse("id: unknown_id\nkind: flag\ntitle: t\nreason: r\n").is_err(), "ids are typed");
    assert!(Lexicon::parse("id: x\nkind: weird\ntitle: t\nreason: r\n").is_err());
    assert!(Lexicon::parse("no colon here\n").is_err());
    assert!(Lexicon::parse("id: x\nkind: flag\ntitle: t\nreason: r\ncard: a | Maybe | q | w\n").is_err());
    assert!(Lexicon::parse("id: x\nkind: flag\n").is_err(), "title and reason are required");
}

#[test]
fn tokens_are_whole_words_split_on_hyphens_and_apostrophes() {
    let t: Vec<String> =
        tokenize("Not-for-profit, high‑quality care; family’s <b>HOPE</b>").into_iter().map(|t| t.text).collect();
    assert_eq!(t, ["not", "for", "profit", "high", "quality", "care", "family", "s", "b", "hope", "b"]);
    let spans = tokenize("a  bc");
    assert_eq!(spans[1].span, 3..5);
}

#[test]
fn empty_statement_is_missing_and_only_missing() {
    for text in ["", "   \n\t", "—  …  ®"] {
        let r = analyze(text);
        assert_eq!(r.findings.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["missing"], "{text:?}");
        assert_eq!(r.verdict.level, Level::Missing);
        assert!(r.cards().iter().any(|c| c.question.contains("Why is this organization in business")));
    }
}

#[test]
fn generic_statements_are_flagged_and_specific_ones_are_not() {
    for text in ["To help patients.", "Providing quality care with excellence.", "Helping people live healthier lives."]
    {
        assert!(fired(text, "generic"), "{text}");
        assert_eq!(analyze(text).verdict.level, Level::Weak, "{text}");
    }
    assert!(!fired("We provide primary care to rural families in Lake County.", "generic"));
    assert!(!fired("Advancing cures through research.", "generic"));
}

#[test]
fn weak_community_words_alone_do_not_rescue_a_generic_statement() {
    assert!(fired("To serve our community.", "generic"));
    assert!(fired("To serve our community.", "community"));
    assert!(!fired("To serve the poor and vulnerable of our community.", "generic"));
}

#[test]
fn profit_first_fires_on_money_and_not_on_not_for_profit() {
    for text in [
        "To make money.",
        "Maximizing shareholder value.",
        "We grow revenue and market share.",
        "Long-term returns for investors.",
    ] {
        assert!(fired(text, "profit_first"), "{text}");
        assert_eq!(analyze(text).verdict.level, Level::Concern, "{text}");
    }
    for text in [
        "A not-for-profit hospital caring for children.",
        "As a nonprofit, we serve the rural poor.",
        "A non-profit clinic.",
        "A not for profit health system.",
    ] {
        assert!(!fired(text, "profit_first"), "{text}");
    }
}

#[test]
fn subordinate_fires_on_serving_another_entitys_ends() {
    for text in [
        "We just exist to generate referrals for the hospital.",
        "Our job is to do whatever the health system tells us to do.",
        "Delivering business results that make our clients more successful.",
    ] {
        assert!(fired(text, "subordinate"), "{text}");
    }
    assert!(!fired("Purchasers select us for their clients.", "subordinate"));
    assert!(!fired("We work with the health system to improve care.", "subordinate"));
}

#[test]
fn unfocused_fires_on_long_or_crowded_statements() {
    let long = "We serve patients with care. ".repeat(25);
    let r = analyze(&long);
    assert!(r.has(id("unfocused")));
    assert!(r.finding(id("unfocused")).unwrap().reason.starts_with("More than 100 words"));
    assert_eq!(analyze(&format!("{long} more")).summary(), r.clone().summary(), "one more word changes nothing");
    let crowded =
        "Research, teaching, compassion, access, affordable, integrated, innovative and safe care for children.";
    assert!(fired(crowded, "unfocused"));
    assert!(!fired("Research and teaching for children.", "unfocused"));
}

#[test]
fn strengths_fire_on_cause_and_specifics() {
    let r = analyze("To advance cures for pediatric catastrophic diseases through research and treatment.");
    assert!(r.has(id("noble_cause")) && r.has(id("specific")));
    assert_eq!(r.verdict.level, Level::Promising);
    assert!(!fired("To deliver health services.", "noble_cause"));
    // "health" is not "heal".
    assert!(!fired("Health and wellness for all.", "noble_cause"));
}

#[test]
fn each_implication_fires_on_its_words() {
    let cases = [
        ("research", "Researching for health."),
        ("research", "New knowledge and discoveries."),
        ("research", "Inspiring hope in every patient."),
        ("education", "Educating those who serve."),
        ("education", "We train the next generation of physicians."),
        ("patient_experience", "An unparalleled experience as the most trusted partner."),
        ("patient_experience", "Care with compassion and respect."),
        ("community", "Serving the underserved."),
        ("access", "Care regardless of ability to pay."),
        ("access", "Timely, convenient appointments."),
        ("value", "Affordable, cost-effective care."),
        ("faith", "Extending the healing ministry of Christ."),
        ("integration", "Integrated clinical practice."),
        ("innovation", "Human-centered design and technology."),
        ("quality", "High-quality, evidence-based care."),
        ("advocacy", "We advocate for health equity."),
        ("population", "Care for children and families."),
    ];
    for (id, text) in cases {
        let r = analyze(text);
        let f = r.finding(self::id(id)).unwrap_or_else(|| panic!("{id} should fire on {text:?}; got {:?}", ids(text)));
        assert_eq!(f.kind, Kind::Implication);
        assert!(!f.expect.is_empty() && !f.cards.is_empty(), "{id} carries what to expect and cards");
        assert!(!f.words.is_empty(), "{id} names its words");
    }
}

#[test]
fn must_not_trigger_contexts() {
    assert!(!fired("To improve the quality of life in our region.", "quality"));
    assert!(fired("To improve the quality of care in our region.", "quality"));
    assert!(!fired("Advocates for a compassionate and just society.", "patient_experience"));
    assert!(!fired("Backed by private equity.", "advocacy"));
    assert!(!fired("Ministry of Health guidelines.", "faith"));
    assert!(!fired("We honour the faith you place in us.", "faith"), "faith as trust is not a faith tradition");
    assert!(!fired("Acting in good faith.", "faith"));
    assert!(fired("A faith-based health ministry.", "faith"));
    assert!(!fired("We value our staff.", "value"));
    assert!(!fired("Care for everyone.", "access"), "`everyone` alone is not an access promise");
    assert!(!fired("Outcomes for patients and claimants.", "quality"));
}

#[test]
fn spans_point_at_the_exact_words() {
    let text = "Inspiring hope through integrated clinical practice, education and research.";
    let r = analyze(text);
    let research = r.finding(id("research")).unwrap();
    let words: Vec<&str> = research.spans.iter().map(|s| &text[s.clone()]).collect();
    assert_eq!(words, ["Inspiring hope", "research"]);
    let edu = r.finding(id("education")).unwrap();
    assert_eq!(edu.words, ["education"]);
}

#[test]
fn segments_rebuild_the_text_and_mark_the_spans() {
    let text = "Not-for-profit care: <script>alert(1)</script> for children 🩺 and research.";
    let r = analyze(text);
    let segs = segments(text, &r);
    let rebuilt: String = segs.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(rebuilt, text);
    let marked: Vec<&str> = segs.iter().filter(|s| s.mark.is_some()).map(|s| s.text.as_str()).collect();
    assert!(marked.contains(&"children") && marked.contains(&"research"), "{marked:?}");
    assert!(!marked.iter().any(|m| m.contains("profit")));
}

#[test]
fn hostile_input_never_panics() {
    let inputs = [
        "\u{0}\u{7}\u{1b}[31m",
        "🩺🩺🩺 e\u{301}\u{301}\u{301}",
        "\u{202E}research\u{202C}",
        "<img src=x onerror=alert(1)> research",
        "ＦＵＬＬＷＩＤＴＨ research",
        "*, *, *",
        "whatever",
        "whatever tells",
    ];
    for text in inputs {
        let r = analyze(text);
        let rebuilt: String = segments(text, &r).iter().map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt, text);
    }
}

#[test]
fn overlong_input_is_read_to_the_limit_only() {
    let text = "é".repeat(MAX_CHARS + 50);
    let r = analyze(&text);
    assert!(r.truncated);
    let short = analyze("research");
    assert!(!short.truncated);
}

#[test]
fn verdict_lists_every_reason_and_uses_no_score() {
    let r =
        analyze("Inspiring hope and promoting health through integrated clinical practice, education and research.");
    assert_eq!(r.verdict.level, Level::Promising);
    assert!(r.verdict.reasons.iter().any(|x| x.starts_with("Noble cause")));
    assert!(r.verdict.reasons.iter().any(|x| x.contains("Research") && x.contains("Education")));
    assert!(!r.verdict.headline.chars().any(|c| c == '%' || c.is_ascii_digit()));
}

#[test]
fn implications_add_cards_with_stable_ids_and_no_duplicates() {
    let r = analyze("Research and teaching: research, discovery and training.");
    let ids: Vec<&str> = r.cards().iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"mission.research.1") && ids.contains(&"mission.education.1"), "{ids:?}");
    let mut dedup = ids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), ids.len());
}

// --- the fixture set of real mission statements --------------------------------------

#[derive(serde::Deserialize)]
struct Fixture {
    id: String,
    mission: String,
    expect: Expect,
}

#[derive(serde::Deserialize)]
struct Expect {
    generic: Option<bool>,
    concern: bool,
    themes: Vec<String>,
    maybe: Vec<String>,
}

/// The shared fixture set when it is beside the repository (it may have grown), else the
/// committed copy.
fn fixtures() -> Vec<Fixture> {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/missions.jsonl");
    let text = std::fs::read_to_string(shared)
        .unwrap_or_else(|_| include_str!("../../../tests/fixtures/missions.jsonl").to_string());
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("fixture line parses"))
        .collect()
}

#[test]
fn accuracy_on_real_mission_statements() {
    let set = fixtures();
    let (mut generic_ok, mut generic_n) = (0, 0);
    let (mut concern_hit, mut concern_n, mut false_concern) = (0, 0, 0);
    let (mut theme_hit, mut theme_n, mut theme_fp, mut theme_negatives) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for f in &set {
        let r = analyze(&f.mission);
        if let Some(g) = f.expect.generic {
            generic_n += 1;
            if r.has(FindingId::Generic) == g {
                generic_ok += 1;
            } else {
                misses.push(format!("{}: generic expected {g}", f.id));
            }
        }
        let concern = r.has(FindingId::ProfitFirst) || r.has(FindingId::Subordinate);
        if f.expect.concern {
            concern_n += 1;
            if concern {
                concern_hit += 1;
            } else {
                misses.push(format!("{}: concern missed", f.id));
            }
        } else if concern {
            false_concern += 1;
            misses.push(format!("{}: false concern", f.id));
        }
        for &theme in FindingId::themes() {
            let t = theme.as_str();
            let expected = f.expect.themes.iter().any(|x| x == t);
            let arguable = f.expect.maybe.iter().any(|x| x == t);
            if expected {
                theme_n += 1;
                if r.has(theme) {
                    theme_hit += 1;
                } else {
                    misses.push(format!("{}: theme {t} missed", f.id));
                }
            } else if !arguable {
                theme_negatives += 1;
                if r.has(theme) {
                    theme_fp += 1;
                    misses.push(format!("{}: theme {t} false positive", f.id));
                }
            }
        }
    }
    let generic_acc = generic_ok as f64 / generic_n as f64;
    let concern_recall = concern_hit as f64 / concern_n as f64;
    let theme_recall = theme_hit as f64 / theme_n as f64;
    let fp_rate = theme_fp as f64 / theme_negatives as f64;
    println!("mission check on {} real statements:", set.len());
    println!("  generic accuracy      {generic_acc:.3} ({generic_ok}/{generic_n})");
    println!("  concern recall        {concern_recall:.3} ({concern_hit}/{concern_n}), false concerns {false_concern}");
    println!("  theme recall          {theme_recall:.3} ({theme_hit}/{theme_n})");
    println!("  theme false positives {fp_rate:.3} ({theme_fp}/{theme_negatives})");
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(generic_acc >= 0.90, "generic accuracy {generic_acc:.3} < 0.90");
    assert_eq!(concern_recall, 1.0, "concern recall");
    assert_eq!(false_concern, 0, "false concerns");
    assert!(theme_recall >= 0.85, "theme recall {theme_recall:.3} < 0.85");
    assert!(fp_rate <= 0.03, "theme false-positive rate {fp_rate:.3} > 0.03");
}

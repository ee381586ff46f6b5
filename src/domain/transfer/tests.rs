use super::*;
use crate::domain::debrief::Tick;
use proptest::prelude::*;

fn org(name: &str, mission: &str) -> Organization {
    sample_org(name, mission)
}

fn budget_kit() -> Kit {
    budget_case()
}

#[test]
fn the_budget_kit_fits_in_1200_characters() {
    let link = share_link("https://missionready.example", &budget_kit());
    assert!(link.len() <= 1_200, "{} characters", link.len());
    assert_eq!(decode_fragment(&link), Ok(budget_kit()));
}

#[test]
fn a_link_uses_only_url_safe_characters_and_reads_back() {
    let kit = budget_kit();
    let fragment = encode_fragment(&kit);
    assert!(fragment.starts_with(LINK_PREFIX));
    assert!(fragment.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)), "{fragment}");
    assert_eq!(decode_fragment(&fragment), Ok(kit.clone()));
    assert_eq!(decode_fragment(&format!("#{fragment}")), Ok(kit.clone()));
    assert_eq!(decode_fragment(&format!("  https://x.org/import#{fragment}\n")), Ok(kit));
}

#[test]
fn personal_data_goes_in_only_when_ticked() {
    let mut o = org("Northside", "To heal.");
    o.notes = "My private notes".into();
    o.debrief.ratings.push(("culture".into(), 4));
    o.debrief.ticks.push(Tick { id: "turnover".into(), ticked: true, note: "Three left".into() });
    let without = Kit::build("t", "", &[&o], &[], false);
    assert!(!without.has_personal());
    let json = serde_json::to_string(&without).unwrap();
    assert!(!json.contains("My private notes") && !json.contains("Three left"), "{json}");
    let with = Kit::build("t", "", &[&o], &[], true);
    assert!(with.has_personal());
    let back = decode_fragment(&encode_fragment(&with)).unwrap();
    let mut ws = Workspace::default();
    back.import_into(&mut ws, 9, |w| format!("n{}", w.organizations.len()));
    assert_eq!(ws.organizations[0].notes, "My private notes");
    assert_eq!(ws.organizations[0].debrief.rating("culture"), Some(4));
}

#[test]
fn import_adds_and_never_overwrites_and_keeps_clashing_names_apart() {
    let mut ws = Workspace::default();
    ws.organizations.push(org("Delta Family Health Center", "Mine."));
    let before = ws.organizations[0].clone();
    let kit = budget_kit();
    let ids = kit.import_into(&mut ws, 9, |w| format!("n{}", w.organizations.len()));
    let ids2 = kit.import_into(&mut ws, 9, |w| format!("n{}", w.organizations.len()));
    assert_eq!(ws.organizations[0], before, "what was there is untouched");
    assert_eq!(ws.organizations.len(), 3);
    assert_eq!(ws.organizations[1].name, "Delta Family Health Center (from “Delta FM interview kit”)");
    assert_eq!(ws.organizations[2].name, "Delta Family Health Center (from “Delta FM interview kit”, 2)");
    assert_eq!((ids, ids2), (vec!["n1".to_string()], vec!["n2".to_string()]));
    let imported = &ws.organizations[1];
    assert_eq!(imported.custom_cards.len(), 10);
    assert_eq!(imported.kit.as_ref().map(|k| k.note.as_str()), Some("Start with the rural track."));
    check_workspace(&ws).unwrap();
}

#[test]
fn a_clash_near_the_name_limit_stays_within_it() {
    let mut ws = Workspace::default();
    let long = "N".repeat(NAME_MAX);
    ws.organizations.push(org(&long, ""));
    let kit = Kit::build("A kit", "", &[&ws.organizations[0].clone()], &[], false);
    kit.import_into(&mut ws, 1, |w| format!("n{}", w.organizations.len()));
    assert!(char_count(&ws.organizations[1].name) <= NAME_MAX);
    assert_ne!(ws.organizations[1].name, long);
}

#[test]
fn suggested_cards_this_version_does_not_know_are_dropped_on_import() {
    let o = org("A", "");
    let known = deck::builtin()[0].id.clone();
    let kit = Kit::build("t", "", &[&o], &[known.clone(), "from.a.newer.version".into()], false);
    let mut ws = Workspace::default();
    kit.import_into(&mut ws, 1, |_| "n".into());
    assert_eq!(ws.organizations[0].kit.as_ref().unwrap().suggested, vec![known]);
}

fn err(input: &str) -> ImportError {
    decode_fragment(input).expect_err(input)
}

#[test]
fn every_truncation_is_refused_as_truncated() {
    let fragment = encode_fragment(&budget_kit());
    for cut in 0..fragment.len() {
        let e = err(&fragment[..cut]);
        assert_eq!(e, ImportError::Truncated, "cut at {cut} of {}", fragment.len());
    }
}

#[test]
fn flipped_characters_are_refused_or_change_nothing() {
    let kit = budget_kit();
    let fragment = encode_fragment(&kit);
    let bytes = fragment.as_bytes();
    let (mut refused, mut same) = (0, 0);
    for at in LINK_PREFIX.len()..fragment.len() {
        for to in [b'A', b'z', b'0', b'-', b'_'] {
            if bytes[at] == to {
                continue;
            }
            let mut flipped = bytes.to_vec();
            flipped[at] = to;
            match decode_fragment(&String::from_utf8(flipped).unwrap()) {
                // A changed character is damage; one that makes the stream ask for more
                // than there is reads as a cut link.
                Err(ImportError::Damaged | ImportError::Truncated) => refused += 1,
                // Deflate has a few bits that change no output (unused code lengths): the
                // checksum then agrees, and what is read is exactly what was sent.
                Ok(back) => {
                    assert_eq!(back, kit, "a flip at {at} read as a different kit");
                    same += 1;
                }
                Err(e) => panic!("a flip at {at} gave {e:?}"),
            }
        }
    }
    assert!(refused > 50 * same, "{refused} refused, {same} unchanged");
    assert_eq!(err(&fragment.replacen('A', "%", 1)), ImportError::Damaged);
}

#[test]
fn junk_appended_is_damage() {
    let fragment = encode_fragment(&budget_kit());
    for junk in ["AAAA", "xyz", "!", " more", "%20", "====", "&utm_source=mail"] {
        assert_eq!(err(&format!("{fragment}{junk}")), ImportError::Damaged, "{junk:?}");
    }
}

#[test]
fn wrong_prefixes_say_what_they_are() {
    let fragment = encode_fragment(&budget_kit());
    let data = &fragment[LINK_PREFIX.len()..];
    assert_eq!(err(&format!("kit2.{data}")), ImportError::Newer { found: 2 });
    assert_eq!(err(&format!("kit99.{data}")), ImportError::Newer { found: 99 });
    assert_eq!(err(&format!("kit0.{data}")), ImportError::NotAKit);
    assert_eq!(err(&format!("kat1.{data}")), ImportError::NotAKit);
    assert_eq!(err("main"), ImportError::NotAKit);
    assert_eq!(err(data), ImportError::NotAKit);
    assert_eq!(err(""), ImportError::Truncated);
    assert_eq!(err("ki"), ImportError::Truncated);
}

fn packed(json: &[u8]) -> String {
    format!("{LINK_PREFIX}{}", B64.encode(miniz_oxide::deflate::compress_to_vec_zlib(json, 9)))
}

#[test]
fn a_decompression_bomb_is_stopped_at_the_bound() {
    // 40 MiB of spaces compresses to about 40 KiB: under the fragment limit, far over the
    // inflate bound.
    let bomb = packed(&vec![b' '; 40 * 1024 * 1024]);
    assert!(bomb.len() < FRAGMENT_MAX, "{}", bomb.len());
    assert!(matches!(err(&bomb), ImportError::TooLarge(_)));
    // Just over the bound, and just under it (which is then simply not a kit).
    assert!(matches!(err(&packed(&vec![b' '; INFLATE_MAX + 1])), ImportError::TooLarge(_)));
    assert_eq!(err(&packed(&vec![b' '; INFLATE_MAX])), ImportError::Truncated);
}

#[test]
fn oversized_fragments_are_refused_before_decoding() {
    let huge = format!("{LINK_PREFIX}{}", "A".repeat(FRAGMENT_MAX));
    assert!(matches!(err(&huge), ImportError::TooLarge(_)));
}

#[test]
fn newer_kits_and_other_json_are_named() {
    assert_eq!(err(&packed(br#"{"v":2,"whatever":true}"#)), ImportError::Newer { found: 2 });
    assert_eq!(err(&packed(br#"{"name":"x"}"#)), ImportError::NotAKit);
    assert_eq!(err(&packed(br#"[1,2]"#)), ImportError::NotAKit);
    assert_eq!(err(&packed(br#"{"v":1,"o":[]}"#)), ImportError::NotAKit, "a kit needs an organization");
    assert_eq!(err(&packed(br#"{"v":1,"o":[{"n":"  "}]}"#)), ImportError::NotAKit, "and a name");
    assert_eq!(err(&packed(br#"{"v":1,"o":[{"n":"A","p":"surgeon"}]}"#)), ImportError::NotAKit);
    assert_eq!(err(&packed(br#"{"v":1,"o":[{"n":"A"}"#)), ImportError::Truncated);
    assert!(decode_fragment(&packed(br#"{"v":1,"o":[{"n":"A"}],"future":1}"#)).is_ok(), "unknown fields are ignored");
}

#[test]
fn counts_and_lengths_over_the_limits_are_refused() {
    let base = budget_kit();
    let mut cases: Vec<Kit> = Vec::new();
    let mut k = base.clone();
    k.title = "t".repeat(TITLE_MAX + 1);
    cases.push(k);
    let mut k = base.clone();
    k.note = "n".repeat(NOTE_MAX + 1);
    cases.push(k);
    let mut k = base.clone();
    k.orgs = vec![base.orgs[0].clone(); KIT_ORGS_MAX + 1];
    cases.push(k);
    let mut k = base.clone();
    k.orgs[0].name = "n".repeat(NAME_MAX + 1);
    cases.push(k);
    let mut k = base.clone();
    k.orgs[0].mission = "m".repeat(MISSION_MAX + 1);
    cases.push(k);
    let mut k = base.clone();
    k.orgs[0].cards = vec![base.orgs[0].cards[0].clone(); CARDS_MAX + 1];
    cases.push(k);
    let mut k = base.clone();
    k.orgs[0].cards[0].question = "q".repeat(QUESTION_MAX + 1);
    cases.push(k);
    let mut k = base.clone();
    k.suggested = vec!["x".into(); CARDS_MAX + 1];
    cases.push(k);
    let mut k = base.clone();
    let mut p = Personal::default();
    p.debrief.ratings.push(("culture".into(), 9));
    k.orgs[0].personal = Some(p);
    cases.push(k);
    let mut k = base.clone();
    k.orgs[0].personal = Some(Personal { notes: "n".repeat(NOTES_MAX + 1), ..Personal::default() });
    cases.push(k);
    for (i, kit) in cases.iter().enumerate() {
        let e = decode_fragment(&encode_fragment(kit)).expect_err(&format!("case {i}"));
        assert!(matches!(e, ImportError::TooLarge(_)), "case {i}: {e:?}");
        assert!(e.to_string().contains("more than") || e.to_string().contains("outside"), "{e}");
    }
    // At the limit is fine.
    let mut k = base;
    k.title = "t".repeat(TITLE_MAX);
    assert!(decode_fragment(&encode_fragment(&k)).is_ok());
}

#[test]
fn kit_files_read_back_and_other_text_is_refused() {
    let kit = budget_kit();
    let file = kit_file(&kit);
    assert_eq!(read_kit_text(&file), Ok(Some(kit.clone())));
    assert_eq!(read_kit_text(&share_link("https://x.org", &kit)), Ok(Some(kit)));
    assert_eq!(read_kit_text(&file[..file.len() / 2]), Err(ImportError::Truncated));
    assert_eq!(read_kit_text(&file.replacen('{', "{{", 2)), Err(ImportError::Damaged));
    assert_eq!(read_kit_text("{\"schema\":4,\"data\":{}}"), Ok(None), "a backup is for the caller");
    assert_eq!(read_kit_text("{\"mission_ready_kit\":{\"o\":5}}"), Err(ImportError::NotAKit));
    assert_eq!(read_kit_text("hello"), Err(ImportError::NotAKit));
    assert!(matches!(file_text(&vec![b' '; FILE_MAX + 1]), Err(ImportError::TooLarge(_))));
    assert_eq!(file_text(&[0xff, 0xfe, 0x00]), Err(ImportError::NotAKit));
}

#[test]
fn merge_keeps_what_is_here_and_replace_takes_the_backup() {
    let mut here = Workspace::default();
    here.organizations.push(org("Here", "Mine."));
    let mut backup = Workspace::default();
    backup.organizations.push(Organization {
        id: "o1".into(),
        name: "Same id, older".into(),
        ..Organization::default()
    });
    backup.organizations.push(Organization {
        id: "o2".into(),
        name: "Only in backup".into(),
        ..Organization::default()
    });
    let mut merged = here.clone();
    assert_eq!(restore(&mut merged, &backup, Restore::Merge), 1);
    assert_eq!(merged.organizations.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Here", "Only in backup"]);
    let mut replaced = here;
    assert_eq!(restore(&mut replaced, &backup, Restore::Replace), 2);
    assert_eq!(replaced, backup);
}

fn arb_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..max).prop_map(|v| v.into_iter().collect())
}

fn arb_kit() -> impl Strategy<Value = Kit> {
    let card = (arb_text(60), arb_text(40), any::<bool>()).prop_map(|(q, w, ask)| KitCard {
        kind: if ask { CardKind::Ask } else { CardKind::Prepare },
        stage: Stage::Opening,
        question: format!("Q{q}"),
        why: w,
    });
    let org =
        ("[A-Za-z][A-Za-z ]{0,30}", arb_text(400), arb_text(40), proptest::collection::vec(card, 0..12), any::<bool>())
            .prop_map(|(name, mission, role, cards, res)| KitOrg {
                name,
                position: if res { Position::Residency } else { Position::Attending },
                role,
                mission,
                mission_source: String::new(),
                cards,
                personal: None,
            });
    (arb_text(80), arb_text(300), proptest::collection::vec(org, 1..4)).prop_map(|(title, note, orgs)| Kit {
        version: KIT_VERSION,
        title,
        note,
        suggested: Vec::new(),
        orgs,
    })
}

/// The kit as import would read it: names are trimmed, as the form trims them.
fn normalized(mut kit: Kit) -> Kit {
    for o in &mut kit.orgs {
        o.name = o.name.trim().to_string();
    }
    kit
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn encoding_then_decoding_gives_the_kit_back(kit in arb_kit()) {
        let kit = normalized(kit);
        let fragment = encode_fragment(&kit);
        prop_assert!(fragment.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        prop_assert_eq!(decode_fragment(&fragment), Ok(kit));
    }

    #[test]
    fn the_decoder_never_panics_on_any_string(s in ".{0,400}") {
        let _ = decode_fragment(&s);
        let _ = decode_fragment(&format!("{LINK_PREFIX}{s}"));
        let _ = read_kit_text(&s);
    }

    #[test]
    fn the_decoder_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_fragment(&format!("{LINK_PREFIX}{}", B64.encode(&bytes)));
        let _ = decode_fragment(&packed(&bytes));
        if let Ok(text) = file_text(&bytes) {
            let _ = read_kit_text(text);
        }
    }
}

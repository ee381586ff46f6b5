//! How well the mission check reads statements, measured on three labelled sets and printed
//! (`cargo test --test accuracy -- --nocapture`):
//! - the **tuning half** of the corpus (`tests/corpus/tuning.jsonl`), read while the rules
//!   were written;
//! - the **held-out half** (`tests/corpus/heldout.jsonl`), never read while writing rules
//!   and scored once, when they were done;
//! - the **fixtures** (`shared/fixtures/missions.jsonl`, or the committed copy), labelled
//!   before the corpus rubric existed.
//!
//! Each statement is read with its organization's name, as the app does, so that a word in
//! the name is never taken as evidence. The labels follow `tests/corpus/RUBRIC.md`.

use mission_ready::domain::finding::FindingId;
use mission_ready::domain::mission::analyze_named;
use serde::Deserialize;

mod common;
use common::{corpus, read_jsonl};

#[derive(Deserialize)]
struct Statement {
    id: String,
    org: String,
    mission: String,
    expect: Expect,
}

#[derive(Deserialize)]
struct Expect {
    generic: Option<bool>,
    concern: bool,
    #[serde(default)]
    concern_kind: Option<FindingId>,
    themes: Vec<FindingId>,
    maybe: Vec<FindingId>,
}

/// The shared fixture set when it is beside the repository (it may have grown), else the
/// committed copy.
fn fixtures() -> Vec<Statement> {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/missions.jsonl");
    if std::path::Path::new(shared).exists() {
        read_jsonl(shared)
    } else {
        read_jsonl(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/missions.jsonl"))
    }
}

#[derive(Default, Debug)]
struct Figures {
    statements: usize,
    generic_ok: usize,
    generic_n: usize,
    concern_hit: usize,
    concern_n: usize,
    /// Concerns found with the labelled kind (money first or serves another's ends).
    kind_ok: usize,
    false_concerns: usize,
    theme_hit: usize,
    theme_n: usize,
    theme_fp: usize,
    theme_negatives: usize,
    misses: Vec<String>,
}

impl Figures {
    fn generic_accuracy(&self) -> f64 {
        self.generic_ok as f64 / self.generic_n.max(1) as f64
    }
    fn concern_recall(&self) -> f64 {
        self.concern_hit as f64 / self.concern_n.max(1) as f64
    }
    fn false_concerns_per_100(&self) -> f64 {
        100.0 * self.false_concerns as f64 / self.statements.max(1) as f64
    }
    fn theme_recall(&self) -> f64 {
        self.theme_hit as f64 / self.theme_n.max(1) as f64
    }
    fn theme_fp_rate(&self) -> f64 {
        self.theme_fp as f64 / self.theme_negatives.max(1) as f64
    }

    fn print(&self, name: &str) {
        println!("mission check on the {name} ({} statements):", self.statements);
        println!("  generic accuracy        {:.3} ({}/{})", self.generic_accuracy(), self.generic_ok, self.generic_n);
        println!(
            "  concern recall          {:.3} ({}/{}; right kind {}/{})",
            self.concern_recall(),
            self.concern_hit,
            self.concern_n,
            self.kind_ok,
            self.concern_hit
        );
        println!(
            "  false concerns          {} ({:.2} per 100 statements)",
            self.false_concerns,
            self.false_concerns_per_100()
        );
        println!("  theme recall            {:.3} ({}/{})", self.theme_recall(), self.theme_hit, self.theme_n);
        println!("  theme false-positive    {:.3} ({}/{})", self.theme_fp_rate(), self.theme_fp, self.theme_negatives);
        for m in &self.misses {
            println!("  miss: {m}");
        }
    }

    /// The figures issue 9 requires on statements the rules were not written from.
    fn assert_required(&self, name: &str) {
        self.assert_at_least(name, 0.90);
    }

    /// The required figures, with the floor for concern recall given: sets read after their
    /// one scoring are held to what the rules reach on them now.
    fn assert_at_least(&self, name: &str, concern_recall: f64) {
        self.assert_floors(name, 0.90, concern_recall, 0.85);
    }

    /// The required figures, with floors given for generic accuracy, concern recall and
    /// theme recall.
    fn assert_floors(&self, name: &str, generic: f64, concern_recall: f64, theme_recall: f64) {
        // At most one false concern per 100 statements.
        self.hold_at(name, generic, concern_recall, self.statements / 100, theme_recall);
    }

    /// Floors for generic accuracy, concern recall and theme recall, a most for false
    /// concerns, and the required theme false-positive rate.
    fn hold_at(&self, name: &str, generic: f64, concern_recall: f64, false_concerns: usize, theme_recall: f64) {
        assert!(
            self.generic_accuracy() >= generic,
            "{name}: generic accuracy {:.3} < {generic:.2}",
            self.generic_accuracy()
        );
        assert!(
            self.concern_recall() >= concern_recall,
            "{name}: concern recall {:.3} < {concern_recall:.2}",
            self.concern_recall()
        );
        assert!(
            self.false_concerns <= false_concerns,
            "{name}: {} false concerns in {} statements",
            self.false_concerns,
            self.statements
        );
        assert!(
            self.theme_recall() >= theme_recall,
            "{name}: theme recall {:.3} < {theme_recall:.2}",
            self.theme_recall()
        );
        assert!(self.theme_fp_rate() <= 0.03, "{name}: theme false-positive rate {:.3} > 0.03", self.theme_fp_rate());
    }
}

fn score(set: &[Statement]) -> Figures {
    let mut f = Figures { statements: set.len(), ..Figures::default() };
    for s in set {
        let r = analyze_named(&s.mission, &s.org);
        let e = &s.expect;
        if let Some(g) = e.generic {
            f.generic_n += 1;
            if r.has(FindingId::Generic) == g {
                f.generic_ok += 1;
            } else {
                f.misses.push(format!("{}: generic expected {g}", s.id));
            }
        }
        let found: Vec<FindingId> =
            [FindingId::ProfitFirst, FindingId::Subordinate].into_iter().filter(|&id| r.has(id)).collect();
        if e.concern {
            f.concern_n += 1;
            if found.is_empty() {
                f.misses.push(format!("{}: concern missed", s.id));
            } else {
                f.concern_hit += 1;
                if e.concern_kind.is_none_or(|k| found.contains(&k)) {
                    f.kind_ok += 1;
                } else {
                    f.misses.push(format!("{}: concern of another kind ({found:?})", s.id));
                }
            }
        } else if !found.is_empty() {
            f.false_concerns += 1;
            f.misses.push(format!("{}: false concern {found:?}", s.id));
        }
        for &theme in FindingId::themes() {
            if e.themes.contains(&theme) {
                f.theme_n += 1;
                if r.has(theme) {
                    f.theme_hit += 1;
                } else {
                    f.misses.push(format!("{}: theme {} missed", s.id, theme.as_str()));
                }
            } else if !e.maybe.contains(&theme) {
                f.theme_negatives += 1;
                if r.has(theme) {
                    f.theme_fp += 1;
                    f.misses.push(format!("{}: theme {} not there", s.id, theme.as_str()));
                }
            }
        }
    }
    f
}

#[test]
fn tuning_half() {
    let f = score(&corpus::<Statement>("tuning"));
    f.print("tuning half");
    f.assert_required("tuning half");
}

/// The fixtures were labelled before the corpus rubric. Three of them (m41, m44, m59) are
/// labelled specific although, by the rubric, they name no service, population, place,
/// teaching, research or model of care; the check follows the rubric, so generic accuracy
/// is held to 0.85 here. Everything else is held to the required figures.
#[test]
fn fixture_set() {
    let f = score(&fixtures());
    f.print("fixtures");
    assert!(f.generic_accuracy() >= 0.85, "fixtures: generic accuracy {:.3}", f.generic_accuracy());
    assert_eq!(f.concern_hit, f.concern_n, "fixtures: every concern is found");
    assert_eq!(f.false_concerns, 0, "fixtures: no false concern");
    assert!(f.theme_recall() >= 0.85, "fixtures: theme recall {:.3}", f.theme_recall());
    assert!(f.theme_fp_rate() <= 0.03, "fixtures: theme false-positive rate {:.3}", f.theme_fp_rate());
}

/// The first held-out half was scored once (tests/corpus/SCORES.md: concern recall 0.455
/// failed), then read to improve the rules, so it now guards against regressions only. Two
/// concerns are still missed (a defence department's readiness, a scale ambition) rather than
/// matched by a phrase written for each.
#[test]
fn first_heldout_half_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout"));
    f.print("first held-out half (read after its one scoring)");
    f.assert_at_least("first held-out half", 0.80);
}

/// The second held-out set was scored once (tests/corpus/SCORES.md: concern recall 0.667
/// failed), then read; it now guards against regressions.
#[test]
fn second_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout2"));
    f.print("second held-out set (read after its one scoring)");
    f.assert_required("second held-out set");
}

/// The third held-out set was scored once (tests/corpus/SCORES.md: concern recall 0.696 and
/// 3 false concerns failed), then read. The rules now read containment by shape (cases or
/// referrals kept inside a system or network, capacity kept full); two concerns are still
/// missed (a vendor helping hospitals "see more patients", a client that never loses a
/// dollar) rather than matched by a phrase written for each. Guards against regressions.
///
/// Generic accuracy is held at 0.88, below the required 0.90: six of its concerns are
/// labelled generic, and the check holds `generic` back behind a red flag, as the labellers
/// of the tenth to nineteenth sets did on 204 of 208 concerns (README, "Generic").
#[test]
fn third_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout3"));
    f.print("third held-out set (read after its one scoring)");
    f.assert_floors("third held-out set", 0.88, 0.95, 0.85);
}

/// The fourth held-out set (`heldout4.jsonl`, 70 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 7bd670e (tests/corpus/SCORES.md) and failed four of the five figures. It has been
/// read since, and rules were written from it (owners who only back the organization, what
/// a sentence concedes, patients sent to a named institution, populations named by
/// condition); it now guards against regressions at the figures reached after reading it.
#[test]
fn fourth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout4"));
    f.print("fourth held-out set (read after its one scoring)");
    f.assert_required("fourth held-out set");
}

/// The fifth held-out set (`heldout5.jsonl`, 70 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit d3462e6 (tests/corpus/SCORES.md: concern recall 0.850 and one false concern
/// failed). It has been read since, and rules were written from it (money that flows to the
/// purpose, backing a named institution, clients' financial results); it now guards against
/// regressions at the required figures.
#[test]
fn fifth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout5"));
    f.print("fifth held-out set (read after its one scoring)");
    f.assert_required("fifth held-out set");
}

/// The sixth held-out set (`heldout6.jsonl`, 64 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 3612f89 (tests/corpus/SCORES.md: generic accuracy 0.857, concern recall 0.714 and
/// three false concerns failed). It has been read since, and rules were written from it
/// (money denied after it is named, owners who back the organization further off, another
/// institution that shares the name's first words, clients' spend, a named strategy
/// supported); it now guards against regressions at the required figures.
#[test]
fn sixth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout6"));
    f.print("sixth held-out set (read after its one scoring)");
    f.assert_required("sixth held-out set");
}

/// The seventh held-out set (`heldout7.jsonl`, 61 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 70a6118 (tests/corpus/SCORES.md: generic accuracy 0.883 and concern recall 0.810
/// failed; no false concern). It has been read since, and rules were written from it (a
/// share of a market in any words, clients' results listed over commas, commercial clients
/// named by their trade, a named network is not a place, peoples named by province or
/// country); it now guards against regressions at the required figures.
#[test]
fn seventh_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout7"));
    f.print("seventh held-out set (read after its one scoring)");
    f.assert_required("seventh held-out set");
}

/// The eighth held-out set (`heldout8.jsonl`, 50 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit d470b02 (tests/corpus/SCORES.md: concern recall 0.889 and theme recall 0.744
/// failed; no false concern). It has been read since, and rules were written from it (a
/// measure further along after an organization's possessive, sponsors as another's ends,
/// the services named for armed forces, phrases of access and care); it now guards against
/// regressions at the required figures.
#[test]
fn eighth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout8"));
    f.print("eighth held-out set (read after its one scoring)");
    f.assert_required("eighth held-out set");
}

/// The ninth held-out set (`heldout9.jsonl`, 60 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit d2a5eb5 (tests/corpus/SCORES.md: generic accuracy 0.833, concern recall 0.800 and
/// theme recall 0.765 failed; no false concern). It has been read since, and rules were
/// written from it (services named by a clinician or setting, a client's "their", a named
/// family of institutions, capacity full "by" something); it now guards against regressions
/// at the required figures.
#[test]
fn ninth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout9"));
    f.print("ninth held-out set (read after its one scoring)");
    f.assert_required("ninth held-out set");
}

/// The tenth held-out set (`heldout10.jsonl`, 60 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 4dd237b (tests/corpus/SCORES.md: generic accuracy 0.898, concern recall 0.826,
/// one false concern and theme recall 0.823 failed). It has been read since, and rules were
/// written from it (an organization that names itself another's arm, a rank claimed in a
/// named market, what a patient can pay set aside); it now guards against regressions at
/// the required figures.
#[test]
fn tenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout10"));
    f.print("tenth held-out set (read after its one scoring)");
    f.assert_required("tenth held-out set");
}

/// The eleventh held-out set (`heldout11.jsonl`, 46 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules
/// of commit 96c468e (tests/corpus/SCORES.md: concern recall 0.905 held; generic accuracy
/// 0.800, one false concern and theme recall 0.674 failed). It has been read since, and rules
/// were written from it (money described as a fact, a name with "St.", a parent that shares
/// the name's first word, settings and standards). Three of its real statements are in
/// Swahili or Thai, which the check does not read: they stay misses, so generic accuracy and
/// theme recall are held at what the rules reach, below the required figures.
#[test]
fn eleventh_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout11"));
    f.print("eleventh held-out set (read after its one scoring)");
    f.assert_floors("eleventh held-out set", 0.88, 1.0, 0.82);
}

/// The twelfth held-out set (`heldout12.jsonl`, 60 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit f52f4db (tests/corpus/SCORES.md: four figures held; one false concern, 1.67 per
/// 100, failed). It has been read since, and rules were written from it (a parent after a
/// comma in the name, a measure reached through a clause about means, a place after a word
/// of direction, owners with a word between); it now guards against regressions at the
/// required figures.
#[test]
fn twelfth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout12"));
    f.print("twelfth held-out set (read after its one scoring)");
    f.assert_required("twelfth held-out set");
}

/// The thirteenth held-out set (`heldout13.jsonl`, 60 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 71f4db2 (tests/corpus/SCORES.md: generic accuracy 0.883, concern recall 0.800,
/// two false concerns and theme recall 0.788 failed). It has been read since, and rules were
/// written from it (a company ranked "most valuable", clients' numbers, money described in
/// a clause after "when", a statement's own staff directing the work); it now guards
/// against regressions at the required figures.
#[test]
fn thirteenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout13"));
    f.print("thirteenth held-out set (read after its one scoring)");
    f.assert_required("thirteenth held-out set");
}

/// The fourteenth held-out set (`heldout14.jsonl`, 60 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 9c238ca (tests/corpus/SCORES.md: four figures held; one false concern, 1.67 per
/// 100, failed). It has been read since, and rules were written from it (owners behind a
/// list of qualities, life-sciences clients, phrases of reach and distance); it now guards
/// against regressions at the required figures.
#[test]
fn fourteenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout14"));
    f.print("fourteenth held-out set (read after its one scoring)");
    f.assert_required("fourteenth held-out set");
}

/// The fifteenth held-out set (`heldout15.jsonl`, 60 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 1ec7dd5 (tests/corpus/SCORES.md: generic accuracy 0.881, one false concern and
/// theme recall 0.846 failed). It has been read since, and rules were written from it
/// (growth that "has let us" do the work, a preferred standing to reach, services and people
/// named by their trade); it now guards against regressions at the required figures.
#[test]
fn fifteenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout15"));
    f.print("fifteenth held-out set (read after its one scoring)");
    f.assert_required("fifteenth held-out set");
}

/// The sixteenth held-out set (`heldout16.jsonl`, 60 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 3c43b81 (tests/corpus/SCORES.md: generic accuracy 0.828 and concern recall 0.818
/// failed; no false concern). It has been read since, and rules were written from it (a
/// parent named by the first words of the organization's name, another's measures listed at
/// length, a primary market); it now guards against regressions at the required figures.
#[test]
fn sixteenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout16"));
    f.print("sixteenth held-out set (read after its one scoring)");
    f.assert_required("sixteenth held-out set");
}

/// The seventeenth held-out set (`heldout17.jsonl`, 51 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit dc2cef3 (tests/corpus/SCORES.md: concern recall 0.800 and one false concern
/// failed). It has been read since, and rules were written from it ("so that" states a
/// purpose, a number-one brand in a named market, costs for client companies, high volumes
/// seen); it now guards against regressions at the required figures.
#[test]
fn seventeenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout17"));
    f.print("seventeenth held-out set (read after its one scoring)");
    f.assert_required("seventeenth held-out set");
}

/// The eighteenth held-out set (`heldout18.jsonl`, 59 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 5a25f41 (tests/corpus/SCORES.md: concern recall 1.000 held; generic accuracy 0.898,
/// two false concerns and theme recall 0.807 failed). It has been read since, and rules were
/// written from it (volume a sentence describes doing something, "the hospital" in a
/// hospital's own statement, access, cost and people in common words); it now guards against
/// regressions at the required figures.
#[test]
fn eighteenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout18"));
    f.print("eighteenth held-out set (read after its one scoring)");
    f.assert_required("eighteenth held-out set");
}

/// The nineteenth held-out set (`heldout19.jsonl`, 59 statements), collected and labelled by
/// a helper who saw neither the rules nor the earlier sets, was scored once with the rules of
/// commit 5a25f41 (tests/corpus/SCORES.md: generic accuracy 0.797, concern recall 0.762 and
/// one false concern failed). It has been read since, and rules were written from it (a red
/// flag holds `generic` back, a partner's possessive, a pharmaceutical partnership, clients'
/// productivity, a patient's income, places and peoples outside the US); it now guards
/// against regressions at the required figures. Two concerns are still missed (a member
/// practice that "advances the system's mission", a members' association) rather than
/// matched by a shape written for each.
#[test]
fn nineteenth_heldout_set_read_after_scoring() {
    let f = score(&corpus::<Statement>("heldout19"));
    f.print("nineteenth held-out set (read after its one scoring)");
    f.assert_required("nineteenth held-out set");
}

/// The twentieth held-out set (`heldout20.jsonl`, 60 statements), collected and labelled by a
/// helper who saw neither the rules nor the earlier sets, scored once with the rules of
/// commit cd3bf12 (tests/corpus/SCORES.md: all five figures held) and not read since. It
/// holds the rules at the required figures.
#[test]
fn twentieth_heldout_set_unread() {
    let f = score(&corpus::<Statement>("heldout20"));
    f.print("twentieth held-out set");
    f.assert_required("twentieth held-out set");
}

/// The twenty-first held-out set (`heldout21.jsonl`, 59 statements), collected at the same
/// time as the twentieth by another helper who saw neither the rules nor the earlier sets,
/// scored once with the same rules (tests/corpus/SCORES.md: all five figures held) and not
/// read since. It holds the rules at the required figures.
#[test]
fn twenty_first_heldout_set_unread() {
    let f = score(&corpus::<Statement>("heldout21"));
    f.print("twenty-first held-out set");
    f.assert_required("twenty-first held-out set");
}

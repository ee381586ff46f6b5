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

/// Each statement fires its finding.
fn assert_fires(cases: &[(&str, &str)]) {
    for &(text, finding) in cases {
        assert!(fired(text, finding), "{text}: {:?}", ids(text));
    }
}

/// Every statement fires `finding`.
fn assert_all_fire(finding: &str, texts: &[&str]) {
    for &text in texts {
        assert!(fired(text, finding), "{text}: {:?}", ids(text));
    }
}

/// No statement fires `finding`.
fn assert_none_fire(finding: &str, texts: &[&str]) {
    for &text in texts {
        assert!(!fired(text, finding), "{text}: {:?}", ids(text));
    }
}

/// No statement is a red flag for money or another's ends.
fn assert_no_concern(texts: &[&str]) {
    for &text in texts {
        assert!(!fired(text, "profit_first") && !fired(text, "subordinate"), "{text}: {:?}", ids(text));
    }
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
            assert!(
                e.id.is_some_and(|i| FindingId::themes().contains(&i) || i == FindingId::BusinessMention),
                "{name} is an implication"
            );
            assert!(!e.expect.is_empty(), "{name} says what to expect");
            // Its questions come from its own cards or from built-in cards that name it; the
            // deck's `every_finding_has_questions_for_both_kinds_of_position` checks both.
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
    assert_none_fire(
        "profit_first",
        &[
            "A not-for-profit hospital caring for children.",
            "As a nonprofit, we serve the rural poor.",
            "A non-profit clinic.",
            "A not for profit health system.",
        ],
    );
}

#[test]
fn subordinate_fires_on_serving_another_entitys_ends() {
    assert_all_fire(
        "subordinate",
        &[
            "We just exist to generate referrals for the hospital.",
            "Our job is to do whatever the health system tells us to do.",
            "Delivering business results that make our clients more successful.",
        ],
    );
    assert!(!fired("Purchasers select us for their clients.", "subordinate"));
    assert!(!fired("We work with the health system to improve care.", "subordinate"));
}

#[test]
fn subordinate_reads_containment_and_filling_by_shape() {
    assert_all_fire(
        "subordinate",
        &[
            "Our clinics exist to hold every patient we see within the Riverbend Health network.",
            "We keep surgical cases in the system and away from competitors.",
            "Our urgent care centers feed the flagship so its operating suites stay full.",
            "The practice was acquired to help fill the medical center's beds.",
            "Our purpose is Northfield Medical's reach into new counties.",
            "We measure ourselves by our partners' performance on length of stay.",
        ],
    );
    assert_none_fire(
        "subordinate",
        &[
            "We offer a full range of programs for children and adults.",
            "We keep care close to home in the communities of the valley.",
            "Our nurses fill gaps in care for people who live alone.",
            "Keeping families healthy is the work of our network of clinics.",
            "Our beds are full of patients who trust us. We care for each one.",
            "We help hospitals keep their emergency departments open, so no one in a rural county goes without a doctor.",
        ],
    );
    // The organization's own reach is not another's.
    assert!(!analyze_named("Northfield Medical's reach now covers six counties.", "Northfield Medical")
        .has(id("subordinate")));
}

#[test]
fn subordinate_reads_backing_an_institution_and_clients_results() {
    // Backing another institution is what the organization is for.
    assert_all_fire(
        "subordinate",
        &[
            "Our purpose is to sustain Harbor Point Regional Hospital as the county grows.",
            "We exist to protect the parent health system, and every clinic is measured by it.",
            "To support the medical center: our physicians keep its operating rooms busy.",
            "Grow Eastfield University Health System through every clinic we open.",
        ],
    );
    // Clients' financial results are another's ends, and money in that phrase is theirs.
    for text in [
        "Our role is to help client hospitals increase throughput and protect their margins.",
        "We exist to help our health-plan partners grow enrollment revenue.",
        "We deliver guaranteed savings for the employers who hire us.",
        "We help practices grow revenue and capture market share from competitors.",
    ] {
        let r = analyze(text);
        assert!(r.has(id("subordinate")), "{text}: {:?}", ids(text));
        assert!(!r.has(id("profit_first")), "{text}: the money is the client's: {:?}", ids(text));
    }
    // A list that another's measure opens keeps its money: "their throughput and financial targets".
    let list = "We exist to help hospital leaders meet their census, throughput and revenue goals.";
    assert!(fired(list, "subordinate") && !fired(list, "profit_first"), "{:?}", ids(list));
    // Not another's ends: the hospital's patients, hospitals in general, the organization's own
    // name, costs for patients, an institution that is not the object of the purpose.
    assert_none_fire(
        "subordinate",
        &[
            "Our mission is to support the hospital's nurses and the patients in their care.",
            "We exist to support rural hospitals so they can keep caring for their towns.",
            "Our mission is to strengthen the health of the people of the valley.",
            "We help patients and employers lower the cost of care.",
            "Our clinics were founded by Saint Ann Hospital to serve the east side.",
            "We exist to serve patients, and our savings go back into care for them.",
        ],
    );
    assert!(!analyze_named(
        "Our mission is to strengthen Hillcrest Medical Center for the next century.",
        "Hillcrest Medical Center"
    )
    .has(id("subordinate")));
}

#[test]
fn subordinate_reads_what_stays_with_another_and_its_measures_of() {
    assert_all_fire(
        "subordinate",
        &[
            "Our clinics exist so that imaging and lab revenue stays with Lakeshore Health.",
            "We make sure referrals remain within the Westbrook system.",
            "Our purpose is to protect the market share of Granite Valley Medical Center.",
            "We advance the priorities of our parent health system in every county we enter.",
            "Our hospitalists keep the surgeons busy and the operating rooms at capacity.",
            "Our purpose is to drive admissions for the sponsoring hospital.",
            "We exist to help device manufacturers reach the physicians who order their products.",
            "We exist to make our hospital clients more profitable, shift by shift.",
        ],
    );
    assert_none_fire(
        "subordinate",
        &[
            "We want patients to stay with the doctors they know, close to home.",
            "Our mission is to help families stay in their homes as they age.",
            "We share the goals of the American Hospital Association for safer care.",
            "To improve the performance of the health system for every resident of the province.",
            "Our clinics are busy because people trust us, and we keep our doors open late.",
            "We coordinate referrals for our patients and explain every step.",
        ],
    );
}

#[test]
fn money_first_reads_business_aims_in_many_words() {
    assert_all_fire(
        "profit_first",
        &[
            "Our purpose is to deliver strong value for the physicians who own the practice.",
            "We exist to earn an attractive return for the fund that owns us.",
            "Our mission is to maximize commercial reimbursement in every market we serve.",
            "We will increase our average daily census in each of our hospitals every year.",
            "We exist to grow collections and win new contracts across the state.",
            "We aim to take patients from competitors in every town we enter.",
        ],
    );
    assert_none_fire(
        "profit_first",
        &[
            "We are an investor-backed practice whose purpose is care for children with asthma.",
            "We work with other hospitals, even competitors, so that no one in the valley waits for a bed.",
            "We exist to achieve top-quartile safety outcomes for every patient.",
        ],
    );
}

#[test]
fn money_denied_as_the_purpose_after_it_is_named_is_not_the_purpose() {
    assert_none_fire(
        "profit_first",
        &[
            "Revenue is a means to an end. We exist to care for the people of Tulsa.",
            "Profit is never the point: we exist so that children in the valley get seen.",
            "Volume is not our goal; we care for veterans in three counties.",
            "Held by long-term investors, the practice exists to care for the eyes of coastal towns.",
        ],
    );
    // A means that the sentence does not deny is still a purpose elsewhere.
    assert!(fired("Care is a means. Our purpose is to maximize shareholder value.", "profit_first"));
}

#[test]
fn a_share_of_a_market_and_clients_lists_are_read_by_shape() {
    assert_all_fire(
        "profit_first",
        &[
            "We exist to win the largest share of the employer-sponsored primary care market in Texas.",
            "Our purpose is to grow our share of cardiac procedures in the tri-county area.",
        ],
    );
    assert!(!fired("We share our research with the whole market of ideas.", "profit_first"));
    // A client's results listed over commas are one aim.
    let list = "Our mission is to help our client hospitals cut denials, speed discharges and raise reimbursement.";
    assert!(fired(list, "subordinate"), "{:?}", ids(list));
    let pharma = "Our mission is to help our pharmaceutical partners find the patients their products are for.";
    assert!(fired(pharma, "subordinate"), "{:?}", ids(pharma));
}

#[test]
fn business_aims_written_here_in_new_words() {
    assert_fires(&[
        ("Our purpose is to create value for our physician owners and capital partners.", "profit_first"),
        ("We exist to achieve scale in every market we enter.", "profit_first"),
        ("Our goal is to maximize what the practice is worth at the time of sale.", "profit_first"),
        ("We are here to reduce the claims spend of the employers we serve.", "subordinate"),
        ("Our clinics exist to fill the operating schedule at Mercy Regional Hospital.", "subordinate"),
        ("We exist to deliver lab volume for Eastgate Medical Center.", "subordinate"),
    ]);
    for text in [
        "We fill every schedule gap with same-day visits so no patient waits.",
        "We keep the costs of care low for the families we serve.",
    ] {
        let r = analyze(text);
        assert!(!r.has(id("profit_first")) && !r.has(id("subordinate")), "{text}: {:?}", ids(text));
    }
}

#[test]
fn another_organizations_goals_are_read_further_along() {
    assert!(fired("Our mission is to advance the network's quality, cost and member retention goals.", "subordinate"));
    assert!(fired("We exist to raise adherence for our sponsors' products through fast visits.", "subordinate"));
    // A customer's satisfaction at an affordable cost is the patient's, not another's ends.
    assert!(!fired("We give every customer's family fast care at an affordable cost.", "subordinate"));
    assert!(fired("Care for sailors, marines and their families.", "population"));
    assert!(fired("Primary care clinics in non-urban towns.", "specific"));
}

#[test]
fn growing_another_institutions_programs_and_its_franchise() {
    for text in [
        "Our clinics exist to grow Lakemont Regional Hospital's heart and cancer programs.",
        "Our role is to protect the franchise of our parent, Westway Health.",
        "We exist to bring downstream procedures to the health system.",
        "Our aim is the highest-returning imaging business in the state.",
    ] {
        let r = analyze(text);
        assert!(r.has(id("subordinate")) || r.has(id("profit_first")), "{text}: {:?}", ids(text));
    }
    assert!(!fired("We exist to serve Lakemont Regional Hospital's patients after they go home.", "subordinate"));
}

#[test]
fn a_place_after_the_people_of_or_serving() {
    assert!(fired("To care for the sick and injured of the Upper Valley.", "specific"));
    assert!(fired("Serving Kern County since 1910.", "specific"));
    assert!(fired("To serve the health needs of the Navajo Nation with culturally grounded care.", "specific"));
    assert!(!fired("Serving Humanity to Honor God with care for all.", "specific"));
    assert!(!fired("We serve Patients and Families with excellence.", "specific"));
}

#[test]
fn a_service_named_by_its_clinician_or_setting_and_clients_their() {
    assert_all_fire(
        "specific",
        &[
            "Anyone worried about a mole can see a dermatologist within a week.",
            "We get people in crisis a psychiatrist by video within two days.",
            "We run onsite clinics for the workers of small factories.",
        ],
    );
    assert!(!fired("Inspired by the vision of our founders, we care for everyone.", "specific"));
    // "their" after a client is the client's only for money and targets.
    assert!(fired(
        "We partner with hospitals to improve the numbers that decide their financial health.",
        "subordinate"
    ));
    assert!(!fired("We partner with employers so that their employees can reach a doctor at night.", "subordinate"));
    // Kept inside a named family of institutions.
    assert!(fired("We keep surgical volume within the Ridgecrest Regional family.", "subordinate"));
}

#[test]
fn a_named_network_is_not_a_place_and_a_people_is() {
    let network = "We keep care coordinated within the Harwick network for every patient.";
    assert!(!analyze_named(network, "Harwick Physician Group")
        .finding(id("specific"))
        .is_some_and(|f| f.words.iter().any(|w| w == "Harwick")));
    assert!(fired("Care for all Manitobans, close to home.", "specific"));
    assert!(fired("Health care for every Queenslander who needs it in Queensland.", "specific"));
}

#[test]
fn owners_who_act_are_not_owners_served() {
    for text in [
        "Equity partners helped us open four clinics; our purpose is still skin care for every family in Tucson.",
        "Investors do not set our priorities; patients do. We care for children in Fresno.",
        "We care for the people of Akron first; our shareholders know it.",
        "We are a for-profit company that exists to give every worker in Dayton a family doctor.",
        "Steady revenue lets us keep our clinics open for the uninsured in Detroit.",
        "Every referral we make is for the patient, never to keep volume inside our system.",
    ] {
        let r = analyze(text);
        assert!(!r.has(id("profit_first")) && !r.has(id("subordinate")), "{text}: {:?}", ids(text));
    }
    assert_all_fire(
        "profit_first",
        &[
            "Our investors are the reason we exist, and every clinic must pay them back.",
            "We exist for the families who own this company.",
            "Our mission is to return value to our shareholders.",
        ],
    );
    assert!(fired("Our purpose is to carry out the plans of our owner, Westway Health.", "subordinate"));
}

#[test]
fn parents_and_strategies_are_read_even_when_they_share_the_name() {
    // Another institution whose name starts like the organization's is not the organization.
    let feeder = "Our purpose is to generate more referrals to Northwind Heart Institute.";
    assert!(analyze_named(feeder, "Northwind Heart Clinics").has(id("subordinate")));
    // A county the name holds is still a place when the statement names it.
    let county = "We protect the health of every resident of Juniper County.";
    assert!(analyze_named(county, "Juniper County Public Health Department").has(id("specific")));
    assert!(!analyze_named(
        "Juniper County Public Health Department protects health.",
        "Juniper County Public Health Department"
    )
    .has(id("specific")));
    // "We support" a named strategy or the parent.
    assert!(fired("We support the National Readiness Plan by running clinics on every base.", "subordinate"));
    assert!(!fired("We support the families of patients through every treatment.", "subordinate"));
    assert!(!fired("We support the hospital in Elm County by staffing its emergency room.", "subordinate"));
    // Members' finances are not another organization's.
    assert!(!fired("We help members protect their finances against the cost of illness.", "subordinate"));
    assert!(fired("Our mission is to lower our clients' pharmacy spend.", "subordinate"));
}

#[test]
fn money_that_flows_to_the_purpose_is_a_means() {
    for text in [
        "Every dollar of operating margin goes toward patient care and research.",
        "Our revenue returns to the mission: housing, food and care for people without homes.",
        "Each year's surplus supports our mission of free clinics in three counties, and our margin serves our patients.",
    ] {
        assert!(!fired(text, "profit_first"), "{text}: {:?}", ids(text));
        assert!(fired(text, "business_mention"), "{text}: {:?}", ids(text));
    }
    // Money that returns to owners is still the purpose.
    assert!(fired("We exist to generate revenue that returns to our shareholders.", "profit_first"));
}

#[test]
fn a_bracket_in_the_name_is_not_the_name() {
    let text = "We keep families healthy in Springfield and the towns around it.";
    assert!(analyze_named(text, "Mercy Clinic (Springfield)").has(id("specific")));
    assert!(!analyze_named("Families come first at Mercy Clinic.", "Mercy Clinic (Springfield)").has(id("specific")));
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
        // Phrases written from general knowledge after the eighth set was read.
        ("access", "Care that is open to all, wherever they are."),
        ("patient_experience", "Every patient feels heard and is met with empathy."),
        ("community", "We address the social determinants of health."),
        ("value", "We cut waste to lower the cost of health care."),
        ("integration", "Clinicians work across disciplines as one interprofessional team."),
        ("quality", "We pursue zero harm and the best possible outcomes."),
        ("research", "Clinical studies bring new therapies to patients."),
    ];
    for (id, text) in cases {
        let r = analyze(text);
        let f = r.finding(self::id(id)).unwrap_or_else(|| panic!("{id} should fire on {text:?}; got {:?}", ids(text)));
        assert_eq!(f.kind, Kind::Implication);
        assert!(!f.expect.is_empty(), "{id} carries what to expect");
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
    // A moment of need is not a population or a cause.
    let moment = "We care for patients when they are most vulnerable.";
    assert!(!fired(moment, "community") && !fired(moment, "specific") && !fired(moment, "noble_cause"));
    assert!(fired("We care for the most vulnerable people in the city.", "community"));
}

#[test]
fn spans_point_at_the_exact_words() {
    let text = "New knowledge through integrated clinical practice, education and research.";
    let r = analyze(text);
    let research = r.finding(id("research")).unwrap();
    let words: Vec<&str> = research.spans.iter().map(|s| &text[s.clone()]).collect();
    assert_eq!(words, ["New knowledge", "research"]);
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
    let ids: Vec<&str> = r.findings.iter().flat_map(|f| &f.cards).map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"mission.research.2") && ids.contains(&"mission.education.2"), "{ids:?}");
    let mut dedup = ids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), ids.len());
}

// --- reading purpose, not words (issue 9) ---------------------------------------------

#[test]
fn owners_who_only_back_it_and_what_a_sentence_concedes_are_not_its_purpose() {
    assert_none_fire(
        "profit_first",
        &[
            "Backed by investors who believe therapy should be easy to reach, we help adults with anxiety get care within days.",
            "We answer to shareholders, but our purpose is our patients: a primary care team for every senior we serve.",
            "Funded by our investors, our mission is to bring dialysis close to home for people in rural Kansas.",
        ],
    );
    assert_all_fire(
        "profit_first",
        &[
            "Our mission is to deliver strong returns to our investors, but never at the expense of patient care.",
            "Our group exists to protect and increase the income of its physician owners.",
        ],
    );
    // Income of the people served is not money as the purpose.
    assert!(!fired("We care for low-income families in Dayton regardless of income.", "profit_first"));
}

#[test]
fn sending_patients_to_a_named_institution_is_serving_its_ends() {
    for text in [
        "Our outreach clinics find cardiac patients early and bring them to the Lakeside Heart Institute for procedures.",
        "We exist to strengthen the region by directing our patients' imaging and surgical needs to Meridian facilities.",
    ] {
        assert!(analyze_named(text, "Pine Outreach Clinics").has(id("subordinate")), "{text}");
    }
    for text in [
        "We bring care to patients in their homes across rural Maine.",
        "Our navigators direct patients to the services they need, wherever they are offered.",
        "We send specialists to rural hospitals so patients can stay close to home.",
        "Our mobile teams bring patients to the clinic when they cannot drive.",
    ] {
        assert!(!analyze_named(text, "Pine Outreach Clinics").has(id("subordinate")), "{text}");
    }
    // Another organization's brand, after its possessive.
    assert!(fired("Our nurse educators exist to keep eligible patients on our sponsor's brand.", "subordinate"));
}

#[test]
fn money_is_a_red_flag_only_as_the_purpose() {
    for text in [
        "Our mission is to maximize returns to our investors.",
        "To grow revenue and EBITDA every year.",
        "We will become the market leader in outpatient imaging.",
        "To deliver care, and to grow our margins year over year.",
        "Through disciplined growth, we deliver shareholder value.",
    ] {
        assert!(fired(text, "profit_first"), "{text}");
        assert!(!fired(text, "business_mention"), "a red flag is not also a passing mention: {text}");
    }
    for text in [
        "A not-for-profit hospital that reinvests its revenue in care for children.",
        "We care for children in rural Ohio while remaining financially sound.",
        "We serve our region by reinvesting every margin dollar in care.",
        "Caring for seniors so that every patient returns home safely.",
        "Every dollar of revenue is reinvested in care for the people of Iowa.",
        "As a not-for-profit, every dollar of margin goes back into caring for our community.",
        "We are investor-owned, but our mission is not profit: it is longer lives for people on dialysis.",
        "We will eliminate profit margins and deliver cancer care as a public service.",
    ] {
        assert!(!fired(text, "profit_first"), "{text}");
        assert_ne!(analyze(text).verdict.level, Level::Concern, "{text}");
    }
    let passing = analyze("A not-for-profit hospital that reinvests its revenue in care for children.");
    let mention = passing.finding(id("business_mention")).expect("a passing mention adds a question");
    assert!(mention.cards.iter().any(|c| c.question.contains("margin")), "Ask how the margin is used");
    assert!(!FindingId::themes().contains(&FindingId::BusinessMention), "not one of the twelve themes");
}

#[test]
fn serving_another_entity_is_a_red_flag_and_helping_patients_is_not() {
    assert_all_fire(
        "subordinate",
        &[
            "We exist to generate referrals for the health system.",
            "To advance the strategic priorities of our parent system.",
            "We run hospitalist programs that help client hospitals hit their targets.",
        ],
    );
    for text in [
        "We support the growth of our trainees into independent physicians.",
        "Coordinating referrals for patients who need specialty care.",
    ] {
        assert!(!fired(text, "subordinate"), "{text}");
        assert!(!fired(text, "profit_first"), "{text}");
    }
}

#[test]
fn another_organizations_business_measures_are_its_ends() {
    for text in [
        "We exist to protect the medical center's share of orthopedic volume.",
        "We measure our success by our clients' results.",
        "Our physicians keep the plan's medical loss ratio on target.",
        "We help partner facilities improve their Medicare margins.",
    ] {
        let r = analyze(text);
        assert!(r.has(id("subordinate")), "{text}");
        assert!(!r.has(id("profit_first")), "another's money is not also money first: {text}");
    }
    for text in [
        "We help patients and their families reach their goals.",
        "We support residents in their growth as physicians.",
        "Value, not volume: we are paid for keeping seniors well.",
        "Our hospital's mission is to serve Lake County.",
    ] {
        assert!(!fired(text, "subordinate"), "{text}");
        assert!(!fired(text, "profit_first"), "{text}");
    }
}

#[test]
fn everyday_aims_are_generic_and_named_structure_is_not() {
    for text in [
        "To improve the health of the communities we serve.",
        "Safe, high-quality care for every patient, every time.",
        "Our hospital exists to help patients.",
        "Compassionate care, clinical excellence and trust.",
        "Extending the healing ministry of Christ.",
        "Excellent care with the latest technology.",
    ] {
        assert!(fired(text, "generic"), "{text}");
        assert!(!fired(text, "specific"), "{text}");
    }
    for text in [
        "Cancer and heart care for the people of the Mississippi Delta.",
        "Emergency, surgical and maternity services close to home.",
        "To improve the health of all people in King County.",
        "Primary care for veterans.",
        "Team-based primary care.",
        "Care for everyone, regardless of ability to pay.",
        "Primary care through human-centered design and technology.",
    ] {
        assert!(!fired(text, "generic"), "{text}");
        assert!(fired(text, "specific"), "{text}");
    }
}

#[test]
fn the_organizations_name_is_never_evidence() {
    let named = |text: &str, name: &str, id: &str| analyze_named(text, name).has(self::id(id));
    let text = "Advocate Health Care exists to serve the health needs of individuals and communities.";
    assert!(analyze(text).has(id("advocacy")), "without the name, the word reads as advocacy");
    assert!(!named(text, "Advocate Health Care", "advocacy"));
    assert!(named(text, "Advocate Health Care", "generic"));
    assert!(!named("Presbyterian exists to improve health.", "Presbyterian Healthcare Services", "faith"));
    assert!(!named(
        "St. Jude Children's Research Hospital's mission is to serve.",
        "St. Jude Children's Research Hospital",
        "research"
    ));
    // A place that shares a word with the name is still a place.
    assert!(named("Advancing health to serve Michigan and the world.", "Michigan Medicine", "specific"));
    assert!(named("Health for everyone in King County.", "Public Health – Seattle & King County", "specific"));
}

// --- every lexicon term is general ------------------------------------------------------

/// The statements read while the rules were written: the fixtures, the corpus's tuning half,
/// and the seventeen held-out sets, each read after its one scoring (tests/corpus/SCORES.md).
fn statements_read_while_writing() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    [
        "tests/fixtures/missions.jsonl",
        "tests/corpus/tuning.jsonl",
        "tests/corpus/heldout.jsonl",
        "tests/corpus/heldout2.jsonl",
        "tests/corpus/heldout3.jsonl",
        "tests/corpus/heldout4.jsonl",
        "tests/corpus/heldout5.jsonl",
        "tests/corpus/heldout6.jsonl",
        "tests/corpus/heldout7.jsonl",
        "tests/corpus/heldout8.jsonl",
        "tests/corpus/heldout9.jsonl",
        "tests/corpus/heldout10.jsonl",
        "tests/corpus/heldout11.jsonl",
        "tests/corpus/heldout12.jsonl",
        "tests/corpus/heldout13.jsonl",
        "tests/corpus/heldout14.jsonl",
        "tests/corpus/heldout15.jsonl",
        "tests/corpus/heldout16.jsonl",
        "tests/corpus/heldout17.jsonl",
        "tests/corpus/heldout18.jsonl",
        "tests/corpus/heldout19.jsonl",
    ]
    .iter()
    .flat_map(|p| {
        std::fs::read_to_string(format!("{root}/{p}"))
            .unwrap_or_else(|e| panic!("{p}: {e}"))
            .lines()
            .map(String::from)
            .collect::<Vec<_>>()
    })
    .filter(|l| !l.trim().is_empty())
    .map(|l| serde_json::from_str::<serde_json::Value>(&l).expect("json")["mission"].as_str().unwrap_or("").to_string())
    .collect()
}

/// Multi-word terms that occur in only one statement read while writing the rules, each
/// reviewed and kept because it is a common phrase of its kind, not one statement's wording.
const REVIEWED_RARE_PHRASES: &[(&str, &[&str])] = &[
    (
        "kinds of hospital, program and plan named in many statements (the fourth held-out set, read after scoring)",
        &["community hospital", "community hospitals", "medicare advantage"],
    ),
    ("common phrases of access and of sustainability", &["all who need", "for the next generation"]),
    ("everyday aims, as PRODUCT.md lists them", &["help patients", "great care", "best care", "healthiest lives"]),
    (
        "standard business and finance phrases",
        &[
            "make money",
            "bottom line",
            "market share",
            "market position",
            "profitable growth",
            "fastest growing",
            "business results",
            "their bottom line",
            "we are growing",
            "grow our",
            "use of our resources",
            "increasing census",
            "shareholder value",
            "market leader",
            "enterprise value",
            "returns to * partners",
            "equity partners",
            "become the largest",
            "payer mix",
            "capture market",
            "the leading * platform",
            "the premier * platform",
            "add on acquisitions",
            "the nation s largest",
            "financial sponsor",
            "to our owners",
            "same store",
            "downstream revenue",
            "referral volume",
            "not for profit",
        ],
    ),
    (
        "how a feeder or contracted group describes its role",
        &["generate referrals", "whatever * tells", "tells us to do", "client hospitals", "strategic priorities of"],
    ),
    (
        "names of services, specialties and lines of work",
        &[
            "primary care",
            "hospital medicine",
            "chronic diseases",
            "mental health",
            "mental illnesses",
            "behavioral health",
            "behavioral healthcare",
            "speech therapy",
            "end of life",
            "home health",
            "skilled nursing",
            "long term acute care",
            "public health",
            "locum tenens",
            "travel nurses",
        ],
    ),
    (
        "names of populations and programmes in US health policy",
        &[
            "insurance status",
            "medically underserved",
            "federally qualified",
            "low income",
            "american indians",
            "alaska natives",
            "safety net",
            "regardless of ability to pay",
            "regardless of insurance",
            "health equity",
            "health disparities",
            "social justice",
            "just society",
        ],
    ),
    (
        "common phrases of mission statements",
        &[
            "academic medicine",
            "culturally competent",
            "new knowledge",
            "advance cures",
            "advancing the understanding",
            "next generation",
            "patient experience",
            "community we serve",
            "local community",
            "community health",
            "our community",
            "close to home",
            "when they need it",
            "when they need",
            "24 hours",
            "twenty four hour",
            "7 days a week",
            "continuum of care",
            "cutting edge",
            "new models",
            "evidence based",
            "best practice",
            "superior quality",
        ],
    ),
    (
        "how feeder networks and contracted groups describe serving a parent or client",
        &["its parent", "system s growth", "front door", "volume goals", "their volume", "their markets"],
    ),
    (
        "more names of services, places and groups",
        &[
            "urgent care",
            "emergency medicine",
            "health plan",
            "the poor",
            "community health center",
            "city of",
            "new mexico",
            "new york",
            "south carolina",
            "new yorkers",
            "rocky mountain",
        ],
    ),
    (
        "more common phrases of mission statements",
        &[
            "trusted partner",
            "financial status",
            "without delay",
            "future of medicine",
            "future of health care",
            "future of healthcare",
            "new era",
        ],
    ),
    (
        "found once in the second held-out set and common in many statements",
        &[
            "excellent care",
            "saving lives",
            "within reach",
            "cost of care",
            "stewardship of resources",
            "coordinated care",
            "internal medicine",
            "home care",
            "long term care",
            "health plans",
            "virtual care",
            "state of",
            "mid atlantic",
        ],
    ),
    ("a possessive split by the tokenizer", &["god s", "child s"]),
    // The held-out sets three to five were added to the statements above after their
    // scorings; these phrases occur once among all of them, and each was reviewed.
    (
        "business and finance phrases in common use (held-out sets three to five)",
        &[
            "financial performance",
            "patient volume",
            "largest provider",
            "invested capital",
            "earnings growth",
            "pay back",
            "financial targets",
            "no margin",
            "investor owned",
            "equity holders",
            "value for money",
            "cost effectiveness",
            "revenue growth",
            "top quartile returns",
            "for profit organization",
            "for profit hospital",
            "from * competitors",
        ],
    ),
    (
        "how parents, plans and clients are named (held-out sets three to five)",
        &["hospital clients", "parent health plan", "parent health system", "parent plan"],
    ),
    (
        "services, models of care and populations named in many statements (held-out sets three to five)",
        &[
            "emergency department",
            "emergency care",
            "specialty care",
            "physician led",
            "value based",
            "medical home",
            "coordinating care",
            "population health",
            "residential treatment",
            "nursing home",
            "team based",
            "under one roof",
            "one team",
            "best practices",
            "quality improvement",
            "north carolina",
            "older adults",
            "with mental illness",
            "with a mental illness",
            "with serious mental illness",
            "who have serious mental illness",
            "suffering from mental",
            "preparing clinicians",
        ],
    ),
    (
        "business phrases in common use, found once after the sixth held-out set was read",
        &[
            "return on investment",
            "unit economics",
            "lifetime value",
            "faster than the market",
            "grow our * membership",
            "grow * membership",
            "our share of",
            "expand our share",
            "high volume",
            "physician owned",
            "generate * referrals",
        ],
    ),
    (
        "phrases of access, experience and kinds of group, found once after the seventh set was read",
        &[
            "multi specialty",
            "knows them",
            "right place",
            "in their own communities",
            "in their own community",
            "physician directed",
            "know them",
            "by name",
            "time and attention",
            "each patient deserves",
            "right time",
            "at the right time",
            "shorter waits",
            "lower costs",
            "can afford",
            "price they can afford",
            "lower premiums",
            "with serious illness",
        ],
    ),
    (
        "business phrases in common use, found once after the seventh set was read",
        &[
            "growing markets",
            "accelerate growth",
            "financial growth",
            "leading share",
            "a leading share",
            "capital partners",
        ],
    ),
    (
        "phrases found once after the eighth set was read, each common in its kind",
        &[
            "non urban",
            "caring manner",
            "caring way",
            "for families",
            "loving and caring",
            "maximize * revenue",
            "become the dominant",
            "parent system",
            "sports medicine",
            "marine corps",
            "life science",
            "serve the next generation",
            "who go without",
            "where they are",
            "a tap away",
            "easily reach",
            "have to wait",
            "give back",
            "barriers to care",
            "highly reliable",
            "downstream procedures",
        ],
    ),
    (
        "clinicians, settings and standards named in many statements, found once after the ninth set was read",
        &[
            "nurse practitioners",
            "virtual clinics",
            "on site clinics",
            "highest standard",
            "top quartile margins",
            "referral pipeline",
            "inspire hope",
            "onsite clinics",
            "understanding of health",
            "our understanding of",
            "patient relationships",
            "the needy",
            "can t afford",
            "cannot pay",
            "around the clock",
            "24 7",
            "low cost",
            "resources optimally",
            "based on evidence",
            "best possible outcomes",
            "highest possible standard",
            "pregnant people",
        ],
    ),
    (
        "names of specialties, services and settings of care, from general knowledge",
        &[
            "infectious disease",
            "women s health",
            "reproductive health",
            "primary health care",
            "preventive care",
            "labor and delivery",
            "radiation oncology",
            "disease management",
            "heart surgery",
            "tertiary care",
            "health centre",
            "primary health",
            "disease prevention",
            "health promotion",
            "eye care",
            "residential care",
            "psychiatric care",
            "graduate medical education",
            "medical school",
            "dental care",
        ],
    ),
    (
        "services, people, access and quality named in many statements, found once after the sixth set was read",
        &[
            "intensive care",
            "chronic disease",
            "knee replacements",
            "joint replacement",
            "specialty physicians",
            "members of the community",
            "with chronic conditions",
            "our own family",
            "our own families",
            "day or night",
            "in minutes",
            "within a day",
            "same week",
            "latest evidence",
            "measurable outcomes",
            "clinical outcomes",
            "safe community",
        ],
    ),
    (
        "phrases of access, experience and context (held-out sets three to five)",
        &[
            "person centered",
            "round the clock",
            "easy to reach",
            "easier to reach",
            "whatever their means",
            "who needs it",
            "all in need",
            "go without",
            "goes without",
            "advanced technology",
            "professional satisfaction",
        ],
    ),
    (
        "phrases of the tenth held-out set, read after its one scoring, each common in mission statements: \
         general phrases written before that now occur once, and new ones of access, quality, teaching, value, \
         a people, military care and technology as an aim",
        &[
            "financial goals",
            "covered lives",
            "parent company",
            "infectious diseases",
            "wherever they are",
            "patient outcomes",
            "whatever their * income",
            "poor people",
            "force health protection",
            "health services support",
            "new yorker",
            "innovative technology",
            "new technologies",
            "cutting edge technologies",
            "lifelong learning",
            "community oncologists",
            "near home",
            "closer to home",
            "evening hours",
            "lowest possible cost",
            "regardless of * insurance",
        ],
    ),
    (
        "phrases of the eleventh held-out set, read after its one scoring, each common in mission statements or \
         business plans: general phrases written before that now occur once, and new ones of growth and \
         returns, settings, people and standards",
        &[
            "patient volumes",
            "market leadership",
            "attractive returns",
            "growing * membership",
            "number one provider",
            "pays back",
            "scalable business",
            "keep referrals",
            "keep patients within",
            "health coverage",
            "academic medical center",
            "smaller communities",
            "injured workers",
            "outreach testing",
            "lab outreach",
            "socioeconomic status",
            "in all settings",
            "farming families",
        ],
    ),
    (
        "phrases of the twelfth held-out set, read after its one scoring, each common in mission statements or \
         business plans: general phrases written before that now occur once, and new ones of owners, people, \
         speed of access and comfort",
        &[
            "cash flow",
            "who own us",
            "capital partner",
            "save lives",
            "relieve suffering",
            "physical therapy",
            "by phone",
            "service men",
            "civilian population",
            "farm communities",
            "person focused",
            "comfort always",
            "respect of",
            "within minutes",
            "within * minutes",
            "anyone anywhere",
            "jewish community",
            "jewish communities",
            "return capital",
        ],
    ),
    (
        "phrases of the thirteenth held-out set, read after its one scoring, each common in mission statements \
         or business plans: general phrases written before that now occur once, and new ones of clients' \
         numbers, staying open, coordination and a statement's own staff",
        &[
            "earnings per share",
            "membership growth",
            "regardless of * income",
            "downstream volume",
            "at the direction of",
            "hit their numbers",
            "at the direction of our",
            "south dakota",
            "joint replacements",
            "prenatal care",
            "visual loss",
            "virtual visit",
            "loving care",
            "person centred",
            "where they live",
            "staying open",
            "keep our doors open",
            "care coordinators",
            "navigate the health system",
            "terminally ill",
            "as one team",
        ],
    ),
    (
        "phrases of the fourteenth held-out set, read after its one scoring, each common in mission statements \
         or business plans: general phrases written before that now occur once, and new ones of reach and \
         distance, commercial clients and technology",
        &[
            "new markets",
            "brand uptake",
            "heart care",
            "mobile clinics",
            "outreach laboratory",
            "open to all",
            "where they are needed",
            "stay open",
            "remote reaches",
            "most remote",
            "hour drive",
            "end the wait",
            "technological advances",
        ],
    ),
    (
        "phrases of the fifteenth held-out set, read after its one scoring, each common in mission statements \
         or business plans: general phrases written before that now occur once, and new ones of people served, \
         blood services, waiting and awareness",
        &[
            "caring for patients",
            "growing volume",
            "non profit",
            "their margins",
            "emergency medical services",
            "gulf coast",
            "blood bank",
            "visually impaired",
            "blood supply",
            "ranch families",
            "waited months",
            "safe environment",
            "raise awareness",
            "with disabilities",
        ],
    ),
    (
        "common phrases of each theme written from general knowledge before the sixteenth set, each found once \
         in the statements read",
        &[
            "exceed expectations",
            "charity care",
            "open door",
            "fair price",
            "clinical quality",
            "standards of care",
            "health policy",
            "young people",
        ],
    ),
    (
        "phrases of the sixteenth held-out set, read after its one scoring, each common in mission statements \
         or business plans: general phrases written before that now occur once, and new ones of markets, \
         services, paying and faith",
        &[
            "return on invested capital",
            "primary market",
            "parent hospital",
            "critical care",
            "puerto rico",
            "pain management",
            "heart procedures",
            "primary healthcare",
            "have to drive",
            "whether or not they can pay",
            "whatever their * means",
            "islamic values",
            "our own parents",
            "own parents",
            "relieve pain",
            "continuum of services",
        ],
    ),
    (
        "phrases of the seventeenth held-out set, read after its one scoring, each common in mission \
         statements or business plans: general phrases written before that now occur once, and new ones of \
         distributions, volume seen, waiting and the continuum of care",
        &[
            "secure * contracts",
            "partner distributions",
            "high volumes",
            "seven days a week",
            "available to all",
            "after hours",
            "within two weeks",
            "within * weeks",
            "continuum of health services",
        ],
    ),
    (
        "contexts in which a word means something else",
        &[
            "team members",
            "compassionate * society",
            "in every respect",
            "quality of life",
            "private equity",
            "ministry of health",
            "faith * in us",
        ],
    ),
    (
        "services, people, care, access and cost in common words, each met once in the eighteenth and nineteenth held-out sets (read after scoring)",
        &[
            "annual income",
            "sufficient * income",
            "health insurance",
            "pain medicine",
            "super speciality",
            "super specialty",
            "chronically ill",
            "specialised health care",
            "commission * healthcare",
            "minority groups",
            "future leaders",
            "educational institutions",
            "like family",
            "people centred",
            "patient focussed",
            "at no cost",
            "wherever they live",
            "turned away",
            "free of cost",
            "keeps care local",
            "cost of health care",
            "health inequalities",
            "women and children",
        ],
    ),
];

/// Phrases once lifted from the fixture statements; a lexicon must not hold them.
const LIFTED_FROM_FIXTURES: [&str; 5] =
    ["no child is denied", "claimants", "clients more successful", "faith you place", "catastrophic diseases"];

fn phrase_text(p: &[Tok]) -> String {
    p.iter().map(|t| if let Tok::Word(w) = t { w.as_str() } else { "*" }).collect::<Vec<_>>().join(" ")
}

#[test]
fn every_lexicon_term_is_a_general_phrase() {
    let lex = Lexicon::builtin();
    let read: Vec<Vec<Token>> = statements_read_while_writing().iter().map(|t| tokenize(t)).collect();
    let reviewed: Vec<&str> = REVIEWED_RARE_PHRASES.iter().flat_map(|(_, p)| p.iter().copied()).collect();
    let mut terms = Vec::new();
    let mut unreviewed = Vec::new();
    for e in &lex.entries {
        for p in e.terms.iter().chain(&e.weak).chain(&e.not) {
            let text = phrase_text(p);
            for lifted in LIFTED_FROM_FIXTURES {
                assert!(!text.contains(lifted), "{text:?} was lifted from a fixture statement");
            }
            terms.push(text.clone());
            if p.len() < 2 {
                continue;
            }
            let found_in = read.iter().filter(|toks| (0..toks.len()).any(|at| match_at(p, toks, at).is_some())).count();
            if found_in == 1 && !reviewed.contains(&text.as_str()) {
                unreviewed.push(text);
            }
        }
    }
    assert!(
        unreviewed.is_empty(),
        "these occur in exactly one statement read while writing the rules: review each and list it in \
         REVIEWED_RARE_PHRASES if it is a general phrase, or remove it: {unreviewed:?}"
    );
    for r in reviewed {
        assert!(terms.iter().any(|t| t == r), "{r:?} is reviewed but no longer in the lexicon");
    }
}

#[test]
fn being_another_organizations_arm_is_serving_its_ends() {
    assert_all_fire(
        "subordinate",
        &[
            "We act as the clinical arm of Harlow Mutual, keeping its members out of the hospital.",
            "As the outpatient arm of the parent system, we see patients in six towns.",
            "Our practice is the primary care arm of Eastbrook Regional Health.",
        ],
    );
    assert_none_fire(
        "subordinate",
        &[
            // A teaching parent is structure, not a master.
            "We are the clinical practice arm of the Eastbrook University School of Medicine.",
            // An arm that is not the organization's own.
            "We reach out an arm of support to every family in grief.",
            "Our outreach arm visits schools in three counties.",
        ],
    );
    // Its own name is not another organization.
    assert!(!analyze_named("We are the home care arm of Larchmont Health.", "Larchmont Health").has(id("subordinate")));
}

#[test]
fn a_rank_in_a_named_market_is_money_first() {
    assert_all_fire(
        "profit_first",
        &[
            "Our aim is to become the leading orthopaedic group in the Carolinas.",
            "We will establish ourselves as the premier imaging provider across the region.",
            "To remain the largest hospital operator in our markets.",
        ],
    );
    assert_none_fire(
        "profit_first",
        &[
            "To be the leading source of discovery in childhood leukaemia.",
            "To be the best community hospital in the region, one patient at a time.",
            // A standing without a verb of getting there is as often a claim of quality.
            "Our vision is to be the leading healthcare provider in the region, known for excellence.",
            "To be the leading children's hospital in the world for research and care.",
            "We see the leading causes of death in the county every day.",
        ],
    );
}

#[test]
fn what_a_patient_can_pay_is_not_the_organizations_money() {
    for text in [
        "Dental and primary care for everyone in town, whatever their insurance or income.",
        "We see every patient regardless of their income or insurance.",
    ] {
        assert!(!fired(text, "profit_first"), "{text}: {:?}", ids(text));
        assert!(!fired(text, "business_mention"), "{text}: {:?}", ids(text));
        assert!(fired(text, "access"), "{text}: {:?}", ids(text));
    }
}

#[test]
fn a_place_opened_in_another_sentence_is_no_place() {
    // "serve" ends one sentence; the capital that starts the next is not a place.
    assert!(fired("We improve the health of the people we serve. Guided by our values, we care.", "generic"));
    assert!(fired("Care for the people of the Ardley Valley, close to home.", "specific"));
    // A valley the name holds is still a place when the statement names it.
    assert!(analyze_named("We care for the people of the Ardley Valley.", "Ardley Valley Hospital").has(id("specific")));
    // Technology as an aim is not a service.
    assert!(fired("We pursue clinical excellence with innovative technology for better health.", "generic"));
}

#[test]
fn money_described_as_a_fact_is_not_the_aim() {
    assert_none_fire(
        "profit_first",
        &[
            "We run the only dialysis unit in the county. Margins here are thin; our care for each patient is not.",
            "Surgical volume in a town this size is small, and we keep the theatre open anyway.",
        ],
    );
    assert_all_fire(
        "profit_first",
        &[
            "We run clinics in five towns. Revenue growth is our first priority.",
            "Margins will double by 2030 as we open clinics in five towns.",
            "Profitability is paramount in every clinic we open.",
        ],
    );
}

#[test]
fn a_name_with_an_abbreviation_and_a_parent_that_shares_the_first_word() {
    // "St. Aldric Medical Center" is one name, and another institution.
    assert!(fired("We exist to extend the reach of St. Aldric Medical Center in the valley.", "subordinate"));
    // The parent shares the first word of the name: its possessive is not the name.
    let text = "Our clinics serve Harlan Regional Hospital. We carry out Harlan's strategy for growth.";
    assert!(analyze_named(text, "Harlan Physician Network").has(id("subordinate")));
    // The organization's own possessive is still its name.
    assert!(!analyze_named("We carry out Harlan's strategy for rural care.", "Harlan Physician Network")
        .has(id("subordinate")));
}

#[test]
fn returns_roles_and_purposes_written_here_in_new_words() {
    assert_fires(&[
        ("Our purpose is to deliver a best-in-class financial return to our sponsor.", "profit_first"),
        ("Our mission is to deliver superior, risk-adjusted returns across our clinics.", "profit_first"),
        ("We exist to maximize risk scores for the plan that owns our clinics.", "profit_first"),
        // "exists so that" states the purpose; it is no clause about means.
        ("Our practice exists so that revenue grows every quarter.", "profit_first"),
        ("We are the post-acute engine of Brookfield Regional Hospital.", "subordinate"),
        ("Our group serves as the front door of Elm Street Medical Center.", "subordinate"),
        ("Our role is to manage throughput for the hospitals that contract with us.", "subordinate"),
    ]);
    assert_no_concern(&[
        "We bill insurance where we can so that the money goes back into care for those who have none.",
        "Our growth matters only because more clinics mean shorter drives for rural families.",
        "Every patient who returns home sooner is our measure.",
    ]);
}

#[test]
fn a_parent_after_a_comma_in_the_name_and_a_place_after_a_direction() {
    // What follows a comma in the name describes the organization; it is not its name.
    let text = "We exist to advance Ashgrove Health Plan's medical-cost goals through primary care.";
    assert!(analyze_named(text, "Birchfield Primary Care, an Ashgrove Health Plan company").has(id("subordinate")));
    assert!(!analyze_named(text, "Ashgrove Health Plan").has(id("subordinate")));
    // A measure reached only through a clause about means is not another's measure.
    let text = "Our surgeons keep their skills sharp through high case volume and teach residents.";
    assert!(!fired(text, "subordinate"), "{:?}", ids(text));
    // A word of direction between the opener and the place.
    for text in
        ["Hospital care for the people of northern Norway.", "We serve the families of the upper Ardley Valley."]
    {
        assert!(fired(text, "specific"), "{text}: {:?}", ids(text));
    }
    // Owners named with a word between: still owners served.
    assert!(fired("We exist to maximize value for our physician owners and our capital partner.", "profit_first"));
}

#[test]
fn business_aims_and_look_alikes_written_here_before_the_thirteenth_set() {
    assert_fires(&[
        ("We exist to return capital to our members at a premium multiple.", "profit_first"),
        ("Our goal is 300 locations and a public listing within five years.", "profit_first"),
        ("To acquire eye practices and deliver a strong exit for our fund.", "profit_first"),
        ("We exist to win outreach lab business for Alder Regional Hospital.", "subordinate"),
        ("Our clinics are the access point for Alder Medical Center, built to attract patients.", "subordinate"),
        ("We exist to lower health plans' medical spend across the state.", "subordinate"),
        ("We partner with drug companies to turn visits into prescriptions for their products.", "subordinate"),
    ]);
    assert_no_concern(&[
        "Our revenue comes from insurance and a sliding fee, and all of it stays in the clinic.",
        "High procedure volume keeps our team skilled, and we publish our outcomes every year.",
        "We read scans for rural hospitals overnight. Our hospital clients pay per study.",
        "We are proud that our hospital's collections support care for the uninsured.",
        "Our public listing gives us capital to build rural clinics; our physicians decide how patients are treated.",
        "We help hospitals reduce length of stay by getting patients home sooner and safer.",
        "Our clinic is the first point of contact for families new to the county.",
    ]);
}

#[test]
fn rules_written_after_reading_the_thirteenth_set() {
    assert_fires(&[
        ("Our aim is to become the most valuable home care company in Canada.", "profit_first"),
        ("We help clinics hit their numbers every quarter.", "subordinate"),
        ("We exist to grow the Larkfield brand in every town we enter.", "profit_first"),
    ]);
    // Money beside another's measure, not in its list, is the organization's own.
    let text = "Our mission is to deliver fast reads to our hospital clients and superior profit to our partners.";
    assert!(fired(text, "profit_first"), "{:?}", ids(text));
    assert_no_concern(&[
        // Described in a clause after "when".
        "Even in years when margins are thin, we keep our doors open to everyone.",
        // Its own medical staff directs the work.
        "We provide emergency and surgical care at the direction of our medical staff.",
    ]);
}

#[test]
fn market_dominance_insured_patients_and_loyalty_written_here() {
    assert_fires(&[
        ("We aim to dominate the outpatient surgery market in the Rocky Mountain states.", "profit_first"),
        ("We exist to capture the highest-acuity, best-insured patients in each market we serve.", "profit_first"),
        ("We exist to keep patients loyal to Holloway Health for life.", "subordinate"),
    ]);
    assert_no_concern(&[
        "Shareholders fund our expansion; patients set our priorities.",
        "Revenue from our pharmacy funds free care for families who cannot pay.",
        "Our star ratings matter to us because they reflect what patients tell us about their care.",
        "We accept every insurance plan in the state and care for those with none.",
    ]);
}

#[test]
fn themes_in_words_written_here() {
    assert_fires(&[
        ("We treat every patient as we would our own mother.", "patient_experience"),
        ("Our physicians, nurses and social workers plan each patient's care together.", "integration"),
        ("We keep costs down so families can pay for what they need.", "value"),
        ("We measure and publish our infection rates every quarter.", "quality"),
        ("We speak up for our patients in the state capitol.", "advocacy"),
        ("We bring care to neighborhoods that have been left behind.", "community"),
        ("Every nurse and doctor here is trained to listen first.", "patient_experience"),
    ]);
}

#[test]
fn rules_written_after_reading_the_fourteenth_set() {
    // Owners behind a list of qualities, with commas, still only back it.
    let text = "We restore sight. Backed by patient, long-term investors, we add evening clinic hours.";
    assert!(!fired(text, "profit_first"), "{:?}", ids(text));
    // Life-sciences clients named by their trade.
    let text = "We exist to help our life-sciences partners reach more of the right patients.";
    assert!(fired(text, "subordinate"), "{:?}", ids(text));
    assert!(fired("We put customer service at the heart of every visit.", "patient_experience"));
}

#[test]
fn money_earned_for_care_and_owners_ranked_after_patients_are_no_flag() {
    assert_no_concern(&[
        "We earn a margin so that we can keep caring; the care is the point.",
        "Our parent company gives us the scale to buy medicines at lower prices.",
        "The hospital's market share has grown because patients trust us, not because we chased it.",
        "We are accountable to our patients first and to our owners second.",
    ]);
    // Money earned with no purpose after it, and owners ranked first, still are.
    assert!(fired("We earn a margin on every visit for our owners.", "profit_first"));
    assert!(fired("We are accountable to our owners first.", "profit_first"));
}

#[test]
fn rules_written_after_reading_the_fifteenth_set() {
    // Growth that has let the work go on is a means.
    let text = "Growing volume has let us add subspecialty readers; our aim is the right answer, quickly.";
    assert!(!fired(text, "profit_first"), "{:?}", ids(text));
    // A preferred standing to reach, in a named market.
    assert!(fired("We seek to become the preferred healthcare provider in Lebanon.", "profit_first"));
    assert!(!fired("We are proud to be the preferred hospital of our neighbours.", "profit_first"));
    assert_all_fire(
        "specific",
        &[
            "We provide a safe and adequate blood supply for every hospital in the state.",
            "We bring ophthalmic care to visually impaired people who cannot pay for it.",
            "We care for inmates of the state's prisons.",
        ],
    );
}

#[test]
fn spend_captured_device_makers_and_money_watched_written_here() {
    assert_fires(&[
        ("Our mission is to capture more of each patient's healthcare spend.", "profit_first"),
        ("We help medical device makers reach the surgeons who will use their products.", "subordinate"),
    ]);
    let text = "We track our revenue carefully because every dollar we waste is a dollar not spent on care.";
    assert!(!fired(text, "profit_first"), "{:?}", ids(text));
    assert!(fired(text, "business_mention"), "{:?}", ids(text));
}

#[test]
fn common_theme_phrases_written_from_general_knowledge() {
    assert_fires(&[
        ("No one is turned away, and our nurses make house calls.", "access"),
        ("We give every patient personal attention and individualized care.", "patient_experience"),
        ("We work to prevent medical errors and avoidable harm.", "quality"),
        ("We address food insecurity and provide charity care.", "community"),
        ("We run a residency program and mentor medical students.", "education"),
        ("Our translational investigators bring findings to the bedside.", "research"),
        ("We post fair prices with full price transparency.", "value"),
        ("We care for infants, teens and young people.", "population"),
    ]);
    // A proper name and a patient's own needs are not the theme.
    assert!(!fired("We teach as set forth by the Accreditation Council for Graduate Medical Education.", "quality"));
}

#[test]
fn rules_written_after_reading_the_sixteenth_set() {
    // The name's first words ending in an institution, with the name going on to a unit of
    // it, name the parent.
    let text = "Our clinics exist to extend the reach of Larch Heart Institute into rural counties.";
    assert!(analyze_named(text, "Larch Heart Institute Outreach Clinics").has(id("subordinate")));
    // The name's last words are the name: "the Rehabilitation Hospital" names no service.
    let text = "The mission of the Rehabilitation Hospital is to be a trusted partner in healthier lives.";
    assert!(analyze_named(text, "Lee Health Rehabilitation Hospital").has(id("generic")));
    // Another's measures listed at length after its possessive.
    let text = "We exist to improve our partner hospitals' length-of-stay, readmission and case-mix results.";
    assert!(fired(text, "subordinate"), "{:?}", ids(text));
    assert!(fired("To be the provider of choice in our primary market.", "profit_first"));
    assert!(fired("Every child can get expert care, whatever their family's means.", "access"));
}

#[test]
fn rules_written_after_reading_the_seventeenth_set() {
    assert_fires(&[
        ("We will become the number-one Medicare Advantage brand in Florida by membership.", "profit_first"),
        // "so that" states the purpose of what comes before it, not a means.
        ("We read with relentless discipline so that each hour adds to practice earnings.", "profit_first"),
        ("We reduce absenteeism and compensation costs for the companies that hire us.", "subordinate"),
    ]);
    assert_no_concern(&[
        "We see high volumes, and we treat that as a responsibility to every patient.",
        "We lower costs for the hospital's patients and their families.",
        "We reinvest what we earn so that we can keep our doors open.",
    ]);
}

#[test]
fn a_red_flag_that_names_the_purpose_holds_generic_back_until_it_is_dismissed() {
    let money = "Our mission is to grow margin and earnings every year.";
    let r = analyze(money);
    assert!(r.has(FindingId::ProfitFirst), "{:?}", ids(money));
    assert!(!r.has(FindingId::Generic) && !r.has(FindingId::Specific), "{:?}", ids(money));
    assert!(r.held_generic.is_some());
    assert_eq!(r.verdict.level, Level::Concern);

    // Every red flag marked "Doesn't apply here": the statement is judged on its words again.
    let adjusted = analyze(money).without(&[FindingId::ProfitFirst]);
    assert_eq!(adjusted.findings.first().map(|f| f.id), Some(FindingId::Generic));
    assert_eq!(adjusted.verdict.level, Level::Weak);
    assert!(adjusted.verdict.adjusted);
    // Generic dismissed too: it stays out.
    let both = analyze(money).without(&[FindingId::ProfitFirst, FindingId::Generic]);
    assert!(!both.has(FindingId::Generic));
    // Another finding dismissed while the flag stands: generic stays held back.
    let other = analyze(money).without(&[FindingId::BusinessMention, FindingId::Value]);
    assert!(!other.has(FindingId::Generic));

    // Both flags: dismissing one leaves the other, and generic stays held back.
    let two = "We exist to grow our revenue and to hit our hospital clients' throughput targets.";
    let r = analyze(two);
    assert!(r.has(FindingId::ProfitFirst) && r.has(FindingId::Subordinate), "{:?}", ids(two));
    assert!(!r.clone().without(&[FindingId::ProfitFirst]).has(FindingId::Generic));
    assert!(r.without(&[FindingId::ProfitFirst, FindingId::Subordinate]).has(FindingId::Generic));

    // A red flag in a statement with substance: specific as before, nothing held.
    let specific = "We exist to grow our margin by running cancer clinics in rural Ohio.";
    let r = analyze(specific);
    assert!(r.has(FindingId::ProfitFirst) && r.has(FindingId::Specific), "{:?}", ids(specific));
    assert!(r.held_generic.is_none());
    // No red flag: generic as before.
    assert!(analyze("We provide compassionate, high-quality care.").has(FindingId::Generic));
}

#[test]
fn volume_and_money_that_a_sentence_describes_doing_something_are_not_the_aim() {
    assert_no_concern(&[
        "We treat heart disease in the valley. High patient volumes sharpen our team's skills, and we teach what we learn.",
        "Our revenue funds free clinics for people without insurance.",
        "Higher volumes improve outcomes for our surgical patients, so we concentrate complex cases here.",
        "Steady margins allow us to keep the maternity unit open.",
    ]);
    // Money that grows is still the aim.
    assert_fires(&[
        ("Our mission is to grow revenue in every clinic we open.", "profit_first"),
        ("Higher volumes improve our margins, and margin growth is our first priority.", "profit_first"),
    ]);
}

#[test]
fn the_hospital_in_a_hospitals_own_statement_is_itself() {
    let own = "We provide safe care to all. To do so, we manage our resources carefully to sustain the hospital's growth and future.";
    for name in ["Linden Vale Medical Center", "Saint Oda Hospital", "Corran Infirmary"] {
        let r = analyze_named(own, name);
        assert!(!r.has(FindingId::Subordinate), "{name}: {:?}", r.findings.iter().map(|f| f.id).collect::<Vec<_>>());
    }
    // A physician group that exists for the hospital's growth serves another's ends.
    let feeder = "We exist to support the hospital's growth and referrals.";
    assert!(analyze_named(feeder, "Linden Vale Physician Group").has(FindingId::Subordinate));
    assert!(analyze(feeder).has(FindingId::Subordinate));
}

#[test]
fn another_organizations_growth_named_by_a_partners_possessive_or_a_pharmaceutical_partnership() {
    assert_fires(&[
        (
            "Our practice was founded to support the growth of our imaging partner's network across the state.",
            "subordinate",
        ),
        (
            "Thistle Virtual partners with pharmaceutical companies to bring eligible patients onto new treatments.",
            "subordinate",
        ),
        ("Our clinics keep our employer clients' workforces productive and on the job.", "subordinate"),
    ]);
    assert_no_concern(&[
        "We support the growth of our partner physicians through teaching and mentoring.",
        "We help people stay productive at work and at home by treating pain early.",
        "Residents who lack sufficient household income to pay for care are seen free.",
    ]);
}

#[test]
fn places_people_and_services_named_in_common_words() {
    assert_fires(&[
        ("We care for families across rural Malawi.", "specific"),
        ("Compassionate care for our Haitian neighbors.", "specific"),
        ("Providing aged care and home support with dignity.", "specific"),
        ("Care for the dying and those who love them.", "population"),
        ("Treatment free of cost for every patient.", "access"),
        ("We keep care local whenever it is safe.", "access"),
        ("Serving minority groups with respect.", "population"),
        ("We commission health services for our region's residents.", "specific"),
    ]);
    // "State-of-the-art" names no state; "our county" names no place.
    assert!(fired("State-of-the-art care for every patient.", "generic"));
    assert!(fired("We improve the health of everyone in our county.", "generic"));
}

#[test]
fn clients_who_are_the_subject_of_a_sentence_are_described_not_served() {
    assert_no_concern(&[
        "We read every scan as if it were our own family's. Our hospital clients trust us with their patients.",
        "Our hospital clients rely on our radiologists at night, and we answer for every report.",
    ]);
    assert_fires(&[
        ("Our hospital clients rely on us to grow their imaging volume and revenue.", "subordinate"),
        ("Glenrock exists to help our hospital clients fill every shift and hit their labor budgets.", "subordinate"),
    ]);
}

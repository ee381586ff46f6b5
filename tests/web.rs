//! Component and storage tests in headless Chromium (wasm-bindgen-test).
//! Run by `scripts/test`; alone: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use mission_ready::components::organizations::OrganizationsPage;
use mission_ready::domain::{OrgDraft, Workspace};
use mission_ready::state::AppState;
use mission_ready::storage::{self, LoadOutcome, SaveError, StorageError, CURRENT_SCHEMA, WORKSPACE_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn clear_storage() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
}

fn raw_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn workspace_with(name: &str) -> Workspace {
    let mut ws = Workspace::default();
    ws.add(&OrgDraft { name: name.into(), ..OrgDraft::default() }, format!("id-{name}"), 1).unwrap();
    ws
}

// --- storage against the real localStorage -------------------------------------------

#[wasm_bindgen_test]
fn storage_saves_and_loads_a_workspace_as_a_versioned_envelope() {
    clear_storage();
    assert_eq!(storage::load_workspace(1), LoadOutcome::Fresh);
    let ws = workspace_with("Lakeside");
    let rev = storage::save_workspace(&ws, 0, 1000, false).unwrap();
    assert_eq!(rev, 1);
    let raw = raw_storage().get_item(WORKSPACE_KEY).unwrap().unwrap();
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["schema"], CURRENT_SCHEMA);
    assert_eq!(v["rev"], 1);
    assert_eq!(v["saved_at"], 1000);
    match storage::load_workspace(2) {
        LoadOutcome::Loaded(stored) => {
            assert_eq!(stored.workspace, ws);
            assert_eq!(stored.rev, 1);
        }
        other => panic!("expected Loaded, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn storage_refuses_to_overwrite_another_tabs_revision() {
    clear_storage();
    let mine = workspace_with("Mine");
    let rev = storage::save_workspace(&mine, 0, 1, false).unwrap();
    // Another tab writes revision rev+1.
    let theirs = workspace_with("Theirs");
    raw_storage().set_item(WORKSPACE_KEY, &storage::encode(&theirs, rev + 1, 2)).unwrap();
    let err = storage::save_workspace(&mine, rev, 3, false).unwrap_err();
    assert_eq!(err, SaveError::Conflict { expected: rev, found: rev + 1 });
    // Their data is still there, untouched.
    match storage::load_workspace(4) {
        LoadOutcome::Loaded(stored) => assert_eq!(stored.workspace, theirs),
        other => panic!("{other:?}"),
    }
    // Forcing (the user chose "keep this tab's version") writes past it.
    assert_eq!(storage::save_workspace(&mine, rev, 5, true), Ok(rev + 2));
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_aside_and_the_original_left_untouched() {
    clear_storage();
    let junk = "{\"schema\":1,\"data\":{";
    raw_storage().set_item(WORKSPACE_KEY, junk).unwrap();
    match storage::load_workspace(777) {
        LoadOutcome::Unreadable { kept_as: Some(key), .. } => {
            assert_eq!(key, format!("{}777", storage::QUARANTINE_PREFIX));
            assert_eq!(raw_storage().get_item(&key).unwrap().as_deref(), Some(junk));
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(raw_storage().get_item(WORKSPACE_KEY).unwrap().as_deref(), Some(junk));
    assert_eq!(storage::quarantined_keys(), vec![format!("{}777", storage::QUARANTINE_PREFIX)]);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_makes_the_app_read_only_and_is_never_written() {
    clear_storage();
    let newer = "{\"schema\":99,\"rev\":3,\"data\":{\"whatever\":true}}";
    raw_storage().set_item(WORKSPACE_KEY, newer).unwrap();
    let state = AppState::new();
    let owner = Owner::new();
    owner.with(|| state.load());
    assert!(matches!(state.mode.get_untracked(), mission_ready::state::SaveMode::ReadOnly(_)));
    state.workspace.update(|w| *w = workspace_with("Edited"));
    state.flush();
    assert_eq!(raw_storage().get_item(WORKSPACE_KEY).unwrap().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_quota_full() {
    clear_storage();
    // Fill storage until the browser refuses, then try to save.
    let chunk = "x".repeat(512 * 1024);
    let storage_handle = raw_storage();
    let mut i = 0;
    while storage_handle.set_item(&format!("filler{i}"), &chunk).is_ok() {
        i += 1;
        assert!(i < 200, "storage never filled");
    }
    let big = workspace_with(&"y".repeat(150));
    let mut huge = big.clone();
    huge.organizations[0].notes = "z".repeat(600 * 1024);
    let err = storage::save_workspace(&huge, 0, 1, false).unwrap_err();
    assert_eq!(err, SaveError::Storage(StorageError::QuotaFull));
    clear_storage();
}

// --- the organization form ------------------------------------------------------------

fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn button(root: &HtmlElement, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no button named {name:?}"))
}

fn type_into(root: &HtmlElement, selector: &str, text: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(text);
    } else {
        el.unchecked_ref::<HtmlTextAreaElement>().set_value(text);
    }
    let ev = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn listed_names(root: &HtmlElement) -> Vec<String> {
    let links = root.query_selector_all(".org-list .org-link").unwrap();
    (0..links.length()).filter_map(|i| links.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

fn mount_organizations() -> (HtmlElement, AppState) {
    mount_page(|| view! { <OrganizationsPage /> }.into_any())
}

#[wasm_bindgen_test]
async fn adding_an_organization_lists_it_and_saves_it() {
    clear_storage();
    let (root, state) = mount_organizations();
    tick().await;
    assert!(listed_names(&root).is_empty());
    assert!(root.text_content().unwrap().contains("No organizations yet"));

    button(&root, "Add organization").click();
    tick().await;
    type_into(&root, "#add-name", "  Lakeside Community Hospital ");
    type_into(&root, "#add-role", "Hospitalist");
    type_into(&root, "#add-mission", "To heal, teach and discover in our community.");
    button(&root, "Save organization").click();
    tick().await;

    assert_eq!(listed_names(&root), vec!["Lakeside Community Hospital".to_string()]);
    assert!(root.query_selector("#add-organization").unwrap().is_none(), "the form closes after saving");
    let here = web_sys::window().unwrap().location().pathname().unwrap();
    assert!(here.starts_with("/organizations/o"), "saving opens the new organization, at {here}");
    assert_eq!(state.announcement.get_untracked(), "Added Lakeside Community Hospital.");

    state.flush();
    match storage::load_workspace(1) {
        LoadOutcome::Loaded(stored) => {
            let org = &stored.workspace.organizations[0];
            assert_eq!(org.name, "Lakeside Community Hospital");
            assert_eq!(org.role, "Hospitalist");
            assert_eq!(org.mission, "To heal, teach and discover in our community.");
        }
        other => panic!("expected the organization in storage, got {other:?}"),
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_form_explains_what_is_wrong_and_adds_nothing() {
    clear_storage();
    let (root, state) = mount_organizations();
    tick().await;
    button(&root, "Add organization").click();
    tick().await;

    // Over the limit shows at once, before any save attempt.
    type_into(&root, "#add-mission", &"m".repeat(20_001));
    tick().await;
    let mission_error = root.query_selector("#add-mission-error").unwrap().unwrap().text_content().unwrap();
    assert!(mission_error.contains("20,001") && mission_error.contains("20,000"), "{mission_error}");

    button(&root, "Save organization").click();
    tick().await;
    let name_error = root.query_selector("#add-name-error").unwrap().unwrap().text_content().unwrap();
    assert_eq!(name_error, "Organization name is required.");
    let name_input = root.query_selector("#add-name").unwrap().unwrap();
    assert_eq!(name_input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(root.text_content().unwrap().contains("Fix 2 problems to save."));
    assert!(listed_names(&root).is_empty());
    assert!(state.workspace.with_untracked(|w| w.organizations.is_empty()));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_page_shows_what_storage_already_holds() {
    clear_storage();
    storage::save_workspace(&workspace_with("Stored Clinic"), 0, 1, false).unwrap();
    let (root, state) = mount_organizations();
    tick().await;
    assert!(state.ready.get_untracked());
    assert_eq!(listed_names(&root), vec!["Stored Clinic".to_string()]);
    root.remove();
}

// --- the mission check ------------------------------------------------------------------

fn finding_ids(root: &HtmlElement) -> Vec<String> {
    let found = root.query_selector_all("[data-finding]").unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.unchecked_into::<web_sys::Element>().get_attribute("data-finding"))
        .collect()
}

#[wasm_bindgen_test]
async fn the_mission_check_updates_as_the_statement_is_typed() {
    clear_storage();
    let mut ws = Workspace::default();
    ws.add(&OrgDraft { name: "Lakeside".into(), ..OrgDraft::default() }, "lake".into(), 1).unwrap();
    storage::save_workspace(&ws, 0, 1, false).unwrap();

    let (root, _state) = mount_page(|| {
        view! { <mission_ready::components::organization::OrganizationPage id="lake".to_string() /> }.into_any()
    });
    tick().await;

    let region =
        root.query_selector("[role=region][aria-labelledby=mission-check-title]").unwrap().expect("the region");
    assert_eq!(region.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(finding_ids(&root), vec!["missing".to_string()]);
    assert!(region.text_content().unwrap().contains("Why is this organization in business?"));

    type_into(&root, "#org-mission", "To make money.");
    tick().await;
    let ids = finding_ids(&root);
    // A red flag that names the purpose holds `generic` back.
    assert!(ids.contains(&"profit_first".to_string()) && !ids.contains(&"generic".to_string()), "{ids:?}");
    assert!(!ids.contains(&"missing".to_string()));

    type_into(
        &root,
        "#org-mission",
        "Researching cures for children, <b>regardless</b> of ability to pay, with timely visits.",
    );
    tick().await;
    let ids = finding_ids(&root);
    for id in ["noble_cause", "specific", "research", "population", "access"] {
        assert!(ids.contains(&id.to_string()), "{id} in {ids:?}");
    }
    assert!(!ids.contains(&"profit_first".to_string()));
    // The statement is shown as text and marks only (b strength, mark implication, u red
    // flag): the typed markup is not an element.
    let copy = root.query_selector(".statement").unwrap().unwrap();
    assert!(copy.text_content().unwrap().contains("<b>regardless</b>"));
    assert!(copy.children().length() >= 3, "the triggering words are marked");
    assert!(copy.query_selector("mark").unwrap().is_some(), "implications are marked");
    assert!(copy.query_selector("b").unwrap().is_some(), "strengths are marked");
    let children = copy.children();
    for i in 0..children.length() {
        let child = children.item(i).unwrap();
        assert!(["B", "MARK", "U"].contains(&child.tag_name().as_str()), "{}", child.tag_name());
        assert_eq!(child.children().length(), 0, "marks hold text only");
        assert_ne!(child.text_content().as_deref(), Some("regardless"), "typed <b> is not an element");
    }
    root.remove();
}

// --- question cards and practice ----------------------------------------------------------

fn store_example() -> String {
    clear_storage();
    let mut ws = Workspace::default();
    ws.organizations.push(mission_ready::domain::example::example_organization("ex".into(), 1));
    storage::save_workspace(&ws, 0, 1, false).unwrap();
    "ex".to_string()
}

fn mount_page(view_fn: impl Fn() -> leptos::prelude::AnyView + 'static) -> (HtmlElement, AppState) {
    let root = container();
    let state = AppState::new();
    let handle = mount_to(root.clone(), move || {
        provide_context(state);
        provide_context(mission_ready::router::Router::start());
        state.load();
        view_fn()
    });
    handle.forget();
    (root, state)
}

/// The worked example's question cards, mounted.
fn mount_example_cards() -> (HtmlElement, AppState) {
    let id = store_example();
    mount_page(move || view! { <mission_ready::components::cards::CardsPage id=id.clone() /> }.into_any())
}

fn select(root: &HtmlElement, selector: &str, value: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    el.unchecked_ref::<web_sys::HtmlSelectElement>().set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_question_card_saves_notes_status_and_what_was_heard() {
    let (root, state) = mount_example_cards();
    tick().await;
    let card = "[data-card='opening.explain-mission']";
    assert!(root.query_selector(card).unwrap().is_some());
    assert!(root.query_selector("#heard-opening-explain-mission").unwrap().is_none(), "no 'heard' before it is asked");

    type_into(&root, "#notes-opening-explain-mission", "Ask the chair <b>first</b>.");
    select(&root, "#status-opening-explain-mission", "asked");
    tick().await;
    select(&root, "#heard-opening-explain-mission", "could_not_answer");
    tick().await;

    let p = state
        .workspace
        .with_untracked(|w| w.get("ex").and_then(|o| o.progress("opening.explain-mission").cloned()))
        .expect("progress recorded");
    assert_eq!(p.notes, "Ask the chair <b>first</b>.");
    assert_eq!(p.status, mission_ready::domain::practice::Status::Asked);
    assert_eq!(p.heard, Some(mission_ready::domain::practice::Heard::CouldNotAnswer));
    // Typing did not re-create the card: the textarea still holds the text as typed.
    let notes = root.query_selector("#notes-opening-explain-mission").unwrap().unwrap();
    assert_eq!(notes.unchecked_ref::<HtmlTextAreaElement>().value(), "Ask the chair <b>first</b>.");
    root.remove();
}

fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().body().unwrap().dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn practice_reveals_with_space_and_rates_with_number_keys() {
    let id = store_example();
    let (root, state) =
        mount_page(move || view! { <mission_ready::components::practice::PracticePage id=id.clone() /> }.into_any());
    tick().await;
    let question = || root.query_selector("#practice-question").unwrap().map(|q| q.text_content().unwrap_or_default());
    let first = question().expect("a card to practise");
    assert!(root.query_selector("#answer").unwrap().is_none());

    press("3"); // rating before reveal does nothing
    tick().await;
    assert_eq!(question().as_deref(), Some(first.as_str()));

    press(" ");
    tick().await;
    assert!(root.query_selector("#answer").unwrap().is_some(), "Space shows the answer");
    press("3");
    tick().await;
    assert_ne!(question().as_deref(), Some(first.as_str()), "rated, the next card shows");
    assert!(root.query_selector("#answer").unwrap().is_none());

    let rated = state.workspace.with_untracked(|w| w.get("ex").unwrap().progress.clone());
    assert_eq!(rated.len(), 1);
    assert_eq!(rated[0].interval, 1);
    assert!(!rated[0].due.is_empty());
    root.remove();
}

#[wasm_bindgen_test]
fn loading_older_data_migrates_it_and_keeps_the_original() {
    clear_storage();
    let v1 = include_str!("fixtures/storage/v1.json");
    raw_storage().set_item(WORKSPACE_KEY, v1).unwrap();
    match storage::load_workspace(1) {
        LoadOutcome::Loaded(stored) => assert_eq!(stored.migrated_from, Some(1)),
        other => panic!("{other:?}"),
    }
    let kept = raw_storage().get_item(&format!("{}1", storage::BACKUP_PREFIX)).unwrap();
    assert_eq!(kept.as_deref(), Some(v1));
    assert_eq!(raw_storage().get_item(WORKSPACE_KEY).unwrap().as_deref(), Some(v1), "nothing rewritten on load");
}

// --- one model per organization ------------------------------------------------------------

fn runs() -> (usize, usize) {
    use std::sync::atomic::Ordering;
    (
        mission_ready::domain::mission::ANALYSES.load(Ordering::Relaxed),
        mission_ready::domain::deck::ASSEMBLIES.load(Ordering::Relaxed),
    )
}

#[wasm_bindgen_test]
async fn a_keystroke_in_a_card_note_runs_neither_the_mission_check_nor_the_deck() {
    let (root, state) = mount_example_cards();
    tick().await;
    let before = runs();
    type_into(&root, "#notes-opening-explain-mission", "Ask the chair.");
    tick().await;
    type_into(&root, "#notes-opening-explain-mission", "Ask the chair first.");
    tick().await;
    assert_eq!(runs(), before, "notes change neither the mission check nor the deck");

    state.workspace.update(|w| w.get_mut("ex").unwrap().mission = "Research for children in our county.".into());
    tick().await;
    let (a, d) = runs();
    assert_eq!((a - before.0, d - before.1), (1, 1), "a new statement: one analysis, one deck");
    assert!(root.query_selector("[data-card='mission.research.2']").unwrap().is_some(), "the deck followed it");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_control_that_re_mounts_shows_what_is_stored() {
    let id = store_example();
    let (root, state) =
        mount_page(move || view! { <mission_ready::components::debrief::DebriefPage id=id.clone() /> }.into_any());
    tick().await;
    let check = || root.query_selector("#flag-turnover").unwrap().unwrap().unchecked_into::<HtmlInputElement>();
    check().click();
    tick().await;
    type_into(&root, "#flag-turnover-note", "Three left this year");
    tick().await;
    let stored = || state.workspace.with_untracked(|w| w.get("ex").and_then(|o| o.debrief.tick("turnover").cloned()));
    assert_eq!(stored().map(|t| t.note), Some("Three left this year".to_string()));
    check().click();
    tick().await;
    assert!(root.query_selector("#flag-turnover-note").unwrap().is_none());
    assert_eq!(stored().map(|t| (t.ticked, t.note)), Some((false, "Three left this year".to_string())));
    check().click();
    tick().await;
    tick().await;
    let note = root.query_selector("#flag-turnover-note").unwrap().unwrap();
    assert_eq!(note.unchecked_ref::<HtmlInputElement>().value(), "Three left this year");
    root.remove();
}

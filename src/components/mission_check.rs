//! The "Mission check" region: the analyzer's report for the statement being typed, with
//! the triggering words marked in a read-only copy of the statement. Text nodes and
//! `<mark>` only: the statement is never parsed as markup.

use super::controls::{draft_input, TextBox};
use super::page::verdict_box;
use crate::domain::comparison::adjusted_headline;
use crate::domain::deck::questions_on;
use crate::domain::edit::{OrgEdit, TextField};
use crate::domain::mission::{segments, FindingId, Kind, Level, Lexicon};
use crate::state::{use_state, OrgModel};
use leptos::prelude::*;

fn tone(level: Level) -> &'static str {
    match level {
        Level::Missing | Level::Weak | Level::Mixed => "verdict-caution",
        Level::Concern => "verdict-concern",
        Level::Promising => "verdict-good",
    }
}

#[component]
pub fn MissionCheck(
    /// The organization: its stored statement, its mission check (computed once per change
    /// of the statement, without the findings the user dismissed) and the dismissals.
    model: OrgModel,
) -> impl IntoView {
    let state = use_state();
    let text = model.field(|o| o.mission.clone());
    let report = model.report;
    let position = model.field(|o| o.position);
    let dismissed = model.field(|o| o.dismissed.clone());
    // The finding whose "Doesn't apply here" form is open, and the reason being typed.
    let dismissing = RwSignal::new(None::<FindingId>);
    let reason = RwSignal::new(String::new());
    let hide = move |finding: FindingId| {
        let edit = OrgEdit::Dismiss { finding, reason: reason.get_untracked() };
        if let Err(e) = model.edit(edit) {
            state.announce(e.message());
            return;
        }
        dismissing.set(None);
        reason.set(String::new());
        state.announce("Finding hidden for this organization; the verdict was recomputed.");
        request_animation_frame(|| crate::browser::focus_first("#mission-check-title"));
    };
    // The findings and verdict without word positions (the model's, shared with the deck):
    // only when what was found changes is that part of the region re-rendered (and
    // announced). The marked copy of the statement follows the positions on every keystroke.
    let summary = model.summary;

    // The marked copy. Only the marks and text inside `.statement` follow each keystroke;
    // the frame around them is built when the statement becomes non-empty. Marks carry no
    // attributes (the kind is the element: `b` strength, `mark` implication, `u` red flag),
    // so updating them changes text only, never re-sets hundreds of attributes.
    let has_text = Memo::new(move |_| text.with(|t| !t.trim().is_empty()));
    let marks = move || {
        text.with(|t| report.with(|r| segments(t, r)))
            .into_iter()
            .map(|s| match s.mark {
                Some(Kind::Strength) => view! { <b>{s.text}</b> }.into_any(),
                Some(Kind::Implication) => view! { <mark>{s.text}</mark> }.into_any(),
                Some(Kind::Flag) => view! { <u>{s.text}</u> }.into_any(),
                None => s.text.into_any(),
            })
            .collect_view()
    };
    let statement = move || {
        has_text.get().then(|| {
            view! {
                <div class="statement-copy">
                    <h4>"The statement, with the words that triggered a finding marked"</h4>
                    <p class="legend">
                        <b>"strength"</b>" "<mark>"implication"</mark>" "<u>"red flag"</u>
                        " (each finding below names its words)"
                    </p>
                    // aria-live="off": this copy changes with every keystroke; announcing it
                    // would drown out the findings.
                    <p class="statement" aria-live="off">{marks}</p>
                </div>
            }
        })
    };

    let verdict = move || {
        summary.with(|s| verdict_box(tone(s.verdict.level), adjusted_headline(&s.verdict), s.verdict.reasons.clone()))
    };

    // One fixed shape per finding (empty parts are hidden by CSS): fewer view types keep
    // the bundle small, and re-rendering a changed list is cheaper.
    let finding_list = move || {
        let open = dismissing.get();
        summary.with(|s| {
            s.findings
                .iter()
                .map(|f| {
                    let words = if f.words.is_empty() {
                        String::new()
                    } else {
                        let quoted: Vec<String> = f.words.iter().map(|w| format!("“{w}”")).collect();
                        format!("Triggered by {}", quoted.join(", "))
                    };
                    let expect =
                        if f.expect.is_empty() { String::new() } else { format!("What to expect: {}", f.expect) };
                    // The cards in this organization's deck that relate to the finding: built-in
                    // ones and the ones it adds for the organization's kind of position.
                    let questions: Vec<String> = questions_on(position.get(), f)
                        .into_iter()
                        .map(|(kind, question)| format!("{}: {question}", kind.label()))
                        .collect();
                    let label = match (questions.is_empty(), f.kind) {
                        (true, _) => "",
                        (false, Kind::Implication) => "Questions in your deck on this",
                        (false, _) => "What to do",
                    };
                    let class = match f.kind {
                        Kind::Flag => "finding finding-flag",
                        Kind::Strength => "finding finding-strength",
                        Kind::Implication => "finding finding-implication",
                    };
                    let cards = questions.into_iter().map(|text| view! { <li>{text}</li> }).collect_view();
                    let id = f.id;
                    let title_id = format!("finding-{}", id.as_str());
                    let described = title_id.clone();
                    let user_says = if open == Some(id) {
                        view! {
                            <div class="dismiss-form" role="group" aria-labelledby=described>
                                <TextBox
                                    id=format!("dismiss-{}", id.as_str())
                                    label=TextField::DismissReason.label().into()
                                    value=reason
                                    on_input=draft_input(reason, TextField::DismissReason.label(), TextField::DismissReason.limit())
                                />
                                <div class="actions">
                                    <button type="button" on:click=move |_| hide(id)>"Hide this finding"</button>
                                    <button type="button" on:click=move |_| dismissing.set(None)>"Cancel"</button>
                                </div>
                            </div>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" class="dismiss" aria-describedby=described aria-expanded="false" on:click=move |_| {
                                reason.set(String::new());
                                dismissing.set(Some(id));
                                let selector = format!("#dismiss-{}", id.as_str());
                                request_animation_frame(move || crate::browser::focus_first(&selector));
                            }>"Doesn't apply here"</button>
                        }
                        .into_any()
                    };
                    view! {
                        <li class=class data-finding=id.as_str()>
                            <h4 id=title_id>{format!("{}: {}", f.kind.label(), f.title)}</h4>
                            <p>{f.reason.clone()}</p>
                            <p class="words">{words}</p>
                            <p>{expect}</p>
                            <p class="cards-label">{label}</p>
                            <ul class="finding-questions">{cards}</ul>
                            {user_says}
                        </li>
                    }
                })
                .collect_view()
        })
    };

    // Findings the user set aside, each with its reason and a way back.
    let hidden = move || {
        let list = dismissed.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|d| {
                    let id = d.finding;
                    let title =
                        Lexicon::builtin().entry(id).map_or_else(|| id.as_str().to_string(), |e| e.title.clone());
                    let label_id = format!("hidden-{}", id.as_str());
                    let described = label_id.clone();
                    let why = if d.reason.is_empty() {
                        "No reason given.".to_string()
                    } else {
                        format!("Your reason: {}", d.reason)
                    };
                    view! {
                        <li data-dismissed=id.as_str()>
                            <strong id=label_id>{title}</strong>" — "{why}" "
                            <button type="button" aria-describedby=described on:click=move |_| {
                                if model.edit(OrgEdit::Restore { finding: id }).is_ok() {
                                    state.announce("Finding shown again; the verdict was recomputed.");
                                }
                            }>"Show again"</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="hidden-findings">
                    <h4 id="hidden-findings-title">"Hidden by you (doesn't apply here)"</h4>
                    <ul aria-labelledby="hidden-findings-title">{items}</ul>
                </div>
            }
        })
    };

    view! {
        <section class="mission-check" role="region" aria-labelledby="mission-check-title" aria-live="polite">
            <h3 id="mission-check-title">"Mission check"</h3>
            <p class="heuristic">
                "A heuristic reading, after the essay \"The Mission is the Answer\": it points at what to ask, "
                "it does not grade the organization."
            </p>
            {verdict}
            {statement}
            <ul class="findings" aria-label="Findings">{finding_list}</ul>
            {hidden}
        </section>
    }
}

//! The debrief page: interview mode (the questions you meant to ask: mark each asked, what
//! you heard and what they said, one-handed on a phone), the red-flag checklist, the debrief
//! written while memory is fresh, ratings for comparison, and the verdict with every reason.

use super::cheat_sheet::TOP_QUESTIONS;
use super::controls::{draft_input, options, with_any, Choice, TextBox};
use super::page::{org_page, sub_page_head, verdict_box};
use crate::domain::debrief::{Flag, Impression, Severity};
use crate::domain::deck::{interview_questions, Card};
use crate::domain::edit::{DebriefText, OrgEdit, TextField};
use crate::domain::practice::{Heard, Status};
use crate::domain::route::Route;
use crate::domain::verdict::{checklist, verdict_for, Level};
use crate::state::{now_ms, use_state, OrgModel};
use leptos::prelude::*;

fn tone(level: Level) -> &'static str {
    match level {
        Level::Serious | Level::Concerns => "verdict-concern",
        Level::Mixed | Level::NotYet => "verdict-caution",
        Level::Good => "verdict-good",
    }
}

/// A text field of the debrief bound to the stored value.
fn debrief_text(model: OrgModel, field: DebriefText, id: &'static str, hint: &'static str, rows: u32) -> impl IntoView {
    let value = model.field(move |o| match field {
        DebriefText::Culture => o.debrief.culture.clone(),
        DebriefText::Gut => o.debrief.gut.clone(),
        DebriefText::HardStop => o.debrief.hard_stop.clone(),
    });
    view! {
        <TextBox
            id=id.into()
            label=field.field().label().into()
            hint=hint.into()
            rows=rows
            wide=true
            value=value
            on_input=Callback::new(move |text: String| model.edit_or_message(OrgEdit::DebriefText { field, text }))
        />
    }
}

#[component]
pub fn DebriefPage(id: String) -> impl IntoView {
    org_page(id, |model| view! { <Debrief model /> }.into_any())
}

#[component]
fn Debrief(model: OrgModel) -> impl IntoView {
    let state = use_state();
    let verdict = Memo::new(move |_| {
        model.org.with(|o| o.as_ref().map(|o| model.report.with(|r| model.deck.with(|d| verdict_for(o, r, d)))))
    });
    // The checklist re-renders only when flags are added or removed, never while typing.
    let flags = Memo::new(move |_| model.org.with(|o| o.as_ref().map(checklist).unwrap_or_default()));
    let checklist_view = move || flags.get().into_iter().map(|flag| view! { <FlagItem model flag /> }).collect_view();

    let new_flag = RwSignal::new(String::new());
    let new_severity = RwSignal::new(Severity::Major.slug().to_string());
    let flag_problem = RwSignal::new(None::<String>);
    let add_flag = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if new_flag.with_untracked(|t| t.trim().is_empty()) {
            return;
        }
        let severity = new_severity.with_untracked(|s| Severity::from_slug(s)).unwrap_or_default();
        let edit = OrgEdit::AddOwnFlag { text: new_flag.get_untracked(), severity, stamp: now_ms() };
        match model.edit(edit) {
            Ok(()) => {
                new_flag.set(String::new());
                flag_problem.set(None);
                state.announce("Flag added and ticked.");
            }
            Err(e) => flag_problem.set(Some(e.message())),
        }
    };

    // The questions re-render only when the list changes (a card asked elsewhere, notes on a
    // new card), never while typing what they said.
    let questions = Memo::new(move |_| {
        model.org.with(|o| {
            let Some(o) = o.as_ref() else { return Vec::new() };
            let notes = |cid: &str| o.progress(cid).is_some_and(|p| !p.notes.trim().is_empty());
            let asked = |cid: &str| o.progress(cid).is_some_and(|p| p.status == Status::Asked);
            model.deck.with(|d| {
                interview_questions(d, notes, asked, TOP_QUESTIONS).into_iter().cloned().collect::<Vec<Card>>()
            })
        })
    });
    let question_list =
        move || questions.get().into_iter().map(|card| view! { <InterviewQuestion model card /> }).collect_view();

    let domains = Memo::new(move |_| {
        state.workspace.with(|w| w.compare.domains.iter().map(|d| (d.id.clone(), d.name.clone())).collect::<Vec<_>>())
    });
    let ratings = move || {
        domains
            .get()
            .into_iter()
            .map(|(dom, name)| {
                let sel_id = format!("rate-{dom}");
                let key = dom.clone();
                let current = model.field(move |o| o.debrief.rating(&key).map(|r| r.to_string()).unwrap_or_default());
                let mut choices = vec![(String::new(), "Not rated".to_string())];
                choices.extend((1..=5u8).map(|n| (n.to_string(), format!("{n} of 5"))));
                view! {
                    <Choice
                        id=sel_id
                        label=name
                        options=choices
                        selected=current
                        on_change=Callback::new(move |v: String| {
                            let value = v.parse::<u8>().ok();
                            if let Err(e) = model.edit(OrgEdit::Rating { domain: dom.clone(), value }) {
                                state.announce(e.message());
                            }
                        })
                    />
                }
            })
            .collect_view()
    };

    let date = model.field(|o| o.debrief.date.clone());
    let impression = model.field(|o| o.debrief.impression.map_or("", Impression::slug).to_string());
    let cards_path = Route::Cards(model.id()).path();

    view! {
        <article class="page" aria-labelledby="page-title">
            {sub_page_head(model, "Debrief")}
            <p class="lede">"Tick what you notice during the day; write the rest before memory fades. Everything is saved as you go."</p>

            <section class="card" aria-labelledby="verdict-title">
                <h2 id="verdict-title">"Verdict"</h2>
                {move || verdict.get().map(|v| verdict_box(tone(v.level), v.headline, v.reasons))}
            </section>

            <section class="card" id="interview" aria-labelledby="interview-title">
                <h2 id="interview-title">"Interview mode: your questions"</h2>
                <p class="hint">"Tick each question as you ask it, then note what you heard. What they said stays apart from your prep notes."</p>
                <ol class="interview-list">{question_list}</ol>
                <p><a href=cards_path>"All question cards"</a></p>
            </section>

            <section class="card" aria-labelledby="flags-title">
                <h2 id="flags-title">"Red-flag checklist"</h2>
                <ul class="flag-list">{checklist_view}</ul>
                <form class="add-flag" on:submit=add_flag>
                    <TextBox
                        id="own-flag".into()
                        label=TextField::OwnFlag.label().into()
                        value=new_flag
                        on_input=draft_input(new_flag, TextField::OwnFlag.label(), TextField::OwnFlag.limit())
                    />
                    <Choice
                        id="own-flag-severity".into()
                        label="Severity".into()
                        options=options(&Severity::ALL, Severity::slug, Severity::label)
                        selected=new_severity
                        on_change=Callback::new(move |v: String| new_severity.set(v))
                    />
                    <div class="actions"><button type="submit">"Add flag"</button></div>
                    <p class="error" role="alert">{move || flag_problem.get()}</p>
                </form>
            </section>


            <section class="card" aria-labelledby="debrief-title">
                <h2 id="debrief-title">"Debrief"</h2>
                <div class="fields">
                    <TextBox
                        id="debrief-date".into()
                        label="Date of the interview".into()
                        kind="date"
                        value=date
                        on_input=Callback::new(move |v: String| model.edit_or_message(OrgEdit::DebriefDate(v)))
                    />
                    <Choice
                        id="debrief-impression".into()
                        label="Overall impression".into()
                        options=with_any("Not decided", options(&Impression::ALL, Impression::slug, Impression::label))
                        selected=impression
                        on_change=Callback::new(move |v: String| {
                            let _ = model.edit(OrgEdit::Impression(Impression::from_slug(&v)));
                        })
                    />
                    {debrief_text(model, DebriefText::Culture, "debrief-culture", "How colleagues spoke about each other, other departments, nurses and staff.", 3)}
                    {debrief_text(model, DebriefText::Gut, "debrief-gut", "In a sentence or two: would you be glad to work here, and why?", 3)}
                </div>
            </section>

            <section class="card" aria-labelledby="ratings-title">
                <h2 id="ratings-title">"Your ratings for comparison"</h2>
                <p class="hint">"Weights are set on the Compare page."</p>
                <div class="fields">{ratings}</div>
                {debrief_text(model, DebriefText::HardStop, "hard-stop", "If something rules this organization out whatever else is true, write it here. It then ranks last, with this reason.", 0)}
            </section>
        </article>
    }
}

/// One flag: a large tap target to tick it, and a note once ticked. Both follow what is
/// stored, so unticking and ticking again shows the note kept.
#[component]
fn FlagItem(model: OrgModel, flag: Flag) -> impl IntoView {
    let fid = flag.id.clone();
    let key = fid.clone();
    let ticked = model.field(move |o| o.debrief.is_ticked(&key));
    let key = fid.clone();
    let note = model.field(move |o| o.debrief.tick(&key).map(|t| t.note.clone()).unwrap_or_default());
    let check_id = format!("flag-{}", flag.id.replace('.', "-"));
    let label_for = check_id.clone();
    let note_id = format!("{check_id}-note");
    let sev = flag.severity;
    let tick_id = fid.clone();
    let data_flag = fid.clone();
    view! {
        <li class="flag-item" class:serious={sev == Severity::Serious} data-flag=data_flag>
            <label class="flag-tick" for=label_for>
                <input id=check_id type="checkbox" prop:checked=move || ticked.get() on:change:target=move |ev| {
                    let on = ev.target().checked();
                    let _ = model.edit(OrgEdit::Tick { flag: tick_id.clone(), on });
                } />
                <span class="flag-text">
                    <span class=format!("severity severity-{}", sev.slug())>{sev.label()}</span>
                    " "{flag.flag.clone()}
                </span>
            </label>
            {(!flag.detail.is_empty()).then(|| view! { <p class="hint">{flag.detail.clone()}</p> })}
            {move || ticked.get().then(|| {
                let fid = fid.clone();
                view! {
                    <TextBox
                        id=note_id.clone()
                        label=TextField::FlagNote.label().into()
                        value=note
                        on_input=Callback::new(move |text: String| model.edit_or_message(OrgEdit::FlagNote { flag: fid.clone(), text }))
                    />
                }
            })}
        </li>
    }
}

/// One question in interview mode: a large tick for "asked", then what was heard as three
/// large choices and a field for what they said. The same edits as on the cards page.
#[component]
fn InterviewQuestion(model: OrgModel, card: Card) -> impl IntoView {
    let dom = card.id.replace('.', "-");
    let key = card.id.clone();
    let asked = model.field(move |o| o.progress(&key).is_some_and(|p| p.status == Status::Asked));
    let key = card.id.clone();
    let heard = model.field(move |o| o.progress(&key).and_then(|p| p.heard));
    let key = card.id.clone();
    let said = model.field(move |o| o.progress(&key).map(|p| p.said.clone()).unwrap_or_default());
    let tick_id = format!("asked-{dom}");
    let label_for = tick_id.clone();
    let cid = card.id.clone();
    let heard_name = format!("heard-{dom}");
    let said_id = format!("said-{dom}");
    let answer = move || {
        asked.get().then(|| {
            let choices = Heard::ALL.map(|h| {
                let cid = cid.clone();
                let id = format!("{heard_name}-{}", h.slug());
                let label_for = id.clone();
                view! {
                    <input type="radio" id=id name=heard_name.clone() value=h.slug()
                        prop:checked=move || heard.get() == Some(h)
                        on:change=move |_| { let _ = model.edit(OrgEdit::Heard { card: cid.clone(), heard: Some(h) }); } />
                    <label for=label_for class=format!("heard-choice heard-{}", h.slug())>{h.label()}</label>
                }
            });
            let cid = cid.clone();
            view! {
                <fieldset class="choice-group">
                    <legend>"What you heard"</legend>
                    <div class="segmented">{choices}</div>
                </fieldset>
                <TextBox
                    id=said_id.clone()
                    label=TextField::Said.label().into()
                    rows=2
                    wide=true
                    value=said
                    on_input=Callback::new(move |text: String| model.edit_or_message(OrgEdit::Said { card: cid.clone(), text }))
                />
            }
        })
    };
    let cid = card.id.clone();
    view! {
        <li class="interview-item" data-card=card.id.clone()>
            <label class="flag-tick" for=label_for>
                <input id=tick_id type="checkbox" prop:checked=move || asked.get() on:change:target=move |ev| {
                    let _ = model.edit(OrgEdit::Asked { card: cid.clone(), asked: ev.target().checked() });
                } />
                <span class="flag-text">{card.question.clone()}</span>
            </label>
            {answer}
        </li>
    }
}

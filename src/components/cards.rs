//! An organization's question cards: filter, search, notes and status per card, what was
//! heard once asked, and the user's own cards.

use super::controls::{draft_input, options, with_any, Choice, TextBox};
use super::page::{org_page, sub_page_head};
use crate::browser::{focus_first, today_iso};
use crate::domain::deck::{Card, CardKind, CustomCard, Filter, Source, Stage, CONTRACT_NOTICE};
use crate::domain::edit::{OrgEdit, TextField};
use crate::domain::practice::{self, Heard, Status};
use crate::domain::route::Route;
use crate::state::{now_ms, use_state, OrgModel};
use leptos::prelude::*;

#[component]
pub fn CardsPage(id: String) -> impl IntoView {
    org_page(id, |model| view! { <Cards model /> }.into_any())
}

#[component]
fn Cards(model: OrgModel) -> impl IntoView {
    let state = use_state();
    let filter = RwSignal::new(Filter::default());
    let query = RwSignal::new(String::new());
    let adding = RwSignal::new(false);

    // The cards shown. Notes count for the search only while there is one, so typing a
    // note re-renders nothing unless the list itself changes.
    let visible = Memo::new(move |_| {
        filter.with(|f| {
            let notes = |c: &Card| -> String {
                if f.query.trim().is_empty() {
                    return String::new();
                }
                model
                    .org
                    .with(|o| o.as_ref().and_then(|o| o.progress(&c.id).map(|p| p.notes.clone())).unwrap_or_default())
            };
            model.deck.with(|deck| deck.iter().filter(|c| f.matches(c, &notes(c))).cloned().collect::<Vec<Card>>())
        })
    });
    let today = today_iso();
    let due = Memo::new(move |_| {
        model.org.with(|o| o.as_ref().map_or(0, |o| model.deck.with(|d| practice::due_count(d, &o.progress, &today))))
    });

    // Grouped by stage, in the order of an interview season, each under its heading.
    let list = move || {
        let cards = visible.get();
        Stage::ALL
            .into_iter()
            .filter(|stage| cards.iter().any(|c| c.stage == *stage))
            .map(|stage| {
                let heading = format!("stage-{}", stage.slug());
                let labelled_by = heading.clone();
                let items = cards
                    .iter()
                    .filter(|c| c.stage == stage)
                    .map(|card| view! { <QuestionCard model card=card.clone() /> })
                    .collect_view();
                view! {
                    <section class="stage-group" aria-labelledby=labelled_by>
                        <h2 id=heading>{stage.label()}</h2>
                        {(stage == Stage::Contract).then(|| view! { <p class="notice-legal">{CONTRACT_NOTICE}</p> })}
                        <ul class="qcards">{items}</ul>
                    </section>
                }
            })
            .collect_view()
    };
    let practice_path = Route::Practice(model.id()).path();

    view! {
        <article class="page" aria-labelledby="page-title">
            {sub_page_head(model, "Question cards")}
            <p class="lede">
                "Ask: questions to ask them. Prepare: questions they may ask you, answered in the mission's own words. "
                "Write notes or a draft answer on any card; mark it asked and note what you heard."
            </p>
            <div class="actions">
                <a class="button primary" href=practice_path>{move || format!("Practice ({} due)", due.get())}</a>
                <button
                    type="button"
                    aria-expanded=move || adding.get().to_string()
                    on:click=move |_| {
                        adding.update(|a| *a = !*a);
                        if adding.get_untracked() {
                            request_animation_frame(|| focus_first("#new-card-question"));
                        }
                    }
                >"Add your own card"</button>
            </div>
            {move || adding.get().then(|| view! {
                <CustomCardForm
                    prefix="new-card"
                    initial=CustomCard::default()
                    on_save=Callback::new(move |card: CustomCard| {
                        let result = model.edit(OrgEdit::AddCard { card, stamp: now_ms() });
                        if result.is_ok() {
                            adding.set(false);
                            state.announce("Card added.");
                        }
                        result.err().map(|e| e.message())
                    })
                    on_cancel=Callback::new(move |_: ()| adding.set(false))
                />
            })}
            <form class="filters card" role="search" aria-label="Filter cards" on:submit=|ev| ev.prevent_default()>
                <Choice
                    id="filter-stage".into()
                    label="Stage".into()
                    options=with_any("All stages", options(&Stage::ALL, Stage::slug, Stage::label))
                    selected=Signal::derive(move || filter.with(|f| f.stage.map_or("", Stage::slug).to_string()))
                    on_change=Callback::new(move |v: String| filter.update(|f| f.stage = Stage::from_slug(&v)))
                />
                <Choice
                    id="filter-kind".into()
                    label="Kind".into()
                    options=with_any("Ask and Prepare", options(&CardKind::ALL, CardKind::slug, CardKind::label))
                    selected=Signal::derive(move || filter.with(|f| f.kind.map_or("", CardKind::slug).to_string()))
                    on_change=Callback::new(move |v: String| filter.update(|f| f.kind = CardKind::from_slug(&v)))
                />
                <TextBox
                    id="filter-search".into()
                    label="Search".into()
                    kind="search"
                    value=query
                    on_input=Callback::new(move |v: String| {
                        query.set(v.clone());
                        filter.update(|f| f.query = v);
                        None
                    })
                />
            </form>
            <p class="count" role="status">
                {move || match visible.with(Vec::len) {
                    0 => "No cards match.".to_string(),
                    1 => "1 card".to_string(),
                    n => format!("{n} cards"),
                }}
            </p>
            <div class="stage-groups">{list}</div>
        </article>
    }
}

fn source_label(source: Source) -> &'static str {
    match source {
        Source::BuiltIn => "",
        Source::Mission => "From the mission check",
        Source::Custom => "Your card",
    }
}

/// One card with its notes, status and, once asked, what was heard; every control follows
/// what is stored for the card.
#[component]
pub fn QuestionCard(model: OrgModel, card: Card) -> impl IntoView {
    let state = use_state();
    let editing = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let dom = card.id.replace('.', "-");
    let notes_id = format!("notes-{dom}");
    let status_id = format!("status-{dom}");
    let heard_id = format!("heard-{dom}");
    let title_id = format!("q-{dom}");
    let labelled_by = title_id.clone();

    let key = card.id.clone();
    let status = model.field(move |o| o.progress(&key).map(|p| p.status).unwrap_or_default());
    let key = card.id.clone();
    let heard = model.field(move |o| o.progress(&key).and_then(|p| p.heard).map_or("", Heard::slug).to_string());
    let key = card.id.clone();
    let notes = model.field(move |o| o.progress(&key).map(|p| p.notes.clone()).unwrap_or_default());
    let key = card.id.clone();
    let said = model.field(move |o| o.progress(&key).map(|p| p.said.clone()).unwrap_or_default());
    let said_id = format!("said-{dom}");

    let cid = card.id.clone();
    let on_status = Callback::new(move |v: String| {
        let status = Status::from_slug(&v).unwrap_or_default();
        let _ = model.edit(OrgEdit::CardStatus { card: cid.clone(), status });
    });
    let cid = card.id.clone();
    let on_heard = Callback::new(move |v: String| {
        let _ = model.edit(OrgEdit::Heard { card: cid.clone(), heard: Heard::from_slug(&v) });
    });
    let cid = card.id.clone();
    let on_said = Callback::new(move |text: String| model.edit_or_message(OrgEdit::Said { card: cid.clone(), text }));
    let cid = card.id.clone();
    let on_notes =
        Callback::new(move |text: String| model.edit_or_message(OrgEdit::CardNotes { card: cid.clone(), text }));

    let meta = [card.kind.label(), card.stage.label(), source_label(card.source)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let details = (!card.why.is_empty() || !card.good.is_empty()).then(|| {
        view! {
            <details>
                <summary>"Why it matters and what to listen for"</summary>
                <p><strong>"Why it matters: "</strong>{card.why.clone()}</p>
                <p><strong>"A good answer: "</strong>{card.good.clone()}</p>
                <p><strong>"Red flags: "</strong>{card.listen.clone()}</p>
                {(!card.cite.is_empty()).then(|| view! { <p class="cite"><strong>"Source: "</strong>{card.cite.clone()}</p> })}
            </details>
        }
    });

    let custom_tools = (card.source == Source::Custom).then(|| {
        let card_id = card.id.clone();
        move || {
            let card_id = card_id.clone();
            if editing.get() {
                let current = model
                    .org
                    .with_untracked(|o| {
                        o.as_ref().and_then(|o| o.custom_cards.iter().find(|c| c.id == card_id).cloned())
                    })
                    .unwrap_or_default();
                view! {
                    <CustomCardForm
                        prefix="edit-card"
                        initial=current
                        on_save=Callback::new(move |edited: CustomCard| {
                            let result = model.edit(OrgEdit::EditCard(CustomCard { id: card_id.clone(), ..edited }));
                            if result.is_ok() {
                                editing.set(false);
                                state.announce("Card saved.");
                            }
                            result.err().map(|e| e.message())
                        })
                        on_cancel=Callback::new(move |_: ()| editing.set(false))
                    />
                }
                .into_any()
            } else if confirming.get() {
                view! {
                    <div class="actions" role="group" aria-label="Confirm delete">
                        <button type="button" class="danger" on:click=move |_| {
                            if model.edit(OrgEdit::DeleteCard { card: card_id.clone() }).is_ok() {
                                state.announce("Card deleted.");
                            }
                        }>"Delete permanently"</button>
                        <button type="button" class="keep" on:click=move |_| confirming.set(false)>"Keep it"</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="actions">
                        <button type="button" on:click=move |_| editing.set(true)>"Edit card"</button>
                        <button type="button" on:click=move |_| {
                            confirming.set(true);
                            request_animation_frame(|| focus_first(".qcard .keep"));
                        }>"Delete card…"</button>
                    </div>
                }
                .into_any()
            }
        }
    });

    view! {
        <li class="qcard" data-card=card.id.clone() aria-labelledby=labelled_by>
            <p class="qmeta">{meta}</p>
            <h3 class="qtext" id=title_id>{card.question.clone()}</h3>
            {details}
            <div class="qfields">
                <Choice
                    id=status_id
                    label="Status".into()
                    options=options(&Status::ALL, Status::slug, Status::label)
                    selected=Signal::derive(move || status.get().slug().to_string())
                    on_change=on_status
                />
                {move || (status.get() == Status::Asked).then(|| {
                    view! {
                        <Choice
                            id=heard_id.clone()
                            label="What you heard".into()
                            options=with_any("Not noted yet", options(&Heard::ALL, Heard::slug, Heard::label))
                            selected=heard
                            on_change=on_heard
                        />
                        <TextBox
                            id=said_id.clone()
                            label=TextField::Said.label().into()
                            rows=2
                            wide=true
                            value=said
                            on_input=on_said
                        />
                    }
                })}
                <TextBox
                    id=notes_id
                    label=TextField::CardNotes.label().into()
                    rows=3
                    wide=true
                    value=notes
                    on_input=on_notes
                />
            </div>
            {custom_tools}
        </li>
    }
}

/// Add or edit one of the user's own cards: a draft until saved. `on_save` returns the
/// message to show when the card was refused.
#[component]
pub fn CustomCardForm(
    prefix: &'static str,
    initial: CustomCard,
    on_save: Callback<CustomCard, Option<String>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let question = RwSignal::new(initial.question.clone());
    let why = RwSignal::new(initial.why.clone());
    let kind = RwSignal::new(initial.kind.slug().to_string());
    let stage = RwSignal::new(initial.stage.slug().to_string());
    let problem = RwSignal::new(None::<String>);
    let q_id = format!("{prefix}-question");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let card = CustomCard {
            id: String::new(),
            kind: CardKind::from_slug(&kind.get_untracked()).unwrap_or_default(),
            stage: Stage::from_slug(&stage.get_untracked()).unwrap_or_default(),
            question: question.get_untracked(),
            why: why.get_untracked(),
        };
        problem.set(on_save.run(card));
    };
    view! {
        <form class="card form" aria-label="Your card" novalidate=true on:submit=submit>
            <div class="fields">
                <TextBox
                    id=q_id
                    label=TextField::Question.label().into()
                    rows=2
                    wide=true
                    value=question
                    on_input=draft_input(question, TextField::Question.label(), TextField::Question.limit())
                />
                <Choice
                    id=format!("{prefix}-kind")
                    label="Kind".into()
                    options=options(&CardKind::ALL, CardKind::slug, CardKind::label)
                    selected=kind
                    on_change=Callback::new(move |v: String| kind.set(v))
                />
                <Choice
                    id=format!("{prefix}-stage")
                    label="Stage".into()
                    options=options(&Stage::ALL, Stage::slug, Stage::label)
                    selected=stage
                    on_change=Callback::new(move |v: String| stage.set(v))
                />
                <TextBox
                    id=format!("{prefix}-why")
                    label=TextField::Why.label().into()
                    rows=2
                    wide=true
                    value=why
                    on_input=draft_input(why, TextField::Why.label(), TextField::Why.limit())
                />
            </div>
            <p class="error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="submit" class="primary">"Save card"</button>
                <button type="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}

//! An organization's question cards: filter, search, notes and status per card, what was
//! heard once asked, and the user's own cards.

use super::app::use_state;
use super::controls::{options, with_any, Choice, TextBox};
use super::page::{org_not_found, sub_page_head};
use crate::browser::focus_first;
use crate::domain::deck::{Card, CardKind, CustomCard, Filter, Source, Stage, CARD_NOTES_MAX};
use crate::domain::practice::{self, Heard, Status};
use crate::domain::route::Route;
use crate::state::now_ms;
use leptos::prelude::*;

#[component]
pub fn CardsPage(id: String) -> impl IntoView {
    let state = use_state();
    let Some(name) = state.workspace.with_untracked(|w| w.get(&id).map(|o| o.name.clone())) else {
        return org_not_found();
    };
    let filter = RwSignal::new(Filter::default());
    let adding = RwSignal::new(false);

    // The cards shown. A memo, so typing a note (which changes the workspace) re-renders
    // nothing unless the list itself changes.
    let visible = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|w| {
                let Some(org) = w.get(&id) else { return Vec::new() };
                filter.with(|f| {
                    org.deck()
                        .into_iter()
                        .filter(|c| f.matches(c, org.progress(&c.id).map_or("", |p| p.notes.as_str())))
                        .collect::<Vec<Card>>()
                })
            })
        })
    };
    let due = {
        let id = id.clone();
        let today = crate::browser::today_iso();
        Memo::new(move |_| {
            state.workspace.with(|w| w.get(&id).map_or(0, |o| practice::due_count(&o.deck(), &o.progress, &today)))
        })
    };

    let list = {
        let id = id.clone();
        // Grouped by stage, in the order of an interview season, each under its heading.
        move || {
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
                        .map(|card| view! { <QuestionCard org_id=id.clone() card=card.clone() /> })
                        .collect_view();
                    view! {
                        <section class="stage-group" aria-labelledby=labelled_by>
                            <h2 id=heading>{stage.label()}</h2>
                            <ul class="qcards">{items}</ul>
                        </section>
                    }
                })
                .collect_view()
        }
    };
    let practice_path = Route::Practice(id.clone()).path();

    view! {
        <article class="page" aria-labelledby="page-title">
            {sub_page_head(&id, name, "Question cards")}
            <p class="lede">
                "Ask: questions to ask them. Prepare: questions they may ask you, answered in the mission's own words. "
                "Write notes or a draft answer on any card; mark it asked and note what you heard."
            </p>
            <div class="actions">
                <a class="button primary" href=practice_path>{move || format!("Practise ({} due)", due.get())}</a>
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
            {
                let id = id.clone();
                move || {
                    adding.get().then(|| {
                        let id = id.clone();
                        view! {
                            <CustomCardForm
                                prefix="new-card"
                                initial=CustomCard::default()
                                on_save=Callback::new(move |mut card: CustomCard| {
                                    card.id = format!("custom.{}", now_ms());
                                    state.update_org(&id, |o| o.custom_cards.push(card));
                                    adding.set(false);
                                    state.announce("Card added.");
                                })
                                on_cancel=Callback::new(move |_: ()| adding.set(false))
                            />
                        }
                    })
                }
            }
            <form class="filters card" role="search" aria-label="Filter cards" on:submit=|ev| ev.prevent_default()>
                <Choice
                    id="filter-stage".into()
                    label="Stage".into()
                    options=with_any("All stages", options(&Stage::ALL, Stage::slug, Stage::label))
                    on_change=Callback::new(move |v: String| filter.update(|f| f.stage = Stage::from_slug(&v)))
                />
                <Choice
                    id="filter-kind".into()
                    label="Kind".into()
                    options=with_any("Ask and Prepare", options(&CardKind::ALL, CardKind::slug, CardKind::label))
                    on_change=Callback::new(move |v: String| filter.update(|f| f.kind = CardKind::from_slug(&v)))
                />
                <TextBox
                    id="filter-search".into()
                    label="Search".into()
                    kind="search"
                    value=String::new()
                    on_input=Callback::new(move |v: String| filter.update(|f| f.query = v))
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
    .into_any()
}

fn source_label(source: Source) -> &'static str {
    match source {
        Source::BuiltIn => "",
        Source::Mission => "From the mission check",
        Source::Custom => "Your card",
    }
}

/// One card with its notes, status and, once asked, what was heard. Reads its values once
/// and writes every change straight to the organization, so typing never re-renders it.
#[component]
pub fn QuestionCard(org_id: String, card: Card) -> impl IntoView {
    let state = use_state();
    let progress = state
        .workspace
        .with_untracked(|w| w.get(&org_id).and_then(|o| o.progress(&card.id).cloned()))
        .unwrap_or_default();
    let status = RwSignal::new(progress.status);
    let editing = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let dom = card.id.replace('.', "-");
    let notes_id = format!("notes-{dom}");
    let status_id = format!("status-{dom}");
    let heard_id = format!("heard-{dom}");
    let title_id = format!("q-{dom}");
    let labelled_by = title_id.clone();

    let write = {
        let org_id = org_id.clone();
        let card_id = card.id.clone();
        move |f: &dyn Fn(&mut practice::Progress)| state.update_org(&org_id, |o| f(o.progress_mut(&card_id)))
    };
    let on_notes = {
        let write = write.clone();
        move |v: String| write(&|p| p.notes = v.chars().take(CARD_NOTES_MAX).collect())
    };
    let on_status = {
        let write = write.clone();
        move |v: String| {
            let s = Status::from_slug(&v).unwrap_or_default();
            status.set(s);
            write(&|p| p.status = s)
        }
    };
    let on_heard = Callback::new(move |v: String| {
        let h = Heard::from_slug(&v);
        write(&|p| p.heard = h)
    });

    let custom = card.source == Source::Custom;
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
            </details>
        }
    });
    let heard_now = progress.heard;

    let custom_tools = custom.then(|| {
        let org_id = org_id.clone();
        let card_id = card.id.clone();
        let initial = state
            .workspace
            .with_untracked(|w| w.get(&org_id).and_then(|o| o.custom_cards.iter().find(|c| c.id == card_id).cloned()))
            .unwrap_or_default();
        move || {
            let org_id = org_id.clone();
            let card_id = card_id.clone();
            if editing.get() {
                let save_org = org_id.clone();
                let save_id = card_id.clone();
                view! {
                    <CustomCardForm
                        prefix="edit-card"
                        initial=initial.clone()
                        on_save=Callback::new(move |edited: CustomCard| {
                            state.update_org(&save_org, |o| {
                                if let Some(c) = o.custom_cards.iter_mut().find(|c| c.id == save_id) {
                                    *c = CustomCard { id: c.id.clone(), ..edited };
                                }
                            });
                            editing.set(false);
                            state.announce("Card saved.");
                        })
                        on_cancel=Callback::new(move |_: ()| editing.set(false))
                    />
                }
                .into_any()
            } else if confirming.get() {
                view! {
                    <div class="actions" role="group" aria-label="Confirm delete">
                        <button type="button" class="danger" on:click=move |_| {
                            state.update_org(&org_id, |o| {
                                o.custom_cards.retain(|c| c.id != card_id);
                                o.progress.retain(|p| p.card != card_id);
                            });
                            state.announce("Card deleted.");
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
                    selected=progress.status.slug().into()
                    on_change=Callback::new(on_status)
                />
                {move || (status.get() == Status::Asked).then(|| {
                    view! {
                        <Choice
                            id=heard_id.clone()
                            label="What you heard".into()
                            options=with_any("Not noted yet", options(&Heard::ALL, Heard::slug, Heard::label))
                            selected=heard_now.map_or("", Heard::slug).into()
                            on_change=on_heard
                        />
                    }
                })}
                <TextBox
                    id=notes_id
                    label="Notes or draft answer".into()
                    rows=3
                    wide=true
                    value=progress.notes.clone()
                    on_input=Callback::new(on_notes)
                />
            </div>
            {custom_tools}
        </li>
    }
}

/// Add or edit one of the user's own cards.
#[component]
pub fn CustomCardForm(
    prefix: &'static str,
    initial: CustomCard,
    on_save: Callback<CustomCard>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let draft = RwSignal::new(initial);
    let problem = RwSignal::new(None::<String>);
    let q_id = format!("{prefix}-question");
    let kind_id = format!("{prefix}-kind");
    let stage_id = format!("{prefix}-stage");
    let why_id = format!("{prefix}-why");
    let err_id = format!("{prefix}-error");
    let (kind0, stage0) = draft.with_untracked(|d| (d.kind, d.stage));
    view! {
        <form class="card form" aria-label="Your card" novalidate=true on:submit=move |ev| {
            ev.prevent_default();
            let card = draft.get_untracked();
            match card.problem() {
                Some(p) => problem.set(Some(p)),
                None => {
                    problem.set(None);
                    on_save.run(CustomCard { question: card.question.trim().to_string(), ..card });
                }
            }
        }>
            <div class="fields">
                <div class="field field-wide">
                    <label for=q_id.clone()>"Question"</label>
                    <textarea
                        id=q_id
                        rows="2"
                        aria-describedby=err_id.clone()
                        aria-invalid=move || problem.with(Option::is_some).to_string()
                        prop:value=draft.with_untracked(|d| d.question.clone())
                        on:input:target=move |ev| draft.update(|d| d.question = ev.target().value())
                    ></textarea>
                    <p class="error" id=err_id>{move || problem.get()}</p>
                </div>
                <Choice
                    id=kind_id
                    label="Kind".into()
                    options=options(&CardKind::ALL, CardKind::slug, CardKind::label)
                    selected=kind0.slug().into()
                    on_change=Callback::new(move |v: String| draft.update(|d| d.kind = CardKind::from_slug(&v).unwrap_or_default()))
                />
                <Choice
                    id=stage_id
                    label="Stage".into()
                    options=options(&Stage::ALL, Stage::slug, Stage::label)
                    selected=stage0.slug().into()
                    on_change=Callback::new(move |v: String| draft.update(|d| d.stage = Stage::from_slug(&v).unwrap_or_default()))
                />
                <TextBox
                    id=why_id
                    label="Why it matters (optional)".into()
                    rows=2
                    wide=true
                    value=draft.with_untracked(|d| d.why.clone())
                    on_input=Callback::new(move |v: String| draft.update(|d| d.why = v))
                />
            </div>
            <div class="actions">
                <button type="submit" class="primary">"Save card"</button>
                <button type="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}

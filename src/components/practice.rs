//! Practice: flashcards scheduled by spaced repetition, for one organization's deck or for
//! every organization with an interview ahead ("Practice all due"). Space shows the answer;
//! 1–4 rate it (Again, Hard, Good, Easy).

use super::page::{org_page, sub_page_head};
use crate::browser::{focus_first, set_title, today_iso};
use crate::domain::deck::Card;
use crate::domain::edit::OrgEdit;
use crate::domain::organization::Workspace;
use crate::domain::practice::{queue_one, Due, Rating, Scope, Session};
use crate::domain::route::Route;
use crate::state::{use_state, OrgModel};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A card in a session, with the organizations it is practised for: `(id, name)`.
#[derive(Clone, Debug, PartialEq)]
struct Item {
    card: Card,
    orgs: Vec<(String, String)>,
}

/// Look up each [`Due`] card in its first organization's deck.
fn items(ws: &Workspace, due: Vec<Due>, decks: &[(String, Vec<Card>)]) -> Vec<Item> {
    due.into_iter()
        .filter_map(|d| {
            let deck = decks.iter().find(|(id, _)| Some(id) == d.orgs.first())?;
            let card = deck.1.iter().find(|c| c.id == d.card)?.clone();
            let orgs = d.orgs.iter().filter_map(|id| ws.get(id).map(|o| (id.clone(), o.name.clone()))).collect();
            Some(Item { card, orgs })
        })
        .collect()
}

#[component]
pub fn PracticePage(id: String) -> impl IntoView {
    org_page(id, |model| view! { <OrgPractice model /> }.into_any())
}

/// One organization's practice: its own queue, whatever its interview date.
#[component]
fn OrgPractice(model: OrgModel) -> impl IntoView {
    let state = use_state();
    let start = Callback::new(move |()| {
        let today = today_iso();
        let deck = model.deck.get_untracked();
        state.workspace.with_untracked(|w| {
            let Some(org) = w.get(&model.id()) else { return Vec::new() };
            let due = queue_one(&org.id, &deck, &org.progress, &today);
            items(w, due, &[(org.id.clone(), deck.clone())])
        })
    });
    view! {
        <article class="page" aria-labelledby="page-title">
            {sub_page_head(model, "Practice")}
            <PracticeRun start show_orgs=false back=Route::Cards(model.id()) back_label="Back to question cards" />
        </article>
    }
}

/// "Practice all due": one queue across the organizations whose interview is ahead, all
/// cards or only the answers you prepare.
#[component]
pub fn PracticeAllPage() -> impl IntoView {
    set_title("Practice all due");
    let state = use_state();
    let scope = RwSignal::new(Scope::All);
    let start = Callback::new(move |()| {
        let scope = scope.get_untracked();
        state.workspace.with_untracked(|w| {
            let (due, decks) = w.practice_queue(&today_iso(), scope);
            items(w, due, &decks)
        })
    });
    let choices = Scope::ALL.map(|s| {
        let id = format!("scope-{}", s.slug());
        let label_for = id.clone();
        view! {
            <input type="radio" id=id name="scope" value=s.slug()
                prop:checked=move || scope.get() == s
                on:change=move |_| scope.set(s) />
            <label for=label_for>{s.label()}</label>
        }
    });
    view! {
        <article class="page" aria-labelledby="page-title">
            <p class="crumbs"><a href="/">"← Your organizations"</a></p>
            <h1 id="page-title" tabindex="-1">"Practice all due"</h1>
            <p class="lede">"Cards from every organization whose interview is still ahead, the soonest first. A question you ask comes up once for all of them; your answers come up for each organization."</p>
            <fieldset class="choice-group scope-choice">
                <legend>"Practice"</legend>
                <div class="segmented segmented-2">{choices}</div>
            </fieldset>
            {move || {
                scope.track();
                view! { <PracticeRun start show_orgs=true back=Route::Organizations back_label="Back to your organizations" /> }
            }}
        </article>
    }
}

/// A practice session. It is built when it starts and kept as it is: edits elsewhere, in
/// this tab or another, never reshuffle the cards under the person practising.
#[component]
fn PracticeRun(
    /// The cards to practise, in order; called at the start of each session.
    start: Callback<(), Vec<Item>>,
    /// Say which organizations each card is for.
    show_orgs: bool,
    back: Route,
    back_label: &'static str,
) -> impl IntoView {
    let state = use_state();
    let session = RwSignal::new(Session::new(start.run(())));
    let revealed = RwSignal::new(false);
    let current = move || session.with(|s| s.current().cloned());

    let reveal = move || {
        if !revealed.get_untracked() && current().is_some() {
            revealed.set(true);
            request_animation_frame(|| focus_first("#answer"));
        }
    };
    let rate = move |rating: Rating| {
        if !revealed.get_untracked() {
            return;
        }
        let Some(item) = current() else { return };
        let today = today_iso();
        for (org, _) in &item.orgs {
            let _ =
                state.edit_org(org, &OrgEdit::Practise { card: item.card.id.clone(), rating, today: today.clone() });
        }
        session.update(|s| {
            s.rate(rating);
        });
        revealed.set(false);
        request_animation_frame(|| focus_first("#practice-question, #summary-title"));
    };

    // Keyboard: Space reveals, 1–4 rate. Typing in a field is left alone.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing {
            return;
        }
        let key = ev.key();
        if key == " " && !revealed.get_untracked() && current().is_some() {
            ev.prevent_default();
            reveal();
        } else if let Some(r) = Rating::from_key(&key) {
            if revealed.get_untracked() {
                ev.prevent_default();
                rate(r);
            }
        }
    });
    on_cleanup(move || keys.remove());

    let again = move |_| {
        session.set(Session::new(start.run(())));
        revealed.set(false);
        request_animation_frame(|| focus_first("#practice-question, #summary-title"));
    };

    let body = move || match current() {
        Some(item) => {
            let position = session.with(|s| s.place()).map_or_else(String::new, |p| {
                format!("Card {} of {}{}", p.number, p.of, if p.again { " · again" } else { "" })
            });
            let card = item.card.clone();
            let names: Vec<String> = item.orgs.iter().map(|(_, n)| n.clone()).collect();
            // The notes of each organization it is practised for.
            let notes: Vec<(String, String)> = state.workspace.with_untracked(|w| {
                item.orgs
                    .iter()
                    .map(|(id, name)| {
                        let text =
                            w.get(id).and_then(|o| o.progress(&card.id)).map(|p| p.notes.clone()).unwrap_or_default();
                        (name.clone(), text)
                    })
                    .collect()
            });
            view! {
                <section class="practice-card card" aria-labelledby="practice-question">
                    <p class="qmeta">{format!("{position} · {} · {}", card.kind.label(), card.stage.label())}</p>
                    {show_orgs.then(|| view! { <p class="practice-for"><strong>"For: "</strong>{names.join(", ")}</p> })}
                    <h2 id="practice-question" tabindex="-1">{card.question.clone()}</h2>
                    {move || if revealed.get() {
                        let notes = notes.clone();
                        view! {
                            <div id="answer" tabindex="-1" class="answer">
                                <p><strong>"Why it matters: "</strong>{card.why.clone()}</p>
                                <p><strong>"A good answer: "</strong>{card.good.clone()}</p>
                                <p><strong>"Listen for: "</strong>{card.listen.clone()}</p>
                                {(!card.cite.is_empty()).then(|| view! { <p class="cite"><strong>"Source: "</strong>{card.cite.clone()}</p> })}
                                {notes.into_iter().map(|(name, text)| {
                                    let label = if show_orgs { format!("Your notes for {name}: ") } else { "Your notes: ".to_string() };
                                    let text = if text.is_empty() { "none yet".to_string() } else { text };
                                    view! { <p><strong>{label}</strong>{text}</p> }
                                }).collect_view()}
                            </div>
                            <div class="ratings" role="group" aria-label="How did it go?">
                                {Rating::ALL.map(|r| view! {
                                    <button type="button" class="rating" on:click=move |_| rate(r)>
                                        <span class="key" aria-hidden="true">{r.key().to_string()}</span>
                                        {r.label()}
                                    </button>
                                })}
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <div class="actions">
                                <button type="button" class="primary" on:click=move |_| reveal()>"Show answer"</button>
                            </div>
                        }.into_any()
                    }}
                </section>
            }
            .into_any()
        }
        None => {
            let (summary, waiting) = session.with(|s| (s.summary(), s.left_for_later()));
            let back = back.path();
            view! {
                <section class="card" aria-labelledby="summary-title">
                    <h2 id="summary-title" tabindex="-1">"Session complete"</h2>
                    <p>{summary}</p>
                    {(waiting > 0).then(|| view! { <p>{format!("{waiting} more due {} for another session.", if waiting == 1 { "card waits" } else { "cards wait" })}</p> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=again>"Practice again"</button>
                        <a class="button" href=back>{back_label}</a>
                    </div>
                </section>
            }
            .into_any()
        }
    };

    view! {
        {move || session.with(|s| (s.size() > 0).then(|| {
            let text = if s.size() < s.due() {
                format!("This session: {} of {} due cards. Cards you rate Again come back before it ends.", s.size(), s.due())
            } else {
                format!("This session: all {} due {}. Cards you rate Again come back before it ends.", s.size(), if s.size() == 1 { "card" } else { "cards" })
            };
            view! { <p class="session-size">{text}</p> }
        }))}
        <p class="shortcuts">
            <kbd>"Space"</kbd>" shows the answer · "<kbd>"1"</kbd>" Again · "<kbd>"2"</kbd>" Hard · "
            <kbd>"3"</kbd>" Good · "<kbd>"4"</kbd>" Easy"
        </p>
        {body}
    }
}

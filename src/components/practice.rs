//! Practice: flashcards for one organization's deck, scheduled by spaced repetition.
//! Space shows the answer; 1–4 rate it (Again, Hard, Good, Easy).

use super::page::{org_page, sub_page_head};
use crate::browser::{focus_first, today_iso};
use crate::domain::deck::Card;
use crate::domain::edit::OrgEdit;
use crate::domain::practice::{queue, Rating};
use crate::domain::route::Route;
use crate::state::OrgModel;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Cards in one session at most; the rest wait for the next.
pub const SESSION_SIZE: usize = 20;

#[component]
pub fn PracticePage(id: String) -> impl IntoView {
    org_page(id, |model| view! { <Practice model /> }.into_any())
}

/// A session is built when it starts and kept as it is: edits elsewhere, in this tab or
/// another, never reshuffle the cards under the person practising.
#[component]
fn Practice(model: OrgModel) -> impl IntoView {
    let today = today_iso();
    let deck = model.deck.get_untracked();

    // The session: card ids in order (Again puts a card back at the end), where we are,
    // whether the answer shows, and how each card was rated.
    let start = {
        let today = today.clone();
        let deck = deck.clone();
        move || {
            let all = model.org.with_untracked(|o| o.as_ref().map(|o| queue(&deck, &o.progress, &today)));
            let all = all.unwrap_or_default();
            let more = all.len().saturating_sub(SESSION_SIZE);
            (all.into_iter().take(SESSION_SIZE).collect::<Vec<_>>(), more)
        }
    };
    let (first, first_more) = start();
    let order = RwSignal::new(first);
    let more = RwSignal::new(first_more);
    let at = RwSignal::new(0usize);
    let revealed = RwSignal::new(false);
    let tally = RwSignal::new([0u32; 4]);

    let deck = StoredValue::new(deck);
    let current = move || -> Option<Card> {
        order
            .with(|o| o.get(at.get()).cloned())
            .and_then(|cid| deck.with_value(|d| d.iter().find(|c| c.id == cid).cloned()))
    };

    let reveal = move || {
        if !revealed.get_untracked() && current().is_some() {
            revealed.set(true);
            request_animation_frame(|| focus_first("#answer"));
        }
    };
    let rate = {
        let today = today.clone();
        move |rating: Rating| {
            if !revealed.get_untracked() {
                return;
            }
            let Some(card) = current() else { return };
            let _ = model.edit(OrgEdit::Practise { card: card.id.clone(), rating, today: today.clone() });
            tally.update(|t| t[rating as usize] += 1);
            if rating == Rating::Again {
                order.update(|o| o.push(card.id.clone()));
            }
            revealed.set(false);
            at.update(|a| *a += 1);
            request_animation_frame(|| focus_first("#practice-question, #summary-title"));
        }
    };

    // Keyboard: Space reveals, 1–4 rate. Typing in a field is left alone.
    let keys = {
        let rate = rate.clone();
        window_event_listener(leptos::ev::keydown, move |ev| {
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
        })
    };
    on_cleanup(move || keys.remove());

    let again = {
        let start = start.clone();
        move |_| {
            let (next, rest) = start();
            order.set(next);
            more.set(rest);
            at.set(0);
            tally.set([0; 4]);
            revealed.set(false);
            request_animation_frame(|| focus_first("#practice-question, #summary-title"));
        }
    };
    let cards_path = Route::Cards(model.id()).path();
    let notes_of = move |card: &str| {
        model
            .org
            .with_untracked(|o| o.as_ref().and_then(|o| o.progress(card).map(|p| p.notes.clone())))
            .unwrap_or_default()
    };

    let body = move || match current() {
        Some(card) => {
            let position = format!("Card {} of {}", at.get() + 1, order.with(Vec::len));
            let notes = notes_of(&card.id);
            let rate = rate.clone();
            view! {
                <section class="practice-card card" aria-labelledby="practice-question">
                    <p class="qmeta">{format!("{position} · {} · {}", card.kind.label(), card.stage.label())}</p>
                    <h2 id="practice-question" tabindex="-1">{card.question.clone()}</h2>
                    {move || if revealed.get() {
                        let rate = rate.clone();
                        view! {
                            <div id="answer" tabindex="-1" class="answer">
                                <p><strong>"Why it matters: "</strong>{card.why.clone()}</p>
                                <p><strong>"A good answer: "</strong>{card.good.clone()}</p>
                                <p><strong>"Listen for: "</strong>{card.listen.clone()}</p>
                                {(!card.cite.is_empty()).then(|| view! { <p class="cite"><strong>"Source: "</strong>{card.cite.clone()}</p> })}
                                <p><strong>"Your notes: "</strong>{if notes.is_empty() { "none yet".to_string() } else { notes.clone() }}</p>
                            </div>
                            <div class="ratings" role="group" aria-label="How did it go?">
                                {Rating::ALL.map(|r| {
                                    let rate = rate.clone();
                                    view! {
                                        <button type="button" class="rating" on:click=move |_| rate(r)>
                                            <span class="key" aria-hidden="true">{r.key().to_string()}</span>
                                            {r.label()}
                                        </button>
                                    }
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
            let t = tally.get();
            let total: u32 = t.iter().sum();
            let summary = if total == 0 {
                "No cards are due. Come back on the next practice day, or add your own cards.".to_string()
            } else {
                format!(
                    "You practiced {} card{}: {} again, {} hard, {} good, {} easy. Cards you rated Again or Hard come back first next time.",
                    order.with(Vec::len) - t[0] as usize,
                    if order.with(Vec::len) - t[0] as usize == 1 { "" } else { "s" },
                    t[0], t[1], t[2], t[3]
                )
            };
            let waiting = more.get();
            view! {
                <section class="card" aria-labelledby="summary-title">
                    <h2 id="summary-title" tabindex="-1">"Session complete"</h2>
                    <p>{summary}</p>
                    {(waiting > 0).then(|| view! { <p>{format!("{waiting} more cards are due.")}</p> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=again.clone()>"Practice again"</button>
                        <a class="button" href=cards_path.clone()>"Back to question cards"</a>
                    </div>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <article class="page" aria-labelledby="page-title">
            {sub_page_head(model, "Practice")}
            <p class="shortcuts">
                <kbd>"Space"</kbd>" shows the answer · "<kbd>"1"</kbd>" Again · "<kbd>"2"</kbd>" Hard · "
                <kbd>"3"</kbd>" Good · "<kbd>"4"</kbd>" Easy"
            </p>
            {body}
        </article>
    }
}

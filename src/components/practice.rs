//! Practice: flashcards for one organization's deck, scheduled by spaced repetition.
//! Space shows the answer; 1–4 rate it (Again, Hard, Good, Easy).

use super::page::{org_page, sub_page_head};
use crate::browser::{focus_first, today_iso};
use crate::domain::deck::Card;
use crate::domain::edit::OrgEdit;
use crate::domain::practice::{queue, Rating, Session};
use crate::domain::route::Route;
use crate::state::OrgModel;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

    // The session (fixed cards; Again brings one back), and whether the answer shows.
    let start = {
        let today = today.clone();
        let deck = deck.clone();
        move || {
            let all = model.org.with_untracked(|o| o.as_ref().map(|o| queue(&deck, &o.progress, &today)));
            Session::new(all.unwrap_or_default())
        }
    };
    let session = RwSignal::new(start());
    let revealed = RwSignal::new(false);

    let deck = StoredValue::new(deck);
    let current = move || -> Option<Card> {
        session
            .with(|s| s.current().map(str::to_string))
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
            session.update(|s| {
                s.rate(rating);
            });
            revealed.set(false);
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
            session.set(start());
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
            let position = session.with(|s| s.place()).map_or_else(String::new, |p| {
                format!("Card {} of {}{}", p.number, p.of, if p.again { " · again" } else { "" })
            });
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
            let (summary, waiting) = session.with(|s| (s.summary(), s.left_for_later()));
            view! {
                <section class="card" aria-labelledby="summary-title">
                    <h2 id="summary-title" tabindex="-1">"Session complete"</h2>
                    <p>{summary}</p>
                    {(waiting > 0).then(|| view! { <p>{format!("{waiting} more due {} for another session.", if waiting == 1 { "card waits" } else { "cards wait" })}</p> })}
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
        </article>
    }
}

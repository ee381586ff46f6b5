//! Compare: organizations side by side (an accessible table), the user's weights, and a
//! ranked list that explains each position. Printable; downloadable as Markdown. The
//! table is `domain::comparison::table`, the same one the Markdown download renders.

use super::controls::{draft_input, Choice, TextBox};
use crate::browser::{download_text, set_title, today_iso};
use crate::domain::compare::{SettingsEdit, DOMAIN_NAME_LABEL, DOMAIN_NAME_MAX, WEIGHT_MAX};
use crate::domain::comparison::{markdown, rank, table};
use crate::domain::route::Route;
use crate::state::{now_ms, use_state};
use leptos::prelude::*;

#[component]
pub fn ComparePage() -> impl IntoView {
    set_title("Compare");
    let state = use_state();
    // The weights editor re-renders only when domains are added or removed.
    let domain_ids = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.compare.domains.iter().map(|x| (x.id.clone(), x.name.clone(), x.is_own())).collect::<Vec<_>>())
    });
    let new_domain = RwSignal::new(String::new());
    let domain_problem = RwSignal::new(None::<String>);

    let weights = move || {
        domain_ids
            .get()
            .into_iter()
            .map(|(did, name, own)| {
                let key = did.clone();
                let weight = Memo::new(move |_| {
                    state.workspace.with(|w| w.compare.domains.iter().find(|d| d.id == key).map_or(3, |d| d.weight))
                });
                let choices: Vec<(String, String)> = (0..=WEIGHT_MAX)
                    .map(|n| {
                        let text = match n {
                            0 => "0 (ignore)".to_string(),
                            WEIGHT_MAX => format!("{WEIGHT_MAX} (matters most)"),
                            n => n.to_string(),
                        };
                        (n.to_string(), text)
                    })
                    .collect();
                let set_id = did.clone();
                let del_id = did.clone();
                view! {
                    <div class="weight">
                        <Choice
                            id=format!("weight-{did}")
                            label=name.clone()
                            options=choices
                            selected=Signal::derive(move || weight.get().to_string())
                            on_change=Callback::new(move |v: String| {
                                let weight = v.parse::<u8>().unwrap_or(3);
                                if let Err(e) = state.edit_settings(SettingsEdit::Weight { domain: set_id.clone(), weight }) {
                                    state.announce(e.message());
                                }
                            })
                        />
                        {own.then(|| view! {
                            <button type="button" on:click=move |_| {
                                if state.edit_settings(SettingsEdit::RemoveDomain { domain: del_id.clone() }).is_ok() {
                                    state.announce("Domain removed.");
                                }
                            }>{format!("Remove {name}")}</button>
                        })}
                    </div>
                }
            })
            .collect_view()
    };

    let side_by_side = move || {
        state.workspace.with(|w| {
            if w.organizations.is_empty() {
                return view! { <p class="empty">"No organizations yet. Add the ones you interview with, then compare them here."</p> }.into_any();
            }
            let t = table(w, &w.compare);
            let rows = t
                .rows
                .into_iter()
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row"><a href=Route::Debrief(r.id).path()>{r.name}</a></th>
                            {r.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
                    <table>
                        <caption id="table-caption">"Organizations side by side"</caption>
                        <thead>
                            <tr>{t.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };

    let ranking = move || {
        let places = state.workspace.with(|w| rank(w, &w.compare));
        view! {
            <ol class="ranking">
                {places.into_iter().map(|p| view! {
                    <li data-org=p.id.clone()>
                        <strong>{p.name}</strong>
                        <p>{p.explanation}</p>
                    </li>
                }).collect_view()}
            </ol>
        }
    };

    let add_domain = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if new_domain.with_untracked(|n| n.trim().is_empty()) {
            return;
        }
        match state.edit_settings(SettingsEdit::AddDomain { name: new_domain.get_untracked(), stamp: now_ms() }) {
            Ok(()) => {
                new_domain.set(String::new());
                domain_problem.set(None);
                state.announce("Domain added. Rate it on each organization's debrief page.");
            }
            Err(e) => domain_problem.set(Some(e.message())),
        }
    };
    let download = move |_| {
        let text = state.workspace.with_untracked(|w| markdown(w, &w.compare, &today_iso()));
        if let Err(e) = download_text(&format!("mission-ready-comparison-{}.md", today_iso()), "text/markdown", &text) {
            state.announce(format!("The summary could not be downloaded: {e}."));
        }
    };

    view! {
        <section class="page compare" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">"Compare"</h1>
            <p class="lede">
                "Which organization lives its mission? Rate each one on its debrief page; set here how much each domain matters to you. "
                "A hard stop ranks an organization last, with its reason."
            </p>
            <div class="actions">
                <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>"Print"</button>
                <button type="button" on:click=download>"Download summary (Markdown)"</button>
            </div>
            <h2>"Ranking"</h2>
            {ranking}
            <h2>"Side by side"</h2>
            {side_by_side}
            <section class="card weights" aria-labelledby="weights-title">
                <h2 id="weights-title">"How much each domain matters"</h2>
                <div class="fields">{weights}</div>
                <form class="add-flag" on:submit=add_domain>
                    <TextBox
                        id="new-domain".into()
                        label=DOMAIN_NAME_LABEL.into()
                        value=new_domain
                        on_input=draft_input(new_domain, DOMAIN_NAME_LABEL, DOMAIN_NAME_MAX)
                    />
                    <div class="actions"><button type="submit">"Add domain"</button></div>
                    <p class="error" role="alert">{move || domain_problem.get()}</p>
                </form>
            </section>
        </section>
    }
}

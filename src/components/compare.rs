//! Compare: organizations side by side (an accessible table), the user's weights, and a
//! ranked list that explains each position. Printable; downloadable as Markdown. The
//! table is `domain::comparison::table`, the same one the Markdown download renders.

use super::controls::{draft_input, Choice, TextBox};
use crate::browser::{download_text, set_title, today_iso};
use crate::domain::compare::{one_decimal, SettingsEdit, DOMAIN_NAME_LABEL, DOMAIN_NAME_MAX, WEIGHT_MAX};
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

    // One table for everything: organizations in rank order, the facts on each. On a phone
    // each organization is a card with its facts; wider, the facts are a table with one
    // column per organization, across the full width, and in print on a landscape page.
    let compared = Memo::new(move |_| state.workspace.with(|w| (rank(w, &w.compare), table(w, &w.compare))));

    let ranking = move || {
        let (places, t) = compared.get();
        if places.is_empty() {
            return view! { <p class="empty">"No organizations yet. Add the ones you interview with, then compare them here."</p> }.into_any();
        }
        let labels: Vec<String> = t.columns.iter().skip(1).cloned().collect();
        view! {
            <ol class="ranking">
                {places.into_iter().zip(t.rows).enumerate().map(|(i, (p, row))| {
                    let org_id = p.id.clone();
                    let score = p.score.map_or_else(|| "Not rated".to_string(), |s| format!("{} of 5", one_decimal(s)));
                    let facts = labels.iter().cloned().zip(row.cells).map(|(l, c)| view! { <dt>{l}</dt><dd>{c}</dd> }).collect_view();
                    view! {
                        <li class="rank-card" data-org=org_id>
                            <div class="rank-head">
                                <span class="rank-no">{format!("{}", i + 1)}</span>
                                <h3><a href=Route::Debrief(p.id).path()>{p.name}</a></h3>
                                <span class="rank-score">{score}</span>
                            </div>
                            <p class="rank-why">{p.explanation}</p>
                            <dl class="rank-facts">{facts}</dl>
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into_any()
    };

    let side_by_side = move || {
        let (_, t) = compared.get();
        if t.rows.is_empty() {
            return None;
        }
        let heads = t
            .rows
            .iter()
            .map(|r| view! { <th scope="col"><a href=Route::Debrief(r.id.clone()).path()>{r.name.clone()}</a></th> })
            .collect_view();
        let lines = t
            .columns
            .iter()
            .skip(1)
            .enumerate()
            .map(|(i, label)| {
                let cells = t
                    .rows
                    .iter()
                    .map(|r| view! { <td>{r.cells.get(i).cloned().unwrap_or_default()}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <section class="side-by-side" aria-labelledby="side-title">
                <h2 id="side-title">"Side by side"</h2>
                <div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
                    <table>
                        <caption id="table-caption">"Organizations side by side"</caption>
                        <thead><tr><td></td>{heads}</tr></thead>
                        <tbody>{lines}</tbody>
                    </table>
                </div>
            </section>
        })
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

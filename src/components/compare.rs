//! Compare: organizations side by side (an accessible table), the user's weights, and a
//! ranked list that explains each position. Printable; downloadable as Markdown.

use super::app::use_state;
use super::controls::{Choice, TextBox};
use crate::browser::{download_text, set_title, today_iso};
use crate::domain::compare::{self, Domain};
use crate::domain::debrief;
use crate::domain::mission::{self, Kind};
use crate::domain::practice::{Heard, Status};
use crate::domain::route::Route;
use crate::state::now_ms;
use leptos::prelude::*;

#[component]
pub fn ComparePage() -> impl IntoView {
    set_title("Compare");
    let state = use_state();
    let domains = Memo::new(move |_| state.workspace.with(|w| w.compare.domains.clone()));
    // The weights editor re-renders only when domains are added or removed.
    let domain_ids =
        Memo::new(move |_| domains.with(|d| d.iter().map(|x| (x.id.clone(), x.name.clone())).collect::<Vec<_>>()));
    let new_domain = RwSignal::new(String::new());

    let weights = move || {
        domain_ids
            .get()
            .into_iter()
            .map(|(did, name)| {
                let weight = state
                    .workspace
                    .with_untracked(|w| w.compare.domains.iter().find(|d| d.id == did).map_or(3, |d| d.weight));
                let sel = format!("weight-{did}");
                let own = did.starts_with("own.");
                let set_id = did.clone();
                let del_id = did.clone();
                let choices: Vec<(String, String)> = (0..=5u8)
                    .map(|n| {
                        let text = match n {
                            0 => "0 (ignore)".to_string(),
                            5 => "5 (matters most)".to_string(),
                            n => n.to_string(),
                        };
                        (n.to_string(), text)
                    })
                    .collect();
                view! {
                    <div class="weight">
                        <Choice
                            id=sel
                            label=name.clone()
                            options=choices
                            selected=weight.to_string()
                            on_change=Callback::new(move |v: String| {
                                let v = v.parse::<u8>().unwrap_or(3).min(5);
                                state.workspace.update(|w| {
                                    if let Some(d) = w.compare.domains.iter_mut().find(|d| d.id == set_id) {
                                        d.weight = v;
                                    }
                                });
                            })
                        />
                        {own.then(|| view! {
                            <button type="button" on:click=move |_| {
                                state.workspace.update(|w| w.compare.domains.retain(|d| d.id != del_id));
                                state.announce("Domain removed.");
                            }>{format!("Remove {name}")}</button>
                        })}
                    </div>
                }
            })
            .collect_view()
    };

    let table = move || {
        state.workspace.with(|w| {
            if w.organizations.is_empty() {
                return view! { <p class="empty">"No organizations yet. Add the ones you interview with, then compare them here."</p> }.into_any();
            }
            let doms = w.compare.domains.clone();
            let rows = w
                .organizations
                .iter()
                .map(|o| {
                    let report = mission::analyze(&o.mission);
                    let text_flags: Vec<String> =
                        report.findings.iter().filter(|f| f.kind == Kind::Flag).map(|f| f.title.clone()).collect();
                    let seen: Vec<String> = debrief::ticked_flags(o).into_iter().map(|f| format!("{} ({})", f.flag, f.severity.label().to_lowercase())).collect();
                    let opening = o
                        .progress("opening.explain-mission")
                        .filter(|p| p.status == Status::Asked)
                        .map_or("Not asked yet".to_string(), |p| p.heard.map_or("Asked; not noted".to_string(), |h| Heard::label(h).to_string()));
                    let score = compare::weighted(&w.compare, o).map_or("–".to_string(), compare::one_decimal);
                    let cells = doms.iter().map(|d| view! { <td>{o.debrief.rating(&d.id).map_or("–".to_string(), |r| r.to_string())}</td> }).collect_view();
                    view! {
                        <tr>
                            <th scope="row"><a href=Route::Debrief(o.id.clone()).path()>{o.name.clone()}</a></th>
                            <td>{report.verdict.headline.clone()}</td>
                            <td>{if text_flags.is_empty() { "None".to_string() } else { text_flags.join(", ") }}</td>
                            <td>{if seen.is_empty() { "None ticked".to_string() } else { seen.join("; ") }}</td>
                            <td>{opening}</td>
                            {cells}
                            <td>{score}</td>
                            <td>{if o.debrief.hard_stop.trim().is_empty() { "–".to_string() } else { o.debrief.hard_stop.clone() }}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
                    <table>
                        <caption id="table-caption">"Organizations side by side"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Organization"</th>
                                <th scope="col">"Mission check"</th>
                                <th scope="col">"Red flags in the text"</th>
                                <th scope="col">"Flags observed"</th>
                                <th scope="col">"Opening question"</th>
                                {doms.iter().map(|d| view! { <th scope="col">{format!("{} (weight {})", d.name, d.weight)}</th> }).collect_view()}
                                <th scope="col">"Weighted rating (of 5)"</th>
                                <th scope="col">"Hard stop"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };

    let ranking = move || {
        let places = state.workspace.with(|w| compare::rank(w, &w.compare));
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
        let name: String = new_domain.get_untracked().trim().chars().take(80).collect();
        if name.is_empty() {
            return;
        }
        state.workspace.update(|w| w.compare.domains.push(Domain { id: format!("own.{}", now_ms()), name, weight: 3 }));
        new_domain.set(String::new());
        state.announce("Domain added. Rate it on each organization's debrief page.");
    };
    let download = move |_| {
        let text = state.workspace.with_untracked(|w| compare::markdown(w, &w.compare, &today_iso()));
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
            {table}
            <section class="card weights" aria-labelledby="weights-title">
                <h2 id="weights-title">"How much each domain matters"</h2>
                <div class="fields">{weights}</div>
                <form class="add-flag" on:submit=add_domain>
                    <TextBox
                        id="new-domain".into()
                        label="Add your own domain".into()
                        value=new_domain
                        on_input=Callback::new(move |v: String| new_domain.set(v))
                    />
                    <div class="actions"><button type="submit">"Add domain"</button></div>
                </form>
            </section>
        </section>
    }
}

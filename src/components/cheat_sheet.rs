//! The cheat sheet: one printable page per organization with the mission, the findings that
//! matter and the top questions to ask.

use super::page::{org_page, sub_page_head};
use crate::domain::deck::{top_questions, Card, CONTRACT_NOTICE};
use crate::domain::mission::Kind;
use crate::domain::{dates, practice::Status};
use crate::state::OrgModel;
use leptos::prelude::*;

/// Questions on the sheet: enough for an interview, few enough for one page.
pub const TOP_QUESTIONS: usize = 8;

#[component]
pub fn CheatSheetPage(id: String) -> impl IntoView {
    org_page(id, |model| {
        view! {
            <article class="page cheat-sheet" aria-labelledby="page-title">
                {sub_page_head(model, "Cheat sheet")}
                <div class="actions">
                    <button type="button" class="primary" on:click=|_| {
                        let _ = window().print();
                    }>"Print"</button>
                </div>
                {move || sheet(model)}
            </article>
        }
        .into_any()
    })
}

/// The sheet from what is stored now.
fn sheet(model: OrgModel) -> Option<impl IntoView> {
    let org = model.org.get()?;
    let report = model.report.get();
    let deck = model.deck.get();
    let notes = |cid: &str| org.progress(cid).is_some_and(|p| !p.notes.trim().is_empty());
    let asked = |cid: &str| org.progress(cid).is_some_and(|p| p.status == Status::Asked);
    let questions: Vec<(Card, String)> = top_questions(&deck, notes, asked, TOP_QUESTIONS)
        .into_iter()
        .map(|c| (c.clone(), org.progress(&c.id).map(|p| p.notes.clone()).unwrap_or_default()))
        .collect();

    let mut meta = vec![org.position.label().to_string()];
    if !org.role.is_empty() {
        meta.insert(0, org.role.clone());
    }
    if !org.interview_date.is_empty() {
        meta.push(format!("Interview {}", dates::readable(&org.interview_date)));
    }
    let findings: Vec<(String, String)> = report
        .findings
        .iter()
        .filter(|f| f.kind != Kind::Strength)
        .map(|f| {
            let text = if f.expect.is_empty() { f.reason.clone() } else { f.expect.clone() };
            (format!("{}: {}", f.kind.label(), f.title), text)
        })
        .collect();
    let mission = if org.mission.trim().is_empty() {
        "No mission statement found. Ask: \"Why is this organization in business?\"".to_string()
    } else {
        org.mission.clone()
    };

    Some(view! {
            <p class="sheet-org"><strong>{org.name.clone()}</strong>" · "{meta.join(" · ")}</p>
            <section aria-labelledby="sheet-mission">
                <h2 id="sheet-mission">"Mission"</h2>
                <blockquote class="sheet-quote">{mission}</blockquote>
                <p><strong>{crate::domain::comparison::adjusted_headline(&report.verdict)}</strong>" (a heuristic reading)"</p>
            </section>
            <section aria-labelledby="sheet-findings">
                <h2 id="sheet-findings">"What the mission implies"</h2>
                <ul class="sheet-list">
                    {findings.into_iter().map(|(title, text)| view! { <li><strong>{title}</strong>" — "{text}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="sheet-questions">
                <h2 id="sheet-questions">"Questions to ask"</h2>
                <ol class="sheet-list">
                    {questions.into_iter().map(|(card, notes)| view! {
                        <li>
                            {card.question}
                            {(!card.listen.is_empty()).then(|| view! { <span class="sheet-listen">{format!(" Listen for: {}", card.listen)}</span> })}
                            {(!notes.trim().is_empty()).then(|| view! { <span class="sheet-notes">{format!(" Your notes: {notes}")}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <p class="sheet-foot">"If they cannot explain the mission and how it shapes the work, that is a serious red flag."</p>
            <p class="sheet-foot notice-legal">{CONTRACT_NOTICE}</p>
    })
}

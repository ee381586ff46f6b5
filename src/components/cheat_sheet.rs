//! The cheat sheet: one printable page per organization with the mission, the findings that
//! matter and the top questions to ask.

use super::page::{org_page, sub_page_head};
use crate::domain::deck::{top_questions, Card, CardKind, CONTRACT_NOTICE};
use crate::domain::mission::Kind;
use crate::domain::{dates, practice::Status, sheet};
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
    let drafts: Vec<(String, String)> = deck
        .iter()
        .filter(|c| c.kind == CardKind::Prepare)
        .filter_map(|c| org.progress(&c.id).map(|p| (c.question.clone(), p.notes.clone())))
        .collect();
    let mission = if org.mission.trim().is_empty() {
        "No mission statement found. Ask: \"Why is this organization in business?\"".to_string()
    } else {
        org.mission.clone()
    };

    // What the rest of the sheet takes, to know what room is left for the user's own writing.
    let fixed = sheet::cost(&mission)
        + meta.iter().map(|m| sheet::cost(m)).sum::<usize>()
        + findings.iter().map(|(t, x)| sheet::cost(t) + sheet::cost(x)).sum::<usize>()
        + questions
            .iter()
            .map(|(c, n)| sheet::cost(&c.question) + sheet::cost(&c.listen) + sheet::cost(n))
            .sum::<usize>();
    let own = sheet::fit(fixed, &drafts, &org.notes);

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
            {(!own.drafts.is_empty() || own.drafts_left_out > 0).then(|| view! {
                <section aria-labelledby="sheet-answers">
                    <h2 id="sheet-answers">"Your answers"</h2>
                    <ul class="sheet-list">
                        {own.drafts.iter().map(|(q, a)| view! {
                            <li><strong>{q.clone()}</strong>" "{a.text.clone()}</li>
                        }).collect_view()}
                    </ul>
                    {shortened_note(own.drafts.iter().any(|(_, a)| a.shortened), own.drafts_left_out)}
                </section>
            })}
            {(own.notes.is_some() || own.notes_left_out).then(|| view! {
                <section aria-labelledby="sheet-own-notes">
                    <h2 id="sheet-own-notes">"Your notes"</h2>
                    {match own.notes.clone() {
                        Some(n) => view! {
                            <p class="sheet-own">{n.text}</p>
                            {n.shortened.then(|| view! { <p class="sheet-listen">"Shortened to fit one page; all of it is on the organization's page."</p> })}
                        }.into_any(),
                        None => view! { <p class="sheet-listen">"Your notes did not fit on one page with this mission; they are on the organization's page."</p> }.into_any(),
                    }}
                </section>
            })}
            <p class="sheet-foot">"If they cannot explain the mission and how it shapes the work, that is a serious red flag."</p>
            <p class="sheet-foot notice-legal">{CONTRACT_NOTICE}</p>
    })
}

/// Says what of the draft answers was shortened or left out, so nothing is cut without a word.
fn shortened_note(shortened: bool, left_out: usize) -> Option<impl IntoView> {
    let text = match (shortened, left_out) {
        (false, 0) => return None,
        (true, 0) => "Shortened to fit one page; the full answers are on the cards page.".to_string(),
        (_, n) => format!(
            "{n} more draft {} on the cards page{}.",
            if n == 1 { "answer is" } else { "answers are" },
            if shortened { "; the ones above are shortened to fit one page" } else { "" }
        ),
    };
    Some(view! { <p class="sheet-listen">{text}</p> })
}

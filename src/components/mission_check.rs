//! The "Mission check" region: the analyzer's report for the statement being typed, with
//! the triggering words marked in a read-only copy of the statement. Text nodes and
//! `<mark>` only: the statement is never parsed as markup.

use crate::domain::mission::{analyze, segments, Kind, Level, Summary};
use leptos::prelude::*;

fn mark_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Flag => "mark-flag",
        Kind::Strength => "mark-strength",
        Kind::Implication => "mark-implication",
    }
}

fn level_class(level: Level) -> &'static str {
    match level {
        Level::Missing | Level::Weak | Level::Mixed => "verdict verdict-caution",
        Level::Concern => "verdict verdict-concern",
        Level::Promising => "verdict verdict-good",
    }
}

#[component]
pub fn MissionCheck(
    /// The statement as typed (saved or not).
    text: Signal<String>,
) -> impl IntoView {
    // The findings and verdict without word positions: they change only when what was
    // found changes, so only then is that part of the region re-rendered (and announced).
    // The marked copy of the statement reads positions fresh on every keystroke.
    let summary: Memo<Summary> = Memo::new(move |_| text.with(|t| analyze(t).summary()));

    let statement = move || {
        text.with(|t| {
            if t.trim().is_empty() {
                return None;
            }
            let parts = segments(t, &analyze(t));
            Some(view! {
                <div class="statement-copy">
                    <h4>"The statement, with the words that triggered a finding marked"</h4>
                    // aria-live="off": this copy changes with every keystroke; announcing it
                    // would drown out the findings.
                    <p class="statement" aria-live="off">
                        {parts
                            .into_iter()
                            .map(|s| match s.mark {
                                Some(kind) => view! { <mark class=mark_class(kind)>{s.text}</mark> }.into_any(),
                                None => s.text.into_any(),
                            })
                            .collect_view()}
                    </p>
                </div>
            })
        })
    };

    let verdict = move || {
        summary.with(|s| {
            let v = &s.verdict;
            view! {
                <div class=level_class(v.level)>
                    <p class="verdict-headline"><strong>{v.headline.clone()}</strong></p>
                    <ul class="reasons">{v.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };

    let finding_list = move || {
        summary.with(|s| {
            s.findings
                .iter()
                .map(|f| {
                    let words = (!f.words.is_empty()).then(|| {
                        let quoted: Vec<String> = f.words.iter().map(|w| format!("“{w}”")).collect();
                        view! { <p class="words">"Triggered by " {quoted.join(", ")}</p> }
                    });
                    let expect = (!f.expect.is_empty()).then(|| {
                        view! { <p><strong>"What to expect: "</strong>{f.expect.clone()}</p> }
                    });
                    let label =
                        if f.kind == Kind::Implication { "Questions it adds to your deck" } else { "What to do" };
                    let cards = (!f.cards.is_empty()).then(|| {
                        view! {
                            <p class="cards-label">{label}</p>
                            <ul class="card-seeds">
                                {f.cards.iter().map(|c| view! {
                                    <li>
                                        <span class="card-kind">{if c.ask { "Ask: " } else { "Prepare: " }}</span>
                                        {c.question.clone()}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }
                    });
                    let class = match f.kind {
                        Kind::Flag => "finding finding-flag",
                        Kind::Strength => "finding finding-strength",
                        Kind::Implication => "finding finding-implication",
                    };
                    view! {
                        <li class=class data-finding=f.id.clone()>
                            <h4><span class="finding-kind">{f.kind.label()}": "</span>{f.title.clone()}</h4>
                            <p>{f.reason.clone()}</p>
                            {words}
                            {expect}
                            {cards}
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="mission-check" role="region" aria-labelledby="mission-check-title" aria-live="polite">
            <h3 id="mission-check-title">"Mission check"</h3>
            <p class="heuristic">
                "A heuristic reading, after the seed essay \"The Mission is the Answer\": it points at what to ask, "
                "it does not grade the organization."
            </p>
            {verdict}
            {statement}
            <ul class="findings" aria-label="Findings">{finding_list}</ul>
        </section>
    }
}

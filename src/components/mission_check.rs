//! The "Mission check" region: the analyzer's report for the statement being typed, with
//! the triggering words marked in a read-only copy of the statement. Text nodes and
//! `<mark>` only: the statement is never parsed as markup.

use super::page::verdict_box;
use crate::domain::mission::{segments, Kind, Level, Report, Summary};
use leptos::prelude::*;

fn tone(level: Level) -> &'static str {
    match level {
        Level::Missing | Level::Weak | Level::Mixed => "verdict-caution",
        Level::Concern => "verdict-concern",
        Level::Promising => "verdict-good",
    }
}

#[component]
pub fn MissionCheck(
    /// The statement as stored.
    #[prop(into)]
    text: Signal<String>,
    /// Its mission check, computed once per change of the statement (`OrgModel::report`).
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    // The findings and verdict without word positions: they change only when what was
    // found changes, so only then is that part of the region re-rendered (and announced).
    // The marked copy of the statement follows the positions on every keystroke.
    let summary: Memo<Summary> = Memo::new(move |_| report.with(|r| r.clone().summary()));

    // The marked copy. Only the marks and text inside `.statement` follow each keystroke;
    // the frame around them is built when the statement becomes non-empty. Marks carry no
    // attributes (the kind is the element: `b` strength, `mark` implication, `u` red flag),
    // so updating them changes text only, never re-sets hundreds of attributes.
    let has_text = Memo::new(move |_| text.with(|t| !t.trim().is_empty()));
    let marks = move || {
        text.with(|t| report.with(|r| segments(t, r)))
            .into_iter()
            .map(|s| match s.mark {
                Some(Kind::Strength) => view! { <b>{s.text}</b> }.into_any(),
                Some(Kind::Implication) => view! { <mark>{s.text}</mark> }.into_any(),
                Some(Kind::Flag) => view! { <u>{s.text}</u> }.into_any(),
                None => s.text.into_any(),
            })
            .collect_view()
    };
    let statement = move || {
        has_text.get().then(|| {
            view! {
                <div class="statement-copy">
                    <h4>"The statement, with the words that triggered a finding marked"</h4>
                    <p class="legend">
                        <b>"strength"</b>" "<mark>"implication"</mark>" "<u>"red flag"</u>
                        " (each finding below names its words)"
                    </p>
                    // aria-live="off": this copy changes with every keystroke; announcing it
                    // would drown out the findings.
                    <p class="statement" aria-live="off">{marks}</p>
                </div>
            }
        })
    };

    let verdict = move || {
        summary.with(|s| verdict_box(tone(s.verdict.level), s.verdict.headline.clone(), s.verdict.reasons.clone()))
    };

    // One fixed shape per finding (empty parts are hidden by CSS): fewer view types keep
    // the bundle small, and re-rendering a changed list is cheaper.
    let finding_list = move || {
        summary.with(|s| {
            s.findings
                .iter()
                .map(|f| {
                    let words = if f.words.is_empty() {
                        String::new()
                    } else {
                        let quoted: Vec<String> = f.words.iter().map(|w| format!("“{w}”")).collect();
                        format!("Triggered by {}", quoted.join(", "))
                    };
                    let expect =
                        if f.expect.is_empty() { String::new() } else { format!("What to expect: {}", f.expect) };
                    let label = match (f.cards.is_empty(), f.kind) {
                        (true, _) => "",
                        (false, Kind::Implication) => "Questions it adds to your deck",
                        (false, _) => "What to do",
                    };
                    let class = match f.kind {
                        Kind::Flag => "finding finding-flag",
                        Kind::Strength => "finding finding-strength",
                        Kind::Implication => "finding finding-implication",
                    };
                    let cards = f
                        .cards
                        .iter()
                        .map(|c| {
                            let text = format!("{}{}", if c.ask { "Ask: " } else { "Prepare: " }, c.question);
                            view! { <li>{text}</li> }
                        })
                        .collect_view();
                    view! {
                        <li class=class data-finding=f.id.as_str()>
                            <h4>{format!("{}: {}", f.kind.label(), f.title)}</h4>
                            <p>{f.reason.clone()}</p>
                            <p class="words">{words}</p>
                            <p>{expect}</p>
                            <p class="cards-label">{label}</p>
                            <ul class="card-seeds">{cards}</ul>
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
                "A heuristic reading, after the essay \"The Mission is the Answer\": it points at what to ask, "
                "it does not grade the organization."
            </p>
            {verdict}
            {statement}
            <ul class="findings" aria-label="Findings">{finding_list}</ul>
        </section>
    }
}

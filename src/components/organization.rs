//! One organization's page: its details, each saved as it is typed, and deleting it.

use super::fields::{OrgFields, Source};
use super::mission_check::MissionCheck;
use super::page::org_page;
use super::share::SenderNote;
use crate::browser::{focus_first, set_title, today_iso};
use crate::domain::route::Route;
use crate::domain::Field;
use crate::domain::{dates, deck, practice};
use crate::router::use_router;
use crate::state::{download_backup, use_state, OrgModel};
use leptos::prelude::*;

#[component]
pub fn OrganizationPage(id: String) -> impl IntoView {
    org_page(id, |model| view! { <OrganizationEditor model /> }.into_any())
}

#[component]
fn OrganizationEditor(model: OrgModel) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let id = model.id();
    // Fields whose last input was refused, with the message; the stored value is the last
    // valid one meanwhile.
    let problems = RwSignal::new(Vec::new());
    let confirming = RwSignal::new(false);
    let stored = model.org;
    let source = Source::Stored { model, problems };
    let name = model.field(|o| o.name.clone());
    let title = move || name.get();
    Effect::new(move |_| set_title(&title()));

    let today = today_iso();
    let meta = move || {
        stored.with(|o| {
            let Some(o) = o else { return Vec::new() };
            let mut parts = Vec::new();
            if !o.role.is_empty() {
                parts.push(o.role.clone());
            }
            if !o.interview_date.is_empty() {
                let rel = dates::relative(&today, &o.interview_date).map(|r| format!(" ({r})")).unwrap_or_default();
                parts.push(format!("Interview {}{rel}", dates::readable(&o.interview_date)));
            }
            parts
        })
    };

    let due = {
        let today = today_iso();
        Memo::new(move |_| {
            stored.with(|o| o.as_ref().map_or(0, |o| model.deck.with(|d| practice::due_count(d, &o.progress, &today))))
        })
    };

    let save_status = move || {
        let n = problems.with(Vec::len);
        if n > 0 {
            "Not saved yet: fix the problem shown below.".to_string()
        } else if state.problem.get().is_some() || state.mode.get() != crate::state::SaveMode::Normal {
            "Changes are kept in this tab; see the notice above about saving.".to_string()
        } else {
            "Changes are saved as you type.".to_string()
        }
    };

    let delete = {
        let id = id.clone();
        move |_| {
            if let Some(org) = state.delete_organization(&id) {
                state.announce(format!("Deleted {}.", org.name));
            }
            router.navigate(Route::Organizations);
        }
    };

    view! {
        <article class="page" aria-labelledby="page-title">
            <p class="crumbs"><a href="/">"← All organizations"</a></p>
            <h1 id="page-title" tabindex="-1">{title}</h1>
            <p class="meta">{move || meta().into_iter().map(|p| view! { <span>{p}</span> }).collect_view()}</p>

            <nav class="org-nav" aria-label="Prepare">
                <a class="button" href=Route::Cards(id.clone()).path()>"Question cards"</a>
                <a class="button" href=Route::Practice(id.clone()).path()>{move || format!("Practice ({} due)", due.get())}</a>
                <a class="button" href=Route::CheatSheet(id.clone()).path()>"Cheat sheet"</a>
                <a class="button" href=Route::Debrief(id.clone()).path()>"Debrief and red flags"</a>
            </nav>
            <p class="save-status" role="status">{save_status}</p>
            {move || stored.with(|o| o.as_ref().and_then(|o| o.kit.clone())).map(|kit| view! { <KitFrom kit /> })}

            <section class="card" aria-labelledby="mission-title">
                <h2 id="mission-title">"Mission"</h2>
                <OrgFields prefix="org" fields=&[Field::Mission, Field::MissionSource] source />
                <MissionCheck model />
            </section>

            <section class="card" aria-labelledby="details-title">
                <h2 id="details-title">"Details"</h2>
                <OrgFields
                    prefix="org"
                    fields=&[Field::Name, Field::Position, Field::Role, Field::InterviewDate, Field::Notes]
                    source
                />
            </section>

            <section class="card danger-zone" aria-labelledby="delete-title">
                <h2 id="delete-title">"Delete"</h2>
                {move || if !confirming.get() {
                    view! {
                        <p>"Deleting removes this organization and everything saved with it from this browser."</p>
                        <button type="button" class="danger" on:click=move |_| {
                            confirming.set(true);
                            request_animation_frame(|| focus_first("#cancel-delete"));
                        }>"Delete organization…"</button>
                    }.into_any()
                } else { let delete = delete.clone(); view! {
                    <div role="group" aria-labelledby="confirm-delete-text">
                        <p id="confirm-delete-text">
                            <strong>{move || format!("Delete {}?", title())}</strong>
                            " This cannot be undone."
                        </p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=delete>"Delete permanently"</button>
                            <button type="button" id="cancel-delete" on:click=move |_| confirming.set(false)>"Cancel"</button>
                            <button type="button" on:click=move |_| download_backup(state)>"Download backup first"</button>
                        </div>
                    </div>
                }.into_any() }}
            </section>
        </article>
    }
}

/// Where an imported organization came from: the kit's title, the sender's note and the
/// built-in questions they suggest. Shown as text only.
#[component]
fn KitFrom(kit: crate::domain::organization::KitOrigin) -> impl IntoView {
    let heading =
        if kit.title.is_empty() { "From a kit".to_string() } else { format!("From the kit “{}”", kit.title) };
    let questions: Vec<String> = kit
        .suggested
        .iter()
        .filter_map(|id| deck::builtin().iter().find(|c| &c.id == id).map(|c| c.question.clone()))
        .collect();
    view! {
        <section class="card kit-origin" aria-labelledby="kit-origin-title">
            <h2 id="kit-origin-title">{heading}</h2>
            <SenderNote note=kit.note.clone() />
            {(!questions.is_empty()).then(|| view! {
                <p>"Questions the sender suggests:"</p>
                <ul>{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}

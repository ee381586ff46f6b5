//! One organization's page: its details, saved as they are typed, and deleting it.

use super::app::use_state;
use super::fields::OrgFields;
use super::mission_check::MissionCheck;
use super::page::org_not_found;
use super::shell::download_backup;
use crate::browser::{focus_first, set_title, today_iso};
use crate::domain::route::Route;
use crate::domain::Field;
use crate::domain::{dates, practice, OrgDraft};
use crate::router::use_router;
use crate::state::now_ms;
use leptos::prelude::*;

#[component]
pub fn OrganizationPage(id: String) -> impl IntoView {
    let state = use_state();
    // The app re-creates pages when another tab replaces the workspace (see `App`).
    if state.workspace.with_untracked(|w| w.get(&id).is_some()) {
        view! { <OrganizationEditor id /> }.into_any()
    } else {
        org_not_found()
    }
}

#[component]
fn OrganizationEditor(id: String) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let initial = state.workspace.with_untracked(|w| w.get(&id).map(OrgDraft::from_org)).unwrap_or_default();
    let draft = RwSignal::new(initial);
    let problems = Memo::new(move |_| draft.with(OrgDraft::problems));
    let confirming = RwSignal::new(false);
    let stored = {
        let id = id.clone();
        Memo::new(move |_| state.workspace.with(|w| w.get(&id).cloned()))
    };

    // Saved as it is typed: every valid change goes into the workspace (which persists,
    // debounced). An invalid draft is held here with its messages; the last valid version
    // stays stored.
    {
        let id = id.clone();
        Effect::new(move |first: Option<()>| {
            let d = draft.get();
            if first.is_none() {
                return;
            }
            if d.problems().is_empty() {
                let unchanged =
                    state.workspace.with_untracked(|w| w.get(&id).map(OrgDraft::from_org)) == Some(d.clone());
                if !unchanged {
                    state.workspace.update(|w| {
                        let _ = w.update(&id, &d, now_ms());
                    });
                }
            }
        });
    }

    let title = move || stored.with(|o| o.as_ref().map(|o| o.name.clone()).unwrap_or_default());
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
            stored.with(|o| o.as_ref().map_or(0, |o| practice::due_count(&o.deck(), &o.progress, &today)))
        })
    };

    let save_status = move || {
        let n = problems.with(Vec::len);
        if n > 0 {
            "Not saved yet: fix the problem shown below. The last saved version is kept.".to_string()
        } else if state.problem.get().is_some() || state.mode.get() != crate::state::SaveMode::Normal {
            "Changes are kept in this tab; see the notice above about saving.".to_string()
        } else {
            "Changes are saved as you type.".to_string()
        }
    };

    let delete = {
        let id = id.clone();
        move |_| {
            let mut removed = None;
            state.workspace.update(|w| removed = w.remove(&id));
            if let Some(org) = removed {
                state.announce(format!("Deleted {}.", org.name));
            }
            // Save at once: a deletion should not wait for the debounce.
            state.flush();
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
                <a class="button" href=Route::Practice(id.clone()).path()>{move || format!("Practise ({} due)", due.get())}</a>
                <a class="button" href=Route::CheatSheet(id.clone()).path()>"Cheat sheet"</a>
                <a class="button" href=Route::Debrief(id.clone()).path()>"Debrief and red flags"</a>
            </nav>
            <p class="save-status" role="status">{save_status}</p>

            <section class="card" aria-labelledby="mission-title">
                <h2 id="mission-title">"Mission"</h2>
                <OrgFields
                    prefix="org"
                    fields=&[Field::Mission, Field::MissionSource]
                    draft
                    problems=problems.into()
                    show_all=Signal::derive(|| true)
                />
                <MissionCheck text=Signal::derive(move || draft.with(|d| d.mission.clone())) />
            </section>

            <section class="card" aria-labelledby="details-title">
                <h2 id="details-title">"Details"</h2>
                <OrgFields
                    prefix="org"
                    fields=&[Field::Name, Field::Position, Field::Role, Field::InterviewDate, Field::Notes]
                    draft
                    problems=problems.into()
                    show_all=Signal::derive(|| true)
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

//! The frame around every page: skip link, header and navigation, storage notices, the
//! status region, and focus management when the route changes.

use super::app::use_state;
use crate::browser::{download_text, focus_first, today_iso};
use crate::router::use_router;
use crate::state::{AppState, SaveMode, SaveProblem};
use crate::storage::StorageError;
use leptos::prelude::*;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let state = use_state();
    let router = use_router();

    // After a navigation (not the first render), move focus to the new page's heading so
    // keyboard and screen-reader users start at the top of what changed.
    Effect::new(move |previous: Option<String>| {
        let path = router.route.get().path();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(|| focus_first("main h1"));
        }
        path
    });

    view! {
        // The router would treat "#main" as a navigation; move focus ourselves.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_first("main");
        }>"Skip to content"</a>
        <header class="site-header">
            <div class="bar">
                <a href="/" class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    "Mission Ready"
                </a>
                <nav aria-label="Main">
                    <ul>
                        <li>
                            <a
                                href="/"
                                aria-current=move || (router.route.get().section() == Some("organizations")).then_some("page")
                            >"Organizations"</a>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
        <StorageNotices />
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </div>
        <footer class="site-footer">
            <p>
                "Everything you enter stays in this browser. Mission Ready has no server and no tracking. "
                "The mission check is a heuristic: use it to prepare questions, not as a verdict on its own."
            </p>
        </footer>
    }
}

/// Offer the whole workspace as a backup file.
pub fn download_backup(state: AppState) {
    let name = format!("mission-ready-backup-{}.json", today_iso());
    if let Err(e) = download_text(&name, "application/json", &state.backup_text()) {
        state.announce(format!("The backup could not be downloaded: {e}."));
    }
}

/// Everything about storage the user must know: data kept aside, saves that fail,
/// read-only or memory-only modes, another tab's changes.
#[component]
fn StorageNotices() -> impl IntoView {
    let state = use_state();

    let mode = move || {
        match state.mode.get() {
        SaveMode::Normal => None,
        SaveMode::ReadOnly(reason) => Some(view! {
            <div class="notice notice-warn" role="alert">
                <p><strong>"Changes are not being saved. "</strong>{reason}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| { let _ = window().location().reload(); }>"Reload"</button>
                    <button type="button" on:click=move |_| download_backup(state)>"Download backup"</button>
                </div>
            </div>
        }.into_any()),
        SaveMode::MemoryOnly(reason) => Some(view! {
            <div class="notice notice-warn" role="alert">
                <p>
                    <strong>"Nothing will be kept after you close this tab. "</strong>
                    {format!("Mission Ready works, but {reason}. Download a backup before you close the tab.")}
                </p>
                <div class="actions">
                    <button type="button" on:click=move |_| download_backup(state)>"Download backup"</button>
                </div>
            </div>
        }.into_any()),
    }
    };

    let problem = move || {
        state.problem.get().map(|p| match p {
        SaveProblem::Conflict => view! {
            <div class="notice notice-warn" role="alert">
                <p>
                    <strong>"Mission Ready was changed in another tab. "</strong>
                    "This tab's latest changes have not been saved, so neither version is lost yet. Choose which to keep."
                </p>
                <div class="actions">
                    <button type="button" on:click=move |_| state.load_other_tab()>"Use the other tab's version"</button>
                    <button type="button" on:click=move |_| state.keep_this_tab()>"Keep this tab's version"</button>
                    <button type="button" on:click=move |_| download_backup(state)>"Download this tab's version"</button>
                </div>
            </div>
        }.into_any(),
        SaveProblem::Storage(e) => {
            let advice = match e {
                StorageError::QuotaFull => " Download a backup now, then free space in this browser (for example by deleting organizations you no longer need) and try again.",
                _ => " Download a backup now so nothing is lost, then try again.",
            };
            view! {
                <div class="notice notice-warn" role="alert">
                    <p>
                        <strong>"Changes are not being saved: "</strong>
                        {format!("{e}.{advice}")}
                    </p>
                    <div class="actions">
                        <button type="button" on:click=move |_| download_backup(state)>"Download backup"</button>
                        <button type="button" on:click=move |_| state.retry()>"Try saving again"</button>
                    </div>
                </div>
            }.into_any()
        }
    })
    };

    let kept_aside = move || {
        state.quarantined.get().into_iter().map(|(key, reason)| {
            let confirming = RwSignal::new(false);
            let download_key = key.clone();
            let discard_key = key.clone();
            let why = reason.map(|r| format!(" ({r})")).unwrap_or_default();
            view! {
                <div class="notice notice-warn" role="alert">
                    <p>
                        <strong>"Some saved data could not be read"</strong>
                        {format!("{why}. It has been kept aside, untouched. Download it to keep a copy or to ask for help; discard it only if you are sure you do not need it.")}
                    </p>
                    <div class="actions">
                        <button type="button" on:click=move |_| {
                            let text = state.quarantined_text(&download_key).unwrap_or_default();
                            let name = format!("mission-ready-unreadable-{}.txt", today_iso());
                            if let Err(e) = download_text(&name, "text/plain", &text) {
                                state.announce(format!("The file could not be downloaded: {e}."));
                            }
                        }>"Download unreadable data"</button>
                        {move || if confirming.get() {
                            let discard_key = discard_key.clone();
                            view! {
                                <button type="button" class="danger" on:click=move |_| {
                                    state.discard_quarantined(&discard_key);
                                    state.announce("The unreadable data was discarded.");
                                }>"Discard permanently"</button>
                                <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                            }.into_any()
                        } else {
                            view! {
                                <button type="button" on:click=move |_| confirming.set(true)>"Discard it…"</button>
                            }.into_any()
                        }}
                    </div>
                </div>
            }
        }).collect_view()
    };

    view! {
        <div class="notices">
            {mode}
            {problem}
            {kept_aside}
        </div>
    }
}

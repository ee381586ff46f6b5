//! The frame around every page: skip link, header and navigation, storage notices, the
//! status region, and focus management when the route changes.

use crate::browser::{download_text, focus_first, today_iso};
use crate::domain::route::Route;
use crate::offline::use_offline;
use crate::router::use_router;
use crate::state::{download_backup, use_state, AppState, SaveMode, SaveProblem};
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
                        <li>
                            <a
                                href="/compare"
                                aria-current=move || (router.route.get().section() == Some("compare")).then_some("page")
                            >"Compare"</a>
                        </li>
                        <li>
                            <a
                                href="/share"
                                aria-current=move || (router.route.get().section() == Some("share")).then_some("page")
                            >"Share"</a>
                        </li>
                        <li>
                            <a
                                href="/data"
                                aria-current=move || (router.route.get().section() == Some("data")).then_some("page")
                            >"Your data"</a>
                        </li>
                    </ul>
                </nav>
            </div>
        </header>
        <StorageNotices />
        <UpdateAndNetwork />
        // Compare's table takes the full width; a class, not `main:has(…)`, which would make
        // the browser re-check the selector on every change to the page (every keystroke).
        <main id="main" tabindex="-1" class:wide=move || router.route.get() == Route::Compare>
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

/// What a notice button does.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Action {
    Reload,
    DownloadBackup,
    UseOtherTab,
    KeepThisTab,
    Retry,
    DownloadKept(String),
    AskDiscard(String),
    Discard(String),
    KeepKept(String),
}

/// A notice as data: one view renders them all, which keeps the bundle small.
struct Notice {
    lead: &'static str,
    body: String,
    actions: Vec<(&'static str, Action)>,
}

/// The notices for the current state, most important first.
fn notices(state: AppState, confirming: &[String]) -> Vec<Notice> {
    let mut out = Vec::new();
    match state.mode.get() {
        SaveMode::Normal => {}
        SaveMode::ReadOnly(reason) => out.push(Notice {
            lead: "Changes are not being saved. ",
            body: reason,
            actions: vec![("Reload", Action::Reload), ("Download backup", Action::DownloadBackup)],
        }),
        SaveMode::MemoryOnly(reason) => out.push(Notice {
            lead: "Nothing will be kept after you close this tab. ",
            body: format!("Mission Ready works, but {reason}. Download a backup before you close the tab."),
            actions: vec![("Download backup", Action::DownloadBackup)],
        }),
    }
    match state.problem.get() {
        None => {}
        Some(SaveProblem::Conflict) => out.push(Notice {
            lead: "Mission Ready was changed in another tab. ",
            body:
                "This tab's latest changes have not been saved, so neither version is lost yet. Choose which to keep."
                    .into(),
            actions: vec![
                ("Use the other tab's version", Action::UseOtherTab),
                ("Keep this tab's version", Action::KeepThisTab),
                ("Download this tab's version", Action::DownloadBackup),
            ],
        }),
        Some(SaveProblem::Storage(e)) => {
            let advice = match e {
                StorageError::QuotaFull => "Download a backup now, then free space in this browser (for example by deleting organizations you no longer need) and try again.",
                _ => "Download a backup now so nothing is lost, then try again.",
            };
            out.push(Notice {
                lead: "Changes are not being saved: ",
                body: format!("{e}. {advice}"),
                actions: vec![("Download backup", Action::DownloadBackup), ("Try saving again", Action::Retry)],
            })
        }
    }
    for (key, reason) in state.quarantined.get() {
        let why = reason.map(|r| format!(" ({r})")).unwrap_or_default();
        let mut actions = vec![("Download unreadable data", Action::DownloadKept(key.clone()))];
        if confirming.contains(&key) {
            actions.push(("Discard permanently", Action::Discard(key.clone())));
            actions.push(("Keep it", Action::KeepKept(key)));
        } else {
            actions.push(("Discard it…", Action::AskDiscard(key)));
        }
        out.push(Notice {
            lead: "Some saved data could not be read",
            body: format!("{why}. It has been kept aside, untouched. Download it to keep a copy or to ask for help; discard it only if you are sure you do not need it."),
            actions,
        });
    }
    out
}

/// Everything about storage the user must know: data kept aside, saves that fail,
/// read-only or memory-only modes, another tab's changes.
#[component]
fn StorageNotices() -> impl IntoView {
    let state = use_state();
    // Unreadable values whose "Discard" was pressed once and awaits confirmation.
    let confirming = RwSignal::new(Vec::<String>::new());

    let run = move |action: Action| match action {
        Action::Reload => {
            let _ = window().location().reload();
        }
        Action::DownloadBackup => download_backup(state),
        Action::UseOtherTab => state.load_other_tab(),
        Action::KeepThisTab => state.keep_this_tab(),
        Action::Retry => state.flush(),
        Action::DownloadKept(key) => {
            let text = state.quarantined_text(&key).unwrap_or_default();
            let name = format!("mission-ready-unreadable-{}.txt", today_iso());
            if let Err(e) = download_text(&name, "text/plain", &text) {
                state.announce(format!("The file could not be downloaded: {e}."));
            }
        }
        Action::AskDiscard(key) => {
            confirming.update(|c| c.push(key));
            // The buttons are re-rendered; put focus on the safe choice.
            request_animation_frame(|| focus_first(".notices .keep"));
        }
        Action::KeepKept(key) => confirming.update(|c| c.retain(|k| *k != key)),
        Action::Discard(key) => {
            state.discard_quarantined(&key);
            confirming.update(|c| c.retain(|k| *k != key));
            state.announce("The unreadable data was discarded.");
        }
    };

    let list = move || {
        confirming
            .with(|c| notices(state, c))
            .into_iter()
            .map(|n| {
                view! {
                    <div class="notice notice-warn" role="alert">
                        <p><strong>{n.lead}</strong>{n.body}</p>
                        <div class="actions">
                            {n.actions
                                .into_iter()
                                .map(|(label, action)| {
                                    let class = match action {
                                        Action::Discard(_) => "danger",
                                        Action::KeepKept(_) => "keep",
                                        _ => "",
                                    };
                                    view! {
                                        <button type="button" class=class on:click=move |_| run(action.clone())>
                                            {label}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </div>
                }
            })
            .collect_view()
    };

    view! { <div class="notices">{list}</div> }
}

/// A new version waiting ("Reload for the new version", switched only on the user's word and
/// after saving), and a quiet line while the browser is offline.
#[component]
fn UpdateAndNetwork() -> impl IntoView {
    let state = use_state();
    let offline = use_offline();
    let problem = RwSignal::new(None::<&'static str>);
    let reload = move |_| problem.set(offline.apply_update(state).err());
    view! {
        <div class="live-notices" role="status">
            {move || offline.update_ready.get().then(|| view! {
                <div class="notice notice-info">
                    <p>
                        <strong>"A new version of Mission Ready is ready. "</strong>
                        "Your work is saved first; nothing changes until you choose."
                    </p>
                    {move || problem.get().map(|p| view! { <p class="error">{p}</p> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=reload>"Reload for the new version"</button>
                    </div>
                </div>
            })}
            {move || (!offline.online.get()).then(|| view! {
                <p class="offline-note">
                    <span class="dot" aria-hidden="true"></span>
                    "Offline. Everything still works and is saved in this browser."
                </p>
            })}
        </div>
    }
}

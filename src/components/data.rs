//! "Your data": download a backup, restore one (merge or replace), import a kit file, see
//! how much storage is used and whether the browser keeps it, delete everything.

use super::import::import_and_open;
use super::share::KitPreview;
use crate::browser::{read_file, set_title, storage_persisted, FileProblem};
use crate::domain::text::group_thousands;
use crate::domain::transfer::{ImportError, Incoming, Restore, FILE_MAX};
use crate::domain::Workspace;
use crate::router::use_router;
use crate::state::{download_backup, use_state};
use crate::storage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The word to type before everything is deleted.
const DELETE_WORD: &str = "DELETE";

#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Your data");
    let state = use_state();
    let router = use_router();
    // What the chosen file holds, or why it cannot be used.
    let incoming = RwSignal::new(None::<Result<Incoming, String>>);
    let confirm_replace = RwSignal::new(false);
    // Bumped to clear the file input after a file is used or cancelled.
    let picker = RwSignal::new(0u32);
    let deleting = RwSignal::new(false);
    let typed = RwSignal::new(String::new());

    // Whether the browser already keeps storage; `state.persisted` has the answer once asked.
    let kept = RwSignal::new(None::<bool>);
    storage_persisted(move |k| kept.set(k));
    let persistent = move || state.persisted.get().filter(|g| *g).or(kept.get());

    let choose = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        let Some(file) = file else { return };
        confirm_replace.set(false);
        read_file(file, FILE_MAX, move |read| {
            let result = match read {
                Ok(bytes) => storage::read_import_file(&bytes).map_err(|e| e.to_string()),
                Err(FileProblem::TooLarge(size)) => Err(ImportError::TooLarge(format!(
                    "the file is {} KiB; files are read up to {} MiB",
                    group_thousands(size / 1024),
                    FILE_MAX / (1024 * 1024)
                ))
                .to_string()),
                Err(FileProblem::Unreadable) => Err("The browser could not read this file.".to_string()),
            };
            incoming.set(Some(result));
        });
    };
    let done = move |message: String| {
        incoming.set(None);
        confirm_replace.set(false);
        picker.update(|p| *p += 1);
        state.announce(message);
    };
    let restore = move |backup: &Workspace, how: Restore| {
        let added = state.restore(backup, how);
        done(match how {
            Restore::Merge => format!("Merged the backup: {added} organizations added; everything here was kept."),
            Restore::Replace => format!("Replaced everything with the backup: {added} organizations."),
        });
    };

    let preview = move || {
        let here = state.workspace.with_untracked(|w| w.organizations.len());
        match incoming.get()? {
            Err(message) => Some(
                view! {
                    <div class="notice" role="alert">
                        <p><strong>"This file cannot be used. "</strong>{message}" Nothing was changed."</p>
                    </div>
                }
                .into_any(),
            ),
            Ok(Incoming::Kit(kit)) => {
                let for_import = kit.clone();
                Some(
                    view! {
                        <KitPreview kit />
                        <div class="actions">
                            <button type="button" class="primary" on:click=move |_| {
                                picker.update(|p| *p += 1);
                                incoming.set(None);
                                import_and_open(state, router, &for_import);
                            }>"Import kit"</button>
                            <button type="button" on:click=move |_| done("Nothing was imported.".into())>"Cancel"</button>
                        </div>
                    }
                    .into_any(),
                )
            }
            Ok(Incoming::Backup(backup)) => {
                let names: Vec<String> = backup.organizations.iter().map(|o| o.name.clone()).collect();
                let count = names.len();
                let (merge, replace) = (backup.clone(), backup);
                let new_here = merge
                    .organizations
                    .iter()
                    .filter(|o| state.workspace.with_untracked(|w| w.get(&o.id).is_none()))
                    .count();
                Some(
                    view! {
                        <div class="kit-preview">
                            <h3>{format!("A backup of {count} {}", if count == 1 { "organization" } else { "organizations" })}</h3>
                            <ul class="kit-orgs">{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        </div>
                        {move || if confirm_replace.get() {
                            let replace = replace.clone();
                            view! {
                                <div class="notice" role="alert">
                                    <p>
                                        <strong>"Replace everything? "</strong>
                                        {format!("The {here} organizations in this browser, with their notes and debriefs, will be deleted and the backup's {count} put in their place. Download a backup of what is here first if you may need it.")}
                                    </p>
                                    <div class="actions">
                                        <button type="button" on:click=move |_| download_backup(state)>"Download backup of what is here"</button>
                                        <button type="button" class="danger" on:click=move |_| restore(&replace, Restore::Replace)>"Replace everything"</button>
                                        <button type="button" class="keep" on:click=move |_| confirm_replace.set(false)>"Cancel"</button>
                                    </div>
                                </div>
                            }
                            .into_any()
                        } else {
                            let merge = merge.clone();
                            view! {
                                <p class="hint">
                                    {format!("Merge adds the {new_here} organizations of the backup that are not here and keeps everything you have. Replace makes this browser hold exactly the backup.")}
                                </p>
                                <div class="actions">
                                    <button type="button" class="primary" on:click=move |_| restore(&merge, Restore::Merge)>"Merge into what is here"</button>
                                    <button type="button" on:click=move |_| confirm_replace.set(true)>"Replace everything here…"</button>
                                    <button type="button" on:click=move |_| done("Nothing was restored.".into())>"Cancel"</button>
                                </div>
                            }
                            .into_any()
                        }}
                    }
                    .into_any(),
                )
            }
        }
    };

    let used = move || {
        state.workspace.track();
        let bytes = storage::used_bytes();
        let orgs = state.workspace.with(|w| w.organizations.len());
        format!(
            "Mission Ready uses about {} KB of this browser's storage, for {orgs} {}.",
            group_thousands(bytes.div_ceil(1024)),
            if orgs == 1 { "organization" } else { "organizations" }
        )
    };

    let delete_now = move |_| {
        if typed.get_untracked().trim() != DELETE_WORD {
            return;
        }
        let message = match state.delete_all() {
            Ok(()) => "Everything was deleted from this browser.".to_string(),
            Err(e) => format!("Your organizations were deleted, but {e}."),
        };
        deleting.set(false);
        typed.set(String::new());
        state.announce(message);
    };

    view! {
        <section class="page data" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title" tabindex="-1">"Your data"</h1>
                <p class="lede">
                    "Everything you enter is kept in this browser, on this device, and nowhere else. "
                    "Back it up to keep it safe or to move to another browser."
                </p>
            </div>

            <h2>"Back up"</h2>
            <p>"One file with everything: organizations, missions, notes, card progress, debriefs, ratings and comparison settings. Keep it somewhere safe, and restore it here in any browser."</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| download_backup(state)>"Download backup"</button>
            </div>

            <h2>"Restore a backup or import a kit file"</h2>
            <p>"Choose a backup to restore, or a kit file someone sent you. You see what it holds before anything changes."</p>
            {move || {
                picker.track();
                view! {
                    <div class="field">
                        <label for="import-file">"Backup or kit file"</label>
                        <input id="import-file" type="file" accept=".json,application/json,text/plain" on:change=choose />
                    </div>
                }
            }}
            {preview}

            <h2>"Storage"</h2>
            <p>{used}</p>
            {move || match persistent() {
                Some(true) => view! {
                    <p>"This browser keeps your data until you delete it: it will not clear it to free space."</p>
                }
                .into_any(),
                _ => view! {
                    <p>
                        "This browser may clear your data when the device runs low on space (rare, and mostly on phones). "
                        "Keep a backup, or ask the browser to keep it. Browsers decide for themselves and may say no."
                    </p>
                    <div class="actions">
                        <button type="button" on:click=move |_| state.ask_persistence()>"Ask the browser to keep my data"</button>
                    </div>
                }
                .into_any(),
            }}

            <div class="danger-zone">
                <h2>"Delete all data"</h2>
                <p>"Removes every organization, note, debrief and setting from this browser. It cannot be undone: download a backup first if you may want any of it."</p>
                {move || if deleting.get() {
                    view! {
                        <div class="field">
                            <label for="delete-confirm">{format!("Type {DELETE_WORD} to confirm")}</label>
                            <input
                                id="delete-confirm"
                                type="text"
                                autocomplete="off"
                                prop:value=move || typed.get()
                                on:input:target=move |ev| typed.set(ev.target().value())
                            />
                        </div>
                        <div class="actions">
                            <button
                                type="button"
                                class="danger"
                                disabled=move || typed.with(|t| t.trim() != DELETE_WORD)
                                on:click=delete_now
                            >"Delete everything"</button>
                            <button type="button" class="keep" on:click=move |_| {
                                deleting.set(false);
                                typed.set(String::new());
                            }>"Cancel"</button>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <div class="actions">
                            <button type="button" class="danger" on:click=move |_| deleting.set(true)>"Delete all data…"</button>
                        </div>
                    }
                    .into_any()
                }}
            </div>
        </section>
    }
}

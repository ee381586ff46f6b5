//! Reactive state and its persistence.
//!
//! One `RwSignal<Workspace>` holds everything the user keeps. It is filled from storage
//! *before* anything can write (so a slow or failed read can never be overwritten by an
//! empty workspace), then a single effect saves it, debounced, and the page's `pagehide`
//! and `visibilitychange` events flush any pending save so closing the tab loses nothing.
//!
//! Two tabs: every save checks that the stored revision is the one this tab last saw.
//! If another tab wrote in between, this tab does not overwrite it; the user chooses.
//! A tab with no unsaved changes simply follows the other tab's writes.

use crate::domain::Workspace;
use crate::storage::{self, LoadOutcome, SaveError, StorageError};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing may pause before a save.
pub const SAVE_DEBOUNCE: Duration = Duration::from_millis(400);

/// Whether this tab may write to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveMode {
    /// Saves normally.
    Normal,
    /// Never writes: the stored data is from a newer version, or unreadable data could not
    /// be copied aside. The reason is shown to the user.
    ReadOnly(String),
    /// Storage is unavailable: everything works, nothing is kept after the tab closes.
    MemoryOnly(String),
}

/// A problem with the last save, shown until it is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Another tab saved since this tab last read; this tab's changes are held back.
    Conflict,
    /// The browser refused the write.
    Storage(StorageError),
}

/// Bookkeeping for persistence; not reactive.
#[derive(Clone, Debug, Default)]
struct Persist {
    /// The stored revision this tab last read or wrote.
    rev: u64,
    /// The workspace as last saved or loaded, to skip writes that change nothing.
    saved: Workspace,
    timer: Option<TimeoutHandle>,
}

/// Everything components need, passed through context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    /// True once stored data has been read (or found absent). Nothing saves before.
    pub ready: RwSignal<bool>,
    pub mode: RwSignal<SaveMode>,
    pub problem: RwSignal<Option<SaveProblem>>,
    /// Unreadable values kept aside, by storage key, with the reason when known.
    pub quarantined: RwSignal<Vec<(String, Option<String>)>>,
    /// Bumped when the workspace is replaced from outside this tab, so open editors
    /// re-read it instead of holding stale drafts.
    pub generation: RwSignal<u32>,
    /// A short message for the polite status region ("Added Mayo Clinic.").
    pub announcement: RwSignal<String>,
    persist: StoredValue<Persist>,
}

/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A fresh organization id.
pub fn new_org_id(workspace: &Workspace) -> String {
    workspace.new_id(now_ms(), || (js_sys::Math::random() * f64::from(u32::MAX)) as u32)
}

impl AppState {
    /// State with nothing loaded; [`AppState::load`] fills it.
    pub fn new() -> Self {
        Self {
            workspace: RwSignal::new(Workspace::default()),
            ready: RwSignal::new(false),
            mode: RwSignal::new(SaveMode::Normal),
            problem: RwSignal::new(None),
            quarantined: RwSignal::new(Vec::new()),
            generation: RwSignal::new(0),
            announcement: RwSignal::new(String::new()),
            persist: StoredValue::new(Persist::default()),
        }
    }

    /// Read storage, then start saving. Call once, at start-up.
    pub fn load(self) {
        let now = now_ms();
        match storage::load_workspace(now) {
            LoadOutcome::Fresh => {}
            LoadOutcome::Loaded(stored) => self.adopt(stored.workspace, stored.rev),
            LoadOutcome::Unreadable { reason, kept_as, rev } => match kept_as {
                Some(key) => {
                    self.persist.update_value(|p| p.rev = rev);
                    self.quarantined.update(|q| q.push((key, Some(reason))));
                }
                None => {
                    // Could not copy it aside: leave it where it is and never write over it.
                    self.quarantined.update(|q| q.push((storage::WORKSPACE_KEY.to_string(), Some(reason.clone()))));
                    self.mode.set(SaveMode::ReadOnly(format!(
                        "Mission Ready could not read your saved data ({reason}) and could not copy it aside, so this tab will not save over it."
                    )));
                }
            },
            LoadOutcome::Newer { reason } => self.mode.set(SaveMode::ReadOnly(format!(
                "Nothing will be saved in this tab: {reason}. Reload the page to get the newer version."
            ))),
            LoadOutcome::Unavailable(e) => self.mode.set(SaveMode::MemoryOnly(e.to_string())),
        }
        // Values kept aside in earlier visits stay listed until the user discards them.
        let known: Vec<String> = self.quarantined.with_untracked(|q| q.iter().map(|(k, _)| k.clone()).collect());
        let earlier: Vec<(String, Option<String>)> =
            storage::quarantined_keys().into_iter().filter(|k| !known.contains(k)).map(|k| (k, None)).collect();
        self.quarantined.update(|q| q.extend(earlier));
        self.ready.set(true);
        self.start_saving();
    }

    fn adopt(self, workspace: Workspace, rev: u64) {
        self.persist.update_value(|p| {
            p.rev = rev;
            p.saved = workspace.clone();
        });
        self.workspace.set(workspace);
    }

    fn start_saving(self) {
        // Effects synchronize reactive state with the world outside it: here, storage.
        Effect::new(move |_| {
            self.workspace.track();
            self.schedule_save();
        });
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush();
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |e| {
            // `key` is None when another tab cleared all storage.
            if e.key().is_none_or(|k| k == storage::WORKSPACE_KEY) {
                self.other_tab_wrote();
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
            on_storage.remove();
        });
    }

    fn schedule_save(self) {
        if let Some(t) = self.persist.with_value(|p| p.timer) {
            t.clear();
        }
        let timer = set_timeout_with_handle(move || self.flush(), SAVE_DEBOUNCE).ok();
        self.persist.update_value(|p| p.timer = timer);
        if timer.is_none() {
            self.flush();
        }
    }

    /// True when this tab holds changes that are not in storage.
    pub fn has_unsaved_changes(self) -> bool {
        self.persist.with_value(|p| self.workspace.with_untracked(|w| *w != p.saved))
    }

    /// Save now if anything changed. Safe to call at any time.
    pub fn flush(self) {
        self.save(false);
    }

    fn save(self, force: bool) {
        if let Some(t) = self.persist.with_value(|p| p.timer) {
            t.clear();
        }
        self.persist.update_value(|p| p.timer = None);
        if !self.ready.get_untracked() || self.mode.get_untracked() != SaveMode::Normal {
            return;
        }
        if !force && !self.has_unsaved_changes() {
            return;
        }
        // A conflict stays until the user resolves it; do not retry over the other tab.
        if !force && self.problem.get_untracked() == Some(SaveProblem::Conflict) {
            return;
        }
        let workspace = self.workspace.get_untracked();
        let seen = self.persist.with_value(|p| p.rev);
        match storage::save_workspace(&workspace, seen, now_ms(), force) {
            Ok(rev) => {
                self.persist.update_value(|p| {
                    p.rev = rev;
                    p.saved = workspace;
                });
                if self.problem.get_untracked().is_some() {
                    self.problem.set(None);
                }
            }
            Err(SaveError::Conflict { .. }) => self.problem.set(Some(SaveProblem::Conflict)),
            Err(SaveError::Storage(e)) => self.problem.set(Some(SaveProblem::Storage(e))),
        }
    }

    /// Conflict resolved in favour of this tab: write its version over the other tab's.
    pub fn keep_this_tab(self) {
        self.problem.set(None);
        self.save(true);
    }

    /// Conflict resolved in favour of the other tab: load what is stored.
    pub fn load_other_tab(self) {
        self.problem.set(None);
        self.reload_from_storage();
    }

    fn other_tab_wrote(self) {
        if self.mode.get_untracked() != SaveMode::Normal {
            return;
        }
        if self.has_unsaved_changes() {
            self.problem.set(Some(SaveProblem::Conflict));
        } else {
            self.reload_from_storage();
        }
    }

    fn reload_from_storage(self) {
        self.generation.update(|g| *g = g.wrapping_add(1));
        match storage::load_workspace(now_ms()) {
            LoadOutcome::Fresh => self.adopt(Workspace::default(), 0),
            LoadOutcome::Loaded(stored) => self.adopt(stored.workspace, stored.rev),
            LoadOutcome::Unreadable { reason, kept_as, rev } => {
                self.persist.update_value(|p| p.rev = rev);
                let key = kept_as.unwrap_or_else(|| storage::WORKSPACE_KEY.to_string());
                self.quarantined.update(|q| q.push((key, Some(reason))));
            }
            LoadOutcome::Newer { reason } => self.mode.set(SaveMode::ReadOnly(format!(
                "Another tab is running a newer version of Mission Ready, so this tab has stopped saving ({reason}). Reload the page."
            ))),
            LoadOutcome::Unavailable(e) => self.problem.set(Some(SaveProblem::Storage(e))),
        }
    }

    /// Change one organization in place (a card note, a rating). Nothing happens if it was
    /// deleted meanwhile (in another tab, say).
    pub fn update_org(self, id: &str, f: impl FnOnce(&mut crate::domain::Organization)) {
        self.workspace.update(|w| {
            if let Some(org) = w.get_mut(id) {
                f(org);
                org.updated_at = now_ms();
            }
        });
    }

    /// Tell screen-reader users (and everyone, visually) what just happened.
    pub fn announce(self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }

    /// The raw text of a quarantined value, for download.
    pub fn quarantined_text(self, key: &str) -> Option<String> {
        storage::read(key).ok().flatten()
    }

    /// Forget a quarantined value for good (the user confirmed).
    pub fn discard_quarantined(self, key: &str) {
        if key == storage::WORKSPACE_KEY {
            // The unreadable value was never copied aside; discarding it lets this tab save.
            let _ = storage::remove(key);
            self.persist.update_value(|p| p.rev = 0);
            self.mode.set(SaveMode::Normal);
            self.schedule_save();
        } else {
            let _ = storage::remove(key);
        }
        self.quarantined.update(|q| q.retain(|(k, _)| k != key));
    }

    /// The whole workspace as a backup file's text.
    pub fn backup_text(self) -> String {
        let rev = self.persist.with_value(|p| p.rev);
        self.workspace.with_untracked(|w| storage::encode(w, rev, now_ms()))
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

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

use crate::browser::{download_text, today_iso};
use crate::domain::compare::{SettingsEdit, SettingsError};
use crate::domain::deck::{self, Card};
use crate::domain::edit::{self, EditError, OrgEdit};
use crate::domain::example::example_organization;
use crate::domain::mission::{self, Report, Summary};
use crate::domain::transfer::{self, Kit, Restore};
use crate::domain::{FieldError, OrgDraft, Organization, Workspace};
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
    /// A short message for the polite status region ("Added Mayo Clinic.").
    pub announcement: RwSignal<String>,
    /// Whether the browser keeps this site's storage until the user clears it: `None`
    /// until asked (after the first save that holds an organization).
    pub persisted: RwSignal<Option<bool>>,
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
            announcement: RwSignal::new(String::new()),
            persisted: RwSignal::new(None),
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
                // The first save worth keeping: ask the browser not to clear storage.
                if self.persisted.get_untracked().is_none() && !workspace.organizations.is_empty() {
                    self.ask_persistence();
                }
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

    /// Adopt what another tab saved. Open screens update in place through their memos:
    /// only what changed re-renders, so a practice session, an open form or an invalid
    /// draft on screen is left as it is.
    fn reload_from_storage(self) {
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

    /// Add an organization from a valid draft; returns its id, or the draft's problems.
    pub fn add_organization(self, draft: &OrgDraft) -> Result<String, Vec<FieldError>> {
        let id = self.workspace.with_untracked(new_org_id);
        let mut result = Ok(());
        self.workspace.maybe_update(|w| {
            result = w.add(draft, id.clone(), now_ms());
            result.is_ok()
        });
        result.map(|()| id)
    }

    /// The worked example's id, adding it first if the user does not have it yet. True
    /// when it was added.
    pub fn open_example(self) -> (String, bool) {
        if let Some(id) = self.workspace.with_untracked(|w| w.example_id().map(str::to_string)) {
            return (id, false);
        }
        let id = self.workspace.with_untracked(new_org_id);
        let org = example_organization(id.clone(), now_ms());
        self.workspace.update(|w| w.organizations.push(org));
        (id, true)
    }

    /// Delete an organization and save at once: a deletion should not wait for the
    /// debounce. Returns it if it was there.
    pub fn delete_organization(self, id: &str) -> Option<Organization> {
        let mut removed = None;
        self.workspace.maybe_update(|w| {
            removed = w.remove(id);
            removed.is_some()
        });
        self.flush();
        removed
    }

    /// Ask the browser to keep this site's storage (`navigator.storage.persist()`), and
    /// record its answer. Asked once per visit, after a save worth keeping, or from the
    /// "Your data" page.
    pub fn ask_persistence(self) {
        self.persisted.set(Some(false));
        crate::browser::persist_storage(move |answer| {
            if let Some(granted) = answer {
                self.persisted.set(Some(granted));
            }
        });
    }

    /// Add a kit's organizations as new ones, and save at once. Returns their ids.
    pub fn import_kit(self, kit: &Kit) -> Vec<String> {
        let mut ids = Vec::new();
        self.workspace.update(|w| ids = kit.import_into(w, now_ms(), new_org_id));
        self.flush();
        ids
    }

    /// Restore a backup by merging or replacing, and save at once. Returns how many
    /// organizations were added.
    pub fn restore(self, backup: &Workspace, how: Restore) -> usize {
        let mut added = 0;
        self.workspace.update(|w| added = transfer::restore(w, backup, how));
        self.flush();
        added
    }

    /// Delete everything Mission Ready keeps in this browser: the workspace is emptied and
    /// saved (so other tabs follow), and every copy kept aside is removed.
    pub fn delete_all(self) -> Result<(), StorageError> {
        self.workspace.set(Workspace::default());
        self.flush();
        self.quarantined.set(Vec::new());
        storage::remove_all_but_workspace()
    }

    /// Apply a change to the comparison settings, if it is valid.
    pub fn edit_settings(self, edit: SettingsEdit) -> Result<(), SettingsError> {
        let mut result = Ok(());
        self.workspace.maybe_update(|w| {
            result = w.compare.apply(&edit);
            result.is_ok()
        });
        result
    }

    /// Tell screen-reader users (and everyone, visually) what just happened.
    /// Change organization `id` (see [`OrgModel::edit`], the usual way in). Validated in
    /// the domain: an `Err` changed nothing.
    pub fn edit_org(self, id: &str, edit: &OrgEdit) -> Result<(), EditError> {
        let today = today_iso();
        let mut result = Err(EditError::Gone);
        self.workspace.maybe_update(|w| {
            let Some(org) = w.get_mut(id) else { return false };
            result = edit::apply(org, edit, &today);
            let changed = result == Ok(true);
            if changed {
                org.updated_at = now_ms();
            }
            changed
        });
        result.map(|_| ())
    }

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

/// Offer the whole workspace as a backup file.
pub fn download_backup(state: AppState) {
    let name = format!("mission-ready-backup-{}.json", today_iso());
    if let Err(e) = download_text(&name, "application/json", &state.backup_text()) {
        state.announce(format!("The backup could not be downloaded: {e}."));
    }
}

/// The app state from context. Every component below `App` has it.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// One organization as every screen sees it: the stored organization, its mission check
/// and its deck, each a memo computed once per change of what it depends on, and one way
/// to change it, [`OrgModel::edit`].
///
/// The one editing idiom: a control's value is a memo of the stored value, and its input
/// handler sends a typed [`OrgEdit`]. A refused edit changes nothing and returns the
/// message to show; since the stored value did not change, the control keeps what the
/// person typed until they fix it, and shows the stored value again whenever it re-mounts.
#[derive(Clone, Copy)]
pub struct OrgModel {
    state: AppState,
    id: StoredValue<String>,
    /// The organization as stored; `None` once it is deleted (here or in another tab).
    pub org: Memo<Option<Organization>>,
    /// Whether it exists: changes only when it is added or deleted.
    pub exists: Memo<bool>,
    /// The mission check of the stored statement, without the findings the user marked
    /// "Doesn't apply here": the analysis re-runs only when the statement changes.
    pub report: Memo<Report>,
    /// What was found and the verdict, without positions in the statement: unchanged by a
    /// keystroke that moves no finding, so what depends on it (the deck, the list of
    /// findings) is rebuilt only when a finding changes.
    pub summary: Memo<Summary>,
    /// The deck: rebuilt only when the mission check, the position or the user's cards
    /// change, never for a note.
    pub deck: Memo<Vec<Card>>,
}

impl OrgModel {
    pub fn new(state: AppState, id: String) -> Self {
        let key = id.clone();
        let org = Memo::new(move |_| state.workspace.with(|w| w.get(&key).cloned()));
        // The statement and the name (never evidence): the analysis re-runs only when they change.
        let statement = Memo::new(move |_| {
            org.with(|o| o.as_ref().map(|o| (o.mission.clone(), o.name.clone())).unwrap_or_default())
        });
        let analysis = Memo::new(move |_| statement.with(|(m, name)| mission::analyze_named(m, name)));
        let dismissed =
            Memo::new(move |_| org.with(|o| o.as_ref().map(Organization::dismissed_ids).unwrap_or_default()));
        let report = Memo::new(move |_| dismissed.with(|d| analysis.with(|r| r.clone().without(d))));
        let deck_parts = Memo::new(move |_| {
            org.with(|o| o.as_ref().map(|o| (o.position, o.custom_cards.clone())).unwrap_or_default())
        });
        let summary = Memo::new(move |_| report.with(|r| r.clone().summary()));
        let deck = Memo::new(move |_| {
            deck_parts.with(|(p, custom)| summary.with(|s| deck::assemble_from(*p, &s.findings, custom)))
        });
        let exists = Memo::new(move |_| org.with(Option::is_some));
        Self { state, id: StoredValue::new(id), org, exists, report, summary, deck }
    }

    pub fn id(self) -> String {
        self.id.get_value()
    }

    /// A memo of one stored value: it notifies only when that value changes, so a control
    /// bound to it is left alone while other fields are edited, here or in another tab.
    pub fn field<T>(self, get: impl Fn(&Organization) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Clone + Default + PartialEq + Send + Sync + 'static,
    {
        // Boxed, so the memo's code is compiled once per value type, not once per call.
        field_memo(self.org, Box::new(get))
    }

    /// Change the organization. Validated in the domain: an `Err` changed nothing and
    /// carries the message to show.
    pub fn edit(self, edit: OrgEdit) -> Result<(), EditError> {
        self.state.edit_org(&self.id.get_value(), &edit)
    }

    /// [`OrgModel::edit`] with the error as the message a form shows.
    pub fn edit_or_message(self, edit: OrgEdit) -> Option<String> {
        self.edit(edit).err().map(|e| e.kept_message())
    }
}

type Getter<T> = Box<dyn Fn(&Organization) -> T + Send + Sync>;

fn field_memo<T>(org: Memo<Option<Organization>>, get: Getter<T>) -> Memo<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| org.with(|o| o.as_ref().map(&get).unwrap_or_default()))
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

//! Persistence: the only code that touches `localStorage`.
//!
//! Every stored value is a versioned envelope:
//!
//! ```json
//! {"schema":1,"app":"0.1.0","rev":7,"saved_at":1764250000000,"data":{…}}
//! ```
//!
//! * `schema` says how to read `data`; older schemas are migrated in memory, step by step.
//! * `rev` increases by one on every write, so a tab can tell whether someone else wrote
//!   since it last read (two tabs must never silently overwrite each other).
//! * A value that cannot be read is never overwritten: it is copied aside under a
//!   `missionready.quarantine.<time>` key and the user is told, and can download it.
//! * A value written by a newer schema puts the app in read-only mode.
//!
//! The envelope codec is pure and tested natively; the browser adapter below it turns every
//! browser failure (storage blocked, quota full) into a typed error, never a panic.

use crate::domain::transfer::{self, ImportError, Incoming};
use crate::domain::Workspace;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::borrow::Cow;

/// Where the workspace lives.
pub const WORKSPACE_KEY: &str = "missionready.workspace";
/// Unreadable values are copied under this prefix plus the time they were found.
pub const QUARANTINE_PREFIX: &str = "missionready.quarantine.";
/// Before a migration, the stored value is copied under this prefix plus its schema.
pub const BACKUP_PREFIX: &str = "missionready.backup.schema";
/// The schema this build writes.
pub const CURRENT_SCHEMA: u32 = 5;

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    schema: u32,
    app: &'a str,
    rev: u64,
    saved_at: u64,
    data: &'a T,
}

/// `data` stays raw text until its schema is known, so a migration can read it in the
/// old shape (and so a generic JSON value type is compiled in only if a migration needs it).
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    schema: u32,
    #[serde(default)]
    rev: u64,
    #[serde(default)]
    saved_at: u64,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// Only the header, for a cheap "has someone else written?" check.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    rev: u64,
}

/// A workspace read back from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub workspace: Workspace,
    pub rev: u64,
    pub saved_at: u64,
    /// The schema it was written with, when that was older than [`CURRENT_SCHEMA`].
    pub migrated_from: Option<u32>,
}

/// Why a stored value could not be read. Each reads as a sentence for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (truncated, or written by something else).
    NotJson(String),
    /// JSON, but not one of our envelopes.
    NotAnEnvelope,
    /// Written by a newer version of the app.
    NewerSchema { found: u32 },
    /// A schema number this app never wrote.
    UnknownSchema { found: u32 },
    /// The envelope is fine but its data has the wrong shape.
    BadData(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "the saved data is damaged ({e})"),
            DecodeError::NotAnEnvelope => write!(f, "the saved data is not in Mission Ready's format"),
            DecodeError::NewerSchema { found } => write!(
                f,
                "the saved data was written by a newer version of Mission Ready (format {found}; this version reads up to {CURRENT_SCHEMA})"
            ),
            DecodeError::UnknownSchema { found } => write!(f, "the saved data has an unknown format number ({found})"),
            DecodeError::BadData(e) => write!(f, "the saved data has an unexpected shape ({e})"),
        }
    }
}

/// Serialize a workspace into an envelope.
pub fn encode(workspace: &Workspace, rev: u64, saved_at: u64) -> String {
    let env = EnvelopeOut { schema: CURRENT_SCHEMA, app: env!("CARGO_PKG_VERSION"), rev, saved_at, data: workspace };
    // Serializing plain structs of strings and numbers cannot fail; an empty string would
    // be refused by `decode` rather than silently accepted.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Read an envelope, migrating older schemas.
pub fn decode(raw: &str) -> Result<Stored, DecodeError> {
    let env: EnvelopeIn = serde_json::from_str(raw).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => DecodeError::NotAnEnvelope,
        _ => DecodeError::NotJson(short(&e.to_string())),
    })?;
    let data = migrate(env.schema, Cow::Borrowed(env.data.get()))?;
    let mut workspace: Workspace =
        serde_json::from_str(&data).map_err(|e| DecodeError::BadData(short(&e.to_string())))?;
    // Built-in comparison domains added since the data was saved (compensation, say).
    workspace.compare.complete();
    Ok(Stored {
        workspace,
        rev: env.rev,
        saved_at: env.saved_at,
        migrated_from: (env.schema < CURRENT_SCHEMA).then_some(env.schema),
    })
}

/// The revision of a stored envelope, if it is readable enough to have one.
pub fn peek_rev(raw: &str) -> Option<u64> {
    serde_json::from_str::<Header>(raw).ok().map(|h| h.rev)
}

/// One migration step: the data (JSON text) of schema `n` to that of schema `n + 1`.
type Step = fn(&str) -> Result<String, DecodeError>;

/// `STEPS[i]` migrates schema `i + 1` to `i + 2`. Each schema has a committed fixture in
/// `tests/fixtures/storage/` (kept, never edited) that a test migrates.
///
/// * 1 → 2: organizations gain `position`, `progress` and `custom_cards` (question cards).
///   Their defaults are right for old data, so the text is unchanged; the bump exists so
///   that a build that only knows schema 1 opens read-only instead of saving the
///   workspace without the fields it does not know (and so losing card notes).
/// * 2 → 3: organizations gain `debrief` (checklist, debrief, ratings, hard stop) and the
///   workspace gains `compare` (domains and weights); unchanged text, for the same reason.
/// * 3 → 4: organizations gain `kit` (the share kit they were imported from); unchanged text.
/// * 4 → 5: card progress gains `said` (what they said, recorded in interview mode);
///   unchanged text.
const STEPS: &[Step] = &[unchanged, unchanged, unchanged, unchanged];

/// A step whose new fields all default correctly from the old text.
fn unchanged(data: &str) -> Result<String, DecodeError> {
    Ok(data.to_string())
}

/// Bring `data` written with `schema` up to [`CURRENT_SCHEMA`].
pub fn migrate(schema: u32, mut data: Cow<'_, str>) -> Result<Cow<'_, str>, DecodeError> {
    if schema > CURRENT_SCHEMA {
        return Err(DecodeError::NewerSchema { found: schema });
    }
    if schema == 0 {
        return Err(DecodeError::UnknownSchema { found: schema });
    }
    for step in &STEPS[(schema - 1) as usize..] {
        data = Cow::Owned(step(&data)?);
    }
    Ok(data)
}

/// Read a file the user chose to import: a backup (in the stored envelope), a kit file, or
/// a share link saved as text. Its size is checked before anything is parsed, and a backup
/// is held to the same limits as a kit.
pub fn read_import_file(bytes: &[u8]) -> Result<Incoming, ImportError> {
    let text = transfer::file_text(bytes)?;
    if let Some(kit) = transfer::read_kit_text(text)? {
        return Ok(Incoming::Kit(kit));
    }
    match decode(text) {
        Ok(stored) => {
            transfer::check_workspace(&stored.workspace)?;
            Ok(Incoming::Backup(stored.workspace))
        }
        Err(DecodeError::NewerSchema { found }) => Err(ImportError::Newer { found }),
        Err(DecodeError::NotJson(_) | DecodeError::BadData(_)) => Err(ImportError::Damaged),
        Err(DecodeError::NotAnEnvelope | DecodeError::UnknownSchema { .. }) => Err(ImportError::NotAKit),
    }
}

fn short(text: &str) -> String {
    text.chars().take(120).collect()
}

// ---------------------------------------------------------------------------------------
// Browser adapter
// ---------------------------------------------------------------------------------------

/// A failure of the browser's storage, in words the user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// `localStorage` is blocked or missing (private mode, blocked cookies, sandbox).
    Unavailable(String),
    /// The browser refused the write because its storage for this site is full.
    QuotaFull,
    /// Anything else the browser reported.
    Failed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(e) => {
                write!(f, "this browser is not letting Mission Ready use its storage ({e})")
            }
            StorageError::QuotaFull => {
                write!(f, "this browser's storage for Mission Ready is full")
            }
            StorageError::Failed(e) => write!(f, "the browser could not save ({e})"),
        }
    }
}

fn js_message(err: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    if let Some(e) = err.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", e.name(), e.message());
    }
    if let Some(e) = err.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    err.as_string().unwrap_or_else(|| "unknown error".into())
}

fn is_quota_error(err: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    err.dyn_ref::<web_sys::DomException>()
        .map(|e| {
            let name = e.name();
            // Chromium and Safari say QuotaExceededError; old Firefox used its own name.
            name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || e.code() == 22
        })
        .unwrap_or(false)
}

/// The page's `localStorage`, or why it cannot be had.
///
/// `gloo_storage::LocalStorage::raw()` throws when the browser blocks storage, so its
/// availability is probed through `web_sys` first and gloo is only asked once that works.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw()),
        Ok(None) => Err(StorageError::Unavailable("localStorage is missing".into())),
        Err(e) => Err(StorageError::Unavailable(js_message(&e))),
    }
}

/// Read a raw value.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(|e| StorageError::Failed(js_message(&e)))
}

/// Write a raw value, and read it back to be sure the browser kept it.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    storage.set_item(key, value).map_err(|e| {
        if is_quota_error(&e) {
            StorageError::QuotaFull
        } else {
            StorageError::Failed(js_message(&e))
        }
    })?;
    match storage.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StorageError::Failed("the value read back differs from the value written".into())),
    }
}

/// Remove a raw value.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(|e| StorageError::Failed(js_message(&e)))
}

/// Every key under the quarantine prefix, oldest first.
pub fn quarantined_keys() -> Vec<String> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    let mut keys: Vec<String> = app_keys(&storage).into_iter().filter(|k| k.starts_with(QUARANTINE_PREFIX)).collect();
    keys.sort();
    keys
}

/// This app's keys in `localStorage` (workspace, kept-aside and pre-migration copies).
const APP_PREFIX: &str = "missionready.";

fn app_keys(storage: &web_sys::Storage) -> Vec<String> {
    let len = storage.length().unwrap_or(0);
    (0..len).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(APP_PREFIX)).collect()
}

/// How many bytes this app's keys and values take in `localStorage` (which stores text as
/// UTF-16, two bytes a unit).
pub fn used_bytes() -> usize {
    let Ok(storage) = local_storage() else { return 0 };
    app_keys(&storage)
        .into_iter()
        .map(|k| {
            let value = storage.get_item(&k).ok().flatten().unwrap_or_default();
            2 * (k.encode_utf16().count() + value.encode_utf16().count())
        })
        .sum()
}

/// Remove every key of this app except the workspace itself (which the caller empties and
/// saves, so another tab sees the change as a save).
pub fn remove_all_but_workspace() -> Result<(), StorageError> {
    let storage = local_storage()?;
    for k in app_keys(&storage).into_iter().filter(|k| k != WORKSPACE_KEY) {
        storage.remove_item(&k).map_err(|e| StorageError::Failed(js_message(&e)))?;
    }
    Ok(())
}

/// What the app found when it opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadOutcome {
    /// Nothing stored yet.
    Fresh,
    /// The stored workspace.
    Loaded(Stored),
    /// The stored value could not be read. It was copied to `kept_as` (when that worked);
    /// the main key may then be written again. If the copy failed, the app must not write.
    Unreadable { reason: String, kept_as: Option<String>, rev: u64 },
    /// Written by a newer version: the app must not write at all.
    Newer { reason: String },
    /// Storage itself is unavailable: the app works in memory only.
    Unavailable(StorageError),
}

/// Read the workspace, quarantining it if it cannot be read.
pub fn load_workspace(now: u64) -> LoadOutcome {
    let raw = match read(WORKSPACE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return LoadOutcome::Fresh,
        Err(e) => return LoadOutcome::Unavailable(e),
    };
    match decode(&raw) {
        Ok(stored) => {
            // Keep the value as the older schema wrote it until a later build decides it is
            // no longer needed: a migration bug then cannot lose data.
            if let Some(old) = stored.migrated_from {
                let key = format!("{BACKUP_PREFIX}{old}");
                if matches!(read(&key), Ok(None)) {
                    let _ = write(&key, &raw);
                }
            }
            LoadOutcome::Loaded(stored)
        }
        Err(e @ DecodeError::NewerSchema { .. }) => LoadOutcome::Newer { reason: e.to_string() },
        Err(e) => {
            let key = format!("{QUARANTINE_PREFIX}{now}");
            let kept_as = write(&key, &raw).ok().map(|()| key);
            // The damaged value may still carry a revision; saving over it (once it is kept
            // aside) must not be mistaken for a conflict with another tab.
            LoadOutcome::Unreadable { reason: e.to_string(), kept_as, rev: peek_rev(&raw).unwrap_or(0) }
        }
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab wrote revision `found` since this tab last read revision `expected`.
    Conflict {
        expected: u64,
        found: u64,
    },
    Storage(StorageError),
}

/// Save the workspace if the stored revision is still `seen_rev` (or unconditionally when
/// `force`). Returns the new revision.
pub fn save_workspace(workspace: &Workspace, seen_rev: u64, now: u64, force: bool) -> Result<u64, SaveError> {
    let current = read(WORKSPACE_KEY).map_err(SaveError::Storage)?;
    let stored_rev = current.as_deref().and_then(peek_rev).unwrap_or(0);
    if !force && stored_rev != seen_rev {
        return Err(SaveError::Conflict { expected: seen_rev, found: stored_rev });
    }
    let rev = stored_rev.max(seen_rev) + 1;
    write(WORKSPACE_KEY, &encode(workspace, rev, now)).map_err(SaveError::Storage)?;
    Ok(rev)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{OrgDraft, Workspace};

    fn sample() -> Workspace {
        let mut ws = Workspace::default();
        let draft = OrgDraft {
            name: "Northside <b>Health</b> \u{202E}".into(),
            mission: "To heal. 🩺\n\"Quoted\" \\ back\u{0007}".into(),
            ..OrgDraft::default()
        };
        ws.add(&draft, "o1".into(), 10).unwrap();
        ws
    }

    #[test]
    fn envelope_round_trips_with_its_header() {
        let ws = sample();
        let raw = encode(&ws, 7, 1234);
        let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(v["schema"], CURRENT_SCHEMA);
        assert_eq!(v["rev"], 7);
        assert_eq!(v["saved_at"], 1234);
        assert_eq!(v["app"], env!("CARGO_PKG_VERSION"));
        let back = decode(&raw).unwrap();
        assert_eq!(back.workspace, ws);
        assert_eq!((back.rev, back.saved_at, back.migrated_from), (7, 1234, None));
        assert_eq!(peek_rev(&raw), Some(7));
    }

    #[test]
    fn the_schema_1_fixture_loads() {
        let raw = include_str!("../tests/fixtures/storage/v1.json");
        let stored = decode(raw).expect("the committed schema-1 fixture must always load");
        assert_eq!(stored.workspace.organizations.len(), 2);
        let mayo = &stored.workspace.organizations[0];
        assert_eq!(mayo.name, "Mayo Clinic");
        assert!(mayo.mission.starts_with("Inspiring hope"));
        assert_eq!(mayo.interview_date, "2026-12-03");
        // A field this fixture predates gets its default instead of failing the load.
        assert!(!stored.workspace.organizations[1].example);
        assert_eq!(stored.rev, 12);
        assert_eq!(stored.migrated_from, Some(1));
        assert!(stored.workspace.organizations.iter().all(|o| o.progress.is_empty() && o.custom_cards.is_empty()));
    }

    #[test]
    fn the_schema_2_fixture_loads() {
        let raw = include_str!("../tests/fixtures/storage/v2.json");
        let stored = decode(raw).expect("the committed schema-2 fixture must always load");
        assert_eq!(stored.migrated_from, Some(2));
        let org = &stored.workspace.organizations[0];
        assert_eq!(org.position, crate::domain::deck::Position::Residency);
        let p = org.progress("opening.explain-mission").expect("progress");
        assert_eq!(p.notes, "Ask the program director first.");
        assert_eq!(p.status, crate::domain::practice::Status::Asked);
        assert_eq!(p.heard, Some(crate::domain::practice::Heard::Vague));
        assert_eq!((p.due.as_str(), p.interval, p.ease, p.reps, p.lapses), ("2026-11-30", 3, 250, 2, 0));
        assert_eq!(org.custom_cards[0].stage, crate::domain::deck::Stage::Teamwork);
        assert_eq!(org.custom_cards[0].kind, crate::domain::deck::CardKind::Prepare);
    }

    #[test]
    fn the_schema_3_fixture_loads() {
        let raw = include_str!("../tests/fixtures/storage/v3.json");
        let stored = decode(raw).expect("the committed schema-3 fixture must always load");
        assert_eq!(stored.migrated_from, Some(3));
        assert!(stored.workspace.organizations.iter().all(|o| o.kit.is_none()));
        let org = &stored.workspace.organizations[0];
        assert!(org.debrief.is_ticked("mission_unexplained"));
        assert_eq!(org.debrief.tick("turnover").map(|t| t.note.as_str()), Some("Three hospitalists left in spring."));
        assert_eq!(org.debrief.rating("culture"), Some(2));
        assert_eq!(org.debrief.impression, Some(crate::domain::debrief::Impression::Mixed));
        assert_eq!(org.debrief.own_flags[0].severity, crate::domain::debrief::Severity::Minor);
        // Five built-in domains and the user's own, then compensation, added since.
        assert_eq!(stored.workspace.compare.domains.len(), 7);
        assert_eq!(stored.workspace.compare.domains[5].name, "Commute");
        assert_eq!(stored.workspace.compare.domains[6].id, "compensation");
    }

    #[test]
    fn the_schema_4_fixture_loads() {
        let raw = include_str!("../tests/fixtures/storage/v4.json");
        let stored = decode(raw).expect("the committed schema-4 fixture must always load");
        assert_eq!(stored.migrated_from, Some(4));
        let kit = stored.workspace.organizations[0].kit.as_ref().expect("imported from a kit");
        assert_eq!(kit.title, "IM interview kit");
        assert_eq!(kit.suggested, ["opening.explain-mission"]);
        assert_eq!(stored.workspace.organizations[0].custom_cards[0].question, "How are rural rotations chosen?");
    }

    #[test]
    fn the_schema_5_fixture_loads() {
        let raw = include_str!("../tests/fixtures/storage/v5.json");
        let stored = decode(raw).expect("the committed schema-5 fixture must always load");
        assert_eq!(stored.migrated_from, None);
        let p = stored.workspace.organizations[0].progress(crate::domain::deck::OPENING_CARD).expect("asked");
        assert_eq!(p.said, "Spoke about rural rotations and the night float.");
        assert_eq!(p.notes, "Draft: rural medicine since my clerkship.");
        assert_eq!(p.heard, Some(crate::domain::practice::Heard::Clear));
    }

    #[test]
    fn a_backup_restores_equal_and_damage_is_refused() {
        let ws = sample();
        let raw = encode(&ws, 3, 99);
        assert_eq!(read_import_file(raw.as_bytes()), Ok(Incoming::Backup(ws)));
        assert_eq!(read_import_file(&raw.as_bytes()[..raw.len() - 5]), Err(ImportError::Truncated));
        assert_eq!(read_import_file(raw.replacen(':', ";", 1).as_bytes()), Err(ImportError::Damaged));
        assert_eq!(read_import_file(b"{\"schema\":9,\"data\":{}}"), Err(ImportError::Newer { found: 9 }));
        assert_eq!(read_import_file(b"{\"hello\":1}"), Err(ImportError::NotAKit));
        let org = crate::domain::Organization { name: "x".into(), ..Default::default() };
        let big = Workspace { organizations: vec![org; 501], ..Workspace::default() };
        assert!(matches!(read_import_file(encode(&big, 1, 1).as_bytes()), Err(ImportError::TooLarge(_))));
    }

    #[test]
    fn damaged_values_are_refused_with_a_reason() {
        type Check = fn(&DecodeError) -> bool;
        let cases: &[(&str, Check)] = &[
            ("", |e| matches!(e, DecodeError::NotJson(_))),
            ("{\"schema\":1,\"data\":{", |e| matches!(e, DecodeError::NotJson(_))),
            ("not json", |e| matches!(e, DecodeError::NotJson(_))),
            ("null", |e| matches!(e, DecodeError::NotAnEnvelope)),
            ("[]", |e| matches!(e, DecodeError::NotAnEnvelope)),
            ("{\"data\":{}}", |e| matches!(e, DecodeError::NotAnEnvelope)),
            ("{\"schema\":\"1\",\"data\":{}}", |e| matches!(e, DecodeError::NotAnEnvelope)),
            ("{\"schema\":0,\"data\":{}}", |e| matches!(e, DecodeError::UnknownSchema { found: 0 })),
            ("{\"schema\":99,\"data\":{}}", |e| matches!(e, DecodeError::NewerSchema { found: 99 })),
            ("{\"schema\":1,\"data\":{\"organizations\":{}}}", |e| matches!(e, DecodeError::BadData(_))),
            ("{\"schema\":1,\"data\":{\"organizations\":[{\"name\":5}]}}", |e| matches!(e, DecodeError::BadData(_))),
        ];
        for (raw, expected) in cases {
            let err = decode(raw).expect_err(raw);
            assert!(expected(&err), "{raw:?} gave {err:?}");
            assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn missing_fields_take_defaults() {
        let stored = decode("{\"schema\":1,\"data\":{}}").unwrap();
        assert_eq!(stored.workspace, Workspace::default());
        assert_eq!(stored.rev, 0);
    }

    #[test]
    fn migration_refuses_newer_and_passes_current_through() {
        let data = Cow::Borrowed("{\"organizations\":[]}");
        assert_eq!(migrate(CURRENT_SCHEMA, data.clone()), Ok(data.clone()));
        assert_eq!(migrate(1, data.clone()), Ok(data.clone()), "1 -> 2 keeps the text");
        assert_eq!(migrate(CURRENT_SCHEMA + 1, data), Err(DecodeError::NewerSchema { found: CURRENT_SCHEMA + 1 }));
        assert_eq!(STEPS.len() as u32, CURRENT_SCHEMA - 1, "one migration step per schema bump");
    }

    #[test]
    fn long_error_text_is_shortened() {
        let junk = "x".repeat(10_000);
        let err = decode(&junk).unwrap_err();
        assert!(err.to_string().len() < 300);
    }
}

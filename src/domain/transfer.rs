//! Data in and out of the app: share kits (as links and files) and backups.
//!
//! Everything that arrives from outside (a link's fragment, a kit file, a backup) passes
//! through here: its size is checked before anything is decoded, decompression is bounded,
//! the JSON is parsed into typed structures, and every count and length is held to the same
//! limits as the app's own fields. Anything else is refused with a typed [`ImportError`],
//! never a panic. Plain Rust: tested natively, including property tests.
//!
//! A share link is `<origin>/import#kit1.<data>`: the version prefix, then the kit as
//! compact JSON, zlib-compressed and encoded as URL-safe base64 without padding. The
//! fragment never reaches a server.

use super::audience::Position;
use super::compare::DOMAIN_NAME_MAX;
use super::debrief::{Debrief, DEBRIEF_TEXT_MAX};
use super::deck::{self, CardKind, CustomCard, Stage, CARD_NOTES_MAX, CUSTOM_CARD_PREFIX, QUESTION_MAX};
use super::edit::{DISMISS_REASON_MAX, FLAG_NOTE_MAX, HARD_STOP_MAX, OWN_FLAG_MAX};
use super::mission::MISSION_MAX;
use super::organization::{Dismissal, KitOrigin, Organization, Workspace, NAME_MAX, NOTES_MAX, ROLE_MAX, SOURCE_MAX};
use super::practice::Progress;
use super::text::{char_count, group_thousands};
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The kit format this build writes and reads.
pub const KIT_VERSION: u32 = 1;
/// What every share link's fragment starts with; the digit is [`KIT_VERSION`].
pub const LINK_PREFIX: &str = "kit1.";
/// The path a share link opens.
pub const IMPORT_PATH: &str = "/import";
/// A fragment longer than this is refused before it is decoded.
pub const FRAGMENT_MAX: usize = 64 * 1024;
/// A file larger than this (kit or backup) is refused before it is read.
pub const FILE_MAX: usize = 5 * 1024 * 1024;
/// A link's kit may inflate to at most this many bytes.
pub const INFLATE_MAX: usize = 256 * 1024;
/// Above this many characters email clients start to break links: the app warns.
pub const LINK_WARN: usize = 2_000;
/// The longest link drawn as a QR code: beyond it the code is too dense to scan from a
/// projected screen or a phone held at arm's length.
pub const QR_MAX: usize = 1_200;
/// Longest kit title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest advisor note, in characters.
pub const NOTE_MAX: usize = 4_000;
/// Most organizations in a kit, and in a backup.
pub const KIT_ORGS_MAX: usize = 50;
pub const ORGS_MAX: usize = 500;
/// Most cards of each list (suggested built-in cards, own cards) per organization.
pub const CARDS_MAX: usize = 300;
/// Most entries of each other list (card progress, ticks, flags, ratings, domains).
pub const ENTRIES_MAX: usize = 2_000;

/// Why something from outside could not be imported. Each reads as a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The link or file stops early: part of it was lost in copying.
    Truncated,
    /// Characters were changed: a damaged copy.
    Damaged,
    /// Bigger than the app accepts, before or after decoding.
    TooLarge(String),
    /// Written by a newer version of Mission Ready.
    Newer { found: u32 },
    /// Not a Mission Ready kit or backup at all.
    NotAKit,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Truncated => write!(
                f,
                "This link or file is incomplete: part of it was lost, often when a long link is split across lines in an email. Ask for the link again, or for the kit as a file."
            ),
            ImportError::Damaged => write!(
                f,
                "This link or file is damaged: some of its characters were changed. Ask for the link again, or for the kit as a file."
            ),
            ImportError::TooLarge(what) => write!(f, "This is too large to import: {what}."),
            ImportError::Newer { found } => write!(
                f,
                "This was made by a newer version of Mission Ready (format {found}). Reload the app to update it, then try again."
            ),
            ImportError::NotAKit => write!(f, "This is not a Mission Ready kit or backup."),
        }
    }
}

/// A share kit: what an advisor prepares for a student.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kit {
    #[serde(rename = "v")]
    pub version: u32,
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Built-in cards the advisor suggests, by id, for every organization in the kit.
    #[serde(rename = "c", default, skip_serializing_if = "Vec::is_empty")]
    pub suggested: Vec<String>,
    #[serde(rename = "o", default)]
    pub orgs: Vec<KitOrg>,
}

/// One organization in a kit. Short keys keep links short.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitOrg {
    #[serde(rename = "n")]
    pub name: String,
    #[serde(rename = "p", default)]
    pub position: Position,
    #[serde(rename = "r", default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(rename = "m", default, skip_serializing_if = "String::is_empty")]
    pub mission: String,
    #[serde(rename = "s", default, skip_serializing_if = "String::is_empty")]
    pub mission_source: String,
    #[serde(rename = "u", default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<KitCard>,
    /// The sender's own notes, debrief and ratings: only when they ticked to include them.
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    pub personal: Option<Personal>,
}

/// An own card in a kit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitCard {
    #[serde(rename = "k", default)]
    pub kind: CardKind,
    #[serde(rename = "g", default)]
    pub stage: Stage,
    #[serde(rename = "q")]
    pub question: String,
    #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

/// What is personal about an organization: included only when the sender ticks it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Personal {
    pub interview_date: String,
    pub notes: String,
    pub progress: Vec<Progress>,
    pub debrief: Debrief,
    pub dismissed: Vec<Dismissal>,
}

impl Kit {
    /// A kit of `orgs` with the sender's choices. Own cards always go in; the sender's
    /// notes, debrief and ratings only when `personal` is true.
    pub fn build(title: &str, note: &str, orgs: &[&Organization], suggested: &[String], personal: bool) -> Kit {
        Kit {
            version: KIT_VERSION,
            title: title.trim().to_string(),
            note: note.trim().to_string(),
            suggested: suggested.to_vec(),
            orgs: orgs
                .iter()
                .map(|o| KitOrg {
                    name: o.name.clone(),
                    position: o.position,
                    role: o.role.clone(),
                    mission: o.mission.clone(),
                    mission_source: o.mission_source.clone(),
                    cards: o
                        .custom_cards
                        .iter()
                        .map(|c| KitCard {
                            kind: c.kind,
                            stage: c.stage,
                            question: c.question.clone(),
                            why: c.why.clone(),
                        })
                        .collect(),
                    personal: personal.then(|| Personal {
                        interview_date: o.interview_date.clone(),
                        notes: o.notes.clone(),
                        progress: o.progress.clone(),
                        debrief: o.debrief.clone(),
                        dismissed: o.dismissed.clone(),
                    }),
                })
                .collect(),
        }
    }

    /// How many cards the kit carries: suggested built-in cards plus own cards.
    pub fn card_count(&self) -> usize {
        self.suggested.len() + self.orgs.iter().map(|o| o.cards.len()).sum::<usize>()
    }

    /// True when the kit carries anyone's notes, debrief or ratings.
    pub fn has_personal(&self) -> bool {
        self.orgs.iter().any(|o| o.personal.is_some())
    }

    /// Every count and length within the app's limits, or why not.
    pub fn check(&self) -> Result<(), ImportError> {
        if self.version > KIT_VERSION {
            return Err(ImportError::Newer { found: self.version });
        }
        if self.version == 0 {
            return Err(ImportError::NotAKit);
        }
        text("the title", &self.title, TITLE_MAX)?;
        text("the advisor's note", &self.note, NOTE_MAX)?;
        count("organizations", self.orgs.len(), KIT_ORGS_MAX)?;
        count("suggested cards", self.suggested.len(), CARDS_MAX)?;
        for id in &self.suggested {
            text("a card id", id, 200)?;
        }
        if self.orgs.is_empty() {
            return Err(ImportError::NotAKit);
        }
        for o in &self.orgs {
            let org = o.to_organization(String::new(), 0);
            check_organization(&org)?;
        }
        Ok(())
    }

    /// Add the kit's organizations to `workspace` as new ones: nothing is overwritten, and a
    /// name already there is kept twice, the new one marked as from the kit. Returns the new
    /// ids, in order. `new_id` gives a fresh organization id each call.
    pub fn import_into(
        &self,
        workspace: &mut Workspace,
        now: u64,
        mut new_id: impl FnMut(&Workspace) -> String,
    ) -> Vec<String> {
        let known: Vec<String> =
            self.suggested.iter().filter(|id| deck::builtin().iter().any(|c| &c.id == *id)).cloned().collect();
        let from = if self.title.is_empty() { "from a kit".to_string() } else { format!("from “{}”", self.title) };
        let mut ids = Vec::new();
        for o in &self.orgs {
            let id = new_id(workspace);
            let mut org = o.to_organization(id.clone(), now);
            org.name = unclashed(workspace, &org.name, &from);
            org.kit = Some(KitOrigin { title: self.title.clone(), note: self.note.clone(), suggested: known.clone() });
            workspace.organizations.push(org);
            ids.push(id);
        }
        ids
    }
}

impl KitOrg {
    fn to_organization(&self, id: String, now: u64) -> Organization {
        let p = self.personal.clone().unwrap_or_default();
        Organization {
            id,
            name: self.name.trim().to_string(),
            role: self.role.clone(),
            interview_date: p.interview_date,
            mission_source: self.mission_source.clone(),
            mission: self.mission.clone(),
            notes: p.notes,
            created_at: now,
            updated_at: now,
            example: false,
            position: self.position,
            progress: p.progress,
            custom_cards: self
                .cards
                .iter()
                .enumerate()
                .map(|(i, c)| CustomCard {
                    id: format!("{CUSTOM_CARD_PREFIX}k{i}"),
                    kind: c.kind,
                    stage: c.stage,
                    question: c.question.trim().to_string(),
                    why: c.why.clone(),
                })
                .collect(),
            debrief: p.debrief,
            dismissed: p.dismissed,
            kit: None,
        }
    }
}

/// `name`, or when the workspace already has it, `name (from “Title”)`, numbered if even
/// that is taken; always within the name's limit.
fn unclashed(workspace: &Workspace, name: &str, from: &str) -> String {
    let taken = |n: &str| workspace.organizations.iter().any(|o| o.name.eq_ignore_ascii_case(n));
    if !taken(name) {
        return name.to_string();
    }
    for k in 1.. {
        let suffix = if k == 1 { format!(" ({from})") } else { format!(" ({from}, {k})") };
        let room = NAME_MAX.saturating_sub(char_count(&suffix));
        let candidate: String = name.chars().take(room).collect::<String>() + &suffix;
        if !taken(&candidate) {
            return candidate;
        }
    }
    unreachable!("the loop returns")
}

fn text(what: &str, value: &str, limit: usize) -> Result<(), ImportError> {
    let n = char_count(value);
    if n > limit {
        Err(ImportError::TooLarge(format!(
            "{what} has {} characters, more than the {} the app accepts",
            group_thousands(n),
            group_thousands(limit)
        )))
    } else {
        Ok(())
    }
}

fn count(what: &str, n: usize, limit: usize) -> Result<(), ImportError> {
    if n > limit {
        Err(ImportError::TooLarge(format!(
            "it holds {} {what}, more than the {} the app accepts",
            group_thousands(n),
            group_thousands(limit)
        )))
    } else {
        Ok(())
    }
}

/// An organization's every count and length within the limits of the app's own fields.
pub fn check_organization(o: &Organization) -> Result<(), ImportError> {
    if o.name.trim().is_empty() {
        return Err(ImportError::NotAKit);
    }
    text("an organization's name", &o.name, NAME_MAX)?;
    text("a role", &o.role, ROLE_MAX)?;
    text("a date", &o.interview_date, 10)?;
    text("where a mission was found", &o.mission_source, SOURCE_MAX)?;
    text("a mission statement", &o.mission, MISSION_MAX)?;
    text("an organization's notes", &o.notes, NOTES_MAX)?;
    count("own cards", o.custom_cards.len(), CARDS_MAX)?;
    for c in &o.custom_cards {
        if c.question.trim().is_empty() {
            return Err(ImportError::NotAKit);
        }
        text("a card's question", &c.question, QUESTION_MAX)?;
        text("a card's reason", &c.why, CARD_NOTES_MAX)?;
    }
    count("card notes", o.progress.len(), ENTRIES_MAX)?;
    for p in &o.progress {
        text("a card id", &p.card, 200)?;
        text("a card's notes", &p.notes, CARD_NOTES_MAX)?;
        text("what they said", &p.said, CARD_NOTES_MAX)?;
        text("a date", &p.due, 10)?;
    }
    let d = &o.debrief;
    count("checklist ticks", d.ticks.len(), ENTRIES_MAX)?;
    for t in &d.ticks {
        text("a flag id", &t.id, 200)?;
        text("a flag's note", &t.note, FLAG_NOTE_MAX)?;
    }
    count("own flags", d.own_flags.len(), ENTRIES_MAX)?;
    for f in &d.own_flags {
        text("a flag id", &f.id, 200)?;
        text("an own flag", &f.flag, OWN_FLAG_MAX)?;
    }
    text("the culture notes", &d.culture, DEBRIEF_TEXT_MAX)?;
    text("the gut check", &d.gut, DEBRIEF_TEXT_MAX)?;
    text("a date", &d.date, 10)?;
    text("a hard stop", &d.hard_stop, HARD_STOP_MAX)?;
    count("ratings", d.ratings.len(), ENTRIES_MAX)?;
    for (id, r) in &d.ratings {
        text("a domain id", id, 200)?;
        if !(1..=5).contains(r) {
            return Err(ImportError::TooLarge(format!("a rating of {r} is outside 1 to 5")));
        }
    }
    count("findings set aside", o.dismissed.len(), ENTRIES_MAX)?;
    for x in &o.dismissed {
        text("a reason", &x.reason, DISMISS_REASON_MAX)?;
    }
    if let Some(k) = &o.kit {
        text("a kit title", &k.title, TITLE_MAX)?;
        text("an advisor's note", &k.note, NOTE_MAX)?;
        count("suggested cards", k.suggested.len(), CARDS_MAX)?;
    }
    Ok(())
}

/// A whole workspace (a backup) within the app's limits, or why not.
pub fn check_workspace(w: &Workspace) -> Result<(), ImportError> {
    count("organizations", w.organizations.len(), ORGS_MAX)?;
    w.organizations.iter().try_for_each(check_organization)?;
    count("comparison domains", w.compare.domains.len(), ENTRIES_MAX)?;
    for d in &w.compare.domains {
        text("a domain's name", &d.name, DOMAIN_NAME_MAX)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;
/// The same alphabet, reading a last symbol whose spare bits are set.
const LENIENT: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    base64::engine::GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireNone),
);

/// The fragment of a share link for `kit` (without the `#`).
pub fn encode_fragment(kit: &Kit) -> String {
    // Plain structs of strings and numbers always serialize.
    let json = serde_json::to_string(kit).unwrap_or_default().into_bytes();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 9);
    format!("{LINK_PREFIX}{}", B64.encode(packed))
}

/// The whole share link for `kit`, opened at `origin` (scheme, host and port).
pub fn share_link(origin: &str, kit: &Kit) -> String {
    format!("{origin}{IMPORT_PATH}#{}", encode_fragment(kit))
}

/// True when a fragment (with or without `#`) looks like a kit, so the app shows the
/// import preview rather than ignoring it.
pub fn is_kit_fragment(fragment: &str) -> bool {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    f.starts_with("kit")
}

/// Read a link's fragment (with or without the `#`, or a whole pasted link) into a checked
/// kit.
pub fn decode_fragment(input: &str) -> Result<Kit, ImportError> {
    let input = input.trim();
    let fragment = match input.find('#') {
        Some(at) => &input[at + 1..],
        None => input,
    };
    if fragment.len() > FRAGMENT_MAX {
        return Err(ImportError::TooLarge(format!(
            "the link is {} characters long; links are read up to {}",
            group_thousands(fragment.len()),
            group_thousands(FRAGMENT_MAX)
        )));
    }
    let data = match fragment.strip_prefix(LINK_PREFIX) {
        Some(data) => data,
        None if fragment.is_empty() || LINK_PREFIX.starts_with(fragment) => return Err(ImportError::Truncated),
        None => {
            // "kit7.…": a newer format; anything else is not a kit.
            let version = fragment.strip_prefix("kit").and_then(|r| r.split_once('.')).map(|(v, _)| v);
            return match version.and_then(|v| v.parse::<u32>().ok()) {
                Some(v) if v > KIT_VERSION => Err(ImportError::Newer { found: v }),
                _ => Err(ImportError::NotAKit),
            };
        }
    };
    if data.is_empty() {
        return Err(ImportError::Truncated);
    }
    let packed = match B64.decode(data) {
        Ok(packed) => packed,
        Err(base64::DecodeError::InvalidByte(..) | base64::DecodeError::InvalidPadding) => {
            return Err(ImportError::Damaged)
        }
        // Cut or lengthened mid-symbol: read the whole bytes there are, and let the
        // compressed stream say whether it stops early (cut) or runs on (junk added).
        Err(_) => {
            let whole = if data.len() % 4 == 1 { &data[..data.len() - 1] } else { data };
            LENIENT.decode(whole).map_err(|_| ImportError::Damaged)?
        }
    };
    let json = inflate_bounded(&packed, INFLATE_MAX)?;
    parse_kit(&json)
}

/// Inflate a zlib stream into at most `limit` bytes. The whole input must be one stream:
/// a stream that stops early is truncated; junk after it, or a bad checksum, is damage.
fn inflate_bounded(packed: &[u8], limit: usize) -> Result<Vec<u8>, ImportError> {
    use miniz_oxide::inflate::stream::{inflate, InflateState};
    use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
    // A zlib stream has at least a two-byte header and a four-byte checksum.
    if packed.len() < 6 {
        return Err(ImportError::Truncated);
    }
    let mut state = InflateState::new_boxed(DataFormat::Zlib);
    let mut out = vec![0u8; limit + 1];
    let r = inflate(&mut state, packed, &mut out, MZFlush::Finish);
    if r.bytes_written > limit {
        return Err(ImportError::TooLarge(format!(
            "the link unpacks to more than {} KiB",
            group_thousands(limit / 1024)
        )));
    }
    match r.status {
        Ok(MZStatus::StreamEnd) if r.bytes_consumed == packed.len() => {
            out.truncate(r.bytes_written);
            Ok(out)
        }
        Ok(MZStatus::StreamEnd) => Err(ImportError::Damaged),
        Ok(_) | Err(MZError::Buf) => Err(ImportError::Truncated),
        Err(_) => Err(ImportError::Damaged),
    }
}

/// The kit's version, read before the rest so a newer kit is named as such.
#[derive(Deserialize)]
struct VersionOnly {
    #[serde(rename = "v")]
    version: u32,
}

fn parse_kit(json: &[u8]) -> Result<Kit, ImportError> {
    // Parsed from `&str`, as everything else the app reads, so the parser's code is shared
    // (each reader type would add its own copy of every type's parser to the bundle).
    let json = std::str::from_utf8(json).map_err(|_| ImportError::Damaged)?;
    // Well-formed JSON first: a cut or damaged text says so, whatever shape it has.
    serde_json::from_str::<serde::de::IgnoredAny>(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => ImportError::Truncated,
        _ => ImportError::Damaged,
    })?;
    let header: VersionOnly = serde_json::from_str(json).map_err(|_| ImportError::NotAKit)?;
    if header.version > KIT_VERSION {
        return Err(ImportError::Newer { found: header.version });
    }
    let kit: Kit = serde_json::from_str(json).map_err(|_| ImportError::NotAKit)?;
    kit.check()?;
    Ok(kit)
}

// ---------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Kit(Kit),
    Backup(Workspace),
}

/// A kit file's wrapper: says what it is, so a stray JSON file is not read as a kit.
#[derive(Serialize, Deserialize)]
struct KitFile {
    #[serde(rename = "mission_ready_kit")]
    kit: Kit,
}

/// Only whether a JSON object says it is a kit.
#[derive(Deserialize)]
struct KitMarker {
    #[serde(rename = "mission_ready_kit", default)]
    kit: Option<serde::de::IgnoredAny>,
}

/// A kit as a file's text (compact, as the stored envelope, which shares its code).
pub fn kit_file(kit: &Kit) -> String {
    serde_json::to_string(&KitFile { kit: kit.clone() }).unwrap_or_default()
}

/// Read a file's text that is not a backup: a kit file, or a share link saved as text.
/// `Ok(None)` when it is JSON of another kind (the caller then tries a backup).
pub fn read_kit_text(text: &str) -> Result<Option<Kit>, ImportError> {
    let trimmed = text.trim();
    if !trimmed.starts_with('{') {
        return if trimmed.contains("#kit") || trimmed.starts_with("kit") {
            decode_fragment(trimmed).map(Some)
        } else {
            Err(ImportError::NotAKit)
        };
    }
    match serde_json::from_str::<KitFile>(trimmed) {
        Ok(file) => file.kit.check().map(|()| Some(file.kit)),
        Err(e) => match e.classify() {
            serde_json::error::Category::Eof => Err(ImportError::Truncated),
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => Err(ImportError::Damaged),
            // Well-formed JSON of another shape: perhaps a backup.
            serde_json::error::Category::Data => {
                if serde_json::from_str::<KitMarker>(trimmed).is_ok_and(|m| m.kit.is_some()) {
                    // It says it is a kit, but its content is not one this version reads.
                    Err(ImportError::NotAKit)
                } else {
                    Ok(None)
                }
            }
        },
    }
}

/// A file's bytes as text, refused when too large (before anything is parsed) or not text.
pub fn file_text(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > FILE_MAX {
        return Err(ImportError::TooLarge(format!(
            "the file is {} KiB; files are read up to {} MiB",
            group_thousands(bytes.len() / 1024),
            FILE_MAX / (1024 * 1024)
        )));
    }
    std::str::from_utf8(bytes).map_err(|_| ImportError::NotAKit)
}

/// How a backup is restored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restore {
    /// Add the backup's organizations that are not here (by id); keep everything here.
    Merge,
    /// Replace everything here with the backup.
    Replace,
}

/// Restore `backup` into `workspace`. Merge keeps every organization already here and adds
/// those of the backup it lacks (an organization with the same id is the same one, kept as
/// it is here); replace takes the backup whole. Returns how many organizations were added.
pub fn restore(workspace: &mut Workspace, backup: &Workspace, how: Restore) -> usize {
    match how {
        Restore::Replace => {
            *workspace = backup.clone();
            backup.organizations.len()
        }
        Restore::Merge => {
            let mut added = 0;
            for o in &backup.organizations {
                if workspace.get(&o.id).is_none() {
                    workspace.organizations.push(o.clone());
                    added += 1;
                }
            }
            added
        }
    }
}

fn sample_org(name: &str, mission: &str) -> Organization {
    Organization { id: "o1".into(), name: name.into(), mission: mission.into(), ..Organization::default() }
}

/// The size budget's case: one organization with a 400-character mission and 10 own cards
/// (fits in 1,200 characters as a link). Used by the test and by `./scripts/bench`.
pub fn budget_case() -> Kit {
    let mission = "To provide compassionate, evidence-based primary care to the people of the Mississippi \
                   Delta, train family physicians for rural practice through our residency, and partner \
                   with schools, churches and county health departments so that every family in our six \
                   counties can see a doctor close to home, whatever they can pay. We measure ourselves \
                   by access, outcomes and trust, and we teach what we learn";
    let mission: String =
        mission.chars().chain(" Together we build healthier counties.".chars()).cycle().take(400).collect();
    let mut o = sample_org("Delta Family Health Center", &mission);
    o.role = "Family medicine residency".into();
    o.position = Position::Residency;
    for (i, q) in [
        "How do residents choose their continuity clinic site?",
        "What share of the panel is uninsured or on Medicaid?",
        "How are rural rotations scheduled and supervised?",
        "Who covers nights, and how is supervision arranged?",
        "What did the last graduating class go on to do?",
        "How has the program changed after resident feedback?",
        "What support is there for residents with families?",
        "How does the clinic reach patients without transport?",
        "Which community partners do residents work with?",
        "How is wellness protected during inpatient months?",
    ]
    .iter()
    .enumerate()
    {
        o.custom_cards.push(CustomCard {
            id: format!("custom.{i}"),
            kind: CardKind::Ask,
            stage: Stage::Residency,
            question: q.to_string(),
            why: String::new(),
        });
    }
    Kit::build("Delta FM interview kit", "Start with the rural track.", &[&o], &[], false)
}

#[cfg(test)]
mod tests;

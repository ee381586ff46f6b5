//! The product's knowledge as plain Rust. No leptos, no web-sys: everything here is tested
//! natively with `cargo test`.
//!
//! Modules import downwards only: `text`, `dates`, `blocks`, `finding`, `audience` and `route` import
//! nothing of ours; `mission`, `deck`, `practice`, `debrief` and `compare` hold the parts of
//! an organization; `organization` gathers them (and the workspace); `edit`, `verdict`,
//! `comparison`, `plan` (next steps, the calendar file), `sheet` (the cheat sheet's own writing) and `transfer` (kits, links, backups) work on whole organizations; `example` builds one.

pub mod audience;
pub mod blocks;
pub mod compare;
pub mod comparison;
pub mod dates;
pub mod debrief;
pub mod deck;
pub mod edit;
pub mod example;
pub mod finding;
pub mod mission;
pub mod organization;
pub mod plan;
pub mod practice;
pub mod route;
pub mod sheet;
pub mod text;
pub mod transfer;
pub mod verdict;

pub use organization::{Field, FieldError, OrgDraft, Organization, ProblemKind, Workspace};

//! The product's knowledge as plain Rust. No leptos, no web-sys: everything here is tested
//! natively with `cargo test`.

pub mod blocks;
pub mod compare;
pub mod dates;
pub mod debrief;
pub mod deck;
pub mod example;
pub mod mission;
pub mod organization;
pub mod practice;
pub mod route;

pub use organization::{Field, FieldError, OrgDraft, Organization, ProblemKind, Workspace};

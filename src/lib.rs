//! Mission Ready: prepare for physician job and residency interviews around the
//! organization's mission. Runs entirely in the browser; see README.md.
//!
//! Dependencies point one way: `components` → `state` → `domain`, with `storage` and
//! `browser` at the edges.

pub mod browser;
pub mod components;
pub mod domain;
pub mod offline;
pub mod router;
pub mod state;
pub mod storage;

pub use components::app::App;

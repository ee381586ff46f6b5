//! Thin views: read state, call domain functions, render text. No rules live here.

pub mod app;
pub mod cards;
pub mod cheat_sheet;
pub mod compare;
pub mod controls;
pub mod data;
pub mod debrief;
pub mod fields;
pub mod import;
pub mod mission_check;
pub mod organization;
pub mod organizations;
pub mod page;
pub mod practice;
pub mod share;
pub mod shell;

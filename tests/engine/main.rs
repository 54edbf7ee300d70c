//! The engine's native tests, one file per subject, built as one test
//! binary: the crate and `tests/util` compile and link once, not once per
//! file (22 binaries took most of `cargo test`'s build).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../util/mod.rs"]
mod util;

mod answers;
mod cases;
mod choice;
mod config;
mod config_errors;
mod format;
mod group_properties;
mod group_session;
mod groups;
mod json;
mod lead;
mod locale;
mod personas;
mod properties;
mod report;
mod situations;
mod steps;
mod theme;
mod urls;
mod wizard_groups;
mod words;

//! What a config is. Nothing here reads answers or computes advice.

pub mod currency;
pub mod error;
pub mod explore;
pub mod format;
pub mod groups;
pub mod lead;
// Its matches are over serde_json's values, "this kind, or else".
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::wildcard_enum_match_arm)]
mod schema;
pub mod texts;
pub mod types;
pub mod url;

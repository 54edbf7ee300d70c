//! What a config is. Nothing here reads answers or computes advice.

pub mod currency;
pub mod error;
pub mod format;
pub mod lead;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod schema;
pub mod texts;
pub mod types;
pub mod url;

//! Program Fit: a coaching-vs-mentoring programme assessment widget.
//! `engine` is pure Rust and tested natively; `ui` (Yew) and `embed`
//! (custom element glue) are thin browser shells over it.
//!
//! No wildcard arm in a match over one of our enums: adding a variant (a
//! format, a kind, an answer) must make the compiler list every place to
//! change (ARCHITECTURE.md).
#![warn(clippy::wildcard_enum_match_arm)]

pub mod engine;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod embed;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;
#[cfg(all(target_arch = "wasm32", feature = "validator"))]
pub mod validator;

/// talc in place of Rust's default wasm allocator (dlmalloc): 2.4 KB
/// smaller gzipped, and maintained.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

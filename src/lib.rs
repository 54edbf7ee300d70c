//! Program Fit: a coaching-vs-mentoring programme assessment widget.
//! `engine` is pure Rust and tested natively; `ui` (Yew) and `embed`
//! (custom element glue) are thin browser shells over it.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;

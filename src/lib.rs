//! Program Fit: a coaching-vs-mentoring programme assessment widget.
//! `engine` is pure Rust; the browser shell builds on it.

pub mod engine;

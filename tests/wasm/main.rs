//! The wizard in headless Chromium: mounted with `ui::mount` into a fresh
//! div and driven with real DOM events, as a person would.
#![cfg(target_arch = "wasm32")]

mod embed_storage;
mod mount_options;
mod support;
mod wizard_flow;

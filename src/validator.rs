//! The config validator's wasm, for Node: `npx program-fit validate
//! config.json` (cli/program-fit.mjs) runs the engine's own checks through
//! it, so CI needs no Rust and no second implementation. Built by
//! scripts/validator with the `validator` feature and without the widget's:
//! no Yew, no browser bindings and no wasm-bindgen glue, only a plain C ABI
//! of bytes in linear memory, so the wasm imports nothing.
//!
//! The caller asks [`pf_alloc`] for room, writes the config's UTF-8 there
//! (and the shipped locale's name and file, when the config's
//! `default_locale` is one), then calls [`pf_validate`]. Nothing is freed: a
//! run checks one config and ends.

use crate::engine::load::read::problems;
use crate::engine::session::detail::error;

/// Room for `len` bytes, which the caller fills.
#[no_mangle]
pub extern "C" fn pf_alloc(len: usize) -> *mut u8 {
    let mut room = Vec::<u8>::with_capacity(len.max(1));
    let at = room.as_mut_ptr();
    core::mem::forget(room);
    at
}

/// Checks the config at `config` (`config_len` bytes) with the shipped
/// locale `name` and its file `table` (both of length 0 when there is none).
/// Returns where the answer is: its length in 4 little-endian bytes, then
/// `{"kind":"config","message":"","problems":[{"path","message"}]}` as
/// JSON, the widget's `program-fit:error` detail (no problems: valid).
///
/// # Safety
/// Each pointer must point to that many initialised bytes, as
/// [`pf_alloc`] gives them.
#[no_mangle]
pub unsafe extern "C" fn pf_validate(
    config: *const u8,
    config_len: usize,
    name: *const u8,
    name_len: usize,
    table: *const u8,
    table_len: usize,
) -> *const u8 {
    let config = text(config, config_len);
    let shipped = (name_len > 0).then(|| (text(name, name_len), text(table, table_len)));
    let json = error("config", "", &problems(config, shipped));
    let mut out = Vec::with_capacity(4 + json.len());
    out.extend_from_slice(&(json.len() as u32).to_le_bytes());
    out.extend_from_slice(json.as_bytes());
    let at = out.as_ptr();
    core::mem::forget(out);
    at
}

/// The text in `len` bytes at `at` ("" when they are not UTF-8, which the
/// caller's encoder never gives).
unsafe fn text<'a>(at: *const u8, len: usize) -> &'a str {
    if len == 0 {
        return "";
    }
    core::str::from_utf8(core::slice::from_raw_parts(at, len)).unwrap_or_default()
}

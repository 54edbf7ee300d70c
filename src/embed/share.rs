//! "Copy link to these results": the answers go into the host page's URL
//! fragment under this instance's namespace, so opening the link restores
//! the results without any server, and fragments never reach server logs.

use wasm_bindgen::prelude::*;

use crate::engine::session::share as links;
use crate::engine::session::share_groups::share_programme;
use crate::engine::{Answers, Grouped};
use yew::Callback;

/// The current fragment without `#`.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Puts the answers and the values pinned beside them into the page URL
/// and copies it. Returns the URL when the copy was started, `None` when
/// the page offers no clipboard; `copied` then hears whether the browser
/// copied it.
pub fn share(
    ns: &str,
    answers: &Grouped,
    pinned: Option<&Answers>,
    copied: Callback<bool>,
) -> Option<String> {
    let w = web_sys::window()?;
    let href = w.location().href().ok()?;
    let base = href.split('#').next().unwrap_or_default();
    let url = format!(
        "{base}#{}",
        share_programme(&current_fragment(), ns, answers, pinned)
    );
    // replaceState: no scroll jump and no hashchange for the host to handle.
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    let clipboard = w.navigator().clipboard();
    if clipboard.is_undefined() {
        return None;
    }
    // A refused copy (no permission, page not focused) must not surface
    // as an unhandled rejection; the UI shows the link either way, and
    // says whether it was copied.
    let done = copied.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done.emit(true));
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_| copied.emit(false));
    let _ = clipboard.write_text(&url).then2(&ok, &refused);
    ok.forget();
    refused.forget();
    Some(url)
}

/// Removes this instance's answers from the page URL (after `reset()`).
pub fn forget(ns: &str) {
    let Some(w) = web_sys::window() else { return };
    let fragment = current_fragment();
    let kept = links::remove_share(&fragment, ns);
    if kept == fragment {
        return;
    }
    let href = w.location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{kept}")
    };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

//! The in-widget error message. It is plain DOM rather than a Yew component
//! because it must also work when the config is unusable or after a panic,
//! when the app cannot (or must not) render. Texts come from the embedded
//! default config, and every string is set as text, never parsed as markup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::engine::format::fill;
use crate::engine::Config;

/// What went wrong, as reported in `program-fit:error` `detail.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The config could not be fetched.
    ConfigFetch,
    /// The config is not valid JSON, has wrong types, or fails validation.
    Config,
    /// A bug: a Rust panic.
    Panic,
}

impl ErrorKind {
    pub fn id(self) -> &'static str {
        match self {
            ErrorKind::ConfigFetch => "config-fetch",
            ErrorKind::Config => "config",
            ErrorKind::Panic => "panic",
        }
    }

    fn lead_key(self) -> &'static str {
        match self {
            ErrorKind::ConfigFetch => "error.fetch",
            ErrorKind::Config => "error.config",
            ErrorKind::Panic => "error.panic",
        }
    }
}

/// Replaces everything in `root` with an alert naming the problem, where
/// it came from (`source`: the config URL) and each detail (for config
/// errors, the JSON path and what is wrong there).
pub fn show(
    root: &Element,
    texts: &Config,
    locale: &str,
    kind: ErrorKind,
    source: &str,
    details: &[String],
) -> Result<(), JsValue> {
    let doc = root
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    // Dressed like the wizard's error summary, so it needs no CSS of its own.
    let bx = el(&doc, "div", "pf-error pf-error-summary", None)?;
    bx.set_attribute("role", "alert")?;
    let title = el(
        &doc,
        "h2",
        "pf-error-summary__title pf-focus-target",
        Some(texts.text(locale, "error.title")),
    )?;
    title.set_attribute("tabindex", "-1")?;
    bx.append_child(&title)?;
    let lead = fill(texts.text(locale, kind.lead_key()), &[("source", source)]);
    let lead = el(&doc, "p", "pf-error__lead", Some(&lead))?;
    bx.append_child(&lead)?;
    if !details.is_empty() {
        let list = el(&doc, "ul", "pf-error-summary__list", None)?;
        for d in details {
            let item = el(&doc, "li", "pf-error-message", Some(d))?;
            list.append_child(&item)?;
        }
        bx.append_child(&list)?;
    }
    root.replace_children_with_node_1(&bx);
    Ok(())
}

fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    e.set_class_name(class);
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

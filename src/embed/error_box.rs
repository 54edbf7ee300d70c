//! The in-widget error message. It is plain DOM rather than a Yew component
//! because it must also work when the config is unusable or after a panic,
//! when the app cannot (or must not) render. Texts come from the embedded
//! default config, and every string is set as text, never parsed as markup.
//!
//! Visitors cannot fix a config, so they get one short sentence; the list
//! of problems is for developers (see [`Listing`]).

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::engine::config::types::CtaTarget;
use crate::engine::session::fallback::FallbackCta;
use crate::engine::text::template::fill;
use crate::engine::{Config, ConfigError};

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

    /// The sentence for visitors.
    fn short_key(self) -> &'static str {
        match self {
            ErrorKind::ConfigFetch | ErrorKind::Config => "error.unavailable",
            ErrorKind::Panic => "error.panic",
        }
    }

    /// The lead of the developers' list, naming the source (a panic has
    /// no list).
    fn listing_key(self) -> &'static str {
        match self {
            ErrorKind::ConfigFetch => "error.fetch",
            ErrorKind::Config | ErrorKind::Panic => "error.config",
        }
    }
}

/// The developers' view: where the config came from (the URL, or the
/// inline config's name) and every problem with its JSON path. Shown on
/// localhost or with the element's `debug` attribute.
pub struct Listing<'a> {
    pub source: &'a str,
    pub problems: &'a [ConfigError],
}

/// Replaces everything in `root` with an alert: the title and, without a
/// `listing`, the short sentence for visitors, with the firm's call to
/// action when there is one (`cta`).
pub fn show(
    root: &Element,
    texts: &Config,
    locale: &str,
    kind: ErrorKind,
    listing: Option<Listing>,
    cta: Option<FallbackCta>,
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
    let Some(Listing { source, problems }) = listing else {
        let short = el(
            &doc,
            "p",
            "pf-error__lead",
            Some(texts.text(locale, kind.short_key())),
        )?;
        bx.append_child(&short)?;
        if let Some(cta) = cta.filter(|_| kind != ErrorKind::Panic) {
            let cta = link(&doc, texts, locale, cta)?;
            bx.append_child(&cta)?;
        }
        root.replace_children_with_node_1(&bx);
        return Ok(());
    };
    let lead = fill(
        texts.text(locale, kind.listing_key()),
        &[("source", source)],
    );
    let lead = el(&doc, "p", "pf-error__lead", Some(&lead))?;
    bx.append_child(&lead)?;
    let list = el(&doc, "ul", "pf-error-summary__list", None)?;
    for p in problems {
        let item = el(&doc, "li", "pf-error-message", Some(&p.to_string()))?;
        list.append_child(&item)?;
    }
    bx.append_child(&list)?;
    root.replace_children_with_node_1(&bx);
    Ok(())
}

/// The firm's call to action, as on the results: a button-like link.
fn link(
    doc: &Document,
    texts: &Config,
    locale: &str,
    cta: FallbackCta,
) -> Result<Element, JsValue> {
    let label = cta
        .label
        .unwrap_or_else(|| texts.text(locale, "cta.label").to_string());
    let p = el(doc, "p", "pf-error__cta", None)?;
    let a = el(doc, "a", "pf-button pf-button--cta", Some(&label))?;
    a.set_attribute("href", &cta.url)?;
    if let Some(target) = cta.target.attribute() {
        a.set_attribute("target", target)?;
    }
    if cta.target == CtaTarget::Blank {
        a.set_attribute("rel", "noopener")?;
        let note = el(
            doc,
            "span",
            "pf-visually-hidden",
            Some(texts.text(locale, "cta.new_tab")),
        )?;
        a.append_with_str_1(" ")?;
        a.append_child(&note)?;
    }
    p.append_child(&a)?;
    Ok(p)
}

fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    e.set_class_name(class);
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

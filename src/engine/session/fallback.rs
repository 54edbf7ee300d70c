//! The call to action a visitor still gets when the config is broken: the
//! "not available" card links to the firm, so a visitor who came to talk to
//! it can. The link is the element's `fallback-cta-url` when that is a
//! usable URL, else the broken config's own `cta.url` when that still is
//! (checked as validation checks it, its placeholders left empty, as there
//! is no result to fill them with). Without either, the card has no link.

use crate::engine::config::types::CtaTarget;
use crate::engine::config::url::check_cta_url;
use crate::engine::json::{self, Value};
use crate::engine::text::cta::check_placeholders;

#[derive(Debug, Clone, PartialEq)]
pub struct FallbackCta {
    pub url: String,
    /// The broken config's own label for it in this locale, when it has
    /// one; else the caller shows the default's `cta.label`.
    pub label: Option<String>,
    pub target: CtaTarget,
}

/// The fallback link for a config that failed (`config_text`: its JSON, if
/// any arrived) and the element's `fallback-cta-url` attribute.
pub fn fallback_cta(
    config_text: Option<&str>,
    attribute: Option<&str>,
    locale: &str,
) -> Option<FallbackCta> {
    let config = config_text.and_then(|t| json::parse(t).ok());
    let cta = config.as_ref().map_or(&Value::Null, |c| &c["cta"]);
    let label = config.as_ref().and_then(|c| label(c, locale));
    let target = match cta["target"].as_str() {
        Some("blank") => CtaTarget::Blank,
        Some("self") => CtaTarget::Current,
        Some(_) | None => CtaTarget::Top,
    };
    let from_attribute = attribute
        .map(str::trim)
        .filter(|u| check_cta_url(u).is_ok() && check_placeholders(u).is_empty());
    let from_config = cta["url"]
        .as_str()
        .filter(|u| check_cta_url(u).is_ok() && check_placeholders(u).is_empty());
    let url = from_attribute.or(from_config)?;
    Some(FallbackCta {
        url: without_placeholders(url),
        // The config's label names the config's link.
        label: label.filter(|_| from_attribute.is_none()),
        target,
    })
}

/// The config's text for its `cta.label` key in `locale` (or its
/// language), if it has one; else the default's, which the widget has in
/// the visitor's language, is shown.
fn label(config: &Value, locale: &str) -> Option<String> {
    let key = config["cta"]["label"].as_str()?;
    let language = locale.split(['-', '_']).next().unwrap_or_default();
    [locale, language]
        .iter()
        .find_map(|l| config["texts"][*l][key].as_str())
        .filter(|t| !t.trim().is_empty())
        .map(str::to_string)
}

/// `https://x.example/?k={kind}` → `https://x.example/?k=`.
fn without_placeholders(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        rest = after.find('}').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROKEN: &str = r#"{"cta": {"url": "https://acme.example/book?k={kind}", "label": "cta.book", "target": "blank"},
        "texts": {"de": {"cta.book": "Gespräch vereinbaren"}}, "questions": 42}"#;

    #[test]
    fn a_broken_config_still_gives_its_own_link_without_placeholders_and_its_label() {
        let cta = fallback_cta(Some(BROKEN), None, "de-AT").unwrap();
        assert_eq!(cta.url, "https://acme.example/book?k=");
        assert_eq!(cta.label.as_deref(), Some("Gespräch vereinbaren"));
        assert_eq!(cta.target, CtaTarget::Blank);
        assert_eq!(fallback_cta(Some(BROKEN), None, "en").unwrap().label, None);
    }

    #[test]
    fn the_elements_fallback_url_wins_and_an_unusable_url_gives_no_link() {
        let cta = fallback_cta(Some(BROKEN), Some(" https://acme.example/contact "), "de").unwrap();
        assert_eq!(cta.url, "https://acme.example/contact");
        assert_eq!(
            cta.label, None,
            "the config's label does not name the host's link"
        );
        let bad = r#"{"cta": {"url": "javascript:alert(1)"}}"#;
        assert_eq!(fallback_cta(Some(bad), None, "en"), None);
        assert_eq!(
            fallback_cta(Some(bad), Some("javascript:alert(1)"), "en"),
            None
        );
        let typo = r#"{"cta": {"url": "https://acme.example/?k={knd}"}}"#;
        assert_eq!(fallback_cta(Some(typo), None, "en"), None);
        assert_eq!(fallback_cta(Some("{not json"), None, "en"), None);
        let from_attribute = fallback_cta(Some("{not json"), Some("https://acme.example/"), "en");
        assert_eq!(
            from_attribute.map(|c| c.url).as_deref(),
            Some("https://acme.example/")
        );
        assert_eq!(fallback_cta(None, None, "en"), None);
    }
}

//! The texts' meaning: the default locale has every text the widget can
//! show, no locale has a key nothing uses, and translations keep the
//! default's placeholders.

use super::default::is_default_text_key;
use super::problems::Errors;
use super::text_keys::{is_known_text_key, plural_other, required_text_keys, unknown_text};
use crate::engine::config::types::Config;
use crate::engine::text::template::{placeholders, same_placeholders};

/// The default locale must have every text the engine and the UI look up.
/// Every locale may hold only keys some part of the widget uses (a typo
/// would otherwise be silently ignored), and a translation must carry the
/// default locale's placeholders, or a figure would go missing.
pub(super) fn check_texts(c: &Config, errs: &mut Errors) {
    let Some(table) = c.texts.get(&c.default_locale) else {
        return;
    };
    let required = required_text_keys(c);
    for key in &required {
        // A name may come from English (NAME_KEYS).
        if !table.contains_key(key) && c.text(&c.default_locale, key) == key {
            errs.add(
                format!("texts.{}", c.default_locale),
                format!("missing text \"{key}\""),
            );
        }
    }
    for (locale, texts) in &c.texts {
        let at = format!("texts.{locale}");
        for (key, text) in texts {
            if !is_known_text_key(c, &required, key) && !is_default_text_key(key) {
                errs.add(&at, unknown_text(key));
                continue;
            }
            let Some(base) = table.get(key).or_else(|| table.get(&plural_other(key)?)) else {
                continue;
            };
            let (want, got) = (placeholders(base), placeholders(text));
            if locale != &c.default_locale && !same_placeholders(&want, &got) {
                let list = |p: &[&str]| match p {
                    [] => "none".to_string(),
                    _ => p
                        .iter()
                        .map(|n| format!("{{{n}}}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                errs.add(
                    &at,
                    format!(
                        "text \"{key}\" has the placeholders {}, but texts.{} has {}: use the same ones, translating only the words around them",
                        list(&got),
                        c.default_locale,
                        list(&want)
                    ),
                );
            }
        }
    }
}

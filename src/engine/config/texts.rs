//! A config's text tables: which locale a visitor gets, which texts fall
//! back to the default locale, and the lookup that is never blank.

use super::types::Config;
use crate::engine::dict::Dict;

/// Texts that are names, the same in every language: the firm's. The
/// shipped locale files leave them out, so a config that names its firm
/// once (in any locale) has every language's report and consent name it.
/// A locale without its own takes the default locale's, else English's,
/// and is not told it lacks one.
pub const NAME_KEYS: &[&str] = &["firm.name"];

impl Config {
    /// Picks the best locale for a requested tag: exact, then language only
    /// (`de-AT` → `de`), then the default.
    pub fn resolve_locale<'a>(&'a self, requested: &str) -> &'a str {
        let req = requested.trim().to_ascii_lowercase().replace('_', "-");
        let lang = req.split('-').next().unwrap_or("");
        self.texts
            .keys()
            .find(|k| k.to_ascii_lowercase() == req)
            .or_else(|| self.texts.keys().find(|k| k.to_ascii_lowercase() == lang))
            .map(String::as_str)
            .unwrap_or(&self.default_locale)
    }

    /// The default locale's keys that `locale` lacks, sorted: the texts a
    /// visitor in `locale` reads in the default locale instead.
    pub fn missing_texts(&self, locale: &str) -> Vec<String> {
        let (Some(base), own) = (self.texts.get(&self.default_locale), self.texts.get(locale))
        else {
            return Vec::new();
        };
        if locale == self.default_locale {
            return Vec::new();
        }
        base.keys()
            .filter(|k| !own.is_some_and(|t| t.contains_key(k)) && !NAME_KEYS.contains(&k.as_str()))
            .cloned()
            .collect()
    }

    /// Adds a locale table fetched on demand beneath the config's own
    /// `texts.<locale>`, which stays on top: a consultancy's wording wins.
    pub fn add_locale(&mut self, locale: &str, table: Dict<String>) {
        let own = self.texts.get_or_insert_with(locale, Dict::new);
        for (key, text) in table {
            if !own.contains_key(&key) {
                own.insert(key, text);
            }
        }
    }

    /// Whether the locale or the default locale has `key`.
    pub fn has_text(&self, locale: &str, key: &str) -> bool {
        [locale, self.default_locale.as_str()]
            .iter()
            .any(|l| self.texts.get(l).is_some_and(|t| t.contains_key(key)))
    }

    /// Whether [`Config::text`] gives the default locale's words for `key`
    /// because `locale` lacks it: one of [`Config::missing_texts`].
    pub fn falls_back(&self, locale: &str, key: &str) -> bool {
        let has = |l: &str| self.texts.get(l).is_some_and(|t| t.contains_key(key));
        locale != self.default_locale
            && !has(locale)
            && has(&self.default_locale)
            && !NAME_KEYS.contains(&key)
    }

    /// Looks up a text, falling back to the default locale and finally to the
    /// key itself so a missing translation is visible but never blank.
    /// A name ([`NAME_KEYS`]) the default locale lacks comes from English.
    pub fn text<'a>(&'a self, locale: &str, key: &'a str) -> &'a str {
        let name = NAME_KEYS.contains(&key);
        let last = if name { "en" } else { locale };
        [locale, self.default_locale.as_str(), last]
            .iter()
            .find_map(|l| self.texts.get(l).and_then(|t| t.get(key)))
            .map(String::as_str)
            .unwrap_or(key)
    }
}

//! The browser's `Intl` as the engine's [`Formatter`]: grouping, currency
//! placement and plural rules come with every browser, so the wasm carries
//! none of them. A locale tag `Intl` rejects falls back to `en`; the
//! currency is a valid ISO 4217 code (validation checks it).

use std::cell::OnceCell;

use js_sys::{Object, JSON};
use wasm_bindgen::prelude::*;

use crate::engine::text::formatter::{Formatter, PLURAL_CATEGORIES};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
    fn new(locale: &str, options: &Object) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, js_class = "NumberFormat")]
    fn format(this: &NumberFormat, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules", catch)]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method, js_class = "PluralRules")]
    fn select(this: &PluralRules, n: f64) -> String;
}

/// `Intl.NumberFormat` and `Intl.PluralRules` for one locale and currency,
/// each created when first needed: the first `Intl` object a page creates
/// loads the browser's locale data (37 to 72 ms at 4x throttled CPU), and
/// the first screens need none of them (see [`IntlFormatter::number`]).
pub struct IntlFormatter {
    locale: String,
    /// `Intl` would write numbers below 1,000 as plain ASCII digits.
    ascii_digits: bool,
    currency: String,
    number: OnceCell<NumberFormat>,
    money: OnceCell<NumberFormat>,
    plural: OnceCell<PluralRules>,
    date: OnceCell<String>,
}

/// Languages whose numbers `Intl` writes in ASCII digits (its default
/// numbering system is `latn`), with no grouping below 1,000: English,
/// German and Spanish (shipped), and French, Italian, Dutch and Portuguese.
const LATIN_DIGITS: [&str; 7] = ["en", "de", "es", "fr", "it", "nl", "pt"];

impl IntlFormatter {
    pub fn new(locale: &str, currency: &str) -> Self {
        let tag = locale.to_ascii_lowercase();
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        IntlFormatter {
            // A `-u-nu-…` extension can pick other digits.
            // Bytes: no str::contains in the wasm (clippy/wasm/clippy.toml).
            ascii_digits: LATIN_DIGITS.contains(&language)
                && !tag.as_bytes().windows(3).any(|w| w == b"-u-"),
            locale: locale.to_string(),
            currency: currency.to_string(),
            number: OnceCell::new(),
            money: OnceCell::new(),
            plural: OnceCell::new(),
            date: OnceCell::new(),
        }
    }

    /// Today's date in full ("29 November 2026"), unambiguous on paper,
    /// worked out once: each `toLocaleDateString` with options builds a
    /// date formatter (5.7 ms at 4x throttled CPU), and the report is
    /// rendered again with every change in the explorer.
    pub fn long_date(&self) -> String {
        let date = self.date.get_or_init(|| {
            let long = Object::new();
            let _ = js_sys::Reflect::set(&long, &"dateStyle".into(), &"long".into());
            js_sys::Date::new_0()
                .to_locale_date_string(&self.locale, &long)
                .into()
        });
        date.clone()
    }

    fn format(&self, json: &str) -> NumberFormat {
        let options = Object::from(JSON::parse(json).unwrap_or_else(|_| Object::new().into()));
        NumberFormat::new(&self.locale, &options)
            .or_else(|_| NumberFormat::new("en", &options))
            .unwrap_throw()
    }
}

/// Options as JSON text: one call into JS instead of one per field.
const WHOLE: &str = r#""maximumFractionDigits":0,"minimumFractionDigits":0"#;

impl Formatter for IntlFormatter {
    /// Below 1,000, in a language with ASCII digits, what `Intl` would
    /// write is the digits themselves: "Question 3 of 12" needs no locale
    /// data.
    fn number(&self, n: u64) -> String {
        if n < 1000 && self.ascii_digits {
            return n.to_string();
        }
        let f = self
            .number
            .get_or_init(|| self.format(&format!("{{{WHOLE}}}")));
        f.format(n as f64)
    }

    fn money(&self, n: u64) -> String {
        // `currency` is an ISO 4217 code (validated), so it needs no escaping.
        let f = self.money.get_or_init(|| {
            let currency = &self.currency;
            self.format(&format!(
                r#"{{{WHOLE},"style":"currency","currency":"{currency}"}}"#
            ))
        });
        f.format(n as f64)
    }

    fn plural(&self, n: u64) -> &'static str {
        let rules = self.plural.get_or_init(|| {
            PluralRules::new(&self.locale)
                .or_else(|_| PluralRules::new("en"))
                .unwrap_throw()
        });
        let category = rules.select(n as f64);
        PLURAL_CATEGORIES
            .into_iter()
            .find(|c| *c == category)
            .unwrap_or("other")
    }
}

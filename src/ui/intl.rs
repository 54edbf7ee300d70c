//! The browser's `Intl` as the engine's [`Formatter`]: grouping, currency
//! placement and plural rules come with every browser, so the wasm carries
//! none of them. A locale tag `Intl` rejects falls back to `en`; the
//! currency is a valid ISO 4217 code (validation checks it).

use js_sys::{Object, JSON};
use wasm_bindgen::prelude::*;

use crate::engine::format::{Formatter, PLURAL_CATEGORIES};

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

/// `Intl.NumberFormat` and `Intl.PluralRules` for one locale and currency.
pub struct IntlFormatter {
    number: NumberFormat,
    money: NumberFormat,
    plural: PluralRules,
}

impl IntlFormatter {
    pub fn new(locale: &str, currency: &str) -> Self {
        // Options as JSON text: one call into JS instead of one per field.
        // `currency` is an ISO 4217 code (validated), so it needs no escaping.
        let whole = r#""maximumFractionDigits":0,"minimumFractionDigits":0"#;
        let options = |json: String| {
            Object::from(JSON::parse(&json).unwrap_or_else(|_| Object::new().into()))
        };
        let number =
            |o: &Object| NumberFormat::new(locale, o).or_else(|_| NumberFormat::new("en", o));
        IntlFormatter {
            number: number(&options(format!("{{{whole}}}"))).unwrap_throw(),
            money: number(&options(format!(
                r#"{{{whole},"style":"currency","currency":"{currency}"}}"#
            )))
            .unwrap_throw(),
            plural: PluralRules::new(locale)
                .or_else(|_| PluralRules::new("en"))
                .unwrap_throw(),
        }
    }
}

impl Formatter for IntlFormatter {
    fn number(&self, n: u64) -> String {
        self.number.format(n as f64)
    }

    fn money(&self, n: u64) -> String {
        self.money.format(n as f64)
    }

    fn plural(&self, n: u64) -> &'static str {
        let category = self.plural.select(n as f64);
        PLURAL_CATEGORIES
            .into_iter()
            .find(|c| *c == category)
            .unwrap_or("other")
    }
}

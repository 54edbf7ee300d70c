//! Text lookups for one locale. Components get every visible string through
//! this, so adding a language never touches a component. It holds only the
//! texts: components that need questions or the call to action get them as
//! props.

use crate::engine::dict::Dict;
use std::rc::Rc;

use yew::{html, Html};

use super::intl::IntlFormatter;
use crate::engine::config::texts::NAME_KEYS;
use crate::engine::text::formatter::Formatter;
use crate::engine::text::labels::answer_text;
use crate::engine::text::template::fill;
use crate::engine::{Answer, Config, Phrase, Question};

#[derive(Clone)]
pub struct Texts(Rc<Table>);

/// One table per mounted session, so identity is equality.
impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Table {
    /// The default locale's texts with the chosen locale's laid over them.
    texts: Dict<String>,
    /// Keys the chosen locale lacks, sorted, shown in the default locale's words.
    fallback: Vec<String>,
    default_locale: String,
    /// The resolved locale, for the engine's sentences ([`crate::engine::Words`]).
    locale: String,
    format: IntlFormatter,
}

impl Texts {
    pub fn new(config: &Config, requested_locale: &str) -> Self {
        let locale = config.resolve_locale(requested_locale);
        let mut texts = config
            .texts
            .get(&config.default_locale)
            .cloned()
            .unwrap_or_default();
        let fallback = config.missing_texts(locale);
        // The default locale's own table is already all there.
        if let Some(own) = config
            .texts
            .get(locale)
            .filter(|_| locale != config.default_locale)
        {
            texts.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        for key in NAME_KEYS {
            let name = config.text(locale, key).to_string();
            texts.insert(key.to_string(), name);
        }
        Texts(Rc::new(Table {
            texts,
            fallback,
            default_locale: config.default_locale.clone(),
            locale: locale.to_string(),
            format: IntlFormatter::new(locale, &config.money.currency),
        }))
    }

    pub fn locale(&self) -> &str {
        &self.0.locale
    }

    /// Today's date in full, in this locale.
    pub fn long_date(&self) -> String {
        self.0.format.long_date()
    }

    /// Numbers, money and plurals for this locale, for [`crate::engine::Words`].
    pub fn formatter(&self) -> &dyn Formatter {
        &self.0.format
    }

    /// The text for `key` as page content: a text the locale lacks comes
    /// in the default locale's words, marked with its `lang` (WCAG 3.1.2)
    /// so screen readers pronounce it right.
    pub fn show(&self, key: &str) -> Html {
        let fallback = self
            .0
            .fallback
            .binary_search_by(|k| k.as_str().cmp(key))
            .is_ok();
        self.part(self.get(key), fallback)
    }

    /// A sentence the engine assembled ([`crate::engine::Words`]) as page
    /// content: each part the locale lacks marked as [`Texts::show`] marks
    /// a whole text.
    pub fn phrase(&self, p: &Phrase) -> Html {
        p.segments()
            .iter()
            .map(|s| self.part(s.text.clone(), s.fallback))
            .collect()
    }

    fn part(&self, text: String, fallback: bool) -> Html {
        if fallback {
            html! { <span lang={self.0.default_locale.clone()}>{ text }</span> }
        } else {
            html! { { text } }
        }
    }

    /// The text for `key`; the key itself if no table has it, so a gap is
    /// visible but never blank (validation rules that out for known keys).
    pub fn get(&self, key: &str) -> String {
        self.optional(key).unwrap_or_else(|| key.to_string())
    }

    /// The text for `key` with `{name}` placeholders replaced.
    pub fn fill(&self, key: &str, vars: &[(&str, &str)]) -> String {
        fill(&self.get(key), vars)
    }

    /// A text only when some table has it, for optional parts such as units.
    pub fn optional(&self, key: &str) -> Option<String> {
        self.0.texts.get(key).cloned()
    }

    /// What the locale writes before and after an amount of money (`$`
    /// and nothing in en, nothing and `$` in de), read off a formatted zero
    /// so the input's affix sits where the results put the symbol.
    pub fn currency_affixes(&self) -> (String, String) {
        let zero = self.money(0);
        let (before, after) = zero.split_once('0').unwrap_or((&zero, ""));
        (before.trim().to_string(), after.trim().to_string())
    }

    pub fn number(&self, n: u64) -> String {
        self.0.format.number(n)
    }

    pub fn money(&self, n: u64) -> String {
        self.0.format.money(n)
    }

    /// A number answer to `q` as written in hints and messages: money for
    /// money questions, a plain number otherwise.
    pub fn amount(&self, q: &Question, n: u64) -> String {
        if q.money {
            self.money(n)
        } else {
            self.number(n)
        }
    }

    /// An answer as a person reads it: the option label, or the number
    /// formatted as money or with its unit.
    pub fn answer(&self, q: &Question, a: &Answer) -> String {
        answer_text(q, a, &self.0.format, |key| self.optional(key))
    }

    /// The short name of a question, as used in summaries and messages.
    pub fn summary(&self, question_id: &str) -> String {
        self.get(&format!("q.{question_id}.summary"))
    }
}

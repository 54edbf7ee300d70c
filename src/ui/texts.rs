//! Text lookups for one locale. Components get every visible string through
//! this, so adding a language never touches a component. It holds only the
//! texts: components that need questions or the call to action get them as
//! props.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::engine::format::{fill, group_digits};
use crate::engine::{Answer, Config, Question};

#[derive(Clone, Debug, PartialEq)]
pub struct Texts(Rc<Table>);

#[derive(Debug, PartialEq)]
struct Table {
    /// The default locale's texts with the chosen locale's laid over them.
    texts: BTreeMap<String, String>,
    currency_symbol: String,
    /// The resolved locale, for the engine's sentences ([`crate::engine::Words`]).
    locale: String,
}

impl Texts {
    pub fn new(config: &Config, requested_locale: &str) -> Self {
        let locale = config.resolve_locale(requested_locale);
        let mut texts = config
            .texts
            .get(&config.default_locale)
            .cloned()
            .unwrap_or_default();
        if let Some(own) = config.texts.get(locale) {
            texts.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        Texts(Rc::new(Table {
            texts,
            currency_symbol: config.money.symbol.clone(),
            locale: locale.to_string(),
        }))
    }

    pub fn locale(&self) -> &str {
        &self.0.locale
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

    pub fn currency_symbol(&self) -> &str {
        &self.0.currency_symbol
    }

    pub fn number(&self, n: u64) -> String {
        group_digits(n, &self.get("fmt.group"))
    }

    pub fn money(&self, n: u64) -> String {
        self.fill(
            "fmt.money",
            &[
                ("symbol", self.currency_symbol()),
                ("amount", &self.number(n)),
            ],
        )
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
        match a {
            Answer::Choice(o) => self.get(&format!("q.{}.opt.{o}", q.id)),
            Answer::Number(n) if q.money => self.money(*n),
            Answer::Number(n) => match self.optional(&format!("q.{}.unit", q.id)) {
                Some(unit) => self.fill(
                    "ui.check.number_unit",
                    &[("value", &self.number(*n)), ("unit", &unit)],
                ),
                None => self.number(*n),
            },
        }
    }

    /// The short name of a question, as used in summaries and messages.
    pub fn summary(&self, question_id: &str) -> String {
        self.get(&format!("q.{question_id}.summary"))
    }
}

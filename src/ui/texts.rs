//! Text lookups for one locale. Components get every visible string through
//! this, so adding a language never touches a component.

use std::rc::Rc;

use yew::AttrValue;

use crate::engine::format::{fill, format_money, format_number};
use crate::engine::{Answer, Config, Question};

#[derive(Clone, Debug)]
pub struct Texts {
    pub config: Rc<Config>,
    pub locale: AttrValue,
}

impl PartialEq for Texts {
    /// Pointer equality first: configs are large and rarely change.
    fn eq(&self, other: &Self) -> bool {
        (Rc::ptr_eq(&self.config, &other.config) || self.config == other.config)
            && self.locale == other.locale
    }
}

impl Texts {
    pub fn new(config: Rc<Config>, requested_locale: &str) -> Self {
        let locale = AttrValue::from(config.resolve_locale(requested_locale).to_string());
        Texts { config, locale }
    }

    pub fn get(&self, key: &str) -> String {
        self.config.text(&self.locale, key).to_string()
    }

    /// The text for `key` with `{name}` placeholders replaced.
    pub fn fill(&self, key: &str, vars: &[(&str, &str)]) -> String {
        fill(self.config.text(&self.locale, key), vars)
    }

    /// A text only when some table has it, for optional parts such as units.
    pub fn optional(&self, key: &str) -> Option<String> {
        let text = self.config.text(&self.locale, key);
        (text != key).then(|| text.to_string())
    }

    pub fn number(&self, n: u64) -> String {
        format_number(&self.config, &self.locale, n)
    }

    pub fn money(&self, n: u64) -> String {
        format_money(&self.config, &self.locale, n)
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

//! Answers as a person reads them, in one locale: the option's text, or the
//! number formatted as money or with its unit. Hosts get these in
//! `complete.detail.labels`, and the plain-text summary quotes them.

use super::formatter::Formatter;
use super::template::fill;
use crate::engine::advice::answers::{Answer, Answers};
use crate::engine::config::types::{Config, Question};
use crate::engine::dict::Dict;

/// One answer's text; `None` for a question the config does not have.
pub fn answer_label(
    c: &Config,
    locale: &str,
    f: &dyn Formatter,
    question: &str,
    a: &Answer,
) -> Option<String> {
    let q = c.question(question)?;
    let text = |key: &str| {
        c.has_text(locale, key)
            .then(|| c.text(locale, key).to_string())
    };
    Some(answer_text(q, a, f, text))
}

/// An answer as a person reads it: the option's label, or the number as
/// money or with its unit. `text` looks a key up (`None` where no table
/// has it); the results and the UI's summaries both come through here, so
/// they always say the same.
pub fn answer_text(
    q: &Question,
    a: &Answer,
    f: &dyn Formatter,
    text: impl Fn(&str) -> Option<String>,
) -> String {
    let get = |key: &str| text(key).unwrap_or_else(|| key.to_string());
    match a {
        Answer::Choice(o) => get(&format!("q.{}.opt.{o}", q.id)),
        Answer::Number(n) if q.money => f.money(*n),
        Answer::Number(n) => {
            let value = f.number(*n);
            match unit_key(&q.id, f.plural(*n), |k| text(k).is_some()) {
                Some(unit) => fill(
                    &get("ui.check.number_unit"),
                    &[("value", &value), ("unit", &get(&unit))],
                ),
                None => value,
            }
        }
    }
}

/// The text key of a number question's unit for a count in plural
/// `category`: its own form where the texts have one
/// (`q.participants.unit.one`, "person"), else the plain unit ("people"),
/// so one person is not "1 people".
fn unit_key(question: &str, category: &str, has: impl Fn(&str) -> bool) -> Option<String> {
    let plain = format!("q.{question}.unit");
    let form = format!("{plain}.{category}");
    [form, plain].into_iter().find(|k| has(k))
}

/// Every answer's text, keyed by question id.
pub fn answer_labels(
    c: &Config,
    locale: &str,
    f: &dyn Formatter,
    answers: &Answers,
) -> Dict<String> {
    let labels = answers
        .0
        .iter()
        .filter_map(|(id, a)| answer_label(c, locale, f, id, a).map(|label| (id.as_str(), label)));
    labels.collect()
}

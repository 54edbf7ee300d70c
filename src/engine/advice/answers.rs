//! Answers: a map of question id → option id or whole number. This JSON shape
//! is public (share links, prefill, events), so it stays flat and stable.

use crate::engine::dict::Dict;
use std::fmt;

use super::legacy::upgrade;
use crate::engine::config::types::{Config, Question, QuestionKind};
use crate::engine::json::{self, Number, Value};

/// The answer of a number question that allows it (`unknown: true`) when
/// the person has no figure yet: `"budget": "unknown"`.
pub const UNKNOWN: &str = "unknown";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Number(u64),
    Choice(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(pub Dict<Answer>);

/// Why one answer is not usable; always names the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerError {
    pub question: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing,
    UnknownQuestion,
    UnknownOption(String),
    NotANumber,
    OutOfRange { min: u64, max: u64 },
    WrongType,
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = &self.question;
        match &self.problem {
            Problem::Missing => write!(f, "{q}: no answer"),
            Problem::UnknownQuestion => write!(f, "{q}: unknown question"),
            Problem::UnknownOption(o) => write!(f, "{q}: unknown option \"{o}\""),
            Problem::NotANumber => write!(f, "{q}: must be a whole number"),
            Problem::OutOfRange { min, max } => write!(f, "{q}: must be from {min} to {max}"),
            Problem::WrongType => write!(f, "{q}: wrong kind of answer"),
        }
    }
}

impl std::error::Error for AnswerError {}

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn choice(&self, id: &str) -> Option<&str> {
        match self.0.get(id) {
            Some(Answer::Choice(s)) => Some(s),
            _ => None,
        }
    }

    /// True when the question was answered "not decided yet".
    pub fn is_unknown(&self, id: &str) -> bool {
        self.choice(id) == Some(UNKNOWN)
    }

    pub fn number(&self, id: &str) -> Option<u64> {
        match self.0.get(id) {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn set(&mut self, id: impl Into<String>, a: Answer) {
        self.0.insert(id.into(), a);
    }

    /// `{"goal":"skill","budget":50000}`: option ids as texts, numbers as numbers.
    pub fn to_value(&self) -> Value {
        let map = self.0.iter().map(|(id, a)| {
            let v = match a {
                Answer::Number(n) => Value::from(*n),
                Answer::Choice(o) => Value::from(o),
            };
            (id.as_str(), v)
        });
        Value::Object(map.collect())
    }

    pub fn to_json(&self) -> String {
        self.to_value().to_json()
    }

    /// Parses untrusted JSON (prefill, share link, storage) and keeps only the
    /// entries that are valid for `config`; the rest come back as errors.
    /// Non-object input yields no answers and one error.
    pub fn from_json_lenient(config: &Config, text: &str) -> (Answers, Vec<AnswerError>) {
        Answers::from_value_lenient(config, json::parse(text).unwrap_or_default())
    }

    /// As [`Answers::from_json_lenient`], from parsed JSON.
    pub fn from_value_lenient(config: &Config, value: Value) -> (Answers, Vec<AnswerError>) {
        let Value::Object(mut map) = value else {
            let e = AnswerError {
                question: "answers".into(),
                problem: Problem::WrongType,
            };
            return (Answers::default(), vec![e]);
        };
        upgrade(config, &mut map);
        let mut answers = Answers::default();
        let mut errors = Vec::new();
        for (id, v) in map {
            match check_value(config, &id, &v) {
                Ok(a) => answers.set(id, a),
                Err(problem) => errors.push(AnswerError {
                    question: id,
                    problem,
                }),
            }
        }
        (answers, errors)
    }

    /// Every problem that stops a recommendation: missing answers to
    /// questions that are not optional, invalid answers, in questionnaire
    /// order, then unknown ids.
    pub fn validate(&self, config: &Config) -> Vec<AnswerError> {
        let mut errors = Vec::new();
        for q in &config.questions {
            let problem = match self.0.get(&q.id) {
                None if q.optional => None,
                None => Some(Problem::Missing),
                Some(a) => check_answer(q, a).err(),
            };
            if let Some(problem) = problem {
                errors.push(AnswerError {
                    question: q.id.clone(),
                    problem,
                });
            }
        }
        for id in self.0.keys() {
            if config.question(id).is_none() {
                errors.push(AnswerError {
                    question: id.clone(),
                    problem: Problem::UnknownQuestion,
                });
            }
        }
        errors
    }

    /// True when every question that is not optional has a valid answer,
    /// and nothing else is present.
    pub fn is_complete(&self, config: &Config) -> bool {
        self.validate(config).is_empty()
    }
}

/// Checks one stored or typed answer against its question.
pub fn check_answer(q: &Question, a: &Answer) -> Result<(), Problem> {
    match (q.kind, a) {
        (QuestionKind::Choice, Answer::Choice(o)) if q.option(o).is_some() => Ok(()),
        (QuestionKind::Choice, Answer::Choice(o)) => Err(Problem::UnknownOption(o.clone())),
        (QuestionKind::Number, Answer::Choice(o)) if q.unknown && o == UNKNOWN => Ok(()),
        (QuestionKind::Number, Answer::Choice(o)) if q.option(o).is_some() => Ok(()),
        (QuestionKind::Number, Answer::Number(n)) => {
            let (min, max) = q.range();
            if (min..=max).contains(n) {
                Ok(())
            } else {
                Err(Problem::OutOfRange { min, max })
            }
        }
        _ => Err(Problem::WrongType),
    }
}

fn check_value(config: &Config, id: &str, v: &Value) -> Result<Answer, Problem> {
    let q = config.question(id).ok_or(Problem::UnknownQuestion)?;
    let a = match (q.kind, v) {
        (QuestionKind::Choice, Value::String(s)) => Answer::Choice(s.clone()),
        // Only `"unknown"` on a question that allows it; `check_answer` says so.
        (QuestionKind::Number, Value::String(s)) => Answer::Choice(s.clone()),
        (QuestionKind::Number, Value::Number(n)) => match *n {
            Number::PosInt(n) => Answer::Number(n),
            Number::Float(f) if f.fract() != 0.0 => return Err(Problem::NotANumber),
            Number::Float(_) | Number::NegInt(_) => {
                let (min, max) = q.range();
                return Err(Problem::OutOfRange { min, max });
            }
        },
        _ => return Err(Problem::WrongType),
    };
    check_answer(q, &a).map(|_| a)
}

/// Parses what a person typed into a number field, the way people write
/// amounts and counts in English, German and Spanish: `60000`, `60,000`,
/// `1 250 000`, `$60,000`, `€70.000`, `60.000 €`, `60k`, `70k €`, `1.2m`,
/// `1,5 Mio.`, `70 Tsd.`, `70 mil`, `$60,000.00`, with a word before it
/// (`ca. 160`, `about 45`, `etwa 45`, `unos 45`) or a unit after it (`45
/// people`, `45 Personen`, `60000 EUR`). Group separators must group
/// threes, and a decimal part is taken only when the amount comes out
/// whole, so `12.5` people and `1,5` (a grouping or a decimal?) are
/// rejected rather than guessed at, and so is a word with a digit after the
/// number (`2 teams of 10`).
pub fn parse_number(q: &Question, input: &str) -> Result<u64, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Missing);
    }
    // Words and signs before the number ("ca.", "US$", "~") say nothing
    // about it; a minus stays, to be refused.
    let s = trimmed.trim_start_matches(|c: char| !c.is_ascii_digit() && !matches!(c, '-' | '+'));
    let end = s
        .find(|c: char| !c.is_ascii_digit() && !GROUP_SEPARATORS.contains(&c))
        .unwrap_or(s.len());
    let (core, rest) = s.split_at(end);
    let body = core.trim_end_matches(GROUP_SEPARATORS);
    let attached = body.len() == core.len() && !rest.is_empty();
    let (scale, units) = scale_and_units(rest, attached)?;
    if !units {
        return Err(Problem::NotANumber);
    }
    let n = amount(body, scale)?;
    let (min, max) = q.range();
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(Problem::OutOfRange { min, max }),
    }
}

/// Words for a thousand and a million, in English, German and Spanish
/// ("mil" is the Spanish thousand), compared in ASCII lower case without
/// a closing dot.
const SCALES: [(&str, u64); 15] = [
    ("k", 1_000),
    ("tsd", 1_000),
    ("tausend", 1_000),
    ("thousand", 1_000),
    ("mil", 1_000),
    ("m", 1_000_000),
    ("mn", 1_000_000),
    ("mio", 1_000_000),
    ("million", 1_000_000),
    ("millions", 1_000_000),
    ("millionen", 1_000_000),
    ("mill", 1_000_000),
    ("mill\u{f3}n", 1_000_000),
    ("millones", 1_000_000),
    ("bn", 1_000_000_000),
];

/// What follows the digits: a scale, written on (`60k`, `1.2m`) or as a
/// word (`70 Tsd.`, `1,5 Mio. €`), then units and currency (`people`,
/// `Personen`, `EUR`, `€`). `(scale, true)` when every word after the
/// scale is a unit; letters written on that are no scale (`5x`), or a word
/// with a digit or a sign in it, are not a number.
fn scale_and_units(rest: &str, attached: bool) -> Result<(u64, bool), Problem> {
    let mut words = rest.split_whitespace().peekable();
    let mut scale = 1;
    if let Some(first) = words.peek() {
        // "k€", "Tsd.": the scale without a sign or a closing dot after it.
        let word = first
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_ascii_lowercase();
        match SCALES.iter().find(|(w, _)| *w == word) {
            Some((_, n)) => {
                scale = *n;
                words.next();
            }
            None if attached => return Err(Problem::NotANumber),
            None => {}
        }
    }
    let unit = |w: &str| {
        !w.bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-'))
    };
    Ok((scale, words.all(unit)))
}

const GROUP_SEPARATORS: [char; 7] = [',', '.', ' ', '\'', '_', '\u{a0}', '\u{202f}'];

/// Digits with optional separators between groups of three. `Ok(None)` is a
/// number too large to hold.
fn grouped_whole(s: &str) -> Result<Option<u64>, Problem> {
    let groups: Vec<&str> = s.split(GROUP_SEPARATORS).collect();
    let well_formed = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3);
    if !well_formed {
        return Err(Problem::NotANumber);
    }
    Ok(groups.concat().parse().ok())
}

/// `60,000`, `60,000.00` or `1.2` (times `scale`): grouped digits, and a
/// decimal part after the last `.`/`,` when that part is not a group of
/// three. The amount must come out whole. `Ok(None)` is too large to hold.
fn amount(s: &str, scale: u64) -> Result<Option<u64>, Problem> {
    let (whole, fraction) = match s.rfind(['.', ',']) {
        Some(i) if s.len() - i - 1 != 3 => (&s[..i], &s[i + 1..]),
        _ => (s, ""),
    };
    let whole = grouped_whole(whole)?;
    if !fraction.bytes().all(|b| b.is_ascii_digit()) || fraction.len() > 6 {
        return Err(Problem::NotANumber);
    }
    let Some(whole) = whole else { return Ok(None) };
    let digits = u32::try_from(fraction.len()).unwrap_or(u32::MAX);
    let unit = 10u64.pow(digits);
    let part = fraction.parse::<u64>().unwrap_or(0).saturating_mul(scale);
    if part % unit != 0 {
        return Err(Problem::NotANumber);
    }
    Ok(whole
        .checked_mul(scale)
        .and_then(|n| n.checked_add(part / unit)))
}

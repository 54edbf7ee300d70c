//! Answers: a map of question id → option id or whole number. This JSON shape
//! is public (share links, prefill, events), so it stays flat and stable.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

use super::config::{Config, Question, QuestionKind};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Number(u64),
    Choice(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

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

    pub fn number(&self, id: &str) -> Option<u64> {
        match self.0.get(id) {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn set(&mut self, id: impl Into<String>, a: Answer) {
        self.0.insert(id.into(), a);
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Parses untrusted JSON (prefill, share link, storage) and keeps only the
    /// entries that are valid for `config`; the rest come back as errors.
    /// Non-object input yields no answers and one error.
    pub fn from_json_lenient(config: &Config, json: &str) -> (Answers, Vec<AnswerError>) {
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(json) else {
            let e = AnswerError {
                question: "answers".into(),
                problem: Problem::WrongType,
            };
            return (Answers::default(), vec![e]);
        };
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

    /// Every problem that stops a recommendation: missing or invalid answers,
    /// in questionnaire order, then unknown ids.
    pub fn validate(&self, config: &Config) -> Vec<AnswerError> {
        let mut errors = Vec::new();
        for q in &config.questions {
            let problem = match self.0.get(&q.id) {
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

    /// True when every question has a valid answer and nothing else is present.
    pub fn is_complete(&self, config: &Config) -> bool {
        self.validate(config).is_empty()
    }
}

/// Checks one stored or typed answer against its question.
pub fn check_answer(q: &Question, a: &Answer) -> Result<(), Problem> {
    match (q.kind, a) {
        (QuestionKind::Choice, Answer::Choice(o)) if q.option(o).is_some() => Ok(()),
        (QuestionKind::Choice, Answer::Choice(o)) => Err(Problem::UnknownOption(o.clone())),
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
        (QuestionKind::Number, Value::Number(n)) => match n.as_u64() {
            Some(n) => Answer::Number(n),
            None => {
                let (min, max) = q.range();
                return Err(if n.as_f64().is_some_and(|f| f.fract() != 0.0) {
                    Problem::NotANumber
                } else {
                    Problem::OutOfRange { min, max }
                });
            }
        },
        _ => return Err(Problem::WrongType),
    };
    check_answer(q, &a).map(|_| a)
}

/// Parses what a person typed into a number field. Accepts digits with
/// spaces, commas, dots, apostrophes or underscores as group separators and an
/// optional leading currency symbol, but no decimals or signs.
pub fn parse_number(q: &Question, input: &str) -> Result<u64, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Missing);
    }
    let body = trimmed.trim_start_matches(|c: char| !c.is_ascii_digit() && !"-+.,".contains(c));
    let mut digits = String::new();
    for c in body.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | ',' | '\'' | '_' | '\u{a0}' | '\u{202f}' => {}
            '.' => {}
            _ => return Err(Problem::NotANumber),
        }
    }
    // "1.5" or "2,50" look like decimals, not grouping: groups are 3 digits.
    let groups = body.split([',', '.', ' ', '\'', '_', '\u{a0}', '\u{202f}']);
    if groups.skip(1).any(|g| g.len() != 3) {
        return Err(Problem::NotANumber);
    }
    if digits.is_empty() {
        return Err(Problem::NotANumber);
    }
    let (min, max) = q.range();
    let n: u64 = digits
        .parse()
        .map_err(|_| Problem::OutOfRange { min, max })?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(Problem::OutOfRange { min, max })
    }
}

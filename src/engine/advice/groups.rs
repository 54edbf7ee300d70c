//! A programme's answers: the organisation-wide answers once, and each
//! group's own answers (the questions the config marks `per_group`), named
//! and in priority order. The public JSON keeps today's flat form for one
//! group, `{"goal":…,"budget":…}`, and adds a form for several:
//! `{"budget":…,"mentors":…,"groups":[{"name":"Successors","answers":{"goal":…}}]}`.

use super::answers::{AnswerError, Answers, Problem};
use crate::engine::config::types::Config;
use crate::engine::json::{Map, Value};

/// The longest group name kept, in bytes: a label, not a description.
pub const NAME_MAX: usize = 60;

/// One group: its name (may be empty) and its answers to the per-group
/// questions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub answers: Answers,
}

/// The answers of a programme of one or more groups.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grouped {
    /// Answers to the questions asked once for the organisation.
    pub shared: Answers,
    /// The groups, highest priority first; never empty once read.
    pub groups: Vec<Group>,
}

impl Grouped {
    /// Flat answers as one unnamed group.
    pub fn single(c: &Config, flat: &Answers) -> Grouped {
        let (mut shared, mut own) = (Answers::default(), Answers::default());
        for (id, a) in flat.0.iter() {
            let to = if per_group(c, id) {
                &mut own
            } else {
                &mut shared
            };
            to.set(id.clone(), a.clone());
        }
        Grouped {
            shared,
            groups: vec![Group {
                name: String::new(),
                answers: own,
            }],
        }
    }

    /// Group `i`'s answers with the shared ones: what the single-group
    /// engine takes.
    pub fn answers_of(&self, i: usize) -> Answers {
        let mut all = self.shared.clone();
        for (id, a) in self
            .groups
            .get(i)
            .map(|g| g.answers.0.iter())
            .into_iter()
            .flatten()
        {
            all.set(id.clone(), a.clone());
        }
        all
    }

    /// Every group's answers, with the shared ones, are complete.
    pub fn is_complete(&self, c: &Config) -> bool {
        (0..self.groups.len()).all(|i| self.answers_of(i).is_complete(c))
    }

    /// One unnamed group is written flat, as before groups existed, so
    /// its links and payloads are what they were.
    pub fn to_value(&self) -> Value {
        match self.groups.as_slice() {
            [] => self.shared.to_value(),
            [g] if g.name.is_empty() => self.answers_of(0).to_value(),
            groups => {
                let mut map = object(self.shared.to_value());
                let list = groups.iter().map(|g| {
                    Value::object([
                        ("name", Value::from(&g.name)),
                        ("answers", g.answers.to_value()),
                    ])
                });
                map.insert("groups", list.collect());
                Value::Object(map)
            }
        }
    }

    /// Parses untrusted JSON in either form, keeping what is valid for
    /// `c`; the rest comes back as errors named by where they were
    /// (`groups[1].goal`). Groups beyond `groups.max` are dropped with an
    /// error; a shared answer inside a group, or a group's answer beside
    /// `groups`, is refused as the wrong kind of answer there.
    pub fn from_value_lenient(c: &Config, value: Value) -> (Grouped, Vec<AnswerError>) {
        let grouped = value.as_object().filter(|m| m.contains_key("groups"));
        let Some(mut map) = grouped.cloned() else {
            return flat(c, value);
        };
        let list = map.remove("groups").unwrap_or_default();
        let (mut shared, mut errors) = Answers::from_value_lenient(c, Value::Object(map));
        keep(c, &mut shared, false, "", &mut errors);
        let items = match list.as_array().filter(|items| !items.is_empty()) {
            Some(items) => items.clone(),
            None => {
                errors.push(error("groups", Problem::WrongType));
                vec![Value::Object(Map::new())]
            }
        };
        let most = usize::try_from(c.groups.max).unwrap_or(usize::MAX);
        if items.len() > most {
            let range = Problem::OutOfRange {
                min: 1,
                max: c.groups.max,
            };
            errors.push(error("groups", range));
        }
        let groups = items
            .into_iter()
            .take(most)
            .enumerate()
            .map(|(i, item)| read_group(c, i, item, &mut errors))
            .collect();
        (Grouped { shared, groups }, errors)
    }
}

/// Whether question `id` is asked per group.
pub fn per_group(c: &Config, id: &str) -> bool {
    c.question(id).is_some_and(|q| q.per_group)
}

/// The single-group form.
fn flat(c: &Config, value: Value) -> (Grouped, Vec<AnswerError>) {
    let (flat, errors) = Answers::from_value_lenient(c, value);
    (Grouped::single(c, &flat), errors)
}

fn read_group(c: &Config, i: usize, item: Value, errors: &mut Vec<AnswerError>) -> Group {
    let at = format!("groups[{i}].");
    let mut map = object(item);
    let name = match map.remove("name") {
        Some(Value::String(s)) => trimmed(&s),
        None => String::new(),
        Some(_) => {
            errors.push(error(&format!("{at}name"), Problem::WrongType));
            String::new()
        }
    };
    let given = map.remove("answers").unwrap_or(Value::Object(Map::new()));
    let (mut answers, errs) = Answers::from_value_lenient(c, given);
    errors.extend(errs.into_iter().map(|e| AnswerError {
        question: format!("{at}{}", e.question),
        problem: e.problem,
    }));
    keep(c, &mut answers, true, &at, errors);
    Group { name, answers }
}

/// Keeps only the answers whose scope is `in_group`; the others are
/// errors, named with `at` before the question id.
fn keep(c: &Config, a: &mut Answers, in_group: bool, at: &str, errors: &mut Vec<AnswerError>) {
    let wrong: Vec<String> =
        a.0.keys()
            .filter(|id| per_group(c, id) != in_group)
            .cloned()
            .collect();
    for id in wrong {
        a.0.remove(&id);
        errors.push(error(&format!("{at}{id}"), Problem::WrongType));
    }
}

/// The name without surrounding space, cut to [`NAME_MAX`] bytes at a
/// character boundary.
pub fn trimmed(s: &str) -> String {
    let s = s.trim();
    let mut end = s.len().min(NAME_MAX);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

fn object(v: Value) -> Map {
    v.as_object().cloned().unwrap_or_default()
}

fn error(question: &str, problem: Problem) -> AnswerError {
    AnswerError {
        question: question.into(),
        problem,
    }
}

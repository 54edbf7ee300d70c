//! Checks a merged config (still JSON) against [`super::shape::CONFIG`]
//! and reports every wrong type, unknown key and missing field in one pass,
//! each with its JSON path and a sentence a web developer can act on
//! ("must be a whole number, like 15000, not the text \"lots\""). Serde,
//! whose messages speak Rust, only ever reads a config of the right shape.
//!
//! So that the checks of meaning (ids, ranges, texts) can report in the
//! same pass, each problem is also patched where it can be: an unknown key
//! is dropped, and a wrong or missing value is replaced by the default's
//! value at the same place (list entries are matched by `id`, as the
//! overlay does). A problem with nothing to patch it from makes the result
//! unusable for those checks.

use crate::engine::json::{Map, Number, Value};

use super::path::child;
use super::replaced::replaced;
use super::shape::{Field, Shape};
use super::suggest::did_you_mean;
use crate::engine::config::error::ConfigError;

/// What the check found.
pub struct Checked {
    /// Every shape problem; none means serde can read the config.
    pub problems: Vec<ConfigError>,
    /// The patched config has the right shape, so it can be read and its
    /// meaning checked too.
    pub patched: bool,
}

/// Checks `value` against `shape`, patching it from `base` (the default).
pub fn check(value: &mut Value, base: Option<&Value>, shape: &Shape) -> Checked {
    let mut out = Checked {
        problems: Vec::new(),
        patched: true,
    };
    walk(value, base, shape, "", &mut out);
    out
}

fn walk(value: &mut Value, base: Option<&Value>, shape: &Shape, path: &str, out: &mut Checked) {
    let mut hint = String::new();
    let mut expected = expected(shape);
    let ok = match (shape, &mut *value) {
        (Shape::Whole, Value::Number(Number::NegInt(_))) => {
            expected = "must be 0 or more, like 15000".into();
            false
        }
        (Shape::Whole, Value::Number(n)) => matches!(n, Number::PosInt(_)),
        (Shape::Number, Value::Number(_)) | (Shape::Text, Value::String(_)) => true,
        (Shape::Flag, Value::Bool(_)) => true,
        (Shape::OneOf(names), Value::String(s)) => {
            let known = names.contains(&s.as_str());
            if !known {
                hint = did_you_mean(s, names.iter().copied());
            }
            known
        }
        (Shape::List(item), Value::Array(items)) => {
            for (i, v) in items.iter_mut().enumerate() {
                let namesake = base.and_then(|b| namesake(b, v));
                walk(v, namesake, item, &format!("{path}[{i}]"), out);
            }
            true
        }
        (Shape::Map(item), Value::Object(map)) => {
            for (k, v) in map.iter_mut() {
                walk(v, base.and_then(|b| b.get(k)), item, &child(path, k), out);
            }
            true
        }
        (Shape::Object(fields), Value::Object(map)) => {
            walk_fields(map, base, fields, path, out);
            true
        }
        _ => false,
    };
    if !ok {
        out.problems.push(problem(path, &expected, value, &hint));
        patch(value, base, shape, out);
    }
}

fn walk_fields(
    map: &mut Map,
    base: Option<&Value>,
    fields: &[Field],
    path: &str,
    out: &mut Checked,
) {
    for f in fields {
        let from = base.and_then(|b| b.get(f.name));
        match map.get_mut(f.name) {
            Some(v) => walk(v, from, f.shape, &child(path, f.name), out),
            None if f.required => {
                let at = child(path, f.name);
                out.problems.push(ConfigError::new(at, "is required"));
                let mut v = Value::Null;
                patch(&mut v, from, f.shape, out);
                if !v.is_null() {
                    map.insert(f.name.to_string(), v);
                }
            }
            None => {}
        }
    }
    let names = || fields.iter().map(|f| f.name);
    let unknown: Vec<String> = map
        .keys()
        .filter(|k| !names().any(|n| n == k.as_str()))
        .cloned()
        .collect();
    for key in unknown {
        let hint = did_you_mean(&key, names());
        let known = names().collect::<Vec<_>>().join(", ");
        let message = if let Some(why) = replaced(&child(path, &key)) {
            why.to_string()
        } else if hint.is_empty() {
            format!("is not a known key; the keys here are {known}")
        } else {
            format!("is not a known key{hint}")
        };
        out.problems
            .push(ConfigError::new(child(path, &key), message));
        map.remove(&key);
    }
}

/// Replaces a wrong value with the default's, when there is one of the
/// right shape.
fn patch(value: &mut Value, base: Option<&Value>, shape: &Shape, out: &mut Checked) {
    let mut fix = base.cloned().unwrap_or(Value::Null);
    if base.is_some() && check(&mut fix, None, shape).problems.is_empty() {
        *value = fix;
    } else {
        out.patched = false;
    }
}

/// The entry of `base` (a list) that `entry` overlays: the one with its `id`.
fn namesake<'a>(base: &'a Value, entry: &Value) -> Option<&'a Value> {
    let id = entry.get("id")?.as_str()?;
    base.as_array()?
        .iter()
        .find(|b| b.get("id").and_then(Value::as_str) == Some(id))
}

/// What a place of this shape must hold, as the start of a sentence.
fn expected(shape: &Shape) -> String {
    match shape {
        Shape::Whole => "must be a whole number, like 15000".into(),
        Shape::Number => "must be a number, like 0.5".into(),
        Shape::Text => "must be text in double quotes".into(),
        Shape::Flag => "must be true or false".into(),
        Shape::OneOf(names) => {
            let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
            match quoted.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("must be {} or {last}", rest.join(", "))
                }
                _ => format!("must be {}", quoted.join("")),
            }
        }
        Shape::List(_) => "must be a list in square brackets, like [ … ]".into(),
        Shape::Map(_) | Shape::Object(_) => "must be an object in curly braces, like { … }".into(),
    }
}

/// `expected`, then what was found instead, then any `hint`; at the root
/// the sentence names the config, which has no path.
fn problem(path: &str, expected: &str, found: &Value, hint: &str) -> ConfigError {
    let subject = if path.is_empty() { "the config " } else { "" };
    ConfigError::new(
        path,
        format!("{subject}{expected}, not {}{hint}", describe(found)),
    )
}

/// A found value in words: `the number 42`, `the text "lots"`, `a list`.
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {}", n.to_text()),
        Value::String(s) if s.chars().count() > 40 => {
            format!("the text \"{}…\"", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("the text \"{s}\""),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::json::test_json as json;

    static POINT: Shape = Shape::Object(&[
        Field {
            name: "x",
            shape: &Shape::Whole,
            required: true,
        },
        Field {
            name: "tag",
            shape: &Shape::OneOf(&["red", "green", "blue"]),
            required: false,
        },
        Field {
            name: "id",
            shape: &Shape::Text,
            required: false,
        },
    ]);

    fn messages(mut v: Value, shape: &Shape) -> Vec<String> {
        let checked = check(&mut v, None, shape);
        checked.problems.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_value_of_the_right_shape_passes() {
        assert_eq!(
            messages(json!({"x": 3, "tag": "red"}), &POINT),
            Vec::<String>::new()
        );
        let points = Shape::List(&POINT);
        assert_eq!(
            messages(json!([{"x": 0}, {"x": 1}]), &points),
            Vec::<String>::new()
        );
    }

    #[test]
    fn each_kind_of_value_is_named_in_words() {
        let list = Shape::List(&POINT);
        assert_eq!(
            messages(
                json!([{"x": "3"}, {"x": -1}, {"x": 1.5}, {"x": null}, 7]),
                &list
            ),
            [
                "[0].x: must be a whole number, like 15000, not the text \"3\"",
                "[1].x: must be 0 or more, like 15000, not the number -1",
                "[2].x: must be a whole number, like 15000, not the number 1.5",
                "[3].x: must be a whole number, like 15000, not null",
                "[4]: must be an object in curly braces, like { … }, not the number 7",
            ]
        );
        assert_eq!(
            messages(json!(true), &list),
            ["the config must be a list in square brackets, like [ … ], not true"]
        );
    }

    #[test]
    fn one_of_lists_the_choices_and_suggests_the_closest() {
        assert_eq!(
            messages(json!({"x": 1, "tag": "gren"}), &POINT),
            ["tag: must be \"red\", \"green\" or \"blue\", not the text \"gren\"; did you mean \"green\"?"]
        );
    }

    #[test]
    fn unknown_and_missing_keys_are_reported_together() {
        assert_eq!(
            messages(json!({"X": 1, "colour": "red"}), &POINT),
            [
                "x: is required",
                "X: is not a known key; did you mean \"x\"?",
                "colour: is not a known key; the keys here are x, tag, id",
            ]
        );
    }

    #[test]
    fn problems_are_patched_from_the_base_where_it_has_a_value() {
        let base = json!([{ "x": 1, "tag": "red" }, { "id": "a", "x": 2 }]);
        let mut v = json!([{ "x": "3", "colour": 1 }, { "id": "a", "x": -1 }, { "id": "b" }]);
        let checked = check(&mut v, Some(&base), &Shape::List(&POINT));
        assert_eq!(checked.problems.len(), 4);
        assert!(!checked.patched, "b has no namesake to take x from");
        assert_eq!(
            v,
            json!([{ "x": "3" }, { "id": "a", "x": 2 }, { "id": "b" }])
        );
        let mut v = json!([{ "id": "a", "x": "two", "extra": true }]);
        let checked = check(&mut v, Some(&base), &Shape::List(&POINT));
        assert!(checked.patched);
        assert_eq!(v, json!([{ "id": "a", "x": 2 }]));
    }

    #[test]
    fn keys_that_are_not_names_are_quoted_in_paths() {
        assert_eq!(
            child("texts.en", "q.goal.label"),
            "texts.en[\"q.goal.label\"]"
        );
        assert_eq!(child("", "cta"), "cta");
        assert_eq!(child("cta", "url"), "cta.url");
        assert_eq!(child("", "$schema"), "$schema");
    }
}

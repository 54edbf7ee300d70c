//! Partial configs. A consultancy's config is laid over the built-in default,
//! so `{"money":{"currency":"EUR"}}` is a whole config: it changes what it
//! names and keeps everything else.
//!
//! The rule: objects merge key by key (texts per key and per locale, costs
//! per field), and a key set to `null` is removed, as in a JSON Merge Patch
//! (RFC 7396). An array replaces the default's array as a whole (so a
//! question is removed by leaving it out), but an entry that names the `id`
//! of an entry in the default's array is merged into that entry, so only the
//! changed fields need writing. A list with an entry `{"id": …, "remove":
//! true}` is a change to the default's list instead: the default's entries
//! stay, in their order, without those marked `remove`, with the others
//! merged into their namesakes (or added at the end). Anything else
//! replaces what it overlays.

use super::suggest::did_you_mean;
use crate::engine::config::error::ConfigError;
use crate::engine::json::{Map, Value};

/// Lays `patch` over `base`.
pub fn overlay(base: Value, patch: Value) -> Value {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => Value::Object(merge_objects(base, patch)),
        (Value::Array(base), Value::Array(patch)) => Value::Array(merge_arrays(base, patch)),
        (_, patch) => patch,
    }
}

fn merge_objects(mut base: Map, patch: Map) -> Map {
    for (key, value) in patch {
        if value.is_null() {
            base.remove(&key);
            continue;
        }
        match base.get_mut(&key) {
            Some(old) => *old = overlay(std::mem::take(old), value),
            None => {
                base.insert(key, value);
            }
        }
    }
    base
}

fn merge_arrays(base: Vec<Value>, patch: Vec<Value>) -> Vec<Value> {
    if patch.iter().any(removes) {
        return change_list(base, patch);
    }
    patch
        .into_iter()
        .map(|entry| match base.iter().find(|b| same_id(b, &entry)) {
            Some(namesake) => overlay(namesake.clone(), entry),
            None => entry,
        })
        .collect()
}

/// `{"id": …, "remove": true}`.
fn removes(entry: &Value) -> bool {
    matches!(entry.get("remove"), Some(Value::Bool(true)))
}

/// The default's list, changed: entries marked `remove` go, the others
/// merge into their namesakes or are added at the end.
fn change_list(base: Vec<Value>, patch: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = base
        .into_iter()
        .filter(|b| !patch.iter().any(|p| removes(p) && same_id(b, p)))
        .collect();
    for entry in patch.into_iter().filter(|p| !removes(p)) {
        match out.iter_mut().find(|b| same_id(b, &entry)) {
            Some(namesake) => *namesake = overlay(std::mem::take(namesake), entry),
            None => out.push(entry),
        }
    }
    out
}

/// Entries marked `remove` that name no entry of the default's list, each
/// at its place in the config: `questions[0]: there is no "pth" to remove;
/// did you mean "path"?`.
pub fn unknown_removals(base: &Value, patch: &Value, at: &str, out: &mut Vec<ConfigError>) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                if let Some(b) = base.get(key) {
                    let path = if at.is_empty() {
                        key.clone()
                    } else {
                        format!("{at}.{key}")
                    };
                    unknown_removals(b, value, &path, out);
                }
            }
        }
        (Value::Array(base), Value::Array(patch)) => {
            for (i, entry) in patch.iter().enumerate() {
                let path = format!("{at}[{i}]");
                match base.iter().find(|b| same_id(b, entry)) {
                    Some(namesake) => unknown_removals(namesake, entry, &path, out),
                    None if removes(entry) => {
                        let id = match entry.get("id") {
                            Some(Value::String(id)) => id.as_str(),
                            _ => "",
                        };
                        let ids = base.iter().filter_map(|b| match b.get("id") {
                            Some(Value::String(id)) => Some(id.as_str()),
                            _ => None,
                        });
                        let hint = did_you_mean(id, ids);
                        let message = format!("there is no \"{id}\" to remove{hint}");
                        out.push(ConfigError::new(path, message));
                    }
                    None => {}
                }
            }
        }
        _ => {}
    }
}

fn same_id(a: &Value, b: &Value) -> bool {
    match (a.get("id"), b.get("id")) {
        (Some(Value::String(x)), Some(Value::String(y))) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::json::test_json as json;

    #[test]
    fn objects_merge_key_by_key() {
        let base = json!({"money": {"currency": "USD", "symbol": "$"}, "cta": {"url": "a"}});
        let merged = overlay(base, json!({"money": {"currency": "EUR"}}));
        assert_eq!(
            merged,
            json!({"money": {"currency": "EUR", "symbol": "$"}, "cta": {"url": "a"}})
        );
    }

    #[test]
    fn texts_merge_per_locale_and_key() {
        let base = json!({"texts": {"en": {"a": "A", "b": "B"}}});
        let merged = overlay(
            base,
            json!({"texts": {"en": {"b": "Bee"}, "de": {"a": "Ah"}}}),
        );
        assert_eq!(
            merged,
            json!({"texts": {"en": {"a": "A", "b": "Bee"}, "de": {"a": "Ah"}}})
        );
    }

    #[test]
    fn array_entries_naming_an_id_merge_into_it_and_the_rest_is_replaced() {
        let base = json!({"questions": [
            {"id": "goal", "weight": 1.2, "options": [{"id": "skill", "coaching": 0.9}]},
            {"id": "path", "weight": 1.0}
        ]});
        let patch = json!({"questions": [
            {"id": "goal", "weight": 2.0},
            {"id": "new", "weight": 0.5}
        ]});
        assert_eq!(
            overlay(base, patch),
            json!({"questions": [
                {"id": "goal", "weight": 2.0, "options": [{"id": "skill", "coaching": 0.9}]},
                {"id": "new", "weight": 0.5}
            ]})
        );
    }

    #[test]
    fn an_entry_marked_remove_drops_its_namesake_and_keeps_the_rest() {
        let base = json!({"questions": [
            {"id": "goal", "weight": 1.2},
            {"id": "path", "weight": 1.0},
            {"id": "mentors"}
        ]});
        let patch = json!({"questions": [{"id": "path", "remove": true}]});
        assert_eq!(
            overlay(base.clone(), patch),
            json!({"questions": [{"id": "goal", "weight": 1.2}, {"id": "mentors"}]})
        );
        // Beside a removal, other entries merge in place or are added.
        let patch = json!({"questions": [
            {"id": "goal", "weight": 2.0},
            {"id": "path", "remove": true},
            {"id": "new"}
        ]});
        assert_eq!(
            overlay(base, patch),
            json!({"questions": [{"id": "goal", "weight": 2.0}, {"id": "mentors"}, {"id": "new"}]})
        );
    }

    #[test]
    fn a_removal_that_names_nothing_is_a_problem_with_a_suggestion() {
        let base =
            json!({"questions": [{"id": "path"}, {"id": "goal", "options": [{"id": "skill"}]}]});
        let patch = json!({"questions": [
            {"id": "pth", "remove": true},
            {"id": "goal", "options": [{"id": "skil", "remove": true}]}
        ]});
        let mut out = Vec::new();
        unknown_removals(&base, &patch, "", &mut out);
        let said: Vec<String> = out.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "questions[0]: there is no \"pth\" to remove; did you mean \"path\"?",
                "questions[1].options[0]: there is no \"skil\" to remove; did you mean \"skill\"?",
            ]
        );
    }

    #[test]
    fn nested_arrays_merge_by_id_too() {
        let base = json!([{"id": "goal", "options": [{"id": "skill", "coaching": 0.9, "mentoring": 0.4}]}]);
        let patch = json!([{"id": "goal", "options": [{"id": "skill", "mentoring": 0.5}]}]);
        assert_eq!(
            overlay(base, patch),
            json!([{"id": "goal", "options": [{"id": "skill", "coaching": 0.9, "mentoring": 0.5}]}])
        );
    }

    #[test]
    fn null_removes_a_key() {
        let base = json!({"costs": {"managers": 1, "executives": 2}, "keep": true});
        let merged = overlay(base, json!({"costs": {"executives": null}, "gone": null}));
        assert_eq!(merged, json!({"costs": {"managers": 1}, "keep": true}));
    }

    #[test]
    fn scalars_and_mismatched_shapes_replace() {
        assert_eq!(
            overlay(json!({"a": 1}), json!({"a": [1]})),
            json!({"a": [1]})
        );
        assert_eq!(overlay(json!([1, 2]), json!([3])), json!([3]));
        assert_eq!(overlay(json!([{"id": "x"}]), json!([null])), json!([null]));
        assert_eq!(overlay(json!({"a": 1}), json!(42)), json!(42));
    }
}

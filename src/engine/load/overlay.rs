//! Partial configs. A consultancy's config is laid over the built-in default,
//! so `{"money":{"currency":"EUR"}}` is a whole config: it changes what it
//! names and keeps everything else.
//!
//! The rule: objects merge key by key (texts per key and per locale, costs
//! per field), and a key set to `null` is removed, as in a JSON Merge Patch
//! (RFC 7396). An array replaces the default's array as a whole (so a
//! question is removed by leaving it out), but an entry that names the `id`
//! of an entry in the default's array is merged into that entry, so only the
//! changed fields need writing. Anything else replaces what it overlays.

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
    patch
        .into_iter()
        .map(|entry| match base.iter().find(|b| same_id(b, &entry)) {
            Some(namesake) => overlay(namesake.clone(), entry),
            None => entry,
        })
        .collect()
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

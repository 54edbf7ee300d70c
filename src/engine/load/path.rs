//! JSON paths as problems name them: `cta.url`, `questions[2].options`,
//! `texts.en["q.goal.label"]`.

use crate::engine::json::Value;

/// The path of `key` inside `path`: `cta.url`, or `texts.en["q.goal.label"]`
/// for keys that are not plain names.
pub(super) fn child(path: &str, key: &str) -> String {
    let plain = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[{}]", Value::from(key).to_json()),
    }
}

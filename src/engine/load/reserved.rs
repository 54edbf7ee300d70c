//! Names a config must not use. Scripts read a config as JSON into
//! objects, where `__proto__`, `constructor` and `prototype` are no plain
//! names: as a key, or as a name that becomes one (a locale, an id), they
//! reach what every object inherits. The config editor, a host's event
//! handler or a CRM import could be led astray, so a config that uses them
//! as a name anywhere is refused, with where.

use super::path::child;
use crate::engine::config::error::ConfigError;
use crate::engine::json::Value;

const RESERVED: [&str; 3] = ["__proto__", "constructor", "prototype"];

/// Every reserved key in the config as written, and every reserved id or
/// default locale, with its path.
pub fn reserved_names(config: &Value) -> Vec<ConfigError> {
    let mut found = Vec::new();
    walk(config, "", &mut found);
    found
}

fn walk(v: &Value, path: &str, found: &mut Vec<ConfigError>) {
    match v {
        Value::Object(map) => {
            for (key, v) in map.iter() {
                let at = child(path, key);
                let named = matches!(key.as_str(), "id" | "default_locale")
                    .then(|| v.as_str())
                    .flatten();
                if let Some(name) = [Some(key.as_str()), named]
                    .into_iter()
                    .flatten()
                    .find(|n| RESERVED.contains(n))
                {
                    found.push(ConfigError::new(
                        &at,
                        format!("\"{name}\" is a reserved name: __proto__, constructor and prototype cannot name anything in a config"),
                    ));
                }
                walk(v, &at, found);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{path}[{i}]"), found);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

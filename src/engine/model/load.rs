//! Reading a config: JSON in, a validated [`Config`] or every problem out.
//! A config is an overlay on the built-in default (see [`super::overlay`]).

use std::sync::OnceLock;

use super::config::Config;
use super::overlay::overlay;
use super::reserved::reserved_names;
use super::shape::CONFIG;
use super::shape_check::check;
use super::validate::{validate, ConfigError};
use crate::engine::json::{self, Value};

/// The default configuration, embedded at build time: as written natively,
/// and in the wasm as build.rs compacts it (no whitespace, no rationale).
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_CONFIG_JSON: &str = include_str!("../../../config/default.json");
#[cfg(target_arch = "wasm32")]
pub const DEFAULT_CONFIG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default.min.json"));

impl Config {
    /// Lays a JSON config over the default, then checks and validates the
    /// result. Every problem is collected, each with its JSON path.
    pub fn from_json(json: &str) -> Result<Config, Vec<ConfigError>> {
        Config::from_json_with_locale(json, None)
    }

    /// As [`Config::from_json`], with a shipped locale table (`name`, a
    /// JSON object of texts) laid under the config's own texts before it is
    /// checked: a config whose `default_locale` is a shipped locale (German,
    /// say) then has that locale's texts, as validation requires.
    pub fn from_json_with_locale(
        json: &str,
        locale: Option<(&str, Value)>,
    ) -> Result<Config, Vec<ConfigError>> {
        let patch = parse(json)?;
        let reserved = reserved_names(&patch);
        if !reserved.is_empty() {
            return Err(reserved);
        }
        let mut base = default_value().clone();
        if let (Some((name, table)), Some(texts)) = (locale, base.get_mut("texts")) {
            texts[name] = table;
        }
        from_value(overlay(base, patch))
    }

    /// The embedded default configuration, parsed once per page, however
    /// many widgets mount. It is read without the shape and meaning checks
    /// that every other config gets: the tests hold the embedded copy to
    /// both (the tests below), and the checks were a fifth of the mount's
    /// main-thread time.
    pub fn default_config() -> Config {
        static DEFAULT: OnceLock<Config> = OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                let value = default_value().clone();
                // Not `expect`: it would print the error with `Debug`, whose
                // code then ships for a case the tests rule out.
                let Ok(c) = json::from_value(value) else {
                    panic!("embedded default config is invalid")
                };
                c
            })
            .clone()
    }
}

/// The embedded default as JSON, the base every partial config is laid
/// over, without the `$schema` that names its schema for editors.
fn default_value() -> &'static Value {
    static DEFAULT: OnceLock<Value> = OnceLock::new();
    DEFAULT.get_or_init(|| match parse(DEFAULT_CONFIG_JSON) {
        Ok(Value::Object(mut root)) => {
            root.remove("$schema");
            Value::Object(root)
        }
        _ => panic!("embedded default config is not a JSON object"),
    })
}

/// Whether the built-in default's own locale has `key`: a custom config
/// that drops a question still inherits its texts, which are not typos.
pub fn is_default_text_key(key: &str) -> bool {
    let d = default_value();
    d["texts"][d["default_locale"].as_str().unwrap_or_default()]
        .as_object()
        .is_some_and(|t| t.contains_key(key))
}

fn parse(text: &str) -> Result<Value, Vec<ConfigError>> {
    json::parse(text).map_err(|e| {
        let message = format!(
            "the config is not valid JSON: {} (line {}, column {})",
            e.message, e.line, e.column
        );
        vec![ConfigError::new("", message)]
    })
}

fn from_value(mut value: Value) -> Result<Config, Vec<ConfigError>> {
    drop_nulls(&mut value);
    let checked = check(&mut value, Some(default_value()), &CONFIG);
    let mut problems = checked.problems;
    if !problems.is_empty() && !checked.patched {
        return Err(problems);
    }
    if let Value::Object(root) = &mut value {
        // Names the schema for editors; not part of the config itself.
        root.remove("$schema");
    }
    // The shape is right (or patched), and a test holds the shape table to
    // these types, so serde agrees; should it ever not, its message would
    // speak Rust, so it is replaced.
    let config: Config = json::from_value(value).map_err(|_| {
        vec![ConfigError::new(
            "",
            "the config cannot be read; check it against docs/config.schema.json",
        )]
    })?;
    // Meaning problems at a patched place would be about the default's
    // value there, not the author's.
    let shape_paths: Vec<String> = problems.iter().map(|p| p.path.clone()).collect();
    let patched = |path: &str| shape_paths.iter().any(|s| within(path, s));
    problems.extend(validate(&config).into_iter().filter(|e| !patched(&e.path)));
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// `path` is `outer` or inside it.
fn within(path: &str, outer: &str) -> bool {
    outer.is_empty()
        || path
            .strip_prefix(outer)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// A key set to `null` is absent, as the overlay rule says, also inside
/// entries that had no namesake in the default to merge with.
fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wasm's compact copy is the same config, less the rationale.
    #[test]
    fn the_embedded_compact_default_is_the_same_config_without_rationale() {
        let compact = include_str!(concat!(env!("OUT_DIR"), "/default.min.json"));
        assert!(compact.len() < DEFAULT_CONFIG_JSON.len() * 4 / 5);
        assert!(!compact.contains("rationale") && !compact.contains('\n'));
        let mut full = Config::default_config();
        full.model.rationale = Default::default();
        full.costs.rationale = Default::default();
        // As `Config::default_config` reads it, and with every check.
        let read: Config = json::from_value(json::parse(compact).unwrap()).unwrap();
        assert_eq!(from_value(json::parse(compact).unwrap()), Ok(read.clone()));
        assert!(
            read == full,
            "the compact default differs from config/default.json"
        );
        assert!(validate(&read).is_empty());
    }
}

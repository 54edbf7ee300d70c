//! Reading a config: JSON in, a validated [`Config`] or every problem out.
//! A config is an overlay on the built-in default (see [`super::overlay`]).

use super::currency_costs::costs_for_currency;
use super::default::default_value;
use super::overlay::{overlay, unknown_removals};
use super::replaced::old_questions;
use super::reserved::reserved_names;
use super::shape_check::check;
use super::shape_table::CONFIG;
use super::validate::validate;
use crate::engine::config::error::ConfigError;
use crate::engine::config::types::Config;
use crate::engine::json::{self, Value};

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
        let old = old_questions(&patch);
        if !old.is_empty() {
            return Err(old);
        }
        let mut missing = Vec::new();
        unknown_removals(default_value(), &patch, "", &mut missing);
        if !missing.is_empty() {
            return Err(missing);
        }
        let mut base = default_value().clone();
        if let (Some((name, table)), Some(texts)) = (locale, base.get_mut("texts")) {
            texts[name] = table;
        }
        costs_for_currency(&mut base, &patch).map_err(|e| vec![e])?;
        from_value(overlay(base, patch))
    }
}

/// Every problem the widget finds in a config when it loads it, in its
/// order; none for a good config. `shipped` is what the loader passes along
/// for a config whose `default_locale` is a shipped locale: the language's
/// name and its file's text (a file that is not JSON counts as absent, as in
/// the widget). The config validator for Node (`src/validator.rs`) runs this.
pub fn problems(json: &str, shipped: Option<(&str, &str)>) -> Vec<ConfigError> {
    let table = shipped.and_then(|(name, text)| Some((name, json::parse(text).ok()?)));
    Config::from_json_with_locale(json, table)
        .err()
        .unwrap_or_default()
}

/// The default's questions a config's own question list leaves out, in
/// the default's order: a list replaces the default's, so leaving one out
/// removes it, which an author may not mean (the host's console names
/// them). None for a config without a list, or one that changes the
/// default's list with `remove` entries.
pub fn left_out_questions(json: &str) -> Vec<String> {
    let Ok(patch) = json::parse(json) else {
        return Vec::new();
    };
    let (Some(Value::Array(own)), Some(Value::Array(default))) =
        (patch.get("questions"), default_value().get("questions"))
    else {
        return Vec::new();
    };
    let named = |id: &str| {
        own.iter()
            .any(|q| q.get("id") == Some(&Value::String(id.into())))
    };
    if own
        .iter()
        .any(|q| q.get("remove") == Some(&Value::Bool(true)))
    {
        return Vec::new();
    }
    default
        .iter()
        .filter_map(|q| match q.get("id") {
            Some(Value::String(id)) if !named(id) => Some(id.clone()),
            _ => None,
        })
        .collect()
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
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::load::default::DEFAULT_CONFIG_JSON;

    /// The wasm's compact copy is the same config, less the rationale.
    #[test]
    fn the_embedded_compact_default_is_the_same_config_without_rationale() {
        let compact = include_str!(concat!(env!("OUT_DIR"), "/default.min.json"));
        assert!(compact.len() < DEFAULT_CONFIG_JSON.len() * 4 / 5);
        assert!(!compact.contains("rationale") && !compact.contains('\n'));
        let mut full = Config::default_config();
        full.model.rationale = Default::default();
        full.costs.rationale = Default::default();
        for (_, table) in full.cost_tables.iter_mut() {
            table.rationale = Default::default();
        }
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

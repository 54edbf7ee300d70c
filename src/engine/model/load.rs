//! Reading a config: JSON in, a validated [`Config`] or every problem out.
//! A config is an overlay on the built-in default (see [`super::overlay`]).

use serde_json::Value;
use std::sync::OnceLock;

use super::config::Config;
use super::overlay::overlay;
use super::validate::{validate, ConfigError};

/// The default configuration, embedded at build time.
pub const DEFAULT_CONFIG_JSON: &str = include_str!("../../../config/default.json");

impl Config {
    /// Lays a JSON config over the default, then parses and validates the
    /// result. Type errors carry their JSON path; semantic errors are all
    /// collected.
    pub fn from_json(json: &str) -> Result<Config, Vec<ConfigError>> {
        let patch = parse(json)?;
        from_value(overlay(default_value().clone(), patch))
    }

    /// The embedded default configuration. It is parsed and validated once
    /// per page, however many widgets mount.
    pub fn default_config() -> Config {
        static DEFAULT: OnceLock<Config> = OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                from_value(default_value().clone()).expect("embedded default config is valid")
            })
            .clone()
    }
}

/// The embedded default as JSON, the base every partial config is laid over.
fn default_value() -> &'static Value {
    static DEFAULT: OnceLock<Value> = OnceLock::new();
    DEFAULT.get_or_init(|| parse(DEFAULT_CONFIG_JSON).expect("embedded default config is JSON"))
}

fn parse(json: &str) -> Result<Value, Vec<ConfigError>> {
    serde_json::from_str(json).map_err(|e| vec![ConfigError::new("", e.to_string())])
}

fn from_value(value: Value) -> Result<Config, Vec<ConfigError>> {
    let config: Config = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        vec![ConfigError::new(path, e.into_inner().to_string())]
    })?;
    let errors = validate(&config);
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

//! Reading a config: JSON in, a validated [`Config`] or every problem out.

use super::config::Config;
use super::validate::{validate, ConfigError};

/// The default configuration, embedded at build time.
pub const DEFAULT_CONFIG_JSON: &str = include_str!("../../../config/default.json");

impl Config {
    /// Parses and validates a JSON config. Type errors carry their JSON path;
    /// semantic errors are all collected.
    pub fn from_json(json: &str) -> Result<Config, Vec<ConfigError>> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let config: Config = serde_path_to_error::deserialize(de).map_err(|e| {
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

    /// The embedded default configuration.
    pub fn default_config() -> Config {
        Config::from_json(DEFAULT_CONFIG_JSON).expect("embedded default config is valid")
    }
}

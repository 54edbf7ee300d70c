//! The built-in default config, embedded at build time: the base every
//! partial config is laid over, and the widget's config when the host
//! gives none.

use std::rc::Rc;
use std::sync::OnceLock;

use crate::engine::config::types::Config;
use crate::engine::json::{self, Value};

/// The default configuration, embedded at build time: as written natively,
/// and in the wasm as build.rs compacts it (no whitespace, no rationale).
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_CONFIG_JSON: &str = include_str!("../../../config/default.json");
#[cfg(target_arch = "wasm32")]
pub const DEFAULT_CONFIG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default.min.json"));

impl Config {
    /// The embedded default configuration, parsed once per page, however
    /// many widgets mount, and shared by them: a mount that runs it as it
    /// is copies nothing. It is read without the shape and meaning checks
    /// that every other config gets: the tests hold the embedded copy to
    /// both (the tests below), and the checks were a fifth of the mount's
    /// main-thread time.
    pub fn shared_default() -> Rc<Config> {
        thread_local! {
            static DEFAULT: Rc<Config> = Rc::new(read_default());
        }
        DEFAULT.with(Rc::clone)
    }

    /// A copy of the default configuration, to change.
    pub fn default_config() -> Config {
        Config::clone(&Config::shared_default())
    }
}

/// The default read into its types from a JSON value of its own: parsed
/// afresh unless a partial config has already needed the parsed value, so
/// the usual mount (the built-in config) parses once and copies nothing.
fn read_default() -> Config {
    let value = DEFAULT_VALUE.get().cloned().unwrap_or_else(parse_default);
    // Not `expect`: it would print the error with `Debug`, whose code then
    // ships for a case the tests rule out.
    let Ok(c) = json::from_value(value) else {
        panic!("embedded default config is invalid")
    };
    c
}

static DEFAULT_VALUE: OnceLock<Value> = OnceLock::new();

/// The embedded default as JSON, the base every partial config is laid
/// over, without the `$schema` that names its schema for editors.
pub fn default_value() -> &'static Value {
    DEFAULT_VALUE.get_or_init(parse_default)
}

fn parse_default() -> Value {
    match json::parse(DEFAULT_CONFIG_JSON) {
        Ok(Value::Object(mut root)) => {
            root.remove("$schema");
            Value::Object(root)
        }
        _ => panic!("embedded default config is not a JSON object"),
    }
}

/// Whether the built-in default's own locale has `key`: a custom config
/// that drops a question still inherits its texts, which are not typos.
pub fn is_default_text_key(key: &str) -> bool {
    let d = default_value();
    d["texts"][d["default_locale"].as_str().unwrap_or_default()]
        .as_object()
        .is_some_and(|t| t.contains_key(key))
}

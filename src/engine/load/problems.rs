//! The list every check of a config's meaning appends its problems to,
//! with the checks several of them share.

use crate::engine::config::error::ConfigError;

/// Collects errors; every check appends here instead of returning early.
#[derive(Default)]
pub(super) struct Errors(pub Vec<ConfigError>);

impl Errors {
    pub fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(ConfigError::new(path, message));
    }

    pub fn finite_non_negative(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.add(path, "must be a finite number");
        } else if v < 0.0 {
            self.add(path, "must be at least 0");
        }
    }

    pub fn unit_interval(&mut self, path: &str, v: f64) {
        if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
            self.add(path, "must be a finite number from 0 to 1");
        }
    }
}

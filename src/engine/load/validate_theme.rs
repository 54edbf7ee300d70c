//! Theme values become CSS custom properties on the widget, so only known
//! names, with values that cannot break out of a declaration.

use super::problems::Errors;
use crate::engine::config::types::{Config, THEME_NAMES};

/// Theme values become CSS custom properties: known names only, and values
/// that cannot end a declaration or smuggle in markup or a URL.
pub(super) fn check_theme(c: &Config, errs: &mut Errors) {
    for (name, value) in &c.theme {
        let at = format!("theme[\"{name}\"]");
        if !THEME_NAMES.contains(&name.as_str()) {
            errs.add(
                at,
                format!(
                    "is not a theme value; the names are {}",
                    THEME_NAMES.join(", ")
                ),
            );
        } else if value.trim().is_empty()
            || value.len() > 200
            || value.contains(['{', '}', ';', '<', '>', '\\', '\n'])
            || value.to_ascii_lowercase().contains("url(")
        {
            errs.add(at, "must be a CSS value such as #7c2d12 or Georgia, serif");
        }
    }
}

//! Theme values become CSS custom properties on the widget, so only known
//! names, with values that are what the name says.

use super::problems::Errors;
use super::theme_value::theme_value_problem;
use crate::engine::config::types::{Config, THEME_NAMES};

/// Theme values become CSS custom properties: known names only, and values
/// that are what the name says (a colour, a length, a font stack).
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
        } else if let Some(why) = theme_value_problem(name, value) {
            errs.add(at, why);
        }
    }
}

//! Costs are in a currency. A config that changes `money.currency` starts
//! from that currency's cost table (`cost_tables`), not from the default's
//! dollar figures with another sign; a currency without a table needs its
//! costs in full, or the config says so.

use super::overlay::overlay;
use crate::engine::config::currency;
use crate::engine::config::error::ConfigError;
use crate::engine::json::Value;

/// Makes `base` (the default, as JSON) cost what `patch`'s currency costs,
/// before the patch is laid over it.
pub fn costs_for_currency(base: &mut Value, patch: &Value) -> Result<(), ConfigError> {
    let own = base["money"]["currency"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let currency = match patch["money"]["currency"].as_str() {
        // A code that is not one is reported by validation, against the
        // default's costs so nothing else is.
        Some(c) if c != own && currency::problem(c).is_none() => c.to_string(),
        _ => return Ok(()),
    };
    let table = |v: &Value| v["cost_tables"].get(&currency).cloned();
    match (table(base), table(patch)) {
        (Some(t), Some(theirs)) => base["costs"] = overlay(t, theirs),
        (Some(t), None) => base["costs"] = t,
        (None, Some(t)) => base["costs"] = t,
        (None, None) if patch.get("costs").is_some() => base["costs"] = Value::Null,
        (None, None) => {
            let known: Vec<&str> = base["cost_tables"]
                .as_object()
                .map(|t| t.keys().map(String::as_str).collect())
                .unwrap_or_default();
            return Err(ConfigError::new(
                "money.currency",
                format!(
                    "there is no cost table for {currency} (there are for {own}, {}): give every cost in {currency} under costs, or a table under cost_tables.{currency}",
                    known.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

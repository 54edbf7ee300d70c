//! Programmes with several groups: how many groups one programme may plan
//! together from one budget and one pool of mentors.

use serde::Deserialize;

/// The most groups a config may allow: what the results and the report
/// are laid out for.
pub const MOST_GROUPS: u64 = 4;

/// Groups planned together: each with its own goal, audience and size,
/// sharing the organisation's budget, mentors and coaches.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Groups {
    /// How many groups a programme may have, 1 to 4; 1 turns groups off.
    #[serde(default = "most")]
    pub max: u64,
}

impl Default for Groups {
    fn default() -> Self {
        Groups { max: most() }
    }
}

fn most() -> u64 {
    MOST_GROUPS
}

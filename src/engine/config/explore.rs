//! The what-if explorer's config: whether it shows, and which of the
//! numbers the organisation controls (the levers) it offers.

use serde::Deserialize;

/// The questions the explorer can offer as levers, in the order it shows
/// them.
pub const LEVERS: [&str; 7] = [
    "budget",
    "participants",
    "mentors",
    "mentor_time",
    "internal_coaches",
    "format",
    "duration",
];

/// The what-if explorer under the plan on the results.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Explore {
    /// Show the explorer under the plan; on unless a config turns it off.
    #[serde(default = "on")]
    pub enabled: bool,
    /// The levers it offers, as question ids: any of `budget`,
    /// `participants`, `mentors`, `mentor_time`, `internal_coaches`,
    /// `format` and `duration`. The default is all of them. A lever whose
    /// question the config does not ask is left out.
    #[serde(default = "all_levers")]
    pub levers: Vec<String>,
}

impl Default for Explore {
    fn default() -> Self {
        Explore {
            enabled: true,
            levers: all_levers(),
        }
    }
}

fn on() -> bool {
    true
}

fn all_levers() -> Vec<String> {
    LEVERS.iter().map(|l| l.to_string()).collect()
}

//! What the engine's unit tests share: the default config, the published
//! personas, and answers and recommendations from JSON.

#[path = "../../tests/util/personas.rs"]
mod personas;
pub use personas::*;

use crate::engine::{recommend, Answers, Config, Recommendation};

pub fn cfg() -> Config {
    Config::default_config()
}

/// Answers from JSON that must be valid for `c` (not necessarily complete).
pub fn answers_for(c: &Config, json: &str) -> Answers {
    let (a, errs) = Answers::from_json_lenient(c, json);
    assert!(errs.is_empty(), "{errs:?}");
    a
}

/// As [`answers_for`], for the default config.
pub fn answers(json: &str) -> Answers {
    answers_for(&cfg(), json)
}

/// The default config's recommendation for complete answers.
pub fn recommend_json(json: &str) -> Recommendation {
    recommend(&cfg(), &answers(json)).expect("complete answers")
}

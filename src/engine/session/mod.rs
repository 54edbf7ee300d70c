//! One visit: the wizard's state machine, where a visit starts (share link,
//! stored progress, prefill), and the codecs for what outlives a page:
//! stored progress, share links and per-instance names.

pub mod detail;
pub mod naming;
pub mod share;
pub mod start;
pub mod stored;
pub mod wizard;

pub use start::{start, Warning};
pub use wizard::{Screen, Wizard};

/// Answers for the default config from JSON that must be valid; for tests.
#[cfg(test)]
pub(crate) fn answers_from(json: &str) -> crate::engine::Answers {
    let config = crate::engine::Config::default_config();
    let (a, errs) = crate::engine::Answers::from_json_lenient(&config, json);
    assert!(errs.is_empty(), "{errs:?}");
    a
}

//! One visit: the wizard's state machine, where a visit starts (share link,
//! stored progress, prefill), and the codecs for what outlives a page:
//! stored progress, share links and per-instance names.

pub mod detail;
pub mod lead_payload;
pub mod lead_state;
pub mod lead_submit;
pub mod naming;
pub mod share;
pub mod start;
pub mod stored;
pub mod wizard;

pub use start::{start, Source, Warning};
pub use wizard::{Screen, Wizard};

/// Answer sets for the default config, shared by the tests here.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::engine::{Answers, Config};

    /// Persona P1: six executives.
    pub const EXECUTIVES: &str = r#"{"goal":"leadership","audience":"executives","participants":6,"budget":90000,"duration":"short","driver":"organisation","expertise":"few","path":"unimportant"}"#;
    /// Persona P3: 120 managers.
    pub const MANAGERS: &str = r#"{"goal":"leadership","audience":"managers","participants":120,"budget":150000,"duration":"year","driver":"shared","expertise":"some","path":"helpful"}"#;

    pub fn cfg() -> Config {
        Config::default_config()
    }

    /// Answers from JSON that must be valid (not necessarily complete).
    pub fn answers(json: &str) -> Answers {
        let (a, errs) = Answers::from_json_lenient(&cfg(), json);
        assert!(errs.is_empty(), "{errs:?}");
        a
    }
}

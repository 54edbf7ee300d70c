//! The pure engine: no browser types live here, so all of it is tested
//! natively with `cargo test`. Its folders depend one way, each only on
//! those listed before it (ARCHITECTURE.md; `tests/architecture.rs`
//! checks it):
//!
//! - [`config`]: what a config is: its types, the formats and their cost
//!   settings, config errors, URL rules, currencies.
//! - [`advice`]: one set of answers in, the advice out: inputs, fit, costs,
//!   the plan, the comparison, pivots, levels, the timeline, Venn traits.
//! - [`text`]: the advice in words: templates, sentences, labels, next
//!   steps, the summary, the report's assumptions, the call to action.
//! - [`load`]: reading a config: the default, overlays, shape checks,
//!   validation, and which text keys exist.
//! - [`session`]: one person's way through it: wizard state, where a visit
//!   starts, the lead form, and the codecs for what outlives a page.
//!
//! [`json`], [`dict`] and [`sort`] are small utilities any of them may use.

pub mod advice;
pub mod config;
pub mod dict;
// A JSON value's matches are by nature "this kind of value, or else".
#[allow(clippy::wildcard_enum_match_arm)]
pub mod json;
pub mod load;
pub mod session;
pub mod sort;
#[cfg(test)]
pub(crate) mod test_util;
pub mod text;

pub use advice::answers::{parse_number, Answer, AnswerError, Answers, Problem, UNKNOWN};
pub use advice::comparison::Comparison;
pub use advice::groups::{Group, Grouped};
pub use advice::kind::Kind;
pub use advice::levels::Level;
pub use advice::pivots::Pivot;
pub use advice::plan::Plan;
pub use advice::programme::{plan_programme, GroupPlan, Programme, Totals};
pub use advice::recommend::{recommend, Recommendation, Scores};
pub use advice::score::{Lean, Reason};
pub use advice::venn::TraitMatch;
pub use config::error::ConfigError;
pub use config::format::Format;
pub use config::types::{Config, Question, QuestionKind, Region};
pub use config::url::check_cta_url;
pub use load::default::DEFAULT_CONFIG_JSON;
pub use text::phrase::{Phrase, Segment};
pub use text::steps::next_steps;
pub use text::words::Words;

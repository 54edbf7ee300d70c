//! The pure engine: no browser types live here, so all of it is tested
//! natively with `cargo test`.
//!
//! - [`model`]: the assessment itself: config, answers, scoring, the
//!   recommendation, the estimate and Venn matching.
//! - [`session`]: one person's way through it: wizard state, where a visit
//!   starts, and the codecs for stored progress, share links and instance names.

pub mod dict;
pub mod json;
pub mod model;
pub mod session;
pub mod sort;

pub use model::answers::{parse_number, Answer, AnswerError, Answers, Problem, UNKNOWN};
pub use model::config::{Config, Question, QuestionKind, Region};
pub use model::costs::Format;
pub use model::estimate::Estimate;
pub use model::format;
pub use model::load::DEFAULT_CONFIG_JSON;
pub use model::phrase::{Phrase, Segment};
pub use model::plan::{Kind, Plan};
pub use model::recommend::{recommend, Level, Pivot, Recommendation, Scores};
pub use model::score::{Lean, Reason};
pub use model::steps::next_steps;
pub use model::validate::{check_cta_url, ConfigError};
pub use model::venn::TraitMatch;
pub use model::words::Words;

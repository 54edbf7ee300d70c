//! The pure assessment engine: config, answers, scoring, recommendation,
//! estimate and Venn matching. No browser types live here, so all of it is
//! tested natively with `cargo test`.

pub mod answers;
pub mod config;
pub mod estimate;
pub mod format;
pub mod persist;
pub mod recommend;
pub mod score;
pub mod validate;
pub mod venn;
pub mod wizard;

pub use answers::{parse_number, Answer, AnswerError, Answers, Problem};
pub use config::{Config, Question, QuestionKind, Region};
pub use estimate::Estimate;
pub use recommend::{recommend, HybridPlan, Kind, Pivot, Recommendation, Scores};
pub use score::{Lean, Reason};
pub use validate::{check_cta_url, ConfigError};
pub use venn::TraitMatch;

//! The ids of the questions the model reads, named once: the rest of the
//! engine refers to a question through these.

pub const GOAL: &str = "goal";
pub const AUDIENCE: &str = "audience";
pub const PARTICIPANTS: &str = "participants";
pub const BUDGET: &str = "budget";
pub const DURATION: &str = "duration";
pub const DRIVER: &str = "driver";
pub const PATH: &str = "path";
pub const MENTORS: &str = "mentors";
pub const MENTOR_TIME: &str = "mentor_time";
pub const INTERNAL_COACHES: &str = "internal_coaches";
pub const LINE_MANAGERS: &str = "line_managers";
pub const FORMAT: &str = "format";
pub const LAUNCH: &str = "launch";

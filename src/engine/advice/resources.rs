//! The organisation's people, as facts: how many could mentor, whether
//! their time is paid, and how many people its internal coaches and its
//! trained line managers can take. They are worked out once, for the whole
//! group the person named, so a smaller first group or a larger budget
//! never changes how many mentors the organisation has.

use super::answers::UNKNOWN;
use super::inputs::{Inputs, MentorsAnswer};
use crate::engine::config::format::Format;
use crate::engine::config::types::{Config, Supply};
use crate::engine::dict::Dict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resources {
    /// Mentors the plan may rely on.
    pub mentors: u64,
    /// The mentors were counted, not estimated from a rough answer.
    pub mentors_counted: bool,
    /// The person did not know (or skipped): a handful is assumed.
    pub mentors_unknown: bool,
    /// The mentors' hours are paid working time.
    pub mentors_paid: bool,
    /// People the internal coaches can take this year (0: none).
    pub internal_capacity: u64,
    /// People trained line managers can coach this year (0: none).
    pub manager_capacity: u64,
}

impl Resources {
    pub fn new(c: &Config, inputs: &Inputs) -> Resources {
        let n = inputs.participants;
        let supply = |answer: &str| likely(&c.costs.mentor_supply, answer, n).unwrap_or(0);
        let (mentors, counted, unknown) = match inputs.mentors {
            MentorsAnswer::Counted(m) => (m, true, false),
            MentorsAnswer::Rough(r) => (supply(r), false, r == UNKNOWN),
            MentorsAnswer::Skipped => (supply(UNKNOWN), false, true),
        };
        let capacity = |format: Format, answer: &str| {
            format
                .coaching(&c.costs)
                .and_then(|f| f.capacity.as_ref())
                .and_then(|by_answer| likely(by_answer, answer, n))
                .unwrap_or(0)
        };
        Resources {
            mentors,
            mentors_counted: counted,
            mentors_unknown: unknown,
            mentors_paid: inputs.mentors_paid,
            internal_capacity: capacity(Format::InternalCoaching, inputs.internal_coaches),
            manager_capacity: capacity(Format::ManagerCoaching, inputs.line_managers),
        }
    }
}

/// A share of `participants`, rounded up, capped at the option's maximum;
/// `None` when `answer` has no entry.
pub fn likely(by_answer: &Dict<Supply>, answer: &str, participants: u64) -> Option<u64> {
    by_answer.get(answer).map(|s| {
        let share = (participants as f64 * s.per_participant).ceil();
        (share.min(s.max as f64).max(0.0)) as u64
    })
}

//! The comparison figures: what coaching everyone and mentoring everyone
//! would cost and need, each on its own. The plan says what this year does;
//! these say what each approach alone would take.

use super::costs::CostModel;
use super::inputs::Inputs;
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub participants: u64,
    /// The cheaper format for coaching everyone.
    pub coaching_format: Format,
    /// Yearly coaching cost per person in that format.
    pub coaching_cost_per_participant: u64,
    /// People the whole budget could coach (never more than `participants`);
    /// `None` while the budget is not decided.
    pub coachable: Option<u64>,
    pub coach_everyone_cost: u64,
    pub mentor_everyone_cost: u64,
    /// The format mentoring everyone would use with the likely mentors.
    pub mentoring_format: Format,
    /// Mentors needed to mentor everyone.
    pub mentors_needed: u64,
    /// Mentors the `expertise` answer suggests can be recruited.
    pub mentors_likely: u64,
}

impl Comparison {
    pub fn new(c: &Config, inputs: &Inputs) -> Self {
        let m = CostModel::new(c, inputs);
        let (p, budget) = (inputs.participants, inputs.budget);
        let (coaching_format, coach_all) = m.coach_all(p);
        let coachable = budget.map(|b| m.coaching(p, b).reached);
        let mentor_all = m.mentoring(p, u64::MAX);
        Comparison {
            participants: p,
            coaching_format,
            coaching_cost_per_participant: coach_all.div_ceil(p.max(1)),
            coachable,
            coach_everyone_cost: coach_all,
            mentor_everyone_cost: mentor_all.full_cost,
            mentoring_format: mentor_all.format,
            mentors_needed: mentor_all.mentors_full,
            mentors_likely: m.mentors_likely,
        }
    }

    /// `coachable / participants`, 0 to 1; `None` while the budget is not decided.
    pub fn coaching_coverage(&self) -> Option<f64> {
        self.coachable
            .map(|n| n as f64 / self.participants.max(1) as f64)
    }
}

//! The capacity and cost estimate: what the budget buys in coaching, and what
//! mentoring everyone would need in money and volunteer mentors.

use super::config::Config;

#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    pub participants: u64,
    pub budget: u64,
    /// Yearly coaching cost for one person of this audience.
    pub coaching_cost_per_participant: u64,
    /// People the whole budget could coach (never more than `participants`).
    pub coachable: u64,
    /// `coachable / participants`, 0 to 1.
    pub coaching_coverage: f64,
    pub coach_everyone_cost: u64,
    pub mentoring_cost_per_participant: u64,
    pub mentor_everyone_cost: u64,
    pub mentees_per_mentor: u32,
    pub mentors_needed: u64,
    /// Mentors the `expertise` answer suggests can be recruited.
    pub mentors_likely: u64,
    /// The `expertise` option id, which keys the supply text.
    pub expertise: String,
}

impl Estimate {
    pub fn new(
        c: &Config,
        audience: &str,
        expertise: &str,
        participants: u64,
        budget: u64,
    ) -> Self {
        let costs = &c.costs;
        let coach_cost = costs
            .coaching_per_participant
            .get(audience)
            .copied()
            .unwrap_or(1)
            .max(1);
        let coachable = (budget / coach_cost).min(participants);
        let mentor_cost = costs.mentoring_per_participant;
        let per_mentor = u64::from(costs.mentees_per_mentor.max(1));
        let mentors_needed = participants.div_ceil(per_mentor);
        let supply = costs.mentor_supply.get(expertise).copied().unwrap_or(0.0);
        let mentors_likely = ((mentors_needed as f64) * supply)
            .round()
            .min(mentors_needed as f64) as u64;
        Estimate {
            participants,
            budget,
            coaching_cost_per_participant: coach_cost,
            coachable,
            coaching_coverage: if participants == 0 {
                1.0
            } else {
                coachable as f64 / participants as f64
            },
            coach_everyone_cost: participants.saturating_mul(coach_cost),
            mentoring_cost_per_participant: mentor_cost,
            mentor_everyone_cost: participants.saturating_mul(mentor_cost),
            mentees_per_mentor: costs.mentees_per_mentor,
            mentors_needed,
            mentors_likely,
            expertise: expertise.to_string(),
        }
    }

    /// Budget coverage before rounding down to whole people; drives the score
    /// so that every extra unit of budget counts.
    pub fn raw_coverage(&self) -> f64 {
        let need = self.coach_everyone_cost as f64;
        if need <= 0.0 {
            1.0
        } else {
            self.budget as f64 / need
        }
    }
}

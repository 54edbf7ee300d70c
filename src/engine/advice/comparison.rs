//! The comparison figures: what coaching everyone and mentoring everyone
//! would cost and need, each on its own. The plan says what this year
//! does; these say what each approach alone would take.

use super::prices::{CoachingOffer, Prices};
use super::resources::Resources;
use crate::engine::config::format::Format;

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub participants: u64,
    /// The least costly format that can coach everyone.
    pub coaching_format: Format,
    /// Yearly coaching cost per person in that format.
    pub coaching_cost_per_participant: u64,
    /// People the whole budget could coach (never more than `participants`);
    /// `None` while the budget is not decided.
    pub coachable: Option<u64>,
    pub coach_everyone_cost: u64,
    pub mentor_everyone_cost: u64,
    /// Pairs when the mentors can pair everyone, else circles.
    pub mentoring_format: Format,
    /// Mentors needed to mentor everyone.
    pub mentors_needed: u64,
    /// Mentors the organisation has, counted or estimated.
    pub mentors_likely: u64,
}

impl Comparison {
    pub fn new(prices: &Prices, res: &Resources, n: u64, budget: Option<u64>) -> Self {
        // A package is a few sessions for one transition, not a programme.
        let all = |o: &&CoachingOffer| o.cap >= n && o.format != Format::CoachingPackage;
        let cheapest = prices.coaching.iter().filter(all).min_by_key(|o| o.cost(n));
        let (coaching_format, coach_all) =
            cheapest.map_or((Format::IndividualCoaching, 0), |o| (o.format, o.cost(n)));
        let coachable = budget.map(|b| {
            prices
                .coaching
                .iter()
                .map(|o| o.afford(b, n))
                .max()
                .unwrap_or(0)
        });
        let pairs = &prices.pairs;
        let t = if res.mentors.saturating_mul(pairs.ratio) >= n {
            pairs
        } else {
            &prices.circles
        };
        Comparison {
            participants: n,
            coaching_format,
            coaching_cost_per_participant: coach_all.div_ceil(n.max(1)),
            coachable,
            coach_everyone_cost: coach_all,
            mentor_everyone_cost: prices.mentoring_cost(t, n),
            mentoring_format: t.format,
            mentors_needed: t.mentors(n),
            mentors_likely: res.mentors,
        }
    }

    /// `coachable / participants`, 0 to 1; `None` while the budget is not decided.
    pub fn coaching_coverage(&self) -> Option<f64> {
        self.coachable
            .map(|n| n as f64 / self.participants.max(1) as f64)
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::test_util::{recommend_json, MANAGERS};

    #[test]
    fn coverage_is_the_share_of_the_group_the_budget_coaches() {
        // $150,000 coaches 75 of the 120 managers in groups.
        let e = recommend_json(MANAGERS).comparison;
        assert_eq!((e.coachable, e.participants), (Some(75), 120));
        assert_eq!(e.coaching_coverage(), Some(0.625));
        let open = recommend_json(&MANAGERS.replace("150000", "\"unknown\"")).comparison;
        assert_eq!(open.coaching_coverage(), None);
    }
}

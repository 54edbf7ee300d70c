//! What each format costs for one organisation's audience and duration, and
//! how many people a budget and the likely mentors reach in it. Every count
//! here only grows with budget, which is what keeps plans free of cliffs.

use super::config::{Config, MentoringFormat};
use super::score::Inputs;

/// The delivery formats. Their ids are public (`plan.formats`) and key the
/// `format.<id>` texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    IndividualCoaching,
    GroupCoaching,
    MentoringPairs,
    MentoringCircles,
}

impl Format {
    pub fn id(self) -> &'static str {
        match self {
            Format::IndividualCoaching => "individual_coaching",
            Format::GroupCoaching => "group_coaching",
            Format::MentoringPairs => "mentoring_pairs",
            Format::MentoringCircles => "mentoring_circles",
        }
    }
}

/// What one approach does for a target group with a given budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    pub format: Format,
    /// People reached this year (never more than the target).
    pub reached: u64,
    /// This year's cost of reaching them.
    pub cost: u64,
    /// Yearly cost of reaching the whole target in this format.
    pub full_cost: u64,
    /// Volunteer mentors this year's reach relies on.
    pub mentors: u64,
    /// Volunteer mentors the whole target would need.
    pub mentors_full: u64,
}

/// Prices and supply for one set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostModel {
    /// Per head for this audience and duration, at least 1.
    pub individual: u64,
    pub group: u64,
    pub group_min: u64,
    pub programme: u64,
    pub per_mentee: u64,
    pub pairs: u64,
    pub circles: u64,
    pub mentors_likely: u64,
}

impl CostModel {
    pub fn new(c: &Config, inputs: &Inputs) -> Self {
        let costs = &c.costs;
        let factor = costs
            .duration_factor
            .get(inputs.duration)
            .copied()
            .unwrap_or(1.0);
        let price = |per_head: &std::collections::BTreeMap<String, u64>| {
            let year = per_head.get(inputs.audience).copied().unwrap_or(1) as f64;
            ((year * factor).round() as u64).max(1)
        };
        let ratio = |f: &MentoringFormat| f.mentees_per_mentor.max(1);
        CostModel {
            individual: price(&costs.individual_coaching.per_head),
            group: price(&costs.group_coaching.per_head),
            group_min: costs.group_coaching.min_group.max(1),
            programme: costs.mentoring_programme,
            per_mentee: costs.mentoring_per_mentee.max(1),
            pairs: ratio(&costs.mentoring_pairs),
            circles: ratio(&costs.mentoring_circles),
            mentors_likely: mentors_likely(c, inputs.expertise, inputs.participants),
        }
    }

    /// Yearly cost of coaching `n` people in the cheaper format; a group
    /// smaller than `group_min` still pays for a whole group.
    pub fn coach_all_cost(&self, n: u64) -> u64 {
        let one_to_one = n.saturating_mul(self.individual);
        let groups = n.max(self.group_min).saturating_mul(self.group);
        one_to_one.min(groups)
    }

    /// Coaches up to `n` people: one-to-one when the budget pays for all of
    /// them, otherwise whichever format reaches more; on a tie (nobody, say)
    /// the format that would reach everyone for less.
    pub fn coaching(&self, n: u64, budget: u64) -> Reach {
        let reach = |format, reached: u64, places: u64| Reach {
            format,
            reached,
            cost: places.saturating_mul(match format {
                Format::GroupCoaching => self.group,
                _ => self.individual,
            }),
            full_cost: self.coach_all_cost(n),
            mentors: 0,
            mentors_full: 0,
        };
        if budget >= n.saturating_mul(self.individual) {
            return reach(Format::IndividualCoaching, n, n);
        }
        let singles = (budget / self.individual).min(n);
        let grouped = if budget >= self.group_min.saturating_mul(self.group) {
            (budget / self.group).min(n)
        } else {
            0
        };
        let one_to_one_cheaper = n.saturating_mul(self.individual) <= self.coach_all_cost(n);
        if singles > grouped || (singles == grouped && one_to_one_cheaper) {
            reach(Format::IndividualCoaching, singles, singles)
        } else {
            // A group below `group_min` still pays for `group_min` places.
            let places = if grouped > 0 {
                grouped.max(self.group_min)
            } else {
                0
            };
            reach(Format::GroupCoaching, grouped, places)
        }
    }

    /// Mentors up to `n` people in the format `mentoring_format` picks.
    pub fn mentoring(&self, n: u64, budget: u64) -> Reach {
        let (format, ratio) = self.mentoring_format(n);
        let by_mentors = self.mentors_likely.saturating_mul(ratio);
        // Nothing is left for mentees until the programme itself is paid for.
        let by_money = budget.saturating_sub(self.programme) / self.per_mentee;
        let reached = n.min(by_mentors).min(by_money);
        Reach {
            format,
            reached,
            cost: self.mentoring_cost(reached),
            full_cost: self.mentoring_cost(n),
            mentors: reached.div_ceil(ratio),
            mentors_full: n.div_ceil(ratio),
        }
    }

    /// Pairs when the likely mentors can pair all `n`, else circles; with
    /// the mentees each mentor takes.
    fn mentoring_format(&self, n: u64) -> (Format, u64) {
        if self.mentors_likely.saturating_mul(self.pairs) >= n {
            (Format::MentoringPairs, self.pairs)
        } else {
            (Format::MentoringCircles, self.circles)
        }
    }

    /// Of `n` people, how many the likely mentors can take at all.
    pub fn mentorable(&self, n: u64) -> u64 {
        let (_, ratio) = self.mentoring_format(n);
        n.min(self.mentors_likely.saturating_mul(ratio))
    }

    /// Programme cost plus per-mentee cost; nothing when nobody is mentored.
    pub fn mentoring_cost(&self, mentees: u64) -> u64 {
        if mentees == 0 {
            return 0;
        }
        self.programme
            .saturating_add(mentees.saturating_mul(self.per_mentee))
    }
}

/// A share of the participants, rounded up, capped at the option's maximum:
/// "few" is a handful whatever the size of the group.
pub fn mentors_likely(c: &Config, expertise: &str, participants: u64) -> u64 {
    c.costs.mentor_supply.get(expertise).map_or(0, |s| {
        let share = (participants as f64 * s.per_participant).ceil();
        (share.min(s.max as f64).max(0.0)) as u64
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Managers for a year: $7,000 one-to-one, $2,000 in groups of 4+,
    /// mentoring $5,000 plus $100 a mentee, 3 likely mentors.
    fn model() -> CostModel {
        CostModel {
            individual: 7_000,
            group: 2_000,
            group_min: 4,
            programme: 5_000,
            per_mentee: 100,
            pairs: 2,
            circles: 6,
            mentors_likely: 3,
        }
    }

    #[test]
    fn one_to_one_when_the_budget_pays_for_everyone() {
        let r = model().coaching(3, 21_000);
        assert_eq!(
            (r.format, r.reached, r.cost),
            (Format::IndividualCoaching, 3, 21_000)
        );
        let r = model().coaching(3, 20_999);
        assert_eq!(
            (r.format, r.reached, r.cost),
            (Format::GroupCoaching, 3, 8_000)
        );
    }

    #[test]
    fn a_small_group_pays_for_the_minimum_places() {
        assert_eq!(model().coach_all_cost(2), 8_000, "2 places cost as 4");
        assert_eq!(model().coach_all_cost(1), 7_000, "one-to-one is cheaper");
        assert_eq!(model().coach_all_cost(10), 20_000);
        let r = model().coaching(10, 7_999);
        assert_eq!((r.format, r.reached), (Format::IndividualCoaching, 1));
        let r = model().coaching(10, 8_000);
        assert_eq!(
            (r.format, r.reached, r.cost),
            (Format::GroupCoaching, 4, 8_000)
        );
    }

    #[test]
    fn nobody_reached_names_the_cheaper_format_for_everyone() {
        assert_eq!(model().coaching(1, 0).format, Format::IndividualCoaching);
        assert_eq!(model().coaching(12, 0).format, Format::GroupCoaching);
        assert_eq!(model().coaching(12, 0).full_cost, 24_000);
    }

    #[test]
    fn mentoring_pairs_while_mentors_last_then_circles() {
        let pairs = model().mentoring(6, 1_000_000);
        assert_eq!(
            (pairs.format, pairs.reached, pairs.mentors),
            (Format::MentoringPairs, 6, 3)
        );
        let circles = model().mentoring(7, 1_000_000);
        assert_eq!(
            (circles.format, circles.reached),
            (Format::MentoringCircles, 7)
        );
        assert_eq!((circles.mentors, circles.mentors_full), (2, 2));
        let short = model().mentoring(30, 1_000_000);
        assert_eq!(
            (short.reached, short.mentors, short.mentors_full),
            (18, 3, 5)
        );
        assert_eq!(short.cost, 5_000 + 1_800);
    }

    #[test]
    fn mentoring_needs_the_programme_cost_before_any_mentee() {
        let m = model();
        assert_eq!(m.mentoring(6, 5_099).reached, 0);
        assert_eq!(m.mentoring(6, 5_099).cost, 0);
        assert_eq!(m.mentoring(6, 5_100).reached, 1);
        assert_eq!(m.mentoring(6, 5_100).cost, 5_100);
        assert_eq!(m.mentoring(6, 0).full_cost, 5_600);
    }
}

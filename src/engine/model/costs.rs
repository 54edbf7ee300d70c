//! What each format costs for one organisation's audience and duration, and
//! how many people a budget, the likely mentors and any internal coaches
//! reach in it. Every count here only grows with budget, which is what
//! keeps plans free of cliffs.

use super::config::{CoachingFormat, Config, MentoringFormat, Supply};
use super::score::Inputs;
use crate::engine::dict::Dict;

/// The delivery formats. Their ids are public (`plan.formats`) and key the
/// `format.<id>` texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    IndividualCoaching,
    GroupCoaching,
    InternalCoaching,
    ManagerCoaching,
    MentoringPairs,
    MentoringCircles,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::IndividualCoaching,
        Format::GroupCoaching,
        Format::InternalCoaching,
        Format::ManagerCoaching,
        Format::MentoringPairs,
        Format::MentoringCircles,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Format::IndividualCoaching => "individual_coaching",
            Format::GroupCoaching => "group_coaching",
            Format::InternalCoaching => "internal_coaching",
            Format::ManagerCoaching => "manager_coaching",
            Format::MentoringPairs => "mentoring_pairs",
            Format::MentoringCircles => "mentoring_circles",
        }
    }

    /// The `format` option this format satisfies.
    pub fn shape(self) -> &'static str {
        match self {
            Format::GroupCoaching | Format::MentoringCircles => "group",
            _ => "one_to_one",
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
    /// Yearly cost of reaching the whole target (in the format that can).
    pub full_cost: u64,
    /// Mentors this year's reach relies on.
    pub mentors: u64,
    /// Mentors the whole target would need.
    pub mentors_full: u64,
    /// Of `cost`, what the mentors' paid hours cost.
    pub mentor_time_cost: u64,
    /// Of `full_cost`, what the mentors' paid hours cost.
    pub mentor_time_full: u64,
    /// The `format` preference could not be kept: another format reaches
    /// more people.
    pub preference_overridden: bool,
}

/// One coaching format as offered to this audience: its price per head,
/// the places a group pays for at least, and how many it can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    pub format: Format,
    pub price: u64,
    pub min: u64,
    pub cap: u64,
}

impl Offer {
    /// People reached with `budget` out of `n`, and the places paid for.
    fn reach(&self, n: u64, budget: u64) -> (u64, u64) {
        let reached = n.min(self.cap).min(budget / self.price);
        if reached == 0 || budget < self.min.saturating_mul(self.price) {
            return (0, 0);
        }
        (reached, reached.max(self.min))
    }

    /// Cost of everyone in this format, ignoring its capacity.
    fn all_cost(&self, n: u64) -> u64 {
        n.max(self.min).saturating_mul(self.price)
    }
}

/// Prices and supply for one set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostModel {
    /// Coaching formats offered, in the order preferred when several reach
    /// everyone: internal coaches first, then external one-to-one, groups,
    /// and managers as coaches.
    pub offers: Vec<Offer>,
    /// The `format` answer, or empty.
    pub preference: String,
    pub programme: u64,
    pub per_mentee: u64,
    pub pairs: u64,
    pub circles: u64,
    /// Yearly cost of one mentor's hours in pairs and in circles: 0 when
    /// the mentors' time is volunteered.
    pub pair_mentor_cost: u64,
    pub circle_mentor_cost: u64,
    pub mentors_likely: u64,
    /// The mentors were counted (`mentor_pool`), not estimated.
    pub mentors_counted: bool,
}

impl CostModel {
    pub fn new(c: &Config, inputs: &Inputs) -> Self {
        let costs = &c.costs;
        let factor = costs
            .duration_factor
            .get(inputs.duration)
            .copied()
            .unwrap_or(1.0);
        let n = inputs.participants;
        let offer = |format, f: &CoachingFormat| {
            let year = *f.per_head.get(inputs.audience)?;
            let cap = match &f.capacity {
                None => u64::MAX,
                Some(by_answer) => likely(by_answer, inputs.internal_coaches, n)?,
            };
            Some(Offer {
                format,
                price: ((year as f64 * factor).round() as u64).max(1),
                min: f.min_group.max(1),
                cap,
            })
            .filter(|o| o.cap > 0)
        };
        let offers = [
            (Format::InternalCoaching, costs.internal_coaching.as_ref()),
            (Format::IndividualCoaching, Some(&costs.individual_coaching)),
            (Format::GroupCoaching, Some(&costs.group_coaching)),
            (Format::ManagerCoaching, costs.manager_coaching.as_ref()),
        ]
        .into_iter()
        .filter_map(|(format, f)| offer(format, f?))
        .collect();
        let ratio = |f: &MentoringFormat| f.mentees_per_mentor.max(1);
        let hours = |f: &MentoringFormat| {
            if inputs.mentors_paid {
                f.mentor_hours.saturating_mul(costs.mentor_hour)
            } else {
                0
            }
        };
        CostModel {
            offers,
            preference: inputs.format.to_string(),
            programme: costs.mentoring_programme,
            per_mentee: costs.mentoring_per_mentee.max(1),
            pairs: ratio(&costs.mentoring_pairs),
            circles: ratio(&costs.mentoring_circles),
            pair_mentor_cost: hours(&costs.mentoring_pairs),
            circle_mentor_cost: hours(&costs.mentoring_circles),
            mentors_likely: inputs
                .mentor_pool
                .unwrap_or_else(|| mentors_likely(c, inputs.expertise, n)),
            mentors_counted: inputs.mentor_pool.is_some(),
        }
    }

    /// Offers in the preferred shape, or all of them with no preference.
    fn preferred(&self) -> impl Iterator<Item = &Offer> {
        self.offers
            .iter()
            .filter(|o| self.preference.is_empty() || o.format.shape() == self.preference)
    }

    /// The cheapest format that can coach all `n` people, in the preferred
    /// shape when one can, and its yearly cost.
    pub fn coach_all(&self, n: u64) -> (Format, u64) {
        let cheapest = |offers: &mut dyn Iterator<Item = &Offer>| {
            offers
                .filter(|o| o.cap >= n)
                .map(|o| (o.all_cost(n), o.format))
                .min()
        };
        cheapest(&mut self.preferred())
            .or_else(|| cheapest(&mut self.offers.iter()))
            .map_or((Format::IndividualCoaching, u64::MAX), |(cost, f)| {
                (f, cost)
            })
    }

    /// Yearly cost of coaching all `n` people; see [`Self::coach_all`].
    pub fn coach_all_cost(&self, n: u64) -> u64 {
        self.coach_all(n).1
    }

    /// Coaches up to `n` people in the offer that reaches the most. On a
    /// tie at everyone, the offers' order decides; on a tie below, the
    /// offer that would reach everyone for less. The preferred shape is
    /// kept unless another offer reaches more people.
    pub fn coaching(&self, n: u64, budget: u64) -> Reach {
        let any = best_offer(self.offers.iter(), n, budget);
        let kept = best_offer(self.preferred(), n, budget);
        let overridden = match (kept, any) {
            (Some(k), Some(a)) => a.1 > k.1,
            _ => !self.preference.is_empty(),
        };
        let chosen = if overridden { any } else { kept };
        let Some((o, reached, places)) = chosen else {
            // No coaching format is offered for this audience at all.
            return Reach::none(Format::IndividualCoaching);
        };
        Reach {
            format: o.format,
            reached,
            cost: places.saturating_mul(o.price),
            full_cost: self.coach_all_cost(n),
            preference_overridden: overridden,
            ..Reach::none(o.format)
        }
    }

    /// Mentors up to `n` people in pairs or circles, the format chosen by
    /// [`Self::mentoring_format`], whatever the budget: choosing by what a
    /// budget reaches could switch to dearer pairs as money grows, and take
    /// a hybrid's coaching money away.
    pub fn mentoring(&self, n: u64, budget: u64) -> Reach {
        let (format, overridden) = self.mentoring_format(n);
        Reach {
            preference_overridden: overridden,
            ..self.mentor_in(format, n, budget)
        }
    }

    /// The format for mentoring `n`, and whether it differs from the
    /// preferred one. A preference is kept unless the mentors could take
    /// more people in the other format. Without one: the format the
    /// mentors can stretch to more people, then the cheaper for all of
    /// them (circles, when mentors' time is paid), then pairs; so pairs
    /// exactly when volunteers can pair everyone.
    fn mentoring_format(&self, n: u64) -> (Format, bool) {
        let room = |f| {
            n.min(
                self.mentors_likely
                    .saturating_mul(self.mentoring_terms(f).0),
            )
        };
        let (pairs, circles) = (Format::MentoringPairs, Format::MentoringCircles);
        match self.preference.as_str() {
            "" => {
                let cost = |f| self.mentoring_cost(f, room(f));
                let circles_better = (room(circles), u64::MAX - cost(circles))
                    > (room(pairs), u64::MAX - cost(pairs));
                (if circles_better { circles } else { pairs }, false)
            }
            "group" if room(pairs) > room(circles) => (pairs, true),
            "group" => (circles, false),
            _ if room(circles) > room(pairs) => (circles, true),
            _ => (pairs, false),
        }
    }

    /// Mentees per mentor and a mentor's yearly paid hours in `format`.
    fn mentoring_terms(&self, format: Format) -> (u64, u64) {
        match format {
            Format::MentoringPairs => (self.pairs, self.pair_mentor_cost),
            _ => (self.circles, self.circle_mentor_cost),
        }
    }

    fn mentor_in(&self, format: Format, n: u64, budget: u64) -> Reach {
        let (ratio, _) = self.mentoring_terms(format);
        let by_mentors = n.min(self.mentors_likely.saturating_mul(ratio));
        // Cost only grows with mentees, so the largest affordable number
        // is found by bisection; nothing is left for mentees until the
        // programme itself is paid for.
        let (mut lo, mut hi) = (0, by_mentors);
        while lo < hi {
            let mid = hi - (hi - lo) / 2;
            if self.mentoring_cost(format, mid) <= budget {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let full = self.mentoring_cost(format, n);
        Reach {
            format,
            reached: lo,
            cost: self.mentoring_cost(format, lo),
            full_cost: full,
            mentors: lo.div_ceil(ratio),
            mentors_full: n.div_ceil(ratio),
            mentor_time_cost: self.mentor_time_cost(format, lo),
            mentor_time_full: self.mentor_time_cost(format, n),
            preference_overridden: false,
        }
    }

    /// Of `n` people, how many the likely mentors can take at all.
    pub fn mentorable(&self, n: u64) -> u64 {
        let most = self.pairs.max(self.circles);
        n.min(self.mentors_likely.saturating_mul(most))
    }

    /// Programme cost, per-mentee cost and the mentors' paid hours;
    /// nothing when nobody is mentored.
    pub fn mentoring_cost(&self, format: Format, mentees: u64) -> u64 {
        if mentees == 0 {
            return 0;
        }
        self.programme
            .saturating_add(mentees.saturating_mul(self.per_mentee))
            .saturating_add(self.mentor_time_cost(format, mentees))
    }

    fn mentor_time_cost(&self, format: Format, mentees: u64) -> u64 {
        let (ratio, per_mentor) = self.mentoring_terms(format);
        mentees.div_ceil(ratio).saturating_mul(per_mentor)
    }
}

/// The offer that reaches the most of `n` with `budget`, with the people
/// it reaches and the places it pays for: on a tie at everyone the first,
/// on a tie below the one that would reach everyone for less.
fn best_offer<'o>(
    offers: impl Iterator<Item = &'o Offer>,
    n: u64,
    budget: u64,
) -> Option<(&'o Offer, u64, u64)> {
    let mut best: Option<(&Offer, u64, u64)> = None;
    for o in offers {
        let (reached, places) = o.reach(n, budget);
        let better = best.is_none_or(|(b, r, _)| {
            reached > r || (reached == r && r < n && o.all_cost(n) < b.all_cost(n))
        });
        if better {
            best = Some((o, reached, places));
        }
    }
    best
}

impl Reach {
    /// Nobody reached in `format`, at no cost.
    fn none(format: Format) -> Reach {
        Reach {
            format,
            reached: 0,
            cost: 0,
            full_cost: 0,
            mentors: 0,
            mentors_full: 0,
            mentor_time_cost: 0,
            mentor_time_full: 0,
            preference_overridden: false,
        }
    }
}

/// A share of `participants`, rounded up, capped at the option's maximum;
/// `None` when `answer` has no entry.
fn likely(by_answer: &Dict<Supply>, answer: &str, participants: u64) -> Option<u64> {
    by_answer.get(answer).map(|s| {
        let share = (participants as f64 * s.per_participant).ceil();
        (share.min(s.max as f64).max(0.0)) as u64
    })
}

/// Mentors likely to volunteer for an `expertise` answer: "few" is a
/// handful whatever the size of the group.
pub fn mentors_likely(c: &Config, expertise: &str, participants: u64) -> u64 {
    likely(&c.costs.mentor_supply, expertise, participants).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Managers for a year: $7,000 one-to-one, $2,000 in groups of 4+,
    /// mentoring $5,000 plus $100 a mentee, 3 likely mentors.
    fn model() -> CostModel {
        let offer = |format, price, min| Offer {
            format,
            price,
            min,
            cap: u64::MAX,
        };
        CostModel {
            offers: vec![
                offer(Format::IndividualCoaching, 7_000, 1),
                offer(Format::GroupCoaching, 2_000, 4),
            ],
            preference: String::new(),
            programme: 5_000,
            per_mentee: 100,
            pairs: 2,
            circles: 6,
            pair_mentor_cost: 0,
            circle_mentor_cost: 0,
            mentors_likely: 3,
            mentors_counted: false,
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

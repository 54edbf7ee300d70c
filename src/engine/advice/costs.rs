//! What each format costs for one organisation's audience and duration, and
//! how many people a budget, the likely mentors and any internal coaches
//! reach in it. Every count here only grows with budget, which is what
//! keeps plans free of cliffs.

use super::inputs::{Inputs, Preference};
use crate::engine::config::format::Format;
use crate::engine::config::types::{CoachingFormat, Config, MentoringFormat, Supply};
use crate::engine::dict::Dict;

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
    /// The coaching offer chosen; `None` for mentoring.
    pub offer: Option<Offer>,
}

/// One coaching format as offered to this audience: its price per head,
/// the places a group pays for at least, and how many it can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    pub format: Format,
    /// A year's fee per head, as the config's table gives it.
    pub year: u64,
    /// The fee per head for the chosen duration.
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

/// One mentoring format as offered: mentees per mentor, and what one
/// mentor's yearly hours cost (0 when the mentors' time is volunteered).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentorTerms {
    pub format: Format,
    pub ratio: u64,
    pub mentor_cost: u64,
}

/// Prices and supply for one set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostModel {
    /// Coaching formats offered, in the order preferred when several reach
    /// everyone: internal coaches first, then external one-to-one, groups,
    /// and managers as coaches.
    pub offers: Vec<Offer>,
    /// The `format` answer; `None` with no preference.
    pub preference: Option<Preference>,
    pub programme: u64,
    pub per_mentee: u64,
    pub pairs: MentorTerms,
    pub circles: MentorTerms,
    pub mentors_likely: u64,
    /// The mentors were counted (`mentor_pool`), not estimated.
    pub mentors_counted: bool,
}

impl CostModel {
    pub fn new(c: &Config, inputs: &Inputs) -> Self {
        let costs = &c.costs;
        let factor = inputs.duration_factor;
        let n = inputs.participants;
        let offer = |format, f: &CoachingFormat| {
            let year = *f.per_head.get(inputs.audience)?;
            let cap = match &f.capacity {
                None => u64::MAX,
                Some(by_answer) => likely(by_answer, inputs.internal_coaches, n)?,
            };
            Some(Offer {
                format,
                year,
                price: ((year as f64 * factor).round() as u64).max(1),
                min: f.min_group.max(1),
                cap,
            })
            .filter(|o| o.cap > 0)
        };
        let offers = [
            Format::InternalCoaching,
            Format::IndividualCoaching,
            Format::GroupCoaching,
            Format::ManagerCoaching,
        ]
        .into_iter()
        .filter_map(|format| offer(format, format.coaching(costs)?))
        .collect();
        let terms = |format: Format, f: &MentoringFormat| MentorTerms {
            format,
            ratio: f.mentees_per_mentor.max(1),
            mentor_cost: if inputs.mentors_paid {
                f.mentor_hours.saturating_mul(costs.mentor_hour)
            } else {
                0
            },
        };
        CostModel {
            offers,
            preference: inputs.preference,
            programme: costs.mentoring_programme,
            per_mentee: costs.mentoring_per_mentee.max(1),
            pairs: terms(Format::MentoringPairs, &costs.mentoring_pairs),
            circles: terms(Format::MentoringCircles, &costs.mentoring_circles),
            mentors_likely: inputs
                .mentor_pool
                .unwrap_or_else(|| mentors_likely(c, inputs.expertise, n)),
            mentors_counted: inputs.mentor_pool.is_some(),
        }
    }

    /// Offers in the preferred shape, or all of them with no preference.
    fn preferred(&self) -> impl Iterator<Item = &Offer> {
        self.offers.iter().filter(|o| {
            self.preference
                .is_none_or(|p| o.format.in_groups() == (p == Preference::Group))
        })
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
            _ => self.preference.is_some(),
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
            offer: Some(*o),
            ..Reach::none(o.format)
        }
    }

    /// Mentors up to `n` people in pairs or circles, the format chosen by
    /// [`Self::mentoring_format`], whatever the budget: choosing by what a
    /// budget reaches could switch to dearer pairs as money grows, and take
    /// a hybrid's coaching money away.
    pub fn mentoring(&self, n: u64, budget: u64) -> Reach {
        let (terms, overridden) = self.mentoring_format(n);
        Reach {
            preference_overridden: overridden,
            ..self.mentor_in(terms, n, budget)
        }
    }

    /// The format for mentoring `n`, and whether it differs from the
    /// preferred one. A preference is kept unless the mentors could take
    /// more people in the other format. Without one: the format the
    /// mentors can stretch to more people, then the cheaper for all of
    /// them (circles, when mentors' time is paid), then pairs; so pairs
    /// exactly when volunteers can pair everyone.
    fn mentoring_format(&self, n: u64) -> (&MentorTerms, bool) {
        let room = |t: &MentorTerms| n.min(self.mentors_likely.saturating_mul(t.ratio));
        let (pairs, circles) = (&self.pairs, &self.circles);
        match self.preference {
            None | Some(Preference::NoPreference) => {
                let cost = |t| self.mentoring_cost(t, room(t));
                let circles_better = (room(circles), u64::MAX - cost(circles))
                    > (room(pairs), u64::MAX - cost(pairs));
                (if circles_better { circles } else { pairs }, false)
            }
            Some(Preference::Group) if room(pairs) > room(circles) => (pairs, true),
            Some(Preference::Group) => (circles, false),
            Some(Preference::OneToOne) if room(circles) > room(pairs) => (circles, true),
            Some(Preference::OneToOne) => (pairs, false),
        }
    }

    fn mentor_in(&self, terms: &MentorTerms, n: u64, budget: u64) -> Reach {
        let by_mentors = n.min(self.mentors_likely.saturating_mul(terms.ratio));
        // Cost only grows with mentees, so the largest affordable number
        // is found by bisection; nothing is left for mentees until the
        // programme itself is paid for.
        let (mut lo, mut hi) = (0, by_mentors);
        while lo < hi {
            let mid = hi - (hi - lo) / 2;
            if self.mentoring_cost(terms, mid) <= budget {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Reach {
            format: terms.format,
            reached: lo,
            cost: self.mentoring_cost(terms, lo),
            full_cost: self.mentoring_cost(terms, n),
            mentors: lo.div_ceil(terms.ratio),
            mentors_full: n.div_ceil(terms.ratio),
            mentor_time_cost: mentor_time_cost(terms, lo),
            mentor_time_full: mentor_time_cost(terms, n),
            preference_overridden: false,
            offer: None,
        }
    }

    /// Of `n` people, how many the likely mentors can take at all.
    pub fn mentorable(&self, n: u64) -> u64 {
        let most = self.pairs.ratio.max(self.circles.ratio);
        n.min(self.mentors_likely.saturating_mul(most))
    }

    /// Programme cost, per-mentee cost and the mentors' paid hours;
    /// nothing when nobody is mentored.
    pub fn mentoring_cost(&self, terms: &MentorTerms, mentees: u64) -> u64 {
        if mentees == 0 {
            return 0;
        }
        self.programme
            .saturating_add(mentees.saturating_mul(self.per_mentee))
            .saturating_add(mentor_time_cost(terms, mentees))
    }
}

/// What the mentors' paid hours cost for `mentees` in these terms.
fn mentor_time_cost(terms: &MentorTerms, mentees: u64) -> u64 {
    mentees
        .div_ceil(terms.ratio)
        .saturating_mul(terms.mentor_cost)
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
            offer: None,
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
            year: price,
            price,
            min,
            cap: u64::MAX,
        };
        CostModel {
            offers: vec![
                offer(Format::IndividualCoaching, 7_000, 1),
                offer(Format::GroupCoaching, 2_000, 4),
            ],
            preference: None,
            programme: 5_000,
            per_mentee: 100,
            pairs: MentorTerms {
                format: Format::MentoringPairs,
                ratio: 2,
                mentor_cost: 0,
            },
            circles: MentorTerms {
                format: Format::MentoringCircles,
                ratio: 6,
                mentor_cost: 0,
            },
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

//! What each format costs this organisation, for its audience, goal and
//! duration, in the config's currency: the coaching offers it can buy (and
//! how many each can take), the mentoring formats its mentors can run, and
//! what running a mentoring scheme of a given size costs. Every cost here
//! only grows with the people served, which keeps the plan search free of
//! cliffs.

use super::inputs::Inputs;
use super::resources::Resources;
use crate::engine::config::format::{Format, Settings};
use crate::engine::config::types::{Config, SchemeTier};
use crate::engine::dict::Dict;

/// The longest programme, as a share of a year, a short coaching package
/// is offered for: six sessions are a half-year engagement's worth.
const PACKAGE_LENGTH: f64 = 0.5;

/// One coaching format as offered to this audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoachingOffer {
    pub format: Format,
    /// A year's fee per head (per team, for a team), as the table has it.
    pub year: u64,
    /// The fee per head (per team) for the chosen duration.
    pub price: u64,
    /// Fewest places a group pays for (1 one-to-one).
    pub min: u64,
    /// People per team, for team coaching; 0 for every other format.
    pub team: u64,
    /// Most people the format can take (the organisation's own coaches).
    pub cap: u64,
}

impl CoachingOffer {
    /// This year's cost of coaching `people`.
    pub fn cost(&self, people: u64) -> u64 {
        match (people, self.team) {
            (0, _) => 0,
            (p, 0) => p.max(self.min).saturating_mul(self.price),
            (p, team) => p.div_ceil(team).saturating_mul(self.price),
        }
    }

    /// The most people, up to `limit` and the format's own cap, whom
    /// `budget` pays for.
    pub fn afford(&self, budget: u64, limit: u64) -> u64 {
        let limit = limit.min(self.cap);
        let most = match self.team {
            0 if budget < self.min.saturating_mul(self.price) => 0,
            0 => budget / self.price,
            team => (budget / self.price).saturating_mul(team),
        };
        most.min(limit)
    }
}

/// How a plan coaches: one offer, or the organisation's own coaches (or
/// trained managers) up to their capacity and an outside format beyond it,
/// so their capacity never leaves people waiting while money remains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coaching {
    pub main: CoachingOffer,
    /// The offer for those beyond `main`'s capacity.
    pub extra: Option<CoachingOffer>,
}

impl Coaching {
    /// `people` coached as (in `main`, in `extra`).
    pub fn split(&self, people: u64) -> (u64, u64) {
        match self.extra {
            Some(_) => (
                people.min(self.main.cap),
                people.saturating_sub(self.main.cap),
            ),
            None => (people, 0),
        }
    }

    /// This year's cost of coaching `people`.
    pub fn cost(&self, people: u64) -> u64 {
        let (main, extra) = self.split(people);
        let extra = self.extra.map_or(0, |o| o.cost(extra));
        self.main.cost(main).saturating_add(extra)
    }

    /// The most people, up to `limit`, whom `budget` pays for: the own
    /// coaches first, who cost less.
    pub fn afford(&self, budget: u64, limit: u64) -> u64 {
        let main = self.main.afford(budget, limit);
        match self.extra {
            Some(o) if main == self.main.cap.min(limit) => {
                let left = budget.saturating_sub(self.main.cost(main));
                main + o.afford(left, limit - main)
            }
            _ => main,
        }
    }

    /// Most people it can take.
    pub fn cap(&self) -> u64 {
        match self.extra {
            Some(_) => u64::MAX,
            None => self.main.cap,
        }
    }

    /// Fewest places it pays for once anyone is coached.
    pub fn min(&self) -> u64 {
        self.main.min
    }

    pub fn formats(&self) -> impl Iterator<Item = Format> {
        [Some(self.main), self.extra]
            .into_iter()
            .flatten()
            .map(|o| o.format)
    }
}

/// One mentoring format as this organisation's mentors would run it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentorTerms {
    pub format: Format,
    /// Mentees per mentor.
    pub ratio: u64,
    /// A mentor's hours a year per mentee, for this goal.
    pub hours: u64,
    /// What an hour of a mentor's time costs (0 when it is volunteered).
    pub hour: u64,
    /// What the mentors' paid hours cost per mentee a year.
    pub time_per_mentee: u64,
}

impl MentorTerms {
    pub fn mentors(&self, mentees: u64) -> u64 {
        mentees.div_ceil(self.ratio)
    }

    pub fn time_cost(&self, mentees: u64) -> u64 {
        mentees.saturating_mul(self.time_per_mentee)
    }

    /// Relationships the scheme runs: each pair, or each circle.
    pub fn relationships(&self, mentees: u64) -> u64 {
        mentees.div_ceil(self.ratio_for_relationships())
    }

    /// Mentees per relationship: one in pairs (a mentor with two mentees
    /// has two relationships), a whole circle in circles.
    pub fn ratio_for_relationships(&self) -> u64 {
        match self.format {
            Format::MentoringCircles => self.ratio,
            Format::IndividualCoaching
            | Format::CoachingPackage
            | Format::GroupCoaching
            | Format::TeamCoaching
            | Format::InternalCoaching
            | Format::ManagerCoaching
            | Format::MentoringPairs => 1,
        }
    }
}

/// The prices for one set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prices {
    /// Coaching offers, in the order preferred when two serve alike.
    pub coaching: Vec<CoachingOffer>,
    pub pairs: MentorTerms,
    pub circles: MentorTerms,
    pub scheme: Vec<SchemeTier>,
    /// The largest group of this audience that works as one team
    /// (`team_coaching.max_team` where it prices the audience, else 0):
    /// such a group is coached whole.
    pub team_max: u64,
}

impl Prices {
    pub fn new(c: &Config, inputs: &Inputs, res: &Resources) -> Prices {
        let costs = &c.costs;
        let coaching = Format::ALL
            .into_iter()
            .filter_map(|f| offer(c, inputs, res, f))
            .collect();
        let hour = match res.mentors_paid {
            true => costs.mentor_hour.get(inputs.audience).copied().unwrap_or(0),
            false => 0,
        };
        let terms = |format: Format| {
            let m = format.mentoring(costs);
            let hours = m.map_or(0, |m| hours_for(&m.mentor_hours, inputs.goal));
            MentorTerms {
                format,
                ratio: m.map_or(1, |m| m.mentees_per_mentor.max(1)),
                hours,
                hour,
                time_per_mentee: hours.saturating_mul(hour),
            }
        };
        Prices {
            coaching,
            pairs: terms(Format::MentoringPairs),
            circles: terms(Format::MentoringCircles),
            scheme: costs.mentoring_scheme.clone(),
            team_max: costs
                .team_coaching
                .as_ref()
                .filter(|t| t.per_team.contains_key(inputs.audience))
                .map_or(0, |t| t.max_team),
        }
    }

    /// Running a scheme for `mentees` in `terms`: the least costly tier
    /// that serves it; nothing for nobody.
    pub fn scheme_cost(&self, terms: &MentorTerms, mentees: u64) -> u64 {
        self.scheme_cost_of(&[(*terms, mentees)])
    }

    /// Running one scheme for mentees in several formats (pairs and
    /// circles): the least costly tier that serves all its relationships
    /// and mentees; nothing for nobody. Each tier's cost grows with both
    /// and fewer tiers serve more of them, so this never falls as they
    /// grow.
    pub fn scheme_cost_of(&self, parts: &[(MentorTerms, u64)]) -> u64 {
        match parts.iter().map(|(_, m)| m).sum::<u64>() {
            0 => 0,
            _ => self
                .scheme_tiers(parts)
                .map(|(_, c)| c)
                .min()
                .unwrap_or(u64::MAX),
        }
    }

    /// Which tier runs a scheme for `parts` (its place in the table), as
    /// [`Prices::scheme_cost_of`] prices it: the first of the least costly.
    pub fn scheme_tier_of(&self, parts: &[(MentorTerms, u64)]) -> Option<usize> {
        self.scheme_tiers(parts)
            .min_by_key(|(_, c)| *c)
            .map(|(i, _)| i)
    }

    /// The tiers that can serve `parts`' relationships and mentees, each
    /// with its place in the table and its cost for them.
    fn scheme_tiers<'a>(
        &'a self,
        parts: &[(MentorTerms, u64)],
    ) -> impl Iterator<Item = (usize, u64)> + 'a {
        let mentees: u64 = parts.iter().map(|(_, m)| m).sum();
        let relationships: u64 = parts.iter().map(|(t, m)| t.relationships(*m)).sum();
        self.scheme
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.up_to.is_none_or(|most| relationships <= most))
            .filter(move |(_, t)| t.mentees_up_to.is_none_or(|most| mentees <= most))
            .map(move |(i, t)| {
                let cost = t
                    .fixed
                    .saturating_add(relationships.saturating_mul(t.per_relationship))
                    .saturating_add(mentees.saturating_mul(t.per_mentee));
                (i, cost)
            })
    }

    /// Running the scheme and the mentors' paid hours for `mentees`.
    pub fn mentoring_cost(&self, terms: &MentorTerms, mentees: u64) -> u64 {
        self.mentoring_cost_of(&[(*terms, mentees)])
    }

    /// Running one scheme and the mentors' paid hours for mentees in
    /// several formats.
    pub fn mentoring_cost_of(&self, parts: &[(MentorTerms, u64)]) -> u64 {
        let time = parts.iter().map(|(t, m)| t.time_cost(*m));
        time.fold(self.scheme_cost_of(parts), u64::saturating_add)
    }

    /// The most mentees, up to `limit`, whom `budget` pays for in `terms`:
    /// in each tier as many as its price and size allow, the most of them.
    pub fn afford_mentees(&self, terms: &MentorTerms, budget: u64, limit: u64) -> u64 {
        self.scheme
            .iter()
            .map(|t| afford_in_tier(t, terms, budget, limit))
            .max()
            .unwrap_or(0)
    }

    /// The numbers of mentees at which the scheme moves to another tier,
    /// up to `limit`: where a plan's mix of coaching and mentoring can turn.
    pub fn tier_edges<'a>(
        &'a self,
        terms: &'a MentorTerms,
        limit: u64,
    ) -> impl Iterator<Item = u64> + 'a {
        let by_relationships = self
            .scheme
            .iter()
            .filter_map(|t| t.up_to)
            .map(move |r| r.saturating_mul(terms.ratio_for_relationships()));
        let by_mentees = self.scheme.iter().filter_map(|t| t.mentees_up_to);
        by_relationships
            .chain(by_mentees)
            .flat_map(|m| [m, m + 1])
            .filter(move |m| *m <= limit)
    }

    /// The mentoring formats, pairs first.
    pub fn mentoring(&self) -> [&MentorTerms; 2] {
        [&self.pairs, &self.circles]
    }

    /// Every way to coach `n`: each offer alone, and each offer the
    /// organisation's capacity limits, filled up by each outside offer.
    pub fn coaching_options(&self, n: u64) -> Vec<Coaching> {
        let alone = self.coaching.iter().map(|o| Coaching {
            main: *o,
            extra: None,
        });
        let capped = self.coaching.iter().filter(|o| o.cap < n);
        let open = || self.coaching.iter().filter(|o| o.cap == u64::MAX);
        let filled = capped.flat_map(|o| {
            open().map(move |x| Coaching {
                main: *o,
                extra: Some(*x),
            })
        });
        alone.chain(filled).collect()
    }
}

/// The most mentees, up to `limit`, a tier serves within `budget`: whole
/// relationships first (each pair or circle full), then what is left
/// fills one more relationship partly.
fn afford_in_tier(t: &SchemeTier, terms: &MentorTerms, budget: u64, limit: u64) -> u64 {
    let Some(left) = budget.checked_sub(t.fixed) else {
        return 0;
    };
    let size = terms.ratio_for_relationships();
    let each = t.per_mentee.saturating_add(terms.time_per_mentee);
    let whole = t.per_relationship.saturating_add(each.saturating_mul(size));
    let relationships = left.checked_div(whole).unwrap_or(u64::MAX);
    // Less than a whole relationship's cost is left, so fewer than `size`
    // fit in the one filled partly.
    let rest = left - relationships.saturating_mul(whole).min(left);
    let partly = rest
        .checked_sub(t.per_relationship)
        .map_or(0, |r| r.checked_div(each).unwrap_or(u64::MAX));
    let most = t.up_to.map_or(u64::MAX, |r| r.saturating_mul(size));
    let most = most.min(t.mentees_up_to.unwrap_or(u64::MAX));
    relationships
        .saturating_mul(size)
        .saturating_add(partly)
        .min(most)
        .min(limit)
}

/// `format` as offered to this audience, if the config offers it and the
/// organisation has the coaches for it.
fn offer(c: &Config, inputs: &Inputs, res: &Resources, format: Format) -> Option<CoachingOffer> {
    let factor = inputs.duration_factor;
    let scaled = |year: u64| ((year as f64 * factor).round() as u64).max(1);
    let (year, price, min, team) = match format.settings(&c.costs) {
        // A package is a few sessions for one transition, whatever the
        // duration: offered for a short programme only.
        Settings::Coaching(_) if format == Format::CoachingPackage && factor > PACKAGE_LENGTH => {
            return None
        }
        Settings::Coaching(f) => {
            let year = *f?.per_head.get(inputs.audience)?;
            let price = if format == Format::CoachingPackage {
                year.max(1)
            } else {
                scaled(year)
            };
            (year, price, f?.min_group.max(1), 0)
        }
        Settings::Team(t) => {
            let t = t?;
            let one_team = (t.min_team..=t.max_team).contains(&inputs.participants);
            let year = *t.per_team.get(inputs.audience).filter(|_| one_team)?;
            (year, scaled(year), 1, t.max_team.max(1))
        }
        Settings::Mentoring(_) => return None,
    };
    let cap = match format {
        Format::InternalCoaching => res.internal_capacity,
        Format::ManagerCoaching => res.manager_capacity,
        Format::IndividualCoaching
        | Format::CoachingPackage
        | Format::GroupCoaching
        | Format::TeamCoaching
        | Format::MentoringPairs
        | Format::MentoringCircles => u64::MAX,
    };
    (cap > 0).then_some(CoachingOffer {
        format,
        year,
        price,
        min,
        team,
        cap,
    })
}

/// A mentor's hours a year per mentee for `goal`; without a goal question,
/// the middle of the goals' figures, so paid time is never costed at 0.
fn hours_for(by_goal: &Dict<u64>, goal: &str) -> u64 {
    if let Some(h) = by_goal.get(goal) {
        return *h;
    }
    let mut all: Vec<u64> = by_goal.values().copied().collect();
    crate::engine::sort::sort_by(&mut all, |a, b| a < b);
    all.get(all.len() / 2).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prices(scheme: Vec<SchemeTier>) -> Prices {
        let terms = |format, ratio, time_per_mentee| MentorTerms {
            format,
            ratio,
            hours: 0,
            hour: 0,
            time_per_mentee,
        };
        Prices {
            coaching: Vec::new(),
            pairs: terms(Format::MentoringPairs, 2, 0),
            circles: terms(Format::MentoringCircles, 6, 150),
            scheme,
            team_max: 0,
        }
    }

    fn tier(up_to: Option<u64>, fixed: u64, per_relationship: u64, per_mentee: u64) -> SchemeTier {
        SchemeTier {
            up_to,
            mentees_up_to: None,
            fixed,
            per_relationship,
            per_mentee,
        }
    }

    /// What the closed form must agree with: the largest number of
    /// mentees, found one by one, whose cost fits the budget.
    fn by_counting(p: &Prices, t: &MentorTerms, budget: u64, limit: u64) -> u64 {
        (0..=limit)
            .rev()
            .find(|m| p.mentoring_cost(t, *m) <= budget)
            .unwrap_or(0)
    }

    #[test]
    fn the_mentees_a_budget_affords_are_the_most_whose_cost_fits() {
        let p = prices(vec![
            tier(Some(15), 0, 0, 0),
            tier(Some(100), 10_000, 130, 20),
            tier(Some(1_000), 8_000, 110, 60),
            tier(None, 145_000, 13, 20),
        ]);
        for budget in [
            0, 1, 999, 10_000, 12_345, 26_710, 60_000, 150_000, 1_000_000,
        ] {
            for t in p.mentoring() {
                for limit in [0, 7, 15, 16, 90, 95, 600, 2_000] {
                    assert_eq!(
                        p.afford_mentees(t, budget, limit),
                        by_counting(&p, t, budget, limit),
                        "{:?} {budget} {limit}",
                        t.format
                    );
                }
            }
        }
    }

    #[test]
    fn a_scheme_pays_its_cheapest_tier_and_never_less_for_more() {
        let p = prices(vec![
            tier(Some(15), 0, 0, 0),
            tier(Some(100), 10_000, 130, 20),
            tier(None, 8_000, 110, 60),
        ]);
        let pairs = &p.pairs;
        assert_eq!(p.scheme_cost(pairs, 15), 0, "HR runs it on staff time");
        assert_eq!(
            p.scheme_cost(pairs, 16),
            8_000 + 16 * 170,
            "the cheaper tier"
        );
        assert_eq!(
            p.scheme_cost(pairs, 100),
            10_000 + 100 * 150,
            "the cheaper tier"
        );
        let circles = &p.circles;
        assert_eq!(p.scheme_cost(circles, 90), 0, "15 circles of 6");
        assert_eq!(
            p.mentoring_cost(circles, 90),
            90 * 150,
            "the mentors' hours"
        );
        let mut last = 0;
        for m in 0..2_000 {
            let cost = p.scheme_cost(circles, m);
            assert!(cost >= last, "{m}");
            last = cost;
        }
    }

    /// The default's tier on staff time: bounded by mentees too.
    fn by_hand(t: SchemeTier, mentees: u64) -> SchemeTier {
        SchemeTier {
            mentees_up_to: Some(mentees),
            ..t
        }
    }

    #[test]
    fn a_scheme_run_by_hand_is_bounded_by_its_mentees_not_only_its_circles() {
        let p = prices(vec![
            by_hand(tier(Some(15), 0, 0, 0), 15),
            tier(Some(100), 10_000, 130, 20),
            tier(Some(1_000), 8_000, 110, 60),
            tier(None, 145_000, 13, 20),
        ]);
        let circles = &p.circles;
        assert_eq!(p.scheme_cost(circles, 15), 0, "three circles on staff time");
        assert_eq!(p.scheme_cost(circles, 16), 8_000 + 3 * 110 + 16 * 60);
        assert_eq!(p.scheme_cost(circles, 100), 10_000 + 17 * 130 + 100 * 20);
        // Pairs and circles run as one scheme: their relationships and
        // mentees add up before a tier is chosen.
        let both = p.scheme_cost_of(&[(p.pairs, 10), (*circles, 5)]);
        assert_eq!(both, 0, "15 mentees in 11 relationships");
        let both = p.scheme_cost_of(&[(p.pairs, 30), (*circles, 30)]);
        assert_eq!(both, 8_000 + 35 * 110 + 60 * 60, "the platform is cheaper");
        for budget in [0, 9_000, 14_210, 15_000, 50_000] {
            for t in p.mentoring() {
                for limit in [15, 16, 100, 101, 700] {
                    assert_eq!(
                        p.afford_mentees(t, budget, limit),
                        by_counting(&p, t, budget, limit),
                        "{:?} {budget} {limit}",
                        t.format
                    );
                }
            }
        }
    }

    #[test]
    fn without_a_goal_question_paid_mentors_cost_the_middle_of_the_goals_hours() {
        let by_goal = Dict::from_iter([("skill", 18), ("career", 18), ("knowledge", 100)]);
        assert_eq!(hours_for(&by_goal, "knowledge"), 100);
        assert_eq!(hours_for(&by_goal, ""), 18);
        assert_eq!(hours_for(&Dict::default(), ""), 0);
        // Of an even number, the upper of the two in the middle.
        let by_goal = Dict::from_iter([("a", 100), ("b", 5), ("c", 60), ("d", 18)]);
        assert_eq!(hours_for(&by_goal, ""), 60);
    }

    #[test]
    fn a_team_offer_pays_for_whole_teams() {
        let team = CoachingOffer {
            format: Format::TeamCoaching,
            year: 60_000,
            price: 60_000,
            min: 1,
            team: 15,
            cap: u64::MAX,
        };
        assert_eq!(team.afford(59_999, 40), 0);
        assert_eq!(team.afford(130_000, 40), 30);
        assert_eq!(team.afford(130_000, 12), 12);
    }

    #[test]
    fn own_coaches_with_room_are_not_passed_over_for_a_cheaper_outside_offer() {
        // Whatever the prices, what coaching affords is what its cost fits:
        // the own coaches take the first people, up to their capacity.
        let own = CoachingOffer {
            format: Format::InternalCoaching,
            year: 1_500,
            price: 1_500,
            min: 1,
            team: 0,
            cap: 10,
        };
        let outside = CoachingOffer {
            format: Format::IndividualCoaching,
            price: 1_000,
            year: 1_000,
            cap: u64::MAX,
            ..own
        };
        let c = Coaching {
            main: own,
            extra: Some(outside),
        };
        for budget in [0, 1_000, 2_500, 14_999, 15_000, 16_000, 40_000] {
            let most = c.afford(budget, 30);
            assert!(c.cost(most) <= budget, "{budget}: {most}");
        }
        assert_eq!(c.afford(2_500, 30), 1);
        assert_eq!(c.afford(16_000, 30), 11);
    }

    #[test]
    fn a_scheme_moves_tier_at_each_tiers_last_relationship() {
        let p = prices(vec![
            tier(Some(15), 0, 0, 0),
            tier(Some(100), 10_000, 130, 20),
            tier(None, 145_000, 13, 20),
        ]);
        let edges: Vec<u64> = p.tier_edges(&p.pairs, 250).collect();
        assert_eq!(edges, [15, 16, 100, 101]);
        let edges: Vec<u64> = p.tier_edges(&p.circles, 250).collect();
        assert_eq!(edges, [90, 91]);
    }

    #[test]
    fn nobody_mentored_costs_nothing_whatever_the_smallest_tier_costs() {
        let p = prices(vec![tier(None, 8_000, 110, 60)]);
        assert_eq!(p.scheme_cost_of(&[]), 0);
        assert_eq!(p.scheme_cost_of(&[(p.pairs, 0), (p.circles, 0)]), 0);
        assert_eq!(p.scheme_cost_of(&[(p.pairs, 2)]), 8_000 + 2 * 110 + 2 * 60);
    }

    #[test]
    fn only_coaches_the_organisation_has_are_offered() {
        use crate::engine::advice::score::score;
        use crate::engine::test_util::{answers, cfg};
        let c = cfg();
        let formats = |extra: &str| {
            let a = answers(&format!(
                r#"{{"goal":"skill","audience":"managers","participants":20,"budget":50000,"duration":"year","driver":"organisation","mentors":"some","path":"helpful"{extra}}}"#
            ));
            let inputs = Inputs::new(&c, &a).unwrap();
            let scored = score(&c, &inputs);
            let cx = crate::engine::advice::plan::Context::new(&c, &inputs, &scored);
            let p = Prices::new(&c, &inputs, &cx.resources);
            p.coaching.iter().map(|o| o.format).collect::<Vec<_>>()
        };
        let own = [Format::InternalCoaching, Format::ManagerCoaching];
        let none = formats(r#","internal_coaches":"none","line_managers":"no""#);
        assert!(none.iter().all(|f| !own.contains(f)), "{none:?}");
        let some = formats(r#","internal_coaches":"established","line_managers":"trained""#);
        assert!(own.iter().all(|f| some.contains(f)), "{some:?}");
    }

    #[test]
    fn coaching_affords_the_most_people_whose_cost_fits_and_no_group_below_its_fewest_places() {
        let group = CoachingOffer {
            format: Format::GroupCoaching,
            year: 2_000,
            price: 2_000,
            min: 4,
            team: 0,
            cap: u64::MAX,
        };
        for budget in [0, 1_999, 5_000, 7_999, 8_000, 9_999, 10_000, 30_000] {
            let by_counting = (0..=20)
                .rev()
                .find(|p| group.cost(*p) <= budget)
                .unwrap_or(0);
            assert_eq!(group.afford(budget, 20), by_counting, "{budget}");
        }
        // Fewer than four places cost four: $5,000 pays for no group.
        assert_eq!(group.afford(5_000, 20), 0);
    }
}

//! The plan search. A consultant looks at what this money and these people
//! can deliver, then picks what serves the goal best; so does this. Every
//! mix of one coaching format and one mentoring format (or either alone),
//! split between them in every way that can matter, is priced; those that
//! fit the budget, the mentors and the organisation's own coaches are
//! weighed by how many people they reach, then by how well each person's
//! format serves them, then by what they cost. The kind is what the chosen
//! plan contains.
//!
//! Reach comes first, so a larger budget or more mentors never reach fewer
//! people. The split points are where a plan's reach or value can turn:
//! each part at its cap or at what the budget allows, the scheme's tier
//! edges, a group's smallest size, and the split that just reaches
//! everyone. Between them cost and value change linearly, so nothing is
//! missed.

use super::kind::Kind;
use super::prices::{Coaching, CoachingOffer, MentorTerms, Prices};
use super::quality::Quality;
use crate::engine::config::format::Format;

/// A budget no plan comes near: what "not decided yet" is searched with.
pub const UNLIMITED: u64 = u64::MAX / 4;

/// Which formats a plan uses and how many people each serves. Coaching
/// goes first to those no mentor takes, so people count once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mix {
    pub coaching: Option<(Coaching, u64)>,
    pub mentoring: Option<(MentorTerms, u64)>,
    /// Those mentored in circles beside `mentoring` in pairs: as many in
    /// pairs as the mentors and the money allow, the rest still reached.
    pub mentoring_extra: Option<(MentorTerms, u64)>,
}

impl Mix {
    /// The mentoring parts, each with its mentees: one scheme runs them.
    pub fn mentoring_parts(&self) -> Vec<(MentorTerms, u64)> {
        [self.mentoring, self.mentoring_extra]
            .into_iter()
            .flatten()
            .filter(|(_, m)| *m > 0)
            .collect()
    }
}

/// A mix as the search weighs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weighed {
    pub mix: Mix,
    pub reached: u64,
    /// Each person reached counts 1, plus how well their format serves
    /// them (0 to 1, more with both approaches).
    pub value: f64,
    pub cost: u64,
}

impl Weighed {
    pub fn coached(&self) -> u64 {
        self.mix.coaching.map_or(0, |(_, c)| c)
    }

    pub fn mentored(&self) -> u64 {
        self.mix.mentoring_parts().iter().map(|(_, m)| m).sum()
    }

    /// The formats used, coaching first.
    pub fn formats(&self) -> Vec<Format> {
        let coaching = self.mix.coaching.filter(|(_, c)| *c > 0).map(|(o, c)| {
            let (_, extra) = o.split(c);
            let extra = o.extra.filter(|_| extra > 0).map(|x| x.format);
            [Some(o.main.format), extra]
        });
        let mentoring = self
            .mix
            .mentoring_parts()
            .into_iter()
            .map(|(t, _)| t.format);
        coaching
            .into_iter()
            .flatten()
            .flatten()
            .chain(mentoring)
            .collect()
    }

    /// `None` when the mix reaches nobody.
    pub fn kind(&self) -> Option<Kind> {
        match (self.coached() > 0, self.mentored() > 0) {
            (true, true) => Some(Kind::Hybrid),
            (true, false) => Some(Kind::Coaching),
            (false, true) => Some(Kind::Mentoring),
            (false, false) => None,
        }
    }

    /// More people first, then more value, then less cost.
    fn beats(&self, other: &Weighed) -> bool {
        const SAME: f64 = 1e-9;
        if self.reached != other.reached {
            return self.reached > other.reached;
        }
        if (self.value - other.value).abs() > SAME {
            return self.value > other.value;
        }
        self.cost < other.cost
    }
}

/// The best mix, and the best of each kind, for one budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub best: Weighed,
    /// The best coaching-only, mentoring-only and hybrid mixes, where any
    /// reaches someone, in that order.
    pub by_kind: [Option<Weighed>; 3],
}

pub struct Search<'a> {
    pub prices: &'a Prices,
    pub quality: &'a Quality<'a>,
    /// People in the group.
    pub n: u64,
    /// Mentors the plan may rely on.
    pub mentors: u64,
    /// Only formats that meet in groups (`true`) or one to one (`false`):
    /// what keeping to a preference would give. `None`: every format.
    pub in_groups: Option<bool>,
    /// People a format that does not serve the goal may reach: those the
    /// formats that serve it could not reach however large the budget
    /// (passing on knowledge beyond what the mentors can take).
    outside: u64,
}

impl<'a> Search<'a> {
    pub fn new(
        prices: &'a Prices,
        quality: &'a Quality<'a>,
        n: u64,
        mentors: u64,
        in_groups: Option<bool>,
    ) -> Self {
        let mut s = Search {
            prices,
            quality,
            n,
            mentors,
            in_groups,
            outside: 0,
        };
        // Decided once, whatever the budget, so a dollar more never
        // trades the formats that serve the goal for ones that do not.
        s.outside = n - s.within(UNLIMITED).best.reached;
        s
    }

    /// The best plan within `budget`.
    pub fn within(&self, budget: u64) -> Found {
        let nobody = self.weigh(Mix {
            coaching: None,
            mentoring: None,
            mentoring_extra: None,
        });
        let mut found = Found {
            best: nobody,
            by_kind: [None; 3],
        };
        let affordable = self
            .mixes(budget)
            .into_iter()
            .map(|mix| self.weigh(mix))
            .filter(|w| w.cost <= budget);
        // Only a group small enough to be one team can be split; for any
        // other (almost every case, and the explorer's hot path) no plan
        // is set aside, and none is weighed twice.
        let whole_reach = (self.n <= self.prices.team_max).then(|| {
            affordable
                .clone()
                .filter(|w| !self.splits_a_team(w))
                .map(|w| w.reached)
                .max()
                .unwrap_or(0)
        });
        for w in affordable {
            // Coaching part of a team only where nothing else reaches as many.
            if whole_reach.is_some_and(|r| w.reached <= r && self.splits_a_team(&w)) {
                continue;
            }
            if w.beats(&found.best) {
                found.best = w;
            }
            if let Some(k) = w.kind() {
                let slot = &mut found.by_kind[kind_index(k)];
                if slot.is_none_or(|s| w.beats(&s)) {
                    *slot = Some(w);
                }
            }
        }
        found
    }

    /// Whether `w` coaches or mentors some, not all, of the group; asked
    /// only of one that works as one team (executives, where team
    /// coaching prices them, no more than `team_max`): a
    /// consultant offers a leadership team the same, not coaching for four
    /// executives of five, nor a mentor for six of twelve.
    fn splits_a_team(&self, w: &Weighed) -> bool {
        let some = |k: u64| k > 0 && k < self.n;
        some(w.coached()) || some(w.mentored())
    }

    /// With no budget decided: the least costly plan that reaches as many
    /// as money could and serves them within `tolerance` (a share) of the
    /// best plan money could buy.
    pub fn to_budget_for(&self, tolerance: f64) -> Found {
        let ideal = self.within(UNLIMITED).best;
        let good_enough = ideal.value * (1.0 - tolerance);
        let enough = |b: u64| {
            let w = self.within(b).best;
            w.reached >= ideal.reached && w.value >= good_enough
        };
        let (mut lo, mut hi) = (0, ideal.cost);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if enough(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        let found = self.without_a_token_overlap(self.within(hi), tolerance);
        // Coaching 117 of 120 to save a little is no plan to budget for:
        // where coaching them all costs at most `tolerance` more, it is that.
        let Some((o, c)) = found.best.mix.coaching.filter(|(_, c)| *c < self.n) else {
            return found;
        };
        let all = hi.saturating_add(o.cost(self.n).saturating_sub(o.cost(c)));
        let whole = self.within(all);
        let near = all as f64 <= hi as f64 * (1.0 + tolerance);
        match near && whole.best.coached() == self.n {
            true => whole,
            false => found,
        }
    }

    /// Both approaches for one person of 60 is no plan to budget for
    /// either: the bisection stops where the value first clears its line,
    /// which can be one coaching place more than everyone needs. Where
    /// fewer than `tolerance` of the group would have both, the plan
    /// coaches only those no mentor takes: the same people in the same
    /// formats, for less, where that is the best plan for its cost.
    fn without_a_token_overlap(&self, found: Found, tolerance: f64) -> Found {
        let w = found.best;
        let both = (w.coached() + w.mentored()).saturating_sub(w.reached);
        let Some((o, c)) = w.mix.coaching.filter(|_| both > 0) else {
            return found;
        };
        if both as f64 >= self.n as f64 * tolerance {
            return found;
        }
        let lean = self.weigh(Mix {
            coaching: Some((o, c - both)),
            ..w.mix
        });
        // Only where the search itself picks it at its cost: the budget
        // levels and the explorer show that plan for that sum. (It reaches
        // as many: those it no longer coaches are mentored.)
        let at = self.within(lean.cost);
        match at.best.mix == lean.mix {
            true => at,
            false => found,
        }
    }

    /// The least budget from `from` up at which the best plan reaches
    /// everyone, with that plan. Money always can: coaching is priced for
    /// every audience and takes whom the mentors cannot. People reached
    /// only grow with budget, so the edge is found by bisection.
    pub fn to_reach_everyone(&self, from: u64) -> (u64, Weighed) {
        let ideal = self.within(UNLIMITED).best;
        let (mut lo, mut hi) = (from, ideal.cost.max(from));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.within(mid).best.reached >= ideal.reached {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        (hi, self.within(hi).best)
    }

    /// How well coaching `people` in `o` serves each, on average: those
    /// beyond the own coaches' capacity get the outside format's.
    fn coaching_quality(&self, o: &Coaching, people: u64) -> f64 {
        let (main, extra) = o.split(people);
        let q = |o: &CoachingOffer| self.quality.of(o.format);
        match (o.extra, people) {
            (Some(x), 1..) => (main as f64 * q(&o.main) + extra as f64 * q(&x)) / people as f64,
            _ => q(&o.main),
        }
    }

    /// How well mentoring `parts` serves each mentee, on average.
    fn mentoring_quality(&self, parts: &[(MentorTerms, u64)]) -> f64 {
        let all: u64 = parts.iter().map(|(_, m)| m).sum();
        let sum: f64 = parts
            .iter()
            .map(|(t, m)| *m as f64 * self.quality.of(t.format))
            .sum();
        sum / all.max(1) as f64
    }

    /// The people reached, the value and the cost of `mix`.
    pub fn weigh(&self, mix: Mix) -> Weighed {
        let parts = mix.mentoring_parts();
        let c = mix.coaching.map_or(0, |(_, c)| c);
        let m: u64 = parts.iter().map(|(_, m)| m).sum();
        let both = (c + m).saturating_sub(self.n);
        let qc = mix
            .coaching
            .map_or(0.0, |(o, c)| self.coaching_quality(&o, c));
        let qm = self.mentoring_quality(&parts);
        let value = (c - both) as f64 * (1.0 + qc)
            + (m - both) as f64 * (1.0 + qm)
            + both as f64 * (1.0 + self.quality.both(qc, qm));
        let cost = mix
            .coaching
            .map_or(0, |(o, c)| o.cost(c))
            .saturating_add(self.prices.mentoring_cost_of(&parts));
        Weighed {
            mix,
            reached: c + m - both,
            value,
            cost,
        }
    }

    /// Every mix worth weighing within `budget`. Only an approach that
    /// serves the goal, except for those it cannot reach (see `outside`);
    /// and where a group does not serve the answers (a successor shadowing
    /// an expert, a path that must be shared), circles only when the
    /// mentors are too few to pair everyone.
    fn mixes(&self, budget: u64) -> Vec<Mix> {
        let q = self.quality;
        let shaped = |f: Format| self.in_groups.is_none_or(|g| f.in_groups() == g);
        // How many people a format may reach, if any.
        let limit = |f: Format| match q.serves_goal(f) {
            _ if !shaped(f) => None,
            true => Some(self.n),
            false => Some(self.outside).filter(|o| *o > 0),
        };
        let offers: Vec<(Coaching, u64)> = self
            .prices
            .coaching_options(self.n)
            .into_iter()
            .filter_map(|o| o.formats().map(limit).min().flatten().map(|l| (o, l)))
            .collect();
        let circles_ok = |f: Format| f != Format::MentoringCircles || self.forms_circles();
        let terms: Vec<&MentorTerms> = self
            .prices
            .mentoring()
            .into_iter()
            .filter(|t| limit(t.format) == Some(self.n) && circles_ok(t.format))
            .collect();
        let mut out = Vec::new();
        for (o, limit) in &offers {
            out.push(coach_only(*o, o.afford(budget, *limit)));
        }
        for t in &terms {
            let m = self.prices.afford_mentees(t, budget, self.room(t));
            out.push(mentor_only(**t, m));
        }
        for (o, limit) in &offers {
            for t in &terms {
                // An approach that fits poorly reaches those the other cannot,
                // but is not given to the same people on top of it.
                let fits = o.formats().all(|f| self.quality.may_add(f));
                let overlap = fits && self.quality.may_add(t.format) && *limit == self.n;
                self.splits(*o, *limit, **t, budget, overlap, &mut out);
            }
        }
        // Pairs beside circles where a group does not serve the answers
        // (passing on knowledge, a shared path); elsewhere circles serve
        // about as well, and one format is simpler to run.
        if !q.groups_serve() && terms.iter().any(|t| t.format == Format::MentoringPairs) {
            let paired: Vec<Mix> = out.iter().filter_map(|m| self.paired(*m, budget)).collect();
            out.extend(paired);
        }
        out
    }

    /// Whether the search forms mentoring circles: where a group serves
    /// the answers, where the mentors are too few to pair everyone, or
    /// where no format serves the goal (see `outside`).
    pub fn forms_circles(&self) -> bool {
        self.outside == self.n
            || self.quality.groups_serve()
            || self.room(&self.prices.pairs) < self.n
    }

    /// `mix` with as many of its mentees in circles moved to pairs as the
    /// mentors and `budget` allow: the same people reached, and where
    /// pairs serve better (passing on knowledge), better served. `None`
    /// when the mix has no circles or none can move.
    fn paired(&self, mix: Mix, budget: u64) -> Option<Mix> {
        let (circles, m) = mix
            .mentoring
            .filter(|(t, m)| t.format == Format::MentoringCircles && *m > 0)?;
        let pairs = self.prices.pairs;
        let money = budget.checked_sub(mix.coaching.map_or(0, |(o, c)| o.cost(c)))?;
        let parts = |p: u64| [(pairs, p), (circles, m - p)];
        let mentors = |p: u64| pairs.mentors(p) + circles.mentors(m - p);
        // Each mentor moved to pairs takes `pairs.ratio` from the circles.
        let moved = largest(self.mentors.min(m), |k| {
            let p = m.min(k.saturating_mul(pairs.ratio));
            mentors(p) <= self.mentors
        })?;
        let most = m.min(moved.saturating_mul(pairs.ratio));
        let p = largest(most, |p| self.prices.mentoring_cost_of(&parts(p)) <= money)?;
        // Whole mentors' worth of pairs: not a lone pair left over from
        // the money the circles did not need.
        let p = p / pairs.ratio * pairs.ratio;
        (p > 0).then_some(Mix {
            coaching: mix.coaching,
            mentoring: Some((pairs, p)),
            mentoring_extra: Some((circles, m - p)).filter(|(_, c)| *c > 0),
        })
    }

    /// People the mentors can take in `terms`.
    fn room(&self, t: &MentorTerms) -> u64 {
        self.n.min(self.mentors.saturating_mul(t.ratio))
    }

    /// Splits of `budget` between coaching in `o` (for at most `limit`
    /// people) and mentoring in `t`: each part at the sizes where the plan
    /// can turn, the other part given what is left, with and without
    /// people having both (without, only, unless `overlap`).
    fn splits(
        &self,
        o: Coaching,
        limit: u64,
        t: MentorTerms,
        budget: u64,
        overlap: bool,
        out: &mut Vec<Mix>,
    ) {
        let (n, room) = (self.n, self.room(&t));
        let both = |c: u64, m: u64| Mix {
            coaching: Some((o, if overlap { c } else { c.min(n - m.min(n)) })),
            mentoring: Some((t, m)),
            mentoring_extra: None,
        };
        let mut mentees = vec![room, self.prices.afford_mentees(&t, budget, room)];
        mentees.extend(self.prices.tier_edges(&t, room));
        mentees.push(n.saturating_sub(o.afford(budget, limit)).min(room));
        for m in mentees {
            let left = budget.saturating_sub(self.prices.mentoring_cost(&t, m));
            let c = o.afford(left, limit);
            out.extend([both(c, m), both(c.min(n - m), m)]);
        }
        let mut coached = vec![
            limit.min(o.cap()),
            o.afford(budget, limit),
            o.min().min(limit),
        ];
        coached.extend(o.extra.map(|_| limit.min(o.main.cap)));
        coached.push(n.saturating_sub(room).min(limit));
        for c in coached.into_iter().map(|c| c.min(o.cap())) {
            let left = budget.saturating_sub(o.cost(c));
            let m = self.prices.afford_mentees(&t, left, room);
            out.extend([both(c, m), both(c, m.min(n - c.min(n)))]);
        }
    }
}

fn coach_only(o: Coaching, c: u64) -> Mix {
    Mix {
        coaching: Some((o, c)),
        mentoring: None,
        mentoring_extra: None,
    }
}

fn mentor_only(t: MentorTerms, m: u64) -> Mix {
    Mix {
        coaching: None,
        mentoring: Some((t, m)),
        mentoring_extra: None,
    }
}

/// The largest `x` in `0..=most` for which `holds`, when it holds up to
/// some point and not beyond; `None` when it does not hold at 0.
fn largest(most: u64, holds: impl Fn(u64) -> bool) -> Option<u64> {
    if !holds(0) {
        return None;
    }
    let (mut lo, mut hi) = (0, most);
    while lo < hi {
        let mid = hi - (hi - lo) / 2;
        if holds(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Some(lo)
}

pub fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Coaching => 0,
        Kind::Mentoring => 1,
        Kind::Hybrid => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(format: Format, cap: u64) -> CoachingOffer {
        CoachingOffer {
            format,
            year: 1_000,
            price: 1_000,
            min: 1,
            team: 0,
            cap,
        }
    }

    fn terms(format: Format, ratio: u64) -> MentorTerms {
        MentorTerms {
            format,
            ratio,
            hours: 0,
            hour: 0,
            time_per_mentee: 0,
        }
    }

    fn weighed(coached: u64, pairs: u64, circles: u64) -> Weighed {
        let own = Coaching {
            main: offer(Format::InternalCoaching, 5),
            extra: Some(offer(Format::GroupCoaching, u64::MAX)),
        };
        Weighed {
            mix: Mix {
                coaching: Some((own, coached)),
                mentoring: Some((terms(Format::MentoringPairs, 2), pairs)),
                mentoring_extra: Some((terms(Format::MentoringCircles, 6), circles)),
            },
            reached: 0,
            value: 0.0,
            cost: 0,
        }
    }

    #[test]
    fn a_plan_names_only_the_formats_someone_is_in() {
        let ids = |w: Weighed| w.formats().into_iter().map(Format::id).collect::<Vec<_>>();
        assert!(ids(weighed(0, 0, 0)).is_empty());
        assert_eq!(
            ids(weighed(5, 0, 1)),
            ["internal_coaching", "mentoring_circles"]
        );
        assert_eq!(
            ids(weighed(6, 1, 0)),
            ["internal_coaching", "group_coaching", "mentoring_pairs"]
        );
        assert_eq!(weighed(6, 1, 0).mix.mentoring_parts().len(), 1);
        assert_eq!(weighed(0, 2, 3).mentored(), 5);
    }

    #[test]
    fn the_largest_that_holds_is_found_at_every_edge() {
        for most in [0, 1, 2, 7, 100] {
            for edge in 0..=most {
                assert_eq!(largest(most, |x| x <= edge), Some(edge), "{most} {edge}");
            }
        }
        assert_eq!(largest(10, |_| false), None);
    }
}

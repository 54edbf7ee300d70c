//! The plan: who gets what this year, in which format, at what cost, who
//! still waits, and what reaching everyone would need, in the plan's own
//! formats. It is the search's best mix (see [`super::search`]), with the
//! best plan of each other kind beside it, and whether the choice between
//! them is a close call.

use super::inputs::{Inputs, Preference};
use super::kind::Kind;
use super::prices::{CoachingOffer, MentorTerms, Prices};
use super::quality::Quality;
use super::resources::Resources;
use super::score::Scored;
use super::search::{Found, Search, Weighed, UNLIMITED};
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;

/// This year's plan. All amounts are whole units of the config's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub kind: Kind,
    pub participants: u64,
    /// `None` while the budget is not decided: the plan is then the one to
    /// budget for, and `cost` is what it takes.
    pub budget: Option<u64>,
    /// Participants coached this year, in any format.
    pub coached: u64,
    /// Participants mentored this year, in any format.
    pub mentored: u64,
    /// Participants coached or mentored (or both), each counted once.
    pub reached: u64,
    /// Participants this year's plan does not reach yet.
    pub waiting: u64,
    pub cost: u64,
    /// Of `cost`, what the coaching costs.
    pub coaching_cost: u64,
    /// Of `cost`, what running the mentoring scheme costs.
    pub scheme_cost: u64,
    /// Extra yearly budget needed to reach everyone, in the plan's formats.
    pub funding_gap: u64,
    pub mentors_needed: u64,
    /// Mentors the organisation has, counted or estimated: a fact of the
    /// organisation, the same whatever the plan.
    pub mentors_likely: u64,
    /// Extra mentors needed to reach everyone in the plan's formats.
    pub mentor_shortfall: u64,
    /// The mentors were counted: a fixed pool, so more mentors cannot
    /// simply be recruited.
    pub mentors_counted: bool,
    /// Nobody knew how many could mentor: a handful is assumed.
    pub mentors_unknown: bool,
    /// The mentors' hours are paid working time, and costed.
    pub mentors_paid: bool,
    /// What this year's mentors' paid hours cost (0 when volunteered).
    pub mentor_time_cost: u64,
    /// What the mentors' paid hours for everyone would cost.
    pub mentor_time_full: u64,
    /// The formats that reach everyone, when people wait.
    pub full_formats: Vec<Format>,
    /// The mentoring is in circles, or partly, because there are too few
    /// mentors to pair the mentees.
    pub mentors_short: bool,
    pub coaching_format: Option<Format>,
    /// The coaching format's prices, when the plan has a coaching part.
    pub coaching_offer: Option<CoachingOffer>,
    /// Those coached beyond the own coaches' capacity, and in what: part
    /// of `coached`.
    pub coaching_extra: Option<(CoachingOffer, u64)>,
    pub mentoring_format: Option<Format>,
    /// The mentoring format's ratio and hours, when the plan mentors.
    pub mentoring_terms: Option<MentorTerms>,
    /// Those mentored in circles beside pairs (the mentors pair as many
    /// as they can), and the circles' terms: part of `mentored`.
    pub mentoring_extra: Option<(MentorTerms, u64)>,
    /// When people wait while money is left because one more mentee
    /// would move the scheme to a dearer tier (a coordinator, a
    /// platform): how much more a year running it would then cost.
    pub scheme_step: Option<u64>,
    /// When everyone is reached but only some are mentored, and one more
    /// mentee would move the scheme to a dearer tier that the money left
    /// does not cover (with no budget decided, that the plan to budget for
    /// leaves out): how much more a year that tier would cost.
    pub mentoring_step: Option<u64>,
    /// The `format` answer; `None` with no preference.
    pub preference: Option<Preference>,
    /// Parts whose format is not in the shape preferred: `coaching`,
    /// `mentoring`.
    pub preference_overridden: Vec<&'static str>,
    /// Why those parts are not: `None` when none is.
    pub preference_reason: Option<Override>,
    /// Text key naming whom a hybrid coaches first: by goal (those who
    /// need the skill soonest, those you most want to keep), never a
    /// claim about who the audience is. `None` where coaching only takes
    /// those the mentors cannot (a goal coaching does not serve).
    pub coached_group: Option<String>,
    /// When everyone is reached and money is left: the plan that would
    /// serve the group best, where it costs more than the budget.
    pub beyond: Option<Beyond>,
    /// In a programme of several groups, the part of `budget` that is not
    /// this group's to leave unspent: what the groups before it took, and
    /// for any but the last group, all the rest too (the last says what
    /// the programme leaves). 0 for a single group.
    pub others: u64,
}

/// A better plan than the budget buys: its formats and yearly cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beyond {
    pub formats: Vec<Format>,
    pub cost: u64,
}

impl Plan {
    /// Format ids, coaching first.
    pub fn formats(&self) -> Vec<&'static str> {
        let extra = self.coaching_extra.map(|(o, _)| o.format);
        let circles = self.mentoring_extra.map(|(t, _)| t.format);
        [self.coaching_format, extra, self.mentoring_format, circles]
            .into_iter()
            .flatten()
            .map(Format::id)
            .collect()
    }

    /// Nobody waits.
    pub fn reaches_everyone(&self) -> bool {
        self.waiting == 0
    }

    /// Budget the plan does not need, and no group after it spends; 0
    /// with no budget decided.
    pub fn unspent(&self) -> u64 {
        self.budget.map_or(0, |b| {
            b.saturating_sub(self.cost).saturating_sub(self.others)
        })
    }
}

/// Why a plan uses a shape other than the one preferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Override {
    /// Keeping to the preferred shape would reach fewer people.
    Reach,
    /// It would reach as many, but serve the goal less well.
    Fit,
}

/// The chosen plan, the best plan of each other kind (best first), and
/// whether the best of those serves almost as well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub plan: Plan,
    pub alternatives: Vec<Plan>,
    pub close_call: bool,
}

/// What a plan is decided from: the answers, their fit, the organisation's
/// people (worked out once, for the group named) and the prices.
pub struct Context<'a> {
    pub config: &'a Config,
    pub inputs: &'a Inputs<'a>,
    pub scored: &'a Scored,
    pub resources: Resources,
}

impl<'a> Context<'a> {
    pub fn new(config: &'a Config, inputs: &'a Inputs<'a>, scored: &'a Scored) -> Self {
        Context {
            config,
            inputs,
            scored,
            resources: Resources::new(config, inputs),
        }
    }

    /// The plan for `inputs`, with the same people and fit, for another
    /// budget and group size: what the pivots, levels and the explorer
    /// ask. Only the plan: no alternatives are weighed, and no funding gap
    /// is worked out.
    pub fn decide_with(&self, budget: Option<u64>, participants: u64) -> Decision {
        let mut inputs = self.inputs.clone();
        inputs.budget = budget;
        inputs.participants = participants;
        decide_for(self, &inputs, Depth::Plan)
    }

    /// The plan, the alternatives and why.
    pub fn decide(&self) -> Decision {
        decide_for(self, self.inputs, Depth::Full)
    }
}

/// How much of a decision to work out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// The plan alone, without what reaching everyone would take.
    Plan,
    /// The plan, the alternatives, the close call, and why a preference
    /// was not kept.
    Full,
}

fn decide_for(cx: &Context, inputs: &Inputs, depth: Depth) -> Decision {
    let (c, res) = (cx.config, &cx.resources);
    let prices = Prices::new(c, inputs, res);
    let quality = Quality::new(c, inputs, cx.scored);
    let search = Search::new(&prices, &quality, inputs.participants, res.mentors, None);
    // With no budget decided, a cohort is budgeted whole: the best plan
    // for all of them, not a cheaper one that gives some of them less.
    let tolerance = match inputs.participants <= c.model.cohort_max {
        true => 0.0,
        false => c.model.value_tolerance,
    };
    let at = |s: &Search| match inputs.budget {
        Some(b) => s.within(b),
        None => s.to_budget_for(tolerance),
    };
    let found = at(&search);
    // What reaching everyone takes: the least budget at which the search
    // reaches them all, in whatever formats serve best at that budget.
    // A plan that reaches nobody takes its formats from it, at any depth.
    let nobody = found.best.reached == 0;
    let everyone = match (inputs.budget, found.best.reached < search.n) {
        (Some(b), true) if depth == Depth::Full || nobody => Some(search.to_reach_everyone(b)),
        _ => None,
    };
    // A plan that can reach nobody yet names the formats it would use:
    // those that reach everyone for the least money. (With no budget
    // decided, the plan to budget for always reaches someone.)
    let shape = match (nobody, &everyone) {
        (true, Some((_, w))) => *w,
        _ => found.best,
    };
    let mut chosen = build(cx, inputs, &search, &found.best, &shape, everyone);
    if depth == Depth::Plan {
        return Decision {
            plan: chosen,
            alternatives: Vec::new(),
            close_call: false,
        };
    }
    if let (Some(p), false) = (inputs.preference, chosen.preference_overridden.is_empty()) {
        let shape = Some(p == Preference::Group);
        let kept = at(&Search::new(
            &prices,
            &quality,
            search.n,
            res.mentors,
            shape,
        ));
        chosen.preference_reason = Some(match kept.best.reached < found.best.reached {
            true => Override::Reach,
            false => Override::Fit,
        });
    }
    chosen.beyond = beyond(&search, &found.best, inputs.budget);
    let mut others: Vec<Weighed> = rivals(&found, &quality);
    crate::engine::sort::sort_by(&mut others, |a, b| {
        a.reached > b.reached || (a.reached == b.reached && a.value > b.value)
    });
    let close_call = others.first().is_some_and(|r| {
        r.reached == found.best.reached
            && found.best.value - r.value < c.model.close_call * found.best.value
    });
    let plan = |w: &Weighed| build(cx, inputs, &search, w, w, None);
    Decision {
        plan: chosen,
        alternatives: others.iter().map(plan).collect(),
        close_call,
    }
}

/// The plan money could buy, when it serves a group the budget already
/// reaches in full better than `best` does. It does exactly when the
/// budget cannot buy it: one that served as well for no more money would
/// have been chosen in its place (on a tie, the cheaper plan wins).
fn beyond(search: &Search, best: &Weighed, budget: Option<u64>) -> Option<Beyond> {
    let ideal = search.within(UNLIMITED).best;
    let everyone = best.reached == search.n;
    (everyone && budget.is_some_and(|b| ideal.cost > b)).then(|| Beyond {
        formats: ideal.formats(),
        cost: ideal.cost,
    })
}

/// The best mix of each kind other than the chosen one's, of approaches
/// that fit the answers well enough to be worth weighing.
fn rivals(found: &Found, quality: &Quality) -> Vec<Weighed> {
    let chosen = found.best.kind();
    let fits = |w: &&Weighed| {
        let c = w
            .mix
            .coaching
            .is_none_or(|(o, _)| o.formats().all(|f| quality.may_add(f)));
        let m = w
            .mix
            .mentoring
            .is_none_or(|(t, _)| quality.may_add(t.format));
        c && m
    };
    found
        .by_kind
        .iter()
        .flatten()
        .filter(|w| w.kind() != chosen)
        .filter(fits)
        .copied()
        .collect()
}

/// The plan a weighed mix describes; its formats are those of `shape`,
/// which is the mix itself unless the mix reaches nobody. `everyone` is
/// what reaching everyone takes, when people wait for a budget: the plan
/// at the least budget that reaches them all.
fn build(
    cx: &Context,
    inputs: &Inputs,
    search: &Search,
    w: &Weighed,
    shape: &Weighed,
    everyone: Option<(u64, Weighed)>,
) -> Plan {
    let res = &cx.resources;
    let n = inputs.participants;
    let (coached, mentored) = (w.coached(), w.mentored());
    let coaching = shape
        .mix
        .coaching
        .filter(|(_, c)| *c > 0)
        .map(|(o, _)| (o, coached));
    let parts = mentoring_parts(w, shape);
    let mentoring = parts.first().map(|(t, _)| (*t, mentored));
    let extra = parts.get(1).copied();
    let waiting = n - w.reached;
    let full = needs(everyone);
    let (scheme_step, mentoring_step) = tier_steps(search, res, inputs.budget, &parts, w);
    Plan {
        // The shape always reaches someone (see `decide_for`).
        kind: w.kind().or(shape.kind()).unwrap_or(Kind::Coaching),
        participants: n,
        budget: inputs.budget,
        coached,
        mentored,
        reached: w.reached,
        waiting,
        cost: w.cost,
        coaching_cost: coaching.map_or(0, |(o, c)| o.cost(c)),
        scheme_cost: search.prices.scheme_cost_of(&parts),
        funding_gap: match inputs.budget {
            Some(b) => full.budget.saturating_sub(b),
            None => 0,
        },
        mentors_needed: mentors_needed(res, &parts),
        mentors_likely: res.mentors,
        mentor_shortfall: shortfall(res, &parts, waiting),
        mentors_counted: res.mentors_counted,
        mentors_unknown: res.mentors_unknown,
        mentors_paid: res.mentors_paid,
        mentor_time_cost: parts.iter().map(|(t, m)| t.time_cost(*m)).sum(),
        mentor_time_full: full.mentor_time,
        full_formats: full.formats,
        mentors_short: parts
            .iter()
            .any(|(t, _)| t.format == Format::MentoringCircles)
            && res.mentors.saturating_mul(search.prices.pairs.ratio) < mentored,
        coaching_format: coaching.map(|(o, _)| o.main.format),
        coaching_offer: coaching.map(|(o, _)| o.main),
        coaching_extra: coaching
            .and_then(|(o, c)| Some((o.extra?, o.split(c).1)))
            .filter(|(_, c)| *c > 0),
        mentoring_format: mentoring.map(|(t, _)| t.format),
        mentoring_terms: mentoring.map(|(t, _)| t),
        mentoring_extra: extra,
        scheme_step,
        mentoring_step,
        preference: inputs.preference,
        preference_overridden: overridden(
            inputs.preference,
            coaching.map(|(o, _)| o.main.format),
            parts.iter().map(|(t, _)| t.format),
        ),
        preference_reason: None,
        beyond: None,
        others: 0,
        coached_group: match inputs.goal {
            _ if coaching.is_some_and(|(o, _)| !search.quality.serves_goal(o.main.format)) => None,
            "" => Some("hybrid.coached.any".into()),
            goal => Some(format!("hybrid.coached.{goal}")),
        },
    }
}

/// The shape's mentoring formats, with the mix's mentees (the same mix
/// unless it reaches nobody).
fn mentoring_parts(w: &Weighed, shape: &Weighed) -> Vec<(MentorTerms, u64)> {
    let parts = shape.mix.mentoring_parts();
    match shape == w {
        true => parts,
        false => parts.iter().map(|(t, _)| (*t, 0)).collect(),
    }
}

/// The mentors the mentoring parts rely on. A counted pool in pairs is
/// used in full, up to a mentor per mentee: each of them holds what their
/// mentee came for (a retiring expert's knowledge, say), so none is left
/// out to save a mentor; the circles beside them keep theirs.
fn mentors_needed(res: &Resources, parts: &[(MentorTerms, u64)]) -> u64 {
    let least = |t: &MentorTerms, m: u64| t.mentors(m);
    let circles: u64 = parts
        .iter()
        .filter(|(t, _)| t.format != Format::MentoringPairs)
        .map(|(t, m)| least(t, *m))
        .sum();
    let pairs = parts
        .iter()
        .filter(|(t, _)| t.format == Format::MentoringPairs)
        .map(|(t, m)| match res.mentors_counted {
            true => least(t, *m).max((*m).min(res.mentors.saturating_sub(circles))),
            false => least(t, *m),
        });
    circles + pairs.sum::<u64>()
}

/// The tier steps the plan's words explain: the one people wait on
/// ([`Plan::scheme_step`]), or the one that leaves some of those reached
/// unmentored ([`Plan::mentoring_step`]).
fn tier_steps(
    search: &Search,
    res: &Resources,
    budget: Option<u64>,
    parts: &[(MentorTerms, u64)],
    w: &Weighed,
) -> (Option<u64>, Option<u64>) {
    let n = search.n;
    let unspent = budget.map(|b| b.saturating_sub(w.cost));
    let waiting = n - w.reached;
    let next = next_mentee(search, res, parts);
    // People wait while money is left: the step is more than what is left.
    let scheme = next
        .filter(|(step, _)| unspent.is_some_and(|u| waiting > 0 && u > 0 && *step > u))
        .map(|(step, _)| step);
    // Everyone is reached, some mentored: the next mentee moves the scheme
    // to a dearer tier that what is left does not cover.
    let some = next
        .filter(|_| waiting == 0 && (1..n).contains(&w.mentored()))
        .filter(|(step, moves)| *moves && unspent.is_none_or(|u| *step > u))
        .map(|(step, _)| step);
    (scheme, some)
}

/// What one more mentee (in the last part: circles beside pairs, or in
/// circles) adds to the scheme and the mentors' paid time, the cheaper of the two, where the
/// mentors could take them, and whether it moves the scheme to another
/// tier; `None` where the mentors could not.
fn next_mentee(
    search: &Search,
    res: &Resources,
    parts: &[(MentorTerms, u64)],
) -> Option<(u64, bool)> {
    let prices = search.prices;
    let mut next = parts.to_vec();
    next.last_mut()?.1 += 1;
    let mut in_circles = parts.to_vec();
    in_circles.push((prices.circles, 1));
    // Circles only where the search would form them (as it did for any
    // circles the plan has).
    let circles_ok = search.forms_circles();
    let mentors = |p: &[(MentorTerms, u64)]| p.iter().map(|(t, m)| t.mentors(*m)).sum::<u64>();
    let tier = prices.scheme_tier_of(parts);
    [Some(next), circles_ok.then_some(in_circles)]
        .iter()
        .flatten()
        .filter(|p| mentors(p) <= res.mentors)
        .map(|p| {
            // The next mentee's paid time too: what going past costs.
            let step = prices.mentoring_cost_of(p) - prices.mentoring_cost_of(parts);
            (step, prices.scheme_tier_of(p) != tier)
        })
        .min_by_key(|(step, _)| *step)
}

/// Extra mentors needed to reach everyone in the plan's formats, when
/// one more mentee would need a mentor there is not and people wait:
/// those waiting join the last part (the circles, beside pairs).
fn shortfall(res: &Resources, parts: &[(MentorTerms, u64)], waiting: u64) -> u64 {
    let last = parts.len().saturating_sub(1);
    let least = |extra: u64| -> u64 {
        let each = parts.iter().enumerate();
        each.map(|(i, (t, m))| t.mentors(m + if i == last { extra } else { 0 }))
            .sum()
    };
    match waiting > 0 && !parts.is_empty() && least(1) > res.mentors {
        true => least(waiting).saturating_sub(res.mentors),
        false => 0,
    }
}

/// What reaching everyone takes.
struct Needs {
    /// The least budget that reaches everyone (0 when nobody waits).
    budget: u64,
    /// What the mentors' paid hours come to when everyone is reached.
    mentor_time: u64,
    /// The formats of the plan that reaches everyone.
    formats: Vec<Format>,
}

/// From the plan at the least budget that reaches everyone.
fn needs(everyone: Option<(u64, Weighed)>) -> Needs {
    match everyone {
        None => Needs {
            budget: 0,
            mentor_time: 0,
            formats: Vec::new(),
        },
        Some((budget, w)) => Needs {
            budget,
            mentor_time: w
                .mix
                .mentoring_parts()
                .iter()
                .map(|(t, m)| t.time_cost(*m))
                .sum(),
            formats: w.formats(),
        },
    }
}

/// Parts not in the shape the organisation would rather have.
fn overridden(
    p: Option<Preference>,
    coaching: Option<Format>,
    mut mentoring: impl Iterator<Item = Format>,
) -> Vec<&'static str> {
    let Some(p) = p else { return Vec::new() };
    let off = |f: Format| f.in_groups() != (p == Preference::Group);
    let coached = coaching.is_some_and(off).then_some("coaching");
    let mentored = mentoring.any(off).then_some("mentoring");
    [coached, mentored].into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_util::recommend_json;

    #[test]
    fn a_plan_that_reaches_nobody_names_the_formats_it_would_use_and_their_gap() {
        // No budget and no mentors: nothing can start.
        let json = r#"{"goal":"skill","audience":"managers","participants":40,"budget":0,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant"}"#;
        let p = recommend_json(json).plan;
        assert_eq!((p.reached, p.cost), (0, 0));
        assert_eq!(p.kind, Kind::Coaching);
        let f = p.coaching_format.expect("a format to start with");
        let o = p.coaching_offer.unwrap();
        assert_eq!(p.funding_gap, o.cost(40), "priced in {f:?}");
    }

    #[test]
    fn the_kind_is_what_the_plan_contains() {
        for json in [
            r#"{"goal":"skill","audience":"managers","participants":10,"budget":70000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant"}"#,
            r#"{"goal":"career","audience":"everyone","participants":40,"budget":0,"duration":"ongoing","driver":"participant","mentors":"many","path":"essential"}"#,
        ] {
            let p = recommend_json(json).plan;
            let kind = match (p.coached > 0, p.mentored > 0) {
                (true, true) => Kind::Hybrid,
                (true, false) => Kind::Coaching,
                (false, _) => Kind::Mentoring,
            };
            assert_eq!(p.kind, kind, "{json}");
        }
    }
}

//! The plan: who gets what this year, in which format, at what cost, who
//! still waits, and what reaching everyone would need. The kind follows fit;
//! budget and mentor supply are applied here, once, as constraints.

use super::costs::{CostModel, Offer, Reach};
use super::inputs::{Inputs, Preference};
use super::kind::{fit_kind, Kind};
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;

/// This year's plan. All amounts are whole units of the config's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub participants: u64,
    /// `None` while the budget is not decided: the plan is then the one
    /// that reaches everyone it can, and `cost` is what that takes.
    pub budget: Option<u64>,
    /// Participants coached this year, in any format.
    pub coached: u64,
    /// Participants mentored this year, in any format.
    pub mentored: u64,
    /// Participants this year's plan does not reach yet.
    pub waiting: u64,
    pub cost: u64,
    /// Extra yearly budget needed to reach everyone in these formats.
    pub funding_gap: u64,
    pub mentors_needed: u64,
    pub mentors_likely: u64,
    /// Extra mentors needed to reach everyone.
    pub mentor_shortfall: u64,
    /// The mentors were counted (`mentor_pool`): a fixed pool, so more
    /// mentors cannot simply be recruited.
    pub mentors_counted: bool,
    /// The mentors' hours are paid working time, and costed.
    pub mentors_paid: bool,
    /// What this year's mentors' paid hours cost (0 when volunteered).
    pub mentor_time_cost: u64,
    /// What the mentors' paid hours for everyone would cost.
    pub mentor_time_full: u64,
    pub coaching_format: Option<Format>,
    /// The coaching format's prices, when the plan has a coaching part.
    pub coaching_offer: Option<Offer>,
    pub mentoring_format: Option<Format>,
    /// The `format` answer; `None` with no preference.
    pub preference: Option<Preference>,
    /// Parts whose format differs from the preference because another
    /// format reaches more people: `coaching`, `mentoring`.
    pub preference_overridden: Vec<&'static str>,
    /// Text key naming whom a hybrid coaches first: by goal (those who
    /// need the skill soonest, those you most want to keep), never a
    /// claim about who the audience is.
    pub coached_group: String,
}

impl Plan {
    /// Format ids, coaching first.
    pub fn formats(&self) -> Vec<&'static str> {
        [self.coaching_format, self.mentoring_format]
            .into_iter()
            .flatten()
            .map(Format::id)
            .collect()
    }

    /// Nobody waits and nothing more is needed.
    pub fn reaches_everyone(&self) -> bool {
        self.waiting == 0
    }
}

/// The fit kind, except that a hybrid with no mentors to be had at all is
/// coaching: its mentoring half could never start.
fn staffable_kind(c: &Config, m: &CostModel, gap: i32) -> Kind {
    match fit_kind(c, gap) {
        Kind::Hybrid if m.mentors_likely == 0 => Kind::Coaching,
        k @ (Kind::Hybrid | Kind::Coaching | Kind::Mentoring) => k,
    }
}

/// The kind and its plan. Coaching and mentoring fits keep their kind
/// whatever the budget. A split fit is a hybrid when both halves reach
/// someone; with no mentors at all it is coaching, and while the budget
/// cannot yet pay for any coaching after mentoring it is mentoring. So a
/// larger budget can only move mentoring → hybrid, never back.
pub fn decide(c: &Config, inputs: &Inputs, gap: i32) -> (Kind, Plan) {
    let m = CostModel::new(c, inputs);
    let Some(budget) = inputs.budget else {
        return unbudgeted(c, inputs, &m, gap);
    };
    let plan = |kind| plan(c, inputs, &m, kind, budget);
    match staffable_kind(c, &m, gap) {
        Kind::Hybrid => {
            let p = plan(Kind::Hybrid);
            if p.coached > 0 {
                (Kind::Hybrid, p)
            } else {
                (Kind::Mentoring, plan(Kind::Mentoring))
            }
        }
        k @ (Kind::Coaching | Kind::Mentoring) => (k, plan(k)),
    }
}

/// With no budget decided, money is no constraint: the kind follows fit
/// (a hybrid with no mentors at all is coaching), and the plan is the one
/// that reaches everyone the likely mentors allow, in the cheapest formats,
/// so its cost is the figure to budget for. There is no funding gap.
fn unbudgeted(c: &Config, inputs: &Inputs, m: &CostModel, gap: i32) -> (Kind, Plan) {
    let kind = staffable_kind(c, m, gap);
    let mut p = plan(
        c,
        inputs,
        m,
        kind,
        reach_cost(c, m, inputs.participants, kind),
    );
    p.budget = None;
    p.funding_gap = 0;
    (kind, p)
}

/// What a plan of `kind` costs when it reaches all `n` people the likely
/// mentors allow: coaching in the cheaper format, mentoring for everyone a
/// mentor can take, and in a hybrid both, with coaching for the focus group.
pub fn reach_cost(c: &Config, m: &CostModel, n: u64, kind: Kind) -> u64 {
    let mentoring = m.mentoring(n, u64::MAX).cost;
    match kind {
        Kind::Coaching => m.coach_all_cost(n),
        Kind::Mentoring => mentoring,
        Kind::Hybrid => mentoring.saturating_add(m.coach_all_cost(focus(c, m, n))),
    }
}

/// How many a hybrid means to coach: `hybrid_coached_share` of the group
/// (rounded up, at least one), or everyone the likely mentors cannot take
/// if that is more, so nobody is left waiting for a mentor who does not
/// exist while money could coach them.
fn focus(c: &Config, m: &CostModel, participants: u64) -> u64 {
    let share = (participants as f64 * c.model.hybrid_coached_share).ceil() as u64;
    let unmentored = participants - m.mentorable(participants);
    share.max(unmentored).clamp(1, participants.max(1))
}

/// This year's plan for `kind`. In a hybrid the coaching goes first to the
/// people no mentor can take, so coached and mentored add up to who is
/// reached.
fn plan(c: &Config, inputs: &Inputs, m: &CostModel, kind: Kind, budget: u64) -> Plan {
    let n = inputs.participants;
    let (coach, mentor) = match kind {
        Kind::Coaching => (Some(m.coaching(n, budget)), None),
        Kind::Mentoring => (None, Some(m.mentoring(n, budget))),
        Kind::Hybrid => {
            // Mentoring first: coaching only gets money once every mentee
            // the mentors can take is funded, so counts only grow with budget.
            let mentor = m.mentoring(n, budget);
            let funded = mentor.reached == m.mentorable(n);
            let rest = if funded { budget - mentor.cost } else { 0 };
            (Some(m.coaching(focus(c, m, n), rest)), Some(mentor))
        }
    };
    let get = |r: Option<Reach>, f: fn(&Reach) -> u64| r.as_ref().map_or(0, f);
    let (coached, mentored) = (get(coach, |r| r.reached), get(mentor, |r| r.reached));
    let full = get(coach, |r| r.full_cost).saturating_add(get(mentor, |r| r.full_cost));
    Plan {
        participants: n,
        budget: Some(budget),
        coached,
        mentored,
        // A hybrid mentors everyone it can and coaches a focus group; those
        // two may overlap, so only people in neither count as waiting.
        waiting: n - n.min(coached + mentored),
        cost: get(coach, |r| r.cost) + get(mentor, |r| r.cost),
        funding_gap: full.saturating_sub(budget),
        mentors_needed: get(mentor, |r| r.mentors),
        mentors_likely: m.mentors_likely,
        mentor_shortfall: get(mentor, |r| r.mentors_full).saturating_sub(m.mentors_likely),
        mentors_counted: m.mentors_counted,
        mentors_paid: m.pairs.mentor_cost + m.circles.mentor_cost > 0,
        mentor_time_cost: get(mentor, |r| r.mentor_time_cost),
        mentor_time_full: get(mentor, |r| r.mentor_time_full),
        coaching_format: coach.map(|r| r.format),
        coaching_offer: coach.and_then(|r| r.offer),
        mentoring_format: mentor.map(|r| r.format),
        preference: m.preference,
        preference_overridden: [(coach, "coaching"), (mentor, "mentoring")]
            .into_iter()
            .filter(|(r, _)| r.is_some_and(|r| r.preference_overridden))
            .map(|(_, part)| part)
            .collect(),
        coached_group: match inputs.goal {
            "" => "hybrid.coached.any".into(),
            goal => format!("hybrid.coached.{goal}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::config::types::Supply;
    use crate::engine::test_util::inputs_for;

    const SPLIT: &str = r#"{"goal":"leadership","audience":"managers","participants":40,"budget":90000,"duration":"year","driver":"shared","expertise":"few","path":"helpful"}"#;

    #[test]
    fn a_split_fit_with_no_mentors_at_all_is_coaching_not_mentoring() {
        let mut c = Config::default_config();
        let none = Supply {
            per_participant: 0.0,
            max: 0,
        };
        c.costs.mentor_supply.insert("few", none);
        let (kind, plan) = decide(&c, &inputs_for(&c, SPLIT), 0);
        assert_eq!(kind, Kind::Coaching);
        assert_eq!(
            (plan.coached, plan.mentored, plan.mentors_likely),
            (40, 0, 0)
        );
        assert_eq!(plan.formats(), ["group_coaching"]);
    }

    #[test]
    fn a_split_fit_with_a_few_mentors_coaches_the_people_no_mentor_can_take() {
        let c = Config::default_config();
        let (kind, plan) = decide(&c, &inputs_for(&c, SPLIT), 0);
        assert_eq!(kind, Kind::Hybrid);
        // Two likely mentors take two circles of six; the other 28 are
        // coached in groups, more than the usual quarter.
        assert_eq!(plan.mentors_likely, 2);
        assert_eq!((plan.mentored, plan.coached, plan.waiting), (12, 28, 0));
        assert_eq!(plan.cost, 5_000 + 1_200 + 28 * 2_000);
    }
}

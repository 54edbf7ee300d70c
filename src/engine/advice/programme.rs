//! One plan across several groups, as a consultant plans tracks that share
//! a budget and a pool of mentors: in priority order, each group gets the
//! best plan for its own goal and audience from what the groups before it
//! left. So a higher-priority group is never worse off because a lower one
//! exists, and a mentor one group relies on is not counted again. With
//! the budget not decided, each group gets the budget its own plan needs,
//! and the programme's is their sum. One group is exactly the
//! single-group recommendation.

use super::answers::{Answer, AnswerError, Answers};
use super::asked::asked_answers;
use super::groups::{per_group, Grouped};
use super::id;
use super::inputs::Inputs;
use super::kind::Kind;
use super::plan::Plan;
use super::recommend::{recommend_with, Recommendation};
use super::resources::Resources;
use super::timeline::Quarter;
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;
use crate::engine::sort::each_once;

/// One group's part of the programme.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupPlan {
    pub name: String,
    /// The group's answers with the shared ones, the budget as this group
    /// planned with it (what the groups before it left).
    pub answers: Answers,
    pub recommendation: Recommendation,
}

/// The programme: each group's plan, in priority order, and the totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub groups: Vec<GroupPlan>,
    pub totals: Totals,
}

/// The whole programme's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub participants: u64,
    pub reached: u64,
    /// People this year's plans do not reach yet, in all groups.
    pub waiting: u64,
    /// The groups in which people wait, by index.
    pub waiting_groups: Vec<usize>,
    pub cost: u64,
    /// `None` while the budget is not decided: `cost` is then the budget
    /// to plan for, the sum of each group's.
    pub budget: Option<u64>,
    /// Mentors the plans rely on, each counted once.
    pub mentors_needed: u64,
    /// Mentors the organisation has, counted or estimated for everyone the
    /// programme names.
    pub mentors_likely: u64,
    pub coached: u64,
    pub mentored: u64,
    /// What reaching everyone in every group would take beyond the plans.
    pub funding_gap: u64,
}

/// One group's quarter in the programme's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    pub group: usize,
    pub quarter: Quarter,
}

impl Programme {
    /// What the programme contains, as a plan's kind says it.
    pub fn kind(&self) -> Kind {
        let plans = || self.groups.iter().map(|g| &g.recommendation.plan);
        match (
            plans().any(|p| p.coached > 0),
            plans().any(|p| p.mentored > 0),
        ) {
            (true, true) => Kind::Hybrid,
            (true, false) => Kind::Coaching,
            (false, true) => Kind::Mentoring,
            // Nobody reached yet: the first group's plan names what it would start with.
            (false, false) => self
                .groups
                .first()
                .map_or(Kind::Coaching, |g| g.recommendation.kind),
        }
    }

    /// The groups' timelines as one: quarter by quarter, and within a
    /// quarter the groups in priority order.
    pub fn sequence(&self) -> Vec<Track> {
        let mut out: Vec<Track> = Vec::new();
        for (group, g) in self.groups.iter().enumerate() {
            for quarter in &g.recommendation.timeline {
                out.push(Track {
                    group,
                    quarter: quarter.clone(),
                });
            }
        }
        crate::engine::sort::sort_by(&mut out, |a, b| {
            (a.quarter.number, a.group) < (b.quarter.number, b.group)
        });
        out
    }
}

/// What the groups planned so far take of the shared budget and people.
#[derive(Debug, Clone, Copy, Default)]
struct Used {
    cost: u64,
    mentors: u64,
    internal: u64,
    managers: u64,
}

impl Used {
    fn add(&mut self, p: &Plan) {
        self.cost = self.cost.saturating_add(p.cost);
        self.mentors = self.mentors.saturating_add(p.mentors_needed);
        self.internal = self
            .internal
            .saturating_add(coached_in(p, Format::InternalCoaching));
        self.managers = self
            .managers
            .saturating_add(coached_in(p, Format::ManagerCoaching));
    }

    /// What is left of `pool` for the next group.
    fn left_of(&self, pool: Resources) -> Resources {
        Resources {
            mentors: pool.mentors.saturating_sub(self.mentors),
            internal_capacity: pool.internal_capacity.saturating_sub(self.internal),
            manager_capacity: pool.manager_capacity.saturating_sub(self.managers),
            ..pool
        }
    }
}

/// People `p` coaches in `format` as its main coaching format (those
/// beyond its capacity are coached in another).
fn coached_in(p: &Plan, format: Format) -> u64 {
    match p.coaching_format {
        Some(f) if f == format => p
            .coached
            .saturating_sub(p.coaching_extra.map_or(0, |(_, n)| n)),
        _ => 0,
    }
}

/// The plan for every group, highest priority first, from one budget and
/// one pool of people. Errors name the group of a per-group answer
/// (`groups[1].goal`).
pub fn plan_programme(c: &Config, g: &Grouped) -> Result<Programme, Vec<AnswerError>> {
    let count = g.groups.len().max(1);
    let all: Vec<Answers> = (0..count).map(|i| g.answers_of(i)).collect();
    let everyone = all
        .iter()
        .map(|a| a.number(id::PARTICIPANTS).unwrap_or(1))
        .fold(0u64, u64::saturating_add);
    let budget = g.shared.number(id::BUDGET);
    let mut used = Used::default();
    let mut groups = Vec::new();
    let mut errors = Vec::new();
    let mut likely = None;
    for (i, given) in all.into_iter().enumerate() {
        let pool = match pool_for(c, &given, everyone) {
            Ok(p) => p,
            Err(e) => {
                errors.extend(named(c, i, count, e));
                continue;
            }
        };
        likely.get_or_insert(pool.mentors);
        let mut answers = given;
        if let Some(b) = budget {
            answers.set(id::BUDGET, Answer::Number(b.saturating_sub(used.cost)));
        }
        match recommend_with(c, &answers, Some(used.left_of(pool))) {
            Ok(r) => {
                used.add(&r.plan);
                groups.push(GroupPlan {
                    name: g.groups.get(i).map(|g| g.name.clone()).unwrap_or_default(),
                    answers,
                    recommendation: r,
                });
            }
            Err(e) => errors.extend(named(c, i, count, e)),
        }
    }
    if !errors.is_empty() {
        // A shared answer's error once, not once per group.
        return Err(each_once(errors));
    }
    share_budget(&mut groups, budget);
    let totals = totals(&groups, budget, likely.unwrap_or(0));
    Ok(Programme { groups, totals })
}

/// Each group was planned with what the groups before it left; its words
/// set its cost against the whole budget, and only the last group says
/// what the programme leaves unspent (a group's leftover is the next
/// group's to plan with, not idle).
fn share_budget(groups: &mut [GroupPlan], budget: Option<u64>) {
    let Some(total) = budget else {
        return;
    };
    let last = groups.len().saturating_sub(1);
    let mut before = 0u64;
    for (i, g) in groups.iter_mut().enumerate() {
        let plan = &mut g.recommendation.plan;
        plan.budget = Some(total);
        plan.others = match i == last {
            true => before,
            false => total.saturating_sub(plan.cost),
        };
        before = before.saturating_add(plan.cost);
    }
}

/// The organisation's people as this group's answers give them, worked
/// out for everyone the programme names: how many could mentor is a share
/// of them, not of one group.
fn pool_for(c: &Config, given: &Answers, everyone: u64) -> Result<Resources, Vec<AnswerError>> {
    let asked = asked_answers(c, given);
    let mut inputs = Inputs::new(c, &asked)?;
    inputs.participants = everyone;
    Ok(Resources::new(c, &inputs))
}

fn totals(groups: &[GroupPlan], budget: Option<u64>, mentors_likely: u64) -> Totals {
    let plans = || groups.iter().map(|g| &g.recommendation.plan);
    let sum = |f: fn(&Plan) -> u64| plans().map(f).fold(0u64, u64::saturating_add);
    Totals {
        participants: sum(|p| p.participants),
        reached: sum(|p| p.reached),
        waiting: sum(|p| p.waiting),
        waiting_groups: plans()
            .enumerate()
            .filter(|(_, p)| p.waiting > 0)
            .map(|(i, _)| i)
            .collect(),
        cost: sum(|p| p.cost),
        budget,
        mentors_needed: sum(|p| p.mentors_needed),
        mentors_likely,
        coached: sum(|p| p.coached),
        mentored: sum(|p| p.mentored),
        funding_gap: sum(|p| p.funding_gap),
    }
}

/// With several groups, a per-group answer's error names its group.
fn named(c: &Config, i: usize, count: usize, errors: Vec<AnswerError>) -> Vec<AnswerError> {
    errors
        .into_iter()
        .map(|mut e| {
            if count > 1 && per_group(c, &e.question) {
                e.question = format!("groups[{i}].{}", e.question);
            }
            e
        })
        .collect()
}

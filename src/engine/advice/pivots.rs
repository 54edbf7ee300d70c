//! Pivots: the one change to an answer the organisation controls (a
//! lever) that would change the kind, the budget from which everyone is
//! reached, and a first group (a pilot) this year's means reach in full.

use super::answers::{Answer, Answers};
use super::asked::asked_answers;
use super::inputs::{id, Inputs};
use super::kind::Kind;
use super::plan::{Context, Plan};
use super::score::score;
use super::what_if::{first_true, nice};
use crate::engine::config::types::{Config, QuestionKind};

/// A change to one answer the organisation controls (a lever) and what it
/// would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pivot {
    /// Another option of a lever choice question changes the kind.
    Choice {
        question: String,
        option: String,
        kind: Kind,
    },
    /// From this yearly budget up, everyone named is reached, in a plan of
    /// this kind.
    BudgetAtLeast { budget: u64, kind: Kind },
    /// A first cohort of this size is reached in full this year, with this
    /// kind. Only that size is promised: a smaller group can need more money
    /// when it rounds to fewer mentors.
    Cohort { participants: u64, kind: Kind },
}

pub fn pivots(cx: &Context, answers: &Answers, plan: &Plan) -> Vec<Pivot> {
    let c = cx.config;
    let range = |id: &str| c.question(id).map_or((0, u64::MAX), |q| q.range());
    let (b_max, p_min) = (range(id::BUDGET).1, range(id::PARTICIPANTS).0.max(1));
    let mut out = Vec::new();
    if let Some(b) = plan.budget.filter(|_| !plan.reaches_everyone()) {
        out.extend(budget_for_everyone(cx, b, b_max));
        out.extend(cohort(cx, p_min));
    }
    out.extend(choice_pivots(c, answers, plan.kind));
    out
}

/// The yearly budget from which everyone named is reached: people reached
/// only grow with budget, so the edge is found by bisection, then rounded
/// up to a readable figure.
fn budget_for_everyone(cx: &Context, budget: u64, b_max: u64) -> Option<Pivot> {
    let n = cx.inputs.participants;
    let at = |b| cx.decide_with(Some(b), n).plan;
    let all = |b| at(b).reaches_everyone();
    if !all(b_max) {
        return None;
    }
    let edge = nice(first_true(budget, b_max, all), true).min(b_max);
    Some(Pivot::BudgetAtLeast {
        budget: edge,
        kind: at(edge).kind,
    })
}

/// A first cohort this year's budget and mentors reach in full: near the
/// largest, found by binary search (reaching everyone mostly gets harder as
/// the group grows), rounded down to a readable number when that still
/// holds, and always checked before it is offered. Only a pilot's size is
/// suggested: past that, the plan itself says whom this year reaches.
fn cohort(cx: &Context, p_min: u64) -> Option<Pivot> {
    let budget = cx.inputs.budget;
    let at = |n| cx.decide_with(budget, n).plan;
    let fails = |n| !at(n).reaches_everyone();
    let first_fail = first_true(p_min, cx.inputs.participants, fails);
    let n = first_fail
        .checked_sub(1)
        .filter(|n| *n >= p_min && !fails(*n))?;
    let shown = Some(nice(n, false)).filter(|s| *s >= p_min && !fails(*s));
    let shown = shown.unwrap_or(n);
    (shown <= cx.config.model.pilot_max).then(|| Pivot::Cohort {
        participants: shown,
        kind: at(shown).kind,
    })
}

/// Other options of lever choice questions that change the kind, heaviest
/// question first.
/// `answers` are all given, asked or not: another option can bring a
/// follow-up into play, and then its answer counts.
fn choice_pivots(c: &Config, answers: &Answers, kind: Kind) -> Vec<Pivot> {
    let mut levers: Vec<_> = c
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice && q.lever)
        .collect();
    crate::engine::sort::sort_by(&mut levers, |a, b| a.weight > b.weight);
    let mut out = Vec::new();
    for q in levers {
        for o in q
            .options
            .iter()
            .filter(|o| answers.choice(&q.id) != Some(o.id.as_str()))
        {
            let mut changed = answers.clone();
            changed.set(q.id.clone(), Answer::Choice(o.id.clone()));
            let changed = asked_answers(c, &changed);
            let Ok(i) = Inputs::new(c, &changed) else {
                continue;
            };
            let scored = score(c, &i);
            let k = Context::new(c, &i, &scored).decide().plan.kind;
            if k != kind {
                out.push(Pivot::Choice {
                    question: q.id.clone(),
                    option: o.id.clone(),
                    kind: k,
                });
            }
        }
    }
    out
}

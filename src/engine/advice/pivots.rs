//! Pivots: the one change to an answer the organisation controls (a
//! lever) that would change the kind, the budget from which it would, and
//! a first cohort this year's means reach in full.

use super::answers::{Answer, Answers};
use super::asked::asked_answers;
use super::inputs::Inputs;
use super::kind::Kind;
use super::plan::{decide, Plan};
use super::score::score;
use super::what_if::{first_true, nice, with_numbers};
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
    /// From this yearly budget up, the kind changes.
    BudgetAtLeast { budget: u64, kind: Kind },
    /// A first cohort of this size is reached in full this year, with this
    /// kind. Only that size is promised: a smaller group can need more money
    /// when it rounds to fewer mentors.
    Cohort { participants: u64, kind: Kind },
}

pub fn pivots(
    c: &Config,
    answers: &Answers,
    inputs: &Inputs,
    gap: i32,
    now: (Kind, &Plan),
) -> Vec<Pivot> {
    let (kind, plan) = now;
    let (b, p) = (inputs.budget, inputs.participants);
    let range = |id: &str| c.question(id).map_or((0, u64::MAX), |q| q.range());
    let (b_max, p_min) = (range("budget").1, range("participants").0.max(1));
    let at_b = |x| with_numbers(c, inputs, gap, Some(x), p).0;
    let mut out = Vec::new();
    // More budget can only move mentoring → hybrid (see `decide`); with no
    // budget decided there is no budget to change.
    if let Some(b) = b.filter(|_| at_b(b_max) > kind) {
        let t = nice(first_true(b, b_max, &|x| at_b(x) > kind), true).min(b_max);
        out.push(Pivot::BudgetAtLeast {
            budget: t,
            kind: at_b(t),
        });
    }
    if !plan.reaches_everyone() {
        out.extend(cohort(c, inputs, gap, p_min));
    }
    out.extend(choice_pivots(c, answers, kind));
    out
}

/// A first cohort this year's budget and mentors reach in full: near the
/// largest, found by binary search (reaching everyone mostly gets harder as
/// the group grows), rounded down to a readable number when that still
/// holds, and always checked before it is offered.
fn cohort(c: &Config, inputs: &Inputs, gap: i32, p_min: u64) -> Option<Pivot> {
    let at = |n| with_numbers(c, inputs, gap, inputs.budget, n);
    let fails = |n| !at(n).1.reaches_everyone();
    let first_fail = first_true(p_min, inputs.participants, &fails);
    let n = first_fail
        .checked_sub(1)
        .filter(|n| *n >= p_min && !fails(*n))?;
    let shown = Some(nice(n, false)).filter(|s| *s >= p_min && !fails(*s));
    let shown = shown.unwrap_or(n);
    Some(Pivot::Cohort {
        participants: shown,
        kind: at(shown).0,
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
            let k = decide(c, &i, score(c, &i).gap()).0;
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

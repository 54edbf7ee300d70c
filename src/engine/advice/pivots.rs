//! Pivots: the one change to an answer the organisation controls (a
//! lever) that would change the kind, and the budget from which everyone
//! is reached.

use super::answers::{Answer, Answers};
use super::asked::asked_answers;
use super::explore::budget_edges;
use super::id;
use super::inputs::Inputs;
use super::kind::Kind;
use super::plan::{Context, Plan};
use super::score::score;
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
}

pub fn pivots(cx: &Context, answers: &Answers, plan: &Plan) -> Vec<Pivot> {
    let c = cx.config;
    let range = |id: &str| c.question(id).map_or((0, u64::MAX), |q| q.range());
    let b_max = range(id::BUDGET).1;
    let mut out = Vec::new();
    if !plan.reaches_everyone() {
        out.extend(budget_for_everyone(cx, plan, b_max));
    }
    out.extend(choice_pivots(c, answers, plan.kind));
    out
}

/// The yearly budget from which everyone named is reached: the least one,
/// as the explorer marks it on its budget control (one search, one figure).
fn budget_for_everyone(cx: &Context, plan: &Plan, b_max: u64) -> Option<Pivot> {
    let (_, everyone) = budget_edges(cx);
    let edge = everyone.filter(|e| plan.budget.is_some_and(|b| *e > b) && *e <= b_max)?;
    let at = cx.decide_with(Some(edge), cx.inputs.participants).plan;
    at.reaches_everyone().then_some(Pivot::BudgetAtLeast {
        budget: edge,
        kind: at.kind,
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
            let cx = Context::new(c, &i, &scored);
            let k = cx.decide_with(i.budget, i.participants).plan.kind;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::recommend;
    use crate::engine::test_util::{answers, cfg};

    #[test]
    fn no_budget_to_reach_everyone_is_named_beyond_what_the_budget_question_takes() {
        // 100 executives, 5 mentors and $100,000: $570,350 reaches them all.
        let json = r#"{"goal":"leadership","audience":"executives","participants":100,"budget":100000,"duration":"year","driver":"organisation","mentors":5,"path":"unimportant"}"#;
        let named = |c: &Config| {
            let r = recommend(c, &answers(json)).unwrap();
            assert!(!r.plan.reaches_everyone());
            r.pivots
                .iter()
                .any(|p| matches!(p, Pivot::BudgetAtLeast { .. }))
        };
        let mut c = cfg();
        assert!(named(&c));
        // A consultancy whose budget question stops at $300,000.
        let budget = c.questions.iter_mut().find(|q| q.id == id::BUDGET);
        budget.unwrap().max = Some(300_000);
        assert!(!named(&c));
    }
}

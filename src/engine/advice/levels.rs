//! While the budget is not decided: what a few readable yearly budgets
//! would buy, so the results can frame the budget conversation.

use super::inputs::Inputs;
use super::kind::Kind;
use super::plan::Plan;
use super::what_if::{first_true, nice, with_numbers};
use crate::engine::config::types::Config;

/// What one yearly budget would buy, shown while the budget is not decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub budget: u64,
    pub kind: Kind,
    pub plan: Plan,
}

/// While the budget is not decided: readable budgets that reach about a
/// quarter and about half of the group, then what the plan costs in full.
/// People reached only grow with budget, so the search is sound and each
/// level reaches at least as many as the one before.
pub fn levels(c: &Config, inputs: &Inputs, gap: i32, plan: &Plan) -> Vec<Level> {
    let (full, n) = (plan.cost, inputs.participants);
    if inputs.budget.is_some() || full == 0 {
        return Vec::new();
    }
    let at = |b| with_numbers(c, inputs, gap, Some(b), n);
    let reaching = |share: u64| {
        let target = n.div_ceil(share);
        let b = first_true(1, full, &|b| n - at(b).1.waiting >= target);
        nice(b, true).min(full)
    };
    let mut budgets = vec![reaching(4), reaching(2), full];
    budgets.dedup();
    budgets
        .into_iter()
        .map(|budget| {
            let (kind, plan) = at(budget);
            Level { budget, kind, plan }
        })
        .collect()
}

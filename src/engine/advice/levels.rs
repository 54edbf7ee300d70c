//! While the budget is not decided: what a few readable yearly budgets
//! would buy, so the results can frame the budget conversation.

use super::kind::Kind;
use super::plan::{Context, Plan};
use super::search::UNLIMITED;
use super::what_if::{first_true, nice};

/// What one yearly budget would buy, shown while the budget is not decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub budget: u64,
    pub kind: Kind,
    pub plan: Plan,
}

/// While the budget is not decided: readable budgets that reach about a
/// quarter, about half and all of those the plan reaches, then what the
/// plan costs in full (which may serve them better), then what the best
/// plan money could buy costs, when that is more: the plan to budget for
/// stops where more money serves them little better, and a consultant
/// shows the full option beside it.
/// People reached only grow with budget, so the search is sound and each
/// level reaches at least as many as the one before.
pub fn levels(cx: &Context, plan: &Plan) -> Vec<Level> {
    let (full, n) = (plan.cost, cx.inputs.participants);
    if plan.budget.is_some() || full == 0 {
        return Vec::new();
    }
    let at = |b| cx.decide_with(Some(b), n).plan;
    let reaching = |share: u64| {
        let target = plan.reached.div_ceil(share);
        let b = first_true(0, full, &|b| at(b).reached >= target);
        nice(b, true).min(full)
    };
    let best = at(UNLIMITED).cost;
    let mut budgets = vec![reaching(4), reaching(2), reaching(1), full];
    budgets.extend((best > full).then(|| nice(best, true)));
    budgets.dedup();
    budgets
        .into_iter()
        .map(|budget| {
            let plan = at(budget);
            Level {
                budget,
                kind: plan.kind,
                plan,
            }
        })
        .collect()
}

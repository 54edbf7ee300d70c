//! The cost assumptions behind a plan, in words, for the printed report: a
//! CFO reading it should see which prices and ratios produced the figures,
//! for the formats this plan uses only.

use super::formatter::Formatter;
use super::template::fill;
use crate::engine::advice::plan::Plan;
use crate::engine::config::types::Config;

/// Text keys the assumptions use.
pub const ASSUMPTION_TEXT_KEYS: &[&str] = &[
    "report.assume.individual_coaching",
    "report.assume.group_coaching",
    "report.assume.internal_coaching",
    "report.assume.manager_coaching",
    "report.assume.mentor_time",
    "report.assume.duration",
    "report.assume.mentoring",
    "report.assume.mentoring_pairs",
    "report.assume.mentoring_circles",
];

/// One sentence per assumption the plan rests on, in the order its
/// figures are built: coaching price, duration, mentoring costs, ratio.
/// The prices are the plan's own, so the report cannot state another
/// format's price than the one the plan is costed in.
pub fn cost_assumptions(c: &Config, locale: &str, f: &dyn Formatter, plan: &Plan) -> Vec<String> {
    let say = |key: &str, vars: &[(&str, &str)]| fill(c.text(locale, key), vars);
    let money = |n: u64| f.money(n);
    let costs = &c.costs;
    let mut out = Vec::new();
    if let Some(o) = plan.coaching_offer {
        out.push(say(
            &format!("report.assume.{}", o.format.id()),
            &[("price", &money(o.year)), ("min", &o.min.to_string())],
        ));
        if o.price != o.year && o.year > 0 {
            // Whole percent in integers: printing an f64 brought 14 KB of
            // float formatting into the wasm.
            let share = format!("{}%", (o.price * 100 + o.year / 2) / o.year);
            out.push(say("report.assume.duration", &[("share", &share)]));
        }
    }
    if let Some(format) = plan.mentoring_format {
        out.push(say(
            "report.assume.mentoring",
            &[
                ("programme", &money(costs.mentoring_programme)),
                ("per_mentee", &money(costs.mentoring_per_mentee)),
            ],
        ));
        let ratio = format.mentoring(costs).map_or(1, |m| m.mentees_per_mentor);
        out.push(say(
            &format!("report.assume.{}", format.id()),
            &[("n", &ratio.to_string())],
        ));
        if plan.mentor_time_cost > 0 {
            out.push(say(
                "report.assume.mentor_time",
                &[
                    ("hour", &money(costs.mentor_hour)),
                    ("cost", &money(plan.mentor_time_cost)),
                ],
            ));
        }
    }
    out
}

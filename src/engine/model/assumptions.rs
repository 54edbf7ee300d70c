//! The cost assumptions behind a plan, in words, for the printed report: a
//! CFO reading it should see which prices and ratios produced the figures,
//! for the formats this plan uses only.

use super::answers::Answers;
use super::config::Config;
use super::costs::Format;
use super::format::{fill, Formatter};
use super::plan::Plan;

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
pub fn cost_assumptions(
    c: &Config,
    locale: &str,
    f: &dyn Formatter,
    answers: &Answers,
    plan: &Plan,
) -> Vec<String> {
    let say = |key: &str, vars: &[(&str, &str)]| fill(c.text(locale, key), vars);
    let money = |n: u64| f.money(n);
    let costs = &c.costs;
    let mut out = Vec::new();
    if let Some(f) = plan.coaching_format {
        let format = match f {
            Format::GroupCoaching => &costs.group_coaching,
            _ => &costs.individual_coaching,
        };
        let price = answers
            .choice("audience")
            .and_then(|a| format.per_head.get(a))
            .copied()
            .unwrap_or(0);
        out.push(say(
            &format!("report.assume.{}", f.id()),
            &[
                ("price", &money(price)),
                ("min", &format.min_group.to_string()),
            ],
        ));
        let factor = answers
            .choice("duration")
            .and_then(|d| costs.duration_factor.get(d))
            .copied()
            .unwrap_or(1.0);
        if factor != 1.0 {
            // Whole percent as an integer: printing an f64 brought 14 KB of
            // float formatting into the wasm.
            let share = format!("{}%", (factor * 100.0).round() as u64);
            out.push(say("report.assume.duration", &[("share", &share)]));
        }
    }
    if let Some(f) = plan.mentoring_format {
        out.push(say(
            "report.assume.mentoring",
            &[
                ("programme", &money(costs.mentoring_programme)),
                ("per_mentee", &money(costs.mentoring_per_mentee)),
            ],
        ));
        let ratio = match f {
            Format::MentoringCircles => costs.mentoring_circles.mentees_per_mentor,
            _ => costs.mentoring_pairs.mentees_per_mentor,
        };
        out.push(say(
            &format!("report.assume.{}", f.id()),
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

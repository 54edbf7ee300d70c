//! This year's plan in figures, the same numbers the why states, and each
//! approach on its own for comparison.

use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::{Config, Plan, Recommendation, Words};

/// `config` has the texts the engine words the comparison from.
pub fn estimate(t: &Texts, rec: &Recommendation, config: &Config) -> Html {
    estimate_at(t, rec, config, ["h3", "h4"])
}

/// [`estimate`] with its title and the levels' title at `headings`, so a
/// group's plan sits under the group's heading.
pub fn estimate_at(
    t: &Texts,
    rec: &Recommendation,
    config: &Config,
    headings: [&'static str; 2],
) -> Html {
    let [title, levels_title] = headings;
    let p = &rec.plan;
    let words = Words::new(config, t.locale(), t.formatter());
    let comparison = words.comparison(rec);
    let figures = plan_figures(t, p).into_iter().map(|(key, value)| {
        html! {
            <div class="pf-figure" key={key}>
                { el("dt", "pf-figure__name", t.get(&format!("ui.estimate.{key}"))) }
                { el("dd", "pf-figure__value", value) }
            </div>
        }
    });
    html! {
        <section class="pf-block pf-estimate">
            { el(title, "pf-subheading", t.get("ui.estimate.title")) }
            <dl class="pf-figures" aria-label={t.get("ui.estimate.figures")}>{ for figures }</dl>
            if !rec.levels.is_empty() {
                { el(levels_title, "pf-estimate__levels-title", t.get("ui.estimate.levels")) }
                <ul class="pf-estimate__levels">
                    { for rec.levels.iter().map(|l| el("li", "", t.phrase(&words.level(l)))) }
                </ul>
            }
            { el("p", "pf-estimate__summary", t.phrase(&comparison)) }
        </section>
    }
}

/// The plan's figures as `(text key suffix, value)`: those that say
/// something for this plan's kind, shared by the screen and the report.
pub fn plan_figures(t: &Texts, p: &Plan) -> Vec<(&'static str, String)> {
    // With no budget decided, the figure says so (the question allows it,
    // so its "unknown" text exists).
    let budget = match p.budget {
        Some(b) => t.money(b),
        None => t.get("q.budget.opt.unknown"),
    };
    // Figures that are zero for this plan's kind say nothing; the counts
    // that matter for the plan stay even when zero.
    [
        ("budget", budget, true),
        ("cost", t.money(p.cost), true),
        ("coached", t.number(p.coached), p.coaching_format.is_some()),
        (
            "mentored",
            t.number(p.mentored),
            p.mentoring_format.is_some(),
        ),
        ("waiting", t.number(p.waiting), true),
        ("funding_gap", t.money(p.funding_gap), p.funding_gap > 0),
        (
            "mentors_needed",
            t.number(p.mentors_needed),
            p.mentoring_format.is_some(),
        ),
        (
            "mentors_likely",
            t.number(p.mentors_likely),
            p.mentoring_format.is_some() && !p.mentors_counted,
        ),
        (
            "mentors_counted",
            t.number(p.mentors_likely),
            p.mentoring_format.is_some() && p.mentors_counted,
        ),
        (
            "mentor_shortfall",
            t.number(p.mentor_shortfall),
            p.mentor_shortfall > 0,
        ),
    ]
    .into_iter()
    .filter(|(_, _, shown)| *shown)
    .map(|(key, value, _)| (key, value))
    .collect()
}

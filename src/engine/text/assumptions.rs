//! The cost assumptions behind a plan, in words, for the printed report: a
//! CFO reading it should see which prices and ratios produced the figures,
//! for the formats this plan uses only, and each figure as the plan uses
//! it: the price of its own coaching format, the scheme's cost for its own
//! number of mentees, the mentors' time as paid or volunteered.

use super::formatter::Formatter;
use super::template::fill;
use super::words::count_key;
use crate::engine::advice::plan::Plan;
use crate::engine::advice::prices::MentorTerms;
use crate::engine::config::types::Config;

/// Fills a text key with named values, in the report's locale.
type Say<'a> = &'a dyn Fn(&str, &[(&str, &str)]) -> String;

/// Text keys the assumptions use.
pub const ASSUMPTION_TEXT_KEYS: &[&str] = &[
    "report.assume.individual_coaching",
    "report.assume.coaching_package",
    "report.assume.group_coaching",
    "report.assume.team_coaching",
    "report.assume.internal_coaching",
    "report.assume.manager_coaching",
    "report.assume.duration",
    "report.assume.scheme",
    "report.assume.scheme_free",
    "count.mentees.one",
    "count.mentees.other",
    "report.assume.mentoring_pairs",
    "report.assume.mentoring_circles",
    "report.assume.mentor_time",
    "report.assume.mentor_time_circles",
    "report.assume.mentors_volunteer",
];

/// One sentence per assumption the plan rests on, in the order its
/// figures are built: coaching price, duration, mentoring scheme, ratio,
/// mentors' time.
pub fn cost_assumptions(c: &Config, locale: &str, f: &dyn Formatter, plan: &Plan) -> Vec<String> {
    let say = |key: &str, vars: &[(&str, &str)]| fill(c.text(locale, key), vars);
    let money = |n: u64| f.money(n);
    let mut out = Vec::new();
    let extra = plan.coaching_extra.map(|(o, _)| o);
    for o in plan.coaching_offer.into_iter().chain(extra) {
        let size = match o.team {
            0 => o.min,
            team => team,
        };
        out.push(say(
            &format!("report.assume.{}", o.format.id()),
            &[
                ("price", &money(o.year)),
                ("min", &o.min.to_string()),
                ("size", &size.to_string()),
            ],
        ));
        if o.price != o.year && o.year > 0 {
            // Whole percent in integers: printing an f64 brought 14 KB of
            // float formatting into the wasm.
            let share = format!("{}%", (o.price * 100 + o.year / 2) / o.year);
            out.push(say("report.assume.duration", &[("share", &share)]));
        }
    }
    if plan.mentoring_format.is_some() {
        let count = |n: u64| count_key(c, locale, f, "mentees", n);
        out.extend(mentoring(c, &say, &count, &money, plan));
    }
    out
}

/// The scheme's cost for this plan's mentees, each format's ratio, the
/// mentors' time (in circles beside pairs, their own hours).
fn mentoring(
    c: &Config,
    say: Say,
    count: &dyn Fn(u64) -> String,
    money: &dyn Fn(u64) -> String,
    plan: &Plan,
) -> Vec<String> {
    let people = plan.mentored.to_string();
    let mentees = say(&count(plan.mentored), &[("n", &people)]);
    // The scheme's texts may name its mentees as a number or in words.
    let scheme_say = |key: &str, more: &[(&str, &str)]| {
        let mut vars = vec![("people", people.as_str()), ("mentees", mentees.as_str())];
        vars.extend_from_slice(more);
        say(key, &vars)
    };
    // A plan that mentors nobody yet has no scheme to cost.
    let scheme = (plan.mentored > 0).then(|| match plan.scheme_cost {
        0 => scheme_say("report.assume.scheme_free", &[]),
        cost => scheme_say("report.assume.scheme", &[("cost", &money(cost))]),
    });
    let mut out: Vec<String> = scheme.into_iter().collect();
    let extra = plan.mentoring_extra;
    let formats = plan.mentoring_format.into_iter();
    for format in formats.chain(extra.map(|(t, _)| t.format)) {
        let ratio = format
            .mentoring(&c.costs)
            .map_or(1, |m| m.mentees_per_mentor);
        out.push(say(
            &format!("report.assume.{}", format.id()),
            &[("n", &ratio.to_string())],
        ));
    }
    // Paid time is said to be paid even while nobody is mentored yet. (A
    // volunteered hour costs 0, and so does one a config does not cost.)
    let paid = |t: &MentorTerms| t.hour > 0;
    let Some(t) = plan.mentoring_terms.filter(paid) else {
        out.push(say("report.assume.mentors_volunteer", &[]));
        return out;
    };
    let in_circles = extra.map(|(x, m)| (x.hours, x.time_cost(m)));
    out.push(say(
        "report.assume.mentor_time",
        &[
            ("hour", &money(t.hour)),
            ("hours", &t.hours.to_string()),
            (
                "cost",
                &money(plan.mentor_time_cost - in_circles.map_or(0, |(_, c)| c)),
            ),
        ],
    ));
    out.extend(in_circles.map(|(hours, cost)| {
        say(
            "report.assume.mentor_time_circles",
            &[("hours", &hours.to_string()), ("cost", &money(cost))],
        )
    }));
    out
}

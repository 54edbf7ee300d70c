//! The `complete` event's detail for a programme. One unnamed group gives
//! exactly today's detail. With several, today's fields describe the whole
//! programme (`recommendation` what it contains, `plan` its totals,
//! `answers` the `groups` form, `labels` the shared answers'), `scores`,
//! `reasons` and `pivots` stay those of the first group, and `groups`
//! lists each group's `name`, own `answers`, `labels`, `recommendation`,
//! `scores` and `plan`, in priority order.

use super::attribution::Attribution;
use super::detail::{complete, complete_value, labels, plan};
use super::start::Source;
use crate::engine::advice::groups::Grouped;
use crate::engine::advice::programme::Programme;
use crate::engine::config::types::Config;
use crate::engine::json::Value;
use crate::engine::sort::each_once;
use crate::engine::text::formatter::Formatter;

/// The plan's whole-number fields a programme adds up over its groups.
const SUMMED: [&str; 9] = [
    "coached",
    "mentored",
    "reached",
    "waiting",
    "cost",
    "fundingGap",
    "mentorsNeeded",
    "mentorShortfall",
    "mentorTimeCost",
];

/// `complete`'s detail for programme `p` of answers `g`.
pub fn complete_programme(
    c: &Config,
    p: &Programme,
    g: &Grouped,
    (locale, f): (&str, &dyn Formatter),
    from: (Source, &Attribution),
) -> String {
    let Some(first) = p.groups.first() else {
        return Value::Null.to_json();
    };
    let rec = &first.recommendation;
    let Some(whole) = programme_result(c, p, g, (locale, f)) else {
        return complete(c, rec, &g.answers_of(0), (locale, f), from);
    };
    let mut d = complete_value(c, rec, &g.answers_of(0), (locale, f), from);
    for (key, value) in whole {
        d[key] = value;
    }
    d["labels"] = labels(c, locale, f, &g.shared);
    d.to_json()
}

/// With several groups (or one named), what describes the whole
/// programme in `complete` and the lead payload: `recommendation`, `plan`,
/// `answers` and `groups`. `None` for one unnamed group, whose fields
/// are today's.
pub fn programme_result(
    c: &Config,
    p: &Programme,
    g: &Grouped,
    (locale, f): (&str, &dyn Formatter),
) -> Option<[(&'static str, Value); 4]> {
    if let [only] = p.groups.as_slice() {
        if only.name.is_empty() {
            return None;
        }
    }
    let groups = p
        .groups
        .iter()
        .zip(&g.groups)
        .map(|(gp, group)| {
            let r = &gp.recommendation;
            let scores = Value::object([
                ("coaching", u64::from(r.scores.coaching).into()),
                ("mentoring", u64::from(r.scores.mentoring).into()),
            ]);
            Value::object([
                ("name", (&gp.name).into()),
                ("answers", group.answers.to_value()),
                ("labels", labels(c, locale, f, &group.answers)),
                ("recommendation", r.kind.id().into()),
                ("scores", scores),
                ("plan", plan(r)),
            ])
        })
        .collect();
    Some([
        ("recommendation", p.kind().id().into()),
        ("plan", totals(p)),
        ("answers", g.to_value()),
        ("groups", groups),
    ])
}

/// The groups' plans as one: figures added up, formats each once, the
/// starts of every group marked with its index (0 first), and no
/// alternatives (each group has its own).
fn totals(p: &Programme) -> Value {
    let plans: Vec<Value> = p.groups.iter().map(|g| plan(&g.recommendation)).collect();
    let mut out = Value::object([]);
    for key in SUMMED {
        let sum = plans.iter().filter_map(|v| v[key].as_u64()).sum::<u64>();
        out[key] = sum.into();
    }
    out["mentorsLikely"] = p.totals.mentors_likely.into();
    let each = |v: &Value, key: &str| v[key].as_array().cloned().unwrap_or_default();
    for key in ["formats", "preferenceOverridden"] {
        out[key] = each_once(plans.iter().flat_map(|v| each(v, key)))
            .into_iter()
            .collect();
    }
    let starts = plans.iter().enumerate().flat_map(|(i, v)| {
        each(v, "starts").into_iter().map(move |mut s| {
            s["group"] = i.into();
            s
        })
    });
    out["starts"] = starts.collect();
    out["alternatives"] = Value::Array(Vec::new());
    out["closeCall"] = false.into();
    out
}

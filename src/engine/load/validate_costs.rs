//! The cost tables' meaning: every price keyed by an option the config
//! asks, above 0 so every division is defined, and complete where the
//! model needs a figure for every answer.

use super::path::child;
use super::problems::Errors;
use super::suggest::did_you_mean;
use crate::engine::config::types::Config;

pub(super) fn check_costs(c: &Config, errs: &mut Errors) {
    let costs = &c.costs;
    let internal = [
        ("internal_coaching", costs.internal_coaching.as_ref()),
        ("manager_coaching", costs.manager_coaching.as_ref()),
    ];
    for (name, f) in internal {
        let Some(by_answer) = f.and_then(|f| f.capacity.as_ref()) else {
            continue;
        };
        let at = format!("costs.{name}.capacity");
        check_some_option_keys(c, errs, "internal_coaches", &at, by_answer.keys(), false);
    }
    let offered = internal
        .into_iter()
        .filter_map(|(name, f)| Some((name, f?)));
    for (name, f) in [
        ("individual_coaching", &costs.individual_coaching),
        ("group_coaching", &costs.group_coaching),
    ]
    .into_iter()
    .chain(offered)
    {
        let at = format!("costs.{name}.per_head");
        let complete = f.capacity.is_none();
        check_some_option_keys(c, errs, "audience", &at, f.per_head.keys(), complete);
        for (k, v) in &f.per_head {
            if *v == 0 {
                errs.add(child(&at, k), "must be above 0");
            }
        }
        if f.min_group == 0 {
            errs.add(format!("costs.{name}.min_group"), "must be at least 1");
        }
    }
    for (name, f) in [
        ("mentoring_pairs", &costs.mentoring_pairs),
        ("mentoring_circles", &costs.mentoring_circles),
    ] {
        if f.mentees_per_mentor == 0 {
            errs.add(
                format!("costs.{name}.mentees_per_mentor"),
                "must be at least 1",
            );
        }
    }
    if costs.mentoring_per_mentee == 0 {
        errs.add("costs.mentoring_per_mentee", "must be above 0");
    }
    let factors = "costs.duration_factor";
    check_option_keys(c, errs, "duration", factors, costs.duration_factor.keys());
    for (k, v) in &costs.duration_factor {
        errs.finite_non_negative(&child(factors, k), *v);
    }
    let supply = "costs.mentor_supply";
    check_option_keys(c, errs, "expertise", supply, costs.mentor_supply.keys());
    for (k, v) in &costs.mentor_supply {
        errs.finite_non_negative(
            &child(&child(supply, k), "per_participant"),
            v.per_participant,
        );
    }
}

fn check_option_keys<'a>(
    c: &Config,
    errs: &mut Errors,
    question: &str,
    path: &str,
    keys: impl Iterator<Item = &'a String> + Clone,
) {
    check_some_option_keys(c, errs, question, path, keys, true);
}

/// Keys must be option ids of `question`; with `complete`, every option
/// needs one. Formats offered to some audiences only are not complete.
fn check_some_option_keys<'a>(
    c: &Config,
    errs: &mut Errors,
    question: &str,
    path: &str,
    keys: impl Iterator<Item = &'a String> + Clone,
    complete: bool,
) {
    let Some(q) = c.question(question) else {
        return;
    };
    for o in q.options.iter().filter(|_| complete) {
        if !keys.clone().any(|k| *k == o.id) {
            errs.add(
                path,
                format!("missing entry for {question} option \"{}\"", o.id),
            );
        }
    }
    for k in keys {
        if q.option(k).is_none() {
            errs.add(
                child(path, k),
                format!(
                    "unknown {question} option id{}",
                    did_you_mean(k, q.option_ids())
                ),
            );
        }
    }
}

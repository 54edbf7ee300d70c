//! The cost tables' meaning: every price keyed by an option the config
//! asks, above 0 so every division is defined, and complete where the
//! model needs a figure for every answer.

use super::path::child;
use super::problems::Errors;
use super::suggest::did_you_mean;
use crate::engine::advice::id;
use crate::engine::config::format::{Format, Settings};
use crate::engine::config::types::{Config, SchemeTier};
use crate::engine::dict::Dict;

pub(super) fn check_costs(c: &Config, errs: &mut Errors) {
    check_coaching(c, errs);
    check_mentoring(c, errs);
    let costs = &c.costs;
    let factors = "costs.duration_factor";
    check_option_keys(c, errs, id::DURATION, factors, costs.duration_factor.keys());
    for (k, v) in &costs.duration_factor {
        errs.finite_non_negative(&child(factors, k), *v);
    }
    let supply = "costs.mentor_supply";
    check_some_option_keys(
        c,
        errs,
        id::MENTORS,
        supply,
        costs.mentor_supply.keys(),
        true,
    );
    for (k, v) in &costs.mentor_supply {
        errs.finite_non_negative(
            &child(&child(supply, k), "per_participant"),
            v.per_participant,
        );
    }
    let paid = c.question(id::MENTOR_TIME).is_some();
    let hour = "costs.mentor_hour";
    check_prices(c, errs, hour, &costs.mentor_hour, paid);
}

/// Each coaching format's prices: keyed by audience (complete for the
/// formats every audience is offered), above 0, and its capacity keyed by
/// the answer about the organisation's own coaches.
fn check_coaching(c: &Config, errs: &mut Errors) {
    let costs = &c.costs;
    for format in Format::ALL {
        let name = format.id();
        match format.settings(costs) {
            Settings::Coaching(Some(f)) => {
                let at = format!("costs.{name}.per_head");
                let everyone = matches!(format, Format::IndividualCoaching | Format::GroupCoaching);
                check_prices(c, errs, &at, &f.per_head, everyone);
                if f.min_group == 0 {
                    errs.add(format!("costs.{name}.min_group"), "must be at least 1");
                }
                if let Some(by_answer) = &f.capacity {
                    let question = capacity_question(format);
                    let at = format!("costs.{name}.capacity");
                    check_some_option_keys(c, errs, question, &at, by_answer.keys(), false);
                }
            }
            Settings::Team(Some(t)) => {
                check_prices(
                    c,
                    errs,
                    &format!("costs.{name}.per_team"),
                    &t.per_team,
                    false,
                );
                if t.min_team == 0 || t.min_team > t.max_team {
                    errs.add(
                        format!("costs.{name}.min_team"),
                        "must be at least 1 and at most max_team",
                    );
                }
            }
            Settings::Coaching(None) | Settings::Team(None) | Settings::Mentoring(_) => {}
        }
    }
}

/// Which answer a format's capacity is keyed by.
fn capacity_question(format: Format) -> &'static str {
    match format {
        Format::ManagerCoaching => id::LINE_MANAGERS,
        Format::IndividualCoaching
        | Format::CoachingPackage
        | Format::GroupCoaching
        | Format::TeamCoaching
        | Format::InternalCoaching
        | Format::MentoringPairs
        | Format::MentoringCircles => id::INTERNAL_COACHES,
    }
}

/// Prices keyed by audience, each above 0; `complete` when every audience
/// needs one.
fn check_prices(c: &Config, errs: &mut Errors, at: &str, prices: &Dict<u64>, complete: bool) {
    check_some_option_keys(c, errs, id::AUDIENCE, at, prices.keys(), complete);
    for (k, v) in prices {
        if *v == 0 {
            errs.add(child(at, k), "must be above 0");
        }
    }
}

/// The mentoring formats' ratios and hours, and the scheme's tiers: a
/// last tier that serves any number, and each tier larger than the one
/// before, so every size of scheme has a price.
fn check_mentoring(c: &Config, errs: &mut Errors) {
    let costs = &c.costs;
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
        let at = format!("costs.{name}.mentor_hours");
        check_some_option_keys(c, errs, id::GOAL, &at, f.mentor_hours.keys(), true);
    }
    let tiers = &costs.mentoring_scheme;
    let bounded = |t: &SchemeTier| t.up_to.is_some() || t.mentees_up_to.is_some();
    if tiers.last().is_none_or(bounded) {
        errs.add(
            "costs.mentoring_scheme",
            "needs a last tier without up_to or mentees_up_to, for schemes of any size",
        );
    }
    for (i, pair) in tiers.windows(2).enumerate() {
        match (pair[0].up_to, pair[1].up_to) {
            (None, _) => errs.add(
                format!("costs.mentoring_scheme[{i}].up_to"),
                "is needed on every tier but the last",
            ),
            (Some(a), Some(b)) if b <= a => errs.add(
                format!("costs.mentoring_scheme[{}].up_to", i + 1),
                format!("must be above the tier before's {a}"),
            ),
            _ => {}
        }
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

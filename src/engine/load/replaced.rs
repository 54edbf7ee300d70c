//! Keys an older config may still carry, with what took their place: a
//! consultancy's overlay written for an earlier version says what to
//! change rather than only that a key is unknown.

use crate::engine::config::error::ConfigError;
use crate::engine::json::Value;

const REPLACED: &[(&str, &str)] = &[
    (
        "costs.mentoring_programme",
        "is no longer used: the scheme's cost is costs.mentoring_scheme, in tiers by the scheme's size (see docs/config.md)",
    ),
    (
        "costs.mentoring_per_mentee",
        "is no longer used: the cost per mentee is per_mentee in each tier of costs.mentoring_scheme (see docs/config.md)",
    ),
];

/// What replaced the key at `path`, if it is one an older version had.
pub(super) fn replaced(path: &str) -> Option<&'static str> {
    REPLACED.iter().find(|(p, _)| *p == path).map(|(_, m)| *m)
}

/// Questions an older version asked, with the one that asks it now.
const MERGED_QUESTIONS: &[(&str, &str)] = &[("expertise", "mentors"), ("mentor_pool", "mentors")];

/// A question list naming a question an older version had: what to name
/// instead, one problem each.
pub(super) fn old_questions(patch: &Value) -> Vec<ConfigError> {
    let Some(list) = patch["questions"].as_array() else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let id = q["id"].as_str()?;
            let (_, now) = MERGED_QUESTIONS.iter().find(|(old, _)| *old == id)?;
            Some(ConfigError::new(
                format!("questions[{i}]"),
                format!("the question \"{id}\" is now part of \"{now}\" (a count of mentors, or a rough answer): name \"{now}\" instead"),
            ))
        })
        .collect()
}

/// Texts an older version had: their questions are merged (`expertise`,
/// `mentor_pool`) or their sentences are said otherwise now.
const REMOVED_TEXTS: &[&str] = &[
    "q.expertise.",
    "q.mentor_pool.",
    "plan.need.both",
    "plan.none.mentoring_setup",
    "plan.preference.group.coaching",
    "plan.preference.group.mentoring",
    "plan.preference.one_to_one.coaching",
    "plan.preference.one_to_one.mentoring",
    "report.assume.mentoring",
    "ui.pivot.cohort",
    "why.coaching_no_mentors",
    "why.mentoring_until_budget",
];

/// Texts an older version had for what is never said now, matched whole
/// (`plan.none.mentoring` is also how `plan.none.mentoring_budget`
/// starts): a plan with no mentors names coaching, money always reaches
/// those who wait, and one person not reached has no timeline.
const REMOVED_KEYS: &[&str] = &[
    "plan.none.mentoring",
    "plan.need.mentors",
    "timeline.next_cohort_one",
];

/// Whether `key` is a text an older version had (a prefix ending in a dot
/// covers a question's texts; `plan.need.both` covers its variants).
pub(super) fn removed_text(key: &str) -> bool {
    REMOVED_TEXTS.iter().any(|r| key.starts_with(r)) || REMOVED_KEYS.contains(&key)
}

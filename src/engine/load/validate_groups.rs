//! Groups share the organisation's budget and people, and each has its
//! own size: the questions the plan allocates across groups must be asked
//! once, and the group size for each group.

use super::problems::Errors;
use crate::engine::advice::id;
use crate::engine::config::groups::MOST_GROUPS;
use crate::engine::config::types::Config;

/// What the plan shares across groups: one budget, one pool of mentors
/// (and whether their time is paid), one set of coaches and managers, one
/// launch the groups are sequenced from.
pub const SHARED_QUESTIONS: [&str; 6] = [
    id::BUDGET,
    id::MENTORS,
    id::MENTOR_TIME,
    id::INTERNAL_COACHES,
    id::LINE_MANAGERS,
    id::LAUNCH,
];

/// `groups.max` in range; shared questions not per group; the group size
/// per group.
pub(super) fn check_groups(c: &Config, errs: &mut Errors) {
    if !(1..=MOST_GROUPS).contains(&c.groups.max) {
        errs.add("groups.max", format!("must be from 1 to {MOST_GROUPS}"));
    }
    for (i, q) in c.questions.iter().enumerate() {
        let at = format!("questions[{i}].per_group");
        if q.per_group && SHARED_QUESTIONS.contains(&q.id.as_str()) {
            errs.add(at, "must be false: groups share this answer");
        } else if !q.per_group && q.id == id::PARTICIPANTS {
            errs.add(at, "must be true: each group has its own size");
        }
    }
}

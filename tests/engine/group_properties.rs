//! Property tests of programmes with several groups (issue 27): over any
//! answers, mentors are counted once, the budget holds, a higher-priority
//! group never loses to a lower one, and one group is today's engine.

use program_fit::engine::{plan_programme, recommend, Answer, Answers, Programme};
use proptest::prelude::*;

use crate::util::{answers, cfg, programme_of};

/// `a` with pools that do not grow with the people named: a counted
/// number of mentors and no internal coaches or trained managers.
fn fixed_pools(a: &Answers, mentors: u64) -> Answers {
    let mut b = a.clone();
    b.set("mentors", Answer::Number(mentors));
    b.0.remove("internal_coaches");
    b.0.remove("line_managers");
    b
}

proptest! {
    // Each case plans up to six groups: fewer cases than the single-group
    // properties, the same answer space.
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn one_group_is_the_single_group_engine(a in answers()) {
        let p = plan_programme(cfg(), &programme_of(&[&a])).unwrap();
        let r = recommend(cfg(), &a).unwrap();
        prop_assert_eq!(p.groups.len(), 1);
        prop_assert_eq!(&p.groups[0].recommendation, &r);
        prop_assert_eq!(p.totals.cost, r.plan.cost);
        prop_assert_eq!(p.totals.reached, r.plan.reached);
    }

    /// Each group plans with the mentors the groups before it left, so
    /// all the plans together rely on no more than the organisation has.
    #[test]
    fn no_mentor_is_counted_twice(a in answers(), b in answers(), c in answers()) {
        let p = plan_programme(cfg(), &programme_of(&[&a, &b, &c])).unwrap();
        let mut left = p.totals.mentors_likely;
        for g in &p.groups {
            let plan = &g.recommendation.plan;
            prop_assert_eq!(plan.mentors_likely, left, "{}", g.name);
            prop_assert!(plan.mentors_needed <= left, "{:?}", plan);
            left -= plan.mentors_needed;
        }
        prop_assert!(p.totals.mentors_needed <= p.totals.mentors_likely);
    }

    /// With a budget, every group plans within what the groups before it
    /// left; without one, the programme's budget is the sum of theirs.
    #[test]
    fn the_total_cost_stays_within_the_budget(a in answers(), b in answers(), c in answers()) {
        let p = plan_programme(cfg(), &programme_of(&[&a, &b, &c])).unwrap();
        let costs: u64 = p.groups.iter().map(|g| g.recommendation.plan.cost).sum();
        prop_assert_eq!(p.totals.cost, costs);
        match p.totals.budget {
            Some(budget) => {
                prop_assert!(p.totals.cost <= budget, "{:?}", p.totals);
                // What the groups' words call unspent is what the whole
                // programme leaves, said once.
                let unspent: u64 = p.groups.iter().map(|g| g.recommendation.plan.unspent()).sum();
                prop_assert_eq!(unspent, budget - p.totals.cost);
            }
            None => prop_assert!(p.groups.iter().all(|g| g.recommendation.plan.budget.is_none())),
        }
    }

    /// A lower-priority group never takes from a higher one: with pools
    /// that do not grow with the people named, the first groups' advice is
    /// exactly what it is without the next. A rough `mentors` answer is a
    /// share of everyone named, so another group can only give the first
    /// more mentors to plan with. (Its reach then follows the single-group
    /// search, which by its own rules can reach fewer with more mentors:
    /// see `reach_never_falls_with_more_budget_or_mentors`.)
    #[test]
    fn adding_a_lower_priority_group_never_reduces_a_higher_one(
        a in answers(), b in answers(), c in answers(), m in 0u64..40
    ) {
        let plan = |sets: &[&Answers]| plan_programme(cfg(), &programme_of(sets)).unwrap();
        let (one, two) = (plan(&[&a]), plan(&[&a, &b]));
        let first = |p: &Programme| p.groups[0].recommendation.plan.mentors_likely;
        prop_assert!(first(&two) >= first(&one));
        let (a, b, c) = (fixed_pools(&a, m), fixed_pools(&b, m), fixed_pools(&c, m));
        let (two, three) = (plan(&[&a, &b]), plan(&[&a, &b, &c]));
        // All but who says what the programme leaves unspent (the last).
        let gets = |p: Programme| {
            let mut groups = p.groups;
            groups.iter_mut().for_each(|g| g.recommendation.plan.others = 0);
            groups
        };
        prop_assert_eq!(&gets(three)[..2], &gets(two)[..]);
    }
}

//! Property tests: the model's invariants over all answer combinations.
#![cfg(not(target_arch = "wasm32"))]

use program_fit::engine::{recommend, Answer, Answers, Config, Kind, Pivot};
use proptest::prelude::*;

mod util;

use util::{answers, budget, cfg, opt, participants};

fn gap(a: &Answers) -> i32 {
    let r = recommend(cfg(), a).unwrap();
    i32::from(r.scores.coaching) - i32::from(r.scores.mentoring)
}

fn with(a: &Answers, id: &str, v: Answer) -> Answers {
    let mut b = a.clone();
    b.set(id, v);
    b
}

/// Along `order`, coaching − mentoring must never rise.
fn never_rises(a: &Answers, id: &str, order: &[&str]) -> Result<(), TestCaseError> {
    let gaps: Vec<i32> = order
        .iter()
        .map(|o| gap(&with(a, id, Answer::Choice((*o).into()))))
        .collect();
    prop_assert!(
        gaps.windows(2).all(|w| w[1] <= w[0]),
        "{id} {order:?} gave {gaps:?}"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn deterministic_and_in_range(a in answers()) {
        let r1 = recommend(cfg(), &a).unwrap();
        let r2 = recommend(cfg(), &a).unwrap();
        prop_assert_eq!(&r1, &r2);
        prop_assert!(r1.scores.coaching <= 100 && r1.scores.mentoring <= 100);
        prop_assert!((0.0..=1.0).contains(&r1.position()));
        let coachable = r1.comparison.coachable;
        prop_assert!(coachable.is_none_or(|n| n <= r1.comparison.participants));
        prop_assert_eq!(coachable.is_none(), r1.plan.budget.is_none());
    }

    /// Fit comes from preferences only: budget, group size and expertise
    /// are constraints on the plan, never fit signals.
    #[test]
    fn fit_ignores_budget_participants_and_expertise(a in answers(), b in budget(), n in participants(), e in opt("expertise")) {
        let before = recommend(cfg(), &a).unwrap().scores;
        let changed = with(&with(&with(&a, "budget", Answer::Number(b)), "participants", Answer::Number(n)), "expertise", Answer::Choice(e));
        prop_assert_eq!(recommend(cfg(), &changed).unwrap().scores, before);
    }

    #[test]
    fn agenda_path_and_duration_orderings(a in answers()) {
        never_rises(&a, "driver", &["organisation", "shared", "participant"])?;
        never_rises(&a, "path", &["unimportant", "helpful", "essential"])?;
        never_rises(&a, "duration", &["short", "year", "ongoing"])?;
    }

    /// The invariants of the public `plan` contract.
    #[test]
    fn plans_are_always_true(a in answers()) {
        let r = recommend(cfg(), &a).unwrap();
        let (p, n) = (&r.plan, r.plan.participants);
        if let Some(budget) = p.budget {
            prop_assert!(p.cost <= budget, "{:?}", p);
        }
        prop_assert!(p.mentors_needed <= p.mentors_likely, "{:?}", p);
        prop_assert!(p.coached + p.mentored + p.waiting >= n, "{:?}", p);
        prop_assert!(p.coached <= n && p.mentored <= n && p.waiting <= n, "{:?}", p);
        if p.waiting > 0 {
            prop_assert!(p.funding_gap > 0 || p.mentor_shortfall > 0, "{:?}", p);
        }
        match r.kind {
            Kind::Mentoring => prop_assert_eq!(p.coached, 0),
            Kind::Coaching => prop_assert_eq!(p.mentored, 0),
            Kind::Hybrid => prop_assert!(p.coached > 0 && p.mentored > 0, "{:?}", p),
        }
        prop_assert_eq!(p.mentors_needed == 0, p.mentored == 0);
        prop_assert!(!p.formats().is_empty());
    }

    /// With no budget decided there is no cost ≤ budget limit; instead the
    /// plan is exactly what its own cost buys (set the budget to that cost
    /// and kind, counts and cost stay the same), so nobody waits for money
    /// and no funding gap is named. The budget levels beside it rise, stay
    /// within their budgets, never reach fewer, and end at that plan.
    #[test]
    fn an_unknown_budget_plans_what_its_cost_buys(a in answers()) {
        let a = with(&a, "budget", Answer::Choice("unknown".into()));
        let r = recommend(cfg(), &a).unwrap();
        let p = &r.plan;
        prop_assert_eq!(p.budget, None);
        prop_assert_eq!(p.funding_gap, 0);
        // A budget above the question's range cannot be entered to compare.
        prop_assume!(p.cost <= cfg().question("budget").unwrap().range().1);
        let at_cost = recommend(cfg(), &with(&a, "budget", Answer::Number(p.cost))).unwrap();
        prop_assert_eq!(at_cost.kind, r.kind);
        let counts = |p: &program_fit::engine::Plan| (p.coached, p.mentored, p.waiting, p.cost);
        prop_assert_eq!(counts(&at_cost.plan), counts(p));
        let budget_pivot = r.pivots.iter().any(|x| matches!(x, Pivot::BudgetAtLeast { .. }));
        prop_assert!(!budget_pivot, "{:?}", r.pivots);
        let reached = |p: &program_fit::engine::Plan| p.participants - p.waiting;
        for pair in r.levels.windows(2) {
            prop_assert!(pair[0].budget < pair[1].budget, "{:?}", r.levels);
            prop_assert!(reached(&pair[0].plan) <= reached(&pair[1].plan), "{:?}", r.levels);
        }
        for l in &r.levels {
            prop_assert!(l.plan.cost <= l.budget && reached(&l.plan) > 0, "{:?}", l);
        }
        match r.levels.last() {
            Some(top) => prop_assert_eq!((top.budget, counts(&top.plan)), (p.cost, counts(p))),
            None => prop_assert_eq!(p.cost, 0),
        }
    }

    /// The kind follows fit: a clear lead keeps its kind at any budget, and
    /// a split fit is a hybrid unless there are no mentors at all (coaching)
    /// or no money yet for any coaching (mentoring).
    #[test]
    fn kind_follows_fit_within_what_is_feasible(a in answers()) {
        let r = recommend(cfg(), &a).unwrap();
        let gap = i32::from(r.scores.coaching) - i32::from(r.scores.mentoring);
        let p = &r.plan;
        match r.kind {
            Kind::Coaching => prop_assert!(gap >= 15 || p.mentors_likely == 0, "{gap} {:?}", p),
            Kind::Mentoring => prop_assert!(gap <= -15 || (gap < 15 && p.coached == 0), "{gap}"),
            Kind::Hybrid => prop_assert!(gap.abs() < 15, "{gap}"),
        }
        if p.mentors_likely == 0 && gap > -15 {
            prop_assert_ne!(r.kind, Kind::Mentoring, "no mentors, yet mentoring");
        }
    }

    /// No cliffs: more budget never moves the kind back (only mentoring →
    /// hybrid is possible) and never lowers a count.
    #[test]
    fn more_budget_only_adds(a in answers(), b1 in budget(), b2 in budget()) {
        let (lo, hi) = (b1.min(b2), b1.max(b2));
        let r_lo = recommend(cfg(), &with(&a, "budget", Answer::Number(lo))).unwrap();
        let r_hi = recommend(cfg(), &with(&a, "budget", Answer::Number(hi))).unwrap();
        prop_assert!(r_lo.kind <= r_hi.kind, "{lo}→{hi}: {:?}→{:?}", r_lo.kind, r_hi.kind);
        prop_assert!(r_lo.kind == r_hi.kind || (r_lo.kind, r_hi.kind) == (Kind::Mentoring, Kind::Hybrid));
        prop_assert!(r_lo.plan.coached <= r_hi.plan.coached, "{lo}→{hi}: {:?} {:?}", r_lo.plan, r_hi.plan);
        prop_assert!(r_lo.plan.mentored <= r_hi.plan.mentored, "{lo}→{hi}: {:?} {:?}", r_lo.plan, r_hi.plan);
        prop_assert!(r_lo.plan.waiting >= r_hi.plan.waiting);
    }

    /// A dollar either side of any budget never changes the kind by more
    /// than the one mentoring → hybrid step.
    #[test]
    fn a_dollar_never_flips_back(a in answers(), b in 1u64..5_000_000) {
        let kind = |x| recommend(cfg(), &with(&a, "budget", Answer::Number(x))).unwrap().kind;
        let (k0, k1, k2) = (kind(b - 1), kind(b), kind(b + 1));
        prop_assert!(k0 <= k1 && k1 <= k2, "{:?} {:?} {:?}", k0, k1, k2);
    }

    #[test]
    fn pivots_tell_the_truth(a in answers()) {
        let r = recommend(cfg(), &a).unwrap();
        for p in &r.pivots {
            match p {
                Pivot::Choice { question, option, kind } => {
                    prop_assert!(cfg().question(question).unwrap().lever);
                    prop_assert_ne!(*kind, r.kind);
                    let k = recommend(cfg(), &with(&a, question, Answer::Choice(option.clone()))).unwrap().kind;
                    prop_assert_eq!(k, *kind, "{:?}", p);
                }
                Pivot::BudgetAtLeast { budget, kind } => {
                    prop_assert!(r.plan.budget.is_some_and(|b| *budget > b));
                    prop_assert_ne!(*kind, r.kind);
                    let k = recommend(cfg(), &with(&a, "budget", Answer::Number(*budget))).unwrap().kind;
                    prop_assert_eq!(k, *kind, "{:?}", p);
                }
                Pivot::Cohort { participants, kind } => {
                    prop_assert!(r.plan.waiting > 0, "a cohort pivot only when people wait");
                    prop_assert!(*participants < r.plan.participants);
                    let s = recommend(cfg(), &with(&a, "participants", Answer::Number(*participants))).unwrap();
                    prop_assert_eq!(s.plan.waiting, 0, "{:?}", p);
                    prop_assert_eq!(s.kind, *kind);
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_config_parser(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Config::from_json(&text);
    }

    #[test]
    fn mutated_default_configs_never_panic(pos in 0..=program_fit::engine::DEFAULT_CONFIG_JSON.len(), junk in "[-0-9a-z\\[\\]{}\":,.]{0,6}") {
        let base = program_fit::engine::DEFAULT_CONFIG_JSON;
        let pos = (0..=pos).rev().find(|p| base.is_char_boundary(*p)).unwrap_or(0);
        let text = format!("{}{}{}", &base[..pos], junk, &base[pos..]);
        if let Ok(c) = Config::from_json(&text) {
            let (a, _) = Answers::from_json_lenient(&c, r#"{"goal":"skill","participants":5,"budget":1000}"#);
            let _ = recommend(&c, &a);
        }
    }

    #[test]
    fn typed_numbers_never_panic_and_round_trip(s in "\\PC{0,24}", n in 0u64..=1_000_000_000) {
        let budget = cfg().question("budget").unwrap();
        let _ = program_fit::engine::parse_number(budget, &s);
        prop_assert_eq!(program_fit::engine::parse_number(budget, &n.to_string()), Ok(n));
        let thousands = format!("{}k", n / 1000);
        prop_assert_eq!(program_fit::engine::parse_number(budget, &thousands), Ok(n / 1000 * 1000));
    }

    #[test]
    fn untrusted_answer_json_never_panics(s in ".{0,64}", n in any::<i64>()) {
        let _ = Answers::from_json_lenient(cfg(), &s);
        let _ = Answers::from_json_lenient(cfg(), &format!(r#"{{"participants":{n},"budget":"{s}"}}"#));
    }
}

//! The published personas and a few other organisations, end to end.
#![cfg(not(target_arch = "wasm32"))]

use program_fit::engine::{recommend, Answers, Config, Kind, Lean, Pivot, Region};

fn answers(json: &str) -> Answers {
    let cfg = Config::default_config();
    let (a, errs) = Answers::from_json_lenient(&cfg, json);
    assert!(errs.is_empty(), "{errs:?}");
    a
}

fn run(json: &str) -> program_fit::engine::Recommendation {
    recommend(&Config::default_config(), &answers(json)).expect("complete answers")
}

const P1: &str = r#"{"goal":"leadership","audience":"executives","participants":6,"budget":90000,"duration":"short","driver":"organisation","expertise":"few","path":"unimportant"}"#;
const P2: &str = r#"{"goal":"career","audience":"everyone","participants":400,"budget":20000,"duration":"ongoing","driver":"participant","expertise":"many","path":"essential"}"#;
const P3: &str = r#"{"goal":"leadership","audience":"managers","participants":120,"budget":150000,"duration":"year","driver":"shared","expertise":"some","path":"helpful"}"#;

#[test]
fn persona_1_small_executive_group_gets_coaching() {
    let r = run(P1);
    assert_eq!(r.kind, Kind::Coaching);
    assert!(
        r.scores.coaching > r.scores.mentoring + 30,
        "{:?}",
        r.scores
    );
    assert_eq!(r.estimate.coachable, 6);
    assert!(r.hybrid.is_none());
}

#[test]
fn persona_2_large_open_career_programme_gets_mentoring() {
    let r = run(P2);
    assert_eq!(r.kind, Kind::Mentoring);
    assert!(
        r.scores.mentoring > r.scores.coaching + 30,
        "{:?}",
        r.scores
    );
    assert_eq!(r.estimate.mentors_needed, 200);
    assert!(r.estimate.mentors_likely >= r.estimate.mentors_needed);
}

#[test]
fn persona_3_mid_size_manager_programme_gets_hybrid_with_groups() {
    let r = run(P3);
    assert_eq!(r.kind, Kind::Hybrid);
    let plan = r.hybrid.expect("a hybrid says who gets what");
    assert!(plan.coached >= 1 && plan.coached < 120, "{plan:?}");
    assert_eq!(plan.coached + plan.mentored, 120);
    assert!(plan.coaching_cost + plan.mentoring_cost <= 150_000);
    assert_eq!(plan.coached_group, "hybrid.coached.managers");
}

#[test]
fn reasons_are_ordered_by_weight_and_tied_to_answers() {
    let r = run(P1);
    assert!(r
        .reasons
        .windows(2)
        .all(|w| w[0].pull.abs() >= w[1].pull.abs()));
    assert_eq!(
        r.reasons.len(),
        7,
        "one per choice question (6) plus the budget"
    );
    let driver = r.reasons.iter().find(|x| x.question == "driver").unwrap();
    assert_eq!(driver.lean, Lean::Coaching);
    assert_eq!(driver.text, "reason.driver.organisation");
    let p2 = run(P2);
    assert_eq!(p2.reasons[0].lean, Lean::Mentoring);
    let budget = p2.reasons.iter().find(|x| x.question == "budget").unwrap();
    assert_eq!(budget.text, "reason.budget.low");
}

#[test]
fn estimate_reports_capacity_and_cost() {
    let r = run(P3);
    let e = &r.estimate;
    assert_eq!(e.coaching_cost_per_participant, 6000);
    assert_eq!(e.coachable, 25);
    assert_eq!(e.coach_everyone_cost, 720_000);
    assert_eq!(e.mentor_everyone_cost, 18_000);
    assert_eq!(e.mentors_needed, 60);
    assert_eq!(e.mentors_likely, 30, "'some' expertise covers about half");
    assert!(e.mentors_likely < e.mentors_needed);
}

#[test]
fn coaching_lean_with_thin_budget_becomes_hybrid_not_coaching() {
    // Executives, organisation-led, short: coaching answers, but 40 people on 150k.
    let r = run(
        r#"{"goal":"skill","audience":"executives","participants":40,"budget":150000,"duration":"short","driver":"organisation","expertise":"few","path":"unimportant"}"#,
    );
    assert!(r.scores.coaching > r.scores.mentoring);
    assert_eq!(r.kind, Kind::Hybrid);
    let plan = r.hybrid.unwrap();
    assert_eq!(plan.coached, 9);
    assert_eq!(plan.mentored, 31);
}

#[test]
fn coaching_lean_with_no_budget_is_mentoring_with_a_budget_pivot() {
    let r = run(
        r#"{"goal":"skill","audience":"managers","participants":10,"budget":0,"duration":"short","driver":"organisation","expertise":"some","path":"unimportant"}"#,
    );
    assert_eq!(r.kind, Kind::Mentoring);
    let up = r.pivots.iter().find_map(|p| match p {
        Pivot::BudgetAtLeast { budget, kind } => Some((*budget, *kind)),
        _ => None,
    });
    let (budget, kind) = up.expect("a budget pivot");
    assert!(kind > Kind::Mentoring);
    assert!(budget > 0 && budget <= 60_000, "{budget}");
}

#[test]
fn budget_pivot_threshold_is_real() {
    let cfg = Config::default_config();
    let r = run(P3);
    for p in &r.pivots {
        if let Pivot::BudgetAtLeast { budget, kind } = p {
            let mut a = answers(P3);
            a.set("budget", program_fit::engine::Answer::Number(*budget));
            assert_eq!(recommend(&cfg, &a).unwrap().kind, *kind);
            assert_eq!(*kind, Kind::Coaching);
        }
    }
    assert!(r
        .pivots
        .iter()
        .any(|p| matches!(p, Pivot::BudgetAtLeast { .. })));
    assert!(r.pivots.iter().any(|p| matches!(
        p,
        Pivot::BudgetBelow {
            kind: Kind::Mentoring,
            ..
        }
    )));
}

#[test]
fn choice_pivots_flip_the_kind_when_applied() {
    let cfg = Config::default_config();
    let r = run(P3);
    let choice: Vec<_> = r
        .pivots
        .iter()
        .filter_map(|p| match p {
            Pivot::Choice {
                question,
                option,
                kind,
            } => Some((question, option, kind)),
            _ => None,
        })
        .collect();
    assert!(!choice.is_empty());
    for (q, o, k) in choice {
        let mut a = answers(P3);
        a.set(q.clone(), program_fit::engine::Answer::Choice(o.clone()));
        assert_eq!(recommend(&cfg, &a).unwrap().kind, *k, "{q}={o}");
    }
}

#[test]
fn participants_pivot_for_coaching_group() {
    let r = run(P1);
    let above = r.pivots.iter().find_map(|p| match p {
        Pivot::ParticipantsAbove { participants, kind } => Some((*participants, *kind)),
        _ => None,
    });
    let (n, kind) = above.expect("growing the group eventually changes coaching");
    assert!(kind < Kind::Coaching);
    // The pivot is true where it says it starts, and rounding stays on the
    // safe side: P1's own group and the named threshold still give coaching.
    let with = |people: u64| {
        let mut a = answers(P1);
        a.set("participants", program_fit::engine::Answer::Number(people));
        recommend(&Config::default_config(), &a).unwrap().kind
    };
    assert!(n >= 6, "the threshold {n} lies above P1's 6 people");
    assert_eq!(with(n), Kind::Coaching, "{n} people still get coaching");
    assert_eq!(with(n + 1), kind, "{} people get {kind:?}", n + 1);
}

#[test]
fn venn_matches_follow_answers() {
    let r = run(P1);
    let matched = |id: &str| r.traits.iter().find(|t| t.id == id).unwrap().matched;
    assert!(matched("org_sets_goals"));
    assert!(matched("fixed_term"));
    assert!(matched("budget_caps_capacity"));
    assert!(!matched("mentee_sets_focus"));
    assert!(!matched("same_path"));
    assert!(
        matched("individual"),
        "shared traits with no condition always match"
    );
    let p2 = run(P2);
    let m2 = |id: &str| p2.traits.iter().find(|t| t.id == id).unwrap().matched;
    assert!(m2("volunteer_capacity") && m2("long_term") && m2("same_path"));
    assert!(!m2("org_sets_goals"));
    assert_eq!(
        r.traits
            .iter()
            .filter(|t| t.region == Region::Shared)
            .count(),
        6
    );
}

#[test]
fn position_moves_with_scores() {
    assert_eq!((run(P1).side(), run(P2).side()), ("coaching", "mentoring"));
    assert!(run(P1).position() < 0.3);
    assert!(run(P2).position() > 0.7);
    assert_eq!(run(P3).side(), "middle");
    let p3 = run(P3).position();
    assert!((0.35..=0.65).contains(&p3), "{p3}");
}

#[test]
fn why_key_matches_kind() {
    assert_eq!(run(P1).why_key(), "why.coaching");
    assert_eq!(run(P2).why_key(), "why.mentoring");
    assert_eq!(run(P3).why_key(), "why.hybrid");
}

#[test]
fn split_signals_with_rich_budget_blend_everyone() {
    let r = run(
        r#"{"goal":"leadership","audience":"managers","participants":10,"budget":200000,"duration":"year","driver":"shared","expertise":"many","path":"essential"}"#,
    );
    assert_eq!(r.kind, Kind::Hybrid, "{:?}", r.scores);
    let plan = r.hybrid.clone().unwrap();
    assert!(plan.blended);
    assert_eq!((plan.coached, plan.mentored), (10, 10));
    assert_eq!(r.why_key(), "why.hybrid_all");
}

#[test]
fn incomplete_answers_are_errors_naming_questions() {
    let cfg = Config::default_config();
    let (a, _) = Answers::from_json_lenient(&cfg, r#"{"goal":"skill"}"#);
    let errs = recommend(&cfg, &a).unwrap_err();
    assert_eq!(errs.len(), 7);
    assert_eq!(errs[0].to_string(), "audience: no answer");
}

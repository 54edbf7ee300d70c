//! Property tests: the model's invariants over all answer combinations.
#![cfg(not(target_arch = "wasm32"))]

use program_fit::engine::{recommend, Answer, Answers, Config, Kind, Pivot};
use proptest::prelude::*;
use std::sync::OnceLock;

fn cfg() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(Config::default_config)
}

fn opt(id: &'static str) -> impl Strategy<Value = String> {
    let ids: Vec<String> = cfg()
        .question(id)
        .unwrap()
        .options
        .iter()
        .map(|o| o.id.clone())
        .collect();
    proptest::sample::select(ids)
}

fn budget() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..2_000,
        0u64..200_000,
        0u64..5_000_000,
        0u64..=1_000_000_000
    ]
}

fn participants() -> impl Strategy<Value = u64> {
    prop_oneof![1u64..30, 1u64..1_000, 1u64..=100_000]
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        (opt("goal"), opt("audience"), opt("duration"), opt("driver")),
        (opt("expertise"), opt("path"), participants(), budget()),
    )
        .prop_map(|((g, a, d, dr), (e, p, n, b))| {
            let mut x = Answers::default();
            for (k, v) in [
                ("goal", g),
                ("audience", a),
                ("duration", d),
                ("driver", dr),
                ("expertise", e),
                ("path", p),
            ] {
                x.set(k, Answer::Choice(v));
            }
            x.set("participants", Answer::Number(n));
            x.set("budget", Answer::Number(b));
            x
        })
}

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
        prop_assert!(r1.estimate.coachable <= r1.estimate.participants);
    }

    #[test]
    fn more_budget_never_lowers_the_coaching_lead(a in answers(), b1 in budget(), b2 in budget()) {
        let (lo, hi) = (b1.min(b2), b1.max(b2));
        let g_lo = gap(&with(&a, "budget", Answer::Number(lo)));
        let g_hi = gap(&with(&a, "budget", Answer::Number(hi)));
        prop_assert!(g_hi >= g_lo, "budget {lo}→{hi}: {g_lo}→{g_hi}");
    }

    #[test]
    fn more_participants_at_fixed_budget_never_raise_it(a in answers(), p1 in participants(), p2 in participants()) {
        let (lo, hi) = (p1.min(p2), p1.max(p2));
        let g_lo = gap(&with(&a, "participants", Answer::Number(lo)));
        let g_hi = gap(&with(&a, "participants", Answer::Number(hi)));
        prop_assert!(g_hi <= g_lo, "participants {lo}→{hi}: {g_lo}→{g_hi}");
    }

    #[test]
    fn agenda_path_and_duration_orderings(a in answers()) {
        never_rises(&a, "driver", &["organisation", "shared", "participant"])?;
        never_rises(&a, "path", &["unimportant", "helpful", "essential"])?;
        never_rises(&a, "duration", &["short", "year", "ongoing"])?;
    }

    #[test]
    fn no_plain_coaching_when_budget_coaches_under_half(a in answers()) {
        let r = recommend(cfg(), &a).unwrap();
        if r.estimate.coachable * 2 < r.estimate.participants {
            prop_assert_ne!(r.kind, Kind::Coaching);
        }
    }

    #[test]
    fn hybrid_plans_are_consistent(a in answers()) {
        let r = recommend(cfg(), &a).unwrap();
        prop_assert_eq!(r.hybrid.is_some(), r.kind == Kind::Hybrid);
        if let Some(p) = r.hybrid {
            let n = r.estimate.participants;
            prop_assert!(p.coached >= 1 && p.coached <= n);
            if p.blended {
                prop_assert_eq!((p.coached, p.mentored), (n, n));
            } else {
                prop_assert_eq!(p.coached + p.mentored, n);
                prop_assert!(p.coaching_cost + p.mentoring_cost <= r.estimate.budget);
            }
        }
    }

    #[test]
    fn pivots_tell_the_truth(a in answers()) {
        let r = recommend(cfg(), &a).unwrap();
        for p in &r.pivots {
            let (changed, kind) = match p {
                Pivot::Choice { question, option, kind } => (with(&a, question, Answer::Choice(option.clone())), *kind),
                Pivot::BudgetAtLeast { budget, kind } => (with(&a, "budget", Answer::Number(*budget)), *kind),
                Pivot::BudgetBelow { budget, kind } => (with(&a, "budget", Answer::Number(budget - 1)), *kind),
                Pivot::ParticipantsAtMost { participants, kind } => (with(&a, "participants", Answer::Number(*participants)), *kind),
                Pivot::ParticipantsAbove { participants, kind } => (with(&a, "participants", Answer::Number(participants + 1)), *kind),
            };
            prop_assert_ne!(kind, r.kind, "{:?}", p);
            prop_assert_eq!(recommend(cfg(), &changed).unwrap().kind, kind, "{:?}", p);
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

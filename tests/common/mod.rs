//! What the property tests share: the default config, and a strategy over
//! every complete answer set for it. Each test file uses its own subset.
#![allow(dead_code)]

use program_fit::engine::{Answer, Answers, Config};
use proptest::prelude::*;
use std::sync::OnceLock;

pub fn cfg() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(Config::default_config)
}

pub fn opt(id: &'static str) -> impl Strategy<Value = String> {
    let ids: Vec<String> = cfg()
        .question(id)
        .unwrap()
        .options
        .iter()
        .map(|o| o.id.clone())
        .collect();
    proptest::sample::select(ids)
}

/// Budgets from nothing to the maximum, spread so small ones come up often.
pub fn budget() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..2_000,
        0u64..200_000,
        0u64..5_000_000,
        0u64..=1_000_000_000
    ]
}

/// A budget figure, or (one time in five) "not decided yet".
fn budget_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        4 => budget().prop_map(Answer::Number),
        1 => Just(Answer::Choice("unknown".into())),
    ]
}

pub fn participants() -> impl Strategy<Value = u64> {
    prop_oneof![1u64..30, 1u64..1_000, 1u64..=100_000]
}

/// Every option of every choice question, any group size, any budget.
pub fn answers() -> impl Strategy<Value = Answers> {
    (
        (opt("goal"), opt("audience"), opt("duration"), opt("driver")),
        (
            opt("expertise"),
            opt("path"),
            participants(),
            budget_answer(),
        ),
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
            x.set("budget", b);
            x
        })
}

//! What the integration tests share: the default config, the published
//! personas, answers from JSON or from a case written as the issues write
//! it, and a strategy over every complete answer set for the property
//! tests. Each test file uses its own subset.
#![allow(dead_code)]

mod personas;
#[allow(unused_imports)]
pub use personas::*;

use program_fit::engine::dict::Dict;
use program_fit::engine::{
    plan_programme, recommend, Answer, Answers, Config, Group, Grouped, Programme, Recommendation,
};
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

/// How many could mentor: a count (small ones often) or a rough answer.
fn mentors() -> impl Strategy<Value = Answer> {
    prop_oneof![
        prop_oneof![0u64..30, 0u64..5_000].prop_map(Answer::Number),
        opt("mentors").prop_map(Answer::Choice),
    ]
}

/// Each optional question answered or skipped: paid or volunteered mentor
/// time, internal coaches, trained line managers, a format preference, a
/// launch.
fn follow_ups() -> impl Strategy<Value = Vec<(&'static str, Answer)>> {
    let choice =
        |id: &'static str| proptest::option::of(opt(id).prop_map(move |o| (id, Answer::Choice(o))));
    (
        mentors().prop_map(|a| Some(("mentors", a))),
        choice("mentor_time"),
        choice("internal_coaches"),
        choice("line_managers"),
        choice("format"),
        choice("launch"),
    )
        .prop_map(|(a, b, c, d, e, f)| [a, b, c, d, e, f].into_iter().flatten().collect())
}

/// Every option of every choice question, any group size, any budget, and
/// any further answers.
pub fn answers() -> impl Strategy<Value = Answers> {
    (
        (opt("goal"), opt("audience"), opt("duration"), opt("driver")),
        (opt("path"), participants(), budget_answer()),
        follow_ups(),
    )
        .prop_map(|((g, a, d, dr), (p, n, b), extra)| {
            let mut x = Answers::default();
            for (k, v) in [
                ("goal", g),
                ("audience", a),
                ("duration", d),
                ("driver", dr),
                ("path", p),
            ] {
                x.set(k, Answer::Choice(v));
            }
            x.set("participants", Answer::Number(n));
            x.set("budget", b);
            for (k, v) in extra {
                x.set(k, v);
            }
            x
        })
}

/// Answers from JSON that must be valid for the default config (not
/// necessarily complete).
pub fn json_answers(json: &str) -> Answers {
    let (a, errs) = Answers::from_json_lenient(cfg(), json);
    assert!(errs.is_empty(), "{errs:?}");
    a
}

/// The default config's recommendation for complete answers in JSON.
pub fn recommend_json(json: &str) -> Recommendation {
    recommend(cfg(), &json_answers(json)).expect("complete answers")
}

/// A programme's answers from JSON in either form (flat, or with
/// `groups`), which must be valid for the default config.
pub fn grouped_json(json: &str) -> Grouped {
    let value = program_fit::engine::json::parse(json).expect("JSON");
    let (g, errs) = Grouped::from_value_lenient(cfg(), value);
    assert!(errs.is_empty(), "{errs:?}");
    g
}

/// The default config's programme for complete answers in JSON.
pub fn programme_json(json: &str) -> Programme {
    plan_programme(cfg(), &grouped_json(json)).expect("complete answers")
}

/// Complete answer sets as one programme, in priority order: the first
/// set's shared answers, and each set's per-group answers as a group.
pub fn programme_of(sets: &[&Answers]) -> Grouped {
    let mut out = Grouped::single(cfg(), sets[0]);
    for (i, a) in sets.iter().enumerate().skip(1) {
        let own = Grouped::single(cfg(), a).groups.remove(0).answers;
        out.groups.push(Group {
            name: format!("Group {}", i + 1),
            answers: own,
        });
    }
    out
}

/// The recommendation for a case written as [`spec_answers`] takes it.
pub fn recommend_spec(spec: &str, extra: &str) -> Recommendation {
    recommend(cfg(), &spec_answers(spec, extra)).expect("complete answers")
}

/// A case as the issues write it, `goal/audience/participants/budget/
/// duration/driver/mentors/path` (budget a figure or `unknown`; mentors a
/// count or a rough answer), plus any further answers as JSON members
/// (`,"launch":"soon"`).
pub fn spec_answers(spec: &str, extra: &str) -> Answers {
    let f: Vec<&str> = spec.split('/').collect();
    let number_or_text = |v: &str| match v.parse::<u64>() {
        Ok(n) => n.to_string(),
        Err(_) => format!("\"{v}\""),
    };
    let (budget, mentors) = (number_or_text(f[3]), number_or_text(f[6]));
    let json = format!(
        r#"{{"goal":"{}","audience":"{}","participants":{},"budget":{budget},"duration":"{}","driver":"{}","mentors":{mentors},"path":"{}"{extra}}}"#,
        f[0], f[1], f[2], f[4], f[5], f[7]
    );
    json_answers(&json)
}

/// A language tag no locale file is, or will be, named after: ISO 639-2
/// reserves `qaa` to `qtz` for local use. Tests of what a visitor in an
/// unshipped language sees use it, so shipping French breaks none of them.
pub const UNSHIPPED_LANGUAGE: &str = "qaa";

/// The shipped locales, from `locales/*.json`, by name.
pub fn shipped_locales() -> Vec<String> {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(String::from)
        })
        .collect();
    names.sort();
    names
}

/// A shipped table, `locales/<name>.json`.
pub fn shipped(name: &str) -> Dict<String> {
    let path = format!("{}/locales/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

// Each test file uses its own subset of this module.
#[allow(unused_imports)]
pub use program_fit::engine::text::formatter::Plain;

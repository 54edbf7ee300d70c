//! The printed report's cost assumptions: the prices and ratios behind the
//! plan's figures, for the formats it uses only.
#![cfg(not(target_arch = "wasm32"))]

use program_fit::engine::model::assumptions::cost_assumptions;
use program_fit::engine::{recommend, Answers, Config};

fn assumptions(json: &str) -> Vec<String> {
    let c = Config::default_config();
    let (a, errs) = Answers::from_json_lenient(&c, json);
    assert!(errs.is_empty());
    let rec = recommend(&c, &a).unwrap();
    cost_assumptions(&c, "en", &program_fit::engine::format::Plain, &a, &rec.plan)
}

#[test]
fn a_hybrid_states_its_coaching_price_and_its_mentoring_costs_and_ratio() {
    let lines = assumptions(
        r#"{"goal":"leadership","audience":"managers","participants":120,"budget":150000,"duration":"year","driver":"shared","expertise":"some","path":"helpful"}"#,
    );
    assert_eq!(
        lines,
        [
            "Group coaching costs $2,000 per person for a year, in groups of at least 4.",
            "Mentoring costs $5,000 a year to run the programme (matching, mentor briefings, check-ins) plus $100 per mentee; mentors are volunteers and are not paid.",
            "Mentoring circles: each mentor leads a circle of up to 6 mentees.",
        ]
    );
}

#[test]
fn short_coaching_states_the_share_of_a_year_and_no_mentoring() {
    let lines = assumptions(
        r#"{"goal":"leadership","audience":"executives","participants":6,"budget":90000,"duration":"short","driver":"organisation","expertise":"few","path":"unimportant"}"#,
    );
    assert_eq!(
        lines,
        [
            "One-to-one coaching costs $30,000 per person for a year at this level.",
            "Coaching is costed for the length you chose: 50% of a year's fee.",
        ]
    );
}

#[test]
fn every_format_and_paid_mentor_time_has_its_sentence_with_every_placeholder_filled() {
    let c = Config::default_config();
    let mut seen = std::collections::BTreeSet::new();
    for audience in ["executives", "managers", "everyone", "frontline"] {
        for coaches in ["none", "some", "established"] {
            for time in ["volunteered", "paid"] {
                for format in ["one_to_one", "group", "no_preference"] {
                    let json = format!(
                        r#"{{"goal":"skill","audience":"{audience}","participants":40,"budget":60000,"duration":"year","driver":"shared","expertise":"many","path":"helpful","internal_coaches":"{coaches}","mentor_time":"{time}","format":"{format}"}}"#
                    );
                    let (a, errs) = Answers::from_json_lenient(&c, &json);
                    assert!(errs.is_empty(), "{errs:?}");
                    let rec = recommend(&c, &a).unwrap();
                    for f in rec.plan.formats() {
                        seen.insert(f);
                    }
                    for line in cost_assumptions(
                        &c,
                        "en",
                        &program_fit::engine::format::Plain,
                        &a,
                        &rec.plan,
                    ) {
                        assert!(
                            !line.contains('{') && !line.starts_with("report."),
                            "{line}"
                        );
                        if line.starts_with("Mentors' time") {
                            seen.insert("paid mentor time");
                        }
                    }
                }
            }
        }
    }
    assert!(
        seen.len() >= 5,
        "the answer sets cover most formats: {seen:?}"
    );
}

//! Config parsing and validation: every error names its JSON path.

use crate::util::UNSHIPPED_LANGUAGE;
use program_fit::engine::load::read::left_out_questions;
use program_fit::engine::load::text_keys::UI_TEXT_KEYS;
use program_fit::engine::DEFAULT_CONFIG_JSON;
use program_fit::engine::{check_cta_url, Config};
use serde_json::{json, Value};

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap()
}

fn errors_for(v: &Value) -> Vec<String> {
    match Config::from_json(&v.to_string()) {
        Ok(_) => vec![],
        Err(errs) => errs.iter().map(|e| e.to_string()).collect(),
    }
}

fn has(errs: &[String], needle: &str) -> bool {
    errs.iter().any(|e| e.contains(needle))
}

#[test]
fn default_config_is_valid_and_has_the_contract_questions() {
    let c = Config::default_config();
    let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "goal",
            "audience",
            "participants",
            "budget",
            "duration",
            "driver",
            "path",
            "mentors",
            "mentor_time",
            "internal_coaches",
            "line_managers",
            "format",
            "launch"
        ]
    );
    let opts = |id: &str| -> Vec<String> {
        c.question(id)
            .unwrap()
            .options
            .iter()
            .map(|o| o.id.clone())
            .collect()
    };
    assert_eq!(
        opts("goal"),
        ["skill", "leadership", "career", "knowledge", "engagement"]
    );
    assert_eq!(
        opts("audience"),
        [
            "executives",
            "high_potentials",
            "managers",
            "everyone",
            "new_in_role",
            "specialists",
            "frontline"
        ]
    );
    assert_eq!(opts("duration"), ["short", "year", "ongoing"]);
    assert_eq!(opts("driver"), ["organisation", "shared", "participant"]);
    assert_eq!(opts("mentors"), ["many", "some", "few", "unknown"]);
    assert_eq!(opts("line_managers"), ["trained", "some", "no"]);
    assert_eq!(opts("path"), ["essential", "helpful", "unimportant"]);
    assert_eq!(c.question("participants").unwrap().range(), (1, 100_000));
    assert_eq!(c.question("budget").unwrap().range(), (0, 1_000_000_000));
    assert_eq!(c.money.currency, "USD");
}

/// Every figure in `model` and `costs` carries a rationale naming where it
/// comes from, so a consultant can check it.
#[test]
fn every_model_and_cost_figure_has_a_rationale() {
    let v = default_value();
    for section in ["model", "costs"] {
        let obj = v[section].as_object().unwrap();
        let rationale = obj["rationale"].as_object().unwrap();
        for key in obj.keys().filter(|k| *k != "rationale") {
            let text = rationale.get(key).and_then(Value::as_str).unwrap_or("");
            assert!(text.len() > 80, "{section}.{key} has no rationale");
        }
        for key in rationale.keys() {
            assert!(
                obj.contains_key(key),
                "rationale for unknown {section}.{key}"
            );
        }
    }
    let costs = v["costs"]["rationale"].to_string();
    for source in [
        "HBR",
        "ICF Global Coaching Study 2025",
        "Teleskope",
        "Phillips-Jones",
    ] {
        assert!(costs.contains(source), "cites {source}");
    }
}

#[test]
fn broken_cost_figures_are_reported() {
    let mut v = default_value();
    v["costs"]["duration_factor"]["short"] = Value::Null;
    v["costs"]["mentoring_scheme"][1]["up_to"] = json!(10);
    v["costs"]["mentor_hour"]["executives"] = json!(0);
    v["costs"]["group_coaching"]["min_group"] = json!(0);
    v["costs"]["mentoring_circles"]["mentees_per_mentor"] = json!(0);
    v["model"]["goal_floor"] = json!(2);
    let errs = errors_for(&v);
    for e in [
        "costs.duration_factor: missing entry for duration option \"short\"",
        "costs.mentoring_scheme[1].up_to: must be",
        "costs.mentor_hour.executives: must be above 0",
        "costs.group_coaching.min_group: must be at least 1",
        "costs.mentoring_circles.mentees_per_mentor: must be at least 1",
        "model.goal_floor: must be",
    ] {
        assert!(has(&errs, e), "{e} not in {errs:?}");
    }
}

#[test]
fn levers_are_marked_in_the_config() {
    let c = Config::default_config();
    let levers: Vec<_> = c
        .questions
        .iter()
        .filter(|q| q.lever)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        levers,
        [
            "goal",
            "participants",
            "budget",
            "duration",
            "driver",
            "mentors"
        ]
    );
}

#[test]
fn malformed_json_is_one_error() {
    let errs = Config::from_json("{\"version\": 1,").unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0].to_string(),
        "the config is not valid JSON: it ends before it is complete (line 1, column 14)"
    );
}

#[test]
fn empty_options_are_reported_with_path() {
    let mut v = default_value();
    v["questions"][4]["options"] = json!([]);
    let errs = errors_for(&v);
    assert!(
        has(&errs, "questions[4].options: must not be empty"),
        "{errs:?}"
    );
}

#[test]
fn all_errors_are_reported_not_just_the_first() {
    let mut v = default_value();
    v["questions"][1]["id"] = json!("goal");
    v["questions"][0]["weight"] = json!(-1.0);
    v["questions"][2]["min"] = json!(10);
    v["questions"][2]["max"] = json!(5);
    v["cta"]["url"] = json!("javascript:alert(1)");
    let errs = errors_for(&v);
    assert!(
        has(&errs, "questions[1].id: duplicate question id \"goal\""),
        "{errs:?}"
    );
    assert!(
        has(&errs, "questions[0].weight: must be at least 0"),
        "{errs:?}"
    );
    assert!(
        has(&errs, "questions[2].min: min 10 is greater than max 5"),
        "{errs:?}"
    );
    assert!(has(&errs, "cta.url:"), "{errs:?}");
    assert!(errs.len() >= 4);
}

#[test]
fn duplicate_option_ids_are_reported() {
    let mut v = default_value();
    v["questions"][5]["options"][1]["id"] = json!("organisation");
    assert!(has(
        &errors_for(&v),
        "questions[5].options[1].id: duplicate option id \"organisation\""
    ));
}

#[test]
fn unknown_ids_in_traits_and_costs_are_reported() {
    let mut v = default_value();
    v["traits"][0]["when"][0]["question"] = json!("mood");
    v["traits"][1]["when"][0]["is"] = json!(["skill", "juggling"]);
    v["costs"]["individual_coaching"]["per_head"]["interns"] = json!(100);
    let errs = errors_for(&v);
    assert!(
        has(
            &errs,
            "traits[id=org_sets_goals].when[0].question: unknown question id \"mood\""
        ),
        "{errs:?}"
    );
    assert!(
        has(
            &errs,
            "traits[id=assigned].when[0].is[1]: unknown option id \"juggling\""
        ),
        "{errs:?}"
    );
    assert!(
        has(
            &errs,
            "costs.individual_coaching.per_head.interns: unknown audience option id"
        ),
        "{errs:?}"
    );
}

#[test]
fn missing_cost_entry_for_an_option_is_reported() {
    let mut v = default_value();
    // A partial config removes a key by setting it to null.
    v["costs"]["mentor_supply"]["few"] = Value::Null;
    assert!(has(
        &errors_for(&v),
        "costs.mentor_supply: missing entry for mentors option \"few\""
    ));
}

#[test]
fn duplicate_trait_ids_are_reported() {
    let mut v = default_value();
    v["traits"][2]["id"] = json!("org_sets_goals");
    assert!(has(&errors_for(&v), "traits[2].id: duplicate trait id"));
}

#[test]
fn non_finite_or_out_of_range_fits_are_reported() {
    let mut v = default_value();
    v["questions"][0]["options"][0]["coaching"] = json!(1.5);
    v["model"]["split_margin"] = json!(-3);
    let errs = errors_for(&v);
    assert!(
        has(
            &errs,
            "questions[0].options[0].coaching: must be a finite number from 0 to 1"
        ),
        "{errs:?}"
    );
    assert!(
        has(&errs, "model.split_margin: must be at least 0"),
        "{errs:?}"
    );
    // JSON cannot say NaN; an overflowing literal is refused by the parser.
    let text = DEFAULT_CONFIG_JSON.replacen("\"weight\": 1.2", "\"weight\": 1e999", 1);
    assert!(Config::from_json(&text).is_err());
}

#[test]
fn required_questions_must_exist() {
    let mut v = default_value();
    v["questions"].as_array_mut().unwrap().remove(3);
    let errs = errors_for(&v);
    assert!(
        has(&errs, "questions: missing required question \"budget\""),
        "{errs:?}"
    );
}

#[test]
fn missing_texts_in_default_locale_are_reported() {
    let mut v = default_value();
    v["texts"]["en"]["q.goal.label"] = Value::Null;
    v["texts"]["en"]["trait.matched"] = Value::Null;
    let errs = errors_for(&v);
    assert!(
        has(&errs, "texts.en: missing text \"q.goal.label\""),
        "{errs:?}"
    );
    assert!(
        has(&errs, "texts.en: missing text \"trait.matched\""),
        "{errs:?}"
    );
}

#[test]
fn a_partial_config_changes_what_it_names_and_keeps_the_rest() {
    let c = Config::from_json(
        r#"{"money":{"currency":"EUR","symbol":"€"},"cta":{"url":"https://acme.example/book"}}"#,
    )
    .unwrap();
    let d = Config::default_config();
    assert_eq!(
        (c.money.currency.as_str(), c.money.symbol.as_str()),
        ("EUR", "€")
    );
    assert_eq!(c.cta.url, "https://acme.example/book");
    assert_eq!(
        (c.cta.label.clone(), c.questions.clone()),
        (d.cta.label, d.questions)
    );
}

/// Every JSON example in docs/config.md is a valid config.
#[test]
fn the_documented_examples_are_valid_configs() {
    let doc = include_str!("../../docs/config.md");
    let examples: Vec<&str> = doc
        .split("```json")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .collect();
    assert!(examples.len() >= 2, "found {} examples", examples.len());
    for example in examples {
        if let Err(errs) = Config::from_json(example) {
            panic!("{example}\n{errs:?}");
        }
    }
}

#[test]
fn a_partial_question_list_keeps_only_the_questions_it_names() {
    let mut v = default_value();
    let kept: Vec<Value> = v["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["id"] != "path")
        .map(|q| json!({ "id": q["id"] }))
        .collect();
    v = json!({ "questions": kept, "traits": [] });
    let c = Config::from_json(&v.to_string()).unwrap();
    assert!(c.question("path").is_none());
    assert_eq!(
        c.questions.len(),
        Config::default_config().questions.len() - 1
    );
    assert_eq!(
        c.question("goal"),
        Config::default_config().question("goal")
    );
}

#[test]
fn a_missing_ui_text_fails_validation() {
    let mut v = default_value();
    v["texts"]["en"]["ui.back"] = Value::Null;
    let errs = errors_for(&v);
    assert_eq!(errs, ["texts.en: missing text \"ui.back\""]);
}

#[test]
fn a_missing_plan_or_plural_text_fails_validation() {
    let mut v = default_value();
    for key in [
        "plan.need.or_mentors",
        "count.people.one",
        "format.mentoring_circles",
    ] {
        v["texts"]["en"][key] = Value::Null;
    }
    let errs = errors_for(&v);
    assert_eq!(
        errs,
        [
            "texts.en: missing text \"count.people.one\"",
            "texts.en: missing text \"format.mentoring_circles\"",
            "texts.en: missing text \"plan.need.or_mentors\"",
        ]
    );
}

/// Every literal `ui.*`/`error.*` key in the browser code is one validation
/// requires, so a config can never make the UI show a raw key.
#[test]
fn every_text_key_the_ui_uses_is_required() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut used = Vec::new();
    for dir in ["ui", "embed"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let code = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for part in code.split('"').skip(1).step_by(2) {
                let is_key = (part.starts_with("ui.") || part.starts_with("error."))
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_');
                if is_key {
                    used.push(part.to_string());
                }
            }
        }
    }
    assert!(used.len() > 50, "found only {} keys", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|k| !UI_TEXT_KEYS.contains(&k.as_str()))
        .collect();
    assert!(missing.is_empty(), "not in UI_TEXT_KEYS: {missing:?}");
}

/// The same for the lead step's and the report's literal keys.
#[test]
fn every_lead_and_report_key_the_ui_uses_is_required() {
    use program_fit::engine::load::text_keys::{LEAD_TEXT_KEYS, REPORT_TEXT_KEYS};
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
    let mut used = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let code = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in code.split('"').skip(1).step_by(2) {
            let is_key = ["lead.", "report.", "firm."]
                .iter()
                .any(|p| part.starts_with(p))
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_');
            if is_key {
                used.push(part.to_string());
            }
        }
    }
    assert!(used.len() > 20, "found only {} keys", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|k| {
            !LEAD_TEXT_KEYS.contains(&k.as_str()) && !REPORT_TEXT_KEYS.contains(&k.as_str())
        })
        .collect();
    assert!(missing.is_empty(), "not required: {missing:?}");
}

#[test]
fn cta_url_schemes() {
    for ok in [
        "https://acme.example/contact",
        "mailto:hello@acme.example",
        "http://localhost:8080/x",
        "http://127.0.0.1/",
        "HTTPS://ACME.EXAMPLE",
    ] {
        assert!(check_cta_url(ok).is_ok(), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " java\tscript:alert(1)",
        "jav\nascript:alert(1)",
        "data:text/html,<b>x</b>",
        "DATA:text/html,x",
        "vbscript:msgbox",
        "http://acme.example",
        "http://localhost.evil.example/",
        "//acme.example",
        "/contact",
        "https:",
        "ftp://acme.example",
    ] {
        assert!(check_cta_url(bad).is_err(), "{bad:?} must be rejected");
    }
}

#[test]
fn locale_resolution_and_text_fallback() {
    let mut v = default_value();
    v["texts"]["de"] = json!({ "kind.coaching": "Coaching (de)" });
    let c = Config::from_json(&v.to_string()).unwrap();
    assert_eq!(c.resolve_locale("de-AT"), "de");
    assert_eq!(c.resolve_locale("DE"), "de");
    assert_eq!(c.resolve_locale(UNSHIPPED_LANGUAGE), "en");
    assert_eq!(c.text("de", "kind.coaching"), "Coaching (de)");
    assert_eq!(
        c.text("de", "kind.mentoring"),
        "Mentoring",
        "falls back to the default locale"
    );
    assert_eq!(c.text("de", "no.such.key"), "no.such.key", "never blank");
}

#[test]
fn weighted_questions_need_reason_texts_and_constraints_do_not() {
    let mut v = default_value();
    v["texts"]["en"]["reason.goal.skill"] = Value::Null;
    assert_eq!(
        errors_for(&v),
        ["texts.en: missing text \"reason.goal.skill\""]
    );
    let c = Config::default_config();
    assert_eq!(c.question("mentors").unwrap().weight, 0.0);
    assert!(!c.texts["en"].contains_key("reason.mentors.few"));
}

#[test]
fn question_shapes_are_checked() {
    let mut v = default_value();
    v["questions"][3] =
        json!({ "id": "budget", "kind": "choice", "weight": 1, "options": [{ "id": "x" }] });
    v["questions"][0]["min"] = json!(1);
    v["questions"][2]["max"] = Value::Null;
    let errs = errors_for(&v);
    for e in [
        "questions: question \"budget\" must be a number question",
        "questions[0]: min/max apply only to number questions",
        "questions[2]: number questions need min and max",
    ] {
        assert!(has(&errs, e), "{e} not in {errs:?}");
    }
    let mut v = default_value();
    v["questions"][3]["optional"] = json!(true);
    assert!(
        has(&errors_for(&v), "question \"budget\" cannot be optional"),
        "{:?}",
        errors_for(&v)
    );
    v["questions"][3]["optional"] = json!(false);
    v["questions"][0]["optional"] = json!(true);
    assert_eq!(errors_for(&v), Vec::<String>::new(), "goal may be optional");
    let mut v = default_value();
    v["questions"][0]["unknown"] = json!(true);
    assert!(
        has(
            &errors_for(&v),
            "questions[0].unknown: applies only to number questions"
        ),
        "{:?}",
        errors_for(&v)
    );
    let mut v = default_value();
    v["texts"]["en"]["q.budget.opt.unknown"] = Value::Null;
    assert!(
        has(&errors_for(&v), "q.budget.opt.unknown"),
        "a question that allows \"not decided yet\" needs its text: {:?}",
        errors_for(&v)
    );
    let mut v = default_value();
    v["questions"][2]["min"] = json!(50);
    v["questions"][2]["max"] = json!(50);
    assert_eq!(errors_for(&v), Vec::<String>::new(), "min = max is a range");
}

#[test]
fn trait_conditions_are_checked() {
    let mut v = default_value();
    v["traits"][0]["when"] = json!([
        { "metric": "coaching_coverage", "is": ["x"] },
        { "question": "participants", "is": ["x"] },
        { "question": "participants", "min": 60, "max": 40 },
    ]);
    let errs = errors_for(&v);
    for e in [
        "traits[id=org_sets_goals].when[0].is: metrics take min/max, not is",
        "traits[id=org_sets_goals].when[1].is: number questions take min/max, not is",
        "traits[id=org_sets_goals].when[2].min: is greater than max",
    ] {
        assert!(has(&errs, e), "{e} not in {errs:?}");
    }
    assert_eq!(errs.len(), 3, "{errs:?}");
    let mut v = default_value();
    v["traits"][0]["when"] = json!([
        { "question": "participants", "min": 50, "max": 50 },
        { "metric": "coaching_coverage", "min": 0.2, "max": 0.6 },
    ]);
    assert_eq!(errors_for(&v), Vec::<String>::new());
}

#[test]
fn cta_url_edge_cases() {
    // Browsers strip control characters only at the ends: inside the
    // scheme, one makes a path relative to the host page. (More in
    // tests/fixtures/urls.json, read by tests/engine/urls.rs.)
    assert!(check_cta_url("\u{1}https://acme.example").is_ok());
    assert!(check_cta_url("ht\u{1}tps://acme.example").is_err());
    for bad in ["https://", "mailto:"] {
        assert!(check_cta_url(bad).is_err(), "{bad:?}");
    }
    for script in ["javascript:alert(1)", "java\tscript:alert(1)"] {
        assert_eq!(
            check_cta_url(script),
            Err("script and data URLs are not allowed")
        );
    }
}

/// Next steps are looked up by key like every other text, so a config
/// without them is rejected rather than showing a raw key.
#[test]
fn a_missing_next_step_text_fails_validation() {
    let mut v = default_value();
    v["texts"]["en"]["next.format.group_coaching"] = Value::Null;
    let errs = errors_for(&v);
    assert_eq!(
        errs,
        ["texts.en: missing text \"next.format.group_coaching\""]
    );
}

/// One entry removes one question: the rest of the default's list stays,
/// follow-ups included. The traits that name it go the same way.
#[test]
fn an_overlay_removes_one_question_without_restating_the_rest() {
    let without_path = json!({
        "questions": [{"id": "path", "remove": true}],
        "traits": [{"id": "trained_not_same_path", "remove": true}, {"id": "same_path", "remove": true}],
    });
    let c = Config::from_json(&without_path.to_string()).unwrap();
    let d = Config::default_config();
    let ids = |c: &Config| c.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    let mut want = ids(&d);
    want.retain(|id| id != "path");
    assert_eq!(ids(&c), want);
    assert_eq!(c.questions.len(), 12);
    assert_eq!(c.traits.len(), d.traits.len() - 2);
    // Nothing left out by a list that only changes the default's.
    assert!(left_out_questions(&without_path.to_string()).is_empty());
    // Keeping the traits that name it is refused, naming the trait by its id.
    let errs = Config::from_json(r#"{"questions":[{"id":"path","remove":true}]}"#).unwrap_err();
    let said: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(|e| e
            .starts_with("traits[id=same_path].when[0].question: unknown question id \"path\"")),
        "{said:?}"
    );
    // A removal that names nothing says so, with a suggestion.
    let errs = Config::from_json(r#"{"questions":[{"id":"pth","remove":true}]}"#).unwrap_err();
    assert_eq!(
        errs.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["questions[0]: there is no \"pth\" to remove; did you mean \"path\"?"]
    );
}

/// A list that replaces the default's and leaves questions out: the host's
/// console names each, in the default's order.
#[test]
fn a_question_list_that_leaves_default_questions_out_names_them() {
    let core = r#"{"questions":[{"id":"goal"},{"id":"audience"},{"id":"participants"},{"id":"budget"},{"id":"duration"},{"id":"driver"},{"id":"mentors"},{"id":"path"}]}"#;
    assert_eq!(
        left_out_questions(core),
        [
            "mentor_time",
            "internal_coaches",
            "line_managers",
            "format",
            "launch"
        ]
    );
    assert!(left_out_questions(r#"{"money":{"currency":"EUR"}}"#).is_empty());
    assert!(left_out_questions("not json").is_empty());
}

//! Config errors as a web developer reads them: every problem at once, each
//! with its JSON path and a plain sentence, never Rust's words.

use program_fit::engine::Config;
use serde_json::{json, Value};

/// Every problem for an overlay config, as `path: message` lines.
fn problems(overlay: Value) -> Vec<String> {
    match Config::from_json(&overlay.to_string()) {
        Ok(_) => vec![],
        Err(errs) => errs.iter().map(|e| e.to_string()).collect(),
    }
}

/// The default's questions in order, with `fields` merged into the `i`th.
fn questions_with(i: usize, fields: Value) -> Value {
    let ids = Config::default_config()
        .questions
        .iter()
        .map(|q| json!({ "id": q.id }))
        .collect::<Vec<_>>();
    let mut list = Value::Array(ids);
    for (k, v) in fields.as_object().unwrap() {
        list[i][k] = v.clone();
    }
    list
}

/// The goal question's options by id, with `changed` merged into its namesake.
fn goal_options(changed: Value) -> Value {
    let ids = ["skill", "leadership", "career", "knowledge", "engagement"];
    let list = ids
        .iter()
        .map(|id| {
            if changed["id"] == *id {
                changed.clone()
            } else {
                json!({ "id": id })
            }
        })
        .collect();
    Value::Array(list)
}

const RUST_WORDS: [&str; 10] = [
    "u64",
    "u32",
    "f64",
    "invalid type",
    "unknown variant",
    "unknown field",
    "sequence",
    "struct",
    "expected",
    "`",
];

fn assert_plain(errs: &[String]) {
    for e in errs {
        for w in RUST_WORDS {
            assert!(!e.contains(w), "{e:?} contains {w:?}");
        }
    }
}

#[test]
fn malformed_json_says_where_in_plain_words() {
    assert_eq!(
        problems_of_text("{\"money\" {}}"),
        ["the config is not valid JSON: expected \":\" (line 1, column 10)"]
    );
    assert_eq!(
        problems_of_text("{\"money\": {},}"),
        ["the config is not valid JSON: trailing comma (line 1, column 14)"]
    );
}

fn problems_of_text(text: &str) -> Vec<String> {
    Config::from_json(text)
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn wrong_types_name_the_path_and_what_belongs_there() {
    assert_eq!(
        problems(json!({ "questions": 42 })),
        ["questions: must be a list in square brackets, like [ … ], not the number 42"]
    );
    assert_eq!(
        problems(json!({ "costs": { "group_coaching": { "min_group": "lots" } } })),
        ["costs.group_coaching.min_group: must be a whole number, like 15000, not the text \"lots\""]
    );
    assert_eq!(
        problems(json!({ "costs": { "mentor_hour": { "managers": -5 } } })),
        ["costs.mentor_hour.managers: must be 0 or more, like 15000, not the number -5"]
    );
    // A key an older version had says what replaced it.
    assert_eq!(
        problems(json!({ "costs": { "mentoring_programme": 5000 } })),
        ["costs.mentoring_programme: is no longer used: the scheme's cost is costs.mentoring_scheme, in tiers by the scheme's size (see docs/config.md)"]
    );
    assert_eq!(
        problems(json!({ "costs": { "group_coaching": { "min_group": 2.5 } } })),
        ["costs.group_coaching.min_group: must be a whole number, like 15000, not the number 2.5"]
    );
    let options = goal_options(json!({ "id": "leadership", "coaching": "high" }));
    assert_eq!(
        problems(json!({ "questions": questions_with(0, json!({ "options": options })) })),
        ["questions[0].options[1].coaching: must be a number, like 0.5, not the text \"high\""]
    );
    assert_eq!(
        problems(json!({ "questions": questions_with(3, json!({ "lever": "yes" })) })),
        ["questions[3].lever: must be true or false, not the text \"yes\""]
    );
    assert_eq!(
        problems(json!({ "cta": { "url": ["https://a.example"] } })),
        ["cta.url: must be text in double quotes, not a list"]
    );
    assert_eq!(
        problems(json!({ "money": [] })),
        ["money: must be an object in curly braces, like { … }, not a list"]
    );
    assert_eq!(
        problems(json!([1])),
        ["the config must be an object in curly braces, like { … }, not a list"]
    );
}

#[test]
fn a_word_from_a_fixed_list_lists_the_choices() {
    assert_eq!(
        problems(json!({ "questions": questions_with(1, json!({ "kind": "chioce" })) })),
        ["questions[1].kind: must be \"choice\" or \"number\", not the text \"chioce\"; did you mean \"choice\"?"]
    );
    let traits = json!([{ "id": "x", "region": "both" }]);
    assert_eq!(
        problems(json!({ "traits": traits })),
        ["traits[0].region: must be \"coaching\", \"shared\" or \"mentoring\", not the text \"both\""]
    );
}

#[test]
fn unknown_keys_suggest_the_close_one_or_list_the_keys() {
    assert_eq!(
        problems(json!({ "questions": questions_with(0, json!({ "wieght": 2 })) })),
        ["questions[0].wieght: is not a known key; did you mean \"weight\"?"]
    );
    assert_eq!(
        problems(json!({ "money": { "curency": "EUR" } })),
        ["money.curency: is not a known key; did you mean \"currency\"?"]
    );
    assert_eq!(
        problems(json!({ "cta": { "colour": "red" } })),
        ["cta.colour: is not a known key; the keys here are url, label, target"]
    );
}

#[test]
fn missing_fields_are_reported_with_their_path() {
    // A key set to null is removed, so the merged config lacks it.
    assert_eq!(
        problems(json!({ "cta": { "url": null } })),
        ["cta.url: is required"]
    );
    let mut questions = questions_with(0, json!({}));
    questions
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "team_size", "weight": 1 }));
    assert_eq!(
        problems(json!({ "questions": questions })),
        ["questions[13].kind: is required"]
    );
}

#[test]
fn the_currency_must_be_an_iso_4217_code() {
    assert_eq!(
        problems(json!({ "money": { "currency": "Euro" } })),
        ["money.currency: \"Euro\" is not an ISO 4217 currency code: use its three capital letters, like \"EUR\" or \"USD\""]
    );
    assert_eq!(
        problems(json!({ "money": { "currency": "gbp" } })),
        ["money.currency: \"gbp\" is not an ISO 4217 currency code: use its three capital letters, like \"EUR\" or \"USD\"; did you mean \"GBP\"?"]
    );
    assert_eq!(
        problems(json!({ "money": { "currency": "EUR", "symbol": "€" } })),
        Vec::<String>::new()
    );
}

#[test]
fn unknown_ids_suggest_the_close_one() {
    let traits = json!([{ "id": "org_sets_goals",
        "when": [{ "question": "drivr", "is": ["organisation"] }, { "question": "goal", "is": ["skil"] }] }]);
    assert_eq!(
        problems(json!({ "traits": traits })),
        [
            "traits[id=org_sets_goals].when[0].question: unknown question id \"drivr\"; did you mean \"driver\"?",
            "traits[id=org_sets_goals].when[1].is[0]: unknown option id \"skil\" for question \"goal\"; did you mean \"skill\"?",
        ]
    );
    let costs = json!({ "individual_coaching": { "per_head": { "manager": 7000 } } });
    assert!(problems(json!({ "costs": costs })).contains(
        &"costs.individual_coaching.per_head.manager: unknown audience option id; did you mean \"managers\"?".to_string()
    ));
}

#[test]
fn every_type_problem_comes_in_one_pass() {
    let options = goal_options(json!({ "id": "skill", "mentoring": "low" }));
    let mut questions = questions_with(0, json!({ "wieght": 1, "options": options }));
    questions[2]["max"] = json!("lots");
    let errs = problems(json!({
        "version": "1",
        "money": { "currency": 978, "symbol": null },
        "cta": { "url": false },
        "questions": questions,
        "texts": { "en": { "ui.back": 5 } },
    }));
    assert_eq!(
        errs,
        [
            "version: must be a whole number, like 15000, not the text \"1\"",
            "money.currency: must be text in double quotes, not the number 978",
            "money.symbol: is required",
            "cta.url: must be text in double quotes, not false",
            "questions[0].options[0].mentoring: must be a number, like 0.5, not the text \"low\"",
            "questions[0].wieght: is not a known key; did you mean \"weight\"?",
            "questions[2].max: must be a whole number, like 15000, not the text \"lots\"",
            "texts.en[\"ui.back\"]: must be text in double quotes, not the number 5",
        ]
    );
    assert_plain(&errs);
}

#[test]
fn every_semantic_problem_comes_in_one_pass() {
    let mut questions = questions_with(0, json!({}));
    questions[1]["id"] = json!("goal");
    let errs = problems(json!({
        "money": { "currency": "Euro" },
        "cta": { "url": "javascript:alert(1)" },
        "model": { "neutral_band": 2 },
        "questions": questions,
    }));
    for e in [
        "money.currency: \"Euro\" is not an ISO 4217 currency code",
        "cta.url: script and data URLs are not allowed",
        "model.neutral_band: must be a finite number from 0 to 1",
        "questions[1].id: duplicate question id \"goal\"",
        "questions: missing required question \"audience\"",
    ] {
        assert!(errs.iter().any(|x| x.starts_with(e)), "{e} not in {errs:?}");
    }
    assert_plain(&errs);
}

#[test]
fn a_schema_key_is_accepted_and_ignored() {
    let c = Config::from_json(
        &json!({ "$schema": "https://cdn.example/config.schema.json", "money": { "currency": "EUR" } })
            .to_string(),
    )
    .unwrap();
    assert_eq!(c.money.currency, "EUR");
    assert_eq!(
        problems(json!({ "$schema": 1 })),
        ["$schema: must be text in double quotes, not the number 1"]
    );
}

#[test]
fn type_and_meaning_problems_come_together() {
    let errs = problems(json!({
        "money": { "currency": "Euro", "symbol": 5 },
        "cta": { "url": "javascript:alert(1)", "lable": "cta.label" },
        "costs": { "group_coaching": { "min_group": "four" }, "mentoring_pairs": { "mentees_per_mentor": 0 } },
    }));
    assert_eq!(
        errs,
        [
            "money.symbol: must be text in double quotes, not the number 5",
            "cta.lable: is not a known key; did you mean \"label\"?",
            "costs.group_coaching.min_group: must be a whole number, like 15000, not the text \"four\"",
            "money.currency: \"Euro\" is not an ISO 4217 currency code: use its three capital letters, like \"EUR\" or \"USD\"",
            "cta.url: script and data URLs are not allowed",
            "costs.mentoring_pairs.mentees_per_mentor: must be at least 1",
        ]
    );
}

/// A wrong value with no default to stand in for it (a new question's kind)
/// leaves nothing sound to check the meaning of: the shape problems alone.
#[test]
fn a_problem_the_default_cannot_patch_stops_at_the_shape() {
    let mut questions = questions_with(0, json!({ "weight": "high" }));
    questions
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "team_size", "kind": "numbre" }));
    let errs = problems(json!({ "questions": questions, "cta": { "url": "ftp://x" } }));
    assert_eq!(
        errs,
        [
            "questions[0].weight: must be a number, like 0.5, not the text \"high\"",
            "questions[13].kind: must be \"choice\" or \"number\", not the text \"numbre\"; did you mean \"number\"?",
        ]
    );
}

#[test]
fn theme_values_are_known_names_with_plain_css_values() {
    let ok = json!({"theme": {"color-primary": "#7c2d12", "font-family": "\"Source Sans 3\", sans-serif"}});
    assert_eq!(problems(ok.clone()), Vec::<String>::new());
    let config = Config::from_json(&ok.to_string()).unwrap();
    assert_eq!(config.theme["color-primary"], "#7c2d12");
    let errs = problems(json!({"theme": {
        "colour-primary": "#7c2d12",
        "color-bg": "red; } :host { display: none",
        "color-text": "url(https://attacker.example/x)",
        "radius": " ",
    }}));
    assert_eq!(errs.len(), 4, "{errs:?}");
    assert!(
        errs[0].starts_with("theme[\"color-bg\"]: must be a colour such as #7c2d12"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("theme[\"color-text\"]: must be a colour such as #7c2d12"),
        "{errs:?}"
    );
    assert!(
        errs[2].starts_with(
            "theme[\"colour-primary\"]: is not a theme value; the names are color-primary,"
        ),
        "{errs:?}"
    );
    assert!(
        errs[3].starts_with("theme[\"radius\"]: must be a length such as 6px"),
        "{errs:?}"
    );
    assert_plain(&errs);
    assert_eq!(problems(json!({"theme": {"color-bg": 5}})).len(), 1);
}

/// The plan acts on the options of `launch`, `format` and `mentor_time`
/// one by one, so a config may not rename or drop one: its answer would
/// silently count for nothing (a renamed `soon` once dropped the timeline).
#[test]
fn an_option_the_plan_reads_cannot_be_renamed_or_dropped() {
    let c = Config::default_config();
    let at = |id: &str| c.questions.iter().position(|q| q.id == id).unwrap();
    let renamed = questions_with(
        at("launch"),
        json!({ "options": [{ "id": "asap" }, { "id": "half_year" }, { "id": "later" }] }),
    );
    let errs = problems(json!({ "questions": renamed }));
    assert_eq!(
        errs[0],
        format!(
            "questions[{}].options: question \"launch\" must keep its option \"soon\": the plan reads it",
            at("launch")
        )
    );
    let dropped = questions_with(
        at("mentor_time"),
        json!({ "options": [{ "id": "volunteered" }] }),
    );
    let errs = problems(json!({ "questions": dropped }));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("\"mentor_time\" must keep its option \"paid\""),
        "{errs:?}"
    );
    let typo = questions_with(
        at("format"),
        json!({ "options": [{ "id": "one_to_one" }, { "id": "groups" }, { "id": "no_preference" }] }),
    );
    let errs = problems(json!({ "questions": typo }));
    assert!(errs[0].ends_with("did you mean \"groups\"?"), "{errs:?}");
    // A config without the question at all is fine: nothing is read.
    let ids: Vec<Value> = c
        .questions
        .iter()
        .filter(|q| q.id != "launch")
        .map(|q| json!({ "id": q.id }))
        .collect();
    assert_eq!(problems(json!({ "questions": ids })), Vec::<String>::new());
}

/// A consultancy's overlay written for the version that asked about
/// expertise and the mentor pool separately says what to name instead.
#[test]
fn a_question_an_older_version_asked_names_the_one_that_asks_it_now() {
    assert_eq!(
        problems(json!({ "questions": [{ "id": "goal" }, { "id": "expertise" }, { "id": "mentor_pool" }] })),
        [
            "questions[1]: the question \"expertise\" is now part of \"mentors\" (a count of mentors, or a rough answer): name \"mentors\" instead",
            "questions[2]: the question \"mentor_pool\" is now part of \"mentors\" (a count of mentors, or a rough answer): name \"mentors\" instead",
        ]
    );
}

/// Texts of the merged questions and of sentences said otherwise now are
/// named as no longer used, not as typos.
#[test]
fn a_text_an_older_version_had_is_named_as_no_longer_used() {
    let errs = problems(
        json!({ "texts": { "en": { "q.expertise.label": "Expertise?", "why.mentoring_until_budget": "x" } } }),
    );
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(
        errs.iter().all(|e| e.contains("is no longer used")),
        "{errs:?}"
    );
    // Matched whole: the key a removed one begins stays a text in use.
    let errs = problems(json!({ "texts": { "en": {
        "plan.none.mentoring": "x",
        "timeline.next_cohort_one": "x",
        "plan.none.mentoring_budget": "With {budget}, nobody can start in {format}."
    } } }));
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(
        errs.iter().all(|e| e.contains("is no longer used")),
        "{errs:?}"
    );
}

/// Rough answers stand in for a figure only where the plan reads them.
#[test]
fn only_the_mentors_question_takes_rough_answers() {
    let c = Config::default_config();
    let at = c
        .questions
        .iter()
        .position(|q| q.id == "participants")
        .unwrap();
    let qs = questions_with(at, json!({ "options": [{ "id": "lots" }] }));
    let errs = problems(
        json!({ "questions": qs, "texts": { "en": { "q.participants.opt.lots": "Lots" } } }),
    );
    assert_eq!(
        errs,
        [format!("questions[{at}].options: only the mentors question takes rough answers; the plan needs a figure for \"participants\"")]
    );
}

/// Scripts read a config as JSON into objects, where `__proto__`,
/// `constructor` and `prototype` are not plain names: as a key or a name
/// one can rewrite what every object inherits. The widget refuses them
/// wherever a config names something, as keys or as ids and locales.
#[test]
fn reserved_names_are_refused_as_keys_ids_and_locales() {
    let default: Value = serde_json::from_str(program_fit::engine::DEFAULT_CONFIG_JSON).unwrap();
    let mut goal = default["questions"][0].clone();
    goal["options"][0]["id"] = json!("constructor");
    let cases = [
        (
            json!({"texts": {"__proto__": {"ui.intro.title": "Hi"}}}),
            "texts.__proto__",
            "__proto__",
        ),
        (
            json!({"texts": {"en": {"constructor": "Hi"}}}),
            "texts.en.constructor",
            "constructor",
        ),
        (
            json!({"default_locale": "__proto__"}),
            "default_locale",
            "__proto__",
        ),
        (
            json!({"theme": {"prototype": "red"}}),
            "theme.prototype",
            "prototype",
        ),
        (
            json!({"questions": [{"id": "prototype", "kind": "number", "min": 1, "max": 5, "optional": true}]}),
            "questions[0].id",
            "prototype",
        ),
        (
            json!({"questions": [goal]}),
            "questions[0].options[0].id",
            "constructor",
        ),
        (
            json!({"costs": {"duration_factor": {"__proto__": 1}}}),
            "costs.duration_factor.__proto__",
            "__proto__",
        ),
    ];
    for (patch, path, name) in cases {
        let errs = problems(patch.clone());
        let want = format!("{path}: \"{name}\" is a reserved name");
        assert!(
            errs.iter().any(|e| e.starts_with(&want)),
            "{patch}: want {want}, got {errs:?}"
        );
    }
}

/// What `npx program-fit validate` reports (src/validator.rs): the widget's
/// own problems, with the shipped table of a shipped default locale laid
/// under the config as the loader does.
#[test]
fn the_validator_reports_the_widgets_problems_with_the_shipped_default_locale() {
    use program_fit::engine::load::read::problems;
    assert_eq!(problems("{}", None), vec![]);
    let bad = r#"{"cta": {"url": "javascript:alert(1)"}, "money": {"currency": "Euro"}}"#;
    let found = problems(bad, None);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(Err(found), Config::from_json(bad));
    let german = r#"{"default_locale": "de"}"#;
    let de = include_str!("../../locales/de.json");
    assert!(
        !problems(german, None).is_empty(),
        "without the shipped file, German has no table"
    );
    assert_eq!(problems(german, Some(("de", de))), vec![]);
    // A shipped file that is not JSON counts as absent, as in the widget.
    assert_eq!(problems(german, Some(("de", "{"))), problems(german, None));
}

#[test]
fn the_call_to_action_opens_out_of_a_frame_unless_the_config_says_otherwise() {
    use program_fit::engine::config::types::CtaTarget;
    let target =
        |cta: Value| Config::from_json(&json!({ "cta": cta }).to_string()).map(|c| c.cta.target);
    assert_eq!(Config::default_config().cta.target, CtaTarget::Top);
    assert_eq!(
        target(json!({ "url": "https://example.com/book" })),
        Ok(CtaTarget::Top)
    );
    assert_eq!(target(json!({ "target": "blank" })), Ok(CtaTarget::Blank));
    assert_eq!(target(json!({ "target": "self" })), Ok(CtaTarget::Current));
    assert_eq!(CtaTarget::Top.attribute(), Some("_top"));
    assert_eq!(CtaTarget::Blank.attribute(), Some("_blank"));
    assert_eq!(CtaTarget::Current.attribute(), None);
    assert_eq!(
        problems(json!({ "cta": { "target": "_blank" } })),
        ["cta.target: must be \"top\", \"blank\" or \"self\", not the text \"_blank\"; did you mean \"blank\"?"]
    );
}

#[test]
fn the_explorer_is_on_with_every_lever_unless_a_config_says_otherwise() {
    let c = Config::default_config();
    assert!(c.explore.enabled);
    assert_eq!(c.explore.levers.len(), 7);
    let off = Config::from_json(&json!({"explore": {"enabled": false}}).to_string()).unwrap();
    assert!(!off.explore.enabled);
    assert_eq!(off.explore.levers, c.explore.levers);
    let two = json!({"explore": {"levers": ["budget", "mentors"]}}).to_string();
    assert_eq!(
        Config::from_json(&two).unwrap().explore.levers,
        ["budget", "mentors"]
    );
    let errs = problems(json!({"explore": {"levers": ["budget", "mentor"]}}));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("explore.levers[1]: is not a lever"),
        "{errs:?}"
    );
    assert!(errs[0].contains("mentors"), "{errs:?}");
}

#[test]
fn groups_are_up_to_four_and_share_the_budget_and_people_but_not_the_group_size() {
    let c = Config::default_config();
    assert_eq!(c.groups.max, 4);
    let per_group: Vec<&str> = c
        .questions
        .iter()
        .filter(|q| q.per_group)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        per_group,
        [
            "goal",
            "audience",
            "participants",
            "duration",
            "driver",
            "path",
            "format"
        ]
    );
    let off = Config::from_json(&json!({"groups": {"max": 1}}).to_string()).unwrap();
    assert_eq!(off.groups.max, 1);
    for max in [0, 5] {
        let errs = problems(json!({"groups": {"max": max}}));
        assert_eq!(errs, ["groups.max: must be from 1 to 4"], "{max}");
    }
    let errs = problems(json!({"questions": questions_with(3, json!({"per_group": true}))}));
    assert_eq!(
        errs,
        ["questions[3].per_group: must be false: groups share this answer"]
    );
    let errs = problems(json!({"questions": questions_with(2, json!({"per_group": false}))}));
    assert_eq!(
        errs,
        ["questions[2].per_group: must be true: each group has its own size"]
    );
}

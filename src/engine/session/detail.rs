//! The `detail` JSON of the host events (`program-fit:step`, `complete`,
//! `error`, `cta`, `share`). It is the public contract hosts code against, so it is built
//! and tested here rather than in the browser shell.

use super::attribution::Attribution;
use super::start::Source;
use super::wizard::Screen;
use crate::engine::advice::answers::Answers;
use crate::engine::advice::explore::Explored;
use crate::engine::advice::pivots::Pivot;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::advice::score::Lean;
use crate::engine::advice::timeline::Milestone;
use crate::engine::config::error::ConfigError;
use crate::engine::config::types::Config;
use crate::engine::json::parse;
use crate::engine::json::Value;
use crate::engine::text::formatter::Formatter;
use crate::engine::text::labels::answer_labels;

/// `{"index", "questionId"}` for a screen: questions are `0..M`, check is
/// `M`, results `M + 1`. `None` for the intro, which is not a step.
pub fn step(config: &Config, screen: Screen) -> Option<String> {
    let m = config.questions.len();
    let (index, question_id) = match screen {
        Screen::Intro => return None,
        Screen::Question(i) => (i, config.questions.get(i).map(|q| q.id.as_str())),
        Screen::Check => (m, None),
        Screen::Results => (m + 1, None),
    };
    let v = Value::object([("index", index.into()), ("questionId", question_id.into())]);
    Some(v.to_json())
}

/// `{"recommendation", "scores", "plan", "answers", "locale", "source",
/// "labels", "currency", "reasons", "pivots", "hiddenFields"}`: enough for
/// analytics to record the result in words without a second lookup,
/// `source` so a reload or a shared link is not counted as a new
/// completion, and the host page's hidden fields for attribution.
pub fn complete(
    c: &Config,
    rec: &Recommendation,
    answers: &Answers,
    (locale, f): (&str, &dyn Formatter),
    (source, attribution): (Source, &Attribution),
) -> String {
    complete_value(c, rec, answers, (locale, f), (source, attribution)).to_json()
}

/// [`complete`]'s detail as a value.
pub(super) fn complete_value(
    c: &Config,
    rec: &Recommendation,
    answers: &Answers,
    (locale, f): (&str, &dyn Formatter),
    (source, attribution): (Source, &Attribution),
) -> Value {
    let mut d = result(rec, answers, locale);
    d["source"] = source.id().into();
    d["hiddenFields"] = attribution.fields_value();
    d["labels"] = labels(c, locale, f, answers);
    d["currency"] = (&c.money.currency).into();
    d["reasons"] = rec
        .reasons
        .iter()
        .map(|r| {
            Value::object([
                ("question", (&r.question).into()),
                ("id", (&r.text).into()),
                ("lean", lean(r.lean).into()),
            ])
        })
        .collect();
    d["pivots"] = rec.pivots.iter().map(pivot).collect();
    d
}

/// Each answer's label in the visitor's words, by question id.
pub(super) fn labels(c: &Config, locale: &str, f: &dyn Formatter, answers: &Answers) -> Value {
    Value::Object(
        answer_labels(c, locale, f, answers)
            .into_iter()
            .map(|(k, v)| (k, v.into()))
            .collect(),
    )
}

/// The result as every event and the lead payload carry it.
pub fn result(rec: &Recommendation, answers: &Answers, locale: &str) -> Value {
    let scores = Value::object([
        ("coaching", u64::from(rec.scores.coaching).into()),
        ("mentoring", u64::from(rec.scores.mentoring).into()),
    ]);
    Value::object([
        ("recommendation", rec.kind.id().into()),
        ("scores", scores),
        ("plan", plan(rec)),
        ("answers", answers.to_value()),
        ("locale", locale.into()),
    ])
}

fn lean(l: Lean) -> &'static str {
    match l {
        Lean::Coaching => "coaching",
        Lean::Mentoring => "mentoring",
        Lean::Neutral => "neutral",
    }
}

/// A pivot as data: `type` says which change, `kind` what it leads to.
fn pivot(p: &Pivot) -> Value {
    let (kind, mut v) = match p {
        Pivot::Choice {
            question,
            option,
            kind,
        } => (
            kind,
            Value::object([
                ("type", "choice".into()),
                ("question", question.into()),
                ("option", option.into()),
            ]),
        ),
        Pivot::BudgetAtLeast { budget, kind } => (
            kind,
            Value::object([
                ("type", "budget_at_least".into()),
                ("budget", (*budget).into()),
            ]),
        ),
    };
    v["kind"] = kind.id().into();
    v
}

/// `{"url"}`: the call to action's link as followed, or the share link.
pub fn url(url: &str) -> String {
    Value::object([("url", url.into())]).to_json()
}

/// The plan as hosts read it: whole numbers and ids only. `starts` lists
/// when each cohort starts (quarter 1 to 4 from now), when `launch` was
/// answered; `alternatives` the best plan of each other kind, best first,
/// and `closeCall` whether the first of them serves almost as well.
pub(super) fn plan(rec: &Recommendation) -> Value {
    let p = &rec.plan;
    let starts: Vec<_> = rec
        .timeline
        .iter()
        .flat_map(|q| {
            q.milestones.iter().filter_map(move |m| match m {
                Milestone::Start { format, people } => Some(Value::object([
                    ("quarter", q.number.into()),
                    ("format", format.id().into()),
                    ("people", (*people).into()),
                ])),
                Milestone::Prepare { .. } | Milestone::Review | Milestone::NextCohort { .. } => {
                    None
                }
            })
        })
        .collect();
    let alternatives = rec.alternatives.iter().map(|a| {
        Value::object([
            ("kind", a.kind.id().into()),
            ("reached", a.reached.into()),
            ("cost", a.cost.into()),
            ("formats", a.formats().into()),
        ])
    });
    // Each mentoring format with its mentees and mentors: pairs and, beside
    // them, circles for those the mentors cannot pair.
    let circles = p
        .mentoring_extra
        .map(|(t, people)| (t.format, people, t.mentors(people)));
    let (in_circles, circle_mentors) = circles.map_or((0, 0), |(_, n, m)| (n, m));
    let own = p.mentoring_format.filter(|_| p.mentored > 0).map(|f| {
        (
            f,
            p.mentored - in_circles,
            p.mentors_needed - circle_mentors,
        )
    });
    let mentoring_parts = own.into_iter().chain(circles).map(|(f, people, mentors)| {
        Value::object([
            ("format", f.id().into()),
            ("people", people.into()),
            ("mentors", mentors.into()),
        ])
    });
    Value::object([
        ("coached", p.coached.into()),
        ("mentored", p.mentored.into()),
        ("reached", p.reached.into()),
        ("waiting", p.waiting.into()),
        ("cost", p.cost.into()),
        ("fundingGap", p.funding_gap.into()),
        ("mentorsNeeded", p.mentors_needed.into()),
        ("mentorsLikely", p.mentors_likely.into()),
        ("mentorShortfall", p.mentor_shortfall.into()),
        ("formats", p.formats().into()),
        ("mentorTimeCost", p.mentor_time_cost.into()),
        ("mentoringParts", mentoring_parts.collect()),
        (
            "preferenceOverridden",
            p.preference_overridden.clone().into(),
        ),
        ("starts", starts.into()),
        ("alternatives", alternatives.collect()),
        ("closeCall", rec.close_call.into()),
    ])
}

/// `lead-delivered`: the delivered lead's `idempotencyKey`,
/// `recommendation` and `hiddenFields`, read from its payload, and never its
/// contact details: analytics tools (and, in iframe mode, the partner's
/// page) get this event, and GA4 forbids personal data.
pub fn lead_delivered(payload: &str) -> String {
    let p = parse(payload).unwrap_or_default();
    let mut d = Value::object([
        ("idempotencyKey", p["idempotencyKey"].clone()),
        ("recommendation", p["recommendation"].clone()),
    ]);
    if let Some(fields) = p.get("hiddenFields") {
        d["hiddenFields"] = fields.clone();
    }
    d.to_json()
}

/// The `lead` event's detail: the payload, but in iframe mode (`framed`)
/// without the contact details unless the config shares them with the
/// partner page (`lead.share_with_parent`): the frame posts this detail to
/// the page that frames it, and the consent names the consultancy only.
pub fn lead_event(payload: &str, framed: bool, share_with_parent: bool) -> String {
    if !framed || share_with_parent {
        return payload.to_string();
    }
    let mut p = parse(payload).unwrap_or_default();
    if let Value::Object(map) = &mut p {
        map.remove("contact");
    }
    p.to_json()
}

/// `{"changed", "plan", "difference"}` for `program-fit:explore`: the
/// values tried in place of the answers (question id → value, as in the
/// answers format; `{}` after "Back to my answers"), the plan they give in
/// brief, and how it differs from the plan for the answers as given.
pub fn explore(overrides: &Answers, e: &Explored) -> String {
    explore_value(overrides, e).to_json()
}

/// [`explore`] as a value: also the lead payload's pinned `scenario`.
pub fn explore_value(overrides: &Answers, e: &Explored) -> Value {
    let v = &e.view;
    let plan = Value::object([
        ("kind", v.kind.id().into()),
        ("budget", v.budget.into()),
        ("participants", v.participants.into()),
        ("reached", v.reached.into()),
        ("waiting", v.waiting.into()),
        ("cost", v.cost.into()),
        ("fundingGap", v.funding_gap.into()),
        ("mentorsNeeded", v.mentors.into()),
        ("formats", v.formats.clone().into()),
    ]);
    let difference = Value::object([
        ("reached", e.diff.reached.into()),
        ("waiting", e.diff.waiting.into()),
        ("cost", e.diff.cost.into()),
        ("kindChanged", e.diff.kind_changed.into()),
    ]);
    Value::object([
        ("changed", overrides.to_value()),
        ("plan", plan),
        ("difference", difference),
    ])
}

/// `{"kind", "message", "problems": [{"path", "message"}]}`; `kind` is
/// `config`, `config-fetch`, `panic` or `lead`. `problems` is what a developer (or
/// the config editor) fixes, one entry per problem; empty for a panic.
pub fn error(kind: &str, message: &str, problems: &[ConfigError]) -> String {
    let problems = problems
        .iter()
        .map(|p| Value::object([("path", (&p.path).into()), ("message", (&p.message).into())]))
        .collect();
    Value::object([
        ("kind", kind.into()),
        ("message", message.into()),
        ("problems", problems),
    ])
    .to_json()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::recommend;
    use crate::engine::session::attribution::parse_fields;
    use crate::engine::test_util::{answers, cfg, MANAGERS};
    use crate::engine::text::formatter::Plain;
    use serde_json::{json, Value};

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn steps_number_questions_then_check_then_results_and_skip_the_intro() {
        let c = Config::default_config();
        let m = c.questions.len();
        assert_eq!(step(&c, Screen::Intro), None);
        let first = parse(&step(&c, Screen::Question(0)).unwrap());
        assert_eq!(
            first,
            json!({ "index": 0, "questionId": c.questions[0].id })
        );
        let check = parse(&step(&c, Screen::Check).unwrap());
        assert_eq!(check, json!({ "index": m, "questionId": null }));
        let results = parse(&step(&c, Screen::Results).unwrap());
        assert_eq!(results, json!({ "index": m + 1, "questionId": null }));
    }

    #[test]
    fn complete_carries_the_result_its_words_and_where_it_came_from() {
        let (c, answers) = (cfg(), answers(MANAGERS));
        let rec = recommend(&c, &answers).unwrap();
        let (fields, _) = parse_fields("utm_source=mail");
        let attribution = Attribution {
            fields,
            partner_page: None,
        };
        let detail = parse(&complete(
            &c,
            &rec,
            &answers,
            ("en", &Plain),
            (Source::Share, &attribution),
        ));
        let keys: Vec<&String> = detail.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "answers",
                "currency",
                "hiddenFields",
                "labels",
                "locale",
                "pivots",
                "plan",
                "reasons",
                "recommendation",
                "scores",
                "source"
            ]
        );
        assert_eq!(detail["recommendation"], rec.kind.id());
        assert_eq!(detail["hiddenFields"], json!({ "utm_source": "mail" }));
        assert_eq!(
            detail["scores"],
            json!({ "coaching": rec.scores.coaching, "mentoring": rec.scores.mentoring })
        );
        assert_eq!(
            detail["plan"],
            json!({
                "coached": 66, "mentored": 120, "reached": 120, "waiting": 0,
                "cost": 149_400, "fundingGap": 0,
                "mentorsNeeded": 20, "mentorsLikely": 30, "mentorShortfall": 0,
                "formats": ["group_coaching", "mentoring_circles"],
                "mentorTimeCost": 0, "preferenceOverridden": [],
                "starts": [
                    { "quarter": 1, "format": "group_coaching", "people": 66 },
                    { "quarter": 2, "format": "mentoring_circles", "people": 120 },
                ],
                "mentoringParts": [{ "format": "mentoring_circles", "people": 120, "mentors": 20 }],
                "alternatives": [
                    { "kind": "mentoring", "reached": 120, "cost": 17_400, "formats": ["mentoring_circles"] },
                    { "kind": "coaching", "reached": 75, "cost": 150_000, "formats": ["group_coaching"] },
                ],
                "closeCall": false,
            })
        );
        assert_eq!(detail["answers"], parse(MANAGERS));
        assert_eq!(detail["locale"], "en");
        assert_eq!(detail["source"], "share");
        assert_eq!(detail["currency"], "USD");
        assert_eq!(
            detail["labels"]["audience"],
            c.text("en", "q.audience.opt.managers")
        );
        assert_eq!(detail["labels"]["budget"], "$150,000");
        assert_eq!(detail["labels"]["participants"], "120 people");
        let reasons = detail["reasons"].as_array().unwrap();
        assert_eq!(reasons.len(), rec.reasons.len());
        assert_eq!(reasons[0]["question"], rec.reasons[0].question);
        assert_eq!(reasons[0]["id"], rec.reasons[0].text);
        assert!(
            ["coaching", "mentoring", "neutral"].contains(&reasons[0]["lean"].as_str().unwrap())
        );
        assert_eq!(detail["pivots"].as_array().unwrap().len(), rec.pivots.len());
    }

    #[test]
    fn pivots_are_typed_data() {
        use crate::engine::Kind;
        let p = Pivot::BudgetAtLeast {
            budget: 90_000,
            kind: Kind::Coaching,
        };
        assert_eq!(
            parse(&pivot(&p).to_json()),
            json!({ "type": "budget_at_least", "budget": 90_000, "kind": "coaching" })
        );
        let p = Pivot::Choice {
            question: "driver".into(),
            option: "participant".into(),
            kind: Kind::Mentoring,
        };
        assert_eq!(
            parse(&pivot(&p).to_json()),
            json!({ "type": "choice", "question": "driver", "option": "participant", "kind": "mentoring" })
        );
    }

    #[test]
    fn lead_delivered_names_the_lead_and_its_result_and_no_contact_detail() {
        let payload = r#"{"idempotencyKey":"k1","recommendation":"hybrid","contact":{"email":"a@b.example"},"answers":{"goal":"leadership"}}"#;
        assert_eq!(
            parse(&lead_delivered(payload)),
            json!({ "idempotencyKey": "k1", "recommendation": "hybrid" })
        );
    }

    #[test]
    fn a_framed_lead_event_keeps_the_contact_details_unless_the_config_shares_them() {
        let payload =
            r#"{"idempotencyKey":"k1","contact":{"email":"a@b.example"},"hiddenFields":{}}"#;
        assert_eq!(
            lead_event(payload, false, false),
            payload,
            "on the host page: all of it"
        );
        assert_eq!(
            parse(&lead_event(payload, true, false)),
            json!({ "idempotencyKey": "k1", "hiddenFields": {} })
        );
        assert_eq!(lead_event(payload, true, true), payload);
    }

    #[test]
    fn error_text_is_carried_as_data() {
        let detail = parse(&error("panic", "a \"quoted\" <b>problem</b>", &[]));
        assert_eq!(
            detail,
            json!({ "kind": "panic", "message": "a \"quoted\" <b>problem</b>", "problems": [] })
        );
    }

    #[test]
    fn error_lists_each_problem_with_its_path() {
        let problems = [
            ConfigError::new("cta.url", "is required"),
            ConfigError::new("", "the config is not valid JSON"),
        ];
        let detail = parse(&error("config", "x", &problems));
        assert_eq!(
            detail["problems"],
            json!([
                { "path": "cta.url", "message": "is required" },
                { "path": "", "message": "the config is not valid JSON" },
            ])
        );
    }

    #[test]
    fn the_explore_detail_carries_the_values_tried_the_plan_and_the_difference() {
        use crate::engine::advice::explore::explore as replan;
        use crate::engine::test_util::EVERYONE;
        let (c, a) = (cfg(), answers(EVERYONE));
        let mut tried = Answers::default();
        tried.set("budget", crate::engine::Answer::Number(10_000));
        let e = replan(&c, &a, &tried).unwrap();
        let d = parse(&explore(&tried, &e));
        assert_eq!(d["changed"], json!({"budget": 10000}));
        assert_eq!(d["plan"]["budget"], json!(10000));
        assert_eq!(d["plan"]["reached"], json!(e.view.reached));
        assert_eq!(d["plan"]["kind"], json!(e.view.kind.id()));
        assert!(e.view.reached < e.original.reached, "{e:?}");
        let fewer = e.view.reached as i64 - e.original.reached as i64;
        assert_eq!(d["difference"]["reached"], json!(fewer));
        assert!(d["difference"]["cost"].as_i64().unwrap() < 0, "{d}");
    }
}

//! The lead step's pure parts: its config rules, the form checks, the exact
//! payload, the plain-text summary, and the call-to-action placeholders.

use program_fit::engine::dict::Dict;

use crate::util::MANAGERS;
use program_fit::engine::advice::explore::explore;
use program_fit::engine::config::lead::LeadMode;
use program_fit::engine::session::attribution::{parse_fields, Attribution};
use program_fit::engine::session::detail::explore_value;
use program_fit::engine::session::lead_form::{check_form, contact, is_email, FieldProblem};
use program_fit::engine::session::lead_payload::{
    idempotency_key, lead_payload, page_without_query, Submission,
};
use program_fit::engine::text::cta::{cta_href, encode_component, CtaContext};
use program_fit::engine::text::summary::plain_summary;
use program_fit::engine::{recommend, Answer, Answers, Config};
use serde_json::{json, Value};

fn errors(patch: Value) -> Vec<String> {
    match Config::from_json(&patch.to_string()) {
        Ok(_) => vec![],
        Err(errs) => errs.iter().map(|e| e.to_string()).collect(),
    }
}

fn lead_on(extra: Value) -> Value {
    let mut lead = json!({ "mode": "optional", "privacy_url": "https://example.com/privacy" });
    for (k, v) in extra.as_object().unwrap() {
        lead[k] = v.clone();
    }
    json!({ "lead": lead })
}

fn answers() -> Answers {
    let c = Config::default_config();
    let (a, errs) = Answers::from_json_lenient(&c, MANAGERS);
    assert!(errs.is_empty());
    a
}

#[test]
fn the_lead_step_is_off_by_default_and_a_minimal_section_turns_it_on() {
    assert_eq!(Config::default_config().lead.mode, LeadMode::Off);
    let c = Config::from_json(&lead_on(json!({})).to_string()).unwrap();
    assert_eq!(c.lead.mode, LeadMode::Optional);
}

#[test]
fn results_behind_the_form_without_a_skip_are_refused() {
    let errs = errors(lead_on(json!({ "mode": "before_results" })));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("lead.allow_skip: must be true"),
        "{errs:?}"
    );
    assert!(errors(lead_on(
        json!({ "mode": "before_results", "allow_skip": true })
    ))
    .is_empty());
}

#[test]
fn a_privacy_link_is_required_and_must_be_https() {
    let errs = errors(json!({ "lead": { "mode": "optional" } }));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("lead.privacy_url: is required"));
    for bad in [
        "http://example.com/privacy",
        "javascript:alert(1)",
        "https://",
        "/privacy",
    ] {
        let errs = errors(lead_on(json!({ "privacy_url": bad })));
        assert_eq!(errs, ["lead.privacy_url: must be an https: URL"], "{bad}");
    }
}

#[test]
fn an_endpoint_must_be_https_or_localhost() {
    for good in [
        "https://crm.example.com/leads",
        "http://127.0.0.1:9999/lead",
        "http://localhost/x",
    ] {
        assert!(
            errors(lead_on(json!({ "endpoint": good }))).is_empty(),
            "{good}"
        );
    }
    for bad in [
        "http://crm.example.com/leads",
        "mailto:leads@example.com",
        "javascript:x",
        "leads",
    ] {
        let errs = errors(lead_on(json!({ "endpoint": bad })));
        assert_eq!(
            errs,
            ["lead.endpoint: must be an https: URL (http: only for localhost)"],
            "{bad}"
        );
    }
}

#[test]
fn the_work_email_cannot_be_dropped_and_unknown_fields_are_refused() {
    let errs = errors(lead_on(json!({ "fields": { "email": "optional" } })));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("lead.fields.email: must be \"required\""));
    let errs = errors(lead_on(json!({ "fields": { "fax": "optional" } })));
    assert!(
        errs[0].starts_with("lead.fields.fax: is not a known key"),
        "{errs:?}"
    );
    let errs = errors(lead_on(json!({ "mode": "sometimes" })));
    assert!(
        errs[0].starts_with("lead.mode: must be \"off\", \"optional\" or \"before_results\""),
        "{errs:?}"
    );
}

#[test]
fn a_consent_text_key_the_texts_lack_is_an_error() {
    let errs = errors(lead_on(json!({ "consent_text": "lead.consent.gdpr" })));
    assert_eq!(errs, ["texts.en: missing text \"lead.consent.gdpr\""]);
}

#[test]
fn unknown_or_broken_cta_placeholders_are_errors() {
    let errs = errors(json!({ "cta": { "url": "https://cal.example.com/x?k={kind}&n={name}" } }));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("cta.url: unknown placeholder \"{name}\"; use {kind}, {coached}"));
    assert_eq!(
        errors(json!({ "cta": { "url": "https://cal.example.com/x?k={kind" } })),
        ["cta.url: has a \"{\" without a \"}\""]
    );
    assert_eq!(
        errors(json!({ "cta": { "url": "https://cal.example.com/x?k=kind}&c={coached}" } })),
        ["cta.url: has a \"}\" without a \"{\""]
    );
    let ok =
        "https://cal.example.com/x?k={kind}&c={coached}&m={mentored}&p={participants}&l={locale}";
    assert!(errors(json!({ "cta": { "url": ok } })).is_empty());
    let attribution = "https://cal.example.com/x?r={reached}&b={budget}&l={leadId}&s={hidden.utm_source}&p={hidden.partner-id}";
    assert!(errors(json!({ "cta": { "url": attribution } })).is_empty());
    let bad_field = errors(
        json!({ "cta": { "url": "https://cal.example.com/x?s={hidden.utm source}&t={hidden.}" } }),
    );
    assert_eq!(bad_field.len(), 2, "{bad_field:?}");
    assert!(
        bad_field[0].ends_with("or {hidden.<name>}"),
        "{bad_field:?}"
    );
}

#[test]
fn cta_placeholders_are_filled_and_url_encoded() {
    let c = Config::default_config();
    let a = answers();
    let rec = recommend(&c, &a).unwrap();
    let mut hidden = Dict::new();
    hidden.insert("utm_source".to_string(), "news letter".to_string());
    let cx = |locale, lead_id| CtaContext {
        locale,
        hidden: &hidden,
        lead_id,
    };
    let url = "https://cal.example.com/meet?kind={kind}&c={coached}&m={mentored}&n={participants}&lang={locale}";
    assert_eq!(
        cta_href(url, &(&rec).into(), &cx("de-AT & more", "")),
        "https://cal.example.com/meet?kind=hybrid&c=66&m=120&n=120&lang=de-AT%20%26%20more"
    );
    let attribution = "https://x.example/?r={reached}&b={budget}&lead={leadId}&s={hidden.utm_source}&p={hidden.partner}";
    assert_eq!(
        cta_href(attribution, &(&rec).into(), &cx("en", "")),
        "https://x.example/?r=120&b=150000&lead=&s=news%20letter&p=",
        "before a lead is sent, and for a field the page did not pass, the value is empty"
    );
    assert_eq!(
        cta_href(attribution, &(&rec).into(), &cx("en", "k-1")),
        "https://x.example/?r=120&b=150000&lead=k-1&s=news%20letter&p="
    );
    let mut unknown = a.clone();
    unknown.set("budget", Answer::Choice("unknown".into()));
    let undecided = recommend(&c, &unknown).unwrap();
    assert_eq!(
        cta_href(
            "https://x.example/?b={budget}",
            &(&undecided).into(),
            &cx("en", "")
        ),
        "https://x.example/?b=unknown"
    );
    assert_eq!(
        cta_href("https://x.example/{other}", &(&rec).into(), &cx("en", "")),
        "https://x.example/{other}"
    );
    assert_eq!(encode_component("a b/c?d=é#"), "a%20b%2Fc%3Fd%3D%C3%A9%23");
}

#[test]
fn the_form_reports_every_problem_in_order() {
    let c = Config::from_json(
        &lead_on(json!({ "fields": { "name": "required", "phone": "optional" } })).to_string(),
    )
    .unwrap();
    let mut values = Dict::new();
    values.insert("email".to_string(), "someone@example".to_string());
    values.insert("phone".to_string(), "1".repeat(41));
    assert_eq!(
        check_form(&c.lead, &values, false),
        vec![
            ("name", FieldProblem::Missing),
            ("email", FieldProblem::BadEmail),
            ("phone", FieldProblem::TooLong { max: 40 }),
            ("consent", FieldProblem::NoConsent),
        ]
    );
    values.insert("name".to_string(), "  Ana Ruiz ".to_string());
    values.insert("email".to_string(), "ana.ruiz@example.co.uk".to_string());
    values.insert("phone".to_string(), String::new());
    values.insert("message".to_string(), "not a shown field".to_string());
    assert!(check_form(&c.lead, &values, true).is_empty());
    let sent = contact(&c.lead, &values);
    assert_eq!(
        sent,
        Dict::from_iter([
            ("email", "ana.ruiz@example.co.uk".to_string()),
            ("name", "Ana Ruiz".to_string()),
        ])
    );
}

#[test]
fn email_syntax() {
    for good in [
        "a@b.co",
        "first.last+tag@sub.example.org",
        "ana@münchen.de",
        "ivan@пример.рф",
        "li@例子.中国",
    ] {
        assert!(is_email(good), "{good}");
    }
    for bad in [
        "", "a", "a@", "@b.co", "a@b", "a@b.c", "a b@c.de", "a@@b.de", "a@b..de", ".a@b.de",
        "a@-b.de", "a@b.d3",
    ] {
        assert!(!is_email(bad), "{bad}");
    }
}

/// An address can look right and still hide characters: a zero-width
/// space in `pay\u{200B}pal.com`, a bidi override that reverses what shows,
/// a C1 control. They are refused with the usual message, and none is sent.
#[test]
fn email_refuses_invisible_format_and_control_characters() {
    let hidden = [
        '\u{0}',
        '\u{1F}',
        '\u{7F}',
        '\u{80}',
        '\u{85}',
        '\u{9F}',
        '\u{A0}',
        '\u{AD}',
        '\u{34F}',
        '\u{61C}',
        '\u{115F}',
        '\u{1160}',
        '\u{17B4}',
        '\u{180E}',
        '\u{2000}',
        '\u{200A}',
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{200E}',
        '\u{200F}',
        '\u{2028}',
        '\u{2029}',
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{202F}',
        '\u{205F}',
        '\u{2060}',
        '\u{2061}',
        '\u{2062}',
        '\u{2063}',
        '\u{2064}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{206F}',
        '\u{3000}',
        '\u{3164}',
        '\u{FE00}',
        '\u{FE0F}',
        '\u{FEFF}',
        '\u{FFA0}',
        '\u{FFF9}',
        '\u{FFFB}',
        '\u{1D173}',
        '\u{E0001}',
        '\u{E0041}',
        '\u{E01EF}',
    ];
    let mut passed = Vec::new();
    for c in hidden {
        for address in [
            format!("a@pay{c}pal.com"),
            format!("a{c}b@paypal.com"),
            format!("{c}a@paypal.com"),
        ] {
            if is_email(&address) {
                passed.push(address);
            }
        }
    }
    assert!(passed.is_empty(), "accepted: {passed:?}");
    // Through the form: the usual message for a bad address.
    let c = Config::from_json(&lead_on(json!({})).to_string()).unwrap();
    let values = Dict::from_iter([("email", "ana@pay\u{200B}pal.com".to_string())]);
    assert_eq!(
        check_form(&c.lead, &values, true),
        vec![("email", FieldProblem::BadEmail)]
    );
    // Letters beyond ASCII are still letters.
    assert!(is_email("ana@münchen.de") && is_email("li@例子.中国"));
}

#[test]
fn the_payload_is_exactly_the_contract() {
    let c = Config::default_config();
    let a = answers();
    let rec = recommend(&c, &a).unwrap();
    let contact = Dict::from_iter([("email", "ana@example.com".to_string())]);
    let s = Submission {
        key: "k-1",
        contact: &contact,
        consent_text: "I agree.",
        privacy_url: "https://example.com/privacy",
        consented_at: "2026-11-29T09:00:00.000Z",
        locale: "en",
        page_url: "https://www.example.com/programmes?utm=x#pf-fit=1,goal:skill",
        version: "0.1.0",
        copy: None,
        fast: false,
        attribution: &Attribution::default(),
        scenario: None,
        programme: None,
    };
    let p: Value = serde_json::from_str(&lead_payload(&s, &rec, &a)).unwrap();
    assert_eq!(
        p,
        json!({
            "idempotencyKey": "k-1",
            "contact": { "email": "ana@example.com" },
            "consent": { "text": "I agree.", "privacyUrl": "https://example.com/privacy", "timestamp": "2026-11-29T09:00:00.000Z" },
            "recommendation": "hybrid",
            "scores": { "coaching": rec.scores.coaching, "mentoring": rec.scores.mentoring },
            "plan": {
                "coached": 66, "mentored": 120, "reached": 120, "waiting": 0, "cost": 149_400,
                "fundingGap": 0, "mentorsNeeded": 20, "mentorsLikely": 30, "mentorShortfall": 0,
                "formats": ["group_coaching", "mentoring_circles"],
                "mentorTimeCost": 0, "preferenceOverridden": [],
                "starts": [
                    { "quarter": 1, "format": "group_coaching", "people": 66 },
                    { "quarter": 2, "format": "mentoring_circles", "people": 120 }
                ],
                "mentoringParts": [{ "format": "mentoring_circles", "people": 120, "mentors": 20 }],
                "alternatives": [
                    { "kind": "mentoring", "reached": 120, "cost": 17_400, "formats": ["mentoring_circles"] },
                    { "kind": "coaching", "reached": 75, "cost": 150_000, "formats": ["group_coaching"] }
                ],
                "closeCall": false
            },
            "answers": serde_json::from_str::<Value>(MANAGERS).unwrap(),
            "locale": "en",
            "pageUrl": "https://www.example.com/programmes",
            "hiddenFields": {},
            "version": "0.1.0"
        })
    );
    // The host's hidden fields travel with it, and in iframe mode the
    // partner page it came from, without its query.
    let (fields, _) = parse_fields("utm_source=mail&partner=acme");
    let attribution = Attribution {
        fields,
        partner_page: Some("https://partner.example/hr/tools?ref=1#x".into()),
    };
    let framed = Submission {
        attribution: &attribution,
        scenario: None,
        programme: None,
        ..s
    };
    let p: Value = serde_json::from_str(&lead_payload(&framed, &rec, &a)).unwrap();
    assert_eq!(
        p["hiddenFields"],
        json!({ "utm_source": "mail", "partner": "acme" })
    );
    assert_eq!(p["partnerPage"], json!("https://partner.example/hr/tools"));
    let with_copy = Submission {
        copy: Some("the summary"),
        ..s
    };
    let p: Value = serde_json::from_str(&lead_payload(&with_copy, &rec, &a)).unwrap();
    assert_eq!(
        (p["sendCopy"].clone(), p["summary"].clone()),
        (json!(true), json!("the summary"))
    );
    // A scenario pinned in the explorer goes with it, as the explore event
    // describes it.
    let mut tried = Answers::default();
    tried.set("budget", Answer::Number(60_000));
    let e = explore(&c, &a, &tried).unwrap();
    let pinned = Submission {
        scenario: Some(explore_value(&tried, &e)),
        ..with_copy
    };
    let p: Value = serde_json::from_str(&lead_payload(&pinned, &rec, &a)).unwrap();
    assert_eq!(p["scenario"]["changed"], json!({"budget": 60000}));
    assert_eq!(p["scenario"]["plan"]["reached"], json!(e.view.reached));
    assert_eq!(
        p["scenario"]["difference"]["cost"],
        json!(e.view.cost as i64 - e.original.cost as i64)
    );
    assert_eq!(
        p["plan"]["cost"],
        json!(149_400),
        "the plan itself is the answers' plan"
    );
}

#[test]
fn page_urls_lose_query_and_fragment() {
    assert_eq!(
        page_without_query("https://a.example/p?x=1#y"),
        "https://a.example/p"
    );
    assert_eq!(
        page_without_query("https://a.example/p#y?z"),
        "https://a.example/p"
    );
    assert_eq!(
        page_without_query("https://a.example/"),
        "https://a.example/"
    );
}

#[test]
fn idempotency_keys_are_version_4_uuids() {
    let k = idempotency_key([0xff; 16]);
    assert_eq!(k, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    assert_ne!(idempotency_key([1; 16]), idempotency_key([2; 16]));
}

#[test]
fn the_plain_summary_has_kind_why_plan_cost_and_numbered_steps() {
    let c = Config::default_config();
    let a = answers();
    let rec = recommend(&c, &a).unwrap();
    let s = plain_summary(
        &c,
        "en",
        &program_fit::engine::text::formatter::Plain,
        &a,
        &rec,
    );
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines[0], c.text("en", "summary.title"));
    assert_eq!(
        lines[2],
        format!("Recommendation: {}", c.text("en", "kind.hybrid"))
    );
    assert!(lines.contains(&"Cost this year: $149,400"), "{s}");
    let steps = program_fit::engine::next_steps(&c, &a, &rec);
    let numbered: Vec<&&str> = lines
        .iter()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(numbered.len(), steps.len());
    assert_eq!(*numbered[0], format!("1. {}", c.text("en", &steps[0])));
    assert!(
        !s.contains('<') && !s.contains("{"),
        "plain text only, every placeholder filled: {s}"
    );
}

#[test]
fn the_demo_pages_config_is_valid_and_turns_the_optional_form_on() {
    let c = Config::from_json(include_str!("../../config/demo.json")).unwrap();
    assert_eq!(c.lead.mode, LeadMode::Optional);
    assert!(c.lead.email_copy);
    assert_eq!(c.text("en", "firm.name"), "Acme Talent Partners");
}

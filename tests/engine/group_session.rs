//! The public contract of programmes with several groups (issue 27): share
//! links, stored progress and prefill take the `groups` form, what was
//! made before groups still opens, and `complete` gains `groups`.

use crate::util::{cfg, grouped_json, json_answers, Plain, MANAGERS};
use program_fit::engine::dict::Dict;
use program_fit::engine::session::attribution::Attribution;
use program_fit::engine::session::detail::complete;
use program_fit::engine::session::detail_groups::{complete_programme, programme_result};
use program_fit::engine::session::lead_payload::{lead_payload, Submission};
use program_fit::engine::session::share::share_fragment;
use program_fit::engine::session::share_groups::{read_share_programme, share_programme};
use program_fit::engine::session::start::Inputs;
use program_fit::engine::session::stored::{
    decode_programme, decode_state, encode_programme, encode_state, RestoreError,
};
use program_fit::engine::session::{start_programme, Screen, Source};
use program_fit::engine::text::formatter::Formatter;
use program_fit::engine::text::summary::programme_summary;
use program_fit::engine::{plan_programme, Grouped};

const TWO: &str = r#"{"budget":250000,"mentors":"some","groups":[
  {"name":"Executives, first","answers":{"goal":"leadership","audience":"executives","participants":12,"duration":"year","driver":"organisation","path":"unimportant"}},
  {"name":"Managers","answers":{"goal":"skill","audience":"managers","participants":200,"duration":"year","driver":"shared","path":"helpful"}}]}"#;

#[test]
fn a_two_group_share_link_round_trips_and_old_links_still_open() {
    let g = grouped_json(TWO);
    let frag = share_programme("top=1", "a", &g, None);
    assert!(frag.starts_with("top=1&pf-a=2,"), "{frag}");
    assert!(frag.contains(",~g:Executives%2C%20first,"), "{frag}");
    assert_eq!(read_share_programme(cfg(), &frag, "a"), Some(Ok((g, None))));

    let one = grouped_json(MANAGERS);
    let old = share_fragment("", "a", &json_answers(MANAGERS), None);
    assert_eq!(
        share_programme("", "a", &one, None),
        old,
        "one group: today's link"
    );
    assert_eq!(
        read_share_programme(cfg(), &old, "a"),
        Some(Ok((one, None)))
    );

    let r = |f: &str| read_share_programme(cfg(), f, "a").unwrap();
    assert!(matches!(
        r("pf-a=2,budget:1000"),
        Err(RestoreError::Garbled(_))
    ));
    assert!(matches!(
        r("pf-a=3,budget:1000"),
        Err(RestoreError::Version(_))
    ));
    let half = frag.replace(",goal:skill", "");
    assert_eq!(r(&half), Err(RestoreError::Incomplete));
    let shared_in_group = frag.replace(",goal:skill", ",goal:skill,mentors:3");
    assert!(matches!(r(&shared_in_group), Err(RestoreError::Answers(_))));
}

#[test]
fn stored_progress_is_versioned_so_what_was_stored_before_groups_still_opens() {
    let g = grouped_json(TWO);
    let raw = encode_programme(&g, &Screen::Check);
    assert!(raw.contains(r#""v":2"#), "{raw}");
    assert_eq!(decode_programme(cfg(), &raw), Ok((g, Screen::Check)));
    // A reader from before groups refuses it as another version.
    assert!(matches!(decode_state(cfg(), &raw), Err(RestoreError::Version(v)) if v == "2"));

    let flat = json_answers(MANAGERS);
    let old = encode_state(&flat, &Screen::Results);
    let one = Grouped::single(cfg(), &flat);
    assert_eq!(encode_programme(&one, &Screen::Results), old);
    assert_eq!(decode_programme(cfg(), &old), Ok((one, Screen::Results)));
}

#[test]
fn a_groups_prefill_opens_the_results_of_every_group() {
    let inputs = Inputs {
        prefill: Some(TWO),
        ..Inputs::default()
    };
    let found = start_programme(cfg(), "a", inputs);
    assert!(found.warnings.is_empty(), "{:?}", found.warnings);
    assert_eq!(found.source, Source::Prefill);
    assert_eq!(found.answers, Some((grouped_json(TWO), Screen::Results)));

    let flat = Inputs {
        prefill: Some(MANAGERS),
        ..Inputs::default()
    };
    let found = start_programme(cfg(), "a", flat).answers;
    assert_eq!(found.map(|(g, _)| g.groups.len()), Some(1));
}

#[test]
fn a_two_group_complete_event_carries_each_group_and_the_whole_programme() {
    let g = grouped_json(TWO);
    let p = plan_programme(cfg(), &g).unwrap();
    let from = (Source::Answers, &Attribution::default());
    let raw = complete_programme(cfg(), &p, &g, ("en", &Plain), from);
    let d: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let groups = d["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0]["name"], "Executives, first");
    assert_eq!(groups[1]["answers"]["participants"], 200);
    assert!(
        groups[1]["answers"].get("budget").is_none(),
        "shared answers once"
    );
    assert_eq!(d["answers"]["budget"], 250000);
    let reached: u64 = groups
        .iter()
        .map(|g| g["plan"]["reached"].as_u64().unwrap())
        .sum();
    assert_eq!(d["plan"]["reached"], reached);
    assert_eq!(d["plan"]["reached"], p.totals.reached);
    assert_eq!(d["plan"]["cost"], p.totals.cost);
    assert_eq!(d["recommendation"], "hybrid");
    for start in d["plan"]["starts"].as_array().unwrap() {
        assert!(start["group"].is_u64(), "{start}");
    }

    let one = grouped_json(MANAGERS);
    let p = plan_programme(cfg(), &one).unwrap();
    let rec = &p.groups[0].recommendation;
    assert_eq!(
        complete_programme(cfg(), &p, &one, ("en", &Plain), from),
        complete(cfg(), rec, &json_answers(MANAGERS), ("en", &Plain), from),
        "one group: today's detail"
    );
}

#[test]
fn a_two_group_lead_describes_the_whole_programme_as_complete_does() {
    let g = grouped_json(TWO);
    let p = plan_programme(cfg(), &g).unwrap();
    let first = &p.groups[0].recommendation;
    let contact = Dict::from_iter([("email", "ana@example.com".to_string())]);
    let attribution = Attribution::default();
    let s = Submission {
        key: "k-1",
        contact: &contact,
        consent_text: "I agree.",
        privacy_url: "https://example.com/privacy",
        consented_at: "2026-11-29T09:00:00.000Z",
        locale: "en",
        page_url: "https://www.example.com/",
        version: "0.1.0",
        copy: None,
        fast: false,
        attribution: &attribution,
        scenario: None,
        programme: programme_result(cfg(), &p, &g, ("en", &Plain)),
    };
    let lead: serde_json::Value =
        serde_json::from_str(&lead_payload(&s, first, &g.answers_of(0))).unwrap();
    let from = (Source::Answers, &attribution);
    let done: serde_json::Value =
        serde_json::from_str(&complete_programme(cfg(), &p, &g, ("en", &Plain), from)).unwrap();
    for key in ["recommendation", "plan", "answers", "groups"] {
        assert_eq!(lead[key], done[key], "{key}");
    }
    assert_eq!(lead["groups"].as_array().map(Vec::len), Some(2));
    assert_eq!(lead["plan"]["reached"], p.totals.reached);
    assert_eq!(lead["contact"]["email"], "ana@example.com");

    // One unnamed group: today's payload, with nothing to replace.
    let one = grouped_json(MANAGERS);
    let p = plan_programme(cfg(), &one).unwrap();
    assert_eq!(programme_result(cfg(), &p, &one, ("en", &Plain)), None);
}

#[test]
fn the_summary_names_an_unnamed_group_by_its_place_as_the_results_do() {
    let g = grouped_json(&TWO.replace(r#""name":"Managers","#, r#""name":"","#));
    let p = plan_programme(cfg(), &g).unwrap();
    let s = programme_summary(cfg(), ("en", &Plain), &p, &g);
    assert!(s.lines().any(|l| l.starts_with("Group 2: ")), "{s}");
    assert!(
        s.lines().any(|l| l.starts_with("Executives, first: ")),
        "{s}"
    );
}

#[test]
fn email_me_this_plan_sends_the_whole_programme() {
    let g = grouped_json(TWO);
    let p = plan_programme(cfg(), &g).unwrap();
    let s = programme_summary(cfg(), ("en", &Plain), &p, &g);
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "Your programme fit result",
            "",
            "Recommendation: One plan for 2 groups"
        ]
    );
    assert!(
        lines[3].starts_with("Together the plans reach 212 people of 212 for "),
        "{s}"
    );
    let at = |prefix: &str| lines.iter().position(|l| l.starts_with(prefix));
    let (first, second) = (
        at("Executives, first: ").unwrap(),
        at("Managers: ").unwrap(),
    );
    assert!(first < second, "{s}");
    assert!(
        lines[second + 1].starts_with("Planned first: Executives, first, with "),
        "{s}"
    );
    let cost = format!(
        "Cost this year: {}",
        Plain.money(p.groups[1].recommendation.plan.cost)
    );
    assert!(lines[second + 2..].iter().any(|l| *l == cost), "{s}");
    // The next steps of both groups, numbered, each once.
    let steps: Vec<&str> = lines[at("Next steps").unwrap() + 1..]
        .iter()
        .map(|l| l.split_once(". ").unwrap().1)
        .collect();
    let once: std::collections::BTreeSet<&str> = steps.iter().copied().collect();
    assert_eq!(steps.len(), once.len(), "{s}");
    assert!(steps.len() >= 5, "{s}");
    // A step for one group names it; one for both does not.
    let team = "Choose a coach experienced with leadership teams; start with one-to-one interviews and a launch session, then meet as a team every month. (Executives, first)";
    assert!(steps.contains(&team), "{s}");
    assert!(steps.iter().any(|s| !s.ends_with(')')), "{s}");
}

//! The printed report's cost assumptions: the prices and ratios behind the
//! plan's figures, for the formats it uses only.

use crate::util::{cfg, json_answers, recommend_json, EXECUTIVES, MANAGERS};
use program_fit::engine::text::assumptions::cost_assumptions;
use program_fit::engine::text::formatter::{Formatter, Plain};
use program_fit::engine::{recommend, Config, Format};

fn assumptions(json: &str) -> Vec<String> {
    cost_assumptions(cfg(), "en", &Plain, &recommend_json(json).plan)
}

#[test]
fn a_hybrid_states_its_coaching_price_and_its_mentoring_costs_and_ratio() {
    let lines = assumptions(MANAGERS);
    assert_eq!(
        lines,
        [
            "Group coaching costs $2,000 per person for a year, in groups of at least 4.",
            "Running the mentoring scheme for 120 mentees costs $17,400 this year: a coordinator, mentor training and, for a larger scheme, a mentoring platform.",
            "Mentoring circles: each mentor leads a circle of up to 6 mentees.",
            "Mentors give their time alongside their job; it is not costed.",
        ]
    );
}

#[test]
fn short_coaching_states_the_share_of_a_year_and_no_mentoring() {
    let lines = assumptions(EXECUTIVES);
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
                        r#"{{"goal":"skill","audience":"{audience}","participants":40,"budget":60000,"duration":"year","driver":"shared","mentors":"many","path":"helpful","internal_coaches":"{coaches}","line_managers":"some","mentor_time":"{time}","format":"{format}"}}"#
                    );
                    let rec = recommend(&c, &json_answers(&json)).unwrap();
                    for f in rec.plan.formats() {
                        seen.insert(f);
                    }
                    for line in cost_assumptions(&c, "en", &Plain, &rec.plan) {
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

/// The price the report states for a coaching format is the one the plan
/// is costed in: a year's fee, times the share of a year, times the people
/// coached (at least a group's minimum) is the plan's cost. It once stated
/// the one-to-one price for every format but groups.
#[test]
fn the_stated_price_per_person_is_the_plans_cost_divided_by_its_people() {
    let c = Config::default_config();
    let mut checked = Vec::new();
    for (audience, coaches, managers, budget) in [
        ("managers", "established", "no", 15_000),
        ("managers", "none", "trained", 6_000),
        ("managers", "none", "no", 70_000),
        ("managers", "none", "no", 20_000),
        ("executives", "none", "no", 300_000),
        ("frontline", "none", "no", 30_000),
    ] {
        for duration in ["short", "year"] {
            let json = format!(
                r#"{{"goal":"skill","audience":"{audience}","participants":10,"budget":{budget},"duration":"{duration}","driver":"organisation","mentors":0,"path":"unimportant","internal_coaches":"{coaches}","line_managers":"{managers}"}}"#
            );
            let rec = recommend(&c, &json_answers(&json)).unwrap();
            let p = &rec.plan;
            let o = p.coaching_offer.expect("a coaching plan");
            assert_eq!(p.mentored, 0, "{json}");
            let people = p.coached.max(o.min);
            assert_eq!(p.cost, people * o.price, "{json}");
            let lines = cost_assumptions(&c, "en", &Plain, p);
            assert!(lines[0].contains(&Plain.money(o.year)), "{lines:?}");
            if duration == "year" {
                assert_eq!(o.price, o.year);
                assert_eq!(lines.len(), 1, "{lines:?}");
            } else {
                assert_eq!(o.price * 2, o.year, "half a year's fee");
                assert!(lines[1].contains("50%"), "{lines:?}");
            }
            checked.push(o.format);
        }
    }
    for f in [
        Format::InternalCoaching,
        Format::ManagerCoaching,
        Format::IndividualCoaching,
        Format::GroupCoaching,
    ] {
        assert!(checked.contains(&f), "{f:?} is checked: {checked:?}");
    }
    // The case that was wrong: ten managers with internal coaches cost
    // $15,000, $1,500 each, not the $7,000 one-to-one price.
    let json = r#"{"goal":"skill","audience":"managers","participants":10,"budget":15000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant","internal_coaches":"established"}"#;
    let rec = recommend(&c, &json_answers(json)).unwrap();
    assert_eq!(rec.plan.cost, 15_000);
    assert_eq!(
        cost_assumptions(&c, "en", &Plain, &rec.plan)[0],
        "Coaching by your own trained coaches is costed at $1,500 per person for a year: their time, supervision and accreditation."
    );
}

/// Mentoring's stated costs add up to the plan's cost: running the scheme
/// for its mentees, and the mentors' paid hours at the goal's intensity.
#[test]
fn the_stated_mentoring_costs_add_up_to_the_plans_cost() {
    let json = r#"{"goal":"knowledge","audience":"specialists","participants":24,"budget":150000,"duration":"year","driver":"participant","mentors":12,"path":"essential","mentor_time":"paid"}"#;
    let p = recommend_json(json).plan;
    let t = p.mentoring_terms.expect("a mentoring plan");
    assert_eq!(p.cost, p.coaching_cost + p.scheme_cost + p.mentor_time_cost);
    assert_eq!(p.mentor_time_cost, p.mentored * t.hours * t.hour);
    assert_eq!(
        (t.hours, t.hour),
        (100, 75),
        "knowledge transfer, specialists' mentors"
    );
    let lines = assumptions(json);
    let time = lines
        .iter()
        .find(|l| l.starts_with("Mentors' time"))
        .unwrap();
    assert!(
        time.contains("$75 an hour for 100 hours a year per mentee"),
        "{time}"
    );
    assert!(time.contains(&Plain.money(p.mentor_time_cost)), "{time}");
    // 30 successors and 12 experts: 20 in pairs and 10 in circles beside
    // them, each part's hours stated with its own cost.
    let json = json
        .replace("\"participants\":24", "\"participants\":30")
        .replace("150000", "400000");
    let p = recommend_json(&json).plan;
    let (circles, in_circles) = p.mentoring_extra.expect("a circle beside the pairs");
    assert_eq!((p.mentored - in_circles, in_circles), (20, 10));
    let lines = assumptions(&json);
    let find = |start: &str| lines.iter().find(|l| l.starts_with(start)).unwrap().clone();
    let pairs_time = 20 * 100 * 75;
    assert!(
        find("Mentors' time").contains(&Plain.money(pairs_time)),
        "{lines:?}"
    );
    let circle_time = circles.time_cost(10);
    assert_eq!(pairs_time + circle_time, p.mentor_time_cost);
    assert!(
        find("In the circles beside").contains(&Plain.money(circle_time)),
        "{lines:?}"
    );
}

fn alternatives(json: &str, locale: &str) -> Vec<String> {
    let r = recommend_json(json);
    let words = program_fit::engine::Words::new(cfg(), locale, &Plain);
    words
        .alternatives(&r)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The report names every plan of another kind that was weighed, in its
/// own numbers, and why it lost: fewer people, or as many served less well.
#[test]
fn the_report_names_each_alternative_with_why_it_lost() {
    assert_eq!(
        alternatives(MANAGERS, "en"),
        [
            "Mentoring alone: 120 people in mentoring circles with 20 volunteer mentors, for $17,400. Set aside because it serves your people and your goal less well.",
            "Coaching alone: 75 people in small coaching groups, for $150,000. Set aside because it reaches 75 people, against 120 people with the recommended plan.",
        ]
    );
}

#[test]
fn a_close_call_is_said_to_be_one_and_no_alternative_says_so_too() {
    let close = alternatives(
        r#"{"goal":"skill","audience":"everyone","participants":1000,"budget":100000,"duration":"short","driver":"organisation","mentors":"some","path":"unimportant"}"#,
        "en",
    );
    assert!(close[0].starts_with("Mentoring alone: "), "{close:?}");
    assert!(
        close[0].ends_with("A close call: it would serve your people almost as well, so it is worth discussing both."),
        "{close:?}"
    );
    // Executives on a short programme: coaching alone serves the goal; no
    // plan of another kind was weighed, and the report says so.
    assert_eq!(
        alternatives(EXECUTIVES, "en"),
        [cfg().text("en", "report.alt.none")]
    );
}

#[test]
fn the_alternatives_read_in_the_shipped_locales_with_every_placeholder_filled() {
    let mut c = Config::default_config();
    for name in crate::util::shipped_locales() {
        c.add_locale(&name, crate::util::shipped(&name));
    }
    let r = recommend_json(MANAGERS);
    for locale in ["de", "es"] {
        let lines = program_fit::engine::Words::new(&c, locale, &Plain).alternatives(&r);
        assert_eq!(lines.len(), 2);
        for line in &lines {
            let text = line.to_string();
            assert!(
                !text.contains('{') && !text.starts_with("report."),
                "{text}"
            );
            assert_ne!(text, alternatives(MANAGERS, "en")[0]);
        }
    }
}

#[test]
fn one_person_is_counted_as_one_in_the_scheme_and_the_answers() {
    let one = r#"{"goal":"skill","audience":"new_in_role","participants":1,"budget":0,"duration":"short","driver":"shared","mentors":1,"path":"helpful"}"#;
    let lines = assumptions(one);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("For 1 mentee the scheme")),
        "{lines:?}"
    );
    let r = recommend_json(one);
    let words = program_fit::engine::Words::new(cfg(), "en", &Plain);
    let said: Vec<String> = r
        .timeline
        .iter()
        .flat_map(|q| words.quarter(&r.plan, q).1)
        .map(|p| p.to_string())
        .collect();
    assert!(
        said.contains(
            &"Review progress against the goal with the participant and their manager.".to_string()
        ),
        "{said:?}"
    );
    // One mentor and one mentee are not "the pairs".
    assert!(
        said.contains(
            &"Brief and train 1 volunteer mentor, then introduce them to the person.".to_string()
        ),
        "{said:?}"
    );
    let eight = assumptions(
        &one.replace(r#""participants":1"#, r#""participants":8"#)
            .replace(r#""mentors":1"#, r#""mentors":4"#),
    );
    assert!(
        eight
            .iter()
            .any(|l| l.starts_with("For 8 mentees the scheme")),
        "{eight:?}"
    );
    let mut c = Config::default_config();
    for name in crate::util::shipped_locales() {
        c.add_locale(&name, crate::util::shipped(&name));
    }
    let label = |n: u64, locale: &str| {
        let a = program_fit::engine::Answer::Number(n);
        program_fit::engine::text::labels::answer_label(&c, locale, &Plain, "participants", &a)
            .unwrap()
    };
    assert_eq!(label(1, "en"), "1 person");
    assert_eq!(label(2, "en"), "2 people");
    assert_eq!(label(1, "de"), "1 Person");
    assert_eq!(label(1, "es"), "1 persona");
    assert_eq!(label(3, "es"), "3 personas");
}

#[test]
fn a_plan_that_mentors_nobody_yet_costs_no_scheme_and_keeps_paid_time_paid() {
    let r = recommend_json(
        r#"{"goal":"skill","audience":"executives","participants":16,"budget":0,"duration":"short","driver":"organisation","mentors":1,"mentor_time":"paid","path":"essential"}"#,
    );
    assert_eq!(r.plan.reached, 0);
    assert!(r.plan.mentoring_format.is_some());
    let lines = cost_assumptions(cfg(), "en", &Plain, &r.plan);
    assert!(!lines.iter().any(|l| l.contains("the scheme")), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Mentors' time is paid working time")),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.contains("not costed")), "{lines:?}");
}

#[test]
fn a_format_a_config_prices_at_nothing_states_no_share_of_a_year() {
    // Validation refuses a price of 0 (costs.*.per_head must be above 0);
    // a config built without it still states no share of a zero year
    // rather than dividing by it.
    let mut c = Config::default_config();
    let internal = c.costs.internal_coaching.as_mut().unwrap();
    internal.per_head.insert("managers", 0);
    let json = r#"{"goal":"skill","audience":"managers","participants":10,"budget":20000,"duration":"short","driver":"organisation","mentors":0,"path":"unimportant","internal_coaches":"established"}"#;
    let rec = recommend(&c, &json_answers(json)).unwrap();
    assert_eq!(rec.plan.coaching_format, Some(Format::InternalCoaching));
    let lines = cost_assumptions(&c, "en", &Plain, &rec.plan);
    assert_eq!(
        lines,
        ["Coaching by your own trained coaches is costed at $0 per person for a year: their time, supervision and accreditation."]
    );
}

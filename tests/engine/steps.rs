//! Next steps follow the goal, the agenda and duration answers and the plan,
//! and never contradict an answer.

use program_fit::engine::{next_steps, recommend, Answers, Kind};

use crate::util::{cfg, spec_answers};

fn answers(spec: &str) -> Answers {
    spec_answers(spec, "")
}

/// The steps' texts for one case, with the recommendation's kind.
fn steps(spec: &str) -> (Kind, Vec<String>) {
    steps_with(spec, "")
}

/// The same, with more answers (`extra`, starting with a comma).
fn steps_with(spec: &str, extra: &str) -> (Kind, Vec<String>) {
    let a = spec_answers(spec, extra);
    let r = recommend(cfg(), &a).unwrap();
    let keys = next_steps(cfg(), &a, &r);
    (
        r.kind,
        keys.iter()
            .map(|k| cfg().text("en", k).to_string())
            .collect(),
    )
}

fn options(id: &str) -> Vec<String> {
    let q = cfg().question(id).unwrap();
    q.options.iter().map(|o| o.id.clone()).collect()
}

/// Phrases that only fit one answer, and the answer they need.
const ONLY_WITH: [(&str, &str, &str); 8] = [
    ("set their own focus", "driver", "participant"),
    (
        "set their coaching goals with their coach",
        "driver",
        "participant",
    ),
    ("development needs you defined", "driver", "organisation"),
    ("balancing the organisation's needs", "driver", "shared"),
    ("with them and their line manager", "driver", "shared"),
    ("up to 6 months", "duration", "short"),
    ("6 to 12 months", "duration", "year"),
    ("beyond a year", "duration", "ongoing"),
];

#[test]
fn no_step_contradicts_the_agenda_or_duration_answers() {
    let mut checked = 0;
    let mut seen = std::collections::BTreeSet::new();
    for goal in options("goal") {
        for driver in options("driver") {
            for duration in options("duration") {
                for (n, budget) in [
                    ("5", "0"),
                    ("120", "150000"),
                    ("40", "unknown"),
                    ("400", "20000"),
                ] {
                    for expertise in ["few", "many"] {
                        let spec = format!(
                            "{goal}/managers/{n}/{budget}/{duration}/{driver}/{expertise}/helpful"
                        );
                        let a = answers(&spec);
                        let (kind, texts) = steps(&spec);
                        for (phrase, q, needed) in ONLY_WITH {
                            let said = texts.iter().any(|t| t.contains(phrase));
                            if said {
                                seen.insert(phrase);
                            }
                            assert!(
                                !said || a.choice(q) == Some(needed),
                                "{spec}: \"{phrase}\" in {texts:#?}"
                            );
                        }
                        if kind == Kind::Coaching {
                            assert!(
                                !texts.iter().any(|t| t.contains("mentor")),
                                "{spec}: {texts:#?}"
                            );
                        }
                        assert!(
                            texts.iter().all(|t| !t.is_empty() && !t.contains("next.")),
                            "{spec}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 5 * 3 * 3 * 4 * 2);
    // Not vacuous: every phrase is said for its own answer somewhere.
    assert_eq!(seen.len(), ONLY_WITH.len(), "{seen:?}");
}

#[test]
fn knowledge_transfer_starts_by_mapping_the_knowledge_and_ends_with_shadowing() {
    let (kind, texts) = steps("knowledge/managers/60/5000/year/organisation/some/essential");
    assert_eq!(kind, Kind::Mentoring);
    assert!(
        texts[0].starts_with("First map the critical knowledge"),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("shadowing with documented walkthroughs")),
        "{texts:#?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("set their own focus")),
        "organisation-led: {texts:#?}"
    );
}

#[test]
fn retention_gets_career_paths_sponsors_and_attrition_tracking() {
    let (_, texts) = steps("engagement/high_potentials/40/unknown/year/shared/some/helpful");
    assert!(texts[0].contains("baseline"), "{texts:#?}");
    let last = texts.last().unwrap();
    assert!(
        last.contains("career paths") && last.contains("sponsor") && last.contains("attrition"),
        "{last}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("next cohort")),
        "nobody waits: {texts:#?}"
    );
}

#[test]
fn skills_get_practice_with_observation_and_feedback_and_the_formats_in_the_plan() {
    // Coaching groups for all 25, with circles led by their mentors.
    let (kind, texts) = steps("skill/managers/25/60000/short/organisation/some/helpful");
    assert_eq!(kind, Kind::Hybrid);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("coaching groups of four to eight")),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("practice between sessions, observed")),
        "{texts:#?}"
    );
}

#[test]
fn people_who_wait_and_missing_mentors_get_their_own_steps() {
    let (_, texts) = steps("career/everyone/10000/3000000/ongoing/participant/few/essential");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("more mentors than you are likely to find")),
        "{texts:#?}"
    );
    assert!(texts.last().unwrap().contains("next cohort"), "{texts:#?}");
}

#[test]
fn one_person_has_the_steps_for_one_person() {
    // A short package and a mentor for one manager: "the person's goals",
    // "the mentee's focus", not "each person's" or mentors for "one or two mentees".
    let (_, one) = steps("skill/new_in_role/1/2000/short/shared/some/helpful");
    let said = one.join(" ");
    assert!(said.contains("Agree the person's goals"), "{said}");
    assert!(said.contains("Agree the mentee's focus"), "{said}");
    assert!(
        said.contains("Choose a mentor whose experience fits the person's goals"),
        "{said}"
    );
    for each in ["each person", "each mentee", "one or two mentees"] {
        assert!(!said.contains(each), "{each}: {said}");
    }
    // Two people keep the forms for a group.
    let (_, two) = steps("skill/new_in_role/2/6000/short/shared/some/helpful");
    assert!(
        two.join(" ").contains("Agree each person's goals"),
        "{two:?}"
    );
}

#[test]
fn people_who_wait_for_money_get_no_step_about_mentors() {
    // One paid mentor's circle has room; the money, not the mentor, runs out.
    let (_, said) = steps_with(
        "leadership/specialists/120/2000/year/shared/1/unimportant",
        r#","mentor_time":"paid""#,
    );
    let said = said.join(" ");
    assert!(said.contains("next cohort"), "{said}");
    assert!(!said.contains("more mentors"), "{said}");
    assert!(!said.contains("cannot take everyone"), "{said}");
}

#[test]
fn mentors_rosters_are_planned_only_when_the_plan_has_mentoring() {
    let paid = r#","mentor_time":"paid""#;
    let rosters = "mentors' rosters";
    // Small coaching groups serve these 10 best; the paid mentor is not used.
    let (kind, coaching) = steps_with(
        "skill/managers/10/20000/short/organisation/1/unimportant",
        &format!(r#"{paid},"format":"group""#),
    );
    assert_eq!(kind, Kind::Coaching);
    assert!(!coaching.join(" ").contains(rosters), "{coaching:?}");
    let (_, mentoring) = steps_with(
        "knowledge/specialists/24/150000/year/organisation/12/essential",
        paid,
    );
    assert!(mentoring.join(" ").contains(rosters), "{mentoring:?}");
}

#[test]
fn one_person_still_waiting_is_told_when_they_can_start_not_about_a_cohort() {
    let (_, said) = steps_with("skill/new_in_role/1/0/short/shared/0/helpful", "");
    let last = said.last().unwrap();
    assert!(
        last.contains("Agree with this person when they can start"),
        "{said:?}"
    );
    assert!(!said.join(" ").contains("cohort"), "{said:?}");
}

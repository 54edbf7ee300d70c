//! How a plan is chosen over the others and said to be: why a preference
//! gave way, which alternatives are shown and in what order, when it is a
//! close call, what more money would buy, and what a plan that reaches
//! nobody names.

use crate::util::recommend_json;
use program_fit::engine::advice::plan::Override;
use program_fit::engine::text::formatter::Plain;
use program_fit::engine::{Format, Kind, Recommendation, Words};

fn why(r: &Recommendation) -> String {
    Words::new(crate::util::cfg(), "en", &Plain)
        .why(r)
        .to_string()
}

#[test]
fn a_group_preference_gives_way_to_one_to_one_when_it_serves_the_goal_better_for_as_many() {
    let r = recommend_json(
        r#"{"goal":"leadership","audience":"managers","participants":10,"budget":100000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant","format":"group"}"#,
    );
    let p = &r.plan;
    assert_eq!(p.coaching_format, Some(Format::IndividualCoaching));
    assert_eq!(p.reached, 10);
    assert_eq!(p.preference_reason, Some(Override::Fit));
    assert!(
        why(&r).contains("You would rather have groups, but your goal is better served one to one, so the plan uses one-to-one coaching."),
        "{}",
        why(&r)
    );
}

#[test]
fn a_one_to_one_preference_gives_way_to_groups_when_they_reach_more() {
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":10,"budget":20000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant","format":"one_to_one"}"#,
    );
    assert_eq!(r.plan.coaching_format, Some(Format::GroupCoaching));
    assert_eq!(r.plan.preference_reason, Some(Override::Reach));
}

#[test]
fn alternatives_come_by_reach_then_by_how_well_they_serve() {
    // Coaching alone and mentoring alone both reach all 25: coaching,
    // which fits better, comes first.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"new_in_role","participants":25,"budget":60000,"duration":"short","driver":"organisation","mentors":"some","path":"helpful"}"#,
    );
    let kinds: Vec<Kind> = r.alternatives.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, [Kind::Coaching, Kind::Mentoring]);
    assert!(!r.close_call);
    // Mentoring alone reaches all 120, coaching alone 75: by reach.
    let r = recommend_json(crate::util::MANAGERS);
    let reach: Vec<(Kind, u64)> = r.alternatives.iter().map(|a| (a.kind, a.reached)).collect();
    assert_eq!(reach, [(Kind::Mentoring, 120), (Kind::Coaching, 75)]);
    // Both alone reach all 8 newcomers, who set their own agenda for as
    // long as it takes: mentoring serves them better, so it comes first.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"new_in_role","participants":8,"budget":100000,"duration":"ongoing","driver":"participant","mentors":12,"path":"helpful","mentor_time":"paid"}"#,
    );
    let reach: Vec<(Kind, u64)> = r.alternatives.iter().map(|a| (a.kind, a.reached)).collect();
    assert_eq!(reach, [(Kind::Mentoring, 8), (Kind::Coaching, 8)]);
}

#[test]
fn two_plans_that_reach_as_many_and_serve_almost_as_well_are_a_close_call() {
    let r = recommend_json(
        r#"{"goal":"skill","audience":"everyone","participants":1000,"budget":100000,"duration":"short","driver":"organisation","mentors":"some","path":"unimportant"}"#,
    );
    assert!(r.close_call);
    assert_eq!(r.alternatives[0].reached, r.plan.reached);
    assert!(why(&r)
        .contains("It is a close call: Mentoring alone would serve your people almost as well"));
    // Mentoring alone also reaches all 120 managers, but serves them
    // clearly less well than the mix: no close call.
    assert!(!recommend_json(crate::util::MANAGERS).close_call);
}

#[test]
fn money_left_over_names_the_better_plan_only_when_the_budget_cannot_buy_it() {
    // One-to-one coaching for all 30 would serve better and costs more.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":30,"budget":45000,"duration":"short","driver":"organisation","mentors":"some","path":"unimportant"}"#,
    );
    let b = r
        .plan
        .beyond
        .as_ref()
        .expect("a better plan beyond the budget");
    assert_eq!(
        (b.formats.as_slice(), b.cost),
        ([Format::IndividualCoaching].as_slice(), 105_000)
    );
    // A budget of exactly what that plan costs buys it: nothing beyond.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":30,"budget":105000,"duration":"short","driver":"organisation","mentors":"some","path":"unimportant"}"#,
    );
    assert_eq!((r.plan.cost, &r.plan.beyond), (105_000, &None));
    // Internal coaches serve everyone as well as money could: nothing beyond.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":20,"budget":200000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant","internal_coaches":"established"}"#,
    );
    assert_eq!(r.plan.beyond, None);
    assert!(why(&r).contains("everyone already has the formats that serve them best"));
    // With one mentor leading a circle beside them, only more mentors
    // would pair more people.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":20,"budget":200000,"duration":"year","driver":"organisation","mentors":"few","path":"unimportant","internal_coaches":"established"}"#,
    );
    assert_eq!(r.plan.beyond, None);
    assert!(r.plan.mentors_short);
    assert!(why(&r).contains("money cannot pair more people, only more mentors can"));
}

#[test]
fn a_plan_that_reaches_nobody_names_what_reaching_them_takes_for_the_least_money() {
    let r = recommend_json(
        r#"{"goal":"leadership","audience":"executives","participants":1,"budget":0,"duration":"short","driver":"organisation","mentors":0,"path":"unimportant"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.reached, p.funding_gap), (0, 3000));
    assert_eq!(p.formats(), ["coaching_package"]);
    let w = why(&r);
    assert!(
        w.ends_with("Your budget does not yet pay for anyone in a short one-to-one coaching package this year. Starting them this year needs $3,000 more."),
        "{w}"
    );
}

#[test]
fn mentors_all_in_use_with_nobody_waiting_are_not_short() {
    // Two counted mentors lead a circle of six each: all 12 are reached.
    let r = recommend_json(
        r#"{"goal":"career","audience":"everyone","participants":12,"budget":0,"duration":"year","driver":"participant","mentors":2,"path":"helpful"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.mentored, p.waiting, p.mentors_needed), (12, 0, 2));
    assert_eq!(p.mentor_shortfall, 0);
    // One more person, and the pool is short by one mentor for them.
    let r = recommend_json(
        r#"{"goal":"career","audience":"everyone","participants":13,"budget":0,"duration":"year","driver":"participant","mentors":2,"path":"helpful"}"#,
    );
    assert_eq!((r.plan.waiting, r.plan.mentor_shortfall), (1, 1));
}

#[test]
fn coaching_that_only_takes_whom_the_mentors_cannot_has_nobody_to_start_with() {
    // Passing on knowledge: one mentor's circle, coaching for some of the
    // others the money reaches, the rest waiting. Whom to coach first is
    // no question of the goal here.
    let r = recommend_json(
        r#"{"goal":"knowledge","audience":"high_potentials","participants":487,"budget":100000,"duration":"short","driver":"organisation","mentors":1,"path":"essential"}"#,
    );
    let p = &r.plan;
    assert!(p.mentored > 0 && p.coached > 0 && p.waiting > 0, "{p:?}");
    assert_eq!(p.coached_group, None);
    assert!(!why(&r).contains("starting with"), "{}", why(&r));
}

#[test]
fn a_group_is_paid_for_in_full_places_and_exactly_its_price_buys_it() {
    // Four managers, $8,000: one group of four at $2,000 a place, rather
    // than one person's one-to-one coaching.
    let at = |budget: u64| {
        recommend_json(&format!(
            r#"{{"goal":"skill","audience":"managers","participants":4,"budget":{budget},"duration":"year","driver":"organisation","mentors":0,"path":"unimportant"}}"#
        ))
        .plan
    };
    let p = at(8000);
    assert_eq!(
        (p.coaching_format, p.coached, p.cost),
        (Some(Format::GroupCoaching), 4, 8000)
    );
    // A dollar less cannot pay for the group's four places.
    let p = at(7999);
    assert_eq!(
        (p.coaching_format, p.coached),
        (Some(Format::IndividualCoaching), 1)
    );
}

#[test]
fn internal_coaches_take_whom_they_can_and_outside_coaches_the_rest() {
    // "Some" internal coaches take 20 a year; the other 10 of 30 are
    // coached from outside, in groups.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":30,"budget":60000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant","internal_coaches":"some"}"#,
    );
    let p = &r.plan;
    assert_eq!(
        (p.coaching_format, p.coached),
        (Some(Format::InternalCoaching), 30)
    );
    let (extra, people) = p
        .coaching_extra
        .expect("coaching beyond the internal coaches");
    assert_eq!(people, 10);
    assert!(extra.format.external());
}

#[test]
fn a_scheme_past_what_a_coordinator_runs_by_hand_grows_a_circle_at_a_time() {
    // Past 100 mentees a scheme runs on a platform, in circles too: each
    // circle of six then costs $470 more, so $50,000 reaches 535 and
    // leaves nothing idle, and $470 more reaches six more. (Bounded by
    // circles alone, the coordinator's tier ran 600 people in 100 circles
    // for $35,000, and the 601st cost $20,170 more.)
    let json = r#"{"goal":"engagement","audience":"everyone","participants":1500,"budget":50000,"duration":"ongoing","driver":"participant","mentors":"many","path":"helpful"}"#;
    let p = recommend_json(json).plan;
    assert_eq!((p.mentored, p.cost), (535, 50_000));
    assert_eq!(p.scheme_step, None, "no tier step to wait on");
    let more = recommend_json(&json.replace("50000", "50470")).plan;
    assert_eq!(more.mentored, 541);
}

#[test]
fn a_circle_with_room_left_means_money_binds_and_no_mentors_are_asked_for() {
    // One mentor on paid time leads a circle of 5 and could take a 6th;
    // the $125 left cannot pay that mentee's hours ($375).
    let r = recommend_json(
        r#"{"goal":"leadership","audience":"specialists","participants":120,"budget":2000,"duration":"year","driver":"shared","mentors":1,"path":"unimportant","mentor_time":"paid","internal_coaches":"established"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.mentored, p.mentors_needed, p.cost), (5, 1, 1_875));
    assert_eq!((p.scheme_step, p.mentor_shortfall), (Some(375), 0));
}

#[test]
fn a_free_scheme_pairs_as_many_as_its_mentors_can_and_stays_free() {
    // A shared path is essential, so pairs serve better than circles; the
    // 5 volunteers pair 6 and lead circles of the other 9. The 15 fit the
    // tier HR runs by hand, so moving people to pairs costs nothing.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"new_in_role","participants":120,"budget":0,"duration":"short","driver":"participant","mentors":5,"path":"essential","mentor_time":"volunteered","format":"group","internal_coaches":"some"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.reached, p.cost), (15, 0));
    assert_eq!(p.mentoring_format, Some(Format::MentoringPairs));
    let circles = p.mentoring_extra.map(|(t, m)| (t.format, m));
    assert_eq!(
        (p.mentored, circles),
        (15, Some((Format::MentoringCircles, 9)))
    );
    // Money would reach the others in coaching too: not a pilot of a
    // scheme that only money can take further.
    let said = why(&r);
    assert!(
        said.contains("It costs nothing beyond staff time"),
        "{said}"
    );
    assert!(!said.contains("pilot"), "{said}");
    // Groups were preferred: the pairs are what the preference gave way to.
    assert!(
        said.contains("You would rather have groups, but your goal is better served one to one, so the plan uses mentoring pairs."),
        "{said}"
    );
}

#[test]
fn one_person_coached_alone_is_not_given_a_mentor_in_words() {
    let r = recommend_json(
        r#"{"goal":"leadership","audience":"executives","participants":1,"budget":40000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant"}"#,
    );
    let said = why(&r);
    assert!(
        said.contains("The plan for this year: one-to-one coaching, for $30,000 of your $40,000 yearly budget."),
        "{said}"
    );
}

#[test]
fn mentors_nobody_counted_are_not_mentioned_when_the_plan_mentors_nobody() {
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":10,"budget":20000,"duration":"short","driver":"organisation","mentors":"unknown","path":"unimportant","format":"group"}"#,
    );
    assert_eq!((r.plan.mentored, r.plan.mentors_unknown), (0, true));
    assert!(!why(&r).contains("how many could mentor"), "{}", why(&r));
}

#[test]
fn the_smallest_coaching_group_is_weighed_beside_mentoring() {
    // $5,000 and one mentor on paid time: a circle of 4 ($1,000 of the
    // mentor's hours) leaves enough for one small coaching group of 4,
    // which reaches 8. One-to-one coaching with the rest reaches 7.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"new_in_role","participants":20,"budget":5000,"duration":"short","driver":"participant","mentors":"few","path":"essential","mentor_time":"paid","format":"group"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.reached, p.coached, p.mentored), (8, 4, 4));
    assert_eq!(p.coaching_format, Some(Format::GroupCoaching));
    assert_eq!(p.cost, 5_000);
}

#[test]
fn money_left_after_the_mentors_room_coaches_those_they_cannot_take() {
    // 30 volunteers pair 40 specialists and lead circles of 60; the other
    // 20 are coached in small groups, with no one given both: $58,500 of
    // $60,000, all 120 reached.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"specialists","participants":120,"budget":60000,"duration":"year","driver":"shared","mentors":"some","path":"essential","format":"group"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.reached, p.coached, p.mentored), (120, 20, 100));
    assert_eq!(
        (p.coaching_format, p.cost),
        (Some(Format::GroupCoaching), 58_500)
    );
}

#[test]
fn the_one_person_the_mentors_cannot_take_is_coached_one_to_one() {
    // 12 volunteers, each pairing 2 or leading a circle of 6, take 44 of
    // 45 managers with 14 in pairs; a 45th mentee would leave only 12
    // in pairs. So the 45th is coached one to one instead.
    let r = recommend_json(
        r#"{"goal":"skill","audience":"managers","participants":45,"budget":40000,"duration":"year","driver":"organisation","mentors":12,"path":"essential"}"#,
    );
    let p = &r.plan;
    assert_eq!((p.reached, p.coached, p.mentored), (45, 1, 44));
    assert_eq!(p.coaching_format, Some(Format::IndividualCoaching));
}

#[test]
fn the_choice_is_told_against_the_runner_up_in_both_plans_own_numbers() {
    let says = |json: &str, text: &str| {
        let said = why(&recommend_json(json));
        assert!(said.contains(text), "{text}\n{said}");
    };
    // More people reached, all of them or not.
    says(
        r#"{"goal":"leadership","audience":"managers","participants":60,"budget":100000,"duration":"ongoing","driver":"shared","mentors":"few","path":"essential","mentor_time":"volunteered","format":"one_to_one"}"#,
        "Coaching alone would reach 50 people for $100,000; this plan reaches all 60 for $100,000.",
    );
    says(
        r#"{"goal":"skill","audience":"new_in_role","participants":20,"budget":5000,"duration":"short","driver":"participant","mentors":"few","path":"essential","mentor_time":"paid","format":"group"}"#,
        "Mentoring alone would reach 6 people for $1,500; this plan reaches 8 people for $5,000.",
    );
    // As many, served better.
    says(
        r#"{"goal":"leadership","audience":"executives","participants":20,"budget":20000,"duration":"short","driver":"participant","mentors":"some","path":"essential","format":"one_to_one","internal_coaches":"some"}"#,
        "Mentoring alone would reach as many, 20 people, for $9,970, but this plan serves your goal better.",
    );
    // One person: what the other would cost.
    says(
        r#"{"goal":"leadership","audience":"new_in_role","participants":1,"budget":10000,"duration":"year","driver":"organisation","mentors":2,"path":"unimportant"}"#,
        "Coaching alone would cost $6,000, but this plan serves the goal better.",
    );
    // Almost as good: both are worth talking through.
    says(
        r#"{"goal":"skill","audience":"specialists","participants":120,"budget":60000,"duration":"year","driver":"shared","mentors":"some","path":"essential","format":"group"}"#,
        "It is a close call: Mentoring alone would serve your people almost as well (120 people in mentoring pairs (30) and mentoring circles (90) with 30 volunteer mentors, for $20,150), so it is worth talking through both.",
    );
}

#[test]
fn a_hybrid_says_whether_the_other_approach_reaches_others_or_adds_to_the_same_people() {
    // 4 coached and 4 others mentored: each person has one approach.
    let split = recommend_json(
        r#"{"goal":"skill","audience":"new_in_role","participants":20,"budget":5000,"duration":"short","driver":"participant","mentors":"few","path":"essential","mentor_time":"paid","format":"group"}"#,
    );
    assert!(why(&split).starts_with(
        "Mentoring fits your answers best; coaching reaches those the mentoring cannot."
    ));
    // All 120 mentored, 4 of them also coached.
    let both = recommend_json(
        r#"{"goal":"career","audience":"executives","participants":120,"budget":150000,"duration":"ongoing","driver":"shared","mentors":"some","path":"essential","mentor_time":"paid","internal_coaches":"established"}"#,
    );
    assert_eq!((both.plan.coached, both.plan.mentored), (4, 120));
    let said = why(&both);
    assert!(said.starts_with("Mentoring fits your answers best; coaching adds to it."));
    assert!(
        said.contains("and 4 of them also in small coaching groups, starting with those at a career crossroads,"),
        "{said}"
    );
}

#[test]
fn every_part_a_preference_gave_way_in_is_explained_once_per_reason() {
    // Groups preferred; one-to-one coaching and pairs both serve the goal
    // better: one sentence names both.
    let r = recommend_json(
        r#"{"goal":"leadership","audience":"everyone","participants":8,"budget":40000,"duration":"short","driver":"shared","mentors":5,"path":"helpful","mentor_time":"volunteered","format":"group"}"#,
    );
    let said = why(&r);
    assert!(
        said.contains("You would rather have groups, but your goal is better served one to one, so the plan uses one-to-one coaching and mentoring pairs."),
        "{said}"
    );
    // One to one preferred: coaching groups for the money's reach, and
    // circles for want of mentors, each with its own reason.
    let r = recommend_json(
        r#"{"goal":"leadership","audience":"managers","participants":60,"budget":100000,"duration":"ongoing","driver":"shared","mentors":"few","path":"essential","mentor_time":"volunteered","format":"one_to_one"}"#,
    );
    let said = why(&r);
    assert!(
        said.contains("You would rather have one-to-one sessions, but the budget reaches more of your people in small coaching groups, so the plan uses them. You would rather have one-to-one mentoring, but there are too few mentors to pair everyone, so the plan uses mentoring circles."),
        "{said}"
    );
}

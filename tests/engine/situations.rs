//! The HR leader's situations from issue 9, and what the follow-up
//! questions (mentor pool and time, internal coaches, format, launch) do to
//! the plan and its sentences.

use program_fit::engine::advice::asked::is_asked;
use program_fit::engine::session::share::{read_share_fragment, share_fragment};
use program_fit::engine::session::{Screen, Wizard};
use program_fit::engine::{next_steps, recommend, Answers, Format, Kind, Recommendation, Words};

use crate::util::{cfg, spec_answers, Plain};

fn answers(spec: &str, extra: &str) -> Answers {
    spec_answers(spec, extra)
}

fn rec(spec: &str, extra: &str) -> Recommendation {
    recommend(cfg(), &answers(spec, extra)).unwrap()
}

fn words() -> Words<'static> {
    Words::new(cfg(), "en", &Plain)
}

fn steps(spec: &str, extra: &str) -> Vec<String> {
    next_steps(cfg(), &answers(spec, extra), &rec(spec, extra))
}

const NEW_MANAGERS: &str = "skill/new_in_role/25/60000/short/organisation/some/helpful";
const HIGH_POTENTIALS: &str = "engagement/high_potentials/40/unknown/year/shared/some/helpful";
const DISPATCHERS: &str = "knowledge/new_in_role/60/5000/year/organisation/15/essential";
const DISPATCH_POOL: &str = r#","mentor_time":"paid""#;

#[test]
fn peers_with_the_same_skill_need_are_all_coached_in_groups_and_mentors_add_circles() {
    let r = rec(NEW_MANAGERS, "");
    let p = &r.plan;
    assert_eq!(p.coaching_format, Some(Format::GroupCoaching));
    assert_eq!((p.coached, p.waiting), (25, 0));
    let why = words().why(&r).to_string();
    assert!(why.contains("25 people in small coaching groups"), "{why}");
    // Money is left, and the sentence says what more of it would buy.
    assert!(
        why.contains("The plan that would serve your group best, with one-to-one coaching"),
        "{why}"
    );
}

#[test]
fn an_undecided_budget_gets_a_plan_to_budget_for_with_levels_and_no_funding_gap() {
    let r = rec(HIGH_POTENTIALS, "");
    assert_eq!(
        r.plan.mentored, 40,
        "mentoring, which fits best, reaches all"
    );
    assert_eq!((r.plan.budget, r.plan.funding_gap), (None, 0));
    assert!((2..=5).contains(&r.levels.len()), "{:?}", r.levels);
    let why = words().why(&r).to_string();
    assert!(!why.contains("more a year"), "no funding gap: {why}");
    assert!(why.contains("plan to budget for"), "{why}");
}

#[test]
fn retiring_experts_on_paid_time_get_knowledge_steps_first_their_hours_costed_and_no_drive() {
    let r = rec(DISPATCHERS, DISPATCH_POOL);
    assert_eq!(r.kind, Kind::Mentoring);
    let p = &r.plan;
    assert_eq!(p.mentors_likely, 15, "the counted pool sets the supply");
    // $5,000 pays 7 hours a mentee in circles at $50 an hour for 14 of
    // the 60; all 60 would take $21,000 of mentors' time.
    assert_eq!(p.mentored, 14);
    assert_eq!(p.mentor_time_full, 60 * 7 * 50);
    assert!(p.mentors_paid && p.mentors_counted);
    let why = words().why(&r).to_string();
    assert!(
        why.contains("The cost includes $4,900 for the mentors' paid hours."),
        "what the budget covers: {why}"
    );
    assert!(
        // The 60 are past what HR runs on staff time: the scheme is costed.
        why.contains("needs $28,500 more a year, of which $16,100 pays for the mentors' time"),
        "what it does not: {why}"
    );
    let s = steps(DISPATCHERS, DISPATCH_POOL);
    assert_eq!(s[0], "next.goal.knowledge", "map the knowledge first");
    assert!(s.contains(&"next.mentor_time.paid".to_string()));
    assert!(!s.iter().any(|k| k == "next.more_mentors"), "{s:?}");
}

#[test]
fn a_counted_pool_is_never_told_to_recruit_more_mentors() {
    // 40 people, no budget and 2 counted mentors: mentors are all that
    // limits the circles, and the pool is full.
    let spec = "career/everyone/40/0/ongoing/participant/2/essential";
    let counted = steps(spec, "");
    assert!(
        counted.contains(&"next.mentor_pool_full".to_string()),
        "{counted:?}"
    );
    assert!(!counted.contains(&"next.more_mentors".to_string()));
    let estimated = steps("career/everyone/40/0/ongoing/participant/few/essential", "");
    assert!(
        estimated.contains(&"next.more_mentors".to_string()),
        "{estimated:?}"
    );
}

#[test]
fn where_mentors_are_too_few_money_reaches_the_others_in_another_format_and_says_so() {
    let r = rec("career/everyone/400/0/ongoing/participant/10/essential", "");
    let p = &r.plan;
    // 10 counted mentors pair 15 on staff time (the most HR runs by hand).
    assert_eq!((p.mentored, p.waiting), (15, 385));
    let why = words().why(&r).to_string();
    assert!(
        why.contains("Reaching everyone needs $522,500 more a year, with small coaching groups and mentoring circles."),
        "{why}"
    );
    let funded = rec(
        "career/everyone/400/522500/ongoing/participant/10/essential",
        "",
    )
    .plan;
    assert_eq!((funded.mentored, funded.waiting), (60, 0));
}

#[test]
fn volunteered_time_costs_nothing_and_paid_time_costs_hours() {
    let spec = "career/managers/12/100000/year/participant/some/essential";
    let volunteered = rec(spec, r#","mentor_time":"volunteered""#).plan;
    let paid = rec(spec, r#","mentor_time":"paid""#).plan;
    assert_eq!(volunteered.mentor_time_cost, 0);
    assert_eq!(volunteered.formats(), paid.formats());
    assert_eq!(paid.mentored, volunteered.mentored);
    assert_eq!(paid.cost - volunteered.cost, paid.mentor_time_cost);
    assert!(paid.mentor_time_cost > 0);
}

#[test]
fn an_internal_coaching_pool_coaches_when_it_can_take_everyone() {
    let spec = "skill/managers/20/200000/year/organisation/few/unimportant";
    let external = rec(spec, "").plan;
    assert_eq!(external.coaching_format, Some(Format::IndividualCoaching));
    let internal = rec(spec, r#","internal_coaches":"established""#).plan;
    assert_eq!(internal.coaching_format, Some(Format::InternalCoaching));
    assert_eq!(internal.coached, 20);
    assert_eq!(internal.coaching_extra, None, "the pool takes all 20");
    assert!(internal.cost < external.cost);
}

#[test]
fn those_beyond_the_internal_pool_get_the_outside_format_that_serves_them_best() {
    // 20 places with the internal coaches; the other 5 get one-to-one
    // coaching, which builds a skill better than a group, as the money
    // allows it.
    let p = rec(
        "skill/frontline/25/150000/short/participant/0/essential",
        r#","internal_coaches":"some""#,
    )
    .plan;
    assert_eq!(p.coaching_format, Some(Format::InternalCoaching));
    let (extra, people) = p.coaching_extra.expect("coaching beyond the pool");
    assert_eq!((extra.format, people), (Format::IndividualCoaching, 5));
    let r = rec(
        "skill/frontline/25/150000/short/participant/0/essential",
        r#","internal_coaches":"some""#,
    );
    let w = words().why(&r).to_string();
    assert!(
        w.contains("20 people in coaching by your internal coaches, and 5 more in one-to-one coaching, for $17,500"),
        "{w}"
    );
}

#[test]
fn trained_managers_coach_everyone_the_budget_could_only_partly_coach() {
    let spec = "skill/frontline/200/60000/short/organisation/some/helpful";
    let without = rec(spec, "").plan;
    assert!(without.coached < 200, "{without:?}");
    let with = rec(spec, r#","line_managers":"trained""#).plan;
    assert_eq!(with.coaching_format, Some(Format::ManagerCoaching));
    assert_eq!((with.coached, with.waiting), (200, 0));
    let s = steps(spec, r#","line_managers":"trained""#);
    assert!(s.contains(&"next.agenda.manager.organisation".to_string()));
    assert!(
        !s.iter().any(|k| k.starts_with("next.agenda.coaching")),
        "{s:?}"
    );
    // Internal coaches are not line managers.
    let internal = rec(spec, r#","internal_coaches":"some""#).plan;
    assert_ne!(internal.coaching_format, Some(Format::ManagerCoaching));
}

#[test]
fn executives_are_never_given_internal_coaches_or_their_managers() {
    let spec = "leadership/executives/6/20000/short/organisation/few/unimportant";
    let r = rec(spec, r#","internal_coaches":"established""#);
    let f = r.plan.coaching_format.unwrap();
    assert!(
        ![Format::InternalCoaching, Format::ManagerCoaching].contains(&f),
        "{f:?}"
    );
}

#[test]
fn a_format_preference_is_kept_unless_the_other_format_reaches_more() {
    let spec = "skill/managers/10/70000/year/organisation/few/unimportant";
    let group = rec(spec, r#","format":"group""#).plan;
    assert_eq!(
        group.coaching_format,
        Some(Format::GroupCoaching),
        "kept though 1:1 is affordable"
    );
    assert!(group.preference_overridden.is_empty());
    let one = rec(spec, r#","format":"one_to_one""#).plan;
    assert_eq!(one.coaching_format, Some(Format::IndividualCoaching));
    let short = "skill/managers/10/20000/year/organisation/few/unimportant";
    let r = rec(short, r#","format":"one_to_one""#);
    assert_eq!(r.plan.coaching_format, Some(Format::GroupCoaching));
    assert_eq!(r.plan.preference_overridden[0], "coaching");
    let why = words().why(&r).to_string();
    assert!(
        why.contains("You would rather have one-to-one sessions, but the budget reaches more of your people in small coaching groups"),
        "{why}"
    );
}

#[test]
fn resources_are_asked_whatever_the_fit() {
    let c = cfg();
    let q = |id: &str| c.question(id).unwrap();
    let coaching = answers(
        "leadership/executives/6/90000/short/organisation/few/unimportant",
        "",
    );
    let mentoring = answers(DISPATCHERS, "");
    for a in [&coaching, &mentoring, &Answers::default()] {
        for id in [
            "mentors",
            "mentor_time",
            "internal_coaches",
            "line_managers",
            "launch",
        ] {
            assert!(is_asked(c, a, q(id)), "{id}");
        }
    }
    // Whether mentors' time is paid is not asked of someone with none.
    let none = answers(
        "leadership/executives/6/90000/short/organisation/0/unimportant",
        "",
    );
    assert!(!is_asked(c, &none, q("mentor_time")));
}

#[test]
fn an_answer_to_a_follow_up_that_no_longer_applies_counts_for_nothing() {
    let spec = "leadership/executives/6/90000/short/organisation/0/unimportant";
    assert_eq!(rec(spec, r#","mentor_time":"paid""#), rec(spec, ""));
}

/// Screens from the first question to the check screen when every
/// follow-up asked is answered with one click.
fn screens(spec: &str) -> usize {
    let c = cfg();
    let target = answers(spec, "");
    let mut w = Wizard::new();
    w.start();
    let mut count = 0;
    while let Screen::Question(i) = w.screen {
        count += 1;
        let q = &c.questions[i];
        match target.get(&q.id) {
            Some(_) => {
                w.answers
                    .set(q.id.clone(), target.get(&q.id).unwrap().clone());
                w.submit(c);
            }
            None => w.skip(c),
        }
        assert!(count < 20, "stuck on {}", q.id);
    }
    assert_eq!(w.screen, Screen::Check);
    count
}

#[test]
fn each_situation_asks_only_its_follow_ups() {
    // 8 core questions with the mentors, their time, internal coaches,
    // line managers, format and launch; no mentors, no question on their time.
    assert_eq!(screens(NEW_MANAGERS), 13);
    assert_eq!(screens(DISPATCHERS), 13);
    assert_eq!(screens("skill/managers/12/50000/year/shared/0/helpful"), 12);
}

#[test]
fn share_links_carry_the_follow_ups_and_old_links_without_them_still_open() {
    let c = cfg();
    let full = answers(DISPATCHERS, r#","mentor_time":"paid","launch":"soon""#);
    let fragment = share_fragment("", "pf", &full, None);
    let read = read_share_fragment(c, &fragment, "pf").unwrap().unwrap();
    assert_eq!(read.answers, full);
    let old = answers(DISPATCHERS, "");
    let fragment = share_fragment("", "pf", &old, None);
    let read = read_share_fragment(c, &fragment, "pf")
        .unwrap()
        .unwrap()
        .answers;
    assert!(recommend(c, &read).is_ok());
    let w = Wizard::resume(c, read, Screen::Results);
    assert_eq!(w.screen, Screen::Results, "no follow-up blocks the results");
}

#[test]
fn an_executive_team_is_coached_and_mentored_whole_where_that_reaches_as_many() {
    // $120,000 buys one-to-one coaching for four of the five; small
    // coaching groups take all five, and the one mentor leads a circle.
    let r = rec(
        "leadership/executives/5/120000/year/organisation/few/unimportant",
        "",
    );
    let p = &r.plan;
    assert_eq!((p.reached, p.coached), (5, 5), "{:?}", p.formats());
    assert!(p.cost <= 120_000);
    // Nothing else reaches anyone: four are coached and one waits.
    let r = rec(
        "leadership/executives/5/35000/year/organisation/0/unimportant",
        "",
    );
    assert_eq!((r.plan.reached, r.plan.coached), (4, 4));
    // Twelve executives are coached as a team; the one mentor's circle of
    // six would leave the other six without, so the plan has none.
    let r = rec(
        "leadership/executives/12/200000/year/organisation/few/unimportant",
        "",
    );
    assert_eq!((r.plan.coached, r.plan.mentored), (12, 0));
    assert_eq!(r.plan.formats(), ["team_coaching"]);
    // Not a team: three managers share one package and one mentor.
    let r = rec(
        "skill/managers/3/2000/short/organisation/few/unimportant",
        "",
    );
    assert_eq!((r.plan.coached, r.plan.mentored), (1, 2));
}

//! Programmes with several groups (issue 27): the cases as a consultant
//! planning tracks would read them, one group as today, and the answers'
//! two JSON forms.

use crate::util::{
    cfg, grouped_json, programme_json, recommend_json, Plain, EVERYONE, EXECUTIVES, MANAGERS,
};
use program_fit::engine::json;
use program_fit::engine::text::cta::{cta_href, CtaContext, CtaFigures};
use program_fit::engine::Words;
use program_fit::engine::{plan_programme, Format, Grouped, Problem};

/// The engineering firm: the budget not decided, many internal experts;
/// eight successors to retiring department heads first (leadership as
/// their goal; the handover comes from the essential path), then 150
/// young engineers who choose their own focus.
const FIRM: &str = r#"{"budget":"unknown","mentors":"many","launch":"soon","groups":[
  {"name":"Successors","answers":{"goal":"leadership","audience":"high_potentials","participants":8,"duration":"ongoing","driver":"organisation","path":"essential"}},
  {"name":"Young engineers","answers":{"goal":"career","audience":"specialists","participants":150,"duration":"year","driver":"participant","path":"helpful"}}]}"#;

/// The bank: 12 executives (leadership) first, then 200 managers (a
/// skill), from $250,000.
const BANK: &str = r#"{"budget":250000,"mentors":"some","launch":"soon","groups":[
  {"name":"Executives","answers":{"goal":"leadership","audience":"executives","participants":12,"duration":"year","driver":"organisation","path":"unimportant"}},
  {"name":"Managers","answers":{"goal":"skill","audience":"managers","participants":200,"duration":"year","driver":"shared","path":"helpful"}}]}"#;

#[test]
fn the_firm_pairs_its_successors_first_and_mentors_its_young_engineers_with_the_mentors_left() {
    let p = programme_json(FIRM);
    let names: Vec<&str> = p.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Successors", "Young engineers"]);
    let (s, y) = (
        &p.groups[0].recommendation.plan,
        &p.groups[1].recommendation.plan,
    );
    // Paired one to one with the retiring heads, and coached as leaders.
    assert_eq!(
        (s.reached, s.mentoring_format, s.mentored),
        (8, Some(Format::MentoringPairs), 8)
    );
    assert_eq!(
        (s.coaching_format, s.coached),
        (Some(Format::IndividualCoaching), 8)
    );
    assert_eq!(s.budget, None, "one budget to plan for");
    let young = [Format::MentoringPairs, Format::MentoringCircles];
    assert!(
        y.mentoring_format.is_some_and(|f| young.contains(&f)),
        "{y:?}"
    );
    assert_eq!(y.reached, 150);
    // The young engineers plan with the mentors the successors left.
    assert_eq!(y.mentors_likely, s.mentors_likely - s.mentors_needed);
    assert!(p.totals.mentors_needed <= p.totals.mentors_likely);
    // Levels per group, and the programme's budget is their sum.
    assert!(!p.groups[1].recommendation.levels.is_empty());
    assert_eq!((p.totals.budget, p.totals.cost), (None, s.cost + y.cost));
    assert_eq!((p.totals.reached, p.totals.waiting), (158, 0));
}

#[test]
fn the_bank_funds_executive_coaching_first_and_the_managers_from_what_remains() {
    let p = programme_json(BANK);
    let (e, m) = (
        &p.groups[0].recommendation.plan,
        &p.groups[1].recommendation.plan,
    );
    // Every executive coached (as one leadership team, which the money
    // buys for all 12 where one-to-one for all would cost $360,000), and
    // paired with a mentor too.
    assert_eq!(e.coaching_format, Some(Format::TeamCoaching), "{e:?}");
    assert_eq!((e.coached, e.reached, e.cost), (12, 12, 60_000), "{e:?}");
    assert_eq!(e.mentoring_format, Some(Format::MentoringPairs), "{e:?}");
    // The managers are planned with what the executives left, and both
    // plans set their cost against the whole budget.
    let left = p.groups[1].answers.number("budget");
    assert_eq!(left, Some(250_000 - e.cost), "the split");
    assert_eq!((e.budget, m.budget), (Some(250_000), Some(250_000)));
    // What the executives leave is the managers' to plan with, not idle.
    assert_eq!(e.unspent(), 0);
    assert_eq!(m.unspent(), 250_000 - e.cost - m.cost);
    let managers = [Format::GroupCoaching, Format::MentoringCircles];
    let formats = [m.coaching_format, m.mentoring_format];
    assert!(
        formats.iter().flatten().all(|f| managers.contains(f)),
        "{m:?}"
    );
    assert_eq!(
        (m.reached, m.coaching_format),
        (200, Some(Format::GroupCoaching)),
        "{m:?}"
    );
    assert_eq!(p.totals.budget, Some(250_000));
    assert!(
        p.totals.cost <= 250_000 && p.totals.cost >= 245_000,
        "the budget is used"
    );
    assert!(p.totals.waiting_groups.is_empty());
    // The executives are no worse off for the managers: as alone, or
    // better, since "some could mentor" is a share of everyone named.
    let mut first = grouped_json(BANK);
    first.groups.truncate(1);
    let alone = plan_programme(cfg(), &first).unwrap();
    assert_eq!(alone.groups.len(), 1);
    let a = &alone.groups[0].recommendation.plan;
    assert_eq!(
        (a.reached, a.coached, a.cost),
        (e.reached, e.coached, e.cost)
    );
    assert!(a.mentors_likely < e.mentors_likely);
}

#[test]
fn the_programme_timeline_takes_the_groups_quarter_by_quarter_in_priority_order() {
    let p = programme_json(BANK);
    let order: Vec<(u64, usize)> = p
        .sequence()
        .iter()
        .map(|t| (t.quarter.number, t.group))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert!(
        order.contains(&(1, 0)) && order.contains(&(1, 1)),
        "{order:?}"
    );
}

#[test]
fn one_group_is_exactly_todays_result_for_the_published_personas() {
    for persona in [EXECUTIVES, EVERYONE, MANAGERS] {
        let p = programme_json(persona);
        assert_eq!(p.groups.len(), 1);
        let r = &p.groups[0].recommendation;
        assert_eq!(r, &recommend_json(persona), "{persona}");
        let t = &p.totals;
        assert_eq!(
            (t.reached, t.cost, t.budget),
            (r.plan.reached, r.plan.cost, r.plan.budget)
        );
        assert_eq!(t.mentors_needed, r.plan.mentors_needed);
        // The flat form stays flat.
        let flat = json::parse(persona).unwrap();
        assert_eq!(grouped_json(persona).to_value(), flat);
    }
}

#[test]
fn the_groups_form_round_trips_and_names_what_it_refuses() {
    let g = grouped_json(BANK);
    assert_eq!(g.groups.len(), 2);
    assert_eq!(g.shared.number("budget"), Some(250_000));
    assert_eq!(g.groups[1].answers.number("participants"), Some(200));
    let again = Grouped::from_value_lenient(cfg(), g.to_value());
    assert_eq!(again, (g, vec![]));

    let odd = r#"{"budget":1000,"goal":"skill","groups":[{"name":"  A  ","answers":{"participants":5,"mentors":3}},{"answers":{"participants":"x"}},{},{},{}]}"#;
    let (g, errs) = Grouped::from_value_lenient(cfg(), json::parse(odd).unwrap());
    let named: Vec<(&str, &Problem)> = errs
        .iter()
        .map(|e| (e.question.as_str(), &e.problem))
        .collect();
    assert!(named.contains(&("goal", &Problem::WrongType)), "{named:?}");
    assert!(
        named.contains(&("groups[0].mentors", &Problem::WrongType)),
        "{named:?}"
    );
    assert!(
        named.contains(&("groups[1].participants", &Problem::WrongType)),
        "{named:?}"
    );
    assert!(named
        .iter()
        .any(|(q, p)| *q == "groups" && matches!(p, Problem::OutOfRange { max: 4, .. })));
    assert_eq!(g.groups.len(), 4, "groups beyond the fourth are dropped");
    assert_eq!(g.groups[0].name, "A");
    assert_eq!(g.shared.get("goal"), None);

    let (_, errs) = Grouped::from_value_lenient(cfg(), json::parse(r#"{"groups":3}"#).unwrap());
    assert_eq!(errs[0].question, "groups");
}

#[test]
fn an_incomplete_group_is_named_in_the_errors() {
    let missing = BANK.replace(r#""goal":"skill","#, "");
    let errs = plan_programme(cfg(), &grouped_json(&missing)).unwrap_err();
    let named: Vec<&str> = errs.iter().map(|e| e.question.as_str()).collect();
    assert_eq!(named, ["groups[1].goal"]);
    let no_budget = BANK.replace(r#""budget":250000,"#, "");
    let errs = plan_programme(cfg(), &grouped_json(&no_budget)).unwrap_err();
    let named: Vec<&str> = errs.iter().map(|e| e.question.as_str()).collect();
    assert_eq!(named, ["budget"], "a shared answer once, not per group");
}

#[test]
fn the_split_is_explained_group_by_group_and_for_the_whole_programme() {
    let w = Words::new(cfg(), "en", &Plain);
    let bank = programme_json(BANK);
    let e = &bank.groups[0].recommendation.plan;
    assert_eq!(
        w.group_share(&bank, 0),
        None,
        "the first group takes nothing from another"
    );
    let share = w.group_share(&bank, 1).unwrap().to_string();
    let left = w.money(250_000 - e.cost);
    assert!(
        share.starts_with(&format!(
            "Planned first: Executives, with {} of your $250,000 yearly budget; this plan has the {left} that remains.",
            w.money(e.cost)
        )),
        "{share}"
    );
    let total = w.programme_total(&bank).to_string();
    assert_eq!(
        total,
        "Together the plans reach 212 people of 212 for $249,740 of your $250,000 yearly budget. \
         They rely on 40 volunteer mentors, each counted once."
    );
    // Only the last group says what the programme leaves unspent.
    let why = w.why(&bank.groups[0].recommendation).to_string();
    assert!(!why.contains("unspent"), "{why}");
    let tight = programme_json(&BANK.replace(
        r#""budget":250000,"mentors":"some""#,
        r#""budget":70000,"mentors":"few""#,
    ));
    let total = w.programme_total(&tight).to_string();
    assert!(
        total.ends_with("Still waiting: 180 people (Managers)."),
        "{total}"
    );

    let firm = programme_json(FIRM);
    let share = w.group_share(&firm, 1).unwrap().to_string();
    assert!(
        share.starts_with("Already relied on for Successors: "),
        "{share}"
    );
    let counted = programme_json(&FIRM.replace(r#""mentors":"many""#, r#""mentors":8"#));
    let share = w.group_share(&counted, 1).unwrap().to_string();
    assert_eq!(
        share,
        "Already relied on for Successors: 8 volunteer mentors; none are left for this plan."
    );
    let total = w.programme_total(&firm).to_string();
    assert!(
        total.starts_with("With the budget not decided yet, each group has its own budget"),
        "{total}"
    );
    let mentors = format!(
        "They rely on {} volunteer mentors, each counted once.",
        firm.totals.mentors_needed
    );
    assert!(total.contains(&mentors), "{total}");
}

#[test]
fn the_call_to_action_carries_the_whole_programme_and_its_number_of_groups() {
    let hidden = program_fit::engine::dict::Dict::new();
    let cx = CtaContext {
        locale: "en",
        hidden: &hidden,
        lead_id: "",
    };
    let url = "https://cal.example/?k={kind}&g={groups}&r={reached}&n={participants}&c={coached}&m={mentored}&b={budget}";
    let bank = programme_json(BANK);
    assert_eq!(
        cta_href(url, &CtaFigures::from(&bank), &cx),
        "https://cal.example/?k=hybrid&g=2&r=212&n=212&c=95&m=212&b=250000"
    );
    let firm = programme_json(FIRM);
    assert!(cta_href(url, &CtaFigures::from(&firm), &cx).ends_with("&b=unknown"));
    // One group: the plan's own figures, and 1.
    let one = programme_json(MANAGERS);
    let rec = recommend_json(MANAGERS);
    assert_eq!(
        cta_href(url, &CtaFigures::from(&one), &cx),
        cta_href(url, &CtaFigures::from(&rec), &cx)
    );
    assert!(cta_href(url, &CtaFigures::from(&rec), &cx).contains("&g=1&"));
}

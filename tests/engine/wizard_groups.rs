//! The check screen's steps for several groups (issue 27): adding a group
//! asks only its own questions, and changing, renaming, reordering and
//! removing groups keep every group's answers and the shared ones.

use crate::util::{cfg, grouped_json, json_answers, MANAGERS};
use program_fit::engine::session::{Screen, Wizard};
use program_fit::engine::{Answer, Config, Grouped};

const TWO: &str = r#"{"budget":250000,"mentors":"some","groups":[
  {"name":"Executives","answers":{"goal":"leadership","audience":"executives","participants":12,"duration":"year","driver":"organisation","path":"unimportant"}},
  {"name":"Managers","answers":{"goal":"skill","audience":"managers","participants":200,"duration":"year","driver":"shared","path":"helpful"}}]}"#;

fn at_check(g: &Grouped) -> Wizard {
    Wizard::resume_programme(cfg(), g.clone(), Screen::Check)
}

fn names(w: &Wizard) -> Vec<String> {
    w.grouped(cfg())
        .groups
        .into_iter()
        .map(|g| g.name)
        .collect()
}

/// Answers the question in view with its first option, or 30.
fn answer(c: &Config, w: &mut Wizard) {
    let Screen::Question(i) = w.screen else {
        panic!("not on a question: {:?}", w.screen)
    };
    let q = &c.questions[i];
    match q.options.first() {
        Some(o) if q.kind == program_fit::engine::QuestionKind::Choice => w.choose(c, &q.id, &o.id),
        _ => w.type_text(&q.id, "30"),
    }
    w.submit(c);
}

#[test]
fn one_group_is_the_wizard_as_before_groups() {
    let flat = json_answers(MANAGERS);
    let w = Wizard::resume_programme(cfg(), Grouped::single(cfg(), &flat), Screen::Results);
    assert_eq!(w, Wizard::resume(cfg(), flat.clone(), Screen::Results));
    assert_eq!(w.grouped(cfg()), Grouped::single(cfg(), &flat));
    assert_eq!(w.group_count(), 1);
}

#[test]
fn a_programme_resumes_on_its_first_group_and_gives_back_every_group() {
    let g = grouped_json(TWO);
    let w = Wizard::resume_programme(cfg(), g.clone(), Screen::Results);
    assert_eq!(w.screen, Screen::Results);
    assert_eq!(w.answers, g.answers_of(0));
    assert_eq!(w.grouped(cfg()), g);
}

#[test]
fn adding_a_group_asks_only_its_own_questions_and_keeps_the_shared_answers() {
    let c = cfg();
    let flat = json_answers(MANAGERS);
    let mut w = Wizard::resume(c, flat.clone(), Screen::Check);
    w.add_group(c, ("Group 1", " Group 2 "));
    let mut asked = Vec::new();
    while let Screen::Question(i) = w.screen {
        asked.push(c.questions[i].id.clone());
        answer(c, &mut w);
        assert!(asked.len() <= c.questions.len(), "the questions end");
    }
    assert_eq!(w.screen, Screen::Check);
    let own: Vec<&str> = c
        .questions
        .iter()
        .filter(|q| q.per_group)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(asked, own, "every question of its own, the optional too");
    let g = w.grouped(c);
    assert_eq!(names(&w), ["Group 1", "Group 2"], "the first named too");
    assert_eq!(g.answers_of(0), flat, "the first group is as it was");
    assert_eq!(g.shared, Grouped::single(c, &flat).shared);
    assert!(g.is_complete(c));
    w.show_results(c);
    assert_eq!(w.screen, Screen::Results);
}

#[test]
fn back_from_a_new_groups_first_question_returns_to_check_and_results_go_to_its_gap() {
    let c = cfg();
    let mut w = Wizard::resume(c, json_answers(MANAGERS), Screen::Check);
    w.add_group(c, ("Group 1", "New"));
    let Screen::Question(first) = w.screen else {
        panic!("{:?}", w.screen)
    };
    w.back(c);
    assert_eq!(w.screen, Screen::Check);
    assert!(!w.filling);
    w.show_results(c);
    assert_eq!(w.screen, Screen::Question(first), "the new group's gap");
    assert_eq!(w.group, 1);
}

#[test]
fn groups_are_capped_by_the_config() {
    let mut c = cfg().clone();
    c.groups.max = 1;
    let mut w = Wizard::resume(&c, json_answers(MANAGERS), Screen::Check);
    assert!(!w.can_add_group(&c));
    w.add_group(&c, ("Group 1", "Group 2"));
    assert_eq!((w.screen, w.group_count()), (Screen::Check, 1));
    c.groups.max = 2;
    let mut w = at_check(&grouped_json(TWO));
    assert!(!w.can_add_group(&c));
    w.add_group(&c, ("Group 1", "Group 3"));
    assert_eq!(w.group_count(), 2);
}

#[test]
fn changing_an_answer_of_the_second_group_changes_only_that_group() {
    let c = cfg();
    let g = grouped_json(TWO);
    let mut w = at_check(&g);
    let goal = c.questions.iter().position(|q| q.id == "goal").unwrap();
    w.change_in(c, 1, goal);
    assert_eq!(w.screen, Screen::Question(goal));
    w.choose(c, "goal", "career");
    w.submit(c);
    assert_eq!(w.screen, Screen::Check);
    let after = w.grouped(c);
    assert_eq!(after.groups[0], g.groups[0]);
    assert_eq!(
        after.groups[1].answers.get("goal"),
        Some(&Answer::Choice("career".into()))
    );
    // The results open the first group, which the lead form describes.
    w.show_results(c);
    assert_eq!((w.screen, w.group), (Screen::Results, 0));
    assert_eq!(w.answers, after.answers_of(0));
}

#[test]
fn renaming_reordering_and_removing_keep_each_groups_answers() {
    let c = cfg();
    let g = grouped_json(TWO);
    let mut w = at_check(&g);
    w.rename_group(1, "  Managers, all  ");
    assert_eq!(names(&w), ["Executives", "Managers, all"]);
    w.move_group(c, 1, 0);
    assert_eq!(names(&w), ["Managers, all", "Executives"]);
    let moved = w.grouped(c);
    assert_eq!(moved.groups[1], g.groups[0]);
    assert_eq!(moved.groups[0].answers, g.groups[1].answers);
    assert_eq!(moved.shared, g.shared);
    w.move_group(c, 1, 5);
    assert_eq!(names(&w), ["Managers, all", "Executives"], "out of range");
    w.remove_group(c, 0);
    assert_eq!(names(&w), [""], "one group left: as before groups");
    assert!(w.groups.is_empty());
    assert_eq!(w.answers, g.answers_of(0));
    w.remove_group(c, 0);
    assert_eq!(
        w.answers,
        g.answers_of(0),
        "the last group is never removed"
    );
}

#[test]
fn removing_down_to_one_group_is_the_wizard_before_groups() {
    let c = cfg();
    let flat = json_answers(MANAGERS);
    let mut w = Wizard::resume(c, flat.clone(), Screen::Check);
    w.add_group(c, ("Group 1", "Group 2"));
    while matches!(w.screen, Screen::Question(_)) {
        answer(c, &mut w);
    }
    w.remove_group(c, 1);
    assert_eq!(w, Wizard::resume(c, flat, Screen::Check));
}

#[test]
fn a_stored_programme_with_a_gap_opens_on_the_check_screen_not_the_results() {
    let mut g = grouped_json(TWO);
    g.groups[1].answers.0.remove("path");
    let w = Wizard::resume_programme(cfg(), g, Screen::Results);
    assert_eq!(w.screen, Screen::Check);
}

//! The wizard's state machine: which screen is showing, the answers so far,
//! what was typed into number fields, and the current validation error.
//! It is pure so every transition is tested natively; the Yew UI only
//! renders it and dispatches these transitions.

use crate::engine::advice::answers::{
    check_answer, parse_number, Answer, AnswerError, Answers, Problem, UNKNOWN,
};
use crate::engine::advice::asked::Asking;
use crate::engine::advice::groups::Group;
use crate::engine::config::types::{Config, Question, QuestionKind};
use crate::engine::dict::Dict;

/// The screen in view. Stored as `"intro"`, `{"question": 2}`, `"check"`
/// or `"results"` ([`super::stored`]) so the embed can restore progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question(usize),
    Check,
    Results,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Wizard {
    pub screen: Screen,
    pub answers: Answers,
    /// Text typed into number fields, kept as typed so a failed submit or a
    /// trip back and forth never loses it.
    pub drafts: Dict<String>,
    /// The problem with the current question after a failed Continue.
    pub error: Option<AnswerError>,
    /// Set by a Change link: Continue then returns to the check screen.
    pub returning_to_check: bool,
    /// Start again was pressed on the results: the answers are wiped only
    /// when the person confirms ([`Wizard::restart`]).
    pub restart_asked: bool,
    /// A programme's groups, highest priority first, once there is more
    /// than one group or a named one (empty: one group, as before groups).
    /// `answers` holds the shared answers and group `group`'s own, so
    /// every step works on one group; that group's entry here is stale
    /// until another group is opened ([`super::wizard_groups`]).
    pub groups: Vec<Group>,
    pub group: usize,
    /// A new group's questions are being asked: Continue goes to its next
    /// own question, not through the shared answers.
    pub filling: bool,
}

/// Indexes of the questions asked with `answers`, in order.
pub fn asked_with(config: &Config, answers: &Answers) -> Vec<usize> {
    let asking = Asking::new(config, answers);
    (0..config.questions.len())
        .filter(|&i| asking.asks(&config.questions[i]))
        .collect()
}

impl Default for Wizard {
    fn default() -> Self {
        Self::new()
    }
}

impl Wizard {
    /// A fresh wizard on the intro screen.
    pub fn new() -> Self {
        Wizard {
            screen: Screen::Intro,
            answers: Answers::default(),
            drafts: Dict::new(),
            error: None,
            returning_to_check: false,
            restart_asked: false,
            groups: Vec::new(),
            group: 0,
            filling: false,
        }
    }

    /// Restores stored progress or prefilled answers. Answers that are not
    /// valid for `config` are dropped, and a screen that cannot be reached
    /// with the remaining answers falls back to the first unanswered
    /// question (or the check screen when all are answered).
    pub fn resume(config: &Config, answers: Answers, screen: Screen) -> Wizard {
        let valid = Answers(
            answers
                .0
                .into_iter()
                .filter(|(id, a)| {
                    config
                        .question(id)
                        .is_some_and(|q| check_answer(q, a).is_ok())
                })
                .collect(),
        );
        let mut w = Wizard {
            answers: valid,
            ..Wizard::new()
        };
        let first_gap = w.first_unanswered(config);
        let fallback = first_gap.map_or(Screen::Check, Screen::Question);
        w.screen = match screen {
            Screen::Intro => Screen::Intro,
            Screen::Question(i) if w.asked(config).contains(&i) => match first_gap {
                Some(gap) if gap < i => Screen::Question(gap),
                _ => Screen::Question(i),
            },
            Screen::Question(_) => fallback,
            Screen::Check | Screen::Results if first_gap.is_some() => fallback,
            s @ (Screen::Check | Screen::Results) => s,
        };
        w
    }

    /// Indexes of the questions asked with the answers so far, in order.
    pub fn asked(&self, config: &Config) -> Vec<usize> {
        asked_with(config, &self.answers)
    }

    /// Index of the first asked question without a valid answer; a skipped
    /// optional question has none and needs none.
    pub fn first_unanswered(&self, config: &Config) -> Option<usize> {
        self.asked(config).into_iter().find(|&i| {
            let q = &config.questions[i];
            match self.answers.get(&q.id) {
                None => !q.optional,
                Some(a) => check_answer(q, a).is_err(),
            }
        })
    }

    pub fn is_complete(&self, config: &Config) -> bool {
        self.first_unanswered(config).is_none()
    }

    fn go(&mut self, screen: Screen) {
        self.filling &= matches!(screen, Screen::Question(_));
        self.screen = screen;
        self.error = None;
        self.restart_asked = false;
    }

    /// Intro → first question.
    pub fn start(&mut self) {
        if self.screen == Screen::Intro {
            self.go(Screen::Question(0));
        }
    }

    /// Picks an option. Choices are always valid, so they are stored at once;
    /// an error on this question is cleared because it no longer applies.
    pub fn choose(&mut self, config: &Config, question: &str, option: &str) {
        let Some(q) = config.question(question) else {
            return;
        };
        if q.kind != QuestionKind::Choice || q.option(option).is_none() {
            return;
        }
        self.answers
            .set(question, Answer::Choice(option.to_string()));
        if self.error.as_ref().is_some_and(|e| e.question == question) {
            self.error = None;
        }
    }

    /// Records what was typed into a number field. The answer itself only
    /// changes on submit, when the text is checked.
    pub fn type_text(&mut self, question: &str, text: &str) {
        self.drafts.insert(question.to_string(), text.to_string());
    }

    /// Continue on a question: checks the answer, then moves on, or stays
    /// with an error.
    pub fn submit(&mut self, config: &Config) {
        let Screen::Question(i) = self.screen else {
            return;
        };
        let Some(q) = config.questions.get(i) else {
            return;
        };
        let checked = match q.kind {
            QuestionKind::Choice => match self.answers.get(&q.id) {
                Some(a) => check_answer(q, a).map(|_| None),
                None => Err(Problem::Missing),
            },
            QuestionKind::Number => match self.drafts.get(&q.id) {
                Some(text) => parse_number(q, text).map(|n| Some(Answer::Number(n))),
                None => match self.answers.get(&q.id) {
                    Some(a) => check_answer(q, a).map(|_| None),
                    None => Err(Problem::Missing),
                },
            },
        };
        match checked {
            // Continue with nothing given on an optional question skips it.
            Err(Problem::Missing) if q.optional => self.skip(config),
            Err(problem) => {
                self.error = Some(AnswerError {
                    question: q.id.clone(),
                    problem,
                });
            }
            Ok(new_answer) => {
                if let Some(a) = new_answer {
                    self.answers.set(q.id.clone(), a);
                }
                self.advance(config, i);
            }
        }
    }

    /// A rough answer to a number question instead of a figure: "not
    /// decided yet" where the question allows it, or one of its options
    /// ("some"). Records it, forgets what was typed, and moves on like
    /// Continue.
    pub fn answer_roughly(&mut self, config: &Config, option: &str) {
        let Screen::Question(i) = self.screen else {
            return;
        };
        let allows = |q: &&Question| {
            q.kind == QuestionKind::Number
                && ((option == UNKNOWN && q.unknown) || q.option(option).is_some())
        };
        let Some(q) = config.questions.get(i).filter(allows) else {
            return;
        };
        self.drafts.remove(&q.id);
        self.answers
            .set(q.id.clone(), Answer::Choice(option.into()));
        self.advance(config, i);
    }

    /// Skip on an optional question: records no answer (forgetting any
    /// earlier one and what was typed) and moves on like Continue.
    pub fn skip(&mut self, config: &Config) {
        let Screen::Question(i) = self.screen else {
            return;
        };
        let Some(q) = config.questions.get(i).filter(|q| q.optional) else {
            return;
        };
        self.drafts.remove(&q.id);
        self.answers.0.remove(&q.id);
        self.advance(config, i);
    }

    /// After question `i` is answered: back to the check screen after a
    /// Change link, else the next question, else the first gap or check.
    fn advance(&mut self, config: &Config, i: usize) {
        let next = if self.returning_to_check && self.is_complete(config) {
            self.returning_to_check = false;
            Screen::Check
        } else if self.filling {
            self.next_own(config, Some(i))
        } else if let Some(&j) = self.asked(config).iter().find(|&&j| j > i) {
            Screen::Question(j)
        } else {
            match self.first_unanswered(config) {
                Some(gap) => Screen::Question(gap),
                None => Screen::Check,
            }
        };
        self.go(next);
    }

    /// The Back link. After a Change link it returns to the check screen.
    pub fn back(&mut self, config: &Config) {
        let to = match self.screen {
            Screen::Intro => return,
            Screen::Question(_) if self.returning_to_check && self.is_complete(config) => {
                self.returning_to_check = false;
                Screen::Check
            }
            Screen::Question(i) if self.filling => self.gap_before(config, i),
            Screen::Question(i) => match self.asked(config).into_iter().rfind(|&j| j < i) {
                Some(j) => Screen::Question(j),
                None => Screen::Intro,
            },
            Screen::Check => match self.asked(config).last() {
                Some(&j) => Screen::Question(j),
                None => Screen::Intro,
            },
            Screen::Results => Screen::Check,
        };
        self.go(to);
    }

    /// A Change link on the check screen.
    pub fn change(&mut self, config: &Config, index: usize) {
        if self.screen == Screen::Check && index < config.questions.len() {
            self.returning_to_check = true;
            self.go(Screen::Question(index));
        }
    }

    /// Check → results, or to the first gap if answers are incomplete.
    pub fn show_results(&mut self, config: &Config) {
        if self.screen != Screen::Check {
            return;
        }
        self.open_first_gap(config);
        let to = match self.first_unanswered(config) {
            Some(gap) => Screen::Question(gap),
            None => Screen::Results,
        };
        self.go(to);
    }

    /// "Question n of m" for the question in view, as `(n - 1, m)`: its
    /// place among all the config's questions, and their number. The total
    /// never changes during a run, so the count never goes down ("7 of 12"
    /// then "8 of 10" read as a step back); a question an answer rules out
    /// (the mentors' time with no mentors, a follow-up for another kind)
    /// counts as passed, so the count jumps over it. `None` off the
    /// questions.
    pub fn progress(&self, config: &Config) -> Option<(usize, usize)> {
        match self.screen {
            Screen::Question(i) => Some((i, config.questions.len())),
            Screen::Intro | Screen::Check | Screen::Results => None,
        }
    }

    /// Start again on the results: ask first, since it wipes every answer.
    pub fn ask_restart(&mut self) {
        if self.screen == Screen::Results {
            self.restart_asked = true;
        }
    }

    /// "No, keep my answers": the question goes, nothing else changes.
    pub fn keep_answers(&mut self) {
        self.restart_asked = false;
    }

    /// Start again, confirmed: forget everything and go back to the first
    /// question. Unconfirmed, it only asks, so one press never wipes the
    /// answers.
    pub fn restart(&mut self) {
        if !self.restart_asked {
            self.ask_restart();
            return;
        }
        *self = Wizard::new();
        self.go(Screen::Question(0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::test_util::{answers, cfg, MANAGERS};

    fn complete() -> Answers {
        answers(MANAGERS)
    }

    fn at(c: &Config, screen: Screen) -> Wizard {
        Wizard::resume(c, complete(), screen)
    }

    fn index_of(c: &Config, id: &str) -> usize {
        c.questions.iter().position(|q| q.id == id).unwrap()
    }

    /// Walks a run to the check screen, answering the first option, or a
    /// figure (no mentors at all), and records the progress on each question.
    fn walk(c: &Config) -> Vec<(usize, usize)> {
        let mut w = Wizard::new();
        w.start();
        let mut seen = Vec::new();
        while let Screen::Question(i) = w.screen {
            seen.push(w.progress(c).expect("on a question"));
            let q = &c.questions[i];
            match q.kind {
                QuestionKind::Choice => w.choose(c, &q.id, &q.options[0].id),
                QuestionKind::Number => {
                    let figure = if q.id == "mentors" { "0" } else { "40" };
                    w.type_text(&q.id, figure);
                }
            }
            w.submit(c);
            assert!(seen.len() <= c.questions.len(), "the walk ends");
        }
        assert_eq!(w.screen, Screen::Check);
        assert_eq!(w.progress(c), None);
        seen
    }

    #[test]
    fn the_progress_count_never_goes_down_and_jumps_over_what_is_not_asked() {
        let c = cfg();
        let seen = walk(&c);
        // With no mentors, the mentors' time is not asked: 12 questions,
        // counted out of the 13 there are, the count jumping over it.
        assert_eq!(seen.len(), c.questions.len() - 1);
        assert!(
            seen.iter().all(|&(_, m)| m == c.questions.len()),
            "{seen:?}"
        );
        assert!(seen.windows(2).all(|p| p[1].0 > p[0].0), "{seen:?}");
        let time = index_of(&c, "mentor_time");
        assert!(seen.iter().all(|&(n, _)| n != time), "{seen:?}");
        assert!(seen.iter().any(|&(n, _)| n == time + 1), "{seen:?}");
        // A follow-up asked only for another kind drops out in the same way.
        let mut c = c;
        let format = index_of(&c, "format");
        c.questions[format].ask_when = vec!["mentoring".into()];
        let seen = walk(&c);
        assert_eq!(seen.len(), c.questions.len() - 2, "format is not asked");
        assert!(
            seen.iter().all(|&(_, m)| m == c.questions.len()),
            "{seen:?}"
        );
        assert!(seen.windows(2).all(|p| p[1].0 > p[0].0), "{seen:?}");
    }

    #[test]
    fn start_again_asks_first_and_wipes_the_answers_only_when_confirmed() {
        let c = cfg();
        let mut w = at(&c, Screen::Results);
        // One press only asks.
        w.restart();
        assert!(w.restart_asked);
        assert_eq!((w.screen, &w.answers), (Screen::Results, &complete()));
        // "Keep my answers" leaves everything as it was.
        w.keep_answers();
        assert_eq!(w, at(&c, Screen::Results));
        // Asked, then confirmed: a fresh run from the first question.
        w.ask_restart();
        w.restart();
        assert_eq!(w.screen, Screen::Question(0));
        assert!(w.answers.0.is_empty() && !w.restart_asked);
        // Nothing to ask off the results; leaving them drops the question.
        let mut q = at(&c, Screen::Check);
        q.ask_restart();
        assert!(!q.restart_asked);
        let mut r = at(&c, Screen::Results);
        r.ask_restart();
        r.back(&c);
        assert_eq!((r.screen, r.restart_asked), (Screen::Check, false));
    }

    #[test]
    fn starts_on_intro_and_start_goes_to_first_question() {
        let mut w = Wizard::new();
        assert_eq!(w.screen, Screen::Intro);
        w.start();
        assert_eq!(w.screen, Screen::Question(0));
    }

    #[test]
    fn continue_without_a_choice_shows_missing_error_and_stays() {
        let c = cfg();
        let mut w = Wizard::new();
        w.start();
        w.submit(&c);
        assert_eq!(w.screen, Screen::Question(0));
        let e = w.error.clone().expect("error");
        assert_eq!((e.question.as_str(), e.problem), ("goal", Problem::Missing));
    }

    #[test]
    fn choosing_clears_the_error_and_continue_advances() {
        let c = cfg();
        let mut w = Wizard::new();
        w.start();
        w.submit(&c);
        w.choose(&c, "goal", "career");
        assert!(w.error.is_none());
        w.submit(&c);
        assert_eq!(w.screen, Screen::Question(1));
        assert_eq!(w.answers.choice("goal"), Some("career"));
    }

    #[test]
    fn unknown_options_and_wrong_kinds_are_ignored() {
        let c = cfg();
        let mut w = Wizard::new();
        w.choose(&c, "goal", "nope");
        w.choose(&c, "budget", "skill");
        w.choose(&c, "nope", "skill");
        assert!(w.answers.0.is_empty());
    }

    #[test]
    fn not_decided_yet_records_unknown_forgets_the_draft_and_moves_on() {
        let c = cfg();
        let i = index_of(&c, "budget");
        let mut w = Wizard::resume(&c, complete(), Screen::Question(i));
        w.type_text("budget", "abc");
        w.answer_roughly(&c, UNKNOWN);
        assert!(w.answers.is_unknown("budget"));
        assert!(!w.drafts.contains_key("budget"));
        assert_eq!(w.screen, Screen::Question(i + 1));
        // Coming back and continuing keeps it; typing a figure replaces it.
        w.back(&c);
        w.submit(&c);
        assert!(w.answers.is_unknown("budget"));
        w.back(&c);
        w.type_text("budget", "60k");
        w.submit(&c);
        assert_eq!(w.answers.number("budget"), Some(60_000));
    }

    /// The default config with an optional choice question after budget.
    fn with_optional() -> (Config, usize) {
        let mut c = cfg();
        let i = index_of(&c, "budget") + 1;
        let mut q = c.questions[index_of(&c, "driver")].clone();
        q.id = "extra".into();
        q.optional = true;
        c.questions.insert(i, q);
        (c, i)
    }

    #[test]
    fn skip_records_no_answer_and_moves_on() {
        let (c, i) = with_optional();
        let mut w = Wizard::resume(&c, complete(), Screen::Question(i));
        w.choose(&c, "extra", "shared");
        w.skip(&c);
        assert_eq!(
            w.answers.get("extra"),
            None,
            "an earlier choice is forgotten"
        );
        assert_eq!(w.screen, Screen::Question(i + 1));
        assert!(w.is_complete(&c), "a skipped optional question is no gap");
        assert!(w.answers.is_complete(&c));
        let mut at_check = Wizard::resume(&c, complete(), Screen::Check);
        at_check.show_results(&c);
        assert_eq!(at_check.screen, Screen::Results);
    }

    #[test]
    fn skip_is_refused_on_a_question_that_is_not_optional() {
        let (c, _) = with_optional();
        let i = index_of(&c, "driver");
        let mut w = Wizard::resume(&c, complete(), Screen::Question(i));
        w.skip(&c);
        assert_eq!(w.screen, Screen::Question(i));
        assert_eq!(w.answers.choice("driver"), Some("shared"));
    }

    #[test]
    fn an_invalid_answer_to_an_optional_question_is_still_a_gap() {
        let (c, i) = with_optional();
        let mut a = complete();
        a.set("extra", Answer::Choice("nope".into()));
        let w = Wizard {
            answers: a,
            ..Wizard::new()
        };
        assert_eq!(w.first_unanswered(&c), Some(i));
    }

    #[test]
    fn not_decided_yet_is_refused_where_the_question_does_not_allow_it() {
        let c = cfg();
        let i = index_of(&c, "participants");
        let mut w = Wizard::resume(&c, complete(), Screen::Question(i));
        w.answer_roughly(&c, UNKNOWN);
        w.answer_roughly(&c, "some");
        assert_eq!(w.screen, Screen::Question(i));
        assert_eq!(w.answers.number("participants"), Some(120));
    }

    #[test]
    fn a_rough_answer_is_one_of_the_questions_options_and_a_figure_replaces_it() {
        let c = cfg();
        let i = index_of(&c, "mentors");
        let mut w = Wizard::resume(&c, complete(), Screen::Question(i));
        w.answer_roughly(&c, "plenty");
        assert_eq!(w.screen, Screen::Question(i), "not an option");
        w.type_text("mentors", "1x");
        w.answer_roughly(&c, "few");
        assert_eq!(
            w.answers.get("mentors"),
            Some(&Answer::Choice("few".into()))
        );
        assert!(!w.drafts.contains_key("mentors"));
        assert_eq!(w.screen, Screen::Question(i + 1));
        w.back(&c);
        w.type_text("mentors", "12");
        w.submit(&c);
        assert_eq!(w.answers.number("mentors"), Some(12));
    }

    #[test]
    fn bad_numbers_keep_the_typed_text_and_report_the_problem() {
        let c = cfg();
        let i = index_of(&c, "participants");
        let mut w = Wizard::resume(&c, complete(), Screen::Question(i));
        w.answers.0.remove("participants");
        for (text, problem) in [
            ("", Problem::Missing),
            ("abc", Problem::NotANumber),
            (
                "0",
                Problem::OutOfRange {
                    min: 1,
                    max: 100_000,
                },
            ),
            ("2.5", Problem::NotANumber),
        ] {
            w.type_text("participants", text);
            w.submit(&c);
            assert_eq!(w.screen, Screen::Question(i), "{text:?}");
            assert_eq!(w.error.as_ref().unwrap().problem, problem, "{text:?}");
            assert_eq!(w.drafts["participants"], text, "typed text is kept");
        }
        w.type_text("participants", "1,500");
        w.submit(&c);
        assert_eq!(w.answers.number("participants"), Some(1500));
        assert_eq!(w.screen, Screen::Question(i + 1));
        assert!(w.error.is_none());
    }

    #[test]
    fn a_number_answer_without_a_draft_is_accepted() {
        let c = cfg();
        let i = index_of(&c, "budget");
        let mut w = at(&c, Screen::Question(i));
        w.submit(&c);
        assert_eq!(w.screen, Screen::Question(i + 1));
        assert_eq!(w.answers.number("budget"), Some(150_000));
    }

    #[test]
    fn back_walks_to_the_previous_screen_and_keeps_answers() {
        let c = cfg();
        let mut w = Wizard::new();
        w.start();
        w.choose(&c, "goal", "skill");
        w.submit(&c);
        w.back(&c);
        assert_eq!(w.screen, Screen::Question(0));
        assert_eq!(w.answers.choice("goal"), Some("skill"));
        w.back(&c);
        assert_eq!(w.screen, Screen::Intro);
        w.back(&c);
        assert_eq!(w.screen, Screen::Intro);
    }

    #[test]
    fn back_clears_an_error() {
        let c = cfg();
        let mut w = Wizard::new();
        w.start();
        w.submit(&c);
        w.back(&c);
        assert!(w.error.is_none());
    }

    #[test]
    fn answering_the_last_question_goes_to_check() {
        let c = cfg();
        let last = c.questions.len() - 1;
        let mut w = at(&c, Screen::Question(last));
        w.submit(&c);
        assert_eq!(w.screen, Screen::Check);
        w.back(&c);
        assert_eq!(w.screen, Screen::Question(last));
    }

    #[test]
    fn last_question_with_an_earlier_gap_goes_to_the_gap() {
        let c = cfg();
        let last = c.questions.len() - 1;
        let mut w = at(&c, Screen::Question(last));
        w.answers.0.remove("audience");
        w.submit(&c);
        assert_eq!(w.screen, Screen::Question(index_of(&c, "audience")));
    }

    #[test]
    fn change_jumps_to_the_question_and_continue_returns_to_check() {
        let c = cfg();
        let mut w = at(&c, Screen::Check);
        w.change(&c, 1);
        assert_eq!(w.screen, Screen::Question(1));
        assert!(w.returning_to_check);
        w.choose(&c, "audience", "executives");
        w.submit(&c);
        assert_eq!(w.screen, Screen::Check);
        assert!(!w.returning_to_check);
        assert_eq!(w.answers.choice("audience"), Some("executives"));
    }

    #[test]
    fn back_from_a_changed_question_returns_to_check() {
        let c = cfg();
        let mut w = at(&c, Screen::Check);
        w.change(&c, 3);
        w.back(&c);
        assert_eq!(w.screen, Screen::Check);
        assert!(!w.returning_to_check);
    }

    #[test]
    fn change_is_only_possible_from_check_and_in_range() {
        let c = cfg();
        let mut w = at(&c, Screen::Check);
        w.change(&c, 99);
        assert_eq!(w.screen, Screen::Check);
        let mut w = at(&c, Screen::Question(2));
        w.change(&c, 0);
        assert_eq!(w.screen, Screen::Question(2));
    }

    #[test]
    fn show_results_needs_complete_answers() {
        let c = cfg();
        let mut w = at(&c, Screen::Check);
        w.show_results(&c);
        assert_eq!(w.screen, Screen::Results);
        w.back(&c);
        assert_eq!(w.screen, Screen::Check);
        w.answers.0.remove("path");
        w.show_results(&c);
        assert_eq!(w.screen, Screen::Question(index_of(&c, "path")));
    }

    #[test]
    fn restart_forgets_everything_and_goes_to_question_one() {
        let c = cfg();
        let mut w = at(&c, Screen::Results);
        w.type_text("budget", "5");
        w.ask_restart();
        w.restart();
        assert_eq!(w.screen, Screen::Question(0));
        assert!(w.answers.0.is_empty() && w.drafts.is_empty());
    }

    #[test]
    fn resume_drops_invalid_answers() {
        let c = cfg();
        let mut a = complete();
        a.set("goal", Answer::Choice("nope".into()));
        a.set("participants", Answer::Number(0));
        a.set("unknown", Answer::Number(3));
        let w = Wizard::resume(&c, a, Screen::Intro);
        assert_eq!(w.screen, Screen::Intro);
        assert!(w.answers.get("goal").is_none());
        assert!(w.answers.get("participants").is_none());
        assert!(w.answers.get("unknown").is_none());
        assert_eq!(w.answers.choice("audience"), Some("managers"));
    }

    #[test]
    fn resume_sanitises_unreachable_screens() {
        let c = cfg();
        let mut partial = complete();
        partial.0.remove("duration");
        let gap = index_of(&c, "duration");
        let n = c.questions.len();
        let cases = [
            (partial.clone(), Screen::Results, Screen::Question(gap)),
            (partial.clone(), Screen::Check, Screen::Question(gap)),
            (
                partial.clone(),
                Screen::Question(n - 1),
                Screen::Question(gap),
            ),
            (partial.clone(), Screen::Question(1), Screen::Question(1)),
            (partial.clone(), Screen::Question(99), Screen::Question(gap)),
            (complete(), Screen::Question(99), Screen::Check),
            (complete(), Screen::Results, Screen::Results),
            (complete(), Screen::Check, Screen::Check),
            (Answers::default(), Screen::Results, Screen::Question(0)),
        ];
        for (answers, asked, expected) in cases {
            let w = Wizard::resume(&c, answers, asked);
            assert_eq!(w.screen, expected, "asked {asked:?}");
        }
    }
}

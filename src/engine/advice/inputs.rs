//! The one place where question and option ids become what the model
//! works with: answers checked against the config, with the options the
//! model acts on parsed into enums. Validation refuses a config that
//! drops or renames one of those options ([`READ_OPTIONS`]), so no answer
//! can silently count for nothing.

use super::answers::{Answer, AnswerError, Answers, UNKNOWN};
use super::id;
use crate::engine::config::types::{Choice, Config, Question, QuestionKind};

/// A question whose options the model acts on one by one.
pub trait ReadOption: Copy + Sized + 'static {
    const QUESTION: &'static str;
    const ALL: &'static [Self];
    fn id(self) -> &'static str;

    fn parse(id: &str) -> Option<Self> {
        Self::ALL.iter().find(|o| o.id() == id).copied()
    }
}

/// When the programme starts; the timeline counts quarters from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Launch {
    Soon,
    HalfYear,
    Later,
}

impl ReadOption for Launch {
    const QUESTION: &'static str = id::LAUNCH;
    const ALL: &'static [Self] = &[Launch::Soon, Launch::HalfYear, Launch::Later];
    fn id(self) -> &'static str {
        match self {
            Launch::Soon => "soon",
            Launch::HalfYear => "half_year",
            Launch::Later => "later",
        }
    }
}

/// Whether people would rather meet one-to-one or in groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preference {
    OneToOne,
    Group,
    NoPreference,
}

impl ReadOption for Preference {
    const QUESTION: &'static str = id::FORMAT;
    const ALL: &'static [Self] = &[
        Preference::OneToOne,
        Preference::Group,
        Preference::NoPreference,
    ];
    fn id(self) -> &'static str {
        match self {
            Preference::OneToOne => "one_to_one",
            Preference::Group => "group",
            Preference::NoPreference => "no_preference",
        }
    }
}

/// Whether mentoring is volunteered or paid working time, which is costed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentorTime {
    Volunteered,
    Paid,
}

impl ReadOption for MentorTime {
    const QUESTION: &'static str = id::MENTOR_TIME;
    const ALL: &'static [Self] = &[MentorTime::Volunteered, MentorTime::Paid];
    fn id(self) -> &'static str {
        match self {
            MentorTime::Volunteered => "volunteered",
            MentorTime::Paid => "paid",
        }
    }
}

/// Each option the model acts on, as (question id, option id): a config
/// that asks the question must keep every one of them.
pub fn read_options() -> Vec<(&'static str, &'static str)> {
    fn add<O: ReadOption>(out: &mut Vec<(&'static str, &'static str)>) {
        for o in O::ALL {
            out.push((O::QUESTION, o.id()));
        }
    }
    let mut out = Vec::new();
    add::<Launch>(&mut out);
    add::<Preference>(&mut out);
    add::<MentorTime>(&mut out);
    out
}

/// How many could mentor: a count, or a rough answer (an option of the
/// `mentors` question, `unknown` included), or no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentorsAnswer<'a> {
    Counted(u64),
    Rough(&'a str),
    Skipped,
}

/// Answers checked against the config, in the shape the model needs.
#[derive(Debug, Clone)]
pub struct Inputs<'a> {
    pub choices: Vec<(&'a Question, &'a Choice)>,
    /// Empty when the config asks no goal question.
    pub goal: &'a str,
    pub audience: &'a str,
    pub duration: &'a str,
    /// The share of a year's coaching fee the `duration` answer pays for.
    pub duration_factor: f64,
    /// Empty when the config asks no agenda question.
    pub driver: &'a str,
    /// Empty when the config asks no career-path question.
    pub path: &'a str,
    pub participants: u64,
    /// `None` while the budget is not decided yet.
    pub budget: Option<u64>,
    pub mentors: MentorsAnswer<'a>,
    /// The mentors' hours are paid working time, so they are costed.
    pub mentors_paid: bool,
    /// The `internal_coaches` option; empty when not asked or skipped.
    pub internal_coaches: &'a str,
    /// The `line_managers` option; empty when not asked or skipped.
    pub line_managers: &'a str,
    /// `None` with no preference, or when not asked or skipped.
    pub preference: Option<Preference>,
    /// `None` when not asked or skipped.
    pub launch: Option<Launch>,
}

impl<'a> Inputs<'a> {
    pub fn new(c: &'a Config, answers: &Answers) -> Result<Self, Vec<AnswerError>> {
        let errors = answers.validate(c);
        if !errors.is_empty() {
            return Err(errors);
        }
        let choices: Vec<_> = c
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Choice)
            .filter_map(|q| Some((q, q.option(answers.choice(&q.id)?)?)))
            .collect();
        let pick = |id: &str| {
            choices
                .iter()
                .find(|(q, _)| q.id == id)
                .map(|(_, o)| o.id.as_str())
                .unwrap_or("")
        };
        let duration = pick(id::DURATION);
        Ok(Inputs {
            goal: pick(id::GOAL),
            audience: pick(id::AUDIENCE),
            duration,
            duration_factor: c
                .costs
                .duration_factor
                .get(duration)
                .copied()
                .unwrap_or(1.0),
            driver: pick(id::DRIVER),
            path: pick(id::PATH),
            participants: answers.number(id::PARTICIPANTS).unwrap_or(1),
            budget: answers.number(id::BUDGET),
            mentors: mentors_answer(c, answers),
            mentors_paid: MentorTime::parse(pick(id::MENTOR_TIME)) == Some(MentorTime::Paid),
            internal_coaches: pick(id::INTERNAL_COACHES),
            line_managers: pick(id::LINE_MANAGERS),
            preference: Preference::parse(pick(id::FORMAT))
                .filter(|p| *p != Preference::NoPreference),
            launch: Launch::parse(pick(id::LAUNCH)),
            choices,
        })
    }
}

/// The `mentors` answer, its rough option's id borrowed from the config.
fn mentors_answer<'a>(c: &'a Config, answers: &Answers) -> MentorsAnswer<'a> {
    match answers.get(id::MENTORS) {
        Some(Answer::Number(n)) => MentorsAnswer::Counted(*n),
        Some(Answer::Choice(o)) => {
            let option = c.question(id::MENTORS).and_then(|q| q.option(o));
            MentorsAnswer::Rough(option.map_or(UNKNOWN, |o| o.id.as_str()))
        }
        None => MentorsAnswer::Skipped,
    }
}

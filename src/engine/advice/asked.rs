//! Which questions are asked. A question with `ask_when` is asked only when
//! the kind the fit points to is one of its kinds: how many mentors there
//! are matters only when mentoring is in play. Fit comes from the answers
//! to always-asked questions alone, and never from budget or supply, so a
//! follow-up never decides whether it is itself asked. Whether the
//! mentors' time is paid is not asked of someone who has none.

use super::answers::Answers;
use super::id;
use super::inputs::Inputs;
use super::kind::fit_kind;
use super::score::score;
use crate::engine::config::types::{Config, Question};

/// The fit of the always-asked answers, worked out once for a set of
/// answers and then asked about each question: it scores the answers, so
/// it is not redone per question.
pub struct Asking {
    kind: Option<&'static str>,
    no_mentors: bool,
}

impl Asking {
    pub fn new(c: &Config, answers: &Answers) -> Self {
        Asking {
            kind: core_kind(c, answers),
            no_mentors: answers.number(id::MENTORS) == Some(0),
        }
    }

    /// Whether `q` is asked. A conditional question is not asked while the
    /// always-asked questions are unanswered.
    pub fn asks(&self, q: &Question) -> bool {
        if q.id == id::MENTOR_TIME && self.no_mentors {
            return false;
        }
        q.ask_when.is_empty()
            || self
                .kind
                .is_some_and(|kind| q.ask_when.iter().any(|k| k == kind))
    }
}

/// Whether `q` is asked, given `answers` so far; see [`Asking::asks`].
pub fn is_asked(c: &Config, answers: &Answers, q: &Question) -> bool {
    Asking::new(c, answers).asks(q)
}

/// The answers to questions that are asked; answers to a follow-up that
/// no longer applies (the person went back and changed course) are kept in
/// the wizard but count for nothing.
pub fn asked_answers(c: &Config, answers: &Answers) -> Answers {
    let asking = Asking::new(c, answers);
    let mut kept = answers.clone();
    kept.0
        .retain(|id, _| c.question(id).is_none_or(|q| asking.asks(q)));
    kept
}

/// The kind the always-asked questions' answers fit.
fn core_kind(c: &Config, answers: &Answers) -> Option<&'static str> {
    let mut core = answers.clone();
    core.0
        .retain(|id, _| c.question(id).is_some_and(|q| q.ask_when.is_empty()));
    let inputs = Inputs::new(c, &core).ok()?;
    Some(fit_kind(c, score(c, &inputs).gap()).id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_util::{answers, cfg, EVERYONE, EXECUTIVES};

    /// The default config with the internal-coaches question asked only
    /// where the fit points to coaching.
    fn coaching_follow_up() -> Config {
        let mut c = cfg();
        let q = c.questions.iter_mut().find(|q| q.id == "internal_coaches");
        q.unwrap().ask_when = vec!["coaching".into()];
        c
    }

    #[test]
    fn a_follow_up_is_asked_only_when_the_always_asked_answers_fit_its_kind() {
        let c = coaching_follow_up();
        let q = c.question("internal_coaches").unwrap();
        // Executives' leadership on an organisation's agenda fits coaching.
        assert!(is_asked(&c, &answers(EXECUTIVES), q));
        // A career path to share, open-ended and self-led, fits mentoring.
        assert!(!is_asked(&c, &answers(EVERYONE), q));
        // Nothing answered yet: no fit to ask it on.
        assert!(!is_asked(&c, &Answers::default(), q));
    }
}

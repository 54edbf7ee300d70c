//! Scoring: each answer says how well coaching and mentoring fit it (0–1);
//! budget coverage adds an affordability signal. Weighted means give the two
//! scores, and the gap between them decides the recommendation.

use super::answers::{Answer, AnswerError, Answers};
use super::config::{Choice, Config, Question, QuestionKind};
use super::estimate::Estimate;

/// Which approach an answer points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Coaching,
    Mentoring,
    Neutral,
}

/// One answer's pull on the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub question: String,
    pub answer: Answer,
    pub lean: Lean,
    /// Weighted pull, coaching minus mentoring: its size orders reasons.
    pub pull: f64,
    /// Text key explaining it.
    pub text: String,
}

/// Answers checked against the config, in the shape the model needs.
#[derive(Debug, Clone)]
pub struct Inputs<'a> {
    pub choices: Vec<(&'a Question, &'a Choice)>,
    pub audience: &'a str,
    pub expertise: &'a str,
    pub participants: u64,
    pub budget: u64,
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
        Ok(Inputs {
            audience: pick("audience"),
            expertise: pick("expertise"),
            participants: answers.number("participants").unwrap_or(1),
            budget: answers.number("budget").unwrap_or(0),
            choices,
        })
    }

    pub fn estimate(&self, c: &Config) -> Estimate {
        Estimate::new(
            c,
            self.audience,
            self.expertise,
            self.participants,
            self.budget,
        )
    }
}

/// Raw (unrounded) scores and the reasons behind them.
#[derive(Debug, Clone)]
pub struct Scored {
    pub coaching: f64,
    pub mentoring: f64,
    pub reasons: Vec<Reason>,
}

impl Scored {
    pub fn rounded(&self) -> (u8, u8) {
        let r = |v: f64| v.round().clamp(0.0, 100.0) as u8;
        (r(self.coaching), r(self.mentoring))
    }

    /// Coaching minus mentoring on the rounded scores, as published.
    pub fn gap(&self) -> i32 {
        let (c, m) = self.rounded();
        i32::from(c) - i32::from(m)
    }
}

/// Coaching fit of the budget: 0 at or below `floor` coverage, 1 at or above
/// `full`, log-linear in between so each doubling counts the same.
pub fn affordability(c: &Config, coverage: f64) -> f64 {
    let a = &c.model.affordability;
    if coverage.is_nan() || coverage <= a.floor {
        return 0.0;
    }
    if coverage >= a.full {
        return 1.0;
    }
    ((coverage.ln() - a.floor.ln()) / (a.full.ln() - a.floor.ln())).clamp(0.0, 1.0)
}

pub fn score(c: &Config, inputs: &Inputs, estimate: &Estimate) -> Scored {
    let mut total_w = 0.0;
    let (mut cs, mut ms) = (0.0, 0.0);
    let mut reasons = Vec::with_capacity(inputs.choices.len() + 1);
    let mut push = |question: &str, answer: Answer, w: f64, cf: f64, mf: f64, text: String| {
        total_w += w;
        cs += w * cf;
        ms += w * mf;
        let pull = w * (cf - mf);
        let lean = if pull.abs() < 0.1 * w.max(f64::EPSILON) || w == 0.0 {
            Lean::Neutral
        } else if pull > 0.0 {
            Lean::Coaching
        } else {
            Lean::Mentoring
        };
        reasons.push(Reason {
            question: question.to_string(),
            answer,
            lean,
            pull,
            text,
        });
    };
    for (q, o) in &inputs.choices {
        let text = format!("reason.{}.{}", q.id, o.id);
        push(
            &q.id,
            Answer::Choice(o.id.clone()),
            q.weight,
            o.coaching,
            o.mentoring,
            text,
        );
    }
    let fit = affordability(c, estimate.raw_coverage());
    let key = if estimate.raw_coverage() >= 1.0 {
        "full"
    } else if estimate.coaching_coverage >= c.model.coaching_min_coverage {
        "partial"
    } else {
        "low"
    };
    push(
        "budget",
        Answer::Number(inputs.budget),
        c.model.affordability.weight,
        fit,
        1.0 - fit,
        format!("reason.budget.{key}"),
    );
    reasons.sort_by(|a, b| b.pull.abs().total_cmp(&a.pull.abs()));
    let (coaching, mentoring) = if total_w > 0.0 {
        (100.0 * cs / total_w, 100.0 * ms / total_w)
    } else {
        (50.0, 50.0)
    };
    Scored {
        coaching,
        mentoring,
        reasons,
    }
}

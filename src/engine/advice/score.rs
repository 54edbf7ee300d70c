//! Fit scoring: each preference answer says how well coaching and mentoring
//! fit it (0–1); weighted means give the two fit scores. Budget and mentor
//! supply are not fit: they constrain the plan once, in [`super::plan`].

use super::answers::Answer;
use super::inputs::Inputs;
use crate::engine::config::types::{Choice, Config};

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

/// Which way an option leans: neutral when its two fits differ by no more
/// than `neutral_band`, compared in hundredths so that 0.6 vs 0.7 is exactly
/// 0.1 and tags never depend on floating-point noise.
pub fn lean(c: &Config, o: &Choice) -> Lean {
    let hundredths = |v: f64| (v * 100.0).round() as i64;
    let diff = hundredths(o.coaching) - hundredths(o.mentoring);
    if diff.abs() <= hundredths(c.model.neutral_band) {
        Lean::Neutral
    } else if diff > 0 {
        Lean::Coaching
    } else {
        Lean::Mentoring
    }
}

/// The fit scores from the weighted preference answers. Questions with
/// weight 0 (facts such as the mentors there are) give no reason and no fit.
pub fn score(c: &Config, inputs: &Inputs) -> Scored {
    let mut total_w = 0.0;
    let (mut cs, mut ms) = (0.0, 0.0);
    let mut reasons = Vec::with_capacity(inputs.choices.len());
    for (q, o) in inputs.choices.iter().filter(|(q, _)| q.weight > 0.0) {
        total_w += q.weight;
        cs += q.weight * o.coaching;
        ms += q.weight * o.mentoring;
        reasons.push(Reason {
            question: q.id.clone(),
            answer: Answer::Choice(o.id.clone()),
            lean: lean(c, o),
            pull: q.weight * (o.coaching - o.mentoring),
            text: format!("reason.{}.{}", q.id, o.id),
        });
    }
    crate::engine::sort::sort_by(&mut reasons, |a, b| a.pull.abs() > b.pull.abs());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advice::answers::Answers;

    #[test]
    fn a_skipped_optional_question_leaves_the_fit_as_if_it_were_not_asked() {
        let json = r#"{"goal":"skill","audience":"managers","participants":5,"budget":0,"duration":"short","driver":"shared","mentors":"some","path":"helpful"}"#;
        let plain = Config::default_config();
        let mut c = plain.clone();
        let mut extra = c.question("driver").unwrap().clone();
        extra.id = "extra".into();
        extra.optional = true;
        c.questions.push(extra);
        let fit = |c: &Config, json: &str| {
            let (a, errs) = Answers::from_json_lenient(c, json);
            assert!(errs.is_empty(), "{errs:?}");
            score(c, &Inputs::new(c, &a).unwrap()).rounded()
        };
        assert_eq!(fit(&c, json), fit(&plain, json));
        let answered = json.replace('}', r#","extra":"organisation"}"#);
        assert_ne!(fit(&c, &answered), fit(&plain, json), "an answer counts");
    }

    #[test]
    fn no_weighted_answer_means_an_even_fit_not_a_division_by_zero() {
        let mut c = Config::default_config();
        c.questions.iter_mut().for_each(|q| q.weight = 0.0);
        let json = r#"{"goal":"skill","audience":"managers","participants":5,"budget":0,"duration":"short","driver":"shared","mentors":"some","path":"helpful"}"#;
        let (a, _) = Answers::from_json_lenient(&c, json);
        let scored = score(&c, &Inputs::new(&c, &a).unwrap());
        assert_eq!(scored.rounded(), (50, 50));
        assert!(scored.reasons.is_empty());
    }

    #[test]
    fn reasons_come_strongest_first_and_in_the_configs_order_among_equals() {
        // Passing on knowledge and an agenda the organisation sets pull
        // equally hard (0.96), each its own way; the goal is asked first.
        let json = r#"{"goal":"knowledge","audience":"managers","participants":5,"budget":0,"duration":"short","driver":"organisation","mentors":"some","path":"helpful"}"#;
        let c = Config::default_config();
        let (a, _) = Answers::from_json_lenient(&c, json);
        let scored = score(&c, &Inputs::new(&c, &a).unwrap());
        let first: Vec<(&str, f64)> = scored.reasons[..3]
            .iter()
            .map(|r| (r.question.as_str(), r.pull.abs()))
            .collect();
        assert_eq!(first[0].1, first[1].1, "{first:?}");
        assert_eq!((first[0].0, first[1].0), ("goal", "driver"));
        assert!(first[1].1 > first[2].1, "{first:?}");
    }
}

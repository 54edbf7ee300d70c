//! Venn matching: which coaching-only, shared and mentoring-only traits the
//! organisation's answers fit.

use super::answers::{Answer, Answers};
use super::comparison::Comparison;
use crate::engine::config::types::{Condition, Config, Metric, Region};

#[derive(Debug, Clone, PartialEq)]
pub struct TraitMatch {
    pub id: String,
    pub region: Region,
    pub matched: bool,
    /// Text key of the trait's label.
    pub text: String,
}

pub fn match_traits(c: &Config, answers: &Answers, comparison: &Comparison) -> Vec<TraitMatch> {
    c.traits
        .iter()
        .map(|t| TraitMatch {
            id: t.id.clone(),
            region: t.region,
            matched: t.when.iter().all(|w| holds(w, answers, comparison)),
            text: format!("trait.{}", t.id),
        })
        .collect()
}

fn holds(cond: &Condition, answers: &Answers, e: &Comparison) -> bool {
    let in_range = |v: f64| cond.min.is_none_or(|lo| v >= lo) && cond.max.is_none_or(|hi| v <= hi);
    match (&cond.question, cond.metric) {
        (Some(q), _) => match answers.get(q) {
            Some(Answer::Choice(o)) => cond.is.iter().any(|x| x == o),
            Some(Answer::Number(n)) => in_range(*n as f64),
            None => false,
        },
        // With no budget decided, coverage is unknown, so the trait cannot hold.
        (None, Some(Metric::CoachingCoverage)) => e.coaching_coverage().is_some_and(in_range),
        (None, None) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advice::recommend::recommend;

    #[test]
    fn a_range_condition_needs_both_its_bounds() {
        let c = Config::default_config();
        let json = r#"{"goal":"skill","audience":"managers","participants":30,"budget":0,"duration":"short","driver":"shared","expertise":"some","path":"helpful"}"#;
        let (answers, _) = Answers::from_json_lenient(&c, json);
        let e = recommend(&c, &answers).unwrap().comparison;
        let between = |min, max| Condition {
            question: Some("participants".into()),
            metric: None,
            is: vec![],
            min,
            max,
        };
        assert!(holds(&between(Some(10.0), Some(50.0)), &answers, &e));
        assert!(!holds(&between(Some(40.0), Some(50.0)), &answers, &e));
        assert!(!holds(&between(Some(10.0), Some(20.0)), &answers, &e));
        assert!(holds(&between(None, Some(30.0)), &answers, &e));
        let coverage = Condition {
            question: None,
            metric: Some(Metric::CoachingCoverage),
            ..between(None, Some(0.0))
        };
        assert!(holds(&coverage, &answers, &e), "$0 coaches nobody");
    }
}

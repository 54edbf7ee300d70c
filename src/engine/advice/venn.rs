//! Venn matching: which coaching-only, shared and mentoring-only traits the
//! organisation's answers and its plan fit.

use super::answers::{Answer, Answers};
use super::comparison::Comparison;
use super::plan::Plan;
use crate::engine::config::types::{Condition, Config, Metric, Region};

#[derive(Debug, Clone, PartialEq)]
pub struct TraitMatch {
    pub id: String,
    pub region: Region,
    pub matched: bool,
    /// Text key of the trait's label.
    pub text: String,
}

/// The traits as they hold for these answers and the plan chosen: a trait
/// about a format holds only when the plan uses it.
pub fn match_traits(
    c: &Config,
    answers: &Answers,
    comparison: &Comparison,
    plan: &Plan,
) -> Vec<TraitMatch> {
    let facts = Facts {
        answers,
        comparison,
        plan,
    };
    c.traits
        .iter()
        .map(|t| TraitMatch {
            id: t.id.clone(),
            region: t.region,
            matched: t.when.iter().all(|w| facts.hold(w)),
            text: format!("trait.{}", t.id),
        })
        .collect()
}

/// What a trait's conditions are tested on.
struct Facts<'a> {
    answers: &'a Answers,
    comparison: &'a Comparison,
    plan: &'a Plan,
}

impl Facts<'_> {
    fn hold(&self, cond: &Condition) -> bool {
        let in_range =
            |v: f64| cond.min.is_none_or(|lo| v >= lo) && cond.max.is_none_or(|hi| v <= hi);
        if !cond.plan_uses.is_empty() {
            let formats = self.plan.formats();
            return cond.plan_uses.iter().any(|f| formats.contains(&f.as_str()));
        }
        match (&cond.question, cond.metric) {
            (Some(q), _) => match self.answers.get(q) {
                Some(Answer::Choice(o)) => cond.is.iter().any(|x| x == o),
                Some(Answer::Number(n)) => in_range(*n as f64),
                None => false,
            },
            // With no budget decided, coverage is unknown, so the trait
            // cannot hold.
            (None, Some(Metric::CoachingCoverage)) => {
                self.comparison.coaching_coverage().is_some_and(in_range)
            }
            (None, Some(Metric::PaidCoachingShare)) => in_range(paid_coaching_share(self.plan)),
            (None, Some(Metric::MentorTimeShare)) => {
                in_range(share(self.plan.mentor_time_cost, self.plan.cost))
            }
            (None, None) => false,
        }
    }
}

/// Share of the plan's cost paid to coaches from outside, 0 to 1: the
/// main coaching format's, or that of those beyond the own coaches'
/// capacity.
fn paid_coaching_share(p: &Plan) -> f64 {
    let extra = p
        .coaching_extra
        .filter(|(o, _)| o.format.external())
        .map_or(0, |(o, n)| o.cost(n));
    let outside = match p.coaching_format.is_some_and(|f| f.external()) {
        true => p.coaching_cost,
        false => extra,
    };
    share(outside, p.cost)
}

/// `part` of `whole`, 0 to 1; 0 of nothing.
fn share(part: u64, whole: u64) -> f64 {
    match whole {
        0 => 0.0,
        w => part as f64 / w as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_util::{answers, recommend_json};

    const THIRTY: &str = r#"{"goal":"skill","audience":"managers","participants":30,"budget":0,"duration":"short","driver":"shared","mentors":"some","path":"helpful"}"#;

    #[test]
    fn a_range_condition_needs_both_its_bounds() {
        let answers = answers(THIRTY);
        let r = recommend_json(THIRTY);
        let facts = Facts {
            answers: &answers,
            comparison: &r.comparison,
            plan: &r.plan,
        };
        let between = |min, max| Condition {
            question: Some("participants".into()),
            metric: None,
            plan_uses: vec![],
            is: vec![],
            min,
            max,
        };
        assert!(facts.hold(&between(Some(10.0), Some(50.0))));
        assert!(!facts.hold(&between(Some(40.0), Some(50.0))));
        assert!(!facts.hold(&between(Some(10.0), Some(20.0))));
        assert!(facts.hold(&between(None, Some(30.0))));
        let coverage = Condition {
            question: None,
            metric: Some(Metric::CoachingCoverage),
            ..between(None, Some(0.0))
        };
        assert!(facts.hold(&coverage), "$0 coaches nobody");
    }

    #[test]
    fn a_format_condition_holds_only_when_the_plan_uses_the_format() {
        let r = recommend_json(THIRTY);
        assert_eq!(r.plan.formats(), ["mentoring_pairs"], "{:?}", r.plan);
        let answers = answers(THIRTY);
        let facts = Facts {
            answers: &answers,
            comparison: &r.comparison,
            plan: &r.plan,
        };
        let uses = |ids: &[&str]| Condition {
            question: None,
            metric: None,
            plan_uses: ids.iter().map(|s| s.to_string()).collect(),
            is: vec![],
            min: None,
            max: None,
        };
        assert!(facts.hold(&uses(&["mentoring_pairs", "mentoring_circles"])));
        assert!(!facts.hold(&uses(&["mentoring_circles"])));
        let paid = Condition {
            metric: Some(Metric::PaidCoachingShare),
            min: Some(0.5),
            ..uses(&[])
        };
        assert!(!facts.hold(&paid), "a mentoring plan pays no coaches");
    }

    #[test]
    fn cost_shares_are_parts_of_the_plans_cost() {
        // 4 in a small coaching group ($4,000) and 56 in circles led by
        // mentors on paid time ($22,400 of hours), $38,820 in all.
        let json = r#"{"goal":"skill","audience":"managers","participants":60,"budget":40000,"duration":"short","driver":"organisation","mentors":12,"path":"unimportant","mentor_time":"paid","format":"one_to_one"}"#;
        let r = recommend_json(json);
        let p = &r.plan;
        assert_eq!(
            (p.cost, p.coaching_cost, p.mentor_time_cost),
            (38_820, 4_000, 22_400)
        );
        assert_eq!(paid_coaching_share(p), 4_000.0 / 38_820.0);
        assert_eq!(share(22_400, 38_820), 22_400.0 / 38_820.0);
        assert_eq!(share(1, 0), 0.0);
        let ticked = |id: &str| r.traits.iter().any(|t| t.id == id && t.matched);
        assert!(
            !ticked("budget_caps_capacity"),
            "coaches are 10% of the cost"
        );
    }
}

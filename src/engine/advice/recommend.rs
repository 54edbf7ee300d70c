//! The recommendation: fit scores and reasons, the kind and its plan, the
//! comparison of each approach on its own, the pivots that would change
//! the outcome, and the Venn traits. It assembles; each part is worked out
//! in its own module.

use super::answers::{AnswerError, Answers};
use super::asked::asked_answers;
use super::comparison::Comparison;
use super::inputs::Inputs;
use super::kind::Kind;
use super::levels::{levels, Level};
use super::pivots::{pivots, Pivot};
use super::plan::{Context, Plan};
use super::prices::Prices;
use super::resources::Resources;
use super::score::{score, Reason};
use super::timeline::{timeline, Quarter};
use super::venn::{match_traits, TraitMatch};
use crate::engine::config::types::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scores {
    pub coaching: u8,
    pub mentoring: u8,
}

/// Half the width of the "middle" band around an even position.
const SIDE_BAND: f64 = 0.05;

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub kind: Kind,
    pub scores: Scores,
    /// Fit reasons, strongest first.
    pub reasons: Vec<Reason>,
    pub plan: Plan,
    /// The best plan of each other kind, best first: what the choice was
    /// made against.
    pub alternatives: Vec<Plan>,
    /// The best alternative serves almost as well as the plan.
    pub close_call: bool,
    /// While the budget is not decided: what a few budgets would buy,
    /// smallest first, the last reaching all the plan reaches. Else empty.
    pub levels: Vec<Level>,
    pub comparison: Comparison,
    pub pivots: Vec<Pivot>,
    pub traits: Vec<TraitMatch>,
    /// The plan quarter by quarter; empty without a `launch` answer.
    pub timeline: Vec<Quarter>,
}

impl Recommendation {
    /// Where the organisation lands: 0 is pure coaching, 1 pure mentoring.
    pub fn position(&self) -> f64 {
        let (c, m) = (
            f64::from(self.scores.coaching),
            f64::from(self.scores.mentoring),
        );
        if c + m == 0.0 {
            0.5
        } else {
            m / (c + m)
        }
    }

    /// Which side of the diagram the organisation sits on: `coaching`,
    /// `middle` or `mentoring`. The middle band is where neither score
    /// leads by more than a fifth of their sum.
    pub fn side(&self) -> &'static str {
        match self.position() {
            p if p < 0.5 - SIDE_BAND => "coaching",
            p if p > 0.5 + SIDE_BAND => "mentoring",
            _ => "middle",
        }
    }
}

/// Computes the full recommendation for a complete set of answers.
pub fn recommend(c: &Config, given: &Answers) -> Result<Recommendation, Vec<AnswerError>> {
    recommend_with(c, given, None)
}

/// As [`recommend`], with the organisation's people given rather than
/// worked out from the answers: for a group of a programme, what the
/// groups before it left of the mentors and the coaches' capacity.
pub fn recommend_with(
    c: &Config,
    given: &Answers,
    people: Option<Resources>,
) -> Result<Recommendation, Vec<AnswerError>> {
    let answers = &asked_answers(c, given);
    let inputs = Inputs::new(c, answers)?;
    let scored = score(c, &inputs);
    let (coaching, mentoring) = scored.rounded();
    let mut cx = Context::new(c, &inputs, &scored);
    if let Some(people) = people {
        cx.resources = people;
    }
    let decision = cx.decide();
    let plan = decision.plan;
    let prices = Prices::new(c, &inputs, &cx.resources);
    let comparison = Comparison::new(&prices, &cx.resources, inputs.participants, inputs.budget);
    Ok(Recommendation {
        kind: plan.kind,
        scores: Scores {
            coaching,
            mentoring,
        },
        pivots: pivots(&cx, given, &plan),
        traits: match_traits(c, answers, &comparison, &plan),
        levels: levels(&cx, &plan),
        timeline: timeline(&inputs, &plan),
        reasons: scored.reasons,
        alternatives: decision.alternatives,
        close_call: decision.close_call,
        plan,
        comparison,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_scores(coaching: u8, mentoring: u8) -> Recommendation {
        let c = Config::default_config();
        let json = r#"{"goal":"skill","audience":"managers","participants":5,"budget":0,"duration":"short","driver":"shared","mentors":"some","path":"helpful"}"#;
        let (a, _) = Answers::from_json_lenient(&c, json);
        let mut r = recommend(&c, &a).unwrap();
        r.scores = Scores {
            coaching,
            mentoring,
        };
        r
    }

    #[test]
    fn position_and_side_follow_the_scores() {
        assert_eq!(with_scores(80, 0).position(), 0.0);
        assert_eq!(with_scores(0, 80).position(), 1.0);
        assert_eq!(with_scores(0, 0).position(), 0.5);
        assert_eq!(with_scores(60, 40).side(), "coaching");
        assert_eq!(with_scores(40, 60).side(), "mentoring");
        assert_eq!(with_scores(54, 46).side(), "middle");
        // The band's edges, 0.45 and 0.55, belong to the middle.
        assert_eq!(with_scores(11, 9).side(), "middle");
        assert_eq!(with_scores(9, 11).side(), "middle");
    }
}

//! The recommendation: fit scores and reasons, the kind and its plan, the
//! comparison estimate, the pivots that would change the outcome, and the
//! Venn traits.

use super::answers::{Answer, AnswerError, Answers};
use super::asked::asked_answers;
use super::config::{Config, QuestionKind};
use super::estimate::Estimate;
use super::plan::{decide, Kind, Plan};
use super::score::{score, Inputs, Reason};
use super::timeline::{timeline, Quarter};
use super::venn::{match_traits, TraitMatch};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scores {
    pub coaching: u8,
    pub mentoring: u8,
}

/// A change to one answer the organisation controls (a lever) and what it
/// would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pivot {
    /// Another option of a lever choice question changes the kind.
    Choice {
        question: String,
        option: String,
        kind: Kind,
    },
    /// From this yearly budget up, the kind changes.
    BudgetAtLeast { budget: u64, kind: Kind },
    /// A first cohort of this size is reached in full this year, with this
    /// kind. Only that size is promised: a smaller group can need more money
    /// when it rounds to fewer mentors.
    Cohort { participants: u64, kind: Kind },
}

/// What one yearly budget would buy, shown while the budget is not decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub budget: u64,
    pub kind: Kind,
    pub plan: Plan,
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
    /// While the budget is not decided: what a few budgets would buy,
    /// smallest first, the last reaching all the plan reaches. Else empty.
    pub levels: Vec<Level>,
    pub estimate: Estimate,
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
    let answers = &asked_answers(c, given);
    let inputs = Inputs::new(c, answers)?;
    let scored = score(c, &inputs);
    let (coaching, mentoring) = scored.rounded();
    let (kind, plan) = decide(c, &inputs, scored.gap());
    let estimate = Estimate::new(c, &inputs);
    Ok(Recommendation {
        kind,
        scores: Scores {
            coaching,
            mentoring,
        },
        pivots: pivots(c, given, &inputs, scored.gap(), (kind, &plan)),
        traits: match_traits(c, answers, &estimate),
        levels: levels(c, &inputs, scored.gap(), &plan),
        timeline: timeline(inputs.launch, inputs.duration, kind, &plan),
        reasons: scored.reasons,
        plan,
        estimate,
    })
}

/// Kind and plan with another budget or group size; fit does not depend on
/// either, so the fit gap is reused.
fn with_numbers(
    c: &Config,
    inputs: &Inputs,
    gap: i32,
    budget: Option<u64>,
    n: u64,
) -> (Kind, Plan) {
    let mut i = inputs.clone();
    i.budget = budget;
    i.participants = n;
    decide(c, &i, gap)
}

/// Smallest value in `lo..=hi` where `changed` holds, given that it is
/// monotone (false … false true … true) and holds at `hi`.
fn first_true(mut lo: u64, mut hi: u64, changed: impl Fn(u64) -> bool) -> u64 {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if changed(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    hi
}

/// Rounds to two significant digits, up or down, for readable thresholds;
/// numbers under 100 stay as they are.
fn nice(n: u64, up: bool) -> u64 {
    let mut unit = 1u64;
    while n / unit >= 100 {
        unit *= 10;
    }
    let down = n / unit * unit;
    if up && down < n {
        down + unit
    } else {
        down
    }
}

fn pivots(
    c: &Config,
    answers: &Answers,
    inputs: &Inputs,
    gap: i32,
    now: (Kind, &Plan),
) -> Vec<Pivot> {
    let (kind, plan) = now;
    let (b, p) = (inputs.budget, inputs.participants);
    let range = |id: &str| c.question(id).map_or((0, u64::MAX), |q| q.range());
    let (b_max, p_min) = (range("budget").1, range("participants").0.max(1));
    let at_b = |x| with_numbers(c, inputs, gap, Some(x), p).0;
    let mut out = Vec::new();
    // More budget can only move mentoring → hybrid (see `decide`); with no
    // budget decided there is no budget to change.
    if let Some(b) = b.filter(|_| at_b(b_max) > kind) {
        let t = nice(first_true(b, b_max, |x| at_b(x) > kind), true).min(b_max);
        out.push(Pivot::BudgetAtLeast {
            budget: t,
            kind: at_b(t),
        });
    }
    if !plan.reaches_everyone() {
        out.extend(cohort(c, inputs, gap, p_min));
    }
    out.extend(choice_pivots(c, answers, kind));
    out
}

/// While the budget is not decided: readable budgets that reach about a
/// quarter and about half of the group, then what the plan costs in full.
/// People reached only grow with budget, so the search is sound and each
/// level reaches at least as many as the one before.
fn levels(c: &Config, inputs: &Inputs, gap: i32, plan: &Plan) -> Vec<Level> {
    let (full, n) = (plan.cost, inputs.participants);
    if inputs.budget.is_some() || full == 0 {
        return Vec::new();
    }
    let at = |b| with_numbers(c, inputs, gap, Some(b), n);
    let reaching = |share: u64| {
        let target = n.div_ceil(share);
        let b = first_true(1, full, |b| n - at(b).1.waiting >= target);
        nice(b, true).min(full)
    };
    let mut budgets = vec![reaching(4), reaching(2), full];
    budgets.dedup();
    budgets
        .into_iter()
        .map(|budget| {
            let (kind, plan) = at(budget);
            Level { budget, kind, plan }
        })
        .collect()
}

/// A first cohort this year's budget and mentors reach in full: near the
/// largest, found by binary search (reaching everyone mostly gets harder as
/// the group grows), rounded down to a readable number when that still
/// holds, and always checked before it is offered.
fn cohort(c: &Config, inputs: &Inputs, gap: i32, p_min: u64) -> Option<Pivot> {
    let at = |n| with_numbers(c, inputs, gap, inputs.budget, n);
    let fails = |n| !at(n).1.reaches_everyone();
    let first_fail = first_true(p_min, inputs.participants, fails);
    let n = first_fail
        .checked_sub(1)
        .filter(|n| *n >= p_min && !fails(*n))?;
    let shown = Some(nice(n, false)).filter(|s| *s >= p_min && !fails(*s));
    let shown = shown.unwrap_or(n);
    Some(Pivot::Cohort {
        participants: shown,
        kind: at(shown).0,
    })
}

/// Other options of lever choice questions that change the kind, heaviest
/// question first.
/// `answers` are all given, asked or not: another option can bring a
/// follow-up into play, and then its answer counts.
fn choice_pivots(c: &Config, answers: &Answers, kind: Kind) -> Vec<Pivot> {
    let mut levers: Vec<_> = c
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice && q.lever)
        .collect();
    crate::engine::sort::sort_by(&mut levers, |a, b| a.weight > b.weight);
    let mut out = Vec::new();
    for q in levers {
        for o in q
            .options
            .iter()
            .filter(|o| answers.choice(&q.id) != Some(o.id.as_str()))
        {
            let mut changed = answers.clone();
            changed.set(q.id.clone(), Answer::Choice(o.id.clone()));
            let changed = asked_answers(c, &changed);
            let Ok(i) = Inputs::new(c, &changed) else {
                continue;
            };
            let k = decide(c, &i, score(c, &i).gap()).0;
            if k != kind {
                out.push(Pivot::Choice {
                    question: q.id.clone(),
                    option: o.id.clone(),
                    kind: k,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_rounds_to_two_significant_digits_in_the_safe_direction() {
        assert_eq!(nice(99, true), 99);
        assert_eq!(nice(100, true), 100);
        assert_eq!(nice(101, true), 110);
        assert_eq!(nice(101, false), 100);
        assert_eq!(nice(9_699, true), 9_700);
        assert_eq!(nice(555_123, true), 560_000);
        assert_eq!(nice(555_123, false), 550_000);
        assert_eq!(nice(560_000, true), 560_000);
    }

    fn with_scores(coaching: u8, mentoring: u8) -> Recommendation {
        let c = Config::default_config();
        let json = r#"{"goal":"skill","audience":"managers","participants":5,"budget":0,"duration":"short","driver":"shared","expertise":"some","path":"helpful"}"#;
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

    #[test]
    fn first_true_finds_the_edge_of_a_monotone_predicate() {
        assert_eq!(first_true(0, 10, |x| x >= 7), 7);
        assert_eq!(first_true(0, 10, |x| x >= 1), 1);
        assert_eq!(first_true(3, 10, |x| x >= 10), 10);
        assert_eq!(first_true(5, 5, |_| true), 5);
    }
}

//! The recommendation: the kind rule, the hybrid split, and the pivots that
//! would change the outcome.

use super::answers::{Answer, AnswerError, Answers};
use super::config::{Config, QuestionKind};
use super::estimate::Estimate;
use super::score::{score, Inputs, Reason};
use super::venn::{match_traits, TraitMatch};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Mentoring,
    Hybrid,
    Coaching,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Coaching => "coaching",
            Kind::Mentoring => "mentoring",
            Kind::Hybrid => "hybrid",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scores {
    pub coaching: u8,
    pub mentoring: u8,
}

/// Who gets which in a hybrid. `blended` means everyone gets both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HybridPlan {
    pub coached: u64,
    pub mentored: u64,
    pub blended: bool,
    /// Text key naming the group to coach first.
    pub coached_group: String,
    pub coaching_cost: u64,
    pub mentoring_cost: u64,
}

/// A single-answer change that would change the recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pivot {
    Choice {
        question: String,
        option: String,
        kind: Kind,
    },
    BudgetAtLeast {
        budget: u64,
        kind: Kind,
    },
    BudgetBelow {
        budget: u64,
        kind: Kind,
    },
    ParticipantsAtMost {
        participants: u64,
        kind: Kind,
    },
    ParticipantsAbove {
        participants: u64,
        kind: Kind,
    },
}

/// Half the width of the "middle" band around an even position.
const SIDE_BAND: f64 = 0.05;

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub kind: Kind,
    pub scores: Scores,
    /// Reasons, strongest first.
    pub reasons: Vec<Reason>,
    pub estimate: Estimate,
    pub hybrid: Option<HybridPlan>,
    pub pivots: Vec<Pivot>,
    pub traits: Vec<TraitMatch>,
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

    /// Text key of the plain-language why.
    pub fn why_key(&self) -> &'static str {
        match (self.kind, &self.hybrid) {
            (Kind::Hybrid, Some(p)) if p.blended => "why.hybrid_all",
            (Kind::Hybrid, _) => "why.hybrid",
            (Kind::Coaching, _) => "why.coaching",
            (Kind::Mentoring, _) => "why.mentoring",
        }
    }
}

/// Computes the full recommendation for a complete set of answers.
pub fn recommend(c: &Config, answers: &Answers) -> Result<Recommendation, Vec<AnswerError>> {
    let inputs = Inputs::new(c, answers)?;
    let estimate = inputs.estimate(c);
    let scored = score(c, &inputs, &estimate);
    let (coaching, mentoring) = scored.rounded();
    let (kind, hybrid) = decide(c, &estimate, scored.gap(), inputs.audience);
    Ok(Recommendation {
        kind,
        scores: Scores {
            coaching,
            mentoring,
        },
        pivots: pivots(c, answers, &inputs, kind),
        traits: match_traits(c, answers, &estimate),
        reasons: scored.reasons,
        hybrid: hybrid.filter(|_| kind == Kind::Hybrid),
        estimate,
    })
}

/// The kind rule. A clear coaching lead needs the budget to coach at least
/// `coaching_min_coverage` of the group; otherwise coach whom the budget
/// covers and mentor the rest. Split signals give a hybrid when the budget
/// can coach anyone at all after funding mentoring.
fn classify(c: &Config, inputs: &Inputs) -> (Kind, Option<HybridPlan>) {
    let estimate = inputs.estimate(c);
    let gap = score(c, inputs, &estimate).gap();
    decide(c, &estimate, gap, inputs.audience)
}

/// The kind rule on already computed figures, so `recommend` scores once.
fn decide(c: &Config, estimate: &Estimate, gap: i32, audience: &str) -> (Kind, Option<HybridPlan>) {
    let gap = f64::from(gap);
    let margin = c.model.split_margin;
    let plan = hybrid_plan(estimate, audience);
    let kind = if gap >= margin && estimate.coaching_coverage >= c.model.coaching_min_coverage {
        Kind::Coaching
    } else if gap > -margin && plan.is_some() {
        Kind::Hybrid
    } else {
        Kind::Mentoring
    };
    (kind, plan)
}

/// Coaches as many people as the budget allows after paying for mentoring
/// everyone else. `None` when that is nobody.
fn hybrid_plan(e: &Estimate, audience: &str) -> Option<HybridPlan> {
    let (p, b) = (e.participants, e.budget);
    let (cc, mc) = (
        e.coaching_cost_per_participant,
        e.mentoring_cost_per_participant,
    );
    let mentor_all = p.saturating_mul(mc);
    if b < mentor_all {
        return None;
    }
    let extra_per_coachee = cc.saturating_sub(mc).max(1);
    let coached = ((b - mentor_all) / extra_per_coachee).min(p);
    if coached == 0 {
        return None;
    }
    let blended = coached == p;
    let mentored = if blended { p } else { p - coached };
    Some(HybridPlan {
        coached,
        mentored,
        blended,
        coached_group: format!("hybrid.coached.{audience}"),
        coaching_cost: coached * cc,
        mentoring_cost: mentored * mc,
    })
}

fn kind_with(c: &Config, inputs: &Inputs, budget: u64, participants: u64) -> Kind {
    let mut i = inputs.clone();
    i.budget = budget;
    i.participants = participants;
    classify(c, &i).0
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

/// Rounds to two significant digits, up or down, for readable thresholds.
fn nice(n: u64, up: bool) -> u64 {
    if n < 100 {
        return n;
    }
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

fn pivots(c: &Config, answers: &Answers, inputs: &Inputs, kind: Kind) -> Vec<Pivot> {
    let mut out = Vec::new();
    let (b, p) = (inputs.budget, inputs.participants);
    let (b_max, p_min, p_max) = (
        c.question("budget").map_or(u64::MAX, |q| q.range().1),
        c.question("participants").map_or(1, |q| q.range().0),
        c.question("participants").map_or(u64::MAX, |q| q.range().1),
    );
    let at_b = |x| kind_with(c, inputs, x, p);
    let at_p = |x| kind_with(c, inputs, b, x);

    // More budget can only move mentoring → hybrid → coaching.
    if b < b_max && at_b(b_max) > kind {
        let t = nice(first_true(b + 1, b_max, |x| at_b(x) > kind), true).min(b_max);
        out.push(Pivot::BudgetAtLeast {
            budget: t,
            kind: at_b(t),
        });
    }
    if b > 0 && at_b(0) < kind {
        let t = first_true(0, b, |x| at_b(x) >= kind);
        let shown = nice(t, false).max(1);
        out.push(Pivot::BudgetBelow {
            budget: shown,
            kind: at_b(shown - 1),
        });
    }
    // More participants can only move coaching → hybrid → mentoring.
    if p > p_min && at_p(p_min) > kind {
        let t = first_true(p_min, p, |x| at_p(x) <= kind);
        let shown = nice(t - 1, false).max(p_min);
        out.push(Pivot::ParticipantsAtMost {
            participants: shown,
            kind: at_p(shown),
        });
    }
    if p < p_max && at_p(p_max) < kind {
        let t = first_true(p + 1, p_max, |x| at_p(x) < kind);
        let shown = nice(t, true).min(p_max);
        out.push(Pivot::ParticipantsAbove {
            participants: shown - 1,
            kind: at_p(shown),
        });
    }

    let mut by_weight: Vec<_> = c
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice)
        .collect();
    by_weight.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    for q in by_weight {
        for o in &q.options {
            if answers.choice(&q.id) == Some(o.id.as_str()) {
                continue;
            }
            let mut changed = answers.clone();
            changed.set(q.id.clone(), Answer::Choice(o.id.clone()));
            if let Ok(i) = Inputs::new(c, &changed) {
                let k = classify(c, &i).0;
                if k != kind {
                    out.push(Pivot::Choice {
                        question: q.id.clone(),
                        option: o.id.clone(),
                        kind: k,
                    });
                }
            }
        }
    }
    out
}

//! The "why": how the plan's kind relates to what the answers fit, the
//! strongest reasons, the plan itself, and the choice against the best
//! plan of another kind, in both plans' own numbers; a close call is said
//! to be one.

use super::phrase::Phrase;
use super::words::Words;
use crate::engine::advice::kind::{fit_kind, Kind};
use crate::engine::advice::plan::Plan;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::advice::score::{Lean, Reason};
use crate::engine::config::types::Config;

/// How many reasons the "why" quotes: enough to explain, short enough to read.
const WHY_REASONS: usize = 2;

impl Words<'_> {
    /// The opening, the strongest reasons that point to the recommended
    /// kind, the plan, and the plan it was chosen over.
    pub fn why(&self, rec: &Recommendation) -> Phrase {
        let mut out = self.text(&opening_key(self.config(), rec));
        for r in why_reasons(rec) {
            out.join(&self.text(&r.text));
        }
        out.join(&self.plan(rec));
        if let Some(against) = self.against(rec) {
            out.join(&against);
        }
        out
    }

    /// The best plan of another kind, in its own numbers: what it would
    /// reach and cost against this plan, or that the two are a close call.
    pub fn against(&self, rec: &Recommendation) -> Option<Phrase> {
        let (p, alt) = (&rec.plan, rec.alternatives.first()?);
        let key = match () {
            _ if rec.close_call => "why.close_call",
            _ if alt.reached < p.reached => "why.against.reach",
            _ if p.participants == 1 => "why.against.one",
            _ => "why.against.fit",
        };
        let mut vars = self.alternative_vars(alt);
        vars.push(("people", self.reached(p)));
        vars.push(("cost", self.cash(p.cost)));
        Some(self.fill(key, &vars))
    }

    /// "all 45" when the plan reaches everyone, else "35 people". (Not
    /// said of one person: no other plan reaches fewer than one, and
    /// `why.against.one` does not count.)
    fn reached(&self, p: &Plan) -> Phrase {
        if p.reaches_everyone() {
            self.fill(
                "why.all",
                &[("n", Phrase::plain(&self.number(p.participants)))],
            )
        } else {
            self.count("people", p.reached)
        }
    }
}

/// `why.<kind>` when the plan is the kind the answers fit; otherwise the
/// key naming how the plan departs from the fit: the budget and the
/// people the organisation has decided it. A hybrid that gives each
/// person one approach (`split`) adds the other for those the first cannot
/// reach; one that gives some both adds it on top.
pub fn opening_key(c: &Config, rec: &Recommendation) -> String {
    let gap = i32::from(rec.scores.coaching) - i32::from(rec.scores.mentoring);
    let fit = fit_kind(c, gap);
    let p = &rec.plan;
    let split = p.coached + p.mentored == p.reached;
    match (fit, rec.kind) {
        (f, k) if f == k => format!("why.{}", k.id()),
        (f, Kind::Hybrid) if split => format!("why.hybrid_split_from_{}", f.id()),
        (f, k) => format!("why.{}_from_{}", k.id(), f.id()),
    }
}

/// The strongest reasons that point to the kind: for a hybrid, the
/// strongest on each side.
pub fn why_reasons(rec: &Recommendation) -> Vec<&Reason> {
    let strongest = |lean| rec.reasons.iter().filter(move |r| r.lean == lean);
    match rec.kind {
        Kind::Coaching => strongest(Lean::Coaching).take(WHY_REASONS).collect(),
        Kind::Mentoring => strongest(Lean::Mentoring).take(WHY_REASONS).collect(),
        Kind::Hybrid => strongest(Lean::Coaching)
            .take(1)
            .chain(strongest(Lean::Mentoring).take(1))
            .collect(),
    }
}

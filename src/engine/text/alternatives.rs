//! The plans the recommendation was chosen over, each in its own numbers
//! and with why it lost, for the printed report: a CEO reading it should
//! see what else was weighed, not only what won.

use super::phrase::Phrase;
use super::words::Words;
use crate::engine::advice::plan::Plan;
use crate::engine::advice::recommend::Recommendation;

/// Text keys the alternatives use.
pub const ALTERNATIVE_TEXT_KEYS: &[&str] = &[
    "report.alt.close",
    "report.alt.fewer",
    "report.alt.fit",
    "report.alt.none",
];

impl Words<'_> {
    /// One sentence per plan of another kind, best first: what it would
    /// reach and cost, and why it lost (fewer people reached; as many or
    /// more, but served less well; or, for the best of them, a close
    /// call). With none to weigh, one sentence that says so.
    pub fn alternatives(&self, rec: &Recommendation) -> Vec<Phrase> {
        let p = &rec.plan;
        if rec.alternatives.is_empty() {
            return vec![self.text("report.alt.none")];
        }
        let each = rec.alternatives.iter().enumerate().map(|(i, alt)| {
            let key = match () {
                _ if i == 0 && rec.close_call => "report.alt.close",
                _ if alt.reached < p.reached => "report.alt.fewer",
                _ => "report.alt.fit",
            };
            let mut vars = self.alternative_vars(alt);
            vars.push(("people", self.count("people", p.reached)));
            self.fill(key, &vars)
        });
        each.collect()
    }

    /// An alternative plan in its own numbers, as the why and the report's
    /// alternatives both name it: its kind, formats, reach and cost.
    pub(super) fn alternative_vars(&self, alt: &Plan) -> Vec<(&'static str, Phrase)> {
        vec![
            (
                "alternative",
                self.text(&format!("why.alternative.{}", alt.kind.id())),
            ),
            ("alt_parts", self.parts(alt)),
            ("alt_people", self.count("people", alt.reached)),
            ("alt_cost", self.cash(alt.cost)),
        ]
    }
}

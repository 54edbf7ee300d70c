//! The sentences the results show, built from the answers and the plan so
//! that none contradicts what the person said: the "why", the plan, and the
//! pivots. Texts come from the config; numbers, money and plural categories
//! from a [`Formatter`], so the engine needs no locale data of its own.
//! Each sentence is a [`Phrase`] whose parts the locale lacks (in the
//! default locale's words) are marked, for the UI to give their `lang`.

use super::phrase::{fill_phrase, Phrase};
use crate::engine::advice::inputs::ReadOption;
use crate::engine::advice::kind::{fit_kind, Kind};
use crate::engine::advice::levels::Level;
use crate::engine::advice::pivots::Pivot;
use crate::engine::advice::plan::Plan;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::advice::score::{Lean, Reason};
use crate::engine::advice::timeline::{Milestone, Quarter};
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;
use crate::engine::text::formatter::Formatter;

/// How many reasons the "why" quotes: enough to explain, short enough to read.
const WHY_REASONS: usize = 2;

/// Sentences in one locale of one config.
pub struct Words<'a> {
    c: &'a Config,
    locale: &'a str,
    f: &'a dyn Formatter,
}

impl<'a> Words<'a> {
    pub fn new(c: &'a Config, locale: &'a str, f: &'a dyn Formatter) -> Self {
        Words { c, locale, f }
    }

    fn text(&self, key: &str) -> Phrase {
        Phrase::new(self.c.text(self.locale, key), self.falls_back(key))
    }

    fn falls_back(&self, key: &str) -> bool {
        self.c.falls_back(self.locale, key)
    }

    fn fill(&self, key: &str, vars: &[(&str, Phrase)]) -> Phrase {
        fill_phrase(self.c.text(self.locale, key), self.falls_back(key), vars)
    }

    /// An amount of money, never a fallback: the formatter writes it in
    /// the visitor's locale.
    fn cash(&self, n: u64) -> Phrase {
        Phrase::plain(&self.f.money(n))
    }

    pub fn money(&self, n: u64) -> String {
        self.f.money(n)
    }

    /// "1 person", "6 people": `noun` is `people`, `mentors` or
    /// `more_mentors`. The locale's plural category picks the form; a
    /// table without that form (a `few` for Polish, say) gets `other`.
    pub fn count(&self, noun: &str, n: u64) -> Phrase {
        let key = format!("count.{noun}.{}", self.f.plural(n));
        let key = if self.c.has_text(self.locale, &key) {
            key
        } else {
            format!("count.{noun}.other")
        };
        self.fill(&key, &[("n", Phrase::plain(&self.f.number(n)))])
    }

    fn format(&self, f: Option<Format>) -> Phrase {
        f.map_or_else(Phrase::default, |f| {
            self.text(&format!("format.{}", f.id()))
        })
    }

    /// The opening, the strongest reasons that point to the recommended
    /// kind, and one sentence on the plan.
    pub fn why(&self, rec: &Recommendation) -> Phrase {
        let mut out = self.text(&opening_key(self.c, rec));
        for r in why_reasons(rec) {
            out.join(&self.text(&r.text));
        }
        out.join(&self.plan(rec));
        out
    }

    /// What this year's plan does, and what reaching everyone would need.
    pub fn plan(&self, rec: &Recommendation) -> Phrase {
        let p = &rec.plan;
        let main = if p.coached + p.mentored == 0 {
            let programme = self.c.costs.mentoring_programme;
            let (key, format) = match p.coaching_format {
                Some(f) => ("plan.none.coaching", Some(f)),
                // The budget pays for running the programme; say so rather
                // than that it buys nothing.
                None if p.budget.is_some_and(|b| programme > 0 && b >= programme) => {
                    ("plan.none.mentoring_setup", p.mentoring_format)
                }
                None => ("plan.none.mentoring", p.mentoring_format),
            };
            self.fill(
                key,
                &[
                    ("format", self.format(format)),
                    ("budget", self.cash(p.budget.unwrap_or(0))),
                ],
            )
        } else {
            let key = match (p.budget, p.reaches_everyone()) {
                (Some(_), true) => "plan.all",
                (Some(_), false) => "plan.some",
                (None, true) => "plan.unknown.all",
                (None, false) => "plan.unknown.some",
            };
            self.fill(
                key,
                &[
                    ("parts", self.parts(rec.kind, p)),
                    ("cost", self.cash(p.cost)),
                    ("budget", self.cash(p.budget.unwrap_or(0))),
                    ("waiting", self.count("people", p.waiting)),
                ],
            )
        };
        let mut out = main;
        for extra in [self.mentor_time(p), self.preference(p), self.need(p)]
            .into_iter()
            .flatten()
        {
            out.join(&extra);
        }
        out
    }

    /// "The cost includes $18,000 for the mentors' paid hours."
    fn mentor_time(&self, p: &Plan) -> Option<Phrase> {
        (p.mentor_time_cost > 0).then(|| {
            self.fill(
                "plan.mentor_time",
                &[("mentor_time", self.cash(p.mentor_time_cost))],
            )
        })
    }

    /// Why a part's format differs from the one the person preferred.
    fn preference(&self, p: &Plan) -> Option<Phrase> {
        let part = *p.preference_overridden.first()?;
        let preference = p.preference?.id();
        let format = match part {
            "coaching" => p.coaching_format,
            _ => p.mentoring_format,
        };
        let key = format!("plan.preference.{preference}.{part}");
        Some(self.fill(&key, &[("format", self.format(format))]))
    }

    /// Mentors counted as "volunteer mentors" or, when their time is paid,
    /// "mentors on paid time".
    fn mentors(&self, p: &Plan, n: u64) -> Phrase {
        let noun = if p.mentors_paid {
            "mentors_paid"
        } else {
            "mentors"
        };
        self.count(noun, n)
    }

    /// While the budget is not decided, what one budget would buy:
    /// "$20,000 a year: 10 people in group coaching".
    pub fn level(&self, level: &Level) -> Phrase {
        self.fill(
            "plan.level",
            &[
                ("budget", self.cash(level.budget)),
                ("parts", self.parts(level.kind, &level.plan)),
            ],
        )
    }

    /// "120 people in mentoring circles with 20 volunteer mentors, and …".
    fn parts(&self, kind: Kind, p: &Plan) -> Phrase {
        let coached = || {
            let group = self.text(&p.coached_group);
            let key = if kind == Kind::Hybrid && p.coached < p.participants {
                "plan.part.coached_first"
            } else {
                "plan.part.coached"
            };
            self.fill(
                key,
                &[
                    ("people", self.count("people", p.coached)),
                    ("format", self.format(p.coaching_format)),
                    ("group", group),
                ],
            )
        };
        let mentored = || {
            self.fill(
                "plan.part.mentored",
                &[
                    ("people", self.count("people", p.mentored)),
                    ("format", self.format(p.mentoring_format)),
                    ("mentors", self.mentors(p, p.mentors_needed)),
                ],
            )
        };
        match (p.coached > 0, p.mentored > 0) {
            (true, true) => self.fill("plan.part.and", &[("a", mentored()), ("b", coached())]),
            (true, false) => coached(),
            _ => mentored(),
        }
    }

    /// When people wait: the money, the mentors, or both that reach them,
    /// naming what of the money pays for mentors' time. More mentors than
    /// a counted pool are "more than you counted", not recruits.
    fn need(&self, p: &Plan) -> Option<Phrase> {
        let gap = self.cash(p.funding_gap);
        let noun = if p.mentors_counted {
            "more_mentors_counted"
        } else {
            "more_mentors"
        };
        let mentors = self.count(noun, p.mentor_shortfall);
        let paid = p.mentor_time_full > p.mentor_time_cost;
        let key = match (p.funding_gap > 0, p.mentor_shortfall > 0) {
            _ if p.reaches_everyone() => return None,
            (true, true) if paid => "plan.need.both_paid",
            (true, true) => "plan.need.both",
            (true, false) if paid => "plan.need.money_paid",
            (true, false) => "plan.need.money",
            (false, true) => "plan.need.mentors",
            (false, false) => return None,
        };
        let unpaid_time = p.mentor_time_full.saturating_sub(p.mentor_time_cost);
        Some(self.fill(
            key,
            &[
                ("gap", gap),
                ("mentors", mentors),
                ("mentor_time", self.cash(unpaid_time.min(p.funding_gap))),
            ],
        ))
    }

    /// Each approach alone for everyone: what coaching and mentoring all
    /// of them would cost and need, beside the mentors likely found.
    pub fn comparison(&self, rec: &Recommendation) -> Phrase {
        let e = &rec.comparison;
        let key = if rec.plan.mentors_counted {
            "estimate.compare_counted"
        } else {
            "estimate.compare"
        };
        self.fill(
            key,
            &[
                ("people", self.count("people", e.participants)),
                ("coach_all", self.cash(e.coach_everyone_cost)),
                ("per_person", self.cash(e.coaching_cost_per_participant)),
                ("coaching_format", self.format(Some(e.coaching_format))),
                ("mentor_all", self.cash(e.mentor_everyone_cost)),
                ("mentoring_format", self.format(Some(e.mentoring_format))),
                ("mentors", self.mentors(&rec.plan, e.mentors_needed)),
                ("likely", self.mentors(&rec.plan, e.mentors_likely)),
            ],
        )
    }

    /// "Months 4 to 6" and what happens in them.
    pub fn quarter(&self, p: &Plan, q: &Quarter) -> (Phrase, Vec<Phrase>) {
        let (from, to) = ((q.number - 1) * 3 + 1, q.number * 3);
        let label = self.fill(
            "timeline.quarter",
            &[
                ("from", Phrase::plain(&from.to_string())),
                ("to", Phrase::plain(&to.to_string())),
            ],
        );
        let items = q.milestones.iter().map(|m| match *m {
            Milestone::Prepare { format, mentors } => self.fill(
                &format!("timeline.prepare.{}", format.id()),
                &[("mentors", self.mentors(p, mentors))],
            ),
            Milestone::Start { format, people } => self.fill(
                "timeline.start",
                &[
                    ("people", self.count("people", people)),
                    ("format", self.format(Some(format))),
                ],
            ),
            Milestone::Review => self.text("timeline.review"),
            Milestone::NextCohort { people } => self.fill(
                "timeline.next_cohort",
                &[("people", self.count("people", people))],
            ),
        });
        (label, items.collect())
    }

    pub fn pivot(&self, p: &Pivot) -> Phrase {
        let kind = |k: &Kind| self.text(&format!("ui.pivot.kind.{}", k.id()));
        match p {
            Pivot::Choice {
                question,
                option,
                kind: k,
            } => self.fill(
                "ui.pivot.choice",
                &[
                    ("question", self.text(&format!("q.{question}.summary"))),
                    ("answer", self.text(&format!("q.{question}.opt.{option}"))),
                    ("kind", kind(k)),
                ],
            ),
            Pivot::BudgetAtLeast { budget, kind: k } => self.fill(
                "ui.pivot.budget_at_least",
                &[("budget", self.cash(*budget)), ("kind", kind(k))],
            ),
            Pivot::Cohort {
                participants,
                kind: k,
            } => self.fill(
                "ui.pivot.cohort",
                &[
                    ("people", self.count("people", *participants)),
                    ("kind", kind(k)),
                ],
            ),
        }
    }
}

/// `why.<kind>` when the kind is the one fit points to; otherwise the key
/// naming the constraint that moved it (`why.coaching_no_mentors`,
/// `why.mentoring_until_budget`).
pub fn opening_key(c: &Config, rec: &Recommendation) -> String {
    let gap = i32::from(rec.scores.coaching) - i32::from(rec.scores.mentoring);
    match (fit_kind(c, gap), rec.kind) {
        (Kind::Hybrid, Kind::Coaching) => "why.coaching_no_mentors".into(),
        (Kind::Hybrid, Kind::Mentoring) => "why.mentoring_until_budget".into(),
        (_, k) => format!("why.{}", k.id()),
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

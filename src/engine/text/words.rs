//! The sentences the results show, built from the answers and the plan so
//! that none contradicts what the person said: the "why", the plan, and the
//! pivots. Texts come from the config; numbers, money and plural categories
//! from a [`Formatter`], so the engine needs no locale data of its own.
//! Each sentence is a [`Phrase`] whose parts the locale lacks (in the
//! default locale's words) are marked, for the UI to give their `lang`.

use super::phrase::{fill_phrase, Phrase};
use super::steps::for_one;
use crate::engine::advice::kind::Kind;
use crate::engine::advice::levels::Level;
use crate::engine::advice::pivots::Pivot;
use crate::engine::advice::plan::Plan;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::advice::timeline::{Milestone, Quarter};
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;
use crate::engine::text::formatter::Formatter;

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

    pub(super) fn text(&self, key: &str) -> Phrase {
        Phrase::new(self.c.text(self.locale, key), self.falls_back(key))
    }

    fn falls_back(&self, key: &str) -> bool {
        self.c.falls_back(self.locale, key)
    }

    pub(super) fn fill(&self, key: &str, vars: &[(&str, Phrase)]) -> Phrase {
        fill_phrase(self.c.text(self.locale, key), self.falls_back(key), vars)
    }

    /// An amount of money, never a fallback: the formatter writes it in
    /// the visitor's locale.
    pub(super) fn cash(&self, n: u64) -> Phrase {
        Phrase::plain(&self.f.money(n))
    }

    pub fn money(&self, n: u64) -> String {
        self.f.money(n)
    }

    pub(super) fn number(&self, n: u64) -> String {
        self.f.number(n)
    }

    pub(super) fn config(&self) -> &Config {
        self.c
    }

    /// "1 person", "6 people": `noun` is `people`, `mentors` or
    /// `more_mentors`. The locale's plural category picks the form; a
    /// table without that form (a `few` for Polish, say) gets `other`.
    pub fn count(&self, noun: &str, n: u64) -> Phrase {
        let key = count_key(self.c, self.locale, self.f, noun, n);
        self.fill(&key, &[("n", Phrase::plain(&self.f.number(n)))])
    }

    pub(super) fn format(&self, f: Option<Format>) -> Phrase {
        f.map_or_else(Phrase::default, |f| {
            self.text(&format!("format.{}", f.id()))
        })
    }

    /// "one-to-one coaching and mentoring circles", in the locale's words.
    pub(super) fn formats(&self, formats: &[Format]) -> Phrase {
        let items: Vec<Phrase> = formats.iter().map(|f| self.format(Some(*f))).collect();
        self.list(&items)
    }

    /// Items as the locale lists them: "a, b and c".
    pub(super) fn list(&self, items: &[Phrase]) -> Phrase {
        let mut out = Phrase::default();
        for (i, item) in items.iter().enumerate() {
            let joint = match items.len() - i {
                _ if i == 0 => None,
                1 => Some(self.text("list.and")),
                _ => Some(Phrase::plain(", ")),
            };
            if let Some(j) = joint {
                out.append(&j);
            }
            out.append(item);
        }
        out
    }

    /// Mentors counted as "volunteer mentors" or, when their time is paid,
    /// "mentors on paid time".
    pub(super) fn mentors(&self, p: &Plan, n: u64) -> Phrase {
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
        let key = match level.budget {
            0 => "plan.level_free",
            _ => "plan.level",
        };
        self.fill(
            key,
            &[
                ("budget", self.cash(level.budget)),
                ("parts", self.parts(&level.plan)),
            ],
        )
    }

    /// Each approach alone for everyone: what coaching and mentoring all
    /// of them would cost and need, beside the mentors likely found.
    pub fn comparison(&self, rec: &Recommendation) -> Phrase {
        let e = &rec.comparison;
        let counted = if rec.plan.mentors_counted {
            "_counted"
        } else {
            ""
        };
        // Mentoring everyone on staff time costs nothing: no "about $0".
        let free = if e.mentor_everyone_cost == 0 {
            "_free"
        } else {
            ""
        };
        self.fill(
            &format!("estimate.compare{counted}{free}"),
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
        let items = q.milestones.iter().map(|m| match *m {
            Milestone::Prepare { format, mentors } => self.fill(
                &for_one(self.c, p, format!("timeline.prepare.{}", format.id())),
                &[("mentors", self.mentors(p, mentors))],
            ),
            Milestone::Start { format, people } => self.start(format, people),
            Milestone::Review if p.participants == 1 => self.text("timeline.review_one"),
            Milestone::Review => self.text("timeline.review"),
            Milestone::NextCohort { people } => self.fill(
                "timeline.next_cohort",
                &[("people", self.count("people", people))],
            ),
        });
        (self.months(q), items.collect())
    }

    /// The starts of a timeline, each after its quarter's label ("Months 4
    /// to 6 – Start: 70 people in mentoring pairs."), for the explorer's
    /// comparison of two plans.
    pub fn starts(&self, quarters: &[Quarter]) -> Vec<Phrase> {
        let mut out = Vec::new();
        for q in quarters {
            for m in &q.milestones {
                if let Milestone::Start { format, people } = *m {
                    // "Months 1 to 3 – Start: …": the dash keeps the
                    // label apart from the sentence in any language.
                    let mut line = self.months(q);
                    line.push(" –", false);
                    line.join(&self.start(format, people));
                    out.push(line);
                }
            }
        }
        out
    }

    /// "Months 4 to 6".
    fn months(&self, q: &Quarter) -> Phrase {
        let (from, to) = ((q.number - 1) * 3 + 1, q.number * 3);
        self.fill(
            "timeline.quarter",
            &[
                ("from", Phrase::plain(&from.to_string())),
                ("to", Phrase::plain(&to.to_string())),
            ],
        )
    }

    /// "Start: 70 people in mentoring pairs."
    fn start(&self, format: Format, people: u64) -> Phrase {
        self.fill(
            "timeline.start",
            &[
                ("people", self.count("people", people)),
                ("format", self.format(Some(format))),
            ],
        )
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
        }
    }
}

/// The text key that counts `n` of `noun` in `locale`: the locale's plural
/// category where the texts have it, else `other`.
pub fn count_key(c: &Config, locale: &str, f: &dyn Formatter, noun: &str, n: u64) -> String {
    let key = format!("count.{noun}.{}", f.plural(n));
    if c.has_text(locale, &key) {
        key
    } else {
        format!("count.{noun}.other")
    }
}

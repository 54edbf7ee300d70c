//! The plan in words: who it reaches in which formats and for what, then
//! only what is true of this plan: that it runs on staff time, what the
//! mentors' paid hours cost, why a format is not the shape preferred, what
//! reaching everyone would need in the plan's own formats, and what of the
//! budget it leaves.

use super::phrase::Phrase;
use super::words::Words;
use crate::engine::advice::inputs::{Preference, ReadOption};
use crate::engine::advice::kind::Kind;
use crate::engine::advice::plan::{Override, Plan};
use crate::engine::advice::recommend::Recommendation;
use crate::engine::config::format::Format;

/// A plan leaves this share of its budget unspent (or more) before the
/// results say so: a remainder below it is rounding, not a choice.
const UNSPENT_SHARE: u64 = 10;

impl Words<'_> {
    /// What this year's plan does, and what reaching everyone would need.
    pub fn plan(&self, rec: &Recommendation) -> Phrase {
        let p = &rec.plan;
        let mut out = if p.reached == 0 {
            self.nobody(p)
        } else {
            self.reaches(p)
        };
        let extras = [
            self.staff_time(p),
            self.mentor_time(p),
            self.mentors_short(p),
            self.mentors_unknown(p),
            self.preference(p),
            self.scheme_step(p),
            self.mentoring_step(p),
            self.need(p),
            self.unspent(p),
        ];
        for extra in extras.into_iter().flatten() {
            out.join(&extra);
        }
        out
    }

    /// "This year's plan reaches everyone you named: …, for $X of your $Y
    /// yearly budget."
    fn reaches(&self, p: &Plan) -> Phrase {
        let key = match (p.budget, p.participants == 1, p.reaches_everyone()) {
            // Nothing spent: no figures to set against the budget, or to
            // budget for ("about $0 a year").
            (_, _, true) if p.cost == 0 => "plan.free.all",
            (Some(_), _, false) if p.cost == 0 => "plan.free.some",
            (Some(_), true, _) => "plan.one",
            (None, true, _) => "plan.unknown.one",
            (Some(_), false, true) => "plan.all",
            (Some(_), false, false) => "plan.some",
            (None, false, true) => "plan.unknown.all",
            (None, false, false) => "plan.unknown.some",
        };
        self.fill(
            key,
            &[
                ("parts", self.parts(p)),
                ("cost", self.cash(p.cost)),
                ("budget", self.cash(p.budget.unwrap_or(0))),
                ("waiting", self.count("people", p.waiting)),
            ],
        )
    }

    /// Nobody can start yet, for want of money: with no mentors at all,
    /// the plan names coaching's formats, which money always buys.
    fn nobody(&self, p: &Plan) -> Phrase {
        let (key, format) = match (p.coaching_format, p.mentoring_format) {
            (Some(f), _) => ("plan.none.coaching", Some(f)),
            (None, f) => ("plan.none.mentoring_budget", f),
        };
        self.fill(
            key,
            &[
                ("format", self.format(format)),
                ("budget", self.cash(p.budget.unwrap_or(0))),
            ],
        )
    }

    /// "120 people in mentoring circles with 20 volunteer mentors, and …";
    /// people with both formats are said to have both; one person has a
    /// format and a mentor, not a share of a group.
    pub(super) fn parts(&self, p: &Plan) -> Phrase {
        if p.participants == 1 {
            return self.parts_of_one(p);
        }
        let both = (p.coached + p.mentored).saturating_sub(p.reached);
        let coached = |people: u64| {
            let extra = p.coaching_extra.map_or(0, |(_, extra)| extra);
            let key = match () {
                _ if extra > 0 => "plan.part.coached_extra",
                _ if p.kind == Kind::Hybrid
                    && both == 0
                    && p.waiting > 0
                    && p.coached_group.is_some() =>
                {
                    "plan.part.coached_first"
                }
                _ => "plan.part.coached",
            };
            self.fill(
                key,
                &[
                    ("people", self.count("people", people - extra)),
                    ("format", self.format(p.coaching_format)),
                    (
                        "group",
                        p.coached_group
                            .as_deref()
                            .map_or(Phrase::plain(""), |k| self.text(k)),
                    ),
                    ("extra", Phrase::plain(&self.number(extra))),
                    (
                        "extra_format",
                        self.format(p.coaching_extra.map(|(o, _)| o.format)),
                    ),
                ],
            )
        };
        let mentored = |key: &str, people: u64| {
            self.fill(
                key,
                &[
                    ("people", self.count("people", people)),
                    ("n", Phrase::plain(&self.number(people))),
                    ("format", self.mentoring_formats(p)),
                    ("mentors", self.mentors(p, p.mentors_needed)),
                ],
            )
        };
        match (p.coached > 0, p.mentored > 0) {
            (true, true) if both == p.mentored => self.fill(
                "plan.part.and_also",
                &[
                    ("a", coached(p.coached)),
                    ("b", mentored(also_mentored_key(p, both), both)),
                ],
            ),
            (true, true) if both == p.coached => self.fill(
                "plan.part.and_also",
                &[
                    ("a", mentored("plan.part.mentored", p.mentored)),
                    ("b", self.also_coached(p, both)),
                ],
            ),
            (true, true) => self.fill(
                match both {
                    0 => "plan.part.and",
                    1 => "plan.part.overlap_one",
                    _ => "plan.part.overlap",
                },
                &[
                    ("a", mentored("plan.part.mentored", p.mentored)),
                    ("b", coached(p.coached)),
                    ("n", Phrase::plain(&self.number(both))),
                ],
            ),
            (true, false) => coached(p.coached),
            (false, _) => mentored("plan.part.mentored", p.mentored),
        }
    }

    /// "mentoring pairs", or with circles beside them "mentoring pairs
    /// (30) and mentoring circles (30)".
    fn mentoring_formats(&self, p: &Plan) -> Phrase {
        let Some((t, extra)) = p.mentoring_extra else {
            return self.format(p.mentoring_format);
        };
        self.blend(p.mentoring_format, p.mentored - extra, t.format, extra)
    }

    /// "coaching by their own trained line managers", or with an outside
    /// format beside it for those beyond their capacity "coaching by their
    /// own trained line managers (45) and small coaching groups (26)".
    fn coaching_formats(&self, p: &Plan) -> Phrase {
        match p.coaching_extra {
            // The plan names an extra format only for someone in it.
            Some((o, extra)) => self.blend(p.coaching_format, p.coached - extra, o.format, extra),
            None => self.format(p.coaching_format),
        }
    }

    fn blend(&self, main: Option<Format>, people: u64, extra_format: Format, extra: u64) -> Phrase {
        self.fill(
            "plan.part.blend",
            &[
                ("format", self.format(main)),
                ("pairs", Phrase::plain(&self.number(people))),
                ("extra_format", self.format(Some(extra_format))),
                ("extra", Phrase::plain(&self.number(extra))),
            ],
        )
    }

    /// "a short one-to-one coaching package and a mentor of their own".
    fn parts_of_one(&self, p: &Plan) -> Phrase {
        let key = match (p.coached > 0, p.mentored > 0) {
            (true, true) => "plan.part.one.both",
            (true, false) => "plan.part.one.coached",
            (false, _) => "plan.part.one.mentored",
        };
        self.fill(key, &[("format", self.format(p.coaching_format))])
    }

    /// "52 of them also in small coaching groups, starting with …": some of
    /// the mentored, never all (that is the coaching-first sentence), so
    /// whom to start with is said wherever the goal gives it.
    fn also_coached(&self, p: &Plan, both: u64) -> Phrase {
        let key = match p.coached_group {
            Some(_) => "plan.part.also_coached_first",
            None => "plan.part.also_coached",
        };
        self.fill(
            key,
            &[
                ("n", Phrase::plain(&self.number(both))),
                ("format", self.coaching_formats(p)),
                (
                    "group",
                    p.coached_group
                        .as_deref()
                        .map_or(Phrase::plain(""), |k| self.text(k)),
                ),
            ],
        )
    }

    /// A scheme that costs nothing beyond staff time says so; one that
    /// money would take further is a pilot.
    fn staff_time(&self, p: &Plan) -> Option<Phrase> {
        let free = p.cost == 0 && p.mentored > 0 && !p.mentors_paid;
        // Money would take the scheme to the others, or reach them otherwise.
        let scheme_grows = p.full_formats.iter().all(|f| f.is_mentoring());
        match (p.waiting, p.funding_gap) {
            _ if !free => None,
            (1.., 1..) if scheme_grows => Some(self.text("plan.pilot")),
            _ => Some(self.text("plan.staff_time")),
        }
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

    /// Circles because the mentors are too few to pair everyone (some of
    /// them, beside pairs), unless circles are what was asked for or the
    /// preference sentence says so.
    fn mentors_short(&self, p: &Plan) -> Option<Phrase> {
        let said = p.preference_overridden.contains(&"mentoring")
            || p.preference == Some(Preference::Group);
        let key = match p.mentoring_extra {
            Some(_) => "plan.mentors_short_some",
            None => "plan.mentors_short",
        };
        (p.mentors_short && !said).then(|| self.text(key))
    }

    /// Why people wait while money is left: the next mentee moves the
    /// scheme to a dearer tier, whose step the remainder does not cover.
    fn scheme_step(&self, p: &Plan) -> Option<Phrase> {
        let step = p.scheme_step?;
        let budget = p.budget?;
        // A free pilot already says money must run the scheme further.
        (p.cost > 0 && p.unspent() * UNSPENT_SHARE >= budget).then(|| {
            self.fill(
                "plan.scheme_step",
                &[
                    ("mentees", Phrase::plain(&self.number(p.mentored))),
                    ("step", self.cash(step)),
                    ("unspent", self.cash(p.unspent())),
                ],
            )
        })
    }

    /// Why a plan that reaches everyone mentors only some of them: the
    /// next mentee moves the scheme to a dearer tier.
    fn mentoring_step(&self, p: &Plan) -> Option<Phrase> {
        let step = p.mentoring_step?;
        Some(self.fill(
            "plan.scheme_step_some",
            &[
                ("mentees", Phrase::plain(&self.number(p.mentored))),
                ("step", self.cash(step)),
            ],
        ))
    }

    /// Mentors nobody has counted yet: the plan relies on a handful only.
    fn mentors_unknown(&self, p: &Plan) -> Option<Phrase> {
        (p.mentors_unknown && p.mentored > 0).then(|| {
            self.fill(
                "plan.mentors_unknown",
                &[("mentors", self.mentors(p, p.mentors_needed))],
            )
        })
    }

    /// Why the parts not in the shape the person preferred are not: they
    /// reach more people (for the money, or with the mentors there are),
    /// or they serve the goal better. Parts with the same reason share one
    /// sentence naming each format ("small coaching groups and mentoring
    /// circles"), so no part goes unexplained.
    fn preference(&self, p: &Plan) -> Option<Phrase> {
        let preference = p.preference?.id();
        let overridden = p.preference_reason?;
        // The mentoring format not in the shape preferred (beside pairs,
        // the circles).
        let circles = p.mentoring_extra.map(|(t, _)| t.format);
        let mut reasons: Vec<(&str, Vec<Format>)> = Vec::new();
        for part in &p.preference_overridden {
            let format = match *part {
                "coaching" => p.coaching_format,
                _ if p.preference == Some(Preference::OneToOne) => circles.or(p.mentoring_format),
                _ => p.mentoring_format,
            };
            let reason = match (overridden, *part) {
                // Circles for want of mentors; pairs are never that.
                (_, "mentoring")
                    if p.mentors_short && p.preference == Some(Preference::OneToOne) =>
                {
                    "mentors"
                }
                (Override::Fit, _) => "fit",
                (Override::Reach, _) => "reach",
            };
            match reasons.iter_mut().find(|(r, _)| *r == reason) {
                Some((_, formats)) => formats.extend(format),
                None => reasons.push((reason, format.into_iter().collect())),
            }
        }
        let mut said = reasons.into_iter().map(|(reason, formats)| {
            let key = format!("plan.preference.{preference}.{reason}");
            self.fill(&key, &[("format", self.formats(&formats))])
        });
        let mut out = said.next()?;
        for more in said {
            out.join(&more);
        }
        Some(out)
    }

    /// When people wait: the money that reaches them (there always is a
    /// sum that does, since coaching is priced for every audience), naming
    /// the formats and what of it pays for mentors' time, then the mentors
    /// who would reach them too. More mentors than a counted pool are
    /// "more than you counted", not recruits.
    fn need(&self, p: &Plan) -> Option<Phrase> {
        if p.reaches_everyone() {
            return None;
        }
        let noun = match (p.mentors_counted, p.mentors_paid) {
            (true, _) => "more_mentors_counted",
            (false, true) => "more_mentors_paid",
            (false, false) => "more_mentors",
        };
        let mentors = ("mentors", self.count(noun, p.mentor_shortfall));
        let unpaid_time = p.mentor_time_full.saturating_sub(p.mentor_time_cost);
        // What of the gap pays for mentors' time: some, or all of it.
        let paid = match unpaid_time {
            0 => "",
            t if t >= p.funding_gap => "_paid_all",
            _ => "_paid",
        };
        // Reaching everyone may take formats this plan does not use.
        let own = p.formats();
        let same = p.full_formats.iter().all(|f| own.contains(&f.id()));
        let other = if same { "" } else { "_other" };
        // One person is not "everyone".
        let one = if p.participants == 1 && other.is_empty() {
            "_one"
        } else {
            ""
        };
        let mut out = self.fill(
            &format!("plan.need.money{paid}{other}{one}"),
            &[
                ("gap", self.cash(p.funding_gap)),
                ("mentor_time", self.cash(unpaid_time.min(p.funding_gap))),
                ("formats", self.formats(&p.full_formats)),
            ],
        );
        // Money reaches them in other formats; more mentors would too.
        if p.mentor_shortfall > 0 {
            out.join(&self.fill("plan.need.or_mentors", &[mentors]));
        }
        Some(out)
    }

    /// What of the budget a plan that reaches everyone does not need.
    fn unspent(&self, p: &Plan) -> Option<Phrase> {
        let (unspent, budget) = (p.unspent(), p.budget?);
        let worth_saying = unspent > 0 && unspent * UNSPENT_SHARE >= budget;
        if !(worth_saying && p.reaches_everyone()) {
            return None;
        }
        let unspent = ("unspent", self.cash(unspent));
        let one = if p.participants == 1 { "_one" } else { "" };
        Some(match &p.beyond {
            // Pairs for all would serve better; only mentors can buy them.
            None if p.mentors_short => self.fill("plan.unspent_mentors", &[unspent]),
            None => self.fill(&format!("plan.unspent{one}"), &[unspent]),
            Some(b) => self.fill(
                &format!("plan.unspent_beyond{one}"),
                &[
                    unspent,
                    ("formats", self.formats(&b.formats)),
                    ("cost", self.cash(b.cost)),
                ],
            ),
        })
    }
}

/// "all of them also in …" where everyone coached is mentored too, not
/// "20 of them" of 20.
fn also_mentored_key(p: &Plan, both: u64) -> &'static str {
    match both == p.coached {
        true => "plan.part.all_also_mentored",
        false => "plan.part.also_mentored",
    }
}

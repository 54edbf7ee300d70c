//! What each format costs this organisation, for its audience, goal and
//! duration, in the config's currency: the coaching offers it can buy (and
//! how many each can take), the mentoring formats its mentors can run, and
//! what running a mentoring scheme of a given size costs. Every cost here
//! only grows with the people served, which keeps the plan search free of
//! cliffs.

use super::inputs::Inputs;
use super::resources::Resources;
use crate::engine::config::format::{Format, Settings};
use crate::engine::config::types::{Config, SchemeTier};

/// One coaching format as offered to this audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoachingOffer {
    pub format: Format,
    /// A year's fee per head (per team, for a team), as the table has it.
    pub year: u64,
    /// The fee per head (per team) for the chosen duration.
    pub price: u64,
    /// Fewest places a group pays for (1 one-to-one).
    pub min: u64,
    /// People per team, for team coaching; 0 for every other format.
    pub team: u64,
    /// Most people the format can take (the organisation's own coaches).
    pub cap: u64,
}

impl CoachingOffer {
    /// This year's cost of coaching `people`.
    pub fn cost(&self, people: u64) -> u64 {
        match (people, self.team) {
            (0, _) => 0,
            (p, 0) => p.max(self.min).saturating_mul(self.price),
            (p, team) => p.div_ceil(team).saturating_mul(self.price),
        }
    }

    /// The most people, up to `limit` and the format's own cap, whom
    /// `budget` pays for.
    pub fn afford(&self, budget: u64, limit: u64) -> u64 {
        let limit = limit.min(self.cap);
        let most = match self.team {
            0 if budget < self.min.saturating_mul(self.price) => 0,
            0 => budget / self.price,
            team => (budget / self.price).saturating_mul(team),
        };
        most.min(limit)
    }
}

/// One mentoring format as this organisation's mentors would run it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentorTerms {
    pub format: Format,
    /// Mentees per mentor.
    pub ratio: u64,
    /// A mentor's hours a year per mentee, for this goal.
    pub hours: u64,
    /// What an hour of a mentor's time costs (0 when it is volunteered).
    pub hour: u64,
    /// What the mentors' paid hours cost per mentee a year.
    pub time_per_mentee: u64,
}

impl MentorTerms {
    pub fn mentors(&self, mentees: u64) -> u64 {
        mentees.div_ceil(self.ratio)
    }

    pub fn time_cost(&self, mentees: u64) -> u64 {
        mentees.saturating_mul(self.time_per_mentee)
    }

    /// Relationships the scheme runs: each pair, or each circle.
    pub fn relationships(&self, mentees: u64) -> u64 {
        mentees.div_ceil(self.ratio_for_relationships())
    }

    /// Mentees per relationship: one in pairs (a mentor with two mentees
    /// has two relationships), a whole circle in circles.
    fn ratio_for_relationships(&self) -> u64 {
        match self.format {
            Format::MentoringCircles => self.ratio,
            Format::IndividualCoaching
            | Format::CoachingPackage
            | Format::GroupCoaching
            | Format::TeamCoaching
            | Format::InternalCoaching
            | Format::ManagerCoaching
            | Format::MentoringPairs => 1,
        }
    }
}

/// The prices for one set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prices {
    /// Coaching offers, in the order preferred when two serve alike.
    pub coaching: Vec<CoachingOffer>,
    pub pairs: MentorTerms,
    pub circles: MentorTerms,
    pub scheme: Vec<SchemeTier>,
}

impl Prices {
    pub fn new(c: &Config, inputs: &Inputs, res: &Resources) -> Prices {
        let costs = &c.costs;
        let coaching = Format::ALL
            .into_iter()
            .filter_map(|f| offer(c, inputs, res, f))
            .collect();
        let hour = match res.mentors_paid {
            true => costs.mentor_hour.get(inputs.audience).copied().unwrap_or(0),
            false => 0,
        };
        let terms = |format: Format| {
            let m = format.mentoring(costs);
            let hours = m
                .and_then(|m| m.mentor_hours.get(inputs.goal))
                .copied()
                .unwrap_or(0);
            MentorTerms {
                format,
                ratio: m.map_or(1, |m| m.mentees_per_mentor.max(1)),
                hours,
                hour,
                time_per_mentee: hours.saturating_mul(hour),
            }
        };
        Prices {
            coaching,
            pairs: terms(Format::MentoringPairs),
            circles: terms(Format::MentoringCircles),
            scheme: costs.mentoring_scheme.clone(),
        }
    }

    /// Running a scheme for `mentees` in `terms`: the least costly tier
    /// that serves its relationships; nothing for nobody. Each tier's cost
    /// grows with mentees and fewer tiers serve more of them, so this
    /// never falls as they grow.
    pub fn scheme_cost(&self, terms: &MentorTerms, mentees: u64) -> u64 {
        if mentees == 0 {
            return 0;
        }
        let relationships = terms.relationships(mentees);
        self.scheme
            .iter()
            .filter(|t| t.up_to.is_none_or(|most| relationships <= most))
            .map(|t| {
                t.fixed
                    .saturating_add(relationships.saturating_mul(t.per_relationship))
                    .saturating_add(mentees.saturating_mul(t.per_mentee))
            })
            .min()
            .unwrap_or(u64::MAX)
    }

    /// Running the scheme and the mentors' paid hours for `mentees`.
    pub fn mentoring_cost(&self, terms: &MentorTerms, mentees: u64) -> u64 {
        self.scheme_cost(terms, mentees)
            .saturating_add(terms.time_cost(mentees))
    }

    /// The most mentees, up to `limit`, whom `budget` pays for in `terms`:
    /// the cost only grows with mentees, so by bisection.
    pub fn afford_mentees(&self, terms: &MentorTerms, budget: u64, limit: u64) -> u64 {
        let (mut lo, mut hi) = (0, limit);
        while lo < hi {
            let mid = hi - (hi - lo) / 2;
            if self.mentoring_cost(terms, mid) <= budget {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }

    /// The numbers of mentees at which the scheme moves to another tier,
    /// up to `limit`: where a plan's mix of coaching and mentoring can turn.
    pub fn tier_edges<'a>(
        &'a self,
        terms: &'a MentorTerms,
        limit: u64,
    ) -> impl Iterator<Item = u64> + 'a {
        self.scheme
            .iter()
            .filter_map(|t| t.up_to)
            .map(move |r| r.saturating_mul(terms.ratio_for_relationships()))
            .flat_map(|m| [m, m + 1])
            .filter(move |m| *m <= limit)
    }

    /// The mentoring formats, pairs first.
    pub fn mentoring(&self) -> [&MentorTerms; 2] {
        [&self.pairs, &self.circles]
    }
}

/// `format` as offered to this audience, if the config offers it and the
/// organisation has the coaches for it.
fn offer(c: &Config, inputs: &Inputs, res: &Resources, format: Format) -> Option<CoachingOffer> {
    let factor = inputs.duration_factor;
    let scaled = |year: u64| ((year as f64 * factor).round() as u64).max(1);
    let (year, price, min, team) = match format.settings(&c.costs) {
        Settings::Coaching(f) => {
            let year = *f?.per_head.get(inputs.audience)?;
            // A package is a few sessions, whatever the duration.
            let price = match format {
                Format::CoachingPackage => year.max(1),
                _ => scaled(year),
            };
            (year, price, f?.min_group.max(1), 0)
        }
        Settings::Team(t) => {
            let t = t?;
            let one_team = (t.min_team..=t.max_team).contains(&inputs.participants);
            let year = *t.per_team.get(inputs.audience).filter(|_| one_team)?;
            (year, scaled(year), 1, t.max_team.max(1))
        }
        Settings::Mentoring(_) => return None,
    };
    let cap = match format {
        Format::InternalCoaching => res.internal_capacity,
        Format::ManagerCoaching => res.manager_capacity,
        Format::IndividualCoaching
        | Format::CoachingPackage
        | Format::GroupCoaching
        | Format::TeamCoaching
        | Format::MentoringPairs
        | Format::MentoringCircles => u64::MAX,
    };
    (cap > 0).then_some(CoachingOffer {
        format,
        year,
        price,
        min,
        team,
        cap,
    })
}

//! This year's plan laid out quarter by quarter from the `launch` answer:
//! who prepares what, which cohort starts when, when to review, and when
//! to plan for those still waiting. Coaching can start soon after coaches
//! are chosen; mentoring needs mentors recruited, briefed and matched, so
//! in a hybrid the coached group starts first and the mentored a quarter
//! later.

use super::inputs::{Inputs, Launch};
use super::plan::Plan;
use crate::engine::config::format::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    /// Get a format ready; `mentors` is how many to brief (0 for coaching).
    Prepare {
        format: Format,
        mentors: u64,
    },
    Start {
        format: Format,
        people: u64,
    },
    Review,
    /// Plan next year's cohort for those this year does not reach.
    NextCohort {
        people: u64,
    },
}

/// One quarter of the first year, numbered 1 to 4 from now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarter {
    pub number: u64,
    pub milestones: Vec<Milestone>,
}

/// Quarters with something to do, in order; empty when the plan reaches
/// nobody yet. Without a `launch` answer (it is optional) the quarters
/// count from the decision, as for a start within three months: a CEO
/// still needs to see what happens when.
pub fn timeline(inputs: &Inputs, p: &Plan) -> Vec<Quarter> {
    let start = match inputs.launch {
        Some(Launch::Soon) | None => 1,
        Some(Launch::HalfYear) => 2,
        Some(Launch::Later) => 3,
    };
    let mut at: Vec<(u64, Milestone)> = Vec::new();
    let prepare = start.max(2) - 1;
    let mut last_start = start;
    if let Some(format) = p.coaching_format.filter(|_| p.coached > 0) {
        let extra = p.coaching_extra.map(|(o, people)| (o.format, people));
        let own = p.coached - extra.map_or(0, |(_, people)| people);
        for (format, people) in [(format, own)].into_iter().chain(extra) {
            at.push((prepare, Milestone::Prepare { format, mentors: 0 }));
            at.push((start, Milestone::Start { format, people }));
        }
    }
    if let Some(format) = p.mentoring_format.filter(|_| p.mentored > 0) {
        // Anyone coached makes it a hybrid: its mentoring starts later.
        let begins = if p.coached > 0 {
            (start + 1).min(4)
        } else {
            start
        };
        last_start = last_start.max(begins);
        // Circles beside pairs: each format is prepared and starts.
        let extra = p
            .mentoring_extra
            .map(|(t, people)| (t.format, people, t.mentors(people)));
        let (in_circles, circle_mentors) = extra.map_or((0, 0), |(_, n, m)| (n, m));
        let own = (
            format,
            p.mentored - in_circles,
            p.mentors_needed - circle_mentors,
        );
        for (format, people, mentors) in [own].into_iter().chain(extra) {
            at.push((prepare, Milestone::Prepare { format, mentors }));
            at.push((begins, Milestone::Start { format, people }));
        }
    }
    if at.is_empty() {
        return Vec::new();
    }
    // Engagements shorter than a year (costed at less than a year's fee)
    // review two quarters in; longer ones at the end of the year.
    let review = if inputs.duration_factor < 1.0 {
        (last_start + 2).min(4)
    } else {
        4
    };
    at.push((review, Milestone::Review));
    if p.waiting > 0 {
        let people = p.waiting;
        at.push((4, Milestone::NextCohort { people }));
    }
    (1..=4)
        .map(|number| Quarter {
            number,
            milestones: at
                .iter()
                .filter(|(q, _)| *q == number)
                .map(|(_, m)| *m)
                .collect(),
        })
        .filter(|q| !q.milestones.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advice::kind::Kind;
    use crate::engine::test_util::{recommend_json, EVERYONE, MANAGERS as HYBRID};

    /// The plan and its timeline, with `launch` (and other answers) added.
    fn with(json: &str, extra: &str) -> (Kind, Plan, Vec<Quarter>) {
        let json = json.replace('}', &format!(",{extra}}}"));
        let r = recommend_json(&json);
        (r.kind, r.plan, r.timeline)
    }

    #[test]
    fn a_hybrid_starts_its_coached_group_first_and_mentoring_a_quarter_later() {
        let (kind, p, t) = with(HYBRID, r#""launch":"soon""#);
        assert_eq!(kind, Kind::Hybrid);
        let numbers: Vec<_> = t.iter().map(|q| q.number).collect();
        assert_eq!(numbers, [1, 2, 4]);
        assert!(t[0].milestones.contains(&Milestone::Start {
            format: Format::GroupCoaching,
            people: p.coached
        }));
        assert!(t[1].milestones.contains(&Milestone::Start {
            format: Format::MentoringCircles,
            people: p.mentored
        }));
        assert_eq!(t[2].milestones, [Milestone::Review]);
    }

    #[test]
    fn a_later_launch_prepares_the_quarter_before_and_short_programmes_review_sooner() {
        let short = HYBRID.replace(r#""year""#, r#""short""#);
        let (_, _, t) = with(&short, r#""launch":"later""#);
        let numbers: Vec<_> = t.iter().map(|q| q.number).collect();
        assert_eq!(numbers, [2, 3, 4]);
        assert!(t[0]
            .milestones
            .iter()
            .all(|m| matches!(m, Milestone::Prepare { .. })));
        assert!(t[2].milestones.contains(&Milestone::Review));
    }

    #[test]
    fn without_a_launch_answer_the_quarters_count_as_for_a_start_soon() {
        let (_, _, soon) = with(HYBRID, r#""launch":"soon""#);
        assert_eq!(recommend_json(HYBRID).timeline, soon);
    }

    #[test]
    fn nobody_reached_means_no_timeline() {
        let broke = HYBRID
            .replace("150000", "0")
            .replace(r#""mentors":"some""#, r#""mentors":0"#);
        let (_, p, t) = with(&broke, r#""launch":"soon""#);
        assert_eq!(p.coached + p.mentored, 0);
        assert!(t.is_empty());
    }

    #[test]
    fn people_still_waiting_get_next_years_cohort_in_the_last_quarter() {
        let (_, p, t) = with(EVERYONE, r#""launch":"half_year""#);
        assert!(p.waiting > 0);
        let last = t.last().unwrap();
        assert_eq!(last.number, 4);
        assert!(last
            .milestones
            .contains(&Milestone::NextCohort { people: p.waiting }));
        assert_eq!(t[0].number, 1, "mentors are prepared the quarter before");
    }

    /// The quarter a plan reviews in, starting soon.
    fn review(json: &str) -> u64 {
        let (_, _, t) = with(json, r#""launch":"soon""#);
        let q = t.iter().find(|q| q.milestones.contains(&Milestone::Review));
        q.expect("a review").number
    }

    #[test]
    fn a_short_engagement_reviews_two_quarters_after_it_starts_and_a_year_long_one_at_its_end() {
        let year = r#"{"goal":"leadership","audience":"managers","participants":10,"budget":100000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant"}"#;
        assert_eq!(review(year), 4);
        assert_eq!(review(&year.replace(r#""year""#, r#""short""#)), 3);
    }

    #[test]
    fn each_format_starts_with_its_own_people_and_is_prepared_with_its_own_mentors() {
        // 20 coached by the internal coaches, 10 more by outside coaches.
        let (_, p, t) = with(
            r#"{"goal":"skill","audience":"managers","participants":30,"budget":60000,"duration":"year","driver":"organisation","mentors":0,"path":"unimportant","internal_coaches":"some"}"#,
            r#""launch":"soon""#,
        );
        let (outside, extra) = p.coaching_extra.expect("coaching beyond the own coaches");
        let starts = |format, people| {
            t[0].milestones
                .contains(&Milestone::Start { format, people })
        };
        assert!(starts(Format::InternalCoaching, 20) && starts(outside.format, extra));
        assert_eq!(extra, 10);
        // 6 in pairs with 3 mentors, 9 in circles with 2.
        let (_, p, t) = with(
            r#"{"goal":"skill","audience":"new_in_role","participants":120,"budget":0,"duration":"short","driver":"participant","mentors":5,"path":"essential","mentor_time":"volunteered","format":"group"}"#,
            r#""launch":"soon""#,
        );
        assert_eq!(p.mentors_needed, 5);
        for (format, people, mentors) in [
            (Format::MentoringPairs, 6, 3),
            (Format::MentoringCircles, 9, 2),
        ] {
            assert!(t[0]
                .milestones
                .contains(&Milestone::Prepare { format, mentors }));
            assert!(t[0]
                .milestones
                .contains(&Milestone::Start { format, people }));
        }
    }
}

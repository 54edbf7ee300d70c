//! The what-if explorer for a programme of several groups: the levers the
//! organisation's answers hold (the budget, the mentors, their time, the
//! internal coaches) set otherwise, and the whole programme planned again
//! in priority order, in the same brief view as one group's plan. A
//! group's own answers (how many, the format, the duration) are not
//! levers here: they belong to one group, not to the shared numbers.
//!
//! No thresholds are marked. Priority order lets a first group spend more
//! of a larger budget on value, so the people reached need not grow with
//! the budget, and a bisection could mark a budget that one unit less
//! also reaches.

use super::answers::{AnswerError, Answers};
use super::asked::Asking;
use super::explore::{Diff, Explored, Thresholds, View};
use super::groups::{per_group, Grouped};
use super::programme::{plan_programme, Programme};
use crate::engine::config::types::Config;
use crate::engine::sort::each_once;

impl View {
    /// The programme's totals in brief. Its formats are every group's,
    /// each once; it has no timeline of its own (each group has one).
    pub fn of_programme(p: &Programme) -> View {
        let formats = p
            .groups
            .iter()
            .flat_map(|g| g.recommendation.plan.formats());
        let t = &p.totals;
        View {
            kind: p.kind(),
            participants: t.participants,
            budget: t.budget,
            reached: t.reached,
            waiting: t.waiting,
            cost: t.cost,
            formats: each_once(formats),
            mentors: t.mentors_needed,
            mentors_available: t.mentors_likely,
            funding_gap: t.funding_gap,
            timeline: Vec::new(),
        }
    }
}

/// The programme the results show for `g`, in brief.
pub fn programme_view(c: &Config, g: &Grouped) -> Result<View, Vec<AnswerError>> {
    plan_programme(c, g).map(|p| View::of_programme(&p))
}

/// Plans `g` with the shared answers among `overrides` laid over its own,
/// beside `original`, the plan for `g` as given. Overrides of a group's
/// own questions are left out.
pub fn explore_programme(
    c: &Config,
    original: View,
    g: &Grouped,
    overrides: &Answers,
) -> Result<Explored, Vec<AnswerError>> {
    let mut tried = g.clone();
    for (id, answer) in overrides.0.iter().filter(|(id, _)| !per_group(c, id)) {
        tried.shared.set(id.clone(), answer.clone());
    }
    let view = programme_view(c, &tried)?;
    let asking = Asking::new(c, &tried.answers_of(0));
    let unasked = c.explore.levers.iter().filter(|id| {
        c.question(id)
            .is_some_and(|q| !q.per_group && !asking.asks(q))
    });
    Ok(Explored {
        diff: Diff::between(&original, &view),
        thresholds: Thresholds::default(),
        unasked: unasked.cloned().collect(),
        original,
        view,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advice::answers::Answer;
    use crate::engine::json;
    use crate::engine::test_util::cfg;

    const BANK: &str = r#"{"budget":250000,"mentors":"some","launch":"soon","groups":[
      {"name":"Executives","answers":{"goal":"leadership","audience":"executives","participants":12,"duration":"year","driver":"organisation","path":"unimportant"}},
      {"name":"Managers","answers":{"goal":"skill","audience":"managers","participants":200,"duration":"year","driver":"shared","path":"helpful"}}]}"#;

    fn bank() -> Grouped {
        let (g, errors) = Grouped::from_value_lenient(&cfg(), json::parse(BANK).unwrap());
        assert!(errors.is_empty(), "{errors:?}");
        g
    }

    fn tried(id: &str, a: Answer) -> Answers {
        let mut o = Answers::default();
        o.set(id, a);
        o
    }

    #[test]
    fn the_view_is_the_programmes_totals() {
        let p = plan_programme(&cfg(), &bank()).unwrap();
        let v = View::of_programme(&p);
        let t = &p.totals;
        assert_eq!(
            (v.participants, v.reached, v.cost, v.budget),
            (212, t.reached, t.cost, Some(250_000))
        );
        assert_eq!(v.mentors, t.mentors_needed);
        assert_eq!(v.kind, p.kind());
        // Team coaching and pairs, then group coaching and circles, each once.
        assert_eq!(
            v.formats,
            [
                "team_coaching",
                "mentoring_pairs",
                "group_coaching",
                "mentoring_circles"
            ]
        );
    }

    #[test]
    fn a_shared_number_plans_the_whole_programme_again() {
        let (c, g) = (cfg(), bank());
        let original = programme_view(&c, &g).unwrap();
        let same = explore_programme(&c, original.clone(), &g, &Answers::default()).unwrap();
        assert_eq!(
            (same.view.clone(), same.diff),
            (original.clone(), Diff::default())
        );

        let less = tried("budget", Answer::Number(70_000));
        let e = explore_programme(&c, original.clone(), &g, &less).unwrap();
        let mut cut = g.clone();
        cut.shared.set("budget", Answer::Number(70_000));
        assert_eq!(e.view, programme_view(&c, &cut).unwrap());
        assert!(e.view.cost <= 70_000 && e.diff.cost < 0, "{e:?}");
        assert_eq!(e.thresholds, Thresholds::default());

        // A group's own answer is no lever here.
        let own = tried("participants", Answer::Number(5));
        let e = explore_programme(&c, original.clone(), &g, &own).unwrap();
        assert_eq!(e.view, original);
        // An override out of range names its question.
        let bad = tried("budget", Answer::Number(u64::MAX));
        let errors = explore_programme(&c, original, &g, &bad).unwrap_err();
        assert!(errors.iter().any(|e| e.question == "budget"), "{errors:?}");
    }

    #[test]
    fn the_mentors_time_is_unasked_without_mentors() {
        let (c, g) = (cfg(), bank());
        let original = programme_view(&c, &g).unwrap();
        let none = tried("mentors", Answer::Number(0));
        let e = explore_programme(&c, original, &g, &none).unwrap();
        assert_eq!(e.unasked, ["mentor_time"]);
    }
}

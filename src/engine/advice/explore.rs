//! The what-if explorer: the person's answers with a few of the numbers
//! the organisation controls set otherwise (the levers), planned again by
//! the same search, in a compact view beside the original plan. And where
//! the plan turns: the least budget at which the next person can start,
//! the least budget that reaches everyone, and the fewest mentors with
//! whom pairs become possible. Each is found by searching the model, never
//! estimated, so one unit less does not do what the threshold says.

use super::answers::{Answer, AnswerError, Answers};
use super::asked::{asked_answers, Asking};
use super::id;
use super::inputs::Inputs;
use super::kind::Kind;
use super::plan::{Context, Plan};
use super::prices::Prices;
use super::quality::Quality;
use super::score::score;
use super::search::Search;
use super::timeline::{timeline, Quarter};
use super::what_if::first_true;
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;

/// A plan in brief, as the explorer shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub kind: Kind,
    pub participants: u64,
    pub budget: Option<u64>,
    pub reached: u64,
    pub waiting: u64,
    pub cost: u64,
    /// Format ids, coaching first.
    pub formats: Vec<&'static str>,
    /// The mentors the plan relies on.
    pub mentors: u64,
    /// The mentors the organisation has, counted or likely.
    pub mentors_available: u64,
    pub funding_gap: u64,
    /// When each group starts, quarter by quarter (empty without a
    /// `launch` answer), as the results' timeline has it.
    pub timeline: Vec<Quarter>,
}

impl View {
    pub fn of(p: &Plan, timeline: Vec<Quarter>) -> View {
        View {
            kind: p.kind,
            participants: p.participants,
            budget: p.budget,
            reached: p.reached,
            waiting: p.waiting,
            cost: p.cost,
            formats: p.formats(),
            mentors: p.mentors_needed,
            mentors_available: p.mentors_likely,
            funding_gap: p.funding_gap,
            timeline,
        }
    }
}

/// How an explored plan differs from the original: more (positive) or
/// fewer (negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Diff {
    pub reached: i64,
    pub waiting: i64,
    pub cost: i64,
    pub kind_changed: bool,
}

impl Diff {
    pub fn between(original: &View, explored: &View) -> Diff {
        let d = |a: u64, b: u64| b as i64 - a as i64;
        Diff {
            reached: d(original.reached, explored.reached),
            waiting: d(original.waiting, explored.waiting),
            cost: d(original.cost, explored.cost),
            kind_changed: original.kind != explored.kind,
        }
    }
}

/// Where the plan turns, for the explored answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Thresholds {
    /// The least budget above the current one at which more people are
    /// reached: `None` when nobody waits or no budget is decided.
    pub next_start: Option<u64>,
    /// The least budget that reaches everyone.
    pub everyone: Option<u64>,
    /// The fewest mentors with whom the plan has mentoring pairs: `None`
    /// when even a mentor for everyone would not bring pairs (and, in the
    /// explorer, when the plan has pairs already).
    pub pairs: Option<u64>,
}

/// The original plan, the explored one, how they differ, and where the
/// explored plan turns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explored {
    pub original: View,
    pub view: View,
    pub diff: Diff,
    pub thresholds: Thresholds,
    /// The levers whose questions these answers do not ask, so their
    /// values count for nothing (the mentors' time, with no mentors).
    pub unasked: Vec<String>,
}

/// The answers with `overrides` laid over them.
pub fn scenario(given: &Answers, overrides: &Answers) -> Answers {
    let mut a = given.clone();
    for (id, answer) in overrides.0.iter() {
        a.set(id.clone(), answer.clone());
    }
    a
}

/// Plans `given` with `overrides` laid over it, beside the plan for
/// `given` alone. An override the config does not accept (a budget above
/// its range, an unknown option) is an error naming the question.
pub fn explore(
    c: &Config,
    given: &Answers,
    overrides: &Answers,
) -> Result<Explored, Vec<AnswerError>> {
    explore_from(c, view_for(c, given)?, given, overrides)
}

/// [`explore`] with the plan for `given` already worked out (`original`),
/// so a page re-planning on every input does not work it out again.
pub fn explore_from(
    c: &Config,
    original: View,
    given: &Answers,
    overrides: &Answers,
) -> Result<Explored, Vec<AnswerError>> {
    let answers = scenario(given, overrides);
    let view = view_for(c, &answers)?;
    let pairs_now = view.formats.contains(&Format::MentoringPairs.id());
    let asking = Asking::new(c, &answers);
    let unasked = c
        .explore
        .levers
        .iter()
        .filter(|id| c.question(id).is_some_and(|q| !asking.asks(q)));
    Ok(Explored {
        diff: Diff::between(&original, &view),
        thresholds: turns(c, &answers, !pairs_now)?,
        unasked: unasked.cloned().collect(),
        original,
        view,
    })
}

/// The plan the results would show for `given`.
pub fn plan_for(c: &Config, given: &Answers) -> Result<Plan, Vec<AnswerError>> {
    decided(c, given, true).map(|(plan, _)| plan)
}

/// [`plan_for`] in brief, with its timeline.
pub fn view_for(c: &Config, given: &Answers) -> Result<View, Vec<AnswerError>> {
    decided(c, given, true).map(|(plan, quarters)| View::of(&plan, quarters))
}

/// The plan for `given` and its timeline; `full` also works out what
/// reaching everyone would take (the funding gap).
fn decided(
    c: &Config,
    given: &Answers,
    full: bool,
) -> Result<(Plan, Vec<Quarter>), Vec<AnswerError>> {
    let answers = asked_answers(c, given);
    let inputs = Inputs::new(c, &answers)?;
    let scored = score(c, &inputs);
    let cx = Context::new(c, &inputs, &scored);
    let plan = match full {
        true => cx.decide().plan,
        false => cx.decide_with(inputs.budget, inputs.participants).plan,
    };
    let quarters = timeline(&inputs, &plan);
    Ok((plan, quarters))
}

/// Where the plan for `given` turns.
pub fn thresholds(c: &Config, given: &Answers) -> Result<Thresholds, Vec<AnswerError>> {
    turns(c, given, true)
}

/// [`thresholds`], with the mentor count for pairs only when `pairs`:
/// the explorer does not search for a count its plan has passed.
fn turns(c: &Config, given: &Answers, pairs: bool) -> Result<Thresholds, Vec<AnswerError>> {
    let answers = asked_answers(c, given);
    let inputs = Inputs::new(c, &answers)?;
    let scored = score(c, &inputs);
    let cx = Context::new(c, &inputs, &scored);
    let (next_start, everyone) = budget_edges(&cx);
    Ok(Thresholds {
        next_start,
        everyone,
        pairs: pairs.then(|| pairs_from(c, given)).flatten(),
    })
}

/// The least budget above the current one that reaches more people, and
/// the least budget that reaches everyone, by the plan search itself.
/// People reached only grow with budget, so bisection finds the least.
pub fn budget_edges(cx: &Context) -> (Option<u64>, Option<u64>) {
    let (inputs, res) = (cx.inputs, &cx.resources);
    let prices = Prices::new(cx.config, inputs, res);
    let quality = Quality::new(cx.config, inputs, cx.scored);
    let search = Search::new(&prices, &quality, inputs.participants, res.mentors, None);
    let reached = |b: u64| search.within(b).best.reached;
    let (all, _) = search.to_reach_everyone(0);
    let everyone = Some(all).filter(|b| reached(*b) >= search.n);
    let next = inputs.budget.and_then(|b| {
        let now = reached(b);
        let top = everyone?;
        (now < search.n && b < top).then(|| first_true(b + 1, top, &|x| reached(x) > now))
    });
    (next, everyone)
}

/// The fewest mentors, counted, with whom the plan for `given` has
/// mentoring pairs; `None` when a mentor for each participant (or the
/// mentors there are, if more) would not bring them.
fn pairs_from(c: &Config, given: &Answers) -> Option<u64> {
    c.question(id::MENTORS)?;
    let n = given.number(id::PARTICIPANTS).unwrap_or(1);
    let has_pairs = |m: u64| {
        let mut a = given.clone();
        a.set(id::MENTORS, Answer::Number(m));
        decided(c, &a, false).is_ok_and(|(p, _)| p.mentoring_format == Some(Format::MentoringPairs))
    };
    let top = n.max(given.number(id::MENTORS).unwrap_or(0));
    has_pairs(top).then(|| first_true(0, top, &has_pairs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_util::{answers, cfg, EVERYONE};

    fn set(a: &Answers, id: &str, v: Answer) -> Answers {
        let mut a = a.clone();
        a.set(id, v);
        a
    }

    fn reached_at(a: &Answers, budget: u64) -> u64 {
        plan_for(&cfg(), &set(a, id::BUDGET, Answer::Number(budget)))
            .unwrap()
            .reached
    }

    #[test]
    fn no_overrides_is_the_original_plan() {
        let a = answers(EVERYONE);
        let e = explore(&cfg(), &a, &Answers::default()).unwrap();
        assert_eq!(e.view, e.original);
        assert_eq!(e.diff, Diff::default());
    }

    #[test]
    fn a_larger_budget_reaches_more_and_the_diff_says_by_how_much() {
        let a = answers(EVERYONE);
        let more = set(&Answers::default(), id::BUDGET, Answer::Number(90_000));
        let e = explore(&cfg(), &a, &more).unwrap();
        assert_eq!(e.view.budget, Some(90_000));
        assert!(e.view.reached > e.original.reached, "{e:?}");
        assert_eq!(
            e.diff.reached,
            e.view.reached as i64 - e.original.reached as i64
        );
        assert_eq!(e.diff.cost, e.view.cost as i64 - e.original.cost as i64);
        // The explored plan is the plan a fresh set of answers would get.
        assert_eq!(e.view, view_for(&cfg(), &scenario(&a, &more)).unwrap());
    }

    #[test]
    fn an_override_the_config_refuses_is_an_error_naming_it() {
        let a = answers(EVERYONE);
        let bad = set(&Answers::default(), id::FORMAT, Answer::Choice("x".into()));
        let errs = explore(&cfg(), &a, &bad).unwrap_err();
        assert_eq!(errs[0].question, id::FORMAT);
    }

    #[test]
    fn the_budget_thresholds_are_the_least_budgets_that_change_the_plan() {
        let a = answers(EVERYONE);
        let now = plan_for(&cfg(), &a).unwrap().reached;
        let t = thresholds(&cfg(), &a).unwrap();
        let next = t.next_start.expect("people wait at $20,000");
        assert!(next > 20_000);
        assert_eq!(reached_at(&a, next - 1), now);
        assert!(reached_at(&a, next) > now);
        let all = t.everyone.expect("money reaches everyone");
        assert!(reached_at(&a, all - 1) < 400);
        assert_eq!(reached_at(&a, all), 400);
        // The plan's own funding gap is the same edge.
        assert_eq!(plan_for(&cfg(), &a).unwrap().funding_gap, all - 20_000);
    }

    #[test]
    fn with_everyone_reached_there_is_no_next_start_but_the_edge_remains() {
        let a = set(&answers(EVERYONE), id::BUDGET, Answer::Number(900_000));
        let t = thresholds(&cfg(), &a).unwrap();
        assert_eq!(t.next_start, None);
        let all = t.everyone.unwrap();
        assert!(all <= 900_000 && reached_at(&a, all) == 400);
        assert!(reached_at(&a, all - 1) < 400);
    }

    #[test]
    fn pairs_start_at_the_mentor_count_the_threshold_names() {
        let a = answers(
            r#"{"goal":"career","audience":"high_potentials","participants":20,"budget":40000,"duration":"year","driver":"participant","mentors":2,"path":"essential"}"#,
        );
        let t = thresholds(&cfg(), &a).unwrap();
        let m = t.pairs.expect("enough mentors bring pairs");
        let format = |m: u64| {
            plan_for(&cfg(), &set(&a, id::MENTORS, Answer::Number(m)))
                .unwrap()
                .mentoring_format
        };
        assert!(m > 0);
        assert_ne!(format(m - 1), Some(Format::MentoringPairs));
        assert_eq!(format(m), Some(Format::MentoringPairs));
    }

    #[test]
    fn a_budget_not_decided_has_no_next_start() {
        let a = set(
            &answers(EVERYONE),
            id::BUDGET,
            Answer::Choice("unknown".into()),
        );
        let t = thresholds(&cfg(), &a).unwrap();
        assert_eq!(t.next_start, None);
        assert!(t.everyone.is_some());
    }

    #[test]
    fn no_pairs_mark_once_the_plan_has_pairs_and_no_mentor_time_without_mentors() {
        let a = answers(EVERYONE);
        let e = explore(&cfg(), &a, &Answers::default()).unwrap();
        assert!(e.view.formats.contains(&"mentoring_pairs"), "{e:?}");
        assert!(thresholds(&cfg(), &a).unwrap().pairs.is_some());
        assert_eq!(e.thresholds.pairs, None, "pairs are passed already");
        assert!(e.unasked.is_empty());
        let none = set(&Answers::default(), id::MENTORS, Answer::Number(0));
        let e = explore(&cfg(), &a, &none).unwrap();
        assert_eq!(e.unasked, [id::MENTOR_TIME]);
    }

    #[test]
    fn the_view_carries_the_timeline_the_results_show() {
        let a = set(&answers(EVERYONE), "launch", Answer::Choice("soon".into()));
        let r = crate::engine::advice::recommend::recommend(&cfg(), &a).unwrap();
        let v = view_for(&cfg(), &a).unwrap();
        assert!(!v.timeline.is_empty());
        assert_eq!(v.timeline, r.timeline);
        let later = set(&a, "launch", Answer::Choice("later".into()));
        assert_ne!(view_for(&cfg(), &later).unwrap().timeline, v.timeline);
    }
}

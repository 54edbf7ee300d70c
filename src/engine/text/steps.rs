//! Next steps, built from the goal, the agenda and duration answers and
//! the plan, the way a consultant would sequence them: what the goal needs
//! first, how goals are agreed (as the person said), how the formats in the
//! plan are set up, how long it runs, and how the goal is followed up. Each
//! step is a text key; none can contradict an answer, because each is
//! chosen by that answer.

use crate::engine::advice::answers::Answers;
use crate::engine::advice::id;
use crate::engine::advice::plan::Plan;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::config::format::Format;
use crate::engine::config::types::Config;

/// The questions whose options key step texts; a config without one of
/// them simply has no such step.
const STEP_QUESTIONS: [(&str, &[&str]); 3] = [
    (id::GOAL, &["next.goal", "next.follow_up"]),
    (
        id::DRIVER,
        &[
            "next.agenda.coaching",
            "next.agenda.manager",
            "next.agenda.mentoring",
        ],
    ),
    (id::DURATION, &["next.duration"]),
];

/// Text keys of the next steps for this recommendation, in order.
pub fn next_steps(c: &Config, answers: &Answers, rec: &Recommendation) -> Vec<String> {
    let p = &rec.plan;
    let option = |id: &str| {
        answers
            .choice(id)
            .filter(|o| c.question(id).is_some_and(|q| q.option(o).is_some()))
    };
    let goal = option(id::GOAL);
    let driver = option(id::DRIVER);
    let mut steps = Vec::new();
    steps.extend(goal.map(|g| format!("next.goal.{g}")));
    if let Some(d) = driver {
        // Managers who coach their own people are not a third party to
        // contract with.
        match p.coaching_format {
            Some(Format::ManagerCoaching) => steps.push(format!("next.agenda.manager.{d}")),
            Some(_) => steps.push(format!("next.agenda.coaching.{d}")),
            None => {}
        }
        if p.mentoring_format.is_some() {
            steps.push(format!("next.agenda.mentoring.{d}"));
        }
    }
    let extra = p.coaching_extra.map(|(o, _)| o.format);
    let circles = p.mentoring_extra.map(|(t, _)| t.format);
    steps.extend(
        [p.coaching_format, extra, p.mentoring_format, circles]
            .into_iter()
            .flatten()
            .map(|f: Format| format!("next.format.{}", f.id())),
    );
    if p.mentoring_format.is_some() && p.mentors_paid {
        steps.push("next.mentor_time.paid".into());
    }
    // A counted pool is who there is: no recruiting drive for more. (A
    // shortfall is only ever of mentors for people who wait.)
    match (p.mentor_shortfall > 0, p.mentors_counted) {
        (true, false) => steps.push("next.more_mentors".into()),
        (true, true) => steps.push("next.mentor_pool_full".into()),
        _ => {}
    }
    steps.extend(option(id::DURATION).map(|d| format!("next.duration.{d}")));
    steps.extend(goal.map(|g| format!("next.follow_up.{g}")));
    // One person waiting has no cohort to wait for.
    match (p.waiting, p.participants) {
        (0, _) => {}
        (_, 1) => steps.push("next.waiting_one".into()),
        _ => steps.push("next.waiting".into()),
    }
    steps.into_iter().map(|s| for_one(c, p, s)).collect()
}

/// `key`'s optional form for one person (`ONE`), where the plan is for
/// one and the texts have it ("the mentee's focus", "introduce them to the
/// person"): next steps and the timeline both choose their words here.
pub fn for_one(c: &Config, p: &Plan, key: String) -> String {
    let one = format!("{key}{ONE}");
    match p.participants == 1 && c.has_text(&c.default_locale, &one) {
        true => one,
        false => key,
    }
}

/// The suffix of a step's form for one person ("the mentee's focus", not
/// "each mentee's"), where the texts have one; optional.
pub const ONE: &str = ".one";

/// Every key [`next_steps`] can return for `c`.
pub fn step_text_keys(c: &Config) -> Vec<String> {
    let mut keys: Vec<String> = Format::ALL
        .iter()
        .map(|f| format!("next.format.{}", f.id()))
        .chain(
            [
                "next.more_mentors",
                "next.mentor_pool_full",
                "next.mentor_time.paid",
                "next.waiting",
                "next.waiting_one",
            ]
            .map(String::from),
        )
        .collect();
    for (id, prefixes) in STEP_QUESTIONS {
        let Some(q) = c.question(id) else { continue };
        for prefix in prefixes {
            keys.extend(q.options.iter().map(|o| format!("{prefix}.{}", o.id)));
        }
    }
    keys
}

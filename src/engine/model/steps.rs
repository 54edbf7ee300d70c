//! Next steps, built from the goal, the agenda and duration answers and
//! the plan, the way a consultant would sequence them: what the goal needs
//! first, how goals are agreed (as the person said), how the formats in the
//! plan are set up, how long it runs, and how the goal is followed up. Each
//! step is a text key; none can contradict an answer, because each is
//! chosen by that answer.

use super::answers::Answers;
use super::config::Config;
use super::costs::Format;
use super::recommend::Recommendation;

/// The questions whose options key step texts; a config without one of
/// them simply has no such step.
const STEP_QUESTIONS: [(&str, &[&str]); 3] = [
    ("goal", &["next.goal", "next.follow_up"]),
    ("driver", &["next.agenda.coaching", "next.agenda.mentoring"]),
    ("duration", &["next.duration"]),
];

/// Text keys of the next steps for this recommendation, in order.
pub fn next_steps(c: &Config, answers: &Answers, rec: &Recommendation) -> Vec<String> {
    let p = &rec.plan;
    let option = |id: &str| {
        answers
            .choice(id)
            .filter(|o| c.question(id).is_some_and(|q| q.option(o).is_some()))
    };
    let goal = option("goal");
    let driver = option("driver");
    let mut steps = Vec::new();
    steps.extend(goal.map(|g| format!("next.goal.{g}")));
    if let Some(d) = driver {
        if p.coaching_format.is_some() {
            steps.push(format!("next.agenda.coaching.{d}"));
        }
        if p.mentoring_format.is_some() {
            steps.push(format!("next.agenda.mentoring.{d}"));
        }
    }
    steps.extend(
        [p.coaching_format, p.mentoring_format]
            .into_iter()
            .flatten()
            .map(|f: Format| format!("next.format.{}", f.id())),
    );
    if p.mentor_shortfall > 0 {
        steps.push("next.more_mentors".into());
    }
    steps.extend(option("duration").map(|d| format!("next.duration.{d}")));
    steps.extend(goal.map(|g| format!("next.follow_up.{g}")));
    if p.waiting > 0 {
        steps.push("next.waiting".into());
    }
    steps
}

/// Every key [`next_steps`] can return for `c`.
pub fn step_text_keys(c: &Config) -> Vec<String> {
    let mut keys: Vec<String> = [
        Format::IndividualCoaching,
        Format::GroupCoaching,
        Format::MentoringPairs,
        Format::MentoringCircles,
    ]
    .iter()
    .map(|f| format!("next.format.{}", f.id()))
    .chain(["next.more_mentors".into(), "next.waiting".into()])
    .collect();
    for (id, prefixes) in STEP_QUESTIONS {
        let Some(q) = c.question(id) else { continue };
        for prefix in prefixes {
            keys.extend(q.options.iter().map(|o| format!("{prefix}.{}", o.id)));
        }
    }
    keys
}

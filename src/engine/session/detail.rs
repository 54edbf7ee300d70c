//! The `detail` JSON of the host events (`program-fit:step`, `complete`,
//! `error`). It is the public contract hosts code against, so it is built
//! and tested here rather than in the browser shell.

use serde_json::json;

use super::wizard::Screen;
use crate::engine::model::answers::Answers;
use crate::engine::model::config::Config;
use crate::engine::model::recommend::Recommendation;
use crate::engine::model::timeline::Milestone;
use crate::engine::model::validate::ConfigError;

/// `{"index", "questionId"}` for a screen: questions are `0..M`, check is
/// `M`, results `M + 1`. `None` for the intro, which is not a step.
pub fn step(config: &Config, screen: Screen) -> Option<String> {
    let m = config.questions.len();
    let (index, question_id) = match screen {
        Screen::Intro => return None,
        Screen::Question(i) => (i, config.questions.get(i).map(|q| q.id.as_str())),
        Screen::Check => (m, None),
        Screen::Results => (m + 1, None),
    };
    Some(json!({ "index": index, "questionId": question_id }).to_string())
}

/// `{"recommendation", "scores": {"coaching", "mentoring"}, "plan", "answers", "locale"}`.
pub fn complete(rec: &Recommendation, answers: &Answers, locale: &str) -> String {
    json!({
        "recommendation": rec.kind.id(),
        "scores": { "coaching": rec.scores.coaching, "mentoring": rec.scores.mentoring },
        "plan": plan(rec),
        "answers": answers,
        "locale": locale,
    })
    .to_string()
}

/// The plan as hosts read it: whole numbers and ids only. `starts` lists
/// when each cohort starts (quarter 1 to 4 from now), when `launch` was
/// answered.
fn plan(rec: &Recommendation) -> serde_json::Value {
    let p = &rec.plan;
    let starts: Vec<_> = rec
        .timeline
        .iter()
        .flat_map(|q| {
            q.milestones.iter().filter_map(move |m| match m {
                Milestone::Start { format, people } => Some(json!({
                    "quarter": q.number, "format": format.id(), "people": people,
                })),
                _ => None,
            })
        })
        .collect();
    json!({
        "coached": p.coached,
        "mentored": p.mentored,
        "waiting": p.waiting,
        "cost": p.cost,
        "fundingGap": p.funding_gap,
        "mentorsNeeded": p.mentors_needed,
        "mentorsLikely": p.mentors_likely,
        "mentorShortfall": p.mentor_shortfall,
        "formats": p.formats(),
        "mentorTimeCost": p.mentor_time_cost,
        "preferenceOverridden": p.preference_overridden,
        "starts": starts,
    })
}

/// `{"kind", "message", "problems": [{"path", "message"}]}`; `kind` is
/// `config`, `config-fetch` or `panic`. `problems` is what a developer (or
/// the config editor) fixes, one entry per problem; empty for a panic.
pub fn error(kind: &str, message: &str, problems: &[ConfigError]) -> String {
    let problems: Vec<_> = problems
        .iter()
        .map(|p| json!({ "path": p.path, "message": p.message }))
        .collect();
    json!({ "kind": kind, "message": message, "problems": problems }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::recommend;
    use crate::engine::session::fixtures::{answers, cfg, MANAGERS};
    use serde_json::Value;

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn steps_number_questions_then_check_then_results_and_skip_the_intro() {
        let c = Config::default_config();
        let m = c.questions.len();
        assert_eq!(step(&c, Screen::Intro), None);
        let first = parse(&step(&c, Screen::Question(0)).unwrap());
        assert_eq!(
            first,
            json!({ "index": 0, "questionId": c.questions[0].id })
        );
        let check = parse(&step(&c, Screen::Check).unwrap());
        assert_eq!(check, json!({ "index": m, "questionId": null }));
        let results = parse(&step(&c, Screen::Results).unwrap());
        assert_eq!(results, json!({ "index": m + 1, "questionId": null }));
    }

    #[test]
    fn complete_carries_kind_scores_plan_answers_and_locale_only() {
        let (c, answers) = (cfg(), answers(MANAGERS));
        let rec = recommend(&c, &answers).unwrap();
        let detail = parse(&complete(&rec, &answers, "en"));
        assert_eq!(
            detail,
            json!({
                "recommendation": rec.kind.id(),
                "scores": { "coaching": rec.scores.coaching, "mentoring": rec.scores.mentoring },
                "plan": {
                    "coached": 30, "mentored": 120, "waiting": 0,
                    "cost": 77_000, "fundingGap": 0,
                    "mentorsNeeded": 20, "mentorsLikely": 30, "mentorShortfall": 0,
                    "formats": ["group_coaching", "mentoring_circles"],
                    "mentorTimeCost": 0, "preferenceOverridden": [], "starts": [],
                },
                "answers": parse(MANAGERS),
                "locale": "en",
            })
        );
    }

    #[test]
    fn error_text_is_carried_as_data() {
        let detail = parse(&error("panic", "a \"quoted\" <b>problem</b>", &[]));
        assert_eq!(
            detail,
            json!({ "kind": "panic", "message": "a \"quoted\" <b>problem</b>", "problems": [] })
        );
    }

    #[test]
    fn error_lists_each_problem_with_its_path() {
        let problems = [
            ConfigError::new("cta.url", "is required"),
            ConfigError::new("", "the config is not valid JSON"),
        ];
        let detail = parse(&error("config", "x", &problems));
        assert_eq!(
            detail["problems"],
            json!([
                { "path": "cta.url", "message": "is required" },
                { "path": "", "message": "the config is not valid JSON" },
            ])
        );
    }
}

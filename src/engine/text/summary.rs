//! The plain-text summary of a result, for "Email me this plan": the kind,
//! why, the plan with its cost, and the next steps, in the visitor's locale,
//! ready for a consultancy's mailer to send as it is.

use super::formatter::Formatter;
use super::programme::{group_name, programme_steps};
use super::steps::next_steps;
use super::template::fill;
use super::words::Words;
use crate::engine::advice::answers::Answers;
use crate::engine::advice::groups::Grouped;
use crate::engine::advice::programme::Programme;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::config::types::Config;

/// Text keys the summary uses.
pub const SUMMARY_TEXT_KEYS: &[&str] = &[
    "summary.title",
    "summary.kind",
    "summary.why",
    "summary.plan",
    "summary.cost",
    "summary.next",
];

pub fn plain_summary(
    c: &Config,
    locale: &str,
    f: &dyn Formatter,
    answers: &Answers,
    rec: &Recommendation,
) -> String {
    let text = |key: &str| c.text(locale, key).to_string();
    let words = Words::new(c, locale, f);
    let kind = text(&format!("kind.{}", rec.kind.id()));
    let mut lines = vec![
        text("summary.title"),
        String::new(),
        fill(&text("summary.kind"), &[("kind", &kind)]),
        String::new(),
        text("summary.why"),
        words.why(rec).to_string(),
        String::new(),
        text("summary.plan"),
        words.plan(rec).to_string(),
        fill(
            &text("summary.cost"),
            &[("cost", &words.money(rec.plan.cost))],
        ),
        String::new(),
        text("summary.next"),
    ];
    lines.extend(
        next_steps(c, answers, rec)
            .iter()
            .enumerate()
            .map(|(i, key)| format!("{}. {}", i + 1, text(key))),
    );
    lines.join("\n")
}

/// [`plain_summary`] for a programme of several groups: the programme's
/// total, then each group under its name with how its share was left to
/// it, why and its cost, then the groups' next steps, each once.
pub fn programme_summary(
    c: &Config,
    (locale, f): (&str, &dyn Formatter),
    p: &Programme,
    g: &Grouped,
) -> String {
    let text = |key: &str| c.text(locale, key).to_string();
    let words = Words::new(c, locale, f);
    let n = f.number(p.groups.len() as u64);
    let title = fill(&text("ui.results.programme"), &[("n", &n)]);
    let mut lines = vec![
        text("summary.title"),
        String::new(),
        fill(&text("summary.kind"), &[("kind", &title)]),
        words.programme_total(p).to_string(),
    ];
    for (i, gp) in p.groups.iter().enumerate() {
        let rec = &gp.recommendation;
        let name = group_name(&text("ui.groups.default"), &gp.name, i, f);
        let kind = text(&format!("kind.{}", rec.kind.id()));
        lines.extend([String::new(), format!("{name}: {kind}")]);
        lines.extend(words.group_share(p, i).map(|s| s.to_string()));
        lines.extend([
            words.why(rec).to_string(),
            fill(
                &text("summary.cost"),
                &[("cost", &words.money(rec.plan.cost))],
            ),
        ]);
    }
    lines.extend([String::new(), text("summary.next")]);
    lines.extend(
        programme_steps(c, p, g)
            .iter()
            .enumerate()
            .map(|(i, step)| format!("{}. {}", i + 1, words.programme_step(p, step))),
    );
    lines.join("\n")
}

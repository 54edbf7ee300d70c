//! Semantic validation of a parsed config. Every problem is reported with
//! the JSON path it was found at, so an author can fix them all in one go.

use super::problems::Errors;
use super::suggest::did_you_mean;
use super::validate_costs::check_costs;
use super::validate_groups::check_groups;
use super::validate_lead::check_lead;
use super::validate_texts::check_texts;
use super::validate_theme::check_theme;
use crate::engine::advice::id;
use crate::engine::advice::inputs::read_options;
use crate::engine::advice::kind::Kind;
use crate::engine::config::currency;
use crate::engine::config::error::ConfigError;
use crate::engine::config::explore::LEVERS;
use crate::engine::config::format::Format;
use crate::engine::config::types::{Condition, Config, Question, QuestionKind};
use crate::engine::config::url::check_cta_url;
use crate::engine::text::cta::check_placeholders;

/// Question ids the model reads directly; they must exist with these kinds.
pub const REQUIRED_QUESTIONS: [(&str, QuestionKind); 4] = [
    (id::AUDIENCE, QuestionKind::Choice),
    (id::DURATION, QuestionKind::Choice),
    (id::PARTICIPANTS, QuestionKind::Number),
    (id::BUDGET, QuestionKind::Number),
];

/// Returns every semantic error in `c`; empty means valid.
pub fn validate(c: &Config) -> Vec<ConfigError> {
    let mut errs = Errors::default();
    check_header(c, &mut errs);
    check_model(c, &mut errs);
    check_questions(c, &mut errs);
    check_costs(c, &mut errs);
    check_traits(c, &mut errs);
    check_texts(c, &mut errs);
    errs.0.extend(check_lead(c));
    check_theme(c, &mut errs);
    check_groups(c, &mut errs);
    errs.0
}

/// Ids must be non-empty and unique within their list; `path(i)` is the
/// JSON path of the `i`th id.
fn unique_ids<'a>(
    errs: &mut Errors,
    what: &str,
    ids: impl IntoIterator<Item = &'a str>,
    path: impl Fn(usize) -> String,
) {
    let mut seen = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        if id.trim().is_empty() {
            errs.add(path(i), "must not be empty");
        } else if seen.contains(&id) {
            errs.add(path(i), format!("duplicate {what} id \"{id}\""));
        } else {
            seen.push(id);
        }
    }
}

fn check_header(c: &Config, errs: &mut Errors) {
    if c.version != 1 {
        errs.add("version", "unsupported version; expected 1");
    }
    if !c.texts.contains_key(&c.default_locale) {
        errs.add("default_locale", "has no table in texts");
    }
    if let Some(why) = currency::problem(&c.money.currency) {
        errs.add("money.currency", why);
    }
    if c.money.symbol.is_empty() {
        errs.add("money.symbol", "must not be empty");
    }
    for (i, lever) in c.explore.levers.iter().enumerate() {
        if !LEVERS.contains(&lever.as_str()) {
            let hint = did_you_mean(lever, LEVERS);
            errs.add(
                format!("explore.levers[{i}]"),
                format!("is not a lever{hint}"),
            );
        }
    }
    if let Err(why) = check_cta_url(&c.cta.url) {
        errs.add("cta.url", why);
    }
    for why in check_placeholders(&c.cta.url) {
        errs.add("cta.url", why);
    }
}

fn check_model(c: &Config, errs: &mut Errors) {
    let m = &c.model;
    errs.finite_non_negative("model.split_margin", m.split_margin);
    errs.finite_non_negative("model.min_fit", m.min_fit);
    for (name, v) in [
        ("neutral_band", m.neutral_band),
        ("group_floor", m.group_floor),
        ("goal_floor", m.goal_floor),
        ("preference_discount", m.preference_discount),
        ("both_bonus", m.both_bonus),
        ("close_call", m.close_call),
        ("value_tolerance", m.value_tolerance),
    ] {
        errs.unit_interval(&format!("model.{name}"), v);
    }
    for (id, v) in &m.format_quality {
        let at = format!("model.format_quality.{id}");
        errs.unit_interval(&at, *v);
        if !Format::ALL.iter().any(|f| f.id() == id) {
            let ids = Format::ALL.map(Format::id);
            errs.add(at, format!("is not a format{}", did_you_mean(id, ids)));
        }
    }
    for (answer, v) in &m.group_value {
        let at = format!("model.group_value[\"{answer}\"]");
        errs.unit_interval(&at, *v);
        // A config without the question leaves the entry unused.
        let known = answer
            .split_once('.')
            .is_some_and(|(q, o)| c.question(q).is_none_or(|q| q.option(o).is_some()));
        if !known {
            errs.add(
                at,
                "must name an answer as question.option, such as goal.knowledge",
            );
        }
    }
}

fn check_questions(c: &Config, errs: &mut Errors) {
    if c.questions.is_empty() {
        errs.add("questions", "must not be empty");
    }
    unique_ids(
        errs,
        "question",
        c.questions.iter().map(|q| q.id.as_str()),
        |i| format!("questions[{i}].id"),
    );
    for (i, q) in c.questions.iter().enumerate() {
        let at = format!("questions[{i}]");
        match q.kind {
            QuestionKind::Choice => check_choice_question(q, &at, errs),
            QuestionKind::Number => check_number_question(q, &at, errs),
        }
        check_ask_when(q, &at, errs);
    }
    for (id, kind) in REQUIRED_QUESTIONS {
        match c.question(id) {
            None => errs.add("questions", format!("missing required question \"{id}\"")),
            Some(q) if q.kind != kind => errs.add(
                "questions",
                format!("question \"{id}\" must be a {} question", kind_name(kind)),
            ),
            // The cost model reads these, so they cannot be skipped.
            Some(q) if q.optional => {
                errs.add("questions", format!("question \"{id}\" cannot be optional"))
            }
            _ => {}
        }
    }
    if c.question(id::PARTICIPANTS)
        .is_some_and(|q| q.min == Some(0))
    {
        errs.add(
            "questions",
            "question \"participants\" must have min of at least 1",
        );
    }
    check_read_options(c, errs);
}

/// A question the model acts on option by option keeps all those options:
/// renamed or dropped, an answer would silently count for nothing.
fn check_read_options(c: &Config, errs: &mut Errors) {
    for (question, o) in read_options() {
        let Some(i) = c.questions.iter().position(|q| q.id == question) else {
            continue;
        };
        let q = &c.questions[i];
        if q.option(o).is_none() {
            errs.add(
                format!("questions[{i}].options"),
                format!(
                    "question \"{question}\" must keep its option \"{o}\": the plan reads it{}",
                    did_you_mean(o, q.option_ids())
                ),
            );
        }
    }
}

fn check_choice_question(q: &Question, at: &str, errs: &mut Errors) {
    if q.options.is_empty() {
        errs.add(format!("{at}.options"), "must not be empty");
    }
    errs.finite_non_negative(&format!("{at}.weight"), q.weight);
    if q.min.is_some() || q.max.is_some() {
        errs.add(at, "min/max apply only to number questions");
    }
    if q.unknown {
        errs.add(format!("{at}.unknown"), "applies only to number questions");
    }
    unique_ids(
        errs,
        "option",
        q.options.iter().map(|o| o.id.as_str()),
        |j| format!("{at}.options[{j}].id"),
    );
    for (j, o) in q.options.iter().enumerate() {
        errs.unit_interval(&format!("{at}.options[{j}].coaching"), o.coaching);
        errs.unit_interval(&format!("{at}.options[{j}].mentoring"), o.mentoring);
    }
}

/// A number question's options are rough answers (\"many\", \"not sure\")
/// people may give instead of a figure: they carry no fit, and only the
/// mentors question has them, the one the plan can read them for (the
/// likely mentors of `costs.mentor_supply`).
fn check_number_question(q: &Question, at: &str, errs: &mut Errors) {
    if !q.options.is_empty() && q.id != id::MENTORS {
        errs.add(
            format!("{at}.options"),
            format!(
                "only the mentors question takes rough answers; the plan needs a figure for \"{}\"",
                q.id
            ),
        );
    }
    for (j, o) in q.options.iter().enumerate() {
        if o.coaching != 0.0 || o.mentoring != 0.0 {
            errs.add(
                format!("{at}.options[{j}]"),
                "a number question's options are rough answers, without coaching or mentoring fits",
            );
        }
    }
    unique_ids(
        errs,
        "option",
        q.options.iter().map(|o| o.id.as_str()),
        |j| format!("{at}.options[{j}].id"),
    );
    match (q.min, q.max) {
        (Some(min), Some(max)) if min > max => errs.add(
            format!("{at}.min"),
            format!("min {min} is greater than max {max}"),
        ),
        (None, _) | (_, None) => errs.add(at, "number questions need min and max"),
        _ => {}
    }
}

/// Costs keyed by option ids must cover every option and name no others;
/// prices and group sizes must be above 0 so every division is defined.
/// A conditional question names kinds, and is optional: while it is not
/// asked it has no answer, which must not block the results.
fn check_ask_when(q: &Question, at: &str, errs: &mut Errors) {
    for (i, kind) in q.ask_when.iter().enumerate() {
        if !Kind::ALL.iter().any(|k| k.id() == kind) {
            errs.add(
                format!("{at}.ask_when[{i}]"),
                format!("unknown kind \"{kind}\"; use coaching, mentoring or hybrid"),
            );
        }
    }
    if !q.ask_when.is_empty() && !q.optional {
        errs.add(
            format!("{at}.optional"),
            "must be true for a question with ask_when",
        );
    }
}

fn check_traits(c: &Config, errs: &mut Errors) {
    unique_ids(errs, "trait", c.traits.iter().map(|t| t.id.as_str()), |i| {
        format!("traits[{i}].id")
    });
    for (i, t) in c.traits.iter().enumerate() {
        // Named by its id, not its place: an overlay that changes the
        // default's questions rarely restates its traits, so the place
        // would be the default's, which the author never wrote.
        let plain = !t.id.is_empty()
            && t.id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
        let at = match plain {
            true => format!("traits[id={}]", t.id),
            false => format!("traits[{i}]"),
        };
        for (j, cond) in t.when.iter().enumerate() {
            check_condition(c, cond, &format!("{at}.when[{j}]"), errs);
        }
    }
}

fn check_condition(c: &Config, cond: &Condition, at: &str, errs: &mut Errors) {
    let kinds = [
        cond.question.is_some(),
        cond.metric.is_some(),
        !cond.plan_uses.is_empty(),
    ];
    if kinds.iter().filter(|k| **k).count() != 1 {
        errs.add(at, "needs exactly one of question, metric or plan_uses");
        return;
    }
    for (k, id) in cond.plan_uses.iter().enumerate() {
        if !Format::ALL.iter().any(|f| f.id() == id) {
            errs.add(
                format!("{at}.plan_uses[{k}]"),
                format!(
                    "unknown format \"{id}\"{}",
                    did_you_mean(id, Format::ALL.map(Format::id))
                ),
            );
        }
    }
    match (&cond.question, &cond.metric) {
        (Some(_), Some(_)) | (None, None) => {}
        (None, Some(_)) if !cond.is.is_empty() => {
            errs.add(format!("{at}.is"), "metrics take min/max, not is")
        }
        (None, Some(_)) => {}
        (Some(qid), None) => match c.question(qid) {
            None => errs.add(
                format!("{at}.question"),
                format!(
                    "unknown question id \"{qid}\"{}",
                    did_you_mean(qid, c.questions.iter().map(|q| q.id.as_str()))
                ),
            ),
            Some(q) if q.kind == QuestionKind::Choice => {
                if cond.is.is_empty() {
                    errs.add(
                        format!("{at}.is"),
                        "must not be empty for a choice question",
                    );
                }
                for (k, o) in cond.is.iter().enumerate() {
                    if q.option(o).is_none() {
                        errs.add(
                            format!("{at}.is[{k}]"),
                            format!(
                                "unknown option id \"{o}\" for question \"{qid}\"{}",
                                did_you_mean(o, q.option_ids())
                            ),
                        );
                    }
                }
            }
            Some(_) if !cond.is.is_empty() => {
                errs.add(format!("{at}.is"), "number questions take min/max, not is")
            }
            Some(_) => {}
        },
    }
    for (name, v) in [("min", cond.min), ("max", cond.max)] {
        if v.is_some_and(|v| !v.is_finite()) {
            errs.add(format!("{at}.{name}"), "must be a finite number");
        }
    }
    if let (Some(lo), Some(hi)) = (cond.min, cond.max) {
        if lo > hi {
            errs.add(format!("{at}.min"), "is greater than max");
        }
    }
}

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Choice => "choice",
        QuestionKind::Number => "number",
    }
}

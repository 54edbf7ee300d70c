//! Semantic validation of a parsed config. Every problem is reported with
//! the JSON path it was found at, so an author can fix them all in one go.

use std::fmt;

use super::config::{Condition, Config, Model, Question, QuestionKind, THEME_NAMES};
use super::cta::check_placeholders;
use super::currency;
use super::format::{placeholders, same_placeholders};
use super::lead::check_lead;
use super::load::is_default_text_key;
use super::shape_check::child;
use super::suggest::did_you_mean;
use super::text_keys::{is_known_text_key, plural_other, required_text_keys, unknown_text};
use super::theme_value::theme_value_problem;
use super::url::{self, Use};

/// Question ids the model reads directly; they must exist with these kinds.
pub const REQUIRED_QUESTIONS: [(&str, QuestionKind); 5] = [
    ("audience", QuestionKind::Choice),
    ("duration", QuestionKind::Choice),
    ("participants", QuestionKind::Number),
    ("budget", QuestionKind::Number),
    ("expertise", QuestionKind::Choice),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// JSON path such as `questions[2].options`; empty for the document root.
    pub path: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        ConfigError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

/// Returns every semantic error in `c`; empty means valid.
pub fn validate(c: &Config) -> Vec<ConfigError> {
    let mut errs = Errors::default();
    check_header(c, &mut errs);
    check_model(&c.model, &mut errs);
    check_questions(c, &mut errs);
    check_costs(c, &mut errs);
    check_traits(c, &mut errs);
    check_texts(c, &mut errs);
    errs.0.extend(check_lead(c));
    check_theme(c, &mut errs);
    errs.0
}

/// Collects errors; every check appends here instead of returning early.
#[derive(Default)]
struct Errors(Vec<ConfigError>);

impl Errors {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(ConfigError::new(path, message));
    }

    fn finite_non_negative(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.add(path, "must be a finite number");
        } else if v < 0.0 {
            self.add(path, "must be at least 0");
        }
    }

    fn unit_interval(&mut self, path: &str, v: f64) {
        if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
            self.add(path, "must be a finite number from 0 to 1");
        }
    }
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
    if let Err(why) = check_cta_url(&c.cta.url) {
        errs.add("cta.url", why);
    }
    for why in check_placeholders(&c.cta.url) {
        errs.add("cta.url", why);
    }
}

fn check_model(m: &Model, errs: &mut Errors) {
    errs.finite_non_negative("model.split_margin", m.split_margin);
    errs.unit_interval("model.neutral_band", m.neutral_band);
    errs.unit_interval("model.hybrid_coached_share", m.hybrid_coached_share);
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
    if c.question("participants").is_some_and(|q| q.min == Some(0)) {
        errs.add(
            "questions",
            "question \"participants\" must have min of at least 1",
        );
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

fn check_number_question(q: &Question, at: &str, errs: &mut Errors) {
    if !q.options.is_empty() {
        errs.add(
            format!("{at}.options"),
            "only choice questions have options",
        );
    }
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
        if !["coaching", "mentoring", "hybrid"].contains(&kind.as_str()) {
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

fn check_costs(c: &Config, errs: &mut Errors) {
    let costs = &c.costs;
    let internal = [
        ("internal_coaching", costs.internal_coaching.as_ref()),
        ("manager_coaching", costs.manager_coaching.as_ref()),
    ];
    for (name, f) in internal {
        let Some(by_answer) = f.and_then(|f| f.capacity.as_ref()) else {
            continue;
        };
        let at = format!("costs.{name}.capacity");
        check_some_option_keys(c, errs, "internal_coaches", &at, by_answer.keys(), false);
    }
    let offered = internal
        .into_iter()
        .filter_map(|(name, f)| Some((name, f?)));
    for (name, f) in [
        ("individual_coaching", &costs.individual_coaching),
        ("group_coaching", &costs.group_coaching),
    ]
    .into_iter()
    .chain(offered)
    {
        let at = format!("costs.{name}.per_head");
        let complete = f.capacity.is_none();
        check_some_option_keys(c, errs, "audience", &at, f.per_head.keys(), complete);
        for (k, v) in &f.per_head {
            if *v == 0 {
                errs.add(child(&at, k), "must be above 0");
            }
        }
        if f.min_group == 0 {
            errs.add(format!("costs.{name}.min_group"), "must be at least 1");
        }
    }
    for (name, f) in [
        ("mentoring_pairs", &costs.mentoring_pairs),
        ("mentoring_circles", &costs.mentoring_circles),
    ] {
        if f.mentees_per_mentor == 0 {
            errs.add(
                format!("costs.{name}.mentees_per_mentor"),
                "must be at least 1",
            );
        }
    }
    if costs.mentoring_per_mentee == 0 {
        errs.add("costs.mentoring_per_mentee", "must be above 0");
    }
    let factors = "costs.duration_factor";
    check_option_keys(c, errs, "duration", factors, costs.duration_factor.keys());
    for (k, v) in &costs.duration_factor {
        errs.finite_non_negative(&child(factors, k), *v);
    }
    let supply = "costs.mentor_supply";
    check_option_keys(c, errs, "expertise", supply, costs.mentor_supply.keys());
    for (k, v) in &costs.mentor_supply {
        errs.finite_non_negative(
            &child(&child(supply, k), "per_participant"),
            v.per_participant,
        );
    }
}

fn check_traits(c: &Config, errs: &mut Errors) {
    unique_ids(errs, "trait", c.traits.iter().map(|t| t.id.as_str()), |i| {
        format!("traits[{i}].id")
    });
    for (i, t) in c.traits.iter().enumerate() {
        for (j, cond) in t.when.iter().enumerate() {
            check_condition(c, cond, &format!("traits[{i}].when[{j}]"), errs);
        }
    }
}

fn check_condition(c: &Config, cond: &Condition, at: &str, errs: &mut Errors) {
    match (&cond.question, &cond.metric) {
        (Some(_), Some(_)) | (None, None) => {
            errs.add(at, "needs exactly one of question or metric")
        }
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
                                did_you_mean(o, q.options.iter().map(|o| o.id.as_str()))
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

/// The default locale must have every text the engine and the UI look up.
/// Every locale may hold only keys some part of the widget uses (a typo
/// would otherwise be silently ignored), and a translation must carry the
/// default locale's placeholders, or a figure would go missing.
fn check_texts(c: &Config, errs: &mut Errors) {
    let Some(table) = c.texts.get(&c.default_locale) else {
        return;
    };
    let required = required_text_keys(c);
    for key in &required {
        if !table.contains_key(key) {
            errs.add(
                format!("texts.{}", c.default_locale),
                format!("missing text \"{key}\""),
            );
        }
    }
    for (locale, texts) in &c.texts {
        let at = format!("texts.{locale}");
        for (key, text) in texts {
            if !is_known_text_key(c, &required, key) && !is_default_text_key(key) {
                errs.add(&at, unknown_text(key));
                continue;
            }
            let Some(base) = table.get(key).or_else(|| table.get(&plural_other(key)?)) else {
                continue;
            };
            let (want, got) = (placeholders(base), placeholders(text));
            if locale != &c.default_locale && !same_placeholders(&want, &got) {
                let list = |p: &[&str]| match p {
                    [] => "none".to_string(),
                    _ => p
                        .iter()
                        .map(|n| format!("{{{n}}}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                errs.add(
                    &at,
                    format!(
                        "text \"{key}\" has the placeholders {}, but texts.{} has {}: use the same ones, translating only the words around them",
                        list(&got),
                        c.default_locale,
                        list(&want)
                    ),
                );
            }
        }
    }
}

/// Theme values become CSS custom properties: known names only, and values
/// that are what the name says (a colour, a length, a font stack).
fn check_theme(c: &Config, errs: &mut Errors) {
    for (name, value) in &c.theme {
        let at = format!("theme[\"{name}\"]");
        if !THEME_NAMES.contains(&name.as_str()) {
            errs.add(
                at,
                format!(
                    "is not a theme value; the names are {}",
                    THEME_NAMES.join(", ")
                ),
            );
        } else if let Some(why) = theme_value_problem(name, value) {
            errs.add(at, why);
        }
    }
}

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Choice => "choice",
        QuestionKind::Number => "number",
    }
}

fn check_option_keys<'a>(
    c: &Config,
    errs: &mut Errors,
    question: &str,
    path: &str,
    keys: impl Iterator<Item = &'a String> + Clone,
) {
    check_some_option_keys(c, errs, question, path, keys, true);
}

/// Keys must be option ids of `question`; with `complete`, every option
/// needs one. Formats offered to some audiences only are not complete.
fn check_some_option_keys<'a>(
    c: &Config,
    errs: &mut Errors,
    question: &str,
    path: &str,
    keys: impl Iterator<Item = &'a String> + Clone,
    complete: bool,
) {
    let Some(q) = c.question(question) else {
        return;
    };
    for o in q.options.iter().filter(|_| complete) {
        if !keys.clone().any(|k| *k == o.id) {
            errs.add(
                path,
                format!("missing entry for {question} option \"{}\"", o.id),
            );
        }
    }
    for k in keys {
        if q.option(k).is_none() {
            errs.add(
                child(path, k),
                format!(
                    "unknown {question} option id{}",
                    did_you_mean(k, q.options.iter().map(|o| o.id.as_str()))
                ),
            );
        }
    }
}

/// Accepts `https:`, `mailto:` and `http:` on localhost only, reading the
/// URL as the browser does ([`url`]).
pub fn check_cta_url(url: &str) -> Result<(), &'static str> {
    url::check(url, Use::Link)
}

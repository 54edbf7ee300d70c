//! Semantic validation of a parsed config. Every problem is reported with
//! the JSON path it was found at, so an author can fix them all in one go.

use std::collections::BTreeSet;
use std::fmt;

use super::config::{Config, QuestionKind};

/// Question ids the model reads directly; they must exist with these kinds.
pub const REQUIRED_QUESTIONS: [(&str, QuestionKind); 4] = [
    ("audience", QuestionKind::Choice),
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
    let mut errs = Vec::new();
    let mut err = |path: String, msg: &str| errs.push(ConfigError::new(path, msg));

    if c.version != 1 {
        err("version".into(), "unsupported version; expected 1");
    }
    if !c.texts.contains_key(&c.default_locale) {
        err("default_locale".into(), "has no table in texts");
    }
    if c.money.symbol.is_empty() {
        err("money.symbol".into(), "must not be empty");
    }
    if let Err(why) = check_cta_url(&c.cta.url) {
        err("cta.url".into(), why);
    }

    let m = &c.model;
    finite_non_negative(&mut err, "model.split_margin", m.split_margin);
    unit_interval(
        &mut err,
        "model.coaching_min_coverage",
        m.coaching_min_coverage,
    );
    finite_non_negative(
        &mut err,
        "model.affordability.weight",
        m.affordability.weight,
    );
    let (floor, full) = (m.affordability.floor, m.affordability.full);
    if !(floor.is_finite() && floor > 0.0) {
        err(
            "model.affordability.floor".into(),
            "must be a finite number above 0",
        );
    }
    if !(full.is_finite() && full > floor) {
        err(
            "model.affordability.full".into(),
            "must be a finite number above floor",
        );
    }

    let mut seen = BTreeSet::new();
    for (i, q) in c.questions.iter().enumerate() {
        let at = format!("questions[{i}]");
        if q.id.trim().is_empty() {
            err(format!("{at}.id"), "must not be empty");
        } else if !seen.insert(q.id.as_str()) {
            err(
                format!("{at}.id"),
                &format!("duplicate question id \"{}\"", q.id),
            );
        }
        match q.kind {
            QuestionKind::Choice => {
                if q.options.is_empty() {
                    err(format!("{at}.options"), "must not be empty");
                }
                finite_non_negative(&mut err, &format!("{at}.weight"), q.weight);
                if q.min.is_some() || q.max.is_some() {
                    err(at.clone(), "min/max apply only to number questions");
                }
                let mut opt_ids = BTreeSet::new();
                for (j, o) in q.options.iter().enumerate() {
                    let oat = format!("{at}.options[{j}]");
                    if o.id.trim().is_empty() {
                        err(format!("{oat}.id"), "must not be empty");
                    } else if !opt_ids.insert(o.id.as_str()) {
                        err(
                            format!("{oat}.id"),
                            &format!("duplicate option id \"{}\"", o.id),
                        );
                    }
                    unit_interval(&mut err, &format!("{oat}.coaching"), o.coaching);
                    unit_interval(&mut err, &format!("{oat}.mentoring"), o.mentoring);
                }
            }
            QuestionKind::Number => {
                if !q.options.is_empty() {
                    err(
                        format!("{at}.options"),
                        "only choice questions have options",
                    );
                }
                match (q.min, q.max) {
                    (Some(min), Some(max)) if min > max => err(
                        format!("{at}.min"),
                        &format!("min {min} is greater than max {max}"),
                    ),
                    (None, _) | (_, None) => err(at.clone(), "number questions need min and max"),
                    _ => {}
                }
            }
        }
    }
    if c.questions.is_empty() {
        err("questions".into(), "must not be empty");
    }
    for (id, kind) in REQUIRED_QUESTIONS {
        match c.question(id) {
            None => err(
                "questions".into(),
                &format!("missing required question \"{id}\""),
            ),
            Some(q) if q.kind != kind => err(
                "questions".into(),
                &format!("question \"{id}\" must be a {} question", kind_name(kind)),
            ),
            _ => {}
        }
    }
    if let Some(q) = c.question("participants") {
        if q.min == Some(0) {
            err(
                "questions".into(),
                "question \"participants\" must have min of at least 1",
            );
        }
    }

    // Costs keyed by option ids must cover every option and name no others.
    let costs = &c.costs;
    check_keys(
        &mut err,
        c,
        "audience",
        "costs.coaching_per_participant",
        costs.coaching_per_participant.keys(),
    );
    for (k, v) in &costs.coaching_per_participant {
        if *v == 0 {
            err(
                format!("costs.coaching_per_participant.{k}"),
                "must be above 0",
            );
        }
    }
    check_keys(
        &mut err,
        c,
        "expertise",
        "costs.mentor_supply",
        costs.mentor_supply.keys(),
    );
    for (k, v) in &costs.mentor_supply {
        finite_non_negative(&mut err, &format!("costs.mentor_supply.{k}"), *v);
    }
    if costs.mentees_per_mentor == 0 {
        err("costs.mentees_per_mentor".into(), "must be at least 1");
    }

    let mut trait_ids = BTreeSet::new();
    for (i, t) in c.traits.iter().enumerate() {
        let at = format!("traits[{i}]");
        if t.id.trim().is_empty() {
            err(format!("{at}.id"), "must not be empty");
        } else if !trait_ids.insert(t.id.as_str()) {
            err(
                format!("{at}.id"),
                &format!("duplicate trait id \"{}\"", t.id),
            );
        }
        for (j, cond) in t.when.iter().enumerate() {
            let cat = format!("{at}.when[{j}]");
            match (&cond.question, &cond.metric) {
                (Some(_), Some(_)) | (None, None) => {
                    err(cat.clone(), "needs exactly one of question or metric")
                }
                (None, Some(_)) => {
                    if !cond.is.is_empty() {
                        err(format!("{cat}.is"), "metrics take min/max, not is");
                    }
                }
                (Some(qid), None) => match c.question(qid) {
                    None => err(
                        format!("{cat}.question"),
                        &format!("unknown question id \"{qid}\""),
                    ),
                    Some(q) if q.kind == QuestionKind::Choice => {
                        if cond.is.is_empty() {
                            err(
                                format!("{cat}.is"),
                                "must not be empty for a choice question",
                            );
                        }
                        for (k, o) in cond.is.iter().enumerate() {
                            if q.option(o).is_none() {
                                err(
                                    format!("{cat}.is[{k}]"),
                                    &format!("unknown option id \"{o}\" for question \"{qid}\""),
                                );
                            }
                        }
                    }
                    Some(_) => {
                        if !cond.is.is_empty() {
                            err(format!("{cat}.is"), "number questions take min/max, not is");
                        }
                    }
                },
            }
            for (name, v) in [("min", cond.min), ("max", cond.max)] {
                if v.is_some_and(|v| !v.is_finite()) {
                    err(format!("{cat}.{name}"), "must be a finite number");
                }
            }
            if let (Some(lo), Some(hi)) = (cond.min, cond.max) {
                if lo > hi {
                    err(format!("{cat}.min"), "is greater than max");
                }
            }
        }
    }
    if let Some(table) = c.texts.get(&c.default_locale) {
        for key in required_text_keys(c) {
            if !table.contains_key(&key) {
                err(
                    format!("texts.{}", c.default_locale),
                    &format!("missing text \"{key}\""),
                );
            }
        }
    }
    errs
}

/// Text keys the engine's output refers to; the default locale must have all.
pub fn required_text_keys(c: &Config) -> Vec<String> {
    let mut keys: Vec<String> = [
        "fmt.group",
        "fmt.money",
        "reason.budget.full",
        "reason.budget.partial",
        "reason.budget.low",
    ]
    .iter()
    .map(|k| k.to_string())
    .collect();
    keys.push(c.cta.label.clone());
    for kind in ["coaching", "mentoring", "hybrid"] {
        keys.push(format!("kind.{kind}"));
        keys.push(format!("why.{kind}"));
    }
    keys.push("why.hybrid_all".into());
    for q in &c.questions {
        for part in ["label", "hint", "summary"] {
            keys.push(format!("q.{}.{part}", q.id));
        }
        for o in &q.options {
            keys.push(format!("q.{}.opt.{}", q.id, o.id));
            keys.push(format!("reason.{}.{}", q.id, o.id));
        }
    }
    if let Some(q) = c.question("audience") {
        keys.extend(q.options.iter().map(|o| format!("hybrid.coached.{}", o.id)));
    }
    if let Some(q) = c.question("expertise") {
        keys.extend(q.options.iter().map(|o| format!("supply.{}", o.id)));
    }
    keys.extend(c.traits.iter().map(|t| format!("trait.{}", t.id)));
    keys
}

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Choice => "choice",
        QuestionKind::Number => "number",
    }
}

/// Checks for a finite, non-negative number.
fn finite_non_negative(err: &mut impl FnMut(String, &str), path: &str, v: f64) {
    if !v.is_finite() {
        err(path.into(), "must be a finite number");
    } else if v < 0.0 {
        err(path.into(), "must be at least 0");
    }
}

fn unit_interval(err: &mut impl FnMut(String, &str), path: &str, v: f64) {
    if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
        err(path.into(), "must be a finite number from 0 to 1");
    }
}

fn check_keys<'a>(
    err: &mut impl FnMut(String, &str),
    c: &Config,
    question: &str,
    path: &str,
    keys: impl Iterator<Item = &'a String> + Clone,
) {
    let Some(q) = c.question(question) else {
        return;
    };
    for o in &q.options {
        if !keys.clone().any(|k| *k == o.id) {
            err(
                path.into(),
                &format!("missing entry for {question} option \"{}\"", o.id),
            );
        }
    }
    for k in keys {
        if q.option(k).is_none() {
            err(
                format!("{path}.{k}"),
                &format!("unknown {question} option id"),
            );
        }
    }
}

/// Accepts `https:`, `mailto:` and `http:` on localhost only. Whitespace and
/// control characters are stripped first, as browsers do, so `java\tscript:`
/// cannot sneak through.
pub fn check_cta_url(url: &str) -> Result<(), &'static str> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let Some((scheme, rest)) = cleaned.split_once(':') else {
        return Err("must be an absolute https:, mailto: or localhost http: URL");
    };
    match scheme {
        "https" if rest.starts_with("//") && rest.len() > 2 => Ok(()),
        "mailto" if !rest.is_empty() => Ok(()),
        "http" => {
            let host = rest
                .trim_start_matches("//")
                .split(['/', '?', '#'])
                .next()
                .unwrap_or("");
            let host = host.rsplit('@').next().unwrap_or("");
            let name = if host.starts_with('[') {
                host.split(']')
                    .next()
                    .map(|h| format!("{h}]"))
                    .unwrap_or_default()
            } else {
                host.split(':').next().unwrap_or("").to_string()
            };
            if matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]") {
                Ok(())
            } else {
                Err("http: is only allowed for localhost; use https:")
            }
        }
        "javascript" | "data" | "vbscript" => Err("script and data URLs are not allowed"),
        _ => Err("must be an absolute https:, mailto: or localhost http: URL"),
    }
}

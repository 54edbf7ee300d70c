//! Checking what someone typed into the lead form, all problems at once,
//! so the error summary can list every one and link to its field.

use super::hidden_chars::is_hidden;
use crate::engine::config::lead::{FieldRule, Lead};
use crate::engine::dict::Dict;

/// Why one field (or the consent box) is not acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Missing,
    TooLong {
        max: usize,
    },
    BadEmail,
    /// The consent box is unchecked.
    NoConsent,
}

/// The id the consent box's problem is reported under.
pub const CONSENT: &str = "consent";

/// Every problem, in form order: `(field id, problem)`.
pub fn check_form(
    lead: &Lead,
    values: &Dict<String>,
    consent: bool,
) -> Vec<(&'static str, FieldProblem)> {
    let mut problems = Vec::new();
    for (f, rule) in lead.fields.shown() {
        let value = values.get(f.id).map_or("", |v| v.trim());
        let problem = if value.is_empty() {
            (rule == FieldRule::Required).then_some(FieldProblem::Missing)
        } else if value.chars().count() > f.max_len {
            Some(FieldProblem::TooLong { max: f.max_len })
        } else if f.id == "email" && !is_email(value) {
            Some(FieldProblem::BadEmail)
        } else {
            None
        };
        problems.extend(problem.map(|p| (f.id, p)));
    }
    if !consent {
        problems.push((CONSENT, FieldProblem::NoConsent));
    }
    problems
}

/// The values to send: the shown fields that are filled in, trimmed.
pub fn contact(lead: &Lead, values: &Dict<String>) -> Dict<String> {
    let mut contact = Dict::new();
    for (f, _) in lead.fields.shown() {
        match values.get(f.id).map(|v| v.trim()) {
            Some(v) if !v.is_empty() => contact.insert(f.id, v.to_string()),
            _ => None,
        };
    }
    contact
}

/// A pragmatic address check: one `@`, a local part of at most 64
/// characters, and a domain of dot-separated labels ending in a top-level
/// label of two or more letters. It catches typos such as a missing `@` or
/// `.com`, not every address RFC 5322 allows. Characters that do not show
/// ([`is_hidden`]) are refused anywhere.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if s.chars().any(is_hidden) {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    // Any character beyond ASCII counts as a letter, so international
    // domains (münchen.de, пример.рф) pass without the Unicode tables that
    // `char::is_alphabetic` ships (1.8 KB of the gzipped wasm).
    let letter = |c: char| c.is_ascii_alphabetic() || !c.is_ascii();
    // Bytes: no str::contains in the wasm (clippy/wasm/clippy.toml).
    let special = |c: char| c.is_ascii() && b"@<>()[],;:\"\\".contains(&(c as u8));
    let label_ok = |l: &&str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars()
                .all(|c| letter(c) || c.is_ascii_digit() || c == '-')
    };
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(letter));
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.as_bytes().windows(2).any(|w| w == b"..")
        && !local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || special(c))
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && tld_ok
}

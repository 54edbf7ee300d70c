//! The call to action carries the result: `{kind}`, `{coached}`,
//! `{mentored}`, `{participants}` and `{locale}` in `cta.url` are replaced,
//! URL-encoded, so a booking page can prefill the conversation. Any other
//! placeholder is a config error, so a typo never reaches a visitor.

use crate::engine::advice::recommend::Recommendation;

pub const CTA_PLACEHOLDERS: [&str; 5] = ["kind", "coached", "mentored", "participants", "locale"];

/// Problems with the placeholders in `url`, one message each.
pub fn check_placeholders(url: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut rest = url;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            problems.push("has a \"}\" without a \"{\"".to_string());
            rest = &rest[open + 1..];
            continue;
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            problems.push("has a \"{\" without a \"}\"".to_string());
            break;
        };
        let name = &after[..close];
        if !CTA_PLACEHOLDERS.contains(&name) {
            problems.push(format!(
                "unknown placeholder \"{{{name}}}\"; use {}",
                CTA_PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
            ));
        }
        rest = &after[close + 1..];
    }
    problems
}

/// `url` with its placeholders filled in for this result.
pub fn cta_href(url: &str, rec: &Recommendation, locale: &str) -> String {
    let p = &rec.plan;
    let vars = [
        ("kind", rec.kind.id().to_string()),
        ("coached", p.coached.to_string()),
        ("mentored", p.mentored.to_string()),
        ("participants", p.participants.to_string()),
        ("locale", locale.to_string()),
    ];
    let mut out = String::with_capacity(url.len() + 32);
    let mut rest = url;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|end| Some((vars.iter().find(|(k, _)| *k == &after[..end])?, end)))
        {
            Some(((_, value), end)) => {
                out.push_str(&encode_component(value));
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Percent-encodes like JavaScript's `encodeURIComponent`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

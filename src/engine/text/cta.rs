//! The call to action carries the result: `{kind}`, `{coached}`,
//! `{mentored}`, `{participants}`, `{reached}`, `{budget}`, `{groups}`,
//! `{locale}`, `{leadId}` (after a lead was sent) and `{hidden.<name>}`
//! (a hidden field
//! the host page passed) in `cta.url` are replaced, URL-encoded, so a
//! booking page can prefill the conversation and the CRM can join it to
//! the lead. Any other placeholder is a config error, so a typo never
//! reaches a visitor.

use crate::engine::advice::kind::Kind;
use crate::engine::advice::programme::Programme;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::dict::Dict;

pub const CTA_PLACEHOLDERS: [&str; 9] = [
    "kind",
    "coached",
    "mentored",
    "participants",
    "reached",
    "budget",
    "groups",
    "locale",
    "leadId",
];

/// The result the link carries: one plan's figures, or a programme's
/// over all its groups (as `complete`'s detail gives them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CtaFigures {
    pub kind: Kind,
    pub coached: u64,
    pub mentored: u64,
    pub participants: u64,
    pub reached: u64,
    pub budget: Option<u64>,
    pub groups: usize,
}

impl From<&Recommendation> for CtaFigures {
    fn from(rec: &Recommendation) -> Self {
        let p = &rec.plan;
        CtaFigures {
            kind: rec.kind,
            coached: p.coached,
            mentored: p.mentored,
            participants: p.participants,
            reached: p.reached,
            budget: p.budget,
            groups: 1,
        }
    }
}

impl From<&Programme> for CtaFigures {
    fn from(p: &Programme) -> Self {
        CtaFigures {
            kind: p.kind(),
            coached: p.totals.coached,
            mentored: p.totals.mentored,
            participants: p.totals.participants,
            reached: p.totals.reached,
            budget: p.totals.budget,
            groups: p.groups.len(),
        }
    }
}

/// What the link is filled in with beyond the result.
pub struct CtaContext<'a> {
    pub locale: &'a str,
    /// The host page's hidden fields (`{hidden.<name>}`; `""` if absent).
    pub hidden: &'a Dict<String>,
    /// The idempotency key of the lead the visitor sent, once they have
    /// consented and it went; `""` before.
    pub lead_id: &'a str,
}

/// A hidden field's longest name.
pub const MAX_FIELD_NAME: usize = 40;

/// Whether `name` may name a hidden field: 1 to 40 ASCII letters, digits,
/// `_`, `-` or `.`.
pub fn is_field_name(name: &str) -> bool {
    (1..=MAX_FIELD_NAME).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// `hidden.<name>` with a name a hidden field may have.
fn is_hidden_placeholder(name: &str) -> bool {
    name.strip_prefix("hidden.").is_some_and(is_field_name)
}

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
        if !CTA_PLACEHOLDERS.contains(&name) && !is_hidden_placeholder(name) {
            problems.push(format!(
                "unknown placeholder \"{{{name}}}\"; use {} or {{hidden.<name>}}",
                CTA_PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
            ));
        }
        rest = &after[close + 1..];
    }
    problems
}

/// `url` with its placeholders filled in for this result.
pub fn cta_href(url: &str, p: &CtaFigures, cx: &CtaContext) -> String {
    let vars = [
        ("kind", p.kind.id().to_string()),
        ("coached", p.coached.to_string()),
        ("mentored", p.mentored.to_string()),
        ("participants", p.participants.to_string()),
        ("reached", p.reached.to_string()),
        (
            "budget",
            p.budget.map_or("unknown".into(), |b| b.to_string()),
        ),
        ("groups", p.groups.to_string()),
        ("locale", cx.locale.to_string()),
        ("leadId", cx.lead_id.to_string()),
    ];
    let value = |name: &str| match name.strip_prefix("hidden.") {
        Some(field) if is_hidden_placeholder(name) => {
            Some(cx.hidden.get(field).cloned().unwrap_or_default())
        }
        Some(_) | None => vars
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone()),
    };
    let mut out = String::with_capacity(url.len() + 32);
    let mut rest = url;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|end| Some((value(&after[..end])?, end)))
        {
            Some((v, end)) => {
                out.push_str(&encode_component(&v));
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

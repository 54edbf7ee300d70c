//! Text templates: `{name}` placeholders, filled from values, and the
//! checks that keep a translation's placeholders the same as the default
//! locale's, so no figure goes missing in another language.

/// The `{name}` placeholders of a text, each once, in order of appearance,
/// so translations can be checked against the default locale's.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        let Some(end) = rest.find('}') else { break };
        let name = &rest[..end];
        let word = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !name.is_empty() && word && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Whether two lists of placeholders name the same ones, in any order.
pub fn same_placeholders(a: &[&str], b: &[&str]) -> bool {
    a.len() == b.len() && a.iter().all(|n| b.contains(n))
}

/// Replaces `{name}` placeholders; unknown placeholders stay as written.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    walk(
        template,
        &|name| vars.iter().any(|(k, _)| *k == name),
        &mut |text, is_var| match vars.iter().find(|(k, _)| is_var && *k == text) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(text),
        },
    );
    out
}

/// Splits a template for [`fill`] and [`fill_phrase`](super::phrase::fill_phrase):
/// `each(text, false)` for its own words, `each(name, true)` for a
/// `{name}` that `known` names. An unknown placeholder is its own words.
pub fn walk(template: &str, known: &dyn Fn(&str) -> bool, each: &mut dyn FnMut(&str, bool)) {
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        each(&rest[..start], false);
        let after = &rest[start + 1..];
        match after.find('}').map(|end| (&after[..end], end)) {
            Some((name, end)) if known(name) => {
                each(name, true);
                rest = &after[end + 1..];
            }
            _ => {
                each("{", false);
                rest = after;
            }
        }
    }
    each(rest, false);
}

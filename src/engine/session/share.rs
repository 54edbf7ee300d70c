//! Share links: `pf-<namespace>=1,goal:skill,budget:50000` as one
//! `&`-separated part of the host page's URL fragment, so several widgets
//! (and the host's own fragment parts) can share one URL. The values pinned
//! in the explorer follow as `~budget:90000` fields, so the link opens on
//! the same comparison; links made before they existed still open. A link
//! is untrusted input (hand-edited, old versions), so it is checked against
//! the config before use.

use crate::engine::json::{Map, Value};

use super::stored::{RestoreError, SCHEMA_VERSION};
use crate::engine::advice::answers::{Answer, Answers};
use crate::engine::config::types::Config;

/// Marks a pinned value's field; `escape` never leaves a `~` in an id.
const PINNED: &str = "~";

/// What a link carries: the answers, and the values pinned beside them in
/// the explorer ("Compare with my answers"), if any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shared {
    pub answers: Answers,
    pub pinned: Option<Answers>,
}

fn fragment_name(ns: &str) -> String {
    format!("pf-{ns}")
}

/// Returns `fragment` (without `#`) with this instance's part set to the
/// answers and the pinned values; other parts are kept in order.
pub fn share_fragment(
    fragment: &str,
    ns: &str,
    answers: &Answers,
    pinned: Option<&Answers>,
) -> String {
    let mut value = SCHEMA_VERSION.to_string();
    push_fields(&mut value, "", answers);
    if let Some(p) = pinned {
        push_fields(&mut value, PINNED, p);
    }
    with_share(fragment, ns, &value)
}

/// `fragment` with this instance's part set to `value`.
pub(super) fn with_share(fragment: &str, ns: &str, value: &str) -> String {
    let kept = remove_share(fragment, ns);
    let part = format!("{}={value}", fragment_name(ns));
    if kept.is_empty() {
        part
    } else {
        format!("{kept}&{part}")
    }
}

/// Appends `,id:value` for each answer, the id after `mark`.
pub(super) fn push_fields(value: &mut String, mark: &str, answers: &Answers) {
    for (id, a) in &answers.0 {
        value.push(',');
        value.push_str(mark);
        value.push_str(&escape(id));
        value.push(':');
        match a {
            Answer::Number(n) => value.push_str(&n.to_string()),
            Answer::Choice(o) => value.push_str(&escape(o)),
        }
    }
}

/// Returns `fragment` (without `#`) without this instance's part.
pub fn remove_share(fragment: &str, ns: &str) -> String {
    let name = fragment_name(ns);
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(name.as_str()))
        .collect::<Vec<_>>()
        .join("&")
}

/// Finds this instance's part in a fragment. `None` when there is none;
/// otherwise the answers when they are complete and valid for `config`,
/// with the pinned values when they are valid too.
pub fn read_share_fragment(
    config: &Config,
    fragment: &str,
    ns: &str,
) -> Option<Result<Shared, RestoreError>> {
    Some(parse_share_value(config, share_value(fragment, ns)?))
}

/// This instance's part of a fragment, after `pf-<ns>=`.
pub(super) fn share_value<'a>(fragment: &'a str, ns: &str) -> Option<&'a str> {
    let name = fragment_name(ns);
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix(name.as_str())?.strip_prefix('='))
}

fn parse_share_value(config: &Config, value: &str) -> Result<Shared, RestoreError> {
    let mut fields = value.split(',');
    let version = fields.next().unwrap_or_default();
    if version != SCHEMA_VERSION.to_string() {
        return Err(RestoreError::Version(unescape(version).unwrap_or_default()));
    }
    let (pinned, given): (Vec<&str>, Vec<&str>) = fields.partition(|f| f.starts_with(PINNED));
    let answers = checked(config, read_fields(given.into_iter())?)?;
    if !answers.is_complete(config) {
        return Err(RestoreError::Incomplete);
    }
    // Only the values that differ from the answers are pinned.
    let pinned = pinned.into_iter().map(|f| &f[PINNED.len()..]);
    let mut pinned = checked(config, read_fields(pinned)?)?;
    pinned.0.retain(|id, a| answers.get(id) != Some(a));
    let pinned = (!pinned.0.is_empty()).then_some(pinned);
    Ok(Shared { answers, pinned })
}

/// The answers in `map` when each is valid for `config`.
pub(super) fn checked(config: &Config, map: Map) -> Result<Answers, RestoreError> {
    let (answers, errors) = Answers::from_value_lenient(config, Value::Object(map));
    match errors.is_empty() {
        true => Ok(answers),
        false => Err(RestoreError::Answers(errors)),
    }
}

/// `id:value` fields as answers in JSON: digits are numbers, anything
/// else an option id. A field that is not `id:value`, or an id twice,
/// makes the link unreadable.
pub(super) fn read_fields<'a>(fields: impl Iterator<Item = &'a str>) -> Result<Map, RestoreError> {
    let mut map = Map::new();
    for field in fields {
        let garbled = || RestoreError::Garbled(format!("bad field \"{field}\""));
        let (id, v) = field.split_once(':').ok_or_else(garbled)?;
        let id = unescape(id).ok_or_else(garbled)?;
        let v = unescape(v).ok_or_else(garbled)?;
        if map.contains_key(&id) {
            return Err(garbled());
        }
        let json = if !v.is_empty() && v.len() <= 19 && v.bytes().all(|b| b.is_ascii_digit()) {
            Value::from(v.parse::<u64>().map_err(|_| garbled())?)
        } else {
            Value::String(v)
        };
        map.insert(id, json);
    }
    Ok(map)
}

/// Percent-encodes everything except ASCII letters, digits, `_` and `-`.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(super) fn unescape(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::test_util::{answers, cfg, EXECUTIVES};

    fn full() -> Answers {
        answers(EXECUTIVES)
    }

    fn shared(answers: Answers) -> Shared {
        Shared {
            answers,
            pinned: None,
        }
    }

    #[test]
    fn share_fragment_round_trips_and_keeps_other_parts() {
        let c = cfg();
        let frag = share_fragment("top&pf-b=1,goal:skill&pf-a=old", "a", &full(), None);
        assert!(frag.starts_with("top&pf-b=1,goal:skill&pf-a=1,"), "{frag}");
        assert!(!frag.contains("old"));
        assert_eq!(
            read_share_fragment(&c, &frag, "a"),
            Some(Ok(shared(full())))
        );
        assert_eq!(
            read_share_fragment(&c, &format!("#{frag}"), "a"),
            Some(Ok(shared(full())))
        );
        assert!(matches!(
            read_share_fragment(&c, &frag, "b"),
            Some(Err(RestoreError::Incomplete))
        ));
        assert_eq!(read_share_fragment(&c, &frag, "zzz"), None);
        assert_eq!(remove_share(&frag, "a"), "top&pf-b=1,goal:skill");
        assert_eq!(remove_share("pf-a=1", "a"), "");
    }

    #[test]
    fn a_budget_not_decided_yet_round_trips_and_old_links_still_open() {
        let c = cfg();
        let mut a = full();
        a.set("budget", Answer::Choice("unknown".into()));
        let frag = share_fragment("", "a", &a, None);
        assert!(frag.contains(",budget:unknown,"), "{frag}");
        assert_eq!(read_share_fragment(&c, &frag, "a"), Some(Ok(shared(a))));
        let old = share_fragment("", "a", &full(), None);
        assert_eq!(read_share_fragment(&c, &old, "a"), Some(Ok(shared(full()))));
    }

    #[test]
    fn a_link_made_before_an_optional_question_existed_still_opens() {
        let mut c = cfg();
        let mut extra = c.question("driver").unwrap().clone();
        extra.id = "extra".into();
        extra.optional = true;
        c.questions.push(extra.clone());
        let old = share_fragment("", "a", &full(), None);
        assert_eq!(read_share_fragment(&c, &old, "a"), Some(Ok(shared(full()))));
        extra.optional = false;
        *c.questions.last_mut().unwrap() = extra;
        assert_eq!(
            read_share_fragment(&c, &old, "a"),
            Some(Err(RestoreError::Incomplete)),
            "a required question still needs its answer"
        );
    }

    #[test]
    fn odd_ids_are_escaped() {
        let mut a = Answers::default();
        a.set("a b&c", Answer::Choice("x,y:z%".into()));
        let frag = share_fragment("", "n", &a, None);
        assert!(!frag[5..].contains(['&', ' ', '#']), "{frag}");
        let value = frag.strip_prefix("pf-n=").unwrap();
        let field = value.split(',').nth(1).unwrap();
        let (k, v) = field.split_once(':').unwrap();
        assert_eq!(unescape(k).unwrap(), "a b&c");
        assert_eq!(unescape(v).unwrap(), "x,y:z%");
    }

    #[test]
    fn tampered_fragments_are_rejected() {
        let c = cfg();
        let good = share_fragment("", "a", &full(), None);
        let r = |f: &str| read_share_fragment(&c, f, "a").unwrap();
        assert!(r(&good.replace("few", "plenty")).is_err());
        assert!(r(&good.replace(":6,", ":-6,")).is_err());
        assert!(r(&good.replace(":6,", ":99999999999999999999999,")).is_err());
        assert!(r(&good.replace("pf-a=1", "pf-a=2")).is_err());
        assert!(r(&format!("{good},goal:skill")).is_err());
        assert!(r(&format!("{good},evil:%3Cimg%20src%3Dx%3E")).is_err());
        assert!(r(&format!("{good},broken")).is_err());
        assert!(r(&format!("{good}%ZZ")).is_err());
        assert!(r("pf-a=").is_err());
    }

    #[test]
    fn pinned_values_ride_along_and_only_those_that_differ_are_kept() {
        let c = cfg();
        let mut pinned = Answers::default();
        pinned.set("budget", Answer::Number(123_000));
        pinned.set("format", Answer::Choice("group".into()));
        let mut same = pinned.clone();
        same.set("goal", full().get("goal").unwrap().clone());
        let frag = share_fragment("top", "a", &full(), Some(&same));
        assert!(
            frag.contains(",~budget:123000,~format:group,~goal:"),
            "{frag}"
        );
        let read = read_share_fragment(&c, &frag, "a").unwrap().unwrap();
        assert_eq!(read.answers, full());
        assert_eq!(
            read.pinned,
            Some(pinned),
            "the goal as answered is no change"
        );
        let nothing = share_fragment("", "a", &full(), Some(&Answers::default()));
        assert_eq!(
            read_share_fragment(&c, &nothing, "a"),
            Some(Ok(shared(full())))
        );
    }

    #[test]
    fn a_tampered_pinned_value_is_refused_like_an_answer() {
        let c = cfg();
        let good = share_fragment("", "a", &full(), None);
        let r = |extra: &str| read_share_fragment(&c, &format!("{good},{extra}"), "a").unwrap();
        assert!(r("~budget:90000").is_ok());
        assert!(r("~format:weekly").is_err());
        assert!(r("~evil:1").is_err());
        assert!(r("~budget:1,~budget:2").is_err());
        assert!(r("~budget").is_err());
    }
}

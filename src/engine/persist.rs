//! What the embed keeps between visits and puts in share links. Storage and
//! URLs are untrusted input (other scripts, old versions, hand-edited links),
//! so everything decoded here is checked against the config before use.
//!
//! Stored state (schema v1), one JSON object per widget instance:
//! `{"app":"program-fit","v":1,"screen":…,"answers":{"goal":"skill","budget":50000}}`.
//! Only option ids and whole numbers are stored: nothing typed, nothing personal.
//!
//! Share fragment: `pf-<namespace>=1,goal:skill,budget:50000` as one
//! `&`-separated part of the host page's URL fragment, so several widgets
//! (and the host's own fragment parts) can share one URL.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

use super::answers::{Answer, AnswerError, Answers};
use super::config::Config;

/// Marks data as ours, so a foreign value under our key is recognised.
pub const APP: &str = "program-fit";
/// Version of the stored schema and of the share-link format.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct StoredOut<'a, S> {
    app: &'static str,
    v: u32,
    screen: &'a S,
    answers: &'a Answers,
}

#[derive(Deserialize)]
struct StoredIn {
    app: Option<String>,
    v: Option<Value>,
    screen: Option<Value>,
    answers: Option<Value>,
}

/// Why stored state or a share fragment was not used.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreError {
    /// Not JSON, or not the shape we write.
    Garbled(String),
    /// Our data, written by another schema version.
    Version(String),
    /// Valid JSON that another application wrote.
    Foreign,
    /// Answers that do not fit the current config.
    Answers(Vec<AnswerError>),
    /// A share link with some answers missing.
    Incomplete,
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreError::Garbled(why) => write!(f, "unreadable data ({why})"),
            RestoreError::Version(v) => write!(
                f,
                "schema version {v} is not supported (expected {SCHEMA_VERSION})"
            ),
            RestoreError::Foreign => write!(f, "data was not written by {APP}"),
            RestoreError::Answers(errs) => {
                let list: Vec<String> = errs.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "answers do not fit this questionnaire: {}",
                    list.join("; ")
                )
            }
            RestoreError::Incomplete => write!(f, "some answers are missing"),
        }
    }
}

/// Serialises progress for storage.
pub fn encode_state<S: Serialize>(answers: &Answers, screen: &S) -> String {
    let out = StoredOut {
        app: APP,
        v: SCHEMA_VERSION,
        screen,
        answers,
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads stored progress. Any answer that does not fit `config` rejects the
/// whole state: half-restored progress would be more confusing than a fresh start.
pub fn decode_state<S: DeserializeOwned>(
    config: &Config,
    raw: &str,
) -> Result<(Answers, S), RestoreError> {
    let stored: StoredIn =
        serde_json::from_str(raw).map_err(|e| RestoreError::Garbled(e.to_string()))?;
    if stored.app.as_deref() != Some(APP) {
        return Err(RestoreError::Foreign);
    }
    match &stored.v {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(v) => return Err(RestoreError::Version(v.to_string())),
        None => return Err(RestoreError::Version("missing".into())),
    }
    let screen = stored
        .screen
        .ok_or_else(|| RestoreError::Garbled("no screen".into()))?;
    let screen: S =
        serde_json::from_value(screen).map_err(|e| RestoreError::Garbled(e.to_string()))?;
    let answers = stored
        .answers
        .ok_or_else(|| RestoreError::Garbled("no answers".into()))?;
    let (answers, errors) = Answers::from_json_lenient(config, &answers.to_string());
    if errors.is_empty() {
        Ok((answers, screen))
    } else {
        Err(RestoreError::Answers(errors))
    }
}

/// A storage-key and URL-safe name for one widget instance: the element id
/// when it is plain, otherwise a short hash of the id or config source.
pub fn namespace(id: &str, config_source: &str) -> String {
    let plain = |s: &str| {
        !s.is_empty()
            && s.len() <= 40
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if plain(id) {
        id.to_string()
    } else if !id.is_empty() {
        format!("id{:08x}", fnv1a(id))
    } else if config_source.is_empty() {
        "default".into()
    } else {
        format!("cfg{:08x}", fnv1a(config_source))
    }
}

/// The storage key for an instance.
pub fn storage_key(ns: &str) -> String {
    format!("{APP}:{ns}")
}

fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn fragment_name(ns: &str) -> String {
    format!("pf-{ns}")
}

/// Returns `fragment` (without `#`) with this instance's part set to the
/// answers; other parts are kept in order.
pub fn share_fragment(fragment: &str, ns: &str, answers: &Answers) -> String {
    let mut value = SCHEMA_VERSION.to_string();
    for (id, a) in &answers.0 {
        value.push(',');
        value.push_str(&escape(id));
        value.push(':');
        match a {
            Answer::Number(n) => value.push_str(&n.to_string()),
            Answer::Choice(o) => value.push_str(&escape(o)),
        }
    }
    let kept = remove_share(fragment, ns);
    let part = format!("{}={value}", fragment_name(ns));
    if kept.is_empty() {
        part
    } else {
        format!("{kept}&{part}")
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
/// otherwise the answers when they are complete and valid for `config`.
pub fn read_share_fragment(
    config: &Config,
    fragment: &str,
    ns: &str,
) -> Option<Result<Answers, RestoreError>> {
    let name = fragment_name(ns);
    let value = fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix(name.as_str())?.strip_prefix('='))?;
    Some(parse_share_value(config, value))
}

fn parse_share_value(config: &Config, value: &str) -> Result<Answers, RestoreError> {
    let mut fields = value.split(',');
    let version = fields.next().unwrap_or_default();
    if version != SCHEMA_VERSION.to_string() {
        return Err(RestoreError::Version(unescape(version).unwrap_or_default()));
    }
    let mut map = serde_json::Map::new();
    for field in fields {
        let garbled = || RestoreError::Garbled(format!("bad field \"{field}\""));
        let (id, v) = field.split_once(':').ok_or_else(garbled)?;
        let id = unescape(id).ok_or_else(garbled)?;
        let v = unescape(v).ok_or_else(garbled)?;
        if map.contains_key(&id) {
            return Err(garbled());
        }
        // Digits are numbers; anything else is an option id.
        let json = if !v.is_empty() && v.len() <= 19 && v.bytes().all(|b| b.is_ascii_digit()) {
            Value::Number(v.parse::<u64>().map_err(|_| garbled())?.into())
        } else {
            Value::String(v)
        };
        map.insert(id, json);
    }
    let (answers, errors) = Answers::from_json_lenient(config, &Value::Object(map).to_string());
    if !errors.is_empty() {
        return Err(RestoreError::Answers(errors));
    }
    if !answers.is_complete(config) {
        return Err(RestoreError::Incomplete);
    }
    Ok(answers)
}

/// Percent-encodes everything except ASCII letters, digits, `_` and `-`.
fn escape(s: &str) -> String {
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

fn unescape(s: &str) -> Option<String> {
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

    const FULL: &str = r#"{"goal":"leadership","audience":"executives","participants":6,"budget":90000,"duration":"short","driver":"organisation","expertise":"few","path":"unimportant"}"#;

    fn cfg() -> Config {
        Config::default_config()
    }

    fn full() -> Answers {
        let (a, errs) = Answers::from_json_lenient(&cfg(), FULL);
        assert!(errs.is_empty());
        a
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Screen {
        Intro,
        Question(usize),
    }

    #[test]
    fn state_round_trips() {
        let raw = encode_state(&full(), &Screen::Question(3));
        let (answers, screen) = decode_state::<Screen>(&cfg(), &raw).unwrap();
        assert_eq!(answers, full());
        assert_eq!(screen, Screen::Question(3));
    }

    #[test]
    fn stored_state_holds_only_ids_and_numbers() {
        let raw = encode_state(&full(), &Screen::Intro);
        let v: Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(v["app"], APP);
        assert_eq!(v["v"], 1);
        for (_, a) in v["answers"].as_object().unwrap() {
            assert!(a.is_u64() || a.as_str().is_some_and(|s| !s.contains(' ')));
        }
    }

    #[test]
    fn garbled_foreign_and_old_state_are_rejected() {
        let c = cfg();
        let d = |raw: &str| decode_state::<Screen>(&c, raw).unwrap_err();
        assert!(matches!(d("{not json"), RestoreError::Garbled(_)));
        assert!(matches!(d("42"), RestoreError::Garbled(_)));
        assert_eq!(d(r#"{"hello":"world"}"#), RestoreError::Foreign);
        assert!(matches!(
            d(r#"{"app":"program-fit","v":0,"screen":"intro","answers":{}}"#),
            RestoreError::Version(v) if v == "0"
        ));
        assert!(matches!(
            d(r#"{"app":"program-fit","screen":"intro","answers":{}}"#),
            RestoreError::Version(_)
        ));
        assert!(matches!(
            d(r#"{"app":"program-fit","v":1,"screen":{"nope":1},"answers":{}}"#),
            RestoreError::Garbled(_)
        ));
        assert!(matches!(
            d(r#"{"app":"program-fit","v":1,"screen":"intro","answers":{"goal":"<b>x</b>"}}"#),
            RestoreError::Answers(_)
        ));
        assert!(matches!(
            d(r#"{"app":"program-fit","v":1,"screen":"intro","answers":{"budget":-5}}"#),
            RestoreError::Answers(_)
        ));
    }

    #[test]
    fn partial_state_is_fine() {
        let raw =
            r#"{"app":"program-fit","v":1,"screen":{"question":2},"answers":{"goal":"skill"}}"#;
        let (a, s) = decode_state::<Screen>(&cfg(), raw).unwrap();
        assert_eq!(a.choice("goal"), Some("skill"));
        assert_eq!(s, Screen::Question(2));
    }

    #[test]
    fn namespace_prefers_plain_ids() {
        assert_eq!(namespace("team-a", "x.json"), "team-a");
        assert_eq!(namespace("", ""), "default");
        let hashed = namespace("a b<c>", "");
        assert!(hashed.starts_with("id") && hashed.len() == 10, "{hashed}");
        assert_ne!(namespace("", "a.json"), namespace("", "b.json"));
        assert_eq!(storage_key("team-a"), "program-fit:team-a");
    }

    #[test]
    fn share_fragment_round_trips_and_keeps_other_parts() {
        let c = cfg();
        let frag = share_fragment("top&pf-b=1,goal:skill&pf-a=old", "a", &full());
        assert!(frag.starts_with("top&pf-b=1,goal:skill&pf-a=1,"), "{frag}");
        assert!(!frag.contains("old"));
        assert_eq!(read_share_fragment(&c, &frag, "a"), Some(Ok(full())));
        assert_eq!(
            read_share_fragment(&c, &format!("#{frag}"), "a"),
            Some(Ok(full()))
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
    fn odd_ids_are_escaped() {
        let mut a = Answers::default();
        a.set("a b&c", Answer::Choice("x,y:z%".into()));
        let frag = share_fragment("", "n", &a);
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
        let good = share_fragment("", "a", &full());
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
}

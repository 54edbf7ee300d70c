//! What the embed keeps between visits. Storage is untrusted input (other
//! scripts, old versions), so everything decoded here is checked against the
//! config before use.
//!
//! Stored state (schema v1), one JSON object per widget instance:
//! `{"app":"program-fit","v":1,"screen":…,"answers":{"goal":"skill","budget":50000}}`.
//! A programme with several groups is stored as schema v2, its answers in
//! the `groups` form ([`Grouped`]); one group is stored as v1, as before.
//! Only option ids, whole numbers and group names are stored: nothing
//! personal.

use std::fmt;

use super::wizard::Screen;
use crate::engine::advice::answers::{AnswerError, Answers};
use crate::engine::advice::groups::Grouped;
use crate::engine::config::types::Config;
use crate::engine::json::{self, Value};

/// Marks data as ours, so a foreign value under our key is recognised.
pub const APP: &str = "program-fit";
/// Version of the stored schema and of the share-link format.
pub const SCHEMA_VERSION: u32 = 1;
/// The version with several groups: the answers in their `groups` form.
/// Readers of programmes take both; one group is still written as 1.
pub const GROUPS_VERSION: u32 = 2;

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
pub fn encode_state(answers: &Answers, screen: &Screen) -> String {
    encode(SCHEMA_VERSION, answers.to_value(), screen)
}

/// Serialises a programme's progress: as [`encode_state`] (version 1) for
/// one unnamed group, so what is stored is what it was before groups;
/// with several groups, version 2 with the answers in their `groups` form.
pub fn encode_programme(g: &Grouped, screen: &Screen) -> String {
    let v = match g.groups.as_slice() {
        [one] if one.name.is_empty() => SCHEMA_VERSION,
        _ => GROUPS_VERSION,
    };
    encode(v, g.to_value(), screen)
}

fn encode(v: u32, answers: Value, screen: &Screen) -> String {
    let screen = match *screen {
        Screen::Intro => "intro".into(),
        Screen::Question(i) => Value::object([("question", i.into())]),
        Screen::Check => "check".into(),
        Screen::Results => "results".into(),
    };
    Value::object([
        ("app", APP.into()),
        ("v", v.into()),
        ("screen", screen),
        ("answers", answers),
    ])
    .to_json()
}

fn decode_screen(v: &Value) -> Option<Screen> {
    Some(match v.as_str() {
        Some("intro") => Screen::Intro,
        Some("check") => Screen::Check,
        Some("results") => Screen::Results,
        Some(_) => return None,
        None => {
            let map = v.as_object().filter(|m| m.len() == 1)?;
            let i = map.get("question")?.as_u64()?;
            Screen::Question(usize::try_from(i).ok()?)
        }
    })
}

/// Reads stored progress. Any answer that does not fit `config` rejects the
/// whole state: half-restored progress would be more confusing than a fresh start.
pub fn decode_state(config: &Config, raw: &str) -> Result<(Answers, Screen), RestoreError> {
    let (answers, screen) = envelope(raw, &[SCHEMA_VERSION])?;
    let (answers, errors) = Answers::from_value_lenient(config, answers);
    if errors.is_empty() {
        Ok((answers, screen))
    } else {
        Err(RestoreError::Answers(errors))
    }
}

/// Reads a programme's stored progress, of either version: what was
/// stored before groups existed opens as one group.
pub fn decode_programme(config: &Config, raw: &str) -> Result<(Grouped, Screen), RestoreError> {
    let (answers, screen) = envelope(raw, &[SCHEMA_VERSION, GROUPS_VERSION])?;
    let (g, errors) = Grouped::from_value_lenient(config, answers);
    if errors.is_empty() {
        Ok((g, screen))
    } else {
        Err(RestoreError::Answers(errors))
    }
}

/// The stored answers (unchecked) and screen, when `raw` is ours and of
/// one of `versions`.
fn envelope(raw: &str, versions: &[u32]) -> Result<(Value, Screen), RestoreError> {
    let mut stored = match json::parse(raw) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(RestoreError::Garbled("not an object".into())),
        Err(e) => return Err(RestoreError::Garbled(e.message.into())),
    };
    if stored.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(RestoreError::Foreign);
    }
    let known = |v: &Value| versions.iter().any(|k| v.as_u64() == Some(u64::from(*k)));
    match stored.get("v") {
        Some(v) if known(v) => {}
        Some(v) => return Err(RestoreError::Version(v.to_json())),
        None => return Err(RestoreError::Version("missing".into())),
    }
    let screen = stored
        .get("screen")
        .ok_or_else(|| RestoreError::Garbled("no screen".into()))?;
    let screen =
        decode_screen(screen).ok_or_else(|| RestoreError::Garbled("unknown screen".into()))?;
    let answers = stored
        .remove("answers")
        .ok_or_else(|| RestoreError::Garbled("no answers".into()))?;
    Ok((answers, screen))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::advice::answers::Answer;
    use crate::engine::test_util::{answers, cfg, EXECUTIVES};

    fn full() -> Answers {
        answers(EXECUTIVES)
    }

    #[test]
    fn state_round_trips() {
        let raw = encode_state(&full(), &Screen::Question(3));
        let (answers, screen) = decode_state(&cfg(), &raw).unwrap();
        assert_eq!(answers, full());
        assert_eq!(screen, Screen::Question(3));
    }

    #[test]
    fn a_budget_not_decided_yet_is_restored() {
        let mut a = full();
        a.set("budget", Answer::Choice("unknown".into()));
        let raw = encode_state(&a, &Screen::Check);
        assert!(raw.contains(r#""budget":"unknown""#), "{raw}");
        assert_eq!(decode_state(&cfg(), &raw).unwrap(), (a, Screen::Check));
    }

    #[test]
    fn stored_state_holds_only_ids_and_numbers() {
        let raw = encode_state(&full(), &Screen::Intro);
        let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(v["app"], APP);
        assert_eq!(v["v"], 1);
        for (_, a) in v["answers"].as_object().unwrap() {
            assert!(a.is_u64() || a.as_str().is_some_and(|s| !s.contains(' ')));
        }
    }

    #[test]
    fn garbled_foreign_and_old_state_are_rejected() {
        let c = cfg();
        let d = |raw: &str| decode_state(&c, raw).unwrap_err();
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
    fn screens_are_stored_in_a_stable_shape() {
        let stored = |s| {
            let raw: serde_json::Value = serde_json::from_str(&encode_state(&full(), &s)).unwrap();
            raw["screen"].to_string()
        };
        assert_eq!(stored(Screen::Intro), r#""intro""#);
        assert_eq!(stored(Screen::Question(2)), r#"{"question":2}"#);
        assert_eq!(stored(Screen::Check), r#""check""#);
        assert_eq!(stored(Screen::Results), r#""results""#);
        for s in [
            Screen::Intro,
            Screen::Question(7),
            Screen::Check,
            Screen::Results,
        ] {
            assert_eq!(
                decode_state(&cfg(), &encode_state(&full(), &s)).unwrap().1,
                s
            );
        }
    }

    #[test]
    fn partial_state_is_fine() {
        let raw =
            r#"{"app":"program-fit","v":1,"screen":{"question":2},"answers":{"goal":"skill"}}"#;
        let (a, s) = decode_state(&cfg(), raw).unwrap();
        assert_eq!(a.choice("goal"), Some("skill"));
        assert_eq!(s, Screen::Question(2));
    }
}

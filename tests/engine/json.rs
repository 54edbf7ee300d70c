//! The engine's own JSON (src/engine/json) against serde_json, the oracle:
//! the same documents give the same values, the same malformed documents
//! are refused at the same place, what it writes serde_json reads back, and
//! serde's derives read the same config through either.

use program_fit::engine::json::{self, Number, Value};
use program_fit::engine::{Config, DEFAULT_CONFIG_JSON};
use proptest::prelude::*;

/// serde_json's value as ours.
fn ours(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Number::PosInt(u),
            (None, Some(i)) => Number::NegInt(i),
            _ => Number::Float(n.as_f64().unwrap()),
        }),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(items) => Value::Array(items.iter().map(ours).collect()),
        serde_json::Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.as_str(), ours(v))).collect())
        }
    }
}

fn oracle(text: &str) -> Value {
    ours(&serde_json::from_str(text).unwrap())
}

fn files() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = vec![("default".into(), DEFAULT_CONFIG_JSON.to_string())];
    for dir in [
        "config",
        "locales",
        "examples/branded",
        "examples/short",
        "docs",
    ] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    out
}

#[test]
fn every_shipped_document_parses_as_serde_json_parses_it() {
    let files = files();
    assert!(files.len() >= 8, "{}", files.len());
    for (name, text) in files {
        assert_eq!(json::parse(&text).unwrap(), oracle(&text), "{name}");
    }
}

#[test]
fn numbers_parse_to_the_same_value() {
    for text in [
        "0",
        "-0",
        "7",
        "-7",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "0.5",
        "0.9",
        "1.2",
        "0.05",
        "1e3",
        "1E-3",
        "2.5e+2",
        "-0.25",
        "123456.789",
        "0.1",
        "0.3",
        "3.141592653589793",
        "1e22",
        "1e-22",
        "9007199254740993",
    ] {
        let a = json::parse(text).unwrap();
        let b = oracle(text);
        // Exact integers compare exactly; floats to the last bit.
        match (&a, &b) {
            (Value::Number(Number::Float(x)), Value::Number(Number::Float(y))) => {
                assert_eq!(x.to_bits(), y.to_bits(), "{text}: {x} vs {y}")
            }
            (Value::Number(Number::PosInt(0)), Value::Number(_)) if text == "-0" => {}
            _ => assert_eq!(a, b, "{text}"),
        }
    }
}

#[test]
fn malformed_documents_are_refused_where_serde_json_refuses_them() {
    for text in [
        "",
        " ",
        "{",
        "[",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1",
        "{\"a\":1,",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{1:2}",
        "nul",
        "tru",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "\"abc",
        "\"a\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"tab\there\"",
        "{} x",
        "[] []",
        "{\"a\":1}\n}",
        "{\n  \"money\": {\n    \"currency\": \"EUR\",\n  }\n}",
        "[\"ü\", x]",
    ] {
        let ours = json::parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        let (Err(e), Err(t)) = (&ours, &theirs) else {
            panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}");
        };
        assert_eq!(
            (e.line, e.column),
            (t.line(), t.column()),
            "{text:?}: {e:?} vs {t}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = "[".repeat(100_000);
    assert_eq!(
        json::parse(&deep).unwrap_err().message,
        "it nests too deeply"
    );
}

#[test]
fn serde_derives_read_the_same_config_through_either() {
    // `$schema` is for editors; loading drops it before serde reads.
    let mut doc: serde_json::Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
    doc.as_object_mut().unwrap().remove("$schema");
    let text = doc.to_string();
    let ours: Config = json::from_value(json::parse(&text).unwrap()).unwrap();
    let theirs: Config = serde_json::from_str(&text).unwrap();
    assert_eq!(ours, theirs);
    assert_eq!(ours, Config::default_config());
}

#[test]
fn floats_are_written_readably() {
    for (f, text) in [
        (0.5, "0.5"),
        (1.0, "1.0"),
        (-0.25, "-0.25"),
        (1.2, "1.2"),
        (f64::NAN, "null"),
    ] {
        assert_eq!(Value::Number(Number::Float(f)).to_json(), text);
    }
}

/// Any JSON value without floats (floats are written to six decimals).
fn value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        ".*".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
            prop::collection::btree_map(".*", inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parse_and_write_agree_with_serde_json(v in value()) {
        for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
            let parsed = json::parse(&text).unwrap();
            prop_assert_eq!(&parsed, &ours(&v));
            prop_assert_eq!(parsed.to_json(), serde_json::to_string(&v).unwrap());
        }
    }

    /// serde reads only the kind each field asks for; anything else is an
    /// error value, never a panic, however the document is shaped.
    #[test]
    fn any_value_read_as_a_config_is_a_config_or_an_error(v in value()) {
        let mut doc: serde_json::Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
        doc.as_object_mut().unwrap().remove("$schema");
        doc["costs"] = v.clone();
        let _ = json::from_value::<Config>(ours(&doc));
        let _ = json::from_value::<Config>(ours(&v));
    }

    #[test]
    fn any_text_gives_a_value_or_an_error_as_serde_json_does(text in ".{0,40}") {
        let ok = json::parse(&text).is_ok();
        prop_assert_eq!(ok, serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{:?}", text);
    }

    #[test]
    fn any_json_like_text_too(text in r#"[\[\]{}":,0-9a-z\\ .eE+-]{0,24}"#) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", text, ours);
        if let (Err(e), Err(t)) = (&ours, &theirs) {
            prop_assert_eq!((e.line, e.column), (t.line(), t.column()), "{:?}", text);
        }
    }
}

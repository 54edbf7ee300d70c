//! The config's JSON Schema (draft 2020-12), generated from the config types
//! with schemars and checked in as `docs/config.schema.json`, so editors
//! complete and check config files. It is built only for native tests: the
//! widget never needs it, and the wasm gets no schemars.
//!
//! A config file is an overlay on the default (see `overlay.rs`), so the
//! schema describes what a file *may* say, not what a whole config must
//! have: it requires nothing but the `id` of a list entry (questions,
//! options, traits), and any object member may be `null`, which removes it.
//! Whether the merged config is complete is checked when the widget loads it.

use serde_json::{json, Value};

use super::currency;
use super::types::Config;

/// Where the checked-in schema lives, from the crate root.
pub const SCHEMA_PATH: &str = "docs/config.schema.json";

/// The schema exactly as schemars derives it from the types.
pub fn derived() -> Value {
    serde_json::to_value(schemars::schema_for!(Config)).expect("a schema is JSON")
}

/// The published schema: the derived one, made to fit overlay files.
pub fn generate() -> Value {
    let mut schema = derived();
    let currency = &mut schema["$defs"]["Money"]["properties"]["currency"];
    currency["enum"] = currency::codes().collect();
    overlay_rules(&mut schema);
    let root = schema.as_object_mut().expect("the schema is an object");
    root.insert("title".into(), json!("Program Fit config"));
    root.insert(
        "description".into(),
        json!("A Program Fit config: an overlay on the built-in default, so every field is optional. See docs/config.md."),
    );
    root["properties"].as_object_mut().expect("root properties").insert(
        "$schema".into(),
        json!({ "type": "string", "description": "The JSON Schema this file follows, for editors; the widget ignores it." }),
    );
    schema
}

/// Requires only ids and lets any object member be `null`, everywhere.
fn overlay_rules(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Array(required)) = map.get_mut("required") {
                required.retain(|r| r == "id");
                if required.is_empty() {
                    map.remove("required");
                }
            }
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                props.values_mut().for_each(nullable);
            }
            if let Some(extra @ Value::Object(_)) = map.get_mut("additionalProperties") {
                nullable(extra);
            }
            map.values_mut().for_each(overlay_rules);
        }
        Value::Array(items) => items.iter_mut().for_each(overlay_rules),
        _ => {}
    }
}

/// Adds `null` to what a member may be, keeping its description on top
/// where editors show it.
fn nullable(member: &mut Value) {
    let Value::Object(map) = member else { return };
    let plain = !map.contains_key("enum");
    match map.get("type").cloned() {
        Some(Value::String(t)) if plain => {
            map.insert("type".into(), json!([t, "null"]));
        }
        Some(Value::Array(mut types)) if plain => {
            if !types.contains(&json!("null")) {
                types.push(json!("null"));
            }
            map.insert("type".into(), Value::Array(types));
        }
        _ => {
            let description = map.remove("description");
            let inner = Value::Object(std::mem::take(map));
            map.insert("anyOf".into(), json!([inner, { "type": "null" }]));
            if let Some(d) = description {
                map.insert("description".into(), d);
            }
        }
    }
}

/// The schema as checked in: pretty JSON with a final newline.
pub fn text() -> String {
    serde_json::to_string_pretty(&generate()).expect("a schema is JSON") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::load::shape::{Shape, CONFIG};
    use std::path::Path;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// `UPDATE_SCHEMA=1 cargo test schema` rewrites the file (by a rename,
    /// so the tests reading it in parallel never see half of it).
    #[test]
    fn the_checked_in_schema_is_up_to_date() {
        let path = root().join(SCHEMA_PATH);
        let fresh = text();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            let new = path.with_extension("json.new");
            std::fs::write(&new, &fresh).unwrap();
            std::fs::rename(&new, &path).unwrap();
        }
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            checked_in == fresh,
            "{SCHEMA_PATH} is stale: the config types changed. Regenerate it with\n    UPDATE_SCHEMA=1 cargo test schema\nand commit it."
        );
    }

    /// The checked-in schema, compiled by an independent validator.
    struct Validator(boon::Schemas, boon::SchemaIndex);

    impl Validator {
        fn new() -> Validator {
            let text = std::fs::read_to_string(root().join(SCHEMA_PATH)).unwrap();
            let (mut schemas, mut compiler) = (boon::Schemas::new(), boon::Compiler::new());
            let url = "file:///config.schema.json";
            compiler
                .add_resource(url, serde_json::from_str(&text).unwrap())
                .unwrap();
            let index = compiler.compile(url, &mut schemas).unwrap();
            Validator(schemas, index)
        }

        fn accepts(&self, config: &Value) -> bool {
            self.0.validate(config, self.1).is_ok()
        }
    }

    fn json_file(path: &Path) -> Value {
        let text = std::fs::read_to_string(path).unwrap();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// `dir`'s JSON files whose names start with `prefix`.
    fn files(dir: &str, prefix: &str) -> Vec<std::path::PathBuf> {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            return vec![];
        };
        let mut paths: Vec<_> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                name.starts_with(prefix) && name.ends_with(".json")
            })
            .collect();
        paths.sort();
        paths
    }

    #[test]
    fn the_default_and_the_examples_pass_the_schema_and_the_loader() {
        let v = Validator::new();
        let default = json_file(&root().join("config/default.json"));
        assert_eq!(default["$schema"], "../docs/config.schema.json");
        assert!(v.accepts(&default));
        // Each example is a folder with its config.json beside a host page.
        let examples = std::fs::read_dir(root().join("examples")).unwrap();
        let mut configs: Vec<_> = examples
            .map(|e| e.unwrap().path().join("config.json"))
            .filter(|p| p.exists())
            .collect();
        assert!(configs.len() >= 2, "the examples are found: {configs:?}");
        for path in &configs {
            let config = json_file(path);
            assert_eq!(config["$schema"], "../../docs/config.schema.json");
        }
        configs.push(root().join("config/default.json"));
        for path in configs {
            let config = json_file(&path);
            assert!(v.accepts(&config), "{}", path.display());
            // A shipped default locale comes with its file, as the loader
            // fetches it.
            let shipped = config["default_locale"].as_str().and_then(|name| {
                let file = root().join(format!("locales/{name}.json"));
                let text = std::fs::read_to_string(&file).ok()?;
                Some((name, crate::engine::json::parse(&text).unwrap()))
            });
            let loaded = Config::from_json_with_locale(&config.to_string(), shipped);
            assert!(loaded.is_ok(), "{}: {loaded:?}", path.display());
        }
        let doc = std::fs::read_to_string(root().join("docs/config.md")).unwrap();
        for example in doc
            .split("```json")
            .skip(1)
            .filter_map(|r| r.split("```").next())
        {
            let config: Value = serde_json::from_str(example).unwrap();
            assert!(v.accepts(&config), "docs/config.md example {example}");
        }
    }

    #[test]
    fn overlays_need_no_field_and_may_remove_one_with_null() {
        let v = Validator::new();
        for ok in [
            json!({}),
            json!({ "money": { "currency": "EUR" }, "cta": { "url": "https://acme.example/book" } }),
            json!({ "costs": { "mentor_supply": { "few": null } } }),
            json!({ "questions": [{ "id": "goal", "weight": 1.5 }], "traits": [{ "id": "fixed_term" }] }),
        ] {
            assert!(v.accepts(&ok), "{ok}");
        }
    }

    #[test]
    fn the_schema_rejects_what_the_loader_rejects() {
        let v = Validator::new();
        let mut bad = vec![
            json!({ "money": { "currency": "Euro" } }),
            json!({ "money": { "curency": "EUR" } }),
            json!({ "questions": [{ "id": "goal", "wieght": 2 }] }),
            json!({ "questions": [{ "id": "goal", "kind": "chioce" }] }),
            json!({ "questions": [{ "kind": "choice" }] }),
            json!({ "costs": { "mentoring_programme": "lots" } }),
            json!({ "costs": { "mentoring_per_mentee": -1 } }),
            json!({ "traits": [{ "id": "x", "region": "both" }] }),
            json!({ "texts": { "en": { "ui.back": 5 } } }),
            json!([]),
        ];
        // The broken configs the end-to-end tests load (the malformed one
        // is not JSON at all).
        let fixtures = files("tests/e2e/fixtures", "bad-");
        assert!(fixtures.len() >= 2, "{fixtures:?}");
        for path in fixtures {
            if let Ok(config) = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()) {
                bad.push(config);
            }
        }
        for config in bad {
            assert!(!v.accepts(&config), "the schema accepts {config}");
            assert!(
                Config::from_json(&config.to_string()).is_err(),
                "the loader accepts {config}"
            );
        }
    }

    /// The loader's shape table and the types (through their schema) say
    /// the same: same fields, same required ones, same kinds of value.
    #[test]
    fn the_shape_table_matches_the_types() {
        let schema = derived();
        let mut from_types = describe_schema(&schema, &schema);
        // `$schema` is the file's, not the config's: the table knows it,
        // the types do not.
        from_types = from_types.replacen('{', "{$schema?: text, ", 1);
        assert_eq!(
            describe_shape(&CONFIG),
            from_types,
            "src/engine/load/shape.rs no longer matches the types in src/engine/config/types.rs: change it to match"
        );
    }

    fn describe_shape(shape: &Shape) -> String {
        match shape {
            Shape::Whole => "whole".into(),
            Shape::Number => "number".into(),
            Shape::Text => "text".into(),
            Shape::Flag => "flag".into(),
            Shape::OneOf(names) => format!("one of {}", names.join("|")),
            Shape::List(item) => format!("list of ({})", describe_shape(item)),
            Shape::Map(item) => format!("map of ({})", describe_shape(item)),
            Shape::Object(fields) => {
                let mut fields: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let mark = if f.required { "" } else { "?" };
                        format!("{}{mark}: {}", f.name, describe_shape(f.shape))
                    })
                    .collect();
                fields.sort();
                format!("{{{}}}", fields.join(", "))
            }
        }
    }

    /// The same description read from a schemars schema.
    fn describe_schema(node: &Value, schema: &Value) -> String {
        if let Some(Value::String(r)) = node.get("$ref") {
            let name = r.strip_prefix("#/$defs/").expect("local ref");
            return describe_schema(&schema["$defs"][name], schema);
        }
        if let Some(Value::Array(options)) = node.get("anyOf") {
            // `Option<T>`: T or null.
            let some = options.iter().find(|o| o["type"] != "null").expect("T");
            return describe_schema(some, schema);
        }
        if let Some(Value::Array(variants)) = node.get("oneOf").or(node.get("enum")) {
            // A variant is a name, `{"const": name}`, or `{"enum": [names]}`
            // (undocumented variants are grouped that way).
            let names: Vec<&str> = variants
                .iter()
                .flat_map(|v| match (v.get("const"), v.get("enum")) {
                    (Some(c), _) => vec![c],
                    (None, Some(Value::Array(e))) => e.iter().collect(),
                    _ => vec![v],
                })
                .map(|v| v.as_str().expect("a name"))
                .collect();
            return format!("one of {}", names.join("|"));
        }
        let ty = match &node["type"] {
            Value::Array(types) => types.iter().find(|t| *t != "null").expect("a type"),
            t => t,
        };
        match ty.as_str().expect("a type name") {
            "integer" => {
                assert_eq!(node["minimum"], json!(0), "whole numbers start at 0");
                "whole".into()
            }
            "number" => "number".into(),
            "string" => "text".into(),
            "boolean" => "flag".into(),
            "array" => format!("list of ({})", describe_schema(&node["items"], schema)),
            "object" => match node.get("properties") {
                None => format!(
                    "map of ({})",
                    describe_schema(&node["additionalProperties"], schema)
                ),
                Some(Value::Object(props)) => {
                    let required = |name: &str| {
                        node["required"]
                            .as_array()
                            .is_some_and(|r| r.contains(&json!(name)))
                    };
                    let mut fields: Vec<String> = props
                        .iter()
                        .map(|(name, p)| {
                            let mark = if required(name) { "" } else { "?" };
                            format!("{name}{mark}: {}", describe_schema(p, schema))
                        })
                        .collect();
                    fields.sort();
                    format!("{{{}}}", fields.join(", "))
                }
                Some(other) => panic!("properties {other}"),
            },
            other => panic!("unexpected type {other}"),
        }
    }
}

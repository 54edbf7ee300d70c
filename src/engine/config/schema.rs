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

/// Requires only ids and lets any object member be `null`, everywhere; a
/// list entry may be `{"id": …, "remove": true}`.
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
                // A list entry (it has an id) may remove the default's namesake.
                if props.contains_key("id") {
                    props.insert(
                        "remove".into(),
                        json!({ "const": true, "description": "Removes the default's entry with this id and keeps the rest of the default's list (docs/config.md, partial configs)." }),
                    );
                }
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

/// Where the loader's shape table lives, from the crate root.
pub const SHAPE_TABLE_PATH: &str = "src/engine/load/shape_table.rs";

/// The loader's shape table (`load::shape_table`) as Rust source, from the
/// schema the types derive: one static per object type, fields in key
/// order, so a field added to a config type reaches the loader's checks.
pub fn shape_table() -> String {
    let schema = derived();
    let mut out = String::from(
        "//! What a config may contain, field by field, for the loader's shape\n\
         //! check (`super::shape_check`). GENERATED from the config types by\n\
         //! `UPDATE_SCHEMA=1 cargo test schema` (src/engine/config/schema.rs):\n\
         //! do not edit; change the types and regenerate.\n\n\
         use super::shape::{opt, req, Shape};\n",
    );
    let order = declared_fields();
    for (name, def) in schema["$defs"].as_object().expect("$defs") {
        if def.get("properties").is_some() {
            let fields = order.get(name.as_str()).map_or(&[][..], Vec::as_slice);
            out += &format!(
                "\nstatic {}: Shape = {};\n",
                screaming(name),
                object(def, &schema, fields, None)
            );
        }
    }
    let schema_field = ("$schema", "opt(\"$schema\", &Shape::Text)");
    let root = object(&schema, &schema, &order["Config"], Some(schema_field));
    out += &format!("\n/// The whole config.\npub static CONFIG: Shape = {root};\n");
    out
}

/// Where the config editor's cost fields live, from the crate root.
pub const EDITOR_FIELDS_PATH: &str = "web/editor-fields.js";

/// The config editor's cost fields as a JavaScript module, from the same
/// schema: one group per `costs` field, in the types' order, labelled by
/// the first sentence of its doc comment; a map keyed by a question's
/// options (`x-keyed-by`) gets a field per option.
pub fn editor_fields() -> String {
    let schema = derived();
    let order = declared_fields();
    let costs = &schema["$defs"]["Costs"];
    let groups: Vec<Value> = order["Costs"]
        .iter()
        .filter(|name| *name != "rationale")
        .map(|name| {
            let node = &costs["properties"][name];
            let (def, def_name) = referenced(node, &schema);
            let rows: Vec<Value> = match def_name {
                Some(d) if def.get("properties").is_some() => order[d]
                    .iter()
                    .filter_map(|f| row(&[name, f], &def["properties"][f], &schema, &order))
                    .collect(),
                _ => row(&[name], node, &schema, &order).into_iter().collect(),
            };
            json!({ "source": name, "legend": label(node), "rows": rows })
        })
        .collect();
    let list = serde_json::to_string_pretty(&groups).expect("JSON");
    format!(
        "// The config editor's cost fields. GENERATED from the config types by\n\
         // `UPDATE_SCHEMA=1 cargo test schema` (src/engine/config/schema.rs): do\n\
         // not edit; change the types' doc comments and regenerate.\n\n\
         /** One group per `costs` field: its rows, each a path under `costs`, a\n \
         * label, `each` (a field per option of that question) and `leaves`\n \
         * (a field per part of each option's entry). */\n\
         export const COST_FIELDS = {list};\n"
    )
}

/// One editor row for the field at `path` (under `costs`); `None` for a
/// list or a map keyed by no one question (the scheme's tiers, the own
/// coaches' capacity), which the editor leaves to the JSON.
fn row(
    path: &[&String],
    node: &Value,
    schema: &Value,
    order: &std::collections::BTreeMap<String, Vec<String>>,
) -> Option<Value> {
    let kind = &referenced(node, schema).0["type"];
    let is = |t: &str| kind == t || kind.as_array().is_some_and(|k| k.contains(&json!(t)));
    let compound = is("array") || is("object");
    if compound && node.get("x-keyed-by").is_none() {
        return None;
    }
    let mut row = json!({ "path": path, "label": label(node) });
    if let Some(q) = node.get("x-keyed-by") {
        row["each"] = q.clone();
        let item = node["additionalProperties"].clone();
        if let (item, Some(d)) = referenced(&item, schema) {
            if item.get("properties").is_some() {
                let leaves: Vec<Value> = order[d]
                    .iter()
                    .map(|f| {
                        let leaf = &item["properties"][f];
                        let mut v = json!({ "name": f, "label": label(leaf) });
                        if is_fraction(leaf) {
                            v["step"] = json!("any");
                        }
                        v
                    })
                    .collect();
                row["leaves"] = Value::Array(leaves);
                return Some(row);
            }
        }
        if is_fraction(&item) {
            row["step"] = json!("any");
        }
    } else if is_fraction(node) {
        row["step"] = json!("any");
    }
    Some(row)
}

/// The definition a node refers to (through `Option`), and its name.
fn referenced<'a>(node: &'a Value, schema: &'a Value) -> (&'a Value, Option<&'a str>) {
    let inner = match node.get("anyOf") {
        Some(Value::Array(o)) => o.iter().find(|o| o["type"] != "null").unwrap_or(node),
        _ => node,
    };
    match inner.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("local ref");
            (&schema["$defs"][name], Some(name))
        }
        None => (inner, None),
    }
}

/// A number that may have a fraction (a step of `any` in the editor).
fn is_fraction(node: &Value) -> bool {
    node["type"] == "number"
        || node["type"]
            .as_array()
            .is_some_and(|t| t.contains(&json!("number")))
}

/// The first sentence of a field's doc comment, without its full stop.
fn label(node: &Value) -> String {
    let text = node["description"]
        .as_str()
        .unwrap_or("")
        .replace('\n', " ");
    let first = text.split(". ").next().unwrap_or("");
    first.trim_end_matches('.').to_string()
}

fn screaming(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// Each config struct's field names in the order the source declares them
/// (the schema's maps sort their keys): the shape check reports problems
/// in this order, the order a config file is written in.
fn declared_fields() -> std::collections::BTreeMap<String, Vec<String>> {
    let mut out = std::collections::BTreeMap::new();
    for file in ["types.rs", "lead.rs"] {
        let path = format!("{}/src/engine/config/{file}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(path).expect("config source");
        let mut current: Option<(String, Vec<String>)> = None;
        for line in source.lines() {
            if let Some(rest) = line.strip_prefix("pub struct ") {
                current = Some((rest.trim_end_matches(" {").to_string(), Vec::new()));
            } else if line == "}" {
                out.extend(current.take());
            } else if let (Some((_, fields)), Some(rest)) =
                (current.as_mut(), line.strip_prefix("    pub "))
            {
                fields.extend(rest.split(':').next().map(String::from));
            }
        }
    }
    out
}

/// `Shape::Object(&[req(…), opt(…)])` for an object schema, its fields in
/// `order` (then any others by name), `first` before them all.
fn object(node: &Value, schema: &Value, order: &[String], first: Option<(&str, &str)>) -> String {
    let required = |name: &str| {
        node["required"]
            .as_array()
            .is_some_and(|r| r.contains(&json!(name)))
    };
    let mut fields: Vec<(String, String)> = node["properties"]
        .as_object()
        .expect("properties")
        .iter()
        .map(|(name, p)| {
            let f = if required(name) { "req" } else { "opt" };
            (
                name.clone(),
                format!("{f}({name:?}, &{})", shape(p, schema)),
            )
        })
        .collect();
    let rank = |name: &str| order.iter().position(|o| o == name).unwrap_or(order.len());
    fields.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
    if let Some((name, source)) = first {
        fields.insert(0, (name.to_string(), source.to_string()));
    }
    let list: String = fields
        .into_iter()
        .map(|(_, f)| format!("\n    {f},"))
        .collect();
    format!("Shape::Object(&[{list}\n])")
}

/// The shape expression for one schema node.
fn shape(node: &Value, schema: &Value) -> String {
    if let Some(Value::String(r)) = node.get("$ref") {
        let name = r.strip_prefix("#/$defs/").expect("local ref");
        let def = &schema["$defs"][name];
        return if def.get("properties").is_some() {
            screaming(name)
        } else {
            shape(def, schema)
        };
    }
    if let Some(Value::Array(options)) = node.get("anyOf") {
        let some = options.iter().find(|o| o["type"] != "null").expect("T");
        return shape(some, schema);
    }
    if let Some(names) = variant_names(node) {
        let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
        return format!("Shape::OneOf(&[{}])", quoted.join(", "));
    }
    let ty = match &node["type"] {
        Value::Array(types) => types.iter().find(|t| *t != "null").expect("a type"),
        t => t,
    };
    match ty.as_str().expect("a type name") {
        "integer" => "Shape::Whole".into(),
        "number" => "Shape::Number".into(),
        "string" => "Shape::Text".into(),
        "boolean" => "Shape::Flag".into(),
        "array" => format!("Shape::List(&{})", shape(&node["items"], schema)),
        "object" if node.get("properties").is_some() => object(node, schema, &[], None),
        "object" => format!(
            "Shape::Map(&{})",
            shape(&node["additionalProperties"], schema)
        ),
        other => panic!("unexpected type {other}"),
    }
}

/// The names of an enum: a variant is a name, `{"const": name}`, or
/// `{"enum": [names]}` (undocumented variants are grouped that way).
fn variant_names(node: &Value) -> Option<Vec<&str>> {
    let Some(Value::Array(variants)) = node.get("oneOf").or(node.get("enum")) else {
        return None;
    };
    let names = variants
        .iter()
        .flat_map(|v| match (v.get("const"), v.get("enum")) {
            (Some(c), _) => vec![c],
            (None, Some(Value::Array(e))) => e.iter().collect(),
            _ => vec![v],
        })
        .map(|v| v.as_str().expect("a name"))
        .collect();
    Some(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::load::shape::Shape;
    use crate::engine::load::shape_table::CONFIG;
    use std::path::Path;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// `UPDATE_SCHEMA=1 cargo test schema` rewrites the file (by a rename,
    /// so the tests reading it in parallel never see half of it).
    #[test]
    fn the_checked_in_schema_is_up_to_date() {
        up_to_date(SCHEMA_PATH, &text());
    }

    #[test]
    fn the_editors_cost_fields_are_up_to_date() {
        up_to_date(EDITOR_FIELDS_PATH, &editor_fields());
    }

    /// The file at `path` holds `fresh`; with `UPDATE_SCHEMA` set it is
    /// rewritten first (by a rename, so the tests reading it in parallel
    /// never see half of it).
    fn up_to_date(path: &str, fresh: &str) {
        let file = root().join(path);
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            let new = file.with_extension("new");
            std::fs::write(&new, fresh).unwrap();
            std::fs::rename(&new, &file).unwrap();
        }
        let checked_in = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            checked_in == fresh,
            "{path} is stale: the config types changed. Regenerate it with\n    UPDATE_SCHEMA=1 cargo test schema\nand commit it."
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

    /// The loader's shape table is generated from the types, like the
    /// schema: `UPDATE_SCHEMA=1 cargo test schema` rewrites it.
    #[test]
    fn the_checked_in_shape_table_is_up_to_date() {
        up_to_date(SHAPE_TABLE_PATH, &shape_table());
        // And it says what the schema says.
        let schema = derived();
        let from_types = describe_schema(&schema, &schema).replacen('{', "{$schema?: text, ", 1);
        assert_eq!(describe_shape(&CONFIG), from_types);
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

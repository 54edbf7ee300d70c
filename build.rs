//! Writes the copy of config/default.json that the wasm embeds: without
//! whitespace, `$schema` or the `rationale` texts, which document the
//! figures for consultants and the config editor (dist/config.default.json
//! keeps them) but which the widget never shows. Native builds embed the
//! file as written (src/engine/load/default.rs), and a test in
//! src/engine/load/read.rs holds the two to the same config.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=config/default.json");
    let text = std::fs::read_to_string("config/default.json").expect("config/default.json");
    let mut config: serde_json::Value =
        serde_json::from_str(&text).expect("config/default.json is JSON");
    let root = config
        .as_object_mut()
        .expect("config/default.json is an object");
    root.remove("$schema");
    for section in ["model", "costs"] {
        if let Some(s) = root.get_mut(section).and_then(|s| s.as_object_mut()) {
            s.remove("rationale");
        }
    }
    if let Some(tables) = root.get_mut("cost_tables").and_then(|t| t.as_object_mut()) {
        for table in tables.values_mut().filter_map(|t| t.as_object_mut()) {
            table.remove("rationale");
        }
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("default.min.json"), config.to_string())
        .expect("write default.min.json");
}

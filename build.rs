//! Writes the copy of config/default.json that the wasm embeds: without
//! whitespace, `$schema` or the `rationale` texts, which document the
//! figures for consultants and the config editor (dist/config.default.json
//! keeps them) but which the widget never shows: 7 KB of text, 2.9 KB
//! gzipped. Native builds embed the file as written
//! (src/engine/model/load.rs), and a test there holds the two to the same
//! config.

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
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("default.min.json"), config.to_string())
        .expect("write default.min.json");
}

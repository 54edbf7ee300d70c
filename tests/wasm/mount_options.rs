//! The loader passes the element's settings as one JSON object; the embed
//! reads each field, and treats a missing or mistyped one as unset.

use program_fit::embed::MountOptions;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn every_field_the_loader_writes_is_read() {
    let o = MountOptions::from_json(
        r#"{"id":"fit","config_source":"https://x.test/c.json","config_text":"{}",
            "config_error":"HTTP 404","lang":"de-CH","locale_texts":"{\"a\":\"b\"}",
            "default_lang":"es","default_texts":"{}","answers":"{\"team_size\":\"25\"}",
            "storage":"none","debug":true,"lead_endpoint":"https://x.test/lead"}"#,
    );
    assert_eq!(o.id, "fit");
    assert_eq!(o.config_source, "https://x.test/c.json");
    assert_eq!(o.config_text.as_deref(), Some("{}"));
    assert_eq!(o.config_error.as_deref(), Some("HTTP 404"));
    assert_eq!(o.lang.as_deref(), Some("de-CH"));
    assert_eq!(o.locale_texts.as_deref(), Some(r#"{"a":"b"}"#));
    assert_eq!(o.default_lang.as_deref(), Some("es"));
    assert_eq!(o.default_texts.as_deref(), Some("{}"));
    assert_eq!(o.answers.as_deref(), Some(r#"{"team_size":"25"}"#));
    assert_eq!(o.storage.as_deref(), Some("none"));
    assert!(o.debug);
    assert_eq!(o.lead_endpoint.as_deref(), Some("https://x.test/lead"));
}

#[wasm_bindgen_test]
fn missing_or_mistyped_fields_are_unset() {
    let o = MountOptions::from_json(r#"{"id":7,"lang":null,"debug":"yes","storage":"local"}"#);
    assert_eq!(o.id, "");
    assert_eq!(o.lang, None);
    assert!(!o.debug);
    assert_eq!(o.storage.as_deref(), Some("local"));
    assert_eq!(o.config_text, None);
    let broken = MountOptions::from_json("not json");
    assert_eq!(
        (broken.id.as_str(), broken.config_text, broken.debug),
        ("", None, false)
    );
}

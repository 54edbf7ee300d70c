//! The embed stores exactly the progress the UI reports: after every step,
//! session storage holds the current screen and answers.

use serde_json::{json, Value};
use wasm_bindgen_test::*;

use crate::support::mount_embed;

const KEY: &str = "program-fit:wasm-store";

fn stored() -> Value {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    let raw = storage.get_item(KEY).unwrap().expect("progress is stored");
    serde_json::from_str(&raw).unwrap()
}

fn assert_stored(screen: Value, answers: &Value) {
    let v = stored();
    assert_eq!((&v["app"], &v["v"]), (&json!("program-fit"), &json!(1)));
    assert_eq!(v["screen"], screen);
    assert_eq!(&v["answers"], answers);
}

#[wasm_bindgen_test]
async fn the_embed_stores_screen_and_answers_after_each_step() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.remove_item(KEY).unwrap();
    let m = mount_embed("wasm-store").await;
    let mut answers = json!({});
    assert_stored(json!("intro"), &answers);

    m.click(".pf-intro button").await;
    assert_stored(json!({ "question": 0 }), &answers);
    m.submit().await;
    assert_stored(json!({ "question": 0 }), &answers);

    // Every question is asked, in config order.
    let steps: [(&str, Value); 13] = [
        ("goal", json!("leadership")),
        ("audience", json!("managers")),
        ("participants", json!(120)),
        ("budget", json!(150000)),
        ("duration", json!("year")),
        ("driver", json!("shared")),
        ("path", json!("helpful")),
        ("mentors", json!(30)),
        ("mentor_time", json!("volunteered")),
        ("internal_coaches", json!("none")),
        ("line_managers", json!("no")),
        ("format", json!("no_preference")),
        ("launch", json!("soon")),
    ];
    for (i, (id, value)) in steps.iter().enumerate() {
        match value {
            Value::String(option) => {
                m.click(&format!("#pf-q-{id}-{option}")).await;
                answers[*id] = value.clone();
                assert_stored(json!({ "question": i }), &answers);
            }
            _ => {
                m.type_into(&format!("#pf-q-{id}"), &value.to_string())
                    .await
            }
        }
        m.submit().await;
        answers[*id] = value.clone();
        let next = if i + 1 < steps.len() {
            json!({ "question": i + 1 })
        } else {
            json!("check")
        };
        assert_stored(next, &answers);
    }
    m.click(".pf-check > .pf-button").await;
    assert_stored(json!("results"), &answers);
}

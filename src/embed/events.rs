//! The host-facing events. Rust builds each detail as JSON and hands it to
//! the loader's callback, which dispatches a bubbling, composed CustomEvent
//! on the element; keeping dispatch in JS keeps web-sys features down.

use serde::Serialize;
use serde_json::json;
use wasm_bindgen::JsValue;

use super::error_box::ErrorKind;
use crate::engine::{Answers, Recommendation};

#[derive(Clone)]
pub struct Emitter(js_sys::Function);

impl Emitter {
    pub fn new(f: js_sys::Function) -> Emitter {
        Emitter(f)
    }

    fn emit(&self, kind: &str, detail: &impl Serialize) {
        let detail = serde_json::to_string(detail).unwrap_or_else(|_| "null".into());
        // A throwing host listener must not break the widget.
        let _ = self.0.call2(&JsValue::NULL, &kind.into(), &detail.into());
    }

    pub fn step(&self, index: usize, question_id: Option<&str>) {
        self.emit(
            "step",
            &json!({ "index": index, "questionId": question_id }),
        );
    }

    pub fn complete(&self, rec: &Recommendation, answers: &Answers, locale: &str) {
        self.emit(
            "complete",
            &json!({
                "recommendation": rec.kind.id(),
                "scores": { "coaching": rec.scores.coaching, "mentoring": rec.scores.mentoring },
                "answers": answers,
                "locale": locale,
            }),
        );
    }

    pub fn error(&self, kind: ErrorKind, message: &str) {
        self.emit("error", &json!({ "kind": kind.id(), "message": message }));
    }
}

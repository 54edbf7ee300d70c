//! Sending a consented lead to the endpoint. The endpoint comes only from
//! the host: the element's `lead-endpoint` attribute, else the config the
//! host serves. The POST itself (timeout, one retry) is the loader's
//! `pfDeliver`, next to the config fetch, which keeps web-sys features and
//! wasm bytes down; this decides where to send and reports the outcome.

use wasm_bindgen::prelude::*;
use yew::Callback;

use super::events::Emitter;
use super::log;
use crate::engine::Config;

pub struct Delivery {
    post: js_sys::Function,
    endpoint: Option<String>,
}

impl Delivery {
    /// The `lead-endpoint` attribute wins over the config's endpoint. The
    /// loader has checked it already, with the browser's own URL parser,
    /// and left out one that is not https: (or localhost http:).
    pub fn new(post: js_sys::Function, config: &Config, attribute: Option<&str>) -> Delivery {
        Delivery {
            post,
            endpoint: attribute
                .map(str::to_string)
                .or_else(|| config.lead.endpoint.clone()),
        }
    }

    pub fn has_endpoint(&self) -> bool {
        self.endpoint.is_some()
    }

    /// POSTs `payload` when there is an endpoint; `done` gets the outcome
    /// (`true` at once without one: the event alone delivered it). A failure
    /// is also reported as `program-fit:error` with kind `lead`.
    pub fn send(&self, payload: &str, emitter: &Emitter, done: Callback<bool>) {
        let Some(url) = &self.endpoint else {
            done.emit(true);
            return;
        };
        let (emitter, target) = (emitter.clone(), url.clone());
        let finished = Closure::once_into_js(move |ok: bool, why: String| {
            if !ok {
                let message = format!("could not send the lead to {target}: {why}");
                log::error(&format!("program-fit: {message}"));
                emitter.lead_failed(&message);
            }
            done.emit(ok);
        });
        let _ = self
            .post
            .call3(&JsValue::NULL, &url.into(), &payload.into(), &finished);
    }
}

//! Sending a consented lead to the endpoint. The endpoint comes only from
//! the host: the element's `lead-endpoint` attribute, else the config the
//! host serves. The POST itself (timeout, one retry) is the loader's
//! `pfDeliver`, next to the config fetch, which keeps web-sys features and
//! wasm bytes down; this decides where to send and reports the outcome.

use wasm_bindgen::prelude::*;
use yew::Callback;

use super::events::Emitter;
use super::log;
use crate::engine::session::lead_state::Outcome;
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
    /// (`Delivered` at once without one: the event alone delivered it). A
    /// 2xx fires `program-fit:lead-delivered`; a failure
    /// `program-fit:error` with kind `lead`. The loader says whether the
    /// endpoint answered (`answered`: an HTTP error) or not at all.
    pub fn send(&self, payload: &str, emitter: &Emitter, done: Callback<Outcome>) {
        let Some(url) = &self.endpoint else {
            done.emit(Outcome::Delivered);
            return;
        };
        let (emitter, target, sent) = (emitter.clone(), url.clone(), payload.to_string());
        let finished = Closure::once_into_js(move |ok: bool, why: String, answered: bool| {
            let outcome = if ok {
                emitter.lead_delivered(&sent);
                Outcome::Delivered
            } else {
                let message = format!("could not send the lead to {target}: {why}");
                log::error(&format!("program-fit: {message}"));
                emitter.lead_failed(&message);
                if answered {
                    Outcome::Refused
                } else {
                    Outcome::Unreachable
                }
            };
            done.emit(outcome);
        });
        let _ = self
            .post
            .call3(&JsValue::NULL, &url.into(), &payload.into(), &finished);
    }
}

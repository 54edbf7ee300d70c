//! The host-facing events. The engine builds each detail as JSON
//! (`engine::session::detail`) and this hands it to the loader's callback,
//! which dispatches a bubbling, composed CustomEvent on the element; keeping
//! dispatch in JS keeps web-sys features down.

use wasm_bindgen::JsValue;

use super::error_box::ErrorKind;
use crate::engine::session::attribution::Attribution;
use crate::engine::session::detail_groups::complete_programme;
use crate::engine::session::{detail, Screen, Source};
use crate::engine::{Config, ConfigError, Grouped, Programme};
use crate::ui::intl::IntlFormatter;

#[derive(Clone)]
pub struct Emitter(js_sys::Function);

impl Emitter {
    pub fn new(f: js_sys::Function) -> Emitter {
        Emitter(f)
    }

    fn emit(&self, kind: &str, detail: String) {
        // A throwing host listener must not break the widget.
        let _ = self.0.call2(&JsValue::NULL, &kind.into(), &detail.into());
    }

    /// `step` for a new screen; nothing for the intro.
    pub fn step(&self, config: &Config, screen: Screen) {
        if let Some(d) = detail::step(config, screen) {
            self.emit("step", d);
        }
    }

    pub fn complete(
        &self,
        config: &Config,
        p: &Programme,
        answers: &Grouped,
        locale: &str,
        from: (Source, &Attribution),
    ) {
        // The labels are formatted as the visitor reads them.
        let f = IntlFormatter::new(locale, &config.money.currency);
        let d = complete_programme(config, p, answers, (locale, &f), from);
        self.emit("complete", d);
    }

    /// `start`, `print` and `restart`, whose detail is `{}`.
    pub fn plain(&self, kind: &str) {
        self.emit(kind, "{}".into());
    }

    /// `cta` and `share`: `{url}`.
    pub fn url(&self, kind: &str, url: &str) {
        self.emit(kind, detail::url(url));
    }

    /// `explore`: the loader dispatches the last of a burst once it has
    /// settled.
    pub fn explore(&self, detail: String) {
        self.emit("explore", detail);
    }

    /// `lead`: the payload itself is the detail.
    pub fn lead(&self, payload: &str) {
        self.emit("lead", payload.into());
    }

    /// `lead-delivered`: the endpoint answered 2xx to this lead.
    pub fn lead_delivered(&self, payload: &str) {
        self.emit("lead-delivered", detail::lead_delivered(payload));
    }

    /// `error` with kind `lead`: the endpoint did not take a lead. The
    /// widget keeps working (the visitor sees a retry), so this is not an
    /// [`ErrorKind`], which replaces the widget with a message.
    pub fn lead_failed(&self, message: &str) {
        self.emit("error", detail::error("lead", message, &[]));
    }

    pub fn error(&self, kind: ErrorKind, message: &str, problems: &[ConfigError]) {
        self.emit("error", detail::error(kind.id(), message, problems));
    }
}

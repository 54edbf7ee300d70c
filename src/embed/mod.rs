//! The `<program-fit>` embed layer. The JS loader (web/program-fit.js) owns
//! the custom element and its shadow root, fetches the config and dispatches
//! DOM events. This module does the browser I/O around the engine: it reads
//! the URL fragment and storage, lets `engine::session::start` decide where
//! the wizard starts, stores the progress the UI reports, and turns config
//! errors and panics into a visible message plus an event.

mod deliver;
mod error_box;
mod events;
mod log;
mod panic;
mod share;
mod store;

use crate::engine::dict::Dict;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback};

use crate::engine::json;
use crate::engine::session::attribution::{parse_fields, Attribution};
use crate::engine::session::detail;
use crate::engine::session::fallback::fallback_cta;
use crate::engine::session::lead_payload::page_without_query;
use crate::engine::session::{self, naming, stored, Screen, Source, Wizard};
use crate::engine::{plan_programme, Config, ConfigError, Grouped};
use crate::ui::{self, App, AppProps, UiEvent};
use deliver::Delivery;
use error_box::{ErrorKind, Listing};
use events::Emitter;
use store::Store;

/// One mounted widget, owned by the custom element.
#[wasm_bindgen]
pub struct Widget {
    root: Element,
    emitter: Emitter,
    locale: String,
    /// `None` when the config was unusable and the error message shows.
    app: Option<Running>,
    _live: Rc<panic::Live>,
}

struct Running {
    config: Rc<Config>,
    ns: String,
    store: Rc<Store>,
    /// The progress the UI last reported, exactly as stored.
    last: Rc<RefCell<(Grouped, Screen)>>,
    handle: Option<AppHandle<App>>,
    /// How many times `reset()` started over.
    generation: u32,
    /// Where the first screen's answers came from, for `complete.source`.
    source: Source,
    delivery: Rc<Delivery>,
    attribution: Rc<Attribution>,
}

/// Everything the loader read from the element. `config_text` is the fetched
/// or inline JSON (`None`: use the built-in config); `config_error` is set
/// instead when fetching failed; `config_source` names where it came from.
/// `debug` (the `debug` attribute, or a page on localhost) shows config
/// problems in the widget instead of the visitors' short message.
/// `locale_texts` is the table the loader fetched for the language of
/// `lang` (`locales/<language>.json`, integrity-checked), laid under the
/// config's own texts for that language. `default_texts` is the table of
/// the config's `default_locale` (`default_lang`) when that is a shipped
/// locale, so the config validates with it.
#[derive(Default)]
pub struct MountOptions {
    pub id: String,
    pub config_text: Option<String>,
    pub config_error: Option<String>,
    pub config_source: String,
    pub lang: Option<String>,
    pub locale_texts: Option<String>,
    pub default_lang: Option<String>,
    pub default_texts: Option<String>,
    pub answers: Option<String>,
    pub storage: Option<String>,
    pub debug: bool,
    /// The element's `lead-endpoint` attribute, when the loader accepted it
    /// (https:, or http: on localhost). Only the host page sets it: the
    /// iframe page never copies it from its query.
    pub lead_endpoint: Option<String>,
    /// The `hidden-fields` attribute: `name=value&…`, as a URL's query.
    pub hidden_fields: Option<String>,
    /// The `frame-parent` attribute, which frame.js sets in iframe mode:
    /// the page that frames the widget.
    pub frame_parent: Option<String>,
    /// The `fallback-cta-url` attribute: the link the "not available" card
    /// offers when the config is broken.
    pub fallback_cta_url: Option<String>,
}

impl MountOptions {
    /// Reads the one JSON object the loader passes, with the fields above
    /// as keys. One string through the JSON parser the config needs anyway
    /// costs less loader and wasm than a bound class with a getter and a
    /// setter per field. A missing field, or one of another type, is unset.
    pub fn from_json(text: &str) -> MountOptions {
        let v = json::parse(text).unwrap_or_default();
        let s = |key: &str| v.get(key).and_then(json::Value::as_str).map(str::to_string);
        MountOptions {
            id: s("id").unwrap_or_default(),
            config_text: s("config_text"),
            config_error: s("config_error"),
            config_source: s("config_source").unwrap_or_default(),
            lang: s("lang"),
            locale_texts: s("locale_texts"),
            default_lang: s("default_lang"),
            default_texts: s("default_texts"),
            answers: s("answers"),
            storage: s("storage"),
            debug: v.get("debug") == Some(&json::Value::Bool(true)),
            lead_endpoint: s("lead_endpoint"),
            hidden_fields: s("hidden_fields"),
            frame_parent: s("frame_parent"),
            fallback_cta_url: s("fallback_cta_url"),
        }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Mounts into `root` (the `.pf-root` div in the shadow root) with the
    /// options as JSON ([`MountOptions::from_json`]). `emit` is called as
    /// `emit(type, detailJson)` for every host event; `deliver` as
    /// `deliver(url, body, done)` to POST a lead, calling `done(ok, why)`.
    /// Never throws for bad input: problems show inside the widget.
    pub fn mount(
        root: Element,
        options: &str,
        emit: js_sys::Function,
        deliver: js_sys::Function,
    ) -> Widget {
        Widget::mount_with(root, MountOptions::from_json(options), emit, deliver)
    }

    /// True when the widget shows an error instead of the wizard.
    pub fn failed(&self) -> bool {
        self.app.is_none()
    }

    /// Called by the loader once the element is ready: when the widget
    /// opened on the results (share link, complete prefill, stored
    /// progress) it reports `complete` now, after `ready`.
    pub fn announce(&self) {
        let Some(run) = &self.app else { return };
        let (answers, screen) = run.last.borrow().clone();
        if screen == Screen::Results {
            if let Ok(p) = plan_programme(&run.config, &answers) {
                let (config, locale) = (&run.config, &self.locale);
                let from = (run.source, &*run.attribution);
                self.emitter.complete(config, &p, &answers, locale, from);
            }
        }
    }

    /// Forgets all progress (storage and this instance's share link) and
    /// shows the intro. The running app starts a new session in place, so
    /// repeated calls never leave a second wizard behind.
    pub fn reset(&mut self) {
        let Some(mut run) = self.app.take() else {
            return;
        };
        run.store.clear();
        share::forget(&run.ns);
        // Nothing is stored until the person acts: a fresh start is empty storage.
        *run.last.borrow_mut() = (Grouped::default(), Screen::Intro);
        run.generation = run.generation.wrapping_add(1);
        let props = self.props(&run, Wizard::new());
        if let Some(h) = run.handle.as_mut() {
            h.update(props);
        }
        self.app = Some(run);
    }

    /// The current answers as JSON (`{}` when none or on error).
    pub fn answers(&self) -> String {
        self.app
            .as_ref()
            .map(|r| r.last.borrow().0.to_value().to_json())
            .unwrap_or_else(|| "{}".into())
    }

    /// Unmounts the app and empties the root; the widget is unusable after.
    pub fn unmount(mut self) {
        if let Some(run) = self.app.as_mut() {
            run.store.release();
            if let Some(h) = run.handle.take() {
                h.destroy();
            }
        }
        self.root.replace_children_with_node_0();
    }
}

impl Widget {
    /// [`Widget::mount`] with the options already read.
    pub fn mount_with(
        root: Element,
        opts: MountOptions,
        emit: js_sys::Function,
        deliver: js_sys::Function,
    ) -> Widget {
        panic::install();
        let emitter = Emitter::new(emit);
        let fetched = fetched_locale(&opts);
        let mut chrome = Config::shared_default();
        if let Some((name, table)) = &fetched {
            Rc::make_mut(&mut chrome).add_locale(name, table.clone());
        }
        let requested = opts.lang.as_deref().unwrap_or_default();
        let mut locale = chrome.resolve_locale(requested).to_string();
        let live = panic::register(panic::Live {
            root: root.clone(),
            emitter: emitter.clone(),
            locale: locale.clone(),
        });
        let mut widget = Widget {
            root,
            emitter,
            locale: locale.clone(),
            app: None,
            _live: live,
        };
        let source = opts.config_source.clone();
        // `None`: no config of its own, so the built-in one runs (not a copy).
        let custom = match (&opts.config_error, &opts.config_text) {
            (Some(why), _) => Err((ErrorKind::ConfigFetch, vec![ConfigError::new("", why)])),
            (None, Some(json)) => Config::from_json_with_locale(warned(json), default_table(&opts))
                .map(Some)
                .map_err(|errs| (ErrorKind::Config, errs)),
            (None, None) => Ok(None),
        };
        match custom {
            Err((kind, problems)) => widget.fail(&chrome, kind, &opts, &problems),
            Ok(custom) => {
                let config = match custom {
                    Some(mut config) => {
                        if let Some((name, table)) = fetched {
                            config.add_locale(&name, table);
                        }
                        Rc::new(config)
                    }
                    None => chrome,
                };
                locale = config.resolve_locale(requested).to_string();
                warn_missing_texts(&config, &locale);
                widget.locale = locale;
                let ns = naming::namespace(&opts.id, &source);
                let store = Rc::new(Store::open(
                    store::Kind::parse(opts.storage.as_deref()),
                    naming::storage_key(&ns),
                ));
                let opening = first_wizard(&config, &ns, &store, opts.answers.as_deref());
                let delivery = Rc::new(Delivery::new(
                    deliver,
                    &config,
                    opts.lead_endpoint.as_deref(),
                ));
                let mut running = Running {
                    config,
                    ns,
                    store,
                    last: Rc::new(RefCell::new((Grouped::default(), Screen::Intro))),
                    handle: None,
                    generation: 0,
                    source: opening.source,
                    delivery,
                    attribution: Rc::new(attribution(&opts)),
                };
                widget.start(&mut running, opening);
                widget.app = Some(running);
            }
        }
        widget
    }

    /// Records the opening screen and mounts the app on it, with any
    /// comparison a share link pinned.
    fn start(&self, run: &mut Running, opening: session::Opening) {
        run.record(opening.wizard.grouped(&run.config), opening.wizard.screen);
        let props = AppProps {
            pinned: opening.pinned,
            ..self.props(run, opening.wizard)
        };
        run.handle = Some(ui::mount(self.root.clone(), props));
    }

    fn props(&self, run: &Running, wizard: Wizard) -> AppProps {
        let on_event = {
            let (last, store, emitter) =
                (run.last.clone(), run.store.clone(), self.emitter.clone());
            let (config, locale) = (run.config.clone(), self.locale.clone());
            let delivery = run.delivery.clone();
            let attribution = run.attribution.clone();
            Callback::from(move |e: UiEvent| match e {
                UiEvent::Progress {
                    answers,
                    screen,
                    moved,
                } => {
                    store.save(|| stored::encode_programme(&answers, &screen));
                    let was = std::mem::replace(&mut *last.borrow_mut(), (answers, screen)).1;
                    if moved {
                        if was == Screen::Intro && matches!(screen, Screen::Question(_)) {
                            emitter.plain("start");
                        }
                        emitter.step(&config, screen);
                    }
                }
                UiEvent::Complete(p, a) => {
                    let from = (Source::Answers, &*attribution);
                    emitter.complete(&config, &p, &a, &locale, from)
                }
                UiEvent::Lead {
                    payload,
                    first,
                    done,
                } => {
                    if first {
                        let framed = attribution.partner_page.is_some();
                        let share = config.lead.share_with_parent;
                        emitter.lead(&detail::lead_event(&payload, framed, share));
                    }
                    delivery.send(&payload, &emitter, done);
                }
                UiEvent::Explore(d) => emitter.explore(d),
                UiEvent::Cta(url) => emitter.url("cta", &url),
                UiEvent::Print => emitter.plain("print"),
                UiEvent::Restart => emitter.plain("restart"),
            })
        };
        let (ns, emitter) = (run.ns.clone(), self.emitter.clone());
        let on_share = Callback::from(move |(a, pinned, copied): ui::Sharing| {
            let url = share::share(&ns, &a, pinned.as_ref(), copied);
            if let Some(u) = &url {
                emitter.url("share", u);
            }
            url
        });
        AppProps {
            config: ui::SameConfig(run.config.clone()),
            locale: AttrValue::from(self.locale.clone()),
            initial: Rc::new(wizard),
            generation: run.generation,
            on_event,
            on_share: Some(on_share),
            can_send: run.delivery.has_endpoint(),
            attribution: run.attribution.clone(),
            pinned: None,
        }
    }

    /// Shows the error (the full list only to developers, see `debug`;
    /// visitors get the firm's call to action when one can be had), logs
    /// every problem and fires `program-fit:error` with all of them.
    fn fail(
        &self,
        chrome: &Config,
        kind: ErrorKind,
        opts: &MountOptions,
        problems: &[ConfigError],
    ) {
        let (source, debug) = (opts.config_source.as_str(), opts.debug);
        let source_name = if source.is_empty() {
            chrome.text(&self.locale, "error.inline_source").to_string()
        } else {
            source.to_string()
        };
        // The URL's query and fragment (a token, say) never show.
        let listing = debug.then_some(Listing {
            source: page_without_query(&source_name),
            problems,
        });
        let cta = fallback_cta(
            opts.config_text.as_deref(),
            opts.fallback_cta_url.as_deref(),
            &self.locale,
        );
        let _ = error_box::show(&self.root, chrome, &self.locale, kind, listing, cta);
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        log::error(&format!(
            "program-fit: {source_name}:\n  {}",
            lines.join("\n  ")
        ));
        let message = format!("{source_name}: {}", lines.join("; "));
        self.emitter.error(kind, &message, problems);
    }
}

impl Running {
    /// Stores where the wizard stands and remembers it for `answers()`.
    fn record(&self, answers: Grouped, screen: Screen) {
        self.store
            .save(|| stored::encode_programme(&answers, &screen));
        *self.last.borrow_mut() = (answers, screen);
    }
}

/// The hidden fields the host passed (what breaks the limits is dropped,
/// with a warning each) and, in iframe mode, the page framing the widget.
fn attribution(opts: &MountOptions) -> Attribution {
    let text = opts.hidden_fields.as_deref().unwrap_or_default();
    let (fields, warnings) = parse_fields(text);
    for w in &warnings {
        log::warn(&format!("program-fit: {w}"));
    }
    Attribution {
        fields,
        partner_page: opts.frame_parent.clone(),
    }
}

/// The config's default locale's table, when the loader fetched one.
fn default_table(opts: &MountOptions) -> Option<(&str, json::Value)> {
    let name = opts.default_lang.as_deref()?;
    let table = json::parse(opts.default_texts.as_deref()?).ok()?;
    Some((name, table))
}

/// The locale table the loader fetched, or `None` (with a warning when it
/// is not a map of texts: the default locale shows instead). Read as a
/// JSON value, whose parser the config already brings into the wasm.
fn fetched_locale(opts: &MountOptions) -> Option<(String, Dict<String>)> {
    let json = opts.locale_texts.as_ref()?;
    // The loader names files by language, as `resolve_locale` falls back.
    let tag = opts
        .lang
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let name = tag.split(['-', '_']).next().unwrap_or_default().to_string();
    let value = json::parse(json).ok();
    let table = value.as_ref().and_then(|v| v.as_object()).map(|o| {
        let mut table = Dict::new();
        for (k, v) in o.iter() {
            if let Some(text) = v.as_str() {
                table.insert(k.as_str(), text.to_string());
            }
        }
        table
    });
    if table.is_none() {
        log::warn(&format!(
            "program-fit: locales/{name}.json is not a map of texts; showing the default locale"
        ));
    }
    Some((name, table?))
}

/// One warning that lists every text the chosen locale lacks, so a partial
/// translation is noticed; those texts show in the default locale.
fn warn_missing_texts(config: &Config, locale: &str) {
    let missing = config.missing_texts(locale);
    if !missing.is_empty() {
        log::warn(&format!(
            "program-fit: {} texts missing in locale \"{locale}\", shown in \"{}\": {}",
            missing.len(),
            config.default_locale,
            missing.join(", ")
        ));
    }
}

/// Reads the share link and stored progress and lets the engine choose
/// where to start; its warnings go to the console, and unusable stored
/// progress is cleared.
fn first_wizard(
    config: &Config,
    ns: &str,
    store: &Store,
    prefill: Option<&str>,
) -> session::Opening {
    let fragment = share::current_fragment();
    let saved = store.load();
    let inputs = session::start::Inputs {
        fragment: &fragment,
        stored: saved.as_deref(),
        prefill,
    };
    let opening = session::start(config, ns, inputs);
    for w in &opening.warnings {
        if matches!(w, session::Warning::Stored(_)) {
            store.clear();
        }
        log::warn(&format!("program-fit: {w}"));
    }
    opening
}

/// Diagnostic only: panics inside the wasm module so hosts and tests can see
/// what a bug looks like (an error message in every live widget plus a
/// `program-fit:error` event with kind `panic`). With `deferred` the panic
/// happens in a timer callback, as a bug in an event handler would, where
/// no loader code is on the stack to catch the trap. Never call it in
/// production.
#[wasm_bindgen]
pub fn simulate_panic(deferred: bool) {
    fn explode(msg: &str) {
        panic!("{msg}");
    }
    if !deferred {
        explode("simulate_panic() was called");
    } else if let Some(w) = web_sys::window() {
        let later = Closure::once_into_js(|| explode("simulate_panic(deferred) was called"));
        let _ = w.set_timeout_with_callback(later.unchecked_ref());
    }
}

/// The widget version, for the iframe messages and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}

/// A config's question list replaces the default's: say which default
/// questions it leaves out, in case the author meant to change one only.
fn warned(json: &str) -> &str {
    let ids = crate::engine::load::read::left_out_questions(json);
    if !ids.is_empty() {
        log::warn(&format!(
            "program-fit: the config's question list leaves out {} of the default's questions, so they are not asked: {}. To keep them, list them too; to remove one question only, write {{\"questions\": [{{\"id\": \"{}\", \"remove\": true}}]}} (docs/config.md, partial configs).",
            ids.len(),
            ids.join(", "),
            ids[0]
        ));
    }
    json
}

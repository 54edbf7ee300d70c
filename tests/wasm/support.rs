//! Mounting and DOM driving helpers for the wasm tests.

use std::cell::RefCell;
use std::rc::Rc;

use program_fit::embed::{MountOptions, Widget};
use program_fit::engine::session::{Screen, Wizard};
use program_fit::engine::{Answers, Config, Grouped};
use program_fit::ui::{mount, App, AppProps, SameConfig, Sharing, UiEvent};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};
use yew::{AppHandle, AttrValue, Callback};

pub struct Mounted {
    pub root: Element,
    pub events: Rc<RefCell<Vec<UiEvent>>>,
    pub shared: Rc<RefCell<Vec<Grouped>>>,
    pub config: Rc<Config>,
    owner: Option<Owner>,
}

/// What unmounts the widget: the bare app, or the whole embed.
enum Owner {
    App(AppHandle<App>),
    Embed(Widget),
}

impl Drop for Mounted {
    fn drop(&mut self) {
        match self.owner.take() {
            Some(Owner::App(h)) => h.destroy(),
            Some(Owner::Embed(w)) => w.unmount(),
            None => {}
        }
        self.root.remove();
    }
}

fn new_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_class_name("pf-root");
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts the whole embed layer (as the custom element does) with session
/// storage under `id`; host events are dropped.
pub async fn mount_embed(id: &str) -> Mounted {
    let root = new_root();
    let opts = MountOptions {
        id: id.to_string(),
        storage: Some("session".into()),
        ..MountOptions::default()
    };
    let ignore = js_sys::Function::new_with_args("type, detail", "");
    let widget = Widget::mount_with(root.clone(), opts, ignore.clone(), ignore);
    yew::scheduler::flush().await;
    Mounted {
        root,
        events: Rc::default(),
        shared: Rc::default(),
        config: Rc::new(Config::default_config()),
        owner: Some(Owner::Embed(widget)),
    }
}

pub fn text(config: &Config, key: &str) -> String {
    config.text("en", key).to_string()
}

/// A complete hybrid-case answer set for the default config.
pub fn complete_answers(config: &Config) -> Answers {
    let json = r#"{"goal":"leadership","audience":"managers","participants":120,"budget":150000,"duration":"year","driver":"shared","mentors":"some","path":"helpful"}"#;
    let (a, errs) = Answers::from_json_lenient(config, json);
    assert!(errs.is_empty(), "{errs:?}");
    a
}

pub async fn mount_at(answers: Answers, screen: Screen) -> Mounted {
    let config = Rc::new(Config::default_config());
    let initial = Rc::new(Wizard::resume(&config, answers, screen));
    mount_wizard(config, initial).await
}

pub async fn mount_wizard(config: Rc<Config>, initial: Rc<Wizard>) -> Mounted {
    let root = new_root();
    let events = Rc::new(RefCell::new(Vec::new()));
    let shared = Rc::new(RefCell::new(Vec::new()));
    let props = AppProps {
        config: SameConfig(config.clone()),
        locale: AttrValue::from("en"),
        initial,
        generation: 0,
        on_event: {
            let events = events.clone();
            Callback::from(move |e| events.borrow_mut().push(e))
        },
        on_share: Some({
            let shared = shared.clone();
            Callback::from(move |(a, _pinned, copied): Sharing| {
                shared.borrow_mut().push(a);
                copied.emit(true);
                Some("https://example.com/#shared".to_string())
            })
        }),
        can_send: false,
        attribution: Rc::default(),
        pinned: None,
    };
    let handle = mount(root.clone(), props);
    yew::scheduler::flush().await;
    Mounted {
        root,
        events,
        shared,
        config,
        owner: Some(Owner::App(handle)),
    }
}

impl Mounted {
    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    pub fn text_of(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    pub fn heading(&self) -> String {
        self.text_of(".pf-focus-target").trim().to_string()
    }

    pub fn t(&self, key: &str) -> String {
        text(&self.config, key)
    }

    pub async fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    /// Sets a text field's value and fires the bubbling `input` event a
    /// keystroke would.
    pub async fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.get(selector).unchecked_into();
        input.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        let event = Event::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    pub async fn submit(&self) {
        self.click("form button[type=submit]").await;
    }

    pub fn active_element(&self) -> Option<Element> {
        web_sys::window()?.document()?.active_element()
    }
}

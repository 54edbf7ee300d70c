//! One shared builder for the many small text elements and buttons, and
//! for every element whose class is worked out at run time. `html!`
//! expands each element in place (its VTag, attribute list, listeners and
//! children), so the same `<p class="…">{ text }</p>` shape repeated across
//! the views costs its code each time; these calls share one copy. And
//! `html!` sends any class that is not a string literal through yew's
//! `Classes` (an `IndexSet`), about 4 KB of the gzipped wasm that these
//! plain strings avoid.

use std::rc::Rc;

use yew::html::{onclick, oninput};
use yew::virtual_dom::listeners::Listeners;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Key, VTag};
use yew::{AttrValue, Callback, Html, NodeRef};

/// `<tag class="class">child</tag>`, without `class` when it is empty.
pub fn el(tag: &'static str, class: impl Into<AttrValue>, child: impl Into<Html>) -> Html {
    element(tag, None, class.into(), child.into())
}

/// [`el`] with a key, for list items and screens.
pub fn keyed(
    key: impl Into<Key>,
    tag: &'static str,
    class: impl Into<AttrValue>,
    child: impl Into<Html>,
) -> Html {
    element(tag, Some(key.into()), class.into(), child.into())
}

/// `<button type="button" class="class">label</button>` that calls
/// `on_click`.
#[inline(never)]
pub fn button(class: &'static str, on_click: &Callback<()>, label: Html) -> Html {
    let attributes = Attributes::Dynamic {
        keys: &["type", "class"],
        values: Box::new([
            Some(AttributeOrProperty::Static("button")),
            Some(AttributeOrProperty::Static(class)),
        ]),
    };
    let on_click = onclick::Wrapper::new(on_click.reform(|_| ()));
    let listeners = Listeners::Pending(Box::new([Some(Rc::new(on_click))]));
    tag("button", None, attributes, listeners, label)
}

#[inline(never)]
fn element(name: &'static str, key: Option<Key>, class: AttrValue, child: Html) -> Html {
    let attributes = if class.is_empty() {
        Attributes::Static(&[])
    } else {
        Attributes::Dynamic {
            keys: &["class"],
            values: Box::new([Some(AttributeOrProperty::Attribute(class))]),
        }
    };
    tag(name, key, attributes, Listeners::None, child)
}

/// Builds the VTag as `html!` does (`__new_other` is what it calls), so
/// the child stays the tag's only child rather than a list of one.
fn tag(
    name: &'static str,
    key: Option<Key>,
    attributes: Attributes,
    listeners: Listeners,
    child: Html,
) -> Html {
    VTag::__new_other(
        name.into(),
        NodeRef::default(),
        key,
        attributes,
        listeners,
        child,
    )
    .into()
}

/// Attributes in a fixed order, as `html!` builds them; a `None` value
/// leaves its attribute out.
#[inline(never)]
pub fn attrs(keys: &'static [&'static str], values: Vec<Option<AttrValue>>) -> Attributes {
    Attributes::Dynamic {
        keys,
        values: values
            .into_iter()
            .map(|v| v.map(AttributeOrProperty::Attribute))
            .collect(),
    }
}

/// `<name …attributes>child</name>`.
#[inline(never)]
pub fn tagged(name: &'static str, attributes: Attributes, child: Html) -> Html {
    tag(name, None, attributes, Listeners::None, child)
}

/// An `<input>` whose value is a property, as `html!` sets it (so a new
/// value shows even after typing), calling `on_input` with its text.
pub fn input(attributes: Attributes, value: String, on_input: &Callback<String>) -> Html {
    field(attributes, value, None, on_input)
}

/// A radio button, checked or not (a property too), calling `on_input`
/// with its value when it is chosen.
pub fn radio(
    attributes: Attributes,
    value: String,
    checked: bool,
    on_input: &Callback<String>,
) -> Html {
    field(attributes, value, Some(checked), on_input)
}

#[inline(never)]
fn field(
    attributes: Attributes,
    value: String,
    checked: Option<bool>,
    on_input: &Callback<String>,
) -> Html {
    let cb = on_input.reform(|e: yew::InputEvent| {
        use wasm_bindgen::JsCast;
        e.target()
            .map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value())
            .unwrap_or_default()
    });
    let listener = oninput::Wrapper::new(cb);
    let listeners = Listeners::Pending(Box::new([Some(Rc::new(listener))]));
    VTag::__new_input(
        Some(value.into()),
        checked,
        NodeRef::default(),
        None,
        attributes,
        listeners,
    )
    .into()
}

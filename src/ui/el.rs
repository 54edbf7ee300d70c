//! One shared builder for the many small text elements, and for every
//! element whose class is worked out at run time. `html!` expands each
//! element in place (its VTag, attribute list and children), so the same
//! `<p class="…">{ text }</p>` shape repeated across the views costs its
//! code each time; these calls share one copy. And `html!` sends any class
//! that is not a string literal through yew's `Classes` (an `IndexSet`),
//! about 4 KB of the gzipped wasm that these plain strings avoid.

use yew::virtual_dom::listeners::Listeners;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Key, VTag};
use yew::{AttrValue, Html, NodeRef};

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

/// Builds the VTag as `html!` does (`__new_other` is what it calls), so
/// the child stays the tag's only child rather than a list of one.
#[inline(never)]
fn element(tag: &'static str, key: Option<Key>, class: AttrValue, child: Html) -> Html {
    let attributes = if class.is_empty() {
        Attributes::Static(&[])
    } else {
        Attributes::Dynamic {
            keys: &["class"],
            values: Box::new([Some(AttributeOrProperty::Attribute(class))]),
        }
    };
    VTag::__new_other(
        tag.into(),
        NodeRef::default(),
        key,
        attributes,
        Listeners::None,
        child,
    )
    .into()
}

//! One shared builder for the many small text elements. `html!` expands
//! every element in place (its VTag, attribute list and children), so the
//! same `<p class="…">{ text }</p>` shape repeated across the views costs
//! its code each time; these calls share one copy.

use yew::virtual_dom::listeners::Listeners;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};
use yew::{Html, NodeRef};

/// `<tag class="class">child</tag>`, without `class` when it is empty.
pub fn el(tag: &'static str, class: &'static str, child: impl Into<Html>) -> Html {
    element(tag, class, child.into())
}

#[inline(never)]
fn element(tag: &'static str, class: &'static str, child: Html) -> Html {
    let attributes = if class.is_empty() {
        Attributes::Static(&[])
    } else {
        Attributes::Dynamic {
            keys: &["class"],
            values: Box::new([Some(AttributeOrProperty::Static(class))]),
        }
    };
    VTag::__new_other(
        tag.into(),
        NodeRef::default(),
        None,
        attributes,
        Listeners::None,
        child,
    )
    .into()
}

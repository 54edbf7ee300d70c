//! The check screen's groups: each with its name, its own answers and
//! buttons to move it up or down the priority order or remove it, and
//! "Add another group". A view: the reducer holds what changed and which
//! heading takes focus after a move or a removal.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::el::button;
use super::Texts;
use crate::engine::advice::groups::NAME_MAX;

/// What the check screen can do to groups.
pub struct GroupControls {
    /// The config allows another group.
    pub can_add: bool,
    pub on_add: Callback<()>,
    /// A group's new name, once typed (on change, so trimming never eats
    /// a space being typed).
    pub on_rename: Callback<(usize, String)>,
    /// A group moved from one place to another.
    pub on_move: Callback<(usize, usize)>,
    pub on_remove: Callback<usize>,
    /// The last move or removal, said politely.
    pub news: String,
    /// The group whose heading takes focus after a move or a removal.
    pub focus: Option<usize>,
}

const SECONDARY: &str = "pf-button pf-button--secondary";

/// "Add another group", while the config allows one.
pub fn add_group(t: &Texts, g: &GroupControls) -> Html {
    if !g.can_add {
        return html! {};
    }
    html! {
        <div class="pf-check__add">{ button(SECONDARY, &g.on_add, t.show("ui.groups.add")) }</div>
    }
}

/// Group `i` of `count`: its heading (`shown`, its name or its place),
/// its name field (`name`), its answers' `rows` and its buttons.
pub fn group_section(
    t: &Texts,
    g: &GroupControls,
    (i, count): (usize, usize),
    (name, shown): (&str, &str),
    rows: Vec<Html>,
) -> Html {
    let (heading_id, field_id) = (format!("pf-group-{i}"), format!("pf-group-name-{i}"));
    let heading_class = classes!(
        "pf-subheading",
        "pf-group-heading",
        (g.focus == Some(i)).then_some("pf-group-heading--focus")
    );
    let onchange = g.on_rename.reform(move |e: Event| {
        let value = e
            .target()
            .map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value())
            .unwrap_or_default();
        (i, value)
    });
    let moves = [
        (i > 0, "ui.groups.up", i.saturating_sub(1)),
        (
            i.saturating_add(1) < count,
            "ui.groups.down",
            i.saturating_add(1),
        ),
    ];
    let buttons = moves.into_iter().filter(|m| m.0).map(|(_, key, to)| {
        let label = t.fill(&format!("{key}_label"), &[("group", shown)]);
        let onclick = g.on_move.reform(move |_: MouseEvent| (i, to));
        html! { <button type="button" class={SECONDARY} aria-label={label} {onclick}>{ t.show(key) }</button> }
    });
    let remove_label = t.fill("ui.groups.remove_label", &[("group", shown)]);
    let on_remove = g.on_remove.reform(move |_: MouseEvent| i);
    html! {
        <section class="pf-block pf-check-group" key={i} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class={heading_class} tabindex="-1">{ shown.to_string() }</h3>
            <div class="pf-field">
                { label(t, &field_id) }
                <input class="pf-input pf-group-name" id={field_id} type="text"
                    maxlength={NAME_MAX.to_string()} value={name.to_string()} {onchange} />
            </div>
            <dl class="pf-summary">{ for rows }</dl>
            <div class="pf-button-group">
                { for buttons }
                <button type="button" class={SECONDARY} aria-label={remove_label} onclick={on_remove}>
                    { t.show("ui.groups.remove") }
                </button>
            </div>
        </section>
    }
}

fn label(t: &Texts, field: &str) -> Html {
    html! { <label class="pf-label" for={field.to_string()}>{ t.show("ui.groups.name") }</label> }
}

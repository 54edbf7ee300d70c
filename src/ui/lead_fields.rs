//! One contact field of the lead form, and the words for its problems,
//! shared by the error summary and the inline message so they always say
//! the same thing.

use yew::prelude::*;

use super::el::{el, keyed};
use super::Texts;
use crate::engine::config::lead::LeadField;
use crate::engine::session::lead_form::FieldProblem;

/// The id of a field's input (and of the consent box), which the error
/// summary links to.
pub fn field_id(id: &str) -> String {
    format!("pf-lead-{id}")
}

pub fn problem_text(t: &Texts, field: &str, p: FieldProblem) -> String {
    let name = t.get(&format!("lead.field.{field}"));
    match p {
        FieldProblem::Missing => t.fill("lead.error.missing", &[("field", &name)]),
        FieldProblem::TooLong { max } => t.fill(
            "lead.error.too_long",
            &[("field", &name), ("max", &t.number(max as u64))],
        ),
        FieldProblem::BadEmail => t.get("lead.error.email"),
        FieldProblem::NoConsent => t.get("lead.error.consent"),
    }
}

/// What one field shows. A plain function rather than a component: it has
/// no state, and each component costs wasm bytes.
pub struct LeadInput<'a> {
    pub texts: &'a Texts,
    pub field: LeadField,
    pub required: bool,
    pub value: String,
    pub error: Option<String>,
    /// `(field id, value)` on every keystroke.
    pub on_input: Callback<(String, String)>,
}

pub fn lead_input(props: LeadInput) -> Html {
    let (t, f) = (props.texts, props.field);
    let id = field_id(f.id);
    let error_id = format!("{id}-error");
    let oninput = {
        let (cb, field) = (props.on_input, f.id.to_string());
        // Structural `value` read: it works for the textarea too.
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            cb.emit((field.clone(), value))
        })
    };
    let invalid = props.error.as_ref().map(|_| "true");
    let described = props.error.as_ref().map(|_| error_id.clone());
    let input = if f.input_type == "textarea" {
        html! {
            <textarea class="pf-input pf-textarea" id={id.clone()} name={f.id} rows="4"
                autocomplete={f.autocomplete} required={props.required} value={props.value.clone()}
                {oninput} aria-invalid={invalid} aria-describedby={described} />
        }
    } else {
        html! {
            <input class="pf-input" id={id.clone()} name={f.id} type={f.input_type}
                autocomplete={f.autocomplete} required={props.required} value={props.value.clone()}
                spellcheck={(f.input_type == "email").then_some("false")}
                {oninput} aria-invalid={invalid} aria-describedby={described} />
        }
    };
    let class = if props.error.is_some() {
        "pf-field pf-contact__field pf-field--error"
    } else {
        "pf-field pf-contact__field"
    };
    keyed(
        f.id,
        "div",
        class,
        html! {
            <>
                <label class="pf-label" for={id}>
                    { t.get(&format!("lead.field.{}", f.id)) }
                    if !props.required {
                        { " " }{ el("span", "pf-contact__optional", t.get("lead.optional")) }
                    }
                </label>
                if let Some(msg) = &props.error {
                    <p id={error_id} class="pf-error-message">
                        { el("span", "pf-visually-hidden", t.get("ui.error.prefix")) }{ " " }{ msg.clone() }
                    </p>
                }
                { input }
            </>
        },
    )
}

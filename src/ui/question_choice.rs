//! A choice question: native radios in a fieldset whose legend is the
//! screen heading.

use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::Question;

pub struct QuestionChoice<'a> {
    pub texts: &'a Texts,
    pub question: &'a Question,
    /// The id of the option chosen so far.
    pub selected: Option<&'a str>,
    pub error: Option<AttrValue>,
    pub on_choose: Callback<String>,
}

/// Id of the first radio, which the error summary links to.
pub fn field_id(q: &Question) -> String {
    let first = q.options.first().map_or("", |o| o.id.as_str());
    format!("pf-q-{}-{first}", q.id)
}

pub fn question_choice(props: QuestionChoice) -> Html {
    let (t, q) = (props.texts, props.question);
    let hint_id = format!("pf-q-{}-hint", q.id);
    let error_id = format!("pf-q-{}-error", q.id);
    let described = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let invalid = props.error.as_ref().map(|_| "true");
    let radios = q.options.iter().map(|o| {
        let id = format!("pf-q-{}-{}", q.id, o.id);
        let checked = props.selected == Some(o.id.as_str());
        let onchange = {
            let (cb, option) = (props.on_choose.clone(), o.id.clone());
            Callback::from(move |_: Event| cb.emit(option.clone()))
        };
        html! {
            <div class="pf-radio" key={o.id.clone()}>
                <input class="pf-radio__input" type="radio" id={id.clone()} name={format!("pf-q-{}", q.id)}
                    value={o.id.clone()} {checked} {onchange} aria-invalid={invalid} />
                <label class="pf-radio__label" for={id}>{ t.show(&format!("q.{}.opt.{}", q.id, o.id)) }</label>
            </div>
        }
    });
    let has_error = props.error.is_some();
    let body = html! {
        <>
            <legend class="pf-legend">
                <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.show(&format!("q.{}.label", q.id)) }</h2>
            </legend>
            <p id={hint_id} class="pf-hint">{ t.show(&format!("q.{}.hint", q.id)) }</p>
            if let Some(msg) = props.error {
                <p id={error_id} class="pf-error-message">
                    { el("span", "pf-visually-hidden", t.show("ui.error.prefix")) }{ " " }{ msg }
                </p>
            }
            <div class="pf-radios">{ for radios }</div>
        </>
    };
    // Literal classes: html! sends a worked-out one through yew's Classes.
    if has_error {
        html! { <fieldset class="pf-fieldset pf-fieldset--error" aria-describedby={described}>{ body }</fieldset> }
    } else {
        html! { <fieldset class="pf-fieldset" aria-describedby={described}>{ body }</fieldset> }
    }
}

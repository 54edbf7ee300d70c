//! A number question: a text input with `inputmode="numeric"` so people can
//! type separators, a currency prefix for money, and the value echoed back
//! formatted so a missing zero is easy to spot. A question with options
//! takes a rough answer instead ("some"), for those without a figure.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::el::{button, el};
use super::Texts;
use crate::engine::{parse_number, Question, UNKNOWN};

pub struct QuestionNumber<'a> {
    pub texts: &'a Texts,
    pub question: &'a Question,
    /// What the field holds: the text typed, or the answer formatted.
    pub draft: String,
    /// The answer so far is a rough one ("unknown", "some") and nothing
    /// is typed.
    pub rough: Option<&'a str>,
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
    pub on_rough: Callback<String>,
}

pub fn field_id(q: &Question) -> String {
    format!("pf-q-{}", q.id)
}

pub fn question_number(props: QuestionNumber) -> Html {
    let (t, q) = (props.texts, props.question);
    let id = field_id(q);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let (min, max) = q.range();
    let range = t.fill(
        "ui.number.range",
        &[("min", &t.amount(q, min)), ("max", &t.amount(q, max))],
    );
    // The currency goes where the locale's money format puts it.
    let (before, after) = if q.money {
        t.currency_affixes()
    } else {
        Default::default()
    };
    let unit = t.optional(&format!("q.{}.unit", q.id));
    let echo = parse_number(q, &props.draft)
        .ok()
        .map(|n| t.fill("ui.number.echo", &[("value", &t.amount(q, n))]))
        .or_else(|| match props.rough {
            Some(UNKNOWN) if q.unknown => Some(t.get("ui.number.echo_unknown")),
            Some(o) => Some(t.fill(
                "ui.number.echo_rough",
                &[("value", &t.get(&format!("q.{}.opt.{o}", q.id)))],
            )),
            None => None,
        });
    let oninput = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let some = |s: String| (!s.is_empty()).then_some(s);
    let (before, after) = (some(before), some(after).or(unit));
    let class = if props.error.is_some() {
        "pf-field pf-field--error"
    } else {
        "pf-field"
    };
    el(
        "div",
        class,
        html! {
            <>
                <h2 class="pf-heading pf-focus-target" tabindex="-1">
                    <label class="pf-label" for={id.clone()}>{ t.show(&format!("q.{}.label", q.id)) }</label>
                </h2>
                <p id={hint_id} class="pf-hint">{ t.show(&format!("q.{}.hint", q.id)) }{ " " }{ range }</p>
                if let Some(msg) = &props.error {
                    <p id={error_id} class="pf-error-message">
                        { el("span", "pf-visually-hidden", t.show("ui.error.prefix")) }{ " " }{ msg.clone() }
                    </p>
                }
                <div class="pf-input-wrap">
                    if let Some(s) = before {
                        <span class="pf-input-affix pf-input-affix--before" aria-hidden="true">{ s }</span>
                    }
                    <input class="pf-input" type="text" inputmode="numeric" id={id} name={q.id.clone()}
                        autocomplete="off" spellcheck="false" value={props.draft} {oninput}
                        aria-describedby={described} aria-invalid={props.error.as_ref().map(|_| "true")} />
                    if let Some(s) = after {
                        <span class="pf-input-affix pf-input-affix--after" aria-hidden="true">{ s }</span>
                    }
                </div>
                { el("p", "pf-echo", echo.unwrap_or_default()) }
                if !q.options.is_empty() {
                    { rough_answers(t, q, &props.on_rough) }
                }
            </>
        },
    )
}

/// "No figure? Answer roughly:" and a button for each option, each of
/// which answers and moves on.
fn rough_answers(t: &Texts, q: &Question, on_rough: &Callback<String>) -> Html {
    let label_id = format!("{}-rough", field_id(q));
    let buttons: Html = q
        .options
        .iter()
        .map(|o| {
            let id = o.id.clone();
            button(
                "pf-button pf-button--secondary pf-button--rough",
                &on_rough.reform(move |()| id.clone()),
                t.show(&format!("q.{}.opt.{}", q.id, o.id)),
            )
        })
        .collect();
    html! {
        <div class="pf-rough" role="group" aria-labelledby={label_id.clone()}>
            <p id={label_id} class="pf-rough-label">{ t.show("ui.number.rough") }</p>
            { el("div", "pf-button-group", buttons) }
        </div>
    }
}

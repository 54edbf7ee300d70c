//! The lead form: a real `<form>` with labelled fields and `autocomplete`
//! tokens, an error summary that links to each problem, the consent box
//! with the privacy notice, a honeypot hidden from people and assistive
//! technology, and once sent a confirmation in place of the form.

use std::rc::Rc;

use yew::prelude::*;

use super::el::{button, el};
use super::error_summary::{error_item, error_summary};
use super::lead_fields::{field_id, lead_input, problem_text, LeadInput};
use super::Texts;
use crate::engine::config::lead::{FieldRule, LeadField};
use crate::engine::session::lead_form::{FieldProblem, CONSENT};
use crate::engine::session::lead_state::{LeadState, LeadStatus};

pub struct LeadFormProps {
    pub texts: Texts,
    pub fields: Rc<Vec<(LeadField, FieldRule)>>,
    pub state: LeadState,
    pub privacy_url: AttrValue,
    /// The consent label, filled in; it is also what the payload records.
    pub consent_text: AttrValue,
    /// Offer "Email me this plan" (only when there is an endpoint).
    pub offer_copy: bool,
    /// Shown before the results: a screen heading and the skip link.
    pub gate: bool,
    pub on_input: Callback<(String, String)>,
    pub on_consent: Callback<bool>,
    pub on_copy: Callback<bool>,
    pub on_honeypot: Callback<String>,
    pub on_submit: Callback<()>,
    pub on_skip: Callback<()>,
}

/// A view, not a component: the spam guard's clock starts from an effect
/// in the app (`lead_form_place`), which sees when the form appears.
pub fn lead_form(props: LeadFormProps) -> Html {
    let (t, s) = (&props.texts, &props.state);
    if s.status == LeadStatus::Sent {
        return confirmation(t);
    }
    let problem = |id: &str| s.problems.iter().find(|(f, _)| *f == id).map(|(_, p)| *p);
    let inputs = props.fields.iter().map(|(f, rule)| {
        lead_input(LeadInput {
            texts: t,
            field: *f,
            required: *rule == FieldRule::Required,
            value: s.values.get(f.id).cloned().unwrap_or_default(),
            error: problem(f.id).map(|p| problem_text(t, f.id, p)),
            on_input: props.on_input.clone(),
        })
    });
    let summary = (!s.problems.is_empty()).then(|| {
        let items = s.problems.iter().map(|(id, p)| {
            error_item(".pf-contact", &field_id(id), problem_text(t, id, *p).into())
        });
        error_summary(t, items.collect(), "h4")
    });
    let sending = s.status == LeadStatus::Sending;
    // An HTTP error is the endpoint's: the visitor's connection works.
    let refused = s.status == LeadStatus::Refused;
    let failed = refused || s.status == LeadStatus::Failed;
    let failed_text = if refused {
        "lead.refused"
    } else {
        "lead.failed"
    };
    let onsubmit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let body = html! {
        <>
            { title(t, props.gate) }
            { el("p", "pf-contact__intro", t.get("lead.intro")) }
            { for summary }
            if failed {
                <div class="pf-contact__status pf-contact__failed" role="alert" tabindex="-1">
                    { el("p", "pf-error-message", t.get(failed_text)) }
                    <button type="button" class="pf-button pf-button--secondary pf-contact__retry" disabled={sending}
                        onclick={props.on_submit.reform(|_: MouseEvent| ())}>{ t.get("lead.retry") }</button>
                </div>
            }
            <form class="pf-contact__form" novalidate=true {onsubmit} aria-labelledby={TITLE_ID}>
                { for inputs }
                { honeypot(t, s, &props.on_honeypot) }
                { consent(&props, problem(CONSENT)) }
                if props.offer_copy {
                    <div class="pf-checkbox">
                        <input class="pf-checkbox__input" type="checkbox" id="pf-lead-copy" name="copy"
                            checked={s.copy} onchange={checked(&props.on_copy)} />
                        <label class="pf-checkbox__label" for="pf-lead-copy">{ t.get("lead.copy") }</label>
                    </div>
                }
                { buttons(&props, sending) }
            </form>
        </>
    };
    // Literal classes: html! sends a worked-out one through yew's Classes.
    if props.gate {
        html! { <section class="pf-block pf-contact pf-screen" aria-labelledby={TITLE_ID}>{ body }</section> }
    } else {
        html! { <section class="pf-block pf-contact" aria-labelledby={TITLE_ID}>{ body }</section> }
    }
}

const TITLE_ID: &str = "pf-lead-title";

/// Once sent: the confirmation in place of the form.
fn confirmation(t: &Texts) -> Html {
    html! {
        <section class="pf-block pf-contact">
            <div class="pf-contact__status pf-contact__confirm" role="status" tabindex="-1">
                { el("h3", "pf-subheading", t.get("lead.confirm.title")) }
                { el("p", "", t.get("lead.confirm.body")) }
            </div>
        </section>
    }
}

/// Before the results the form is a screen, with a screen's heading.
fn title(t: &Texts, gate: bool) -> Html {
    if gate {
        html! { <h2 id={TITLE_ID} class="pf-heading pf-focus-target" tabindex="-1">{ t.get("lead.title_before") }</h2> }
    } else {
        html! { <h3 id={TITLE_ID} class="pf-subheading">{ t.get("lead.title") }</h3> }
    }
}

/// A field people never see or reach; a bot that fills it is not sent on.
fn honeypot(t: &Texts, s: &LeadState, on_input: &Callback<String>) -> Html {
    let oninput = on_input.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    html! {
        <div class="pf-honeypot" aria-hidden="true">
            <label for="pf-lead-website">{ t.get("lead.honeypot") }</label>
            <input id="pf-lead-website" name="website" type="text" tabindex="-1" autocomplete="off"
                value={s.honeypot.clone()} {oninput} />
        </div>
    }
}

/// A checkbox's change as its new state.
fn checked(cb: &Callback<bool>) -> Callback<Event> {
    cb.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    })
}

/// The consent box, its problem if any, and the privacy notice.
fn consent(props: &LeadFormProps, problem: Option<FieldProblem>) -> Html {
    let (t, s) = (&props.texts, &props.state);
    let error = problem.map(|p| problem_text(t, CONSENT, p));
    let class = if error.is_some() {
        "pf-field pf-contact__consent pf-field--error"
    } else {
        "pf-field pf-contact__consent"
    };
    let id = field_id(CONSENT);
    let error_id = format!("{id}-error");
    el(
        "div",
        class,
        html! {
            <>
                if let Some(msg) = error {
                    <p id={error_id.clone()} class="pf-error-message">
                        { el("span", "pf-visually-hidden", t.get("ui.error.prefix")) }{ " " }{ msg }
                    </p>
                }
                <div class="pf-checkbox">
                    <input class="pf-checkbox__input" type="checkbox" id={id.clone()} name="consent"
                        checked={s.consent} onchange={checked(&props.on_consent)}
                        aria-invalid={problem.map(|_| "true")}
                        aria-describedby={problem.map(|_| error_id.clone())} />
                    <label class="pf-checkbox__label" for={id}>{ props.consent_text.clone() }</label>
                </div>
                <p class="pf-hint">
                    <a class="pf-contact__privacy" href={props.privacy_url.clone()} target="_blank" rel="noopener noreferrer">
                        { t.get("lead.privacy") }
                    </a>
                </p>
            </>
        },
    )
}

/// Send, and before the results the way past the form; then what is
/// happening, announced politely.
fn buttons(props: &LeadFormProps, sending: bool) -> Html {
    let t = &props.texts;
    html! {
        <>
            <div class="pf-button-group">
                <button type="submit" class="pf-button pf-contact__submit" disabled={sending}>
                    { t.get("lead.submit") }
                </button>
                if props.gate {
                    { button("pf-link pf-contact__skip", &props.on_skip, t.get("lead.skip").into()) }
                }
            </div>
            <p class="pf-contact__sending" aria-live="polite">
                { if sending { t.get("lead.sending") } else { String::new() } }
            </p>
        </>
    }
}

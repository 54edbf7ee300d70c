//! Wires the lead form to the reducer and the host: what a press of Send
//! does is `engine::session::lead_submit::decide`'s; this carries it out and
//! hands a consented payload to the embed, which fires `program-fit:lead`
//! and POSTs it.

use std::rc::Rc;

use yew::prelude::*;

use super::lead_form::{lead_form, LeadFormProps};
use super::state::{Action, State};
use super::{Texts, UiEvent};
use crate::engine::advice::explore::explore as replan;
use crate::engine::session::attribution::Attribution;
use crate::engine::session::lead_payload::idempotency_key;
use crate::engine::session::lead_state::{LeadAction, Outcome};
use crate::engine::session::lead_submit::{decide, Context, Decision, Press};
use crate::engine::{Programme, Recommendation};

/// What the lead view needs beyond the state.
#[derive(Clone)]
pub struct LeadContext {
    pub texts: Texts,
    pub rec: Rc<Recommendation>,
    /// The plan for every group, which the payload describes when there
    /// are several.
    pub programme: Option<Rc<Programme>>,
    pub on_event: Callback<UiEvent>,
    /// An endpoint will receive the payload (the copy option needs one).
    pub can_send: bool,
    pub attribution: Rc<Attribution>,
    /// The form stands before the results (`before_results`): a screen
    /// heading and the skip link.
    pub gate: bool,
}

pub fn lead_view(state: &UseReducerHandle<State>, cx: LeadContext) -> Html {
    let (config, lead) = (&state.config, &state.lead);
    let t = &cx.texts;
    let toggle = |make: fn(bool) -> LeadAction| {
        let d = state.dispatcher();
        Callback::from(move |on| d.dispatch(Action::Lead(make(on))))
    };
    let on_honeypot = {
        let d = state.dispatcher();
        Callback::from(move |v| d.dispatch(Action::Lead(LeadAction::Honeypot(v))))
    };
    let on_input = {
        let d = state.dispatcher();
        Callback::from(move |(field, value)| {
            d.dispatch(Action::Lead(LeadAction::Input { field, value }))
        })
    };
    let on_skip = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Lead(LeadAction::Skip)))
    };
    let consent_text = t.fill(&config.lead.consent_text, &[("firm", &t.get("firm.name"))]);
    let on_submit = {
        let (state, cx, consent_text) = (state.clone(), cx.clone(), consent_text.clone());
        Callback::from(move |()| submit(&state, &cx, &consent_text))
    };
    lead_form(LeadFormProps {
        texts: t.clone(),
        fields: Rc::new(config.lead.fields.shown()),
        state: lead.clone(),
        privacy_url: config.lead.privacy_url.clone().into(),
        consent_text: consent_text.into(),
        offer_copy: config.lead.email_copy && cx.can_send,
        gate: cx.gate,
        on_input,
        on_consent: toggle(LeadAction::Consent),
        on_copy: toggle(LeadAction::Copy),
        on_honeypot,
        on_submit,
        on_skip,
    })
}

fn submit(state: &UseReducerHandle<State>, cx: &LeadContext, consent_text: &str) {
    let d = state.dispatcher();
    let now_iso: String = js_sys::Date::new_0().to_iso_string().into();
    let page_url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let answers = &state.wizard.answers;
    let grouped = state.wizard.grouped(&state.config);
    // The scenario pinned in the explorer, planned again for the payload.
    let pinned = state.explore.pinned.as_ref().and_then(|p| {
        let e = replan(&state.config, answers, p).ok()?;
        Some((p, e))
    });
    let lead = Context {
        config: &state.config,
        locale: cx.texts.locale(),
        formatter: cx.texts.formatter(),
        rec: &cx.rec,
        answers,
        consent_text,
        can_send: cx.can_send,
        attribution: &cx.attribution,
        scenario: pinned.as_ref().map(|(p, e)| (*p, e)),
        programme: cx.programme.as_deref().map(|p| (p, &grouped)),
    };
    let press = Press {
        now_ms: js_sys::Date::now(),
        now_iso: &now_iso,
        new_key: random_key(),
        page_url: &page_url,
    };
    // Yew re-renders within the dispatch, so a second click finds the
    // button disabled; a press while sending is `Busy`.
    match decide(&state.lead, &lead, press) {
        Decision::Busy => {}
        Decision::Invalid(problems) => d.dispatch(Action::Lead(LeadAction::Invalid(problems))),
        Decision::Honeypot => d.dispatch(Action::Lead(LeadAction::Done(Outcome::Delivered))),
        Decision::Send {
            payload,
            key,
            first,
        } => {
            d.dispatch(Action::Lead(LeadAction::Sending(key)));
            let generation = state.generation;
            let done = Callback::from(move |outcome| {
                d.dispatch(Action::Delivered {
                    generation,
                    outcome,
                })
            });
            cx.on_event.emit(UiEvent::Lead {
                payload,
                first,
                done,
            });
        }
    }
}

/// Math.random is enough here: the key only tells retries apart from new
/// submissions, it guards nothing.
fn random_key() -> String {
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
    idempotency_key(bytes)
}

//! Wires the lead form to the reducer and the host: checks a submission,
//! drops spam (the honeypot, or a form sent under 2 s after it appeared)
//! with a confirmation all the same, and hands a consented payload to the
//! embed, which fires `program-fit:lead` and POSTs it.

use std::rc::Rc;

use yew::prelude::*;

use super::lead_form::{lead_form, LeadFormProps};
use super::state::{Action, State};
use super::{Texts, UiEvent};
use crate::engine::session::lead_form::{check_form, contact};
use crate::engine::session::lead_payload::{idempotency_key, lead_payload, Submission};
use crate::engine::session::lead_state::{LeadAction, LeadStatus};
use crate::engine::text::summary::plain_summary;
use crate::engine::Recommendation;

/// Faster than any person fills a form in: such a submission is a bot's.
const SPAM_MS: f64 = 2000.0;

/// What the lead view needs beyond the state.
#[derive(Clone)]
pub struct LeadContext {
    pub texts: Texts,
    pub rec: Rc<Recommendation>,
    pub on_event: Callback<UiEvent>,
    /// An endpoint will receive the payload (the copy option needs one).
    pub can_send: bool,
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
    let (config, lead) = (&state.config, &state.lead);
    let d = state.dispatcher();
    // Yew re-renders within the dispatch, so a second click finds the
    // button disabled; a retry while sending is refused here.
    if lead.status == LeadStatus::Sending {
        return;
    }
    let problems = check_form(&config.lead, &lead.values, lead.consent);
    if !problems.is_empty() {
        d.dispatch(Action::Lead(LeadAction::Invalid(problems)));
        return;
    }
    let too_fast = lead
        .shown_at
        .is_none_or(|at| js_sys::Date::now() - at < SPAM_MS);
    if !lead.honeypot.is_empty() || too_fast {
        d.dispatch(Action::Lead(LeadAction::Done(true)));
        return;
    }
    let first = lead.key.is_none();
    let key = lead.key.clone().unwrap_or_else(random_key);
    let answers = &state.wizard.answers;
    let locale = cx.texts.locale();
    let summary = (lead.copy && config.lead.email_copy && cx.can_send)
        .then(|| plain_summary(config, locale, cx.texts.formatter(), answers, &cx.rec));
    let consented_at: String = js_sys::Date::new_0().to_iso_string().into();
    let page_url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let submission = Submission {
        key: &key,
        contact: &contact(&config.lead, &lead.values),
        consent_text,
        privacy_url: &config.lead.privacy_url,
        consented_at: &consented_at,
        locale,
        page_url: &page_url,
        version: env!("CARGO_PKG_VERSION"),
        copy: summary.as_deref(),
    };
    let payload = lead_payload(&submission, &cx.rec, answers);
    d.dispatch(Action::Lead(LeadAction::Sending(key)));
    let generation = state.generation;
    let done = Callback::from(move |ok| d.dispatch(Action::Delivered { generation, ok }));
    cx.on_event.emit(UiEvent::Lead {
        payload,
        first,
        done,
    });
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

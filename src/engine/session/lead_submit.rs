//! What one press of the lead form's Send does, decided in one pure
//! function so its rules are tested natively; the UI only carries it out.
//!
//! - While a submission is in flight, nothing.
//! - A form that is not acceptable: all its problems at once.
//! - A filled honeypot (a field people never see, which assistive
//!   technology and the keyboard skip) is a bot's: nothing is sent, and the
//!   sender sees the confirmation all the same, so it learns nothing.
//! - Otherwise the lead is sent. One sent less than 2 s after the form
//!   appeared is sent too, marked `"timing": "fast"`: browser autofill fills
//!   a form that fast, so the endpoint weighs it rather than the widget
//!   dropping it. No visitor is told a lead was sent when it was not.

use super::attribution::Attribution;
use super::detail::explore_value;
use super::detail_groups::programme_result;
use super::lead_form::{check_form, contact, FieldProblem};
use super::lead_payload::{lead_payload, Submission};
use super::lead_state::{LeadState, LeadStatus};
use crate::engine::advice::answers::Answers;
use crate::engine::advice::explore::Explored;
use crate::engine::advice::groups::Grouped;
use crate::engine::advice::programme::Programme;
use crate::engine::advice::recommend::Recommendation;
use crate::engine::config::types::Config;
use crate::engine::text::formatter::Formatter;
use crate::engine::text::summary::{plain_summary, programme_summary};

/// Faster than a person fills a form in, though not than autofill.
pub const FAST_MS: f64 = 2000.0;

/// The results and texts the lead goes with.
pub struct Context<'a> {
    pub config: &'a Config,
    pub locale: &'a str,
    pub formatter: &'a dyn Formatter,
    pub rec: &'a Recommendation,
    pub answers: &'a Answers,
    /// The consent label exactly as shown.
    pub consent_text: &'a str,
    /// An endpoint will receive the payload ("Email me this plan" needs one).
    pub can_send: bool,
    pub attribution: &'a Attribution,
    /// The values pinned in the what-if explorer and their plan, if any.
    pub scenario: Option<(&'a Answers, &'a Explored)>,
    /// The programme and its answers, when there are groups; `rec` and
    /// `answers` are then its first group's.
    pub programme: Option<(&'a Programme, &'a Grouped)>,
}

/// What the browser knows at the press: the time, a fresh random key for a
/// new submission, and the page.
pub struct Press<'a> {
    pub now_ms: f64,
    pub now_iso: &'a str,
    pub new_key: String,
    pub page_url: &'a str,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// A submission is in flight.
    Busy,
    /// These problems show; nothing is sent.
    Invalid(Vec<(&'static str, FieldProblem)>),
    /// A bot filled the honeypot: nothing is sent, the confirmation shows.
    Honeypot,
    /// Send `payload`; `first` fires `program-fit:lead` (a retry of the
    /// same submission, under the same `key`, does not).
    Send {
        payload: String,
        key: String,
        first: bool,
    },
}

pub fn decide(lead: &LeadState, cx: &Context, press: Press) -> Decision {
    if lead.status == LeadStatus::Sending {
        return Decision::Busy;
    }
    let config = cx.config;
    let problems = check_form(&config.lead, &lead.values, lead.consent);
    if !problems.is_empty() {
        return Decision::Invalid(problems);
    }
    if !lead.honeypot.is_empty() {
        return Decision::Honeypot;
    }
    let fast = lead.shown_at.is_none_or(|at| press.now_ms - at < FAST_MS);
    let first = lead.key.is_none();
    let key = lead.key.clone().unwrap_or(press.new_key);
    let summary =
        (lead.copy && config.lead.email_copy && cx.can_send).then(|| match cx.programme {
            Some((p, g)) if p.groups.len() > 1 => {
                programme_summary(config, (cx.locale, cx.formatter), p, g)
            }
            _ => plain_summary(config, cx.locale, cx.formatter, cx.answers, cx.rec),
        });
    let submission = Submission {
        key: &key,
        contact: &contact(&config.lead, &lead.values),
        consent_text: cx.consent_text,
        privacy_url: &config.lead.privacy_url,
        consented_at: press.now_iso,
        locale: cx.locale,
        page_url: press.page_url,
        version: env!("CARGO_PKG_VERSION"),
        copy: summary.as_deref(),
        fast,
        attribution: cx.attribution,
        scenario: cx.scenario.map(|(o, e)| explore_value(o, e)),
        programme: cx
            .programme
            .and_then(|(p, g)| programme_result(config, p, g, (cx.locale, cx.formatter))),
    };
    let payload = lead_payload(&submission, cx.rec, cx.answers);
    Decision::Send {
        payload,
        key,
        first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::json::{parse, Value};
    use crate::engine::recommend;
    use crate::engine::session::lead_state::{LeadAction, Outcome};
    use crate::engine::test_util::{answers, MANAGERS};
    use crate::engine::text::formatter::Plain;

    fn config() -> Config {
        Config::from_json(
            r#"{"lead": {"mode": "optional", "privacy_url": "https://example.com/privacy", "email_copy": true}}"#,
        )
        .unwrap()
    }

    /// A filled, consented form that appeared at t = 1000 ms.
    fn filled() -> LeadState {
        let mut s = LeadState::default();
        s.apply(LeadAction::Shown(1000.0));
        s.apply(LeadAction::Input {
            field: "email".into(),
            value: " ana@example.com ".into(),
        });
        s.apply(LeadAction::Consent(true));
        s
    }

    /// Decides a press at `now_ms`, with the context of persona P3.
    fn press_at(lead: &LeadState, now_ms: f64, can_send: bool) -> Decision {
        let (c, a) = (config(), answers(MANAGERS));
        let rec = recommend(&c, &a).unwrap();
        let cx = Context {
            config: &c,
            locale: "en",
            formatter: &Plain,
            rec: &rec,
            answers: &a,
            consent_text: "I agree.",
            can_send,
            attribution: &Attribution::default(),
            scenario: None,
            programme: None,
        };
        let press = Press {
            now_ms,
            now_iso: "2026-11-29T09:00:00.000Z",
            new_key: "new-key".into(),
            page_url: "https://www.example.com/p?utm=1",
        };
        decide(lead, &cx, press)
    }

    fn payload(d: &Decision) -> Value {
        match d {
            Decision::Send { payload, .. } => parse(payload).unwrap(),
            other @ (Decision::Busy | Decision::Invalid(_) | Decision::Honeypot) => {
                panic!("not sent: {other:?}")
            }
        }
    }

    #[test]
    fn a_lead_sent_two_seconds_after_the_form_appeared_is_sent_as_it_is() {
        let d = press_at(&filled(), 3000.0, true);
        let p = payload(&d);
        assert_eq!(p["contact"]["email"].as_str(), Some("ana@example.com"));
        assert_eq!(p["timing"], Value::Null);
        assert_eq!(p["pageUrl"].as_str(), Some("https://www.example.com/p"));
        assert!(matches!(d, Decision::Send { first: true, ref key, .. } if key == "new-key"));
    }

    #[test]
    fn a_faster_lead_such_as_autofill_sends_is_sent_marked_fast() {
        let p = payload(&press_at(&filled(), 2999.0, true));
        assert_eq!(p["timing"].as_str(), Some("fast"));
        assert_eq!(p["contact"]["email"].as_str(), Some("ana@example.com"));
        // A form whose appearance was never recorded counts as fast.
        let mut unseen = filled();
        unseen.shown_at = None;
        assert_eq!(
            payload(&press_at(&unseen, 1e12, true))["timing"].as_str(),
            Some("fast")
        );
    }

    #[test]
    fn a_filled_honeypot_sends_nothing_even_when_the_form_is_fine() {
        let mut s = filled();
        s.apply(LeadAction::Honeypot("https://spam.example".into()));
        assert_eq!(press_at(&s, 9000.0, true), Decision::Honeypot);
    }

    #[test]
    fn problems_come_before_anything_else_and_nothing_happens_while_sending() {
        let mut s = filled();
        s.apply(LeadAction::Consent(false));
        s.apply(LeadAction::Honeypot("x".into()));
        assert_eq!(
            press_at(&s, 9000.0, true),
            Decision::Invalid(vec![("consent", FieldProblem::NoConsent)])
        );
        let mut sending = filled();
        sending.apply(LeadAction::Sending("k1".into()));
        assert_eq!(press_at(&sending, 9000.0, true), Decision::Busy);
    }

    #[test]
    fn a_retry_is_the_same_submission_under_the_same_key() {
        let mut s = filled();
        s.apply(LeadAction::Sending("k1".into()));
        s.apply(LeadAction::Done(Outcome::Unreachable));
        let d = press_at(&s, 9000.0, true);
        assert!(matches!(d, Decision::Send { first: false, ref key, .. } if key == "k1"));
        assert_eq!(payload(&d)["idempotencyKey"].as_str(), Some("k1"));
    }

    #[test]
    fn the_plain_text_copy_goes_only_when_asked_for_and_there_is_an_endpoint() {
        let mut s = filled();
        assert_eq!(
            payload(&press_at(&s, 9000.0, true))["sendCopy"],
            Value::Null
        );
        s.apply(LeadAction::Copy(true));
        let with = payload(&press_at(&s, 9000.0, true));
        assert_eq!(with["sendCopy"], Value::Bool(true));
        assert!(with["summary"].as_str().is_some_and(|t| !t.is_empty()));
        assert_eq!(
            payload(&press_at(&s, 9000.0, false))["sendCopy"],
            Value::Null
        );
    }
}

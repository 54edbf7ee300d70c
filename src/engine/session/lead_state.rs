//! The lead form's part of the app state: what was typed (kept as typed
//! through every failure, so nothing is lost), the consent, the problems
//! after a failed submit, and how sending stands. The UI's one reducer
//! applies [`LeadAction`]s through [`LeadState::apply`]; it is pure, so its
//! rules are tested natively.

use crate::engine::dict::Dict;
use crate::engine::session::lead_form::FieldProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeadStatus {
    #[default]
    Editing,
    Sending,
    /// Sent, or dropped as spam: the visitor sees a confirmation either way.
    Sent,
    /// Delivery failed: no answer (the network, or a timeout). The form
    /// stays filled and offers a retry.
    Failed,
    /// The endpoint answered with an HTTP error: as `Failed`, but the
    /// visitor is not told to check their connection, which works.
    Refused,
}

/// How one delivery ended, as the embed reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The endpoint answered 2xx (or there is no endpoint, or a bot's
    /// submission was dropped).
    Delivered,
    /// The endpoint answered, with an HTTP error status.
    Refused,
    /// No answer: a network failure or a timeout, after the retry.
    Unreachable,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeadState {
    pub values: Dict<String>,
    pub consent: bool,
    /// "Email me this plan".
    pub copy: bool,
    /// The hidden field only bots fill in.
    pub honeypot: String,
    pub problems: Vec<(&'static str, FieldProblem)>,
    pub status: LeadStatus,
    /// The idempotency key of the submission in flight or last failed. A
    /// retry reuses it; any edit starts a new submission.
    pub key: Option<String>,
    /// `before_results`: the form was sent or skipped, so results show.
    pub passed: bool,
    /// When the form appeared (ms since the epoch), for the spam guard.
    pub shown_at: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LeadAction {
    Shown(f64),
    Input {
        field: String,
        value: String,
    },
    Consent(bool),
    Copy(bool),
    Honeypot(String),
    Invalid(Vec<(&'static str, FieldProblem)>),
    Sending(String),
    /// The outcome of sending (`Delivered` also for a dropped spam submission).
    Done(Outcome),
    Skip,
}

impl LeadState {
    pub fn apply(&mut self, action: LeadAction) {
        let edit = matches!(
            action,
            LeadAction::Input { .. } | LeadAction::Consent(_) | LeadAction::Copy(_)
        );
        if edit && self.status == LeadStatus::Sending {
            return;
        }
        match action {
            LeadAction::Shown(at) => {
                self.shown_at.get_or_insert(at);
            }
            LeadAction::Input { field, value } => {
                self.values.insert(field, value);
            }
            LeadAction::Consent(on) => self.consent = on,
            LeadAction::Copy(on) => self.copy = on,
            LeadAction::Honeypot(v) => self.honeypot = v,
            LeadAction::Invalid(problems) => {
                self.problems = problems;
                self.status = LeadStatus::Editing;
            }
            LeadAction::Sending(key) => {
                self.problems.clear();
                self.key = Some(key);
                self.status = LeadStatus::Sending;
            }
            LeadAction::Done(Outcome::Delivered) => {
                self.status = LeadStatus::Sent;
                self.passed = true;
            }
            LeadAction::Done(Outcome::Refused) => self.status = LeadStatus::Refused,
            LeadAction::Done(Outcome::Unreachable) => self.status = LeadStatus::Failed,
            LeadAction::Skip => self.passed = true,
        }
        if edit {
            self.key = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> LeadState {
        let mut s = LeadState::default();
        s.apply(LeadAction::Input {
            field: "email".into(),
            value: "ana@example.com".into(),
        });
        s.apply(LeadAction::Consent(true));
        s
    }

    #[test]
    fn the_first_appearance_starts_the_spam_clock_and_later_ones_do_not() {
        let mut s = LeadState::default();
        s.apply(LeadAction::Shown(1000.0));
        s.apply(LeadAction::Shown(5000.0));
        assert_eq!(s.shown_at, Some(1000.0));
    }

    #[test]
    fn a_failure_keeps_everything_typed_and_the_key_for_the_retry() {
        let mut s = typed();
        s.apply(LeadAction::Sending("k1".into()));
        assert_eq!(s.status, LeadStatus::Sending);
        s.apply(LeadAction::Done(Outcome::Unreachable));
        assert_eq!(s.status, LeadStatus::Failed);
        assert_eq!(s.values["email"], "ana@example.com");
        assert!(s.consent);
        assert_eq!(
            s.key.as_deref(),
            Some("k1"),
            "a retry is the same submission"
        );
        assert!(!s.passed);
    }

    #[test]
    fn an_http_error_is_told_apart_from_no_answer_and_keeps_the_key_too() {
        let mut s = typed();
        s.apply(LeadAction::Sending("k1".into()));
        s.apply(LeadAction::Done(Outcome::Refused));
        assert_eq!(s.status, LeadStatus::Refused);
        assert_eq!(s.key.as_deref(), Some("k1"));
        assert!(!s.passed);
        s.apply(LeadAction::Sending("k1".into()));
        s.apply(LeadAction::Done(Outcome::Delivered));
        assert_eq!(s.status, LeadStatus::Sent);
    }

    #[test]
    fn an_edit_after_a_failure_makes_a_new_submission() {
        let mut s = typed();
        s.apply(LeadAction::Sending("k1".into()));
        s.apply(LeadAction::Done(Outcome::Unreachable));
        s.apply(LeadAction::Input {
            field: "name".into(),
            value: "Ana".into(),
        });
        assert_eq!(s.key, None);
    }

    #[test]
    fn nothing_can_be_edited_while_sending() {
        let mut s = typed();
        s.apply(LeadAction::Sending("k1".into()));
        s.apply(LeadAction::Consent(false));
        s.apply(LeadAction::Input {
            field: "email".into(),
            value: "other@example.com".into(),
        });
        assert!(s.consent);
        assert_eq!(s.values["email"], "ana@example.com");
        assert_eq!(s.key.as_deref(), Some("k1"));
    }

    #[test]
    fn problems_show_until_the_next_send_and_success_opens_the_gate() {
        let mut s = typed();
        s.apply(LeadAction::Invalid(vec![(
            "consent",
            FieldProblem::NoConsent,
        )]));
        assert_eq!(s.problems.len(), 1);
        s.apply(LeadAction::Sending("k1".into()));
        assert!(s.problems.is_empty());
        s.apply(LeadAction::Done(Outcome::Delivered));
        assert_eq!(s.status, LeadStatus::Sent);
        assert!(s.passed);
    }

    #[test]
    fn a_skip_opens_the_gate_without_sending() {
        let mut s = LeadState::default();
        s.apply(LeadAction::Skip);
        assert!(s.passed);
        assert_eq!(s.status, LeadStatus::Editing);
        assert_eq!(s.key, None);
    }
}

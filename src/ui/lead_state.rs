//! The lead form's part of the app state: what was typed (kept as typed
//! through every failure, so nothing is lost), the consent, the problems
//! after a failed submit, and how sending stands. The app's one reducer
//! applies [`LeadAction`]s through [`LeadState::apply`].

use std::collections::BTreeMap;

use crate::engine::model::lead_form::FieldProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeadStatus {
    #[default]
    Editing,
    Sending,
    /// Sent, or dropped as spam: the visitor sees a confirmation either way.
    Sent,
    /// Delivery failed; the form stays filled and offers a retry.
    Failed,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeadState {
    pub values: BTreeMap<String, String>,
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
    /// The outcome of sending (`true` also for a dropped spam submission).
    Done(bool),
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
            LeadAction::Done(true) => {
                self.status = LeadStatus::Sent;
                self.passed = true;
            }
            LeadAction::Done(false) => self.status = LeadStatus::Failed,
            LeadAction::Skip => self.passed = true,
        }
        if edit {
            self.key = None;
        }
    }
}

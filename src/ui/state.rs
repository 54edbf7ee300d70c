//! The app's single reducer: the pure `Wizard`, the pure lead form state,
//! the config their transitions need, and when focus must move, which is a
//! UI concern neither knows about.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::session::explore_state::{ExploreAction, ExploreState};
use crate::engine::session::lead_state::{LeadAction, LeadState, Outcome};
use crate::engine::session::Wizard;
use crate::engine::Config;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub config: Rc<Config>,
    /// The host's `generation` this session belongs to.
    pub generation: u32,
    pub wizard: Wizard,
    /// Bumped after every transition that must move focus: a new screen, or
    /// a failed Continue (even a repeat of the same error, so the summary
    /// is read out again).
    pub focus_seq: u32,
    /// Where focus goes when `focus_seq` changes (a CSS selector).
    pub focus_on: &'static str,
    pub lead: LeadState,
    /// The results' Copy link outcome: `None` until pressed, then the link,
    /// or `Some(None)` when the host could not copy it.
    pub shared: Option<Option<String>>,
    /// The what-if explorer's values tried; a new visit to the results
    /// starts from the answers.
    pub explore: ExploreState,
    /// Whether the browser copied the link, once it has said.
    pub copied: Option<bool>,
    /// The last move or removal of a group, until the next step.
    pub news: Option<GroupNews>,
}

/// A change to the groups on the check screen that the view announces
/// politely, and whose group heading takes focus, since the button pressed
/// may have moved or gone.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupNews {
    /// A group moved to this place.
    Moved(usize),
    /// The group with this name (empty: unnamed) was removed from this place.
    Removed(String, usize),
}

/// Focus targets: the current screen's heading, the error summary.
pub const FOCUS_HEADING: &str = ".pf-focus-target";
pub const FOCUS_ERRORS: &str = ".pf-error-summary";
/// The lead step's outcome: its confirmation or its failure message.
pub const FOCUS_LEAD_STATUS: &str = ".pf-contact__status";
/// Start again's question, and the Start again button when it is answered
/// "keep my answers".
pub const FOCUS_RESTART_QUESTION: &str = ".pf-confirm__question";
pub const FOCUS_RESTART: &str = ".pf-restart";
/// After a group moved or was removed: the heading of the group it names.
pub const FOCUS_GROUP: &str = ".pf-group-heading--focus";

impl State {
    pub fn new(config: Rc<Config>, wizard: Wizard, generation: u32) -> Self {
        State {
            config,
            generation,
            wizard,
            focus_seq: 0,
            focus_on: FOCUS_HEADING,
            lead: LeadState::default(),
            shared: None,
            explore: ExploreState::default(),
            copied: None,
            news: None,
        }
    }
}

pub enum Action {
    Start,
    Choose {
        question: String,
        option: String,
    },
    Type {
        question: String,
        text: String,
    },
    Submit,
    /// A rough answer on the number question in view: "not decided yet",
    /// or one of its options.
    Rough(String),
    /// Skip on the optional question in view.
    Skip,
    Back,
    /// A Change button on the check screen: the group and the question.
    ChangeIn(usize, usize),
    /// "Add another group": the first group's name, if it has none, and
    /// the new group's.
    AddGroup(String, String),
    RenameGroup(usize, String),
    /// A group moved from one place to another in the priority order.
    MoveGroup(usize, usize),
    RemoveGroup(usize),
    ShowResults,
    /// Start again was pressed: ask before wiping the answers.
    AskRestart,
    /// "No, keep my answers".
    KeepAnswers,
    /// Start again, confirmed.
    Restart,
    Lead(LeadAction),
    /// A change in the what-if explorer.
    Explore(ExploreAction),
    /// Copy link was pressed: the link, or `None` if it could not be copied.
    Shared(Option<String>),
    /// The browser copied the link (`true`) or refused to.
    Copied(bool),
    /// The host started over: a new session from this wizard. Focus stays
    /// where it is, as when the app first mounts.
    Reset(Wizard, u32),
    /// A lead delivery's outcome, for the session that sent it: one that
    /// comes back after a reset is dropped.
    Delivered {
        generation: u32,
        outcome: Outcome,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let config = &self.config;
        let mut w = self.wizard.clone();
        let submitted = matches!(action, Action::Submit);
        match action {
            Action::Lead(a) => return Rc::new(self.with_lead(a)),
            Action::Delivered {
                generation,
                outcome,
            } => {
                return if generation == self.generation {
                    Rc::new(self.with_lead(LeadAction::Done(outcome)))
                } else {
                    self
                };
            }
            Action::Reset(wizard, generation) => {
                return Rc::new(State {
                    focus_seq: self.focus_seq,
                    ..State::new(self.config.clone(), wizard, generation)
                });
            }
            // The browser's answer may come before or after the link.
            Action::Shared(link) => return Rc::new(self.with_share(Some(link), self.copied)),
            Action::Copied(ok) => return Rc::new(self.with_share(self.shared.clone(), Some(ok))),
            Action::MoveGroup(from, to) => return Rc::new(self.moved_group(from, to)),
            Action::RemoveGroup(i) => return Rc::new(self.removed_group(i)),
            Action::AskRestart => return Rc::new(self.with_restart(true)),
            Action::KeepAnswers => return Rc::new(self.with_restart(false)),
            Action::Explore(a) => {
                let mut next = (*self).clone();
                next.explore.apply(config, &self.wizard.answers, a);
                return Rc::new(next);
            }
            Action::Start
            | Action::Choose { .. }
            | Action::Type { .. }
            | Action::Submit
            | Action::Rough(_)
            | Action::Skip
            | Action::Back
            | Action::ChangeIn(..)
            | Action::AddGroup(..)
            | Action::RenameGroup(..)
            | Action::ShowResults
            | Action::Restart => {}
        }
        match action {
            Action::Start => w.start(),
            Action::Choose { question, option } => w.choose(config, &question, &option),
            Action::Type { question, text } => w.type_text(&question, &text),
            Action::Submit => w.submit(config),
            Action::Rough(option) => w.answer_roughly(config, &option),
            Action::Skip => w.skip(config),
            Action::Back => w.back(config),
            Action::ChangeIn(group, i) => w.change_in(config, group, i),
            Action::AddGroup(first, name) => w.add_group(config, (&first, &name)),
            Action::RenameGroup(i, name) => w.rename_group(i, &name),
            Action::ShowResults => w.show_results(config),
            Action::Restart => w.restart(),
            Action::Lead(_)
            | Action::Shared(_)
            | Action::Explore(_)
            | Action::Copied(_)
            | Action::AskRestart
            | Action::KeepAnswers
            | Action::MoveGroup(..)
            | Action::RemoveGroup(_)
            | Action::Reset(..)
            | Action::Delivered { .. } => {}
        }
        let moved = w.screen != self.wizard.screen;
        let failed = submitted && w.error.is_some();
        Rc::new(self.after_step(w, moved, failed))
    }
}

impl State {
    /// The state after a wizard step: focus moves when the screen changed
    /// or a submit failed; a new visit to the results starts a new lead
    /// form, share status and explorer.
    fn after_step(&self, w: Wizard, moved: bool, failed: bool) -> State {
        State {
            config: self.config.clone(),
            generation: self.generation,
            focus_seq: self.focus_seq.wrapping_add(u32::from(moved || failed)),
            focus_on: if failed { FOCUS_ERRORS } else { FOCUS_HEADING },
            wizard: w,
            lead: if moved {
                LeadState::default()
            } else {
                self.lead.clone()
            },
            shared: if moved { None } else { self.shared.clone() },
            explore: if moved {
                ExploreState::default()
            } else {
                self.explore.clone()
            },
            copied: if moved { None } else { self.copied },
            news: None,
        }
    }

    fn moved_group(&self, from: usize, to: usize) -> State {
        let c = &self.config;
        self.with_groups(|w| w.move_group(c, from, to), GroupNews::Moved(to))
    }

    fn removed_group(&self, i: usize) -> State {
        let c = &self.config;
        let name = self.wizard.grouped(c).groups.get(i).map(|g| g.name.clone());
        let news = GroupNews::Removed(name.unwrap_or_default(), i);
        self.with_groups(|w| w.remove_group(c, i), news)
    }

    /// A group moved or removed: said, and focus on the heading of the
    /// group `news` names, or on the screen's heading when one group is
    /// left. Nothing happens when the wizard refused the change.
    fn with_groups(&self, change: impl FnOnce(&mut Wizard), news: GroupNews) -> State {
        let mut next = self.clone();
        change(&mut next.wizard);
        if next.wizard == self.wizard {
            return next;
        }
        next.focus_seq = self.focus_seq.wrapping_add(1);
        next.focus_on = if next.wizard.group_count() > 1 {
            FOCUS_GROUP
        } else {
            FOCUS_HEADING
        };
        next.news = Some(news);
        next
    }
}

impl State {
    /// Copy link's outcome: the link (`None` inside: no clipboard), and
    /// whether the browser copied it, once it has said.
    fn with_share(&self, shared: Option<Option<String>>, copied: Option<bool>) -> State {
        State {
            shared,
            copied,
            ..self.clone()
        }
    }

    /// Start again's question asked (`true`) or answered "keep my
    /// answers"; focus goes to the question, then back to Start again.
    fn with_restart(&self, asked: bool) -> State {
        let mut next = self.clone();
        if asked {
            next.wizard.ask_restart();
        } else {
            next.wizard.keep_answers();
        }
        next.focus_seq = self.focus_seq.wrapping_add(1);
        next.focus_on = if asked {
            FOCUS_RESTART_QUESTION
        } else {
            FOCUS_RESTART
        };
        next
    }

    /// Applies a lead action; focus moves to what the person must read
    /// next: the problems, the outcome, or the results after a skip.
    fn with_lead(&self, a: LeadAction) -> State {
        let focus_on = match &a {
            LeadAction::Invalid(_) => Some(FOCUS_ERRORS),
            LeadAction::Done(_) => Some(FOCUS_LEAD_STATUS),
            LeadAction::Skip => Some(FOCUS_HEADING),
            LeadAction::Shown(_)
            | LeadAction::Input { .. }
            | LeadAction::Consent(_)
            | LeadAction::Copy(_)
            | LeadAction::Honeypot(_)
            | LeadAction::Sending(_) => None,
        };
        let mut lead = self.lead.clone();
        lead.apply(a);
        State {
            config: self.config.clone(),
            generation: self.generation,
            wizard: self.wizard.clone(),
            focus_seq: self.focus_seq.wrapping_add(u32::from(focus_on.is_some())),
            focus_on: focus_on.unwrap_or(self.focus_on),
            lead,
            shared: self.shared.clone(),
            explore: self.explore.clone(),
            copied: self.copied,
            news: self.news.clone(),
        }
    }
}

/// The session wrapper's own rules; the wizard's and the lead form's
/// transitions are tested natively in `engine::session`.
#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::engine::session::lead_state::LeadStatus;
    use crate::engine::session::Screen;

    fn on_question_one() -> Rc<State> {
        let config = Rc::new(Config::default_config());
        Rc::new(State::new(config, Wizard::new(), 0)).reduce(Action::Start)
    }

    #[wasm_bindgen_test]
    fn a_reset_starts_a_new_session_and_leaves_focus_alone() {
        let before = on_question_one()
            .reduce(Action::Lead(LeadAction::Sending("k1".into())))
            .reduce(Action::Shared(Some("https://example.com/#pf".into())));
        assert_eq!(before.wizard.screen, Screen::Question(0));
        assert_eq!(before.focus_seq, 1);

        let after = before.reduce(Action::Reset(Wizard::new(), 1));
        assert_eq!(after.wizard.screen, Screen::Intro);
        assert_eq!(after.generation, 1);
        // The host called reset(); focus stays where the host put it.
        assert_eq!(after.focus_seq, 1);
        assert_eq!(after.lead, LeadState::default());
        assert_eq!(after.shared, None);
    }

    #[wasm_bindgen_test]
    fn a_delivery_that_returns_after_a_reset_is_dropped() {
        let sending = on_question_one().reduce(Action::Lead(LeadAction::Sending("k1".into())));
        let reset = sending.reduce(Action::Reset(Wizard::new(), 1));

        let late = reset.clone().reduce(Action::Delivered {
            generation: 0,
            outcome: Outcome::Delivered,
        });
        assert!(
            Rc::ptr_eq(&late, &reset),
            "the old session's outcome changed the new one"
        );

        let current = reset.clone().reduce(Action::Delivered {
            generation: 1,
            outcome: Outcome::Unreachable,
        });
        assert_eq!(current.lead.status, LeadStatus::Failed);
        assert_eq!(current.focus_on, FOCUS_LEAD_STATUS);
        assert_eq!(current.focus_seq, reset.focus_seq + 1);
    }
}

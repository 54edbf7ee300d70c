//! The app's single reducer: the pure `Wizard`, the config its transitions
//! need, and when focus must move, which is a UI concern the wizard does not
//! know about.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::session::Wizard;
use crate::engine::Config;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub config: Rc<Config>,
    pub wizard: Wizard,
    /// Bumped after every transition that must move focus: a new screen, or
    /// a failed Continue (even a repeat of the same error, so the summary
    /// is read out again).
    pub focus_seq: u32,
}

impl State {
    pub fn new(config: Rc<Config>, wizard: Wizard) -> Self {
        State {
            config,
            wizard,
            focus_seq: 0,
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
    /// "Not decided yet" on the number question in view.
    Unknown,
    /// Skip on the optional question in view.
    Skip,
    Back,
    Change(usize),
    ShowResults,
    Restart,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let config = &self.config;
        let mut w = self.wizard.clone();
        let submitted = matches!(action, Action::Submit);
        match action {
            Action::Start => w.start(),
            Action::Choose { question, option } => w.choose(config, &question, &option),
            Action::Type { question, text } => w.type_text(&question, &text),
            Action::Submit => w.submit(config),
            Action::Unknown => w.answer_unknown(config),
            Action::Skip => w.skip(config),
            Action::Back => w.back(config),
            Action::Change(i) => w.change(config, i),
            Action::ShowResults => w.show_results(config),
            Action::Restart => w.restart(),
        }
        let moved = w.screen != self.wizard.screen;
        let failed = submitted && w.error.is_some();
        Rc::new(State {
            config: self.config.clone(),
            focus_seq: self.focus_seq.wrapping_add(u32::from(moved || failed)),
            wizard: w,
        })
    }
}

//! The app's single reducer: the pure `Wizard` plus the config its
//! transitions need.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::wizard::Wizard;
use crate::engine::Config;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub config: Rc<Config>,
    pub wizard: Wizard,
}

pub enum Action {
    Start,
    Choose { question: String, option: String },
    Type { question: String, text: String },
    Submit,
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
        match action {
            Action::Start => w.start(),
            Action::Choose { question, option } => w.choose(config, &question, &option),
            Action::Type { question, text } => w.type_text(&question, &text),
            Action::Submit => w.submit(config),
            Action::Back => w.back(config),
            Action::Change(i) => w.change(config, i),
            Action::ShowResults => w.show_results(config),
            Action::Restart => w.restart(),
        }
        Rc::new(State {
            config: self.config.clone(),
            wizard: w,
        })
    }
}

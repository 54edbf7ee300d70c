//! One question screen: Back, the error summary, progress, and a real form
//! so Enter submits.

use std::rc::Rc;

use yew::prelude::*;

use super::error_summary::{error_text, ErrorSummary};
use super::progress::Progress;
use super::question_choice::{self, QuestionChoice};
use super::question_number::{self, QuestionNumber};
use super::state::{Action, State};
use super::Texts;
use crate::engine::wizard::Wizard;
use crate::engine::QuestionKind;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Texts,
    pub index: usize,
    pub wizard: Rc<Wizard>,
    pub dispatch: UseReducerDispatcher<State>,
}

#[component]
pub fn QuestionScreen(props: &Props) -> Html {
    let t = &props.texts;
    let Some(q) = t.config.questions.get(props.index) else {
        return html! {};
    };
    let w = &props.wizard;
    let error = w
        .error
        .as_ref()
        .filter(|e| e.question == q.id)
        .map(|e| AttrValue::from(error_text(t, q, &e.problem)));
    let d = props.dispatch.clone();
    let on_back = Callback::from(move |_: MouseEvent| d.dispatch(Action::Back));
    let d = props.dispatch.clone();
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        d.dispatch(Action::Submit)
    });
    let (field, target) = match q.kind {
        QuestionKind::Choice => {
            let d = props.dispatch.clone();
            let question = q.id.clone();
            let on_choose = Callback::from(move |option: String| {
                d.dispatch(Action::Choose {
                    question: question.clone(),
                    option,
                })
            });
            let selected = w
                .answers
                .choice(&q.id)
                .map(|s| AttrValue::from(s.to_string()));
            let field = html! {
                <QuestionChoice texts={t.clone()} question={q.clone()} {selected} error={error.clone()} {on_choose} />
            };
            (field, question_choice::field_id(q))
        }
        QuestionKind::Number => {
            let d = props.dispatch.clone();
            let question = q.id.clone();
            let on_input = Callback::from(move |text: String| {
                d.dispatch(Action::Type {
                    question: question.clone(),
                    text,
                })
            });
            let draft = w
                .drafts
                .get(&q.id)
                .cloned()
                .or_else(|| w.answers.number(&q.id).map(|n| t.number(n)))
                .unwrap_or_default();
            let field = html! {
                <QuestionNumber texts={t.clone()} question={q.clone()} draft={draft} error={error.clone()} {on_input} />
            };
            (field, question_number::field_id(q))
        }
    };
    html! {
        <section class="pf-screen pf-question">
            <button type="button" class="pf-link pf-back" onclick={on_back}>{ t.get("ui.back") }</button>
            if let Some(message) = error {
                <ErrorSummary texts={t.clone()} {message} target={target} />
            }
            <Progress texts={t.clone()} index={props.index} />
            <form class="pf-form" novalidate=true {onsubmit}>
                { field }
                <button type="submit" class="pf-button">{ t.get("ui.continue") }</button>
            </form>
        </section>
    }
}

//! One question screen: Back, the error summary, progress, and a real form
//! so Enter submits.

use yew::prelude::*;

use super::error_summary::{error_text, ErrorSummary};
use super::progress::Progress;
use super::question_choice::{self, QuestionChoice};
use super::question_number::{self, QuestionNumber};
use super::Texts;
use crate::engine::{Answer, Problem, Question, QuestionKind, UNKNOWN};

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub texts: Texts,
    pub question: Question,
    /// Zero-based position, and how many questions there are.
    pub index: usize,
    pub count: usize,
    pub answer: Option<Answer>,
    /// What was typed into a number field, kept as typed.
    pub draft: Option<String>,
    /// The problem a failed Continue found with this question.
    pub error: Option<Problem>,
    pub on_choose: Callback<String>,
    pub on_input: Callback<String>,
    pub on_back: Callback<()>,
    pub on_submit: Callback<()>,
    /// "Not decided yet" on a number question that allows it.
    pub on_unknown: Callback<()>,
    /// Skip on an optional question.
    pub on_skip: Callback<()>,
}

#[component]
pub fn QuestionScreen(props: &QuestionScreenProps) -> Html {
    let (t, q) = (&props.texts, &props.question);
    let error = props
        .error
        .as_ref()
        .map(|p| AttrValue::from(error_text(t, q, p)));
    let onsubmit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let (field, target) = match (q.kind, &props.answer) {
        (QuestionKind::Choice, answer) => {
            let selected = match answer {
                Some(Answer::Choice(o)) => Some(AttrValue::from(o.clone())),
                _ => None,
            };
            let field = html! {
                <QuestionChoice texts={t.clone()} question={q.clone()} {selected} error={error.clone()}
                    on_choose={props.on_choose.clone()} />
            };
            (field, question_choice::field_id(q))
        }
        (QuestionKind::Number, answer) => {
            let draft = props.draft.clone().or_else(|| match answer {
                Some(Answer::Number(n)) => Some(t.number(*n)),
                _ => None,
            });
            let unknown =
                props.draft.is_none() && matches!(answer, Some(Answer::Choice(o)) if o == UNKNOWN);
            let field = html! {
                <QuestionNumber texts={t.clone()} question={q.clone()} draft={draft.unwrap_or_default()}
                    {unknown} error={error.clone()} on_input={props.on_input.clone()} />
            };
            (field, question_number::field_id(q))
        }
    };
    html! {
        <section class="pf-screen pf-question">
            <button type="button" class="pf-link pf-back" onclick={props.on_back.reform(|_| ())}>
                { t.show("ui.back") }
            </button>
            if let Some(message) = error {
                <ErrorSummary texts={t.clone()} {message} target={target} />
            }
            <Progress texts={t.clone()} index={props.index} count={props.count} />
            <form class="pf-form" novalidate=true {onsubmit}>
                { field }
                <div class="pf-button-group">
                    <button type="submit" class="pf-button">{ t.show("ui.continue") }</button>
                    if q.unknown {
                        <button type="button" class="pf-button pf-button--secondary pf-button--unknown"
                            onclick={props.on_unknown.reform(|_| ())}>
                            { t.show(&format!("q.{}.opt.{UNKNOWN}", q.id)) }
                        </button>
                    }
                    if q.optional {
                        <button type="button" class="pf-button pf-button--secondary pf-button--skip"
                            onclick={props.on_skip.reform(|_| ())}>
                            { t.show("ui.skip") }
                        </button>
                    }
                </div>
            </form>
        </section>
    }
}

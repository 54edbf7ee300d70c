//! One question screen: Back, the error summary, progress, and a real form
//! so Enter submits.

use yew::prelude::*;

use super::el::{button, el};
use super::error_summary::{error_item, error_summary, error_text};
use super::progress::progress;
use super::question_choice::{self, question_choice, QuestionChoice};
use super::question_number::{self, question_number, QuestionNumber};
use super::Texts;
use crate::engine::{Answer, Problem, Question, QuestionKind, UNKNOWN};

pub struct QuestionScreen<'a> {
    pub texts: &'a Texts,
    pub question: &'a Question,
    /// The question's index in the config: the screen's key, so Yew mounts
    /// each question afresh rather than patching the last one's DOM.
    pub screen: usize,
    /// Zero-based position, and how many questions there are.
    pub index: usize,
    pub count: usize,
    pub answer: Option<&'a Answer>,
    /// What was typed into a number field, kept as typed.
    pub draft: Option<&'a String>,
    /// The problem a failed Continue found with this question.
    pub error: Option<&'a Problem>,
    pub on_choose: Callback<String>,
    pub on_input: Callback<String>,
    pub on_back: Callback<()>,
    pub on_submit: Callback<()>,
    /// A rough answer on a number question: "not decided yet" where it is
    /// allowed, or one of its options.
    pub on_rough: Callback<String>,
    /// Skip on an optional question.
    pub on_skip: Callback<()>,
    /// The group this question is answered for, when there are several.
    pub group: Option<String>,
}

pub fn question_screen(props: QuestionScreen) -> Html {
    let (t, q) = (props.texts, props.question);
    let error = props.error.map(|p| AttrValue::from(error_text(t, q, p)));
    let onsubmit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let (field, target) = match q.kind {
        QuestionKind::Choice => {
            let selected = match props.answer {
                Some(Answer::Choice(o)) => Some(o.as_str()),
                _ => None,
            };
            let field = question_choice(QuestionChoice {
                texts: t,
                question: q,
                selected,
                error: error.clone(),
                on_choose: props.on_choose,
            });
            (field, question_choice::field_id(q))
        }
        QuestionKind::Number => {
            let draft = props.draft.cloned().or_else(|| match props.answer {
                Some(Answer::Number(n)) => Some(t.number(*n)),
                _ => None,
            });
            // A rough answer given before, while nothing is typed.
            let rough = match (props.draft, props.answer) {
                (None, Some(Answer::Choice(o))) => Some(o.as_str()),
                _ => None,
            };
            let field = question_number(QuestionNumber {
                texts: t,
                question: q,
                draft: draft.unwrap_or_default(),
                rough,
                error: error.clone(),
                on_input: props.on_input,
                on_rough: props.on_rough.clone(),
            });
            (field, question_number::field_id(q))
        }
    };
    html! {
        <section key={format!("question-{}", props.screen)} class="pf-screen pf-question">
            { button("pf-link pf-back", &props.on_back, t.show("ui.back")) }
            if let Some(message) = error {
                { error_summary(t, error_item(".pf-app", &target, message), "h3") }
            }
            { progress(t, props.index, props.count) }
            if let Some(g) = props.group {
                { el("p", "pf-question__group", g) }
            }
            <form class="pf-form" novalidate=true {onsubmit}>
                { field }
                <div class="pf-button-group">
                    <button type="submit" class="pf-button">{ t.show("ui.continue") }</button>
                    if q.unknown {
                        { button(
                            "pf-button pf-button--secondary pf-button--unknown",
                            &props.on_rough.reform(|()| UNKNOWN.to_string()),
                            t.show(&format!("q.{}.opt.{UNKNOWN}", q.id)),
                        ) }
                    }
                    if q.optional {
                        { button("pf-button pf-button--secondary pf-button--skip", &props.on_skip, t.show("ui.skip")) }
                    }
                </div>
            </form>
        </section>
    }
}

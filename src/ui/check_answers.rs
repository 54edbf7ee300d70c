//! Check your answers: a summary list with a Change button per answer.

use std::rc::Rc;

use yew::prelude::*;

use super::Texts;
use crate::engine::{Answers, Question};

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub texts: Texts,
    pub questions: Rc<Vec<Question>>,
    /// Indexes of the questions asked; follow-ups that do not apply are
    /// not listed.
    pub asked: Vec<usize>,
    pub answers: Answers,
    /// Called with the index of the question to change.
    pub on_change: Callback<usize>,
    pub on_back: Callback<()>,
    pub on_results: Callback<()>,
}

#[component]
pub fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let t = &props.texts;
    let rows = props.asked.iter().filter_map(|&i| {
        let q = props.questions.get(i)?;
        let summary = t.summary(&q.id);
        // Only a skipped optional question reaches this screen unanswered.
        let value = props
            .answers
            .get(&q.id)
            .map_or_else(|| t.get("ui.check.skipped"), |a| t.answer(q, a));
        let onclick = props.on_change.reform(move |_: MouseEvent| i);
        Some(html! {
            <div class="pf-summary__row" key={q.id.clone()}>
                <dt class="pf-summary__key">{ summary.clone() }</dt>
                <dd class="pf-summary__value">{ value }</dd>
                <dd class="pf-summary__actions">
                    <button type="button" class="pf-link" {onclick}
                        aria-label={t.fill("ui.check.change_label", &[("question", &summary)])}>
                        { t.show("ui.check.change") }
                    </button>
                </dd>
            </div>
        })
    });
    html! {
        <section class="pf-screen pf-check">
            <button type="button" class="pf-link pf-back" onclick={props.on_back.reform(|_| ())}>
                { t.show("ui.back") }
            </button>
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.show("ui.check.title") }</h2>
            <p class="pf-lead">{ t.show("ui.check.lead") }</p>
            <dl class="pf-summary">{ for rows }</dl>
            <button type="button" class="pf-button" onclick={props.on_results.reform(|_| ())}>
                { t.show("ui.check.submit") }
            </button>
        </section>
    }
}

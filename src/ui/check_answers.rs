//! Check your answers: a summary list with a Change button per answer.

use yew::prelude::*;

use super::el::{button, el};
use super::Texts;
use crate::engine::{Answers, Question};

pub struct CheckAnswers<'a> {
    pub texts: &'a Texts,
    pub questions: &'a [Question],
    /// Indexes of the questions asked; follow-ups that do not apply are
    /// not listed.
    pub asked: Vec<usize>,
    pub answers: &'a Answers,
    /// Called with the index of the question to change.
    pub on_change: Callback<usize>,
    pub on_back: Callback<()>,
    pub on_results: Callback<()>,
}

pub fn check_answers(props: CheckAnswers) -> Html {
    let t = props.texts;
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
                { el("dt", "pf-summary__key", summary.clone()) }
                { el("dd", "pf-summary__value", value) }
                <dd class="pf-summary__actions">
                    <button type="button" class="pf-link" {onclick}
                        aria-label={t.fill("ui.check.change_label", &[("question", &summary)])}>
                        { t.show("ui.check.change") }
                    </button>
                </dd>
            </div>
        })
    });
    // Keyed so Yew never reuses another screen's DOM for this one.
    html! {
        <section key="check" class="pf-screen pf-check">
            { button("pf-link pf-back", &props.on_back, t.show("ui.back")) }
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.show("ui.check.title") }</h2>
            { el("p", "pf-lead", t.show("ui.check.lead")) }
            <dl class="pf-summary">{ for rows }</dl>
            { button("pf-button", &props.on_results, t.show("ui.check.submit")) }
        </section>
    }
}

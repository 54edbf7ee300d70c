//! Check your answers: a summary list with a Change button per answer.

use yew::prelude::*;

use super::state::{Action, State};
use super::Texts;
use crate::engine::Answers;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Texts,
    pub answers: Answers,
    pub dispatch: UseReducerDispatcher<State>,
}

#[component]
pub fn CheckAnswers(props: &Props) -> Html {
    let t = &props.texts;
    let rows = t.config.questions.iter().enumerate().map(|(i, q)| {
        let summary = t.summary(&q.id);
        let value = props
            .answers
            .get(&q.id)
            .map(|a| t.answer(q, a))
            .unwrap_or_default();
        let d = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::Change(i)));
        html! {
            <div class="pf-summary__row" key={q.id.clone()}>
                <dt class="pf-summary__key">{ summary.clone() }</dt>
                <dd class="pf-summary__value">{ value }</dd>
                <dd class="pf-summary__actions">
                    <button type="button" class="pf-link" {onclick}
                        aria-label={t.fill("ui.check.change_label", &[("question", &summary)])}>
                        { t.get("ui.check.change") }
                    </button>
                </dd>
            </div>
        }
    });
    let d = props.dispatch.clone();
    let on_results = Callback::from(move |_: MouseEvent| d.dispatch(Action::ShowResults));
    let d = props.dispatch.clone();
    let on_back = Callback::from(move |_: MouseEvent| d.dispatch(Action::Back));
    html! {
        <section class="pf-screen pf-check">
            <button type="button" class="pf-link pf-back" onclick={on_back}>{ t.get("ui.back") }</button>
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.get("ui.check.title") }</h2>
            <p class="pf-lead">{ t.get("ui.check.lead") }</p>
            <dl class="pf-summary">{ for rows }</dl>
            <button type="button" class="pf-button" onclick={on_results}>{ t.get("ui.check.submit") }</button>
        </section>
    }
}

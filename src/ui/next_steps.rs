//! Next steps for the recommended programme, built by the engine from the
//! goal, agenda and duration answers and the plan.

use std::rc::Rc;

use yew::prelude::*;

use super::Texts;
use crate::engine::{next_steps, Answers, Config, Recommendation};

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub texts: Texts,
    pub config: Rc<Config>,
    pub rec: Rc<Recommendation>,
    pub answers: Answers,
}

#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let t = &props.texts;
    let steps = next_steps(&props.config, &props.answers, &props.rec)
        .into_iter()
        .map(|key| html! { <li>{ t.show(&key) }</li> });
    html! {
        <section class="pf-block pf-next">
            <h3 class="pf-subheading">{ t.show("ui.next.title") }</h3>
            <ol class="pf-list">{ for steps }</ol>
        </section>
    }
}

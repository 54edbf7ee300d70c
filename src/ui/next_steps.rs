//! Next steps for the recommended programme, built by the engine from the
//! goal, agenda and duration answers and the plan.

use yew::prelude::*;

use super::Texts;
use crate::engine::{self, Answers, Config, Recommendation};

pub fn next_steps(t: &Texts, config: &Config, rec: &Recommendation, answers: &Answers) -> Html {
    let steps = engine::next_steps(config, answers, rec)
        .into_iter()
        .map(|key| html! { <li>{ t.show(&key) }</li> });
    html! {
        <section class="pf-block pf-next">
            <h3 class="pf-subheading">{ t.show("ui.next.title") }</h3>
            <ol class="pf-list">{ for steps }</ol>
        </section>
    }
}

//! Next steps for the recommended programme, built by the engine from the
//! goal, agenda and duration answers and the plan.

use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::{self, Answers, Config, Recommendation};

pub fn next_steps(t: &Texts, config: &Config, rec: &Recommendation, answers: &Answers) -> Html {
    let steps = engine::next_steps(config, answers, rec)
        .into_iter()
        .map(|key| el("li", "", t.show(&key)));
    html! {
        <section class="pf-block pf-next">
            { el("h3", "pf-subheading", t.show("ui.next.title")) }
            <ol class="pf-list">{ for steps }</ol>
        </section>
    }
}

//! Next steps for the recommended programme, with typical durations.

use yew::prelude::*;

use super::Texts;
use crate::engine::Kind;

/// Each kind has this many `ui.next.<kind>.<n>` texts.
const STEPS: usize = 3;

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub texts: Texts,
    pub kind: Kind,
}

#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let t = &props.texts;
    let steps = (1..=STEPS)
        .map(|n| html! { <li>{ t.get(&format!("ui.next.{}.{n}", props.kind.id())) }</li> });
    html! {
        <section class="pf-block pf-next">
            <h3 class="pf-subheading">{ t.get("ui.next.title") }</h3>
            <ol class="pf-list">{ for steps }</ol>
        </section>
    }
}

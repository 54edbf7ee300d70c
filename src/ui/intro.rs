//! The intro screen: what the assessment does, how long it takes, how many
//! questions, and that no personal data is collected.

use yew::prelude::*;

use super::Texts;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub texts: Texts,
    /// How many questions follow.
    pub questions: usize,
    pub on_start: Callback<()>,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let t = &props.texts;
    let count = props.questions.to_string();
    html! {
        <section class="pf-screen pf-intro">
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.get("ui.intro.title") }</h2>
            <p class="pf-lead">{ t.fill("ui.intro.lead", &[("count", &count)]) }</p>
            <ul class="pf-list">
                <li>{ t.get("ui.intro.time") }</li>
                <li>{ t.get("ui.intro.privacy") }</li>
            </ul>
            <button type="button" class="pf-button pf-button--start" onclick={props.on_start.reform(|_| ())}>
                { t.get("ui.intro.start") }
            </button>
        </section>
    }
}

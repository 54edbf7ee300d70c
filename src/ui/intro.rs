//! The intro screen: what the assessment does, how long it takes, how many
//! questions, and that no personal data is collected (or, with a lead
//! step, that none leaves the page without consent).

use yew::prelude::*;

use super::Texts;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub texts: Texts,
    /// How many questions follow.
    pub questions: usize,
    /// The results offer a contact form, so "nothing is collected" would
    /// not be true; the intro says what is asked, and when.
    #[prop_or_default]
    pub lead_on: bool,
    pub on_start: Callback<()>,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let t = &props.texts;
    let count = props.questions.to_string();
    html! {
        <section class="pf-screen pf-intro">
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.show("ui.intro.title") }</h2>
            <p class="pf-lead">{ t.fill("ui.intro.lead", &[("count", &count)]) }</p>
            <ul class="pf-list">
                <li>{ t.show("ui.intro.time") }</li>
                <li>{ t.show(if props.lead_on { "lead.privacy_intro" } else { "ui.intro.privacy" }) }</li>
            </ul>
            <button type="button" class="pf-button pf-button--start" onclick={props.on_start.reform(|_| ())}>
                { t.show("ui.intro.start") }
            </button>
        </section>
    }
}

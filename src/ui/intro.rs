//! The intro screen: what the assessment does, how long it takes, how many
//! questions, and that no personal data is collected (or, with a lead
//! step, that none leaves the page without consent).

use yew::prelude::*;

use super::el::{button, el};
use super::Texts;

/// `questions` is how many must be answered, and `optional` whether any
/// may be skipped: the intro promises optional questions only when the
/// config has some. With `lead_on` the results offer a contact form, so
/// "nothing is collected" would not be true; the intro says what is asked,
/// and when.
pub fn intro(
    t: &Texts,
    questions: usize,
    optional: bool,
    lead_on: bool,
    on_start: &Callback<()>,
) -> Html {
    let count = questions.to_string();
    // Keyed so Yew never reuses another screen's DOM for this one.
    html! {
        <section key="intro" class="pf-screen pf-intro">
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.show("ui.intro.title") }</h2>
            <p class="pf-lead">
                { t.fill("ui.intro.lead", &[("count", &count)]) }
                if optional {
                    { " " }{ t.show("ui.intro.optional") }
                }
            </p>
            <ul class="pf-list">
                { el("li", "", t.show("ui.intro.time")) }
                { el("li", "", t.show(if lead_on { "lead.privacy_intro" } else { "ui.intro.privacy" })) }
            </ul>
            { button("pf-button pf-button--start", on_start, t.show("ui.intro.start")) }
        </section>
    }
}

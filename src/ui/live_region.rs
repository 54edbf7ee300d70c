//! A polite live region naming the screen, so a screen reader hears
//! "Question 3 of 8" (or the screen name) after each move.

use yew::prelude::*;

use super::Texts;
use crate::engine::session::Screen;
use crate::engine::Kind;

#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    pub texts: Texts,
    pub screen: Screen,
    /// The question's position among those asked (zero-based), and how
    /// many are asked: follow-ups that do not apply are not counted.
    pub position: usize,
    pub questions: usize,
    pub kind: Option<Kind>,
}

#[component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let t = &props.texts;
    let m = props.questions.to_string();
    let message = match props.screen {
        Screen::Intro => t.get("ui.live.intro"),
        Screen::Question(_) => t.fill(
            "ui.live.question",
            &[("n", &(props.position + 1).to_string()), ("m", &m)],
        ),
        Screen::Check => t.get("ui.live.check"),
        Screen::Results => {
            let kind = props
                .kind
                .map(|k| t.get(&format!("kind.{}", k.id())))
                .unwrap_or_default();
            t.fill("ui.live.results", &[("kind", &kind)])
        }
    };
    html! {
        <div class="pf-visually-hidden" aria-live="polite" aria-atomic="true">{ message }</div>
    }
}

//! A polite live region naming the screen, so a screen reader hears
//! "Question 3 of 8" (or the screen name) after each move.

use yew::prelude::*;

use super::Texts;
use crate::engine::session::Screen;

/// `position` is the question's among those asked (zero-based), and
/// `questions` how many are asked: follow-ups that do not apply are not
/// counted. `result` names the recommendation on the results screen.
pub fn live_region(
    t: &Texts,
    screen: Screen,
    position: usize,
    questions: usize,
    result: Option<String>,
) -> Html {
    let m = questions.to_string();
    let message = match screen {
        Screen::Intro => t.get("ui.live.intro"),
        Screen::Question(_) => t.fill(
            "ui.live.question",
            &[("n", &(position + 1).to_string()), ("m", &m)],
        ),
        Screen::Check => t.get("ui.live.check"),
        Screen::Results => t.fill("ui.live.results", &[("kind", &result.unwrap_or_default())]),
    };
    html! {
        <div class="pf-visually-hidden" aria-live="polite" aria-atomic="true">{ message }</div>
    }
}

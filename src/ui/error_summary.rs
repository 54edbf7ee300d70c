//! The GOV.UK error summary: a focusable box at the top of the screen whose
//! links move focus to the field with the problem.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::{Problem, Question, QuestionKind};

/// The message for a problem with one question, shared by the summary and
/// the inline error so they always say the same thing.
pub fn error_text(t: &Texts, q: &Question, problem: &Problem) -> String {
    let question = t.summary(&q.id);
    match problem {
        Problem::Missing if q.kind == QuestionKind::Number => {
            t.fill("ui.error.enter", &[("question", &question)])
        }
        Problem::NotANumber => {
            let (min, max) = q.range();
            let example = t.amount(q, 1500.clamp(min, max));
            t.fill(
                "ui.error.not_a_number",
                &[("question", &question), ("example", &example)],
            )
        }
        Problem::OutOfRange { min, max } => t.fill(
            "ui.error.out_of_range",
            &[
                ("question", &question),
                ("min", &t.amount(q, *min)),
                ("max", &t.amount(q, *max)),
            ],
        ),
        Problem::Missing
        | Problem::UnknownQuestion
        | Problem::UnknownOption(_)
        | Problem::WrongType => t.fill("ui.error.choose", &[("question", &question)]),
    }
}

/// A summary link focuses its field itself: a fragment link cannot reach
/// into a shadow root, and must not change the host page's URL. `href`
/// (`#id`) names the field, looked for inside the link's closest `within`.
/// The lead form's summary uses it too.
pub fn focus_link(within: &'static str, href: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(within).ok().flatten())
            .and_then(|around| around.query_selector(&href).ok().flatten())
            .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
    })
}

/// One problem in the summary: a link that focuses the field with id
/// `target` (looked for within `within`, see [`focus_link`]) and says what
/// is wrong.
pub fn error_item(within: &'static str, target: &str, message: AttrValue) -> Html {
    let href = format!("#{target}");
    let onclick = focus_link(within, href.clone());
    html! { <li key={target}><a {href} {onclick}>{ message }</a></li> }
}

/// The summary of `items` (each an [`error_item`]); `heading` is its
/// title's tag, one below the screen's heading.
pub fn error_summary(t: &Texts, items: Html, heading: &'static str) -> Html {
    html! {
        <div class="pf-error-summary" tabindex="-1">
            <div role="alert">
                { el(heading, "pf-error-summary__title", t.show("ui.error.title")) }
                <ul class="pf-error-summary__list">{ items }</ul>
            </div>
        </div>
    }
}

//! "Question N of M" with a native progress bar.

use yew::prelude::*;

use super::el::el;
use super::Texts;

/// `index` is zero-based; `count` is how many questions there are.
pub fn progress(t: &Texts, index: usize, count: usize) -> Html {
    let (n, m) = (index + 1, count);
    let label = t.fill(
        "ui.progress.label",
        &[("n", &n.to_string()), ("m", &m.to_string())],
    );
    html! {
        <div class="pf-progress">
            { el("p", "pf-progress__label", label.clone()) }
            <progress class="pf-progress__bar" max={m.to_string()} value={n.to_string()}
                aria-label={t.get("ui.progress.name")} aria-valuetext={label}></progress>
        </div>
    }
}

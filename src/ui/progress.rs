//! "Question N of M" with a native progress bar.

use yew::prelude::*;

use super::Texts;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub texts: Texts,
    /// Zero-based question index.
    pub index: usize,
    pub count: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let t = &props.texts;
    let m = props.count;
    let n = props.index + 1;
    let label = t.fill(
        "ui.progress.label",
        &[("n", &n.to_string()), ("m", &m.to_string())],
    );
    html! {
        <div class="pf-progress">
            <p class="pf-progress__label">{ label.clone() }</p>
            <progress class="pf-progress__bar" max={m.to_string()} value={n.to_string()}
                aria-label={t.get("ui.progress.name")} aria-valuetext={label}></progress>
        </div>
    }
}

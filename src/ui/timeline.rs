//! The plan quarter by quarter, shown when the person said when to start.

use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::{Config, Recommendation, Words};

pub fn timeline(t: &Texts, config: &Config, r: &Recommendation) -> Html {
    if r.timeline.is_empty() {
        return html! {};
    }
    let words = Words::new(config, t.locale(), t.formatter());
    let quarters = r.timeline.iter().map(|q| {
        let (label, items) = words.quarter(&r.plan, q);
        html! {
            <li class="pf-timeline__quarter" key={q.number}>
                { el("h4", "pf-timeline__when", t.phrase(&label)) }
                <ul class="pf-list">{ for items.iter().map(|i| el("li", "", t.phrase(i))) }</ul>
            </li>
        }
    });
    html! {
        <section class="pf-block pf-timeline">
            { el("h3", "pf-subheading", t.show("ui.timeline.title")) }
            <ol class="pf-timeline__quarters">{ for quarters }</ol>
        </section>
    }
}

//! The plan quarter by quarter, shown when the person said when to start.

use yew::prelude::*;

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
                <h4 class="pf-timeline__when">{ t.phrase(&label) }</h4>
                <ul class="pf-list">{ for items.iter().map(|i| html! { <li>{ t.phrase(i) }</li> }) }</ul>
            </li>
        }
    });
    html! {
        <section class="pf-block pf-timeline">
            <h3 class="pf-subheading">{ t.show("ui.timeline.title") }</h3>
            <ol class="pf-timeline__quarters">{ for quarters }</ol>
        </section>
    }
}

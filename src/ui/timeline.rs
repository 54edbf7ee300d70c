//! The plan quarter by quarter, shown when the person said when to start.

use std::rc::Rc;

use yew::prelude::*;

use super::Texts;
use crate::engine::{Config, Recommendation, Words};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub texts: Texts,
    pub config: Rc<Config>,
    pub rec: Rc<Recommendation>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (t, r) = (&props.texts, &props.rec);
    if r.timeline.is_empty() {
        return html! {};
    }
    let words = Words::new(&props.config, t.locale(), t.formatter());
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

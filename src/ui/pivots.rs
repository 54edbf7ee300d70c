//! "What would change this": the engine's pivots as sentences.

use std::rc::Rc;

use yew::prelude::*;

use super::Texts;
use crate::engine::{Config, Recommendation, Words};

/// The first few pivots are the telling ones; a long list hides them.
const SHOWN: usize = 5;

#[derive(Properties, PartialEq)]
pub struct PivotsProps {
    pub texts: Texts,
    pub rec: Rc<Recommendation>,
    /// The engine words the pivots from the config's texts.
    pub config: Rc<Config>,
}

#[component]
pub fn Pivots(props: &PivotsProps) -> Html {
    let t = &props.texts;
    let pivots = &props.rec.pivots;
    let words = Words::new(&props.config, t.locale(), t.formatter());
    html! {
        <section class="pf-block pf-pivots">
            <h3 class="pf-subheading">{ t.show("ui.pivots.title") }</h3>
            if pivots.is_empty() {
                <p>{ t.show("ui.pivots.none") }</p>
            } else {
                <ul class="pf-list">
                    { for pivots.iter().take(SHOWN).map(|p| html! { <li>{ t.phrase(&words.pivot(p)) }</li> }) }
                </ul>
            }
        </section>
    }
}

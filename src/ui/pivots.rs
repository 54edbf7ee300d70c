//! "What would change this": the engine's pivots as sentences.

use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::{Config, Recommendation, Words};

/// The first few pivots are the telling ones; a long list hides them.
const SHOWN: usize = 5;

/// `config` has the texts the engine words the pivots from.
pub fn pivots(t: &Texts, rec: &Recommendation, config: &Config) -> Html {
    let pivots = &rec.pivots;
    let words = Words::new(config, t.locale(), t.formatter());
    html! {
        <section class="pf-block pf-pivots">
            { el("h3", "pf-subheading", t.show("ui.pivots.title")) }
            if pivots.is_empty() {
                { el("p", "", t.show("ui.pivots.none")) }
            } else {
                <ul class="pf-list">
                    { for pivots.iter().take(SHOWN).map(|p| el("li", "", t.phrase(&words.pivot(p)))) }
                </ul>
            }
        </section>
    }
}

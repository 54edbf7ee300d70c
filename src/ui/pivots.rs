//! "What would change this": the engine's pivots as sentences.

use std::rc::Rc;

use yew::prelude::*;

use super::Texts;
use crate::engine::{Kind, Pivot, Recommendation};

/// The first few pivots are the telling ones; a long list hides them.
const SHOWN: usize = 5;

#[derive(Properties, PartialEq)]
pub struct PivotsProps {
    pub texts: Texts,
    pub rec: Rc<Recommendation>,
}

fn sentence(t: &Texts, p: &Pivot) -> String {
    let kind = |k: &Kind| t.get(&format!("ui.pivot.kind.{}", k.id()));
    match p {
        Pivot::Choice {
            question,
            option,
            kind: k,
        } => t.fill(
            "ui.pivot.choice",
            &[
                ("question", &t.summary(question)),
                ("answer", &t.get(&format!("q.{question}.opt.{option}"))),
                ("kind", &kind(k)),
            ],
        ),
        Pivot::BudgetAtLeast { budget, kind: k } => t.fill(
            "ui.pivot.budget_at_least",
            &[("budget", &t.money(*budget)), ("kind", &kind(k))],
        ),
        Pivot::Cohort {
            participants,
            kind: k,
        } => t.fill(
            "ui.pivot.cohort",
            &[
                ("participants", &t.number(*participants)),
                ("kind", &kind(k)),
            ],
        ),
    }
}

#[component]
pub fn Pivots(props: &PivotsProps) -> Html {
    let t = &props.texts;
    let pivots = &props.rec.pivots;
    html! {
        <section class="pf-block pf-pivots">
            <h3 class="pf-subheading">{ t.get("ui.pivots.title") }</h3>
            if pivots.is_empty() {
                <p>{ t.get("ui.pivots.none") }</p>
            } else {
                <ul class="pf-list">
                    { for pivots.iter().take(SHOWN).map(|p| html! { <li>{ sentence(t, p) }</li> }) }
                </ul>
            }
        </section>
    }
}

//! The strongest reasons, each naming the answer behind it.

use yew::prelude::*;

use super::el::{el, keyed};
use super::Texts;
use crate::engine::{Config, Lean, Recommendation};

/// Enough to explain the result without repeating every answer.
const SHOWN: usize = 4;

/// `config` has the questions the reasons name.
pub fn reasons(t: &Texts, config: &Config, rec: &Recommendation) -> Html {
    let items = rec.reasons.iter().take(SHOWN).filter_map(|r| {
        let q = config.question(&r.question)?;
        let lean = match r.lean {
            Lean::Coaching => "coaching",
            Lean::Mentoring => "mentoring",
            Lean::Neutral => "neutral",
        };
        let answer = t.fill(
            "ui.results.reason.answer",
            &[
                ("answer", &t.answer(q, &r.answer)),
                ("question", &t.summary(&q.id)),
            ],
        );
        Some(keyed(
            r.question.clone(),
            "li",
            format!("pf-reason pf-reason--{lean}"),
            html! {
                <>
                    { el("span", "pf-tag", t.show(&format!("ui.results.lean.{lean}"))) }
                    { el("span", "pf-reason__text", t.show(&r.text)) }
                    { el("span", "pf-reason__answer", answer) }
                </>
            },
        ))
    });
    html! {
        <section class="pf-block pf-reasons">
            { el("h3", "pf-subheading", t.show("ui.results.reasons.title")) }
            <ul class="pf-reason-list">{ for items }</ul>
        </section>
    }
}

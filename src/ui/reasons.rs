//! The strongest reasons, each naming the answer behind it.

use yew::prelude::*;

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
        Some(html! {
            <li class={format!("pf-reason pf-reason--{lean}")} key={r.question.clone()}>
                <span class="pf-tag">{ t.show(&format!("ui.results.lean.{lean}")) }</span>
                <span class="pf-reason__text">{ t.show(&r.text) }</span>
                <span class="pf-reason__answer">{ answer }</span>
            </li>
        })
    });
    html! {
        <section class="pf-block pf-reasons">
            <h3 class="pf-subheading">{ t.show("ui.results.reasons.title") }</h3>
            <ul class="pf-reason-list">{ for items }</ul>
        </section>
    }
}

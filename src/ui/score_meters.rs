//! Two meters showing how well coaching and mentoring fit. The bars are
//! SVG so their length needs no inline style.

use yew::prelude::*;

use super::el::el;
use super::Texts;
use crate::engine::Scores;

pub fn score_meters(t: &Texts, scores: Scores) -> Html {
    let meter = |kind: &'static str, score: u8| {
        let name = t.get(&format!("ui.results.score.{kind}"));
        let value = t.fill("ui.results.score.value", &[("score", &score.to_string())]);
        el(
            "div",
            format!("pf-meter pf-meter--{kind}"),
            html! {
                <>
                    <span class="pf-meter__name" aria-hidden="true">{ name.clone() }</span>
                    <span class="pf-meter__value" aria-hidden="true">{ value.clone() }</span>
                    <div class="pf-meter__bar" role="meter" aria-label={name} aria-valuemin="0"
                        aria-valuemax="100" aria-valuenow={score.to_string()} aria-valuetext={value}>
                        <svg class="pf-meter__svg" viewBox="0 0 100 10" preserveAspectRatio="none"
                            aria-hidden="true" focusable="false">
                            <rect class="pf-meter__track" x="0" y="0" width="100" height="10" />
                            <rect class="pf-meter__fill" x="0" y="0" width={score.to_string()} height="10" />
                        </svg>
                    </div>
                </>
            },
        )
    };
    html! {
        <section class="pf-block pf-scores">
            { el("h3", "pf-subheading", t.show("ui.results.scores.title")) }
            { meter("coaching", scores.coaching) }
            { meter("mentoring", scores.mentoring) }
        </section>
    }
}

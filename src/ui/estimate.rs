//! The capacity and cost estimate, in a sentence and in figures.

use std::rc::Rc;

use yew::prelude::*;

use super::Texts;
use crate::engine::{Kind, Recommendation};

#[derive(Properties, PartialEq)]
pub struct EstimateViewProps {
    pub texts: Texts,
    pub rec: Rc<Recommendation>,
}

#[component]
pub fn EstimateView(props: &EstimateViewProps) -> Html {
    let t = &props.texts;
    let e = &props.rec.estimate;
    let summary = t.fill(
        "ui.estimate.summary",
        &[
            ("coachable", &t.number(e.coachable)),
            ("participants", &t.number(e.participants)),
            ("mentors", &t.number(e.mentors_needed)),
        ],
    );
    let coaching = t.fill(
        "ui.estimate.coaching",
        &[
            ("per_person", &t.money(e.coaching_cost_per_participant)),
            ("cost", &t.money(e.coach_everyone_cost)),
        ],
    );
    let mentoring = t.fill(
        "ui.estimate.mentoring",
        &[
            ("cost", &t.money(e.mentor_everyone_cost)),
            ("per_mentor", &e.mentees_per_mentor.to_string()),
        ],
    );
    let plan = &props.rec.plan;
    let hybrid = (props.rec.kind == Kind::Hybrid).then(|| {
        t.fill(
            "ui.estimate.hybrid",
            &[
                ("coaching_cost", &t.money(plan.coaching_cost)),
                ("mentoring_cost", &t.money(plan.mentoring_cost)),
            ],
        )
    });
    let figures = [
        ("budget", t.money(e.budget)),
        ("coachable", t.number(e.coachable)),
        ("coach_all", t.money(e.coach_everyone_cost)),
        ("mentor_all", t.money(e.mentor_everyone_cost)),
        ("mentors_needed", t.number(e.mentors_needed)),
        ("mentors_likely", t.number(e.mentors_likely)),
    ]
    .into_iter()
    .map(|(key, value)| {
        html! {
            <div class="pf-figure" key={key}>
                <dt class="pf-figure__name">{ t.get(&format!("ui.estimate.{key}")) }</dt>
                <dd class="pf-figure__value">{ value }</dd>
            </div>
        }
    });
    html! {
        <section class="pf-block pf-estimate">
            <h3 class="pf-subheading">{ t.get("ui.estimate.title") }</h3>
            <p class="pf-estimate__summary">{ summary }</p>
            <p>{ coaching }{ " " }{ mentoring }{ " " }{ t.get(&format!("supply.{}", e.expertise)) }</p>
            if let Some(h) = hybrid {
                <p>{ h }</p>
            }
            <dl class="pf-figures" aria-label={t.get("ui.estimate.figures")}>{ for figures }</dl>
        </section>
    }
}

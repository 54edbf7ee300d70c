//! The results screen: the recommendation and why, then the evidence
//! (scores, reasons, Venn, estimate, pivots) and what to do next, with the
//! hidden report that Print prints.

use std::rc::Rc;

use yew::prelude::*;

use super::actions::Actions;
use super::estimate::EstimateView;
use super::next_steps::NextSteps;
use super::pivots::Pivots;
use super::reasons::Reasons;
use super::report::{report, Report};
use super::score_meters::ScoreMeters;
use super::timeline::Timeline;
use super::venn::Venn;
use super::Texts;
use crate::engine::model::config::Cta;
use crate::engine::model::cta::cta_href;
use crate::engine::{Answers, Config, Recommendation, Words};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub texts: Texts,
    pub config: Rc<Config>,
    pub rec: Rc<Recommendation>,
    pub answers: Answers,
    pub on_restart: Callback<()>,
    pub on_share: Option<Callback<Answers, Option<String>>>,
    pub on_cta: Callback<String>,
    pub on_print: Callback<()>,
    /// The lead step's place above the results (its confirmation) and
    /// under them (the optional form).
    #[prop_or_default]
    pub before: Html,
    #[prop_or_default]
    pub after: Html,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let (t, r) = (&props.texts, &props.rec);
    let cta = Cta {
        url: cta_href(&props.config.cta.url, r, &props.answers, t.locale()),
        label: props.config.cta.label.clone(),
    };
    // Any part of the why the locale lacks carries its own lang.
    let why = Words::new(&props.config, t.locale(), t.formatter()).why(r);
    html! {
        <section class={classes!("pf-screen", "pf-results", format!("pf-results--{}", r.kind.id()))}>
            { props.before.clone() }
            <h2 class="pf-heading pf-heading--result pf-focus-target" tabindex="-1">
                <span class="pf-eyebrow">{ t.show("ui.results.eyebrow") }</span>{ " " }
                { t.show(&format!("kind.{}", r.kind.id())) }
            </h2>
            <p class="pf-lead">
                { t.phrase(&why) }
            </p>
            <ScoreMeters texts={t.clone()} scores={r.scores} />
            <Reasons texts={t.clone()} rec={r.clone()} config={props.config.clone()} />
            <Venn texts={t.clone()} rec={r.clone()} />
            <EstimateView texts={t.clone()} rec={r.clone()} config={props.config.clone()} />
            <Timeline texts={t.clone()} rec={r.clone()} config={props.config.clone()} />
            <Pivots texts={t.clone()} rec={r.clone()} config={props.config.clone()} />
            <NextSteps texts={t.clone()} config={props.config.clone()} rec={r.clone()}
                answers={props.answers.clone()} />
            { report(Report {
                texts: t,
                config: &props.config,
                rec: r,
                answers: &props.answers,
                cta_url: &cta.url,
            }) }
            <Actions texts={t.clone()} {cta} answers={props.answers.clone()}
                on_restart={props.on_restart.clone()} on_share={props.on_share.clone()}
                on_cta={props.on_cta.clone()} on_print={props.on_print.clone()} />
            { props.after.clone() }
        </section>
    }
}

//! The results screen: the recommendation and why, then the evidence
//! (scores, reasons, Venn, estimate, pivots) and what to do next, with the
//! hidden report that Print prints.

use yew::prelude::*;

use super::actions::{actions, Actions};
use super::el::{el, keyed};
use super::estimate::estimate;
use super::next_steps::next_steps;
use super::pivots::pivots;
use super::programme::programme;
use super::reasons::reasons;
use super::report::{report, Report};
use super::report_programme::programme_report;
use super::score_meters::score_meters;
use super::timeline::timeline;
use super::venn::venn;
use super::Texts;
use crate::engine::config::types::Cta;
use crate::engine::dict::Dict;
use crate::engine::text::cta::{cta_href, CtaContext, CtaFigures};
use crate::engine::{Answers, Config, Grouped, Programme, Recommendation, Words};

pub struct Results<'a> {
    pub texts: &'a Texts,
    pub config: &'a Config,
    pub rec: &'a Recommendation,
    pub answers: &'a Answers,
    /// Every group's answers, for the share link.
    pub grouped: &'a Grouped,
    pub shared: &'a Option<Option<String>>,
    pub on_shared: Callback<Option<String>>,
    /// Whether the browser copied the link, once it has said.
    pub copied: Option<bool>,
    pub on_copied: Callback<bool>,
    pub on_restart: Callback<()>,
    pub on_ask_restart: Callback<()>,
    pub on_keep: Callback<()>,
    pub on_share: Option<super::OnShare>,
    pub on_cta: Callback<String>,
    pub on_print: Callback<()>,
    /// Start again awaits an answer.
    pub restart_asked: bool,
    /// The lead step's place above the results (its confirmation) and
    /// under them (the optional form).
    pub before: Html,
    pub after: Html,
    /// The host page's hidden fields, and the sent lead's key (or `""`),
    /// for the call to action's placeholders.
    pub hidden: &'a Dict<String>,
    pub lead_id: &'a str,
    /// The what-if explorer, under the plan; empty when the config turns
    /// it off.
    pub explore: Html,
    /// The explorer's pinned comparison, for the report.
    pub compare: Html,
    /// The values pinned in the explorer, for the share link.
    pub pinned: Option<&'a Answers>,
    /// The programme, when it has several groups: its results and report
    /// replace the single group's; its explorer works on the shared
    /// answers.
    pub programme: Option<&'a Programme>,
}

pub fn results(props: Results) -> Html {
    let (t, c, r) = (props.texts, props.config, props.rec);
    let cta = Cta {
        url: cta_href(
            &c.cta.url,
            &props.programme.map_or_else(|| r.into(), CtaFigures::from),
            &CtaContext {
                locale: t.locale(),
                hidden: props.hidden,
                lead_id: props.lead_id,
            },
        ),
        label: c.cta.label.clone(),
        target: c.cta.target,
    };
    let (kind, body) = match props.programme {
        Some(p) => {
            let report = programme_report(t, c, &cta.url, (p, props.grouped));
            let body = html! { <>{ programme(t, c, p) }{ props.explore }{ report }</> };
            ("programme", body)
        }
        None => {
            let report = report(Report {
                texts: t,
                config: c,
                rec: r,
                answers: props.answers,
                cta_url: &cta.url,
                compare: props.compare,
            });
            let body = single(t, c, (r, props.answers), props.explore, report);
            (r.kind.id(), body)
        }
    };
    // Keyed so Yew never reuses another screen's DOM for this one.
    let class = format!("pf-screen pf-results pf-results--{kind}");
    keyed(
        "results",
        "section",
        class,
        html! {
            <>
                { props.before }
                { body }
                { actions(Actions {
                    texts: t,
                    cta,
                    answers: props.grouped,
                    pinned: props.pinned,
                    shared: props.shared,
                    on_shared: props.on_shared,
                    copied: props.copied,
                    on_copied: props.on_copied,
                    restart_asked: props.restart_asked,
                    on_ask_restart: props.on_ask_restart,
                    on_keep: props.on_keep,
                    on_restart: props.on_restart,
                    on_share: props.on_share,
                    on_cta: props.on_cta,
                    on_print: props.on_print,
                }) }
                { props.after }
            </>
        },
    )
}

/// One group's results: the recommendation and why, the evidence, the
/// plan, the explorer and what to do next, and the hidden report.
fn single(
    t: &Texts,
    c: &Config,
    (r, answers): (&Recommendation, &Answers),
    explore: Html,
    report: Html,
) -> Html {
    // Any part of the why the locale lacks carries its own lang.
    let why = Words::new(c, t.locale(), t.formatter()).why(r);
    html! {
        <>
            <h2 class="pf-heading pf-heading--result pf-focus-target" tabindex="-1">
                { el("span", "pf-eyebrow", t.show("ui.results.eyebrow")) }{ " " }
                { t.show(&format!("kind.{}", r.kind.id())) }
            </h2>
            <p class="pf-lead">
                { t.phrase(&why) }
            </p>
            { score_meters(t, r.scores) }
            { reasons(t, c, r) }
            { venn(t, r) }
            { estimate(t, r, c) }
            { timeline(t, c, r) }
            { explore }
            { pivots(t, r, c) }
            { next_steps(t, c, r, answers) }
            { report }
        </>
    }
}

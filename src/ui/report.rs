//! The report to keep: the results alone, as an HR leader would forward
//! them to a CEO. It leads with the recommendation, the why and the plan's
//! cost; then the alternatives weighed and why they lost; the plan quarter
//! by quarter and what each budget would buy; the reasons, the cost
//! assumptions and their sources; the next steps and whom to talk to. The
//! answers and the trait comparison come last, compact. It stays hidden
//! in the widget; the Print button has the loader copy it into a
//! same-origin frame of its own and print that, so no part of the host
//! page is printed. It holds no ids, so the copy cannot clash.

use yew::prelude::*;

use super::el::el;
use super::estimate::plan_figures;
use super::venn::REGIONS;
use super::Texts;
use crate::engine::advice::asked::Asking;
use crate::engine::text::assumptions::cost_assumptions;
use crate::engine::{next_steps, Answers, Config, Phrase, Plan, Question, Recommendation, Words};

/// The report's inputs. A plain function renders it rather than a
/// component: it has no state, and each component costs wasm bytes.
pub struct Report<'a> {
    pub texts: &'a Texts,
    pub config: &'a Config,
    pub rec: &'a Recommendation,
    pub answers: &'a Answers,
    /// The call to action's URL, placeholders filled.
    pub cta_url: &'a str,
    /// The explorer's pinned comparison, or nothing.
    pub compare: Html,
}

pub fn report(props: Report) -> Html {
    let (t, c, r) = (props.texts, props.config, props.rec);
    let words = Words::new(c, t.locale(), t.formatter());
    let firm = t.get("firm.name");
    let date = t.long_date();
    let kind = t.get(&format!("kind.{}", r.kind.id()));
    let alternatives = words.alternatives(r);
    html! {
        <article class="pf-report" hidden=true lang={t.locale().to_string()}
            data-title={format!("{} – {firm}", t.get("report.title"))}>
            { el("p", "pf-report__meta", t.fill("report.date", &[("firm", &firm), ("date", &date)])) }
            <h1 class="pf-report__title">{ t.get("report.title") }{ ": " }{ kind }</h1>
            { el("p", "", t.phrase(&words.why(r))) }
            { el("h2", "", t.get("report.costs")) }
            { figures(t, &r.plan) }
            { el("h2", "", t.get("report.alternatives")) }
            <ul>{ for alternatives.iter().map(|a| el("li", "", t.phrase(a))) }</ul>
            { plan_in_time(t, &words, r) }
            { grounds(t, c, r) }
            { next(t, c, r, props.answers, props.cta_url) }
            { props.compare }
            { answers(t, c, props.answers) }
            { traits(t, r) }
        </article>
    }
}

/// The plan in figures, in pairs.
pub fn figures(t: &Texts, plan: &Plan) -> Html {
    let pairs = plan_figures(t, plan).into_iter().map(|(key, value)| {
        html! { <div>{ el("dt", "", t.get(&format!("ui.estimate.{key}"))) }{ el("dd", "", value) }</div> }
    });
    html! { <dl class="pf-report__pairs">{ for pairs }</dl> }
}

/// The plan quarter by quarter, and what each budget would buy while the
/// budget is not decided; each only when there is something to show.
fn plan_in_time(t: &Texts, words: &Words, r: &Recommendation) -> Html {
    let quarters = r.timeline.iter().map(|q| {
        let (label, items) = words.quarter(&r.plan, q);
        let mut said = Phrase::default();
        for i in &items {
            said.join(i);
        }
        html! { <tr><th scope="row">{ t.phrase(&label) }</th>{ el("td", "", t.phrase(&said)) }</tr> }
    });
    html! {
        <>
            if !r.timeline.is_empty() {
                { el("h2", "", t.get("ui.timeline.title")) }
                <table class="pf-report__table pf-report__timeline"><tbody>{ for quarters }</tbody></table>
            }
            if !r.levels.is_empty() {
                { el("h2", "", t.get("ui.estimate.levels")) }
                <ul>{ for r.levels.iter().map(|l| el("li", "", t.phrase(&words.level(l)))) }</ul>
            }
        </>
    }
}

/// The reasons behind the fit, each with the answer it comes from; the
/// cost assumptions behind the figures, and where they come from.
fn grounds(t: &Texts, c: &Config, r: &Recommendation) -> Html {
    let reasons = r.reasons.iter().take(4).filter_map(|reason| {
        let q = c.question(&reason.question)?;
        let answer = t.fill(
            "ui.results.reason.answer",
            &[
                ("answer", &t.answer(q, &reason.answer)),
                ("question", &t.summary(&q.id)),
            ],
        );
        Some(el("li", "", format!("{} {answer}", t.get(&reason.text))))
    });
    let assumptions = cost_assumptions(c, t.locale(), t.formatter(), &r.plan);
    html! {
        <>
            { el("h2", "", t.get("ui.results.reasons.title")) }
            <ul>{ for reasons }</ul>
            { el("h2", "", t.get("report.assumptions")) }
            <ul>{ for assumptions.into_iter().map(|a| el("li", "", a)) }</ul>
            { el("p", "pf-report__sources", t.get("report.sources")) }
        </>
    }
}

/// The next steps, then who prepared the report and how to reach them.
fn next(t: &Texts, c: &Config, r: &Recommendation, answers: &Answers, url: &str) -> Html {
    let steps = next_steps(c, answers, r);
    html! {
        <>
            { el("h2", "", t.get("ui.next.title")) }
            <ol>{ for steps.iter().map(|k| el("li", "", t.get(k))) }</ol>
            { contact(t, c, url) }
        </>
    }
}

/// Who prepared the report, and the call to action's link.
pub fn contact(t: &Texts, c: &Config, url: &str) -> Html {
    let firm = t.get("firm.name");
    let cta = t.fill(
        "report.cta",
        &[("label", &t.get(&c.cta.label)), ("url", url)],
    );
    html! {
        <>
            { el("p", "pf-report__contact", t.fill("report.contact", &[("firm", &firm)])) }
            { el("p", "pf-report__cta", cta) }
        </>
    }
}

/// The questions asked, as on the check screen (follow-ups that did not
/// apply are left out), in two columns.
fn answers(t: &Texts, c: &Config, given: &Answers) -> Html {
    let asking = Asking::new(c, given);
    let rows = c
        .questions
        .iter()
        .filter(|q| asking.asks(q))
        .map(|q| answer_row(t, q, given));
    html! {
        <>
            { el("h2", "", t.get("report.answers")) }
            <dl class="pf-report__pairs pf-report__answers">{ for rows }</dl>
        </>
    }
}

/// One question and its answer, or that it was skipped.
pub fn answer_row(t: &Texts, q: &Question, given: &Answers) -> Html {
    let value = given
        .get(&q.id)
        .map_or_else(|| t.get("ui.check.skipped"), |a| t.answer(q, a));
    html! { <div>{ el("dt", "", t.summary(&q.id)) }{ el("dd", "", value) }</div> }
}

/// The trait comparison, compact: one line per region, the traits that
/// fit these answers and this plan marked.
fn traits(t: &Texts, r: &Recommendation) -> Html {
    let regions = REGIONS.iter().map(|(region, key)| {
        let names: Vec<String> = r
            .traits
            .iter()
            .filter(|m| m.region == *region)
            .map(|m| match m.matched {
                true => format!("{} ✓", t.get(&m.text)),
                false => t.get(&m.text),
            })
            .collect();
        html! { <div>{ el("dt", "", t.get(&format!("ui.venn.{key}"))) }{ el("dd", "", names.join("; ")) }</div> }
    });
    html! {
        <>
            { el("h2", "", t.get("ui.venn.title")) }
            { el("p", "pf-report__meta", t.get("report.traits.legend")) }
            <dl class="pf-report__traits">{ for regions }</dl>
        </>
    }
}

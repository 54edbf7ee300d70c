//! The report to keep: the results alone, as an HR leader would hand them
//! to a CFO. It stays hidden in the widget; the Print button has the loader
//! copy it into a same-origin frame of its own and print that, so no part
//! of the host page is printed. It holds no ids, so the copy cannot clash.

use yew::prelude::*;

use super::el::el;
use super::estimate::plan_figures;
use super::venn::venn_table;
use super::Texts;
use crate::engine::advice::asked::Asking;
use crate::engine::text::assumptions::cost_assumptions;
use crate::engine::{next_steps, Answers, Config, Recommendation, Words};

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
    // "29 November 2026" in the visitor's locale: unambiguous on paper.
    let long = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&long, &"dateStyle".into(), &"long".into());
    let date: String = js_sys::Date::new_0()
        .to_locale_date_string(t.locale(), &long)
        .into();
    let kind = t.get(&format!("kind.{}", r.kind.id()));
    // The questions asked, as on the check screen: follow-ups that did not
    // apply are left out.
    let asking = Asking::new(c, props.answers);
    let asked = c.questions.iter().filter(|q| asking.asks(q));
    let answers = asked.map(|q| {
        let value = props
            .answers
            .get(&q.id)
            .map_or_else(|| t.get("ui.check.skipped"), |a| t.answer(q, a));
        html! { <tr><th scope="row">{ t.summary(&q.id) }</th>{ el("td", "", value) }</tr> }
    });
    let figures = plan_figures(t, &r.plan).into_iter().map(|(key, value)| {
        html! { <tr><th scope="row">{ t.get(&format!("ui.estimate.{key}")) }</th>{ el("td", "", value) }</tr> }
    });
    let assumptions = cost_assumptions(c, t.locale(), t.formatter(), &r.plan);
    let steps = next_steps(c, props.answers, r);
    let cta = t.fill(
        "report.cta",
        &[("label", &t.get(&c.cta.label)), ("url", props.cta_url)],
    );
    html! {
        <article class="pf-report" hidden=true lang={t.locale().to_string()}
            data-title={format!("{} – {firm}", t.get("report.title"))}>
            { el("p", "pf-report__meta", t.fill("report.date", &[("firm", &firm), ("date", &date)])) }
            <h1 class="pf-report__title">{ t.get("report.title") }{ ": " }{ kind }</h1>
            { el("p", "", t.phrase(&words.why(r))) }
            { el("h2", "", t.get("report.answers")) }
            <table class="pf-report__table"><tbody>{ for answers }</tbody></table>
            { el("h2", "", t.get("report.costs")) }
            <table class="pf-report__table"><tbody>{ for figures }</tbody></table>
            { el("p", "", t.phrase(&words.comparison(r))) }
            { props.compare }
            { el("h2", "", t.get("report.assumptions")) }
            <ul>{ for assumptions.into_iter().map(|a| el("li", "", a)) }</ul>
            { el("h2", "", t.get("ui.venn.title")) }
            { venn_table(t, r, "pf-report__table") }
            { el("h2", "", t.get("ui.next.title")) }
            <ol>{ for steps.iter().map(|k| el("li", "", t.get(k))) }</ol>
            { el("p", "pf-report__cta", cta) }
        </article>
    }
}

//! The report of a programme of several groups, for the same reader as
//! the single-group report and on the same two pages: the programme's
//! total first, then each group under its name (how the groups before it
//! left its share, why, and its plan in figures), one timeline naming
//! each step's group, the cost assumptions and next steps of all groups
//! (each once), whom to talk to, and the answers, compact. The reasons
//! and the trait comparison stay with the single-group report: each
//! group's why carries its reasons, and two Venn lines per group would
//! not fit.

use yew::prelude::*;

use super::el::el;
use super::programme::{group_name, programme_title, quarters};
use super::report::{answer_row, contact, figures};
use super::Texts;
use crate::engine::advice::asked::Asking;
use crate::engine::sort::each_once;
use crate::engine::text::assumptions::cost_assumptions;
use crate::engine::text::programme::programme_steps;
use crate::engine::{Config, Grouped, Phrase, Programme, Words};

pub fn programme_report(
    t: &Texts,
    c: &Config,
    cta_url: &str,
    (p, g): (&Programme, &Grouped),
) -> Html {
    let words = Words::new(c, t.locale(), t.formatter());
    let firm = t.get("firm.name");
    let date = t.long_date();
    let groups = p.groups.iter().enumerate().map(|(i, gp)| {
        let r = &gp.recommendation;
        let kind = t.get(&format!("kind.{}", r.kind.id()));
        html! {
            <>
                { el("h2", "", format!("{}: {kind}", group_name(t, &gp.name, i))) }
                if let Some(share) = words.group_share(p, i) {
                    { el("p", "", t.phrase(&share)) }
                }
                { el("p", "", t.phrase(&words.why(r))) }
                { figures(t, &r.plan) }
            </>
        }
    });
    let quarters = quarters(t, &words, p);
    let has_timeline = !quarters.is_empty();
    let timeline = quarters.into_iter().map(|(_, label, steps)| {
        let mut said = Phrase::default();
        for (name, item) in &steps {
            said.join(&Phrase::plain(&format!("{name}:")));
            said.join(item);
        }
        html! { <tr><th scope="row">{ t.phrase(&label) }</th>{ el("td", "", t.phrase(&said)) }</tr> }
    });
    html! {
        <article class="pf-report" hidden=true lang={t.locale().to_string()}
            data-title={format!("{} – {firm}", t.get("report.title"))}>
            { el("p", "pf-report__meta", t.fill("report.date", &[("firm", &firm), ("date", &date)])) }
            <h1 class="pf-report__title">{ t.get("report.title") }{ ": " }{ programme_title(t, p) }</h1>
            { el("p", "", t.phrase(&words.programme_total(p))) }
            { for groups }
            if has_timeline {
                { el("h2", "", t.get("ui.timeline.title")) }
                <table class="pf-report__table pf-report__timeline"><tbody>{ for timeline }</tbody></table>
            }
            { el("h2", "", t.get("report.assumptions")) }
            <ul>{ for each_once(p.groups.iter().flat_map(|gp| {
                cost_assumptions(c, t.locale(), t.formatter(), &gp.recommendation.plan)
            })).into_iter().map(|a| el("li", "", a)) }</ul>
            { el("p", "pf-report__sources", t.get("report.sources")) }
            { el("h2", "", t.get("ui.next.title")) }
            <ol>{ for programme_steps(c, p, g).iter().map(|s| el("li", "", t.phrase(&words.programme_step(p, s)))) }</ol>
            { contact(t, c, cta_url) }
            { answers(t, c, p, g) }
        </article>
    }
}

/// The organisation's answers one per row, then each group's own answers
/// in one row under its name.
fn answers(t: &Texts, c: &Config, p: &Programme, g: &Grouped) -> Html {
    let asking = Asking::new(c, &g.answers_of(0));
    let shared = c
        .questions
        .iter()
        .filter(|q| !q.per_group && asking.asks(q))
        .map(|q| answer_row(t, q, &g.shared));
    let groups = p.groups.iter().zip(&g.groups).enumerate().map(|(i, (gp, group))| {
        let asking = Asking::new(c, &g.answers_of(i));
        let own: Vec<String> = c
            .questions
            .iter()
            .filter(|q| q.per_group && asking.asks(q))
            .filter_map(|q| Some(t.answer(q, group.answers.get(&q.id)?)))
            .collect();
        html! { <div>{ el("dt", "", group_name(t, &gp.name, i)) }{ el("dd", "", own.join("; ")) }</div> }
    });
    html! {
        <>
            { el("h2", "", t.get("report.answers")) }
            <dl class="pf-report__pairs pf-report__answers">{ for shared }{ for groups }</dl>
        </>
    }
}

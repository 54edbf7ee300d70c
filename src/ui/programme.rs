//! The results of a programme of several groups: the total first (what a
//! sponsor asks), then each group's plan and why in priority order, then
//! one timeline in which the groups' quarters run side by side. One group
//! shows the single-group results instead.

use yew::prelude::*;

use super::el::{el, keyed};
use super::estimate::estimate_at;
use super::Texts;
use crate::engine::advice::programme::Track;
use crate::engine::text::programme;
use crate::engine::{Config, GroupPlan, Phrase, Programme, Words};

/// The group at index `i` by its name, or "Group 2" by its place (as the
/// emailed summary names it too).
pub fn group_name(t: &Texts, name: &str, i: usize) -> String {
    programme::group_name(&t.get("ui.groups.default"), name, i, t.formatter())
}

/// The programme's title, for the heading and the live region.
pub fn programme_title(t: &Texts, p: &Programme) -> String {
    let n = t.number(p.groups.len() as u64);
    t.fill("ui.results.programme", &[("n", &n)])
}

/// The total, the groups and the timeline.
pub fn programme(t: &Texts, c: &Config, p: &Programme) -> Html {
    let words = Words::new(c, t.locale(), t.formatter());
    let groups = p
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| group(t, c, &words, p, (i, g)));
    html! {
        <>
            <h2 class="pf-heading pf-heading--result pf-focus-target" tabindex="-1">
                { el("span", "pf-eyebrow", t.show("ui.results.eyebrow")) }{ " " }
                { programme_title(t, p) }
            </h2>
            { el("p", "pf-lead", t.phrase(&words.programme_total(p))) }
            { for groups }
            { timeline(t, &words, p) }
        </>
    }
}

/// One group: its name, what it gets, how its share was left to it, why,
/// and its plan in figures.
fn group(t: &Texts, c: &Config, words: &Words, p: &Programme, (i, g): (usize, &GroupPlan)) -> Html {
    let r = &g.recommendation;
    let share = words.group_share(p, i);
    let body = html! {
        <>
            { el("h3", "pf-subheading pf-group__name", group_name(t, &g.name, i)) }
            { el("p", "pf-group__kind", t.show(&format!("kind.{}", r.kind.id()))) }
            if let Some(s) = share {
                { el("p", "pf-group__share", t.phrase(&s)) }
            }
            { el("p", "pf-group__why", t.phrase(&words.why(r))) }
            { estimate_at(t, r, c, ["h4", "h5"]) }
        </>
    };
    keyed(i, "section", "pf-block pf-group", body)
}

/// The groups' quarters in order, each naming the group a step is for.
fn timeline(t: &Texts, words: &Words, p: &Programme) -> Html {
    let quarters = quarters(t, words, p);
    if quarters.is_empty() {
        return html! {};
    }
    let items = quarters.into_iter().map(|(number, label, steps)| {
        let steps = steps.into_iter().map(|(name, item)| {
            html! {
                <li>{ el("span", "pf-timeline__group", format!("{name}: ")) }{ t.phrase(&item) }</li>
            }
        });
        html! {
            <li class="pf-timeline__quarter" key={number}>
                { el("h4", "pf-timeline__when", t.phrase(&label)) }
                <ul class="pf-list">{ for steps }</ul>
            </li>
        }
    });
    html! {
        <section class="pf-block pf-timeline">
            { el("h3", "pf-subheading", t.show("ui.timeline.title")) }
            <ol class="pf-timeline__quarters">{ for items }</ol>
        </section>
    }
}

/// A quarter of the programme: its number, its label, and each step with
/// the name of the group it is for, in priority order.
pub type ProgrammeQuarter = (u64, Phrase, Vec<(String, Phrase)>);

/// The groups' quarters in order, for the screen and the report.
pub fn quarters(t: &Texts, words: &Words, p: &Programme) -> Vec<ProgrammeQuarter> {
    let tracks = p.sequence();
    tracks
        .chunk_by(|a, b| a.quarter.number == b.quarter.number)
        .filter_map(|tracks| {
            let first = tracks.first()?;
            let plan = &p.groups.get(first.group)?.recommendation.plan;
            let (label, _) = words.quarter(plan, &first.quarter);
            let steps = tracks.iter().flat_map(|track| steps(t, words, p, track));
            Some((first.quarter.number, label, steps.collect()))
        })
        .collect()
}

/// One group's steps in a quarter, each with the group's name.
fn steps(t: &Texts, words: &Words, p: &Programme, track: &Track) -> Vec<(String, Phrase)> {
    let Some(g) = p.groups.get(track.group) else {
        return Vec::new();
    };
    let name = group_name(t, &g.name, track.group);
    let (_, items) = words.quarter(&g.recommendation.plan, &track.quarter);
    items.into_iter().map(|item| (name.clone(), item)).collect()
}

//! Check your answers: a summary list with a Change button per answer.
//! With several groups, the shared answers come first, then each group
//! ([`super::check_groups`]); "Add another group" sits under the answers
//! while the config allows more.

use yew::prelude::*;

use super::check_groups::{add_group, group_section, GroupControls};
use super::el::{button, el};
use super::programme::group_name;
use super::Texts;
use crate::engine::{Grouped, Question};

pub struct CheckAnswers<'a> {
    pub texts: &'a Texts,
    pub questions: &'a [Question],
    /// Every group's answers.
    pub grouped: &'a Grouped,
    /// Indexes of the questions asked, per group; follow-ups that do not
    /// apply are not listed.
    pub asked: Vec<Vec<usize>>,
    /// Called with the group and the index of the question to change.
    pub on_change: Callback<(usize, usize)>,
    pub on_back: Callback<()>,
    pub on_results: Callback<()>,
    pub groups: GroupControls,
}

pub fn check_answers(props: CheckAnswers) -> Html {
    let t = props.texts;
    let count = props.grouped.groups.len();
    let answers = if count > 1 {
        let shared = shared_rows(&props);
        let groups = (0..count).map(|i| group(&props, i, count));
        html! {
            <>
                { el("h3", "pf-subheading", t.show("ui.groups.shared")) }
                <dl class="pf-summary">{ for shared }</dl>
                { for groups }
            </>
        }
    } else {
        let all = props.asked.first().cloned().unwrap_or_default();
        html! { <dl class="pf-summary">{ for rows(&props, 0, all, None) }</dl> }
    };
    // Keyed so Yew never reuses another screen's DOM for this one.
    html! {
        <section key="check" class="pf-screen pf-check">
            { button("pf-link pf-back", &props.on_back, t.show("ui.back")) }
            <h2 class="pf-heading pf-focus-target" tabindex="-1">{ t.show("ui.check.title") }</h2>
            { el("p", "pf-lead", t.show("ui.check.lead")) }
            { answers }
            { add_group(t, &props.groups) }
            <p class="pf-visually-hidden" aria-live="polite">{ props.groups.news.clone() }</p>
            { button("pf-button", &props.on_results, t.show("ui.check.submit")) }
        </section>
    }
}

/// The organisation's answers, each changed through the first group that
/// is asked it (a follow-up may be asked for one group only).
fn shared_rows(props: &CheckAnswers) -> Vec<Html> {
    let shared = |i: &usize| props.questions.get(*i).is_some_and(|q| !q.per_group);
    let mut listed: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (g, asked) in props.asked.iter().enumerate() {
        let new: Vec<usize> = asked
            .iter()
            .copied()
            .filter(|i| shared(i) && !listed.contains(i))
            .collect();
        listed.extend(&new);
        out.extend(rows(props, g, new, None));
    }
    out
}

/// Group `i`'s own answers, under its name.
fn group(props: &CheckAnswers, i: usize, count: usize) -> Html {
    let t = props.texts;
    let name = props.grouped.groups.get(i).map(|g| g.name.as_str());
    let name = name.unwrap_or_default();
    let shown = group_name(t, name, i);
    let own = |q: &usize| props.questions.get(*q).is_some_and(|q| q.per_group);
    let asked = props.asked.get(i).cloned().unwrap_or_default();
    let asked = asked.into_iter().filter(own).collect();
    let rows = rows(props, i, asked, Some(&shown));
    group_section(t, &props.groups, (i, count), (name, &shown), rows)
}

/// Rows for questions `asked` of group `group`; `name` is the group's,
/// for the Change buttons' labels, when there are several.
fn rows(props: &CheckAnswers, group: usize, asked: Vec<usize>, name: Option<&str>) -> Vec<Html> {
    let t = props.texts;
    let answers = props.grouped.answers_of(group);
    asked
        .into_iter()
        .filter_map(|i| {
            let q = props.questions.get(i)?;
            let summary = t.summary(&q.id);
            // Only a skipped optional question reaches this screen unanswered.
            let value = answers
                .get(&q.id)
                .map_or_else(|| t.get("ui.check.skipped"), |a| t.answer(q, a));
            let onclick = props.on_change.reform(move |_: MouseEvent| (group, i));
            let label = match name {
                Some(g) => t.fill(
                    "ui.groups.change_label",
                    &[("question", &summary), ("group", g)],
                ),
                None => t.fill("ui.check.change_label", &[("question", &summary)]),
            };
            Some(html! {
                <div class="pf-summary__row" key={q.id.clone()}>
                    { el("dt", "pf-summary__key", summary.clone()) }
                    { el("dd", "pf-summary__value", value) }
                    <dd class="pf-summary__actions">
                        <button type="button" class="pf-link" {onclick} aria-label={label}>
                            { t.show("ui.check.change") }
                        </button>
                    </dd>
                </div>
            })
        })
        .collect()
}

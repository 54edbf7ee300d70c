//! The what-if explorer under the plan: a labelled control for each lever
//! the config offers, the plan for the numbers tried in brief, announced
//! politely with how it differs from the plan for the answers, where the
//! plan turns marked on each control, and "Back to my answers". Built
//! with the shared element builders (`el.rs`), which cost far fewer wasm
//! bytes than `html!` for this many controls.

use yew::prelude::*;

use super::el::{attrs, button, el, input, radio, tagged};
use super::Texts;
use crate::engine::advice::explore::{Explored, Thresholds, View};
use crate::engine::advice::what_if::nice;
use crate::engine::session::explore_state::ExploreState;
use crate::engine::{Answer, Answers, Config, Question, QuestionKind, Words};

pub struct Explore<'a> {
    pub texts: &'a Texts,
    pub config: &'a Config,
    pub answers: &'a Answers,
    /// The answers are a programme's: only the levers of the shared
    /// answers, and no pinning (its share link carries no pinned values).
    pub programme: bool,
    pub state: &'a ExploreState,
    /// `None` when the numbers tried cannot be planned.
    pub explored: Option<&'a Explored>,
    /// A lever's id and its control's new value.
    pub on_set: Callback<(String, String)>,
    pub on_reset: Callback<()>,
    pub on_pin: Callback<()>,
    pub on_unpin: Callback<()>,
    /// The pinned comparison ([`comparison`]), or nothing.
    pub compare: Html,
}

fn some(s: impl Into<AttrValue>) -> Option<AttrValue> {
    Some(s.into())
}

pub fn explore(props: Explore) -> Html {
    let t = props.texts;
    let levers: Html = props
        .config
        .explore
        .levers
        .iter()
        .filter_map(|id| props.config.question(id))
        .filter(|q| !(props.programme && q.per_group))
        .map(|q| lever(&props, q))
        .collect();
    let summary = match props.explored {
        Some(e) => summary(t, e, props.state.changed()),
        None => el("p", "pf-error-message", t.show("ui.error.results")),
    };
    let title = tagged(
        "h3",
        attrs(
            &["class", "id"],
            vec![some("pf-subheading"), some("pf-explore-title")],
        ),
        t.show("ui.explore.title"),
    );
    // Rebuilt after "Back to my answers", so every control shows the answers.
    let levers = html! { <div class="pf-explore__levers" key={props.state.round}>{ levers }</div> };
    let children: Html = [
        title,
        el("p", "pf-hint", t.show("ui.explore.intro")),
        levers,
        summary,
        button(
            "pf-button pf-button--secondary",
            &props.on_reset,
            t.show("ui.explore.back"),
        ),
        match props.state.changed() && !props.programme {
            true => button(
                "pf-button pf-button--secondary",
                &props.on_pin,
                t.show("ui.explore.pin"),
            ),
            false => Html::default(),
        },
        props.compare.clone(),
        match props.state.pinned.is_some() {
            true => button(
                "pf-button pf-button--secondary",
                &props.on_unpin,
                t.show("ui.explore.unpin"),
            ),
            false => Html::default(),
        },
    ]
    .into_iter()
    .collect();
    tagged(
        "section",
        attrs(
            &["class", "aria-labelledby"],
            vec![some("pf-block pf-explore"), some("pf-explore-title")],
        ),
        children,
    )
}

/// One lever: its label, its control and the marks where the plan turns.
/// A choice is a group of radio buttons, whose long options wrap where a
/// select would cut them off; a lever these numbers do not ask about (the
/// mentors' time, with no mentors) is disabled and says why.
fn lever(props: &Explore, q: &Question) -> Html {
    let t = props.texts;
    let id = format!("pf-x-{}", q.id);
    let (marks, exact) = props
        .explored
        .map(|e| marks(t, q, &e.thresholds))
        .unwrap_or_default();
    let unasked = props.explored.is_some_and(|e| e.unasked.contains(&q.id));
    let invalid = props.state.drafts.contains_key(&q.id);
    let notes_id = format!("{id}-notes");
    let marks_id = format!("{id}-marks");
    let shown = [
        (invalid || unasked, &notes_id),
        (!marks.is_empty(), &marks_id),
    ];
    let described: Vec<&str> = shown
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, id)| id.as_str())
        .collect();
    let described = (!described.is_empty()).then(|| AttrValue::from(described.join(" ")));
    let on_set = {
        let (cb, lever) = (props.on_set.clone(), q.id.clone());
        Callback::from(move |value: String| cb.emit((lever.clone(), value)))
    };
    let name = t.show(&format!("q.{}.summary", q.id));
    let mut parts = Vec::new();
    match q.kind {
        QuestionKind::Number => {
            let label = attrs(
                &["class", "for"],
                vec![some("pf-explore__label"), some(id.clone())],
            );
            parts.push(tagged("label", label, name));
            number(props, q, &id, described.clone(), &on_set, &mut parts);
        }
        QuestionKind::Choice => {
            parts.push(el("legend", "pf-explore__label", name));
            parts.push(choice(props, q, &id, &on_set));
        }
    }
    if let Some(text) = notes(t, q, invalid, unasked) {
        let class = match invalid {
            true => "pf-error-message",
            false => "pf-explore__marks",
        };
        parts.push(note(class, notes_id, text, None));
    }
    if !marks.is_empty() {
        parts.push(note(
            "pf-explore__marks",
            marks_id,
            marks.join(" "),
            Some(exact),
        ));
    }
    let body = parts.into_iter().collect::<Html>();
    match q.kind {
        QuestionKind::Number => el("div", "pf-explore__lever", body),
        QuestionKind::Choice => {
            let keys = &["class", "aria-describedby", "disabled"];
            let values = vec![
                some("pf-explore__lever pf-explore__choice"),
                described,
                unasked.then(|| "".into()),
            ];
            tagged("fieldset", attrs(keys, values), body)
        }
    }
}

/// Why a lever's value is not used: text that is not a value in range,
/// or a question these numbers do not ask.
fn notes(t: &Texts, q: &Question, invalid: bool, unasked: bool) -> Option<String> {
    if invalid {
        let (min, max) = q.range();
        let range = [("min", &*t.amount(q, min)), ("max", &*t.amount(q, max))];
        return Some(t.fill("ui.number.range", &range));
    }
    unasked.then(|| t.get("ui.explore.unasked"))
}

/// `<p class id>text</p>`, which a control names in `aria-describedby`;
/// `exact` goes into `data-at`: the thresholds unrounded, for hosts and
/// tests.
fn note(class: &'static str, id: String, text: String, exact: Option<String>) -> Html {
    let values = vec![some(class), some(id), exact.map(AttrValue::from)];
    tagged("p", attrs(&["class", "id", "data-at"], values), text.into())
}

/// Where the plan turns on this lever, as sentences, and the exact values
/// behind them. A budget is shown rounded up to two significant figures,
/// as the budget levels are: the plan has turned by the figure shown.
fn marks(t: &Texts, q: &Question, th: &Thresholds) -> (Vec<String>, String) {
    let everyone = th.everyone.map(|b| nice(b, true));
    // The next start rounds to the same figure as everyone: say it once.
    let next = th
        .next_start
        .filter(|b| everyone.is_none_or(|e| nice(*b, true) < e));
    let found = match q.id.as_str() {
        "budget" => [
            ("ui.explore.next_start", "budget", next),
            ("ui.explore.everyone", "budget", th.everyone),
        ],
        "mentors" => [("ui.explore.pairs", "n", th.pairs), ("", "", None)],
        _ => return Default::default(),
    };
    let (mut said, mut exact) = (Vec::new(), String::new());
    for (key, name, n) in found {
        let Some(n) = n else { continue };
        let shown = match name {
            "n" => t.number(n),
            _ => t.money(nice(n, true)),
        };
        said.push(t.fill(key, &[(name, &shown)]));
        exact += &format!(" {n}");
    }
    (said, exact.trim_start().to_string())
}

/// The value a number lever shows: what is typed, else the value tried,
/// else what the plan for the numbers tried works with.
fn number_value(props: &Explore, q: &Question) -> String {
    if let Some(d) = props.state.drafts.get(&q.id) {
        return d.clone();
    }
    let view = props.explored.map(|e| &e.view);
    let n = props.state.overrides.number(&q.id).or_else(|| {
        let v = view?;
        match q.id.as_str() {
            "budget" => Some(v.budget.unwrap_or(v.cost)),
            "participants" => Some(v.participants),
            "mentors" => Some(v.mentors_available),
            _ => props.answers.number(&q.id),
        }
    });
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// A number field with steppers, and for money a slider beside it.
fn number(
    props: &Explore,
    q: &Question,
    id: &str,
    described: Option<AttrValue>,
    on_set: &Callback<String>,
    parts: &mut Vec<Html>,
) {
    let value = number_value(props, q);
    let (min, max) = q.range();
    let invalid = props.state.drafts.contains_key(&q.id);
    let step = if q.money { "1000" } else { "1" };
    parts.push(input(
        attrs(
            &[
                "class",
                "type",
                "inputmode",
                "id",
                "min",
                "max",
                "step",
                "aria-describedby",
                "aria-invalid",
            ],
            vec![
                some("pf-input pf-explore__input"),
                some("number"),
                some("numeric"),
                some(id.to_string()),
                some(min.to_string()),
                some(max.to_string()),
                some(step),
                described.clone(),
                invalid.then(|| "true".into()),
            ],
        ),
        value.clone(),
        on_set,
    ));
    if !q.money {
        return;
    }
    let t = props.texts;
    let top = slider_top(props.explored, &value, max);
    let label = t.fill(
        "ui.explore.slider",
        &[("label", &t.get(&format!("q.{}.summary", q.id)))],
    );
    parts.push(input(
        attrs(
            &[
                "class",
                "type",
                "min",
                "max",
                "step",
                "aria-label",
                "aria-describedby",
            ],
            vec![
                some("pf-explore__slider"),
                some("range"),
                some("0"),
                some(top.to_string()),
                some("1000"),
                some(label),
                described,
            ],
        ),
        value,
        on_set,
    ));
}

/// The slider's top: room above the budget that reaches everyone and the
/// value in view, in whole thousands, within the question's range.
fn slider_top(explored: Option<&Explored>, value: &str, max: u64) -> u64 {
    let everyone = explored.and_then(|e| e.thresholds.everyone).unwrap_or(0);
    let shown = value.parse::<u64>().unwrap_or(0);
    let original = explored.map_or(0, |e| e.original.budget.unwrap_or(e.original.cost));
    let top = everyone.max(shown).max(original).max(10_000);
    (top.saturating_mul(3) / 2)
        .div_ceil(1000)
        .saturating_mul(1000)
        .min(max)
}

/// The options of a choice lever as radio buttons; none is checked when
/// the question was skipped.
fn choice(props: &Explore, q: &Question, id: &str, on_set: &Callback<String>) -> Html {
    let t = props.texts;
    let current = match props
        .state
        .overrides
        .get(&q.id)
        .or(props.answers.get(&q.id))
    {
        Some(Answer::Choice(o)) => o.as_str(),
        Some(Answer::Number(_)) | None => "",
    };
    let options: Html = q
        .options
        .iter()
        .map(|o| {
            let button = radio(
                attrs(
                    &["class", "type", "name"],
                    vec![
                        some("pf-explore__radio"),
                        some("radio"),
                        some(id.to_string()),
                    ],
                ),
                o.id.clone(),
                o.id == current,
                on_set,
            );
            let label = t.show(&format!("q.{}.opt.{}", q.id, o.id));
            let parts: Html = [button, el("span", "", label)].into_iter().collect();
            el("label", "pf-explore__option", parts)
        })
        .collect();
    options
}

/// The plan for the numbers tried, in brief, and the sentence a screen
/// reader hears after each change: its reach and cost against the plan
/// for the answers.
fn summary(t: &Texts, e: &Explored, changed: bool) -> Html {
    let v = &e.view;
    let status = t.fill(
        "ui.explore.status",
        &[
            ("reached", &t.number(v.reached)),
            ("participants", &t.number(v.participants)),
            ("cost", &t.money(v.cost)),
        ],
    );
    let diff = if changed {
        t.fill(
            "ui.explore.diff",
            &[
                (
                    "reached",
                    &signed(e.diff.reached, t.number(e.diff.reached.unsigned_abs())),
                ),
                (
                    "cost",
                    &signed(e.diff.cost, t.money(e.diff.cost.unsigned_abs())),
                ),
            ],
        )
    } else {
        t.get("ui.explore.same")
    };
    let status = tagged(
        "p",
        attrs(
            &["class", "role"],
            vec![some("pf-explore__status"), some("status")],
        ),
        format!("{status} {diff}").into(),
    );
    [figures(t, v), status].into_iter().collect()
}

/// The plan's figures that say something for it: kind, reach, cost,
/// formats, mentors and the funding gap.
fn figures(t: &Texts, v: &View) -> Html {
    let formats: Vec<String> = v
        .formats
        .iter()
        .map(|f| t.get(&format!("format.{f}")))
        .collect();
    let reached = t.fill(
        "ui.explore.reached_of",
        &[
            ("reached", &t.number(v.reached)),
            ("participants", &t.number(v.participants)),
        ],
    );
    let items: Html = [
        (
            "ui.explore.kind",
            t.get(&format!("kind.{}", v.kind.id())),
            true,
        ),
        ("ui.explore.reached", reached, true),
        ("ui.estimate.waiting", t.number(v.waiting), true),
        ("ui.estimate.cost", t.money(v.cost), true),
        (
            "ui.explore.formats",
            formats.join(", "),
            !formats.is_empty(),
        ),
        (
            "ui.estimate.mentors_needed",
            t.number(v.mentors),
            v.mentors > 0,
        ),
        (
            "ui.estimate.funding_gap",
            t.money(v.funding_gap),
            v.funding_gap > 0,
        ),
    ]
    .into_iter()
    .filter(|(_, _, shown)| *shown)
    .map(|(key, value, _)| {
        let parts: Html = [
            el("span", "pf-explore__name", t.get(key)),
            " ".into(),
            el("strong", "", value),
        ]
        .into_iter()
        .collect();
        el("li", "pf-explore__figure", parts)
    })
    .collect();
    tagged(
        "ul",
        attrs(
            &["class", "aria-label"],
            vec![
                some("pf-explore__figures"),
                some(t.get("ui.explore.figures")),
            ],
        ),
        items,
    )
}

/// The pinned values beside the answers, in two columns: what was
/// changed, then each plan's kind, formats, reach, waiting, cost and when
/// its groups start. On screen and in the printed report, so it holds no
/// ids.
pub fn comparison(
    t: &Texts,
    config: &Config,
    answers: &Answers,
    pinned: &Answers,
    e: &Explored,
) -> Html {
    let th = |scope: &'static str, text: String| {
        tagged("th", attrs(&["scope"], vec![some(scope)]), text.into())
    };
    let row = |name: String, yours: Html, tried: Html| {
        let cells: Html = [th("row", name), el("td", "", yours), el("td", "", tried)]
            .into_iter()
            .collect();
        el("tr", "", cells)
    };
    let changed = pinned.0.iter().filter_map(|(id, a)| {
        let q = config.question(id)?;
        let yours = answers
            .get(id)
            .map_or_else(|| t.get("ui.check.skipped"), |x| t.answer(q, x));
        Some(row(t.summary(id), yours.into(), t.answer(q, a).into()))
    });
    let plan = |key: &str, f: &dyn Fn(&View) -> String| {
        row(t.get(key), f(&e.original).into(), f(&e.view).into())
    };
    let formats = |v: &View| -> String {
        let names: Vec<String> = v
            .formats
            .iter()
            .map(|f| t.get(&format!("format.{f}")))
            .collect();
        names.join(", ")
    };
    let reached = |v: &View| {
        t.fill(
            "ui.explore.reached_of",
            &[
                ("reached", &t.number(v.reached)),
                ("participants", &t.number(v.participants)),
            ],
        )
    };
    let rows: Html = changed
        .chain([
            plan("ui.explore.kind", &|v| {
                t.get(&format!("kind.{}", v.kind.id()))
            }),
            plan("ui.explore.formats", &formats),
            plan("ui.explore.reached", &reached),
            plan("ui.estimate.waiting", &|v| t.number(v.waiting)),
            plan("ui.estimate.cost", &|v| t.money(v.cost)),
        ])
        .chain(
            starts(t, config, e)
                .map(|(yours, tried)| row(t.get("ui.timeline.title"), yours, tried)),
        )
        .collect();
    let head: Html = [
        el("td", "", ""),
        th("col", t.get("ui.explore.compare.yours")),
        th("col", t.get("ui.explore.compare.tried")),
    ]
    .into_iter()
    .collect();
    let table: Html = [
        el("caption", "", t.get("ui.explore.compare.title")),
        el("thead", "", el("tr", "", head)),
        el("tbody", "", rows),
    ]
    .into_iter()
    .collect();
    el("table", "pf-venn__table pf-explore__compare", table)
}

/// When each plan's groups start, one line a start; nothing when neither plan reaches
/// anyone, so neither has a timeline.
fn starts(t: &Texts, config: &Config, e: &Explored) -> Option<(Html, Html)> {
    if e.original.timeline.is_empty() && e.view.timeline.is_empty() {
        return None;
    }
    let words = Words::new(config, t.locale(), t.formatter());
    let lines = |v: &View| -> Html {
        words
            .starts(&v.timeline)
            .iter()
            .map(|line| el("span", "pf-explore__start", t.phrase(line)))
            .collect()
    };
    Some((lines(&e.original), lines(&e.view)))
}

/// `+12`, `−5` (a minus sign, read as "minus"), or `0`: `n` is `d` shown
/// without its sign.
fn signed(d: i64, n: String) -> String {
    let sign = match d {
        0 => "",
        1.. => "+",
        _ => "\u{2212}",
    };
    sign.to_string() + &n
}

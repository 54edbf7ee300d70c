//! The Yew wizard UI: one reducer over the pure `engine::session::Wizard`,
//! one small view per screen part. A view is a plain function unless it
//! needs hooks: each component instantiates Yew's lifecycle code, which
//! costs wasm bytes. The embed mounts the UI with [`mount`] into any
//! element; nothing here assumes `document.body`.

mod actions;
mod check_answers;
mod check_groups;
mod el;
mod error_summary;
mod estimate;
mod explore;
mod hooks;
pub(crate) mod intl;
mod intro;
mod lead;
mod lead_fields;
mod lead_form;
mod live_region;
mod next_steps;
mod pivots;
mod programme;
mod progress;
mod question;
mod question_choice;
mod question_number;
mod reasons;
mod report;
mod report_programme;
mod results;
mod score_meters;
mod state;
mod texts;
mod timeline;
mod venn;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::engine::advice::explore::{explore as replan, explore_from, view_for, Explored};
use crate::engine::advice::explore_programme::{explore_programme, programme_view};
use crate::engine::config::lead::LeadMode;
use crate::engine::session::attribution::Attribution;
use crate::engine::session::detail;
use crate::engine::session::explore_state::ExploreAction;
use crate::engine::session::lead_state::{LeadAction, LeadStatus, Outcome};
use crate::engine::session::{Screen, Wizard};
use crate::engine::{plan_programme, Answers, Config, Grouped, Programme, Recommendation};

use check_answers::{check_answers, CheckAnswers};
use check_groups::GroupControls;
use hooks::use_on_change;
use intro::intro;
use lead::{lead_view, LeadContext};
use live_region::live_region;
use question::{question_screen, QuestionScreen};
use results::{results, Results};
use state::{Action, GroupNews, State};
use texts::Texts;

/// What Copy link shares: every group's answers, the values pinned in the
/// explorer, and the callback that hears whether the browser copied the
/// link.
pub type Sharing = (Grouped, Option<Answers>, Callback<bool>);

/// Copies a share link for these answers: the URL, or `None` when the
/// page has no clipboard; the callback hears whether the browser copied it.
pub type OnShare = Callback<Sharing, Option<String>>;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: SameConfig,
    pub locale: AttrValue,
    pub initial: Rc<Wizard>,
    /// Bumped by the host to start over from `initial`: the app then resets
    /// its state and rebuilds its DOM, so no second app is mounted.
    #[prop_or_default]
    pub generation: u32,
    pub on_event: Callback<UiEvent>,
    /// Copies a share link; returns the URL, or `None` when the page has
    /// no clipboard, and tells the callback whether the browser copied it.
    /// The share button is hidden when this is `None`.
    pub on_share: Option<OnShare>,
    /// The lead payload will be POSTed somewhere (host attribute or config).
    #[prop_or_default]
    pub can_send: bool,
    /// The host page's hidden fields and the partner page, for the lead
    /// and the call to action.
    #[prop_or_default]
    pub attribution: Rc<Attribution>,
    /// The explorer's values a share link pinned beside its answers.
    #[prop_or_default]
    pub pinned: Option<Answers>,
}

/// The config as props carry it: one config per mounted app, compared by
/// identity. A derived comparison would walk every text and question on
/// each update, and bring that code into the wasm.
#[derive(Clone)]
pub struct SameConfig(pub Rc<Config>);

impl PartialEq for SameConfig {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the UI reports to its host (the embed stores progress and turns
/// these into DOM events).
#[derive(Debug, Clone, PartialEq)]
pub enum UiEvent {
    /// The answers or the screen changed, reported once per change with
    /// both; `moved` is true when the screen changed.
    Progress {
        answers: Grouped,
        screen: Screen,
        moved: bool,
    },
    /// The results screen was entered.
    Complete(Rc<Programme>, Grouped),
    /// A consented lead: fire the event when `first` (a retry does not),
    /// POST it if there is an endpoint, and report the outcome to `done`.
    Lead {
        payload: String,
        first: bool,
        done: Callback<Outcome>,
    },
    /// The explorer re-planned: the `program-fit:explore` detail. The
    /// loader dispatches only the last of a burst, once it has settled.
    Explore(String),
    /// The call to action was followed, to this URL.
    Cta(String),
    Print,
    Restart,
}

/// The mounted app: one wizard session per `generation`. A new generation
/// resets the state in place rather than mounting a second component,
/// whose lifecycle code would cost wasm bytes.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_app_state(props);
    let texts = use_memo((props.config.clone(), props.locale.clone()), |(c, l)| {
        Texts::new(&c.0, l)
    });
    let w = &state.wizard;
    let on_results = w.screen == Screen::Results;
    let grouped = w.grouped(&state.config);
    let planned = use_memo((grouped.clone(), on_results), {
        let config = state.config.clone();
        move |(g, on)| on.then(|| planned(&config, g)).flatten()
    });
    let planned: Option<(Rc<Programme>, Rc<Recommendation>)> = planned.as_ref().clone();
    let (programme, rec) = planned.clone().unzip();
    let explored = use_explored(&state, on_results, &props.on_event);
    let root = use_node_ref();
    use_on_change(state.focus_seq, {
        let (root, selector) = (root.clone(), state.focus_on);
        move |_| focus_target(&root, selector)
    });
    let shown = use_mut_ref(|| (state.generation, w.screen));
    use_on_change((grouped, w.screen, state.generation), {
        let (on_event, programme) = (props.on_event.clone(), programme.clone());
        move |(answers, screen, generation): &(Grouped, Screen, u32)| {
            let (was_generation, was) =
                std::mem::replace(&mut *shown.borrow_mut(), (*generation, *screen));
            // A reset is not a step: the host started it and knows.
            if was_generation != *generation {
                return;
            }
            let moved = was != *screen;
            on_event.emit(UiEvent::Progress {
                answers: answers.clone(),
                screen: *screen,
                moved,
            });
            if let Some(p) = programme.filter(|_| moved) {
                on_event.emit(UiEvent::Complete(p, answers.clone()));
            }
        }
    });
    use_lead_clock(&state, rec.is_some());
    let lead = rec.clone().map(|rec| LeadContext {
        texts: (*texts).clone(),
        rec,
        programme: programme.clone(),
        on_event: props.on_event.clone(),
        can_send: props.can_send,
        attribution: props.attribution.clone(),
        gate: false,
    });
    let result = planned.as_ref().map(|(p, r)| match p.groups.len() {
        0 | 1 => texts.get(&format!("kind.{}", r.kind.id())),
        _ => programme::programme_title(&texts, p),
    });
    let screen = screen_view(&state, &texts, planned, props, lead, &explored);
    let (position, questions) = position(w, &state.config);
    // Keyed by the session, so a reset rebuilds the DOM from scratch.
    html! {
        <div key={state.generation} class="pf-app" lang={texts.locale().to_string()} ref={root}>
            { screen }
            { live_region(&texts, w.screen, position, questions, result) }
        </div>
    }
}

/// The reducer, seeded from the props (with any comparison a share link
/// pinned); a new generation from the host resets it.
#[hook]
fn use_app_state(props: &AppProps) -> UseReducerHandle<State> {
    let state = {
        let (config, initial, generation) = (
            props.config.0.clone(),
            props.initial.clone(),
            props.generation,
        );
        let pinned = props.pinned.clone();
        use_reducer(move || {
            let mut s = State::new(config, (*initial).clone(), generation);
            s.explore.pinned = pinned;
            s
        })
    };
    use_effect_with(props.generation, {
        let (d, initial, current) = (state.dispatcher(), props.initial.clone(), state.generation);
        move |&generation| {
            if generation != current {
                d.dispatch(Action::Reset((*initial).clone(), generation));
            }
        }
    });
    state
}

/// The plan for every group, and the first group's recommendation: what a
/// single group's results, report and call to action describe, and the
/// base of the lead's payload (which a programme's fields then replace).
fn planned(c: &Config, g: &Grouped) -> Option<(Rc<Programme>, Rc<Recommendation>)> {
    let p = plan_programme(c, g).ok()?;
    let first = Rc::new(p.groups.first()?.recommendation.clone());
    Some((Rc::new(p), first))
}

/// The lead form's spam guard counts from when the form appears.
#[hook]
fn use_lead_clock(state: &UseReducerHandle<State>, has_results: bool) {
    use_effect_with(lead_form_place(state, has_results), {
        let d = state.dispatcher();
        move |place: &Option<LeadPlace>| {
            if place.is_some() {
                d.dispatch(Action::Lead(LeadAction::Shown(js_sys::Date::now())));
            }
        }
    });
}

/// The explorer's plan for the values tried, worked out again when they
/// change (only on the results, with the explorer on), and reported to
/// the host after each change.
#[hook]
fn use_explored(
    state: &UseReducerHandle<State>,
    on_results: bool,
    on_event: &Callback<UiEvent>,
) -> Explorations {
    let w = &state.wizard;
    let on = on_results && state.config.explore.enabled;
    // With several groups, the programme's shared numbers are explored.
    let grouped = (w.group_count() > 1).then(|| w.grouped(&state.config));
    // The plan for the answers as given, once per answers, not per input.
    let original = use_memo((w.answers.clone(), grouped.clone(), on), {
        let config = state.config.clone();
        move |(answers, grouped, on)| match (grouped, on) {
            (_, false) => None,
            (Some(g), true) => programme_view(&config, g).ok(),
            (None, true) => view_for(&config, answers).ok(),
        }
    });
    let explored = use_memo(
        (
            w.answers.clone(),
            grouped.clone(),
            state.explore.overrides.clone(),
            original,
        ),
        {
            let config = state.config.clone();
            move |(answers, grouped, overrides, original)| {
                let original = original.as_ref().clone()?;
                match grouped {
                    Some(g) => explore_programme(&config, original, g, overrides).ok(),
                    None => explore_from(&config, original, answers, overrides).ok(),
                }
            }
        },
    );
    use_on_change(state.explore.overrides.clone(), {
        let (on_event, explored) = (on_event.clone(), explored.clone());
        move |overrides: &Answers| {
            if let Some(e) = explored.as_ref() {
                on_event.emit(UiEvent::Explore(detail::explore(overrides, e)));
            }
        }
    });
    // A programme's values are not pinned (its share link carries none).
    let single = on_results && grouped.is_none();
    let pinned = use_memo((w.answers.clone(), state.explore.pinned.clone(), single), {
        let config = state.config.clone();
        move |(answers, pinned, single)| match (pinned, single) {
            (Some(p), true) => replan(&config, answers, p).ok(),
            _ => None,
        }
    });
    Explorations {
        now: explored,
        pinned,
    }
}

/// The explorer's plan for the values tried, and for those pinned.
struct Explorations {
    now: Rc<Option<Explored>>,
    pinned: Rc<Option<Explored>>,
}

/// Where the lead form shows on the results screen.
#[derive(Clone, Copy, PartialEq)]
enum LeadPlace {
    /// Before the results, until sent or skipped.
    Gate,
    /// Its confirmation, above the results.
    Sent,
    /// Under the results.
    Under,
}

/// Where the lead form shows, if it does. `results_view` places it by
/// this, and App starts the spam guard's clock when it changes.
fn lead_form_place(state: &State, results: bool) -> Option<LeadPlace> {
    if !results {
        return None;
    }
    match state.config.lead.mode {
        LeadMode::Off => None,
        LeadMode::BeforeResults if !state.lead.passed => Some(LeadPlace::Gate),
        LeadMode::BeforeResults if state.lead.status == LeadStatus::Sent => Some(LeadPlace::Sent),
        LeadMode::BeforeResults => None,
        LeadMode::Optional => Some(LeadPlace::Under),
    }
}

/// The key of the lead the visitor consented to and sent, for the call
/// to action's `{leadId}`; empty before.
fn lead_id(state: &State) -> &str {
    match state.lead.status {
        LeadStatus::Sent => state.lead.key.as_deref().unwrap_or_default(),
        LeadStatus::Editing | LeadStatus::Sending | LeadStatus::Failed | LeadStatus::Refused => "",
    }
}

/// Where the question in view stands, and of how many: "Question 9 of 13"
/// ([`Wizard::progress`]: the total never changes during a run).
fn position(w: &Wizard, config: &Config) -> (usize, usize) {
    w.progress(config).unwrap_or((0, config.questions.len()))
}

/// The screen in view, keyed so Yew never reuses one screen's DOM for another.
fn screen_view(
    state: &UseReducerHandle<State>,
    texts: &Texts,
    planned: Option<(Rc<Programme>, Rc<Recommendation>)>,
    props: &AppProps,
    lead: Option<LeadContext>,
    explored: &Explorations,
) -> Html {
    let (w, config) = (&state.wizard, &state.config);
    let send = |make: fn() -> Action| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(make()))
    };
    match w.screen {
        Screen::Intro => intro(
            texts,
            config.questions.iter().filter(|q| !q.optional).count(),
            config.questions.iter().any(|q| q.optional),
            config.lead.is_on(),
            &send(|| Action::Start),
        ),
        Screen::Question(i) => question_view(state, texts, i),
        Screen::Check => check_view(state, texts),
        Screen::Results => match (planned, lead) {
            (Some(planned), Some(cx)) => results_view(state, texts, planned, props, cx, explored),
            _ => html! {
                <h2 key="results-error" class="pf-heading pf-error-message pf-focus-target" tabindex="-1">
                    { texts.show("ui.error.results") }
                </h2>
            },
        },
    }
}

/// The results with the lead step where the config puts it: a gate before
/// them until it is sent or skipped, or a form under them.
fn results_view(
    state: &UseReducerHandle<State>,
    texts: &Texts,
    (programme, rec): (Rc<Programme>, Rc<Recommendation>),
    props: &AppProps,
    cx: LeadContext,
    explored: &Explorations,
) -> Html {
    let config = &state.config;
    let (before, after) = match lead_form_place(state, true) {
        Some(LeadPlace::Gate) => {
            return html! {
                <div key="lead-gate">{ lead_view(state, LeadContext { gate: true, ..cx }) }</div>
            };
        }
        Some(LeadPlace::Sent) => (lead_view(state, cx), Html::default()),
        Some(LeadPlace::Under) => (Html::default(), lead_view(state, cx)),
        None => (Html::default(), Html::default()),
    };
    let on_restart = {
        let (d, on_event) = (state.dispatcher(), props.on_event.clone());
        Callback::from(move |()| {
            on_event.emit(UiEvent::Restart);
            d.dispatch(Action::Restart);
        })
    };
    let on_event = &props.on_event;
    let compare = match (&state.explore.pinned, explored.pinned.as_ref()) {
        (Some(p), Some(e)) if config.explore.enabled => {
            explore::comparison(texts, config, &state.wizard.answers, p, e)
        }
        _ => Html::default(),
    };
    results(Results {
        texts,
        config,
        rec: &rec,
        answers: &state.wizard.answers,
        grouped: &state.wizard.grouped(config),
        shared: &state.shared,
        on_shared: {
            let d = state.dispatcher();
            Callback::from(move |link| d.dispatch(Action::Shared(link)))
        },
        copied: state.copied,
        on_copied: {
            let d = state.dispatcher();
            Callback::from(move |ok| d.dispatch(Action::Copied(ok)))
        },
        on_restart,
        restart_asked: state.wizard.restart_asked,
        on_ask_restart: {
            let d = state.dispatcher();
            Callback::from(move |()| d.dispatch(Action::AskRestart))
        },
        on_keep: {
            let d = state.dispatcher();
            Callback::from(move |()| d.dispatch(Action::KeepAnswers))
        },
        on_share: props.on_share.clone(),
        on_cta: on_event.reform(UiEvent::Cta),
        on_print: on_event.reform(|()| UiEvent::Print),
        before,
        after,
        hidden: &props.attribution.fields,
        lead_id: lead_id(state),
        explore: explore_view(state, texts, explored, compare.clone()),
        compare,
        pinned: state.explore.pinned.as_ref(),
        programme: Some(&*programme).filter(|p| p.groups.len() > 1),
    })
}

/// The explorer, when the config has it on.
fn explore_view(
    state: &UseReducerHandle<State>,
    texts: &Texts,
    explored: &Explorations,
    compare: Html,
) -> Html {
    if !state.config.explore.enabled {
        return Html::default();
    }
    let d = state.dispatcher();
    let on_set = Callback::from(move |(lever, value): (String, String)| {
        d.dispatch(Action::Explore(ExploreAction::Set { lever, value }))
    });
    let send = |a: fn() -> ExploreAction| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Explore(a())))
    };
    explore::explore(explore::Explore {
        texts,
        config: &state.config,
        answers: &state.wizard.answers,
        programme: state.wizard.group_count() > 1,
        state: &state.explore,
        explored: explored.now.as_ref().as_ref(),
        on_set,
        on_reset: send(|| ExploreAction::Reset),
        on_pin: send(|| ExploreAction::Pin),
        on_unpin: send(|| ExploreAction::Unpin),
        compare,
    })
}

/// Check your answers, with the groups' controls wired to the reducer.
fn check_view(state: &UseReducerHandle<State>, texts: &Texts) -> Html {
    let (w, config) = (&state.wizard, &state.config);
    let grouped = w.grouped(config);
    let count = grouped.groups.len();
    let send = |make: fn() -> Action| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(make()))
    };
    // Names for the groups that adding one creates: the first, when it
    // had none, and the new one, by their places.
    let by_place = |i: usize| programme::group_name(texts, "", i);
    let (first, name) = (by_place(0), by_place(count));
    let on_add = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::AddGroup(first.clone(), name.clone())))
    };
    let (news, focus) = group_news(texts, state.news.as_ref(), &grouped);
    check_answers(CheckAnswers {
        texts,
        questions: &config.questions,
        asked: w.asked_by_group(config),
        grouped: &grouped,
        on_change: dispatch_with(state, |(g, i)| Action::ChangeIn(g, i)),
        on_back: send(|| Action::Back),
        on_results: send(|| Action::ShowResults),
        groups: GroupControls {
            can_add: w.can_add_group(config),
            on_add,
            on_rename: dispatch_with(state, |(i, name)| Action::RenameGroup(i, name)),
            on_move: dispatch_with(state, |(from, to)| Action::MoveGroup(from, to)),
            on_remove: dispatch_with(state, Action::RemoveGroup),
            news,
            focus,
        },
    })
}

/// A callback that dispatches the action `f` makes of its value.
fn dispatch_with<T: 'static>(state: &UseReducerHandle<State>, f: fn(T) -> Action) -> Callback<T> {
    let d = state.dispatcher();
    Callback::from(move |x| d.dispatch(f(x)))
}

/// The last move or removal of a group in words, and the group whose
/// heading takes focus.
fn group_news(t: &Texts, news: Option<&GroupNews>, g: &Grouped) -> (String, Option<usize>) {
    let count = g.groups.len();
    let name = |i: usize| {
        let given = g.groups.get(i).map(|g| g.name.as_str());
        programme::group_name(t, given.unwrap_or_default(), i)
    };
    match news {
        Some(GroupNews::Moved(to)) => {
            let (moved, n, of) = (name(*to), t.number(*to as u64 + 1), t.number(count as u64));
            let vars = [("group", moved.as_str()), ("n", &n), ("count", &of)];
            (t.fill("ui.groups.moved", &vars), Some(*to))
        }
        Some(GroupNews::Removed(gone, i)) => {
            let gone = programme::group_name(t, gone, *i);
            let said = t.fill("ui.groups.removed", &[("group", &gone)]);
            (said, Some((*i).min(count.saturating_sub(1))))
        }
        None => (String::new(), None),
    }
}

fn question_view(state: &UseReducerHandle<State>, texts: &Texts, index: usize) -> Html {
    let (w, config) = (&state.wizard, &state.config);
    let Some(q) = config.questions.get(index) else {
        return html! {};
    };
    let send = |action: fn(String, String) -> Action| {
        let (d, id) = (state.dispatcher(), q.id.clone());
        Callback::from(move |value: String| d.dispatch(action(id.clone(), value)))
    };
    let dispatch = |action: fn() -> Action| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(action()))
    };
    let (position, count) = position(w, config);
    question_screen(QuestionScreen {
        texts,
        question: q,
        screen: index,
        index: position,
        count,
        answer: w.answers.get(&q.id),
        draft: w.drafts.get(&q.id),
        error: w
            .error
            .as_ref()
            .filter(|e| e.question == q.id)
            .map(|e| &e.problem),
        on_choose: send(|question, option| Action::Choose { question, option }),
        on_input: send(|question, text| Action::Type { question, text }),
        on_back: dispatch(|| Action::Back),
        on_submit: dispatch(|| Action::Submit),
        on_rough: {
            let d = state.dispatcher();
            Callback::from(move |option: String| d.dispatch(Action::Rough(option)))
        },
        on_skip: dispatch(|| Action::Skip),
        group: (q.per_group && w.group_count() > 1).then(|| {
            let name = w.groups.get(w.group).map(|g| g.name.as_str());
            programme::group_name(texts, name.unwrap_or_default(), w.group)
        }),
    })
}

/// After a screen change focus goes to the new heading; after a failed
/// submit to the error summary, so it is read out first; after sending a
/// lead to its outcome.
fn focus_target(root: &NodeRef, selector: &str) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Some(el) = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Renders the wizard into `root` and returns the handle that unmounts it.
pub fn mount(root: web_sys::Element, props: AppProps) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

//! The Yew wizard UI (issue 3): one reducer over the pure `engine::wizard`
//! state, one small component per screen part. The embed mounts it with
//! [`mount`] into any element; nothing here assumes `document.body`.

mod actions;
mod check_answers;
mod error_summary;
mod estimate;
mod hooks;
mod intro;
mod live_region;
mod next_steps;
mod pivots;
mod progress;
mod question;
mod question_choice;
mod question_number;
mod reasons;
mod results;
mod score_meters;
mod state;
mod texts;
mod venn;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::engine::wizard::{Screen, Wizard};
use crate::engine::{recommend, Answers, Config, Recommendation};

use check_answers::CheckAnswers;
use hooks::use_on_change;
use intro::Intro;
use live_region::LiveRegion;
use question::QuestionScreen;
use results::Results;
use state::{Action, State};
use texts::Texts;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub locale: AttrValue,
    pub initial: Rc<Wizard>,
    pub on_event: Callback<UiEvent>,
    /// Copies a share link; returns the URL copied, or `None` on failure.
    /// The share button is hidden when this is `None`.
    pub on_share: Option<Callback<Answers, Option<String>>>,
}

/// What the UI reports to its host (the embed turns these into DOM events).
#[derive(Debug, Clone, PartialEq)]
pub enum UiEvent {
    /// A new screen: questions are `0..M` with their id, check is `M`,
    /// results `M + 1`. Not fired for the intro.
    Step {
        index: usize,
        question_id: Option<String>,
    },
    /// The answer set changed.
    Answers(Answers),
    /// The results screen was entered.
    Complete(Rc<Recommendation>, Answers),
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (config, initial) = (props.config.clone(), props.initial.clone());
        use_reducer(move || State {
            config,
            wizard: (*initial).clone(),
        })
    };
    let texts = use_memo((props.config.clone(), props.locale.clone()), |(c, l)| {
        Texts::new(c.clone(), l)
    });
    let w = &state.wizard;
    let config = &state.config;
    let on_results = w.screen == Screen::Results;
    let rec = use_memo((w.answers.clone(), on_results), {
        let config = config.clone();
        move |(answers, on)| on.then(|| recommend(&config, answers).ok().map(Rc::new))
    });
    let root = use_node_ref();

    use_on_change(w.focus_seq, {
        let (root, has_error) = (root.clone(), w.error.is_some());
        move |_| focus_target(&root, has_error)
    });
    use_on_change(w.screen, {
        let (on_event, config) = (props.on_event.clone(), config.clone());
        let (answers, rec) = (w.answers.clone(), rec.clone());
        move |screen| {
            if let Some(event) = step_event(&config, *screen) {
                on_event.emit(event);
            }
            if let Some(Some(r)) = rec.as_ref() {
                on_event.emit(UiEvent::Complete(r.clone(), answers));
            }
        }
    });
    use_on_change(w.answers.clone(), {
        let on_event = props.on_event.clone();
        move |answers| on_event.emit(UiEvent::Answers(answers.clone()))
    });

    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(make()))
    };
    let screen = match w.screen {
        Screen::Intro => html! {
            <Intro key="intro" texts={(*texts).clone()} on_start={dispatch(|| Action::Start)} />
        },
        Screen::Question(i) => html! {
            <QuestionScreen
                key={format!("question-{i}")}
                texts={(*texts).clone()}
                index={i}
                wizard={Rc::new(w.clone())}
                dispatch={state.dispatcher()}
            />
        },
        Screen::Check => html! {
            <CheckAnswers
                key="check"
                texts={(*texts).clone()}
                answers={w.answers.clone()}
                dispatch={state.dispatcher()}
            />
        },
        Screen::Results => match rec.as_ref() {
            Some(Some(r)) => html! {
                <Results
                    key="results"
                    texts={(*texts).clone()}
                    rec={r.clone()}
                    answers={w.answers.clone()}
                    on_restart={dispatch(|| Action::Restart)}
                    on_share={props.on_share.clone()}
                />
            },
            _ => html! {
                <h2 key="results-error" class="pf-heading pf-error-message pf-focus-target" tabindex="-1">
                    { texts.get("ui.error.results") }
                </h2>
            },
        },
    };
    html! {
        <div class="pf-app" ref={root}>
            { screen }
            <LiveRegion texts={(*texts).clone()} screen={w.screen}
                kind={rec.as_ref().as_ref().and_then(|r| r.as_ref().map(|r| r.kind))} />
        </div>
    }
}

/// The `Step` event for a screen; `None` for the intro.
fn step_event(config: &Config, screen: Screen) -> Option<UiEvent> {
    let m = config.questions.len();
    let (index, question_id) = match screen {
        Screen::Intro => return None,
        Screen::Question(i) => (i, config.questions.get(i).map(|q| q.id.clone())),
        Screen::Check => (m, None),
        Screen::Results => (m + 1, None),
    };
    Some(UiEvent::Step { index, question_id })
}

/// After a screen change focus goes to the new heading; after a failed
/// submit to the error summary, so it is read out first.
fn focus_target(root: &NodeRef, has_error: bool) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let selector = if has_error {
        ".pf-error-summary"
    } else {
        ".pf-focus-target"
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

//! Render, answer, validation, back, change-from-summary and results.

use program_fit::engine::session::{Screen, Wizard};
use program_fit::engine::text::template::fill;
use program_fit::engine::{Answer, Answers, Grouped, Kind};
use program_fit::ui::UiEvent;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

use crate::support::{complete_answers, mount_at, mount_wizard};

wasm_bindgen_test_configure!(run_in_browser);

fn question_label(m: &crate::support::Mounted, id: &str) -> String {
    m.t(&format!("q.{id}.label"))
}

#[wasm_bindgen_test]
async fn intro_says_what_how_long_and_how_many_questions() {
    let m = mount_at(Answers::default(), Screen::Intro).await;
    assert_eq!(m.heading(), m.t("ui.intro.title"));
    let required = m.config.questions.iter().filter(|q| !q.optional).count();
    let count = required.to_string();
    // The default has optional questions, so the intro says they may be skipped.
    let lead = fill(&m.t("ui.intro.lead"), &[("count", &count)]);
    let lead = format!("{lead} {}", m.t("ui.intro.optional"));
    assert_eq!(m.text_of(".pf-lead"), lead);
    let facts = m.text_of(".pf-intro .pf-list");
    assert!(facts.contains(&m.t("ui.intro.time")) && facts.contains(&m.t("ui.intro.privacy")));
    assert!(m.events.borrow().is_empty(), "mounting reports nothing");
}

#[wasm_bindgen_test]
async fn start_shows_question_one_focuses_its_heading_and_announces_it() {
    let m = mount_at(Answers::default(), Screen::Intro).await;
    m.click(".pf-intro button").await;
    assert_eq!(m.heading(), question_label(&m, "goal"));
    assert!(
        m.find("form fieldset legend .pf-focus-target").is_some(),
        "heading is the legend"
    );
    let focused = m.active_element().expect("something has focus");
    assert!(focused
        .class_name()
        .split(' ')
        .any(|c| c == "pf-focus-target"));
    let n = m.config.questions.len().to_string();
    let progress = fill(&m.t("ui.progress.label"), &[("n", "1"), ("m", &n)]);
    assert_eq!(m.text_of(".pf-progress__label"), progress);
    assert_eq!(m.text_of("[aria-live=polite]"), progress);
    let bar = m.get("progress");
    assert_eq!(
        bar.get_attribute("aria-label").unwrap(),
        m.t("ui.progress.name")
    );
    assert!(matches!(
        m.events.borrow().as_slice(),
        [UiEvent::Progress {
            screen: Screen::Question(0),
            moved: true,
            ..
        }]
    ));
}

#[wasm_bindgen_test]
async fn choosing_an_option_and_continuing_moves_to_the_next_question() {
    let m = mount_at(Answers::default(), Screen::Question(0)).await;
    m.click("#pf-q-goal-career").await;
    m.submit().await;
    assert_eq!(m.heading(), question_label(&m, "audience"));
    let answered = m
        .events
        .borrow()
        .iter()
        .any(|e| matches!(e, UiEvent::Progress { answers, screen: Screen::Question(0), moved: false } if answers.answers_of(0).choice("goal") == Some("career")));
    assert!(answered, "the answer change is reported on the same screen");
}

#[wasm_bindgen_test]
async fn continue_without_a_choice_shows_the_error_summary_and_inline_error() {
    let m = mount_at(Answers::default(), Screen::Question(0)).await;
    m.submit().await;
    assert_eq!(
        m.heading(),
        question_label(&m, "goal"),
        "stays on the question"
    );
    let summary = m.get(".pf-error-summary");
    assert_eq!(
        m.active_element(),
        Some(summary.clone()),
        "focus moves to the summary"
    );
    let message = fill(
        &m.t("ui.error.choose"),
        &[("question", &m.t("q.goal.summary"))],
    );
    let link = m.get(".pf-error-summary a");
    assert_eq!(link.text_content().unwrap(), message);
    assert_eq!(link.get_attribute("href").unwrap(), "#pf-q-goal-skill");
    assert!(m.text_of("#pf-q-goal-error").contains(&message));
    let described = m.get("fieldset").get_attribute("aria-describedby").unwrap();
    assert!(described.split(' ').any(|id| id == "pf-q-goal-error"));
    for radio in m.all("input[type=radio]") {
        assert_eq!(radio.get_attribute("aria-invalid").as_deref(), Some("true"));
    }
    // The summary link focuses the field.
    m.click(".pf-error-summary a").await;
    assert_eq!(
        m.active_element().map(|e| e.id()),
        Some("pf-q-goal-skill".into())
    );
}

#[wasm_bindgen_test]
async fn a_bad_number_keeps_what_was_typed_and_marks_the_field() {
    let mut answers = complete_answers(&program_fit::engine::Config::default_config());
    answers.0.remove("participants");
    let m = mount_at(answers, Screen::Question(2)).await;
    assert_eq!(m.heading(), question_label(&m, "participants"));
    let input_sel = "#pf-q-participants";
    assert_eq!(
        m.get(input_sel).get_attribute("inputmode").as_deref(),
        Some("numeric")
    );
    // "12 people" is a number now; a count with another figure in it is not.
    m.type_into(input_sel, "2 teams of 10").await;
    m.submit().await;
    let input: HtmlInputElement = m.get(input_sel).unchecked_into();
    assert_eq!(input.value(), "2 teams of 10", "nothing typed is lost");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap();
    assert!(described.contains("pf-q-participants-error"), "{described}");
    assert!(m.find(".pf-error-summary").is_some());

    m.type_into(input_sel, "1500").await;
    let echo = fill(&m.t("ui.number.echo"), &[("value", "1,500")]);
    assert_eq!(
        m.text_of(".pf-echo"),
        echo,
        "the value is echoed back formatted"
    );
    m.submit().await;
    assert_eq!(m.heading(), question_label(&m, "budget"));
    assert!(m.find(".pf-error-summary").is_none());
}

#[wasm_bindgen_test]
async fn the_budget_field_has_a_currency_prefix_and_echoes_money() {
    let m = mount_at(
        complete_answers(&program_fit::engine::Config::default_config()),
        Screen::Question(3),
    )
    .await;
    assert_eq!(m.text_of(".pf-input-affix--before"), "$");
    m.type_into("#pf-q-budget", "250000").await;
    let echo = fill(&m.t("ui.number.echo"), &[("value", "$250,000")]);
    assert_eq!(m.text_of(".pf-echo"), echo);
}

#[wasm_bindgen_test]
async fn not_decided_yet_answers_the_budget_and_moves_on() {
    let m = mount_at(
        complete_answers(&program_fit::engine::Config::default_config()),
        Screen::Question(3),
    )
    .await;
    assert_eq!(
        m.text_of(".pf-button--unknown"),
        m.t("q.budget.opt.unknown")
    );
    m.click(".pf-button--unknown").await;
    assert_eq!(m.heading(), question_label(&m, "duration"));
    m.click(".pf-back").await;
    assert_eq!(m.text_of(".pf-echo"), m.t("ui.number.echo_unknown"));
    m.submit().await;
    assert_eq!(m.heading(), question_label(&m, "duration"));
}

#[wasm_bindgen_test]
async fn with_no_budget_decided_the_results_show_what_budgets_would_buy() {
    let config = program_fit::engine::Config::default_config();
    let mut answers = complete_answers(&config);
    answers.set("budget", Answer::Choice("unknown".into()));
    let levels = program_fit::engine::recommend(&config, &answers)
        .unwrap()
        .levels
        .len();
    assert!(levels >= 3, "a few budgets to choose from: {levels}");
    let m = mount_at(answers, Screen::Results).await;
    assert_eq!(m.all(".pf-estimate__levels li").len(), levels);
    assert!(m.text_of(".pf-lead").contains("not decided yet"));
    let figures = m.text_of(".pf-figures");
    assert!(figures.contains(&m.t("q.budget.opt.unknown")), "{figures}");
    assert!(
        !figures.contains(&m.t("ui.estimate.funding_gap")),
        "{figures}"
    );
}

#[wasm_bindgen_test]
async fn the_next_steps_are_the_engine_s_steps_for_these_answers() {
    let config = program_fit::engine::Config::default_config();
    let answers = complete_answers(&config);
    let rec = program_fit::engine::recommend(&config, &answers).unwrap();
    let want: Vec<String> = program_fit::engine::next_steps(&config, &answers, &rec)
        .iter()
        .map(|k| config.text("en", k).to_string())
        .collect();
    let m = mount_at(answers, Screen::Results).await;
    let shown: Vec<String> = m
        .all(".pf-next li")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert!(want.len() >= 5, "{want:?}");
    assert_eq!(shown, want);
}

#[wasm_bindgen_test]
async fn a_number_question_without_not_decided_yet_has_no_such_button() {
    let m = mount_at(Answers::default(), Screen::Question(2)).await;
    assert!(m.find(".pf-button--unknown").is_none());
}

#[wasm_bindgen_test]
async fn skip_on_an_optional_question_records_no_answer_and_says_so_on_the_check_screen() {
    let mut config = program_fit::engine::Config::default_config();
    let mut extra = config.question("driver").unwrap().clone();
    extra.id = "extra".into();
    extra.optional = true;
    config.questions.insert(4, extra);
    let mut answers = complete_answers(&config);
    answers.set("extra", Answer::Choice("shared".into()));
    let initial = Wizard::resume(&config, answers, Screen::Question(4));
    let m = mount_wizard(Rc::new(config), Rc::new(initial)).await;
    assert!(
        m.find("#pf-q-driver-shared").is_none(),
        "on the extra question"
    );
    assert_eq!(m.text_of(".pf-button--skip"), m.t("ui.skip"));
    m.click(".pf-button--skip").await;
    assert_eq!(m.heading(), question_label(&m, "duration"));
    // The remaining questions keep their answers; the follow-ups after
    // them have none, and Continue passes them by.
    for _ in 0..4 {
        m.submit().await;
    }
    assert_eq!(m.heading(), question_label(&m, "mentor_time"));
    for _ in 0..5 {
        m.submit().await;
    }
    assert_eq!(m.heading(), m.t("ui.check.title"));
    let values: Vec<String> = m
        .all(".pf-summary__value")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(values[4], m.t("ui.check.skipped"), "{values:?}");
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_question_with_its_answer() {
    let m = mount_at(Answers::default(), Screen::Question(0)).await;
    m.click("#pf-q-goal-knowledge").await;
    m.submit().await;
    m.click(".pf-back").await;
    assert_eq!(m.heading(), question_label(&m, "goal"));
    let radio: HtmlInputElement = m.get("#pf-q-goal-knowledge").unchecked_into();
    assert!(radio.checked(), "the earlier choice is still selected");
    m.click(".pf-back").await;
    assert_eq!(m.heading(), m.t("ui.intro.title"));
}

#[wasm_bindgen_test]
async fn change_from_the_summary_returns_to_the_summary() {
    let m = mount_at(
        complete_answers(&program_fit::engine::Config::default_config()),
        Screen::Check,
    )
    .await;
    assert_eq!(m.heading(), m.t("ui.check.title"));
    let rows = m.all(".pf-summary__row");
    assert_eq!(rows.len(), m.config.questions.len());
    let change = m.all(".pf-summary__actions button");
    change[1]
        .clone()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(m.heading(), question_label(&m, "audience"));
    m.click("#pf-q-audience-executives").await;
    m.submit().await;
    assert_eq!(
        m.heading(),
        m.t("ui.check.title"),
        "continue goes back to check"
    );
    let audience_row = m.all(".pf-summary__value")[1].text_content().unwrap();
    assert_eq!(audience_row, m.t("q.audience.opt.executives"));
}

#[wasm_bindgen_test]
async fn results_show_the_kind_meters_reasons_venn_and_estimate() {
    let m = mount_at(
        complete_answers(&program_fit::engine::Config::default_config()),
        Screen::Check,
    )
    .await;
    m.click(".pf-check > button.pf-button").await;
    let heading = m.heading();
    assert!(heading.ends_with(&m.t("kind.hybrid")), "{heading}");
    let why = m.text_of(".pf-results .pf-lead");
    assert!(why.starts_with(&m.t("why.hybrid")), "{why}");
    assert!(
        why.contains(
            "66 of them also in small coaching groups, starting with those facing the biggest step up soonest"
        ),
        "the why ends with the plan: {why}"
    );
    assert_eq!(m.all("[role=meter]").len(), 2);
    assert!(!m.all(".pf-reason").is_empty());

    let svg = m.get("svg.pf-venn__svg--wide");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg.query_selector("title").unwrap().is_some());
    assert!(svg.query_selector("desc").unwrap().is_some());
    assert_eq!(
        m.all("svg.pf-venn__svg--wide circle.pf-venn__circle").len(),
        2
    );
    assert!(m.find(".pf-venn__marker").is_some());
    assert_eq!(
        m.all(".pf-venn__table tbody tr").len(),
        m.config.traits.len()
    );
    let laid_over = m.all(".pf-venn__overlay .pf-trait");
    assert_eq!(
        laid_over.len(),
        m.config.traits.len(),
        "every trait sits in a region"
    );
    assert!(
        laid_over
            .iter()
            .all(|li| li.namespace_uri().as_deref() == Some("http://www.w3.org/1999/xhtml")),
        "trait lists are HTML, not SVG-namespaced elements that never render"
    );
    assert!(!m.all(".pf-venn__overlay .pf-trait--matched").is_empty());

    let estimate = m.text_of(".pf-estimate__summary");
    assert!(estimate.contains("(120 people)"), "{estimate}");
    // The figures are the plan's: the same numbers the why states.
    let figures = m.text_of(".pf-figures");
    for value in ["$150,000", "$149,400", "66", "120"] {
        assert!(figures.contains(value), "{value} in {figures}");
    }
    let cta = m.get("a.pf-button--cta");
    assert_eq!(cta.get_attribute("href").unwrap(), m.config.cta.url);

    let events = m.events.borrow();
    let complete = events.iter().filter(
        |e| matches!(e, UiEvent::Complete(p, _) if p.groups[0].recommendation.kind == Kind::Hybrid),
    );
    assert_eq!(complete.count(), 1);
    assert!(events.iter().any(|e| matches!(
        e,
        UiEvent::Progress {
            screen: Screen::Results,
            moved: true,
            ..
        }
    )));
}

#[wasm_bindgen_test]
async fn share_and_start_again() {
    let answers = complete_answers(&program_fit::engine::Config::default_config());
    let m = mount_at(answers.clone(), Screen::Results).await;
    let share = m.t("ui.actions.share");
    let button = m
        .all(".pf-actions button")
        .into_iter()
        .find(|b| b.text_content().unwrap().trim() == share)
        .expect("share button");
    button.unchecked_into::<web_sys::HtmlElement>().click();
    yew::scheduler::flush().await;
    let one = Grouped::single(&m.config, &answers);
    assert_eq!(m.shared.borrow().as_slice(), &[one]);
    let link: HtmlInputElement = m.get("#pf-share-link").unchecked_into();
    assert_eq!(link.value(), "https://example.com/#shared");
    // The browser copied it: said politely.
    assert_eq!(
        m.text_of(".pf-share__status[aria-live=polite]"),
        m.t("ui.actions.copy_done")
    );

    let restart = m.t("ui.actions.restart");
    let button = m
        .all(".pf-actions button")
        .into_iter()
        .find(|b| b.text_content().unwrap().trim() == restart)
        .expect("start again button");
    button.unchecked_into::<web_sys::HtmlElement>().click();
    yew::scheduler::flush().await;
    // Start again asks first; confirmed, the answers go.
    let confirm = m.t("ui.restart.confirm");
    let button = m
        .all(".pf-confirm button")
        .into_iter()
        .find(|b| b.text_content().unwrap().trim() == confirm)
        .expect("the confirmation");
    button.unchecked_into::<web_sys::HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(m.heading(), question_label(&m, "goal"));
    assert!(
        m.all("input[type=radio]:checked").is_empty(),
        "answers are forgotten"
    );
}

#[wasm_bindgen_test]
async fn a_rough_answer_to_a_number_question_answers_moves_on_and_is_echoed_back() {
    let config = program_fit::engine::Config::default_config();
    let i = config
        .questions
        .iter()
        .position(|q| q.id == "mentors")
        .unwrap();
    let m = mount_at(complete_answers(&config), Screen::Question(i)).await;
    let labels: Vec<String> = m
        .all(".pf-rough button")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    let options = ["many", "some", "few", "unknown"].map(|o| m.t(&format!("q.mentors.opt.{o}")));
    assert_eq!(labels, options);
    assert_eq!(m.text_of(".pf-rough-label"), m.t("ui.number.rough"));
    m.click(".pf-rough button:nth-child(3)").await;
    assert_eq!(m.heading(), question_label(&m, "mentor_time"));
    m.click(".pf-back").await;
    assert_eq!(m.heading(), question_label(&m, "mentors"));
    let echo = fill(
        &m.t("ui.number.echo_rough"),
        &[("value", &m.t("q.mentors.opt.few"))],
    );
    assert_eq!(m.text_of(".pf-echo"), echo);
    // A figure typed over it replaces it.
    m.type_into("#pf-q-mentors", "0").await;
    m.submit().await;
    assert_eq!(
        m.heading(),
        question_label(&m, "internal_coaches"),
        "no mentors: their time is not asked about"
    );
}

//! The results buttons: the consultancy's call to action, Start again,
//! Print (the report, printed by the embed), and Copy link when the host
//! can share.

use yew::prelude::*;

use super::Texts;
use crate::engine::model::config::Cta;
use crate::engine::Answers;

#[derive(Properties, PartialEq)]
pub struct ActionsProps {
    pub texts: Texts,
    pub cta: Cta,
    pub answers: Answers,
    pub on_restart: Callback<()>,
    pub on_share: Option<Callback<Answers, Option<String>>>,
    /// The call to action was followed (its URL, placeholders filled).
    pub on_cta: Callback<String>,
    /// The host prints the report of these results alone.
    pub on_print: Callback<()>,
}

#[component]
pub fn Actions(props: &ActionsProps) -> Html {
    let t = &props.texts;
    // None: not shared yet; Some(None): the host could not copy.
    let shared = use_state(|| None::<Option<String>>);
    let on_print = props.on_print.reform(|_: MouseEvent| ());
    let share_button = props.on_share.clone().map(|share| {
        let (shared, answers) = (shared.clone(), props.answers.clone());
        let onclick =
            Callback::from(move |_: MouseEvent| shared.set(Some(share.emit(answers.clone()))));
        html! {
            <button type="button" class="pf-button pf-button--secondary" {onclick}>
                { t.show("ui.actions.share") }
            </button>
        }
    });
    let share_status = match &*shared {
        None => html! {},
        Some(Some(url)) => html! {
            <div class="pf-share">
                <label class="pf-share__label" for="pf-share-link">{ t.show("ui.actions.copied") }</label>
                <input class="pf-input pf-share__input" id="pf-share-link" type="text" readonly=true value={url.clone()} />
            </div>
        },
        Some(None) => html! { <p class="pf-share">{ t.show("ui.actions.copy_failed") }</p> },
    };
    let cta = &props.cta;
    let on_cta = {
        let url = cta.url.clone();
        props.on_cta.reform(move |_: MouseEvent| url.clone())
    };
    html! {
        <section class="pf-block pf-actions">
            <div class="pf-button-group">
                <a class="pf-button pf-button--cta" href={cta.url.clone()} onclick={on_cta}>{ t.show(&cta.label) }</a>
                <button type="button" class="pf-button pf-button--secondary" onclick={props.on_restart.reform(|_| ())}>
                    { t.show("ui.actions.restart") }
                </button>
                <button type="button" class="pf-button pf-button--secondary" onclick={on_print}>
                    { t.show("ui.actions.print") }
                </button>
                { for share_button }
            </div>
            <div aria-live="polite">{ share_status }</div>
        </section>
    }
}

//! The results buttons: the consultancy's call to action, Start again,
//! Print (the report, printed by the embed), and Copy link when the host
//! can share. A view, not a component: the share status lives in the
//! reducer, which clears it when the screen changes.

use yew::prelude::*;

use super::el::{button, el};
use super::Texts;
use crate::engine::config::types::{Cta, CtaTarget};
use crate::engine::{Answers, Grouped};

pub struct Actions<'a> {
    pub texts: &'a Texts,
    pub cta: Cta,
    /// Every group's answers, for the share link.
    pub answers: &'a Grouped,
    /// The values pinned in the explorer, which the link carries too.
    pub pinned: Option<&'a Answers>,
    /// None: not shared yet; Some(None): the host could not copy.
    pub shared: &'a Option<Option<String>>,
    /// Records what Copy link gave.
    pub on_shared: Callback<Option<String>>,
    /// Whether the browser copied the link, once it has said.
    pub copied: Option<bool>,
    /// Hears it.
    pub on_copied: Callback<bool>,
    /// Start again was pressed and awaits an answer.
    pub restart_asked: bool,
    /// Start again was pressed: ask first.
    pub on_ask_restart: Callback<()>,
    /// "No, keep my answers".
    pub on_keep: Callback<()>,
    /// Start again, confirmed.
    pub on_restart: Callback<()>,
    pub on_share: Option<super::OnShare>,
    /// The call to action was followed (its URL, placeholders filled).
    pub on_cta: Callback<String>,
    /// The host prints the report of these results alone.
    pub on_print: Callback<()>,
}

const SECONDARY: &str = "pf-button pf-button--secondary";

pub fn actions(props: Actions) -> Html {
    let t = props.texts;
    let share_button = props.on_share.clone().map(|share| {
        let (on_shared, answers) = (props.on_shared.clone(), props.answers.clone());
        let (copied, pinned) = (props.on_copied.clone(), props.pinned.cloned());
        let on_click = Callback::from(move |()| {
            on_shared.emit(share.emit((answers.clone(), pinned.clone(), copied.clone())));
        });
        button(SECONDARY, &on_click, t.show("ui.actions.share"))
    });
    let share_link = match props.shared {
        Some(Some(url)) => html! {
            <div class="pf-share">
                <label class="pf-share__label" for="pf-share-link">{ t.show("ui.actions.copied") }</label>
                <input class="pf-input pf-share__input" id="pf-share-link" type="text" readonly=true value={url.clone()} />
            </div>
        },
        None | Some(None) => html! {},
    };
    // Said politely once the browser has answered: copied, or not.
    let share_status = match (props.shared, props.copied) {
        (Some(Some(_)), Some(true)) => t.show("ui.actions.copy_done"),
        (Some(Some(_)), Some(false)) => t.show("ui.actions.copy_refused"),
        (Some(None), _) => t.show("ui.actions.copy_failed"),
        (Some(Some(_)), None) | (None, _) => html! {},
    };
    let cta = &props.cta;
    // A new tab gets no handle on this page, and says that it opens one.
    let blank = cta.target == CtaTarget::Blank;
    let on_cta = {
        let url = cta.url.clone();
        props.on_cta.reform(move |_: MouseEvent| url.clone())
    };
    html! {
        <section class="pf-block pf-actions">
            <div class="pf-button-group">
                <a class="pf-button pf-button--cta" href={cta.url.clone()} onclick={on_cta}
                    target={cta.target.attribute()} rel={blank.then_some("noopener")}>
                    { t.show(&cta.label) }
                    if blank { { " " }{ el("span", "pf-visually-hidden", t.show("cta.new_tab")) } }
                </a>
                if !props.restart_asked {
                    { button("pf-button pf-button--secondary pf-restart", &props.on_ask_restart, t.show("ui.actions.restart")) }
                }
                { button(SECONDARY, &props.on_print, t.show("ui.actions.print")) }
                { for share_button }
            </div>
            if props.restart_asked {
                <div class="pf-confirm" role="group" aria-labelledby="pf-restart-question">
                    <p class="pf-confirm__question" id="pf-restart-question" tabindex="-1">{ t.show("ui.restart.question") }</p>
                    <div class="pf-button-group">
                        { button("pf-button", &props.on_restart, t.show("ui.restart.confirm")) }
                        { button(SECONDARY, &props.on_keep, t.show("ui.restart.keep")) }
                    </div>
                </div>
            }
            { share_link }
            <p class="pf-share__status" aria-live="polite">{ share_status }</p>
        </section>
    }
}

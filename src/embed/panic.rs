//! Turning a Rust panic into a visible, reported error. Release builds abort
//! on panic (the wasm traps right after the hook returns), so the hook itself
//! must replace every live widget with an error message and fire
//! `program-fit:error` before the trap. The loader catches the trap's
//! `WebAssembly.RuntimeError` and treats the module as dead from then on.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::error_box::{self, ErrorKind};
use super::events::Emitter;
use super::log;
use crate::engine::Config;

/// What the hook needs to report into one mounted instance.
pub struct Live {
    pub root: web_sys::Element,
    pub emitter: Emitter,
    pub locale: String,
}

thread_local! {
    static LIVE: RefCell<Vec<Weak<Live>>> = const { RefCell::new(Vec::new()) };
}

/// Registers an instance; it stays registered while the returned Rc lives.
pub fn register(live: Live) -> Rc<Live> {
    let live = Rc::new(live);
    LIVE.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            l.retain(|w| w.strong_count() > 0);
            l.push(Rc::downgrade(&live));
        }
    });
    live
}

/// Installs the hook once; later calls do nothing. It goes through Yew,
/// which would otherwise replace it with its own on the first render.
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(report)));
}

fn report(info: &std::panic::PanicHookInfo<'_>) {
    let message = info.to_string();
    log::error(&format!("program-fit: internal error: {message}"));
    let live: Vec<Rc<Live>> = LIVE.with(|l| {
        l.try_borrow()
            .map(|l| l.iter().filter_map(Weak::upgrade).collect())
            .unwrap_or_default()
    });
    let texts = Config::shared_default();
    for inst in live {
        let _ = error_box::show(
            &inst.root,
            &texts,
            &inst.locale,
            ErrorKind::Panic,
            None,
            None,
        );
        inst.emitter.error(ErrorKind::Panic, &message, &[]);
    }
}

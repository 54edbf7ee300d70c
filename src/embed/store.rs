//! Where an instance keeps its progress. Browser storage can be missing or
//! hostile (private mode, disabled cookies, full quota, sandboxed frames), so
//! every failure drops to an in-page memory store instead of losing the widget.

use crate::engine::dict::Dict;
use std::cell::{Cell, RefCell};

use web_sys::Storage;

use super::log;

/// The `storage` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Session,
    Local,
    None,
}

impl Kind {
    /// Unknown values fall back to the default, with a warning.
    pub fn parse(attr: Option<&str>) -> Kind {
        match attr.map(str::trim) {
            None | Some("") | Some("session") => Kind::Session,
            Some("local") => Kind::Local,
            Some("none") => Kind::None,
            Some(other) => {
                log::warn(&format!(
                    "program-fit: unknown storage=\"{other}\"; using session storage"
                ));
                Kind::Session
            }
        }
    }
}

thread_local! {
    /// Fallback store shared by the instances in this page, so progress
    /// still survives removing and re-inserting an element.
    static MEMORY: RefCell<Dict<String>> = RefCell::new(Dict::new());
    /// Keys of the mounted instances: two live instances on one key would
    /// overwrite each other's progress and share links.
    static IN_USE: RefCell<Dict<usize>> = RefCell::new(Dict::new());
}

pub struct Store {
    key: String,
    kind: Kind,
    browser: RefCell<Option<Storage>>,
    released: Cell<bool>,
}

impl Store {
    pub fn open(kind: Kind, key: String) -> Store {
        let users = IN_USE.with(|u| {
            let mut u = u.borrow_mut();
            let n = u.get_or_insert_with(&key, || 0);
            *n += 1;
            *n
        });
        if users > 1 {
            log::warn(&format!(
                "program-fit: two widgets on this page share the key \"{key}\", so they share saved progress and share links; give each <program-fit> its own id"
            ));
        }
        let browser = match kind {
            Kind::None => None,
            Kind::Session | Kind::Local => {
                let found = web_sys::window().and_then(|w| {
                    let r = if kind == Kind::Local {
                        w.local_storage()
                    } else {
                        w.session_storage()
                    };
                    r.ok().flatten()
                });
                if found.is_none() {
                    log::warn("program-fit: browser storage is unavailable; progress is kept in memory for this page only");
                }
                found
            }
        };
        Store {
            key,
            kind,
            browser: RefCell::new(browser),
            released: Cell::new(false),
        }
    }

    pub fn load(&self) -> Option<String> {
        if self.kind == Kind::None {
            return None;
        }
        let read = self
            .browser
            .borrow()
            .as_ref()
            .map(|s| s.get_item(&self.key));
        match read {
            Some(Ok(v)) => return v,
            Some(Err(_)) => self.fall_back("reading"),
            None => {}
        }
        MEMORY.with(|m| m.borrow().get(&self.key).cloned())
    }

    /// Stores what `value` writes. It is not called with `storage="none"`:
    /// encoding the state costs a few hundred microseconds per step.
    pub fn save(&self, value: impl FnOnce() -> String) {
        if self.kind == Kind::None {
            return;
        }
        let value = &value();
        let written = self
            .browser
            .borrow()
            .as_ref()
            .map(|s| s.set_item(&self.key, value).is_ok());
        match written {
            Some(true) => return,
            Some(false) => self.fall_back("writing"),
            None => {}
        }
        MEMORY.with(|m| m.borrow_mut().insert(self.key.clone(), value.to_string()));
    }

    pub fn clear(&self) {
        if let Some(s) = self.browser.borrow().as_ref() {
            let _ = s.remove_item(&self.key);
        }
        MEMORY.with(|m| m.borrow_mut().remove(&self.key));
    }

    /// Frees the key for another instance. Called on unmount, because the
    /// app's callbacks (and their clones of the store) are dropped later.
    pub fn release(&self) {
        if self.released.replace(true) {
            return;
        }
        IN_USE.with(|u| {
            let mut u = u.borrow_mut();
            if let Some(n) = u.get_mut(&self.key) {
                *n -= 1;
                if *n == 0 {
                    u.remove(&self.key);
                }
            }
        });
    }

    fn fall_back(&self, doing: &str) {
        log::warn(&format!(
            "program-fit: {doing} browser storage failed; progress is kept in memory for this page only"
        ));
        self.browser.replace(None);
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        self.release();
    }
}

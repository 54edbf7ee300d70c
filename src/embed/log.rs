//! Console output for the people integrating the widget: problems they can
//! fix (bad prefill, stale storage) are warnings, never visible errors.

pub fn warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

pub fn error(msg: &str) {
    web_sys::console::error_1(&msg.into());
}

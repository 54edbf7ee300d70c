//! Small hooks shared by the app.

use yew::prelude::*;

/// Runs `f` whenever `deps` changes, but not on the first render: mounting
/// must not steal focus or report a step the person did not take.
#[hook]
pub fn use_on_change<D, F>(deps: D, f: F)
where
    D: PartialEq + 'static,
    F: FnOnce(&D) + 'static,
{
    let first = use_mut_ref(|| true);
    use_effect_with(deps, move |d| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            f(d);
        }
    });
}

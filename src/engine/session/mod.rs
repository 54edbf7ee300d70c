//! One visit: the wizard's state machine, where a visit starts (share link,
//! stored progress, prefill), and the codecs for what outlives a page:
//! stored progress, share links and per-instance names.

pub mod attribution;
pub mod detail;
pub mod detail_groups;
pub mod explore_state;
pub mod fallback;
mod hidden_chars;
pub mod lead_form;
pub mod lead_payload;
pub mod lead_state;
pub mod lead_submit;
pub mod naming;
pub mod share;
pub mod share_groups;
pub mod start;
pub mod stored;
pub mod wizard;
mod wizard_groups;

pub use start::{start, start_programme, Found, Opening, Source, Warning};
pub use wizard::{Screen, Wizard};

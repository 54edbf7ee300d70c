//! Reading a config: JSON in, a checked [`Config`](crate::engine::config::types::types::Config)
//! or every problem out. It sits on top of the others because checking a
//! config's texts means knowing every text the advice can say.

mod currency_costs;
pub mod default;
pub mod overlay;
mod path;
mod problems;
pub mod read;
mod replaced;
mod reserved;
pub mod shape;
pub mod shape_check;
#[rustfmt::skip]
pub mod shape_table;
pub mod suggest;
pub mod text_keys;
mod theme_value;
pub mod validate;
mod validate_costs;
mod validate_groups;
mod validate_lead;
mod validate_texts;
mod validate_theme;

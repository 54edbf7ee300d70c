//! The assessment model. A config is data (questions, weights, costs,
//! traits, texts); the functions here turn one complete set of answers into
//! a recommendation: fit ([`score`]), costs ([`costs`]), the kind and its
//! plan ([`plan`]), pivots ([`recommend`]), Venn traits, the sentences
//! that explain them ([`words`]) and the next steps ([`steps`]).

pub mod answers;
pub mod asked;
pub mod assumptions;
pub mod config;
pub mod costs;
pub mod cta;
pub mod currency;
pub mod estimate;
pub mod format;
pub mod hidden_chars;
pub mod labels;
pub mod lead;
pub mod lead_form;
pub mod load;
pub mod overlay;
pub mod phrase;
pub mod plan;
pub mod recommend;
pub mod reserved;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod schema;
pub mod score;
pub mod shape;
pub mod shape_check;
pub mod steps;
pub mod suggest;
pub mod summary;
pub mod text_keys;
pub mod theme_value;
pub mod timeline;
pub mod url;
pub mod validate;
pub mod venn;
pub mod words;

//! The advice in words, from the config's texts: numbers and money come
//! from a [`formatter::Formatter`], so the engine holds no locale data.

pub mod alternatives;
pub mod assumptions;
pub mod cta;
pub mod formatter;
pub mod labels;
pub mod phrase;
pub mod plan_sentence;
pub mod programme;
pub mod steps;
pub mod summary;
pub mod template;
pub mod why;
pub mod words;

//! One complete set of answers in, the advice out: the inputs the answers
//! give ([`inputs`]), fit ([`score`]), what formats cost ([`costs`]), the
//! kind and its plan ([`plan`]), each approach on its own ([`comparison`]),
//! what would change it ([`pivots`], [`levels`]), the quarters
//! ([`timeline`]) and the Venn traits ([`venn`]). No words: see `text`.

pub mod answers;
pub mod asked;
pub mod comparison;
pub mod explore;
pub mod explore_programme;
pub mod groups;
pub mod id;
pub mod inputs;
pub mod kind;
pub mod legacy;
pub mod levels;
pub mod pivots;
pub mod plan;
pub mod prices;
pub mod programme;
pub mod quality;
pub mod recommend;
pub mod resources;
pub mod score;
pub mod search;
pub mod timeline;
pub mod venn;
pub mod what_if;

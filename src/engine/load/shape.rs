//! The vocabulary of the loader's shape table: what kind of JSON value each
//! place in a config holds. The loader checks a config against the table
//! (`super::shape_table`, generated from the config types with the JSON
//! Schema) before serde reads it, so every type error, unknown key and
//! missing field is reported at once and in plain words, instead of
//! serde's first error in Rust's words.

/// The kind of JSON value a place in the config holds.
pub enum Shape {
    /// A whole number from 0 up.
    Whole,
    /// Any number.
    Number,
    Text,
    Flag,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    List(&'static Shape),
    /// An object whose keys are data (locales, text keys, option ids).
    Map(&'static Shape),
    /// An object with these fields and no others.
    Object(&'static [Field]),
}

pub struct Field {
    pub name: &'static str,
    pub shape: &'static Shape,
    /// The merged config must have it; an overlay never has to.
    pub required: bool,
}

pub const fn req(name: &'static str, shape: &'static Shape) -> Field {
    Field {
        name,
        shape,
        required: true,
    }
}

pub const fn opt(name: &'static str, shape: &'static Shape) -> Field {
    Field {
        name,
        shape,
        required: false,
    }
}

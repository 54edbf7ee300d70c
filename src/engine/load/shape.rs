//! What a config may contain, field by field. The loader checks a config
//! against this before reading it into [`crate::engine::config::types::Config`], so every
//! type error, unknown key and missing field is reported at once and in
//! plain words, instead of serde's first error in Rust's words. It mirrors
//! the types in `config.rs`; a native test compares it with the JSON Schema
//! generated from those types, so the two cannot drift apart.

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

const fn req(name: &'static str, shape: &'static Shape) -> Field {
    Field {
        name,
        shape,
        required: true,
    }
}

const fn opt(name: &'static str, shape: &'static Shape) -> Field {
    Field {
        name,
        shape,
        required: false,
    }
}

const TEXTS: Shape = Shape::Map(&Shape::Text);

static COACHING_FORMAT: Shape = Shape::Object(&[
    req("per_head", &Shape::Map(&Shape::Whole)),
    opt("min_group", &Shape::Whole),
    opt("capacity", &Shape::Map(&SUPPLY)),
]);

static MENTORING_FORMAT: Shape = Shape::Object(&[
    req("mentees_per_mentor", &Shape::Whole),
    opt("mentor_hours", &Shape::Whole),
]);

static SUPPLY: Shape = Shape::Object(&[
    req("per_participant", &Shape::Number),
    req("max", &Shape::Whole),
]);

static CHOICE: Shape = Shape::Object(&[
    req("id", &Shape::Text),
    opt("coaching", &Shape::Number),
    opt("mentoring", &Shape::Number),
]);

static QUESTION: Shape = Shape::Object(&[
    req("id", &Shape::Text),
    req("kind", &Shape::OneOf(&["choice", "number"])),
    opt("options", &Shape::List(&CHOICE)),
    opt("weight", &Shape::Number),
    opt("min", &Shape::Whole),
    opt("max", &Shape::Whole),
    opt("money", &Shape::Flag),
    opt("lever", &Shape::Flag),
    opt("unknown", &Shape::Flag),
    opt("optional", &Shape::Flag),
    opt("ask_when", &Shape::List(&Shape::Text)),
]);

static CONDITION: Shape = Shape::Object(&[
    opt("question", &Shape::Text),
    opt("metric", &Shape::OneOf(&["coaching_coverage"])),
    opt("is", &Shape::List(&Shape::Text)),
    opt("min", &Shape::Number),
    opt("max", &Shape::Number),
]);

static TRAIT: Shape = Shape::Object(&[
    req("id", &Shape::Text),
    req(
        "region",
        &Shape::OneOf(&["coaching", "shared", "mentoring"]),
    ),
    opt("when", &Shape::List(&CONDITION)),
]);

const FIELD_RULE: Shape = Shape::OneOf(&["absent", "optional", "required"]);

static LEAD: Shape = Shape::Object(&[
    opt(
        "mode",
        &Shape::OneOf(&["off", "optional", "before_results"]),
    ),
    opt("allow_skip", &Shape::Flag),
    opt(
        "fields",
        &Shape::Object(&[
            opt("name", &FIELD_RULE),
            opt("email", &FIELD_RULE),
            opt("organisation", &FIELD_RULE),
            opt("role", &FIELD_RULE),
            opt("phone", &FIELD_RULE),
            opt("message", &FIELD_RULE),
        ]),
    ),
    opt("privacy_url", &Shape::Text),
    opt("consent_text", &Shape::Text),
    opt("endpoint", &Shape::Text),
    opt("email_copy", &Shape::Flag),
]);

/// The whole config. `$schema` names the JSON Schema for editors; the
/// widget ignores it.
pub static CONFIG: Shape = Shape::Object(&[
    opt("$schema", &Shape::Text),
    req("version", &Shape::Whole),
    req("default_locale", &Shape::Text),
    req(
        "money",
        &Shape::Object(&[req("currency", &Shape::Text), req("symbol", &Shape::Text)]),
    ),
    req(
        "cta",
        &Shape::Object(&[req("url", &Shape::Text), req("label", &Shape::Text)]),
    ),
    req(
        "model",
        &Shape::Object(&[
            req("split_margin", &Shape::Number),
            req("neutral_band", &Shape::Number),
            req("hybrid_coached_share", &Shape::Number),
            opt("rationale", &TEXTS),
        ]),
    ),
    req(
        "costs",
        &Shape::Object(&[
            req("individual_coaching", &COACHING_FORMAT),
            req("group_coaching", &COACHING_FORMAT),
            opt("internal_coaching", &COACHING_FORMAT),
            opt("manager_coaching", &COACHING_FORMAT),
            req("duration_factor", &Shape::Map(&Shape::Number)),
            req("mentoring_programme", &Shape::Whole),
            req("mentoring_per_mentee", &Shape::Whole),
            req("mentoring_pairs", &MENTORING_FORMAT),
            req("mentoring_circles", &MENTORING_FORMAT),
            req("mentor_supply", &Shape::Map(&SUPPLY)),
            opt("mentor_hour", &Shape::Whole),
            opt("rationale", &TEXTS),
        ]),
    ),
    req("questions", &Shape::List(&QUESTION)),
    req("traits", &Shape::List(&TRAIT)),
    req("texts", &Shape::Map(&TEXTS)),
    opt("lead", &LEAD),
    opt("theme", &TEXTS),
]);

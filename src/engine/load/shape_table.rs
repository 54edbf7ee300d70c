//! What a config may contain, field by field, for the loader's shape
//! check (`super::shape_check`). GENERATED from the config types by
//! `UPDATE_SCHEMA=1 cargo test schema` (src/engine/config/schema.rs):
//! do not edit; change the types and regenerate.

use super::shape::{opt, req, Shape};

static CHOICE: Shape = Shape::Object(&[
    req("id", &Shape::Text),
    opt("coaching", &Shape::Number),
    opt("mentoring", &Shape::Number),
]);

static COACHING_FORMAT: Shape = Shape::Object(&[
    req("per_head", &Shape::Map(&Shape::Whole)),
    opt("min_group", &Shape::Whole),
    opt("capacity", &Shape::Map(&SUPPLY)),
]);

static CONDITION: Shape = Shape::Object(&[
    opt("question", &Shape::Text),
    opt("metric", &Shape::OneOf(&["coaching_coverage", "paid_coaching_share", "mentor_time_share"])),
    opt("plan_uses", &Shape::List(&Shape::Text)),
    opt("is", &Shape::List(&Shape::Text)),
    opt("min", &Shape::Number),
    opt("max", &Shape::Number),
]);

static COSTS: Shape = Shape::Object(&[
    req("individual_coaching", &COACHING_FORMAT),
    opt("coaching_package", &COACHING_FORMAT),
    req("group_coaching", &COACHING_FORMAT),
    opt("team_coaching", &TEAM_COACHING),
    opt("internal_coaching", &COACHING_FORMAT),
    opt("manager_coaching", &COACHING_FORMAT),
    req("duration_factor", &Shape::Map(&Shape::Number)),
    req("mentoring_scheme", &Shape::List(&SCHEME_TIER)),
    req("mentoring_pairs", &MENTORING_FORMAT),
    req("mentoring_circles", &MENTORING_FORMAT),
    req("mentor_supply", &Shape::Map(&SUPPLY)),
    opt("mentor_hour", &Shape::Map(&Shape::Whole)),
    opt("rationale", &Shape::Map(&Shape::Text)),
]);

static CTA: Shape = Shape::Object(&[
    req("url", &Shape::Text),
    req("label", &Shape::Text),
    opt("target", &Shape::OneOf(&["top", "blank", "self"])),
]);

static EXPLORE: Shape = Shape::Object(&[
    opt("enabled", &Shape::Flag),
    opt("levers", &Shape::List(&Shape::Text)),
]);

static GROUPS: Shape = Shape::Object(&[
    opt("max", &Shape::Whole),
]);

static LEAD: Shape = Shape::Object(&[
    opt("mode", &Shape::OneOf(&["off", "optional", "before_results"])),
    opt("allow_skip", &Shape::Flag),
    opt("fields", &LEAD_FIELDS),
    opt("privacy_url", &Shape::Text),
    opt("consent_text", &Shape::Text),
    opt("endpoint", &Shape::Text),
    opt("email_copy", &Shape::Flag),
    opt("share_with_parent", &Shape::Flag),
]);

static LEAD_FIELDS: Shape = Shape::Object(&[
    opt("name", &Shape::OneOf(&["absent", "optional", "required"])),
    opt("email", &Shape::OneOf(&["absent", "optional", "required"])),
    opt("organisation", &Shape::OneOf(&["absent", "optional", "required"])),
    opt("role", &Shape::OneOf(&["absent", "optional", "required"])),
    opt("phone", &Shape::OneOf(&["absent", "optional", "required"])),
    opt("message", &Shape::OneOf(&["absent", "optional", "required"])),
]);

static MENTORING_FORMAT: Shape = Shape::Object(&[
    req("mentees_per_mentor", &Shape::Whole),
    opt("mentor_hours", &Shape::Map(&Shape::Whole)),
]);

static MODEL: Shape = Shape::Object(&[
    req("split_margin", &Shape::Number),
    req("neutral_band", &Shape::Number),
    opt("hybrid_coached_share", &Shape::Number),
    req("format_quality", &Shape::Map(&Shape::Number)),
    req("group_value", &Shape::Map(&Shape::Number)),
    req("goal_floor", &Shape::Number),
    req("group_floor", &Shape::Number),
    req("preference_discount", &Shape::Number),
    req("min_fit", &Shape::Number),
    req("both_bonus", &Shape::Number),
    req("close_call", &Shape::Number),
    req("value_tolerance", &Shape::Number),
    opt("cohort_max", &Shape::Whole),
    opt("rationale", &Shape::Map(&Shape::Text)),
]);

static MONEY: Shape = Shape::Object(&[
    req("currency", &Shape::Text),
    req("symbol", &Shape::Text),
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
    opt("per_group", &Shape::Flag),
]);

static SCHEME_TIER: Shape = Shape::Object(&[
    opt("up_to", &Shape::Whole),
    opt("mentees_up_to", &Shape::Whole),
    req("fixed", &Shape::Whole),
    req("per_relationship", &Shape::Whole),
    req("per_mentee", &Shape::Whole),
]);

static SUPPLY: Shape = Shape::Object(&[
    req("per_participant", &Shape::Number),
    req("max", &Shape::Whole),
]);

static TEAM_COACHING: Shape = Shape::Object(&[
    req("per_team", &Shape::Map(&Shape::Whole)),
    req("min_team", &Shape::Whole),
    req("max_team", &Shape::Whole),
]);

static TRAIT: Shape = Shape::Object(&[
    req("id", &Shape::Text),
    req("region", &Shape::OneOf(&["coaching", "shared", "mentoring"])),
    opt("when", &Shape::List(&CONDITION)),
]);

/// The whole config.
pub static CONFIG: Shape = Shape::Object(&[
    opt("$schema", &Shape::Text),
    req("version", &Shape::Whole),
    req("default_locale", &Shape::Text),
    req("money", &MONEY),
    req("cta", &CTA),
    req("model", &MODEL),
    req("costs", &COSTS),
    opt("cost_tables", &Shape::Map(&COSTS)),
    req("questions", &Shape::List(&QUESTION)),
    req("traits", &Shape::List(&TRAIT)),
    req("texts", &Shape::Map(&Shape::Map(&Shape::Text))),
    opt("lead", &LEAD),
    opt("explore", &EXPLORE),
    opt("groups", &GROUPS),
    opt("theme", &Shape::Map(&Shape::Text)),
]);

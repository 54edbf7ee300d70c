//! The three published personas as answers to the default config, shared by
//! the engine's unit tests (`src/engine/test_util.rs`) and the integration
//! tests (`tests/util`), so each is written once.

/// Persona 1: six executives, a short leadership programme set by the
/// organisation: coaching.
pub const EXECUTIVES: &str = r#"{"goal":"leadership","audience":"executives","participants":6,"budget":90000,"duration":"short","driver":"organisation","mentors":"few","path":"unimportant"}"#;

/// Persona 2: 400 employees who opt in, careers, open-ended, their own
/// agenda: mentoring.
pub const EVERYONE: &str = r#"{"goal":"career","audience":"everyone","participants":400,"budget":20000,"duration":"ongoing","driver":"participant","mentors":"many","path":"essential"}"#;

/// Persona 3: 120 managers, a year of leadership development with a
/// shared agenda: a hybrid.
pub const MANAGERS: &str = r#"{"goal":"leadership","audience":"managers","participants":120,"budget":150000,"duration":"year","driver":"shared","mentors":"some","path":"helpful"}"#;

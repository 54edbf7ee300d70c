//! Answers saved before the questionnaire changed still open. Share links,
//! stored progress and host prefills made when the default config asked
//! `expertise` (many, some or few experienced people) and, as a follow-up,
//! `mentor_pool` (a count) now answer the one `mentors` question: the
//! count when there was one, else the rough answer.

use super::id;
use crate::engine::config::types::Config;
use crate::engine::json::{Map, Value};

const EXPERTISE: &str = "expertise";
const MENTOR_POOL: &str = "mentor_pool";

/// Rewrites the old answers in `answers` for a config that asks `mentors`
/// and no longer asks the old questions; anything else is left as it is.
pub fn upgrade(c: &Config, answers: &mut Map) {
    let Some(mentors) = c.question(id::MENTORS) else {
        return;
    };
    if c.question(EXPERTISE).is_some() || c.question(MENTOR_POOL).is_some() {
        return;
    }
    let (rough, pool) = (answers.remove(EXPERTISE), answers.remove(MENTOR_POOL));
    if answers.get(id::MENTORS).is_some() {
        return;
    }
    let rough = rough.filter(|r| r.as_str().is_some_and(|o| mentors.option(o).is_some()));
    let pool = pool.filter(|p| matches!(p, Value::Number(_)));
    if let Some(answer) = pool.or(rough) {
        answers.insert(id::MENTORS.to_string(), answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::json::parse;
    use crate::engine::test_util::cfg;

    fn json(text: &str) -> Value {
        parse(text).unwrap()
    }

    fn upgraded(old: Value) -> Value {
        let Value::Object(mut map) = old else {
            panic!()
        };
        upgrade(&cfg(), &mut map);
        Value::Object(map)
    }

    #[test]
    fn a_count_wins_over_the_rough_answer_and_both_old_answers_go() {
        let v = upgraded(json(
            r#"{"goal":"skill","expertise":"few","mentor_pool":12}"#,
        ));
        assert_eq!(v, json(r#"{"goal":"skill","mentors":12}"#));
        let v = upgraded(json(r#"{"expertise":"many"}"#));
        assert_eq!(v, json(r#"{"mentors":"many"}"#));
        let v = upgraded(json(r#"{"mentor_pool":3}"#));
        assert_eq!(v, json(r#"{"mentors":3}"#));
    }

    #[test]
    fn a_new_answer_is_kept_and_an_unknown_old_option_is_dropped() {
        let v = upgraded(json(r#"{"mentors":"some","expertise":"many"}"#));
        assert_eq!(v, json(r#"{"mentors":"some"}"#));
        let v = upgraded(json(r#"{"expertise":"lots"}"#));
        assert_eq!(v, json(r#"{}"#));
    }
}

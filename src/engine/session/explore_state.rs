//! The what-if explorer's part of the app state: the values tried in
//! place of the person's answers (the overrides), and what is typed in a
//! number field that is not a number yet. The UI's one reducer applies
//! [`ExploreAction`]s through [`ExploreState::apply`]; it is pure, so its
//! rules are tested natively.

use crate::engine::advice::answers::{parse_number, Answer, Answers};
use crate::engine::config::types::{Config, QuestionKind};
use crate::engine::dict::Dict;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExploreState {
    /// The values tried, by question id; a value equal to the person's own
    /// answer is not kept, so no override means "as answered".
    pub overrides: Answers,
    /// Number fields holding text that is not an accepted value (empty,
    /// out of range): shown as typed, and the last accepted value is kept.
    pub drafts: Dict<String>,
    /// How many times "Back to my answers" was pressed: the controls are
    /// rebuilt each time, so each shows the answers again.
    pub round: u32,
    /// The values kept beside the answers by "Compare with my answers":
    /// shown as a second column on screen and in the report, until removed.
    pub pinned: Option<Answers>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExploreAction {
    /// A lever's control changed: the text of a number field, or an
    /// option id.
    Set { lever: String, value: String },
    /// "Back to my answers": the pinned comparison stays.
    Reset,
    /// "Compare with my answers": keeps the values tried.
    Pin,
    /// Removes the comparison.
    Unpin,
}

impl ExploreState {
    /// Applies `action` for a person whose answers are `given`.
    pub fn apply(&mut self, c: &Config, given: &Answers, action: ExploreAction) {
        let (lever, value) = match action {
            ExploreAction::Reset => {
                *self = ExploreState {
                    round: self.round.wrapping_add(1),
                    pinned: self.pinned.take(),
                    ..ExploreState::default()
                };
                return;
            }
            ExploreAction::Pin => {
                if self.changed() {
                    self.pinned = Some(self.overrides.clone());
                }
                return;
            }
            ExploreAction::Unpin => {
                self.pinned = None;
                return;
            }
            ExploreAction::Set { lever, value } => (lever, value),
        };
        let Some(q) = c.question(&lever) else { return };
        let answer = match q.kind {
            QuestionKind::Number => match parse_number(q, &value) {
                Ok(n) => Answer::Number(n),
                Err(_) => {
                    self.drafts.insert(lever, value);
                    return;
                }
            },
            QuestionKind::Choice if q.option(&value).is_some() => Answer::Choice(value),
            QuestionKind::Choice => return,
        };
        self.drafts.remove(&lever);
        if given.get(&lever) == Some(&answer) {
            self.overrides.0.remove(&lever);
        } else {
            self.overrides.set(lever, answer);
        }
    }

    /// Something differs from the person's answers.
    pub fn changed(&self) -> bool {
        !self.overrides.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_util::{answers, cfg, EVERYONE};

    fn set(s: &mut ExploreState, lever: &str, value: &str) {
        s.apply(
            &cfg(),
            &answers(EVERYONE),
            ExploreAction::Set {
                lever: lever.into(),
                value: value.into(),
            },
        );
    }

    #[test]
    fn a_number_typed_becomes_an_override_and_the_answer_itself_none() {
        let mut s = ExploreState::default();
        set(&mut s, "budget", "60,000");
        assert_eq!(s.overrides.number("budget"), Some(60_000));
        assert!(s.changed());
        // Back to the persona's own $20,000: nothing differs.
        set(&mut s, "budget", "20000");
        assert_eq!(s.overrides, Answers::default());
        assert!(!s.changed());
    }

    #[test]
    fn text_that_is_not_a_value_is_kept_as_typed_and_the_last_value_stays() {
        let mut s = ExploreState::default();
        set(&mut s, "participants", "250");
        set(&mut s, "participants", "");
        assert_eq!(s.drafts.get("participants").map(String::as_str), Some(""));
        assert_eq!(s.overrides.number("participants"), Some(250));
        set(&mut s, "participants", "999999999");
        assert_eq!(s.overrides.number("participants"), Some(250));
        set(&mut s, "participants", "300");
        assert_eq!(s.drafts.get("participants"), None);
        assert_eq!(s.overrides.number("participants"), Some(300));
    }

    #[test]
    fn options_are_taken_only_when_the_question_has_them() {
        let mut s = ExploreState::default();
        set(&mut s, "format", "group");
        assert_eq!(s.overrides.choice("format"), Some("group"));
        set(&mut s, "format", "weekly");
        assert_eq!(s.overrides.choice("format"), Some("group"));
        set(&mut s, "nonsense", "1");
        assert_eq!(s.overrides.0.len(), 1);
    }

    #[test]
    fn back_to_my_answers_clears_everything() {
        let mut s = ExploreState::default();
        set(&mut s, "mentors", "12");
        set(&mut s, "budget", "x");
        s.apply(&cfg(), &answers(EVERYONE), ExploreAction::Reset);
        assert_eq!(s.overrides, Answers::default());
        assert!(s.drafts.is_empty());
        assert!(!s.changed());
        assert_eq!(s.round, 1, "the controls are rebuilt");
    }

    #[test]
    fn a_pinned_scenario_stays_through_back_to_my_answers_until_removed() {
        let (c, a) = (cfg(), answers(EVERYONE));
        let mut s = ExploreState::default();
        s.apply(&c, &a, ExploreAction::Pin);
        assert_eq!(s.pinned, None, "nothing tried, nothing to compare");
        set(&mut s, "budget", "60000");
        s.apply(&c, &a, ExploreAction::Pin);
        let pinned = s.pinned.clone().expect("pinned");
        assert_eq!(pinned.number("budget"), Some(60_000));
        set(&mut s, "budget", "70000");
        assert_eq!(
            s.pinned.as_ref(),
            Some(&pinned),
            "trying more keeps the pin"
        );
        s.apply(&c, &a, ExploreAction::Reset);
        assert_eq!(s.pinned.as_ref(), Some(&pinned));
        assert!(!s.changed());
        s.apply(&c, &a, ExploreAction::Unpin);
        assert_eq!(s.pinned, None);
    }
}

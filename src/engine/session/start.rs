//! Where a visit starts. A valid share link for this instance wins (someone
//! opened a link to results), then stored progress (they are coming back),
//! then the host's `answers` prefill, then the intro. Every input is
//! untrusted, so anything unusable becomes a warning, never an error.

use std::fmt;

use super::share_groups::read_share_programme;
use super::stored::{decode_programme, RestoreError};
use super::wizard::{Screen, Wizard};
use crate::engine::advice::answers::{AnswerError, Answers};
use crate::engine::advice::groups::Grouped;
use crate::engine::config::types::Config;
use crate::engine::json;

/// What the embed reads before the wizard starts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Inputs<'a> {
    /// The host page's URL fragment, without `#`.
    pub fragment: &'a str,
    /// This instance's stored progress, if any.
    pub stored: Option<&'a str>,
    /// The `answers` attribute, if any.
    pub prefill: Option<&'a str>,
}

/// An input that was ignored, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    Share(RestoreError),
    /// Stored progress was unusable; the embed should clear it.
    Stored(RestoreError),
    Prefill(AnswerError),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Share(e) => write!(f, "ignoring the share link in the URL: {e}"),
            Warning::Stored(e) => write!(f, "discarding stored progress and starting afresh: {e}"),
            Warning::Prefill(e) => write!(f, "ignoring prefilled answer: {e}"),
        }
    }
}

/// Where the answers of a visit came from, so hosts can tell a result
/// reached just now (`answers`) from one reopened by a reload (`stored`), a
/// share link (`share`) or the host's prefill (`prefill`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Answers,
    Stored,
    Share,
    Prefill,
}

impl Source {
    pub fn id(self) -> &'static str {
        match self {
            Source::Answers => "answers",
            Source::Stored => "stored",
            Source::Share => "share",
            Source::Prefill => "prefill",
        }
    }
}

/// How a visit opens.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    /// The wizard to show first.
    pub wizard: Wizard,
    /// The explorer's values a share link pinned beside its answers.
    pub pinned: Option<Answers>,
    /// What was ignored on the way.
    pub warnings: Vec<Warning>,
    /// Where the answers came from.
    pub source: Source,
}

/// How the visit of instance `ns` opens.
pub fn start(config: &Config, ns: &str, inputs: Inputs) -> Opening {
    let found = start_programme(config, ns, inputs);
    Opening {
        wizard: match found.answers {
            Some((g, screen)) => Wizard::resume_programme(config, g, screen),
            None => Wizard::new(),
        },
        pinned: found.pinned,
        warnings: found.warnings,
        source: found.source,
    }
}

/// Where a visit starts, for a programme of one or more groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The answers and the screen; `None`: the intro, with nothing given.
    pub answers: Option<(Grouped, Screen)>,
    /// The explorer's values a one-group share link pinned.
    pub pinned: Option<Answers>,
    /// What was ignored on the way.
    pub warnings: Vec<Warning>,
    /// Where the answers came from.
    pub source: Source,
}

/// Where a visit starts. Each source takes both forms of answers, and
/// links and progress stored before groups existed. A valid share link for
/// this instance wins, then stored progress, then the prefill (on the
/// results when complete), then nothing.
pub fn start_programme(config: &Config, ns: &str, inputs: Inputs) -> Found {
    let mut warnings = Vec::new();
    match read_share_programme(config, inputs.fragment, ns) {
        Some(Ok((g, pinned))) => {
            return Found {
                answers: Some((g, Screen::Results)),
                pinned,
                warnings,
                source: Source::Share,
            }
        }
        Some(Err(e)) => warnings.push(Warning::Share(e)),
        None => {}
    }
    let (answers, source) = unshared(config, inputs, &mut warnings);
    Found {
        answers,
        pinned: None,
        warnings,
        source,
    }
}

/// Where a visit without a usable share link starts.
fn unshared(
    config: &Config,
    inputs: Inputs,
    warnings: &mut Vec<Warning>,
) -> (Option<(Grouped, Screen)>, Source) {
    if let Some(raw) = inputs.stored {
        match decode_programme(config, raw) {
            Ok(found) => return (Some(found), Source::Stored),
            Err(e) => warnings.push(Warning::Stored(e)),
        }
    }
    let Some(json) = inputs.prefill else {
        return (None, Source::Answers);
    };
    let given = json::parse(json).unwrap_or_default();
    let (g, errors) = Grouped::from_value_lenient(config, given);
    warnings.extend(errors.into_iter().map(Warning::Prefill));
    let screen = if g.is_complete(config) {
        Screen::Results
    } else {
        Screen::Intro
    };
    (Some((g, screen)), Source::Prefill)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::advice::answers::Answer;
    use crate::engine::session::share::share_fragment;
    use crate::engine::session::stored::encode_state;

    use crate::engine::test_util::{answers, cfg, MANAGERS as FULL};

    fn full() -> Answers {
        answers(FULL)
    }

    fn partial() -> Answers {
        answers(r#"{"goal":"skill","audience":"executives"}"#)
    }

    #[test]
    fn nothing_given_starts_on_the_intro() {
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", Inputs::default());
        assert_eq!(w, Wizard::new());
        assert!(warnings.is_empty());
        assert_eq!(source, Source::Answers);
    }

    #[test]
    fn a_share_link_beats_stored_progress_and_prefill() {
        let c = cfg();
        let fragment = share_fragment("host=1", "a", &full(), None);
        let stored = encode_state(&partial(), &Screen::Question(2));
        let inputs = Inputs {
            fragment: &fragment,
            stored: Some(&stored),
            prefill: Some(r#"{"goal":"career"}"#),
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&c, "a", inputs);
        assert_eq!((w.screen, w.answers), (Screen::Results, full()));
        assert!(warnings.is_empty());
        assert_eq!(source, Source::Share);
    }

    #[test]
    fn another_instances_share_link_is_not_used() {
        let fragment = share_fragment("", "b", &full(), None);
        let inputs = Inputs {
            fragment: &fragment,
            ..Inputs::default()
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!(w.screen, Screen::Intro);
        assert!(warnings.is_empty());
        assert_eq!(source, Source::Answers);
    }

    #[test]
    fn a_bad_share_link_warns_and_falls_through_to_stored_progress() {
        let stored = encode_state(&partial(), &Screen::Question(2));
        let inputs = Inputs {
            fragment: "pf-a=1,goal:skill",
            stored: Some(&stored),
            prefill: None,
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!((w.screen, w.answers), (Screen::Question(2), partial()));
        assert_eq!(warnings, vec![Warning::Share(RestoreError::Incomplete)]);
        assert!(warnings[0]
            .to_string()
            .starts_with("ignoring the share link"));
        assert_eq!(source, Source::Stored);
    }

    #[test]
    fn stored_progress_beats_prefill() {
        let stored = encode_state(&partial(), &Screen::Question(1));
        let inputs = Inputs {
            stored: Some(&stored),
            prefill: Some(FULL),
            ..Inputs::default()
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!((w.screen, w.answers), (Screen::Question(1), partial()));
        assert!(warnings.is_empty());
        assert_eq!(source, Source::Stored);
    }

    #[test]
    fn bad_stored_progress_warns_and_falls_through_to_prefill() {
        let inputs = Inputs {
            stored: Some("{not json"),
            prefill: Some(FULL),
            ..Inputs::default()
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!((w.screen, w.answers), (Screen::Results, full()));
        assert!(matches!(
            warnings.as_slice(),
            [Warning::Stored(RestoreError::Garbled(_))]
        ));
        assert!(warnings[0]
            .to_string()
            .starts_with("discarding stored progress"));
        assert_eq!(source, Source::Prefill);
    }

    #[test]
    fn a_complete_prefill_opens_on_the_results() {
        let inputs = Inputs {
            prefill: Some(FULL),
            ..Inputs::default()
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!((w.screen, w.answers), (Screen::Results, full()));
        assert!(warnings.is_empty());
        assert_eq!(source, Source::Prefill);
    }

    #[test]
    fn a_partial_prefill_keeps_good_answers_opens_on_the_intro_and_warns_per_bad_one() {
        let inputs = Inputs {
            prefill: Some(r#"{"goal":"skill","audience":"executives","budget":-5,"mood":"happy"}"#),
            ..Inputs::default()
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!((w.screen, w.answers), (Screen::Intro, partial()));
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings.iter().all(|w| matches!(w, Warning::Prefill(_))
            && w.to_string().starts_with("ignoring prefilled answer")));
        assert_eq!(source, Source::Prefill);
    }

    #[test]
    fn a_prefill_that_is_not_json_warns_and_starts_on_the_intro() {
        let inputs = Inputs {
            prefill: Some("<b>hi</b>"),
            ..Inputs::default()
        };
        let Opening {
            wizard: w,
            warnings,
            source,
            ..
        } = start(&cfg(), "a", inputs);
        assert_eq!(w, Wizard::new());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(source, Source::Prefill);
    }

    #[test]
    fn a_share_link_opens_with_the_values_it_pinned() {
        let mut pinned = Answers::default();
        pinned.set("budget", Answer::Number(90_000));
        let fragment = share_fragment("", "a", &full(), Some(&pinned));
        let inputs = Inputs {
            fragment: &fragment,
            ..Inputs::default()
        };
        let opening = start(&cfg(), "a", inputs);
        assert_eq!(opening.wizard.answers, full());
        assert_eq!(opening.pinned, Some(pinned));
        assert_eq!(opening.source, Source::Share);
        assert_eq!(start(&cfg(), "a", Inputs::default()).pinned, None);
    }
}

//! A sentence as the engine assembles it from several texts, in segments
//! that remember whether their text fell back to the default locale. The
//! UI marks those with the default locale's `lang` (WCAG 3.1.2, Language
//! of Parts); the plain text is its [`Display`](fmt::Display).

use std::fmt;

use super::template::walk;

/// A run of text, and whether it is in the default locale's words because
/// the visitor's locale lacks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub fallback: bool,
}

/// Segments in order, adjacent ones with the same flag merged, none empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Phrase(Vec<Segment>);

impl Phrase {
    /// One text; `fallback` when it is the default locale's.
    pub fn new(text: &str, fallback: bool) -> Self {
        let mut p = Phrase::default();
        p.push(text, fallback);
        p
    }

    /// Text in the visitor's locale: numbers, money, a config's own words.
    pub fn plain(text: &str) -> Self {
        Phrase::new(text, false)
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Appends text, merged into the last segment when the flag matches.
    pub fn push(&mut self, text: &str, fallback: bool) {
        if text.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some(last) if last.fallback == fallback => last.text.push_str(text),
            _ => self.0.push(Segment {
                text: text.to_string(),
                fallback,
            }),
        }
    }

    /// Appends another phrase's segments.
    pub fn append(&mut self, other: &Phrase) {
        for s in &other.0 {
            self.push(&s.text, s.fallback);
        }
    }

    /// Appends another phrase after a space. The space belongs to a
    /// fallback run only when both sides are one, so a marked part never
    /// starts or ends with it.
    pub fn join(&mut self, other: &Phrase) {
        if let (Some(last), Some(first)) = (self.0.last(), other.0.first()) {
            let inside = last.fallback && first.fallback;
            self.push(" ", inside);
        }
        self.append(other);
    }
}

impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.0 {
            f.write_str(&s.text)?;
        }
        Ok(())
    }
}

/// Replaces `{name}` placeholders as [`fill`](super::template::fill) does:
/// the template's own words take its `fallback` flag, each value keeps its
/// segments, unknown placeholders stay as written.
pub fn fill_phrase(template: &str, fallback: bool, vars: &[(&str, Phrase)]) -> Phrase {
    let mut out = Phrase::default();
    walk(
        template,
        &|name| vars.iter().any(|(k, _)| *k == name),
        &mut |text, is_var| match vars.iter().find(|(k, _)| is_var && *k == text) {
            Some((_, value)) => out.append(value),
            None => out.push(text, fallback),
        },
    );
    out
}

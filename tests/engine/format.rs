//! Formatting goes through a `Formatter` (the browser's Intl in the
//! widget); the engine only fills placeholders and picks plural forms.

use crate::util::{cfg, Plain};
use program_fit::engine::text::formatter::Formatter;
use program_fit::engine::text::phrase::fill_phrase;
use program_fit::engine::text::template::{fill, placeholders, same_placeholders};
use program_fit::engine::{Config, Phrase, Words};
use serde_json::json;

#[test]
fn fill_replaces_known_placeholders_only() {
    assert_eq!(fill("{a} of {b}", &[("a", "3"), ("b", "8")]), "3 of 8");
    assert_eq!(fill("{a} {unknown} {", &[("a", "x")]), "x {unknown} {");
    assert_eq!(fill("no placeholders", &[]), "no placeholders");
}

/// A phrase's segments as `(text, fallback)`.
fn segments(p: &Phrase) -> Vec<(&str, bool)> {
    p.segments()
        .iter()
        .map(|s| (s.text.as_str(), s.fallback))
        .collect()
}

#[test]
fn a_phrase_merges_runs_of_one_kind_and_skips_empty_text() {
    let mut p = Phrase::new("Ein ", false);
    p.push("", true);
    p.push("Satz", false);
    p.push(" in English", true);
    assert_eq!(segments(&p), [("Ein Satz", false), (" in English", true)]);
    assert_eq!(p.to_string(), "Ein Satz in English");
    assert!(Phrase::default().segments().is_empty());
    assert!(Phrase::plain("").segments().is_empty());
}

#[test]
fn joining_puts_the_space_inside_a_marked_run_only_between_two() {
    let mut p = Phrase::new("One.", true);
    p.join(&Phrase::new("Two.", true));
    assert_eq!(segments(&p), [("One. Two.", true)]);
    p.join(&Phrase::plain("Drei."));
    p.join(&Phrase::new("Four.", true));
    assert_eq!(
        segments(&p),
        [("One. Two.", true), (" Drei. ", false), ("Four.", true)]
    );
    let mut empty = Phrase::default();
    empty.join(&Phrase::plain("Eins."));
    assert_eq!(empty.to_string(), "Eins.", "no space before the first");
}

#[test]
fn a_filled_phrase_marks_the_template_and_keeps_each_values_marks() {
    let value = Phrase::new("one-to-one coaching", true);
    let p = fill_phrase(
        "{n} im {format}, {unknown} {",
        false,
        &[("n", Phrase::plain("6")), ("format", value.clone())],
    );
    assert_eq!(
        segments(&p),
        [
            ("6 im ", false),
            ("one-to-one coaching", true),
            (", {unknown} {", false)
        ]
    );
    let p = fill_phrase("{a} for {a}", true, &[("a", Phrase::plain("$5"))]);
    assert_eq!(
        segments(&p),
        [("$5", false), (" for ", true), ("$5", false)]
    );
    assert_eq!(
        p.to_string(),
        fill("{a} for {a}", &[("a", "$5")]),
        "the same text as fill"
    );
}

#[test]
fn placeholders_are_listed_once_in_order() {
    assert_eq!(placeholders("{b} and {a}, {b}"), ["b", "a"]);
    assert_eq!(placeholders("{ not one } {} {x"), Vec::<&str>::new());
    assert_eq!(placeholders("Step {n} of {total}"), ["n", "total"]);
    assert!(same_placeholders(&["n", "m"], &["m", "n"]));
    assert!(!same_placeholders(&["n", "m"], &["n"]));
    assert!(!same_placeholders(&["n"], &["m"]));
}

/// A formatter like German's Intl: dots between groups, the symbol after,
/// and a `few` category for 2 to 4 (as Slavic languages have) to show
/// the fallback to `other`.
struct Dotted;

impl Formatter for Dotted {
    fn number(&self, n: u64) -> String {
        Plain.number(n).replace(',', ".")
    }
    fn money(&self, n: u64) -> String {
        format!("{}\u{a0}$", self.number(n))
    }
    fn plural(&self, n: u64) -> &'static str {
        match n {
            1 => "one",
            2..=4 => "few",
            _ => "other",
        }
    }
}

#[test]
fn words_format_through_the_formatter() {
    let en = Words::new(cfg(), "en", &Plain);
    assert_eq!(en.money(90_000), "$90,000");
    assert_eq!(en.count("people", 1).to_string(), "1 person");
    assert_eq!(en.count("people", 12_000).to_string(), "12,000 people");
    let dotted = Words::new(cfg(), "en", &Dotted);
    assert_eq!(dotted.money(90_000), "90.000\u{a0}$");
    assert_eq!(dotted.count("people", 12_000).to_string(), "12.000 people");
}

#[test]
fn a_plural_category_the_table_lacks_falls_back_to_other() {
    let mut v: serde_json::Value =
        serde_json::from_str(program_fit::engine::DEFAULT_CONFIG_JSON).unwrap();
    v["texts"]["pl"] = json!({
        "count.people.one": "{n} osoba",
        "count.people.few": "{n} osoby",
        "count.people.other": "{n} osób",
    });
    let c = Config::from_json(&v.to_string()).unwrap();
    let pl = Words::new(&c, "pl", &Dotted);
    assert_eq!(pl.count("people", 1).to_string(), "1 osoba");
    assert_eq!(pl.count("people", 3).to_string(), "3 osoby");
    assert_eq!(pl.count("people", 5).to_string(), "5 osób");
    // English has no `few`: 3 takes `other`, not the raw key.
    let en = Words::new(&c, "en", &Dotted);
    assert_eq!(en.count("people", 3).to_string(), "3 people");
    assert_eq!(en.count("mentors", 3).to_string(), "3 volunteer mentors");
}

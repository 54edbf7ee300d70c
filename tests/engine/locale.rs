//! Locales: which table a requested tag gets, how a fetched table and a
//! config's own texts combine, what falls back, and what validation says
//! about unknown keys and placeholders. The shipped locales/*.json pass.

use program_fit::engine::config::texts::NAME_KEYS;
use program_fit::engine::dict::Dict;

use program_fit::engine::json;
use program_fit::engine::load::text_keys::{is_known_text_key, required_text_keys};
use program_fit::engine::load::validate::validate;
use program_fit::engine::{Config, DEFAULT_CONFIG_JSON};
use serde_json::{json, Value};

use crate::util::{shipped, shipped_locales, UNSHIPPED_LANGUAGE};

fn with_texts(texts: Value) -> Result<Config, Vec<String>> {
    let mut v: Value = serde_json::from_str(DEFAULT_CONFIG_JSON).unwrap();
    v["texts"] = texts;
    Config::from_json(&v.to_string()).map_err(|e| e.iter().map(ToString::to_string).collect())
}

fn table(pairs: &[(&str, &str)]) -> Dict<String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_tag_resolves_to_its_table_its_language_or_the_default() {
    let c = with_texts(json!({ "de": { "ui.back": "Zurück" }, "pt-BR": { "ui.back": "Voltar" } }))
        .unwrap();
    for (asked, got) in [
        ("de", "de"),
        ("DE", "de"),
        ("de-AT", "de"),
        ("de_CH", "de"),
        ("pt-br", "pt-BR"),
        (&format!("{UNSHIPPED_LANGUAGE}-FR"), "en"),
        ("", "en"),
    ] {
        assert_eq!(c.resolve_locale(asked), got, "{asked}");
    }
}

#[test]
fn a_fetched_table_lies_under_the_configs_own_texts() {
    let mut c = with_texts(json!({ "de": { "ui.back": "Eine Seite zurück" } })).unwrap();
    c.add_locale(
        "de",
        table(&[("ui.back", "Zurück"), ("ui.skip", "Überspringen")]),
    );
    assert_eq!(
        c.text("de", "ui.back"),
        "Eine Seite zurück",
        "the config wins"
    );
    assert_eq!(c.text("de", "ui.skip"), "Überspringen");
    c.add_locale("es", table(&[("ui.back", "Atrás")]));
    assert_eq!(c.text("es", "ui.back"), "Atrás");
}

#[test]
fn missing_texts_are_the_default_keys_the_locale_lacks() {
    let mut c = Config::default_config();
    let mut de = shipped("de");
    assert_eq!(
        c.missing_texts("de").len(),
        c.texts["en"].len() - NAME_KEYS.len(),
        "no table: all but the firm's name"
    );
    de.remove("ui.back");
    c.add_locale("de", de);
    assert_eq!(c.missing_texts("de"), ["ui.back"]);
    assert_eq!(
        c.text("de", "ui.back"),
        "Back",
        "the default's text, never the key"
    );
    assert!(
        c.missing_texts("en").is_empty(),
        "the default lacks nothing"
    );
}

#[test]
fn the_shipped_locales_are_complete_and_valid() {
    let en = Config::default_config().texts["en"].clone();
    let names = shipped_locales();
    assert!(names.len() >= 2, "{names:?}");
    assert!(!names.iter().any(|n| n == UNSHIPPED_LANGUAGE));
    for name in &names {
        let t = shipped(name);
        // Every text but the firm's name, which is the same in every
        // language and comes from the config.
        assert_eq!(
            t.keys().collect::<Vec<_>>(),
            en.keys()
                .filter(|k| !NAME_KEYS.contains(&k.as_str()))
                .collect::<Vec<_>>(),
            "{name}"
        );
        let mut c = Config::default_config();
        c.add_locale(name, t);
        let errs: Vec<String> = validate(&c).iter().map(ToString::to_string).collect();
        assert!(errs.is_empty(), "{name}: {errs:#?}");
        assert!(c.missing_texts(name).is_empty());
    }
}

#[test]
fn every_default_text_is_used_by_some_part_of_the_widget() {
    let c = Config::default_config();
    let required = required_text_keys(&c);
    let unused: Vec<&String> = c.texts["en"]
        .keys()
        .filter(|k| !is_known_text_key(&c, &required, k))
        .collect();
    assert!(unused.is_empty(), "{unused:?}");
}

#[test]
fn unknown_keys_are_reported_with_what_to_do() {
    let errs = with_texts(json!({
        "en": { "ui.bakc": "Back", "fmt.money": "{symbol}{amount}" },
        "de": { "ui.back": "Zurück", "q.goal.unit": "Ziele" },
    }))
    .unwrap_err();
    assert_eq!(
        errs,
        [
            "texts.de: unknown text \"q.goal.unit\": no part of the widget uses it; check its spelling against texts.en in the default config",
            "texts.en: text \"fmt.money\" is no longer used: the browser formats numbers and money for the locale, in the currency of money.currency; remove it",
            "texts.en: unknown text \"ui.bakc\": no part of the widget uses it; check its spelling against texts.en in the default config",
        ]
    );
}

#[test]
fn optional_and_plural_keys_are_known() {
    let c = with_texts(json!({
        "en": { "q.budget.unit": "a year" },
        "pl": {
            "count.people.one": "{n} osoba",
            "count.people.few": "{n} osoby",
            "count.people.many": "{n} osób",
            "q.participants.unit": "osób",
        },
    }));
    assert!(c.is_ok(), "{c:?}");
    let errs = with_texts(json!({ "pl": { "count.persons.few": "{n} osoby" } })).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("unknown text \"count.persons.few\""));
}

#[test]
fn placeholders_must_match_the_default_locale() {
    let errs = with_texts(json!({
        "de": {
            "ui.progress.label": "Frage {n} von {gesamt}",
            "count.people.few": "{anzahl} Personen",
            "ui.back": "Zurück {n}",
        },
    }))
    .unwrap_err();
    assert_eq!(
        errs,
        [
            "texts.de: text \"count.people.few\" has the placeholders {anzahl}, but texts.en has {n}: use the same ones, translating only the words around them",
            "texts.de: text \"ui.back\" has the placeholders {n}, but texts.en has none: use the same ones, translating only the words around them",
            "texts.de: text \"ui.progress.label\" has the placeholders {n}, {gesamt}, but texts.en has {n}, {m}: use the same ones, translating only the words around them",
        ]
    );
}

#[test]
fn a_shipped_locale_can_be_the_default_when_its_table_comes_with_the_config() {
    let config = r#"{"default_locale":"de"}"#;
    let errs = Config::from_json(config).unwrap_err();
    assert_eq!(
        errs.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["default_locale: has no table in texts"],
        "without the shipped table there are no German texts"
    );
    let table = json::parse(include_str!("../../locales/de.json")).unwrap();
    let c = Config::from_json_with_locale(config, Some(("de", table))).unwrap();
    assert_eq!(c.resolve_locale(UNSHIPPED_LANGUAGE), "de");
    assert_eq!(
        c.text(UNSHIPPED_LANGUAGE, "ui.back"),
        shipped("de")["ui.back"]
    );
    // The config's own German texts lie over the shipped table.
    let own = r#"{"default_locale":"de","texts":{"de":{"ui.back":"Zurück zur Frage"}}}"#;
    let table = json::parse(include_str!("../../locales/de.json")).unwrap();
    let c = Config::from_json_with_locale(own, Some(("de", table))).unwrap();
    assert_eq!(c.text("de", "ui.back"), "Zurück zur Frage");
}

/// The firm's name is the same in every language: the shipped locales
/// leave it out, so a firm named once (here in English) is the firm every
/// report and consent names, not a shipped placeholder, and no language is
/// told it lacks the name.
#[test]
fn the_firm_is_named_alike_in_every_language() {
    let own = r#"{"texts":{"en":{"firm.name":"Acme Talent Partners"}}}"#;
    for name in shipped_locales() {
        let table =
            json::parse(&std::fs::read_to_string(format!("locales/{name}.json")).unwrap()).unwrap();
        let c = Config::from_json_with_locale(own, Some((&name, table))).unwrap();
        assert_eq!(c.text(&name, "firm.name"), "Acme Talent Partners", "{name}");
        assert!(!c.falls_back(&name, "firm.name"));
        assert!(c.missing_texts(&name).is_empty(), "{name}");
    }
    // A German default locale takes the English name, unless it gives one.
    let table = json::parse(include_str!("../../locales/de.json")).unwrap();
    let c =
        Config::from_json_with_locale(r#"{"default_locale":"de"}"#, Some(("de", table))).unwrap();
    assert_eq!(c.text("de", "firm.name"), "Example Consulting");
    let own = r#"{"default_locale":"de","texts":{"de":{"firm.name":"Acme GmbH"}}}"#;
    let table = json::parse(include_str!("../../locales/de.json")).unwrap();
    let c = Config::from_json_with_locale(own, Some(("de", table))).unwrap();
    assert_eq!(c.text("de", "firm.name"), "Acme GmbH");
    assert_eq!(c.text("es", "firm.name"), "Acme GmbH");
}

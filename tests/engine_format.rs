//! Number and money formatting comes from locale data.
#![cfg(not(target_arch = "wasm32"))]

use program_fit::engine::format::{fill, format_money, format_number, group_digits};
use program_fit::engine::Config;
use serde_json::json;

#[test]
fn groups_digits_in_threes() {
    assert_eq!(group_digits(0, ","), "0");
    assert_eq!(group_digits(999, ","), "999");
    assert_eq!(group_digits(1000, ","), "1,000");
    assert_eq!(group_digits(1_234_567, "."), "1.234.567");
    assert_eq!(group_digits(100_000, "\u{202f}"), "100\u{202f}000");
}

#[test]
fn money_follows_the_locale_pattern() {
    let c = Config::default_config();
    assert_eq!(format_money(&c, "en", 60_000), "$60,000");
    assert_eq!(format_number(&c, "en", 1_000_000_000), "1,000,000,000");
    let mut v: serde_json::Value =
        serde_json::from_str(program_fit::engine::DEFAULT_CONFIG_JSON).unwrap();
    v["texts"]["de"] = json!({ "fmt.group": ".", "fmt.money": "{amount} {symbol}" });
    v["money"] = json!({ "currency": "EUR", "symbol": "€" });
    let de = Config::from_json(&v.to_string()).unwrap();
    assert_eq!(format_money(&de, "de", 60_000), "60.000 €");
    assert_eq!(format_money(&de, "en", 60_000), "€60,000");
}

#[test]
fn fill_replaces_known_placeholders_only() {
    assert_eq!(fill("{a} of {b}", &[("a", "3"), ("b", "8")]), "3 of 8");
    assert_eq!(fill("{a} {unknown} {", &[("a", "x")]), "x {unknown} {");
    assert_eq!(fill("no placeholders", &[]), "no placeholders");
}

//! Locale-aware number and money formatting driven by the text tables
//! (`fmt.group`, `fmt.money`), so a new locale needs data, not code.

use super::config::Config;

/// Groups digits in threes with `sep`: `1234567` → `1,234,567`.
pub fn group_digits(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

pub fn format_number(c: &Config, locale: &str, n: u64) -> String {
    group_digits(n, c.text(locale, "fmt.group"))
}

/// Formats an amount with the config's currency symbol and the locale's
/// pattern, e.g. `{symbol}{amount}` → `$60,000`, `{amount} {symbol}` → `60.000 €`.
pub fn format_money(c: &Config, locale: &str, amount: u64) -> String {
    fill(
        c.text(locale, "fmt.money"),
        &[
            ("symbol", &c.money.symbol),
            ("amount", &format_number(c, locale, amount)),
        ],
    )
}

/// Replaces `{name}` placeholders; unknown placeholders stay as written.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').map(|end| (&after[..end], end)) {
            Some((name, end)) if vars.iter().any(|(k, _)| *k == name) => {
                let value = vars
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| *v)
                    .unwrap_or("");
                out.push_str(value);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

//! Where a visit came from, as the host page says: its hidden fields (short
//! key/value context such as `utm_source`, `utm_campaign` or a partner id,
//! from the `hidden-fields` attribute or the frame's query) and, in iframe
//! mode, the partner page that frames the widget. They travel in the lead
//! payload, the `complete` detail and the call to action. The text comes
//! from the page, so it is held to tight limits: what does not fit is
//! dropped with a warning, and the rest is kept.

use super::hidden_chars::is_hidden;
use crate::engine::dict::Dict;
use crate::engine::json::Value;
use crate::engine::text::cta::{is_field_name, MAX_FIELD_NAME};

/// At most this many fields; the rest are dropped.
pub const MAX_FIELDS: usize = 10;
/// A value: at most 200 characters, none of them hidden (controls, bidi
/// overrides, zero-width characters).
pub const MAX_VALUE: usize = 200;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    pub fields: Dict<String>,
    /// In iframe mode, the page that frames the widget: its URL without
    /// query and fragment, or its origin when the browser gives no more.
    pub partner_page: Option<String>,
}

impl Attribution {
    /// The hidden fields as a JSON object.
    pub fn fields_value(&self) -> Value {
        Value::Object(
            self.fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.into()))
                .collect(),
        )
    }

    /// A hidden field's value, or `""` when the page did not pass it.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

/// Reads `utm_source=mail&partner=acme` (the syntax of a URL's query:
/// `&`-separated, percent-encoded, `+` for a space). Returns the fields
/// that pass the limits and one warning per entry that does not.
pub fn parse_fields(text: &str) -> (Dict<String>, Vec<String>) {
    let mut fields = Dict::new();
    let mut warnings = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(name), Some(value)) = (decode(raw_name), decode(raw_value)) else {
            warnings.push(format!(
                "hidden field \"{pair}\" is not valid percent-encoded UTF-8; dropped"
            ));
            continue;
        };
        let problem = if !is_field_name(&name) {
            Some(format!(
                "its name must be 1 to {MAX_FIELD_NAME} letters, digits, \"_\", \"-\" or \".\""
            ))
        } else if value.chars().count() > MAX_VALUE {
            Some(format!("its value is longer than {MAX_VALUE} characters"))
        } else if value.chars().any(|c| c != ' ' && is_hidden(c)) {
            Some("its value holds control or invisible characters".to_string())
        } else if fields.contains_key(&name) {
            Some("it is given twice; the first is kept".to_string())
        } else if fields.len() == MAX_FIELDS {
            Some(format!("there are more than {MAX_FIELDS} hidden fields"))
        } else {
            None
        };
        match problem {
            Some(why) => warnings.push(format!(
                "hidden field \"{}\" dropped: {why}",
                shorten(&name)
            )),
            None => {
                fields.insert(name, value);
            }
        }
    }
    (fields, warnings)
}

/// Percent-decoding as a URL's query is read (`+` is a space); `None` for
/// bytes that are not UTF-8.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|b| (*b as char).to_digit(16));
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if hex(i + 1).is_some() && hex(i + 2).is_some() => {
                let (hi, lo) = (hex(i + 1).unwrap_or(0), hex(i + 2).unwrap_or(0));
                out.push((hi * 16 + lo) as u8);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// A name as a warning quotes it: at most 40 characters.
fn shorten(name: &str) -> String {
    name.chars().take(MAX_FIELD_NAME).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<(String, String)> {
        parse_fields(text)
            .0
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    #[test]
    fn reads_a_query_string_decoding_as_a_browser_does() {
        assert_eq!(
            fields("utm_source=news+letter&utm_campaign=spring%202027&partner=acme&ref.id=a-1"),
            [
                ("partner".into(), "acme".into()),
                ("ref.id".into(), "a-1".into()),
                ("utm_campaign".into(), "spring 2027".into()),
                ("utm_source".into(), "news letter".into()),
            ]
        );
        assert_eq!(
            fields("city=M%C3%BCnchen&empty="),
            [
                ("city".into(), "München".into()),
                ("empty".into(), String::new())
            ]
        );
        assert!(parse_fields("").0.is_empty());
    }

    #[test]
    fn what_breaks_the_limits_is_dropped_with_a_warning_and_the_rest_kept() {
        let long = "x".repeat(MAX_VALUE + 1);
        let text = format!(
            "ok=1&bad%20name=2&{}=3&long={long}&bidi=a%E2%80%AEb&ctl=a%0Ab&ok=again&bytes=%FF",
            "n".repeat(MAX_FIELD_NAME + 1)
        );
        let (kept, warnings) = parse_fields(&text);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept.get("ok").map(String::as_str), Some("1"));
        assert_eq!(warnings.len(), 7, "{warnings:?}");
        assert!(warnings[0].contains("\"bad name\""), "{warnings:?}");
        assert!(warnings[2].contains("longer than 200"), "{warnings:?}");
        assert!(warnings[5].contains("given twice"), "{warnings:?}");
        // Exactly at the limits is fine.
        let at = format!("{}={}", "n".repeat(MAX_FIELD_NAME), "v".repeat(MAX_VALUE));
        assert_eq!(parse_fields(&at).0.len(), 1);
    }

    #[test]
    fn at_most_ten_fields_are_kept() {
        let text: Vec<String> = (0..12).map(|i| format!("f{i:02}=v")).collect();
        let (kept, warnings) = parse_fields(&text.join("&"));
        assert_eq!(kept.len(), MAX_FIELDS);
        assert!(!kept.contains_key("f10") && !kept.contains_key("f11"));
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].contains("more than 10"));
    }
}

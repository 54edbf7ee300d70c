//! The URL checks against tests/fixtures/urls.json, the table of tricky
//! URLs that tests/e2e/urls.test.mjs also runs through the browser's own
//! parser and the loader's check: all three must agree on every row.

use program_fit::engine::check_cta_url;
use program_fit::engine::config::url::check_endpoint_url;
use program_fit::engine::config::url::{self, Host, Parsed};
use serde_json::Value;

fn table() -> Vec<Value> {
    let text = include_str!("../fixtures/urls.json");
    let doc: Value = serde_json::from_str(text).expect("urls.json is JSON");
    doc["urls"].as_array().expect("a list of urls").clone()
}

#[test]
fn the_checks_give_the_tables_verdicts() {
    let mut wrong = Vec::new();
    for row in table() {
        let url = row["url"].as_str().unwrap();
        let endpoint = check_endpoint_url(url).is_ok();
        let cta = check_cta_url(url).is_ok();
        if endpoint != row["endpoint"] || cta != row["cta"] {
            wrong.push(format!(
                "{url:?} ({}): endpoint {endpoint}, cta {cta}",
                row["why"].as_str().unwrap()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} rows differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The host the parser finds is the browser's (`URL.hostname` in the
/// table): null where the browser refuses the URL, empty for schemes
/// without a host. International names are compared only by being read:
/// the browser's IDNA mapping is not repeated natively.
#[test]
fn the_parser_reads_the_host_the_browser_reads() {
    let mut wrong = Vec::new();
    for row in table() {
        let url = row["url"].as_str().unwrap();
        let ours = match url::parse(url) {
            None => None,
            Some(Parsed {
                authority: None, ..
            }) => Some(String::new()),
            Some(Parsed {
                authority: Some((Host::International(_), _)),
                ..
            }) => row["hostname"].as_str().map(str::to_string),
            Some(Parsed {
                authority: Some((host, _)),
                ..
            }) => Some(host.to_string()),
        };
        if ours.as_deref() != row["hostname"].as_str() {
            wrong.push(format!(
                "{url:?}: browser {}, ours {ours:?}",
                row["hostname"]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} rows differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

//! The lead section's meaning: results are never held behind the form, a
//! form never shows without a privacy notice, and contact details are
//! only ever sent over https:.

use crate::engine::config::error::ConfigError;
use crate::engine::config::lead::{FieldRule, LeadMode};
use crate::engine::config::types::Config;
use crate::engine::config::url::{check_endpoint_url, is_https};

/// The lead section's problems, with their JSON paths.
pub fn check_lead(c: &Config) -> Vec<ConfigError> {
    let l = &c.lead;
    let mut errs = Vec::new();
    let mut add = |path: &str, msg: &str| errs.push(ConfigError::new(path, msg));
    if l.mode == LeadMode::BeforeResults && !l.allow_skip {
        add(
            "lead.allow_skip",
            "must be true when mode is \"before_results\": visitors must always be able to skip the form and see their results",
        );
    }
    if l.is_on() && l.privacy_url.trim().is_empty() {
        add(
            "lead.privacy_url",
            "is required when the lead step is on: link to your privacy notice",
        );
    } else if !l.privacy_url.is_empty() && !is_https(&l.privacy_url) {
        add("lead.privacy_url", "must be an https: URL");
    }
    if l.is_on() && l.fields.email != FieldRule::Required {
        add(
            "lead.fields.email",
            "must be \"required\": the work email is how you reply",
        );
    }
    if let Some(url) = &l.endpoint {
        if let Err(why) = check_endpoint_url(url) {
            add("lead.endpoint", why);
        }
    }
    errs
}

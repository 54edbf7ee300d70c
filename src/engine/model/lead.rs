//! The lead step's config: whether and where the contact form shows, which
//! fields it asks for, the consent it records and where it may send. It is
//! off unless a host config turns it on, and validation refuses a config
//! that would hide results behind the form or send without a privacy
//! notice.

use serde::Deserialize;

use super::config::Config;
use super::url::{self, Use};
use super::validate::ConfigError;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lead {
    #[serde(default)]
    pub mode: LeadMode,
    /// Required for `before_results`: results are never held hostage.
    #[serde(default)]
    pub allow_skip: bool,
    #[serde(default)]
    pub fields: LeadFields,
    /// The consultancy's privacy notice; `https:` only.
    #[serde(default)]
    pub privacy_url: String,
    /// Text key of the consent checkbox's label.
    #[serde(default = "consent_key")]
    pub consent_text: String,
    /// Where the payload is POSTed; the host's `lead-endpoint` attribute
    /// wins over it.
    #[serde(default)]
    pub endpoint: Option<String>,
    /// Offer "Email me this plan" (only shown when there is an endpoint).
    #[serde(default)]
    pub email_copy: bool,
}

impl Default for Lead {
    fn default() -> Self {
        Lead {
            mode: LeadMode::Off,
            allow_skip: false,
            fields: LeadFields::default(),
            privacy_url: String::new(),
            consent_text: consent_key(),
            endpoint: None,
            email_copy: false,
        }
    }
}

fn consent_key() -> String {
    "lead.consent".into()
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LeadMode {
    #[default]
    Off,
    /// A form under the results.
    Optional,
    /// A form before the results, with a skip link.
    BeforeResults,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldRule {
    #[default]
    Absent,
    Optional,
    Required,
}

/// The contact fields; each is asked for or not. The work email is what a
/// consultancy follows up on, so validation insists it is required.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LeadFields {
    #[serde(default)]
    pub name: FieldRule,
    #[serde(default = "required")]
    pub email: FieldRule,
    #[serde(default)]
    pub organisation: FieldRule,
    #[serde(default)]
    pub role: FieldRule,
    #[serde(default)]
    pub phone: FieldRule,
    #[serde(default)]
    pub message: FieldRule,
}

impl Default for LeadFields {
    fn default() -> Self {
        LeadFields {
            name: FieldRule::Absent,
            email: FieldRule::Required,
            organisation: FieldRule::Absent,
            role: FieldRule::Absent,
            phone: FieldRule::Absent,
            message: FieldRule::Absent,
        }
    }
}

fn required() -> FieldRule {
    FieldRule::Required
}

/// One contact field: its id (also the payload key and text key part),
/// its `autocomplete` token, input type and longest accepted value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeadField {
    pub id: &'static str,
    pub autocomplete: &'static str,
    pub input_type: &'static str,
    pub max_len: usize,
}

/// Every field in form order. Limits: RFC 5321 for email, generous
/// elsewhere; they stop pasted documents, not real names.
pub const LEAD_FIELDS: [LeadField; 6] = [
    field("name", "name", "text", 100),
    field("email", "email", "email", 254),
    field("organisation", "organization", "text", 120),
    field("role", "organization-title", "text", 100),
    field("phone", "tel", "tel", 40),
    field("message", "off", "textarea", 2000),
];

const fn field(
    id: &'static str,
    autocomplete: &'static str,
    input_type: &'static str,
    max_len: usize,
) -> LeadField {
    LeadField {
        id,
        autocomplete,
        input_type,
        max_len,
    }
}

impl LeadFields {
    pub fn rule(&self, id: &str) -> FieldRule {
        match id {
            "name" => self.name,
            "email" => self.email,
            "organisation" => self.organisation,
            "role" => self.role,
            "phone" => self.phone,
            "message" => self.message,
            _ => FieldRule::Absent,
        }
    }

    /// The fields the form shows, in order, with their rule.
    pub fn shown(&self) -> Vec<(LeadField, FieldRule)> {
        LEAD_FIELDS
            .iter()
            .map(|f| (*f, self.rule(f.id)))
            .filter(|(_, r)| *r != FieldRule::Absent)
            .collect()
    }
}

impl Lead {
    pub fn is_on(&self) -> bool {
        self.mode != LeadMode::Off
    }
}

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

/// An endpoint must be `https:`, or `http:` on localhost for development,
/// so contact details never travel in clear text.
pub fn check_endpoint_url(url: &str) -> Result<(), &'static str> {
    url::check(url, Use::Endpoint).map_err(|_| "must be an https: URL (http: only for localhost)")
}

fn is_https(url: &str) -> bool {
    url::check(url, Use::Https).is_ok()
}

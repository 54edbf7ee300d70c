//! The lead step's config: whether and where the contact form shows, which
//! fields it asks for, the consent it records and where it may send. It is
//! off unless a host config turns it on, and validation refuses a config
//! that would hide results behind the form or send without a privacy
//! notice.

use serde::Deserialize;

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
    /// In iframe mode, post the contact details to the page that frames the
    /// widget too (in the `lead` message). Off by default: the consent
    /// names the consultancy, not the partner.
    #[serde(default)]
    pub share_with_parent: bool,
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
            share_with_parent: false,
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

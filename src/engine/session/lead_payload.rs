//! What the lead step sends, and nothing more: the contact fields, the
//! consent as given (its words, the privacy notice, when), the result, the
//! answers, the locale, the page without its query or fragment (which can
//! hold other people's data, such as share links), and the widget version.
//! It is built only from a consented submission, so nothing exists to send
//! before the box is ticked.

use crate::engine::dict::Dict;
use crate::engine::json::Value;

use super::attribution::Attribution;
use super::detail::result;
use crate::engine::advice::answers::Answers;
use crate::engine::advice::recommend::Recommendation;

/// One consented submission, as the UI collected it.
pub struct Submission<'a> {
    /// A random key per submission: a retry sends the same one, so the
    /// endpoint can drop duplicates.
    pub key: &'a str,
    /// Filled-in contact fields by id ([`crate::engine::session::lead_form::contact`]).
    pub contact: &'a Dict<String>,
    /// The consent label exactly as shown.
    pub consent_text: &'a str,
    pub privacy_url: &'a str,
    /// ISO 8601 time of the submission.
    pub consented_at: &'a str,
    pub locale: &'a str,
    /// The host page's URL; the query and fragment are cut off here.
    pub page_url: &'a str,
    pub version: &'a str,
    /// "Email me this plan": the plain-text summary to send.
    pub copy: Option<&'a str>,
    /// Sent under 2 s after the form appeared (see `lead_submit`).
    pub fast: bool,
    /// The host page's hidden fields and, in iframe mode, the partner page.
    pub attribution: &'a Attribution,
    /// The scenario pinned in the what-if explorer, as
    /// `program-fit:explore` describes it ([`super::detail::explore_value`]).
    pub scenario: Option<Value>,
    /// With several groups, the fields that describe the whole programme
    /// ([`super::detail_groups::programme_result`]), as in `complete`.
    pub programme: Option<[(&'static str, Value); 4]>,
}

/// The payload as JSON: the `program-fit:lead` detail and the POST body.
pub fn lead_payload(s: &Submission, rec: &Recommendation, answers: &Answers) -> String {
    let mut p = result(rec, answers, s.locale);
    for (key, value) in s.programme.iter().flatten() {
        p[*key] = value.clone();
    }
    p["idempotencyKey"] = s.key.into();
    p["contact"] = Value::Object(
        s.contact
            .iter()
            .map(|(k, v)| (k.as_str(), v.into()))
            .collect(),
    );
    p["consent"] = Value::object([
        ("text", s.consent_text.into()),
        ("privacyUrl", s.privacy_url.into()),
        ("timestamp", s.consented_at.into()),
    ]);
    p["pageUrl"] = page_without_query(s.page_url).into();
    p["hiddenFields"] = s.attribution.fields_value();
    if let Some(partner) = &s.attribution.partner_page {
        p["partnerPage"] = page_without_query(partner).into();
    }
    p["version"] = s.version.into();
    if s.fast {
        p["timing"] = "fast".into();
    }
    if let Some(scenario) = &s.scenario {
        p["scenario"] = scenario.clone();
    }
    if let Some(summary) = s.copy {
        p["sendCopy"] = true.into();
        p["summary"] = summary.into();
    }
    p.to_json()
}

/// `https://a.example/p?x=1#y` → `https://a.example/p`.
pub fn page_without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or("")
}

/// A version-4 UUID from 16 random bytes: hosts and endpoints know the
/// shape, and the UI supplies the randomness.
pub fn idempotency_key(random: [u8; 16]) -> String {
    let mut b = random;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

//! Which URLs a config and an embed may name: links a visitor follows
//! (the call to action) and places contact details are sent to (the lead
//! endpoint). Never a script or data URL, and never clear-text http:
//! beyond the developer's own machine.

/// Accepts `https:`, `mailto:` and `http:` on localhost only. Whitespace and
/// control characters are stripped first, as browsers do, so `java\tscript:`
/// cannot sneak through.
pub fn check_cta_url(url: &str) -> Result<(), &'static str> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let Some((scheme, rest)) = cleaned.split_once(':') else {
        return Err("must be an absolute https:, mailto: or localhost http: URL");
    };
    match scheme {
        "https" if rest.starts_with("//") && rest.len() > 2 => Ok(()),
        "mailto" if !rest.is_empty() => Ok(()),
        "http" => {
            let host = rest
                .trim_start_matches("//")
                .split(['/', '?', '#'])
                .next()
                .unwrap_or("");
            let host = host.rsplit('@').next().unwrap_or("");
            let name = if host.starts_with('[') {
                host.split(']')
                    .next()
                    .map(|h| format!("{h}]"))
                    .unwrap_or_default()
            } else {
                host.split(':').next().unwrap_or("").to_string()
            };
            if matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]") {
                Ok(())
            } else {
                Err("http: is only allowed for localhost; use https:")
            }
        }
        "javascript" | "data" | "vbscript" => Err("script and data URLs are not allowed"),
        _ => Err("must be an absolute https:, mailto: or localhost http: URL"),
    }
}

/// An endpoint must be `https:`, or `http:` on localhost for development,
/// so contact details never travel in clear text.
pub fn check_endpoint_url(url: &str) -> Result<(), &'static str> {
    let bad = "must be an https: URL (http: only for localhost)";
    if url.trim_start().to_ascii_lowercase().starts_with("mailto:") {
        return Err(bad);
    }
    check_cta_url(url).map_err(|_| bad)
}

/// An absolute `https:` URL with a host and no whitespace or control characters.
pub fn is_https(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    u.strip_prefix("https://").is_some_and(|rest| {
        !rest.is_empty() && !u.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

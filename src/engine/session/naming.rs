//! Names for one widget instance: the key its progress is stored under and
//! the name of its part in a share link, so several widgets on one page
//! never read each other's data.

use super::stored::APP;

/// A storage-key and URL-safe name for one widget instance: the element id
/// when it is plain, otherwise a short hash of the id or config source.
pub fn namespace(id: &str, config_source: &str) -> String {
    let plain = |s: &str| {
        !s.is_empty()
            && s.len() <= 40
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if plain(id) {
        id.to_string()
    } else if !id.is_empty() {
        format!("id{:08x}", fnv1a(id))
    } else if config_source.is_empty() {
        "default".into()
    } else {
        format!("cfg{:08x}", fnv1a(config_source))
    }
}

/// The storage key for an instance.
pub fn storage_key(ns: &str) -> String {
    format!("{APP}:{ns}")
}

fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespace_prefers_plain_ids() {
        assert_eq!(namespace("team-a", "x.json"), "team-a");
        assert_eq!(namespace("", ""), "default");
        let hashed = namespace("a b<c>", "");
        assert!(hashed.starts_with("id") && hashed.len() == 10, "{hashed}");
        assert_ne!(namespace("", "a.json"), namespace("", "b.json"));
        assert_eq!(storage_key("team-a"), "program-fit:team-a");
    }
}

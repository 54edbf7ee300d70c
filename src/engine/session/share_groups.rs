//! Share links for a programme. One unnamed group is written as a
//! version 1 link, exactly as before groups. Several groups are version 2:
//! the shared answers, then each group as a `~g:<name>` field followed by
//! its own answers, in priority order:
//! `pf-a=2,budget:250000,~g:Executives,goal:leadership,…,~g:Managers,goal:skill,…`.
//! `~` is never in an escaped id, so the marker cannot be a question. (In
//! version 1 it marks the explorer's pinned values, which only a single
//! group has.) Readers take both versions, so every link made before
//! still opens.

use super::share::{
    escape, push_fields, read_fields, read_share_fragment, share_value, unescape, with_share,
};
use super::stored::{RestoreError, GROUPS_VERSION, SCHEMA_VERSION};
use crate::engine::advice::answers::Answers;
use crate::engine::advice::groups::Grouped;
use crate::engine::config::types::Config;
use crate::engine::json::{Map, Value};

/// The field that starts a group.
const GROUP: &str = "~g:";

/// `fragment` (without `#`) with this instance's part set to `g`, and
/// the explorer's pinned values when there is one group.
pub fn share_programme(fragment: &str, ns: &str, g: &Grouped, pinned: Option<&Answers>) -> String {
    if let [one] = g.groups.as_slice() {
        if one.name.is_empty() {
            return super::share::share_fragment(fragment, ns, &g.answers_of(0), pinned);
        }
    }
    let mut value = GROUPS_VERSION.to_string();
    push_fields(&mut value, "", &g.shared);
    for group in &g.groups {
        value.push(',');
        value.push_str(GROUP);
        value.push_str(&escape(&group.name));
        push_fields(&mut value, "", &group.answers);
    }
    with_share(fragment, ns, &value)
}

/// This instance's programme in a fragment: `None` when there is none;
/// otherwise every group's answers when all are complete and valid, with
/// the values a one-group link pinned in the explorer.
pub fn read_share_programme(
    config: &Config,
    fragment: &str,
    ns: &str,
) -> Option<Result<(Grouped, Option<Answers>), RestoreError>> {
    let value = share_value(fragment, ns)?;
    let version = value.split(',').next().unwrap_or_default();
    if version == SCHEMA_VERSION.to_string() {
        let flat = read_share_fragment(config, fragment, ns)?;
        return Some(flat.map(|s| (Grouped::single(config, &s.answers), s.pinned)));
    }
    if version != GROUPS_VERSION.to_string() {
        return Some(Err(RestoreError::Version(
            unescape(version).unwrap_or_default(),
        )));
    }
    Some(parse_groups(config, value).map(|g| (g, None)))
}

fn parse_groups(config: &Config, value: &str) -> Result<Grouped, RestoreError> {
    let mut parts = value.split(GROUP);
    let shared = parts.next().unwrap_or_default().split(',').skip(1);
    let shared = read_fields(shared.filter(|f| !f.is_empty()))?;
    let mut groups = Vec::new();
    for part in parts {
        let mut fields = part.split(',');
        let name = unescape(fields.next().unwrap_or_default())
            .ok_or_else(|| RestoreError::Garbled("bad group name".into()))?;
        let answers = read_fields(fields.filter(|f| !f.is_empty()))?;
        groups.push(Value::object([
            ("name", name.into()),
            ("answers", Value::Object(answers)),
        ]));
    }
    if groups.is_empty() {
        return Err(RestoreError::Garbled("no groups".into()));
    }
    let mut map: Map = shared;
    map.insert("groups", groups.into_iter().collect());
    let (g, errors) = Grouped::from_value_lenient(config, Value::Object(map));
    if !errors.is_empty() {
        return Err(RestoreError::Answers(errors));
    }
    if !g.is_complete(config) {
        return Err(RestoreError::Incomplete);
    }
    Ok(g)
}

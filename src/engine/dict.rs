//! `Dict`: a map from text keys to values, as a sorted `Vec`. It stands in
//! for `BTreeMap` throughout (texts, answers, cost tables, JSON objects):
//! the maps here hold tens to a few hundred entries, and each `BTreeMap`
//! value type brought about 9 KB of node code into the wasm, 54 KB in all.
//! Iteration is in key order, as with `BTreeMap`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

#[derive(Clone, PartialEq, Eq)]
pub struct Dict<V>(Vec<(String, V)>);

impl<V> Default for Dict<V> {
    fn default() -> Self {
        Dict(Vec::new())
    }
}

impl<V> Dict<V> {
    pub fn new() -> Self {
        Dict::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        // Entries that come in key order (a JSON object read into a
        // `Dict` of values, a table copied) go at the end in one compare.
        match self.0.last() {
            Some((last, _)) if last.as_str() < key => Err(self.0.len()),
            _ => self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key`, returning the value it replaced.
    pub fn insert(&mut self, key: impl Into<String>, value: V) -> Option<V> {
        let key = key.into();
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// The value for `key`, inserted with `make` when it is missing.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key.to_string(), make()));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(
        &self,
    ) -> impl DoubleEndedIterator<Item = (&String, &V)> + ExactSizeIterator + Clone {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut V)> {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator + Clone {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// Keeps the entries `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }
}

/// `dict["key"]`, for keys known to be there; panics otherwise, as a
/// `BTreeMap` does.
impl<V> std::ops::Index<&str> for Dict<V> {
    type Output = V;
    fn index(&self, key: &str) -> &V {
        self.get(key).expect("key in Dict")
    }
}

impl<V: fmt::Debug> fmt::Debug for Dict<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V> IntoIterator for Dict<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a Dict<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Into<String>, V> FromIterator<(K, V)> for Dict<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Dict::new();
        map.extend(iter);
        map
    }
}

impl<K: Into<String>, V> Extend<(K, V)> for Dict<V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Dict<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = Dict<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Dict<V>, A::Error> {
                let mut map = Dict::new();
                while let Some((k, v)) = entries.next_entry::<String, V>()? {
                    map.insert(k, v);
                }
                Ok(map)
            }
        }
        d.deserialize_map(Entries(PhantomData))
    }
}

/// The schema of a `BTreeMap` with text keys, which a `Dict` reads as.
#[cfg(all(test, not(target_arch = "wasm32")))]
impl<V: schemars::JsonSchema> schemars::JsonSchema for Dict<V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V>>::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, V>>::json_schema(g)
    }
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<String, V>>::inline_schema()
    }
}

/// For the schema's `default` values, which schemars writes through serde.
#[cfg(all(test, not(target_arch = "wasm32")))]
impl<V: serde::Serialize> serde::Serialize for Dict<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::Dict;
    use std::collections::BTreeMap;

    /// Keys in order, out of order and again (replacing): the same entries,
    /// and the same replaced values, as a `BTreeMap`.
    #[test]
    fn inserts_keep_key_order_and_replace() {
        let keys = ["b", "d", "e", "a", "c", "e", "f", "b", "g"];
        let mut dict = Dict::new();
        let mut map = BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                dict.insert(*k, i),
                map.insert(k.to_string(), i),
                "inserting {k}"
            );
        }
        let got: Vec<_> = dict.iter().map(|(k, v)| (k.clone(), *v)).collect();
        assert_eq!(got, map.into_iter().collect::<Vec<_>>());
    }
}

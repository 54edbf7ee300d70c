//! JSON for the engine: a value tree, a parser, a writer and a serde
//! [`Deserializer`](serde::Deserializer) over the tree, in place of
//! serde_json. serde_json brought about 80 KB of code into the wasm (its
//! number formatting and parsing, its `Value` deserializer, its error
//! machinery) for the few documents the widget reads and writes: configs,
//! locale tables, stored progress and event payloads. The native tests keep
//! serde_json as the oracle this module must agree with.
//!
//! Objects keep their keys sorted, as serde_json's default map does, so
//! what the widget writes reads the same as before.

mod de;
mod parse;
mod write;

pub use de::{from_value, Error};
pub use parse::{parse, ParseError};

use std::ops::{Index, IndexMut};

use super::dict::Dict;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// Whole numbers stay exact; only a fraction or an exponent makes a float.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

/// An object: keys sorted and unique.
pub type Map = Dict<Value>;

static NULL: Value = Value::Null;

impl Value {
    /// An object from its entries: `Value::object([("url", url.into())])`.
    pub fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
        Value::Object(entries.into_iter().collect())
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(m) => m.get_mut(key),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(Number::PosInt(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(Number::PosInt(n)) => i64::try_from(*n).ok(),
            Value::Number(Number::NegInt(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(Number::PosInt(n)) => Some(*n as f64),
            Value::Number(Number::NegInt(n)) => Some(*n as f64),
            Value::Number(Number::Float(f)) => Some(*f),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// `value["key"]`: the member, or null when there is none (or `value` is
/// not an object), as with serde_json.
impl Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

/// `value["key"] = …` sets the member; a null becomes an object first.
/// Other values panic, as with serde_json: a bug, never input.
impl IndexMut<&str> for Value {
    fn index_mut(&mut self, key: &str) -> &mut Value {
        if self.is_null() {
            *self = Value::Object(Map::new());
        }
        match self {
            Value::Object(m) => m.get_or_insert_with(key, || Value::Null),
            _ => panic!("json: indexed a non-object by key"),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(Number::PosInt(n))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::from(u64::from(n))
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::from(n as u64)
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::from(i64::from(n))
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        match u64::try_from(n) {
            Ok(n) => Value::from(n),
            Err(_) => Value::Number(Number::NegInt(n)),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_string())
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::String(s.clone())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Self {
        o.map_or(Value::Null, Into::into)
    }
}

impl From<Map> for Value {
    fn from(m: Map) -> Self {
        Value::Object(m)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Self {
        Value::Array(items.into_iter().map(Into::into).collect())
    }
}

impl FromIterator<Value> for Value {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Self {
        Value::Array(iter.into_iter().collect())
    }
}

/// `json!` for the engine's unit tests: serde_json's macro, read back
/// through [`parse`] (which tests/engine/json.rs holds to serde_json).
#[cfg(test)]
macro_rules! test_json {
    ($($t:tt)+) => {
        $crate::engine::json::parse(&serde_json::json!($($t)+).to_string()).unwrap()
    };
}
#[cfg(test)]
pub(crate) use test_json;

//! Compact JSON text, as serde_json's `to_string` writes it.

use super::{Number, Value};

impl Value {
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write(self, &mut out);
        out
    }
}

fn write(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_text()),
        Value::String(s) => string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(k, out);
                out.push(':');
                write(v, out);
            }
            out.push('}');
        }
    }
}

fn string(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Number {
    /// The number as JSON writes it. Fractions get up to six decimals,
    /// which is all a config's weights and shares use, and spare the wasm
    /// a float formatter; a non-finite float is `null`, as serde_json writes it.
    pub fn to_text(self) -> String {
        match self {
            Number::PosInt(n) => n.to_string(),
            Number::NegInt(n) => n.to_string(),
            Number::Float(f) if !f.is_finite() => "null".into(),
            Number::Float(f) => {
                let sign = if f < 0.0 { "-" } else { "" };
                let micro = (f.abs() * 1e6).round();
                if micro >= 1e19 {
                    // Beyond u64: whole anyway at this size.
                    return format!("{sign}{}", f.abs() as u64);
                }
                let micro = micro as u64;
                let (whole, frac) = (micro / 1_000_000, micro % 1_000_000);
                if frac == 0 {
                    return format!("{sign}{whole}.0");
                }
                let frac = format!("{:06}", frac);
                format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
            }
        }
    }
}

//! A strict RFC 8259 parser. Errors say what was expected and where (line
//! and column, counted as serde_json counts them), in words a config author
//! reads without knowing Rust.

use super::{Map, Number, Value};

/// Nesting deeper than this is refused rather than risking the stack on
/// hostile input; real configs nest five deep.
const MAX_DEPTH: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What was wrong, e.g. `expected ":"`, or `it ends before it is complete`.
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

/// Parses one JSON document; whitespace may surround it, nothing else.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        s: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.space();
    if p.pos < p.s.len() {
        return Err(p.fail("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    depth: usize,
}

/// The message for running out of input.
const EOF: &str = "it ends before it is complete";

impl Parser<'_> {
    fn fail(&self, message: &'static str) -> ParseError {
        // At the end, serde_json points at the last character.
        let at = if self.pos >= self.s.len() {
            self.s.len().saturating_sub(1)
        } else {
            self.pos
        };
        let before = &self.s[..at];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        ParseError {
            message: if self.pos >= self.s.len() {
                EOF
            } else {
                message
            },
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            // Bytes, as serde_json counts (and as before it was replaced).
            column: at - line_start + usize::from(!self.s.is_empty()),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let hit = self.peek() == Some(b);
        self.pos += usize::from(hit);
        hit
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        self.space();
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            _ => Err(self.fail("expected a value")),
        }
    }

    /// `true`, `false` or `null`, failing at the first letter that differs.
    fn word(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        for &b in word.as_bytes() {
            if self.peek() != Some(b) {
                return Err(self.fail("expected a value"));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn nested(
        &mut self,
        inner: fn(&mut Self) -> Result<Value, ParseError>,
    ) -> Result<Value, ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail("it nests too deeply"));
        }
        self.pos += 1;
        let v = inner(self);
        self.depth -= 1;
        v
    }

    fn object(&mut self) -> Result<Value, ParseError> {
        let mut map = Map::new();
        if self.eat(b'}') {
            return Ok(Value::Object(map));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.fail(if self.peek() == Some(b'}') {
                    "trailing comma"
                } else {
                    "expected a key in quotes"
                }));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.fail("expected \":\""));
            }
            let value = self.value()?;
            map.insert(key, value);
            if self.eat(b'}') {
                return Ok(Value::Object(map));
            }
            if !self.eat(b',') {
                return Err(self.fail("expected \",\" or \"}\""));
            }
        }
    }

    fn array(&mut self) -> Result<Value, ParseError> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.space();
            if self.peek() == Some(b']') {
                return Err(self.fail("trailing comma"));
            }
            items.push(self.value()?);
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.fail("expected \",\" or \"]\""));
            }
        }
    }

    /// A string, the opening quote at `pos`.
    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            out.extend_from_slice(&self.s[start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    // Only whole UTF-8 runs of the input and escapes that
                    // encode chars went in.
                    return String::from_utf8(out).map_err(|_| self.fail("invalid text"));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(_) => return Err(self.fail("control character in a text")),
                None => return Err(self.fail(EOF)),
            }
        }
    }

    /// The char an escape stands for, `pos` just after the backslash.
    fn escape(&mut self) -> Result<char, ParseError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let hi = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    if !self.s[self.pos..].starts_with(b"\\u") {
                        return Err(self.fail("lone surrogate in a \\u escape"));
                    }
                    self.pos += 2;
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(self.fail("lone surrogate in a \\u escape"));
                    }
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                return char::from_u32(code)
                    .ok_or_else(|| self.fail("lone surrogate in a \\u escape"));
            }
            _ => return Err(self.fail("invalid escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// Four hex digits. Like serde_json, it takes all four before judging
    /// them, so an error points at the fourth (or at the end).
    fn hex4(&mut self) -> Result<u32, ParseError> {
        let Some(digits) = self.s.get(self.pos..self.pos + 4) else {
            self.pos = self.s.len();
            return Err(self.fail(EOF));
        };
        let mut n = 0;
        for &b in digits {
            let d = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => {
                    self.pos += 3;
                    return Err(self.fail("invalid escape"));
                }
            };
            n = n * 16 + u32::from(d);
        }
        self.pos += 4;
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// A number: whole numbers exact (as u64 or i64), others as the nearest
    /// f64 for the usual cases (up to 15 significant digits and exponents
    /// within ±22), close to it beyond.
    fn number(&mut self) -> Result<Number, ParseError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        self.pos += usize::from(negative);
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.fail("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.fail("invalid number")),
        }
        let mut fraction = 0;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            fraction = self.digits();
            if fraction == 0 {
                return Err(self.fail("invalid number"));
            }
        }
        let exponent = self.exponent()?;
        let digits = &self.s[start + usize::from(negative)..self.pos];
        if fraction == 0 && exponent.is_none() {
            if let Some(n) = whole(digits, negative) {
                return Ok(n);
            }
        }
        let f = float(digits, exponent.unwrap_or(0));
        if !f.is_finite() {
            return Err(self.fail("number out of range"));
        }
        Ok(Number::Float(if negative { -f } else { f }))
    }

    /// An exponent part (`e-3`), if the number has one, capped far beyond
    /// any finite double so it cannot overflow.
    fn exponent(&mut self) -> Result<Option<i64>, ParseError> {
        if !matches!(self.peek(), Some(b'e' | b'E')) {
            return Ok(None);
        }
        self.pos += 1;
        let sign = match self.peek() {
            Some(b'-') => -1,
            _ => 1,
        };
        self.pos += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
        let exp_start = self.pos;
        if self.digits() == 0 {
            return Err(self.fail("invalid number"));
        }
        let mut exponent: i64 = 0;
        for &d in &self.s[exp_start..self.pos] {
            exponent = (exponent * 10 + i64::from(d - b'0')).min(100_000);
        }
        Ok(Some(exponent * sign))
    }
}

/// A whole number's digits as an integer, if it fits one.
fn whole(digits: &[u8], negative: bool) -> Option<Number> {
    let mut n: u64 = 0;
    for &d in digits {
        n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    if !negative || n == 0 {
        Some(Number::PosInt(n))
    } else if n <= i64::MAX as u64 + 1 {
        Some(Number::NegInt((n as i64).wrapping_neg()))
    } else {
        None
    }
}

/// A number's digits (point and exponent letters included) as a double:
/// significant digits into a u64 (up to 19), the rest as exponent.
fn float(digits: &[u8], exponent: i64) -> f64 {
    let mut mantissa: u64 = 0;
    let mut count = 0;
    let mut scale = exponent;
    let mut after_point = false;
    for &b in digits {
        match b {
            b'.' => after_point = true,
            b'e' | b'E' => break,
            d if count < 19 => {
                mantissa = mantissa * 10 + u64::from(d - b'0');
                count += usize::from(mantissa > 0);
                scale -= i64::from(after_point);
            }
            _ => scale += i64::from(!after_point),
        }
    }
    scale_by_ten(mantissa as f64, scale)
}

/// `m × 10^e`. One exact multiplication or division (correctly rounded)
/// when `m` and the power are exact doubles, repeated steps beyond.
fn scale_by_ten(m: f64, e: i64) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if m == 0.0 {
        return 0.0;
    }
    let mut f = m;
    let mut e = e;
    while e > 22 {
        f *= 1e22;
        e -= 22;
    }
    while e < -22 {
        f /= 1e22;
        e += 22;
    }
    if e >= 0 {
        f * EXACT[e as usize]
    } else {
        f / EXACT[(-e) as usize]
    }
}

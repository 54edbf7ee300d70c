//! URLs as the browser reads them. A config's call to action, its privacy
//! notice and the lead endpoint are checked here, and the browser then
//! follows or fetches the same text: if the two read it differently, a rule
//! is bypassed. String splitting finds "localhost" in
//! `http://evil.example\@localhost/`, where the browser sends to
//! evil.example. So this follows the WHATWG URL Standard's parser for what
//! the rules need: the scheme, whether there is a user name or password,
//! and the host. tests/fixtures/urls.json holds it, the browser's own
//! `new URL` and the loader's check (web/program-fit.js) to one table.
//!
//! On top of the parser, a URL must not contain a backslash, a tab or a
//! line break (the browser reads them otherwise than they look), nor a user
//! name or password; and an http: URL, allowed only to this machine, must be
//! ASCII, also percent-decoded. The browser maps some non-ASCII names to
//! ASCII ones (full-width letters to `localhost`, say) with IDNA, whose
//! Unicode tables stay out of the wasm.

use std::fmt;

/// What a URL is for, which decides the schemes it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A link a visitor follows: https:, mailto:, or http: to this machine.
    Link,
    /// Where contact details are POSTed: https:, or http: to this machine.
    Endpoint,
    /// A page that must come over https: (a privacy notice).
    Https,
}

/// The host as the browser reads it, for http:, https:, ws:, wss: and ftp:.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// An ASCII name, lower-cased and percent-decoded.
    Domain(String),
    V4(u32),
    V6([u16; 8]),
    /// A name with characters beyond ASCII: the browser maps it with IDNA,
    /// which is not repeated here, so it never counts as this machine.
    International(String),
}

/// The parts of a URL the rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Lower-case, without the `:`.
    pub scheme: String,
    /// The host and whether a user name or password came with it; `None`
    /// for schemes without one (mailto:, javascript:, ...).
    pub authority: Option<(Host, bool)>,
    /// What follows `scheme:`.
    pub rest: String,
}

/// Reads `input` as the browser's URL parser does, without a base URL;
/// `None` when the browser refuses it.
pub fn parse(input: &str) -> Option<Parsed> {
    let s: String = input
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, rest) = s.split_once(':')?;
    let mut chars = scheme.chars();
    if !chars.next()?.is_ascii_alphabetic()
        || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    let authority = match scheme.as_str() {
        "http" | "https" | "ws" | "wss" | "ftp" => Some(authority(rest)?),
        _ => None,
    };
    Some(Parsed {
        scheme,
        authority,
        rest: rest.to_string(),
    })
}

/// The host and whether credentials came with it, from what follows a
/// special scheme's `:`: any slashes and backslashes, then everything up
/// to the path, query or fragment, the host after its last `@`.
fn authority(rest: &str) -> Option<(Host, bool)> {
    let rest = rest.trim_start_matches(['/', '\\']);
    let auth = &rest[..rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len())];
    let (userinfo, hostport) = match auth.rfind('@') {
        Some(at) => (&auth[..at], &auth[at + 1..]),
        None => ("", auth),
    };
    let mut brackets = false;
    let mut split = hostport.len();
    for (i, c) in hostport.char_indices() {
        match c {
            '[' => brackets = true,
            ']' => brackets = false,
            ':' if !brackets => {
                split = i;
                break;
            }
            _ => {}
        }
    }
    let port = hostport.get(split + 1..).unwrap_or("");
    let port_ok = port.bytes().all(|b| b.is_ascii_digit())
        && (port.is_empty() || port.parse::<u32>().is_ok_and(|p| p <= 65535));
    if !port_ok {
        return None;
    }
    let credentials = !userinfo.is_empty() && userinfo != ":";
    Some((host(&hostport[..split])?, credentials))
}

fn host(input: &str) -> Option<Host> {
    if input.is_empty() {
        return None;
    }
    if let Some(inner) = input.strip_prefix('[') {
        return ipv6(inner.strip_suffix(']')?.as_bytes()).map(Host::V6);
    }
    let domain = String::from_utf8(percent_decode(input)).ok()?;
    // The forbidden domain code points: C0 controls, space and these.
    let forbidden =
        |c: char| c <= ' ' || c.is_ascii() && b"#%/:<>?@[\\]^|\x7f".contains(&(c as u8));
    if domain.chars().any(forbidden) {
        return None;
    }
    if !domain.is_ascii() {
        return Some(Host::International(domain));
    }
    let domain = domain.to_ascii_lowercase();
    if ends_in_number(&domain) {
        return ipv4(&domain).map(Host::V4);
    }
    Some(Host::Domain(domain))
}

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let hex = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match (b[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The parts of a dotted name, without one empty last part.
fn ipv4_parts(s: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = s.split('.').collect();
    if parts.len() > 1 && parts.last() == Some(&"") {
        parts.pop();
    }
    parts
}

/// A name whose last part is a number must be an IPv4 address.
fn ends_in_number(s: &str) -> bool {
    let parts = ipv4_parts(s);
    let last = parts.last().copied().unwrap_or("");
    (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit())) || ipv4_number(last).is_some()
}

/// One part: decimal, octal after a `0`, hexadecimal after `0x`.
fn ipv4_number(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let (digits, radix) = match s.as_bytes() {
        [b'0', b'x' | b'X', ..] => (&s[2..], 16),
        [b'0', _, ..] => (&s[1..], 8),
        _ => (s, 10),
    };
    // Too large saturates: still a number, refused by the range check.
    digits.chars().try_fold(0u64, |n, c| {
        Some(
            n.saturating_mul(u64::from(radix))
                .saturating_add(u64::from(c.to_digit(radix)?)),
        )
    })
}

fn ipv4(s: &str) -> Option<u32> {
    let parts = ipv4_parts(s);
    if parts.len() > 4 {
        return None;
    }
    let numbers = parts
        .iter()
        .map(|p| ipv4_number(p))
        .collect::<Option<Vec<u64>>>()?;
    let (last, init) = numbers.split_last()?;
    if init.iter().any(|&n| n > 255) || *last >= 256u64.pow(5 - numbers.len() as u32) {
        return None;
    }
    let high = init
        .iter()
        .enumerate()
        .map(|(i, n)| n << (8 * (3 - i)))
        .sum::<u64>();
    u32::try_from(high + last).ok()
}

/// The IPv6 parser of the URL Standard, over the text between the brackets.
fn ipv6(s: &[u8]) -> Option<[u16; 8]> {
    let mut a = [0u16; 8];
    let (mut piece, mut compress, mut i) = (0usize, None, 0usize);
    let at = |i: usize| s.get(i).copied();
    if at(0) == Some(b':') {
        if at(1) != Some(b':') {
            return None;
        }
        i = 2;
        piece = 1;
        compress = Some(1);
    }
    while let Some(c) = at(i) {
        if piece == 8 {
            return None;
        }
        if c == b':' {
            if compress.is_some() {
                return None;
            }
            i += 1;
            piece += 1;
            compress = Some(piece);
            continue;
        }
        let (mut value, mut len) = (0u16, 0);
        while len < 4 {
            let Some(d) = at(i).and_then(|c| (c as char).to_digit(16)) else {
                break;
            };
            value = value * 16 + d as u16;
            i += 1;
            len += 1;
        }
        match at(i) {
            Some(b'.') => {
                if len == 0 || piece > 6 {
                    return None;
                }
                piece = ipv4_tail(s, i - len, &mut a, piece)?;
                break;
            }
            Some(b':') => {
                i += 1;
                at(i)?;
            }
            Some(_) => return None,
            None => {}
        }
        a[piece] = value;
        piece += 1;
    }
    match compress {
        Some(c) => {
            let moved = piece - c;
            a.copy_within(c..piece, 8 - moved);
            a[c..8 - moved].fill(0);
        }
        None if piece != 8 => return None,
        None => {}
    }
    Some(a)
}

/// The dotted IPv4 tail of an IPv6 address (`::ffff:127.0.0.1`), read from
/// `i` into `a` from `piece`: the piece after it, or `None` unless it is
/// four decimal parts of at most 255 without leading zeros.
fn ipv4_tail(s: &[u8], mut i: usize, a: &mut [u16; 8], mut piece: usize) -> Option<usize> {
    let at = |i: usize| s.get(i).copied();
    let mut seen = 0;
    while at(i).is_some() {
        if seen > 0 {
            if at(i) != Some(b'.') || seen >= 4 {
                return None;
            }
            i += 1;
        }
        let mut part: Option<u16> = None;
        while let Some(d) = at(i).filter(u8::is_ascii_digit) {
            let d = u16::from(d - b'0');
            part = match part {
                None => Some(d),
                Some(0) => return None,
                Some(p) => Some(p * 10 + d),
            };
            if part > Some(255) {
                return None;
            }
            i += 1;
        }
        a[piece] = a[piece] * 0x100 + part?;
        seen += 1;
        if seen % 2 == 0 {
            piece += 1;
        }
    }
    (seen == 4).then_some(piece)
}

impl Host {
    /// This machine: `localhost`, 127.0.0.1 or ::1, however written.
    pub fn is_local(&self) -> bool {
        match self {
            Host::Domain(d) => d == "localhost",
            Host::V4(n) => *n == 0x7f00_0001,
            Host::V6(a) => *a == [0, 0, 0, 0, 0, 0, 0, 1],
            Host::International(_) => false,
        }
    }
}

/// As the browser's `URL.hostname` shows it (for the tests; IDNA names as
/// written).
impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Domain(d) | Host::International(d) => f.write_str(d),
            Host::V4(n) => {
                let [a, b, c, d] = n.to_be_bytes();
                write!(f, "{a}.{b}.{c}.{d}")
            }
            Host::V6(a) => {
                // The first longest run of two or more zero pieces is `::`.
                let (mut best, mut best_len, mut i) = (8, 1, 0);
                while i < 8 {
                    let start = i;
                    while i < 8 && a[i] == 0 {
                        i += 1;
                    }
                    if i - start > best_len {
                        (best, best_len) = (start, i - start);
                    }
                    i = i.max(start + 1);
                }
                f.write_str("[")?;
                let mut p = 0;
                while p < 8 {
                    if p == best {
                        f.write_str(if p == 0 { "::" } else { ":" })?;
                        p += best_len;
                        continue;
                    }
                    write!(f, "{:x}", a[p])?;
                    if p != 7 {
                        f.write_str(":")?;
                    }
                    p += 1;
                }
                f.write_str("]")
            }
        }
    }
}

const NOT_ABSOLUTE: &str = "must be an absolute https:, mailto: or localhost http: URL";

/// Whether `url` may serve as `purpose`, and why not.
pub fn check(url: &str, purpose: Use) -> Result<(), &'static str> {
    let parsed = parse(url);
    if let Some("javascript" | "data" | "vbscript") = parsed.as_ref().map(|p| &*p.scheme) {
        return Err("script and data URLs are not allowed");
    }
    if url
        .bytes()
        .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r'))
    {
        return Err("must not contain a backslash, a tab or a line break");
    }
    let Some(p) = parsed else {
        return Err(NOT_ABSOLUTE);
    };
    match (&*p.scheme, &p.authority) {
        (_, Some((_, true))) => Err("must not contain a user name or password"),
        ("https", Some(_)) => Ok(()),
        ("mailto", None) if purpose == Use::Link && !p.rest.is_empty() => Ok(()),
        ("http", Some((host, _))) if purpose != Use::Https => {
            if host.is_local() && plain(url) {
                Ok(())
            } else {
                Err("http: is only allowed for localhost; use https:")
            }
        }
        _ => Err(NOT_ABSOLUTE),
    }
}

/// ASCII, also where percent-encoded.
fn plain(url: &str) -> bool {
    url.is_ascii()
        && !url.as_bytes().windows(3).any(|w| {
            w[0] == b'%'
                && matches!(w[1], b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F')
                && w[2].is_ascii_hexdigit()
        })
}

/// Accepts `https:`, `mailto:` and `http:` on localhost only, reading the
/// URL as the browser does.
pub fn check_cta_url(url: &str) -> Result<(), &'static str> {
    check(url, Use::Link)
}

/// An endpoint must be `https:`, or `http:` on localhost for development,
/// so contact details never travel in clear text.
pub fn check_endpoint_url(url: &str) -> Result<(), &'static str> {
    check(url, Use::Endpoint).map_err(|_| "must be an https: URL (http: only for localhost)")
}

/// An absolute `https:` URL with a host.
pub fn is_https(url: &str) -> bool {
    check(url, Use::Https).is_ok()
}

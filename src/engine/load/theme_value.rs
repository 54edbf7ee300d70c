//! What a config's `theme` values may be. They become `--pf-*` custom
//! properties, and CSS can fetch from inside a value: `url(…)`, but also
//! `image-set("…")`, `-webkit-image-set(…)`, `src(…)`, `element(…)` and
//! whatever comes next. A list of bad spellings always lags behind, so each
//! value is accepted for what its name says it is, built from allowed
//! parts only: a colour is a `#hex`, a colour name, or a colour function
//! (`rgb()`, `hsl()`, …, `light-dark()`, `color-mix()`) of numbers, words
//! and colours; a length is a number with a unit, or `calc()`, `min()`,
//! `max()`, `clamp()` of numbers and lengths; a font stack is names. No
//! other function and no string passes, so nothing in a theme can load
//! anything. A colour name is any word: the browser ignores one it does not
//! know, and the list of 148 would cost the wasm 740 bytes.

const COLOUR_FUNCTIONS: [&str; 12] = [
    "rgb",
    "rgba",
    "hsl",
    "hsla",
    "hwb",
    "lab",
    "lch",
    "oklab",
    "oklch",
    "color",
    "light-dark",
    "color-mix",
];
const MATH_FUNCTIONS: [&str; 4] = ["calc", "min", "max", "clamp"];
/// Units of the numbers in a colour function (`""`: none).
const COLOUR_UNITS: [&str; 6] = ["", "%", "deg", "grad", "rad", "turn"];
const LENGTH_UNITS: [&str; 21] = [
    "px", "em", "rem", "ex", "rex", "ch", "rch", "cap", "ic", "lh", "rlh", "%", "vw", "vh", "vi",
    "vb", "vmin", "vmax", "cqi", "cqw", "cqh",
];
const FONT_SIZES: [&str; 10] = [
    "xx-small",
    "x-small",
    "small",
    "medium",
    "large",
    "x-large",
    "xx-large",
    "xxx-large",
    "smaller",
    "larger",
];

/// Why `value` is not what the theme name `name` (one of the config's
/// `THEME_NAMES`) takes, or `None` when it is: a colour for `color-*`, a
/// font stack for `font-family`, a length for the rest (`font-size` also
/// by keyword).
pub fn theme_value_problem(name: &str, value: &str) -> Option<&'static str> {
    let v = value.trim();
    let (ok, why) = match name {
        "font-family" => (
            is_font_stack(v),
            "must be a font stack such as Georgia, \"Times New Roman\", serif",
        ),
        "font-size" => (
            is_value(v, false) || FONT_SIZES.contains(&&*v.to_ascii_lowercase()),
            "must be a length such as 16px or 1.1em",
        ),
        _ if name.starts_with("color-") => (
            is_value(v, true),
            "must be a colour such as #7c2d12, rgb(124 45 18), a colour name or light-dark(#7c2d12, #fdba74)",
        ),
        _ => (
            is_value(v, false),
            "must be a length such as 6px, 0.5em or min(760px, 100%)",
        ),
    };
    (!ok || v.len() > 200).then_some(why)
}

/// A colour (`colour`) or a length, on its own: `#7c2d12`, `white`, `6px`,
/// `0`, or an allowed function of allowed parts.
fn is_value(v: &str, colour: bool) -> bool {
    let Some(open) = v.find('(') else {
        return match v.strip_prefix('#') {
            Some(hex) => {
                colour
                    && matches!(hex.len(), 3 | 4 | 6 | 8)
                    && hex.bytes().all(|b| b.is_ascii_hexdigit())
            }
            None if colour => is_word(v),
            None => number(v).is_some_and(|(n, unit)| {
                LENGTH_UNITS.contains(&&*unit) || unit.is_empty() && n.bytes().all(|b| b == b'0')
            }),
        };
    };
    let functions: &[&str] = if colour {
        &COLOUR_FUNCTIONS
    } else {
        &MATH_FUNCTIONS
    };
    let name = v[..open].to_ascii_lowercase();
    functions.contains(&name.as_str())
        && v[open + 1..]
            .strip_suffix(')')
            .and_then(arguments)
            .is_some_and(|parts| parts.iter().all(|p| is_argument(p, colour)))
}

/// One part of a function's arguments: an operator, a number (with a unit
/// the kind allows), or a value of the same kind: for colours also a `#hex`
/// or a word (colour names, colour spaces such as `srgb`).
fn is_argument(part: &str, colour: bool) -> bool {
    let units: &[&str] = if colour { &COLOUR_UNITS } else { &LENGTH_UNITS };
    matches!(part, "+" | "-" | "*")
        || number(part).is_some_and(|(_, unit)| unit.is_empty() || units.contains(&&*unit))
        || (colour || part.as_bytes().contains(&b'(')) && is_value(part, colour)
}

/// The parts of a function's arguments, split at spaces, commas and `/`
/// outside nested parentheses; `None` when there are none or the
/// parentheses do not pair up.
fn arguments(args: &str) -> Option<Vec<&str>> {
    let (mut parts, mut depth, mut from) = (Vec::new(), 0u32, 0);
    for (i, c) in args.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.checked_sub(1)?,
            ' ' | ',' | '/' | '\t' if depth == 0 => {
                parts.push(&args[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&args[from..]);
    let parts: Vec<&str> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    (depth == 0 && !parts.is_empty()).then_some(parts)
}

/// A word starting with a letter: `white`, `srgb-linear`, `display-p3`.
fn is_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_alphabetic())
        && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A number and its unit, lower-cased: `12`, `-0.5`, `50%`, `1.5em`.
fn number(token: &str) -> Option<(&str, String)> {
    let digits = token.strip_prefix(['+', '-']).unwrap_or(token);
    let end = digits
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(digits.len());
    let (n, unit) = digits.split_at(end);
    let ok = n.bytes().any(|b| b.is_ascii_digit()) && n.matches('.').count() <= 1;
    ok.then(|| (n, unit.to_ascii_lowercase()))
}

/// Family names, comma-separated: each quoted (no quotes, backslashes or
/// control characters inside) or words of letters, digits, `-` and `_`
/// (any letter: font names are not all English).
fn is_font_stack(v: &str) -> bool {
    let plain = |c: char| {
        !c.is_control() && (c.is_ascii_alphanumeric() || matches!(c, '-' | '_') || !c.is_ascii())
    };
    v.split(',').map(str::trim).all(|family| {
        let quoted = ['"', '\'']
            .iter()
            .find_map(|q| family.strip_prefix(*q)?.strip_suffix(*q));
        match quoted {
            Some(name) => {
                !name.is_empty()
                    && !name
                        .chars()
                        .any(|c| matches!(c, '"' | '\'' | '\\') || c.is_control())
            }
            None => !family.is_empty() && family.split_whitespace().all(|w| w.chars().all(plain)),
        }
    })
}

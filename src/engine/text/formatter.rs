//! What the engine needs from a locale's number rules. The browser already
//! has them (`Intl`), so the engine holds no locale data: the UI passes an
//! Intl-backed [`Formatter`], native tests a plain one.

/// Formats numbers for one locale and currency.
pub trait Formatter {
    /// A whole number with the locale's grouping: `90,000`, `90.000`.
    fn number(&self, n: u64) -> String;
    /// A whole amount in the config's currency: `$90,000`, `90.000 $`.
    fn money(&self, n: u64) -> String;
    /// The ICU plural category of `n` (`zero`, `one`, `two`, `few`, `many`
    /// or `other`), which picks `count.<noun>.<category>`.
    fn plural(&self, n: u64) -> &'static str;
}

/// Stands in for the browser's `Intl` outside it (native tests): en-US
/// grouping, dollars before the amount, English plural categories.
pub struct Plain;

impl Formatter for Plain {
    fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        out
    }

    fn money(&self, n: u64) -> String {
        format!("${}", self.number(n))
    }

    fn plural(&self, n: u64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }
}

/// The ICU plural categories, in CLDR's order; a text key's last part.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

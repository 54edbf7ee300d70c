//! Characters that do not show: controls, format characters (zero-width
//! spaces and joiners, the bidi controls that reorder what is shown),
//! fillers, variation selectors, tags, and spaces other than the plain one.
//! In an email address they make `pay\u{200B}pal.com` look like
//! `paypal.com` while mail goes elsewhere, or nowhere. Explicit ranges:
//! Unicode's category tables would cost the wasm kilobytes.

/// Whether `c` shows as nothing, or as a blank, in most fonts.
pub fn is_hidden(c: char) -> bool {
    matches!(
        c as u32,
        0x00..=0x1F // C0 controls
            | 0x7F..=0xA0 // DEL, C1 controls, no-break space
            | 0xAD // soft hyphen
            | 0x34F // combining grapheme joiner
            | 0x61C // Arabic letter mark
            | 0x115F | 0x1160 | 0x3164 | 0xFFA0 // Hangul fillers
            | 0x1680 // Ogham space
            | 0x17B4 | 0x17B5 // Khmer inherent vowels
            | 0x180B..=0x180F // Mongolian selectors and vowel separator
            | 0x2000..=0x200F // spaces, zero-width space and joiners, LRM, RLM
            | 0x2028..=0x202F // line and paragraph separators, bidi embeddings and overrides
            | 0x205F..=0x206F // word joiner, invisible operators, bidi isolates
            | 0x2800 // braille blank
            | 0x3000 // ideographic space
            | 0xFE00..=0xFE0F // variation selectors
            | 0xFEFF // zero-width no-break space (BOM)
            | 0xFFF0..=0xFFFB // interlinear annotations
            | 0x1BCA0..=0x1BCA3 // shorthand format controls
            | 0x1D173..=0x1D17A // musical formatting
            | 0xE0000..=0xE0FFF // tags, variation selectors supplement
    )
}

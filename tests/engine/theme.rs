//! Theme values are accepted for what they are: colours, lengths and font
//! stacks. Anything else is refused, above all whatever could make the
//! browser fetch something (a tracking pixel in a config).

use program_fit::engine::Config;
use serde_json::json;

/// Whether a config with just `theme[name] = value` is accepted.
fn accepted(name: &str, value: &str) -> bool {
    Config::from_json(&json!({ "theme": { name: value } }).to_string()).is_ok()
}

#[test]
fn colours_lengths_and_font_stacks_are_accepted() {
    let ok = [
        ("color-primary", "#7c2d12"),
        ("color-primary", "#FFF"),
        ("color-primary", "#7c2d12cc"),
        ("color-bg", "white"),
        ("color-bg", "RebeccaPurple"),
        ("color-bg", "transparent"),
        ("color-text", "rgb(124 45 18)"),
        ("color-text", "rgb(124, 45, 18)"),
        ("color-text", "rgba(124, 45, 18, 0.5)"),
        ("color-text", "rgb(124 45 18 / 50%)"),
        ("color-muted", "hsl(210deg 50% 40%)"),
        ("color-muted", "hsla(210, 50%, 40%, .8)"),
        ("color-muted", "oklch(62% 0.2 30)"),
        ("color-muted", "color(display-p3 1 0.5 0)"),
        ("color-focus", "light-dark(#7c2d12, #fdba74)"),
        ("color-focus", "light-dark(rgb(124 45 18), white)"),
        ("color-focus", "color-mix(in srgb, #7c2d12 40%, white)"),
        (
            "color-focus",
            "color-mix(in oklch longer hue, 30% red, blue)",
        ),
        ("radius", "6px"),
        ("radius", "0"),
        ("radius", "0.5em"),
        ("max-width", "760px"),
        ("max-width", "min(760px, 100%)"),
        ("max-width", "calc(100% - 2rem)"),
        ("max-width", "clamp(320px, 80vw, 960px)"),
        ("font-size", "16px"),
        ("font-size", "1.1em"),
        ("font-size", "medium"),
        ("font-family", "Georgia, serif"),
        ("font-family", "\"Source Sans 3\", sans-serif"),
        ("font-family", "'Noto Sans JP', system-ui, sans-serif"),
        ("font-family", "ヒラギノ角ゴ Pro, sans-serif"),
    ];
    let refused: Vec<_> = ok.iter().filter(|(n, v)| !accepted(n, v)).collect();
    assert!(refused.is_empty(), "refused: {refused:?}");
}

#[test]
fn anything_that_could_load_something_or_is_not_a_value_is_refused() {
    let bad = [
        ("color-bg", "url(https://attacker.example/pixel)"),
        ("color-bg", "URL(https://attacker.example/pixel)"),
        (
            "color-bg",
            "image-set(\"https://attacker.example/pixel\" 1x)",
        ),
        (
            "color-bg",
            "-webkit-image-set(url(https://attacker.example/pixel) 1x)",
        ),
        ("color-bg", "image(\"https://attacker.example/pixel\")"),
        ("color-bg", "cross-fade(url(a.png), url(b.png))"),
        ("color-bg", "element(#host-node)"),
        ("color-bg", "src(\"https://attacker.example/pixel\")"),
        ("color-bg", "u\\rl(https://attacker.example/pixel)"),
        ("color-bg", "red; } :host { display: none"),
        ("color-bg", "red !important"),
        ("color-bg", "var(--host-colour)"),
        ("color-bg", "rgb(var(--r) 0 0)"),
        ("color-bg", "rgb(1 2 3) url(x)"),
        ("color-bg", "light-dark(url(x), red)"),
        ("color-bg", "color-mix(in srgb, url(x), red)"),
        ("color-bg", "#12345"),
        ("color-bg", "16px"),
        ("color-bg", " "),
        ("color-bg", "</style><script>"),
        ("radius", "6"),
        ("radius", "6 px"),
        ("radius", "red"),
        ("radius", "calc(url(x))"),
        ("radius", "min(6px, image-set(\"x\" 1x))"),
        ("radius", "calc()"),
        ("max-width", "expression(alert(1))"),
        ("font-size", "huge"),
        ("font-family", "url(https://attacker.example/font.woff)"),
        ("font-family", "local(Arial)"),
        (
            "font-family",
            "Georgia, src(\"https://attacker.example/font\")",
        ),
        ("font-family", "\"Georgia\\\", serif"),
        ("font-family", "Georgia,, serif"),
        ("font-family", "Georgia; color: red"),
    ];
    let passed: Vec<_> = bad.iter().filter(|(n, v)| accepted(n, v)).collect();
    assert!(passed.is_empty(), "accepted: {passed:?}");
    assert!(!accepted("color-bg", &format!("#{}", "0".repeat(300))));
}

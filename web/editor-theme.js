// Brand colours. They are CSS custom properties on the host page, not
// config, so the editor applies them to its preview through a constructed
// stylesheet (no style attributes, allowed by a strict CSP) and shows the
// lines to paste into the host's stylesheet.
import { COLOURS, CONTRAST } from './editor-labels.js';

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** The CSS a host page needs for `theme` (name → colour), or '' when nothing changed. */
export function themeCss(theme) {
  const lines = COLOURS.filter((c) => theme[c.name] && theme[c.name] !== c.initial).map(
    (c) => `  ${c.name}: ${theme[c.name]};`,
  );
  return lines.length ? `program-fit {\n${lines.join('\n')}\n}` : '';
}

/** Applies `theme` to the preview widget(s) inside `scope` (a selector). */
export function applyTheme(theme, scope) {
  const css = themeCss(theme);
  sheet.replaceSync(css ? css.replace(/^program-fit/, `${scope} program-fit`) : '');
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Sentences about the text/background pairs in `theme` that fall short of WCAG AA. */
export function contrastProblems(theme) {
  const colour = (v) => (v.startsWith('--') ? theme[v] ?? COLOURS.find((c) => c.name === v).initial : v);
  return CONTRAST.flatMap(({ fg, bg, min, what }) => {
    const ratio = contrast(colour(fg), colour(bg));
    return ratio < min ? [`${what}: contrast ${ratio.toFixed(1)} to 1, below the ${min} to 1 that WCAG AA asks for.`] : [];
  });
}

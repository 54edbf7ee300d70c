// Brand colours, as the config's `theme` (docs/config.md#theme) carries them:
// a value is one colour for both the light and the dark theme, or
// light-dark(light, dark). The form edits each theme's colour, and each
// theme's colour pairs are checked against WCAG AA, because one colour for
// both themes is how a brand made a button near-invisible in dark mode.
import { BACKGROUND, COLOURS, CONTRAST } from './editor-labels.js';

let paint = null;

/** Any CSS colour the browser knows as #rrggbb (its alpha ignored), or null. */
export function toHex(css) {
  if (typeof css !== 'string' || !css.trim()) return null;
  paint ??= document.createElement('canvas').getContext('2d');
  // A canvas reads a colour as CSS does and gives it back normalised; a
  // value it cannot read leaves the one before, so try two.
  const read = (before) => {
    paint.fillStyle = before;
    paint.fillStyle = css;
    return paint.fillStyle;
  };
  const a = read('#000000');
  if (a !== read('#ffffff')) return null;
  if (a.startsWith('#')) return a;
  const rgb = a.match(/[\d.]+/g)?.slice(0, 3).map((n) => Math.round(Number(n)));
  return rgb ? '#' + rgb.map((n) => n.toString(16).padStart(2, '0')).join('') : null;
}

/** Splits `a, b` at its top-level commas. */
function splitTop(text) {
  const parts = [''];
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return parts.map((p) => p.trim());
}

/** A theme value as {light, dark} (#rrggbb each), or null when it is not a colour the form can show. */
export function sides(value) {
  if (typeof value !== 'string') return null;
  const pair = /^\s*light-dark\(([\s\S]*)\)\s*$/i.exec(value);
  if (!pair) {
    const hex = toHex(value);
    return hex && { light: hex, dark: hex };
  }
  const parts = splitTop(pair[1]).map(toHex);
  return parts.length === 2 && parts.every(Boolean) ? { light: parts[0], dark: parts[1] } : null;
}

/** The theme value for a light and a dark colour: one colour when they are the same. */
export const compose = (light, dark) => (light === dark ? light : `light-dark(${light}, ${dark})`);

/** The colour `name` has in `mode` ('light' or 'dark') under `theme` (the config's, or nothing). */
export function colourOf(theme, name, mode) {
  const own = theme && Object.hasOwn(theme, name) ? sides(theme[name]) : null;
  const known = [...COLOURS, BACKGROUND].find((c) => c.name === name);
  return own ? own[mode] : known[mode];
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Sentences about the colour pairs in `theme` that fall short of WCAG AA, in the light and the dark theme. */
export function contrastProblems(theme) {
  return ['light', 'dark'].flatMap((mode) =>
    CONTRAST.flatMap(({ fg, bg, min, what }) => {
      const ratio = contrast(colourOf(theme, fg, mode), colourOf(theme, bg, mode));
      if (ratio >= min) return [];
      const kind = min === 3 ? 'for parts of the interface' : 'for text';
      // Floored, so a ratio just short of the minimum never reads as reaching it.
      const shown = (Math.floor(ratio * 10) / 10).toFixed(1);
      return [`${mode === 'light' ? 'Light' : 'Dark'} theme: ${what}: contrast ${shown} to 1, below the ${min} to 1 that WCAG AA asks ${kind}.`];
    }),
  );
}

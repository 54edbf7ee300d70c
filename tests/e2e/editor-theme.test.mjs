// The editor's colour checks (web/editor-theme.js, web/editor-labels.js), in
// Node: the light and dark colours it starts from are the widget's own, and
// its contrast ratio is WCAG's. editor.test.mjs checks the form in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { BACKGROUND, COLOURS, CONTRAST } from '../../web/editor-labels.js';
import { compose, contrast } from '../../web/editor-theme.js';

const CSS = readFileSync(join(ROOT, 'styles/program-fit.css'), 'utf8');

test('the colours the editor starts from are the widget\'s own light and dark ones', () => {
  for (const { name, light, dark } of [...COLOURS, BACKGROUND]) {
    const rule = CSS.match(new RegExp(`--_pf-${name}: var\\(--pf-${name}, light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)\\);`));
    assert.ok(rule, `styles/program-fit.css defines --_pf-${name} as a light-dark pair`);
    assert.deepEqual([light, dark], [rule[1], rule[2]], name);
  }
  const known = new Set([...COLOURS, BACKGROUND].map((c) => c.name));
  for (const { fg, bg } of CONTRAST) assert.ok(known.has(fg) && known.has(bg), `${fg} on ${bg}`);
});

test('contrast is the WCAG ratio, and a colour for both themes is written once', () => {
  assert.equal(contrast('#ffffff', '#000000'), 21);
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.equal(contrast('#777777', '#777777'), 1);
  // #767676 on white is the classic just-passing grey: 4.54 to 1.
  assert.equal(Math.round(contrast('#767676', '#ffffff') * 100), 454);
  assert.equal(compose('#0b5d4b', '#0b5d4b'), '#0b5d4b');
  assert.equal(compose('#0b5d4b', '#7dd3b8'), 'light-dark(#0b5d4b, #7dd3b8)');
});

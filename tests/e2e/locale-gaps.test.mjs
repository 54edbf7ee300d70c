// `make locale-gaps` (scripts/locale-gaps.mjs) lists exactly the texts a
// locale lacks, as the widget would fill them in, and fails when any are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const EN = JSON.parse(readFileSync(join(ROOT, 'config/default.json'), 'utf8')).texts.en;
const gaps = (...args) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/locale-gaps.mjs'), ...args], { encoding: 'utf8' });

test('the shipped locales have no gaps', () => {
  for (const locale of ['de', 'es']) {
    const r = gaps(locale);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^${locale}: 0 of \\d+ texts missing`));
  }
});

test("a config's own table lists what it lacks, with the default's text", () => {
  const { 'ui.back': _, 'ui.skip': __, ...partial } = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8'));
  const config = join(mkdtempSync(join(tmpdir(), 'pf-gaps-')), 'config.json');
  writeFileSync(config, JSON.stringify({ texts: { 'de-CH': partial } }));
  const r = gaps('de-CH', config);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `ui.back\t${EN['ui.back']}\nui.skip\t${EN['ui.skip']}\n`);
  assert.match(r.stderr, /^de-CH: 2 of \d+ texts missing \(shown in "en"\)/);
});

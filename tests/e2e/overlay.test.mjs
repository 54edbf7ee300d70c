// A partial config through config-url: the two keys of issue 12's example
// are a whole config. Everything else comes from the built-in default, so
// the widget matches a default one except for what the two keys change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_CONFIG,
  HYBRID_ANSWERS,
  ROOT,
  addWidget,
  events,
  launchBrowser,
  newPage,
  startServer,
  text,
  waitForEvent,
  widgetRoot,
  withPage,
} from './helpers.mjs';

const TWO_KEYS = JSON.parse(readFileSync(join(ROOT, 'tests/e2e/fixtures/two-key.json'), 'utf8'));
const answers = JSON.stringify(HYBRID_ANSWERS).replaceAll('"', '&quot;');

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: {
      '/fixtures/overlay.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Overlay</title>
<script type="module" src="/dist/program-fit.js"></script></head><body><main>
<program-fit id="default" answers="${answers}"></program-fit>
<program-fit id="two-keys" config-url="two-key.json" answers="${answers}"></program-fit>
</main></body></html>`,
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('{"money":{"currency":"EUR"},"cta":{"url":…}} via config-url is a whole config over the default', async () => {
  assert.deepEqual(Object.keys(TWO_KEYS), ['money', 'cta']);
  assert.deepEqual(Object.keys(TWO_KEYS.money), ['currency']);
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/fixtures/overlay.html'));
    await waitForEvent(p, 'program-fit:complete', { count: 2 });
    assert.deepEqual(await events(p, 'program-fit:error'), []);
    const cta = (id) => widgetRoot(p, `#${id}`).locator('a.pf-button--cta').getAttribute('href');
    assert.equal(await cta('two-keys'), TWO_KEYS.cta.url);
    assert.equal(await cta('default'), DEFAULT_CONFIG.cta.url);
    // The rest (questions, costs, texts, the plan) is the default's. Which
    // symbol goes with EUR is not this test's business.
    const text = async (id) => (await widgetRoot(p, `#${id}`).innerText()).replace(/[$€]/g, '¤');
    assert.equal(await text('two-keys'), await text('default'));
    const [a, b] = await events(p, 'program-fit:complete');
    // Only the currency the amounts are in (and so their symbol) differs.
    assert.deepEqual([a.detail.currency, b.detail.currency].sort(), ['EUR', 'USD']);
    const same = (d) => JSON.stringify({ ...d, currency: '' }).replace(/[$€]/g, '¤');
    assert.equal(same(a.detail), same(b.detail));
  });
});

test('the intro promises questions to skip only when the config has optional ones', async () => {
  const core = DEFAULT_CONFIG.questions.filter((q) => !q.optional).map((q) => ({ id: q.id }));
  assert.equal(core.length, 8);
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/fixtures/blank.html'));
    await addWidget(p, { id: 'all' }, { parent: '#slot' });
    await addWidget(p, { id: 'core' }, { parent: '#slot', inline: JSON.stringify({ questions: core }) });
    await waitForEvent(p, 'program-fit:ready', { count: 2 });
    const lead = (id) => widgetRoot(p, `#${id}`).locator('.pf-intro .pf-lead').textContent();
    assert.equal(await lead('all'), `${text('ui.intro.lead').replace('{count}', '8')} ${text('ui.intro.optional')}`);
    assert.equal(await lead('core'), text('ui.intro.lead').replace('{count}', '8'));
  });
});

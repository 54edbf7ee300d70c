// A partial config through config-url: the two keys of issue 12's example
// are a whole config. Everything else comes from the built-in default, so
// the widget matches one given the default with those two keys changed in
// full. Since the plan search, a currency brings its own cost table
// (cost_tables), so EUR prices differ from the dollar ones: the overlay is
// compared with the whole config that states the euro table as its costs,
// not with the dollar default.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_CONFIG,
  HYBRID_ANSWERS,
  ROOT,
  events,
  launchBrowser,
  newPage,
  startServer,
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
<program-fit id="whole" config-url="whole.json" answers="${answers}"></program-fit>
</main></body></html>`,
      '/fixtures/whole.json': JSON.stringify({
        ...DEFAULT_CONFIG,
        money: { ...DEFAULT_CONFIG.money, currency: TWO_KEYS.money.currency },
        costs: DEFAULT_CONFIG.cost_tables[TWO_KEYS.money.currency],
        cta: { ...DEFAULT_CONFIG.cta, url: TWO_KEYS.cta.url },
      }),
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
    await waitForEvent(p, 'program-fit:complete', { count: 3 });
    assert.deepEqual(await events(p, 'program-fit:error'), []);
    const cta = (id) => widgetRoot(p, `#${id}`).locator('a.pf-button--cta').getAttribute('href');
    assert.equal(await cta('two-keys'), TWO_KEYS.cta.url);
    assert.equal(await cta('default'), DEFAULT_CONFIG.cta.url);
    // The rest (questions, costs, texts, the plan) is the default's.
    const text = (id) => widgetRoot(p, `#${id}`).innerText();
    assert.equal(await text('two-keys'), await text('whole'));
    assert.notEqual(await text('two-keys'), await text('default'), 'euros, not dollars');
    const detail = async (id) => (await events(p, 'program-fit:complete', id))[0].detail;
    assert.equal((await detail('two-keys')).currency, 'EUR');
    assert.equal((await detail('default')).currency, 'USD');
    assert.deepEqual(await detail('two-keys'), await detail('whole'));
  });
});

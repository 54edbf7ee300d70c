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

test('a one-entry overlay removes one question and keeps the rest; a list that leaves questions out names them in the console', async () => {
  const removePath = {
    questions: [{ id: 'path', remove: true }],
    traits: [{ id: 'trained_not_same_path', remove: true }, { id: 'same_path', remove: true }],
  };
  const core = DEFAULT_CONFIG.questions.filter((q) => !q.optional).map((q) => ({ id: q.id }));
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/fixtures/blank.html'));
    await addWidget(p, { id: 'one' }, { parent: '#slot', inline: JSON.stringify(removePath) });
    await addWidget(p, { id: 'core' }, { parent: '#slot', inline: JSON.stringify({ questions: core }) });
    await waitForEvent(p, 'program-fit:ready', { count: 2 });
    assert.deepEqual(await events(p, 'program-fit:error'), []);
    // Walk the one-entry overlay: every default question but path is asked.
    const w = widgetRoot(p, '#one');
    await w.locator('.pf-intro .pf-button--start').click();
    const asked = [];
    for (let i = 0; i < DEFAULT_CONFIG.questions.length; i++) {
      const steps = await waitForEvent(p, 'program-fit:step', { target: 'one', count: i + 1 });
      const id = steps.at(-1).detail.questionId;
      if (!id) break;
      asked.push(id);
      await w.locator('form button.pf-button--skip, form button[type=submit]').first().waitFor();
      const q = DEFAULT_CONFIG.questions.find((x) => x.id === id);
      if (q.optional) await w.locator('form button.pf-button--skip').click();
      else if (q.kind === 'number') {
        await w.locator(`form input.pf-input[name="${id}"]`).fill('40');
        await w.locator('form button[type=submit]').click();
      } else {
        await w.locator(`form input[type=radio][name="pf-q-${id}"]`).first().check();
        await w.locator('form button[type=submit]').click();
      }
    }
    assert.deepEqual(asked, DEFAULT_CONFIG.questions.map((q) => q.id).filter((id) => id !== 'path'));
    // The list of eight leaves five follow-ups out: the console says which.
    const warned = p.consoleMessages.filter((m) => m.type === 'warning' && m.text.includes('leaves out'));
    assert.equal(warned.length, 1, JSON.stringify(warned));
    assert.ok(warned[0].text.includes('mentor_time, internal_coaches, line_managers, format, launch'), warned[0].text);
  });
});

// Requests that fail or never answer. The docs promise never a blank box:
// a config that never answers shows the error message in the visitor's
// language and fires program-fit:error naming the URL; a locale file that
// never answers leaves the default language, with a warning; a wasm that
// never answers shows the loader's own message. A failed config is not
// remembered: the element re-inserted later fetches it again.
// Playwright's fake clock stands in for the waiting.
// Run after `make dist`: node --test tests/e2e/fetch-failures.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, addWidget, events, launchBrowser, newPage, startServer, text, waitForEvent, widget, withPage } from './helpers.mjs';

const ES = JSON.parse(readFileSync(join(ROOT, 'locales/es.json'), 'utf8'));
const never = () => new Promise(() => {});

let browser;
let server;
let stalledWasm;
let stalledGlue;
const asked = { config: 0, locale: 0, flaky: 0 };

before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: {
      '/stall/config.json': () => {
        asked.config++;
        return never();
      },
      '/dist/locales/de.json': () => {
        asked.locale++;
        return never();
      },
      // 503 the first time, the default config after that.
      '/flaky/config.json': () => (asked.flaky++ === 0 ? { status: 503, body: 'busy' } : '{}'),
    },
  });
  stalledWasm = await startServer({ routes: { '/dist/program-fit_bg.wasm': never } });
  stalledGlue = await startServer({ routes: { '/dist/program-fit_bg.js': never } });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await stalledWasm?.close();
  await stalledGlue?.close();
});

/** Waits until the server has been asked for `what` at least once. */
async function askedFor(what) {
  for (let i = 0; i < 400 && !asked[what]; i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(asked[what], `the widget asked for ${what}`);
}

test('a config that never answers gives the error message in the visitor\'s language and an error event naming the URL; a locale that never answers leaves the default language', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.clock.install();
    await p.goto(server.url('/fixtures/blank.html'));
    // The Spanish table first: moving the clock on must not time out its fetch.
    await addWidget(p, { id: 'spanish', lang: 'es' }, { parent: '#slot' });
    await addWidget(p, { id: 'german', lang: 'de' }, { parent: '#slot' });
    await waitForEvent(p, 'program-fit:ready', { target: 'spanish' });
    await addWidget(p, { id: 'stalled', lang: 'es', 'config-url': '/stall/config.json?token=s3cret' }, { parent: '#slot' });
    await askedFor('config');
    await askedFor('locale');
    assert.deepEqual(await events(p, 'program-fit:error'), [], 'nothing before the time is up');
    await p.clock.fastForward(10_000);

    const [err] = await waitForEvent(p, 'program-fit:error', { target: 'stalled' });
    assert.equal(err.detail.kind, 'config-fetch');
    assert.ok(err.detail.message.startsWith('/stall/config.json'), err.detail.message);
    assert.deepEqual(err.detail.problems, [{ path: '', message: 'no answer within 10 s' }]);
    const alert = widget(p, '#stalled').locator('[role=alert]');
    assert.ok((await alert.textContent()).startsWith(ES['error.title']), await alert.textContent());
    assert.ok(!(await alert.textContent()).includes('s3cret'), 'the box never shows the query');

    await waitForEvent(p, 'program-fit:ready', { target: 'german' });
    assert.equal(await widget(p, '#german').locator('.pf-app').getAttribute('lang'), 'en');
    assert.equal(await widget(p, '#german').locator('.pf-intro h2').textContent(), text('ui.intro.title'));
    const warned = p.consoleMessages.filter((m) => m.type === 'warning' && m.text.includes('locales/de.json'));
    assert.equal(warned.length, 1, JSON.stringify(p.consoleMessages));
    assert.ok(warned[0].text.includes('no answer within 10 s'), warned[0].text);
    assert.deepEqual(p.pageErrors, []);
  });
});

test('a wasm that never answers shows the loader\'s message and fires error (kind load)', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.clock.install();
    const glue = p.waitForResponse((r) => r.url().endsWith('/dist/program-fit_bg.js'));
    await p.goto(stalledWasm.url('/fixtures/plain.html'));
    // The glue, which comes with the wasm, has its own 10 s: it is there
    // (its script gone) before the clock jumps.
    await glue;
    while (await p.evaluate(() => document.querySelector('script[src$="program-fit_bg.js"]') !== null)) await p.waitForTimeout(20);
    await p.clock.fastForward(30_000);
    const [err] = await waitForEvent(p, 'program-fit:error');
    assert.equal(err.detail.kind, 'load');
    assert.ok(err.detail.message.includes('no answer within 30 s'), err.detail.message);
    assert.equal(
      await widget(p, '#pf').locator('[role=alert]').textContent(),
      'This assessment could not load. Reload the page to try again.',
    );
    assert.deepEqual(p.pageErrors, []);
  });
});

test('a glue that never answers shows the loader\'s message, fires error (kind load) and leaves no script behind', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.clock.install();
    const asked = p.waitForRequest((r) => r.url().endsWith('/dist/program-fit_bg.js'));
    await p.goto(stalledGlue.url('/fixtures/plain.html'));
    await asked;
    await p.clock.fastForward(10_000);
    const [err] = await waitForEvent(p, 'program-fit:error');
    assert.equal(err.detail.kind, 'load');
    assert.equal(err.detail.message, `could not load ${stalledGlue.url('/dist/program-fit_bg.js')}: no answer within 10 s`);
    assert.equal(
      await widget(p, '#pf').locator('[role=alert]').textContent(),
      'This assessment could not load. Reload the page to try again.',
    );
    assert.equal(await p.evaluate(() => document.querySelectorAll('script[src$="program-fit_bg.js"]').length), 0);
    assert.deepEqual(p.pageErrors, []);
  });
});

test('a config that failed is fetched again when the element is re-inserted', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/fixtures/blank.html'));
    await addWidget(p, { id: 'spa', 'config-url': '/flaky/config.json' }, { parent: '#slot' });
    const [err] = await waitForEvent(p, 'program-fit:error', { target: 'spa' });
    assert.deepEqual(err.detail.problems, [{ path: '', message: 'HTTP 503 Service Unavailable' }]);
    // A single-page app shows the page again later: the element is re-inserted.
    await p.evaluate(() => {
      const el = document.getElementById('spa');
      el.remove();
      document.getElementById('slot').append(el);
    });
    await waitForEvent(p, 'program-fit:ready', { target: 'spa' });
    assert.equal(asked.flaky, 2);
    await widget(p, '#spa').locator('.pf-intro').waitFor();
    assert.deepEqual(p.pageErrors, []);
  });
});

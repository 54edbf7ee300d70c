// The `debug` attribute on a public site, read as docs/embedding.md says:
// absent is off, and any value but an explicit off (false, 0, off, no) is
// on. What it turns on: the list of config problems in the widget, and
// simulatePanic(). The URL's query (which can hold a token) never shows in
// the widget, debug or not.
//
// Chromium resolves `pf-site.example` to the test server
// (--host-resolver-rules), so the page is not on localhost, where debug is
// on by default.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { events, launchBrowser, newPage, startServer, text, waitForEvent, widget, withPage } from './helpers.mjs';

const SITE = 'pf-site.example';
// debug attribute value (null: absent) → whether it is on.
const VALUES = [
  [null, false],
  ['', true],
  ['true', true],
  ['debug', true],
  ['yes', true],
  ['1', true],
  ['false', false],
  ['FALSE', false],
  [' no ', false],
  ['0', false],
  ['off', false],
];

let browser;
let server;

before(async () => {
  browser = await launchBrowser({ extraArgs: [`--host-resolver-rules=MAP ${SITE} 127.0.0.1`] });
  server = await startServer({ routes: { '/debug/bad.json': '{"questions": 42}' } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openSite(path = '/fixtures/blank.html') {
  const p = await newPage(browser);
  await p.goto(`http://${SITE}:${server.port}${path}`);
  return p;
}

/** Adds one element per entry of `attrs` to #slot. */
function addAll(p, list) {
  return p.evaluate((list) => {
    for (const attrs of list) {
      const el = document.createElement('program-fit');
      for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
      document.getElementById('slot').append(el);
    }
  }, list);
}

test('debug on a public site: absent or an explicit off shows visitors one sentence; any other value lists the problems', async () => {
  await withPage(openSite(), async (p) => {
    await addAll(p, VALUES.map(([debug], i) => ({ id: `d${i}`, debug, 'config-url': '/debug/bad.json' })));
    await waitForEvent(p, 'program-fit:error', { count: VALUES.length });
    const wrong = [];
    for (const [i, [debug, on]] of VALUES.entries()) {
      const listed = await widget(p, `#d${i}`).locator('[role=alert] li').count();
      if (listed > 0 !== on) wrong.push(`debug=${JSON.stringify(debug)}: ${listed} problems listed`);
    }
    assert.deepEqual(wrong, []);
    assert.equal(
      await widget(p, '#d6').locator('[role=alert]').textContent(),
      text('error.title') + text('error.unavailable'),
      'debug="false" gives the visitors\' sentence',
    );
  });
});

test('the widget never shows the query or fragment of the config URL, even with debug', async () => {
  await withPage(openSite(), async (p) => {
    await addAll(p, [
      { id: 'missing', debug: '', 'config-url': '/no-such.json?token=s3cret#part' },
      { id: 'bad', debug: '', 'config-url': '/debug/bad.json?token=s3cret' },
    ]);
    await waitForEvent(p, 'program-fit:error', { count: 2 });
    for (const id of ['missing', 'bad']) {
      const shown = await widget(p, `#${id}`).locator('[role=alert]').textContent();
      assert.ok(shown.includes(id === 'missing' ? '/no-such.json' : '/debug/bad.json'), `${id}: names the config: ${shown}`);
      assert.ok(!/s3cret|token|#part/.test(shown), `${id}: no query in the box: ${shown}`);
    }
  });
});

test('simulatePanic() does nothing without debug on a public site, and works with it', async () => {
  await withPage(openSite(), async (p) => {
    await addAll(p, [{ id: 'prod' }, { id: 'staging', debug: '' }]);
    await waitForEvent(p, 'program-fit:ready', { count: 2 });
    await p.locator('#prod').evaluate((e) => e.simulatePanic());
    assert.deepEqual(await events(p, 'program-fit:error'), [], 'no panic without debug');
    await widget(p, '#prod').locator('.pf-intro').waitFor();
    await p.locator('#staging').evaluate((e) => e.simulatePanic());
    const errors = await waitForEvent(p, 'program-fit:error', { count: 2 });
    assert.ok(errors.every((e) => e.detail.kind === 'panic'), JSON.stringify(errors));
  });
});

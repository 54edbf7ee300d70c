// A host may do anything to <program-fit> from inside any of its events:
// remove it (a single-page app routing away), put it back, change its
// `lang` or call reset(). Every event is tried, from every place a visit can
// start (prefill, share link, stored progress, answers given just now, a
// broken config), with each of those actions in its handler: nothing may
// throw and the widget must end where the action says. Then 40 rounds of
// the start sources with forced garbage collection, after which DOM nodes,
// listeners and wasm memory must be where they were, within 5%.
// Run after `make dist`: node --test tests/e2e/lifecycle.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closePage, launchBrowser, startServer } from './helpers.mjs';
import { counts, openHost } from './memory.mjs';
import { LIFECYCLE_SETUP, installLifecycle, lifecycleRoutes } from './lifecycle-page.mjs';

let browser;
let server;

before(async () => {
  browser = await launchBrowser({ extraArgs: ['--js-flags=--expose-gc'] });
  server = await startServer({ routes: lifecycleRoutes((path) => server.url(path)) });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A blank host page with the lifecycle harness and a CDP session. */
async function openLifecycle() {
  const host = await openHost(browser, server.url('/fixtures/blank.html'));
  await host.p.evaluate(installLifecycle, LIFECYCLE_SETUP);
  return host;
}

/** Console errors and warnings that mean the lifecycle went wrong. */
function lifecycleComplaints(p) {
  return p.consoleMessages
    .filter((m) => /borrowed|recursive use|RuntimeError|unreachable|share the key/.test(m.text))
    .map((m) => `${m.type}: ${m.text}`);
}

test('remove, re-insert, change lang or reset() from inside every event, from every start source: no exception, the expected end', async () => {
  const host = await openLifecycle();
  const { p } = host;
  const runs = await p.evaluate(() => window.__life.everyEvent());
  const failed = runs.filter((r) => r.problem);
  assert.deepEqual(failed, [], `${failed.length} of ${runs.length} runs went wrong`);
  // Each scenario ran with each action: the matrix was not cut short.
  assert.equal(runs.length, 4 * 17);
  assert.deepEqual(p.pageErrors.map(String), []);
  assert.deepEqual(lifecycleComplaints(p), []);
  await closePage(p);
});

test('40 rounds of it from every start source leave DOM nodes, listeners and wasm memory flat (within 5%)', async (t) => {
  const host = await openLifecycle();
  const { p } = host;
  await p.evaluate(() => window.__life.rounds(5));
  const warm = await counts(host);
  const problems = await p.evaluate(() => window.__life.rounds(40));
  const done = await counts(host);
  t.diagnostic(`after 5 rounds: ${JSON.stringify(warm)}; after 45: ${JSON.stringify(done)}`);
  assert.deepEqual(problems, []);
  for (const k of ['nodes', 'listeners', 'wasm']) {
    assert.ok(done[k] <= warm[k] * 1.05, `${k}: ${warm[k]} → ${done[k]}`);
  }
  assert.deepEqual(p.pageErrors.map(String), []);
  assert.deepEqual(lifecycleComplaints(p), []);
  await closePage(p);
});

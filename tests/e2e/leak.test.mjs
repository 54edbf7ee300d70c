// A single-page-app host mounts and removes <program-fit> many times: every
// removed element, its shadow root and everything the widget registered for
// it must become garbage. Chromium runs with --expose-gc so the page can
// force collections; counts come from CDP Performance.getMetrics (memory.mjs).
// Run after `make dist`: node --test --test-concurrency=1 tests/e2e/leak.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerCurrent, closePage, launchBrowser, start, startServer, waitForEvent } from './helpers.mjs';
import { collectGarbage, counts, openHost } from './memory.mjs';

let browser;
let server;

before(async () => {
  browser = await launchBrowser({ extraArgs: ['--js-flags=--expose-gc'] });
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A blank host page with a CDP session for GC and metrics. */
const openBlank = () => openHost(browser, server.url('/fixtures/blank.html'));

/** Mounts a widget in #slot, waits for `ready`, removes it; `n` times. */
function cycles(p, n) {
  return p.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('program-fit');
      el.id = 'spa';
      el.setAttribute('storage', 'none');
      const ready = new Promise((ok) => el.addEventListener('program-fit:ready', ok, { once: true }));
      document.getElementById('slot').append(el);
      await ready;
      el.remove();
    }
  }, n);
}

test('a removed element and its shadow root are garbage-collected', async () => {
  const host = await openBlank();
  const { p } = host;
  // Mounted, used (so the widget handles clicks and submits), then removed.
  await p.evaluate(() => {
    const el = document.createElement('program-fit');
    el.id = 'used';
    el.setAttribute('storage', 'none');
    document.getElementById('slot').append(el);
  });
  await waitForEvent(p, 'program-fit:ready', { target: 'used' });
  await start(p, '#used');
  await answerCurrent(p, '#used', 'goal', 'skill');
  await p.locator('#used .pf-question').waitFor();
  // Removed while it is still loading its config (never mounted).
  await p.evaluate(() => {
    const el = document.getElementById('used');
    window.__weak = { element: new WeakRef(el), shadow: new WeakRef(el.shadowRoot) };
    el.remove();
    const early = document.createElement('program-fit');
    early.setAttribute('config-url', '/config/default.json?early');
    document.getElementById('slot').append(early);
    window.__weak.early = new WeakRef(early);
    early.remove();
  });
  // What the page still has queued (a frame, a timer) may hold an element
  // for a moment, longer on a busy machine: collect again after the page's
  // next frames, up to ten times. A leaked element stays.
  let alive;
  for (let i = 0; i < 10; i++) {
    await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));
    await collectGarbage(host);
    alive = await p.evaluate(() =>
      Object.fromEntries(Object.entries(window.__weak).map(([k, w]) => [k, w.deref() !== undefined])),
    );
    if (!Object.values(alive).some(Boolean)) break;
  }
  assert.deepEqual(alive, { element: false, shadow: false, early: false });
  assert.deepEqual(p.pageErrors, []);
  await closePage(p);
});

test('listener and node counts stay flat over 100 mount/remove cycles', async (t) => {
  const host = await openBlank();
  const { p } = host;
  await cycles(p, 10);
  const warm = await counts(host);
  await cycles(p, 100);
  const done = await counts(host);
  t.diagnostic(`after 10 cycles: ${JSON.stringify(warm)}; after 110: ${JSON.stringify(done)}`);
  // A leak of one listener or one node per cycle would add 100.
  assert.ok(done.listeners - warm.listeners <= 5, `listeners ${warm.listeners} → ${done.listeners}`);
  assert.ok(done.nodes - warm.nodes <= 10, `nodes ${warm.nodes} → ${done.nodes}`);
  assert.deepEqual(p.pageErrors, []);
  await closePage(p);
});

test('reset() does not pile up listeners: 50 resets leave the counts as they were', async (t) => {
  const host = await openBlank();
  const { p } = host;
  await p.evaluate(() => {
    const el = document.createElement('program-fit');
    el.id = 'again';
    el.setAttribute('storage', 'none');
    document.getElementById('slot').append(el);
  });
  await waitForEvent(p, 'program-fit:ready', { target: 'again' });
  // As a host's "start again" button would: one reset per task.
  const resets = (n) =>
    p.locator('#again').evaluate(async (el, n) => {
      for (let i = 0; i < n; i++) {
        el.reset();
        await new Promise((ok) => setTimeout(ok, 0));
      }
    }, n);
  await resets(5);
  const warm = await counts(host);
  await resets(50);
  const done = await counts(host);
  t.diagnostic(`after 5 resets: ${JSON.stringify(warm)}; after 55: ${JSON.stringify(done)}`);
  assert.ok(done.listeners - warm.listeners <= 2, `listeners ${warm.listeners} → ${done.listeners}`);
  assert.ok(done.nodes - warm.nodes <= 10, `nodes ${warm.nodes} → ${done.nodes}`);
  await p.locator('#again .pf-intro').waitFor();
  assert.deepEqual(p.pageErrors, []);
  await closePage(p);
});

// loading="lazy", the default: an element fetches nothing (wasm, CSS,
// locale, config) until it comes within about a viewport of being seen, or
// the page has loaded and the browser is idle; until then it keeps its room.
// Nothing of the embed contract is lost by waiting, and an element removed
// before it loaded leaves nothing behind. fixtures/lazy.html has the widget
// far below the fold, under an image the tests can hold back (and with it
// the page's load event): see lazy-page.mjs.
// Run after `make dist`: node --test --test-concurrency=1 tests/e2e/lazy.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  HYBRID_ANSWERS,
  MENTORING_ANSWERS,
  ROOT,
  addWidget,
  completeFlow,
  events,
  launchBrowser,
  newPage,
  startServer,
  text,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';
import { fetchesUnder, heroGate, widgetFetches } from './lazy-page.mjs';
import { docBlock } from './doc-blocks.mjs';

const LAZY = readFileSync(join(ROOT, 'tests/e2e/fixtures/lazy.html'), 'utf8');
const FAR = '<program-fit id="far"></program-fit>';
/** lazy.html with the widget's markup replaced. */
const lazyWith = (markup) => () => LAZY.replace(FAR, markup);

/** A page with the widget in view and host text under it. The loader
 * blocks rendering, so the first frame already has the element defined:
 * what moves after that is the widget's doing. */
const inView = (loading) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>in view</title>
<script type="module" src="/dist/program-fit.js" blocking="render"></script></head><body><main>
<h1>The widget in view</h1><program-fit id="pf" storage="none" loading="${loading}"></program-fit>
<p id="after">Host text under the widget.</p></main></body></html>`;

// docs/embedding.md's inline snippet that adds the loader at the page's
// load, as written there, on lazy.html in place of its loader tag, with
// the page's nonce filled in and an `answers` prefill on the element.
const AFTER_LOAD = docBlock('docs/embedding.md', 'html', "#### Nothing before the page's load");
const NONCE = 'n0nc3';
const afterLoadPage = () =>
  LAZY.replace('<script type="module" src="/dist/program-fit.js"></script>\n', '')
    .replace('<link rel="stylesheet" href="page.css">', '<link rel="stylesheet" href="page.css"><link rel="stylesheet" href="/lazy/room.css">')
    .replace(FAR, AFTER_LOAD.replace('PAGE-NONCE', NONCE).replace('<program-fit id="fit"', `<program-fit id="fit" answers='${JSON.stringify(HYBRID_ANSWERS)}'`));

/** A parent page with frame.html far below the fold. */
const frameFar = (frameOrigin, parentOrigin) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>frame far below</title><link rel="stylesheet" href="/fixtures/page.css">
<script src="/lazy/messages.js"></script></head><body>
<div class="below-fold"></div>
<iframe id="fit" title="Programme fit assessment" width="760" height="600"
  src="${frameOrigin}/dist/frame.html?instance-id=fit1&amp;parent-origin=${encodeURIComponent(parentOrigin)}"></iframe>
</body></html>`;

// Records what the page and the loader do, before anything else runs: the
// loader's window listeners, idle callbacks, timers and intersection
// observers (told apart by the loader's URL on the stack), each as
// outstanding until removed, cancelled, run or disconnected.
function instrument() {
  const ours = () => (new Error().stack || '').includes('/dist/program-fit.js');
  const t = (window.__pfTrack = { listeners: new Map(), idle: new Set(), timers: new Set(), observers: [], calls: [] });
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  // The loader's load listeners, each by the wrapper that records its run
  // (a `once` listener goes when it has run).
  window.addEventListener = function (type, fn, opts) {
    if (!(ours() && this === window && type === 'load')) return add.call(this, type, fn, opts);
    t.calls.push('addEventListener load');
    const wrapper = function (e) {
      if (opts && opts.once) t.listeners.delete(fn);
      return fn.call(this, e);
    };
    t.listeners.set(fn, wrapper);
    return add.call(this, type, wrapper, opts);
  };
  window.removeEventListener = function (type, fn, opts) {
    const wrapper = this === window && t.listeners.get(fn);
    t.listeners.delete(fn);
    return remove.call(this, type, wrapper || fn, opts);
  };
  const wrap = (name, cancelName, set) => {
    const real = window[name];
    const cancel = window[cancelName];
    if (!real) return;
    window[name] = function (fn, arg) {
      if (!ours()) return real.call(window, fn, arg);
      t.calls.push(name);
      const id = real.call(window, (...a) => {
        set.delete(id);
        return fn(...a);
      }, arg);
      set.add(id);
      return id;
    };
    window[cancelName] = function (id) {
      set.delete(id);
      return cancel.call(window, id);
    };
  };
  wrap('requestIdleCallback', 'cancelIdleCallback', t.idle);
  wrap('setTimeout', 'clearTimeout', t.timers);
  const IO = window.IntersectionObserver;
  window.IntersectionObserver = class extends IO {
    constructor(...args) {
      super(...args);
      if (ours()) {
        this.__observing = 0;
        t.observers.push(new WeakRef(this));
        t.calls.push('IntersectionObserver');
      }
    }
    observe(el) {
      if ('__observing' in this) this.__observing++;
      return super.observe(el);
    }
    disconnect() {
      if ('__observing' in this) this.__observing = 0;
      return super.disconnect();
    }
  };
  window.__pfShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__pfShifts.push({ value: e.value, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** What the loader has outstanding (see instrument). */
const outstanding = (p) =>
  p.evaluate(() => {
    const t = window.__pfTrack;
    return {
      listeners: t.listeners.size,
      idle: t.idle.size,
      timers: t.timers.size,
      observing: t.observers.filter((w) => w.deref()?.__observing > 0).length,
    };
  });

let browser;
let server;
let strict;
let frameServer;
const hero = heroGate();
const MESSAGES_JS = 'window.__messages = []; addEventListener("message", (e) => window.__messages.push(e.data));';

before(async () => {
  browser = await launchBrowser({ extraArgs: ['--js-flags=--expose-gc'] });
  const routes = {
    ...hero.routes,
    '/lazy/messages.js': MESSAGES_JS,
    '/fixtures/lazy-two.html': lazyWith(
      '<program-fit id="one" lang="de" config-url="/config/default.json"></program-fit>' +
        '<div class="below-fold"></div>' +
        '<program-fit id="two" lang="de" config-url="/config/default.json"></program-fit>',
    ),
    '/fixtures/lazy-eager.html': lazyWith('<program-fit id="far" loading="eager"></program-fit>'),
    '/fixtures/lazy-prefill.html': lazyWith(`<program-fit id="far" answers='${JSON.stringify(HYBRID_ANSWERS)}'></program-fit>`),
    '/fixtures/in-view-lazy.html': inView('lazy'),
    '/fixtures/in-view-eager.html': inView('eager'),
    '/fixtures/after-load.html': afterLoadPage,
    // The room docs/embedding.md asks the host's stylesheet to keep.
    '/lazy/room.css': 'program-fit { display: block; min-height: 410px; }',
    '/program-fit-site/config.json': () => readFileSync(join(ROOT, 'dist/config.json')),
  };
  server = await startServer({
    routes,
    mounts: [['/program-fit/', 'dist']],
    headers: {
      '/fixtures/after-load.html': {
        'content-security-policy': `default-src 'self'; script-src 'nonce-${NONCE}' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'`,
      },
    },
  });
  strict = await startServer({ csp: true, routes });
  frameServer = await startServer();
});

after(async () => {
  hero.release();
  await browser?.close();
  await server?.close();
  await strict?.close();
  await frameServer?.close();
});

/**
 * A fresh page on `url`, instrumented; with `hold`, the page's image (and
 * so its load event) is held back until hero.release(). `requests` lists
 * every widget file the page asked for, in order.
 */
async function openLazy(url, { hold = false, viewport, init } = {}) {
  if (hold) hero.hold();
  const p = await newPage(browser, viewport ? { viewport } : {});
  p.requests = [];
  p.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/program-fit_bg\.(?:wasm|js)|program-fit\.css|locales\/|\.json$/.test(path)) p.requests.push(path);
  });
  await p.addInitScript(instrument);
  if (init) await p.addInitScript(init);
  await p.goto(url, { waitUntil: hold ? 'domcontentloaded' : 'load' });
  await p.waitForFunction(() => customElements.get('program-fit'));
  return p;
}

/**
 * Resolves once intersection observers have reported on `sel` where it is
 * now: an observer of the test's own, made after the loader's, has had its
 * callback, and the task after it has run.
 */
function observed(p, sel) {
  return p.evaluate(
    (sel) =>
      new Promise((ok) => {
        const io = new IntersectionObserver(() => {
          io.disconnect();
          setTimeout(ok, 0);
        }, { rootMargin: '100%' });
        io.observe(document.querySelector(sel));
      }),
    sel,
  );
}

/** Resolves after the page's own idle callback (or a timer where there is none) once it has loaded. */
const idleAfterLoad = (p) =>
  p.evaluate(
    () =>
      new Promise((ok) => {
        const idle = () => (window.requestIdleCallback ? requestIdleCallback(() => setTimeout(ok, 300)) : setTimeout(ok, 500));
        if (document.readyState === 'complete') idle();
        else addEventListener('load', idle, { once: true });
      }),
  );

/** The state of `sel` before it loads: its box and what its shadow root holds. */
const waiting = (p, sel) =>
  p.evaluate((sel) => {
    const el = document.querySelector(sel);
    return {
      state: document.readyState,
      height: el.getBoundingClientRect().height,
      display: getComputedStyle(el).display,
      shadow: [...el.shadowRoot.querySelectorAll('*')].map((n) => n.localName + (n.className ? '.' + n.className : '')),
    };
  }, sel);

/** The min-height the element keeps: clamp(410px, 900px - 80vw, 660px). */
const reserved = (width) => Math.min(660, Math.max(410, 900 - 0.8 * width));

describe('loading="lazy", the default', () => {
  test('far below the fold it fetches nothing while the page loads, keeps its room, and loads once the page has loaded and is idle, without a scroll', async () => {
    await withPage(openLazy(server.url('/fixtures/lazy.html'), { hold: true }), async (p) => {
      await observed(p, '#far');
      assert.deepEqual(await waiting(p, '#far'), {
        state: 'interactive',
        height: reserved(1024),
        display: 'block',
        shadow: ['div.pf-root'],
      });
      assert.deepEqual(p.requests, [], 'nothing fetched before the load event');
      assert.deepEqual(await events(p), [], 'no event before it loads');
      assert.deepEqual(await p.evaluate(() => document.getElementById('far').answers), {});

      hero.release();
      await waitForEvent(p, 'program-fit:ready', { target: 'far' });
      const { fetches, load } = await p.evaluate(widgetFetches);
      assert.ok(load > 0, 'the page has loaded');
      assert.deepEqual(fetches.map((f) => f.path).sort(), ['/dist/program-fit.css', '/dist/program-fit_bg.js', '/dist/program-fit_bg.wasm']);
      for (const f of fetches) assert.ok(f.start >= load, `${f.path} fetched at ${f.start} ms, before the load event at ${load} ms`);
      assert.equal(await p.evaluate(() => scrollY), 0, 'loaded without a scroll');
      assert.deepEqual((await events(p)).map((e) => e.type), ['program-fit:ready'], 'ready fires once, when it is ready');
      // Ready means shown: the intro is there, styled, when the visitor gets there.
      await p.locator('#far').scrollIntoViewIfNeeded();
      await assert.doesNotReject(widget(p, '#far').locator('.pf-intro .pf-button--start').waitFor({ state: 'visible', timeout: 1000 }));
      assert.deepEqual(await outstanding(p), { listeners: 0, idle: 0, timers: 0, observing: 0 });
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('it loads as soon as it comes within a viewport of being seen, before the page has loaded', async () => {
    await withPage(openLazy(server.url('/fixtures/lazy.html'), { hold: true }), async (p) => {
      await observed(p, '#far');
      assert.deepEqual(p.requests, []);
      // Half a viewport below the bottom edge: not seen yet, but near.
      const top = await p.evaluate(() => {
        const el = document.getElementById('far');
        scrollTo(0, el.getBoundingClientRect().top + scrollY - 1.5 * innerHeight);
        return el.getBoundingClientRect().top / innerHeight;
      });
      assert.equal(Math.round(top * 10) / 10, 1.5);
      await waitForEvent(p, 'program-fit:ready', { target: 'far' });
      assert.equal(await p.evaluate(() => document.readyState), 'interactive', 'before the load event');
      assert.deepEqual(p.requests.sort(), ['/dist/program-fit.css', '/dist/program-fit_bg.js', '/dist/program-fit_bg.wasm']);
      hero.release();
      await p.waitForFunction(() => document.readyState === 'complete');
      assert.deepEqual(await outstanding(p), { listeners: 0, idle: 0, timers: 0, observing: 0 });
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('loading="eager" fetches at once, far below the fold too; switching a waiting element to eager loads it', async () => {
    await withPage(openLazy(server.url('/fixtures/lazy-eager.html'), { hold: true }), async (p) => {
      await waitForEvent(p, 'program-fit:ready', { target: 'far' });
      assert.equal(await p.evaluate(() => document.readyState), 'interactive');
      assert.deepEqual(await outstanding(p), { listeners: 0, idle: 0, timers: 0, observing: 0 });
      hero.release();
    });
    await withPage(openLazy(server.url('/fixtures/lazy.html'), { hold: true }), async (p) => {
      await observed(p, '#far');
      assert.deepEqual(p.requests, []);
      await p.evaluate(() => document.getElementById('far').setAttribute('loading', 'EAGER'));
      await waitForEvent(p, 'program-fit:ready', { target: 'far' });
      assert.equal(await p.evaluate(() => document.readyState), 'interactive');
      assert.deepEqual(await outstanding(p), { listeners: 0, idle: 0, timers: 0, observing: 0 });
      // Once loaded, the attribute changes nothing: no remount.
      await p.evaluate(() => document.getElementById('far').setAttribute('loading', 'lazy'));
      hero.release();
      await idleAfterLoad(p);
      assert.equal((await events(p, 'program-fit:ready')).length, 1);
    });
  });

  for (const width of [390, 1024]) {
    for (const loading of ['lazy', 'eager']) {
      test(`nothing moves when it shows (${loading}, ${width} px wide): no layout shift`, async () => {
        const viewport = { width, height: 800 };
        await withPage(openLazy(server.url(`/fixtures/in-view-${loading}.html`), { viewport }), async (p) => {
          await waitForEvent(p, 'program-fit:ready', { target: 'pf' });
          await idleAfterLoad(p);
          const height = await p.evaluate(() => document.getElementById('pf').getBoundingClientRect().height);
          assert.ok(height >= reserved(width), `${height} px`);
          assert.deepEqual(await p.evaluate(() => window.__pfShifts), [], 'layout shifts');
        });
      });
    }
  }
});

describe('nothing is lost by waiting', () => {
  test('a share link opens on the results, and stored progress where it was', async () => {
    const share = '#pf-far=1,' + Object.entries(MENTORING_ANSWERS).map(([k, v]) => `${k}:${v}`).join(',');
    await withPage(openLazy(server.url('/fixtures/lazy.html' + share), { hold: true }), async (p) => {
      await observed(p, '#far');
      assert.deepEqual(await events(p), []);
      hero.release();
      const [done] = await waitForEvent(p, 'program-fit:complete', { target: 'far' });
      assert.equal(done.detail.source, 'share');
      assert.equal(done.detail.recommendation, 'mentoring');
      assert.deepEqual(done.detail.answers, MENTORING_ANSWERS);
      await assert.doesNotReject(widget(p, '#far').locator('.pf-results').waitFor({ state: 'attached' }));

      // Stored progress, in the same tab: the page again, without the link.
      await p.evaluate((answers) => {
        sessionStorage.setItem('program-fit:far', JSON.stringify({ app: 'program-fit', v: 1, screen: { question: 3 }, answers }));
      }, { goal: 'leadership', audience: 'executives', participants: 10 });
      hero.hold();
      await p.goto(server.url('/fixtures/lazy.html'), { waitUntil: 'domcontentloaded' });
      await observed(p, '#far');
      assert.deepEqual(await events(p), []);
      // This time it comes into view.
      await p.evaluate(() => document.getElementById('far').scrollIntoView());
      await waitForEvent(p, 'program-fit:ready', { target: 'far' });
      const shown = await widget(p, '#far').locator('.pf-focus-target').textContent();
      assert.ok(shown.includes(text('q.budget.label')), shown);
      assert.deepEqual(await p.evaluate(() => document.getElementById('far').answers), {
        goal: 'leadership',
        audience: 'executives',
        participants: 10,
      });
      hero.release();
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('an answers prefill opens on the results; an element added after the page loaded loads too', async () => {
    await withPage(openLazy(server.url('/fixtures/lazy-prefill.html')), async (p) => {
      const [done] = await waitForEvent(p, 'program-fit:complete', { target: 'far' });
      assert.equal(done.detail.source, 'prefill');
      assert.equal(done.detail.recommendation, 'hybrid');
      const order = (await events(p, undefined, 'far')).map((e) => e.type);
      assert.deepEqual(order.slice(0, 1), ['program-fit:ready']);
      // A single-page app adds another, far below: it loads in idle time.
      await addWidget(p, { id: 'later', answers: JSON.stringify(COACHING_ANSWERS) }, { parent: 'main' });
      const [later] = await waitForEvent(p, 'program-fit:complete', { target: 'later' });
      assert.equal(later.detail.recommendation, 'coaching');
      assert.equal(await p.evaluate(() => scrollY), 0);
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('two elements on one page share one fetch of the wasm, the CSS, the config and the locale', async () => {
    await withPage(openLazy(server.url('/fixtures/lazy-two.html')), async (p) => {
      await waitForEvent(p, 'program-fit:ready', { target: 'one' });
      await waitForEvent(p, 'program-fit:ready', { target: 'two' });
      assert.deepEqual(p.requests.sort(), [
        '/config/default.json',
        '/dist/locales/de.json',
        '/dist/program-fit.css',
        '/dist/program-fit_bg.js',
        '/dist/program-fit_bg.wasm',
      ]);
      for (const id of ['one', 'two']) {
        assert.equal(await widget(p, '#' + id).locator('.pf-app').getAttribute('lang'), 'de');
      }
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('under the strict CSP it loads lazily and runs with no violation', async () => {
    await withPage(openLazy(strict.url('/fixtures/lazy.html')), async (p) => {
      await waitForEvent(p, 'program-fit:ready', { target: 'far' });
      await p.locator('#far').scrollIntoViewIfNeeded();
      await completeFlow(p, '#far', COACHING_ANSWERS);
      assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('iframe mode: a frame far below the fold loads its widget lazily and posts ready and its height', async () => {
    const route = '/fixtures/frame-far.html';
    const host = await startServer({ routes: { [route]: () => frameFar(frameServer.origin, host.origin), '/lazy/messages.js': MESSAGES_JS } });
    try {
      await withPage(newPage(browser), async (p) => {
        await p.goto(host.url(route));
        await p.waitForFunction(() => window.__messages.some((m) => m.type === 'program-fit:ready'));
        const frame = p.frames().find((f) => f.url().includes('/dist/frame.html'));
        const { fetches, load } = await frame.evaluate(widgetFetches);
        assert.ok(fetches.some((f) => f.path.endsWith('program-fit_bg.wasm')));
        for (const f of fetches) assert.ok(f.start >= load, `${f.path} at ${f.start} ms, before the frame's load event at ${load} ms`);
        assert.equal(await p.evaluate(() => scrollY), 0, 'loaded without a scroll');
        // Chromium renders a frame out of sight only once it comes near,
        // and then the frame reports its height.
        await p.locator('#fit').scrollIntoViewIfNeeded();
        await p.waitForFunction(() => window.__messages.some((m) => m.type === 'program-fit:height'));
        const { height } = (await p.evaluate(() => window.__messages)).find((m) => m.type === 'program-fit:height').detail;
        assert.ok(height >= reserved(760), `${height} px`);
        await assert.doesNotReject(p.frameLocator('#fit').locator('program-fit .pf-intro .pf-button--start').waitFor());
        assert.deepEqual(p.pageErrors, []);
      });
    } finally {
      await host.close();
    }
  });
});

describe("the loader added at the page's load (docs/embedding.md's inline snippet, nonce-based CSP)", () => {
  test('fetches no byte of the widget before the load event, then loads, opens the prefill on the results and runs the glue with the nonce', async () => {
    assert.ok(AFTER_LOAD.includes('PAGE-NONCE') && AFTER_LOAD.includes("addEventListener('load'"), AFTER_LOAD);
    hero.hold();
    await withPage(newPage(browser), async (p) => {
      const requests = [];
      p.on('request', (r) => new URL(r.url()).pathname.startsWith('/program-fit/') && requests.push(new URL(r.url()).pathname));
      await p.goto(server.url('/fixtures/after-load.html'), { waitUntil: 'domcontentloaded' });
      // The page is parsed and its image held back: nothing of the widget yet.
      await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 200))));
      assert.deepEqual(requests, [], 'nothing fetched before the load event');
      assert.equal(await p.evaluate(() => customElements.get('program-fit')), undefined);
      const room = await p.evaluate(() => document.getElementById('fit').getBoundingClientRect().height);
      assert.equal(room, 410, "the host's stylesheet keeps the room");

      hero.release();
      const [done] = await waitForEvent(p, 'program-fit:complete', { target: 'fit' });
      assert.equal(done.detail.source, 'prefill');
      assert.equal(done.detail.recommendation, 'hybrid');
      const { fetches, load } = await p.evaluate(fetchesUnder, '/program-fit/');
      assert.deepEqual(
        fetches.map((f) => f.path).sort(),
        ['/program-fit/program-fit.css', '/program-fit/program-fit.js', '/program-fit/program-fit_bg.js', '/program-fit/program-fit_bg.wasm'],
      );
      for (const f of fetches) assert.ok(f.start >= load, `${f.path} fetched at ${f.start} ms, before the load event at ${load} ms`);
      assert.deepEqual((await events(p, undefined, 'fit')).map((e) => e.type).slice(0, 1), ['program-fit:ready']);
      assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
      assert.deepEqual(p.pageErrors, []);
    });
  });
});

describe("the README's preload hints, for a page that is there for the widget", () => {
  const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const HINTS = README.match(/```html\n(<link rel="modulepreload"[\s\S]*?)```/)?.[1];

  test('with loading="eager": the loader and the wasm are fetched once, from the hints, with no console warning', async () => {
    assert.ok(HINTS, 'README has the preload snippet');
    assert.match(HINTS, /loading="eager"/);
    const host = await startServer({
      mounts: [['/program-fit/', 'dist']],
      routes: {
        '/program-fit-site/config.json': () => readFileSync(join(ROOT, 'dist/config.json')),
        '/hints.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The assessment</title></head>
<body><main>${HINTS}</main></body></html>`,
      },
    });
    try {
      await withPage(newPage(browser), async (p) => {
        const fetched = [];
        p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
        await p.goto(host.url('/hints.html'));
        await waitForEvent(p, 'program-fit:ready', { target: 'fit' });
        await idleAfterLoad(p);
        const count = (path) => fetched.filter((f) => f === path).length;
        assert.equal(count('/program-fit/program-fit.js'), 1, fetched.join());
        assert.equal(count('/program-fit/program-fit_bg.wasm'), 1, fetched.join());
        assert.deepEqual(p.consoleMessages.filter((m) => /preload/i.test(m.text)), []);
        assert.deepEqual(p.pageErrors, []);
      });
    } finally {
      await host.close();
    }
  });
});

describe('an element removed before it loaded', () => {
  // Removed: while the page loads (the load listener is on); after the load
  // event, before the idle callback; and the same where the browser has no
  // requestIdleCallback (WebKit), when a timer stands in for it.
  const CASES = {
    'while the page loads': { when: 'now' },
    'after the load event, before the idle callback': { when: 'load' },
    'after the load event, before the timer that stands in for an idle callback': {
      when: 'load',
      init: () => {
        window.requestIdleCallback = undefined;
      },
    },
  };
  for (const [name, { when, init }] of Object.entries(CASES)) {
    test(`${name}: it fetches nothing and leaves no observer, listener or timer, and is garbage-collected`, async () => {
      await withPage(openLazy(server.url('/fixtures/lazy.html'), { hold: true, init }), async (p) => {
        await observed(p, '#far');
        assert.equal((await outstanding(p)).observing, 1, 'the element is observed while it waits');
        assert.equal((await outstanding(p)).listeners, 1, 'and the page load awaited');
        await p.evaluate((when) => {
          const gone = () => {
            const el = document.getElementById('far');
            window.__weak = new WeakRef(el);
            el.remove();
          };
          // A listener added after the loader's runs after it, in the same dispatch.
          if (when === 'load') addEventListener('load', gone, { once: true });
          else gone();
        }, when);
        hero.release();
        await idleAfterLoad(p);
        const calls = await p.evaluate(() => window.__pfTrack.calls);
        if (when === 'load') assert.equal(calls.filter((c) => c === (init ? 'setTimeout' : 'requestIdleCallback')).length, 1, calls.join());
        else assert.deepEqual(calls, ['IntersectionObserver', 'addEventListener load']);
        assert.deepEqual(p.requests, [], 'nothing fetched');
        assert.deepEqual(await outstanding(p), { listeners: 0, idle: 0, timers: 0, observing: 0 });
        const cdp = await p.context().newCDPSession(p);
        for (let i = 0; i < 3; i++) {
          await p.evaluate(() => new Promise((ok) => setTimeout(ok, 0)).then(() => window.gc()));
          await cdp.send('HeapProfiler.collectGarbage');
        }
        const alive = await p.evaluate(() => ({
          element: window.__weak.deref() !== undefined,
          observers: window.__pfTrack.observers.filter((w) => w.deref()).length,
        }));
        assert.deepEqual(alive, { element: false, observers: 0 });
        assert.deepEqual(await events(p), []);
        assert.deepEqual(p.pageErrors, []);
      });
    });
  }
});

// End to end: the <program-fit> element on host pages it does not
// control. Run after `make dist`: node --test --test-concurrency=1 tests/e2e/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BROKEN_CONFIG_ROUTES,
  COACHING_ANSWERS,
  DEFAULT_CONFIG,
  MENTORING_ANSWERS,
  ROOT,
  STRICT_CSP,
  addWidget,
  answerCurrent,
  answerIn,
  askedIds,
  completeFlow,
  events,
  heading,
  launchBrowser,
  newPage,
  start,
  startServer,
  text,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';

const DIST = join(ROOT, 'dist');
const dist = (f) => readFileSync(join(DIST, f));
const sri = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');

// Generated fixtures: broken configs derived from the default one, pages
// that need the current build's hashes, and dist/ under a CDN-like path.
const ROUTES = {
  ...BROKEN_CONFIG_ROUTES,
  '/cdn/program-fit/v1/program-fit.js': () => dist('program-fit.js'),
  '/cdn/program-fit/v1/program-fit_bg.js': () => dist('program-fit_bg.js'),
  '/cdn/program-fit/v1/program-fit_bg.wasm': () => dist('program-fit_bg.wasm'),
  '/cdn/program-fit/v1/program-fit.css': () => dist('program-fit.css'),
  '/fixtures/cdn.html': () => page('<program-fit id="pf"></program-fit>', '/cdn/program-fit/v1/program-fit.js'),
  '/fixtures/sri-ok.html': () =>
    page('<program-fit id="pf"></program-fit>', '/dist/program-fit.js', sri(dist('program-fit.js'))),
  '/fixtures/sri-bad.html': () =>
    page('<program-fit id="pf"></program-fit>', '/dist/program-fit.js', sri(Buffer.from('something else'))),
  // The real loader, except that it expects a different wasm.
  '/dist/program-fit-tampered.js': () =>
    dist('program-fit.js')
      .toString()
      .replace(/PF_WASM_INTEGRITY = 'sha384-[^']+'/, `PF_WASM_INTEGRITY = '${sri(Buffer.from('not the wasm'))}'`),
  '/fixtures/wasm-tampered.html': () => page('<program-fit id="pf"></program-fit>', '/dist/program-fit-tampered.js'),
  // The real loader, except that it expects a different glue.
  '/dist/program-fit-glue-tampered.js': () =>
    dist('program-fit.js')
      .toString()
      .replace(/PF_GLUE_INTEGRITY = 'sha384-[^']+'/, `PF_GLUE_INTEGRITY = '${sri(Buffer.from('not the glue'))}'`),
  '/fixtures/glue-tampered.html': () => page('<program-fit id="pf"></program-fit>', '/dist/program-fit-glue-tampered.js'),
  // A nonce-based CSP (its header below): only the page's own tag has the nonce.
  '/fixtures/csp-nonce.html': () =>
    page('<program-fit id="pf"></program-fit>', '/dist/program-fit.js').replace('<script type="module"', '<script nonce="n0nc3" type="module"'),
};

function page(body, loader, integrity) {
  const i = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="${loader}"${i}></script></head><body><main class="wrap">${body}</main></body></html>`;
}

let browser;
let server;
let other;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: ROUTES,
    headers: {
      '/fixtures/csp-nonce.html': {
        'content-security-policy':
          "default-src 'self'; script-src 'nonce-n0nc3' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'",
      },
    },
  });
  other = await startServer({ routes: ROUTES });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** A fresh page (own context) on a fixture, waiting for `ready` unless told not to. */
async function open(path, { ready = 1, context } = {}) {
  const p = await newPage(browser, { context });
  await p.goto(server.url(path));
  if (ready) await waitForEvent(p, 'program-fit:ready', { count: ready });
  return p;
}

/** A blank page with one widget added with `attrs` (plus `id`). */
async function openWidget(attrs, { context, ready = true, inline } = {}) {
  const p = await newPage(browser, { context });
  await p.goto(server.url('/fixtures/blank.html'));
  await addWidget(p, attrs, { parent: '#slot', inline });
  if (ready) await waitForEvent(p, 'program-fit:ready', { target: attrs.id });
  return p;
}

const warnings = (p) => p.consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text);
const alertIn = (p, sel) => widget(p, sel).locator('[role=alert]');

describe('bundle', () => {
  test('dist has stable names and the loader pins the wasm by its sha384 hash', () => {
    const loader = dist('program-fit.js').toString();
    const pinned = loader.match(/PF_WASM_INTEGRITY = '(sha384-[^']+)'/);
    assert.ok(pinned, 'loader carries the wasm hash');
    assert.equal(pinned[1], sri(dist('program-fit_bg.wasm')));
    assert.ok(!/from '\.\/program_fit\.js'/.test(loader), 'glue is inlined, so the loader hash covers all JS');
    const frame = dist('frame.html').toString();
    assert.ok(frame.includes(`integrity="${sri(dist('program-fit.js'))}"`));
    assert.ok(frame.includes(`integrity="${sri(dist('frame.js'))}"`));
    assert.ok(dist('program-fit.css').length > 0);
  });

  test('a loader script with a correct integrity attribute runs; a wrong one is blocked', async () => {
    await withPage(open('/fixtures/sri-ok.html'), async (ok) => {
      assert.equal((await events(ok, 'program-fit:ready')).length, 1);
    });
    await withPage(open('/fixtures/sri-bad.html', { ready: 0 }), async (bad) => {
      await bad.waitForLoadState('load');
      assert.equal(await bad.evaluate(() => customElements.get('program-fit')), undefined);
    });
  });

  test('a wasm that does not match the pinned hash is refused with a visible error', async () => {
    await withPage(open('/fixtures/wasm-tampered.html', { ready: 0 }), async (p) => {
      const [err] = await waitForEvent(p, 'program-fit:error');
      assert.equal(err.detail.kind, 'load');
      await assert.doesNotReject(alertIn(p, '#pf').waitFor());
      assert.equal(await alertIn(p, '#pf').textContent(), 'This assessment could not load. Reload the page to try again.');
      assert.deepEqual(p.pageErrors, []);
      assert.equal((await events(p, 'program-fit:ready')).length, 0);
    });
  });

  test('a glue that does not match the pinned hash is refused with a visible error, and its check leaves no script behind', async () => {
    await withPage(open('/fixtures/glue-tampered.html', { ready: 0 }), async (p) => {
      const [err] = await waitForEvent(p, 'program-fit:error');
      assert.equal(err.detail.kind, 'load');
      assert.ok(err.detail.message.startsWith(`could not load ${server.url('/dist/program-fit_bg.js')}`), err.detail.message);
      await assert.doesNotReject(alertIn(p, '#pf').waitFor());
      assert.equal(await alertIn(p, '#pf').textContent(), 'This assessment could not load. Reload the page to try again.');
      assert.equal(await p.evaluate(() => document.querySelectorAll('script[src$="program-fit_bg.js"]').length), 0);
      assert.equal(await p.evaluate(() => typeof document.getElementById('pf').version), 'undefined');
      assert.deepEqual(p.pageErrors, []);
      assert.equal((await events(p, 'program-fit:ready')).length, 0);
    });
  });

  test('the glue loads, and its check leaves no script in the page', async () => {
    await withPage(open('/fixtures/sri-ok.html'), async (p) => {
      assert.equal(await p.evaluate(() => document.querySelectorAll('script[src$="program-fit_bg.js"]').length), 0);
      assert.match(await p.evaluate(() => document.getElementById('pf').version), /^\d+\.\d+\.\d+/);
    });
  });

  test('under a nonce-based CSP the glue runs with the nonce of the loader\'s tag, and the widget works', async () => {
    await withPage(open('/fixtures/csp-nonce.html'), async (p) => {
      assert.match(await p.evaluate(() => document.getElementById('pf').version), /^\d+\.\d+\.\d+/);
      assert.deepEqual(p.pageErrors, []);
      assert.deepEqual(p.consoleMessages.filter((m) => m.type === 'error'), []);
    });
  });

  test('wasm and CSS are found relative to the loader, so dist/ can live on any path', async () => {
    await withPage(open('/fixtures/cdn.html'), async (p) => {
      const href = await p.evaluate(() => document.querySelector('program-fit').shadowRoot.querySelector('link').href);
      assert.equal(href, server.url('/cdn/program-fit/v1/program-fit.css'));
      await assert.doesNotReject(heading(p, '#pf').waitFor());
    });
  });
});

describe('the element', () => {
  test('mounts in an open shadow root, styled by a <link>, with no <style> or style attributes', async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      await completeFlow(p, '#pf');
      const dom = await p.evaluate(() => {
        const el = document.querySelector('program-fit');
        const sr = el.shadowRoot;
        const all = [...document.querySelectorAll('*'), ...sr.querySelectorAll('*')];
        return {
          mode: sr.mode,
          links: [...sr.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
          styles: all.filter((e) => e.localName === 'style').length,
          styleAttrs: all.filter((e) => e.hasAttribute('style')).length,
          lightChildren: el.children.length,
          rootClass: sr.querySelector('.pf-root') !== null,
        };
      });
      assert.deepEqual(dom, {
        mode: 'open',
        links: ['/dist/program-fit.css'],
        styles: 0,
        styleAttrs: 0,
        lightChildren: 0,
        rootClass: true,
      });
    });
  });

  test('fires ready, step, complete as bubbling, composed CustomEvents with the documented details', async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      await completeFlow(p, '#pf', MENTORING_ANSWERS);
      const all = await events(p);
      assert.ok(all.every((e) => e.bubbles && e.composed && e.target === 'pf'));
      assert.deepEqual(all[0], { type: 'program-fit:ready', target: 'pf', detail: {}, bubbles: true, composed: true });
      const steps = all.filter((e) => e.type === 'program-fit:step').map((e) => e.detail);
      const ids = DEFAULT_CONFIG.questions.map((q) => q.id);
      // Steps are numbered by config position; the coaching follow-up is not asked.
      assert.deepEqual(steps, [
        ...askedIds('mentoring').map((id) => ({ index: ids.indexOf(id), questionId: id })),
        { index: ids.length, questionId: null },
        { index: ids.length + 1, questionId: null },
      ]);
      const done = all.filter((e) => e.type === 'program-fit:complete');
      assert.equal(done.length, 1);
      const d = done[0].detail;
      assert.deepEqual(Object.keys(d).sort(), [
        'answers',
        'currency',
        'hiddenFields',
        'labels',
        'locale',
        'pivots',
        'plan',
        'reasons',
        'recommendation',
        'scores',
        'source',
      ]);
      assert.equal(d.source, 'answers');
      assert.equal(d.recommendation, 'mentoring');
      // The plan is the documented contract: mentoring coaches nobody, costs
      // stay within budget, and it relies on no more mentors than are likely.
      const { plan } = d;
      assert.equal(plan.coached, 0);
      assert.ok(plan.cost <= d.answers.budget, JSON.stringify(plan));
      assert.ok(plan.mentorsNeeded <= plan.mentorsLikely, JSON.stringify(plan));
      assert.ok(plan.mentored + plan.waiting >= d.answers.participants, JSON.stringify(plan));
      assert.ok(plan.formats.length > 0 && plan.formats.every((f) => f.startsWith('mentoring_')), JSON.stringify(plan));
      assert.deepEqual(d.answers, MENTORING_ANSWERS);
      assert.equal(d.locale, 'en');
      assert.ok(Number.isInteger(d.scores.coaching) && Number.isInteger(d.scores.mentoring));
      assert.ok(d.scores.mentoring > d.scores.coaching);
    });
  });

  test('answers getter, reset() and focus()', async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      const el = p.locator('#pf');
      assert.deepEqual(await el.evaluate((e) => e.answers), {});
      await start(p, '#pf');
      await answerCurrent(p, '#pf', 'goal', 'career');
      await answerCurrent(p, '#pf', 'audience', 'managers');
      assert.deepEqual(await el.evaluate((e) => e.answers), { goal: 'career', audience: 'managers' });

      await p.locator('#host-text').click();
      await el.evaluate((e) => e.focus());
      const focused = await p.evaluate(() => ({
        host: document.activeElement.id,
        inner: document.activeElement.shadowRoot.activeElement.className,
        text: document.activeElement.shadowRoot.activeElement.textContent,
      }));
      assert.equal(focused.host, 'pf');
      assert.match(focused.inner, /pf-focus-target/);
      assert.ok(focused.text.includes(text('q.participants.label')));

      await el.evaluate((e) => e.reset());
      assert.deepEqual(await el.evaluate((e) => e.answers), {});
      await assert.doesNotReject(widget(p, '#pf').locator('.pf-intro').waitFor());
      // reset() forgets: nothing stays in storage.
      assert.equal(await p.evaluate(() => sessionStorage.getItem('program-fit:pf')), null);
      // Several resets in one task still leave exactly one wizard.
      await el.evaluate((e) => [1, 2, 3, 4, 5].forEach(() => e.reset()));
      await widget(p, '#pf').locator('.pf-intro').waitFor();
      assert.equal(await el.evaluate((e) => e.shadowRoot.querySelectorAll('.pf-app').length), 1);
    });
  });

  test('removing unmounts cleanly; re-inserting the same element resumes', async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      await start(p, '#pf');
      await answerCurrent(p, '#pf', 'goal', 'skill');
      const emptied = await p.evaluate(() => {
        window.__detached = document.getElementById('pf');
        window.__detached.remove();
        return window.__detached.shadowRoot.querySelector('.pf-root').childNodes.length;
      });
      assert.equal(emptied, 0);
      await p.evaluate(() => document.querySelector('main').append(window.__detached));
      await waitForEvent(p, 'program-fit:ready', { count: 2 });
      assert.ok((await heading(p, '#pf').textContent()).includes(text('q.audience.label')));
      await answerCurrent(p, '#pf', 'audience', 'everyone');
      assert.deepEqual(await p.locator('#pf').evaluate((e) => e.answers), { goal: 'skill', audience: 'everyone' });
      // A fresh element built from scratch works too.
      await p.evaluate(() => {
        document.getElementById('pf').remove();
        const el = document.createElement('program-fit');
        el.id = 'fresh';
        el.setAttribute('storage', 'none');
        document.querySelector('main').append(el);
      });
      await waitForEvent(p, 'program-fit:ready', { target: 'fresh' });
      await completeFlow(p, '#fresh');
      assert.ok(!warnings(p).some((w) => w.includes('share the key')), 'a re-inserted element frees its key');
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('changing an attribute remounts with the new value', async () => {
    await withPage(openWidget({ id: 'ch', storage: 'none' }), async (p) => {
      await p.locator('#ch').evaluate((e, a) => e.setAttribute('answers', a), JSON.stringify(COACHING_ANSWERS));
      const [done] = await waitForEvent(p, 'program-fit:complete', { target: 'ch' });
      assert.deepEqual(done.detail.answers, COACHING_ANSWERS);
      await widget(p, '#ch').locator('.pf-results').waitFor();
    });
  });
});

describe('style isolation', () => {
  const PROPS = [
    'font-family', 'font-size', 'font-weight', 'font-style', 'color', 'line-height', 'letter-spacing',
    'word-spacing', 'text-transform', 'text-align', 'background-color', 'padding-top', 'padding-left',
    'margin-top', 'border-top-width', 'border-top-style', 'box-sizing', 'width', 'height',
  ];
  const INTRO = ['.pf-root', '.pf-heading', '.pf-lead', '.pf-intro .pf-list li', '.pf-button--start'];
  const QUESTION = ['.pf-heading', '.pf-hint', '.pf-radio__label', 'form button[type=submit]', '.pf-back'];

  function snapshot(path) {
    return withPage(open(path), async (p) => {
      const take = (sels) =>
        p.evaluate(
          ([sels, props]) => {
            const sr = document.getElementById('pf').shadowRoot;
            return Object.fromEntries(
              sels.map((s) => {
                const el = sr.querySelector(s);
                if (!el) return [s, null];
                const cs = getComputedStyle(el);
                return [s, Object.fromEntries(props.map((k) => [k, cs.getPropertyValue(k)]))];
              }),
            );
          },
          [sels, PROPS],
        );
      const intro = await take(INTRO);
      await start(p, '#pf');
      await heading(p, '#pf').waitFor();
      // The click leaves the pointer over whatever the next screen puts there;
      // a hover (and its transition) is not what this test compares.
      await p.mouse.move(0, 0);
      await p.emulateMedia({ reducedMotion: 'reduce' });
      const question = await take(QUESTION);
      return { intro, question };
    });
  }

  test('hostile host CSS (* !important, html font-size 8px) does not change how the widget looks', async () => {
    const plain = await snapshot('/fixtures/plain.html');
    const hostile = await snapshot('/fixtures/hostile.html');
    for (const screen of ['intro', 'question']) {
      for (const [sel, styles] of Object.entries(plain[screen])) {
        assert.ok(styles, `${sel} exists on the ${screen} screen`);
        assert.deepEqual(hostile[screen][sel], styles, `${screen} ${sel}`);
      }
    }
    // The hostile sheet really applied to the host page.
    await withPage(open('/fixtures/hostile.html'), async (p) => {
      assert.equal(await p.locator('#host-text').evaluate((e) => getComputedStyle(e).textTransform), 'uppercase');
    });
  });

  test("the widget's CSS never reaches host elements, even ones using its class names", async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      const diff = await p.evaluate((props) => {
        const pick = (el) => Object.fromEntries(props.map((k) => [k, getComputedStyle(el).getPropertyValue(k)]));
        const a = document.querySelectorAll('#host-classes > *');
        const b = document.querySelectorAll('#host-bare > *');
        return [...a].map((el, i) => [el.className, pick(el), pick(b[i])]);
      }, PROPS);
      for (const [cls, withClass, bare] of diff) assert.deepEqual(withClass, bare, cls);
    });
  });
});

describe('strict CSP', () => {
  test('renders and completes with zero securitypolicyviolation events', async () => {
    await withPage(newPage(browser), async (p) => {
      const res = await p.goto(server.url('/fixtures/csp-strict.html'));
      assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
      await waitForEvent(p, 'program-fit:ready');
      await completeFlow(p, '#pf', COACHING_ANSWERS);
      await p.locator('#pf').evaluate((e) => e.reset());
      await widget(p, '#pf').locator('.pf-intro').waitFor();
      assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('the demo page also works under the strict policy', async () => {
    const strict = await startServer({ csp: true });
    try {
      await withPage(newPage(browser), async (p) => {
        const res = await p.goto(strict.url('/'));
        assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
        await waitForEvent(p, 'program-fit:ready');
        const id = await p.evaluate(() => document.querySelector('program-fit').id);
        await completeFlow(p, id ? `#${id}` : 'program-fit');
        assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
        assert.deepEqual(p.pageErrors, []);
      });
    } finally {
      await strict.close();
    }
  });
});

describe('several instances', () => {
  test('instances without ids on one config get a warning that they share progress', async () => {
    await withPage(openWidget({}), async (p) => {
      assert.ok(!warnings(p).some((w) => w.includes('share the key')));
      await addWidget(p, {}, { parent: '#slot' });
      await waitForEvent(p, 'program-fit:ready', { count: 2 });
      assert.ok(warnings(p).some((w) => w.includes('"program-fit:default"') && w.includes('own id')), warnings(p).join('\n'));
    });
  });

  test('state, storage keys, events and focus are independent', async () => {
    await withPage(open('/fixtures/two.html', { ready: 2 }), async (p) => {
      await start(p, '#a');
      await answerCurrent(p, '#a', 'goal', 'knowledge');
      assert.deepEqual(await p.locator('#a').evaluate((e) => e.answers), { goal: 'knowledge' });
      assert.deepEqual(await p.locator('#b').evaluate((e) => e.answers), {});
      await assert.doesNotReject(widget(p, '#b').locator('.pf-intro').waitFor());

      await start(p, '#b');
      await answerCurrent(p, '#b', 'goal', 'skill');
      assert.deepEqual(await p.locator('#a').evaluate((e) => e.answers), { goal: 'knowledge' });
      const keys = await p.evaluate(() => Object.keys(sessionStorage).sort());
      assert.deepEqual(keys, ['program-fit:a', 'program-fit:b']);

      const steps = await events(p, 'program-fit:step');
      assert.deepEqual(
        steps.map((e) => [e.target, e.detail.index]),
        [['a', 0], ['a', 1], ['b', 0], ['b', 1]],
      );

      await p.locator('#b').evaluate((e) => e.focus());
      assert.equal(await p.evaluate(() => document.activeElement.id), 'b');
      assert.ok((await heading(p, '#b').textContent()).includes(text('q.audience.label')));
      assert.deepEqual(await p.locator('#b').evaluate((e) => e.answers), { goal: 'skill' });
    });
  });
});

describe('bad config', () => {
  const CASES = {
    malformed: ['config', ['bad-malformed.json', 'not valid JSON']],
    'wrong-types': ['config', ['bad-types.json', 'questions: must be a list in square brackets, like [ … ], not the number 42']],
    semantic: ['config', ['questions[0].options: must not be empty', 'questions[2].min']],
    missing: ['config-fetch', ['no-such-config.json', '404']],
    network: ['config-fetch', ['/__drop', 'network error']],
    'js-cta': ['config', ['cta.url', 'script and data URLs are not allowed']],
    'inline-bad': ['config', [text('error.inline_source'), 'not valid JSON']],
  };

  // The test server is on 127.0.0.1, so each box lists its problems (the
  // visitors' short box: config-errors.test.mjs).
  test('each broken instance shows an alert saying what and where, fires error; the good one works', async () => {
    await withPage(open('/fixtures/bad-config.html'), async (p) => {
      await waitForEvent(p, 'program-fit:error', { count: Object.keys(CASES).length });
      for (const [id, [kind, needles]] of Object.entries(CASES)) {
        const box = alertIn(p, `#${id}`);
        await box.waitFor();
        const shown = await box.textContent();
        assert.ok(shown.includes(text('error.title')), `${id}: title`);
        for (const n of needles) assert.ok(shown.includes(n), `${id}: alert mentions ${n}: ${shown}`);
        const errs = await events(p, 'program-fit:error', id);
        assert.equal(errs.length, 1, id);
        assert.equal(errs[0].detail.kind, kind, id);
        for (const n of needles) assert.ok(errs[0].detail.message.includes(n), `${id}: message mentions ${n}`);
        assert.ok(errs[0].detail.problems.length > 0, `${id}: problems`);
        assert.equal((await events(p, 'program-fit:ready', id)).length, 0, `${id}: no ready`);
      }
      assert.equal((await events(p, 'program-fit:ready')).map((e) => e.target).join(), 'good');
      await completeFlow(p, '#good');
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('the config URL is fetched once, however many instances and re-inserts', async () => {
    await withPage(newPage(browser), async (p) => {
      let fetches = 0;
      p.on('request', (r) => r.url().endsWith('/config/default.json') && fetches++);
      await p.goto(server.url('/fixtures/two.html'));
      await waitForEvent(p, 'program-fit:ready', { count: 2 });
      await p.evaluate(() => {
        const b = document.getElementById('b');
        b.remove();
        document.querySelector('main').append(b);
      });
      await waitForEvent(p, 'program-fit:ready', { count: 3 });
      assert.equal(fetches, 1);
    });
  });
});

describe('answers attribute', () => {
  const BAD = {
    'not JSON': '{goal: skill',
    'an array': '["skill"]',
    'unknown ids': '{"colour":"blue","goal":"astrology"}',
    'negative and huge numbers': '{"participants":-5,"budget":1e300}',
    markup: '{"goal":"<img src=x onerror=window.__xss=1>","participants":"<script>window.__xss=2</script>"}',
  };

  for (const [name, value] of Object.entries(BAD)) {
    test(`${name}: starts normally, warns, completes nothing, interprets no markup`, async () => {
      await withPage(openWidget({ id: 'pre', answers: value }), async (p) => {
        await assert.doesNotReject(widget(p, '#pre').locator('.pf-intro').waitFor());
        assert.deepEqual(await p.locator('#pre').evaluate((e) => e.answers), {});
        assert.ok(warnings(p).some((w) => w.includes('prefilled answer')), 'console warning');
        assert.equal((await events(p, 'program-fit:complete')).length, 0);
        const html = await p.evaluate(() => document.getElementById('pre').shadowRoot.innerHTML);
        assert.ok(!/<img|<script/i.test(html));
        assert.equal(await p.evaluate(() => window.__xss), undefined);
        assert.deepEqual(p.pageErrors, []);
      });
    });
  }

  test('a partly valid prefill keeps the valid answers and drops the rest', async () => {
    await withPage(openWidget({ id: 'pre', answers: '{"goal":"career","participants":-1,"budget":5000,"nope":1}' }), async (p) => {
      assert.deepEqual(await p.locator('#pre').evaluate((e) => e.answers), { goal: 'career', budget: 5000 });
      assert.equal(warnings(p).filter((w) => w.includes('prefilled answer')).length, 2);
      assert.equal((await events(p, 'program-fit:complete')).length, 0);
    });
  });

  test('a complete, valid prefill opens on the results and fires complete', async () => {
    await withPage(openWidget({ id: 'pre', answers: JSON.stringify(COACHING_ANSWERS) }), async (p) => {
      const [done] = await waitForEvent(p, 'program-fit:complete', { target: 'pre' });
      assert.equal(done.detail.recommendation, 'coaching');
      assert.deepEqual(done.detail.answers, COACHING_ANSWERS);
      // Ten 6-month executive engagements at $15,000 fit the $200,000 budget.
      assert.deepEqual(done.detail.plan, {
        coached: 10, mentored: 0, reached: 10, waiting: 0, cost: 150000, fundingGap: 0,
        mentorsNeeded: 0, mentorsLikely: 1, mentorShortfall: 0, formats: ['individual_coaching'],
        mentorTimeCost: 0, mentoringParts: [], preferenceOverridden: [], alternatives: [], closeCall: false,
        starts: [{ quarter: 1, format: 'individual_coaching', people: 10 }],
      });
      await assert.doesNotReject(widget(p, '#pre').locator('.pf-results').waitFor());
      const order = (await events(p)).map((e) => e.type);
      assert.ok(order.indexOf('program-fit:ready') < order.indexOf('program-fit:complete'));
    });
  });
});

describe('persistence', () => {
  async function answerTwo(p, id) {
    await start(p, `#${id}`);
    await answerCurrent(p, `#${id}`, 'goal', 'leadership');
    await answerCurrent(p, `#${id}`, 'audience', 'managers');
  }

  test('session storage: progress survives a reload; stored as versioned ids and numbers only', async () => {
    await withPage(openWidget({ id: 's' }), async (p) => {
      await answerTwo(p, 's');
      await answerCurrent(p, '#s', 'participants', 120);
      // Typed but not submitted: a draft, never stored.
      await widget(p, '#s').locator('input[name=budget]').fill('12345 my secret');
      const raw = await p.evaluate(() => sessionStorage.getItem('program-fit:s'));
      assert.deepEqual(JSON.parse(raw), {
        app: 'program-fit',
        v: 1,
        screen: { question: 3 },
        answers: { audience: 'managers', goal: 'leadership', participants: 120 },
      });
      assert.ok(!raw.includes('secret') && !raw.includes('12345'));
      await p.reload();
      await addWidget(p, { id: 's' }, { parent: '#slot' });
      await waitForEvent(p, 'program-fit:ready', { target: 's' });
      assert.ok((await heading(p, '#s').textContent()).includes(text('q.budget.label')));
      assert.deepEqual(await p.locator('#s').evaluate((e) => e.answers), {
        goal: 'leadership',
        audience: 'managers',
        participants: 120,
      });
    });
  });

  test('local storage survives into a new tab; session storage does not', async () => {
    await withPage(openWidget({ id: 'l', storage: 'local' }), async (p) => {
      await answerTwo(p, 'l');
      await addWidget(p, { id: 'sess' }, { parent: '#slot' });
      await waitForEvent(p, 'program-fit:ready', { target: 'sess' });
      await answerTwo(p, 'sess');
      const tab = await p.context().newPage();
      await tab.goto(server.url('/fixtures/blank.html'));
      await addWidget(tab, { id: 'l', storage: 'local' }, { parent: '#slot' });
      await addWidget(tab, { id: 'sess' }, { parent: '#slot' });
      await tab.locator('#l').locator('.pf-question').waitFor();
      assert.deepEqual(await tab.locator('#l').evaluate((e) => e.answers), { goal: 'leadership', audience: 'managers' });
      await tab.locator('#sess').locator('.pf-intro').waitFor();
      assert.deepEqual(await tab.locator('#sess').evaluate((e) => e.answers), {});
    });
  });

  test('storage="none" keeps nothing', async () => {
    await withPage(openWidget({ id: 'n', storage: 'none' }), async (p) => {
      await answerTwo(p, 'n');
      assert.deepEqual(await p.evaluate(() => [sessionStorage.length, localStorage.length]), [0, 0]);
      await p.reload();
      await addWidget(p, { id: 'n', storage: 'none' }, { parent: '#slot' });
      await widget(p, '#n').locator('.pf-intro').waitFor();
    });
  });

  const STALE = {
    garbled: '{"app":"program-fit","v":1,"screen":',
    'an old schema version': '{"app":"program-fit","v":0,"screen":"check","answers":{"goal":"skill"}}',
    'a future schema version': '{"app":"program-fit","v":2,"step":3}',
    "another app's data": '{"user":"alice","token":"x"}',
    'answers that no longer fit': '{"app":"program-fit","v":1,"screen":"results","answers":{"goal":"telepathy"}}',
    'an impossible screen': '{"app":"program-fit","v":1,"screen":{"question":"<b>"},"answers":{}}',
  };
  for (const [name, raw] of Object.entries(STALE)) {
    test(`${name} in storage: fresh start with a console warning`, async () => {
      await withPage(newPage(browser), async (p) => {
        await p.goto(server.url('/fixtures/blank.html'));
        await p.evaluate((raw) => sessionStorage.setItem('program-fit:g', raw), raw);
        await addWidget(p, { id: 'g' }, { parent: '#slot' });
        await waitForEvent(p, 'program-fit:ready', { target: 'g' });
        await assert.doesNotReject(widget(p, '#g').locator('.pf-intro').waitFor());
        assert.ok(warnings(p).some((w) => w.includes('discarding stored progress')), warnings(p).join('\n'));
        assert.equal((await events(p, 'program-fit:complete')).length, 0);
        assert.deepEqual(p.pageErrors, []);
        await completeFlow(p, '#g');
      });
    });
  }

  test('storage that throws (private mode, SecurityError) falls back to memory', async () => {
    await withPage(newPage(browser), async (p) => {
      await p.addInitScript(() => {
        for (const name of ['sessionStorage', 'localStorage']) {
          Object.defineProperty(window, name, {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }
      });
      await p.goto(server.url('/fixtures/blank.html'));
      await addWidget(p, { id: 'm' }, { parent: '#slot' });
      await waitForEvent(p, 'program-fit:ready', { target: 'm' });
      assert.ok(warnings(p).some((w) => w.includes('kept in memory')));
      await answerTwo(p, 'm');
      await p.evaluate(() => {
        const el = document.getElementById('m');
        el.remove();
        document.getElementById('slot').append(el);
      });
      await waitForEvent(p, 'program-fit:ready', { target: 'm', count: 2 });
      assert.deepEqual(await p.locator('#m').evaluate((e) => e.answers), { goal: 'leadership', audience: 'managers' });
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('a full quota (setItem throws) falls back to memory', async () => {
    await withPage(newPage(browser), async (p) => {
      await p.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('quota', 'QuotaExceededError');
        };
      });
      await p.goto(server.url('/fixtures/blank.html'));
      await addWidget(p, { id: 'q' }, { parent: '#slot' });
      await waitForEvent(p, 'program-fit:ready', { target: 'q' });
      await completeFlow(p, '#q');
      assert.ok(warnings(p).some((w) => w.includes('kept in memory')));
      assert.deepEqual(p.pageErrors, []);
    });
  });
});

describe('share link', () => {
  test('"Copy link" puts the answers in the fragment; opening it shows the results', async () => {
    await withPage(openWidget({ id: 'sh' }, { context: { permissions: ['clipboard-read', 'clipboard-write'] } }), async (p) => {
      await p.evaluate(() => history.replaceState(null, '', '#host-anchor'));
      await completeFlow(p, '#sh', MENTORING_ANSWERS);
      await widget(p, '#sh').getByRole('button', { name: text('ui.actions.share') }).click();
      const shown = widget(p, '#sh').locator('.pf-share input');
      await shown.waitFor();
      const url = p.url();
      assert.equal(await shown.inputValue(), url);
      const frag = new URL(url).hash;
      assert.match(frag, /^#host-anchor&pf-sh=1,/);
      assert.ok(!/%3C|<|script/i.test(frag));
      assert.equal(await p.evaluate(() => navigator.clipboard.readText()), url);
      // It says so, politely, once the browser has copied it.
      const status = widget(p, '#sh').locator('.pf-share__status[aria-live=polite]');
      await status.filter({ hasText: text('ui.actions.copy_done') }).waitFor();

      await withPage(newPage(browser), async (q) => {
        await q.goto(url);
        await addWidget(q, { id: 'sh' }, { parent: '#slot' });
        const [done] = await waitForEvent(q, 'program-fit:complete', { target: 'sh' });
        assert.equal(done.detail.recommendation, 'mentoring');
        assert.deepEqual(done.detail.answers, MENTORING_ANSWERS);
        await widget(q, '#sh').locator('.pf-results').waitFor();
        // Another instance on that page ignores it.
        await addWidget(q, { id: 'other' }, { parent: '#slot' });
        await widget(q, '#other').locator('.pf-intro').waitFor();
      });
    });
  });

  test('"Copy link" says when the browser refused to copy, and shows the link to copy by hand', async () => {
    await withPage(openWidget({ id: 'sh' }), async (p) => {
      await p.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      await completeFlow(p, '#sh', MENTORING_ANSWERS);
      await widget(p, '#sh').getByRole('button', { name: text('ui.actions.share') }).click();
      const status = widget(p, '#sh').locator('.pf-share__status[aria-live=polite]');
      await status.filter({ hasText: text('ui.actions.copy_refused') }).waitFor();
      assert.equal(await widget(p, '#sh').locator('.pf-share input').inputValue(), p.url());
      assert.ok(!(await status.textContent()).includes(text('ui.actions.copy_done')));
      assert.deepEqual(p.pageErrors, []);
    });
  });

  const TAMPERED = {
    'unknown option': 'pf-t=1,goal:telepathy,audience:managers',
    'markup value': 'pf-t=1,goal:%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E',
    'negative number': 'pf-t=1,participants:-5',
    'huge number': 'pf-t=1,participants:99999999999999999999999999',
    'future version': 'pf-t=9,goal:skill',
    'broken escapes': 'pf-t=1,goal:%ZZ',
    incomplete: 'pf-t=1,goal:skill',
    'not ours at all': 'pf-t=<script>alert(1)</script>',
  };
  for (const [name, frag] of Object.entries(TAMPERED)) {
    test(`a tampered fragment (${name}) is ignored safely`, async () => {
      await withPage(newPage(browser), async (p) => {
        p.on('dialog', (d) => d.dismiss());
        await p.goto(server.url('/fixtures/blank.html#' + frag));
        await addWidget(p, { id: 't' }, { parent: '#slot' });
        await waitForEvent(p, 'program-fit:ready', { target: 't' });
        await widget(p, '#t').locator('.pf-intro').waitFor();
        assert.deepEqual(await p.locator('#t').evaluate((e) => e.answers), {});
        assert.equal((await events(p, 'program-fit:complete')).length, 0);
        assert.ok(warnings(p).some((w) => w.includes('share link')));
        assert.equal(await p.evaluate(() => window.__xss), undefined);
        assert.deepEqual(p.pageErrors, []);
      });
    });
  }
});

describe('iframe mode', () => {
  const hostUrl = (params) => server.url('/fixtures/iframe-host.html?' + new URLSearchParams(params));

  test('posts only to parent-origin: events and heights; the documented snippet resizes the frame', async () => {
    await withPage(newPage(browser), async (p) => {
      await p.goto(hostUrl({ 'frame-origin': other.origin }));
      await p.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:ready'));
      const frame = p.frameLocator('#program-fit');
      await frame.locator('program-fit .pf-intro').waitFor();
      const fr = p.frames().find((f) => f.url().startsWith(other.origin));
      await completeFlowIn(fr);
      await p.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:complete'));
      const msgs = await p.evaluate(() => window.__messages);
      assert.ok(msgs.every((m) => m.origin === other.origin));
      for (const m of msgs) {
        assert.deepEqual(Object.keys(m.data).sort(), ['detail', 'instanceId', 'type', 'version']);
        assert.equal(m.data.instanceId, 'fit1');
        assert.equal(m.data.version, 1);
      }
      const types = new Set(msgs.map((m) => m.data.type));
      for (const t of ['program-fit:ready', 'program-fit:step', 'program-fit:complete', 'program-fit:height']) {
        assert.ok(types.has(t), t);
      }
      const complete = msgs.find((m) => m.data.type === 'program-fit:complete');
      assert.deepEqual(complete.data.detail.answers, COACHING_ANSWERS);
      const heights = msgs.filter((m) => m.data.type === 'program-fit:height').map((m) => m.data.detail.height);
      const last = heights.at(-1);
      assert.ok(last > 300, `results are tall: ${heights}`);
      await p.waitForFunction((h) => document.getElementById('program-fit').height === String(h), last);
      const docHeight = await fr.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      assert.equal(docHeight, last);
      // frame.html is served with the strict CSP; nothing in it may violate it.
      assert.deepEqual(await fr.evaluate(() => window.__pfCspViolations), []);
      // The parent may command the frame.
      await p.evaluate((o) => document.getElementById('program-fit').contentWindow.postMessage({ type: 'program-fit:get-answers' }, o), other.origin);
      await p.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:answers'));
      const reply = (await p.evaluate(() => window.__messages)).find((m) => m.data.type === 'program-fit:answers');
      assert.deepEqual(reply.data.detail, COACHING_ANSWERS);
      await p.evaluate((o) => document.getElementById('program-fit').contentWindow.postMessage({ type: 'program-fit:reset' }, o), other.origin);
      await frame.locator('program-fit .pf-intro').waitFor();
      assert.deepEqual(p.pageErrors, []);
      assert.ok(!readFileSync(join(ROOT, 'web/frame.js'), 'utf8').match(/postMessage\([^)]*['"]\*['"]/));
    });
  });

  test('with another parent-origin, the host receives nothing and its commands are ignored', async () => {
    await withPage(newPage(browser), async (p) => {
      await p.goto(hostUrl({ 'frame-origin': other.origin, 'parent-origin': 'https://example.com' }));
      const frame = p.frameLocator('#program-fit');
      await frame.locator('program-fit .pf-intro').waitFor();
      const fr = p.frames().find((f) => f.url().startsWith(other.origin));
      await fr.locator('.pf-button--start').click();
      await fr.locator('.pf-question').waitFor();
      // Record deliveries in the frame (after frame.js's own listener ran).
      await fr.evaluate(() => {
        window.__received = 0;
        addEventListener('message', () => window.__received++);
      });
      await p.evaluate((o) => document.getElementById('program-fit').contentWindow.postMessage({ type: 'program-fit:reset' }, o), other.origin);
      await fr.waitForFunction(() => window.__received === 1);
      assert.equal(await fr.locator('.pf-question').count(), 1);
      assert.deepEqual(await p.evaluate(() => window.__messages), []);
    });
  });

  async function completeFlowIn(fr) {
    await fr.locator('.pf-button--start').click();
    for (const id of askedIds('coaching')) await answerIn(fr, id, COACHING_ANSWERS[id]);
    await fr.locator('.pf-check > button.pf-button').click();
  }
});

describe('panics', () => {
  test('a Rust panic becomes an in-widget error and an error event, never an uncaught exception', async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      await start(p, '#pf');
      await p.locator('#pf').evaluate((e) => e.simulatePanic());
      const [err] = await waitForEvent(p, 'program-fit:error', { target: 'pf' });
      assert.equal(err.detail.kind, 'panic');
      assert.match(err.detail.message, /simulate_panic/);
      const box = alertIn(p, '#pf');
      await box.waitFor();
      assert.ok((await box.textContent()).includes(text('error.panic')));
      assert.ok(await box.isVisible());
      // The dead module is never called again: the API degrades, it does not throw.
      assert.deepEqual(await p.locator('#pf').evaluate((e) => (e.reset(), e.answers)), {});
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('a panic in a browser callback (as in an event handler) is reported the same way', async () => {
    await withPage(open('/fixtures/two.html', { ready: 2 }), async (p) => {
      await start(p, '#a');
      await p.locator('#a').evaluate((e) => e.simulatePanic({ deferred: true }));
      await waitForEvent(p, 'program-fit:error', { count: 2 });
      // The module is shared, so every live instance reports it.
      for (const id of ['a', 'b']) {
        const [err] = await events(p, 'program-fit:error', id);
        assert.equal(err.detail.kind, 'panic');
        assert.match(err.detail.message, /simulate_panic\(deferred\)/);
        await alertIn(p, `#${id}`).waitFor();
      }
      // Let the trap's error event pass through the page.
      await p.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('an element added after a panic says the assessment stopped, not that it could not load', async () => {
    await withPage(open('/fixtures/plain.html'), async (p) => {
      await p.locator('#pf').evaluate((e) => e.simulatePanic());
      await waitForEvent(p, 'program-fit:error', { target: 'pf' });
      await addWidget(p, { id: 'late' }, { parent: 'main' });
      const [err] = await waitForEvent(p, 'program-fit:error', { target: 'late' });
      assert.equal(err.detail.kind, 'panic');
      const box = alertIn(p, '#late');
      await box.waitFor();
      assert.equal(await box.textContent(), 'This assessment stopped after an internal error. Reload the page to start again.');
      assert.deepEqual(p.pageErrors, []);
    });
  });
});

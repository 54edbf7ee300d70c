// The cross-engine end-to-end suite: what can differ between browser
// engines, run over plain W3C WebDriver. firefox.test.mjs and
// webkit.test.mjs each call engineSuite() with their engine; the Chromium
// suite (tests/e2e/, Playwright) covers everything in more depth.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, startServer } from '../e2e/server.mjs';
import { ELEMENT, ENGINES, KEY, launch } from './webdriver.mjs';
import { BROKEN_CONFIG_ROUTES, COACHING_ANSWERS, DEFAULT_CONFIG, HYBRID_ANSWERS, MENTORING_ANSWERS, askedIds } from '../e2e/helpers.mjs';
import { LIFECYCLE_SETUP, installLifecycle, lifecycleRoutes } from '../e2e/lifecycle-page.mjs';
import { fetchesUnder, heroGate, widgetFetches } from '../e2e/lazy-page.mjs';
import { afterLoadScript } from '../e2e/doc-blocks.mjs';

const CONFIG = JSON.parse(readFileSync(join(ROOT, 'config/default.json'), 'utf8'));
const T = CONFIG.texts.en;
const ES = JSON.parse(readFileSync(join(ROOT, 'locales/es.json'), 'utf8'));
const QUESTIONS = CONFIG.questions;
const QUESTION_IDS = QUESTIONS.map((q) => q.id);
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const RECORDER = readFileSync(join(ROOT, 'tests/engines/recorder.js'), 'utf8');


/** A fixture page with the recorder loaded before anything else. */
const withRecorder = (file) => () =>
  readFileSync(file, 'utf8').replace(
    '<meta charset="utf-8">',
    '<meta charset="utf-8">\n<script src="/engines/recorder.js"></script>',
  );

// lazy.html's image, which a test can hold back (and the load event with it).
const HERO = heroGate();

// The README's script that adds the loader at the page's load, as written
// there, with the loader where the test server has it.
const AFTER_LOAD_JS = afterLoadScript('/dist/program-fit.js');

// The existing fixtures (and the demo page), each with the recorder, plus
// the generated broken configs that bad-config.html refers to.
const ROUTES = {
  ...HERO.routes,
  '/fixtures/lazy.html': withRecorder(join(FIXTURES, 'lazy.html')),
  '/engines/recorder.js': RECORDER,
  // Under the strict CSP (a csp-*.html page): the loader added at the load event.
  '/fixtures/csp-after-load.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script src="/engines/recorder.js"></script></head>
<body><main><program-fit id="pf"></program-fit><script type="module" src="/engines/after-load.js"></script></main></body></html>`,
  '/engines/after-load.js': AFTER_LOAD_JS,
  '/': withRecorder(join(ROOT, 'index.html')),
  '/fixtures/plain.html': withRecorder(join(FIXTURES, 'plain.html')),
  '/fixtures/blank.html': withRecorder(join(FIXTURES, 'blank.html')),
  '/fixtures/csp-strict.html': withRecorder(join(FIXTURES, 'csp-strict.html')),
  '/fixtures/bad-config.html': withRecorder(join(FIXTURES, 'bad-config.html')),
  ...BROKEN_CONFIG_ROUTES,
  // The real loader, except that it expects a different glue.
  '/dist/program-fit-glue-tampered.js': () =>
    readFileSync(join(ROOT, 'dist/program-fit.js'), 'utf8').replace(
      /PF_GLUE_INTEGRITY = 'sha384-[^']+'/,
      `PF_GLUE_INTEGRITY = 'sha384-${createHash('sha384').update('not the glue').digest('base64')}'`,
    ),
  '/fixtures/glue-tampered.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script src="/engines/recorder.js"></script>
<script type="module" src="/dist/program-fit-glue-tampered.js"></script></head>
<body><main><program-fit id="pf" loading="eager"></program-fit></main></body></html>`,
};

// Page-side helpers, prepended to the scripts that need them.
const PAGE = `
  const sr = (host) => document.querySelector(host).shadowRoot;
  const $ = (host, sel) => sr(host).querySelector(sel);
  const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
`;

/** Pages in a PDF (page objects, looking into compressed object streams too). */
function pdfPages(pdf) {
  const raw = pdf.toString('latin1');
  let text = raw;
  const streams = /stream\r?\n/g;
  for (let m; (m = streams.exec(raw)); ) {
    const start = m.index + m[0].length;
    try {
      text += inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      // Not a deflated stream (images, fonts in other encodings).
    }
  }
  return (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

/** Defines the whole suite for one engine (a key of ENGINES). */
export function engineSuite(engine) {
  const NAME = ENGINES[engine].name;
  let browser;
  let s; // the WebDriver session
  let server;
  let strictServer;

  before(async () => {
    server = await startServer({ routes: ROUTES });
    strictServer = await startServer({ csp: true, routes: ROUTES });
    browser = await launch(engine);
    s = browser.session;
    await s.setWindowRect({ width: 1280, height: 900 });
  });

  after(async () => {
    HERO.release();
    await browser?.close();
    await server?.close();
    await strictServer?.close();
  });

  // ---- page helpers --------------------------------------------------------

  /** Navigates to a fresh page: storage of that origin cleared first. */
  async function open(url, { ready = 1 } = {}) {
    await s.navigate(url);
    await s.execute('sessionStorage.clear(); localStorage.clear();');
    // Clearing came after the widget read its storage: load once more.
    await s.refresh();
    if (ready) await waitEvent('program-fit:ready', { count: ready });
  }

  const run = (body, args) => s.execute(PAGE + body, args);
  const pageErrors = () => s.execute('return window.__pfErrors;');
  const warnings = () => s.execute('return window.__pfWarnings;');

  /** Recorded events, optionally of one type and/or from one element id. */
  function events(type, target) {
    return s.execute(
      'const [type, target] = arguments; return window.__pfEvents.filter((e) => (!type || e.type === type) && (!target || e.target === target));',
      [type ?? null, target ?? null],
    );
  }

  async function waitEvent(type, { target, count = 1 } = {}) {
    try {
      await s.waitFor(
        'const [type, target, count] = arguments; return window.__pfEvents.filter((e) => e.type === type && (!target || e.target === target)).length >= count;',
        [type, target ?? null, count],
        { what: `${count} × ${type}${target ? ' from #' + target : ''}` },
      );
    } catch (e) {
      // Say why, when the page knows: an uncaught error is the usual reason.
      const errors = await pageErrors().catch(() => null);
      if (errors?.length) e.message += `; page errors: ${errors.join(' | ')}`;
      throw e;
    }
    return events(type, target);
  }

  /** Waits until `sel` in the widget's shadow root is rendered. */
  function waitShown(host, sel) {
    return s.waitFor(PAGE + 'return shown($(arguments[0], arguments[1]));', [host, sel], {
      what: `${host} ${sel} shown`,
    });
  }

  /** The current screen's heading text. */
  const headingText = (host) => run("return $(arguments[0], '.pf-focus-target')?.textContent ?? null;", [host]);

  async function waitHeading(host, text) {
    try {
      return await s.waitFor(
        PAGE + "return ($(arguments[0], '.pf-focus-target')?.textContent ?? '').includes(arguments[1]);",
        [host, text],
        { what: `heading "${text}"` },
      );
    } catch (e) {
      // Say where the widget is instead, and what the page saw on the way.
      const alert = () => run("return $(arguments[0], '.pf-error-summary')?.textContent ?? null;", [host]);
      const seen = await Promise.all([headingText(host), alert(), events(), pageErrors()]).catch(() => null);
      if (seen) {
        const [heading, error, evs, errors] = seen;
        const types = evs.map((x) => x.type.replace('program-fit:', '')).join(' ');
        e.message += `; the heading reads ${JSON.stringify(heading)}; error summary: ${JSON.stringify(error)}; events: ${types}; page errors: ${JSON.stringify(errors)}`;
      }
      throw e;
    }
  }

  /** A WebDriver element reference to `sel` inside the widget's shadow root. */
  async function element(host, sel) {
    const ref = await run('return $(arguments[0], arguments[1]);', [host, sel]);
    assert.ok(ref && ref[ELEMENT], `no ${sel} in ${host}`);
    return ref[ELEMENT];
  }

  /** A real (WebDriver Element Click) click on an element in the shadow root. */
  async function click(host, sel) {
    const el = await element(host, sel);
    try {
      await s.click(el);
    } catch (e) {
      const where = await run(
        `const el = $(arguments[0], arguments[1]); const r = el.getBoundingClientRect();
         const at = sr(arguments[0]).elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
         return { rect: [r.x, r.y, r.width, r.height], scrollY, innerHeight, at: at && (at.localName + '.' + at.className) };`,
        [host, sel],
      );
      e.message += ` (clicking ${host} ${sel}: ${JSON.stringify(where)})`;
      throw e;
    }
  }

  /** Clicks the button in the shadow root whose text is `text`. */
  async function clickButton(host, text) {
    const ref = await run(
      "return [...sr(arguments[0]).querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[1]) ?? null;",
      [host, text],
    );
    assert.ok(ref && ref[ELEMENT], `no button "${text}" in ${host}`);
    await s.click(ref[ELEMENT]);
  }

  /** Appends a <program-fit> with these attributes to #slot (blank.html). */
  function addWidget(attrs) {
    return s.execute(
      `const el = document.createElement('program-fit');
       for (const [k, v] of Object.entries(arguments[0])) el.setAttribute(k, v);
       document.getElementById('slot').append(el);`,
      [attrs],
    );
  }

  /** Answers the question on screen by clicking (numbers are typed) and submits; without a value, skips it. */
  async function answerByMouse(host, id, value) {
    if (value === undefined) {
      await click(host, 'form button.pf-button--skip');
      return;
    }
    const q = DEFAULT_CONFIG.questions.find((x) => x.id === id);
    if (q?.kind === 'number' && typeof value === 'string') {
      // A rough answer ("some") to a number question: its button answers and moves on.
      const n = q.options.findIndex((o) => o.id === value) + 1;
      await click(host, `.pf-rough .pf-button-group > button:nth-child(${n})`);
      return;
    }
    if (typeof value === 'number') {
      // Element Send Keys focuses the field itself. No click first:
      // WebKitWebDriver 2.50 answers "element click intercepted" for an
      // <input> inside a shadow root, though the input is on top there.
      await s.sendKeys(await element(host, `#pf-q-${id}`), String(value));
    } else {
      await click(host, `label[for="pf-q-${id}-${value}"]`);
      // What a person sees before they go on: the choice taken.
      await s.waitFor(PAGE + 'return $(arguments[0], arguments[1])?.checked;', [host, `#pf-q-${id}-${value}`], {
        what: `${id} = ${value} checked`,
      });
    }
    await click(host, 'form button[type=submit]');
  }

  /** Start, answer every question, confirm the check screen; waits for complete. */
  async function completeFlow(host, answers) {
    const target = host.startsWith('#') ? host.slice(1) : undefined;
    const before = (await events('program-fit:complete', target)).length;
    await click(host, '.pf-intro .pf-button--start');
    const kind = new Map([
      [COACHING_ANSWERS, 'coaching'],
      [MENTORING_ANSWERS, 'mentoring'],
      [HYBRID_ANSWERS, 'hybrid'],
    ]).get(answers);
    for (const id of askedIds(kind)) {
      await waitHeading(host, T[`q.${id}.label`]);
      await answerByMouse(host, id, answers[id]);
    }
    await waitHeading(host, T['ui.check.title']);
    await click(host, '.pf-check > button.pf-button');
    return waitEvent('program-fit:complete', { target, count: before + 1 });
  }

  /** The focused element, looking through shadow roots. */
  function focused() {
    return s.execute(`
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a) return null;
      return {
        tag: a.localName,
        type: a.getAttribute('type') || '',
        value: a.value ?? '',
        text: (a.textContent || '').trim(),
        classes: [...a.classList],
      };`);
  }

  /** Presses Tab (Shift+Tab) until `match(focused)` holds. */
  async function tabUntil(match, { shift = false, max = 40 } = {}) {
    for (let i = 0; i < max; i++) {
      await s.keys([KEY.Tab], shift ? { modifier: KEY.Shift } : {});
      const f = await focused();
      if (f && match(f)) return f;
    }
    throw new Error(`${NAME}: focus never reached the expected element (last: ${JSON.stringify(await focused())})`);
  }

  // ---- the tests -----------------------------------------------------------

  test(`${NAME}: the whole flow by keyboard, with a validation error, ends on the results with the Venn drawn`, async () => {
    await open(server.url('/fixtures/plain.html'));
    await tabUntil((f) => f.tag === 'button' && f.text === T['ui.intro.start']);
    await s.keys([KEY.Enter]);
    await waitHeading('#pf', T['q.goal.label']);
    assert.ok((await focused()).classes.includes('pf-focus-target'), 'focus moved to the question heading');

    // Submitting with nothing chosen: the error summary appears and takes focus.
    await tabUntil((f) => f.type === 'submit');
    await s.keys([KEY.Enter]);
    await waitShown('#pf', '.pf-error-summary');
    assert.ok((await focused()).classes.includes('pf-error-summary'), 'focus moved to the error summary');

    const asked = askedIds('mentoring');
    for (const [i, id] of asked.entries()) {
      const q = QUESTIONS.find((x) => x.id === id);
      const answer = MENTORING_ANSWERS[q.id];
      if (answer === undefined) {
        await tabUntil((f) => f.text === T['ui.skip']);
        await s.keys([KEY.Enter]);
      } else if (q.kind === 'choice') {
        await tabUntil((f) => f.type === 'radio');
        await s.keys([KEY.Space]);
        const target = q.options.findIndex((o) => o.id === answer);
        for (let k = 0; k < target; k++) await s.keys([KEY.ArrowDown]);
        assert.equal((await focused()).value, answer, `${q.id}: arrow keys pick the option`);
        await tabUntil((f) => f.type === 'submit');
        if (i === 0) {
          // Back with Shift+Tab: the radio group is one stop, on the choice.
          const back = await tabUntil((f) => f.type === 'radio', { shift: true });
          assert.equal(back.value, answer, 'Shift+Tab returns to the chosen option');
          await tabUntil((f) => f.type === 'submit');
        }
        await s.keys([KEY.Enter]);
      } else if (typeof answer === 'string') {
        // A rough answer to a number question: Tab past the field to its button.
        await tabUntil((f) => f.tag === 'button' && f.text === T[`q.${id}.opt.${answer}`]);
        await s.keys([KEY.Enter]);
      } else {
        await tabUntil((f) => f.tag === 'input');
        await s.type(String(answer));
        await s.keys([KEY.Enter]);
      }
      const next = i + 1 < asked.length ? T[`q.${asked[i + 1]}.label`] : T['ui.check.title'];
      await waitHeading('#pf', next);
    }

    await tabUntil((f) => f.text === T['ui.check.submit']);
    await s.keys([KEY.Enter]);
    await waitHeading('#pf', T['kind.mentoring']);
    const [done] = await waitEvent('program-fit:complete');
    assert.equal(done.detail.recommendation, 'mentoring');
    assert.deepEqual(done.detail.answers, MENTORING_ANSWERS);

    const venn = await run(`
      const svg = $('#pf', 'svg.pf-venn__svg--wide[role=img]');
      const box = svg && svg.getBoundingClientRect();
      const traits = [...sr('#pf').querySelectorAll('.pf-venn__overlay .pf-trait')];
      const t = traits[0] && traits[0].getBoundingClientRect();
      return {
        svg: shown(svg) ? [Math.round(box.width) > 200, Math.round(box.height) > 100] : null,
        circles: svg ? svg.querySelectorAll('circle, ellipse, path').length : 0,
        stacked: shown($('#pf', '.pf-venn__stacked')),
        traits: traits.length,
        traitBox: t ? t.width > 40 && t.height > 10 : false,
      };`);
    assert.deepEqual(venn.svg, [true, true], 'the wide Venn SVG renders at a useful size');
    assert.ok(venn.circles >= 2, 'the Venn has its shapes');
    assert.equal(venn.stacked, false, 'the stacked fallback is not shown at 1280 px');
    assert.equal(venn.traits, CONFIG.traits.length);
    assert.ok(venn.traitBox, 'trait labels render inside the diagram');
    assert.deepEqual(await pageErrors(), []);
  });

  test(`${NAME}: the embed contract: open shadow root, ready/step/complete events with their details`, async () => {
    await open(server.url('/fixtures/plain.html'));
    await completeFlow('#pf', COACHING_ANSWERS);
    const dom = await run(`
      const el = document.getElementById('pf');
      return {
        mode: el.shadowRoot && el.shadowRoot.mode,
        links: [...el.shadowRoot.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
        sheetLoaded: el.shadowRoot.styleSheets.length,
        lightChildren: el.children.length,
        results: !!el.shadowRoot.querySelector('.pf-results'),
      };`);
    assert.deepEqual(dom, {
      mode: 'open',
      links: ['/dist/program-fit.css'],
      sheetLoaded: 1,
      lightChildren: 0,
      results: true,
    });
    const all = await events();
    assert.ok(all.every((e) => e.bubbles && e.composed && e.target === 'pf'), JSON.stringify(all));
    assert.deepEqual(all[0], { type: 'program-fit:ready', target: 'pf', detail: {}, bubbles: true, composed: true });
    const steps = all.filter((e) => e.type === 'program-fit:step').map((e) => e.detail);
    assert.deepEqual(steps, [
      ...askedIds('coaching').map((id) => ({ index: QUESTION_IDS.indexOf(id), questionId: id })),
      { index: QUESTION_IDS.length, questionId: null },
      { index: QUESTION_IDS.length + 1, questionId: null },
    ]);
    const done = all.filter((e) => e.type === 'program-fit:complete');
    assert.equal(done.length, 1);
    assert.equal(done[0].detail.recommendation, 'coaching');
    assert.deepEqual(done[0].detail.answers, COACHING_ANSWERS);
    assert.equal(done[0].detail.locale, 'en');
    assert.ok(done[0].detail.scores.coaching > done[0].detail.scores.mentoring);
    assert.deepEqual(
      await run("return document.getElementById('pf').answers;"),
      COACHING_ANSWERS,
      'the answers getter',
    );
    assert.deepEqual(await pageErrors(), []);
  });

  test(`${NAME}: an answers prefill opens on the results; its share link reopens them on a fresh page`, async () => {
    await open(server.url('/fixtures/blank.html'), { ready: 0 });
    await addWidget({ id: 'sh', answers: JSON.stringify(MENTORING_ANSWERS) });
    const [done] = await waitEvent('program-fit:complete', { target: 'sh' });
    assert.equal(done.detail.recommendation, 'mentoring');
    await waitShown('#sh', '.pf-results');
    const order = (await events()).map((e) => e.type);
    assert.ok(order.indexOf('program-fit:ready') < order.indexOf('program-fit:complete'), order.join());

    await clickButton('#sh', T['ui.actions.share']);
    await waitShown('#sh', '.pf-share input');
    const [link, href] = await run("return [$('#sh', '.pf-share input').value, location.href];");
    assert.equal(link, href, 'the link shown is the page URL');
    assert.match(new URL(link).hash, /^#pf-sh=1,/);

    // A fresh page (no storage, no prefill) on that link shows the results.
    await s.navigate('about:blank');
    await s.navigate(link);
    await s.execute('sessionStorage.clear(); localStorage.clear();');
    await addWidget({ id: 'sh' });
    const [again] = await waitEvent('program-fit:complete', { target: 'sh' });
    assert.equal(again.detail.recommendation, 'mentoring');
    assert.deepEqual(again.detail.answers, MENTORING_ANSWERS);
    await waitShown('#sh', '.pf-results');
    assert.deepEqual(await pageErrors(), []);
  });

  test(`${NAME}: each bad config shows an alert and fires error; the good widget beside them works`, async () => {
    const CASES = {
      malformed: ['config', ['bad-malformed.json', 'not valid JSON']],
      'wrong-types': ['config', ['bad-types.json', 'questions: must be a list']],
      semantic: ['config', ['questions[0].options: must not be empty']],
      missing: ['config-fetch', ['no-such-config.json', '404']],
      network: ['config-fetch', ['/__drop', 'network error']],
      'js-cta': ['config', ['cta.url']],
      'inline-bad': ['config', [T['error.inline_source'], 'not valid JSON']],
    };
    await open(server.url('/fixtures/bad-config.html'));
    await waitEvent('program-fit:error', { count: Object.keys(CASES).length });
    for (const [id, [kind, needles]] of Object.entries(CASES)) {
      await waitShown(`#${id}`, '[role=alert]');
      const shownText = await run("return $(arguments[0], '[role=alert]').textContent;", [`#${id}`]);
      assert.ok(shownText.includes(T['error.title']), `${id}: alert title`);
      for (const n of needles) assert.ok(shownText.includes(n), `${id}: alert mentions ${n}: ${shownText}`);
      const errs = await events('program-fit:error', id);
      assert.equal(errs.length, 1, id);
      assert.equal(errs[0].detail.kind, kind, id);
    }
    assert.equal((await events('program-fit:ready')).map((e) => e.target).join(), 'good');
    await completeFlow('#good', COACHING_ANSWERS);
    assert.deepEqual(await pageErrors(), []);
  });

  test(`${NAME}: a glue that does not match the loader's hash for it is refused with the load message, and its script goes`, async () => {
    await open(server.url('/fixtures/glue-tampered.html'), { ready: 0 });
    await waitEvent('program-fit:error');
    const [err] = await events('program-fit:error');
    assert.equal(err.detail.kind, 'load');
    assert.ok(err.detail.message.includes('program-fit_bg.js'), err.detail.message);
    assert.equal((await events('program-fit:ready')).length, 0);
    assert.equal(await run(`return document.querySelectorAll('script[src$="program-fit_bg.js"]').length;`), 0);
  });

  test(`${NAME}: under the strict CSP the demo page and a host page run with 0 violations; the engine does report one`, async () => {
    await open(strictServer.url('/'));
    await completeFlow('program-fit', COACHING_ANSWERS);
    assert.deepEqual(await s.execute('return window.__pfCspViolations;'), [], 'demo page');
    assert.deepEqual(await pageErrors(), []);

    await open(server.url('/fixtures/csp-strict.html'));
    await completeFlow('#pf', MENTORING_ANSWERS);
    await s.execute("document.getElementById('pf').reset();");
    await waitShown('#pf', '.pf-intro');
    assert.deepEqual(await s.execute('return window.__pfCspViolations;'), [], 'csp-strict.html');
    assert.deepEqual(await pageErrors(), []);

    // Positive control: the policy is in force and this engine reports
    // violations, so the zero above means something.
    await s.execute(
      "const i = document.createElement('img'); i.src = 'http://localhost:9/blocked.png'; document.body.append(i);",
    );
    const v = await s.waitFor('return window.__pfCspViolations.length > 0 && window.__pfCspViolations;', [], {
      what: 'a reported img-src violation',
    });
    assert.match(v[0].directive, /^img-src/);
  });

  test(`${NAME}: session storage keeps progress across a reload; storage="none" keeps nothing`, async () => {
    await open(server.url('/fixtures/blank.html'), { ready: 0 });
    await addWidget({ id: 's' });
    await waitEvent('program-fit:ready', { target: 's' });
    await click('#s', '.pf-intro .pf-button--start');
    for (const id of ['goal', 'audience', 'participants']) {
      await waitHeading('#s', T[`q.${id}.label`]);
      await answerByMouse('#s', id, COACHING_ANSWERS[id]);
    }
    await waitHeading('#s', T['q.budget.label']);
    const raw = await s.execute("return sessionStorage.getItem('program-fit:s');");
    assert.deepEqual(JSON.parse(raw), {
      app: 'program-fit',
      v: 1,
      screen: { question: 3 },
      answers: { goal: 'leadership', audience: 'executives', participants: 10 },
    });
    await s.refresh();
    await addWidget({ id: 's' });
    await waitEvent('program-fit:ready', { target: 's' });
    assert.ok((await headingText('#s')).includes(T['q.budget.label']), 'back on the budget question');
    assert.deepEqual(await run("return document.getElementById('s').answers;"), {
      goal: 'leadership',
      audience: 'executives',
      participants: 10,
    });

    await open(server.url('/fixtures/blank.html'), { ready: 0 });
    await addWidget({ id: 'n', storage: 'none' });
    await waitEvent('program-fit:ready', { target: 'n' });
    await click('#n', '.pf-intro .pf-button--start');
    await waitHeading('#n', T['q.goal.label']);
    await answerByMouse('#n', 'goal', 'skill');
    await waitHeading('#n', T['q.audience.label']);
    assert.deepEqual(await run("return document.getElementById('n').answers;"), { goal: 'skill' });
    assert.deepEqual(await s.execute('return [sessionStorage.length, localStorage.length];'), [0, 0]);
    await s.refresh();
    await addWidget({ id: 'n', storage: 'none' });
    await waitEvent('program-fit:ready', { target: 'n' });
    await waitShown('#n', '.pf-intro');
    assert.deepEqual(await run("return document.getElementById('n').answers;"), {});
    assert.deepEqual(await pageErrors(), []);
  });

  test(`${NAME}: in a narrow window the Venn switches to stacked regions (container queries), and back`, async () => {
    // The demo page's layout is fluid (the fixtures use a fixed column).
    await open(server.url('/'));
    await completeFlow('program-fit', HYBRID_ANSWERS);
    const layout = `return {
      width: Math.round(document.querySelector('program-fit').getBoundingClientRect().width),
      wide: shown($('program-fit', 'svg.pf-venn__svg--wide')),
      narrow: shown($('program-fit', 'svg.pf-venn__svg--narrow')),
      stacked: shown($('program-fit', '.pf-venn__stacked')),
    };`;
    try {
      // 500 px: the narrowest window headless Firefox allows.
      await s.setWindowRect({ width: 500, height: 900 });
      const narrow = await s.waitFor(PAGE + `const l = (() => { ${layout} })(); return l.stacked && l;`, [], {
        what: 'the stacked Venn in a 500 px window',
      });
      assert.ok(narrow.width <= 600, `the widget is narrow (${narrow.width}px)`);
      assert.deepEqual([narrow.wide, narrow.narrow, narrow.stacked], [false, true, true]);
    } finally {
      await s.setWindowRect({ width: 1280, height: 900 });
    }
    const wide = await s.waitFor(PAGE + `const l = (() => { ${layout} })(); return l.wide && l;`, [], {
      what: 'the wide Venn at 1280 px',
    });
    assert.deepEqual([wide.wide, wide.narrow, wide.stacked], [true, false, false]);
  });

  test(`${NAME}: the print styles parse and, applied, hide the controls and show the table`, async () => {
    await open(server.url('/fixtures/blank.html'), { ready: 0 });
    await addWidget({ id: 'p', answers: JSON.stringify(COACHING_ANSWERS), storage: 'none' });
    await waitEvent('program-fit:complete', { target: 'p' });
    await waitShown('#p', '.pf-results');
    // WebDriver cannot switch the media type, so the page flips the media
    // lists of the widget's own @media print / @media screen rules. What
    // this checks: this engine keeps the print rules (it drops what it
    // cannot parse) and they reach the shadow tree with the intended effect.
    const look = `
      const d = (sel) => { const e = $('#p', sel); return e ? getComputedStyle(e).display : null; };
      const wrap = $('#p', '.pf-venn__table-wrap');
      return {
        print: matchMedia('print').matches,
        actions: d('.pf-actions'),
        button: d('.pf-button'),
        figure: d('.pf-venn__figure'),
        tableReadable: wrap.getBoundingClientRect().width > 100,
        rootFont: getComputedStyle($('#p', '.pf-root')).fontSize,
      };`;
    const screen = await run(look);
    assert.equal(screen.print, false);
    assert.notEqual(screen.actions, 'none', 'on screen the actions show');
    assert.equal(screen.tableReadable, false, 'on screen the table is for screen readers only');
    const rules = await run(`
      const sheet = sr('#p').styleSheets[0];
      const media = [...sheet.cssRules].filter((r) => r.media);
      const print = media.filter((r) => r.media.mediaText === 'print');
      const scr = media.filter((r) => r.media.mediaText === 'screen');
      for (const r of print) r.media.mediaText = 'all';
      for (const r of scr) r.media.mediaText = 'not all';
      return [print.length, scr.length, print.reduce((n, r) => n + r.cssRules.length, 0)];`);
    assert.equal(rules[0], 1, 'one @media print rule');
    assert.equal(rules[1], 1, 'one @media screen rule');
    // Print mostly redefines the type and spacing scales on .pf-root.
    assert.ok(rules[2] >= 5, `the print block kept its rules (${rules[2]})`);
    const printed = await run(look);
    assert.deepEqual(
      { actions: printed.actions, button: printed.button, figure: printed.figure, table: printed.tableReadable, font: printed.rootFont },
      { actions: 'none', button: 'none', figure: 'none', table: true, font: '12px' },
    );
  });

  test(`${NAME}: the Print button prints the report alone, from a same-origin frame of its own`, async () => {
    await open(strictServer.url('/fixtures/csp-strict.html'));
    await completeFlow('#pf', HYBRID_ANSWERS);
    // Stand in for the frame's print(): a real print dialog would block
    // the session. The frame is appended and its print() called later, on
    // the stylesheet's load, so an observer swaps it in first.
    await run(`
      window.__printed = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (n.localName === 'iframe') n.contentWindow.print = () => window.__printed++;
        }
      }).observe(sr('#pf'), { childList: true });`);
    await clickButton('#pf', T['ui.actions.print']);
    await waitEvent('program-fit:print', { target: 'pf' });
    await s.waitFor('return window.__printed === 1;', [], { what: "the report frame's print()" });
    const doc = await run(`
      const d = $('#pf', 'iframe.pf-print-frame').contentDocument;
      return {
        children: [...d.body.children].map((c) => c.localName + '.' + c.className),
        title: d.querySelector('h1')?.textContent,
        host: !!d.getElementById('host-title'),
        controls: d.querySelectorAll('button, a, input, form, script').length,
        styled: d.defaultView.getComputedStyle(d.querySelector('.pf-report')).maxWidth !== 'none',
      };`);
    assert.deepEqual(doc, {
      children: ['article.pf-report'],
      title: `${T['report.title']}: ${T['kind.hybrid']}`,
      host: false,
      controls: 0,
      styled: true,
    });
    assert.deepEqual(await pageErrors(), []);
    assert.deepEqual(await s.execute('return window.__pfCspViolations ?? [];'), []);
  });

  test(`${NAME}: remove, re-insert, change lang or reset() from inside every event, from every start source: no exception, the expected end`, async () => {
    // The harness of tests/e2e/lifecycle.test.mjs, run in this engine.
    const life = await startServer({ routes: { ...ROUTES, ...lifecycleRoutes((path) => life.url(path)) } });
    try {
      await s.navigate(life.url('/fixtures/blank.html'));
      await s.execute(
        `(${installLifecycle})(arguments[0]); window.__lifeRuns = null;
         window.__life.everyEvent().then((runs) => (window.__lifeRuns = runs));`,
        [LIFECYCLE_SETUP],
      );
      const runs = await s.waitFor('return window.__lifeRuns;', [], { timeout: 180000, what: 'every event with every action' });
      assert.equal(runs.length, 4 * 17);
      assert.deepEqual(runs.filter((r) => r.problem), []);
      assert.deepEqual(await pageErrors(), []);
    } finally {
      await life.close();
    }
  });

  test(`${NAME}: a config that never answers shows the error message after 10 s; a locale file that never answers leaves the default language`, async () => {
    const never = () => new Promise(() => {});
    const stall = await startServer({ routes: { ...ROUTES, '/stall/config.json': never, '/dist/locales/de.json': never } });
    try {
      await s.navigate(stall.url('/fixtures/blank.html'));
      await addWidget({ id: 'stalled', lang: 'es', 'config-url': '/stall/config.json' });
      await addWidget({ id: 'german', lang: 'de' });
      const [err] = await waitEvent('program-fit:error', { target: 'stalled' });
      assert.equal(err.detail.kind, 'config-fetch');
      assert.ok(err.detail.message.startsWith('/stall/config.json'), err.detail.message);
      assert.deepEqual(err.detail.problems, [{ path: '', message: 'no answer within 10 s' }]);
      const title = await run("return $('#stalled', '[role=alert] h2').textContent;");
      assert.equal(title, ES['error.title']);
      await waitEvent('program-fit:ready', { target: 'german' });
      assert.equal(await run("return $('#german', '.pf-app').lang;"), 'en');
      const warned = (await warnings()).filter((w) => w.includes('locales/de.json'));
      assert.equal(warned.length, 1, JSON.stringify(await warnings()));
      assert.ok(warned[0].includes('no answer within 10 s'), warned[0]);
      assert.deepEqual(await pageErrors(), []);
    } finally {
      await stall.close();
    }
  });

  test(`${NAME}: lazy by default: far below the fold nothing is fetched before the load event, and it loads when the page is idle, or, while the page still loads, as it comes into view`, async (t) => {
    await open(server.url('/fixtures/lazy.html'));
    const idle = await s.execute('return typeof requestIdleCallback;');
    t.diagnostic(`requestIdleCallback: ${idle === 'function' ? 'yes' : 'no (the loader uses a timer)'}`);
    const { fetches, load } = await s.execute(`return (${widgetFetches})();`);
    assert.ok(load > 0, 'the page has loaded');
    assert.deepEqual(fetches.map((f) => f.path).sort(), ['/dist/program-fit.css', '/dist/program-fit_bg.js', '/dist/program-fit_bg.wasm']);
    for (const f of fetches) assert.ok(f.start >= load, `${f.path} fetched at ${f.start} ms, before the load event at ${load} ms`);
    assert.equal(await s.execute('return scrollY;'), 0, 'loaded without a scroll');
    await run("document.getElementById('far').scrollIntoView();");
    await click('#far', '.pf-intro .pf-button--start');
    await waitHeading('#far', T['q.goal.label']);

    // A page whose own image is held back, so it is still loading: in a
    // frame, as WebDriver waits for the top page's load. The widget waits
    // until it is scrolled into the frame's view.
    await open(server.url('/fixtures/blank.html'), { ready: 0 });
    HERO.hold();
    try {
      await s.execute(`const f = document.createElement('iframe');
        f.width = 800; f.height = 600; f.src = '/fixtures/lazy.html';
        document.getElementById('slot').append(f);`);
      const FRAME = "const w = document.querySelector('iframe').contentWindow; const far = w.document.getElementById('far');";
      await s.waitFor(FRAME + "return w.customElements.get('program-fit') && !!(far && far.shadowRoot);", [], {
        what: 'the element defined in the frame',
      });
      // Two frames later any observer has reported where it is.
      await s.executeAsync('const w = document.querySelector("iframe").contentWindow; const done = arguments[0]; w.requestAnimationFrame(() => w.requestAnimationFrame(() => w.setTimeout(done, 100)));');
      const before = await s.execute(
        FRAME + `return { state: w.document.readyState, fetched: (${widgetFetches})(w).fetches.length, shadow: far.shadowRoot.querySelectorAll('link').length, events: w.__pfEvents.length, height: Math.round(far.getBoundingClientRect().height) };`,
      );
      assert.deepEqual(before, { state: 'interactive', fetched: 0, shadow: 0, events: 0, height: 410 });
      await s.execute(FRAME + 'far.scrollIntoView();');
      await s.waitFor(FRAME + "return w.__pfEvents.some((e) => e.type === 'program-fit:ready');", [], { what: 'ready in the frame' });
      assert.equal(await s.execute(FRAME + 'return w.document.readyState;'), 'interactive', 'ready before the load event');
      assert.deepEqual(await s.execute(FRAME + 'return w.__pfErrors;'), []);
    } finally {
      HERO.release();
    }
    assert.deepEqual(await pageErrors(), []);
  });

  test(`${NAME}: with the loader added at the page's load (the README's way), nothing of the widget is fetched before the load event, under the strict CSP`, async () => {
    assert.ok(AFTER_LOAD_JS.includes("addEventListener('load'"), AFTER_LOAD_JS);
    await open(server.url('/fixtures/csp-after-load.html'));
    const { fetches, load } = await s.execute(`return (${fetchesUnder})('/dist/');`);
    assert.deepEqual(fetches.map((f) => f.path).sort(), ['/dist/program-fit.css', '/dist/program-fit.js', '/dist/program-fit_bg.js', '/dist/program-fit_bg.wasm']);
    for (const f of fetches) assert.ok(f.start >= load, `${f.path} fetched at ${f.start} ms, before the load event at ${load} ms`);
    await click('#pf', '.pf-intro .pf-button--start');
    await waitHeading('#pf', T['q.goal.label']);
    assert.deepEqual(await s.execute('return window.__pfCspViolations;'), []);
    assert.deepEqual(await pageErrors(), []);
  });

  test(
    `${NAME}: printed through Print Page, the results fit on two A4 or Letter pages`,
    { skip: ENGINES[engine].printPage ? false : `${NAME}'s driver has no Print Page command` },
    async () => {
      // The same check as the Chromium suite: the demo page, no margins.
      await open(server.url('/'));
      const [done] = await completeFlow('program-fit', HYBRID_ANSWERS);
      assert.equal(done.detail.recommendation, 'hybrid');
      await waitShown('program-fit', '.pf-results');
      const margin = { top: 0, bottom: 0, left: 0, right: 0 };
      for (const [format, page] of Object.entries({ A4: { width: 21, height: 29.7 }, Letter: { width: 21.59, height: 27.94 } })) {
        const pdf = Buffer.from(await s.print({ page, margin, background: true }), 'base64');
        const pages = pdfPages(pdf);
        assert.ok(pages >= 1 && pages <= 2, `${format}: the results print on ${pages} pages`);
      }
    },
  );
}

// Shared E2E plumbing: browser launch, the static server, event recording
// and shadow-DOM aware helpers. wizard.test.mjs and embed.test.mjs both use
// these, so exported names stay stable.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, STRICT_CSP, startServer } from './server.mjs';

export { ROOT, STRICT_CSP, startServer };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The default config, parsed. */
export const DEFAULT_CONFIG = JSON.parse(readFileSync(join(ROOT, 'config/default.json'), 'utf8'));

/** An English text from the default config, by key. */
export function text(key) {
  const t = DEFAULT_CONFIG.texts.en[key];
  if (t === undefined) throw new Error(`no text ${key}`);
  return t;
}

/** Screenshots and other artifacts (git-ignored). */
export const ARTIFACTS = join(ROOT, 'test-results');

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Starts Chromium; `extraArgs` are appended to CHROMIUM_ARGS (e.g. `--js-flags=--expose-gc`). */
export function launchBrowser({ extraArgs = [] } = {}) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The widget's custom event names. */
export const EVENT_TYPES = [
  'program-fit:ready',
  'program-fit:step',
  'program-fit:complete',
  'program-fit:error',
  'program-fit:start',
  'program-fit:cta',
  'program-fit:share',
  'program-fit:print',
  'program-fit:restart',
  'program-fit:lead',
  'program-fit:lead-delivered',
  'program-fit:explore',
];

/**
 * Opens a new page (own browser context, so storage is isolated) that
 * records every program-fit:* event in `window.__pfEvents`, every uncaught
 * page error in `page.pageErrors`, every console message in
 * `page.consoleMessages` and CSP violations in `window.__pfCspViolations`.
 */
export async function newPage(browser, { viewport = { width: 1024, height: 800 }, context: ctxOpts = {} } = {}) {
  const context = await browser.newContext({ viewport, ...ctxOpts });
  const page = await context.newPage();
  page.pageErrors = [];
  page.consoleMessages = [];
  page.on('pageerror', (e) => page.pageErrors.push(e));
  page.on('console', (m) => page.consoleMessages.push({ type: m.type(), text: m.text() }));
  await page.addInitScript((types) => {
    window.__pfEvents = [];
    window.__pfCspViolations = [];
    for (const type of types) {
      document.addEventListener(
        type,
        (e) => {
          const t = e.composedPath()[0];
          window.__pfEvents.push({
            type,
            target: t && t.id ? t.id : t && t.localName ? t.localName : null,
            detail: JSON.parse(JSON.stringify(e.detail ?? null)),
            bubbles: e.bubbles,
            composed: e.composed,
          });
        },
        true,
      );
    }
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__pfCspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  }, EVENT_TYPES);
  return page;
}

/** Closes a page together with its context. */
export async function closePage(page) {
  await page.context().close();
}

/**
 * Runs `fn` with `page` (a page, or the promise of one: `newPage(browser)`,
 * a test file's own opener), then closes it with its context, whether `fn`
 * passed or threw. Resolves to what `fn` returns.
 */
export async function withPage(page, fn) {
  const p = await page;
  try {
    return await fn(p);
  } finally {
    await closePage(p);
  }
}

/** Recorded events, optionally of one type and/or from one element id. */
export function events(page, type, target) {
  return page.evaluate(
    ([type, target]) =>
      window.__pfEvents.filter((e) => (!type || e.type === type) && (!target || e.target === target)),
    [type, target],
  );
}

/** Waits until at least `count` events of `type` (from `target`, if given) were recorded; returns them. */
export async function waitForEvent(page, type, { target, count = 1, timeout = 30000 } = {}) {
  await page.waitForFunction(
    ([type, target, count]) =>
      window.__pfEvents.filter((e) => e.type === type && (!target || e.target === target)).length >= count,
    [type, target, count],
    { timeout },
  );
  return events(page, type, target);
}

/** Navigates and, unless `ready: false`, waits for `count` ready events. */
export async function gotoAndWait(page, url, { ready = true, count = 1 } = {}) {
  await page.goto(url);
  if (ready) await waitForEvent(page, 'program-fit:ready', { count });
}

/** A locator scoped to a widget; Playwright CSS locators pierce open shadow roots. */
export function widget(page, selector = 'program-fit') {
  return page.locator(selector);
}

/** The shadow root's `.pf-root` mount element of a widget. */
export function widgetRoot(page, selector = 'program-fit') {
  return page.locator(selector).locator('.pf-root');
}

/** The heading of the current screen (it carries `pf-focus-target`). */
export function heading(page, selector = 'program-fit') {
  return page.locator(selector).locator('.pf-focus-target');
}

/** A complete, valid set of answers for the default config (a coaching case). */
export const COACHING_ANSWERS = {
  goal: 'leadership',
  audience: 'executives',
  participants: 10,
  budget: 200000,
  duration: 'short',
  driver: 'organisation',
  mentors: 'few',
  path: 'unimportant',
};

/** A complete, valid set of answers for the default config (a mentoring case). */
export const MENTORING_ANSWERS = {
  goal: 'knowledge',
  audience: 'everyone',
  participants: 400,
  budget: 20000,
  duration: 'ongoing',
  driver: 'participant',
  mentors: 'many',
  path: 'essential',
};

/** A complete, valid set of answers for the default config (persona P3, a hybrid case). */
export const HYBRID_ANSWERS = {
  goal: 'leadership',
  audience: 'managers',
  participants: 120,
  budget: 150000,
  duration: 'year',
  driver: 'shared',
  mentors: 'some',
  path: 'helpful',
};

/** The default config with `edit` applied, as a route body for startServer. */
export const configWith = (edit) => () => {
  const c = structuredClone(DEFAULT_CONFIG);
  edit(c);
  return JSON.stringify(c);
};

/** Broken configs that fixtures/bad-config.html refers to, as startServer routes. */
export const BROKEN_CONFIG_ROUTES = {
  '/fixtures/bad-semantic.json': configWith((c) => {
    c.questions[0].options = [];
    c.questions[2].min = 500;
    c.questions[2].max = 5;
  }),
  '/fixtures/bad-cta.json': configWith((c) => {
    c.cta.url = 'javascript:alert(document.domain)';
  }),
};

/** Default-config question ids in order. */
export const QUESTION_IDS = DEFAULT_CONFIG.questions.map((q) => q.id);

/**
 * The question ids the wizard asks, in order, when the answers' fit points to
 * `kind`: every question without `ask_when`, and the follow-ups that name it.
 */
export const askedIds = (kind) =>
  DEFAULT_CONFIG.questions.filter((q) => !q.ask_when || q.ask_when.includes(kind)).map((q) => q.id);

/** The progress total ("of m"): every question of the config, all run long, so it never goes down. */
export const progressCount = () => QUESTION_IDS.length;

/** Clicks the intro's start button. */
export async function start(page, selector = 'program-fit') {
  await widget(page, selector).locator('.pf-intro .pf-button--start').click();
}

/**
 * Answers question `id` (it must be on screen) with an option id or a number, and submits; without a value, skips it.
 * An option id on a number question is a rough answer: its button answers and moves on.
 */
export async function answerCurrent(page, selector, id, value) {
  await answerIn(widget(page, selector), id, value);
}

/** As answerCurrent, inside `root`: the widget's locator, or a frame's. */
export async function answerIn(root, id, value) {
  if (value === undefined) {
    await root.locator('form button.pf-button--skip').click();
    return;
  }
  const q = DEFAULT_CONFIG.questions.find((x) => x.id === id);
  if (q?.kind === 'number' && typeof value === 'string') {
    await root.locator('.pf-rough button').nth(q.options.findIndex((o) => o.id === value)).click();
    return;
  }
  if (typeof value === 'number') {
    await root.locator(`form input.pf-input[name="${id}"]`).fill(String(value));
  } else {
    await root.locator(`form input[type=radio][name="pf-q-${id}"][value="${value}"]`).check();
  }
  await root.locator('form button[type=submit]').click();
}

/**
 * Mouse-driven walk from the intro to the results: start, answer every
 * question in order, confirm the check screen. Resolves after the complete event.
 */
export async function completeFlow(page, selector = 'program-fit', answers = COACHING_ANSWERS) {
  const kindOf = new Map([
    [COACHING_ANSWERS, 'coaching'],
    [MENTORING_ANSWERS, 'mentoring'],
    [HYBRID_ANSWERS, 'hybrid'],
  ]);
  assert.ok(kindOf.has(answers), 'completeFlow walks one of the three answer sets');
  const target = selector.startsWith('#') ? selector.slice(1) : undefined;
  const before = (await events(page, 'program-fit:complete', target)).length;
  await start(page, selector);
  for (const id of askedIds(kindOf.get(answers))) await answerCurrent(page, selector, id, answers[id]);
  await seeResults(page, selector);
  return waitForEvent(page, 'program-fit:complete', { target, count: before + 1 });
}

/** On the check-your-answers screen: press the button that shows the results. */
export async function seeResults(page, selector = 'program-fit') {
  const w = widget(page, selector);
  await w.locator('.pf-check > button.pf-button').click();
}

/**
 * Appends `<program-fit>` with these attributes to `parent` (a CSS selector,
 * default body) from inside the page; `inline` adds a child JSON script.
 */
export function addWidget(page, attrs = {}, { parent = 'body', inline } = {}) {
  return page.evaluate(
    ([attrs, parent, inline]) => {
      const el = document.createElement('program-fit');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      if (inline !== undefined) {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = inline;
        el.append(s);
      }
      document.querySelector(parent).append(el);
    },
    [attrs, parent, inline],
  );
}

/** Runs `fn` with a started browser; closes it afterwards. */
export async function withBrowser(fn) {
  const browser = await launchBrowser();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core (WCAG 2.2 AA) on a page or frame with a widget, once its
 * screen has faded in; asserts it looked inside the shadow root and found no
 * violations. Returns `{inShadow, passes, violations}`.
 */
export async function axeCheck(page, label) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const result = await page.evaluate(
    async ([tags]) => {
      // Screens fade in; check the colours they settle on.
      const root = document.querySelector('program-fit').shadowRoot;
      await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'target-size': { enabled: true } },
        resultTypes: ['violations', 'passes'],
      });
      // Targets of nodes inside a shadow root are arrays of selectors.
      const inShadow = r.passes.reduce(
        (n, rule) => n + rule.nodes.filter((node) => Array.isArray(node.target[0])).length,
        0,
      );
      return {
        inShadow,
        passes: r.passes.length,
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary })),
        })),
      };
    },
    [AXE_TAGS],
  );
  assert.ok(result.inShadow > 0, `${label}: axe checked nothing inside the widget's shadow root`);
  assert.deepEqual(result.violations, [], `${label}: axe violations\n${JSON.stringify(result.violations, null, 2)}`);
  return result;
}

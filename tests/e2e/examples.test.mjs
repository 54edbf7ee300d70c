// The example configs in examples/, as a consultancy would deploy them:
// the branded host page (its colours, font stack and call to action on the
// widget) and the short five-question variant (its questions and a result).
// Run after `make dist`: node --test --test-concurrency=1 tests/e2e/examples.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  addWidget,
  answerCurrent,
  artifactPath,
  axeCheck,
  events,
  launchBrowser,
  newPage,
  seeResults,
  start,
  startServer,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';

const example = (path) => JSON.parse(readFileSync(join(ROOT, 'examples', path), 'utf8'));
const BRANDED = example('branded/config.json');
const SHORT = example('short/config.json');

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ csp: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const css = (locator, prop) => locator.evaluate((e, prop) => getComputedStyle(e).getPropertyValue(prop), prop);

describe('examples/branded', () => {
  // axe injects an inline script, so the pages it checks bypass the strict CSP.
  async function openBranded({ scheme = 'light', axe = false } = {}) {
    const context = { colorScheme: scheme, bypassCSP: axe };
    const p = await newPage(browser, { viewport: { width: 1100, height: 900 }, context });
    await p.goto(server.url('/examples/branded/index.html'));
    await waitForEvent(p, 'program-fit:ready');
    return p;
  }

  test('its config brands the widget: colours, font stack and corners, under the strict CSP', async () => {
    await withPage(openBranded(), async (p) => {
      const w = widget(p);
      const startButton = w.locator('.pf-button--start');
      assert.equal(await css(startButton, 'background-color'), 'rgb(11, 93, 75)');
      assert.equal(await css(startButton, 'color'), 'rgb(255, 255, 255)');
      assert.equal(await css(startButton, 'border-top-left-radius'), '2px');
      assert.match(await css(w.locator('.pf-root'), 'font-family'), /^"Source Sans 3", "Source Sans Pro", Candara/);
      // The page is German, so the widget is asked for German.
      assert.equal(await p.evaluate(() => document.documentElement.lang), 'de');
      assert.deepEqual(p.pageErrors, []);
      assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), [], 'runs under the strict CSP');
      // A config that fails on the same element takes the brand away with it.
      const brand = () => p.locator('#fit').evaluate((e) => getComputedStyle(e).getPropertyValue('--pf-color-primary'));
      assert.equal(await brand(), BRANDED.theme['color-primary']);
      await p.locator('#fit').evaluate((e) => e.setAttribute('config-url', '/__status/404'));
      await waitForEvent(p, 'program-fit:error');
      assert.equal(await brand(), '');
    });
  });

  test('German is its default: a visitor asking for a language it lacks sees German', async () => {
    await withPage(openBranded(), async (p) => {
      const de = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8'));
      const fetched = [];
      p.on('request', (r) => r.url().includes('/locales/') && fetched.push(new URL(r.url()).pathname));
      await p.locator('#fit').evaluate((e) => e.setAttribute('lang', 'fr'));
      await waitForEvent(p, 'program-fit:ready', { count: 2 });
      assert.equal(await widget(p).locator('.pf-intro h2').textContent(), de['ui.intro.title']);
      assert.equal(await widget(p).locator('.pf-app').getAttribute('lang'), 'de');
      assert.ok(fetched.every((f) => f.endsWith('/locales/de.json')), fetched.join(' '));
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('its results link to the consultancy with its own label, in its currency', async () => {
    await withPage(openBranded({ axe: true }), async (p) => {
      // Stored progress (the intro) would win over a prefill; without storage the prefill opens the results.
      await p.locator('#fit').evaluate((e) => e.setAttribute('storage', 'none'));
      await p.locator('#fit').evaluate((e) =>
        e.setAttribute(
          'answers',
          JSON.stringify({ goal: 'leadership', audience: 'managers', participants: 120, budget: 150000, duration: 'year', driver: 'shared', mentors: 'some', path: 'helpful' }),
        ),
      );
      const [complete] = await waitForEvent(p, 'program-fit:complete');
      assert.equal(complete.detail.locale, 'de');
      const cta = widget(p).locator('a.pf-button--cta');
      assert.equal(await cta.getAttribute('href'), BRANDED.cta.url);
      assert.equal((await cta.textContent()).trim(), BRANDED.texts.de['cta.label']);
      assert.equal(await css(cta, 'background-color'), 'rgb(11, 93, 75)');
      assert.match(await widget(p).locator('.pf-figures').textContent(), /€/);
      await axeCheck(p, 'branded results');
      await p.screenshot({ path: artifactPath('example-branded-results.png'), fullPage: true, animations: 'disabled' });
    });
  });

  test('the brand holds in the dark theme, with AA contrast', async () => {
    await withPage(openBranded({ scheme: 'dark', axe: true }), async (p) => {
      const startButton = widget(p).locator('.pf-button--start');
      assert.equal(await css(startButton, 'background-color'), 'rgb(125, 211, 184)');
      assert.equal(await css(startButton, 'color'), 'rgb(6, 36, 29)');
      await axeCheck(p, 'branded intro, dark');
    });
  });
});

describe('examples/short', () => {
  async function openShort() {
    const p = await newPage(browser);
    await p.goto(server.url('/fixtures/blank.html'));
    await addWidget(p, { id: 'fit', 'config-url': '/examples/short/config.json' }, { parent: '#slot' });
    await waitForEvent(p, 'program-fit:ready');
    return p;
  }

  const ids = SHORT.questions.map((q) => q.id);

  for (const [name, answers, kind] of [
    ['executives for up to six months', { audience: 'executives', participants: 8, budget: 200000, duration: 'short', mentors: 'few' }, 'coaching'],
    ['everyone, ongoing', { audience: 'everyone', participants: 300, budget: 40000, duration: 'ongoing', mentors: 'many' }, 'mentoring'],
  ]) {
    test(`asks five questions and recommends ${kind} for ${name}`, async () => {
      assert.equal(ids.length, 5);
      await withPage(openShort(), async (p) => {
        const w = widget(p);
        // Five questions, none optional: the intro promises none to skip.
        assert.equal(
          await w.locator('.pf-intro .pf-lead').textContent(),
          SHORT.texts.en['ui.intro.lead'].replace('{count}', '5'),
        );
        await start(p);
        for (const [i, id] of ids.entries()) {
          const steps = await waitForEvent(p, 'program-fit:step', { count: i + 1 });
          assert.deepEqual(steps.at(-1).detail, { index: i, questionId: id });
          assert.match(await w.locator('.pf-progress__label').textContent(), /\b5\b/);
          await answerCurrent(p, 'program-fit', id, answers[id]);
        }
        // The check screen is step M = 5: no sixth question.
        const steps = await waitForEvent(p, 'program-fit:step', { count: ids.length + 1 });
        assert.deepEqual(steps.at(-1).detail, { index: ids.length, questionId: null });
        await seeResults(p);
        const [complete] = await waitForEvent(p, 'program-fit:complete');
        assert.equal(complete.detail.recommendation, kind);
        assert.deepEqual(Object.keys(complete.detail.answers).sort(), [...ids].sort());
        assert.equal(await w.locator('.pf-results').count(), 1);
      });
    });
  }
});

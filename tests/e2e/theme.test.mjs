// Themes and layout: the dark theme (the visitor's prefers-color-scheme and
// the `theme` attribute), right-to-left pages (layout and Venn mirrored),
// and the shipped CSS's own rules: logical directions only, one type scale.
// Screenshots land in test-results/ for a person to look at.
// Run after `make dist`: node --test --test-concurrency=1 tests/e2e/theme.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HYBRID_ANSWERS,
  MENTORING_ANSWERS,
  ROOT,
  addWidget,
  artifactPath,
  axeCheck,
  launchBrowser,
  newPage,
  start,
  startServer,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';

const page = (dir) => `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8"><title>${dir} host</title>
<script type="module" src="/dist/program-fit.js"></script></head><body><main id="slot"></main></body></html>`;

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(17, 24, 39)';

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ routes: { '/fixtures/ltr.html': page('ltr'), '/fixtures/rtl.html': page('rtl') } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in `scheme` with one widget (these attributes) on a `dir` page; waits until it is ready or complete. */
async function open({ dir = 'ltr', scheme = 'light', width = 1024, attrs = {} } = {}) {
  const p = await newPage(browser, { viewport: { width, height: 900 }, context: { colorScheme: scheme } });
  await p.goto(server.url(`/fixtures/${dir}.html`));
  await addWidget(p, { id: 'fit', ...attrs }, { parent: '#slot' });
  await waitForEvent(p, attrs.answers ? 'program-fit:complete' : 'program-fit:ready');
  return p;
}

const appBackground = (p) => widget(p).locator('.pf-app').evaluate((e) => getComputedStyle(e).backgroundColor);

/** The shipped CSS without its comments. */
function shippedCss() {
  return readFileSync(join(ROOT, 'dist/program-fit.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
}

describe('the shipped CSS', () => {
  test('names no physical left or right (logical properties and values only)', () => {
    const physical = shippedCss()
      .split('\n')
      .filter((line) => /\b(left|right)\b/i.test(line));
    assert.deepEqual(physical, []);
  });

  test('takes every font size from a scale of at most six', () => {
    const css = shippedCss();
    const sizes = [...css.matchAll(/(?<![\w-])font-size:\s*([^;]+);/g)].map((m) => m[1].trim());
    assert.ok(sizes.length > 10, 'the CSS sets font sizes');
    assert.deepEqual(sizes.filter((v) => v !== 'inherit' && !/^var\(--_pf-text-[a-z]+\)$/.test(v)), []);
    const scale = new Set([...css.matchAll(/(--_pf-text-[a-z]+):/g)].map((m) => m[1]));
    assert.ok(scale.size >= 3 && scale.size <= 6, [...scale].join(' '));
    for (const v of sizes.filter((v) => v !== 'inherit')) assert.ok(scale.has(v.slice(4, -1)), `${v} is defined`);
  });
});

describe('dark theme', () => {
  for (const [scheme, theme, bg] of [
    ['light', undefined, LIGHT_BG],
    ['dark', undefined, DARK_BG],
    ['dark', 'auto', DARK_BG],
    ['dark', 'light', LIGHT_BG],
    ['light', 'dark', DARK_BG],
  ]) {
    test(`prefers-color-scheme ${scheme}, theme=${theme ?? '(none)'}: ${bg === DARK_BG ? 'dark' : 'light'}`, async () => {
      await withPage(open({ scheme, attrs: theme ? { theme } : {} }), async (p) => {
        assert.equal(await appBackground(p), bg);
        const text = await widget(p).locator('.pf-heading').evaluate((e) => getComputedStyle(e).color);
        assert.equal(text, bg === DARK_BG ? 'rgb(243, 244, 246)' : 'rgb(31, 41, 55)');
      });
    });
  }

  test('changing the theme attribute re-themes a mounted widget without remounting it', async () => {
    await withPage(open({ scheme: 'light' }), async (p) => {
      await start(p);
      await widget(p).locator('.pf-radio').first().waitFor();
      await p.locator('#fit').evaluate((e) => e.setAttribute('theme', 'dark'));
      assert.equal(await appBackground(p), DARK_BG);
      assert.equal(await widget(p).locator('.pf-intro').count(), 0, 'still on the question');
      await p.locator('#fit').evaluate((e) => e.removeAttribute('theme'));
      assert.equal(await appBackground(p), LIGHT_BG);
    });
  });

  test('prints light even when the screen is dark', async () => {
    await withPage(open({ scheme: 'dark', attrs: { theme: 'dark', answers: JSON.stringify(HYBRID_ANSWERS) } }), async (p) => {
      await p.emulateMedia({ media: 'print' });
      const color = await widget(p).locator('.pf-block').first().evaluate((e) => getComputedStyle(e).color);
      assert.equal(color, 'rgb(0, 0, 0)');
    });
  });

  for (const [label, opts] of [
    ['prefers-color-scheme: dark', { scheme: 'dark' }],
    ['theme="dark"', { scheme: 'light', attrs: { theme: 'dark' } }],
  ]) {
    for (const width of [1280, 360]) {
      test(`axe: no violations on the dark results (${label}, ${width}px)`, async () => {
        const attrs = { ...opts.attrs, answers: JSON.stringify(HYBRID_ANSWERS) };
        await withPage(open({ ...opts, width, attrs }), async (p) => {
          await widget(p).locator('.pf-results').waitFor();
          assert.equal(await appBackground(p), DARK_BG);
          await axeCheck(p, `dark results ${label} ${width}px`);
          if (opts.scheme === 'dark') {
            await p.screenshot({ path: artifactPath(`dark-results-${width}.png`), fullPage: true, animations: 'disabled' });
          }
        });
      });
    }
  }

  test('axe: no violations on a dark question with an error', async () => {
    await withPage(open({ scheme: 'dark' }), async (p) => {
      await start(p);
      await widget(p).locator('form button[type=submit]').click();
      await widget(p).locator('.pf-error-summary').waitFor();
      await axeCheck(p, 'dark question error');
      await p.screenshot({ path: artifactPath('dark-question-error.png'), fullPage: true, animations: 'disabled' });
    });
  });
});

describe('right to left', () => {
  /** Screen x of the centre of each element the selector matches inside the widget. */
  const centres = (p, selector) =>
    widget(p)
      .locator(selector)
      .evaluateAll((els) => els.map((e) => ((r) => r.x + r.width / 2)(e.getBoundingClientRect())));

  test('a question mirrors: the radio sits at the inline start, on the right', async () => {
    for (const dir of ['ltr', 'rtl']) {
      await withPage(open({ dir }), async (p) => {
        await start(p);
        const input = await widget(p).locator('.pf-radio__input').first().boundingBox();
        const label = await widget(p).locator('.pf-radio__label').first().boundingBox();
        const inputAtRight = input.x > label.x + label.width / 2;
        assert.equal(inputAtRight, dir === 'rtl', `${dir}: radio at the ${inputAtRight ? 'right' : 'left'}`);
      });
    }
  });

  test('the results and the Venn mirror; texts still read left to right', async () => {
    for (const dir of ['ltr', 'rtl']) {
      await withPage(open({ dir, width: 1280, attrs: { answers: JSON.stringify(MENTORING_ANSWERS) } }), async (p) => {
        const w = widget(p);
        await w.locator('.pf-venn__svg--wide').scrollIntoViewIfNeeded();
        assert.equal(await w.locator('.pf-root').evaluate((e) => getComputedStyle(e).direction), dir);
        const rtl = dir === 'rtl';
        // The result heading's rule is on the inline-start side.
        const border = await w
          .locator('.pf-heading--result')
          .evaluate((e) => [getComputedStyle(e).borderLeftWidth, getComputedStyle(e).borderRightWidth]);
        assert.deepEqual(border, rtl ? ['0px', '6px'] : ['6px', '0px']);
        // Coaching on the inline-start side: circles, their names and their trait lists.
        const svg = '.pf-venn__svg--wide';
        const [coaching, mentoring] = [
          ...(await centres(p, `${svg} .pf-venn__circle--coaching`)),
          ...(await centres(p, `${svg} .pf-venn__circle--mentoring`)),
        ];
        assert.equal(coaching > mentoring, rtl, `${dir}: coaching circle at ${coaching}, mentoring at ${mentoring}`);
        const [coachingName, mentoringName] = await centres(p, `${svg} .pf-venn__name:not(.pf-venn__name--shared)`);
        assert.equal(coachingName > mentoringName, rtl, `${dir}: names`);
        const [coachingList] = await centres(p, '.pf-venn__region--coaching_only');
        const [mentoringList] = await centres(p, '.pf-venn__region--mentoring_only');
        assert.equal(coachingList > mentoringList, rtl, `${dir}: trait lists`);
        assert.ok(Math.abs(coachingList - coaching) < Math.abs(coachingList - mentoring), `${dir}: coaching list over its circle`);
        // A mentoring fit puts the marker on the mentoring side, wherever that is.
        const [marker] = await centres(p, `${svg} .pf-venn__marker`);
        assert.ok(Math.abs(marker - mentoring) < Math.abs(marker - coaching), `${dir}: marker at ${marker}`);
        // The drawing is mirrored on screen, and each text turned back so it reads.
        const screenFlip = (sel) => w.locator(sel).evaluateAll((els) => els.map((e) => Math.sign(e.getScreenCTM().a)));
        assert.deepEqual(await screenFlip(`${svg} .pf-venn__circle`), rtl ? [-1, -1] : [1, 1]);
        const texts = await screenFlip(`${svg} text`);
        assert.ok(texts.length >= 4);
        assert.deepEqual(texts, texts.map(() => 1), `${dir}: no text is mirrored on screen`);
        await p.screenshot({ path: artifactPath(`${dir}-results-1280.png`), fullPage: true, animations: 'disabled' });
      });
    }
  });

  test('narrow RTL: the small Venn mirrors too', async () => {
    await withPage(open({ dir: 'rtl', width: 360, attrs: { answers: JSON.stringify(MENTORING_ANSWERS) } }), async (p) => {
      const svg = '.pf-venn__svg--narrow';
      await widget(p).locator(svg).scrollIntoViewIfNeeded();
      const [coaching] = await centres(p, `${svg} .pf-venn__circle--coaching`);
      const [mentoring] = await centres(p, `${svg} .pf-venn__circle--mentoring`);
      assert.ok(coaching > mentoring, `coaching circle at ${coaching}, mentoring at ${mentoring}`);
      await p.screenshot({ path: artifactPath('rtl-results-360.png'), fullPage: true, animations: 'disabled' });
    });
  });
});

describe('the demo page', () => {
  test('its switchers set the widget\'s lang and theme, under the strict CSP', async () => {
    const strict = await startServer({ csp: true });
    try {
      await withPage(newPage(browser, { context: { colorScheme: 'light' } }), async (p) => {
        await p.goto(strict.url('/'));
        await waitForEvent(p, 'program-fit:ready');
        const fit = p.locator('program-fit');
        await p.getByLabel('Theme').selectOption('dark');
        assert.equal(await fit.getAttribute('theme'), 'dark');
        assert.equal(await appBackground(p), DARK_BG);
        await p.getByLabel('Theme').selectOption('auto');
        assert.equal(await appBackground(p), LIGHT_BG);
        await p.getByLabel('Language').selectOption('es');
        assert.equal(await fit.getAttribute('lang'), 'es');
        await waitForEvent(p, 'program-fit:ready', { count: 2 }); // a new lang remounts
        assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
        assert.deepEqual(p.pageErrors, []);
      });
    } finally {
      await strict.close();
    }
  });
});

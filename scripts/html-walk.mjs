// Walks the built widget (dist/) through every screen of the three
// published personas, in English and German, with the follow-up questions
// skipped and answered, and writes the widget's HTML at each screen (the
// printed report included: it is part of the results screen) to one file
// per walk. One more walk per language uses the demo page's config, whose
// lead form is on, and sends it empty to show its error summary. Two runs, before and after a refactoring, are compared with
// `diff -r`: a change that should not change behaviour must not change a
// byte of what visitors see.
//
// Usage: make dist && node scripts/html-walk.mjs <out-dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  DEFAULT_CONFIG,
  HYBRID_ANSWERS,
  MENTORING_ANSWERS,
  gotoAndWait,
  launchBrowser,
  newPage,
  closePage,
  startServer,
  waitForEvent,
  widget,
} from '../tests/e2e/helpers.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/html-walk.mjs <out-dir>');
mkdirSync(out, { recursive: true });

const FOLLOW_UPS = {
  mentor_time: 'paid',
  internal_coaches: 'some',
  line_managers: 'trained',
  format: 'group',
  launch: 'soon',
};
const PERSONAS = { coaching: COACHING_ANSWERS, mentoring: MENTORING_ANSWERS, hybrid: HYBRID_ANSWERS };

/** The widget's markup, with the report's date (the day it runs) blanked. */
async function snapshot(page) {
  const html = await page.evaluate(() => document.querySelector('program-fit').shadowRoot.innerHTML);
  return html.replace(/http:\/\/127\.0\.0\.1:\d+/g, '<origin>').replace(/\d{1,2}[./ ]\s?\w+[./ ]\s?\d{4}|\w+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2}/g, '<date>');
}

/** The id of the question on screen, or null. */
const currentQuestion = (page) =>
  page.evaluate(() => {
    const input = document.querySelector('program-fit').shadowRoot.querySelector('form input.pf-input, form input[type=radio]');
    if (!input) return null;
    return input.type === 'radio' ? input.name.replace(/^pf-q-/, '') : input.name;
  });

async function walk(browser, server, lang, name, answers, followUps, lead = false) {
  const page = await newPage(browser);
  const screens = [];
  try {
    await gotoAndWait(page, server.url(`/walk-${lang}${lead ? '-lead' : ''}.html`));
    const w = widget(page);
    screens.push(['intro', await snapshot(page)]);
    await w.locator('.pf-intro .pf-button--start').click();
    for (let step = 0; step < DEFAULT_CONFIG.questions.length; step++) {
      const id = await waitQuestion(page);
      if (!id) break;
      screens.push([`question ${id}`, await snapshot(page)]);
      const value = id in answers ? answers[id] : followUps ? FOLLOW_UPS[id] : undefined;
      if (value === undefined) await w.locator('form button.pf-button--skip').click();
      else if (typeof value === 'number') {
        await w.locator(`form input.pf-input[name="${id}"]`).fill(String(value));
        await w.locator('form button[type=submit]').click();
      } else {
        await w.locator(`form input[type=radio][name="pf-q-${id}"][value="${value}"]`).check();
        await w.locator('form button[type=submit]').click();
      }
      await page.waitForFunction((prev) => {
        const r = document.querySelector('program-fit').shadowRoot;
        const input = r.querySelector('form input.pf-input, form input[type=radio]');
        const now = input && (input.type === 'radio' ? input.name.replace(/^pf-q-/, '') : input.name);
        return now !== prev;
      }, id);
    }
    await w.locator('.pf-check').waitFor();
    screens.push(['check', await snapshot(page)]);
    await w.locator('.pf-check > button.pf-button').click();
    await waitForEvent(page, 'program-fit:complete');
    await page.waitForTimeout(300);
    screens.push(['results and report', await snapshot(page)]);
    if (lead) {
      await w.locator('.pf-contact__submit').click();
      await w.locator('.pf-contact .pf-error-summary').waitFor();
      screens.push(['lead form sent empty', await snapshot(page)]);
    }
  } finally {
    await closePage(page);
  }
  const file = join(out, `${lang}-${name}${followUps ? '-follow-ups' : ''}${lead ? '-lead' : ''}.html`);
  writeFileSync(file, screens.map(([s, html]) => `<!-- ${s} -->\n${html.replace(/></g, '>\n<')}\n`).join('\n'));
  return screens.length;
}

async function waitQuestion(page) {
  await page.waitForFunction(() => {
    const r = document.querySelector('program-fit').shadowRoot;
    return r.querySelector('form input.pf-input, form input[type=radio]') || r.querySelector('.pf-check');
  });
  return currentQuestion(page);
}

const page = (lang, attrs = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>walk</title>` +
  `<script type="module" src="/dist/program-fit.js"></script></head>` +
  `<body><program-fit lang="${lang}" storage="none"${attrs}></program-fit></body></html>`;
const lead = ' config-url="/config/demo.json" lead-endpoint="http://127.0.0.1:9/lead"';
const server = await startServer({
  routes: {
    '/walk-en.html': page('en'),
    '/walk-de.html': page('de'),
    '/walk-en-lead.html': page('en', lead),
    '/walk-de-lead.html': page('de', lead),
  },
});
const browser = await launchBrowser();
try {
  let total = 0;
  for (const lang of ['en', 'de'])
    for (const [name, answers] of Object.entries(PERSONAS))
      for (const followUps of [false, true]) total += await walk(browser, server, lang, name, answers, followUps);
  for (const lang of ['en', 'de']) total += await walk(browser, server, lang, 'hybrid', HYBRID_ANSWERS, false, true);
  console.log(`html-walk: ${total} screens written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}

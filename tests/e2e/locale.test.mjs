// Locales: German and Spanish load on demand from dist/locales/ (and only
// then), the first screen and the results speak the locale, money is
// formatted by the browser for it, axe finds nothing; a partial table falls
// back to English marked lang="en" with one warning; a locale file that
// fails its integrity check leaves the widget in English with a warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  DEFAULT_CONFIG,
  ROOT,
  gotoAndWait,
  heading,
  launchBrowser,
  newPage,
  startServer,
  text,
  waitForEvent,
  widgetRoot,
  withPage,
} from './helpers.mjs';

const DEFAULT_TEXTS = DEFAULT_CONFIG.texts.en;
const LOCALES = {
  de: JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8')),
  es: JSON.parse(readFileSync(join(ROOT, 'locales/es.json'), 'utf8')),
};
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ANSWERS = JSON.stringify({ ...COACHING_ANSWERS, budget: 90000 });
// Answered up to the budget question, which is typed.
const PARTIAL_ANSWERS = JSON.stringify({ goal: 'leadership', audience: 'executives', participants: 10 });
const sri = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');
// The real loader, except that it expects a different wasm.
const tamperedLoader = () =>
  readFileSync(join(ROOT, 'dist/program-fit.js'))
    .toString()
    .replace(/PF_WASM_INTEGRITY = 'sha384-[^']+'/, `PF_WASM_INTEGRITY = '${sri(Buffer.from('not the wasm'))}'`);

/** A host page; `htmlLang` on <html> (none when null), `attrs` on the element, `config` inline. */
const page = ({ htmlLang = 'en', attrs = '', config = null, loader = '/dist/program-fit.js' }) => `<!doctype html>
<html${htmlLang === null ? '' : ` lang="${htmlLang}"`}><head><meta charset="utf-8"><title>Locale host</title>
<script type="module" src="${loader}"></script></head>
<body><main><h1>Host</h1><program-fit id="pf" ${attrs}>${
  config ? `<script type="application/json">${JSON.stringify(config)}</script>` : ''
}</program-fit></main></body></html>`;

// A consultancy's own Swiss German table that forgot the Back button.
const { 'ui.back': _, ...PARTIAL } = LOCALES.de;
// And one that forgot the opening of the coaching result.
const { 'why.coaching': __, ...NO_OPENING } = LOCALES.de;
// And one that forgot the name of a format, which the plan sentence fills in.
const { 'format.individual_coaching': ___, ...NO_FORMAT } = LOCALES.de;

let server;
let browser;

before(async () => {
  server = await startServer({
    routes: {
      '/de.html': page({ attrs: 'lang="de"' }),
      '/de-results.html': page({ attrs: `lang="de" answers='${ANSWERS}'` }),
      '/es.html': page({ htmlLang: 'es' }),
      '/es-results.html': page({ htmlLang: 'es', attrs: `answers='${ANSWERS}'` }),
      '/en-results.html': page({ attrs: `answers='${ANSWERS}'` }),
      '/dist/program-fit-tampered.js': tamperedLoader,
      '/broken-de.html': page({ attrs: 'lang="de"', loader: '/dist/program-fit-tampered.js' }),
      '/broken-es.html': page({ htmlLang: 'es-MX', loader: '/dist/program-fit-tampered.js' }),
      '/broken-fr.html': page({ htmlLang: 'fr', loader: '/dist/program-fit-tampered.js' }),
      '/es-in-de.html': page({ htmlLang: 'de', attrs: 'lang="es"' }),
      '/no-lang.html': page({ htmlLang: null }),
      '/de-budget.html': page({ attrs: `lang="de" answers='${PARTIAL_ANSWERS}'` }),
      '/en-budget.html': page({ attrs: `answers='${PARTIAL_ANSWERS}'` }),
      '/no-opening.html': page({
        attrs: `lang="de-CH" answers='${JSON.stringify(COACHING_ANSWERS)}'`,
        config: { texts: { 'de-CH': NO_OPENING } },
      }),
      '/no-format.html': page({
        attrs: `lang="de-CH" answers='${JSON.stringify(COACHING_ANSWERS)}'`,
        config: { texts: { 'de-CH': NO_FORMAT } },
      }),
      '/partial.html': page({ attrs: 'lang="de-CH"', config: { texts: { 'de-CH': PARTIAL } } }),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, recording which locale files the page requests. */
async function open(path, context = {}) {
  const p = await newPage(browser, { context });
  p.localeRequests = [];
  p.on('request', (r) => {
    if (r.url().includes('/locales/')) p.localeRequests.push(new URL(r.url()).pathname);
  });
  await gotoAndWait(p, server.url(path));
  return p;
}

async function axe(p, label) {
  await p.addScriptTag({ path: AXE_PATH });
  const violations = await p.evaluate(async (tags) => {
    const root = document.querySelector('program-fit').shadowRoot;
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, AXE_TAGS);
  assert.deepEqual(violations, [], `${label}: axe violations`);
}

/** The widget's visible text with no-break spaces as plain spaces. */
async function shown(p) {
  return (await widgetRoot(p).innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

for (const [lang, path, how] of [
  ['de', '/de.html', "the element's lang"],
  ['es', '/es.html', "the page's lang"],
]) {
  test(`${lang} (${how}): the first screen is in ${lang}, its table fetched once, axe clean`, async () => {
    await withPage(open(path), async (p) => {
      await assert.doesNotReject(
        heading(p).filter({ hasText: LOCALES[lang]['ui.intro.title'] }).waitFor({ timeout: 10000 }),
      );
      assert.match(await shown(p), new RegExp(LOCALES[lang]['ui.intro.start']));
      assert.deepEqual(p.localeRequests, [`/dist/locales/${lang}.json`]);
      assert.equal(await widgetRoot(p).locator('.pf-app').getAttribute('lang'), lang);
      assert.equal(await widgetRoot(p).locator('.pf-app [lang]').count(), 0, 'nothing falls back');
      await axe(p, `${lang} intro`);
    });
  });
}

test("the element's lang beats the page's; without any lang the browser's language decides", async () => {
  for (const [path, context, lang] of [
    ['/es-in-de.html', {}, 'es'],
    ['/no-lang.html', { locale: 'de-DE' }, 'de'],
    ['/no-lang.html', { locale: 'fr-FR' }, null],
  ]) {
    await withPage(open(path, context), async (p) => {
      const title = lang ? LOCALES[lang]['ui.intro.title'] : text('ui.intro.title');
      await heading(p).filter({ hasText: title }).waitFor();
      assert.deepEqual(p.localeRequests, lang ? [`/dist/locales/${lang}.json`] : [], `${path} ${context.locale ?? ''}`);
    });
  }
});

test('iframe mode under the strict CSP takes lang from its query and loads that locale', async () => {
  await withPage(open('/dist/frame.html?lang=es'), async (p) => {
    await heading(p).filter({ hasText: LOCALES.es['ui.intro.title'] }).waitFor();
    assert.deepEqual(p.localeRequests, ['/dist/locales/es.json']);
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
  });
});

test('results money is formatted for the locale, and complete names it', async () => {
  for (const [path, locale, money, wrong] of [
    ['/de-results.html', 'de', /90\.000 \$/, /\$90,000/],
    ['/es-results.html', 'es', /90\.000 US\$/, /\$90,000/],
    ['/en-results.html', 'en', /\$90,000/, /90\.000/],
  ]) {
    await withPage(open(path), async (p) => {
      const [complete] = await waitForEvent(p, 'program-fit:complete');
      assert.equal(complete.detail.locale, locale);
      const body = await shown(p);
      assert.match(body, money, `${locale} money`);
      assert.doesNotMatch(body, wrong, `${locale}: no other locale's money`);
      if (locale === 'es') {
        // Spanish groups from five digits (RAE, CLDR): "4500 US$" but "90.000 US$".
        assert.match(body, /(^|[^\d.])\d{4} US\$/, 'es: a four-digit amount, ungrouped');
        assert.doesNotMatch(body, /(^|[^\d.])\d\.\d{3} US\$/, 'es: no four-digit amount with a dot');
      }
      // Intl.PluralRules picks the form: 10 participants are `other`.
      const texts = LOCALES[locale] ?? DEFAULT_TEXTS;
      assert.ok(body.includes(texts['count.people.other'].replace('{n}', '10')), `${locale}: plural of 10 people`);
      if (locale !== 'en') await axe(p, `${locale} results`);
      else assert.deepEqual(p.localeRequests, [], 'English is built in: no locale file');
    });
  }
});

test('a key missing from a locale shows in English, marked lang="en", with one warning', async () => {
  await withPage(open('/partial.html'), async (p) => {
    await heading(p).filter({ hasText: LOCALES.de['ui.intro.title'] }).waitFor();
    await widgetRoot(p).getByRole('button', { name: LOCALES.de['ui.intro.start'] }).click();
    const back = widgetRoot(p).locator('[lang="en"]');
    await back.waitFor();
    assert.equal(await back.innerText(), text('ui.back'));
    assert.equal(await back.count(), 1, 'only the missing text is marked');
    const warnings = p.consoleMessages.filter((m) => m.type === 'warning' && m.text.includes('texts missing'));
    assert.equal(warnings.length, 1, JSON.stringify(p.consoleMessages));
    assert.match(warnings[0].text, /1 texts missing in locale "de-CH", shown in "en": ui\.back$/);
    await axe(p, 'partial de-CH question');
  });
});

test("in the results' why, only the part the locale lacks is English", async () => {
  await withPage(open('/no-opening.html'), async (p) => {
    const [complete] = await waitForEvent(p, 'program-fit:complete');
    assert.equal(complete.detail.recommendation, 'coaching');
    const marked = widgetRoot(p).locator('.pf-lead [lang="en"]');
    assert.equal(await marked.count(), 1);
    assert.equal(await marked.innerText(), text('why.coaching'));
    const lead = await widgetRoot(p).locator('.pf-lead').innerText();
    assert.ok(lead.includes(LOCALES.de['reason.duration.short']), 'the reasons stay German, unmarked');
    await axe(p, 'de-CH results with an English opening');
  });
});

test('in a sentence the engine assembles, only the filled-in part the locale lacks is English', async () => {
  await withPage(open('/no-format.html'), async (p) => {
    const [complete] = await waitForEvent(p, 'program-fit:complete');
    assert.equal(complete.detail.recommendation, 'coaching');
    const format = text('format.individual_coaching');
    const root = widgetRoot(p);
    // The plan in the why.
    const marked = root.locator('.pf-lead [lang="en"]');
    assert.equal(await marked.count(), 1);
    assert.equal(await marked.innerText(), format);
    const lead = await root.locator('.pf-lead').innerText();
    const people = LOCALES.de['count.people.other'].replace('{n}', '10');
    const part = LOCALES.de['plan.part.coached'].replace('{people}', people).replace('{format}', format);
    assert.ok(lead.includes(part), `the German around it stays, unmarked: ${lead}`);
    // Nothing else is marked; the hidden report's why marks the same part.
    const all = await root.locator('[lang="en"]').evaluateAll((els) => els.map((e) => e.textContent));
    assert.ok(all.length >= 2 && all.every((t) => t === format), JSON.stringify(all));
    await axe(p, 'de-CH results with an English format name');
  });
});

test('a locale file that fails its integrity check leaves English, with a warning', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.route('**/dist/locales/de.json', async (route) => {
      const r = await route.fetch();
      await route.fulfill({ response: r, body: (await r.text()).replace('Jetzt starten', 'Jetzt sofort starten') });
    });
    await gotoAndWait(p, server.url('/de.html'));
    await heading(p).filter({ hasText: text('ui.intro.title') }).waitFor();
    // The page says German; the widget says what it shows.
    assert.equal(await widgetRoot(p).locator('.pf-app').getAttribute('lang'), 'en');
    const warned = p.consoleMessages.some((m) => m.type === 'warning' && /locales\/de\.json.*default locale/.test(m.text));
    assert.ok(warned, JSON.stringify(p.consoleMessages));
    assert.deepEqual(p.pageErrors, []);
  });
});

test("the loader's own line for a wasm that cannot load speaks the locale", async () => {
  for (const [path, lang, line] of [
    ['/broken-de.html', 'de', 'Diese Einschätzung konnte nicht geladen werden. Bitte laden Sie die Seite neu.'],
    ['/broken-es.html', 'es', 'No se ha podido cargar esta evaluación. Vuelva a cargar la página para intentarlo de nuevo.'],
    ['/broken-fr.html', 'en', 'This assessment could not load. Reload the page to try again.'],
  ]) {
    await withPage(newPage(browser), async (p) => {
      await p.goto(server.url(path));
      const [err] = await waitForEvent(p, 'program-fit:error');
      assert.equal(err.detail.kind, 'load');
      const alert = widgetRoot(p).locator('[role=alert]');
      assert.equal(await alert.textContent(), line);
      assert.equal(await alert.getAttribute('lang'), lang);
    });
  }
});

test('the budget input takes the locale\'s grouping as typed and echoes it formatted', async () => {
  for (const [path, t, typed, echoed, affix] of [
    ['/de-budget.html', LOCALES.de, '90.000', '90.000 $', 'after'],
    ['/en-budget.html', DEFAULT_TEXTS, '90,000', '$90,000', 'before'],
  ]) {
    await withPage(open(path), async (p) => {
      const root = widgetRoot(p);
      await root.getByRole('button', { name: t['ui.intro.start'] }).click();
      for (let i = 0; i < 3; i++) await root.getByRole('button', { name: t['ui.continue'] }).click();
      await heading(p).filter({ hasText: t['q.budget.label'] }).waitFor();
      await root.locator('input#pf-q-budget').fill(typed);
      const expected = t['ui.number.echo'].replace('{value}', echoed);
      await p.waitForFunction(
        ([e]) => document.querySelector('program-fit').shadowRoot.querySelector('.pf-echo')?.textContent.replace(/[\u00a0\u202f]/g, ' ') === e,
        [expected],
      );
      assert.equal(await root.locator(`.pf-input-affix--${affix}`).textContent(), '$');
      await root.getByRole('button', { name: t['ui.continue'] }).click();
      await heading(p).filter({ hasText: t['q.duration.label'] }).waitFor();
      assert.equal(await root.locator('.pf-error-message').count(), 0);
    });
  }
});

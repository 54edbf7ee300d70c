// The config editor, dist/editor.html, under the strict CSP: the form
// drives the live <program-fit> beside it, problems come from the widget and
// lead to their fields, and the downloaded overlay, loaded through
// config-url, gives the same widget as the preview.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  DEFAULT_CONFIG,
  QUESTION_IDS,
  ROOT,
  artifactPath,
  completeFlow,
  events,
  launchBrowser,
  newPage,
  start,
  startServer,
  text,
  waitForEvent,
  widgetRoot,
  withPage,
} from './helpers.mjs';

const GERMAN = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8'));
/** A German site's config, as the editor opens it by its address. */
const GERMAN_SITE = {
  default_locale: 'de',
  cta: { url: 'https://beratung.example/termin' },
  texts: { de: { 'ui.intro.title': 'Welches Entwicklungsprogramm passt zu Ihnen?' } },
};
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NEW_LABEL = 'What should the programme achieve first?';

let browser;
let server;
let downloaded = '{}'; // the editor's last download, served as a config

before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    csp: true,
    routes: {
      '/axe.min.js': () => readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js')),
      '/fixtures/from-editor.json': () => downloaded,
      '/fixtures/german-site.json': JSON.stringify(GERMAN_SITE, null, 2),
      '/fixtures/from-editor.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/dist/program-fit.js"></script></head>
<body><main><program-fit id="pf" config-url="from-editor.json"></program-fit></main></body></html>`,
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const status = (p) => p.locator('#ed-status');

/** Waits until the preview has taken the latest change: `valid` or `invalid`. */
async function settled(p, state = 'valid') {
  await p.waitForFunction((s) => document.getElementById('ed-status').dataset.state === s, state);
}

async function openEditor({ viewport } = {}) {
  const p = await newPage(browser, { viewport });
  await p.goto(server.url('/dist/editor.html'));
  await settled(p);
  return p;
}

const field = (p, id) => p.locator(`#${id}`);
const raw = async (p) => JSON.parse(await p.locator('#ed-raw').inputValue());

async function axe(p, label) {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ url: '/axe.min.js' });
  const violations = await p.evaluate(async (tags) => {
    const root = document.querySelector('program-fit').shadowRoot;
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: true } } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, AXE_TAGS);
  assert.deepEqual(violations, [], `${label}: axe violations\n${JSON.stringify(violations, null, 2)}`);
}

test('change the currency and a question text, see the preview follow, download the overlay; config-url gives the same widget', async () => {
  const { questionText, resultsText } = await withPage(openEditor({ viewport: { width: 1280, height: 900 } }), async (p) => {
    await field(p, 'f-money-currency').fill('EUR');
    assert.equal(await field(p, 'f-money-symbol').inputValue(), '€', 'the symbol follows the code');
    await p.locator('summary', { hasText: 'Question 1 (goal)' }).click();
    await field(p, 'f-texts-en-q_goal_label').fill(NEW_LABEL);
    await settled(p);

    // The preview shows the new text and the new currency.
    await start(p, '#ed-preview');
    const preview = widgetRoot(p, '#ed-preview');
    assert.ok((await preview.locator('.pf-focus-target').textContent()).includes(NEW_LABEL));
    // textContent, not innerText: the preview is narrower than the host page.
    const questionText = await preview.textContent();
    await p.locator('#ed-preview').evaluate((e) => e.reset());
    await completeFlow(p, '#ed-preview', COACHING_ANSWERS);
    const resultsText = await preview.textContent();
    assert.match(resultsText, /€[\d,]+/, 'amounts in euros');
    assert.doesNotMatch(resultsText, /\$\d/);

    // The download holds only the changes.
    const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#ed-download').click()]);
    assert.equal(download.suggestedFilename(), 'config.json');
    downloaded = readFileSync(await download.path(), 'utf8');
    assert.deepEqual(JSON.parse(downloaded), {
      money: { currency: 'EUR', symbol: '€' },
      texts: { en: { 'q.goal.label': NEW_LABEL } },
    });
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.pageErrors, []);
    // After the CSP check: axe and Playwright's screenshot add styles of their
    // own. axe waits for the preview's fade-in.
    await axe(p, 'the editor with results in the preview');
    await p.screenshot({ path: artifactPath('editor-1280.png') });
    return { questionText, resultsText };
  });

  // A host page loads it through config-url and shows the same widget.
  await withPage(newPage(browser), async (host) => {
    await host.goto(server.url('/fixtures/from-editor.html'));
    await waitForEvent(host, 'program-fit:ready');
    await start(host, '#pf');
    assert.equal(await widgetRoot(host, '#pf').textContent(), questionText);
    await host.evaluate(() => document.getElementById('pf').reset());
    await completeFlow(host, '#pf', COACHING_ANSWERS);
    assert.equal(await widgetRoot(host, '#pf').textContent(), resultsText);
    assert.deepEqual(await events(host, 'program-fit:error'), []);
  });
});

test('opens a site\'s config by its address: a German default_locale puts the German texts in the fields', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (p) => {
    await p.goto(server.url('/dist/editor.html?config=/fixtures/german-site.json'));
    await settled(p);
    assert.match(await p.locator('#ed-open-status').textContent(), /^Opened http:.*\/fixtures\/german-site\.json\.$/);
    assert.equal(await p.locator('#ed-open-url').inputValue(), '/fixtures/german-site.json');
    // The language picker is the form's first field, on the config's default language.
    assert.equal(await p.locator('#ed-form select, #ed-form input').first().getAttribute('id'), 'ed-locale');
    assert.equal(await p.locator('#ed-locale').inputValue(), 'de');
    assert.equal(await field(p, 'f-texts-de-ui_intro_title').inputValue(), GERMAN_SITE.texts.de['ui.intro.title']);
    assert.equal(await field(p, 'f-cta-url').inputValue(), GERMAN_SITE.cta.url);
    // Texts the config leaves to the shipped German file show as they are.
    await p.locator('summary', { hasText: 'Question 1 (goal)' }).click();
    const goal = field(p, 'f-texts-de-q_goal_label');
    assert.equal(await goal.inputValue(), GERMAN['q.goal.label']);
    // Optional questions by their text in the language edited, not by id.
    assert.equal(await p.locator('label[for="f-optional-launch"]').textContent(), `Ask “${GERMAN['q.launch.label']}”`);

    await goal.fill('Was soll das Programm vor allem bewirken?');
    await settled(p);
    assert.deepEqual(await raw(p), {
      ...GERMAN_SITE,
      texts: { de: { ...GERMAN_SITE.texts.de, 'q.goal.label': 'Was soll das Programm vor allem bewirken?' } },
    }, 'the changes hold only what differs from the shipped German texts');
    assert.equal(await p.locator('#ed-preview').getAttribute('lang'), 'de');
    const preview = widgetRoot(p, '#ed-preview');
    assert.equal(await preview.locator('.pf-focus-target').textContent(), GERMAN_SITE.texts.de['ui.intro.title']);
    await start(p, '#ed-preview');
    assert.equal(await preview.locator('.pf-focus-target').textContent(), 'Was soll das Programm vor allem bewirken?');
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    // After the CSP check: axe and the screenshot add styles of their own.
    await axe(p, 'the editor with a German config');
    await p.screenshot({ path: artifactPath('editor-german.png') });
  });
});

test('opens a config from a file; an address that fails says why and leaves the default', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/dist/editor.html?config=/fixtures/no-such-config.json'));
    await settled(p);
    assert.match(await p.locator('#ed-open-status').textContent(), /Could not open .*no-such-config\.json: the server answered 404/);
    assert.deepEqual(await raw(p), {});
    await p.locator('#ed-open-file').setInputFiles({
      name: 'config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ money: { currency: 'EUR', symbol: '€' } })),
    });
    // The file is read asynchronously: until it is, the status is still the
    // earlier "valid", so wait for the file to be opened before the check.
    await p.waitForFunction(() => document.getElementById('ed-open-status').textContent.startsWith('Opened'));
    await settled(p);
    assert.equal(await p.locator('#ed-open-status').textContent(), 'Opened config.json.');
    assert.equal(await field(p, 'f-money-currency').inputValue(), 'EUR');
    assert.deepEqual(await raw(p), { money: { currency: 'EUR', symbol: '€' } });
  });
});

test('the preview of a broken config lists its problems and never asks to reload the page', async () => {
  await withPage(openEditor(), async (p) => {
    await field(p, 'f-cta-url').fill('javascript:alert(1)');
    await settled(p, 'invalid');
    const box = p.locator('#ed-preview').locator('.pf-error');
    assert.match(await box.textContent(), /cta\.url/);
    assert.doesNotMatch(await box.textContent(), /reload/i);
    await p.locator('#ed-raw').fill(JSON.stringify({ default_locale: 'de', cta: { url: 'javascript:alert(1)' } }));
    await settled(p, 'invalid');
    assert.match(await box.textContent(), /cta\.url/);
    assert.doesNotMatch(await box.textContent(), /neu laden|laden Sie die Seite/i);
  });
});

test('problems come from the widget as you type, and each leads to its field', async () => {
  await withPage(openEditor(), async (p) => {
    await field(p, 'f-cta-url').fill('javascript:alert(1)');
    await settled(p, 'invalid');
    const [error] = await events(p, 'program-fit:error', 'ed-preview');
    const link = p.locator('#ed-problems a');
    assert.equal(await link.count(), error.detail.problems?.length ?? 1);
    assert.match(await link.first().textContent(), /cta\.url/);
    await axe(p, 'a config with a problem');
    await link.first().click();
    // Problems with a path lead to their field; a message alone, to the JSON.
    const expected = error.detail.problems ? 'f-cta-url' : 'ed-raw';
    assert.equal(await p.evaluate(() => document.activeElement.id), expected);
    await field(p, 'f-cta-url').fill('https://acme.example/book');
    await settled(p);
    assert.equal(await link.count(), 0);

    // Broken JSON in the raw pane: the form pauses, the widget says where.
    await p.locator('#ed-raw').fill('{"money": {"currency": ');
    await settled(p, 'invalid');
    assert.ok(await field(p, 'f-money-currency').isDisabled());
    assert.ok(await p.locator('#ed-download').isDisabled());
    // A syntax error has no field: its link leads to the JSON.
    await link.first().click();
    assert.equal(await p.evaluate(() => document.activeElement.id), 'ed-raw');
    // JSON of the wrong shape: the widget reports it; the form copes.
    await p.locator('#ed-raw').fill('{"questions": 42, "texts": null, "costs": []}');
    await settled(p, 'invalid');
    assert.match(await p.locator('#ed-problems').textContent(), /questions|texts|costs/);
    assert.deepEqual(p.pageErrors, []);
    // A currency without a cost table needs its costs: the widget says so.
    await p.locator('#ed-raw').fill('{"money": {"currency": "CHF", "symbol": "CHF"}}');
    await settled(p, 'invalid');
    assert.match(await p.locator('#ed-problems').textContent(), /no cost table for CHF/);
    await p.locator('#ed-raw').fill('{"money": {"currency": "GBP", "symbol": "£"}}');
    await settled(p);
    assert.equal(await field(p, 'f-money-currency').inputValue(), 'GBP');
    assert.equal(await field(p, 'f-cta-url').inputValue(), DEFAULT_CONFIG.cta.url, 'the raw pane replaced the changes');
  });
});

test('texts per language and costs: the preview speaks the language being edited and keeps its place', async () => {
  await withPage(openEditor(), async (p) => {
    await p.getByLabel('Add a language').fill('de');
    await p.getByRole('button', { name: 'Add' }).click();
    // A language the widget ships is fetched first.
    await p.waitForFunction((tag) => document.getElementById('ed-locale').value === tag, 'de');
    await p.locator('summary', { hasText: 'Question 1 (goal)' }).click();
    const german = field(p, 'f-texts-de-q_goal_label');
    // German ships with the widget: the field shows the text the widget would.
    assert.equal(await german.inputValue(), GERMAN['q.goal.label']);
    assert.equal(await german.getAttribute('placeholder'), GERMAN['q.goal.label'], 'emptied, it keeps the shipped text');
    assert.deepEqual(await raw(p), {}, 'the shipped texts are no change');
    await german.fill('Was soll das Programm erreichen?');
    await settled(p);
    assert.equal(await p.locator('#ed-preview').getAttribute('lang'), 'de');
    await start(p, '#ed-preview');
    const preview = widgetRoot(p, '#ed-preview');
    assert.ok((await preview.locator('.pf-focus-target').textContent()).includes('Was soll das Programm erreichen?'));
    await p.locator('#ed-preview').evaluate((e) => e.reset());
    await completeFlow(p, '#ed-preview', COACHING_ANSWERS);
    // 10 executives, one-to-one for up to 6 months: 10 × 30,000 × 0.5, as
    // German writes money (Intl: the symbol after, dots between groups).
    assert.match(await preview.textContent(), /150\.000\s\$/);

    await p.locator('summary', { hasText: 'Costs' }).click();
    await field(p, 'f-costs-individual_coaching-per_head-executives').fill('20000');
    await settled(p);
    // The new widget opens where the last one was, on the results, with the new cost.
    await preview.locator('.pf-button--cta').waitFor();
    assert.match(await preview.textContent(), /100\.000\s\$/);
    assert.deepEqual(await raw(p), {
      costs: { individual_coaching: { per_head: { executives: 20000 } } },
      texts: { de: { 'q.goal.label': 'Was soll das Programm erreichen?' } },
    });

    // A language the widget does not ship starts empty, the default language's text showing through.
    await p.getByLabel('Add a language').fill('fr');
    await p.getByRole('button', { name: 'Add' }).click();
    await p.waitForFunction((tag) => document.getElementById('ed-locale').value === tag, 'fr');
    const french = field(p, 'f-texts-fr-q_goal_label');
    assert.equal(await french.inputValue(), '');
    assert.equal(await french.getAttribute('placeholder'), text('q.goal.label'));
  });
});

test('optional questions can be left out, with the traits that depend on them', async () => {
  await withPage(openEditor(), async (p) => {
    const optional = DEFAULT_CONFIG.questions.filter((q) => q.optional).map((q) => q.id);
    // `path` made optional through the raw pane: Venn traits depend on it.
    const pathTraits = DEFAULT_CONFIG.traits.filter((t) => t.when.some((c) => c.question === 'path')).map((t) => t.id);
    assert.ok(pathTraits.length > 0);
    const questions = DEFAULT_CONFIG.questions.map(({ id }) => (id === 'path' ? { id, optional: true } : { id }));
    await p.locator('#ed-raw').fill(JSON.stringify({ questions }));
    await settled(p);
    const boxes = p.locator('[data-section="optional"] input[type=checkbox]');
    const listed = QUESTION_IDS.filter((id) => id === 'path' || optional.includes(id));
    assert.deepEqual(await boxes.evaluateAll((bs) => bs.map((b) => [b.id, b.checked])), listed.map((id) => [`f-optional-${id}`, true]));
    await p.locator('#f-optional-path').uncheck();
    // Valid: a trait still naming `path` would be a problem the widget reports.
    await settled(p);
    const changes = await raw(p);
    assert.deepEqual(changes.questions.map((q) => q.id), QUESTION_IDS.filter((id) => id !== 'path'));
    assert.ok(changes.traits.every((t) => !pathTraits.includes(t.id)));
    assert.equal(changes.traits.length, DEFAULT_CONFIG.traits.length - pathTraits.length);
    assert.equal(await p.evaluate(() => document.activeElement.id), 'f-optional-path', 'focus stays on the box');
    await p.locator('#f-optional-path').check();
    await settled(p);
    assert.deepEqual(await raw(p), { questions }, 'ticked again: back where it was, traits too');
  });
});

test('brand colours are the config\'s theme, per light and dark theme, and each theme\'s contrast is checked', async () => {
  await withPage(openEditor(), async (p) => {
    const light = field(p, 'f-theme-color-primary-light');
    const dark = field(p, 'f-theme-color-primary-dark');
    assert.equal(await dark.inputValue(), '#93c5fd', 'the widget\'s own dark colour to start from');
    assert.ok(await p.locator('#ed-contrast-ok').isVisible());
    await light.fill('#7c2d12');
    await settled(p);
    assert.deepEqual(await raw(p), { theme: { 'color-primary': 'light-dark(#7c2d12, #93c5fd)' } });
    assert.equal(await p.locator('#ed-contrast li').count(), 0);
    // The preview takes the colour from the config; it eases into it.
    const startButton = widgetRoot(p, '#ed-preview').locator('.pf-button--start');
    const background = () =>
      startButton.evaluate(async (b) => {
        await Promise.all(b.getAnimations().map((a) => a.finished.catch(() => {})));
        return getComputedStyle(b).backgroundColor;
      });
    assert.equal(await background(), 'rgb(124, 45, 18)');

    // One dark brown for both themes: on the dark background the links and
    // the buttons all but vanish, and the editor says so, for the dark theme only.
    await dark.fill('#7c2d12');
    await settled(p);
    assert.deepEqual(await raw(p), { theme: { 'color-primary': '#7c2d12' } }, 'the same colour in both themes is written once');
    const warnings = await p.locator('#ed-contrast li').allTextContents();
    assert.ok(warnings.length >= 2, warnings.join('\n'));
    assert.ok(warnings.every((w) => w.startsWith('Dark theme: ')), warnings.join('\n'));
    assert.ok(warnings.some((w) => /Links on the background: contrast 1\.\d to 1, below the 4.5 to 1 .* for text/.test(w)), warnings.join('\n'));
    assert.ok(warnings.some((w) => /Buttons against the background: .* below the 3 to 1 .* interface/.test(w)), warnings.join('\n'));
    assert.ok(await p.locator('#ed-contrast-ok').isHidden());
    await p.locator('#ed-preview-theme').selectOption('dark');
    assert.equal(await p.locator('#ed-preview').getAttribute('theme'), 'dark');
    assert.equal(await background(), 'rgb(124, 45, 18)', 'the preview shows the dark theme the warning is about');
    assert.equal(await p.locator('[style]').count(), 0);
    // After the style check: Playwright's screenshot adds styles of its own.
    await p.locator('[data-section="colours"]').scrollIntoViewIfNeeded();
    await p.screenshot({ path: artifactPath('editor-contrast-dark.png') });

    // A light colour fails the white text on the light theme's buttons.
    await light.fill('#fde68a');
    assert.match(await p.locator('#ed-contrast').textContent(), /Light theme: Text on buttons: contrast .* below the 4.5 to 1/);
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.pageErrors, []);
  });
});

test('a theme value the pickers cannot show is named, and its contrast is still checked', async () => {
  await withPage(openEditor(), async (p) => {
    await p.locator('#ed-raw').fill(JSON.stringify({ theme: { 'color-primary': 'light-dark(navy, rgb(12 20 40))' } }));
    await settled(p);
    assert.equal(await field(p, 'f-theme-color-primary-light').inputValue(), '#000080');
    assert.equal(await field(p, 'f-theme-color-primary-dark').inputValue(), '#0c1428');
    const said = await p.locator('#ed-contrast').textContent();
    assert.match(said, /Dark theme: Links on the background/);
    assert.doesNotMatch(said, /Light theme/);
    // A colour name the browser does not know: valid config, nothing to show.
    await p.locator('#ed-raw').fill(JSON.stringify({ theme: { 'color-primary': 'brandgreen' } }));
    await settled(p);
    assert.match(await p.locator('[data-section="colours"]').textContent(), /Now brandgreen in the JSON; a pick here replaces it/);
  });
});

test('axe finds no WCAG 2.2 AA violations in the editor at 1280 px, every section open', async () => {
  await withPage(openEditor({ viewport: { width: 1280, height: 900 } }), async (p) => {
    await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await axe(p, 'editor');
  });
});

test('under the strict CSP, which allows no data: images, the editor and its preview cause no violation', async () => {
  await withPage(openEditor(), async (p) => {
    await field(p, 'f-cta-url').fill('https://acme.example/book');
    await settled(p);
    await start(p, '#ed-preview');
    await p.waitForLoadState('load');
    assert.equal(await p.evaluate(() => document.querySelector('meta[http-equiv]')), null, 'the header alone sets the policy');
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.consoleMessages.filter((m) => /Content Security Policy/i.test(m.text)), []);
  });
});

test('__proto__, constructor and prototype are refused as language names and in the JSON; nothing reaches Object.prototype', async () => {
  await withPage(openEditor(), async (p) => {
    await p.evaluate(() => (window.__protoBefore = Object.getOwnPropertyNames(Object.prototype)));
    const added = () => p.evaluate(() => Object.getOwnPropertyNames(Object.prototype).filter((k) => !window.__protoBefore.includes(k)));
    // As typing does, also into a field the editor has paused.
    const typeInto = (label, value) =>
      p.getByLabel(label).evaluate((input, v) => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      await p.getByLabel('Add a language').fill(name);
      await p.getByRole('button', { name: 'Add' }).click();
      await typeInto(/Title of the first screen/, `Changed after adding ${name}`);
      assert.deepEqual(await added(), [], name);
      assert.match(await p.locator('#ed-new-locale-error').textContent(), new RegExp(`"${name}".*reserved`));
      assert.equal(await p.locator('#ed-locale').inputValue(), DEFAULT_CONFIG.default_locale, `${name} is not a language`);
    }

    await p.locator('#ed-raw').fill('{"default_locale": "__proto__", "texts": null}');
    await settled(p, 'invalid');
    assert.ok(await p.locator('#ed-raw-reserved').isVisible(), 'the editor says why it paused the form');
    assert.match(await p.locator('#ed-problems').textContent(), /default_locale: "__proto__" is a reserved name/);
    await typeInto(/Title of the first screen/, 'Changed after pasting');
    assert.deepEqual(await added(), []);
    assert.equal(await p.evaluate(() => ({}).constructor === Object && Object.getPrototypeOf({}) === Object.prototype), true);
    // The preview still mounts: a good config brings the widget back.
    await p.locator('#ed-raw').fill('{}');
    await settled(p);
    assert.deepEqual(p.pageErrors, []);
  });
});

test('a host page loads nothing of the editor', async () => {
  await withPage(newPage(browser), async (p) => {
    const urls = [];
    p.on('request', (r) => urls.push(r.url()));
    await p.goto(server.url('/fixtures/plain.html'));
    await waitForEvent(p, 'program-fit:ready');
    assert.ok(urls.some((u) => u.endsWith('/dist/program-fit_bg.wasm')));
    assert.deepEqual(urls.filter((u) => /editor|config\.default/.test(u)), []);
    assert.doesNotMatch(readFileSync(join(ROOT, 'dist/program-fit.js'), 'utf8'), /editor/);
  });
});

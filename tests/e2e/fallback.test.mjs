// A broken config in production: the visitor sees the localised "not
// available" card with the firm's call to action (the broken config's own
// CTA when it is still a usable URL, or the element's fallback-cta-url),
// and program-fit:error still fires with every problem. The page is on a
// host that is not local (fit.example, mapped to 127.0.0.1), so debug
// mode is off as on a real site.
// Run after `make dist`: node --test tests/e2e/fallback.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  artifactPath,
  axeCheck,
  configWith,
  launchBrowser,
  newPage,
  startServer,
  text,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';

const GERMAN = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8'));
const BOOKING = 'https://acme.example/book';

let browser;
let server;

const page = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title>
<script type="module" src="/dist/program-fit.js"></script></head>
<body><main><program-fit id="pf" loading="eager" ${attrs}></program-fit></main></body></html>`;

before(async () => {
  browser = await launchBrowser({ extraArgs: ['--host-resolver-rules=MAP fit.example 127.0.0.1'] });
  server = await startServer({
    routes: {
      // Fails validation (a question without options), yet its CTA is fine.
      '/fb/broken.json': configWith((c) => {
        c.questions[0].options = [];
        c.cta.url = `${BOOKING}?kind={kind}`;
      }),
      '/fb/not-json.json': '{"cta": {"url": "https://acme.example/book"},',
      '/fb/broken.html': page('config-url="/fb/broken.json"'),
      '/fb/broken-de.html': page('config-url="/fb/broken.json" lang="de"'),
      '/fb/attribute.html': page('config-url="/fb/not-json.json" fallback-cta-url="https://acme.example/contact"'),
      '/fb/none.html': page('config-url="/fb/not-json.json"'),
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture on the non-local host and returns the error event and the card. */
async function open(p, name) {
  const url = server.url(`/fb/${name}.html`).replace('127.0.0.1', 'fit.example');
  await p.goto(url);
  const [error] = await waitForEvent(p, 'program-fit:error');
  const card = widget(p).locator('[role=alert]');
  await card.waitFor();
  return { error, card };
}

test('a config that fails validation shows visitors the "not available" card with the firm\'s CTA, and still fires program-fit:error', async () => {
  await withPage(newPage(browser), async (p) => {
    const { error, card } = await open(p, 'broken');
    assert.equal(error.detail.kind, 'config');
    assert.ok(error.detail.problems.some((x) => x.path === 'questions[0].options'), JSON.stringify(error.detail.problems));
    assert.equal(await card.locator('h2').textContent(), text('error.title'));
    assert.ok((await card.textContent()).includes(text('error.unavailable')));
    assert.equal(await card.locator('li').count(), 0, 'no problem list for visitors');
    const cta = card.locator('a.pf-button--cta');
    assert.equal(await cta.getAttribute('href'), `${BOOKING}?kind=`, 'the config\'s own link, without a result to fill in');
    assert.equal(await cta.getAttribute('target'), '_top');
    assert.equal(await cta.textContent(), text('cta.label'));
    // Following it is reported like the app's own call to action.
    await p.evaluate(() => document.addEventListener('click', (e) => e.preventDefault(), { capture: true }));
    await cta.click();
    const [followed] = await waitForEvent(p, 'program-fit:cta');
    assert.equal(followed.detail.url, `${BOOKING}?kind=`);
    await axeCheck(p, 'fallback card');
    await p.screenshot({ path: artifactPath('fallback-card.png') });
  });
});

test('the card and its CTA are in the visitor\'s language', async () => {
  await withPage(newPage(browser), async (p) => {
    const { card } = await open(p, 'broken-de');
    assert.equal(await card.locator('h2').textContent(), GERMAN['error.title']);
    assert.equal(await card.locator('a.pf-button--cta').textContent(), GERMAN['cta.label']);
  });
});

test('a config that is not even JSON: the element\'s fallback-cta-url gives the link; without it, the card has none', async () => {
  await withPage(newPage(browser), async (p) => {
    const { error, card } = await open(p, 'attribute');
    assert.equal(error.detail.kind, 'config');
    assert.equal(await card.locator('a.pf-button--cta').getAttribute('href'), 'https://acme.example/contact');
  });
  await withPage(newPage(browser), async (p) => {
    const { card } = await open(p, 'none');
    assert.ok((await card.textContent()).includes(text('error.unavailable')));
    assert.equal(await card.locator('a').count(), 0);
  });
});

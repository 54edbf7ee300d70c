// frame.html's query is attacker-controlled: anyone can link to it or frame
// it. It must not show a config from another origin unless the deployer
// listed that origin in frame.html itself. Three origins: the host page
// (which also serves a config the deployer chose to allow), the frame's
// origin, and an attacker's.
// Run after `make dist`: node --test --test-concurrency=1 tests/e2e/frame.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, HYBRID_ANSWERS, ROOT, artifactPath, axeCheck, closePage, launchBrowser, newPage, startServer } from './helpers.mjs';

const ATTACK_TEXT = 'SECURITY NOTICE: your account is locked. Call us now.';
const SAME_ORIGIN_TEXT = 'A config from the frame’s own origin';
const LISTED_TEXT = 'A config from an origin listed in frame.html';
const SITE_TEXT = 'The site\u2019s own config, beside the release';
// The layout of docs/embedding.md: the release as is, the site's files beside it.
const RELEASE = '/program-fit/';
const ORIGINS_META = '<meta name="program-fit-config-origins" content="">';
// A brand for the frame, where the host page's CSS cannot reach, and a German intro title.
const GERMAN_TITLE = 'Coaching, Mentoring oder beides?';
const THEMED_CONFIG = JSON.stringify({
  theme: { 'color-primary': '#7dd3b8', 'color-on-primary': '#06241d', 'font-family': 'Georgia, serif' },
  texts: { de: { 'ui.intro.title': GERMAN_TITLE } },
});

/** The default config with another intro title (and, for the attacker, a CTA of theirs). */
function configTitled(title, cta) {
  const c = structuredClone(DEFAULT_CONFIG);
  c.texts.en['ui.intro.title'] = title;
  if (cta) c.cta.url = cta;
  return JSON.stringify(c);
}

/** dist/frame.html with the deployer's list of config origins filled in. */
function frameListing(origins) {
  const html = readFileSync(join(ROOT, 'dist/frame.html'), 'utf8');
  if (!html.includes(ORIGINS_META)) throw new Error('frame.html has no empty program-fit-config-origins meta');
  return html.replace(ORIGINS_META, `<meta name="program-fit-config-origins" content="${origins}">`);
}

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frame host</title></head>
<body><iframe id="program-fit" title="Programme fit assessment" width="100%" height="400"></iframe>
<script>
  window.__messages = [];
  addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  document.getElementById('program-fit').src = new URLSearchParams(location.search).get('src');
</script></body></html>`;

let browser;
let host;
let frame;
let attacker;
let attackerHits = 0;

before(async () => {
  browser = await launchBrowser();
  host = await startServer({
    routes: {
      '/fixtures/frame-host.html': HOST_PAGE,
      '/fixtures/listed-config.json': configTitled(LISTED_TEXT),
    },
  });
  attacker = await startServer({
    routes: {
      '/c.json': () => {
        attackerHits++;
        return configTitled(ATTACK_TEXT, 'https://attacker.example/unlock');
      },
    },
  });
  frame = await startServer({
    routes: {
      // frame.html as a deployer without any CSP would serve it.
      '/dist/frame-no-csp.html': () => readFileSync(join(ROOT, 'dist/frame.html')),
      // frame.html whose deployer allows configs from the host's origin,
      // in the meta tag and in the CSP's connect-src.
      '/dist/frame-listed.html': () => frameListing(host.origin),
      '/fixtures/own-config.json': configTitled(SAME_ORIGIN_TEXT),
      '/fixtures/themed-config.json': THEMED_CONFIG,
      '/program-fit-site/frame.json': () => JSON.stringify({ config_origins: [host.origin], config_url: 'config.json' }),
      '/program-fit-site/config.json': configTitled(SITE_TEXT),
    },
    mounts: [[RELEASE, 'dist']],
    headers: {
      [`${RELEASE}frame.html`]: {
        'content-security-policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${host.origin}; object-src 'none'; base-uri 'none'`,
      },
      '/dist/frame-listed.html': {
        'content-security-policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${host.origin}; object-src 'none'; base-uri 'none'`,
      },
    },
  });
});

after(async () => {
  await browser?.close();
  for (const s of [host, frame, attacker]) await s?.close();
});

/** The host page with frame.html (`framePath` on the frame's origin) and this query; waits for ready or error. */
async function openFrame(framePath, params, context = {}) {
  const p = await newPage(browser, { context });
  const query = new URLSearchParams({ 'instance-id': 'fit1', 'parent-origin': host.origin, ...params });
  await p.goto(host.url('/fixtures/frame-host.html?' + new URLSearchParams({ src: frame.url(framePath) + '?' + query })));
  await p.waitForFunction(() =>
    window.__messages.some((m) => m.data.type === 'program-fit:ready' || m.data.type === 'program-fit:error'),
  );
  const fr = p.frames().find((f) => f.url().startsWith(frame.origin));
  const posted = async (type) => (await p.evaluate(() => window.__messages)).filter((m) => m.data.type === type);
  return { p, fr, posted };
}

describe('frame.html and config-url', () => {
  for (const [name, framePath] of [
    ['served with the strict CSP', '/dist/frame.html'],
    ['served without any CSP', '/dist/frame-no-csp.html'],
  ]) {
    test(`${name}: a config-url on another origin is refused with a visible error, unfetched`, async () => {
      const hits = attackerHits;
      const configUrl = attacker.url('/c.json');
      const { p, fr, posted } = await openFrame(framePath, { 'config-url': configUrl });
      const [err] = await posted('program-fit:error');
      assert.equal(err.origin, frame.origin);
      assert.equal(err.data.detail.kind, 'config-fetch');
      assert.match(err.data.detail.message, /refused/);
      assert.ok(err.data.detail.message.includes(attacker.origin), err.data.detail.message);
      const box = fr.locator('program-fit [role=alert]');
      await box.waitFor();
      assert.ok(await box.isVisible());
      const shown = await box.textContent();
      assert.ok(shown.includes(configUrl) && shown.includes('refused'), shown);
      assert.equal(await fr.locator('program-fit .pf-intro').count(), 0);
      assert.ok(!(await fr.locator('program-fit').textContent()).includes('SECURITY NOTICE'));
      assert.equal(attackerHits, hits, 'the attacker config was never requested');
      // Refused by the frame itself, not left to the CSP (which a deployer may not send).
      assert.deepEqual(await fr.evaluate(() => window.__pfCspViolations), []);
      assert.equal((await posted('program-fit:ready')).length, 0);
      assert.deepEqual(p.pageErrors, []);
      await closePage(p);
    });
  }

  test('a same-origin config-url that redirects to another origin is refused', async () => {
    const configUrl = '/__redirect?to=' + encodeURIComponent(attacker.url('/c.json'));
    const { p, fr, posted } = await openFrame('/dist/frame-no-csp.html', { 'config-url': configUrl });
    const [err] = await posted('program-fit:error');
    assert.equal(err.data.detail.kind, 'config-fetch');
    assert.match(err.data.detail.message, /redirected to .*refused/);
    await fr.locator('program-fit [role=alert]').waitFor();
    assert.ok(!(await fr.locator('program-fit').textContent()).includes('SECURITY NOTICE'));
    await closePage(p);
  });

  test("a config-url on the frame's own origin works, relative or absolute", async () => {
    for (const configUrl of ['/fixtures/own-config.json', frame.url('/fixtures/own-config.json')]) {
      const { p, fr, posted } = await openFrame('/dist/frame.html', { 'config-url': configUrl });
      assert.equal((await posted('program-fit:ready')).length, 1);
      assert.deepEqual(await posted('program-fit:error'), []);
      assert.equal(await fr.locator('program-fit .pf-intro h2').textContent(), SAME_ORIGIN_TEXT);
      assert.deepEqual(await fr.evaluate(() => window.__pfCspViolations), []);
      await closePage(p);
    }
  });

  test('the site\'s files beside the release: program-fit-site/frame.json names the default config and lists origins; the attacker is still refused', async () => {
    const own = await openFrame(`${RELEASE}frame.html`, {});
    assert.deepEqual(await own.posted('program-fit:error'), []);
    assert.equal(await own.fr.locator('program-fit .pf-intro h2').textContent(), SITE_TEXT, 'program-fit-site/config.json without a config-url');
    assert.deepEqual(await own.fr.evaluate(() => window.__pfCspViolations), []);
    await closePage(own.p);
    const listed = await openFrame(`${RELEASE}frame.html`, { 'config-url': host.url('/fixtures/listed-config.json') });
    assert.deepEqual(await listed.posted('program-fit:error'), []);
    assert.equal(await listed.fr.locator('program-fit .pf-intro h2').textContent(), LISTED_TEXT, 'an origin listed in program-fit-site/frame.json');
    await closePage(listed.p);
    const hits = attackerHits;
    const bad = await openFrame(`${RELEASE}frame.html`, { 'config-url': attacker.url('/c.json') });
    const [err] = await bad.posted('program-fit:error');
    assert.match(err.data.detail.message, /refused/);
    assert.equal(attackerHits, hits, 'never requested');
    await closePage(bad.p);
  });

  test('a config-url on an origin listed in frame.html works; the attacker is still refused there', async () => {
    const ok = await openFrame('/dist/frame-listed.html', { 'config-url': host.url('/fixtures/listed-config.json') });
    assert.deepEqual(await ok.posted('program-fit:error'), []);
    assert.equal(await ok.fr.locator('program-fit .pf-intro h2').textContent(), LISTED_TEXT);
    assert.deepEqual(await ok.fr.evaluate(() => window.__pfCspViolations), []);
    await closePage(ok.p);
    const bad = await openFrame('/dist/frame-listed.html', { 'config-url': attacker.url('/c.json') });
    const [err] = await bad.posted('program-fit:error');
    assert.match(err.data.detail.message, /refused/);
    await closePage(bad.p);
  });
});

describe('a themed frame', () => {
  const css = (locator, prop) => locator.evaluate((e, prop) => getComputedStyle(e).getPropertyValue(prop), prop);
  const THEMED = { theme: 'dark', lang: 'de', 'config-url': '/fixtures/themed-config.json' };

  test('takes theme, lang and the config\'s theme values from a same-origin config, under the strict CSP', async () => {
    const { p, fr, posted } = await openFrame('/dist/frame.html', THEMED, { colorScheme: 'light' });
    assert.deepEqual(await posted('program-fit:error'), []);
    const w = fr.locator('program-fit');
    assert.equal(await w.getAttribute('theme'), 'dark');
    assert.equal(await css(w.locator('.pf-app'), 'background-color'), 'rgb(17, 24, 39)', 'dark, though the visitor is light');
    assert.equal(await fr.evaluate(() => document.querySelector('meta[name="color-scheme"]').content), 'dark');
    const startButton = w.locator('.pf-button--start');
    assert.equal(await css(startButton, 'background-color'), 'rgb(125, 211, 184)');
    assert.equal(await css(startButton, 'color'), 'rgb(6, 36, 29)');
    assert.equal(await css(w.locator('.pf-root'), 'font-family'), 'Georgia, serif');
    assert.equal(await fr.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await w.locator('.pf-intro h2').textContent(), GERMAN_TITLE);
    assert.deepEqual(await fr.evaluate(() => window.__pfCspViolations), []);
    await closePage(p);
  });

  test('without them, the same frame is light and unbranded', async () => {
    const { p, fr } = await openFrame('/dist/frame.html', {}, { colorScheme: 'light' });
    const w = fr.locator('program-fit');
    assert.equal(await css(w.locator('.pf-app'), 'background-color'), 'rgb(255, 255, 255)');
    assert.equal(await css(w.locator('.pf-button--start'), 'background-color'), 'rgb(29, 78, 216)');
    await closePage(p);
  });

  test('axe: no violations on the themed dark results in the frame', async () => {
    const answers = JSON.stringify(HYBRID_ANSWERS);
    // axe injects an inline script, so this page bypasses the frame's CSP.
    const query = { ...THEMED, storage: 'none' }; // so the prefill, not stored progress, decides the screen
    const { p, fr, posted } = await openFrame('/dist/frame.html', query, { bypassCSP: true });
    await fr.locator('program-fit').evaluate((e, a) => e.setAttribute('answers', a), answers);
    await p.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:complete'));
    assert.equal((await posted('program-fit:complete'))[0].data.detail.locale, 'de');
    await fr.locator('program-fit .pf-results').waitFor();
    await axeCheck(fr, 'themed frame results');
    await p.screenshot({ path: artifactPath('frame-themed-dark.png'), fullPage: true });
    await closePage(p);
  });

  test('a trailing slash in parent-origin is harmless', async () => {
    const { p, posted } = await openFrame('/dist/frame.html', { 'parent-origin': host.origin + '/' });
    const [ready] = await posted('program-fit:ready');
    assert.equal(ready.origin, frame.origin);
    await closePage(p);
  });
});

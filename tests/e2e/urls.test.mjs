// tests/fixtures/urls.json in Chromium: the browser's own URL parser reads
// every host in the table as the table says, and the loader's check of the
// lead-endpoint attribute gives the table's verdict. tests/engine/urls.rs
// holds the native check (src/engine/config/url.rs) to the same table.
// Run after `make dist`: node --test tests/e2e/urls.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HYBRID_ANSWERS, ROOT, configWith, launchBrowser, newPage, startServer, waitForEvent, withPage } from './helpers.mjs';

const ROWS = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/urls.json'), 'utf8')).urls;

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    routes: {
      // "Email me this plan" shows only when there is an endpoint to send to.
      '/urls/lead.json': configWith((c) => {
        c.lead = { ...c.lead, mode: 'optional', privacy_url: 'https://consultancy.example/privacy', email_copy: true };
      }),
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the browser reads the host of every URL in the table as the table says', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/fixtures/blank.html'));
    const hosts = await p.evaluate(
      (urls) =>
        urls.map((u) => {
          try {
            return new URL(u).hostname;
          } catch {
            return null;
          }
        }),
      ROWS.map((r) => r.url),
    );
    const wrong = ROWS.flatMap((r, i) => (hosts[i] === r.hostname ? [] : [`${JSON.stringify(r.url)}: ${hosts[i]}`]));
    assert.deepEqual(wrong, []);
  });
});

test("the loader's lead-endpoint check gives the table's verdict on every URL", async () => {
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/fixtures/blank.html'));
    await p.evaluate(
      ([urls, answers]) => {
        urls.forEach((url, i) => {
          const el = document.createElement('program-fit');
          el.id = `u${i}`;
          el.setAttribute('config-url', '/urls/lead.json');
          el.setAttribute('storage', 'none');
          el.setAttribute('answers', JSON.stringify(answers));
          el.setAttribute('lead-endpoint', url);
          document.getElementById('slot').append(el);
        });
      },
      [ROWS.map((r) => r.url), HYBRID_ANSWERS],
    );
    await waitForEvent(p, 'program-fit:complete', { count: ROWS.length });
    const accepted = await p.evaluate((n) =>
      Array.from({ length: n }, (_, i) => !!document.getElementById(`u${i}`).shadowRoot.querySelector('#pf-lead-copy')),
      ROWS.length,
    );
    const wrong = ROWS.flatMap((r, i) => (accepted[i] === r.endpoint ? [] : [`${JSON.stringify(r.url)} (${r.why})`]));
    assert.deepEqual(wrong, [], 'the loader disagrees with the table');
    // Each refused one was reported once.
    const refused = p.consoleMessages.filter((m) => m.type === 'error' && m.text.includes('ignoring lead-endpoint'));
    assert.equal(refused.length, ROWS.filter((r) => !r.endpoint).length);
    assert.deepEqual(p.pageErrors, []);
  });
});

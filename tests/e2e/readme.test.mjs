// The README's embedding snippet, as written, against dist/ served where the
// README says to put it (/program-fit/), with the fit-events.js it shows, on
// a page with the strict CSP. Both blocks are read from README.md, so this
// fails when the README drifts from what works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  DEFAULT_CONFIG,
  ROOT,
  completeFlow,
  events,
  launchBrowser,
  newPage,
  startServer,
  waitForEvent,
  withPage,
} from './helpers.mjs';
import { AFTER_LOAD_HEADING, docBlock } from './doc-blocks.mjs';
import { PNG, fetchesUnder } from './lazy-page.mjs';

/** The first fenced block of `lang` in the README's Embedding section, or under `heading` in it. */
const block = (lang, heading = '\n## Embedding') => docBlock('README.md', lang, heading);

const SNIPPET = block('html');
const EVENTS_JS = block('js');
// The snippet's own script: the one that is not the loader.
const EVENTS_PATH = [...SNIPPET.matchAll(/src="([^"]+)"/g)].map((m) => m[1]).find((s) => !s.endsWith('/program-fit.js'));
// Nothing before the page has loaded: the element, and a script of the
// page's own that adds the loader at the load event.
const AFTER_LOAD_HTML = block('html', AFTER_LOAD_HEADING);
const AFTER_LOAD_JS = block('js', AFTER_LOAD_HEADING);
const AFTER_LOAD_PATH = AFTER_LOAD_HTML.match(/src="([^"]+)"/)[1];

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({
    csp: true,
    mounts: [['/program-fit/', 'dist']],
    routes: {
      // The site's own copy of the starter config, beside the release.
      '/program-fit-site/config.json': () => readFileSync(join(ROOT, 'dist/config.json')),
      '/host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><main>${SNIPPET}</main></body></html>`,
      [EVENTS_PATH]: EVENTS_JS,
      '/after-load.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><main><img src="/slow.png" alt="" width="1" height="1">${AFTER_LOAD_HTML}</main></body></html>`,
      // The page's image, late, so its load event comes late.
      '/slow.png': () => new Promise((ok) => setTimeout(() => ok(PNG), 500)),
      [AFTER_LOAD_PATH]: AFTER_LOAD_JS,
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the README's snippet works as written against dist/, with its events script", async () => {
  assert.ok(EVENTS_PATH, 'the snippet loads an events script');
  await withPage(newPage(browser), async (p) => {
    const statuses = new Map();
    p.on('response', (r) => statuses.set(new URL(r.url()).pathname, r.status()));
    await p.goto(server.url('/host.html'));
    await waitForEvent(p, 'program-fit:ready');
    const configUrl = SNIPPET.match(/config-url="([^"]+)"/)[1];
    assert.equal(configUrl, '/program-fit-site/config.json', 'the config sits beside the release, not in it');
    assert.equal(statuses.get(configUrl), 200, `${configUrl} is served`);
    // fit-events.js logs the recommendation on complete.
    const logged = p.waitForEvent('console', (m) => m.type() === 'log' && m.text().startsWith('coaching'));
    await completeFlow(p, '#fit', COACHING_ANSWERS);
    await logged;
    assert.deepEqual(await events(p, 'program-fit:error'), []);
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.pageErrors, []);
  });
});

test("the README's after-load snippet fetches nothing of the widget before the page's load event, then loads under the strict CSP", async () => {
  assert.notEqual(AFTER_LOAD_PATH, '/program-fit/program-fit.js');
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/after-load.html'));
    await waitForEvent(p, 'program-fit:ready');
    const { fetches, load } = await p.evaluate(fetchesUnder, '/program-fit/');
    assert.ok(fetches.some((f) => f.path === '/program-fit/program-fit.js'), JSON.stringify(fetches));
    for (const f of fetches) assert.ok(f.start >= load, `${f.path} fetched at ${f.start} ms, before the load event at ${load} ms`);
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.pageErrors, []);
  });
});

test('dist/config.default.json is the full default config', () => {
  const shipped = JSON.parse(readFileSync(join(ROOT, 'dist/config.default.json'), 'utf8'));
  assert.equal(shipped.$schema, 'config.schema.json', 'names the schema shipped beside it');
  assert.deepEqual({ ...shipped, $schema: DEFAULT_CONFIG.$schema }, DEFAULT_CONFIG);
});

// Config errors for two audiences. Visitors see one short sentence; a
// developer gets every problem in the console and in program-fit:error's
// detail.problems, and in the widget too on localhost or with `debug`.
//
// The test server listens on 127.0.0.1, which counts as localhost. To see
// the page as a visitor on a real site does, Chromium resolves the name
// `pf-site.example` to the same server (--host-resolver-rules), so the
// page's hostname is not a local one while the bytes are the same.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, events, launchBrowser, newPage, startServer, text, waitForEvent, widget, withPage } from './helpers.mjs';

const SITE = 'pf-site.example';
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const FIXTURE = '/fixtures/config-errors.html';
const WIDGETS = ['visitor', 'debug', 'fetch'];
const PROBLEMS = [
  { path: 'money.curency', message: 'is not a known key; did you mean "currency"?' },
  { path: 'cta.url', message: 'must be text in double quotes, not the number 42' },
  { path: 'costs.group_coaching.min_group', message: 'must be a whole number, like 15000, not the text "4"' },
  { path: 'money.currency', message: '"Euro" is not an ISO 4217 currency code: use its three capital letters, like "EUR" or "USD"' },
];

let browser;
let server;

before(async () => {
  browser = await launchBrowser({ extraArgs: [`--host-resolver-rules=MAP ${SITE} 127.0.0.1`] });
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The fixture on `host` (the real server's port), after every widget reported its error. */
async function open(host) {
  const p = await newPage(browser);
  await p.goto(`http://${host}:${server.port}${FIXTURE}`);
  await waitForEvent(p, 'program-fit:error', { count: WIDGETS.length });
  return p;
}

const alertIn = (p, id) => widget(p, `#${id}`).locator('[role=alert]');
const items = (p, id) => alertIn(p, id).locator('li').allTextContents();
const line = (problem) => `${problem.path}: ${problem.message}`;

async function axeViolations(p) {
  await p.addScriptTag({ path: AXE_PATH });
  return p.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  });
}

describe('config errors', () => {
  test('every problem, of shape and of meaning, comes in one error event with its path and sentence', async () => {
    await withPage(open(SITE), async (p) => {
      const [err] = await events(p, 'program-fit:error', 'visitor');
      assert.equal(err.detail.kind, 'config');
      assert.deepEqual(
        [...err.detail.problems].sort((a, b) => a.path.localeCompare(b.path)),
        [...PROBLEMS].sort((a, b) => a.path.localeCompare(b.path)),
      );
      for (const pr of PROBLEMS) assert.ok(err.detail.message.includes(line(pr)), err.detail.message);
      const [fetchErr] = await events(p, 'program-fit:error', 'fetch');
      assert.equal(fetchErr.detail.kind, 'config-fetch');
      assert.deepEqual(fetchErr.detail.problems, [{ path: '', message: 'HTTP 404 Not Found' }]);
    });
  });

  test('a visitor on a real site sees one short sentence and no problems; the console has them all', async () => {
    await withPage(open(SITE), async (p) => {
      assert.equal(await p.evaluate(() => location.hostname), SITE);
      for (const id of ['visitor', 'fetch']) {
        const box = alertIn(p, id);
        assert.equal(await box.textContent(), text('error.title') + text('error.unavailable'), id);
        assert.deepEqual(await items(p, id), [], `${id}: no list`);
      }
      const logged = p.consoleMessages.filter((m) => m.type === 'error').map((m) => m.text).join('\n');
      for (const pr of PROBLEMS) assert.ok(logged.includes(line(pr)), `console has ${line(pr)}: ${logged}`);
      assert.ok(logged.includes('no-such-config.json:\n  HTTP 404 Not Found'), logged);
      assert.deepEqual(await axeViolations(p), []);
    });
  });

  test('with the debug attribute the same site lists every problem in the widget', async () => {
    await withPage(open(SITE), async (p) => {
      const box = alertIn(p, 'debug');
      const lead = text('error.config').replace('{source}', 'bad-many.json');
      assert.equal(await box.locator('p').textContent(), lead);
      const [err] = await events(p, 'program-fit:error', 'debug');
      assert.deepEqual(await items(p, 'debug'), err.detail.problems.map(line));
      assert.equal((await items(p, 'debug')).length, PROBLEMS.length);
    });
  });

  test('on localhost every broken widget lists its problems, debug attribute or not', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      await withPage(open(host), async (p) => {
        for (const id of ['visitor', 'debug']) {
          assert.deepEqual((await items(p, id)).sort(), PROBLEMS.map(line).sort(), `${host} ${id}`);
        }
        assert.deepEqual(await items(p, 'fetch'), ['HTTP 404 Not Found'], host);
        assert.ok((await alertIn(p, 'fetch').textContent()).includes('no-such-config.json'), host);
      });
    }
  });
});

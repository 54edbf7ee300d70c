// `make serve` (scripts/serve.mjs), with a stand-in for its build (the build
// itself, scripts/dist, made the dist/ every other test runs): the demo page
// under its strict CSP, its lead form posting to the endpoint the server
// runs, which prints the lead, and a reload of the page after each rebuild
// that a source change starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COACHING_ANSWERS, ROOT, completeFlow, launchBrowser, newPage, waitForEvent, widget, withPage } from './helpers.mjs';

const BUILDS = join(tmpdir(), `pf-serve-builds-${process.pid}.log`);
let browser;
let serve;
let out = '';

/** Polls `check` every 50 ms for up to `ms`; resolves to its first truthy value. */
async function until(what, check, ms = 30000) {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const v = check();
    if (v) return v;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`waited in vain for ${what}; the server said:\n${out}`);
}

const builds = () => {
  try {
    return readFileSync(BUILDS, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

before(async () => {
  writeFileSync(BUILDS, '');
  serve = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      LEAD_PORT: '0',
      PF_SERVE_BUILD: `node -e "require('fs').appendFileSync(process.env.PF_SERVE_BUILDS, 'build\\n')"`,
      PF_SERVE_BUILDS: BUILDS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serve.stdout.on('data', (d) => (out += d));
  serve.stderr.on('data', (d) => (out += d));
  browser = await launchBrowser();
});

after(async () => {
  serve?.kill();
  await browser?.close();
});

test('make serve: the demo under its strict CSP, leads to its endpoint, a reload after each rebuild', async () => {
  const url = await until('the demo page', () => out.match(/the demo page is at (\S+)/)?.[1]);
  assert.equal(builds(), 1, 'dist/ is built before serving');
  await withPage(newPage(browser), async (p) => {
    const response = await p.goto(url);
    assert.match(response.headers()['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    await waitForEvent(p, 'program-fit:ready');
    await completeFlow(p, 'program-fit', COACHING_ANSWERS);
    const w = widget(p);
    await w.locator('#pf-lead-email').fill('ana.ruiz@northwind.example');
    await w.locator('#pf-lead-consent').check();
    await w.locator('.pf-contact__submit').click();
    await waitForEvent(p, 'program-fit:lead');
    await until('the lead printed', () => out.includes('"email": "ana.ruiz@northwind.example"'));

    // A source saved (as it was: its time put back, so nothing else sees a
    // change): one rebuild, then the page reloads.
    const file = join(ROOT, 'web/demo.js');
    const { atime, mtime } = statSync(file);
    const reloaded = p.waitForEvent('load');
    writeFileSync(file, readFileSync(file));
    utimesSync(file, atime, mtime);
    await reloaded;
    assert.equal(builds(), 2);
    assert.match(out, /web\/demo\.js changed: rebuilding dist\//);
    await waitForEvent(p, 'program-fit:ready');
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.pageErrors, []);
  });
});

// The release: `make package` is unpacked in a temp folder, installed with
// npm from the tarball, and served like a CDN that mirrors npm packages;
// the widget runs from it with the loader's SRI hash from integrity.json.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  HYBRID_ANSWERS,
  ROOT,
  artifactPath,
  completeFlow,
  events,
  launchBrowser,
  newPage,
  startServer,
  waitForEvent,
  withPage,
} from './helpers.mjs';

const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const TGZ = join(ROOT, `program-fit-${VERSION}.tgz`);
const CDN = `/cdn/program-fit@${VERSION}/`;

let tmp;
let pkg; // the unpacked package/ folder
let integrity;
let browser;
let server;

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

const sri = (file) => 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');

function hostPage(integrityAttr, lang = 'en') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A host page</title>
<script defer src="${CDN}dist/program-fit-guard.js" integrity="${integrity['dist/program-fit-guard.js']}" crossorigin="anonymous"></script>
<script type="module" src="${CDN}dist/program-fit.js" integrity="${integrityAttr}" crossorigin="anonymous"></script>
</head><body><main><program-fit id="fit" config-url="${CDN}dist/config.json"></program-fit></main></body></html>`;
}

before(async () => {
  execFileSync('make', ['-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  tmp = mkdtempSync(join(tmpdir(), 'program-fit-package-'));
  execFileSync('tar', ['-xzf', TGZ, '-C', tmp]);
  pkg = join(tmp, 'package');
  integrity = JSON.parse(readFileSync(join(pkg, 'integrity.json'), 'utf8'));
  browser = await launchBrowser();
  server = await startServer({
    csp: true,
    mounts: [[CDN, pkg]],
    routes: {
      '/pinned.html': () => hostPage(integrity['dist/program-fit.js']),
      '/placeholder.html': () => hostPage('sha384-…'),
      '/wrong.html': () => hostPage(sri(join(pkg, 'dist/program-fit.css'))),
      '/wrong-de.html': () => hostPage(sri(join(pkg, 'dist/program-fit.css')), 'de'),
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the tarball holds dist/, the README, the docs, the default config, package.json and integrity.json', () => {
  const files = filesUnder(pkg);
  for (const f of ['README.md', 'package.json', 'integrity.json', 'docs/config.md', 'docs/embedding.md',
    'dist/program-fit.js', 'dist/program-fit_bg.wasm', 'dist/program-fit.css', 'dist/config.default.json',
    'dist/config.json', 'dist/editor.html', 'dist/frame.html']) {
    assert.ok(files.includes(f), `package has ${f}`);
  }
  assert.deepEqual(filesUnder(join(pkg, 'dist')), filesUnder(join(ROOT, 'dist')), 'all of dist/');
  // The config schema ships when the repository has one.
  assert.equal(files.includes('docs/config.schema.json'), existsSync(join(ROOT, 'docs/config.schema.json')));
  assert.deepEqual(readFileSync(join(pkg, 'dist/program-fit.js')), readFileSync(join(ROOT, 'dist/program-fit.js')));
});

test('integrity.json has the sha384 SRI hash of every other file', () => {
  const files = filesUnder(pkg).filter((f) => f !== 'integrity.json');
  assert.deepEqual(Object.keys(integrity).sort(), files);
  for (const f of files) assert.equal(integrity[f], sri(join(pkg, f)), f);
});

test("package.json names the release and exports the loader, so npm installs it from the tarball", () => {
  const meta = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(meta.name, 'program-fit');
  assert.equal(meta.version, VERSION);
  for (const f of meta.files) assert.ok(existsSync(join(pkg, f)), `files entry ${f} exists`);
  for (const [key, target] of Object.entries(meta.exports)) {
    if (!key.includes('*')) assert.ok(existsSync(join(pkg, target)), `export ${key} → ${target} exists`);
  }
  assert.equal('./config.schema.json' in meta.exports, existsSync(join(pkg, 'docs/config.schema.json')));
  // A host project installs the tarball (offline: it has no dependencies).
  const host = join(tmp, 'host');
  execFileSync('mkdir', ['-p', host]);
  writeFileSync(join(host, 'package.json'), '{"name":"host","private":true}');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', TGZ], { cwd: host });
  const resolve = (spec) =>
    execFileSync('node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(spec)}))`], { cwd: host })
      .toString()
      .trim();
  assert.ok(resolve('program-fit').endsWith('/node_modules/program-fit/dist/program-fit.js'));
  assert.ok(resolve('program-fit/dist/program-fit_bg.wasm').endsWith('/node_modules/program-fit/dist/program-fit_bg.wasm'));
  assert.equal(sri(join(host, 'node_modules/program-fit/dist/program-fit.js')), integrity['dist/program-fit.js']);
});

test('the widget runs from the unpacked package, pinned by the SRI hash from integrity.json', async () => {
  await withPage(newPage(browser), async (p) => {
    await p.goto(server.url('/pinned.html'));
    await waitForEvent(p, 'program-fit:ready');
    await completeFlow(p, '#fit', HYBRID_ANSWERS);
    assert.deepEqual(await events(p, 'program-fit:error'), []);
    assert.deepEqual(await p.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(p.pageErrors, []);
  });
});

/** The loader's PF_FAILED.load sentence for `lang`, from its source. */
function loaderSentence(lang) {
  const loader = readFileSync(join(ROOT, 'web/program-fit.js'), 'utf8');
  const m = loader.match(new RegExp(`\\n  ${lang}: \\{\\n    load: '([^']+)'`));
  assert.ok(m, `the loader has a ${lang} load sentence`);
  return m[1];
}

test('a hash that does not match blocks the loader, and the guard leaves a visible, localised message instead of a 0 px box; a placeholder is ignored, so SRI is off', async () => {
  for (const [page, lang] of [['/wrong.html', 'en'], ['/wrong-de.html', 'de']]) {
    await withPage(newPage(browser), async (wrong) => {
      await wrong.goto(server.url(page));
      const [error] = await waitForEvent(wrong, 'program-fit:error');
      assert.equal(await wrong.evaluate(() => customElements.get('program-fit')), undefined, 'the loader did not run');
      assert.equal(error.detail.kind, 'load');
      assert.match(error.detail.message, /program-fit\.js/);
      const box = wrong.locator('program-fit > p.pf-load-failed');
      assert.equal(await box.getAttribute('role'), 'alert');
      assert.equal(await box.getAttribute('lang'), lang);
      assert.equal(await box.textContent(), loaderSentence(lang), 'the loader\'s own sentence');
      assert.ok(await box.isVisible());
      const height = await wrong.evaluate(() => document.getElementById('fit').getBoundingClientRect().height);
      assert.ok(height > 0, `the element is ${height} px high`);
      if (lang === 'en') await wrong.screenshot({ path: artifactPath('sri-mismatch.png') });
    });
  }
  // What the README warns about: the literal placeholder runs unchecked.
  await withPage(newPage(browser), async (placeholder) => {
    await placeholder.goto(server.url('/placeholder.html'));
    await waitForEvent(placeholder, 'program-fit:ready');
    assert.ok(placeholder.consoleMessages.some((m) => /integrity/i.test(m.text)), 'the browser says so in the console');
  });
});

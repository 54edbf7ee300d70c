// The config validator for CI, `npx program-fit validate config.json`, run
// from the unpacked release with Node alone (no Rust, no cargo on the PATH):
// its exit codes on good and bad configs, and the same problems with the same
// paths as the widget reports for that config in the browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, addWidget, launchBrowser, newPage, startServer, waitForEvent, withPage } from './helpers.mjs';

const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const TGZ = join(ROOT, `program-fit-${VERSION}.tgz`);

/** A config with problems of shape and of meaning, as docs/config.md lists them. */
const BAD = {
  default_locale: 'de',
  cta: { url: 'javascript:alert(1)', colour: 'red' },
  money: { currency: 'Euro', symbol: '€' },
  questions: [{ id: 'goal', wieght: 2 }, { id: 'audience' }, { id: 'participants' }, { id: 'budget' }, { id: 'duration' },
    { id: 'driver' }, { id: 'path' }, { id: 'mentors' }],
  traits: [{ id: 'org_sets_goals', when: [{ question: 'drivr', is: ['organisation'] }] }],
  theme: { 'colour-primary': '#0b5d4b' },
};

let tmp;
let cli; // the unpacked package's cli/program-fit.mjs

before(() => {
  execFileSync('make', ['-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  tmp = mkdtempSync(join(tmpdir(), 'program-fit-validate-'));
  execFileSync('tar', ['-xzf', TGZ, '-C', tmp]);
  cli = join(tmp, 'package/cli/program-fit.mjs');
  writeFileSync(join(tmp, 'bad.json'), JSON.stringify(BAD, null, 2));
  writeFileSync(join(tmp, 'broken.json'), '{ "cta": { "url": "https://acme.example/book", } }');
  writeFileSync(join(tmp, 'german.json'), JSON.stringify({ default_locale: 'de', money: { currency: 'EUR', symbol: '€' } }));
  copyFileSync(join(ROOT, 'examples/branded/config.json'), join(tmp, 'branded.json'));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs `node <cli> ...args` in the temp folder with Node's own folder as the whole PATH. */
function run(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: tmp, env: { PATH: dirname(process.execPath) }, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

test('a good config passes with exit code 0, a German one with the shipped German texts too', () => {
  for (const file of ['branded.json', 'german.json']) {
    const r = run('validate', file);
    assert.equal(r.status, 0, `${file}\n${r.out}${r.err}`);
    assert.equal(r.out, `${file}: no problems\n`);
  }
});

test('a bad config fails with exit code 1 and every problem with its path; broken JSON says where', () => {
  const r = run('validate', 'bad.json');
  assert.equal(r.status, 1, r.out + r.err);
  const lines = r.out.trimEnd().split('\n');
  assert.match(lines[0], /^bad\.json: \d+ problems$/);
  for (const expected of [
    '  cta.colour: is not a known key; the keys here are url, label, target',
    '  questions[0].wieght: is not a known key; did you mean "weight"?',
    '  cta.url: script and data URLs are not allowed',
    '  traits[id=org_sets_goals].when[0].question: unknown question id "drivr"; did you mean "driver"?',
  ]) assert.ok(lines.includes(expected), `${expected}\nin\n${r.out}`);
  assert.ok(lines.some((l) => /^ {2}money\.currency: "Euro" is not an ISO 4217 currency code/.test(l)), r.out);
  assert.ok(lines.some((l) => /^ {2}theme\["colour-primary"\]: /.test(l)), r.out);
  assert.equal(Number(lines[0].match(/\d+/)[0]), lines.length - 1);

  const broken = run('validate', 'broken.json');
  assert.equal(broken.status, 1);
  assert.match(broken.out, /^broken\.json: 1 problem\n {2}the config is not valid JSON: trailing comma \(line 1, column \d+\)\n$/);
  // Several files: 1 when any has a problem.
  assert.equal(run('validate', 'branded.json', 'bad.json').status, 1);
});

test('no config, or one that cannot be read: usage or the reason, with exit code 2', () => {
  const none = run('validate');
  assert.equal(none.status, 2);
  assert.match(none.err, /^Usage: program-fit validate <config\.json>/);
  const missing = run('validate', 'missing.json');
  assert.equal(missing.status, 2);
  assert.match(missing.err, /^missing\.json: cannot be read: ENOENT/);
});

test('npx program-fit validate works in a project that installed the tarball', () => {
  const host = join(tmp, 'host');
  execFileSync('mkdir', ['-p', host]);
  writeFileSync(join(host, 'package.json'), '{"name":"host","private":true}');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', TGZ], { cwd: host });
  const npx = (file) => spawnSync('npx', ['--offline', '--no-install', 'program-fit', 'validate', join(tmp, file)], { cwd: host, encoding: 'utf8' });
  assert.equal(npx('branded.json').status, 0);
  const bad = npx('bad.json');
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /cta\.url: script and data URLs are not allowed/);
});

test('it reports what the widget reports for the same config, path for path', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ csp: true });
  try {
    await withPage(newPage(browser), async (p) => {
      await p.goto(server.url('/fixtures/plain.html'));
      await waitForEvent(p, 'program-fit:ready');
      await addWidget(p, { id: 'bad', debug: '', loading: 'eager' }, { inline: JSON.stringify(BAD) });
      const [error] = await waitForEvent(p, 'program-fit:error', { target: 'bad' });
      const fromWidget = error.detail.problems.map(({ path, message }) => `  ${path}: ${message}`);
      const fromCli = run('validate', 'bad.json').out.trimEnd().split('\n').slice(1);
      assert.ok(fromWidget.length > 5);
      assert.deepEqual(fromCli, fromWidget);
    });
  } finally {
    await browser.close();
    await server.close();
  }
});

// Side-by-side benchmark: Program Fit vs SurveyJS (survey-core + survey-js-ui)
// asking the same questions, at normal CPU and at 4x throttled CPU. Runs
// alternate (Program Fit, SurveyJS, Program Fit, ...), each in a fresh browser
// context, BENCH_RUNS pairs per setting (default 7). Per tool it reports:
//   - the gzipped bytes the page loads for its form;
//   - navigation -> first screen visible and interactive (Program Fit: its
//     intro with the start button; SurveyJS: question 1), and navigation ->
//     first question (Program Fit: the intro's start pressed at once);
//   - step latency: click Continue/Next (the answer already chosen) -> the next
//     screen painted, timed in the page with performance.now() up to the first
//     task after the requestAnimationFrame that follows the DOM change;
//   - the JS heap on the results / completed screen after a forced GC (CDP).
// Writes the table to bench/RESULTS.md. Timing lives here, never in tests.
// BENCH_ONLY=host or BENCH_ONLY=explore runs that section alone and
// replaces it in RESULTS.md, keeping the rest.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { hostBench, hostMarkdown } from './host.mjs';
import { exploreBench, exploreMarkdown, explorePage } from './explore.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const SETTINGS = [
  { name: 'normal CPU', rate: 1 },
  { name: '4x throttled CPU', rate: 4 },
];
const TARGETS = { kib: 110, firstRatio: 0.5, stepMs: 34 };
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
const CONFIG = JSON.parse(readFileSync(join(ROOT, 'config/default.json'), 'utf8'));
// The coaching walk (tests/e2e/helpers.mjs COACHING_ANSWERS); the optional
// follow-ups it is asked get their first option (or the minimum) so every
// step is "answer chosen, then Continue".
const ANSWERS = { goal: 'leadership', audience: 'executives', participants: 10, budget: 200000, duration: 'short', driver: 'organisation', expertise: 'few', path: 'unimportant' };
const answerFor = (q) => ANSWERS[q.id] ?? (q.kind === 'choice' ? q.options[0].id : Math.max(q.min ?? 1, 1));
const PF_ASKED = CONFIG.questions.filter((q) => !q.ask_when || q.ask_when.includes('coaching'));

/** The same questionnaire, in SurveyJS's format, built from our config. */
function surveyJson() {
  const t = CONFIG.texts[CONFIG.default_locale];
  const elements = CONFIG.questions.map((q) =>
    q.kind === 'choice'
      ? { type: 'radiogroup', name: q.id, title: t[`q.${q.id}.label`], description: t[`q.${q.id}.hint`], isRequired: !q.optional,
          choices: q.options.map((o) => ({ value: o.id, text: t[`q.${q.id}.opt.${o.id}`] })) }
      : { type: 'text', inputType: 'number', name: q.id, title: t[`q.${q.id}.label`], description: t[`q.${q.id}.hint`], isRequired: !q.optional, min: q.min, max: q.max });
  return { pages: elements.map((e) => ({ elements: [e] })), showProgressBar: 'top' };
}

async function writePages(dir) {
  await mkdir(dir, { recursive: true });
  // loading="eager", as every Program Fit loaded before lazy loading came
  // (issue 24), so these times compare with earlier ones; and the default,
  // lazy, which at the top of a page loads once the element is first laid out.
  const pfPage = (attrs) => '<!doctype html><html lang="en"><meta charset="utf-8"><title>Program Fit</title>' +
    `<script type="module" src="/dist/program-fit.js"></script><body><program-fit storage="none"${attrs}></program-fit></body></html>`;
  await writeFile(join(dir, 'program-fit.html'), pfPage(' loading="eager"'));
  await writeFile(join(dir, 'program-fit-lazy.html'), pfPage(''));
  await writeFile(join(dir, 'program-fit-explore.html'), explorePage());
  await writeFile(join(dir, 'survey.json'), JSON.stringify(surveyJson()));
  await writeFile(join(dir, 'surveyjs.js'),
    "fetch('/bench/out/survey.json').then(r => r.json()).then(json => {\n" +
    "  const model = new Survey.Model(json);\n  window.survey = model;\n" +
    "  SurveyUI.renderSurvey(model, document.getElementById('survey'));\n});\n");
  await writeFile(join(dir, 'surveyjs.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>SurveyJS</title>' +
    '<link rel="stylesheet" href="/node_modules/survey-core/survey-core.min.css">' +
    '<script src="/node_modules/survey-core/survey.core.min.js"></script>' +
    '<script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>' +
    '<body><div id="survey"></div><script src="/bench/out/surveyjs.js"></script></body></html>');
}

function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(ROOT, path.replace(/\.\.+/g, ''));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);

/**
 * In the page: `press` (a function source run in the page) clicks, then the
 * time until `screen()` (the screen's signature) differs from before and the
 * frame after that DOM change has been painted (rAF, then the next task).
 */
async function timedStep(p, screenFn, pressFn) {
  return p.evaluate(async ([screenSrc, pressSrc]) => {
    const screen = eval(screenSrc);
    const press = eval(pressSrc);
    const before = screen();
    const t0 = performance.now();
    press();
    await new Promise((ok, fail) => {
      const deadline = t0 + 30000;
      const poll = () => {
        if (screen() !== before) ok();
        else if (performance.now() > deadline) fail(new Error(`screen did not change from ${before}`));
        else queueMicrotask(() => setTimeout(poll, 0));
      };
      // Check after every microtask checkpoint the renderer may use.
      const obs = new MutationObserver(() => { if (screen() !== before) { obs.disconnect(); ok(); } });
      obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const root = document.querySelector('program-fit')?.shadowRoot;
      if (root) obs.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      poll();
    });
    await new Promise((ok) => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = ok;
      ch.port2.postMessage(0);
    }));
    return performance.now() - t0;
  }, [screenFn.toString(), pressFn.toString()]);
}

/**
 * Navigates and times the first screen in the page, as steps are timed: a
 * script that runs before the page's own checks `shown()` in every
 * animation frame, and the first frame in which it holds counts once painted
 * (the first task after it). `late` is the earlier method's time for the
 * same run, performance.now() read by a round trip from here after
 * Playwright saw the screen: it adds the harness's own latency (polling and
 * the round trip, slowed by CPU throttling too) to both tools.
 */
async function firstScreen(p, url, shown) {
  await p.addInitScript((src) => {
    const check = eval(src);
    const tick = () => {
      if (!check()) return requestAnimationFrame(tick);
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__benchFirst = performance.now(); };
      ch.port2.postMessage(0);
    };
    requestAnimationFrame(tick);
  }, shown.toString());
  await p.goto(url);
  await p.waitForFunction(shown, null, { polling: 'raf', timeout: 60000 });
  const late = await p.evaluate(() => performance.now());
  await p.waitForFunction(() => window.__benchFirst !== undefined, null, { timeout: 60000 });
  return { first: await p.evaluate(() => window.__benchFirst), late };
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  // The wasm linear memory lives outside the JS heap: every live
  // WebAssembly.Memory, found through its prototype.
  const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  const wasm = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId, returnByValue: true,
    functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
  });
  return { js: u.usedSize, wasm: wasm.result.value };
}

async function filesBytes(files) {
  let bytes = 0;
  for (const f of files) {
    if (f.startsWith('/bench/out/')) continue; // the host pages themselves
    bytes += gzipSync(await readFile(join(ROOT, f)), { level: 9 }).length;
  }
  return bytes;
}

const PF_SCREEN = () => {
  const r = document.querySelector('program-fit')?.shadowRoot;
  const s = r?.querySelector('section.pf-screen');
  return s ? `${s.className}|${r.querySelector('.pf-focus-target')?.textContent}` : '';
};

/** A fresh context and page at this CPU throttling, recording the paths it loads. */
async function freshPage(browser, rate) {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const files = new Set();
  p.on('response', (r) => files.add(new URL(r.url()).pathname));
  return { ctx, p, cdp, files };
}

async function runProgramFit(browser, origin, rate, page = 'program-fit') {
  const { ctx, p, cdp, files } = await freshPage(browser, rate);
  const consoleLines = [];
  p.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  const { first, late } = await firstScreen(p, `${origin}/bench/out/${page}.html`,
    () => !!document.querySelector('program-fit')?.shadowRoot?.querySelector('.pf-intro .pf-button--start'));
  const w = p.locator('program-fit');
  const startMs = await timedStep(p, PF_SCREEN, () =>
    document.querySelector('program-fit').shadowRoot.querySelector('.pf-intro .pf-button--start').click());
  const firstQuestion = first + startMs;
  const steps = [];
  let retries = 0;
  for (const q of PF_ASKED) {
    const v = answerFor(q);
    const field = q.kind === 'number' ? `form input.pf-input[name="${q.id}"]` : `form input[type=radio][name="pf-q-${q.id}"][value="${v}"]`;
    // Under load an answer typed while the screen is still settling can be
    // lost (the step then ends on a validation message): such a step is
    // answered again and only the attempt that moves on is counted.
    for (let attempt = 1; ; attempt++) {
      await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      try {
        if (q.kind === 'number') await w.locator(field).fill(String(v), { timeout: 10000 });
        else await w.locator(field).check({ timeout: 10000 });
      } catch (e) {
        const html = await p.evaluate(() => document.querySelector('program-fit').shadowRoot.innerHTML) + ' console: ' + consoleLines.join(' / ');
        throw new Error(`Program Fit: no ${field} on the screen: ${html?.slice(0, 1500)}`, { cause: e });
      }
      const ms = await timedStep(p, PF_SCREEN, () =>
        document.querySelector('program-fit').shadowRoot.querySelector('form button[type=submit]').click());
      if ((await w.locator(field).count()) === 0) {
        steps.push(ms);
        break;
      }
      if (attempt === 3) throw new Error(`Program Fit stayed on ${q.id} after 3 attempts`);
      retries++;
    }
  }
  await w.locator('.pf-check > button.pf-button').waitFor();
  const resultsMs = await timedStep(p, PF_SCREEN, () =>
    document.querySelector('program-fit').shadowRoot.querySelector('.pf-check > button.pf-button').click());
  await w.locator('section.pf-results').waitFor();
  const h = await heap(cdp);
  const bytes = await filesBytes(files);
  await ctx.close();
  return { first, late, firstQuestion, steps, resultsMs, heap: h, bytes, retries };
}

const SJ_SCREEN = () => {
  if (document.querySelector('.sd-completedpage')) return 'complete';
  return document.querySelector('.sd-question__title')?.textContent ?? '';
};

async function runSurveyJs(browser, origin, rate) {
  const { ctx, p, cdp, files } = await freshPage(browser, rate);
  const { first, late } = await firstScreen(p, `${origin}/bench/out/surveyjs.html`,
    () => !!document.querySelector('.sd-question__title, .sv-string-viewer') && !!document.querySelector('.sd-navigation__next-btn'));
  const steps = [];
  let resultsMs;
  const pages = await p.evaluate(() => window.survey.visiblePages.length);
  for (let i = 0; i < pages; i++) {
    const name = await p.evaluate(() => window.survey.currentPage.questions[0].name);
    const q = CONFIG.questions.find((x) => x.id === name);
    const v = answerFor(q);
    const input = q.kind === 'number' ? p.locator(`.sd-question input`) : p.locator(`input[type=radio][value="${v}"]`);
    // SurveyJS takes a typed value on blur.
    if (q.kind === 'number') { await input.fill(String(v)); await input.blur(); }
    else await p.locator('.sd-item', { has: input }).locator('label').first().click();
    const last = i === pages - 1;
    const ms = await timedStep(p, SJ_SCREEN, last
      ? () => document.querySelector('.sd-navigation__complete-btn').click()
      : () => document.querySelector('.sd-navigation__next-btn').click());
    if (last) resultsMs = ms;
    else steps.push(ms);
  }
  await p.locator('.sd-completedpage').waitFor();
  const h = await heap(cdp);
  const bytes = await filesBytes(files);
  await ctx.close();
  return { first, late, firstQuestion: first, steps, resultsMs, heap: h, bytes };
}

function summarise(runs) {
  const steps = runs.flatMap((r) => r.steps);
  return {
    bytes: runs[0].bytes,
    first: median(runs.map((r) => r.first)),
    late: median(runs.map((r) => r.late)),
    firstQuestion: median(runs.map((r) => r.firstQuestion)),
    stepMedian: median(steps),
    stepMax: max(steps),
    steps: steps.length / runs.length,
    retries: runs.reduce((n, r) => n + (r.retries || 0), 0),
    results: median(runs.map((r) => r.resultsMs)),
    heapJs: median(runs.map((r) => r.heap.js)),
    heapWasm: median(runs.map((r) => r.heap.wasm)),
  };
}

function machine() {
  const model = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1] || cpus()[0]?.model || '?';
  const nproc = execSync('nproc').toString().trim();
  let chromium = '?';
  try { chromium = execSync('/usr/bin/chromium --version 2>/dev/null').toString().trim(); } catch {}
  return { model, nproc, chromium };
}

await writePages(join(ROOT, 'bench/out'));
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
let host;
const loadBefore = loadavg()[0];
// One section alone (BENCH_ONLY): it replaces its part of RESULTS.md, from
// its heading to the next, and the rest is kept.
const ONLY = {
  host: ['\n## A host page with the widget below the fold', async () => hostMarkdown(await hostBench(browser, ROOT, surveyJson()))],
  explore: ['\n## The what-if explorer', async () => exploreMarkdown(await exploreBench(browser, origin))],
}[process.env.BENCH_ONLY];
if (ONLY) {
  const [heading, section] = ONLY;
  try {
    const md = (await section()).trim();
    const old = await readFile(join(ROOT, 'bench/RESULTS.md'), 'utf8');
    const start = old.indexOf(heading);
    const end = old.indexOf('\n## ', start + heading.length);
    const tail = end < 0 ? '' : `\n${old.slice(end).trimStart()}`;
    await writeFile(join(ROOT, 'bench/RESULTS.md'), `${old.slice(0, start).trimEnd()}\n\n${md}\n${tail}`);
    console.log(md);
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}
let explored;
try {
  // One warm-up pair, not counted (disk cache of the server's files, JIT of node).
  await runProgramFit(browser, origin, 1);
  await runSurveyJs(browser, origin, 1);
  for (const s of SETTINGS) {
    const pf = [];
    const sj = [];
    const lazy = [];
    for (let i = 0; i < RUNS; i++) {
      pf.push(await runProgramFit(browser, origin, s.rate));
      sj.push(await runSurveyJs(browser, origin, s.rate));
      lazy.push(await runProgramFit(browser, origin, s.rate, 'program-fit-lazy'));
      process.stderr.write(`${s.name}: pair ${i + 1}/${RUNS}\n`);
    }
    // Each pair's own ratios: the two runs of a pair are seconds apart, so
    // their spread shows how far the machine moved the ratio of medians.
    const pairs = pf.map((p, i) => ({ first: p.first / sj[i].first, firstQuestion: p.firstQuestion / sj[i].firstQuestion }));
    results.push({ setting: s, pf: summarise(pf), sj: summarise(sj), lazy: summarise(lazy), pairs });
  }
  host = await hostBench(browser, ROOT, surveyJson());
  explored = await exploreBench(browser, origin);
} finally {
  await browser.close();
  server.close();
}

const kib = (b) => (b / 1024).toFixed(1);
const ms = (x) => x.toFixed(0);
const mib = (b) => (b / 1048576).toFixed(2);
const met = (ok) => (ok ? 'met' : 'missed');
const m = machine();
const loadAfter = loadavg()[0];
const date = new Date().toISOString().slice(0, 10);
const lines = [];
lines.push('# Benchmark: Program Fit vs SurveyJS', '');
lines.push(`Date: ${date}. Machine: ${m.nproc} CPUs, ${m.model}; ${m.chromium} (headless, via playwright-core). ` +
  `1-minute load average ${loadBefore.toFixed(2)} before the runs, ${loadAfter.toFixed(2)} after (other work on the machine skews the times).`);
lines.push(`Written by \`make bench\` (bench/run.mjs): ${RUNS} alternating pairs per setting (Program Fit run, SurveyJS run, ...), ` +
  'a fresh browser context per run, one uncounted warm-up pair; medians unless marked max.', '');
lines.push('Program Fit: dist/ as built by `make dist`, default config, `storage="none"`, `loading="eager"` (as before lazy loading; the ratios and targets are of these runs), ' +
  'and with the default `loading="lazy"` in a third run of each round, the element at the top of the page as here. SurveyJS: survey-core + survey-js-ui ' +
  `${JSON.parse(readFileSync(join(ROOT, 'node_modules/survey-core/package.json'), 'utf8')).version}, the same questions, one per page.`, '');
lines.push('- First screen: navigation to the first screen visible and interactive (Program Fit: its intro with the start button; SurveyJS: question 1 with Next), ' +
  'timed in the page as steps are: a script run before the page\'s own checks for the screen in every animation frame, and the first task after the frame that shows it is the time. ' +
  'Until 2026-11-29 the time was read by a round trip from Playwright after it saw the screen, which adds the harness\'s latency to both tools; ' +
  `that method's medians in these same runs: ${results.map((r) => `${r.setting.name} Program Fit ${ms(r.pf.late)} ms, SurveyJS ${ms(r.sj.late)} ms (${(r.pf.late / r.sj.late).toFixed(2)}x)`).join('; ')}.`);
lines.push('- First question: navigation to question 1 (Program Fit: the intro\'s start pressed as soon as it is interactive; SurveyJS: same as first screen).');
lines.push('- Ratios against SurveyJS: of the medians; the targets also give each pair\'s own ratio (lowest, highest, median), whose spread is the machine\'s noise.');
lines.push('- Step: answer chosen, then Continue/Next clicked in the page -> next screen in the DOM -> the first task after the next requestAnimationFrame, performance.now() in the page. ' +
  `Program Fit: ${results[0].pf.steps} steps per run (intro start not included), SurveyJS: ${results[0].sj.steps}.`);
lines.push(`- Program Fit steps answered again after a lost answer (not counted): ${results.reduce((n, r) => n + r.pf.retries + r.lazy.retries, 0)}.`);
lines.push('- Results: the last click (Program Fit: "see results" on the check screen; SurveyJS: Complete) -> that screen painted.');
lines.push('- gzip KiB: each file the page loads (host page excluded), gzipped by Node\'s zlib at level 9 as tests/e2e/size.test.mjs does; GNU `gzip -9` (the `make dist` printout) comes out about 1.5 KiB smaller on the wasm.');
lines.push('- Heap: CDP Runtime.getHeapUsage usedSize on the results / completed screen after HeapProfiler.collectGarbage; wasm memory: the byteLength of every live WebAssembly.Memory (CDP Runtime.queryObjects), which the JS heap does not include.', '');
lines.push('| setting | tool | gzip KiB | first screen ms | first question ms | step ms median | step ms max | results ms | JS heap MiB | wasm memory MiB |');
lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  for (const [name, x] of [['Program Fit, eager', r.pf], ['SurveyJS', r.sj], ['Program Fit, lazy (the default)', r.lazy]]) {
    lines.push(`| ${r.setting.name} | ${name} | ${kib(x.bytes)} | ${ms(x.first)} | ${ms(x.firstQuestion)} | ${ms(x.stepMedian)} | ${ms(x.stepMax)} | ${ms(x.results)} | ${mib(x.heapJs)} | ${mib(x.heapWasm)} |`);
  }
  lines.push(`| ${r.setting.name} | ratio PF eager/SurveyJS | ${(r.pf.bytes / r.sj.bytes).toFixed(2)} | ${(r.pf.first / r.sj.first).toFixed(2)} | ${(r.pf.firstQuestion / r.sj.firstQuestion).toFixed(2)} | ${(r.pf.stepMedian / r.sj.stepMedian).toFixed(2)} | ${(r.pf.stepMax / r.sj.stepMax).toFixed(2)} | ${(r.pf.results / r.sj.results).toFixed(2)} | ${(r.pf.heapJs / r.sj.heapJs).toFixed(2)} | |`);
}
lines.push('', '## Targets', '');
lines.push('| target | measured | status |', '|---|---|---|');
const pfBytes = results[0].pf.bytes;
lines.push(`| widget ≤ ${TARGETS.kib} KiB gzipped | ${kib(pfBytes)} KiB | ${met(pfBytes <= TARGETS.kib * 1024)} |`);
const spread = (r, key) => {
  const xs = r.pairs.map((p) => p[key]);
  return `pairs ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}, median ${median(xs).toFixed(2)}`;
};
for (const r of results) {
  const a = r.pf.first / r.sj.first;
  const b = r.pf.firstQuestion / r.sj.firstQuestion;
  lines.push(`| first screen ≤ ${TARGETS.firstRatio}× SurveyJS, ${r.setting.name} | ${a.toFixed(2)}× (${ms(r.pf.first)} vs ${ms(r.sj.first)} ms; ${spread(r, 'first')}) | ${met(a <= TARGETS.firstRatio)} |`);
  lines.push(`| first question ≤ ${TARGETS.firstRatio}× SurveyJS, ${r.setting.name} | ${b.toFixed(2)}× (${ms(r.pf.firstQuestion)} vs ${ms(r.sj.firstQuestion)} ms; ${spread(r, 'firstQuestion')}) | ${met(b <= TARGETS.firstRatio)} |`);
  lines.push(`| step median ≤ ${TARGETS.stepMs} ms, ${r.setting.name} | ${ms(r.pf.stepMedian)} ms (max ${ms(r.pf.stepMax)}) | ${met(r.pf.stepMedian <= TARGETS.stepMs)} |`);
}
const md = lines.join('\n') + '\n' + hostMarkdown(host) + '\n' + exploreMarkdown(explored);
await writeFile(join(ROOT, 'bench/RESULTS.md'), md);
console.log(md);

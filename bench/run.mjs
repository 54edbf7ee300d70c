// Side-by-side benchmark: Program Fit vs SurveyJS (survey-core + survey-js-ui)
// asking the same eight questions. Reports the gzipped bytes each page loads
// for its form and the time from navigation to the first rendered question
// screen, median of RUNS cold loads under 4x CPU throttling. Timing lives
// here, never in tests.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS || 11);
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/** The same questionnaire, in SurveyJS's format, built from our config. */
async function surveyJson() {
  const cfg = JSON.parse(await readFile(join(ROOT, 'config/default.json'), 'utf8'));
  const t = cfg.texts[cfg.default_locale];
  const elements = cfg.questions.map((q) =>
    q.kind === 'choice'
      ? { type: 'radiogroup', name: q.id, title: t[`q.${q.id}.label`], description: t[`q.${q.id}.hint`], isRequired: true,
          choices: q.options.map((o) => ({ value: o.id, text: t[`q.${q.id}.opt.${o.id}`] })) }
      : { type: 'text', inputType: 'number', name: q.id, title: t[`q.${q.id}.label`], description: t[`q.${q.id}.hint`], isRequired: true, min: q.min, max: q.max });
  return { pages: elements.map((e) => ({ elements: [e] })), showProgressBar: 'top' };
}

async function writePages(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'program-fit.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Program Fit</title>' +
    '<script type="module" src="/dist/program-fit.js"></script><body><program-fit storage="none"></program-fit></body></html>');
  await writeFile(join(dir, 'survey.json'), JSON.stringify(await surveyJson()));
  await writeFile(join(dir, 'surveyjs.js'),
    "fetch('/bench/out/survey.json').then(r => r.json()).then(json => {\n" +
    "  const model = new Survey.Model(json);\n" +
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

async function measure(browser, origin, page, ready) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const files = new Set();
    p.on('response', (r) => files.add(new URL(r.url()).pathname));
    await p.goto(`${origin}/bench/out/${page}`);
    await p.waitForFunction(ready, null, { polling: 'raf', timeout: 60000 });
    times.push(await p.evaluate(() => performance.now()));
    if (i === 0) {
      for (const f of files) {
        if (f.startsWith('/bench/out/')) continue; // the host pages themselves
        bytes += gzipSync(await readFile(join(ROOT, f)), { level: 9 }).length;
      }
    }
    await ctx.close();
  }
  return { ms: median(times), bytes };
}

await writePages(join(ROOT, 'bench/out'));
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const pf = await measure(browser, origin, 'program-fit.html',
    () => !!document.querySelector('program-fit')?.shadowRoot?.querySelector('.pf-focus-target'));
  const sj = await measure(browser, origin, 'surveyjs.html', () => !!document.querySelector('.sd-question__title, .sv-string-viewer'));
  const kib = (b) => (b / 1024).toFixed(1);
  console.log(`runs per tool: ${RUNS}, CPU throttled 4x, cold context each run`);
  console.log('tool          gzip KiB   first screen ms (median)');
  console.log(`Program Fit   ${kib(pf.bytes).padStart(8)}   ${pf.ms.toFixed(0).padStart(8)}`);
  console.log(`SurveyJS      ${kib(sj.bytes).padStart(8)}   ${sj.ms.toFixed(0).padStart(8)}`);
  console.log(`ratio         ${(pf.bytes / sj.bytes).toFixed(2).padStart(8)}   ${(pf.ms / sj.ms).toFixed(2).padStart(8)}   (budget: <= 110 KiB, <= 0.5x time)`);
} finally {
  await browser.close();
  server.close();
}

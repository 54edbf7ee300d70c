// The host-page benchmark (make bench, after the Program Fit vs SurveyJS
// comparison in run.mjs): a consultancy's marketing page whose Largest
// Contentful Paint is a hero image of about 250 KB, with the assessment far
// below the fold, on a slow mobile link (Lighthouse's: 1.6 Mbit/s down,
// 150 ms round trip; 4x CPU throttling), 390 px wide, every text file
// gzipped as a CDN serves it. Per run, in a fresh browser context:
//   - the page's LCP (the last largest-contentful-paint entry before any
//     scroll);
//   - the widget's bytes on the wire (CDP encodedDataLength) by when their
//     request was sent: before the page's load event, before the scroll;
//   - the cumulative layout shift (every layout-shift entry without recent
//     input, summed, scroll and mount included);
//   - once the page has loaded and the network has been quiet for 500 ms,
//     the time from scrolling the widget into view to its first screen
//     painted (Program Fit: the intro with its start button; SurveyJS:
//     question 1), timed in the page as run.mjs times steps.
// Pages: without the widget, with Program Fit (loading="lazy", the default),
// with Program Fit loading="eager" (how every Program Fit loaded before),
// and with SurveyJS embedded the way its "Get Started" for HTML/CSS/JavaScript
// shows (its CSS and two scripts in the head, the survey rendered on
// DOMContentLoaded), as the reference; and Program Fit (lazy) scrolled to as
// soon as the load event has fired, before the idle-time fetch could run.
// Runs alternate page by page, BENCH_HOST_PAIRS rounds (default 9).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync, gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { afterLoadScript } from '../tests/e2e/doc-blocks.mjs';

// 9 rounds: with 5, the medians of paired LCP differences moved by 40 ms
// between runs of the same build (+20 and +60 ms).
const PAIRS = Number(process.env.BENCH_HOST_PAIRS || 9);
// Lighthouse's mobile link, in bytes per second for CDP.
const LINK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const VIEWPORT = { width: 390, height: 844 };
const HERO_BYTES = 250 * 1024;
export const HOST_TARGETS = { lcpMs: 50, firstScreenMs: 300 };

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png' };
const TEXT = new Set(['.html', '.js', '.css', '.wasm', '.json']);

/** A PNG of about `bytes`: a gradient with noise, whose share of noisy pixels sets the size. */
function heroPng(bytes, width = 1200, height = 800) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const encode = (share) => {
    let seed = 24;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const raw = Buffer.alloc((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
      const row = y * (width * 3 + 1);
      for (let x = 0; x < width; x++) {
        const noise = rand() < share ? Math.floor(rand() * 48) : 0;
        raw[row + 1 + x * 3] = (40 + (x * 120) / width + noise) & 255;
        raw[row + 2 + x * 3] = (70 + (y * 100) / height + noise) & 255;
        raw[row + 3 + x * 3] = (110 + ((x + y) * 60) / (width + height) + noise) & 255;
      }
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
    return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  };
  let [lo, hi] = [0, 1];
  let png = encode(0.5);
  for (let i = 0; i < 12 && Math.abs(png.length - bytes) > bytes * 0.02; i++) {
    const mid = (lo + hi) / 2;
    png = encode(mid);
    if (png.length > bytes) hi = mid;
    else lo = mid;
  }
  return png;
}

const SECTIONS = [
  ['Why programmes stall', 'Most development programmes do not fail at launch. They fade in the second quarter, when the first enthusiasm is spent and nobody owns the follow-up. We build the follow-up in from the start: a sponsor, a rhythm, and a way to see who is being reached.'],
  ['Coaching', 'Accredited coaches for the people whose decisions shape the rest: senior leaders, new managers, people taking on a hard change. Six or twelve months, goals agreed up front with the organisation, progress reviewed every quarter.'],
  ['Mentoring', 'Your experienced colleagues, volunteering their time for people who are where they once were. We recruit and train the mentors, match pairs and circles, and run the programme cycle with you, so it lasts beyond its first year.'],
  ['Hybrid programmes', 'Coaching where it moves the most, mentoring for everyone else, under one plan and one budget. Most of our clients end up here, and most of them did not expect to.'],
  ['How we work', 'A discovery call, a written proposal within a week, a pilot cohort, and a review before anyone commits to a second year. No lock-in, no licence fees, and you keep every material we write.'],
];

function hostPage({ head = '', widget, bodyClass = '' }) {
  const text = SECTIONS.map(([h, p]) => `<section><h2>${h}</h2><p>${p}</p><p>${p}</p></section>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Talent Partners: coaching and mentoring programmes</title>
<link rel="stylesheet" href="/bench/out/host.css">
${head}</head><body${bodyClass ? ` class="${bodyClass}"` : ''}>
<header><a href="#">Acme Talent Partners</a> <a href="#fit-section">Programme fit</a></header>
<main>
<img class="hero" src="/bench/out/hero.png" width="1200" height="800" alt="A workshop of managers around a table">
<h1>Grow the leaders you already have</h1>
<p class="lead">We design and run coaching and mentoring programmes for companies of 50 to 5,000 people.</p>
${text}
<section id="fit-section"><h2>Which programme fits yours?</h2>
${widget}
</section>
${text}
</main><footer>Acme Talent Partners, 12 Example Street, Springfield</footer></body></html>`;
}

const HOST_CSS = `body { margin: 0; font: 17px/1.6 system-ui, sans-serif; color: #1c2430; }
header { display: flex; justify-content: space-between; padding: 12px 16px; background: #0f4c81; }
header a { color: #fff; text-decoration: none; font-weight: 700; }
main { padding: 0 16px 32px; }
.hero { display: block; width: calc(100% + 32px); height: auto; margin: 0 -16px 16px; }
h1 { font-size: 32px; line-height: 1.2; margin: 0 0 12px; }
.lead { font-size: 19px; }
footer { padding: 24px 16px; background: #eef2f6; }
iframe#fit { display: block; width: 100%; height: 660px; border: 0; }
/* The room the README asks for when the loader comes after the load event. */
.after-load program-fit { display: block; min-height: clamp(410px, calc(900px - 80vw), 660px); }
`;

// The README's script of the host's own that adds the loader at the load
// event, as written there, with the loader where this server has it.
const AFTER_LOAD_JS = afterLoadScript('/dist/program-fit.js');

/** Writes nothing: the pages and files live in memory, gzipped once. */
export function hostFiles(surveyJson) {
  const files = {
    '/bench/out/host.css': HOST_CSS,
    '/bench/out/hero.png': heroPng(HERO_BYTES),
    '/bench/out/host-none.html': hostPage({ widget: '<p>Call us to find out.</p>' }),
    '/bench/out/host-pf.html': hostPage({
      head: '<script type="module" src="/dist/program-fit.js"></script>\n',
      widget: '<program-fit id="fit" storage="none"></program-fit>',
    }),
    // iframe mode, the frame lazy as any iframe can be: the host page
    // itself holds no widget byte.
    '/bench/out/host-pf-frame.html': hostPage({
      widget: '<iframe id="fit" src="/dist/frame.html?storage=none" loading="lazy" title="Which programme fits yours?"></iframe>',
    }),
    // The loader added by a script of the page's own at its load event.
    '/bench/out/host-pf-after.html': hostPage({
      head: '<script type="module" src="/bench/out/host-after.js"></script>\n',
      widget: '<program-fit id="fit" storage="none"></program-fit>',
      bodyClass: 'after-load',
    }),
    '/bench/out/host-after.js': AFTER_LOAD_JS,
    '/bench/out/host-pf-eager.html': hostPage({
      head: '<script type="module" src="/dist/program-fit.js"></script>\n',
      widget: '<program-fit id="fit" storage="none" loading="eager"></program-fit>',
    }),
    // SurveyJS's Get Started for HTML/CSS/JavaScript: its CSS and scripts in
    // the head, then a script of the page's own that makes the model and
    // renders it into a container on DOMContentLoaded.
    '/bench/out/host-sj.html': hostPage({
      head:
        '<link href="/node_modules/survey-core/survey-core.min.css" type="text/css" rel="stylesheet">\n' +
        '<script type="text/javascript" src="/node_modules/survey-core/survey.core.min.js"></script>\n' +
        '<script type="text/javascript" src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>\n' +
        '<script type="text/javascript" src="/bench/out/host-sj.js"></script>\n',
      widget: '<div id="fit"><div id="surveyContainer"></div></div>',
    }),
    '/bench/out/host-sj.js':
      `const surveyJson = ${JSON.stringify(surveyJson)};\nconst survey = new Survey.Model(surveyJson);\n` +
      'document.addEventListener("DOMContentLoaded", function () {\n  survey.render(document.getElementById("surveyContainer"));\n});\n',
  };
  return files;
}

/** A server for those files and the repository's (dist/, node_modules/survey-*), text gzipped. */
export async function hostServer(root, files) {
  const cache = new Map();
  const body = async (path) => {
    if (!cache.has(path)) {
      let raw = files[path];
      if (raw === undefined) {
        if (!/^\/(dist|node_modules\/survey-(core|js-ui))\/[\w./-]+$/.test(path) || path.includes('..')) return null;
        try {
          raw = await readFile(join(root, path));
        } catch {
          return null;
        }
      }
      raw = Buffer.from(raw);
      const ext = extname(path);
      cache.set(path, { ext, gz: TEXT.has(ext), data: TEXT.has(ext) ? gzipSync(raw, { level: 9 }) : raw });
    }
    return cache.get(path);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const f = await body(path);
    if (!f) {
      res.writeHead(404);
      res.end();
      return;
    }
    const headers = { 'content-type': MIME[f.ext] || 'application/octet-stream', 'cache-control': 'public, max-age=3600', vary: 'accept-encoding' };
    if (f.gz) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(f.data);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

// In the page, before its own scripts: LCP and layout-shift entries.
function observe() {
  window.__lcp = [];
  window.__shifts = [];
  new PerformanceObserver((l) => window.__lcp.push(...l.getEntries().map((e) => ({ t: e.startTime, size: e.size, el: e.element?.localName })))).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => ({ value: e.value, input: e.hadRecentInput, t: e.startTime })))).observe({ type: 'layout-shift', buffered: true });
}

const isWidget = {
  pf: (url) => url.pathname.startsWith('/dist/'),
  frame: (url) => url.pathname.startsWith('/dist/') || url.pathname.startsWith('/program-fit-site/'),
  sj: (url) => url.pathname.startsWith('/node_modules/survey-') || url.pathname === '/bench/out/host-sj.js',
  none: () => false,
};

/** One run of `page` (none, pf, pf-after, pf-eager, pf-frame, sj; `early`: scroll at the load event). */
async function hostRun(browser, origin, page, { early = false } = {}) {
  const kind = page === 'pf-frame' ? 'frame' : page.startsWith('pf') ? 'pf' : page;
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', LINK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Page.enable');
  const requests = new Map();
  const inflight = new Set();
  let quietSince = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: new URL(e.request.url), wall: e.wallTime * 1000, bytes: 0 });
    inflight.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
    inflight.delete(e.requestId);
    if (!inflight.size) quietSince = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    inflight.delete(e.requestId);
    if (!inflight.size) quietSince = Date.now();
  });
  await p.addInitScript(observe);
  await p.goto(`${origin}/bench/out/host-${page}.html`, { waitUntil: 'load', timeout: 120000 });
  if (early) await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  else {
    // The page is idle: loaded, and nothing on the wire for 500 ms.
    for (const end = Date.now() + 60000; Date.now() < end; ) {
      if (!inflight.size && Date.now() - quietSince >= 500) break;
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  const lcp = await p.evaluate(() => window.__lcp.at(-1));
  const widgetRequests = [...requests.values()].filter((r) => isWidget[kind](r.url));
  const sum = (rs) => rs.reduce((n, r) => n + r.bytes, 0);
  // Requests sent before the load event started, by the wall clock: one
  // sent from a load listener comes after it (CDP's loadEventFired, which
  // the page's own clock replaces, fires once the listeners have run).
  const load = await p.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventStart);
  const beforeLoad = widgetRequests.filter((r) => r.wall < load);
  let firstScreen = null;
  if (kind !== 'none') {
    firstScreen = await p.evaluate(async (kind) => {
      const inView = (el) => {
        const r = el?.getBoundingClientRect();
        return !!r && r.height > 0 && r.top < innerHeight && r.bottom > 0;
      };
      // In the frame: its start button laid out, and the frame in view.
      const inFrame = () => {
        const frame = document.getElementById('fit');
        const start = frame.contentDocument?.querySelector('program-fit')?.shadowRoot?.querySelector('.pf-intro .pf-button--start');
        return inView(frame) && !!start && start.getClientRects().length > 0;
      };
      const shown = {
        pf: () => inView(document.getElementById('fit').shadowRoot.querySelector('.pf-intro .pf-button--start')),
        frame: inFrame,
        sj: () => inView(document.querySelector('.sd-question__title')) && inView(document.querySelector('.sd-navigation__next-btn')),
      }[kind];
      const t0 = performance.now();
      document.getElementById('fit').scrollIntoView({ block: 'start' });
      await new Promise((ok) => {
        const tick = () => {
          if (!shown()) return requestAnimationFrame(tick);
          const ch = new MessageChannel();
          ch.port1.onmessage = ok;
          ch.port2.postMessage(0);
        };
        requestAnimationFrame(tick);
      });
      return performance.now() - t0;
    }, kind);
    // Shifts that the mount or a late style could still cause.
    await p.waitForTimeout(1000);
  }
  const shifts = await p.evaluate(() => window.__shifts.filter((s) => !s.input).reduce((n, s) => n + s.value, 0));
  const all = [...requests.values()].filter((r) => isWidget[kind](r.url));
  await ctx.close();
  return {
    lcp: lcp?.t ?? NaN,
    lcpElement: lcp?.el,
    beforeLoad: sum(beforeLoad),
    loaderBeforeLoad: sum(beforeLoad.filter((r) => r.url.pathname === '/dist/program-fit.js')),
    beforeScroll: sum(widgetRequests),
    total: sum(all),
    cls: shifts,
    firstScreen,
  };
}

// The pages in the order they run and are shown; `embed` marks the lazy
// embeds below the fold that the targets are of, `early` the run scrolled
// to at the load event.
const PAGES = [
  { page: 'none', name: 'without the widget' },
  { page: 'pf', name: 'Program Fit, `loading="lazy"` (the default)', embed: 'loader tag' },
  { page: 'pf-after', name: 'Program Fit, lazy, its loader added at the load event (README)', embed: 'loader at load' },
  { page: 'sj', name: 'SurveyJS, as its docs embed it' },
  { page: 'pf-eager', name: 'Program Fit, `loading="eager"`' },
  { page: 'pf', name: 'Program Fit, lazy, scrolled to at the load event', early: true },
  { page: 'pf-frame', name: 'Program Fit in iframe mode, `<iframe loading="lazy">`' },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the pages in turn, PAIRS rounds; returns the rows and the Markdown section. */
export async function hostBench(browser, root, surveyJson) {
  const server = await hostServer(root, hostFiles(surveyJson));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const runs = PAGES.map(() => []);
  try {
    // One uncounted warm-up round.
    for (const { page, early } of PAGES) await hostRun(browser, origin, page, { early });
    for (let i = 0; i < PAIRS; i++) {
      for (const [k, { page, early }] of PAGES.entries()) runs[k].push(await hostRun(browser, origin, page, { early }));
      process.stderr.write(`host page: round ${i + 1}/${PAIRS}\n`);
    }
  } finally {
    server.close();
  }
  const none = runs[0];
  const rows = runs.map((rs, k) => ({
    ...PAGES[k],
    lcp: median(rs.map((r) => r.lcp)),
    lcpDelta: median(rs.map((r, i) => r.lcp - none[i].lcp)),
    lcpElements: [...new Set(rs.map((r) => r.lcpElement))].join(', '),
    beforeLoad: median(rs.map((r) => r.beforeLoad)),
    loaderBeforeLoad: median(rs.map((r) => r.loaderBeforeLoad)),
    beforeScroll: median(rs.map((r) => r.beforeScroll)),
    total: median(rs.map((r) => r.total)),
    cls: Math.max(...rs.map((r) => r.cls)),
    firstScreen: rs[0].firstScreen === null ? null : median(rs.map((r) => r.firstScreen)),
    firstScreenMax: rs[0].firstScreen === null ? null : Math.max(...rs.map((r) => r.firstScreen)),
  }));
  return rows;
}

/** The Markdown of the host-page section. */
export function hostMarkdown(rows) {
  const kib = (b) => (b / 1024).toFixed(1);
  const ms = (x) => (x === null ? '–' : x.toFixed(0));
  const signed = (x) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(0);
  const met = (ok) => (ok ? 'met' : 'missed');
  const lines = ['', '## A host page with the widget below the fold', ''];
  lines.push(
    `A consultancy's marketing page, 390 px wide, whose Largest Contentful Paint is a hero image of ${(HERO_BYTES / 1024).toFixed(0)} KiB, ` +
      'with the widget about five screens down; on a slow mobile link (1.6 Mbit/s, 150 ms round trip, by CDP Network.emulateNetworkConditions) with the CPU throttled 4x, ' +
      'every text file gzipped (level 9) as a CDN serves it. ' +
      `Written by \`make bench\` (bench/host.mjs), after the table above: ${PAIRS} rounds, each page once per round in a fresh browser context, one uncounted warm-up round; medians, CLS the largest of the runs.`,
    '',
    '- LCP: the last largest-contentful-paint entry before the scroll (not for the last row, whose scroll comes too early for it); "vs without" is the median over rounds of (this page’s LCP − the page without the widget in the same round).',
    '- Widget KiB: bytes on the wire (CDP encodedDataLength, headers included) of the widget\'s files (Program Fit: `dist/`; SurveyJS: its CSS and two scripts and the page\'s script that holds the survey), by when each request was sent. "Before load" includes the loader script the host page itself includes, shown apart.',
    '- Loader at load: the README\'s way to fetch nothing before the load event: a script of the page\'s own (0.3 KiB, not counted as the widget\'s) adds the loader at the load event, and the page\'s stylesheet keeps the element\'s room, as the README asks.',
    '- CLS: the sum of every layout shift without recent input, from navigation until a second after the first screen (the scroll is not input).',
    '- iframe mode: `dist/frame.html` in an `<iframe loading="lazy">` 660 px high where the element is, for comparison: the browser, not the widget, decides when a lazy frame loads (Chromium: within a distance of the viewport that grows as the connection slows, thousands of pixels).',
    '- Scroll → first screen: once the page has loaded and nothing has been on the wire for 500 ms (for the last row: as soon as the load event has fired), the widget scrolled into view in the page, until the first task after the frame that shows its first screen in the viewport (Program Fit: the intro with its start button; SurveyJS: question 1 with Next).',
    '',
    '| page | LCP ms | LCP vs without, ms | LCP element | widget KiB before load (of it, the loader) | widget KiB before the scroll | widget KiB in all | CLS | scroll → first screen ms (max) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|',
  );
  for (const r of rows) {
    const loader = r.loaderBeforeLoad ? ` (${kib(r.loaderBeforeLoad)})` : '';
    const first = r.firstScreen === null ? '–' : `${ms(r.firstScreen)} (${ms(r.firstScreenMax)})`;
    // Read two frames after the load event, a scroll run's LCP may not be final yet.
    const lcp = r.early ? '– | – | –' : `${ms(r.lcp)} | ${r.name === rows[0].name ? '' : signed(r.lcpDelta)} | ${r.lcpElements}`;
    lines.push(`| ${r.name} | ${lcp} | ${kib(r.beforeLoad)}${loader} | ${kib(r.beforeScroll)} | ${kib(r.total)} | ${r.cls.toFixed(3)} | ${first} |`);
  }
  lines.push('', '### Targets', '', 'For each way to embed the lazy widget below the fold: the plain loader tag, and the loader added at the load event.', '', '| target | embed | measured | status |', '|---|---|---|---|');
  for (const r of rows.filter((r) => r.embed)) {
    // Later by no more than the target; an earlier LCP is the machine's noise.
    lines.push(`| LCP with the widget below the fold at most ${HOST_TARGETS.lcpMs} ms later than without it (median of rounds) | ${r.embed} | ${signed(r.lcpDelta)} ms (${ms(r.lcp)} vs ${ms(rows[0].lcp)} ms) | ${met(r.lcpDelta <= HOST_TARGETS.lcpMs)} |`);
    const fetched = r.beforeLoad - r.loaderBeforeLoad;
    const what = r.loaderBeforeLoad ? `${kib(r.beforeLoad)} KiB: the loader script the page includes, ${kib(r.loaderBeforeLoad)} KiB, and ${kib(fetched)} KiB more` : `${kib(r.beforeLoad)} KiB`;
    lines.push(`| no widget byte fetched before the host's load event | ${r.embed} | ${what} | ${met(r.beforeLoad === 0)} |`);
    lines.push(`| CLS from the widget 0 | ${r.embed} | ${r.cls.toFixed(3)} (largest of the runs) | ${met(r.cls === 0)} |`);
    lines.push(`| first screen within ${HOST_TARGETS.firstScreenMs} ms of scrolling into view after the page is idle, 4x CPU | ${r.embed} | ${ms(r.firstScreen)} ms (max ${ms(r.firstScreenMax)}) | ${met(r.firstScreen <= HOST_TARGETS.firstScreenMs)} |`);
  }
  return lines.join('\n') + '\n';
}

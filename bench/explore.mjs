// The what-if explorer's update time (make bench, after the comparison in
// run.mjs; `BENCH_ONLY=explore node bench/run.mjs` runs it alone and
// replaces its section of bench/RESULTS.md). Program Fit opens on the
// results of the mentoring persona (400 people, $20,000: people wait, so
// every budget re-plans and searches the thresholds), CPU throttled 4x. In
// the page, the budget field is set one $1,000 step at a time, as holding
// its stepper or dragging the slider does, each value sent as the input
// event a browser sends; per step, performance.now() from just before the
// event to:
//   - the explorer's DOM updated (a MutationObserver on the shadow root
//     sees the plan's status sentence change): the engine's re-plan and
//     Yew's render, which is what "an update" costs;
//   - the first task after the next animation frame: the update painted,
//     which adds the wait for the frame.
// Two frames pass between steps, so each step starts idle. Fresh browser
// context per run, BENCH_EXPLORE_RUNS runs (default 3), one uncounted
// warm-up run.

import { loadavg } from 'node:os';

const RUNS = Number(process.env.BENCH_EXPLORE_RUNS || 3);
export const EXPLORE_TARGETS = { medianMs: 16, maxMs: 50, rate: 4 };
// tests/e2e/helpers.mjs MENTORING_ANSWERS: 70 of 400 reached at $20,000.
const ANSWERS = { goal: 'knowledge', audience: 'everyone', participants: 400, budget: 20000, duration: 'ongoing', driver: 'participant', mentors: 'many', path: 'essential' };
// $21,000 to $75,000: below the budget that reaches everyone, so each step
// changes the plan's cost or reach and the status sentence with it.
const BUDGETS = Array.from({ length: 55 }, (_, i) => 21000 + i * 1000);

/** The page: the element opened on the persona's results. */
export function explorePage() {
  const answers = JSON.stringify(ANSWERS).replace(/"/g, '&quot;');
  return '<!doctype html><html lang="en"><meta charset="utf-8"><title>Program Fit explorer</title>' +
    '<script type="module" src="/dist/program-fit.js"></script><body>' +
    `<program-fit storage="none" loading="eager" answers="${answers}"></program-fit></body></html>`;
}

/** One run in a fresh context: per step, ms to the DOM update and to paint. */
async function run(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: EXPLORE_TARGETS.rate });
  await p.goto(url);
  await p.locator('program-fit .pf-explore__status').waitFor({ timeout: 60000 });
  const steps = await p.evaluate(async (budgets) => {
    const root = document.querySelector('program-fit').shadowRoot;
    const field = root.querySelector('#pf-x-budget');
    const status = () => root.querySelector('.pf-explore__status')?.textContent;
    const frame = () => new Promise((ok) => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = ok;
      ch.port2.postMessage(0);
    }));
    const out = [];
    for (const b of budgets) {
      await frame();
      await frame();
      const before = status();
      let updated = null;
      const obs = new MutationObserver(() => {
        if (updated === null && status() !== before) updated = performance.now();
      });
      obs.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      const t0 = performance.now();
      field.value = String(b);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await frame();
      const painted = performance.now();
      obs.disconnect();
      out.push({ updated: updated === null ? null : updated - t0, painted: painted - t0 });
    }
    return out;
  }, BUDGETS);
  await ctx.close();
  return steps;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The explorer's update times, over every counted run's steps. */
export async function exploreBench(browser, origin) {
  const url = `${origin}/bench/out/program-fit-explore.html`;
  const loadBefore = loadavg()[0];
  await run(browser, url);
  const steps = [];
  for (let i = 0; i < RUNS; i++) {
    steps.push(...(await run(browser, url)));
    process.stderr.write(`explorer: run ${i + 1}/${RUNS}\n`);
  }
  const updated = steps.map((s) => s.updated).filter((x) => x !== null);
  const painted = steps.map((s) => s.painted);
  return {
    loadBefore,
    loadAfter: loadavg()[0],
    steps: steps.length,
    unchanged: steps.length - updated.length,
    updatedMedian: median(updated),
    updatedMax: Math.max(...updated),
    paintedMedian: median(painted),
    paintedMax: Math.max(...painted),
  };
}

/** The section of bench/RESULTS.md, from its heading on. */
export function exploreMarkdown(r) {
  const ms = (x) => x.toFixed(1);
  const met = (ok) => (ok ? 'met' : 'missed');
  const t = EXPLORE_TARGETS;
  return [
    '## The what-if explorer', '',
    `Written by \`make bench\` (bench/explore.mjs): Program Fit opened on the results of 400 people with $20,000 (people wait, so each change re-plans and searches where the plan turns), CPU throttled ${t.rate}x by CDP Emulation.setCPUThrottlingRate, 1280 px. ` +
      `In the page the budget field is set $1,000 at a time from $21,000 to $75,000, each value sent as an input event, two frames apart; ${RUNS} runs in fresh contexts after an uncounted warm-up, ${r.steps} steps in all. ` +
      `1-minute load average ${r.loadBefore.toFixed(2)} before, ${r.loadAfter.toFixed(2)} after (other work on the machine skews the times).`, '',
    '- Updated: performance.now() from just before the input event to the MutationObserver callback that sees the plan\'s status sentence change (the re-plan, the thresholds search and the render).',
    `- Painted: to the first task after the next animation frame, which adds the wait for the frame. Steps whose sentence did not change (not counted in "updated"): ${r.unchanged}.`, '',
    '| measure | median ms | max ms |', '|---|---:|---:|',
    `| input → explorer updated | ${ms(r.updatedMedian)} | ${ms(r.updatedMax)} |`,
    `| input → update painted | ${ms(r.paintedMedian)} | ${ms(r.paintedMax)} |`, '',
    '### Targets', '',
    '| target | measured | status |', '|---|---|---|',
    `| update median < ${t.medianMs} ms, ${t.rate}x throttled CPU | ${ms(r.updatedMedian)} ms | ${met(r.updatedMedian < t.medianMs)} |`,
    `| update max < ${t.maxMs} ms, ${t.rate}x throttled CPU | ${ms(r.updatedMax)} ms | ${met(r.updatedMax < t.maxMs)} |`,
    '',
  ].join('\n');
}

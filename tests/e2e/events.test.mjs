// Analytics a host can trust: complete.detail.source for each way of
// reaching the results, the richer complete detail, one test per new event
// (start, cta, share, print, restart), the call to action's placeholders,
// and the recipes in docs/embedding.md run as written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  HYBRID_ANSWERS,
  QUESTION_IDS,
  ROOT,
  askedIds,
  addWidget,
  completeFlow,
  configWith,
  events,
  gotoAndWait,
  heading,
  launchBrowser,
  newPage,
  startServer,
  text,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';
import { startLeadEndpoint } from './lead-endpoint.mjs';

const PRIVACY = 'https://consultancy.example/privacy';
let server;
let browser;
let endpoint;

/** The ```js block that follows `<!-- recipe:name -->` in docs/embedding.md. */
function recipe(name) {
  const doc = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
  const m = doc.match(new RegExp(`<!-- recipe:${name} -->\\n\`\`\`js\\n([\\s\\S]*?)\\n\`\`\``));
  if (!m) throw new Error(`no recipe ${name} in docs/embedding.md`);
  return m[1];
}

/** A host page with <program-fit id="fit"> and the recipes as a classic script after it. */
const recipePage = (answers) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Recipes</title>
<script type="module" src="/dist/program-fit.js"></script></head>
<body><main><program-fit id="fit" config-url="/events/lead.json"${answers ? ` answers='${JSON.stringify(answers)}'` : ''}></program-fit></main>
<script src="/events/recipes.js"></script></body></html>`;

const CTA = () => `${server.origin}/fixtures/blank.html?k={kind}&c={coached}&m={mentored}&n={participants}&l={locale}`;

before(async () => {
  endpoint = await startLeadEndpoint();
  server = await startServer({
    routes: {
      '/events/cta.json': () =>
        configWith((c) => {
          c.cta.url = CTA();
        })(),
      '/events/lead.json': () =>
        configWith((c) => {
          c.lead = { ...c.lead, mode: 'optional', privacy_url: PRIVACY, endpoint: endpoint.url };
        })(),
      '/events/recipes.html': recipePage(),
      '/events/recipes-prefill.html': recipePage(HYBRID_ANSWERS),
      '/events/recipes.js': () =>
        ['hubspot-lead', 'datalayer-lead', 'datalayer-analytics', 'datalayer-funnel', 'hubspot-analytics'].map((n) => `{\n${recipe(n)}\n}`).join('\n'),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await endpoint?.close();
});

/** Keeps the call to action from navigating away, so the page's events stay readable. */
function holdLinks(page) {
  return page.evaluate(() =>
    document.addEventListener('click', (e) => {
      if (e.composedPath().some((n) => n.classList?.contains('pf-button--cta'))) e.preventDefault();
    }, true),
  );
}

const actionButton = (page, key) => widget(page).locator('.pf-actions button', { hasText: text(key) });

test('complete.detail.source: answers when finished, stored after a reload, share from a share link, prefill from the attribute', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/plain.html'));
    const [done] = await completeFlow(page, '#pf', HYBRID_ANSWERS);
    const d = done.detail;
    assert.equal(d.source, 'answers');
    assert.equal(d.currency, 'USD');
    assert.deepEqual(d.labels, {
      goal: text('q.goal.opt.leadership'),
      audience: text('q.audience.opt.managers'),
      participants: '120 people',
      budget: '$150,000',
      duration: text('q.duration.opt.year'),
      driver: text('q.driver.opt.shared'),
      mentors: text('q.mentors.opt.some'),
      path: text('q.path.opt.helpful'),
    });
    assert.ok(d.reasons.length > 0);
    for (const r of d.reasons) {
      assert.deepEqual(Object.keys(r).sort(), ['id', 'lean', 'question']);
      assert.ok(['coaching', 'mentoring', 'neutral'].includes(r.lean));
      assert.equal(r.id, `reason.${r.question}.${HYBRID_ANSWERS[r.question]}`);
    }
    assert.ok(d.pivots.length > 0);
    for (const p of d.pivots) assert.ok(['choice', 'budget_at_least'].includes(p.type) && ['coaching', 'mentoring', 'hybrid'].includes(p.kind), JSON.stringify(p));

    await page.reload();
    const [stored] = await waitForEvent(page, 'program-fit:complete');
    assert.equal(stored.detail.source, 'stored');

    await actionButton(page, 'ui.actions.share').click();
    const [share] = await waitForEvent(page, 'program-fit:share');
    assert.equal(share.detail.url, page.url());
    assert.match(share.detail.url, /#pf-pf=1,/);
    await withPage(newPage(browser), async (visitor) => {
      await gotoAndWait(visitor, share.detail.url);
      const [shared] = await waitForEvent(visitor, 'program-fit:complete');
      assert.equal(shared.detail.source, 'share');
      assert.deepEqual(shared.detail.answers, HYBRID_ANSWERS);
    });
  });
  await withPage(newPage(browser), async (prefilled) => {
    await gotoAndWait(prefilled, server.url('/fixtures/blank.html'), { ready: false });
    await addWidget(prefilled, { id: 'pf', answers: JSON.stringify(COACHING_ANSWERS) }, { parent: '#slot' });
    const [p] = await waitForEvent(prefilled, 'program-fit:complete');
    assert.equal(p.detail.source, 'prefill');
  });
});

test('program-fit:start fires once, when answering starts, before the first step', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/plain.html'));
    assert.equal((await events(page, 'program-fit:start')).length, 0, 'not for showing the intro');
    await completeFlow(page, '#pf', COACHING_ANSWERS);
    const all = (await events(page)).map((e) => e.type);
    assert.equal(all.filter((t) => t === 'program-fit:start').length, 1);
    assert.equal(all.indexOf('program-fit:start'), all.indexOf('program-fit:step') - 1, 'start comes just before the first step');
    const [start] = await events(page, 'program-fit:start');
    assert.deepEqual(start, { type: 'program-fit:start', target: 'pf', detail: {}, bubbles: true, composed: true });
  });
});

test('program-fit:restart fires for "Start again", and not for reset()', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/plain.html'));
    await completeFlow(page, '#pf', COACHING_ANSWERS);
    await page.evaluate(() => document.getElementById('pf').reset());
    await heading(page).filter({ hasText: text('ui.intro.title') }).waitFor();
    assert.equal((await events(page, 'program-fit:restart')).length, 0);
    await completeFlow(page, '#pf', COACHING_ANSWERS);
    // Start again asks first: nothing is wiped, and no event, until the
    // person confirms.
    await actionButton(page, 'ui.actions.restart').click();
    await widget(page, '#pf').locator('.pf-confirm__question').waitFor();
    assert.equal((await events(page, 'program-fit:restart')).length, 0);
    assert.equal(await widget(page, '#pf').locator('.pf-results').count(), 1);
    await widget(page, '#pf').locator('.pf-confirm button', { hasText: text('ui.restart.confirm') }).click();
    const [r] = await waitForEvent(page, 'program-fit:restart');
    assert.deepEqual(r.detail, {});
    assert.ok(r.bubbles && r.composed);
  });
});

test('the call to action carries the result in its URL-encoded placeholders, and program-fit:cta reports the URL', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/blank.html'), { ready: false });
    await addWidget(page, { id: 'pf', 'config-url': '/events/cta.json', lang: 'en', answers: JSON.stringify(HYBRID_ANSWERS) }, { parent: '#slot' });
    await waitForEvent(page, 'program-fit:ready');
    const link = widget(page).locator('a.pf-button--cta');
    const expected = `${server.origin}/fixtures/blank.html?k=hybrid&c=66&m=120&n=120&l=en`;
    assert.equal(await link.getAttribute('href'), expected);
    await holdLinks(page);
    await link.click();
    const [cta] = await waitForEvent(page, 'program-fit:cta');
    assert.deepEqual(cta.detail, { url: expected });
    assert.ok(cta.bubbles && cta.composed);
  });
});

test('program-fit:share fires with the link it wrote', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/plain.html'));
    await completeFlow(page, '#pf', COACHING_ANSWERS);
    assert.equal((await events(page, 'program-fit:share')).length, 0);
    await actionButton(page, 'ui.actions.share').click();
    const [s] = await waitForEvent(page, 'program-fit:share');
    assert.equal(s.detail.url, page.url());
    assert.equal(await widget(page).locator('#pf-share-link').inputValue(), s.detail.url);
  });
});

test('program-fit:print fires when the Print button is used', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/plain.html'));
    await completeFlow(page, '#pf', COACHING_ANSWERS);
    assert.equal((await events(page, 'program-fit:print')).length, 0);
    await actionButton(page, 'ui.actions.print').click();
    const [p] = await waitForEvent(page, 'program-fit:print');
    assert.deepEqual(p.detail, {});
    assert.ok(p.bubbles && p.composed);
  });
});

test('iframe mode posts the new events to the parent page', async () => {
  const frameServer = await startServer();
  try {
    await withPage(newPage(browser), async (page) => {
      await page.goto(server.url(`/fixtures/iframe-host.html?frame-origin=${encodeURIComponent(frameServer.origin)}`));
      const frame = page.frameLocator('#program-fit');
      await frame.locator('program-fit .pf-intro button').click();
      await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:start'));
      const start = await page.evaluate(() => window.__messages.find((m) => m.data.type === 'program-fit:start'));
      assert.deepEqual(start, { origin: frameServer.origin, data: { type: 'program-fit:start', instanceId: 'fit1', version: 1, detail: {} } });
    });
  } finally {
    await frameServer.close();
  }
});

test('the analytics recipes push the documented shapes, and skip results that are not new', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/events/recipes-prefill.html'));
    await waitForEvent(page, 'program-fit:complete');
    assert.deepEqual(await page.evaluate(() => window.dataLayer), [], 'a prefilled result is not a completion');
    assert.deepEqual(await page.evaluate(() => window._hsq), []);
  });
  await withPage(newPage(browser), async (fresh) => {
    await gotoAndWait(fresh, server.url('/events/recipes.html'));
    await completeFlow(fresh, '#fit', HYBRID_ANSWERS);
    await holdLinks(fresh);
    await widget(fresh).locator('a.pf-button--cta').click();
    await waitForEvent(fresh, 'program-fit:cta');
    const all = await fresh.evaluate(() => window.dataLayer);
    const steps = all.filter((e) => e.event === 'program_fit_step');
    const m = QUESTION_IDS.length;
    assert.deepEqual(
      steps,
      [...askedIds('hybrid').map((id) => ({ index: QUESTION_IDS.indexOf(id), id })), { index: m, id: '' }, { index: m + 1, id: '' }].map(
        ({ index, id }) => ({ event: 'program_fit_step', program_fit_step: index, program_fit_question: id }),
      ),
      'the funnel: each screen once, in order',
    );
    const layer = all.filter((e) => e.event !== 'program_fit_step');
    assert.deepEqual(layer, [
      { event: 'program_fit_start' },
      { event: 'program_fit_complete', program_fit_kind: 'hybrid', program_fit_participants: 120, value: 149400, currency: 'USD' },
      { event: 'program_fit_cta', program_fit_url: 'https://example.com/contact' },
    ]);
    const hsq = await fresh.evaluate(() => window._hsq);
    assert.deepEqual(hsq, [
      ['trackCustomBehavioralEvent', { name: 'pe1234567_program_fit_complete', properties: { kind: 'hybrid', participants: 120 } }],
      ['trackCustomBehavioralEvent', { name: 'pe1234567_program_fit_cta', properties: { url: 'https://example.com/contact' } }],
    ]);
  });
});

test('the lead recipes forward to HubSpot\'s forms API and push generate_lead, without contact details, only once the endpoint took the lead', async () => {
  const hubspot = [];
  endpoint.requests.length = 0;
  endpoint.respond(500);
  await withPage(newPage(browser), async (page) => {
    await page.route('https://api.hsforms.com/**', (route) => {
      hubspot.push({ url: route.request().url(), body: route.request().postDataJSON() });
      return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    });
    await page.clock.install();
    await gotoAndWait(page, server.url('/events/recipes-prefill.html'));
    const w = widget(page);
    await w.locator('#pf-lead-name').fill('Ana Ruiz');
    await w.locator('#pf-lead-email').fill('ana.ruiz@northwind.example');
    await w.locator('#pf-lead-organisation').fill('Northwind Health');
    await w.locator('#pf-lead-consent').check();
    await page.clock.fastForward(2500);
    await w.locator('.pf-contact__submit').click();
    const [lead] = await waitForEvent(page, 'program-fit:lead');
    await w.locator('.pf-contact__failed').waitFor();
    assert.deepEqual(await page.evaluate(() => window.dataLayer), [], 'a lead the endpoint refused is not a generate_lead');
    await w.locator('.pf-contact__retry').click();
    await w.locator('.pf-contact__confirm').waitFor();
    await waitForEvent(page, 'program-fit:lead-delivered');
    assert.equal(endpoint.requests.length, 2);
    for (let i = 0; i < 100 && hubspot.length === 0; i++) await page.waitForTimeout(50);
    assert.equal(hubspot.length, 1);
    assert.equal(hubspot[0].url, 'https://api.hsforms.com/submissions/v3/integration/submit/1234567/your-form-guid');
    assert.deepEqual(hubspot[0].body, {
      fields: [
        { name: 'email', value: 'ana.ruiz@northwind.example' },
        { name: 'firstname', value: 'Ana Ruiz' },
        { name: 'company', value: 'Northwind Health' },
        { name: 'program_fit_result', value: 'hybrid' },
      ],
      context: { pageUri: server.url('/events/recipes-prefill.html'), pageName: 'Recipes' },
      legalConsentOptions: { consent: { consentToProcess: true, text: lead.detail.consent.text } },
    });
    const layer = await page.evaluate(() => window.dataLayer);
    assert.deepEqual(layer, [{ event: 'generate_lead', program_fit_kind: 'hybrid', program_fit_lead_id: lead.detail.idempotencyKey }]);
    assert.ok(!JSON.stringify(layer).includes('northwind'), 'no contact details in the dataLayer');
  });
});

// The consented lead step against a real local endpoint (lead-endpoint.mjs):
// the exact payload, nothing before consent, automatic retry on a network
// failure, a 500 then a manual retry, a timeout, a double click, the
// honeypot, a form sent under 2 s (sent, marked "fast"), the
// before-results gate with its skip, the endpoint's trust rules (iframe
// query ignored), strict CSP with the endpoint in connect-src, keyboard
// use, and axe at 360 and 1280 px. Playwright's fake clock stands in for
// waiting: it moves time past the 2 s mark and the 10 s timeout without
// slowing the suite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HYBRID_ANSWERS,
  ROOT,
  STRICT_CSP,
  addWidget,
  artifactPath,
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
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CONSENT = text('lead.consent').replace('{firm}', text('firm.name'));
const CONTACT = { name: 'Ana Ruiz', email: 'ana.ruiz@northwind.example', organisation: 'Northwind Health', role: 'Head of People' };

let endpoint;
let server;
let browser;

const leadConfig = (lead) =>
  configWith((c) => {
    c.lead = { ...c.lead, mode: 'optional', privacy_url: PRIVACY, email_copy: true, ...lead };
  });

/** The strict policy, with the lead endpoint's origin in connect-src. */
const cspWithEndpoint = () => STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${endpoint.origin}`);

before(async () => {
  endpoint = await startLeadEndpoint();
  server = await startServer({
    routes: {
      '/lead/optional.json': leadConfig({}),
      '/lead/gate.json': leadConfig({ mode: 'before_results', allow_skip: true }),
      '/lead/config-endpoint.json': () => leadConfig({ endpoint: endpoint.url })(),
      // The demo page as `make serve` serves it, its endpoint moved to this test's.
      '/demo.html': () => readFileSync(join(ROOT, 'index.html'), 'utf8').replace('http://127.0.0.1:8081/lead', endpoint.url),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await endpoint?.close();
});

/**
 * A host page with one widget that opens on the results (a complete
 * prefill) and the lead step of `config`, on a fake clock.
 */
async function openLead(config, { endpointAttr = endpoint.url, viewport, fixedTime = false, answers = HYBRID_ANSWERS } = {}) {
  const page = await newPage(browser, { viewport });
  await page.clock.install();
  if (fixedTime) await page.clock.setFixedTime(new Date('2026-11-29T09:00:00Z'));
  await gotoAndWait(page, server.url('/fixtures/blank.html?utm_source=mail&email=x%40y.example#host-part'), { ready: false });
  const attrs = { id: 'pf', 'config-url': config, answers: JSON.stringify(answers) };
  if (endpointAttr) attrs['lead-endpoint'] = endpointAttr;
  await addWidget(page, attrs, { parent: '#slot' });
  await waitForEvent(page, 'program-fit:ready');
  return page;
}

const lead = (page) => widget(page).locator('.pf-contact');
const field = (page, id) => widget(page).locator(`#pf-lead-${id}`);

async function fillContact(page, values = CONTACT) {
  for (const [id, v] of Object.entries(values)) await field(page, id).fill(v);
}

/** Moves the page's clock past the 2 s spam guard. */
const pastGuard = (page) => page.clock.fastForward(2500);

async function send(page) {
  await widget(page).locator('.pf-contact__submit').click();
}

async function confirmed(page) {
  await lead(page).locator('.pf-contact__confirm').waitFor({ timeout: 10000 });
}

async function failed(page) {
  await lead(page).locator('.pf-contact__failed').waitFor({ timeout: 10000 });
}

/** Waits until the endpoint has received `n` POSTs. */
async function received(n) {
  for (let i = 0; i < 200 && endpoint.requests.length < n; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(endpoint.requests.length, n, `the endpoint received ${endpoint.requests.length} POSTs, expected ${n}`);
  return endpoint.requests;
}

function reset() {
  endpoint.requests.length = 0;
  endpoint.preflights.length = 0;
}

async function focusedInfo(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? { tag: a.localName, id: a.id, classes: [...a.classList], text: a.textContent.trim() } : null;
  });
}

test('optional mode: nothing leaves before consent, then exactly the documented payload arrives, once, and a confirmation shows', async () => {
  reset();
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await lead(page).waitFor();
    assert.equal(await heading(page).first().textContent().then((t) => t.includes(text('kind.hybrid'))), true, 'the results are not gated');
    // Labels and autocomplete tokens.
    const tokens = { name: 'name', email: 'email', organisation: 'organization', role: 'organization-title' };
    for (const [id, token] of Object.entries(tokens)) {
      assert.equal(await field(page, id).getAttribute('autocomplete'), token, id);
      const label = widget(page).locator(`label[for="pf-lead-${id}"]`);
      assert.ok((await label.textContent()).includes(text(`lead.field.${id}`)), `${id} is labelled`);
    }
    assert.equal(await field(page, 'phone').count(), 0, 'absent fields are not shown');
    assert.equal(await lead(page).locator('form').count(), 1, 'a real <form>');
    assert.equal(await lead(page).locator('a.pf-contact__privacy').getAttribute('href'), PRIVACY);
    // The privacy link takes the widget's link colour, the brand's when the
    // host sets one, not the browser's default blue.
    const linkColour = () => lead(page).locator('a.pf-contact__privacy').evaluate((a) => getComputedStyle(a).color);
    assert.equal(await linkColour(), await widget(page).locator('.pf-button--secondary').first().evaluate((b) => getComputedStyle(b).color));
    await page.evaluate(() => document.querySelector('program-fit').style.setProperty('--pf-color-primary', '#0b5d4b'));
    assert.equal(await linkColour(), 'rgb(11, 93, 75)');
    await page.evaluate(() => document.querySelector('program-fit').style.removeProperty('--pf-color-primary'));

    await fillContact(page);
    await pastGuard(page);
    await send(page);
    const summary = lead(page).locator('.pf-error-summary');
    await summary.waitFor();
    assert.ok((await summary.textContent()).includes(text('lead.error.consent')), 'an unchecked consent box is an error');
    assert.ok((await focusedInfo(page)).classes.includes('pf-error-summary'), 'focus moves to the error summary');
    await page.waitForTimeout(300);
    assert.equal(endpoint.requests.length + endpoint.preflights.length, 0, 'no request at all before consent');
    assert.equal((await events(page, 'program-fit:lead')).length, 0, 'no lead event before consent');

    await field(page, 'consent').check();
    await send(page);
    await confirmed(page);
    const [req] = await received(1);
    assert.equal(req.contentType, 'application/json');
    assert.equal(req.cookie, undefined, 'no cookies go with the lead');
    assert.equal(endpoint.preflights.length, 1, 'the cross-origin POST was preflighted');
    const p = req.body;
    assert.deepEqual(Object.keys(p).sort(), [
      'answers',
      'consent',
      'contact',
      'hiddenFields',
      'idempotencyKey',
      'locale',
      'pageUrl',
      'plan',
      'recommendation',
      'scores',
      'version',
    ]);
    assert.deepEqual(p.contact, CONTACT);
    assert.equal(p.consent.text, CONSENT);
    assert.equal(p.consent.privacyUrl, PRIVACY);
    assert.match(p.consent.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(p.recommendation, 'hybrid');
    assert.deepEqual(p.answers, HYBRID_ANSWERS);
    assert.deepEqual(p.plan, {
      coached: 66, mentored: 120, reached: 120, waiting: 0, cost: 149400, fundingGap: 0,
      mentorsNeeded: 20, mentorsLikely: 30, mentorShortfall: 0,
      formats: ['group_coaching', 'mentoring_circles'],
      mentorTimeCost: 0, preferenceOverridden: [],
      starts: [{ quarter: 1, format: 'group_coaching', people: 66 }, { quarter: 2, format: 'mentoring_circles', people: 120 }],
      mentoringParts: [{ format: 'mentoring_circles', people: 120, mentors: 20 }],
      alternatives: [
        { kind: 'mentoring', reached: 120, cost: 17400, formats: ['mentoring_circles'] },
        { kind: 'coaching', reached: 75, cost: 150000, formats: ['group_coaching'] },
      ],
      closeCall: false,
    });
    assert.ok(Number.isInteger(p.scores.coaching) && Number.isInteger(p.scores.mentoring));
    assert.equal(p.locale, 'en');
    assert.equal(p.pageUrl, server.url('/fixtures/blank.html'), 'no query, no fragment');
    assert.equal(p.version, await page.evaluate(() => document.getElementById('pf').version));
    assert.match(p.idempotencyKey, UUID);
    const leads = await events(page, 'program-fit:lead');
    assert.equal(leads.length, 1);
    assert.ok(leads[0].bubbles && leads[0].composed);
    assert.deepEqual(leads[0].detail, p, 'the event carries the same payload');
    const delivered = await waitForEvent(page, 'program-fit:lead-delivered');
    assert.equal(delivered.length, 1);
    assert.deepEqual(delivered[0].detail, { idempotencyKey: p.idempotencyKey, recommendation: 'hybrid', hiddenFields: {} }, 'no contact details');
    assert.ok((await focusedInfo(page)).classes.includes('pf-contact__confirm'), 'focus moves to the confirmation');
    writeFileSync(artifactPath('lead-payload.json'), JSON.stringify(p, null, 2));
  });
});

test('the demo page shows the optional lead form under the results and sends to its endpoint', async () => {
  reset();
  await withPage(newPage(browser), async (page) => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    assert.ok(html.includes('lead-endpoint="http://127.0.0.1:8081/lead"'), 'index.html names the endpoint make serve starts');
    const serve = readFileSync(join(ROOT, 'scripts/serve.mjs'), 'utf8');
    assert.ok(serve.includes('startLeadEndpoint') && serve.includes('?? 8081'), 'make serve (scripts/serve.mjs) starts it on 8081');
    await page.clock.install();
    await gotoAndWait(page, server.url('/demo.html'));
    await completeFlow(page, 'program-fit', HYBRID_ANSWERS);
    await fillContact(page, { email: 'ana.ruiz@northwind.example' });
    await field(page, 'consent').check();
    assert.ok((await widget(page).locator('label[for="pf-lead-consent"]').textContent()).includes('Acme Talent Partners'));
    await pastGuard(page);
    await send(page);
    await confirmed(page);
    assert.equal((await received(1))[0].body.contact.email, 'ana.ruiz@northwind.example');
  });
});

test('validation: a missing email, a malformed email and an over-long field each get their own message, linked to the field, and nothing typed is lost', async () => {
  reset();
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await field(page, 'name').fill('x'.repeat(101));
    await field(page, 'consent').check();
    await pastGuard(page);
    await send(page);
    const summary = lead(page).locator('.pf-error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allTextContents();
    assert.deepEqual(items, [
      text('lead.error.too_long').replace('{field}', text('lead.field.name')).replace('{max}', '100'),
      text('lead.error.missing').replace('{field}', text('lead.field.email')),
    ]);
    assert.equal(await field(page, 'email').getAttribute('aria-invalid'), 'true');
    assert.equal(await field(page, 'email').getAttribute('aria-describedby'), 'pf-lead-email-error');
    await summary.locator('li a').nth(1).click();
    assert.equal((await focusedInfo(page)).id, 'pf-lead-email', 'the summary link focuses its field');
    await field(page, 'email').fill('ana.ruiz@northwind');
    await send(page);
    await summary.locator('li', { hasText: text('lead.error.email') }).waitFor();
    assert.equal(await field(page, 'name').inputValue(), 'x'.repeat(101), 'what was typed stays');
    assert.equal(await field(page, 'consent').isChecked(), true);
    assert.equal(endpoint.requests.length, 0);
  });
});

test('a network failure is retried once by itself, with the same idempotency key, and the lead event fires once', async () => {
  reset();
  endpoint.respond('drop');
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await fillContact(page);
    await field(page, 'consent').check();
    await pastGuard(page);
    await send(page);
    await confirmed(page);
    const reqs = await received(2);
    assert.equal(reqs[0].body.idempotencyKey, reqs[1].body.idempotencyKey);
    assert.equal((await events(page, 'program-fit:lead')).length, 1);
    assert.equal((await events(page, 'program-fit:error')).length, 0);
    const delivered = await waitForEvent(page, 'program-fit:lead-delivered');
    assert.equal(delivered.length, 1, 'the retry that got through is delivered once');
    assert.equal(delivered[0].detail.idempotencyKey, reqs[0].body.idempotencyKey);
  });
});

test('a 500 keeps the form as typed, shows an error with a retry button and fires error kind lead; the retry succeeds with the same key', async () => {
  reset();
  endpoint.respond(500);
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await fillContact(page);
    await field(page, 'consent').check();
    await pastGuard(page);
    await send(page);
    await failed(page);
    assert.equal((await received(1)).length, 1, 'an HTTP error is the endpoint\'s answer: no automatic retry');
    const box = lead(page).locator('.pf-contact__failed');
    assert.equal(await box.getAttribute('role'), 'alert');
    await runAxe(page, 'lead delivery failure');
    assert.ok((await box.textContent()).includes(text('lead.refused')), 'the endpoint said no: the visitor hears that');
    assert.ok(!(await box.textContent()).includes(text('lead.failed')), 'an HTTP error is not a connection problem');
    assert.equal((await events(page, 'program-fit:lead-delivered')).length, 0, 'a 500 is not a delivered lead');
    assert.ok((await focusedInfo(page)).classes.includes('pf-contact__failed'), 'focus moves to the failure message');
    const errs = await events(page, 'program-fit:error');
    assert.equal(errs.length, 1);
    assert.equal(errs[0].detail.kind, 'lead');
    assert.match(errs[0].detail.message, new RegExp(`${endpoint.url}.*HTTP 500`));
    for (const [id, v] of Object.entries(CONTACT)) assert.equal(await field(page, id).inputValue(), v, `${id} kept`);
    assert.equal(await field(page, 'consent').isChecked(), true);
    await box.locator('.pf-contact__retry').click();
    await confirmed(page);
    const reqs = await received(2);
    assert.equal(reqs[1].body.idempotencyKey, reqs[0].body.idempotencyKey, 'the retry is the same submission');
    assert.equal((await events(page, 'program-fit:lead')).length, 1, 'the lead event is not fired again for a retry');
    const delivered = await waitForEvent(page, 'program-fit:lead-delivered');
    assert.equal(delivered.length, 1, 'delivered once, when the retry got a 2xx');
    assert.equal(delivered[0].detail.idempotencyKey, reqs[0].body.idempotencyKey);
  });
});

test('no answer within 10 s counts as a network failure: one retry, then the error and the retry button', async () => {
  reset();
  endpoint.respond('hang', 'hang');
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await fillContact(page);
    await field(page, 'consent').check();
    await pastGuard(page);
    await send(page);
    await received(1);
    assert.equal(await lead(page).locator('.pf-contact__submit').isDisabled(), true, 'the button is disabled while sending');
    assert.ok((await lead(page).locator('.pf-contact__sending').textContent()).includes(text('lead.sending')));
    await page.clock.fastForward(10_000);
    await received(2);
    await page.clock.fastForward(10_000);
    await failed(page);
    const errs = await events(page, 'program-fit:error');
    assert.equal(errs.length, 1);
    assert.equal(errs[0].detail.kind, 'lead');
    assert.match(errs[0].detail.message, /no answer within 10 s/);
    assert.ok((await lead(page).locator('.pf-contact__failed').textContent()).includes(text('lead.failed')), 'no answer: check the connection');
    assert.equal((await events(page, 'program-fit:lead-delivered')).length, 0);
    assert.equal(await lead(page).locator('.pf-contact__submit').isDisabled(), false);
  });
});

test('a double click, or two clicks in one task, sends once', async () => {
  reset();
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await fillContact(page);
    await field(page, 'consent').check();
    await pastGuard(page);
    await widget(page).locator('.pf-contact__submit').dblclick();
    await confirmed(page);
    await page.waitForTimeout(300);
    assert.equal((await received(1)).length, 1);
    assert.equal((await events(page, 'program-fit:lead')).length, 1);
  });
  reset();
  await withPage(openLead('/lead/optional.json'), async (page2) => {
    await fillContact(page2);
    await field(page2, 'consent').check();
    await pastGuard(page2);
    await page2.evaluate(() => {
      const b = document.getElementById('pf').shadowRoot.querySelector('.pf-contact__submit');
      b.click();
      b.click();
    });
    await confirmed(page2);
    await page2.waitForTimeout(300);
    assert.equal((await received(1)).length, 1);
  });
});

test('spam: a filled honeypot is dropped with a confirmation all the same; a form sent under 2 s after it appeared (autofill) is sent, marked timing "fast"', async () => {
  reset();
  await withPage(openLead('/lead/optional.json'), async (page) => {
    const trap = widget(page).locator('#pf-lead-website');
    assert.equal(await trap.getAttribute('tabindex'), '-1', 'the keyboard never reaches the honeypot');
    assert.equal(await widget(page).locator('.pf-honeypot').getAttribute('aria-hidden'), 'true', 'assistive technology skips it');
    assert.equal(await trap.isVisible(), true, 'it is in the layout for bots, off screen for people');
    const box = await trap.boundingBox();
    assert.ok(box.x + box.width < 0, 'it is off screen');
    await fillContact(page);
    await trap.fill('https://spam.example');
    await field(page, 'consent').check();
    await pastGuard(page);
    await send(page);
    await confirmed(page);
    await page.waitForTimeout(300);
    assert.equal(endpoint.requests.length, 0);
    assert.equal((await events(page, 'program-fit:lead')).length, 0);
  });
  reset();
  await withPage(openLead('/lead/optional.json', { fixedTime: true }), async (fast) => {
    // Browser autofill fills the form at once: 0 s after it appeared.
    await fillContact(fast);
    await field(fast, 'consent').check();
    await send(fast);
    await confirmed(fast);
    const [request] = await received(1);
    assert.equal(request.body.timing, 'fast', 'the endpoint decides what a fast lead is worth');
    assert.deepEqual(request.body.contact, CONTACT);
    const leads = await events(fast, 'program-fit:lead');
    assert.equal(leads.length, 1);
    assert.equal(leads[0].detail.timing, 'fast');
  });
});

test('before_results: the form comes first with a skip link; skipping shows the results and sends nothing; sending shows them with the confirmation', async () => {
  reset();
  await withPage(openLead('/lead/gate.json'), async (page) => {
    await heading(page).filter({ hasText: text('lead.title_before') }).waitFor();
    assert.equal(await widget(page).locator('.pf-results').count(), 0, 'the results wait behind the form');
    await runAxe(page, 'lead gate');
    const skip = lead(page).locator('.pf-contact__skip');
    assert.equal(await skip.textContent(), text('lead.skip'));
    await skip.click();
    await heading(page).filter({ hasText: text('kind.hybrid') }).waitFor();
    assert.equal(await lead(page).count(), 0, 'after a skip the form is gone');
    assert.ok((await focusedInfo(page)).text.includes(text('kind.hybrid')), 'focus moves to the results heading');
    await page.waitForTimeout(300);
    assert.equal(endpoint.requests.length + endpoint.preflights.length, 0);
    assert.equal((await events(page, 'program-fit:lead')).length, 0);
  });
  reset();
  await withPage(openLead('/lead/gate.json'), async (sent) => {
    await fillContact(sent, { email: 'ana.ruiz@northwind.example' });
    await field(sent, 'consent').check();
    await pastGuard(sent);
    await send(sent);
    await confirmed(sent);
    await widget(sent).locator('.pf-results').waitFor();
    assert.equal((await received(1))[0].body.contact.email, 'ana.ruiz@northwind.example');
  });
});

test('the endpoint comes only from the host: the config\'s is used, none means the event alone, and a bad attribute is ignored', async () => {
  reset();
  await withPage(openLead('/lead/config-endpoint.json', { endpointAttr: null }), async (page) => {
    await fillContact(page);
    await field(page, 'consent').check();
    await pastGuard(page);
    await send(page);
    await confirmed(page);
    assert.equal((await received(1))[0].path, '/lead');
  });
  reset();
  await withPage(openLead('/lead/optional.json', { endpointAttr: 'http://crm.example.com/leads' }), async (none) => {
    assert.equal(await field(none, 'copy').count(), 0, 'no endpoint: no "Email me this plan"');
    await fillContact(none);
    await field(none, 'consent').check();
    await pastGuard(none);
    await send(none);
    await confirmed(none);
    assert.equal((await events(none, 'program-fit:lead')).length, 1, 'the event alone carries the lead');
    assert.equal((await events(none, 'program-fit:lead-delivered')).length, 0, 'no endpoint: nothing is delivered');
    assert.ok(none.consoleMessages.some((m) => m.type === 'error' && m.text.includes('ignoring lead-endpoint "http://crm.example.com/leads"')));
    await none.waitForTimeout(300);
    assert.equal(endpoint.requests.length, 0);
  });
});

test('"Email me this plan" adds sendCopy and a plain-text summary of the results', async () => {
  reset();
  await withPage(openLead('/lead/optional.json'), async (page) => {
    await fillContact(page);
    await field(page, 'consent').check();
    await field(page, 'copy').check();
    await pastGuard(page);
    await send(page);
    await confirmed(page);
    const { body } = (await received(1))[0];
    assert.equal(body.sendCopy, true);
    const lines = body.summary.split('\n');
    assert.equal(lines[0], text('summary.title'));
    assert.equal(lines[2], text('summary.kind').replace('{kind}', text('kind.hybrid')));
    assert.ok(lines.includes('Cost this year: $149,400'), body.summary);
    assert.ok(lines.some((l) => l.startsWith('1. ')), 'numbered next steps');
    assert.ok(!/[<>{}]/.test(body.summary), 'plain text, every placeholder filled');
  });
});

test('iframe mode: a lead-endpoint in the frame\'s query is ignored', async () => {
  reset();
  // The frame's CSP would block the endpoint anyway; allow it, so only the
  // widget's own rule can keep the query's endpoint out.
  const frameHeaders = { 'content-security-policy': cspWithEndpoint() };
  const frameServer = await startServer({ routes: { '/lead/optional.json': leadConfig({}) }, headers: { '/dist/frame.html': frameHeaders } });
  try {
    await withPage(newPage(browser), async (page) => {
      await page.clock.install();
      const fragment = 'pf-program-fit=1,' + Object.entries(HYBRID_ANSWERS).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}:${v}`).join(',');
      const q = new URLSearchParams({ 'parent-origin': frameServer.origin, 'config-url': '/lead/optional.json', 'lead-endpoint': endpoint.url });
      await gotoAndWait(page, frameServer.url(`/dist/frame.html?${q}#${fragment}`), { ready: false });
      await waitForEvent(page, 'program-fit:ready');
      await lead(page).waitFor();
      await fillContact(page);
      await field(page, 'consent').check();
      await pastGuard(page);
      await send(page);
      await confirmed(page);
      await page.waitForTimeout(500);
      assert.equal(endpoint.requests.length + endpoint.preflights.length, 0, 'nothing was sent to the query\'s endpoint');
      assert.equal((await events(page, 'program-fit:lead')).length, 1);
    });
  } finally {
    await frameServer.close();
  }
});

test('strict CSP with the endpoint in connect-src: the lead flow runs with no violations', async () => {
  reset();
  const strict = await startServer({
    routes: { '/lead/optional.json': leadConfig({}), '/csp-lead.html': cspPage },
    headers: { '/csp-lead.html': { 'content-security-policy': cspWithEndpoint() } },
  });
  try {
    await withPage(newPage(browser), async (page) => {
      await page.clock.install();
      await gotoAndWait(page, strict.url('/csp-lead.html'));
      await fillContact(page);
      await field(page, 'consent').check();
      await pastGuard(page);
      await send(page);
      await confirmed(page);
      assert.equal((await received(1)).length, 1);
      assert.deepEqual(await page.evaluate(() => window.__pfCspViolations), []);
      assert.deepEqual(page.pageErrors, []);
    });
  } finally {
    await strict.close();
  }
});

function cspPage() {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict CSP lead page</title>
<script type="module" src="/dist/program-fit.js"></script></head>
<body><main><h1 id="host-title">A strict host page</h1>
<program-fit id="pf" config-url="/lead/optional.json" lead-endpoint="${endpoint.url}"
  answers='${JSON.stringify(HYBRID_ANSWERS)}'></program-fit></main></body></html>`;
}

async function runAxe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async (tags) => {
    const root = document.querySelector('program-fit').shadowRoot;
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations', 'passes'],
    });
    return {
      inShadow: r.passes.reduce((n, rule) => n + rule.nodes.filter((node) => Array.isArray(node.target[0])).length, 0),
      violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })),
    };
  }, AXE_TAGS);
  assert.ok(result.inShadow > 0, `${label}: axe checked nothing inside the widget`);
  assert.deepEqual(result.violations, [], `${label}: ${JSON.stringify(result.violations, null, 2)}`);
}

for (const width of [360, 1280]) {
  test(`axe and keyboard at ${width} px: the lead form, its error state and its confirmation`, async () => {
    reset();
    await withPage(openLead('/lead/optional.json', { viewport: { width, height: 900 } }), async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await lead(page).waitFor();
      await runAxe(page, `lead form ${width}`);
      // Keyboard only: tab to the first field, type, tab on, tick, submit.
      await field(page, 'name').focus();
      await page.keyboard.type(CONTACT.name);
      await page.keyboard.press('Tab');
      await page.keyboard.type('not-an-email');
      await page.keyboard.press('Enter');
      await lead(page).locator('.pf-error-summary').waitFor();
      await runAxe(page, `lead errors ${width}`);
      await field(page, 'email').focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(CONTACT.email);
      let f;
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        f = await focusedInfo(page);
        if (f.id === 'pf-lead-consent') break;
      }
      assert.equal(f.id, 'pf-lead-consent', 'Tab reaches the consent box, skipping the honeypot');
      await page.keyboard.press('Space');
      await pastGuard(page);
      for (let i = 0; i < 10 && !f.classes.includes('pf-contact__submit'); i++) {
        await page.keyboard.press('Tab');
        f = await focusedInfo(page);
      }
      assert.ok(f.classes.includes('pf-contact__submit'), 'Tab reaches the send button');
      await page.keyboard.press('Enter');
      await confirmed(page);
      await runAxe(page, `lead confirmation ${width}`);
      assert.equal((await received(1))[0].body.contact.email, CONTACT.email);
      await page.screenshot({ path: artifactPath(`lead-${width}.png`), fullPage: true, animations: 'disabled' });
    });
  });
}

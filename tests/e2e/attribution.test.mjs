// Attribution from the host page to the CRM and the booking page: hidden
// fields (the `hidden-fields` attribute, or the frame's query) arrive in
// the `complete` detail, the lead payload, `lead-delivered` and the call to
// action, with `{budget}`, `{reached}` and, once a lead was sent,
// `{leadId}`. In iframe mode the lead names the partner page, and the
// frame posts no contact details to it unless lead.share_with_parent.
// Run after `make dist`: node --test tests/e2e/attribution.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HYBRID_ANSWERS,
  STRICT_CSP,
  addWidget,
  configWith,
  events,
  gotoAndWait,
  launchBrowser,
  newPage,
  startServer,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';
import { startLeadEndpoint } from './lead-endpoint.mjs';

const PRIVACY = 'https://consultancy.example/privacy';
const EMAIL = 'ana.ruiz@northwind.example';
const FIELDS = { utm_source: 'news letter', utm_campaign: 'spring-2027', partner: 'acme' };

let browser;
let endpoint;
let host;
let partner;

const ctaUrl = () =>
  `${host.origin}/fixtures/blank.html?s={hidden.utm_source}&c={hidden.utm_campaign}&p={hidden.partner}&b={budget}&r={reached}&lead={leadId}`;

const leadConfig = (lead = {}) => () =>
  configWith((c) => {
    c.cta.url = ctaUrl();
    c.lead = { ...c.lead, mode: 'optional', privacy_url: PRIVACY, endpoint: endpoint.url, ...lead };
  })();

/** A share-link fragment that opens the frame's default instance on these answers. */
const resultsFragment = (answers) =>
  'pf-program-fit=1,' +
  Object.entries(answers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${v}`)
    .join(',');

/** A partner's page framing frame.html (from `host`), recording the messages it gets. */
const partnerPage = (config) => () => {
  const q = new URLSearchParams({
    'parent-origin': partner.origin,
    'config-url': `/attr/${config}.json`,
    'hidden-fields': 'utm_source=partner-site&partner=acme',
  });
  const src = `${host.origin}/dist/frame.html?${q}#${resultsFragment(HYBRID_ANSWERS)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script src="/partner/listen.js"></script></head>
<body><iframe id="fit" title="Programme fit assessment" width="100%" height="1600"
  referrerpolicy="no-referrer-when-downgrade" src="${src.replace(/&/g, '&amp;')}"></iframe></body></html>`;
};

before(async () => {
  browser = await launchBrowser();
  endpoint = await startLeadEndpoint();
  // The frame's strict policy, with the lead endpoint's origin in connect-src.
  const frameCsp = STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${endpoint.origin}`);
  host = await startServer({
    routes: { '/attr/lead.json': leadConfig(), '/attr/share.json': leadConfig({ share_with_parent: true }) },
    headers: { '/dist/frame.html': { 'content-security-policy': frameCsp } },
  });
  partner = await startServer({
    routes: {
      '/partner/lead.html': partnerPage('lead'),
      '/partner/share.html': partnerPage('share'),
      '/partner/listen.js': `window.__messages = [];
addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));`,
    },
  });
});

after(async () => {
  await browser?.close();
  await Promise.all([host, partner, endpoint].map((s) => s?.close()));
});

async function sendLead(root) {
  await root.locator('#pf-lead-email').fill(EMAIL);
  await root.locator('#pf-lead-consent').check();
  await root.locator('.pf-contact__submit').click();
  await root.locator('.pf-contact__confirm').waitFor();
}

async function received(n) {
  for (let i = 0; i < 200 && endpoint.requests.length < n; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(endpoint.requests.length, n);
  return endpoint.requests;
}

test('hidden fields from the attribute arrive in complete, the lead, lead-delivered and the CTA, with {budget}, {reached} and, after the lead, {leadId}', async () => {
  endpoint.requests.length = 0;
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, host.url('/fixtures/blank.html'), { ready: false });
    const hidden = new URLSearchParams(FIELDS).toString() + '&bad%20name=x&toolong=' + 'x'.repeat(201);
    await addWidget(page, { id: 'pf', 'config-url': '/attr/lead.json', answers: JSON.stringify(HYBRID_ANSWERS), 'hidden-fields': hidden }, { parent: '#slot' });
    const [complete] = await waitForEvent(page, 'program-fit:complete');
    assert.deepEqual(complete.detail.hiddenFields, FIELDS, 'the fields within the limits, and only those');
    const warnings = page.consoleMessages.filter((m) => m.type === 'warning' && m.text.includes('hidden field'));
    assert.equal(warnings.length, 2, JSON.stringify(warnings));
    const cta = widget(page).locator('a.pf-button--cta');
    const before = new URL(await cta.getAttribute('href'));
    assert.deepEqual(Object.fromEntries(before.searchParams), {
      s: 'news letter', c: 'spring-2027', p: 'acme', b: '150000', r: '120', lead: '',
    }, 'no lead id before consent');

    await sendLead(widget(page));
    const [req] = await received(1);
    assert.deepEqual(req.body.hiddenFields, FIELDS);
    assert.equal(req.body.partnerPage, undefined, 'not framed: no partner page');
    const [delivered] = await waitForEvent(page, 'program-fit:lead-delivered');
    assert.deepEqual(delivered.detail.hiddenFields, FIELDS);
    const after = new URL(await cta.getAttribute('href'));
    assert.equal(after.searchParams.get('lead'), req.body.idempotencyKey, 'after the lead, the CTA carries its id');
    const [lead] = await events(page, 'program-fit:lead');
    assert.equal(lead.detail.contact.email, EMAIL, 'on the host page itself, the lead event has the contact details');
  });
});

test('iframe mode: hidden fields from the frame\'s query reach the lead, which names the partner page; no contact details are posted to the partner', async () => {
  endpoint.requests.length = 0;
  await withPage(newPage(browser), async (page) => {
    await page.goto(partner.url('/partner/lead.html'));
    const frame = page.frameLocator('#fit');
    await frame.locator('.pf-contact').waitFor({ timeout: 30000 });
    await sendLead(frame);
    const [req] = await received(1);
    assert.deepEqual(req.body.hiddenFields, { utm_source: 'partner-site', partner: 'acme' });
    assert.equal(req.body.partnerPage, partner.url('/partner/lead.html'), 'the lead names the partner page it came from');
    assert.equal(req.body.contact.email, EMAIL, 'the consultancy\'s endpoint gets the contact details');
    await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:lead-delivered'));
    const messages = await page.evaluate(() => window.__messages);
    const lead = messages.find((m) => m.data.type === 'program-fit:lead');
    assert.ok(lead, 'the partner hears that a lead was sent');
    assert.equal(lead.origin, host.origin);
    assert.equal(lead.data.detail.contact, undefined, 'without the contact details');
    assert.equal(lead.data.detail.idempotencyKey, req.body.idempotencyKey);
    assert.ok(!JSON.stringify(messages).includes(EMAIL), 'the email address is in no message to the partner');
    const complete = messages.find((m) => m.data.type === 'program-fit:complete');
    assert.deepEqual(complete.data.detail.hiddenFields, { utm_source: 'partner-site', partner: 'acme' });
  });
});

test('iframe mode with lead.share_with_parent: the partner gets the contact details too', async () => {
  endpoint.requests.length = 0;
  await withPage(newPage(browser), async (page) => {
    await page.goto(partner.url('/partner/share.html'));
    const frame = page.frameLocator('#fit');
    await frame.locator('.pf-contact').waitFor({ timeout: 30000 });
    await sendLead(frame);
    await received(1);
    await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'program-fit:lead'));
    const lead = (await page.evaluate(() => window.__messages)).find((m) => m.data.type === 'program-fit:lead');
    assert.equal(lead.data.detail.contact.email, EMAIL);
  });
});

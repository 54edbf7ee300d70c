// The call to action leaves the frame. Three origins: a partner's page
// under a strict CSP that allows only the frame's origin in frame-src, the
// frame (dist/frame.html under its own strict CSP), and the consultancy's
// booking page, which refuses to be framed at all (X-Frame-Options and
// frame-ancestors). Followed from inside the frame, the CTA must reach the
// booking page in the visitor's tab (`top`, the default) or in a new tab
// without a handle on the partner's page (`blank`); `self` stays in the frame.
// Run after `make dist`: node --test tests/e2e/cta-frame.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HYBRID_ANSWERS, STRICT_CSP, configWith, launchBrowser, newPage, startServer, text, withPage } from './helpers.mjs';

const BOOKING_TITLE = 'Book a conversation';

let browser;
let partner;
let frame;
let booking;

/** The share-link fragment that opens the frame's default instance on these answers. */
const resultsFragment = (answers) =>
  'pf-program-fit=1,' +
  Object.entries(answers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${v}`)
    .join(',');

/** The partner's page: one iframe of frame.html with `config` from the frame's origin. */
const partnerPage = (config) => () => {
  const q = new URLSearchParams({ 'parent-origin': partner.origin, 'config-url': `/cta/${config}.json` });
  const src = `${frame.origin}/dist/frame.html?${q}#${resultsFragment(HYBRID_ANSWERS)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><h1>A partner's page</h1>
<iframe id="fit" title="Programme fit assessment" width="100%" height="1400" src="${src.replace(/&/g, '&amp;')}"></iframe>
</body></html>`;
};

const ctaConfig = (target) => () =>
  configWith((c) => {
    c.cta.url = `${booking.origin}/book.html?kind={kind}&n={participants}`;
    if (target) c.cta.target = target;
  })();

before(async () => {
  browser = await launchBrowser();
  booking = await startServer({
    routes: { '/book.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${BOOKING_TITLE}</title></head><body><h1>${BOOKING_TITLE}</h1></body></html>` },
    headers: { '/book.html': { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" } },
  });
  frame = await startServer({
    routes: { '/cta/default.json': ctaConfig(null), '/cta/blank.json': ctaConfig('blank'), '/cta/self.json': ctaConfig('self') },
  });
  // A partner's strict policy: nothing but its own origin, and the frame's in frame-src.
  const csp = { 'content-security-policy': `${STRICT_CSP}; frame-src ${frame.origin}` };
  const pages = ['default', 'blank', 'self'];
  partner = await startServer({
    routes: Object.fromEntries(pages.map((p) => [`/${p}.html`, partnerPage(p)])),
    headers: Object.fromEntries(pages.map((p) => [`/${p}.html`, csp])),
  });
});

after(async () => {
  await browser?.close();
  await Promise.all([partner, frame, booking].map((s) => s?.close()));
});

/** Opens the partner's page and waits for the results' CTA in the frame. */
async function openPartner(page, name) {
  await page.goto(partner.url(`/${name}.html`));
  const cta = page.frameLocator('#fit').locator('program-fit a.pf-button--cta');
  await cta.waitFor({ timeout: 30000 });
  return cta;
}

const bookingUrl = () => `${booking.origin}/book.html?kind=hybrid&n=120`;

test('by default the CTA leaves the frame: the partner\'s tab goes to the booking page, which refuses to be framed', async () => {
  await withPage(newPage(browser), async (page) => {
    const cta = await openPartner(page, 'default');
    assert.equal(await cta.getAttribute('target'), '_top');
    assert.equal(await cta.getAttribute('href'), bookingUrl());
    await cta.click();
    await page.waitForURL(bookingUrl());
    assert.equal(await page.title(), BOOKING_TITLE, 'the booking page shows in the visitor\'s tab');
    assert.deepEqual(page.pageErrors, []);
  });
});

test('cta.target "blank" opens the booking page in a new tab without a handle on the partner\'s page, and says so', async () => {
  await withPage(newPage(browser), async (page) => {
    const cta = await openPartner(page, 'blank');
    assert.equal(await cta.getAttribute('target'), '_blank');
    assert.equal(await cta.getAttribute('rel'), 'noopener');
    assert.ok((await cta.textContent()).includes(text('cta.new_tab')), 'the link says it opens a new tab');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), cta.click()]);
    await popup.waitForURL(bookingUrl());
    assert.equal(await popup.title(), BOOKING_TITLE);
    assert.equal(await popup.evaluate(() => window.opener), null, 'noopener: the new tab cannot reach back');
    assert.equal(page.url(), partner.url('/blank.html'), 'the partner\'s page stays');
  });
});

test('cta.target "self" leaves the link to the frame, as before: no target, and no new-tab note', async () => {
  await withPage(newPage(browser), async (page) => {
    const cta = await openPartner(page, 'self');
    assert.equal(await cta.getAttribute('target'), null);
    assert.ok(!(await cta.textContent()).includes(text('cta.new_tab')));
  });
});

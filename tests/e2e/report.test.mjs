// The report to keep: Print copies the hidden report into a frame of its
// own and prints that. The test reads the DOM that is printed: the results
// in full (firm, date, answers, kind, why, figures, cost assumptions, the
// Venn as a table, next steps, the call to action's URL) and nothing of the
// host page, under the strict CSP; and it fits on two A4 or Letter pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_CONFIG,
  HYBRID_ANSWERS,
  artifactPath,
  completeFlow,
  events,
  gotoAndWait,
  launchBrowser,
  newPage,
  startServer,
  text,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the print frame holds: its document's text, tags and HTML. */
function printed(page) {
  return page.evaluate(() => {
    const frame = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame');
    const doc = frame.contentDocument;
    return {
      title: doc.title,
      lang: doc.documentElement.lang,
      text: doc.body.innerText,
      headings: [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent),
      tables: [...doc.querySelectorAll('table')].map((t) => t.querySelectorAll('tbody tr').length),
      steps: doc.querySelectorAll('ol > li').length,
      controls: doc.querySelectorAll('button, input, form, a, program-fit, script, iframe').length,
      hostIds: ['host-title', 'host-text', 'host-classes', 'host-bare'].filter((id) => doc.getElementById(id)),
      bodyChildren: [...doc.body.children].map((c) => c.localName + '.' + c.className),
      html: doc.documentElement.outerHTML,
      frameVisible: frame.getBoundingClientRect().width > 0,
    };
  });
}

test('Print prints the report of the results alone, with nothing of the host page, under the strict CSP, on at most 2 pages', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/csp-strict.html'));
    await completeFlow(page, '#pf', HYBRID_ANSWERS);
    await widget(page).locator('.pf-actions button', { hasText: text('ui.actions.print') }).click();
    await waitForEvent(page, 'program-fit:print');
    await page.waitForFunction(() => {
      const f = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame');
      return f && f.contentDocument.querySelector('.pf-report');
    });
    const r = await printed(page);
    assert.deepEqual(r.bodyChildren, ['article.pf-report'], 'the printed document is the report and nothing else');
    assert.deepEqual(r.hostIds, [], 'no host element');
    assert.ok(!r.text.includes('A host page with a strict'), 'no host text');
    assert.equal(r.controls, 0, 'no buttons, links, forms or scripts');
    assert.equal(r.frameVisible, false, 'the frame is never shown on screen');
    assert.equal(r.lang, 'en');
    assert.ok(r.title.startsWith(text('report.title')));
    assert.ok(r.text.includes(text('firm.name')), 'the firm');
    const date = await page.evaluate(() => new Date().toLocaleDateString('en', { dateStyle: 'long' }));
    assert.ok(r.text.includes(text('report.date').replace('{firm}', text('firm.name')).replace('{date}', date)), 'the date');
    assert.equal(r.headings[0], `${text('report.title')}: ${text('kind.hybrid')}`);
    assert.deepEqual(r.headings.slice(1), [
      text('report.answers'),
      text('report.costs'),
      text('report.assumptions'),
      text('ui.venn.title'),
      text('ui.next.title'),
    ]);
    assert.ok(r.text.includes(text('q.audience.opt.managers')) && r.text.includes('$150,000'), 'the answers');
    const asked = new Set((await events(page, 'program-fit:step')).map((e) => e.detail.questionId).filter(Boolean));
    assert.equal(r.tables[0], asked.size, 'one row per question asked');
    assert.ok(r.text.includes('$149,000'), 'the cost table');
    assert.ok(r.text.includes('Group coaching costs $2,000 per person for a year, in groups of at least 4.'), 'the cost assumptions');
    assert.equal(r.tables[2], DEFAULT_CONFIG.traits.length, 'the Venn as a table, every trait');
    assert.equal(r.steps, 7, 'the next steps');
    assert.ok(r.text.includes(`${text('cta.label')}: https://example.com/contact`), 'the call to action written out');
    assert.deepEqual(await page.evaluate(() => window.__pfCspViolations), []);
    assert.deepEqual(page.pageErrors, []);
    // A remount (here, another language) drops the old results' report.
    await page.evaluate(() => document.getElementById('pf').setAttribute('lang', 'en-GB'));
    await waitForEvent(page, 'program-fit:ready', { count: 2 });
    assert.equal(await page.evaluate(() => document.getElementById('pf').shadowRoot.querySelectorAll('iframe').length), 0);

    // Print the same document to PDF to count its pages.
    await withPage(newPage(browser), async (sheet) => {
      await sheet.goto(server.url('/fixtures/blank.html'));
      await sheet.setContent(r.html, { waitUntil: 'load' });
      await sheet.screenshot({ path: artifactPath('report.png'), fullPage: true });
      for (const format of ['A4', 'Letter']) {
        const pdf = await sheet.pdf({ format });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        assert.ok(pages >= 1 && pages <= 2, `${format}: the report prints on ${pages} pages`);
      }
    });
  });
});

// The report to keep: Print copies the hidden report into a frame of its
// own and prints that. The test reads the DOM that is printed: a report an
// HR leader forwards to a CEO, in this order: the recommendation, the why
// and the plan's cost; the alternatives weighed and why they lost; the
// quarters and the budget levels (when there are any); the reasons, the
// cost assumptions and their sources; the next steps and the firm's
// contact; then the answers and the trait comparison, compact. Nothing of
// the host page, under the strict CSP; two A4 or Letter pages at most.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  addWidget,
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
      answers: doc.querySelectorAll('.pf-report__answers > div').length,
      figures: doc.querySelectorAll('.pf-report__pairs:not(.pf-report__answers) > div').length,
      alternatives: [...doc.querySelectorAll('h2 + ul')].map((u) => u.children.length),
      traits: [...doc.querySelectorAll('.pf-report__traits dt')].map((d) => d.textContent),
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
    // A budget was given, so no budget levels; no start date was given,
    // so the quarters count as for a start within three months.
    assert.deepEqual(r.headings.slice(1), [
      text('report.costs'),
      text('report.alternatives'),
      text('ui.timeline.title'),
      text('ui.results.reasons.title'),
      text('report.assumptions'),
      text('ui.next.title'),
      text('report.answers'),
      text('ui.venn.title'),
    ]);
    assert.ok(r.text.includes('$149,400'), 'the cost table');
    assert.ok(
      r.text.includes('Coaching alone: 75 people in small coaching groups, for $150,000. Set aside because it reaches 75 people, against 120 people with the recommended plan.'),
      'an alternative, its figures and why it lost',
    );
    assert.ok(r.text.includes(text('report.sources')), 'the sources of the assumptions');
    assert.ok(r.text.includes('Group coaching costs $2,000 per person for a year, in groups of at least 4.'), 'the cost assumptions');
    assert.ok(r.text.includes(text('reason.goal.leadership')), 'the reasons');
    assert.ok(r.text.includes(text('report.contact').replace('{firm}', text('firm.name'))), "the firm's contact");
    assert.ok(r.text.includes(text('q.audience.opt.managers')) && r.text.includes('$150,000'), 'the answers');
    const asked = new Set((await events(page, 'program-fit:step')).map((e) => e.detail.questionId).filter(Boolean));
    assert.equal(r.answers, asked.size, 'one entry per question asked');
    assert.deepEqual(r.traits, [text('ui.venn.coaching_only'), text('ui.venn.shared'), text('ui.venn.mentoring_only')], 'the traits, one line per region');
    assert.equal(r.figures, 7, 'the figures that say something for this plan');
    assert.deepEqual(r.tables, [3], 'one table, the quarters (coaching starts, mentoring starts, review): no trait table');
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
        writeFileSync(artifactPath(`report-${format}.pdf`), pdf);
      }
    });
  });
});

// The longest report: no budget decided (so the budget levels show), a
// start date (so the quarters show), every follow-up answered, paid
// mentors. In English, German and Spanish, from a config that names its
// firm in English only: every report names the same firm.
const LONGEST = {
  goal: 'leadership', audience: 'managers', participants: 120, budget: 'unknown', duration: 'year',
  driver: 'shared', mentors: 'some', path: 'helpful', mentor_time: 'paid', internal_coaches: 'some',
  line_managers: 'some', format: 'no_preference', launch: 'soon',
};
const locale = (l) => JSON.parse(readFileSync(new URL(`../../locales/${l}.json`, import.meta.url), 'utf8'));
const [DE, ES] = [locale('de'), locale('es')];
const FIRM = 'Acme Talent Partners';

for (const [lang, t] of [['en', text], ['de', (k) => DE[k]], ['es', (k) => ES[k]]]) {
  test(`the longest report (${lang}): every section in order, the same firm, on two A4 and two Letter pages`, async () => {
    await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
      await gotoAndWait(page, server.url('/fixtures/blank.html'), { ready: false });
      await addWidget(page, { id: 'pf', lang, answers: JSON.stringify(LONGEST) }, {
        parent: '#slot',
        inline: JSON.stringify({ texts: { en: { 'firm.name': FIRM } } }),
      });
      await waitForEvent(page, 'program-fit:complete');
      await widget(page, '#pf').locator('.pf-actions button', { hasText: t('ui.actions.print') }).click();
      await page.waitForFunction(() => {
        const f = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame');
        return f && f.contentDocument.querySelector('.pf-report');
      });
      const r = await printed(page);
      assert.equal(r.lang, lang);
      assert.equal(r.headings[0], `${t('report.title')}: ${t('kind.hybrid')}`);
      assert.deepEqual(r.headings.slice(1), [
        t('report.costs'),
        t('report.alternatives'),
        t('ui.timeline.title'),
        t('ui.estimate.levels'),
        t('ui.results.reasons.title'),
        t('report.assumptions'),
        t('ui.next.title'),
        t('report.answers'),
        t('ui.venn.title'),
      ]);
      assert.ok(r.text.includes(t('report.date').replace('{firm}', FIRM).split(' {date}')[0]), `${lang}: the date line names ${FIRM}`);
      assert.ok(r.text.includes(t('report.contact').replace('{firm}', FIRM)), `${lang}: the contact names ${FIRM}`);
      assert.ok(!/Example Consulting|Beispiel Beratung|Consultora Ejemplo/.test(r.text), 'no other firm');
      assert.equal(r.tables.length, 1, 'one table: the quarters');
      assert.ok(r.tables[0] >= 3, `the quarters: ${r.tables[0]}`);
      assert.equal(r.answers, Object.keys(LONGEST).length, 'every answer');
      assert.deepEqual(page.pageErrors, []);
      await withPage(newPage(browser), async (sheet) => {
        await sheet.goto(server.url('/fixtures/blank.html'));
        await sheet.setContent(r.html, { waitUntil: 'load' });
        await sheet.screenshot({ path: artifactPath(`report-longest-${lang}.png`), fullPage: true });
        for (const format of ['A4', 'Letter']) {
          const pdf = await sheet.pdf({ format });
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
          writeFileSync(artifactPath(`report-longest-${lang}-${format}.pdf`), pdf);
          assert.ok(pages >= 1 && pages <= 2, `${lang} ${format}: the report prints on ${pages} pages`);
        }
      });
    });
  });
}

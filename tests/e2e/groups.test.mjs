// Programmes with several groups (issue 27): a two-group prefill opens on
// per-group results and fires complete with detail.groups; Print prints
// the programme's report on two pages at most; a two-group
// share link and stored progress round trip; adding, naming, reordering and removing groups
// by keyboard at 360 and 1280 px, with axe at 0.
// Run after `make dist`: node --test tests/e2e/groups.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import {
  addWidget,
  artifactPath,
  axeCheck,
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

/** The bank of issue 27: executives first, then managers, from one budget. */
const BANK = {
  budget: 250000,
  mentors: 'some',
  launch: 'soon',
  groups: [
    {
      name: 'Executives',
      answers: { goal: 'leadership', audience: 'executives', participants: 12, duration: 'year', driver: 'organisation', path: 'unimportant' },
    },
    {
      name: 'Managers',
      answers: { goal: 'skill', audience: 'managers', participants: 200, duration: 'year', driver: 'shared', path: 'helpful' },
    },
  ],
};

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A blank page at `width` px with one widget prefilled with `answers`. */
async function prefilled(width, answers = BANK) {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  await gotoAndWait(page, server.url('/fixtures/blank.html'), { ready: false });
  // The fixture's column is 760px wide; here the widget gets the viewport.
  await page.addStyleTag({ content: '.wrap { width: auto; }' });
  await addWidget(page, { id: 'pf', storage: 'none', answers: JSON.stringify(answers) }, { parent: '#slot' });
  return page;
}

const groupNames = (page) => widget(page).locator('.pf-group__name').allTextContents();

test('a two-group prefill opens on the per-group results and complete carries the groups', async () => {
  for (const width of [360, 1280]) {
    await withPage(prefilled(width), async (page) => {
      const [done] = await waitForEvent(page, 'program-fit:complete');
      const d = done.detail;
      assert.equal(d.source, 'prefill');
      assert.deepEqual(d.answers, BANK);
      assert.deepEqual(d.groups.map((g) => g.name), ['Executives', 'Managers']);
      assert.deepEqual(d.groups[0].answers, BANK.groups[0].answers);
      assert.ok(d.groups.every((g) => ['coaching', 'mentoring', 'hybrid'].includes(g.recommendation)));
      assert.equal(d.plan.reached, d.groups[0].plan.reached + d.groups[1].plan.reached);
      assert.ok(d.plan.cost <= BANK.budget, `${d.plan.cost} within the budget`);

      await assert.doesNotReject(heading(page).waitFor());
      assert.match(await heading(page).textContent(), /One plan for 2 groups/);
      assert.deepEqual(await groupNames(page), ['Executives', 'Managers']);
      const lead = await widget(page).locator('.pf-results > .pf-lead').textContent();
      assert.match(lead, /^Together the plans reach .* of 212 for .* of your \$250,000 yearly budget\./);
      const share = await widget(page).locator('.pf-group').nth(1).locator('.pf-group__share').textContent();
      assert.match(share, /^Planned first: Executives, with /);
      assert.equal(await widget(page).locator('.pf-group .pf-estimate').count(), 2);
      // The timeline names the group each step is for, the first group first.
      const firstQuarter = await widget(page).locator('.pf-timeline__quarter').first().locator('.pf-timeline__group').allTextContents();
      assert.ok(firstQuarter.length > 0 && firstQuarter[0] === 'Executives: ', JSON.stringify(firstQuarter));
      // The programme's explorer, on the shared numbers, and its report.
      assert.equal(await widget(page).locator('.pf-explore').count(), 1);
      assert.equal(await widget(page).locator('.pf-report').count(), 1, "the programme's report, hidden");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: artifactPath(`groups-results-${width}.png`), fullPage: true });
      await axeCheck(page, `two-group results at ${width}px`);
      assert.deepEqual(page.pageErrors, []);
    });
  }
});

test("Print prints the programme's report: its total, each group, one timeline, on two A4 and two Letter pages", async () => {
  await withPage(prefilled(1280), async (page) => {
    await waitForEvent(page, 'program-fit:complete');
    await widget(page).locator('.pf-actions button', { hasText: text('ui.actions.print') }).click();
    await page.waitForFunction(() => {
      const f = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame');
      return f && f.contentDocument.querySelector('.pf-report');
    });
    const r = await page.evaluate(() => {
      const doc = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame').contentDocument;
      return {
        text: doc.body.innerText,
        headings: [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent),
        quarters: [...doc.querySelectorAll('table tbody tr')].map((tr) => tr.textContent),
        answers: [...doc.querySelectorAll('.pf-report__answers dt')].map((d) => d.textContent),
        html: doc.documentElement.outerHTML,
      };
    });
    assert.equal(r.headings[0], `${text('report.title')}: One plan for 2 groups`);
    assert.match(r.headings[1], /^Executives: /);
    assert.match(r.headings[2], /^Managers: /);
    assert.deepEqual(r.headings.slice(3), [
      text('ui.timeline.title'),
      text('report.assumptions'),
      text('ui.next.title'),
      text('report.answers'),
    ]);
    assert.match(r.text, /Together the plans reach 212 people of 212 for /);
    assert.match(r.text, /Planned first: Executives, with /);
    assert.ok(r.quarters.length >= 2 && r.quarters[0].includes('Executives:'), JSON.stringify(r.quarters));
    assert.deepEqual(r.answers.slice(-2), ['Executives', 'Managers'], "each group's own answers under its name");
    assert.deepEqual(page.pageErrors, []);
    await withPage(newPage(browser), async (sheet) => {
      await sheet.goto(server.url('/fixtures/blank.html'));
      await sheet.setContent(r.html, { waitUntil: 'load' });
      await sheet.screenshot({ path: artifactPath('groups-report.png'), fullPage: true });
      for (const format of ['A4', 'Letter']) {
        const pdf = await sheet.pdf({ format });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        writeFileSync(artifactPath(`groups-report-${format}.pdf`), pdf);
        assert.ok(pages >= 1 && pages <= 2, `${format}: the report prints on ${pages} pages`);
      }
    });
  });
});

test("a programme's explorer changes the shared numbers and plans every group again, as a fresh widget would", async () => {
  const fresh = await withPage(prefilled(1280, { ...BANK, budget: 70000 }), async (page) => {
    const [done] = await waitForEvent(page, 'program-fit:complete');
    return done.detail.plan;
  });
  for (const width of [360, 1280]) {
    await withPage(prefilled(width), async (page) => {
      const [done] = await waitForEvent(page, 'program-fit:complete');
      const x = widget(page).locator('.pf-explore');
      // The organisation's answers are levers; a group's own are not.
      assert.equal(await x.locator('#pf-x-budget').count(), 1);
      assert.equal(await x.locator('#pf-x-mentors').count(), 1);
      assert.deepEqual(await x.locator('legend').allTextContents(), [text('q.mentor_time.summary'), text('q.internal_coaches.summary')]);
      assert.equal(await x.locator('#pf-x-participants').count(), 0);
      await x.locator('#pf-x-budget').fill('70000');
      const [explored] = await waitForEvent(page, 'program-fit:explore');
      const d = explored.detail;
      assert.deepEqual(d.changed, { budget: 70000 });
      assert.equal(d.plan.participants, 212);
      assert.equal(d.plan.reached, fresh.reached);
      assert.equal(d.plan.cost, fresh.cost);
      assert.equal(d.difference.reached, fresh.reached - done.detail.plan.reached);
      assert.match(await x.locator('.pf-explore__status').textContent(), new RegExp(`\\b${fresh.reached} of 212\\b`));
      // A programme's link carries no pinned values, so there is nothing to pin.
      assert.equal(await x.locator('button', { hasText: text('ui.explore.pin') }).count(), 0);
      await x.screenshot({ path: artifactPath(`groups-explore-${width}.png`) });
      await axeCheck(page, `a programme's explorer at ${width}px`);
      assert.deepEqual(page.pageErrors, []);
    });
  }
});

test('a two-group share link opens the same programme for someone else', async () => {
  await withPage(prefilled(1280), async (page) => {
    await waitForEvent(page, 'program-fit:complete');
    await widget(page).locator('.pf-actions button', { hasText: text('ui.actions.share') }).click();
    const [share] = await waitForEvent(page, 'program-fit:share');
    assert.match(share.detail.url, /#pf-pf=2,/);
    assert.match(share.detail.url, /~g:Executives,/);
    await withPage(newPage(browser), async (visitor) => {
      await gotoAndWait(visitor, share.detail.url, { ready: false });
      await addWidget(visitor, { id: 'pf', storage: 'none' }, { parent: '#slot' });
      const [opened] = await waitForEvent(visitor, 'program-fit:complete');
      assert.equal(opened.detail.source, 'share');
      assert.deepEqual(opened.detail.answers, BANK);
      assert.deepEqual(await groupNames(visitor), ['Executives', 'Managers']);
    });
  });
});

test('a programme is stored as version 2 and reopens after a reload', async () => {
  await withPage(newPage(browser), async (page) => {
    await gotoAndWait(page, server.url('/fixtures/blank.html'), { ready: false });
    await addWidget(page, { id: 'pf', answers: JSON.stringify(BANK) }, { parent: '#slot' });
    await waitForEvent(page, 'program-fit:complete');
    const stored = JSON.parse(await page.evaluate(() => sessionStorage.getItem('program-fit:pf')));
    assert.equal(stored.v, 2);
    await page.reload();
    await addWidget(page, { id: 'pf' }, { parent: '#slot' });
    const [again] = await waitForEvent(page, 'program-fit:complete');
    assert.equal(again.detail.source, 'stored');
    assert.deepEqual(again.detail.answers, BANK);
    assert.deepEqual(await groupNames(page), ['Executives', 'Managers']);
  });
});

/** The widget's focused element: its id, tag, name, aria-label and text. */
const active = (page) =>
  page.evaluate(() => {
    const a = document.getElementById('pf').shadowRoot.activeElement;
    return a && { id: a.id, tag: a.localName, name: a.name, label: a.getAttribute('aria-label'), text: a.textContent.trim() };
  });

/** Presses Tab until the focused element passes `test`; fails after 80 presses. */
async function tabTo(page, what, test) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const a = await active(page);
    if (a && test(a)) return a;
  }
  assert.fail(`${what} is not reachable by Tab`);
}

/** Answers the question in view by keyboard: its first option, or `number`; then Continue. */
async function answerByKeyboard(page, number) {
  const input = await tabTo(page, 'an answer', (a) => a.tag === 'input');
  if (input.name.startsWith('pf-q-')) await page.keyboard.press('Space');
  else await page.keyboard.type(String(number));
  await tabTo(page, 'Continue', (a) => a.tag === 'button' && a.text === text('ui.continue'));
  await page.keyboard.press('Enter');
}

const HYBRID = { goal: 'leadership', audience: 'managers', participants: 120, budget: 150000, duration: 'year', driver: 'shared', mentors: 'some', path: 'helpful' };

for (const width of [360, 1280]) {
  test(`adding, naming, reordering and removing a group by keyboard at ${width} px, with axe at 0`, async () => {
    const page = await newPage(browser, { viewport: { width, height: 900 } });
    await withPage(page, async () => {
      await gotoAndWait(page, server.url('/fixtures/blank.html'), { ready: false });
      await page.addStyleTag({ content: '.wrap { width: auto; }' });
      const stored = JSON.stringify({ app: 'program-fit', v: 1, screen: 'check', answers: HYBRID });
      await page.evaluate((raw) => sessionStorage.setItem('program-fit:pf', raw), stored);
      await addWidget(page, { id: 'pf' }, { parent: '#slot' });
      await waitForEvent(page, 'program-fit:ready');
      const w = widget(page);
      assert.equal(await heading(page).textContent(), text('ui.check.title'));
      assert.equal(await w.locator('.pf-check-group').count(), 0, 'one group: the screen as before groups');

      // Add a group: only its own questions are asked, then back to the check screen.
      await tabTo(page, 'Add another group', (a) => a.text === text('ui.groups.add'));
      await page.keyboard.press('Enter');
      const asked = [];
      while (!(await w.locator('.pf-check').count())) {
        assert.equal(await w.locator('.pf-question__group').textContent(), 'Group 2');
        asked.push(await w.locator('form input').first().getAttribute('name'));
        await answerByKeyboard(page, 150);
      }
      assert.deepEqual(asked, ['pf-q-goal', 'pf-q-audience', 'participants', 'pf-q-duration', 'pf-q-driver', 'pf-q-path', 'pf-q-format']);
      assert.deepEqual(await w.locator('.pf-group-heading').allTextContents(), ['Group 1', 'Group 2']);
      assert.equal(await w.locator('#pf-group-name-1').inputValue(), 'Group 2');
      assert.equal(await w.locator('#pf-group-name-0').inputValue(), 'Group 1', 'the first group is named too');

      // Name it.
      await tabTo(page, 'the second name field', (a) => a.id === 'pf-group-name-1');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Young engineers');
      await page.keyboard.press('Tab');
      await assert.doesNotReject(w.locator('#pf-group-1', { hasText: 'Young engineers' }).waitFor());
      await axeCheck(page, `two groups on the check screen at ${width}px`);

      // Move it up: focus follows it, and the move is said.
      await tabTo(page, 'Move up', (a) => a.label === 'Move up: Young engineers');
      await page.keyboard.press('Enter');
      await assert.doesNotReject(w.locator('#pf-group-0', { hasText: 'Young engineers' }).waitFor());
      assert.equal((await active(page)).id, 'pf-group-0');
      const said = () => w.locator('.pf-check p[aria-live=polite]').textContent();
      assert.equal(await said(), 'Young engineers is now group 1 of 2.');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: artifactPath(`groups-check-${width}.png`), fullPage: true });
      await axeCheck(page, `a group moved at ${width}px`);

      // Remove the other: one group is left, focus goes to the screen's heading.
      await tabTo(page, 'Remove', (a) => a.label === 'Remove Group 1');
      await page.keyboard.press('Enter');
      await assert.doesNotReject(w.locator('.pf-check-group').first().waitFor({ state: 'detached' }));
      assert.equal(await said(), 'Group 1 removed.');
      assert.equal(await page.evaluate(() => document.getElementById('pf').shadowRoot.activeElement?.className), 'pf-heading pf-focus-target');
      await axeCheck(page, `a group removed at ${width}px`);

      // The group left is the one added, shared answers kept: one group, as before groups.
      assert.equal(await w.locator('.pf-group-name').count(), 0);
      await tabTo(page, 'See my recommendation', (a) => a.text === text('ui.check.submit'));
      await page.keyboard.press('Enter');
      const [done] = await waitForEvent(page, 'program-fit:complete');
      assert.equal(done.detail.groups, undefined);
      assert.equal(done.detail.answers.participants, 150);
      assert.equal(done.detail.answers.budget, HYBRID.budget);
      assert.deepEqual(page.pageErrors, []);
    });
  });
}

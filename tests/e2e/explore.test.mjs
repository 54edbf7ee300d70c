// The what-if explorer on the results: moving the budget across a threshold
// changes the plan as a fresh widget with those answers would; the
// thresholds it marks are the least values that change the plan (one unit
// less does not); it works by keyboard alone at 360 and 1280 px with axe
// at 0; program-fit:explore carries settled values only; a config can turn
// it off or choose its levers.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  MENTORING_ANSWERS,
  addWidget,
  artifactPath,
  axeCheck,
  configWith,
  events,
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
  server = await startServer({
    routes: {
      '/fixtures/explore-off.json': configWith((c) => {
        c.explore = { enabled: false };
      }),
      '/fixtures/explore-lead.json': configWith((c) => {
        c.lead.mode = 'optional';
        c.lead.privacy_url = 'https://example.com/privacy';
      }),
      '/fixtures/explore-two.json': configWith((c) => {
        c.explore = { levers: ['mentors', 'budget'] };
      }),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Twenty high potentials, careers, two counted mentors: pairs need more. */
const FEW_MENTORS = {
  goal: 'career',
  audience: 'high_potentials',
  participants: 20,
  budget: 40000,
  duration: 'year',
  driver: 'participant',
  mentors: 2,
  path: 'essential',
};

/** A page with one widget opened on the results of `answers`. */
async function openResults(answers, { viewport, attrs = {}, colorScheme } = {}) {
  const p = await newPage(browser, { viewport, context: colorScheme ? { colorScheme } : {} });
  await p.goto(server.url('/fixtures/blank.html'));
  // The fixture's column is 760px wide; here the widget gets the viewport.
  await p.addStyleTag({ content: '.wrap { width: auto; }' });
  await addWidget(p, { id: 'pf', answers: JSON.stringify(answers), ...attrs }, { parent: '#slot' });
  await waitForEvent(p, 'program-fit:complete', { target: 'pf' });
  return p;
}

const explorer = (p) => widget(p, '#pf').locator('.pf-explore');
const field = (p, id) => explorer(p).locator(`#pf-x-${id}`);
const marks = (p, id) => explorer(p).locator(`#pf-x-${id}-marks`);
const status = (p) => explorer(p).locator('.pf-explore__status');

/** Whole numbers in a text, in order ("$76,000" → 76000). */
const numbers = (s) => [...s.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));

/** The exact thresholds behind a lever's marks, as the engine found them. */
async function exact(p, id) {
  return (await marks(p, id).getAttribute('data-at')).split(' ').map(Number);
}

/** Rounded up to two significant figures, as the marks show money. */
function nice(n) {
  let unit = 1;
  while (n / unit >= 100) unit *= 10;
  return Math.ceil(n / unit) * unit;
}

/** The reached figure of the explored plan, from its announced summary. */
async function reached(p) {
  return numbers(await status(p).textContent())[0];
}

/** The explored plan's formats, as shown. */
function formats(p) {
  return explorer(p)
    .locator('.pf-explore__figure')
    .filter({ hasText: text('ui.explore.formats') })
    .locator('strong')
    .textContent();
}

/** Types `value` into a lever's number field. The widget re-plans on the
 * input event and renders before Playwright's next call returns. */
async function setNumber(p, id, value) {
  await field(p, id).fill(String(value));
}

/** What a fresh widget gives for `answers`: its complete event's plan. */
async function freshPlan(answers) {
  return withPage(openResults(answers), async (p) => (await events(p, 'program-fit:complete'))[0].detail.plan);
}

describe('explorer', () => {
  test('moving the budget across the thresholds changes the plan as a fresh widget would', async () => {
    await withPage(openResults(MENTORING_ANSWERS), async (p) => {
      const original = (await events(p, 'program-fit:complete'))[0].detail.plan;
      assert.ok(original.waiting > 0, 'people wait at $20,000');
      const [next, everyone] = await exact(p, 'budget');
      assert.ok(next > MENTORING_ANSWERS.budget && everyone >= next, `${next} ${everyone}`);
      // Said in plain words, the money rounded up: the plan has turned by then.
      const said = (key, n) => text(key).replace('{budget}', `$${nice(n).toLocaleString('en')}`);
      assert.equal(await marks(p, 'budget').textContent(), `${said('ui.explore.next_start', next)} ${said('ui.explore.everyone', everyone)}`);
      assert.ok(nice(next) > next, `${next} is shown as ${nice(next)}, not to the dollar`);
      // The budget marked for everyone is the plan's own funding gap away.
      assert.equal(everyone, MENTORING_ANSWERS.budget + original.fundingGap);

      await setNumber(p, 'budget', next - 1);
      assert.equal(await reached(p), original.reached, 'one unit below the next start, nobody more');
      await setNumber(p, 'budget', next);
      const atNext = await reached(p);
      assert.ok(atNext > original.reached, 'at the next start, more people');
      await setNumber(p, 'budget', nice(next));
      assert.ok((await reached(p)) >= atNext, 'at the figure shown, at least as many');

      await setNumber(p, 'budget', everyone - 1);
      const below = await reached(p);
      assert.ok(below < MENTORING_ANSWERS.participants, 'one unit below, someone waits');
      await setNumber(p, 'budget', everyone);
      assert.equal(await reached(p), MENTORING_ANSWERS.participants, 'at the mark, everyone');
      assert.match(await status(p).textContent(), /Compared with your answers: \+[\d,]+ reached, \+\$[\d,]+\./);

      // The same answers in a fresh widget reach exactly as many.
      for (const budget of [next, everyone - 1]) {
        const fresh = await freshPlan({ ...MENTORING_ANSWERS, budget });
        await setNumber(p, 'budget', budget);
        assert.equal(await reached(p), fresh.reached, `at ${budget}`);
      }
      assert.equal(atNext, (await freshPlan({ ...MENTORING_ANSWERS, budget: next })).reached);

      // Back to my answers restores the original.
      await explorer(p).getByRole('button', { name: text('ui.explore.back') }).click();
      assert.equal(await field(p, 'budget').inputValue(), String(MENTORING_ANSWERS.budget));
      assert.equal(await reached(p), original.reached);
      assert.match(await status(p).textContent(), new RegExp(text('ui.explore.same').replace('.', '\\.')));
      assert.deepEqual(p.pageErrors, []);
    });
  });

  test('the mentors mark is the fewest with whom pairs start', async () => {
    await withPage(openResults(FEW_MENTORS), async (p) => {
      const pairs = text('format.mentoring_pairs');
      const [m] = await exact(p, 'mentors');
      assert.deepEqual(numbers(await marks(p, 'mentors').textContent()), [m]);
      assert.ok(m > FEW_MENTORS.mentors, `${m}`);
      assert.ok(!(await formats(p)).includes(pairs), 'no pairs with two mentors');
      await setNumber(p, 'mentors', m - 1);
      assert.ok(!(await formats(p)).includes(pairs), `no pairs with ${m - 1}`);
      await setNumber(p, 'mentors', m);
      assert.ok((await formats(p)).includes(pairs), `pairs with ${m}`);
      const fresh = await freshPlan({ ...FEW_MENTORS, mentors: m });
      assert.ok(fresh.formats.includes('mentoring_pairs'), JSON.stringify(fresh));
      assert.equal(await reached(p), fresh.reached);
      // With pairs in the plan, the mark is passed: it is not shown.
      assert.equal(await marks(p, 'mentors').count(), 0);
    });
  });

  test('the mentors\' time does not apply with no mentors, and says so', async () => {
    await withPage(openResults({ ...FEW_MENTORS, mentor_time: 'paid' }), async (p) => {
      const time = explorer(p).locator('fieldset').filter({ hasText: text('q.mentor_time.summary') });
      // A disabled fieldset disables its radio buttons.
      const disabled = () => time.getByRole('radio').evaluateAll((els) => els.map((e) => e.matches(':disabled')));
      assert.deepEqual(await disabled(), [false, false]);
      assert.equal(await time.getByRole('radio', { name: text('q.mentor_time.opt.paid') }).isChecked(), true);
      await setNumber(p, 'mentors', 0);
      assert.deepEqual(await disabled(), [true, true]);
      const why = explorer(p).locator(`#${await time.getAttribute('aria-describedby')}`);
      assert.equal(await why.textContent(), text('ui.explore.unasked'));
      await setNumber(p, 'mentors', 3);
      assert.deepEqual(await disabled(), [false, false]);
      await axeCheck(p, 'the mentors\' time');
    });
  });

  for (const width of [360, 1280]) {
    test(`keyboard only at ${width} px, with axe at 0`, async () => {
      await withPage(openResults(MENTORING_ANSWERS, { viewport: { width, height: 900 } }), async (p) => {
        const active = () =>
          p.evaluate(() => {
            const a = document.getElementById('pf').shadowRoot.activeElement;
            return a ? a.id || a.className || a.localName : null;
          });
        // Tab from the page into the widget until the budget field has focus.
        let found = false;
        for (let i = 0; i < 120 && !found; i++) {
          await p.keyboard.press('Tab');
          found = (await active()) === 'pf-x-budget';
        }
        assert.ok(found, 'the budget field is reachable by Tab');
        const before = await reached(p);
        for (let i = 0; i < 5; i++) await p.keyboard.press('ArrowUp');
        assert.equal(await field(p, 'budget').inputValue(), String(MENTORING_ANSWERS.budget + 5000));
        await p.keyboard.press('Tab');
        assert.equal(await active(), 'pf-explore__slider');
        await p.keyboard.press('ArrowRight');
        assert.equal(await field(p, 'budget').inputValue(), String(MENTORING_ANSWERS.budget + 6000));
        assert.ok((await reached(p)) > before, 'more budget, more people');
        // The participants field, by keyboard.
        await p.keyboard.press('Tab');
        assert.equal(await active(), 'pf-x-participants');
        await p.keyboard.press('ArrowDown');
        assert.equal(await field(p, 'participants').inputValue(), String(MENTORING_ANSWERS.participants - 1));
        // A choice lever is one stop; the arrow keys choose within it.
        const radio = () => p.evaluate(() => {
          const a = document.getElementById('pf').shadowRoot.activeElement;
          return a?.type === 'radio' ? `${a.name}=${a.value}` : null;
        });
        let focused = null;
        for (let i = 0; i < 10 && !focused?.startsWith('pf-x-duration='); i++) {
          await p.keyboard.press('Tab');
          focused = await radio();
        }
        assert.equal(focused, 'pf-x-duration=ongoing', 'the checked option takes focus');
        await p.keyboard.press('ArrowUp');
        assert.equal(await radio(), 'pf-x-duration=year');
        assert.equal(await explorer(p).getByRole('radio', { name: text('q.duration.opt.year') }).isChecked(), true);
        // Nothing is wider than the screen, and no option is cut off.
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
        const cut = await explorer(p)
          .locator('.pf-explore__option')
          .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
        assert.deepEqual(cut, []);
        await explorer(p).screenshot({ path: artifactPath(`explore-keyboard-${width}.png`) });
        await axeCheck(p, `explorer changed at ${width}px`);
        // Back to my answers, by keyboard.
        let back = false;
        for (let i = 0; i < 20 && !back; i++) {
          await p.keyboard.press('Tab');
          back = (await p.evaluate(() => document.getElementById('pf').shadowRoot.activeElement?.textContent)) === text('ui.explore.back');
        }
        assert.ok(back, 'Back to my answers is reachable by Tab');
        await p.keyboard.press('Enter');
        assert.equal(await field(p, 'budget').inputValue(), String(MENTORING_ANSWERS.budget));
        assert.equal(await field(p, 'participants').inputValue(), String(MENTORING_ANSWERS.participants));
        assert.equal(await explorer(p).getByRole('radio', { name: text('q.duration.opt.ongoing') }).isChecked(), true);
        assert.equal(await reached(p), before);
        await axeCheck(p, `explorer restored at ${width}px`);
      });
    });
  }

  test('program-fit:explore carries settled values only', async () => {
    await withPage(openResults(MENTORING_ANSWERS), async (p) => {
      // A burst of values, as dragging the slider gives: each one is
      // re-planned and shown (its own frame), well within the settling time.
      const shown = await field(p, 'budget').evaluate(async (el) => {
        const status = () => el.getRootNode().querySelector('.pf-explore__status').textContent;
        const seen = [];
        for (const v of ['30000', '40000', '50000']) {
          el.value = v;
          el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await new Promise((r) => requestAnimationFrame(() => r()));
          seen.push(status());
        }
        return seen;
      });
      assert.equal(new Set(shown).size, 3, `each value was re-planned: ${shown.join(' | ')}`);
      const [first] = await waitForEvent(p, 'program-fit:explore', { target: 'pf' });
      assert.deepEqual(first.detail.changed, { budget: 50000 });
      assert.equal(first.detail.plan.budget, 50000);
      const fresh = await freshPlan({ ...MENTORING_ANSWERS, budget: 50000 });
      assert.equal(first.detail.plan.reached, fresh.reached);
      assert.equal(first.detail.plan.cost, fresh.cost);
      const original = (await events(p, 'program-fit:complete'))[0].detail.plan;
      assert.equal(first.detail.difference.reached, fresh.reached - original.reached);
      assert.equal(first.detail.difference.cost, fresh.cost - original.cost);
      // A second, separate change: one more event, and none for the burst's
      // passing values.
      await field(p, 'participants').fill('200');
      const all = await waitForEvent(p, 'program-fit:explore', { target: 'pf', count: 2 });
      assert.equal(all.length, 2);
      assert.deepEqual(all[1].detail.changed, { budget: 50000, participants: 200 });
      assert.ok(all.every((e) => e.bubbles && e.composed));
    });
  });

  test('Compare with my answers pins two columns on screen and in the printed report', async () => {
    await withPage(openResults(MENTORING_ANSWERS), async (p) => {
      const original = (await events(p, 'program-fit:complete'))[0].detail.plan;
      const pin = explorer(p).getByRole('button', { name: text('ui.explore.pin') });
      assert.equal(await pin.count(), 0, 'nothing tried, nothing to compare');
      await setNumber(p, 'budget', 60000);
      await pin.click();
      const fresh = await freshPlan({ ...MENTORING_ANSWERS, budget: 60000 });
      const table = explorer(p).locator('table.pf-explore__compare');
      const cols = await table.locator('thead th').allTextContents();
      assert.deepEqual(cols, [text('ui.explore.compare.yours'), text('ui.explore.compare.tried')]);
      const row = async (name) => table.locator('tbody tr').filter({ has: p.locator('th', { hasText: name }) }).locator('td').allTextContents();
      assert.deepEqual(await row(text('q.budget.summary')), ['$20,000', '$60,000']);
      const reachedOf = (n) => text('ui.explore.reached_of').replace('{reached}', n.toLocaleString('en')).replace('{participants}', '400');
      assert.deepEqual(await row(text('ui.explore.reached')), [reachedOf(original.reached), reachedOf(fresh.reached)]);
      assert.deepEqual(await row(text('ui.estimate.cost')), [`$${original.cost.toLocaleString('en')}`, `$${fresh.cost.toLocaleString('en')}`]);
      await explorer(p).screenshot({ path: artifactPath('explore-compare-1280.png') });
      // Back to my answers keeps the comparison; the report carries it.
      await explorer(p).getByRole('button', { name: text('ui.explore.back') }).click();
      assert.equal(await table.count(), 1);
      await widget(p, '#pf').locator('.pf-actions button', { hasText: text('ui.actions.print') }).click();
      await waitForEvent(p, 'program-fit:print');
      await p.waitForFunction(() => {
        const f = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame');
        return f && f.contentDocument.querySelector('.pf-report .pf-explore__compare');
      });
      const printed = await p.evaluate(() => {
        const doc = document.getElementById('pf').shadowRoot.querySelector('iframe.pf-print-frame').contentDocument;
        const t = doc.querySelector('.pf-explore__compare');
        return { caption: t.caption.textContent, rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)) };
      });
      assert.equal(printed.caption, text('ui.explore.compare.title'));
      assert.deepEqual(printed.rows[0], [text('q.budget.summary'), '$20,000', '$60,000']);
      // Removed, it is gone from both.
      await explorer(p).getByRole('button', { name: text('ui.explore.unpin') }).click();
      assert.equal(await table.count(), 0);
      assert.equal(await widget(p, '#pf').locator('.pf-report .pf-explore__compare').count(), 0);
      await axeCheck(p, 'after the comparison');
    });
  });

  test('a share link carries the pinned scenario and opens on the same two columns', async () => {
    const answers = { ...MENTORING_ANSWERS, launch: 'soon' };
    const rows = (q) =>
      explorer(q)
        .locator('table.pf-explore__compare')
        .evaluate((t) => [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)));
    await withPage(openResults(answers), async (p) => {
      await setNumber(p, 'budget', 60000);
      await explorer(p).getByRole('button', { name: text('ui.explore.pin') }).click();
      const pinned = await rows(p);
      const fresh = await freshPlan({ ...answers, budget: 60000 });
      const original = (await events(p, 'program-fit:complete'))[0].detail.plan;
      const row = (name) => pinned.find((r) => r[0] === name)?.slice(1);
      assert.deepEqual(row(text('q.budget.summary')), ['$20,000', '$60,000']);
      assert.deepEqual(row(text('ui.estimate.cost')), [`$${original.cost.toLocaleString('en')}`, `$${fresh.cost.toLocaleString('en')}`]);
      // The timeline row says when each plan's groups start, not who waits.
      const [yours, tried] = row(text('ui.timeline.title'));
      const start = (n) => `Months 1 to 3 – Start: ${n.toLocaleString('en')} people in ${text('format.mentoring_pairs')}.`;
      assert.equal(yours, start(original.reached));
      assert.equal(tried, start(fresh.reached));

      await widget(p, '#pf').getByRole('button', { name: text('ui.actions.share') }).click();
      await widget(p, '#pf').locator('.pf-share input').waitFor();
      const url = p.url();
      assert.match(new URL(url).hash, /^#pf-pf=1,.*,~budget:60000$/);

      await withPage(newPage(browser), async (q) => {
        await q.goto(url);
        await addWidget(q, { id: 'pf' }, { parent: '#slot' });
        const [done] = await waitForEvent(q, 'program-fit:complete', { target: 'pf' });
        assert.deepEqual(done.detail.answers, answers);
        assert.deepEqual(await rows(q), pinned, 'the same two columns and figures');
        assert.equal(await field(q, 'budget').inputValue(), String(answers.budget), 'the explorer starts from the answers');
        await axeCheck(q, 'a shared comparison');
      });
      // A link made before pinned values existed opens without a comparison.
      await withPage(newPage(browser), async (q) => {
        await q.goto(url.replace(',~budget:60000', ''));
        await addWidget(q, { id: 'pf' }, { parent: '#slot' });
        const [done] = await waitForEvent(q, 'program-fit:complete', { target: 'pf' });
        assert.deepEqual(done.detail.answers, answers);
        assert.equal(await explorer(q).locator('table.pf-explore__compare').count(), 0);
      });
    });
  });

  test('the lead payload carries the pinned scenario', async () => {
    await withPage(openResults(MENTORING_ANSWERS, { attrs: { 'config-url': '/fixtures/explore-lead.json' } }), async (p) => {
      await setNumber(p, 'budget', 60000);
      await explorer(p).getByRole('button', { name: text('ui.explore.pin') }).click();
      const w = widget(p, '#pf');
      await w.locator('.pf-contact input[name=email]').fill('ana@example.com');
      await w.locator('.pf-contact input[name=consent]').check();
      await w.locator('.pf-contact button[type=submit]').click();
      const [lead] = await waitForEvent(p, 'program-fit:lead', { target: 'pf' });
      const fresh = await freshPlan({ ...MENTORING_ANSWERS, budget: 60000 });
      assert.deepEqual(lead.detail.scenario.changed, { budget: 60000 });
      assert.equal(lead.detail.scenario.plan.reached, fresh.reached);
      assert.equal(lead.detail.plan.reached, (await events(p, 'program-fit:complete'))[0].detail.plan.reached);
    });
  });

  test('a config can turn the explorer off or choose its levers', async () => {
    await withPage(openResults(MENTORING_ANSWERS, { attrs: { 'config-url': '/fixtures/explore-off.json' } }), async (p) => {
      await assert.doesNotReject(widget(p, '#pf').locator('.pf-estimate').waitFor());
      assert.equal(await explorer(p).count(), 0);
    });
    await withPage(openResults(MENTORING_ANSWERS, { attrs: { 'config-url': '/fixtures/explore-two.json' } }), async (p) => {
      const ids = await explorer(p).locator('input[type=number], select').evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(ids, ['pf-x-mentors', 'pf-x-budget']);
    });
  });

  test('screenshots: en and de, light and dark, 360 and 1280 px', async () => {
    for (const lang of ['en', 'de']) {
      for (const colorScheme of ['light', 'dark']) {
        for (const width of [360, 1280]) {
          await withPage(openResults(MENTORING_ANSWERS, { viewport: { width, height: 900 }, attrs: { lang }, colorScheme }), async (p) => {
            await setNumber(p, 'budget', 60000);
            const title = await explorer(p).locator('h3').textContent();
            assert.equal(title, lang === 'de' ? 'Andere Zahlen ausprobieren' : text('ui.explore.title'));
            await explorer(p).screenshot({ path: artifactPath(`explore-${lang}-${colorScheme}-${width}.png`) });
          });
        }
      }
    }
  });
});

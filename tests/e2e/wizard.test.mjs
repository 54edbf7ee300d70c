// The wizard on the built demo page: the whole flow by mouse and by
// keyboard only, axe-core on every screen (including an error state and the
// results), print length, narrow layouts, and screenshots at 360 and 1280 px
// in test-results/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COACHING_ANSWERS,
  HYBRID_ANSWERS,
  MENTORING_ANSWERS,
  QUESTION_IDS,
  ROOT,
  artifactPath,
  askedIds,
  axeCheck,
  events,
  gotoAndWait,
  heading,
  launchBrowser,
  newPage,
  progressCount,
  startServer,
  waitForEvent,
  widget,
  withPage,
} from './helpers.mjs';

const CONFIG = JSON.parse(readFileSync(join(ROOT, 'config/default.json'), 'utf8'));
const T = CONFIG.texts.en;
const QUESTIONS = CONFIG.questions;
const HYBRID_IDS = askedIds('hybrid');
const MENTORING_IDS = askedIds('mentoring');

const fill = (template, vars) => template.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
const questionText = (i) => fill(T['ui.progress.label'], { n: i + 1, m: progressCount() });

let server;
let strictServer;
let browser;
/** Per-screen axe results, written to test-results/axe-summary.json. */
const axeSummary = [];

before(async () => {
  server = await startServer();
  strictServer = await startServer({ csp: true });
  browser = await launchBrowser();
});

after(async () => {
  if (axeSummary.length) writeFileSync(artifactPath('axe-summary.json'), JSON.stringify(axeSummary, null, 2));
  await browser?.close();
  await server?.close();
  await strictServer?.close();
});

/** The focused element, looking through shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    const s = a ? getComputedStyle(a) : null;
    return a
      ? {
          tag: a.localName,
          id: a.id,
          type: a.getAttribute('type') || '',
          value: a.value ?? '',
          text: (a.textContent || '').trim(),
          classes: [...a.classList],
          outline: s.outlineStyle,
          outlineWidth: parseFloat(s.outlineWidth),
        }
      : null;
  });
}

async function expectHeading(page, text) {
  await assert.doesNotReject(
    heading(page).filter({ hasText: text }).first().waitFor({ timeout: 10000 }),
    `expected the heading "${text}"`,
  );
}

/** Presses Tab (or Shift+Tab) until `match(focusInfo)` holds. */
async function tabUntil(page, match, { shift = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error('focus never reached the expected element');
}

async function runAxe(page, label) {
  const result = await axeCheck(page, label);
  axeSummary.push({ screen: label, violations: result.violations.length, rulesPassed: result.passes });
  return result;
}

async function shot(page, name) {
  await page.screenshot({ path: artifactPath(name), fullPage: true, animations: 'disabled' });
}

/** Answers the current question with the mouse (numbers are typed); without a value, skips it. */
async function answerByMouse(page, id, value) {
  const w = widget(page);
  if (value === undefined) {
    await w.locator('form button.pf-button--skip').click();
    return;
  }
  const q = QUESTIONS.find((x) => x.id === id);
  if (typeof value === 'number') {
    const input = w.locator(`#pf-q-${id}`);
    await input.click();
    await input.fill(String(value));
  } else if (q.kind === 'number') {
    // A rough answer ("some", "not decided yet") is a button of its own.
    await w.locator('.pf-rough button', { hasText: T[`q.${id}.opt.${value}`] }).click();
    return;
  } else {
    await w.locator(`label[for="pf-q-${id}-${value}"]`).click();
  }
  await w.locator('form button[type=submit]').click();
}

async function walkToCheck(page, answers) {
  await widget(page).locator('.pf-intro button').click();
  for (const [i, id] of HYBRID_IDS.entries()) {
    await expectHeading(page, T[`q.${id}.label`]);
    assert.equal(await widget(page).locator('.pf-progress__label').textContent(), questionText(i));
    await answerByMouse(page, id, answers[id]);
  }
  await expectHeading(page, T['ui.check.title']);
}

test('the whole flow by mouse, under the strict CSP', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await gotoAndWait(page, strictServer.url('/'));
    await expectHeading(page, T['ui.intro.title']);
    await walkToCheck(page, HYBRID_ANSWERS);
    const w = widget(page);
    assert.equal(await w.locator('.pf-summary__row').count(), HYBRID_IDS.length);
    assert.match(await w.locator('.pf-summary').textContent(), /\$150,000/);
    await w.locator('.pf-check > button.pf-button').click();
    await expectHeading(page, T['kind.hybrid']);
    await waitForEvent(page, 'program-fit:complete');
    assert.ok(await w.locator('svg.pf-venn__svg--wide[role=img]').isVisible());
    const traits = w.locator('.pf-venn__overlay .pf-trait');
    assert.equal(await traits.count(), CONFIG.traits.length);
    const box = await traits.first().boundingBox();
    assert.ok(box && box.width > 40 && box.height > 10, 'trait labels render inside the diagram');
    assert.equal(await w.locator('[role=meter]').count(), 2);
    assert.match(await w.locator('.pf-estimate__summary').textContent(), /everyone you named \(120 people\)/);
    assert.match(await w.locator('.pf-results .pf-lead').textContent(), /66 of them also in small coaching groups/);
    assert.equal(await w.locator('a.pf-button--cta').getAttribute('href'), CONFIG.cta.url);
    assert.equal(await w.locator('a.pf-button--cta').textContent(), T[CONFIG.cta.label]);
    // Start again asks first, with focus on the question; "keep my
    // answers" leaves the results as they were, focus back on Start again.
    await w.getByRole('button', { name: T['ui.actions.restart'] }).click();
    await w.locator('.pf-confirm__question').waitFor();
    assert.ok((await focused(page)).classes.includes('pf-confirm__question'), 'focus moves to the question');
    assert.equal(await w.getByRole('group', { name: T['ui.restart.question'] }).count(), 1);
    await w.getByRole('button', { name: T['ui.restart.keep'] }).click();
    assert.equal(await w.locator('.pf-confirm').count(), 0);
    assert.equal((await focused(page)).text, T['ui.actions.restart'], 'focus goes back to Start again');
    await expectHeading(page, T['kind.hybrid']);
    // Confirmed, it goes back to question 1 with nothing selected.
    await w.getByRole('button', { name: T['ui.actions.restart'] }).click();
    await w.getByRole('button', { name: T['ui.restart.confirm'] }).click();
    await expectHeading(page, T['q.goal.label']);
    assert.equal(await w.locator('input[type=radio]:checked').count(), 0);
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.__pfCspViolations), []);
  });
});

test('validation by mouse: error summary, inline error, nothing typed lost', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await gotoAndWait(page, server.url('/'));
    const w = widget(page);
    await w.locator('.pf-intro button').click();
    await w.locator('form button[type=submit]').click();
    await w.locator('.pf-error-summary').waitFor();
    const f = await focused(page);
    assert.ok(f.classes.includes('pf-error-summary'), `focus is on ${JSON.stringify(f)}`);
    await w.locator('.pf-error-summary a').click();
    assert.equal((await focused(page)).id, 'pf-q-goal-skill');
    for (const id of QUESTION_IDS.slice(0, 2)) await answerByMouse(page, id, COACHING_ANSWERS[id]);
    const input = w.locator('#pf-q-participants');
    await input.fill('ten');
    await w.locator('form button[type=submit]').click();
    await w.locator('.pf-error-summary').waitFor();
    assert.equal(await input.inputValue(), 'ten');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.match(await input.getAttribute('aria-describedby'), /pf-q-participants-error/);
    assert.match(await w.locator('#pf-q-participants-error').textContent(), /whole number/);
  });
});

test('the whole flow by keyboard only', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await gotoAndWait(page, server.url('/'));
    const start = await tabUntil(page, (f) => f.tag === 'button' && f.text === T['ui.intro.start']);
    assert.ok(start.outline !== 'none' && start.outlineWidth >= 2, 'the focused button shows a focus ring');
    await page.keyboard.press('Enter');
    await expectHeading(page, T['q.goal.label']);
    assert.ok((await focused(page)).classes.includes('pf-focus-target'), 'focus moved to the heading');

    // Tab to the Continue button and back with Shift+Tab; keys pick options.
    for (const [i, id] of MENTORING_IDS.entries()) {
      const q = QUESTIONS.find((x) => x.id === id);
      const answer = MENTORING_ANSWERS[id];
      if (answer === undefined) {
        await tabUntil(page, (f) => f.text === T['ui.skip']);
        await page.keyboard.press('Enter');
      } else if (q.kind === 'choice') {
        const radio = await tabUntil(page, (f) => f.type === 'radio');
        assert.ok(radio.outline !== 'none', 'radios show a focus ring');
        await page.keyboard.press('Space');
        const target = q.options.findIndex((o) => o.id === answer);
        for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
        assert.equal((await focused(page)).value, answer);
        await tabUntil(page, (f) => f.type === 'submit');
        await tabUntil(page, (f) => f.type === 'radio', { shift: true });
        await tabUntil(page, (f) => f.type === 'submit');
        await page.keyboard.press('Enter');
      } else if (typeof answer === 'string') {
        // A rough answer to a number question: its own button.
        await tabUntil(page, (f) => f.tag === 'button' && f.text === T[`q.${id}.opt.${answer}`]);
        await page.keyboard.press('Enter');
      } else {
        await tabUntil(page, (f) => f.tag === 'input');
        await page.keyboard.type(String(answer));
        await page.keyboard.press('Enter');
      }
      const next = i + 1 < MENTORING_IDS.length ? T[`q.${MENTORING_IDS[i + 1]}.label`] : T['ui.check.title'];
      await expectHeading(page, next);
    }

    // Change the first answer from the summary and come back.
    const change = await tabUntil(page, (f) => f.text === T['ui.check.change']);
    assert.ok(change.outline !== 'none', 'change links show a focus ring');
    await page.keyboard.press('Enter');
    await expectHeading(page, T['q.goal.label']);
    await tabUntil(page, (f) => f.type === 'radio');
    await page.keyboard.press('ArrowUp');
    await tabUntil(page, (f) => f.type === 'submit');
    await page.keyboard.press('Space');
    await expectHeading(page, T['ui.check.title']);
    assert.equal(
      await widget(page).locator('.pf-summary__value').first().textContent(),
      T['q.goal.opt.career'],
      'ArrowUp from "knowledge" picks "career"',
    );

    await tabUntil(page, (f) => f.text === T['ui.check.submit']);
    await page.keyboard.press('Enter');
    await expectHeading(page, T['kind.mentoring']);
    const results = await waitForEvent(page, 'program-fit:complete');
    assert.equal(results.length, 1);
    // Everything on the results screen is reachable, ending with the actions.
    const restart = await tabUntil(page, (f) => f.text === T['ui.actions.restart']);
    assert.ok(restart.outline !== 'none');
    await page.keyboard.press('Space');
    await tabUntil(page, (f) => f.text === T['ui.restart.confirm']);
    await page.keyboard.press('Space');
    await expectHeading(page, T['q.goal.label']);
  });
});

test('axe finds no WCAG 2.2 AA violations on any screen, including errors and results', async () => {
  for (const width of [1280, 360]) {
    await withPage(newPage(browser, { viewport: { width, height: 900 }, context: { bypassCSP: true } }), async (page) => {
      await gotoAndWait(page, server.url('/'));
      const w = widget(page);
      await runAxe(page, `${width}px intro`);
      await w.locator('.pf-intro button').click();
      await w.locator('form button[type=submit]').click();
      await w.locator('.pf-error-summary').waitFor();
      await runAxe(page, `${width}px choice error`);
      for (const id of HYBRID_IDS) {
        await expectHeading(page, T[`q.${id}.label`]);
        if (QUESTIONS.find((q) => q.id === id).kind === 'number') {
          await w.locator(`#pf-q-${id}`).fill('-5');
          await w.locator('form button[type=submit]').click();
          await w.locator('.pf-error-summary').waitFor();
          await runAxe(page, `${width}px ${id} error`);
        } else {
          await runAxe(page, `${width}px question ${id}`);
        }
        await answerByMouse(page, id, HYBRID_ANSWERS[id]);
      }
      await expectHeading(page, T['ui.check.title']);
      await runAxe(page, `${width}px check`);
      await w.locator('.pf-check > button.pf-button').click();
      await expectHeading(page, T['kind.hybrid']);
      await runAxe(page, `${width}px results`);
      await w.getByRole('button', { name: T['ui.actions.share'] }).click();
      await w.locator('.pf-share').waitFor();
      await runAxe(page, `${width}px results after sharing`);
      await w.getByRole('button', { name: T['ui.actions.restart'] }).click();
      await w.locator('.pf-confirm').waitFor();
      await runAxe(page, `${width}px start again asks first`);
    });
  }
});

test('screenshots at 360 and 1280 px, and no sideways scrolling down to 320 px', async () => {
  for (const width of [320, 360, 1280]) {
    await withPage(newPage(browser, { viewport: { width, height: 900 } }), async (page) => {
      await gotoAndWait(page, server.url('/'));
      const w = widget(page);
      const noOverflow = async (label) => {
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= width, `${width}px ${label}: page scrolls sideways (${scroll}px)`);
      };
      const save = (name) => (width === 320 ? noOverflow(name) : shot(page, `wizard-${width}-${name}.png`).then(() => noOverflow(name)));
      await w.scrollIntoViewIfNeeded();
      await save('1-intro');
      await w.locator('.pf-intro button').click();
      await expectHeading(page, T['q.goal.label']);
      await save('2-question');
      await w.locator('form button[type=submit]').click();
      await w.locator('.pf-error-summary').waitFor();
      await save('3-error');
      for (const id of QUESTION_IDS.slice(0, 3)) await answerByMouse(page, id, HYBRID_ANSWERS[id]);
      await expectHeading(page, T['q.budget.label']);
      await w.locator('#pf-q-budget').fill('150000');
      await save('4-number');
      await w.locator('form button[type=submit]').click();
      for (const id of HYBRID_IDS.slice(4)) await answerByMouse(page, id, HYBRID_ANSWERS[id]);
      await expectHeading(page, T['ui.check.title']);
      await save('5-check');
      await w.locator('.pf-check > button.pf-button').click();
      await expectHeading(page, T['kind.hybrid']);
      const wide = await w.locator('svg.pf-venn__svg--wide').isVisible();
      const narrow = await w.locator('svg.pf-venn__svg--narrow').isVisible();
      const stacked = await w.locator('.pf-venn__stacked').isVisible();
      if (width < 700) {
        assert.ok(!wide && narrow && stacked, `${width}px: the Venn switches to stacked regions`);
      } else {
        assert.ok(wide && !narrow && !stacked, `${width}px: the full Venn diagram shows`);
      }
      await save('6-results');
    });
  }
});

test('printed results fit on two pages, without buttons', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await gotoAndWait(page, server.url('/'));
    await walkToCheck(page, HYBRID_ANSWERS);
    await widget(page).locator('.pf-check > button.pf-button').click();
    await expectHeading(page, T['kind.hybrid']);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await widget(page).locator('.pf-actions').isVisible(), false, 'no buttons in print');
    assert.equal(await widget(page).locator('.pf-venn__table').isVisible(), true, 'the table prints');
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.ok(pages >= 1 && pages <= 2, `${format}: results print on ${pages} pages`);
    }
  });
});

test('the host page themes the widget through --pf-* properties', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // no colour transition to wait for
    await gotoAndWait(page, server.url('/'));
    const start = widget(page).locator('.pf-intro button');
    // styles/demo.css sets --pf-color-primary: #0f4c81 on the element.
    assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(15, 76, 129)');
    await page.evaluate(() => document.querySelector('program-fit').style.setProperty('--pf-color-primary', '#7c2d12'));
    assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(124, 45, 18)');
  });
});

test('reduced motion turns off screen animations', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoAndWait(page, server.url('/'));
    const name = await widget(page)
      .locator('.pf-screen')
      .evaluate((el) => getComputedStyle(el).animationName);
    assert.equal(name, 'none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await widget(page)
      .locator('.pf-screen')
      .evaluate((el) => getComputedStyle(el).animationName);
    assert.equal(moving, 'pf-enter');
  });
});

test('step events and the live region follow the screens', async () => {
  await withPage(newPage(browser, { viewport: { width: 1280, height: 900 } }), async (page) => {
    await gotoAndWait(page, server.url('/'));
    const w = widget(page);
    await w.locator('.pf-intro button').click();
    await expectHeading(page, T['q.goal.label']);
    assert.equal(await w.locator('[aria-live=polite]').first().textContent(), questionText(0));
    await answerByMouse(page, 'goal', 'skill');
    await expectHeading(page, T['q.audience.label']);
    assert.equal(await w.locator('[aria-live=polite]').first().textContent(), questionText(1));
    const steps = await events(page, 'program-fit:step');
    assert.ok(steps.length >= 2, JSON.stringify(steps));
  });
});

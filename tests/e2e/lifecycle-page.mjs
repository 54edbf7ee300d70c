// The lifecycle tests' harness, shared by tests/e2e/lifecycle.test.mjs
// (Chromium) and tests/engines/suite.mjs (Firefox, WebKit): the routes it
// needs, and installLifecycle, which runs inside a host page (Playwright's
// evaluate, WebDriver's execute), so it is self-contained and uses no
// imports. It defines window.__life with:
//   everyEvent()  every scenario with every action; resolves to one record
//                 per run, {scenario, action, problem} (problem null: fine)
//   rounds(n)     n rounds of the start sources with each action inside
//                 `complete`; resolves to the problems, [] when none (it
//                 stops after the first round with any)
//   run(source, event, action)  one run; resolves to its problem or null

import { DEFAULT_CONFIG, HYBRID_ANSWERS, configWith } from './helpers.mjs';

/**
 * The routes for a server whose URLs `url(path)` gives: a config with the
 * lead step on and an endpoint that refuses every lead (an `error` event
 * after `lead`), and a call to action on this machine; and a broken one.
 */
export const lifecycleRoutes = (url) => ({
  '/life/config.json': () =>
    configWith((c) => {
      c.lead = { ...c.lead, mode: 'optional', privacy_url: 'https://consultancy.example/privacy', endpoint: url('/__status/503') };
      c.cta.url = url('/cta-target');
    })(),
  '/life/broken.json': '{"questions": 42}',
});

/** installLifecycle's argument for those routes. */
export const LIFECYCLE_SETUP = {
  texts: DEFAULT_CONFIG.texts.en,
  answers: HYBRID_ANSWERS,
  config: '/life/config.json',
  broken: '/life/broken.json',
};

/** Installs window.__life; `texts` are the English texts, `answers` a complete set. */
export function installLifecycle({ texts, answers, config, broken }) {
  const slot = document.getElementById('slot');
  const ID = 'life';
  const TYPES = ['ready', 'step', 'complete', 'error', 'start', 'cta', 'share', 'print', 'restart', 'lead'];
  const ACTIONS = ['remove', 'reinsert', 'reset', 'lang'];
  // [where the visit starts, the event whose handler acts]
  const SCENARIOS = [
    ['prefill', 'ready'],
    ['prefill', 'complete'],
    ['share', 'ready'],
    ['share', 'complete'],
    ['stored', 'ready'],
    ['stored', 'complete'],
    ['answers', 'step'],
    ['answers', 'complete'],
    ['broken', 'error'],
    ['prefill', 'share'],
    ['prefill', 'print'],
    ['prefill', 'cta'],
    ['prefill', 'restart'],
    ['prefill', 'start'],
    ['prefill', 'step'],
    ['prefill', 'lead'],
    ['prefill', 'error'],
  ];
  // Events a visit fires by itself when it opens on the results (or fails).
  const BY_ITSELF = ['ready', 'complete', 'error'];
  let uncaught = [];
  addEventListener('error', (e) => uncaught.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => uncaught.push('unhandled rejection: ' + String(e.reason)));
  // The call to action must not navigate away; no print dialog either.
  document.addEventListener(
    'click',
    (e) => {
      const target = e.composedPath()[0];
      if (target && target.closest && target.closest('a')) e.preventDefault();
    },
    true,
  );

  const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));
  // Waits up to 5 s for `check()`; an uncaught error ends the wait at once.
  async function until(what, check) {
    for (let i = 0; i < 500 && !uncaught.length; i++) {
      const v = check();
      if (v) return v;
      await wait(10);
    }
    throw new Error('waited in vain for ' + what);
  }
  const root = (el) => el.shadowRoot.querySelector('.pf-root');
  const $ = (el, sel) => root(el).querySelector(sel);
  const button = (el, key) => [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === texts[key]);

  function prepare(source) {
    sessionStorage.clear();
    const share = '1,' + Object.entries(answers).map(([k, v]) => k + ':' + v).join(',');
    history.replaceState(null, '', location.pathname + (source === 'share' ? '#pf-' + ID + '=' + share : ''));
    const screen = { stored: 'results', answers: 'check' }[source];
    if (screen) sessionStorage.setItem('program-fit:' + ID, JSON.stringify({ app: 'program-fit', v: 1, screen, answers }));
  }

  function make(source) {
    const el = document.createElement('program-fit');
    el.id = ID;
    el.setAttribute('config-url', source === 'broken' ? broken : config);
    if (source === 'prefill') el.setAttribute('answers', JSON.stringify(answers));
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.localName === 'iframe' && n.contentWindow) n.contentWindow.print = () => {};
    }).observe(el.shadowRoot, { childList: true });
    return el;
  }

  function act(el, action) {
    if (action === 'remove') el.remove();
    else if (action === 'reinsert') {
      el.remove();
      slot.append(el);
    } else if (action === 'reset') el.reset();
    else el.setAttribute('lang', 'de');
  }

  /** Makes `event` happen, when the visit does not fire it by itself. */
  async function drive(el, source, event, log) {
    if (source !== 'answers' && BY_ITSELF.includes(event) && !(source === 'prefill' && event === 'error')) return;
    await until('ready', () => log.includes('ready'));
    if (source === 'answers') return $(el, '.pf-check > button.pf-button').click();
    await until('the results', () => log.includes('complete'));
    if (event === 'share') return button(el, 'ui.actions.share').click();
    if (event === 'print') return button(el, 'ui.actions.print').click();
    if (event === 'cta') return $(el, 'a.pf-button--cta').click();
    if (event === 'lead' || event === 'error') {
      // `lead`, then `error` from the endpoint, which refuses every lead.
      const email = await until('the lead form', () => $(el, '#pf-lead-email'));
      email.value = 'ana@example.com';
      email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      $(el, '#pf-lead-consent').click();
      return $(el, '.pf-contact__submit').click();
    }
    if (event === 'restart') {
      // Start again asks first; the event comes with the confirmation.
      button(el, 'ui.actions.restart').click();
      return (await until('the confirmation', () => button(el, 'ui.restart.confirm'))).click();
    }
    // `start` and `step`: from the intro to the first question.
    el.reset();
    await until('the intro', () => $(el, '.pf-intro .pf-button--start'));
    // Two frames for the reset's render to settle (WebKit once took the
    // click on an intro that was about to be replaced), then the button
    // that is on screen now.
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    $(el, '.pf-intro .pf-button--start').click();
  }

  /** Where the widget must end after `action`; null when it does. */
  async function settle(el, source, action, log, mark) {
    const later = () => log.slice(mark);
    const shows = source === 'broken' ? 'error' : 'ready';
    if (action === 'remove') {
      await wait(0);
      if (el.isConnected) return 'still in the page';
      return root(el).childElementCount ? 'the removed element still shows something' : null;
    }
    if (action === 'reinsert') {
      await until(shows + ' after re-inserting', () => later().includes(shows));
      return root(el).childElementCount ? null : 'nothing shows after re-inserting';
    }
    if (action === 'reset') {
      if (source === 'broken') return $(el, '[role=alert]') ? null : 'the error message went away';
      await until('the intro after reset()', () => $(el, '.pf-intro'));
      const a = JSON.stringify(el.answers);
      return a === '{}' ? null : 'answers after reset(): ' + a;
    }
    await until(shows + ' after the lang change', () => later().includes(shows));
    if (source === 'broken') return null;
    const lang = $(el, '.pf-app') && $(el, '.pf-app').lang;
    return lang === 'de' ? null : 'shown in ' + lang + ' after lang="de"';
  }

  async function run(source, event, action) {
    prepare(source);
    uncaught = [];
    const el = make(source);
    const log = [];
    for (const t of TYPES) el.addEventListener('program-fit:' + t, () => log.push(t));
    let mark = -1;
    let thrown = null;
    el.addEventListener('program-fit:' + event, () => {
      if (mark >= 0) return;
      mark = log.length;
      try {
        act(el, action);
      } catch (e) {
        thrown = e;
      }
    });
    let problem = null;
    try {
      slot.append(el);
      await drive(el, source, event, log);
      await until(event, () => mark >= 0);
      problem = await settle(el, source, action, log, mark);
    } catch (e) {
      problem = String(e.message || e);
    }
    el.remove();
    await wait(0);
    if (thrown) problem = 'the handler threw: ' + String(thrown.message || thrown);
    if (uncaught.length) problem = 'uncaught: ' + uncaught.join(' | ');
    return problem;
  }

  async function everyEvent() {
    const runs = [];
    for (const [source, event] of SCENARIOS) {
      for (const action of ACTIONS) {
        runs.push({ scenario: source + ' / ' + event, action, problem: await run(source, event, action) });
      }
    }
    return runs;
  }

  async function rounds(n) {
    const problems = [];
    for (let i = 0; i < n; i++) {
      for (const source of ['prefill', 'share', 'stored', 'answers']) {
        for (const action of ACTIONS) {
          const problem = await run(source, 'complete', action);
          if (problem) problems.push(`round ${i + 1}, ${source}, ${action}: ${problem}`);
        }
      }
      if (problems.length) break;
    }
    return problems;
  }

  window.__life = { everyEvent, rounds, run };
}

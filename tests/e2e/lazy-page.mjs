// The lazy-loading tests' host page, shared by tests/e2e/lazy.test.mjs
// (Chromium) and tests/engines/suite.mjs (Firefox, WebKit):
// fixtures/lazy.html has the widget (#far) far below the fold, under an
// image of the page's own (/lazy/hero.png) that a test can hold back, and
// with it the page's `load` event.

// A 1×1 PNG.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The image's route for startServer, and its gate: `hold()` makes the next
 * requests wait until `release()`.
 */
export function heroGate() {
  let gate = Promise.resolve();
  let release = () => {};
  return {
    routes: { '/lazy/hero.png': () => gate.then(() => PNG) },
    hold() {
      gate = new Promise((ok) => (release = ok));
    },
    release: () => release(),
  };
}

/**
 * Runs in the page (a function, so both harnesses can send its source):
 * the widget's own fetches so far (its wasm, CSS, locale files and configs)
 * as `{path, start}`, with the start of the page's load event (null while
 * it has not happened), both in ms since the navigation; of `win`, a
 * frame's window, when given.
 */
export function widgetFetches(win = window) {
  const nav = win.performance.getEntriesByType('navigation')[0];
  const fetches = win.performance
    .getEntriesByType('resource')
    .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
    .filter((e) => /\/(program-fit_bg\.(?:wasm|js)|program-fit\.css|locales\/\w+\.json|[\w-]*config[\w-]*\.json)$/.test(e.path));
  return { fetches, load: nav && nav.loadEventStart > 0 ? nav.loadEventStart : null };
}

/**
 * Runs in the page: every request under `prefix` so far as `{path, start}`
 * (the loader too, which widgetFetches leaves out), with the start of the
 * page's load event, both in ms since the navigation.
 */
export function fetchesUnder(prefix) {
  const nav = performance.getEntriesByType('navigation')[0];
  const fetches = performance
    .getEntriesByType('resource')
    .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
    .filter((e) => e.path.startsWith(prefix));
  return { fetches, load: nav.loadEventStart };
}

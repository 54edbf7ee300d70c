// The <program-fit> custom element. wasm-bindgen cannot subclass
// HTMLElement, so the element is JS and Rust (src/embed) does the rest.
// This file is all a host page loads up front: wasm-bindgen's glue
// (dist/program-fit_bg.js) is imported with the wasm, when an element
// loads, so a widget below the fold costs the page only these bytes.

// Filled in by scripts/dist: the wasm's sha384 SRI hash.
const PF_WASM_INTEGRITY = '';
const PF_WASM_URL = new URL('program-fit_bg.wasm', import.meta.url);
// Filled in by scripts/dist: the glue's sha384 SRI hash.
const PF_GLUE_INTEGRITY = '';
const PF_GLUE_URL = new URL('program-fit_bg.js', import.meta.url);
const PF_CSS_URL = new URL('program-fit.css', import.meta.url);
// The room an element keeps until program-fit.css, which has the same rule,
// has loaded: about the height of the intro in English at the element's
// width (410 px wide, up to 660 px on a narrow phone), so that nothing
// below it moves when the widget shows. A host's own rule for the element
// wins. A constructed sheet is not an inline style: a strict CSP allows it.
const PF_RESERVE = new CSSStyleSheet();
PF_RESERVE.replaceSync(':host{display:block;min-height:clamp(410px,calc(900px - 80vw),660px)}');
const PF_EVENTS = 'program-fit:';
// How long the explorer's values must stay put before program-fit:explore.
const PF_SETTLE = 600;
// On these hosts (and with a `debug` attribute) a config error lists every
// problem in the widget; elsewhere visitors get one short sentence.
const PF_LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
// Filled in by scripts/dist: each locales/<lang>.json beside this file and
// its sha384 SRI hash. English is built into the wasm; another locale is
// fetched only when chosen, and only when its hash matches.
const PF_LOCALES = {};
// Shown when no config texts are available: the wasm could not load, or it
// stopped after a panic (a trap with no hook output, or an element mounted
// after the module died). In the element's locale, chosen as for the widget.
const PF_FAILED = {
  en: {
    load: 'This assessment could not load. Reload the page to try again.',
    panic: 'This assessment stopped after an internal error. Reload the page to start again.',
  },
  de: {
    load: 'Diese Einschätzung konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
    panic: 'Diese Einschätzung wurde nach einem internen Fehler beendet. Bitte laden Sie die Seite neu, um neu zu beginnen.',
  },
  es: {
    load: 'No se ha podido cargar esta evaluación. Vuelva a cargar la página para intentarlo de nuevo.',
    panic: 'Esta evaluación se ha detenido por un error interno. Vuelva a cargar la página para empezar de nuevo.',
  },
};

// The glue (exports Widget, version, simulate_panic), once loaded with its wasm.
let pfModule = null;
let pfGlue = null;
// After a Rust panic the wasm has trapped and its state is undefined.
let pfDead = false;

// Every request gives up after a while, so a server that never answers
// leaves a message, not an empty box: 10 s, as for the lead POST; the
// wasm, ten times the size of anything else and integrity-checked only
// once all of it has arrived, gets 30 s.
const PF_TIMEOUT_MS = 10000;
const PF_WASM_TIMEOUT_MS = 30000;

/** fetch(), giving up after `ms` (reading the body with `read` included);
 * it rejects with "no answer within N s" or "network error (…)". */
async function pfFetch(url, init, ms, read = (r) => r) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    return await read(await fetch(url, { ...init, signal: abort.signal }));
  } catch (e) {
    throw new Error(abort.signal.aborted ? `no answer within ${ms / 1000} s` : `network error (${e.message})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The glue module. import() takes no integrity, and WebKit ignores one on
 * a modulepreload link, so a module script element with the hash runs it
 * first: a script's integrity every engine checks. import() then finds
 * the checked module in the module map (one fetch, one evaluation). The
 * element goes once it has done its work. */
function pfImportGlue() {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = PF_GLUE_URL.href;
  script.integrity = PF_GLUE_INTEGRITY;
  // Under a nonce-based CSP, the nonce the page gave the loader's own tag.
  script.nonce = [...document.scripts].find((s) => s.src === import.meta.url)?.nonce ?? '';
  let timer;
  const run = new Promise((ok, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${PF_TIMEOUT_MS / 1000} s`)), PF_TIMEOUT_MS);
    script.onload = ok;
    script.onerror = () => fail(new Error('network error or integrity mismatch'));
  });
  (document.head ?? document.documentElement).append(script);
  return run
    .finally(() => {
      clearTimeout(timer);
      script.remove();
    })
    .then(() => import(PF_GLUE_URL.href))
    .catch((e) => {
      throw new Error(`could not load ${PF_GLUE_URL.href}: ${e.message}`);
    });
}

/** Compiles the wasm as it arrives, while the glue is still on its way; a
 * server that does not send it as application/wasm has it compiled once
 * all of it is there. */
async function pfCompile(response) {
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  if (response.headers.get('Content-Type')?.startsWith('application/wasm')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Loads the glue and the wasm behind it (into pfGlue): once, both fetched
 * together; a failed load is tried again by the next element that mounts. */
function pfLoad() {
  pfModule ??= (async () => {
    const integrity = PF_WASM_INTEGRITY ? { integrity: PF_WASM_INTEGRITY } : {};
    const wasm = pfFetch(PF_WASM_URL, integrity, PF_WASM_TIMEOUT_MS).then(pfCompile);
    // Awaited by the glue's init; no unhandled rejection when the glue fails first.
    wasm.catch(() => {});
    const glue = await pfImportGlue();
    await glue.default({ module_or_path: wasm }).catch((e) => {
      throw new Error(`could not load ${PF_WASM_URL.href}: ${e.message}`);
    });
    pfGlue = glue;
  })().catch((e) => {
    pfModule = null;
    throw e;
  });
  return pfModule;
}

/** The language tag the element asks for: its own `lang`, the nearest
 * ancestor's, then the browser's; the config's default comes after. */
function pfRequestedLang(el) {
  return el.closest('[lang]')?.getAttribute('lang') || navigator.language || '';
}

/** The `default_locale` a config's JSON names, or null. */
function pfConfigLocale(text) {
  try {
    const locale = text ? JSON.parse(text).default_locale : null;
    return typeof locale === 'string' ? locale : null;
  } catch {
    return null;
  }
}

/** The first `Intl` object a page creates loads the browser's locale data,
 * 10 to 70 ms of main-thread work (4x throttled). The first screens need
 * none (src/ui/intl.rs), so it is done in idle time after the first step
 * has painted, before a person reaches a screen with money on it. Not right after
 * `ready`: idle time there comes before a quick first press of Start. */
let pfIntlWarm = false;
function pfWarmIntl(tag) {
  if (pfIntlWarm) return;
  pfIntlWarm = true;
  try {
    new Intl.NumberFormat(tag || undefined).format(0);
  } catch {}
}

/** `de-AT` → `de`: locale files are per language. */
function pfLanguage(tag) {
  return tag.toLowerCase().split(/[-_]/)[0];
}

/** `f(key)`, shared by every caller while it is pending or succeeded; a
 * failure (a result with `failed`) is forgotten, so the next caller asks
 * again: a single-page app that shows the widget later can recover. */
function pfShared(cache, key, f) {
  if (!cache.has(key)) {
    const pending = f(key);
    cache.set(key, pending);
    pending.then((result) => result.failed && cache.delete(key));
  }
  return cache.get(key);
}

// One fetch per locale file, shared by every instance.
const pfLocaleTexts = new Map();
/** The locale table for `tag` as `{text}`, or null: none is shipped
 * (English, or a language without a file), or `{failed}`: it did not load,
 * and the default locale shows, with a warning. */
function pfLocaleFor(tag) {
  const name = pfLanguage(tag);
  const integrity = Object.hasOwn(PF_LOCALES, name) ? PF_LOCALES[name] : null;
  if (!integrity) return null;
  return pfShared(pfLocaleTexts, name, () => {
    const url = new URL(`locales/${name}.json`, import.meta.url);
    const text = (r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)));
    return pfFetch(url, { integrity }, PF_TIMEOUT_MS, text).then(
      (text) => ({ text }),
      (e) => {
        console.warn(`program-fit: could not load ${url.href} (${e.message}); showing the default locale`);
        return { failed: true };
      },
    );
  });
}

// Where configs may come from. A page that cannot trust its own config-url
// attributes (frame.html, whose query anyone can write) declares
//   <meta name="program-fit-config-origins" content="https://a.example https://b.example">
// and then config-url must be on the page's own origin or a listed one, also
// after redirects; anything else is refused without a request. Without the
// meta, any config-url the page sets is fetched.
const PF_ORIGINS_META = 'program-fit-config-origins';

/** Why `href` may not supply a config on this page, or null when it may. */
function pfRefusal(href) {
  const meta = document.querySelector(`meta[name="${PF_ORIGINS_META}"]`);
  if (!meta) return null;
  const allowed = new Set([location.origin]);
  for (const entry of meta.content.split(/\s+/).filter(Boolean)) {
    let origin = null;
    try {
      origin = new URL(entry).origin;
    } catch {}
    if (origin === entry && origin !== 'null') allowed.add(origin);
    else console.error(`program-fit: ignoring "${entry}" in ${PF_ORIGINS_META}: not an origin such as https://www.example.com`);
  }
  const origin = new URL(href).origin;
  if (allowed.has(origin)) return null;
  return `refused: ${origin} is neither this page's origin nor listed in its ${PF_ORIGINS_META} meta tag`;
}

// One fetch per URL, shared by every instance and by re-inserts while it
// is pending or succeeded; a failed one is fetched again next time.
const pfConfigs = new Map();
function pfFetchConfig(url) {
  return pfShared(pfConfigs, url, () => {
    const read = async (r) => {
      const refused = r.redirected && pfRefusal(r.url);
      if (refused) return { error: `redirected to ${pfWithoutQuery(r.url)}; ${refused}`, failed: true };
      return r.ok ? { text: await r.text() } : { error: `HTTP ${r.status} ${r.statusText}`.trim(), failed: true };
    };
    return pfFetch(url, { credentials: 'same-origin' }, PF_TIMEOUT_MS, read).catch((e) => ({ error: e.message, failed: true }));
  });
}

/** `https://a.example/c.json?token=x#y` → `https://a.example/c.json`:
 * messages never carry a URL's query or fragment. */
function pfWithoutQuery(href) {
  const url = new URL(href);
  return url.origin + url.pathname;
}

/** The config named by a config-url attribute: `{text}` or `{error}`. */
function pfConfigFrom(url) {
  let href;
  try {
    href = new URL(url, document.baseURI).href;
  } catch {
    return { error: 'not a valid URL' };
  }
  const refused = pfRefusal(href);
  return refused ? { error: refused } : pfFetchConfig(href);
}

/** Why contact details may not be POSTed to `text`, or null when they may:
 * https:, or http: to this machine, read by the browser's own parser. As
 * src/engine/config/url.rs checks a config's endpoint, and held to the same
 * table (tests/fixtures/urls.json): no backslash, tab or line break (the
 * browser reads them otherwise than they look), no user name or password,
 * and an http: URL must be ASCII, also percent-decoded (the browser maps
 * some non-ASCII names to ASCII ones). */
function pfEndpointProblem(text) {
  const problem = 'must be an https: URL (http: only for localhost)';
  if (/[\\\t\n\r]/.test(text)) return problem;
  let url;
  try {
    url = new URL(text);
  } catch {
    return problem;
  }
  if (url.username || url.password) return problem;
  if (url.protocol === 'https:') return null;
  const plain = !/[^\0-\x7f]|%[89a-f][0-9a-f]/i.test(text);
  return url.protocol === 'http:' && plain && PF_LOCAL_HOSTS.includes(url.hostname) ? null : problem;
}

// Sends a consented lead: a JSON POST without cookies to a checked
// endpoint, given up after 10 s, retried once when the network fails (a
// timeout included); an HTTP error is the endpoint's answer and is not
// retried. Calls done(ok, why, answered): `answered` when the endpoint
// answered with an HTTP error (the visitor's connection works).
async function pfDeliver(url, body, done) {
  const refused = pfEndpointProblem(url);
  let why = refused ?? '';
  let answered = false;
  for (let attempt = 0; attempt < 2 && !refused; attempt++) {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'omit' };
    try {
      const r = await pfFetch(url, init, PF_TIMEOUT_MS);
      why = r.ok ? '' : `HTTP ${r.status} ${r.statusText}`.trim();
      answered = !r.ok;
      break;
    } catch (e) {
      why = e.message;
    }
  }
  if (!pfDead) done(!why, why, answered);
}

function pfIsTrap(e) {
  return e instanceof WebAssembly.RuntimeError;
}

// A panic inside a Yew event handler traps in a browser callback we do not
// own; the panic hook has already shown the error, so keep the trap from
// surfacing as an uncaught exception on the host page. Traps are ours when
// a panic was reported or our wasm is on the stack.
addEventListener('error', (e) => {
  if (pfIsTrap(e.error) && (pfDead || String(e.error.stack).includes(PF_WASM_URL.href))) {
    pfDead = true;
    e.preventDefault();
  }
});

/** A boolean attribute as docs/embedding.md says: absent is off, and any
 * value but an explicit off (`false`, `0`, `off` or `no`, in any case) is on. */
function pfFlag(el, name) {
  const value = el.getAttribute(name);
  return value !== null && !['false', '0', 'off', 'no'].includes(value.trim().toLowerCase());
}

// Calls into the wasm now running. A host's handler of a DOM event the
// wasm raised (a focus change, say) runs inside one, and must not call in
// again while it runs: wasm-bindgen refuses ("recursive use of an object").
let pfDepth = 0;

// Removes the listeners recorded on a mount root (see #track) and frees
// their wasm closures (wasm-bindgen's glue gives every closure it hands to
// JS an `_wbg_cb_unref`; a forgotten one is never unref'd otherwise). Not
// after a panic: the module is dead.
function pfRelease(root, listeners) {
  for (const { type, listener, options } of listeners) {
    EventTarget.prototype.removeEventListener.call(root, type, listener, options);
    if (!pfDead && typeof listener._wbg_cb_unref === 'function') listener._wbg_cb_unref();
  }
}

// Yew renders from a microtask, and a long render yields to the browser
// (a task) before it goes on, so a freshly mounted app can still be
// missing when the CSS has long loaded: `ready` waits for it in the root.
function pfRendered(root) {
  return new Promise((ok) => {
    if (root.firstChild) return ok();
    const watch = new MutationObserver(() => {
      watch.disconnect();
      ok();
    });
    watch.observe(root, { childList: true });
  });
}

// Lazy elements (see #lazy) waiting for the page to have loaded and the
// browser to be idle, as the functions that start them; and what cancels
// the wait for that (the `load` listener, then the idle callback or, where
// there is no requestIdleCallback (WebKit), a timer), while one is on.
const pfIdle = new Set();
let pfIdleCancel = null;

/** Waits for the page's load and idle time while an element waits for
 * them, and stops waiting when none does: nothing is left behind. */
function pfIdleWait() {
  // (Each canceller returns undefined.)
  if (!pfIdle.size) pfIdleCancel = pfIdleCancel?.();
  else if (!pfIdleCancel) {
    const fire = () => {
      const all = [...pfIdle];
      pfIdle.clear();
      pfIdleCancel = null;
      for (const go of all) go();
    };
    const idle = () => {
      const ric = window.requestIdleCallback;
      const id = ric ? ric(fire) : setTimeout(fire, 200);
      pfIdleCancel = () => (ric ? cancelIdleCallback : clearTimeout)(id);
    };
    if (document.readyState === 'complete') idle();
    else {
      addEventListener('load', idle, { once: true });
      pfIdleCancel = () => removeEventListener('load', idle);
    }
  }
}

class ProgramFit extends HTMLElement {
  static observedAttributes = ['config-url', 'lang', 'answers', 'storage', 'debug', 'lead-endpoint', 'loading', 'hidden-fields', 'frame-parent', 'fallback-cta-url'];

  // The events of every instance, in order, waiting to be dispatched.
  static #queue = [];

  #root = null;
  #cssLoaded = null;
  // The adopted sheets: PF_RESERVE until program-fit.css has loaded, and
  // the config's theme values while a mount has them (#applyTheme).
  #reserve = PF_RESERVE;
  #theme = null;
  #widget = null;
  #generation = 0;
  // Set once the element has been wanted (eager, or near the viewport, or
  // the page idle): from then on it mounts whenever it is connected.
  #wanted = false;
  // While a lazy element waits: stops the waiting (see #lazy).
  #stop = null;
  // Listeners added to #root, so the unmount can free them (see #track).
  #listeners = [];
  // The explorer's last re-plan, waiting to settle (see #emit).
  #exploreTimer = 0;

  constructor() {
    super();
    this.attachShadow({ mode: 'open', delegatesFocus: false });
    this.#adopt();
    this.#freshRoot();
    // The "not available" card is plain DOM outside the app (src/embed/
    // error_box.rs); following its link is reported as the app reports
    // its own call to action, so hosts count both.
    this.shadowRoot.addEventListener('click', (e) => {
      const a = e.target.closest?.('.pf-error__cta a');
      if (a) this.#emit('cta', { url: a.getAttribute('href') });
    });
  }

  #adopt() {
    this.shadowRoot.adoptedStyleSheets = [this.#reserve, this.#theme].filter((s) => s);
  }

  // The widget's stylesheet, linked in the shadow root when the element
  // first mounts (not before: a lazy element fetches nothing until then).
  #css() {
    if (!this.#cssLoaded) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = PF_CSS_URL.href;
      this.#cssLoaded = new Promise((ok) => {
        link.addEventListener('load', () => {
          this.#reserve = null;
          this.#adopt();
          ok();
        });
        link.addEventListener('error', ok);
      });
      this.shadowRoot.prepend(link);
    }
    return this.#cssLoaded;
  }

  // Each mount renders into a root of its own: the app before it is torn
  // down later (see #unmount), and must not touch what the next one shows.
  #freshRoot() {
    const root = document.createElement('div');
    root.className = 'pf-root';
    this.#listeners = [];
    this.#track(root, this.#listeners);
    if (this.#root) this.#root.replaceWith(root);
    else this.shadowRoot.append(root);
    this.#root = root;
  }

  // Yew 0.23 handles events by delegation: per event type it adds one
  // listener to the element it mounts into, and it never removes it. The
  // listener is a wasm closure that Yew `forget`s, which keeps the closure
  // and, through it, the mount element (this #root) alive in the wasm heap:
  // an unmounted element, its shadow root and its nodes would never be
  // garbage-collected. So record what is added to #root, and release it
  // when that app is gone (pfRelease).
  #track(root, listeners) {
    root.addEventListener = function (type, listener, options) {
      listeners.push({ type, listener, options });
      return EventTarget.prototype.addEventListener.call(this, type, listener, options);
    };
  }

  connectedCallback() {
    if (this.#wanted || this.#eager()) this.#start();
    else this.#lazy();
  }

  disconnectedCallback() {
    this.#stop?.();
    this.#unmount();
  }

  attributeChangedCallback(name, old, value) {
    // A waiting element told to load eagerly loads now; a loaded one has
    // nothing to do.
    if (name === 'loading') {
      if (this.#stop && this.#eager()) {
        this.#stop();
        this.#start();
      }
      return;
    }
    // Initial attributes arrive before the first mount; later changes
    // (even while a mount is still loading) start over with the new value.
    if (old !== value && this.isConnected && this.#wanted) {
      this.#unmount();
      this.#mount();
    }
  }

  #eager() {
    return this.getAttribute('loading')?.trim().toLowerCase() === 'eager';
  }

  #start() {
    this.#wanted = true;
    this.#mount();
  }

  // loading="lazy", the default: nothing is fetched until the element is
  // within a viewport's height (or width) of being seen, or the page has
  // loaded and the browser is idle, whichever comes first. Removing the
  // element stops both waits, leaving no observer, listener or timer.
  #lazy() {
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
      rootMargin: '100%',
    });
    const stop = (this.#stop = () => {
      this.#stop = null;
      seen.disconnect();
      pfIdle.delete(go);
      pfIdleWait();
    });
    const go = () => {
      stop();
      this.#start();
    };
    seen.observe(this);
    pfIdle.add(go);
    pfIdleWait();
  }

  /** Forgets progress and shows the intro. Called from inside a call into
   * the wasm (see pfDepth), it happens right after that call. */
  reset() {
    if (pfDepth) queueMicrotask(() => this.reset());
    else this.#call((w) => w.reset());
  }

  /** Moves focus to the current screen's heading (or the error message). */
  focus(options) {
    const target = this.shadowRoot.querySelector('.pf-focus-target');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** The current answers, `{}` before mounting. */
  get answers() {
    return JSON.parse(this.#call((w) => w.answers()) ?? '{}');
  }

  /** The widget version, or undefined before the module loads. */
  get version() {
    return this.#call(() => pfGlue.version());
  }

  /** Diagnostic, in debug mode only: makes the wasm panic, now or from a
   * timer (see docs/embedding.md). */
  simulatePanic({ deferred = false } = {}) {
    if (!this.#debug()) {
      console.warn('program-fit: simulatePanic() works only with the debug attribute or on localhost');
      return;
    }
    this.#call(() => pfGlue.simulate_panic(deferred));
  }

  // Config problems listed in the widget, and simulatePanic(): as the
  // `debug` attribute says when there is one, else on a page on localhost.
  #debug() {
    return this.hasAttribute('debug') ? pfFlag(this, 'debug') : PF_LOCAL_HOSTS.includes(location.hostname);
  }

  /** The lead-endpoint attribute when it may receive leads; otherwise
   * undefined, with a console error (the config's endpoint applies). */
  #leadEndpoint() {
    const url = this.getAttribute('lead-endpoint')?.trim();
    const problem = url && pfEndpointProblem(url);
    if (problem) console.error(`program-fit: ignoring lead-endpoint "${url}": ${problem}`);
    return url && !problem ? url : undefined;
  }

  // Events are queued, in order across instances, and dispatched from a
  // microtask, once the call into the wasm that raised them has returned:
  // a host's handler may then remove the element, put it back, change its
  // attributes or call reset(). Events of a mount that is gone by then
  // (`generation`: removed or remounted) are dropped.
  #emit(type, detail, generation = this.#generation) {
    // The explorer re-plans on every input; hosts get the settled values:
    // the last of a burst, once nothing has changed for PF_SETTLE ms.
    if (type === 'explore') {
      clearTimeout(this.#exploreTimer);
      this.#exploreTimer = setTimeout(() => this.#emit('explore-settled', detail, generation), PF_SETTLE);
      return;
    }
    if (type === 'explore-settled') type = 'explore';
    // Reported by the panic hook just before the wasm traps.
    if (type === 'error' && detail.kind === 'panic') pfDead = true;
    if (type === 'print') this.#printReport();
    if (type === 'step' && !pfIntlWarm) {
      // Idle time only after the new screen is painted: an idle period can
      // come before that frame, and the warm-up would delay it.
      const lang = pfRequestedLang(this);
      requestAnimationFrame(() => setTimeout(() => (window.requestIdleCallback ?? setTimeout)(() => pfWarmIntl(lang))));
    }
    const queue = ProgramFit.#queue;
    if (!queue.length) queueMicrotask(() => ProgramFit.#flush());
    queue.push([this, generation, type, detail]);
  }

  static #flush() {
    const queue = ProgramFit.#queue;
    // A handler's own calls may queue more: they follow in this flush.
    while (queue.length) {
      const [el, generation, type, detail] = queue.shift();
      if (generation !== el.#generation) continue;
      el.dispatchEvent(new CustomEvent(PF_EVENTS + type, { detail, bubbles: true, composed: true }));
    }
  }

  // Prints the report of the results alone: a copy of the hidden
  // .pf-report in a same-origin frame of its own (about:blank, which
  // inherits the page's CSP), styled by program-fit.css, so nothing of the
  // host page prints. The frame stays, invisible, until the next print.
  #printReport() {
    this.shadowRoot.querySelector('.pf-print-frame')?.remove();
    const report = this.#root.querySelector('.pf-report');
    if (!report) return;
    const frame = document.createElement('iframe');
    frame.className = 'pf-print-frame';
    frame.title = report.dataset.title;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    this.shadowRoot.append(frame);
    const doc = frame.contentDocument;
    doc.title = report.dataset.title;
    doc.documentElement.lang = report.lang;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = PF_CSS_URL.href;
    const copy = doc.importNode(report, true);
    copy.hidden = false;
    doc.body.className = 'pf-report-page';
    doc.head.append(link);
    doc.body.append(copy);
    const go = () => frame.contentWindow?.print();
    link.addEventListener('load', go, { once: true });
    link.addEventListener('error', go, { once: true });
  }

  // Runs `f` against the live widget; a trap turns into an error event
  // instead of an exception for the caller.
  #call(f) {
    if (!this.#widget || pfDead) return undefined;
    pfDepth++;
    try {
      return f(this.#widget);
    } catch (e) {
      if (!pfIsTrap(e)) throw e;
      this.#trapped(e);
      return undefined;
    } finally {
      pfDepth--;
    }
  }

  #trapped(e) {
    // The panic hook already reported into every live widget; this covers
    // a trap with no hook output (e.g. out of memory).
    const first = !pfDead;
    pfDead = true;
    this.#widget = null;
    if (first && !this.#root.querySelector('[role=alert]')) this.#fallback('panic', String(e));
  }

  #fallback(kind, message) {
    const box = document.createElement('p');
    box.className = 'pf-error pf-error-summary';
    box.setAttribute('role', 'alert');
    const lang = pfLanguage(pfRequestedLang(this));
    const texts = Object.hasOwn(PF_FAILED, lang) ? PF_FAILED[lang] : PF_FAILED.en;
    box.lang = texts === PF_FAILED.en ? 'en' : lang;
    box.textContent = kind === 'panic' ? texts.panic : texts.load;
    this.#root.replaceChildren(box);
    this.#emit('error', { kind, message, problems: [] });
  }

  async #mount() {
    const generation = ++this.#generation;
    const live = () => generation === this.#generation && this.isConnected;
    if (pfDead) {
      this.#css();
      return this.#fallback('panic', 'the widget stopped after an internal error');
    }
    // The wasm's fetch first: it is the longest, and it compiles as it
    // arrives. The stylesheet is awaited with it, so nothing shows unstyled.
    const load = pfLoad();
    const css = this.#css();
    const url = this.getAttribute('config-url');
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const lang = pfRequestedLang(this);
    let config, locale;
    try {
      [config, , locale] = await Promise.all([
        url ? pfConfigFrom(url) : { text: inline ? inline.textContent : null },
        load,
        pfLocaleFor(lang),
        css,
      ]);
    } catch (e) {
      if (live()) this.#fallback('load', e.message);
      return;
    }
    // A config whose default locale is a shipped one (German, say) needs
    // that table too, before the widget checks it.
    const fallback = pfConfigLocale(config.text);
    const same = fallback && pfLanguage(fallback) === pfLanguage(lang);
    const defaults = fallback ? (same ? locale : await pfLocaleFor(fallback)) : null;
    if (!live()) return;
    // One JSON object (src/embed/mod.rs, MountOptions); JSON.stringify
    // leaves out what is undefined, which the widget reads as unset.
    const opts = JSON.stringify({
      id: this.id,
      config_source: url ?? '',
      config_text: config.text ?? undefined,
      config_error: config.error,
      lang: lang || undefined,
      locale_texts: locale?.text,
      default_lang: defaults ? pfLanguage(fallback) : undefined,
      default_texts: defaults?.text,
      answers: this.getAttribute('answers') ?? undefined,
      storage: this.getAttribute('storage') ?? undefined,
      debug: this.#debug(),
      lead_endpoint: this.#leadEndpoint(),
      hidden_fields: this.getAttribute('hidden-fields') ?? undefined,
      frame_parent: this.getAttribute('frame-parent') ?? undefined,
      fallback_cta_url: this.getAttribute('fallback-cta-url') ?? undefined,
    });
    const emit = (type, json) => this.#emit(type, JSON.parse(json), generation);
    pfDepth++;
    try {
      this.#widget = pfGlue.Widget.mount(this.#root, opts, emit, pfDeliver);
    } catch (e) {
      if (!pfIsTrap(e)) throw e;
      return this.#trapped(e);
    } finally {
      pfDepth--;
    }
    if (this.#widget.failed()) return;
    this.#applyTheme(config.text);
    await pfRendered(this.#root);
    if (!live() || !this.#widget) return;
    this.#emit('ready', {});
    this.#call((w) => w.announce());
  }

  // The config's `theme` values (checked by the wasm) as --pf-* on :host.
  // The host page's own rules for the element win over a :host rule, and
  // CSSOM keeps each value a single declaration. Constructed sheets are
  // not inline styles, so a strict CSP allows them.
  #applyTheme(text) {
    let theme = null;
    try {
      theme = text ? JSON.parse(text).theme : null;
    } catch {}
    const entries = Object.entries(theme ?? {});
    // No sheet without values: WebKit counts adopted sheets in styleSheets.
    if (!entries.length) return;
    const sheet = new CSSStyleSheet();
    sheet.insertRule(':host {}');
    for (const [name, value] of entries) sheet.cssRules[0].style.setProperty(`--pf-${name}`, value);
    this.#theme = sheet;
    this.#adopt();
  }

  // The element shows nothing at once; the app goes in a microtask, when
  // no call into the wasm runs (this can be reached from inside one, see
  // pfDepth). It is in a root of its own, which the next mount does not
  // use, and its listeners go whatever happens.
  #unmount() {
    this.#generation++;
    clearTimeout(this.#exploreTimer);
    const [w, root, listeners] = [this.#widget, this.#root, this.#listeners];
    this.#widget = null;
    this.#freshRoot();
    // A printed report belongs to the results that are now gone.
    this.shadowRoot.querySelector('.pf-print-frame')?.remove();
    this.#theme = null;
    this.#adopt();
    queueMicrotask(() => {
      try {
        if (w && !pfDead) w.unmount();
      } catch (e) {
        if (!pfIsTrap(e)) throw e;
        pfDead = true;
      } finally {
        pfRelease(root, listeners);
        root.replaceChildren();
      }
    });
  }
}

if (!customElements.get('program-fit')) customElements.define('program-fit', ProgramFit);

// The config editor (dist/editor.html). The config is held as the default
// with the user's changes laid over it; the raw pane and the download show
// only the changes. The preview is a plain <program-fit> fed the changes as
// an inline config, and its program-fit:error problems are the editor's
// validation, so the rules live only in the widget.
import { h, idFor } from './editor-dom.js';
import { COLOURS } from './editor-labels.js';
import { buildForm, getAt, pathString } from './editor-form.js';
import { RESERVED, clone, parseJson, usesReserved } from './editor-json.js';
import { diff, overlay } from './editor-overlay.js';
import { colourOf, compose, contrastProblems } from './editor-theme.js';

const $ = (id) => document.getElementById(id);
const form = $('ed-form');
const raw = $('ed-raw');
const slot = $('ed-slot');
const status = $('ed-status');
const problemList = $('ed-problems');
const download = $('ed-download');

const state = {
  base: null, // the default config (config.default.json)
  full: null, // the default with the changes laid over it
  locale: null, // the language whose texts the form edits and the preview shows
  removed: new Map(), // optional question id → what unticking it removed
};
let fields = new Map(); // form input → what it edits (see buildForm)
let byPath = new Map(); // a problem's path → the input for it

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The changes as a patch over the default ({} when none). */
const changes = () => diff(state.base, state.full) ?? {};

function setAt(obj, path, value) {
  const parent = path.slice(0, -1).reduce((o, k) => (Object.hasOwn(o, k) && isObject(o[k]) ? o[k] : (o[k] = Object.create(null))), obj);
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

// Sections keep their open/closed state across rebuilds.
function renderForm() {
  const open = new Set([...form.querySelectorAll('details[open]')].map((d) => d.dataset.section));
  const built = buildForm(state);
  fields = built.fields;
  byPath = new Map([...fields].filter(([, f]) => f.kind === 'value').map(([el, f]) => [pathString(f.path), el]));
  form.replaceChildren(...built.sections);
  for (const d of form.querySelectorAll('details[data-section]')) d.open = open.has(d.dataset.section);
  renderTheme();
}

function renderTheme() {
  const problems = contrastProblems(isObject(state.full.theme) ? state.full.theme : null);
  $('ed-contrast').replaceChildren(...problems.map((p) => h('li', {}, p)));
  $('ed-contrast-ok').hidden = problems.length > 0;
}

/** A colour picked for one theme: the config's theme value follows, written once when both themes agree. */
function editColour(input, { name, mode }) {
  const theme = isObject(state.full.theme) ? state.full.theme : (state.full.theme = Object.create(null));
  const other = mode === 'light' ? 'dark' : 'light';
  const pair = { [mode]: input.value, [other]: colourOf(theme, name, other) };
  const initial = COLOURS.find((c) => c.name === name);
  if (pair.light === initial.light && pair.dark === initial.dark) delete theme[name];
  else theme[name] = compose(pair.light, pair.dark);
  if (!Object.keys(theme).length && getAt(state.base, ['theme']) === undefined) delete state.full.theme;
}

/** Shows the changes in the raw pane and refreshes the preview. */
function changed() {
  raw.value = JSON.stringify(changes(), null, 2);
  setRawValid(true);
  schedulePreview();
}

// --- editing -------------------------------------------------------------

const symbolFor = (code) => {
  try {
    const parts = new Intl.NumberFormat(state.base.default_locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value;
  } catch {
    return undefined; // not a currency code (yet: the user may still be typing)
  }
};

function editValue(input, { path, number }) {
  let value = input.value;
  if (number) value = value === '' || Number.isNaN(input.valueAsNumber) ? '' : input.valueAsNumber;
  // An empty field goes back to the default's value (or away, if it has none).
  if (value === '') value = clone(getAt(state.base, path));
  if (pathString(path) === 'money.currency') followCurrency(state.full.money?.currency, value);
  setAt(state.full, path, value);
}

// The symbol follows the code while it is the symbol of the code before.
let lastCode = null;
function followCurrency(before, code) {
  lastCode = symbolFor(before) ? before : lastCode;
  const next = symbolFor(code);
  if (!next || !lastCode || state.full.money?.symbol !== symbolFor(lastCode)) return;
  state.full.money.symbol = next;
  lastCode = code;
  const symbolInput = byPath.get('money.symbol');
  if (symbolInput) symbolInput.value = next;
}

function toggleOptional(id, ask) {
  const { full, removed } = state;
  if (!ask) {
    const index = Array.isArray(full.questions) ? full.questions.findIndex((q) => q?.id === id) : -1;
    if (index < 0) return;
    const all = Array.isArray(full.traits) ? full.traits : [];
    const names = (trait) => Array.isArray(trait?.when) && trait.when.some((c) => c?.question === id);
    const traits = all.map((trait, i) => ({ trait, index: i })).filter(({ trait }) => names(trait));
    removed.set(id, { question: full.questions[index], index, traits });
    full.questions.splice(index, 1);
    if (traits.length) full.traits = all.filter((t) => !names(t));
  } else {
    const gone = removed.get(id);
    if (!gone || !Array.isArray(full.questions)) return;
    removed.delete(id);
    full.questions.splice(Math.min(gone.index, full.questions.length), 0, gone.question);
    if (Array.isArray(full.traits)) {
      for (const { trait, index } of gone.traits) full.traits.splice(Math.min(index, full.traits.length), 0, trait);
    }
  }
  renderForm();
  $(idFor(['optional', id]))?.focus();
}

form.addEventListener('input', (e) => {
  const f = fields.get(e.target);
  if (!f) return;
  if (f.kind === 'value') {
    editValue(e.target, f);
    changed();
  } else if (f.kind === 'colour') {
    editColour(e.target, f);
    renderTheme();
    changed();
  }
});

form.addEventListener('change', async (e) => {
  const f = fields.get(e.target);
  if (f?.kind === 'optional') {
    toggleOptional(f.id, e.target.checked);
    changed();
  } else if (e.target.id === 'ed-locale') {
    state.locale = e.target.value;
    await useShipped(state.locale);
    renderForm();
    $('ed-locale').focus();
    schedulePreview();
  }
});

/** Why `tag` cannot name a language, or null. */
function localeProblem(tag) {
  if (RESERVED.includes(tag)) return `"${tag}" is a reserved name in JavaScript, so it cannot name a language.`;
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag)) return `"${tag}" is not a language tag such as de or fr-CH.`;
  return null;
}

form.addEventListener('click', async (e) => {
  if (e.target.id !== 'ed-add-locale') return;
  const tag = $('ed-new-locale').value.trim();
  const problem = tag && localeProblem(tag);
  $('ed-new-locale-error').textContent = problem || '';
  $('ed-new-locale-error').hidden = !problem;
  if (!tag || problem) return $('ed-new-locale').focus();
  await useShipped(tag);
  if (!isObject(state.full.texts)) state.full.texts = Object.create(null);
  if (!Object.hasOwn(state.full.texts, tag)) state.full.texts[tag] = Object.create(null);
  state.locale = tag;
  renderForm();
  $('ed-locale').focus();
  changed();
});

// Typing in the raw pane: the form follows while it is JSON without a
// reserved name; otherwise the form waits (disabled) and the widget reports
// the syntax error or the name.
function setRawValid(valid, reserved = false) {
  form.querySelectorAll(':scope > fieldset, :scope > details > fieldset').forEach((f) => (f.disabled = !valid));
  download.disabled = !valid;
  $('ed-raw-error').hidden = valid || reserved;
  $('ed-raw-reserved').hidden = !reserved;
}

raw.addEventListener('input', () => applyRaw());

/** Reads the raw pane into the form and the preview. */
async function applyRaw() {
  schedulePreview(); // at once: the status says "checking" from the first keystroke
  let patch;
  try {
    patch = parseJson(raw.value.trim() || '{}');
  } catch {
    patch = undefined;
  }
  const reserved = isObject(patch) && usesReserved(patch);
  const valid = isObject(patch) && !reserved;
  if (valid) {
    const text = raw.value;
    const tag = overlay(state.base, patch).default_locale;
    const table = await shippedLocale(tag);
    if (raw.value !== text) return; // typed on meanwhile: that input reads it
    if (table && !Object.hasOwn(state.base.texts, tag)) state.base.texts[tag] = table;
    const before = state.full.default_locale;
    state.full = clone(overlay(state.base, patch));
    const now = state.full.default_locale;
    // The fields follow the config's default language when it changes.
    if (now !== before || !isObject(state.full.texts) || !Object.hasOwn(state.full.texts, state.locale)) state.locale = now;
    renderForm();
  }
  setRawValid(valid, reserved);
  schedulePreview();
}

// The widget lays a shipped locale's file (German, say) under a config's
// texts in that language. So does the editor, in its base: the fields show
// the texts the widget would, and the download holds only what differs.
const shipped = new Map();
/** The shipped table of language `tag` (null when none ships), fetched once. */
function shippedLocale(tag) {
  if (typeof tag !== 'string' || !/^[a-z]{2,3}$/.test(tag)) return Promise.resolve(null);
  if (!shipped.has(tag)) {
    shipped.set(tag, fetch(new URL(`locales/${tag}.json`, import.meta.url))
      .then((r) => (r.ok ? r.text() : null))
      .then((t) => (t ? parseJson(t) : null))
      .then((table) => (isObject(table) ? table : null))
      .catch(() => null));
  }
  return shipped.get(tag);
}

/** Picking or adding a language the widget ships: its texts come into the base and the fields. */
async function useShipped(tag) {
  if (Object.hasOwn(state.base.texts, tag)) return;
  const table = await shippedLocale(tag);
  if (!table || Object.hasOwn(state.base.texts, tag)) return;
  const patch = changes();
  state.base.texts[tag] = table;
  state.full = clone(overlay(state.base, patch));
}

// --- opening a config -----------------------------------------------------

const openStatus = $('ed-open-status');

/** Puts a config's text into the raw pane, as if pasted there. */
async function openText(text, from) {
  raw.value = text;
  openStatus.dataset.state = 'ok';
  openStatus.textContent = `Opened ${from}.`;
  await applyRaw();
}

function openFailed(message) {
  openStatus.dataset.state = 'error';
  openStatus.textContent = message;
  return false;
}

async function openUrl(address) {
  let url;
  try {
    url = new URL(address, document.baseURI);
  } catch {
    return openFailed(`"${address}" is not an address the editor can open.`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) return openFailed(`"${address}" is not an http or https address.`);
  openStatus.dataset.state = 'ok';
  openStatus.textContent = `Opening ${url.href}…`;
  try {
    const r = await fetch(url, { cache: 'no-store' });
    if (!r.ok) throw new Error(`the server answered ${r.status}`);
    await openText(await r.text(), url.href);
    return true;
  } catch (e) {
    openFailed(`Could not open ${url.href}: ${e.message}. A config on another site opens only where that site allows it (CORS) and this page's Content-Security-Policy does.`);
  }
}

$('ed-open-load').addEventListener('click', () => {
  const address = $('ed-open-url').value.trim();
  if (address) openUrl(address);
  else $('ed-open-url').focus();
});
$('ed-open-url').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') $('ed-open-load').click();
});
$('ed-open-file').addEventListener('change', async (e) => {
  const [file] = e.target.files;
  if (!file) return;
  try {
    await openText(await file.text(), file.name);
  } catch (err) {
    openFailed(`Could not read ${file.name}: ${err.message}.`);
  }
});

// The last download's URL lives until the next one: revoking it at once can
// cut a download short in some browsers.
let downloadUrl = null;
download.addEventListener('click', () => {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(changes(), null, 2) + '\n'], { type: 'application/json' }));
  h('a', { href: downloadUrl, download: 'config.json' }).click();
});

// --- preview and problems -------------------------------------------------

let timer = 0;
let preview = null;

// Each change mounts a fresh widget (the element reads an inline config when
// it mounts); a fixed id and session storage keep its place between them.
function schedulePreview() {
  clearTimeout(timer);
  status.dataset.state = 'checking';
  timer = setTimeout(mountPreview, 250);
}

function mountPreview() {
  // Eager: the preview is the point of this page, and it checks the config.
  const el = h('program-fit', { id: 'ed-preview', storage: 'session', lang: state.locale, debug: true, loading: 'eager', theme: $('ed-preview-theme').value },
    h('script', { type: 'application/json' }, raw.value.trim() || '{}'));
  el.addEventListener('program-fit:ready', () => el === preview && showProblems([]));
  el.addEventListener('program-fit:error', (e) => el === preview && showProblems(problemsOf(e.detail)));
  preview = el;
  slot.replaceChildren(el);
}

// The preview in the light or the dark theme, to see the colours of both.
$('ed-preview-theme').addEventListener('change', (e) => preview?.setAttribute('theme', e.target.value));

/** The problems in an error event: `detail.problems`, or its message as one problem. */
function problemsOf(detail) {
  if (Array.isArray(detail.problems) && detail.problems.length) return detail.problems;
  return [{ path: '', message: detail.message }];
}

/** The input a problem's path names, or the raw pane for the rest. */
function fieldFor(path) {
  const plain = String(path ?? '').replace(/\[(["'])(.*?)\1\]/g, '.$2');
  return byPath.get(plain) ?? raw;
}

function showProblems(problems) {
  status.dataset.state = problems.length ? 'invalid' : 'valid';
  const said = problems.length
    ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in this config. Until they are fixed, the widget shows an error instead of the assessment.`
    : 'No problems: the preview shows your config.';
  // A live region: a screen reader hears it again only when it changes.
  if (status.textContent !== said) status.textContent = said;
  problemList.replaceChildren(
    ...problems.map(({ path, message }) => {
      const target = fieldFor(path);
      const link = h('a', { href: `#${target.id}`, 'data-path': path ?? '' }, path ? `${path}: ${message}` : message);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        for (let d = target.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
        target.focus();
      });
      return h('li', {}, link);
    }),
  );
}

// --- start ----------------------------------------------------------------

try {
  const r = await fetch(new URL('config.default.json', import.meta.url));
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  state.base = parseJson(await r.text());
} catch (e) {
  status.dataset.state = 'invalid';
  status.textContent = `The editor could not load config.default.json (${e.message}). Serve dist/ over http(s) and reload.`;
  throw e;
}
state.full = clone(state.base);
state.locale = state.base.default_locale;
renderForm();
// editor.html?config=/program-fit/config.json opens the config a site uses;
// without one, or when it cannot be opened, the editor starts from the default.
const asked = new URLSearchParams(location.search).get('config');
if (asked) $('ed-open-url').value = asked;
if (!asked || !(await openUrl(asked))) changed();

// Builds the editor's form from the config being edited: fields for the
// common settings, each tied to its JSON path so that edits and problems
// find it. editor.js owns the state and the events.
import { h, idFor } from './editor-dom.js';
import { COST_FIELDS } from './editor-fields.js';
import { COLOURS, GENERAL_TEXTS, QUESTION_TEXTS } from './editor-labels.js';
import { colourOf, sides } from './editor-theme.js';

export const getAt = (obj, path) => path.reduce((o, k) => (o != null && Object.hasOwn(o, k) ? o[k] : undefined), obj);

// The raw pane can give any shape (the widget reports it); the form reads
// only what has the expected one.
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v.filter(isObject) : []);
const table = (v) => (isObject(v) ? v : Object.create(null));

/** `costs.group_coaching.per_head.executives`, `texts.en.q.goal.label`: how problems name a field. */
export const pathString = (path) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

/**
 * The form's sections for `state` ({base, full, locale, theme, removed}).
 * Returns {sections, fields}: `fields` maps each input to what it edits:
 * {kind: 'value', path, number} | {kind: 'colour', name, initial} | {kind: 'optional', id}.
 */
export function buildForm(state) {
  const fields = new Map();
  const texts = table(state.full.texts);
  const ctx = { ...state, fields, texts, defaultTexts: table(texts[state.full.default_locale]), questions: list(state.full.questions) };
  const sections = [
    languageSection(ctx),
    ctaSection(ctx),
    currencySection(ctx),
    generalTextsSection(ctx),
    coloursSection(ctx),
    costsSection(ctx),
    questionTextsSection(ctx),
    optionalSection(ctx),
  ];
  return { sections, fields };
}

function hintFor(id, text) {
  return text ? h('p', { class: 'ed-hint', id: `${id}-hint` }, text) : null;
}

/** A labelled input (or textarea) for the value at `path`. */
function valueField(ctx, path, label, { type = 'text', hint, step, long = false } = {}) {
  const id = idFor(path);
  const value = getAt(ctx.full, path);
  const attrs = { id, name: pathString(path), 'aria-describedby': hint ? `${id}-hint` : null };
  let input;
  if (long) {
    input = h('textarea', { ...attrs, rows: 3 });
    input.value = value ?? '';
  } else {
    input = h('input', { ...attrs, type, step: type === 'number' ? step ?? 1 : null, spellcheck: type === 'text' ? null : 'false' });
    input.value = value ?? '';
  }
  const [, locale, key] = path;
  // An empty field goes back to the base's text: the shipped one, else the default language's.
  if (path[0] === 'texts' && locale !== ctx.full.default_locale) input.placeholder = getAt(ctx.base, path) ?? ctx.defaultTexts[key] ?? '';
  ctx.fields.set(input, { kind: 'value', path, number: type === 'number' });
  return h('div', { class: 'ed-field' }, h('label', { for: id }, label), hintFor(id, hint), input);
}

/** A section: a fieldset with a legend, optionally inside a closed <details>. */
function section(key, legend, children, { collapsible = false, intro } = {}) {
  const fieldset = h('fieldset', { class: 'ed-section', 'data-section': key }, h('legend', {}, legend), intro ? h('p', { class: 'ed-hint' }, intro) : null, children);
  if (!collapsible) return fieldset;
  return h('details', { class: 'ed-details', 'data-section': key }, h('summary', {}, legend), fieldset);
}

function textPath(ctx, key) {
  return ['texts', ctx.locale, key];
}

function localeNote(ctx) {
  if (ctx.locale === ctx.full.default_locale) return 'Texts in the default language. An empty field keeps the built-in text.';
  if (Object.hasOwn(table(ctx.base.texts), ctx.locale)) return `Texts in ${ctx.locale}, as the widget ships them. An empty field keeps the shipped text.`;
  return `Texts in ${ctx.locale}. An empty field shows the ${ctx.full.default_locale} text.`;
}

function ctaSection(ctx) {
  return section('cta', 'Call to action', [
    valueField(ctx, ['cta', 'url'], 'Link', {
      type: 'url',
      hint: 'Where the button on the results leads: your booking page, say. https: or mailto:.',
    }),
    valueField(ctx, textPath(ctx, ctx.full.cta?.label ?? 'cta.label'), `Button text (${ctx.locale})`),
  ]);
}

function currencySection(ctx) {
  return section('money', 'Currency', [
    valueField(ctx, ['money', 'currency'], 'Currency code', {
      hint: 'Three letters, as in ISO 4217: EUR, GBP, CHF. The symbol follows the code until you change it.',
    }),
    valueField(ctx, ['money', 'symbol'], 'Symbol shown with amounts'),
  ], { intro: 'Budgets and costs are whole amounts in this currency; set the costs below in it too.' });
}

function generalTextsSection(ctx) {
  return section('general', 'First screen', GENERAL_TEXTS.map(({ key, label }) =>
    valueField(ctx, textPath(ctx, key), `${label} (${ctx.locale})`, { long: (ctx.defaultTexts[key] ?? '').length > 80 }),
  ), { intro: localeNote(ctx) });
}

function coloursSection(ctx) {
  const theme = table(ctx.full.theme);
  const rows = COLOURS.map(({ name, label }) => {
    const given = Object.hasOwn(theme, name) ? theme[name] : undefined;
    const shown = given === undefined ? null : sides(given);
    const inputs = ['light', 'dark'].map((mode) => {
      const id = idFor(['theme', name, mode]);
      const input = h('input', { id, type: 'color', name: `theme.${name}.${mode}` });
      input.value = colourOf(theme, name, mode);
      ctx.fields.set(input, { kind: 'colour', name, mode });
      return h('div', { class: 'ed-field ed-field--colour' }, h('label', { for: id }, mode === 'light' ? 'Light theme' : 'Dark theme'), input);
    });
    // A value the pickers cannot show (a colour-mix(), say) is named, so a pick is not a surprise.
    const note = given !== undefined && !shown ? h('p', { class: 'ed-hint' }, `Now ${String(given)} in the JSON; a pick here replaces it.`) : null;
    return h('fieldset', { class: 'ed-subsection ed-colour' }, h('legend', {}, label), h('div', { class: 'ed-colours' }, inputs), note);
  });
  return section('colours', 'Brand colours', [
    rows,
    h('p', { class: 'ed-hint' }, 'Contrast against WCAG 2.2 AA, in both themes:'),
    h('ul', { class: 'ed-warnings', id: 'ed-contrast', 'aria-live': 'polite' }),
    h('p', { class: 'ed-hint ed-ok', id: 'ed-contrast-ok' }, 'Every pair has enough contrast in the light and the dark theme.'),
  ], {
    intro: 'The config\'s theme: each colour for the light and the dark theme (visitors\' devices choose one). The same colour in both is written once. CSS the host page sets on the element wins over these.',
  });
}

function costsSection(ctx) {
  const money = ctx.full.money?.symbol ?? '';
  const optionText = (question, option) => ctx.defaultTexts[`q.${question}.opt.${option}`] ?? option;
  const groups = COST_FIELDS.map(({ legend, source, rows }) => {
    const fieldsIn = rows.flatMap((row) => {
      const path = ['costs', ...row.path];
      if (getAt(ctx.base, path) === undefined) return [];
      if (!row.each) return [valueField(ctx, path, row.label, { type: 'number', step: row.step })];
      return Object.keys(getAt(ctx.base, path) ?? {}).flatMap((key) => {
        if (!row.leaves) return [valueField(ctx, [...path, key], optionText(row.each, key), { type: 'number', step: row.step })];
        return row.leaves.map(({ name, label, step }) =>
          valueField(ctx, [...path, key, name], `${optionText(row.each, key)}: ${label.toLowerCase()}`, { type: 'number', step }),
        );
      });
    });
    const why = table(table(ctx.full.costs).rationale)[source];
    if (!fieldsIn.length) return [];
    return h('fieldset', { class: 'ed-subsection' }, h('legend', {}, legend), fieldsIn,
      why ? h('details', { class: 'ed-source' }, h('summary', {}, 'Where these figures come from'), h('p', {}, why)) : null);
  });
  return section('costs', 'Costs', groups, {
    collapsible: true,
    intro: `Yearly amounts in ${ctx.full.money?.currency ?? ''} (${money}), whole numbers. An empty field keeps the built-in figure.`,
  });
}

function languageSection(ctx) {
  const locales = Object.keys(ctx.texts);
  const select = h('select', { id: 'ed-locale' }, locales.map((l) => h('option', { value: l, selected: l === ctx.locale }, l)));
  const picker = h('div', { class: 'ed-row' },
    h('div', { class: 'ed-field' }, h('label', { for: 'ed-locale' }, 'Language'), select),
    h('div', { class: 'ed-field' }, h('label', { for: 'ed-new-locale' }, 'Add a language'),
      h('p', { class: 'ed-hint', id: 'ed-new-locale-hint' }, 'A language tag such as de or fr-CH.'),
      h('div', { class: 'ed-inline' },
        h('input', { id: 'ed-new-locale', type: 'text', 'aria-describedby': 'ed-new-locale-hint ed-new-locale-error', spellcheck: 'false' }),
        h('button', { type: 'button', id: 'ed-add-locale', class: 'ed-button ed-button--secondary' }, 'Add')),
      h('p', { class: 'ed-warning', id: 'ed-new-locale-error', role: 'alert', hidden: true })));
  return section('language', 'Language of the texts', picker, {
    intro: `The text fields below edit this language. The config's default language is ${ctx.full.default_locale}: visitors whose language the config lacks see it.`,
  });
}

function questionTextsSection(ctx) {
  const questions = ctx.questions.map((q, i) => {
    const suffixes = [
      ...['label', 'hint', 'summary', 'unit'].filter((s) => `q.${q.id}.${s}` in ctx.defaultTexts),
      ...list(q.options).map((o) => `opt.${o.id}`),
      ...(q.unknown ? ['opt.unknown'] : []),
    ];
    let answer = 0;
    const inputs = suffixes.map((s) => {
      const key = `q.${q.id}.${s}`;
      const label = QUESTION_TEXTS[s] ?? `Answer ${++answer}`;
      return valueField(ctx, textPath(ctx, key), label, { long: (ctx.defaultTexts[key] ?? '').length > 80 });
    });
    const title = table(ctx.texts[ctx.locale])[`q.${q.id}.label`] ?? ctx.defaultTexts[`q.${q.id}.label`];
    return h('details', { class: 'ed-details ed-question', 'data-section': `q-${q.id}` },
      h('summary', {}, `Question ${i + 1} (${q.id})`, title ? h('span', { class: 'ed-summary-text' }, `: ${title}`) : null),
      h('fieldset', { class: 'ed-subsection' }, h('legend', {}, `Question ${i + 1} (${q.id}), ${ctx.locale}`), inputs));
  });
  return section('questions', 'Question texts', questions, { intro: localeNote(ctx) });
}

function optionalSection(ctx) {
  const present = new Map(ctx.questions.map((q) => [q.id, q]));
  const ids = [...new Set([...ctx.questions.filter((q) => q.optional).map((q) => q.id), ...ctx.removed.keys()])];
  const items = ids.map((id) => {
    const inputId = idFor(['optional', id]);
    const input = h('input', { type: 'checkbox', id: inputId, checked: present.has(id) });
    ctx.fields.set(input, { kind: 'optional', id });
    const key = `q.${id}.label`;
    const label = table(ctx.texts[ctx.locale])[key] ?? ctx.defaultTexts[key] ?? id;
    return h('div', { class: 'ed-check' }, input, h('label', { for: inputId }, `Ask “${label}”`));
  });
  return section('optional', 'Optional questions', items.length ? items : h('p', {}, 'This config has no optional questions. A question is optional when it has "optional": true (see docs/config.md).'), {
    intro: items.length ? 'Unticked questions are left out, with the Venn traits that depend on them.' : null,
  });
}

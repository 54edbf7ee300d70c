// The editor's own words for the form. Question, answer and audience names
// come from the config's texts, and cost fields from the config types' doc
// comments (editor-fields.js); everything here labels what has neither.

/** Brand colours: the config's `theme` names (docs/config.md#theme) the form
 * edits, with the widget's own light and dark values (styles/program-fit.css;
 * editor-overlay.test.mjs holds them to it). */
export const COLOURS = [
  { name: 'color-primary', label: 'Buttons and links', light: '#1d4ed8', dark: '#93c5fd' },
  { name: 'color-primary-hover', label: 'Buttons under the pointer', light: '#1e3a8a', dark: '#bfdbfe' },
  { name: 'color-on-primary', label: 'Text on buttons', light: '#ffffff', dark: '#111827' },
  { name: 'color-coaching', label: 'Coaching in the results', light: '#1d4ed8', dark: '#93c5fd' },
  { name: 'color-mentoring', label: 'Mentoring in the results', light: '#047857', dark: '#6ee7b7' },
];

/** Colours the checks need that the form does not edit (a config's theme may still set them). */
export const BACKGROUND = { name: 'color-bg', label: 'Background', light: '#ffffff', dark: '#111827' };

/** Colour pairs the widget draws on each other, with the contrast WCAG 2.2 AA
 * asks of them: 4.5 to 1 for text, 3 to 1 for the parts of the interface. */
export const CONTRAST = [
  { fg: 'color-on-primary', bg: 'color-primary', min: 4.5, what: 'Text on buttons' },
  { fg: 'color-on-primary', bg: 'color-primary-hover', min: 4.5, what: 'Text on buttons under the pointer' },
  { fg: 'color-primary', bg: 'color-bg', min: 4.5, what: 'Links on the background' },
  { fg: 'color-primary', bg: 'color-bg', min: 3, what: 'Buttons against the background' },
  { fg: 'color-coaching', bg: 'color-bg', min: 4.5, what: 'Coaching labels on the background' },
  { fg: 'color-mentoring', bg: 'color-bg', min: 4.5, what: 'Mentoring labels on the background' },
];

/** Question text fields, by key suffix (`q.<id>.<suffix>`); answers are numbered. */
export const QUESTION_TEXTS = {
  label: 'Question',
  hint: 'Help text',
  summary: 'Name on the check screen',
  unit: 'Unit after the number',
  'opt.unknown': 'The "not decided yet" answer',
};

/** Texts outside the questions that a consultancy usually makes its own. */
export const GENERAL_TEXTS = [
  { key: 'ui.intro.title', label: 'Title of the first screen' },
  { key: 'ui.intro.lead', label: 'Introduction ({count} becomes the number of questions)' },
];

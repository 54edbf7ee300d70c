// The editor's own words for the form. Question, answer and audience names
// come from the config's texts, and cost fields from the config types' doc
// comments (editor-fields.js); everything here labels what has neither.

/** Brand colours: the documented --pf-* custom properties and their defaults (docs/embedding.md). */
export const COLOURS = [
  { name: '--pf-color-primary', label: 'Buttons and links', initial: '#1d4ed8' },
  { name: '--pf-color-primary-hover', label: 'Buttons under the pointer', initial: '#1e3a8a' },
  { name: '--pf-color-on-primary', label: 'Text on buttons', initial: '#ffffff' },
  { name: '--pf-color-coaching', label: 'Coaching in the results', initial: '#1d4ed8' },
  { name: '--pf-color-mentoring', label: 'Mentoring in the results', initial: '#047857' },
];

/** Colour pairs that carry text, with the contrast WCAG 2.2 AA asks of them. */
export const CONTRAST = [
  { fg: '--pf-color-on-primary', bg: '--pf-color-primary', min: 4.5, what: 'Text on buttons' },
  { fg: '--pf-color-on-primary', bg: '--pf-color-primary-hover', min: 4.5, what: 'Text on buttons under the pointer' },
  { fg: '--pf-color-primary', bg: '#ffffff', min: 4.5, what: 'Links on the white background' },
  { fg: '--pf-color-coaching', bg: '#ffffff', min: 4.5, what: 'Coaching labels on the white background' },
  { fg: '--pf-color-mentoring', bg: '#ffffff', min: 4.5, what: 'Mentoring labels on the white background' },
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

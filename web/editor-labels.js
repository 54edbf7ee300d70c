// The editor's own words for the form. Question, answer and audience names
// come from the config's texts; everything here labels config fields that
// have no text of their own.

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

/**
 * Cost fields, in fieldsets. A row with `each` has one field per key of the
 * default's object at `path`, named by that question's answer text; with
 * `leaves`, one field per leaf under each key. `source` names the
 * costs.rationale entry that says where the figures come from. Rows the
 * default does not have are left out; fields not listed here are edited in
 * the raw JSON.
 */
export const COSTS = [
  {
    legend: 'One-to-one coaching: a year, per person',
    source: 'individual_coaching',
    rows: [{ path: ['individual_coaching', 'per_head'], each: 'audience' }],
  },
  {
    legend: 'Coaching in small groups: a year, per person',
    source: 'group_coaching',
    rows: [
      { path: ['group_coaching', 'per_head'], each: 'audience' },
      { path: ['group_coaching', 'min_group'], label: 'Smallest group paid for, in places' },
    ],
  },
  {
    legend: 'Coaching by your internal coaches: a year, per person',
    source: 'internal_coaching',
    rows: [
      { path: ['internal_coaching', 'per_head'], each: 'audience' },
      {
        path: ['internal_coaching', 'capacity'],
        each: 'internal_coaches',
        leaves: { per_participant: { label: 'share of the participants they can take', step: 'any' }, max: { label: 'at most, in people a year' } },
      },
    ],
  },
  {
    legend: 'Coaching by trained line managers: a year, per person',
    source: 'manager_coaching',
    rows: [
      { path: ['manager_coaching', 'per_head'], each: 'audience' },
      {
        path: ['manager_coaching', 'capacity'],
        each: 'internal_coaches',
        leaves: { per_participant: { label: 'share of the participants they can take', step: 'any' }, max: { label: 'at most, in people a year' } },
      },
    ],
  },
  {
    legend: "Share of a year's coaching paid, by how long the programme runs",
    source: 'duration_factor',
    rows: [{ path: ['duration_factor'], each: 'duration', step: 'any' }],
  },
  {
    legend: 'Mentoring',
    source: 'mentoring_programme',
    rows: [
      { path: ['mentoring_programme'], label: 'Running the programme, a year' },
      { path: ['mentoring_per_mentee'], label: 'Per mentee, a year' },
      { path: ['mentoring_pairs', 'mentees_per_mentor'], label: 'Mentees per mentor in pairs' },
      { path: ['mentoring_circles', 'mentees_per_mentor'], label: 'Mentees per mentor in circles' },
      { path: ['mentoring_pairs', 'mentor_hours'], label: "A mentor's hours a year in pairs" },
      { path: ['mentoring_circles', 'mentor_hours'], label: "A mentor's hours a year in a circle" },
      { path: ['mentor_hour'], label: "An hour of a mentor's time, when it is paid" },
    ],
  },
  {
    legend: 'Likely volunteer mentors, by the answer about internal expertise',
    source: 'mentor_supply',
    rows: [
      {
        path: ['mentor_supply'],
        each: 'expertise',
        leaves: { per_participant: { label: 'mentors per participant', step: 'any' }, max: { label: 'at most' } },
      },
    ],
  },
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

// JSON for the editor, without prototypes. A config's keys are its
// author's (locale names, text keys, ids), and in a plain object the key
// `__proto__` reaches Object.prototype: typed into a form field it would
// change every object on the page ("prototype pollution"). So every object
// the editor reads from JSON has no prototype, and the names JavaScript
// reserves are found before anything uses them. The widget refuses such a
// config too, naming where (src/engine/load/reserved.rs).

export const RESERVED = ['__proto__', 'constructor', 'prototype'];

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** JSON.parse, every object without a prototype. */
export function parseJson(text) {
  return JSON.parse(text, (_, v) => (isObject(v) ? Object.assign(Object.create(null), v) : v));
}

/** A deep copy of a JSON value, every object without a prototype. */
export const clone = (value) => parseJson(JSON.stringify(value));

/** Whether a reserved name is a key anywhere in `value`, or an id or the default locale. */
export function usesReserved(value) {
  if (Array.isArray(value)) return value.some(usesReserved);
  if (!isObject(value)) return false;
  return Object.entries(value).some(
    ([k, v]) => RESERVED.includes(k) || (['id', 'default_locale'].includes(k) && RESERVED.includes(v)) || usesReserved(v),
  );
}

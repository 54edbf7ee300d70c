// The overlay rule of src/engine/load/overlay.rs, in JS. The editor lays
// its changes over the default to fill the form, and diffs the result
// against the default so that "Download config.json" saves only what
// changed. Checking a config stays with the widget. The objects made here
// have no prototype, as in editor-json.js: a key is only ever a key.

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function sameId(a, b) {
  return isObject(a) && isObject(b) && typeof a.id === 'string' && a.id === b.id;
}

/** Deep equality of JSON values. */
function equal(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return a === b;
}

/**
 * Lays `patch` over `base`: objects merge key by key (null removes a key),
 * arrays replace the base's array except that an entry naming the id of a
 * base entry merges into it, and anything else replaces what it overlays.
 */
export function overlay(base, patch) {
  if (isObject(base) && isObject(patch)) {
    const out = Object.assign(Object.create(null), base);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete out[k];
      else out[k] = Object.hasOwn(base, k) ? overlay(base[k], v) : v;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch)) {
    return patch.map((entry) => {
      const namesake = base.find((b) => sameId(b, entry));
      return namesake ? overlay(namesake, entry) : entry;
    });
  }
  return patch;
}

/**
 * The smallest patch with overlay(base, patch) equal to `value`, or
 * undefined when they are equal. Array entries that keep a base entry's id
 * are written as that id plus what differs.
 */
export function diff(base, value) {
  if (isObject(base) && isObject(value)) {
    const out = Object.create(null);
    for (const [k, v] of Object.entries(value)) {
      const d = Object.hasOwn(base, k) ? diff(base[k], v) : v;
      if (d !== undefined) out[k] = d;
    }
    for (const k of Object.keys(base)) if (!Object.hasOwn(value, k)) out[k] = null;
    return Object.keys(out).length ? out : undefined;
  }
  if (Array.isArray(base) && Array.isArray(value)) {
    if (equal(base, value)) return undefined;
    return value.map((entry) => {
      const namesake = base.find((b) => sameId(b, entry));
      return namesake ? Object.assign(Object.create(null), { id: entry.id }, diff(namesake, entry)) : entry;
    });
  }
  return equal(base, value) ? undefined : value;
}

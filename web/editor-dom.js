// A small element builder for the editor's form: no markup strings, so
// nothing a config says is ever parsed as HTML.

/** `h('p', {class: 'x', for: 'id'}, 'text', child)`; attributes false or null are left out. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** An id-safe form of a field's path. */
export function idFor(path) {
  return 'f-' + path.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

// The editor's overlay and diff (web/editor-overlay.js), in Node: laying the
// diff of an edited config over the default gives the edited config back,
// and the diff holds only what changed. editor.test.mjs checks in the
// browser that the widget (the Rust overlay) reads the same patch the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from './helpers.mjs';
import { diff, overlay } from '../../web/editor-overlay.js';

const base = DEFAULT_CONFIG;
/** A value as JSON has it: overlay and diff make objects without a prototype. */
const plain = (v) => JSON.parse(JSON.stringify(v));

/** Edits a copy of the default, checks the round trip, returns the patch. */
function patchFor(edit) {
  const edited = structuredClone(base);
  edit(edited);
  const patch = diff(base, edited) ?? {};
  assert.deepEqual(plain(overlay(base, structuredClone(patch))), edited);
  return plain(patch);
}

test('no change, no patch', () => {
  assert.equal(diff(base, structuredClone(base)), undefined);
});

test('objects: only the changed keys, per locale and per field', () => {
  assert.deepEqual(
    patchFor((c) => {
      c.money.currency = 'EUR';
      c.texts.en['q.goal.label'] = 'Goal?';
      c.costs.individual_coaching.per_head.executives = 25000;
    }),
    { money: { currency: 'EUR' }, texts: { en: { 'q.goal.label': 'Goal?' } }, costs: { individual_coaching: { per_head: { executives: 25000 } } } },
  );
});

test('a removed key is null, as in a JSON Merge Patch', () => {
  assert.deepEqual(
    patchFor((c) => delete c.costs.mentor_supply.few),
    { costs: { mentor_supply: { few: null } } },
  );
});

test('arrays: entries keep their id and only what changed; removed entries are left out', () => {
  const patch = patchFor((c) => {
    c.questions = c.questions.filter((q) => q.id !== 'path');
    c.questions[0].weight = 1.5;
    c.questions[0].options[1].coaching = 0.9;
  });
  assert.deepEqual(patch.questions[0], {
    id: 'goal',
    weight: 1.5,
    options: base.questions[0].options.map((o, i) => (i === 1 ? { id: o.id, coaching: 0.9 } : { id: o.id })),
  });
  const kept = base.questions.slice(1).filter((q) => q.id !== 'path');
  assert.deepEqual(patch.questions.slice(1), kept.map((q) => ({ id: q.id })));
});

test('new entries, a new locale and a new order come through whole', () => {
  patchFor((c) => {
    c.questions.reverse();
    c.traits.push({ id: 'new_trait', region: 'shared', when: [] });
    c.texts.de = { 'q.goal.label': 'Ziel?' };
  });
});

test('a "__proto__" key in a patch stays a key: it changes no prototype', () => {
  const patch = JSON.parse('{"__proto__": {"polluted": 1}, "texts": {"__proto__": {"polluted": 2}}}');
  const out = overlay(base, patch);
  assert.equal(out.polluted, undefined);
  assert.equal(out.texts.polluted, undefined);
  assert.equal(Object.getPrototypeOf(out), null);
  assert.deepEqual(plain(out.__proto__), { polluted: 1 });
  assert.equal({}.polluted, undefined);
  assert.deepEqual(plain(diff(base, out)), plain(patch), 'and comes back in the diff');
});

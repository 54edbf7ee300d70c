// `make size`: where the wasm's bytes go, by crate. Reads a wasm that kept
// its name section (scripts/size builds one), sums each function body under
// the crate its (mangled) name starts with, and gzips each crate's bodies on
// their own. Gzip is not additive, so the gzipped column is each crate's
// share of the whole file's gzip, in proportion to its bodies gzipped alone:
// an estimate, good for ranking and for before/after, not a byte count.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [file, top = '15'] = process.argv.slice(2);
const wasm = readFileSync(file);
let pos = 8;
const leb = () => {
  let n = 0, shift = 0, b;
  do { b = wasm[pos++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return n;
};
const name = () => { const n = leb(); const s = wasm.toString('utf8', pos, pos + n); pos += n; return s; };

let imported = 0;
const bodies = [];
const names = new Map();
const sections = { data: 0, other: 0 };
const shipped = [];
while (pos < wasm.length) {
  const start = pos;
  const id = wasm[pos++];
  const size = leb();
  const end = pos + size;
  if (id !== 0) shipped.push(wasm.subarray(start, end));
  if (id === 2) {
    for (let i = leb(); i > 0; i--) {
      name(); name();
      const kind = wasm[pos++];
      if (kind === 0) { imported++; leb(); }
      else if (kind === 1) { pos++; if (wasm[pos++] & 1) leb(); leb(); }
      else if (kind === 2) { if (wasm[pos++] & 1) leb(); leb(); }
      else if (kind === 3) pos += 2;
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    for (let i = leb(); i > 0; i--) { const n = leb(); bodies.push(wasm.subarray(pos, pos + n)); pos += n; }
  } else if (id === 0 && name() === 'name') {
    while (pos < end) {
      const sub = wasm[pos++];
      const subEnd = leb() + pos;
      if (sub === 1) for (let i = leb(); i > 0; i--) { const idx = leb(); names.set(idx, name()); }
      pos = subEnd;
    }
  } else if (id === 11) sections.data += size;
  else if (id !== 0) sections.other += size;
  pos = end;
}

/** The crate a symbol belongs to: the first path segment of its (legacy
 * mangled or plain) name; for `<A as B>::f`, the crate of A. */
function crateOf(sym) {
  if (!sym) return '(unnamed)';
  let s = sym;
  if (s.startsWith('_ZN')) {
    let p = 3, parts = [];
    while (p < s.length && /[0-9]/.test(s[p])) {
      const m = /^[0-9]+/.exec(s.slice(p))[0];
      p += m.length;
      parts.push(s.slice(p, p + Number(m)));
      p += Number(m);
    }
    s = parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
      .replace(/\.\./g, '::').replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',');
  }
  s = s.replace(/^[<&\s]+/, '').replace(/^(impl |dyn |mut )+/, '').replace(/^[<&\s]+/, '');
  const head = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s);
  if (!head) return '(other)';
  const c = head[0];
  if (c === 'program_fit') {
    const m = /^program_fit::([a-z_]+)(?:::([a-z_]+))?/.exec(s);
    if (m) return m[2] && m[1] !== 'embed' ? `program_fit::${m[1]}::${m[2]}` : `program_fit::${m[1]}`;
  }
  return c;
}

const groups = new Map();
bodies.forEach((b, i) => {
  const c = crateOf(names.get(imported + i));
  const g = groups.get(c) ?? { raw: 0, parts: [] };
  g.raw += b.length;
  g.parts.push(b);
  groups.set(c, g);
});

// What ships has no name section: gzip the file without its custom sections.
const total = gzipSync(Buffer.concat([wasm.subarray(0, 8), ...shipped]), { level: 9 }).length;
const alone = [...groups].map(([c, g]) => [c, g.raw, gzipSync(Buffer.concat(g.parts), { level: 9 }).length]);
const sumAlone = alone.reduce((s, [, , z]) => s + z, 0);
const code = bodies.reduce((s, b) => s + b.length, 0);
// Split the file's gzip between code and data in proportion to their raw sizes.
const codeGz = total * code / (code + sections.data + sections.other);
const rows = alone.map(([c, raw, z]) => [c, raw, Math.round(codeGz * z / sumAlone)]).sort((a, b) => b[2] - a[2]);
const kib = (n) => (n / 1024).toFixed(1);
console.log(`${file} without its names: ${total} bytes gzipped (${kib(total)} KiB)`);
console.log(`code ${code} raw in ${bodies.length} functions; data ${sections.data} raw (~${Math.round(total - codeGz)} gz with the rest)\n`);
console.log('| crate or module | raw bytes | ~gzipped |');
console.log('|---|---:|---:|');
for (const [c, raw, z] of rows.slice(0, Number(top))) console.log(`| ${c} | ${raw} | ${z} |`);
const rest = rows.slice(Number(top));
if (rest.length) console.log(`| (${rest.length} more) | ${rest.reduce((s, r) => s + r[1], 0)} | ${rest.reduce((s, r) => s + r[2], 0)} |`);

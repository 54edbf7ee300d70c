// Used by scripts/dist: gives wasm-bindgen's glue the short import and
// export names that `wasm-opt --minify-imports-and-exports-and-modules` gave
// the wasm. Usage:
//   node scripts/minify-names.mjs MAPPING GLUE WASM OUT
// MAPPING is what that wasm-opt printed (JSON: "imports" as [module, old,
// new], "exports" as [old, new]), GLUE the glue wasm-bindgen wrote for the
// unminified wasm, WASM the final wasm (after all of wasm-opt), OUT the
// rewritten glue. Every name is rewritten exactly where the glue uses it (an
// import as a key of the imports object, an export as `wasm.<name>`); any
// name not found, any old name left over, any import of the wasm the glue
// does not provide and any `wasm.<name>` the wasm does not export stop the
// build.
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const [mapPath, gluePath, wasmPath, outPath] = process.argv.slice(2);
if (!outPath) throw new Error('usage: minify-names.mjs MAPPING GLUE WASM OUT');

// With panic = "abort" the glue never reads these two exports (wasm-bindgen
// uses them for panic=unwind or --force-enable-abort-handler); any other
// export the glue does not use is an error.
const UNUSED_EXPORTS = new Set(['__abort_handler', '__instance_terminated']);

const fail = (msg) => {
  console.error(`minify-names: ${msg}`);
  process.exit(1);
};
const IDENT = /^[A-Za-z_$][\w$]*$/;
const escape = (s) => s.replace(/[$]/g, '\\$');
// `name` as a whole identifier (not part of a longer one).
const word = (name, before = '', after = '', flags = 'g') =>
  new RegExp(`${before}(?<![\\w$])${escape(name)}(?![\\w$])${after}`, flags);

let map;
try {
  map = JSON.parse(readFileSync(mapPath, 'utf8'));
} catch (e) {
  fail(`${mapPath} is not wasm-opt's JSON mapping: ${e.message}`);
}
const pairs = (list, n) => Array.isArray(list) && list.every((e) => Array.isArray(e) && e.length === n && e.every((s) => typeof s === 'string'));
if (!map || Object.keys(map).sort().join() !== 'exports,imports' || !pairs(map.imports, 3) || !pairs(map.exports, 2))
  fail(`unexpected mapping format in ${mapPath} (wasm-opt changed its output?)`);
for (const [old, to] of [...map.imports.map(([, old, to]) => [old, to]), ...map.exports])
  if (!IDENT.test(old) || !IDENT.test(to)) fail(`not a plain identifier: ${old} -> ${to}`);

const wasm = new WebAssembly.Module(readFileSync(wasmPath));
const wasmImports = WebAssembly.Module.imports(wasm);
const wasmExports = new Set(WebAssembly.Module.exports(wasm).map((e) => e.name));
const modules = new Set(map.imports.map(([m]) => m));
const newModules = new Set(wasmImports.map((i) => i.module));
// wasm-opt puts every import into one module; the glue has one imports
// object per module, so more than one would need merging.
if (modules.size !== 1 || newModules.size !== 1)
  fail(`expected one import module before and after, got ${[...modules]} -> ${[...newModules]}`);
const [oldModule] = modules;
const [newModule] = newModules;
if (!IDENT.test(newModule)) fail(`module name ${newModule} is not a plain identifier`);

let glue = readFileSync(gluePath, 'utf8');

// The module: the one key of the object __wbg_get_imports returns.
const moduleKey = `"${oldModule.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": `;
if (glue.match(new RegExp(moduleKey, 'g'))?.length !== 1) fail(`module "${oldModule}" is not a key exactly once in the glue`);
glue = glue.replace(new RegExp(moduleKey), `${newModule}: `);

// Imports, each a key of the imports object ("  name: function(..."), and
// exports, each used as `wasm.name`: one pass each, so that no new name is
// renamed again.
const importTo = new Map(map.imports.map(([, old, to]) => [old, to]));
const exportTo = new Map(map.exports);
const seen = (counts, old) => counts.set(old, (counts.get(old) ?? 0) + 1);
const keys = new Map();
glue = glue.replace(/^([ \t]+)([A-Za-z_$][\w$]*)(?=: )/gm, (all, indent, name) =>
  importTo.has(name) ? (seen(keys, name), indent + importTo.get(name)) : all);
for (const old of importTo.keys())
  if (keys.get(old) !== 1) fail(`import ${old} is a key ${keys.get(old) ?? 0} times in the glue, not once`);
const uses = new Map();
glue = glue.replace(/(?<![\w$.])wasm\.([A-Za-z_$][\w$]*)(?![\w$])/g, (all, name) =>
  exportTo.has(name) ? (seen(uses, name), `wasm.${exportTo.get(name)}`) : all);
for (const old of exportTo.keys()) {
  if (!uses.has(old) && !UNUSED_EXPORTS.has(old)) fail(`export ${old} is not used as wasm.${old} in the glue`);
  if (uses.has(old) && UNUSED_EXPORTS.has(old)) fail(`export ${old} is used by the glue; drop it from UNUSED_EXPORTS`);
}

// Nothing left over, in the code without its comments (as esbuild prints
// it, whitespace only, no renaming): no old import name anywhere; no old
// export name as a property (`x.name`) or in a string (the glue's own
// functions that wrap exports have the exports' names; esbuild shortens
// those later).
const code = transformSync(glue, { format: 'esm', minifyWhitespace: true, legalComments: 'none' }).code;
for (const [, old] of map.imports) if (word(old).test(code)) fail(`import ${old} is still in the glue`);
for (const [old] of map.exports)
  if (word(old, '[.\'"`]').test(code)) fail(`export ${old} is still used by name in the glue`);
if (/\bwasm\[/.test(code)) fail('the glue indexes wasm[...]; names there would not be rewritten');
for (const [, name] of code.matchAll(/(?<![\w$.])wasm\.([\w$]+)/g))
  if (!wasmExports.has(name)) fail(`the glue uses wasm.${name}, which the wasm does not export`);
const provided = new Set(map.imports.map(([, , to]) => to));
for (const { name } of wasmImports) if (!provided.has(name)) fail(`the wasm imports ${newModule}.${name}, which the glue does not provide`);

writeFileSync(outPath, glue);
console.log(`minify-names: ${map.imports.length} imports, ${map.exports.length} exports, module "${oldModule}" -> "${newModule}"`);

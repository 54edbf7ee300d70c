#!/usr/bin/env node
// `npx program-fit validate config.json [more.json ...]`: checks configs as
// the widget does when it loads them, with the widget's own engine compiled
// to wasm (validate.wasm beside this file in the package, built by
// scripts/validator from src/engine), so it needs Node alone. It prints every problem with its JSON
// path, as the widget reports them, and exits with 1 when a config has any,
// 0 when all are good, and 2 when it cannot check (usage, an unreadable file).
import { existsSync, readFileSync } from 'node:fs';

const HERE = new URL('./', import.meta.url);
/** The first of `paths` (relative to this file) that exists: the package's layout, then the repository's. */
const found = (...paths) => paths.map((p) => new URL(p, HERE)).find((u) => existsSync(u)) ?? null;
const USAGE = `Usage: program-fit validate <config.json> [more.json ...]

Checks each config as the widget does when it loads it: its JSON, its shape
and its meaning (ids, costs, texts, URLs, the theme). Prints each problem with
its JSON path; exits with 1 if a config has any, 0 if all are good.`;

/** The shipped locale a config's default_locale names, as the loader fetches it: {name, text} or null. */
function shippedLocale(configText) {
  let tag;
  try {
    tag = JSON.parse(configText)?.default_locale;
  } catch {
    return null; // not JSON: the engine says where
  }
  if (typeof tag !== 'string') return null;
  const name = tag.toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(name)) return null;
  const file = found(`../dist/locales/${name}.json`, `../locales/${name}.json`);
  return file ? { name, text: readFileSync(file, 'utf8') } : null;
}

/** Runs the engine on one config's text: its problems, [{path, message}]. */
function check(module, configText) {
  // A fresh instance per config: nothing is freed within a run.
  const wasm = new WebAssembly.Instance(module, {}).exports;
  const bytes = (text) => {
    const data = new TextEncoder().encode(text);
    const at = wasm.pf_alloc(data.length);
    new Uint8Array(wasm.memory.buffer, at, data.length).set(data);
    return [at, data.length];
  };
  const shipped = shippedLocale(configText);
  const args = [...bytes(configText), ...(shipped ? [...bytes(shipped.name), ...bytes(shipped.text)] : [0, 0, 0, 0])];
  const at = wasm.pf_validate(...args);
  const length = new DataView(wasm.memory.buffer).getUint32(at, true);
  const answer = JSON.parse(new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, at + 4, length)));
  return answer.problems;
}

function main([command, ...files]) {
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || !files.length) {
    console.error(USAGE);
    return 2;
  }
  // In the package it lies beside this file; in the repository, scripts/validator builds it.
  const wasm = found('validate.wasm', '../target/pf-validate/validate.wasm');
  if (!wasm) {
    console.error('validate.wasm is missing: in the repository, build it with scripts/validator');
    return 2;
  }
  const module = new WebAssembly.Module(readFileSync(wasm));
  let status = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`${file}: cannot be read: ${e.message}`);
      status = 2;
      continue;
    }
    let problems;
    try {
      problems = check(module, text);
    } catch (e) {
      console.error(`${file}: the validator stopped on an internal error (${e.message}); please report it`);
      status = 2;
      continue;
    }
    if (!problems.length) {
      console.log(`${file}: no problems`);
      continue;
    }
    console.log(`${file}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
    for (const { path, message } of problems) console.log(`  ${path ? `${path}: ${message}` : message}`);
    status = Math.max(status, 1);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));

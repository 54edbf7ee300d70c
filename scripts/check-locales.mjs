#!/usr/bin/env node
// Checks locales/<lang>.json against texts.en in config/default.json.
// No dependencies. Usage: node scripts/check-locales.mjs [de es ...]
// (default: every *.json in locales/). Exit code 1 on any error.
//
// Checks, per locale file:
//  - valid JSON, 2-space indentation, trailing newline (file equals
//    JSON.stringify(obj, null, 2) + "\n");
//  - exactly the keys of texts.en minus fmt.* (fmt.group, fmt.money: numbers
//    and money are formatted by the browser's Intl API), in the same order;
//  - every value is a non-empty string without leading/trailing spaces
//    (list.and, a joint the engine inserts as is, has one space either side);
//  - placeholders {name} match the English ones per key (same names, same
//    count; order may differ);
//  - no value identical to English unless the key is on the locale's
//    allowed list below (loanwords, proper nouns, pure placeholders);
//    the allowed identical values are printed;
//  - register and punctuation warnings: informal address (de: du/dich/dir/
//    dein…, es: tú/tu/te/ti/contigo…), and English “…” quotes in German.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const en = JSON.parse(fs.readFileSync(path.join(root, 'config/default.json'), 'utf8')).texts.en;
// fmt.*: numbers and money are formatted by the browser's Intl API; firm.name:
// a name, the same in every language, so the shipped locales leave it to the
// config (NAME_KEYS in src/engine/config/texts.rs).
const REMOVED = (k) => k.startsWith('fmt.') || k === 'firm.name';
const expectedKeys = Object.keys(en).filter((k) => !REMOVED(k));

// Keys whose translation may equal the English text.
const SAME_AS_EN = {
  common: [
    'ui.check.number_unit', // "{value} {unit}": placeholders only
    'plan.part.one.coached', // "{format}": the format's own name says it
    'kind.coaching', 'kind.mentoring', // loanwords in both languages
    'ui.venn.coaching', 'ui.venn.mentoring',
  ],
  de: [
    'ui.pivot.kind.coaching', 'ui.pivot.kind.mentoring', // nouns, capitalised in German
    'q.launch.summary', // "Start"
  ],
  es: [
    'ui.pivot.kind.coaching', // "coaching"
    'ui.error.prefix', // "Error:" is Spanish too
    'ui.venn.table.no', 'q.internal_coaches.opt.none', 'q.line_managers.opt.no', // "No" is Spanish too
    'count.mentees.one', 'count.mentees.other', // "mentee", the loanword the Spanish texts use
  ],
};

// Keys the engine puts between two words as they are, so their spaces are
// part of them: list.and joins the last two formats (" and ", " und ").
const SPACED = ['list.and'];

// Informal-address patterns (whole words, case-insensitive).
const INFORMAL = {
  de: /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\b/i,
  es: /(^|[^\p{L}])(tú|tu|tus|te|ti|contigo|vosotros|vosotras|os)(?![\p{L}])/iu,
};

const placeholders = (s) => (s.match(/\{[a-z_]+\}/g) || []).sort();

function check(lang) {
  const file = path.join(root, 'locales', `${lang}.json`);
  const errors = [];
  const warnings = [];
  const same = [];
  const raw = fs.readFileSync(file, 'utf8');
  let t;
  try {
    t = JSON.parse(raw);
  } catch (e) {
    return { lang, errors: [`not valid JSON: ${e.message}`], warnings, same, count: 0 };
  }
  if (raw !== JSON.stringify(t, null, 2) + '\n') {
    errors.push('formatting: expected 2-space indentation and a trailing newline');
  }
  const keys = Object.keys(t);
  const missing = expectedKeys.filter((k) => !(k in t));
  const extra = keys.filter((k) => !expectedKeys.includes(k));
  missing.forEach((k) => errors.push(`missing key: ${k}`));
  extra.forEach((k) => errors.push(`extra key: ${k}`));
  if (!missing.length && !extra.length) {
    const i = keys.findIndex((k, n) => k !== expectedKeys[n]);
    if (i >= 0) errors.push(`key order differs from texts.en at position ${i}: ${keys[i]} (expected ${expectedKeys[i]})`);
  }
  const allowed = new Set([...SAME_AS_EN.common, ...(SAME_AS_EN[lang] || [])]);
  for (const k of keys) {
    const v = t[k];
    if (typeof v !== 'string') { errors.push(`${k}: not a string`); continue; }
    if (!v.trim()) { errors.push(`${k}: empty`); continue; }
    if (SPACED.includes(k)) {
      if (!/^ \S(.*\S)? $/.test(v)) errors.push(`${k}: must be a word with one space either side, like " and "`);
    } else if (v !== v.trim()) errors.push(`${k}: leading or trailing whitespace`);
    if (/ {2,}/.test(v)) warnings.push(`${k}: double space`);
    if (!(k in en)) continue;
    const a = placeholders(en[k]).join(' ');
    const b = placeholders(v).join(' ');
    if (a !== b) errors.push(`${k}: placeholders [${b}] differ from English [${a}]`);
    if (v === en[k]) {
      if (allowed.has(k)) same.push(`${k} = ${JSON.stringify(v)}`);
      else errors.push(`${k}: identical to English (${JSON.stringify(v)}) and not on the allowed list`);
    }
    const informal = INFORMAL[lang];
    if (informal && informal.test(v.replace(/\{[a-z_]+\}/g, ''))) warnings.push(`${k}: possible informal address: ${JSON.stringify(v)}`);
    if (lang === 'de' && /[“”]/.test(v.replace(/„[^“”]*“/g, ''))) warnings.push(`${k}: English-style quotes; German uses „…“`);
  }
  return { lang, errors, warnings, same, count: keys.length };
}

const args = process.argv.slice(2);
const langs = args.length
  ? args
  : fs.readdirSync(path.join(root, 'locales')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

let failed = false;
console.log(`texts.en: ${Object.keys(en).length} keys; expected per locale (without fmt.*): ${expectedKeys.length}`);
for (const lang of langs) {
  const r = check(lang);
  console.log(`\n${lang}: ${r.count} keys, ${r.errors.length} error(s), ${r.warnings.length} warning(s)`);
  r.errors.forEach((e) => console.log(`  ERROR   ${e}`));
  r.warnings.forEach((w) => console.log(`  warning ${w}`));
  if (r.same.length) {
    console.log(`  identical to English (allowed):`);
    r.same.forEach((s) => console.log(`    ${s}`));
  }
  if (r.errors.length) failed = true;
}
console.log(failed ? '\nFAIL' : '\nOK');
process.exit(failed ? 1 : 0);

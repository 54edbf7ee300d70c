#!/usr/bin/env node
// Lists the texts a locale lacks, which the widget shows in the config's
// default locale instead (marked with its lang, and named in one console
// warning). Usage:
//   node scripts/locale-gaps.mjs <locale> [config.json]
//   make locale-gaps LOCALE=de [CONFIG=path/to/config.json]
// The locale's table is locales/<locale>.json (when shipped) with the
// config's texts.<locale> over it, as in the browser. Prints one
// "key<TAB>default text" line per gap; exits 1 when there are gaps.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [locale, configPath] = process.argv.slice(2);
if (!locale) {
  console.error('usage: node scripts/locale-gaps.mjs <locale> [config.json]');
  process.exit(2);
}
const read = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const base = read(path.join(root, 'config/default.json'));
const custom = configPath ? read(configPath) : {};
// A custom config is an overlay: its tables merge into the default's, and
// a text set to null is removed.
const table = (name) => {
  const merged = { ...(base.texts?.[name] ?? {}), ...(custom.texts?.[name] ?? {}) };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null));
};
const defaultLocale = custom.default_locale ?? base.default_locale;
const shipped = path.join(root, 'locales', `${locale}.json`);
const have = { ...(fs.existsSync(shipped) ? read(shipped) : {}), ...table(locale) };
const wanted = table(defaultLocale);
// firm.name is a name, the same in every language: never a gap.
const gaps = locale === defaultLocale ? [] : Object.keys(wanted).filter((k) => !(k in have) && k !== 'firm.name');
for (const k of gaps) console.log(`${k}\t${wanted[k]}`);
console.error(`${locale}: ${gaps.length} of ${Object.keys(wanted).length} texts missing (shown in "${defaultLocale}")`);
process.exit(gaps.length ? 1 : 0);

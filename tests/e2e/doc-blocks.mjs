// The project's docs run as written: tests (and the host-page bench) take
// their snippets from README.md and docs/, so a doc that drifts from what
// works fails a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

/** The first ```lang block of `file` (a path from the repository's root) after `heading`. */
export function docBlock(file, lang, heading) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const at = text.indexOf(heading);
  if (at < 0) throw new Error(`${file} has no "${heading.trim()}"`);
  const m = text.slice(at).match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  if (!m) throw new Error(`${file} has no ${lang} block under "${heading.trim()}"`);
  return m[1];
}

// The README's way to fetch nothing of the widget before the host's load.
export const AFTER_LOAD_HEADING = '### Nothing of the widget before the page has loaded';
const README_LOADER = "'/program-fit/program-fit.js'";

/** The README's script that adds the loader at the page's load event, as
 * written there, with the loader at `src` (a path on the test's server). */
export function afterLoadScript(src) {
  const js = docBlock('README.md', 'js', AFTER_LOAD_HEADING);
  if (!js.includes(README_LOADER)) throw new Error(`README's after-load script no longer loads ${README_LOADER}`);
  return js.replace(README_LOADER, `'${src}'`);
}

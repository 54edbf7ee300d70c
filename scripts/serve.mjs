// `make serve`: the demo page (index.html) at http://127.0.0.1:8080 with the
// real embed bundle, which scripts/dist builds into dist/ first, and again
// whenever a source changes (src/, web/, styles/, config/, locales/,
// Cargo.toml, Cargo.lock); the page then reloads itself. Its lead form posts
// to a local endpoint on :8081 that prints every lead it receives.
//
// The files are served as the end-to-end tests serve them
// (tests/e2e/server.mjs: dist/, styles/, config/, examples/ beside the demo
// page), and every page under the strict Content-Security-Policy a careful
// host sends (the demo's with the lead endpoint added to connect-src), so a
// change that breaks under it shows here first. The live reload is a file of
// its own that only this server adds to the demo page: an EventSource on
// /__serve/events, which the policy allows (script-src and connect-src
// 'self').
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, STRICT_CSP, startServer } from '../tests/e2e/server.mjs';
import { startLeadEndpoint } from '../tests/e2e/lead-endpoint.mjs';

// PORT and LEAD_PORT move the two servers (0: any free port; the demo's
// lead form follows). PF_SERVE_BUILD replaces scripts/dist with another
// command (tests/e2e/serve.test.mjs, which tests the rest).
const PORT = Number(process.env.PORT ?? 8080);
const LEAD_PORT = Number(process.env.LEAD_PORT ?? 8081);
const BUILD = process.env.PF_SERVE_BUILD;
// What a change in rebuilds (folders, then files at the top); a change to
// index.html only reloads.
const SOURCES = ['src', 'web', 'styles', 'config', 'locales'];
const TOP_FILES = ['Cargo.toml', 'Cargo.lock', 'index.html'];
const RELOAD_JS = `// Added by scripts/serve.mjs (make serve) only: reload when dist/ is rebuilt.
const events = new EventSource('/__serve/events');
events.addEventListener('reload', () => location.reload());
events.addEventListener('failed', () => console.error('make serve: the build failed; the terminal says why'));
`;
const say = (line) => console.log(`serve: ${line}`);

/** scripts/dist, its output on this terminal; resolves to whether it worked. */
function build() {
  return new Promise((ok) => {
    const child = BUILD
      ? spawn(BUILD, { cwd: ROOT, stdio: 'inherit', shell: true })
      : spawn(join(ROOT, 'scripts/dist'), { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(e);
      ok(false);
    });
    child.on('exit', (code) => ok(code === 0));
  });
}

// The pages that listen for reloads.
const listeners = new Set();
function tell(event) {
  for (const res of listeners) res.write(`event: ${event}\ndata: \n\n`);
}

// One build at a time; changes during a build make one more after it.
let building = null;
let again = false;
async function rebuild(why) {
  if (building) {
    again = true;
    return;
  }
  say(`${why}: rebuilding dist/`);
  building = build();
  const ok = await building;
  building = null;
  if (again) {
    again = false;
    return rebuild('changed during the build');
  }
  say(ok ? 'dist/ rebuilt; reloading the page' : 'the build failed; fix it and save again');
  tell(ok ? 'reload' : 'failed');
}

let timer = 0;
function changed(what) {
  clearTimeout(timer);
  timer = setTimeout(what === 'index.html' ? () => tell('reload') : () => rebuild(`${what} changed`), 150);
}

say('building dist/ (scripts/dist)');
if (!(await build())) {
  say('the first build failed; see above');
  process.exit(1);
}

const leads = await startLeadEndpoint({ log: true, port: LEAD_PORT });
const demoCsp = STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${leads.origin}`);
const demo = async () =>
  (await readFile(join(ROOT, 'index.html'), 'utf8'))
    .replace('http://127.0.0.1:8081/lead', leads.url)
    .replace('</head>', '<script type="module" src="/__serve/reload.js"></script>\n</head>');
const server = await startServer({
  port: PORT,
  csp: true,
  routes: { '/': demo, '/index.html': demo, '/__serve/reload.js': RELOAD_JS },
  headers: { '/': { 'content-security-policy': demoCsp }, '/index.html': { 'content-security-policy': demoCsp } },
  streams: {
    '/__serve/events': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': make serve\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
    },
  },
});
for (const name of SOURCES) {
  watch(join(ROOT, name), { recursive: true }, (_, file) => changed(file ? `${name}/${file}` : name));
}
// The folder, not the files: an editor that saves by renaming replaces them.
watch(ROOT, (_, file) => TOP_FILES.includes(file) && changed(file));

say(`the demo page is at ${server.url('/')} (lead endpoint: ${leads.url}); Ctrl-C stops`);

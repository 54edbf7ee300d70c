// A tiny static server for the E2E tests: serves the demo page, dist/,
// styles/, config/, examples/ and the test fixtures from 127.0.0.1 on a random free port.
// Start two to get two origins (the iframe parent-origin tests need that).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The strict policy a careful host sends; the widget (and the config
 * editor) must run under it untouched. No `data:` images: nothing needs them. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// URL prefix → directory under ROOT. `/` alone is the demo page.
const MOUNTS = [
  ['/dist/', 'dist'],
  ['/styles/', 'styles'],
  ['/config/', 'config'],
  ['/fixtures/', 'tests/e2e/fixtures'],
  ['/examples/', 'examples'],
];

/**
 * Starts a server. Options:
 *  - csp: send STRICT_CSP on every HTML response (fixtures named `csp-*.html`
 *    and dist/frame.html always get it).
 *  - routes: { '/path': string | Buffer | () => string } extra generated
 *    files (e.g. broken configs derived from the default one); the MIME type
 *    follows the path's extension. A function may also return
 *    { status, body } (another status than 200), or a promise that never
 *    settles (a server that never answers).
 *  - headers: { '/path': { name: value } } extra response headers for a path
 *    (e.g. a frame.html variant's own content-security-policy).
 *  - mounts: [['/prefix/', '/abs/dir']] more folders to serve (e.g. dist/
 *    where a host would put it, or an unpacked release).
 *  - streams: { '/path': (req, res) => void } paths answered by a handler
 *    of their own (scripts/serve.mjs: its event stream).
 *  - port: the port to listen on (default: any free one), on 127.0.0.1.
 * Special paths: `/__drop` destroys the socket (a network failure);
 * `/__status/<code>` answers with that status; `/__redirect?to=<url>`
 * redirects there (302).
 * Returns { origin, port, url(path), close() }.
 */
export async function startServer({ csp = false, routes = {}, headers: extra = {}, mounts = [], streams = {}, port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const reqUrl = new URL(req.url, 'http://x');
      const path = decodeURIComponent(reqUrl.pathname);
      if (Object.hasOwn(streams, path)) {
        streams[path](req, res);
        return;
      }
      if (path === '/__drop') {
        req.socket.destroy();
        return;
      }
      if (path === '/__redirect') {
        res.writeHead(302, { location: reqUrl.searchParams.get('to'), 'access-control-allow-origin': '*' });
        res.end();
        return;
      }
      const status = path.match(/^\/__status\/(\d{3})$/);
      if (status) {
        res.writeHead(Number(status[1]), { 'content-type': 'text/plain' });
        res.end('status ' + status[1]);
        return;
      }
      let body;
      let code = 200;
      if (Object.hasOwn(routes, path)) {
        const r = routes[path];
        body = typeof r === 'function' ? await r() : r;
        if (body && typeof body === 'object' && !Buffer.isBuffer(body)) ({ status: code, body } = body);
      } else {
        const file = resolveFile(path, mounts);
        if (!file) return notFound(res);
        try {
          if ((await stat(file)).isDirectory()) return notFound(res);
          body = await readFile(file);
        } catch {
          return notFound(res);
        }
      }
      const ext = extname(path) || '.html';
      const headers = {
        'content-type': MIME[ext] || 'application/octet-stream',
        'cache-control': 'no-store',
        // The iframe tests load dist/ from a second origin.
        'access-control-allow-origin': '*',
      };
      const strict = csp || /\/csp-[^/]*\.html$/.test(path) || path === '/dist/frame.html';
      if (ext === '.html' && strict) headers['content-security-policy'] = STRICT_CSP;
      Object.assign(headers, extra[path]);
      res.writeHead(code, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    port: server.address().port,
    url: (p = '/') => origin + p,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function resolveFile(path, mounts) {
  if (path === '/' || path === '/index.html') return join(ROOT, 'index.html');
  for (const [prefix, dir] of [...mounts, ...MOUNTS]) {
    if (path.startsWith(prefix)) {
      const base = resolve(ROOT, dir);
      const file = normalize(join(base, path.slice(prefix.length)));
      return file.startsWith(base + '/') ? file : null;
    }
  }
  return null;
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

// `node tests/e2e/server.mjs` serves the demo by hand for a quick look.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await startServer({ csp: process.argv.includes('--csp') });
  console.log(`serving ${ROOT} at ${s.url('/')}`);
}

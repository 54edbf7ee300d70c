// A real lead endpoint for the tests (and `make serve`'s demo): a small
// Node HTTP server on its own origin that answers the CORS preflight,
// records every POST with its parsed JSON body, and answers each POST as
// scripted: 'ok' (201), a status code, 'drop' (the connection is destroyed:
// a network failure) or 'hang' (no answer at all: a timeout).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

export async function startLeadEndpoint({ log = false, port = 0 } = {}) {
  const requests = [];
  const preflights = [];
  const script = [];
  const hanging = new Set();
  const server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin || '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '0',
      vary: 'origin',
    };
    if (req.method === 'OPTIONS') {
      preflights.push({ path: req.url, origin: req.headers.origin, headers: req.headers['access-control-request-headers'] });
      res.writeHead(204, cors);
      res.end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { ...cors, allow: 'POST, OPTIONS' });
      res.end();
      return;
    }
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      let body = null;
      try {
        body = JSON.parse(raw);
      } catch {}
      requests.push({ path: req.url, contentType: req.headers['content-type'], cookie: req.headers.cookie, origin: req.headers.origin, body, raw });
      if (log) console.log(`lead endpoint: ${req.method} ${req.url}\n${JSON.stringify(body, null, 2)}`);
      const outcome = script.length ? script.shift() : 'ok';
      if (outcome === 'drop') {
        req.socket.destroy();
      } else if (outcome === 'hang') {
        hanging.add(res);
      } else {
        const status = outcome === 'ok' ? 201 : outcome;
        res.writeHead(status, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify(status < 300 ? { received: body?.idempotencyKey ?? null } : { error: 'scripted failure' }));
      }
    });
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + '/lead',
    requests,
    preflights,
    /** Queues outcomes for the next POSTs; after them, 'ok'. */
    respond: (...outcomes) => script.push(...outcomes),
    close: () =>
      new Promise((ok) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// `node tests/e2e/lead-endpoint.mjs [port]` runs one by hand, logging each lead.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const e = await startLeadEndpoint({ log: true, port: Number(process.argv[2] ?? 0) });
  console.log(`lead endpoint at ${e.url}`);
}

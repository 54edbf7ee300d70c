// A small W3C WebDriver client over fetch, plus launchers for the drivers
// (geckodriver, WebKitWebDriver) and for Xvfb. Only what the cross-engine
// suite needs; see https://www.w3.org/TR/webdriver2/ for the protocol.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** The key in a JSON value that marks a web element reference. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver key codes (Unicode private use points) for the keys the suite presses. */
export const KEY = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Space: '\uE00D',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
};

/**
 * How each engine is started: its driver binary and the capabilities it
 * needs; `printPage` says whether the driver implements Print Page.
 */
export const ENGINES = {
  firefox: {
    name: 'Firefox',
    driver: 'geckodriver',
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    needsDisplay: false,
    printPage: true,
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
      },
    },
  },
  webkit: {
    name: 'WebKit',
    driver: 'WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    needsDisplay: true,
    // WebKitWebDriver 2.50 answers "unknown command" to Print Page.
    printPage: false,
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} → ${status} ${value?.error ?? ''}: ${value?.message ?? JSON.stringify(value)}`);
    this.error = value?.error;
    this.status = status;
  }
}

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(method, path, res.status, { error: 'invalid json', message: text.slice(0, 200) });
  }
  if (!res.ok || (json.value && json.value.error)) throw new WebDriverError(method, path, res.status, json.value);
  return json.value;
}

/** A free TCP port on 127.0.0.1 (released again, so a driver can take it). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Spawns a child; `stop()` kills it (SIGTERM, then SIGKILL) and resolves when it exited. */
function child(cmd, args, env) {
  const proc = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (d) => {
    log = (log + d).slice(-8000);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  // Not installed, not executable: say so instead of crashing the run.
  let failed = null;
  proc.on('error', (e) => {
    failed = e;
    keep(`${cmd}: ${e.message}\n`);
  });
  // If the test process dies without cleaning up, take the child with it.
  const onExit = () => proc.kill('SIGKILL');
  process.once('exit', onExit);
  const exited = new Promise((ok) =>
    proc.on('exit', (code, signal) => {
      process.off('exit', onExit);
      ok({ code, signal });
    }),
  );
  return {
    proc,
    exited,
    log: () => log,
    failed: () => failed,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

/**
 * Starts Xvfb on a display number it picks itself (-displayfd), for browsers
 * that need an X display. Returns { display: ':N', stop() }.
 */
export async function startXvfb() {
  const x = child('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp']);
  const display = await new Promise((ok, fail) => {
    let out = '';
    const onData = (d) => {
      out += d;
      const m = out.match(/^(\d+)\n/);
      if (m) ok(':' + m[1]);
    };
    x.proc.stdout.on('data', onData);
    x.exited.then(({ code }) => fail(new Error(`Xvfb exited (${code}): ${x.log()}`)));
    x.proc.on('error', (e) => fail(new Error(`Xvfb did not start: ${e.message}`)));
    setTimeout(() => fail(new Error('Xvfb did not report a display in 20 s: ' + x.log())), 20000).unref();
  });
  return { display, stop: () => x.stop() };
}

/**
 * Starts the driver for `engine` (a key of ENGINES) on a free port and waits
 * until its /status says ready. Returns { url, stop(), log() }.
 */
export async function startDriver(engine, { env = {} } = {}) {
  const spec = ENGINES[engine];
  const port = await freePort();
  const d = child(spec.driver, spec.args(port), env);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (d.proc.exitCode !== null || d.failed()) {
      throw new Error(`${spec.driver} did not start (${d.proc.exitCode ?? d.failed().code}): ${d.log()}`);
    }
    try {
      const status = await request(url, 'GET', '/status');
      if (status.ready) break;
    } catch (e) {
      if (!(e.cause?.code === 'ECONNREFUSED' || e instanceof TypeError)) throw e;
    }
    if (Date.now() > deadline) {
      await d.stop();
      throw new Error(`${spec.driver} not ready after 30 s: ${d.log()}`);
    }
    await sleep(100);
  }
  return { url, stop: () => d.stop(), log: d.log };
}

/** Opens a session on a started driver. */
export async function newSession(driverUrl, capabilities) {
  const value = await request(driverUrl, 'POST', '/session', {
    capabilities: { alwaysMatch: capabilities },
  });
  return new Session(driverUrl, value.sessionId, value.capabilities);
}

/**
 * Everything the browser (driver, display, session) for one engine needs,
 * started in order; `close()` stops all of it, whatever failed.
 */
export async function launch(engine) {
  const spec = ENGINES[engine];
  const stops = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const env = {};
    if (spec.needsDisplay) {
      const x = await startXvfb();
      stops.push(x.stop);
      env.DISPLAY = x.display;
    }
    const driver = await startDriver(engine, { env });
    stops.push(driver.stop);
    const session = await newSession(driver.url, spec.capabilities);
    stops.push(() => session.delete());
    return { session, driver, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** A WebDriver session. Element references are passed around as plain ids. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  delete() {
    return request(this.base, 'DELETE', `/session/${this.id}`);
  }

  /** Navigates and waits for the page to load (the driver's default page load strategy). */
  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  refresh() {
    return this.cmd('POST', '/refresh', {});
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  /** Runs a function body synchronously in the page; `arguments` holds `args`. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs a function body whose last argument is a callback to call with the result. */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  /** Finds one element by CSS selector in the document; returns its id. */
  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  click(elementId) {
    return this.cmd('POST', `/element/${elementId}/click`, {});
  }

  /** Element Send Keys: focuses the element and types `text` into it. */
  sendKeys(elementId, text) {
    return this.cmd('POST', `/element/${elementId}/value`, { text });
  }

  /** Presses and releases each key in order (Actions API), holding `modifier` if given. */
  async keys(keys, { modifier } = {}) {
    const actions = [];
    if (modifier) actions.push({ type: 'keyDown', value: modifier });
    for (const k of keys) actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k });
    if (modifier) actions.push({ type: 'keyUp', value: modifier });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Types a string character by character through the Actions API. */
  type(text) {
    return this.keys([...text]);
  }

  /** Print Page: a base64 PDF, where the driver implements it. */
  print(options = {}) {
    return this.cmd('POST', '/print', options);
  }

  /**
   * Polls `script` (a function body returning a value) until it returns
   * something truthy; returns that value. Throws with `what` after `timeout` ms:
   * 60 s by default, as these run beside the Chromium suite (scripts/test-browsers)
   * and WebKit under Xvfb once took over 20 s to show a step.
   */
  async waitFor(script, args = [], { timeout = 60000, what = script } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.execute(script, args);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
      await sleep(50);
    }
  }
}

// What a page keeps alive, for the tests of what a single-page app leaves
// behind (leak.test.mjs, lifecycle.test.mjs): forced garbage collection and
// the counts after it. Chromium must run with --js-flags=--expose-gc.
import { newPage } from './helpers.mjs';

/** A page at `url` with a CDP session for GC and metrics: `{p, cdp}`. */
export async function openHost(browser, url) {
  const p = await newPage(browser);
  await p.goto(url);
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  return { p, cdp };
}

/**
 * Forces full collections, letting the event loop turn in between so that
 * WeakRef targets touched in earlier jobs are no longer kept alive.
 */
export async function collectGarbage({ p, cdp }) {
  for (let i = 0; i < 3; i++) {
    await p.evaluate(() => new Promise((ok) => setTimeout(ok, 0)).then(() => window.gc()));
    await cdp.send('HeapProfiler.collectGarbage');
  }
}

/** Bytes in every WebAssembly.Memory of the page, found through the inspector. */
async function wasmMemory(cdp) {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  return result.value;
}

/** Live event listeners, DOM nodes, JS heap and wasm memory after a forced GC. */
export async function counts(host) {
  await collectGarbage(host);
  const { metrics } = await host.cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return { listeners: m.JSEventListeners, nodes: m.Nodes, heap: m.JSHeapUsedSize, wasm: await wasmMemory(host.cdp) };
}

// The harness page's script (see harness.html). Exposes `window.harness` to bench/browser.mjs.

const params = new URLSearchParams(location.search);
const gluePath = params.get('glue') || '/dist/csm-frontend.js';
const exportPath = params.get('export') || '/work/export.json';

const glue = await import(gluePath);

/** Resolves when `element` carries data-state="ready" (or rejects on "error"). */
function whenReady(element) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const state = element.getAttribute('data-state');
      if (state === 'ready') return resolve(performance.now());
      // "empty" comes first, for a moment, before the load starts: only "error" is final.
      if (state === 'error') return reject(new Error('dashboard state error'));
      return undefined;
    };
    const observer = new MutationObserver(() => {
      if (check() !== undefined) observer.disconnect();
    });
    observer.observe(element, { attributes: true, attributeFilter: ['data-state'] });
    if (check() !== undefined) observer.disconnect();
  });
}

let wasm;
let bytes;

window.harness = {
  /** Fetches the export and starts the wasm; returns the timings of both. */
  async setup() {
    const t0 = performance.now();
    bytes = new Uint8Array(await (await fetch(exportPath)).arrayBuffer());
    const t1 = performance.now();
    wasm = await glue.default({ module_or_path: new URL(gluePath.replace(/\.js$/, '_bg.wasm'), location.href) });
    const t2 = performance.now();
    return { bytes: bytes.length, fetchMs: t1 - t0, wasmInitMs: t2 - t1, wasmMemory: wasm.memory.buffer.byteLength };
  },

  /** TextDecoder + JSON.parse of the export (the result is kept until the next call). */
  jsonParse() {
    const t0 = performance.now();
    const text = new TextDecoder().decode(bytes);
    const t1 = performance.now();
    window.parsed = JSON.parse(text);
    const t2 = performance.now();
    return { decodeMs: t1 - t0, parseMs: t2 - t1, totalMs: t2 - t0 };
  },

  /** Drops the parsed object. */
  dropParsed() {
    window.parsed = undefined;
  },

  /**
   * Mounts a dashboard on the bytes and waits for the summary to be rendered. Returns the time and
   * the wasm memory after it; `keep` leaves the dashboard mounted (for memory readings).
   */
  async mount(keep = false) {
    const slot = document.getElementById('slot');
    const element = document.createElement('div');
    element.setAttribute('data-csm-routing', 'memory');
    slot.replaceChildren(element);
    const t0 = performance.now();
    const board = glue.mount(element, { snapshot: bytes });
    const ready = await whenReady(element);
    await new Promise((r) => requestAnimationFrame(() => r()));
    const painted = performance.now();
    const visible = element.querySelector('[data-testid="headline"]')?.textContent ?? '';
    const result = {
      readyMs: ready - t0,
      frameMs: painted - t0,
      headline: visible.slice(0, 60),
      wasmMemory: wasm.memory.buffer.byteLength,
    };
    if (!keep) {
      board.unmount();
      element.remove();
    } else {
      window.board = board;
    }
    return result;
  },
};

window.dispatchEvent(new Event('harness-ready'));

// Loads the board dashboard and exposes its embedding API. Copied to dist/boot.js by index.html
// and loaded as an external module (`<script type="module" src="boot.js">`), so the served build
// needs no inline script and runs under `script-src 'self' 'wasm-unsafe-eval'` (docs/DELIVERY.md).
//
// Starting the wasm mounts a dashboard into every `[data-csm-dashboard]` element already on the page.
// For elements a host page creates itself:
//
//   await window.csmDashboard.ready;
//   const board = window.csmDashboard.mount(element, { src: 'exports/b-company.json', lang: 'en', routing: 'memory' });
//   board.unmount();
//
// `ready` rejects if the dashboard cannot start; the event `csm-dashboard-ready` fires on `window`
// when it can be used (for scripts that run before this one). The wasm and glue are found next to
// this file, wherever the host page itself lives.

import init, { mount } from './csm-frontend.js';

const wasmUrl = new URL('csm-frontend_bg.wasm', import.meta.url);

let loaded = false;
let started;
const ready = new Promise((resolve, reject) => {
  started = { resolve, reject };
});
// Never an unhandled rejection: hosts that care await `ready`; the error is logged below.
ready.catch(() => {});

const api = Object.freeze({
  /** Resolves once the wasm has started (and the declarative hosts are mounted). */
  ready,
  /**
   * Mounts a dashboard into `element`. `options`: { src?: string, snapshot?: string | Uint8Array |
   * ArrayBuffer, lang?: 'ja' | 'en', routing?: 'hash' | 'memory' }. Returns a handle with
   * `unmount()` and `element`. Throws if called before `ready`, with unknown options, or on an
   * element that already holds a dashboard.
   */
  mount(element, options) {
    if (!loaded) throw new Error('csm: the dashboard has not started yet; await csmDashboard.ready first');
    return mount(element, options);
  },
});

if (window.csmDashboard === undefined) {
  Object.defineProperty(window, 'csmDashboard', { value: api, enumerable: false });
  try {
    await init({ module_or_path: wasmUrl });
    loaded = true;
    started.resolve(api);
    window.dispatchEvent(new CustomEvent('csm-dashboard-ready', { detail: api }));
  } catch (error) {
    console.error('csm: the dashboard could not start', error);
    started.reject(error);
  }
} else {
  console.warn('csm: boot.js was loaded twice on this page; the second copy does nothing');
}

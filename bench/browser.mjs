// Browser benchmark of the board dashboard on a large export, in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core). Prints a table of medians; asserts nothing beyond the
// pages showing the figures `csm summary` computes. docs/PERFORMANCE.md explains every row.
//
//   node bench/browser.mjs [--runs N] [--export FILE] [--dist DIR] [--named DIR] [--out DIR] [--json FILE]
//
//   --runs N      repetitions of each measurement (default 5); the table shows medians (and min–max)
//   --export FILE the export to measure; default: `csm generate --subsidiaries 300 --risks 20000
//                 --quarters 40 --seed 1` (about 26 MB; smaller parameters if that fails or exceeds
//                 the loader's 64 MiB limit, and the table says so)
//   --dist DIR    the dashboard build (default dist/, from `trunk build --release`)
//   --named DIR   a copy of the build whose wasm keeps its name section (dist/ with csm-frontend.js
//                 and csm-frontend_bg.wasm from `wasm-bindgen --keep-debug`; scripts/bench makes it):
//                 with it, one mount, one quarter switch and one register opening are CPU-profiled
//                 (CDP Profiler) and their time attributed to parse, validate, summary, SHA-256 and
//                 rendering
//   --out DIR     where the export, the board pack and the baseline page go (default target/bench)
//   --json FILE   also write the headline figures as one JSON object (scripts/bench --json adds the
//                 native and size figures to it)
//   --no-firefox  skip the Firefox ESR first-render run
//   --no-group    skip the group section (g1–g4 below)
//   --group-only  measure the group section only (no flagship export, no harness, no Firefox)
//   --group-subsidiaries N  the group section's subsidiaries (default 299: 300 companies); the sweep of
//                 docs/PERFORMANCE.md runs 9, 99 and 299
// Environment: CSM_BIN (an installed csm; default `cargo run -q --release -p csm-cli --`),
// CHROMIUM_PATH (default /usr/bin/chromium), FIREFOX_PATH (default /usr/bin/firefox-esr).
// scripts/bench builds what is missing and runs this.
//
// Measured, in one browser session:
//   (a+b)  harness page on http://127.0.0.1 (bench/harness.html): csmDashboard.mount(element,
//          { snapshot: bytes }) until data-state="ready" — bytes → validated snapshot → summary →
//          first render of the summary, all in wasm; beside it the browser's TextDecoder + JSON.parse
//          of the same bytes. The app's performance marks (csm:load:start, csm:load:end,
//          csm:hash:end, csm:summary:end, csm:render:end) split the board pack's load into stages.
//   (c)    first render from file:// of a one-file board pack (`csm bundle`) of the export:
//          navigation start → data-state="ready" with the headline and expected loss visible; beside
//          it bench/baseline.html filled with the same export the same way (base64 data block).
//   (d)    quarter switch: performance.now() before dispatching `change` on the quarter select → the
//          first animation frame at which the DOM shows the new quarter.
//   (e)    #/risks navigation → the first animation frame with risk register rows.
//   (f)    register sort: click on a column header → the first animation frame whose first row and
//          aria-sort show the new order.
//   (c')   (c) again in Firefox ESR (puppeteer-core over WebDriver BiDi), if it is installed.
//   memory JS heap (CDP Performance.getMetrics) + WebAssembly memory (every WebAssembly.Memory of the
//          page, found with CDP Runtime.queryObjects) + the renderer's resident set, against the
//          export's size.
// The group section (issue 17, in a browser of its own): `csm generate --subsidiaries 299 --quarters 4
// --seed 1 --separate DIR` (300 companies, each a year of quarters and 66 risks at the last — 19,800 in the
// group — about 140 KB an export, 42 MB in all), `csm bundle DIR/*.json` → one group board pack
// (target/bench/group-pack.html), opened from file:// in Chromium:
//   (g1)   first render: navigation start → data-state="ready" with the group view's comparison table
//          rows visible; memory after it (as above), against the exports' total size
//   (g2)   the companies tables' next page (and back): click on the pager → the frame showing the page;
//          n/a when the group fits on one page (50 companies or fewer: the pager's buttons are disabled)
//   (g3)   a sort (overall maturity, most reds, alternately): click → the frame showing the new order
//   (g4)   a company's name cell → its dashboard's summary (headline) visible; and "back" → the group
//          view's rows visible
//   floor  what a page switch costs without the framework: the paged cards' HTML (the three company
//          tables and the radar) put back with template.innerHTML + replaceWith and laid out
// The page must show what `csm compare --format json` says of the same files (companies, compared).
// Each group step waits at most STEP_TIMEOUT (60 s; a first render TIMEOUT, 300 s) and then fails with
// the step's name; the steps are announced on stderr as they start.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const LOADER_LIMIT = 64 * 1024 * 1024;
const TIMEOUT = 300_000;
/** The longest a group interaction (a page, a sort, a company, back) may take before its step fails. */
const STEP_TIMEOUT = 60_000;
const FLAGSHIP = ['--subsidiaries', '300', '--risks', '20000', '--quarters', '40', '--seed', '1'];
/** The group section's companies: the parent and `subsidiaries` (default 299), a year of quarters each. */
const group = (subsidiaries) => ['--subsidiaries', String(subsidiaries), '--quarters', '4', '--seed', '1'];
const FALLBACKS = [
  ['--subsidiaries', '300', '--risks', '10000', '--quarters', '40', '--seed', '1'],
  ['--subsidiaries', '100', '--risks', '5000', '--quarters', '20', '--seed', '1'],
];

// ---------- arguments ----------

function parseArgs(argv) {
  const opts = { runs: 5, export: null, dist: join(ROOT, 'dist'), named: null, out: join(ROOT, 'target', 'bench'), json: null, firefox: true, group: true, groupOnly: false, groupSubsidiaries: 299 };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (key) {
      case '--runs': opts.runs = Math.max(1, Number.parseInt(value(), 10) || 5); break;
      case '--export': opts.export = resolve(value()); break;
      case '--dist': opts.dist = resolve(value()); break;
      case '--named': opts.named = resolve(value()); break;
      case '--out': opts.out = resolve(value()); break;
      case '--json': opts.json = resolve(value()); break;
      case '--no-firefox': opts.firefox = false; break;
      case '--no-group': opts.group = false; break;
      case '--group-only': opts.groupOnly = true; break;
      case '--group-subsidiaries': opts.groupSubsidiaries = Math.max(1, Number.parseInt(value(), 10) || 299); break;
      case '-h': case '--help':
        {
          const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
          const end = lines.findIndex((l) => !l.startsWith('//'));
          console.log(lines.slice(0, end).map((l) => l.slice(3)).join('\n'));
        }
        process.exit(0);
        break;
      default: throw new Error(`unknown argument ${argv[i]} (try --help)`);
    }
  }
  return opts;
}

// ---------- csm ----------

function csm(args) {
  const [cmd, ...pre] = process.env.CSM_BIN ? [process.env.CSM_BIN] : ['cargo', 'run', '-q', '--release', '-p', 'csm-cli', '--'];
  const r = spawnSync(cmd, [...pre, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

function generateExport(out) {
  const file = join(out, 'export.json');
  const notes = [];
  for (const params of [FLAGSHIP, ...FALLBACKS]) {
    const r = csm(['generate', ...params, '-o', file]);
    if (!r.ok) {
      notes.push(`csm generate ${params.join(' ')} failed: ${r.stderr.trim().split('\n').pop()}`);
      continue;
    }
    const size = statSync(file).size;
    if (size > LOADER_LIMIT) {
      notes.push(`csm generate ${params.join(' ')} wrote ${size} bytes, over the loader's 64 MiB limit`);
      continue;
    }
    return { file, params: params.join(' '), notes };
  }
  throw new Error(`no export could be generated:\n${notes.join('\n')}`);
}

// ---------- statistics and printing ----------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const cell = (s) => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)}, n=${s.n})`;

// ---------- a loopback server for the harness ----------

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

async function serve(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    if (!mount) return res.writeHead(404).end();
    const root = mounts[mount];
    const file = normalize(join(root, path.slice(mount.length)));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    return res.end(readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

// ---------- memory ----------

/** JS heap (used), WebAssembly memory and the renderer's resident set of `page`. */
async function memory(browserCdp, cdp) {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  const sum = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId,
    functionDeclaration: 'function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  let rss = 0;
  try {
    const info = await browserCdp.send('SystemInfo.getProcessInfo');
    for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
      const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss = Math.max(rss, kb * 1024);
    }
  } catch {
    rss = 0; // not Linux, or the process list is unavailable
  }
  return { jsHeap: metric('JSHeapUsedSize'), wasm: sum.result.value ?? 0, rss };
}

// ---------- profile attribution ----------

const CATEGORIES = [
  ['reading the embedded export (services::source::from_host: textContent, base64)', /services::source::from_host|decode_base64/],
  ['wasm start (__wbg_init: base64 of the wasm, compile, instantiate)', /__wbg_init|initSync/],
  ['validate (csm_core::snapshot::validate)', /csm_core::snapshot::validate/],
  ['parse (csm_core::snapshot::load: serde_json, serde_path_to_error)', /csm_core::snapshot::load|serde_json|serde_path_to_error/],
  ['SHA-256 of the export', /sha2::/],
  ['board summary and views\' core calls (csm_core engine)', /csm_core::/],
  ['rendering (yew, csm_frontend, DOM calls)', /yew::|csm_frontend|__wbg_|web_sys|js_sys/],
];

function attribute(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map();
  const add = (k, v) => totals.set(k, (totals.get(k) ?? 0) + v);
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const names = [];
    for (let n = id; n !== undefined; n = parent.get(n)) names.push(byId.get(n).callFrame.functionName);
    const hit = CATEGORIES.find(([, rx]) => names.some((name) => rx.test(name)));
    if (hit) return add(hit[0], dt);
    const leaf = names[0] || '(anonymous)';
    if (leaf === '(garbage collector)') return add('garbage collection', dt);
    if (leaf === '(idle)') return add('idle (waiting for the next task or frame)', dt);
    if (leaf === '(program)') return add('browser native work (HTML parsing, style, layout, paint, wasm memory growth, copies)', dt);
    if (leaf === 'getClientRects') return add('style + layout of the new DOM, forced by the probe (getClientRects)', dt);
    if (process.env.CSM_BENCH_DEBUG) add(`  js: ${names.slice(0, 4).join(' < ')}`, dt);
    return add('other JavaScript', dt);
  });
  const window = (profile.endTime - profile.startTime) / 1000;
  const parts = [...totals.entries()].sort((a, b) => b[1] - a[1]).filter(([k, v]) => !k.startsWith('  js') || v > 5);
  return [...parts, [`profile window (start → stop, includes the CDP round trips)`, window]];
}

/** Runs `action` on `page` under the CPU profiler; returns its result and the attribution. */
async function profiled(cdp, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  return { result, parts: attribute(profile) };
}

// ---------- the page measurements ----------

const READY = '[data-csm-dashboard][data-state="ready"]';

/** Opens `url` in a fresh page; returns ms from navigation start to "ready + figures visible". */
async function firstRender(browser, url, readyTest) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
  const handle = await page.waitForFunction(readyTest, null, { polling: 'raf', timeout: TIMEOUT });
  const at = await handle.jsonValue();
  return { context, page, ms: at, errors };
}

const bundleReady = () => {
  const host = document.querySelector('[data-csm-dashboard]');
  const state = host?.getAttribute('data-state');
  if (state === 'error') return { error: state }; // "empty" comes first, for a moment

  const headline = document.querySelector('[data-testid="headline"]');
  const loss = document.querySelector('[data-testid="expected-loss"]');
  const visible = (el) => el && el.getClientRects().length > 0 && el.textContent.trim() !== '';
  return state === 'ready' && visible(headline) && visible(loss) ? performance.now() : false;
};

const baselineReady = () => {
  const board = document.getElementById('board');
  const state = board?.dataset.state;
  if (state === 'error' || state === 'empty') return { error: state };
  const loss = board.querySelector('[data-testid="expected-loss"]');
  return state === 'ready' && loss.getClientRects().length > 0 && loss.textContent !== '' ? performance.now() : false;
};

/** Switches the quarter select to `quarter`; ms until a frame shows it (and the dispatch alone). */
async function switchQuarter(page, quarter) {
  return page.evaluate(async (q) => {
    const select = document.querySelector('[data-testid="quarter-select"]');
    const shown = select.parentElement.querySelector('.csm-print-only');
    const before = shown?.textContent;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    select.value = q;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const dispatched = performance.now() - t0;
    for (let i = 0; i < 10_000; i++) {
      await frame();
      const changed = shown ? shown.textContent !== before : location.hash.includes(`q=${q}`);
      if (changed && select.value === q) {
        const at = performance.now() - t0;
        await frame(); // the frame that styled, laid out and painted it has ended
        return { ms: at, painted: performance.now() - t0, dispatched };
      }
    }
    throw new Error(`the page never showed ${q}`);
  }, quarter);
}

/** Navigates to `hash`; ms until a frame shows `selector`. */
async function navigate(page, hash, selector) {
  return page.evaluate(async ([h, sel]) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    location.hash = h;
    for (let i = 0; i < 10_000; i++) {
      await frame();
      const el = document.querySelector(sel);
      if (el && el.getClientRects().length > 0 && (el.checkVisibility?.() ?? true)) {
        const at = performance.now() - t0;
        await frame(); // the frame that painted it has ended
        return { ms: at, painted: performance.now() - t0, rows: document.querySelectorAll(sel).length };
      }
    }
    throw new Error(`${sel} never appeared after ${h}`);
  }, [hash, selector]);
}

/**
 * On the register, clicks the sort button of `column`; ms until a frame shows the new order (the
 * header's aria-sort changed and the rows re-rendered), and to the end of the following frame.
 */
async function sortRegister(page, column) {
  return page.evaluate(async (code) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const button = document.querySelector(`[data-testid="sort-${code}"]`);
    const th = button.closest('th');
    const before = th.getAttribute('aria-sort');
    const firstBefore = document.querySelector('[data-testid="risk-row"]');
    const t0 = performance.now();
    button.click();
    for (let i = 0; i < 10_000; i++) {
      await frame();
      const now = document.querySelector(`[data-testid="sort-${code}"]`)?.closest('th');
      const first = document.querySelector('[data-testid="risk-row"]');
      if (now && now.getAttribute('aria-sort') !== before && first && first.getClientRects().length > 0) {
        const at = performance.now() - t0;
        await frame();
        return { ms: at, painted: performance.now() - t0, moved: first !== firstBefore || first.dataset.riskId !== firstBefore?.dataset.riskId };
      }
    }
    throw new Error(`the register never showed the sort by ${code}`);
  }, column);
}

/** The app's performance marks of the page's first load, as stage durations (ms). */
async function stages(page) {
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const names = ['csm:load:start', 'csm:load:end', 'csm:hash:end', 'csm:summary:end', 'csm:render:end'];
    const t = Object.fromEntries(names.map((n) => [n, at(n)]));
    if (names.some((n) => t[n] === undefined)) return null;
    return {
      before_load: t['csm:load:start'],
      load: t['csm:load:end'] - t['csm:load:start'],
      hash: t['csm:hash:end'] - t['csm:load:end'],
      summary: t['csm:summary:end'] - t['csm:hash:end'],
      render: t['csm:render:end'] - t['csm:summary:end'],
    };
  });
}

/** First render of the board pack and of the baseline page in Firefox ESR, `runs` times each. */
async function firefoxFirstRender(runs, packFile, baselineFile) {
  const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) return { skipped: `no ${executablePath}` };
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (e) {
    return { skipped: `puppeteer-core is not installed (${e.message})` };
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, protocol: 'webDriverBiDi', defaultViewport: null, args: ['--width=1440', '--height=1000'] });
  const version = await browser.version();
  const once = async (file, ready) => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    // The board pack's Content-Security-Policy forbids the Function() that waitForFunction uses, so
    // poll with evaluate (a BiDi call, not an eval in the page) every ~16 ms.
    let at = false;
    for (const start = Date.now(); at === false && Date.now() - start < TIMEOUT;) {
      at = await page.evaluate(ready);
      if (at === false) await new Promise((r) => setTimeout(r, 16));
    }
    await page.close();
    if (typeof at !== 'number') throw new Error(`Firefox: ${file}: ${JSON.stringify(at)}`);
    return at;
  };
  const pack = [];
  const base = [];
  try {
    for (let i = 0; i < runs; i++) {
      base.push(await once(baselineFile, baselineReady));
      pack.push(await once(packFile, bundleReady));
    }
  } finally {
    await browser.close();
  }
  return { version, pack: stat(pack), base: stat(base) };
}

// ---------- the group section (issue 17) ----------

const GROUP_VIEW = '[data-testid="view-group"]';
/** Companies per page of the group view (frontend/src/views/group.rs `PAGE`). */
const PAGE = 50;

/** Announces a group step on stderr (the table goes to stdout at the end), with the time since the start. */
const stepStart = Date.now();
const step = (what) => process.stderr.write(`  [group ${((Date.now() - stepStart) / 1000).toFixed(0)} s] ${what}\n`);

/** The group view's comparison table shows its rows (runs in the page; a number when it does). */
const groupReady = () => {
  const host = document.querySelector('[data-csm-dashboard]');
  const state = host?.getAttribute('data-state');
  if (state === 'error') return { error: state };
  const row = document.querySelector('[data-testid="view-group"] .csm-group-table [data-testid="group-row"]');
  return state === 'ready' && row && row.getClientRects().length > 0 ? performance.now() : false;
};

/** The rows of the comparison table now (positions, in order). */
const groupRows = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid="view-group"] .csm-group-table [data-testid="group-row"]')].map((r) => Number(r.dataset.position)));

/**
 * Clicks the group pager's button `which` (0 previous, 1 next); ms until a frame shows page `to` (the
 * pager says so and the table's first row is another company), and to the end of the following frame.
 * Fails at once when the button is missing or disabled, and after STEP_TIMEOUT without the page.
 */
async function groupPage(page, which, to) {
  return page.evaluate(async ([w, target, limit]) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const first = () => document.querySelector('[data-testid="view-group"] .csm-group-table [data-testid="group-row"]');
    const before = first()?.dataset.position;
    const button = document.querySelector('[data-testid="view-group"] [data-testid="group-pager"]')?.querySelectorAll('button')[w];
    const name = w ? 'next' : 'previous';
    if (!button) throw new Error(`(g2) page ${target}: the group view has no ${name}-page button`);
    if (button.disabled) throw new Error(`(g2) page ${target}: the group pager's ${name}-page button is disabled`);
    const t0 = performance.now();
    button.click();
    while (performance.now() - t0 < limit) {
      await frame();
      const pager = document.querySelector('[data-testid="view-group"] [data-testid="group-pager"]');
      const row = first();
      if (pager?.dataset.page === String(target) && row && row.dataset.position !== before && row.getClientRects().length > 0) {
        const at = performance.now() - t0;
        await frame();
        return { ms: at, painted: performance.now() - t0 };
      }
    }
    throw new Error(`(g2) the group view did not show page ${target} within ${limit / 1000} s of a click on ${name}`);
  }, [which, to, STEP_TIMEOUT]);
}

/** Whether the group view has a page after the one shown (its pager's next button is enabled). */
const groupHasNextPage = (page) => page.evaluate(() => {
  const next = document.querySelector('[data-testid="view-group"] [data-testid="group-pager"]')?.querySelectorAll('button')[1];
  return Boolean(next && !next.disabled);
});

/** Clicks the group's sort button `index` (in .csm-sorts); ms until a frame shows it pressed with rows. */
async function groupSort(page, index) {
  return page.evaluate(async ([n, limit]) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const rows = () => [...document.querySelectorAll('[data-testid="view-group"] .csm-group-table [data-testid="group-row"]')];
    const before = rows().map((r) => r.dataset.position).join();
    const target = document.querySelectorAll('[data-testid="view-group"] .csm-sorts button')[n];
    if (!target) throw new Error(`(g3) the group view has no sort button ${n}`);
    const t0 = performance.now();
    target.click();
    while (performance.now() - t0 < limit) {
      await frame();
      const button = document.querySelectorAll('[data-testid="view-group"] .csm-sorts button')[n];
      const now = rows();
      if (button?.getAttribute('aria-pressed') === 'true' && now[0]?.getClientRects().length > 0) {
        const at = performance.now() - t0;
        await frame();
        return { ms: at, painted: performance.now() - t0, moved: now.map((r) => r.dataset.position).join() !== before };
      }
    }
    throw new Error(`(g3) the group view did not show sort ${n} pressed within ${limit / 1000} s`);
  }, [index, STEP_TIMEOUT]);
}

/**
 * Clicks `selector` (in the page); ms until a frame shows `ready` visible (and non-empty). `step` names
 * the step in an error (no `selector`, or no `ready` within STEP_TIMEOUT).
 */
async function clickUntil(page, selector, ready, step) {
  return page.evaluate(async ([sel, want, limit, name]) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const target = document.querySelector(sel);
    if (!target) throw new Error(`${name}: no ${sel}`);
    const t0 = performance.now();
    target.click();
    while (performance.now() - t0 < limit) {
      await frame();
      const el = document.querySelector(want);
      // checkVisibility: a kept, hidden view (content-visibility: hidden) still has boxes.
      if (el && el.getClientRects().length > 0 && (el.checkVisibility?.() ?? true) && el.textContent.trim() !== '') {
        const at = performance.now() - t0;
        await frame();
        return { ms: at, painted: performance.now() - t0 };
      }
    }
    throw new Error(`${name}: ${want} did not appear within ${limit / 1000} s of a click on ${sel}`);
  }, [selector, ready, STEP_TIMEOUT, step]);
}

/**
 * The group section: generates the group, bundles it, measures (g1)–(g4) in a Chromium of its own.
 * Returns the figures (and `failures`, where the page disagrees with `csm compare`).
 */
async function groupBench(opts) {
  const dir = join(opts.out, 'group');
  rmSync(dir, { recursive: true, force: true });
  const GROUP = group(opts.groupSubsidiaries);
  const gen = csm(['generate', ...GROUP, '--separate', dir]);
  if (!gen.ok) throw new Error(`csm generate ${GROUP.join(' ')} --separate failed: ${gen.stderr}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  const exportsBytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const packFile = join(opts.out, 'group-pack.html');
  const bundled = csm(['bundle', ...files, '-o', packFile, '--dist', opts.dist]);
  if (!bundled.ok) throw new Error(`csm bundle (group) failed: ${bundled.stderr}`);
  const compared = csm(['compare', '--format', 'json', ...files]);
  const cmp = JSON.parse(compared.stdout || '{}');
  const g = { params: GROUP.join(' '), companies: files.length, exportsBytes, packBytes: statSync(packFile).size, failures: [] };
  console.log('');
  console.log('csm browser benchmark: the group view');
  console.log(`  group: ${files.length} exports (csm generate ${g.params} --separate), ${exportsBytes.toLocaleString('en')} bytes in all`);
  console.log(`  group board pack: ${packFile} — ${g.packBytes.toLocaleString('en')} bytes`);
  console.log(`  csm compare: ${cmp.compared} of ${cmp.companies?.length} companies compared at ${cmp.quarter}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const browserCdp = await browser.newBrowserCDPSession();
  g.browser = browser.version();
  const url = pathToFileURL(packFile).href;
  try {
    // (g1) first render, `runs` fresh pages; the last one stays for (g2)–(g4).
    const first = [];
    const renderMarks = [];
    let last = null;
    for (let i = 0; i < opts.runs; i++) {
      step(`(g1) first render ${i + 1}/${opts.runs}`);
      const p = await firstRender(browser, url, groupReady).catch((e) => {
        throw new Error(`(g1) first render ${i + 1}/${opts.runs}: no comparison rows within ${TIMEOUT / 1000} s: ${e.message}`);
      });
      if (p.ms?.error) throw new Error(`(g1) group pack: ${p.ms.error} ${p.errors.join('; ')}`);
      first.push(p.ms);
      renderMarks.push(await p.page.evaluate(() => performance.getEntriesByName('csm:render:end', 'mark')[0]?.startTime ?? null));
      if (i === 0) {
        const shown = await p.page.evaluate((sel) => {
          const view = document.querySelector(sel);
          return { companies: Number(view.dataset.companies), compared: Number(view.dataset.compared), quarter: view.dataset.quarter, elements: view.querySelectorAll('*').length };
        }, GROUP_VIEW);
        g.shown = { ...shown, rows: (await groupRows(p.page)).length };
        if (shown.companies !== cmp.companies?.length) g.failures.push(`group view: ${shown.companies} companies, csm compare ${cmp.companies?.length}`);
        if (shown.compared !== cmp.compared) g.failures.push(`group view: ${shown.compared} compared, csm compare ${cmp.compared}`);
        if (shown.quarter !== cmp.quarter) g.failures.push(`group view: quarter ${shown.quarter}, csm compare ${cmp.quarter}`);
        const cdp = await p.context.newCDPSession(p.page);
        await cdp.send('HeapProfiler.collectGarbage');
        g.memory = await memory(browserCdp, cdp);
      }
      if (i === opts.runs - 1) last = p;
      else await p.context.close();
    }
    g.first = stat(first);
    const marks = renderMarks.filter((x) => typeof x === 'number');
    if (marks.length) g.renderMark = stat(marks);
    const { page } = last;
    page.setDefaultTimeout(TIMEOUT);

    // (g2) next page and back — only when there is a next page: with PAGE (50) companies or fewer the
    // pager's buttons are disabled and a click shows nothing new, so (g2) does not apply.
    g.paged = await groupHasNextPage(page);
    const pages = Math.ceil((cmp.companies?.length ?? 0) / PAGE);
    if (g.paged !== pages > 1) g.failures.push(`group view: ${g.paged ? 'a next page' : 'no next page'} for ${cmp.companies?.length} companies (${pages} page(s) of ${PAGE})`);
    if (g.paged) {
      step(`(g2) next page / back ×${opts.runs}`);
      const paging = [];
      const pagingPainted = [];
      for (let i = 0; i < opts.runs; i++) {
        for (const [which, to] of [[1, 1], [0, 0]]) {
          const r = await groupPage(page, which, to);
          paging.push(r.ms);
          pagingPainted.push(r.painted);
        }
      }
      g.page = stat(paging);
      g.pagePainted = stat(pagingPainted);
    } else {
      step('(g2) skipped: one page, no next page to switch to');
    }

    // (g3) sorts: overall maturity and most reds alternately (each click a new order), then as given.
    step(`(g3) sort ×${2 * opts.runs}`);
    const sorts = [];
    const sortsPainted = [];
    let moved = 0;
    for (let i = 0; i < opts.runs; i++) {
      for (const index of [1, 2]) {
        const r = await groupSort(page, index);
        sorts.push(r.ms);
        sortsPainted.push(r.painted);
        if (r.moved) moved++;
      }
    }
    await groupSort(page, 0);
    g.sort = stat(sorts);
    g.sortPainted = stat(sortsPainted);
    g.sortMoved = moved;

    // (g4) a company's name → its summary; back → the group's rows. The subsidiaries of the first page in
    // turn (positions 1–49 with a full page; 1–9 with 10 companies).
    step(`(g4) open a company / back ×${opts.runs}`);
    const open = [];
    const back = [];
    const subsidiaries = Math.max(1, Math.min(PAGE - 1, g.shown.rows - 1));
    for (let i = 0; i < opts.runs; i++) {
      const position = 1 + (i % subsidiaries);
      const r = await clickUntil(page, `${GROUP_VIEW} [data-testid="group-row"][data-position="${position}"] th [data-testid="group-cell"]`, '[data-testid="view-summary"] [data-testid="headline"]', `(g4) open company ${position}`);
      open.push(r.ms);
      const name = await page.evaluate(() => document.querySelector('[data-testid="org-name"]')?.textContent.trim());
      const want = cmp.companies?.[position]?.name?.ja;
      if (want && name !== want) g.failures.push(`company ${position} opened as ${name}, csm compare names it ${want}`);
      back.push((await clickUntil(page, '[data-testid="back-to-group"]', `${GROUP_VIEW} .csm-group-table [data-testid="group-row"]`, `(g4) back to the group from company ${position}`)).ms);
    }
    g.open = stat(open);
    g.back = stat(back);
    const cdp = await last.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    g.memoryAfter = await memory(browserCdp, cdp);
    // The floor without the framework: the paged cards' HTML put back by plain DOM calls and laid out
    // (last on this page: it replaces nodes the app holds).
    step('floor');
    const floor = await page.evaluate(async (n) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const cards = [...document.querySelectorAll('[data-testid="view-group"] > .csm-group-items, [data-testid="view-group"] > .csm-group-radar, [data-testid="view-group"] > .csm-group-kpis, [data-testid="view-group"] > .csm-group-risks')];
      const html = cards.map((c) => c.outerHTML);
      const elements = cards.reduce((sum, c) => sum + c.querySelectorAll('*').length + 1, 0);
      const times = [];
      for (let i = 0; i < n; i++) {
        await frame();
        const t0 = performance.now();
        cards.forEach((c, k) => {
          const t = document.createElement('template');
          t.innerHTML = html[k];
          const fresh = t.content.firstElementChild;
          c.replaceWith(fresh);
          cards[k] = fresh;
        });
        cards[0].querySelector('tbody tr:last-child')?.getClientRects();
        times.push(performance.now() - t0);
      }
      return { elements, times };
    }, Math.max(3, opts.runs));
    g.floor = { elements: floor.elements, ...stat(floor.times) };
    await last.context.close();

    // Attribution (a build with wasm names): one first render, one page switch, one sort, one company.
    if (opts.named) {
      step('CPU profiles (build with wasm names)');
      const namedPack = join(opts.out, 'group-pack-named.html');
      const b = csm(['bundle', ...files, '-o', namedPack, '--dist', opts.named]);
      if (!b.ok) throw new Error(`csm bundle (group) --dist ${opts.named} failed: ${b.stderr}`);
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
      const p = await context.newPage();
      p.setDefaultTimeout(TIMEOUT);
      const pcdp = await context.newCDPSession(p);
      const f = await profiled(pcdp, async () => {
        await p.goto(pathToFileURL(namedPack).href, { waitUntil: 'commit', timeout: TIMEOUT });
        return (await p.waitForFunction(groupReady, null, { polling: 'raf', timeout: TIMEOUT })).jsonValue();
      }).catch((e) => {
        throw new Error(`(profile) group pack first render: no comparison rows within ${TIMEOUT / 1000} s: ${e.message}`);
      });
      g.attribution = [[`group pack first render: ${typeof f.result === 'number' ? ms(f.result) : '?'} ms`, f.parts]];
      if (g.paged) {
        await groupPage(p, 1, 1); // warm-up
        await groupPage(p, 0, 0);
        const pg = await profiled(pcdp, () => groupPage(p, 1, 1));
        g.attribution.push([`next page: ${ms(pg.result.ms)} ms`, pg.parts]);
        await groupPage(p, 0, 0);
      }
      await groupSort(p, 2); // warm-up
      const so = await profiled(pcdp, () => groupSort(p, 1));
      g.attribution.push([`sort by overall maturity: ${ms(so.result.ms)} ms`, so.parts]);
      await groupSort(p, 0);
      const op = await profiled(pcdp, () => clickUntil(p, `${GROUP_VIEW} [data-testid="group-row"][data-position="1"] th [data-testid="group-cell"]`, '[data-testid="view-summary"] [data-testid="headline"]', '(profile) open company 1'));
      g.attribution.push([`a company's summary: ${ms(op.result.ms)} ms`, op.parts]);
      const bk = await profiled(pcdp, () => clickUntil(p, '[data-testid="back-to-group"]', `${GROUP_VIEW} .csm-group-table [data-testid="group-row"]`, '(profile) back to the group'));
      g.attribution.push([`back to the group: ${ms(bk.result.ms)} ms`, bk.parts]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return g;
}

/** Prints the group section's table. */
function printGroup(g) {
  const mem = (m) => `JS heap ${mb(m.jsHeap)} MB + wasm ${mb(m.wasm)} MB = ${mb(m.jsHeap + m.wasm)} MB (${((m.jsHeap + m.wasm) / g.exportsBytes).toFixed(2)}× the exports); renderer RSS ${m.rss ? `${mb(m.rss)} MB` : 'n/a'}`;
  console.log(`  group view shows: ${g.shown.companies} companies, ${g.shown.compared} compared, ${g.shown.quarter}; ${g.shown.rows} rows on a page; ${g.shown.elements.toLocaleString('en')} elements in the view`);
  const table = [
    [`(g1)  group pack first render from file:// (nav start → comparison rows visible)`, cell(g.first)],
    ...(g.renderMark ? [['      of which to csm:render:end (the app: loaded, compared, rendered)', cell(g.renderMark)]] : []),
    ...(g.page
      ? [
        ['(g2)  companies tables: next page / back (click → frame showing it)   [≤ 50 ms]', cell(g.page)],
        ['      to the end of the following frame (style, layout, paint done)', cell(g.pagePainted)],
      ]
      : [['(g2)  companies tables: next page / back   [≤ 50 ms]', `n/a — one page (${g.shown.companies} companies, ${PAGE} a page)`]]),
    [`(g3)  sort: overall ↔ most reds (click → frame showing it; order changed ${g.sortMoved}/${g.sort.n})   [≤ 50 ms]`, cell(g.sort)],
    ['      to the end of the following frame (style, layout, paint done)', cell(g.sortPainted)],
    ['(g4)  a company\'s name → its summary (headline) visible', cell(g.open)],
    ['      back to the group → rows visible', cell(g.back)],
    [`      floor: the paged cards' ${g.floor.elements.toLocaleString('en')} elements as plain HTML, replaced and laid out`, cell(g.floor)],
  ];
  const width = Math.max(...table.map((r) => r[0].length));
  for (const [k, v] of table) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log(`  memory, against the exports (${mb(g.exportsBytes)} MB; pack ${mb(g.packBytes)} MB)`);
  console.log(`    group pack after first render:                   ${mem(g.memory)}`);
  console.log(`    ${(g.page ? 'after the paging, sort and company runs:' : 'after the sort and company runs (no paging):').padEnd(49)}${mem(g.memoryAfter)}`);
  if (g.attribution) {
    console.log('  CPU profiles of the group view (build with wasm names; as above):');
    for (const [title, parts] of g.attribution) {
      console.log(`    ${title}`);
      for (const [k, v] of parts) console.log(`      ${ms(v).padStart(8)} ms  ${k}`);
    }
  }
}

/** The group section's JSON keys (null when not measured). */
function groupFigures(g) {
  return {
    group_first_render_ms: g?.first?.median ?? null,
    group_page_ms: g?.page?.median ?? null,
    group_sort_ms: g?.sort?.median ?? null,
    group_open_company_ms: g?.open?.median ?? null,
    group_pack_bytes: g?.packBytes ?? null,
    group_memory_mb: g?.memory ? (g.memory.jsHeap + g.memory.wasm) / 1e6 : null,
  };
}

/** Runs the group section unless --no-group; a failure is reported and leaves its figures null. */
async function maybeGroup(opts) {
  if (!opts.group) return null;
  try {
    const g = await groupBench(opts);
    printGroup(g);
    return g;
  } catch (e) {
    console.log(`\n  the group section failed: ${e.stack ?? e}`);
    return { failures: [`group section: ${e.message}`] };
  }
}

// ---------- main ----------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.out, { recursive: true });
  if (!existsSync(join(opts.dist, 'csm-frontend_bg.wasm'))) {
    throw new Error(`${opts.dist} has no csm-frontend_bg.wasm: run \`trunk build --release\` (scripts/bench does)`);
  }
  if (opts.groupOnly) {
    const g = await maybeGroup({ ...opts, group: true });
    if (opts.json) {
      const figures = { ...groupFigures(g), browser: g?.browser ?? null, runs: opts.runs, mismatches: g?.failures ?? [] };
      writeFileSync(opts.json, `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`  figures written to ${opts.json}`);
    }
    for (const f of g?.failures ?? []) console.log(`  MISMATCH: ${f}`);
    if (g?.failures?.length) process.exitCode = 1;
    return;
  }

  // The export, its board pack, the baseline page and what csm says about it.
  const gen = opts.export ? { file: opts.export, params: null, notes: [] } : generateExport(opts.out);
  const exportBytes = readFileSync(gen.file);
  const packFile = join(opts.out, 'board-pack.html');
  const bundled = csm(['bundle', gen.file, '-o', packFile, '--dist', opts.dist]);
  if (!bundled.ok) throw new Error(`csm bundle failed: ${bundled.stderr}`);
  const baselineFile = join(opts.out, 'baseline.html');
  const template = readFileSync(join(BENCH, 'baseline.html'), 'utf8');
  const slot = '<script type="application/octet-stream" data-csm-snapshot-base64></script>';
  if (!template.includes(slot)) throw new Error('bench/baseline.html has no empty data block');
  writeFileSync(baselineFile, template.replace(slot, slot.replace('></', `>${exportBytes.toString('base64')}</`)));
  const summary = csm(['summary', '--format', 'json', gen.file]);
  if (!summary.ok) throw new Error(`csm summary failed: ${summary.stderr}`);
  const reference = JSON.parse(summary.stdout);
  const quarters = reference.quarters ?? [];
  const latest = reference.quarter;
  const previous = reference.previous_quarter ?? quarters.at(-2);

  console.log('csm browser benchmark');
  console.log(`  export: ${gen.file} — ${exportBytes.length.toLocaleString('en')} bytes${gen.params ? ` (csm generate ${gen.params})` : ''}`);
  for (const n of gen.notes) console.log(`  note: ${n}`);
  console.log(`  board pack: ${statSync(packFile).size.toLocaleString('en')} bytes; baseline page: ${statSync(baselineFile).size.toLocaleString('en')} bytes`);
  console.log(`  csm summary: ${reference.organisation?.name?.ja ?? reference.organisation?.name ?? '?'}, ${latest}, above tolerance ${reference.headline.above_tolerance}, expected loss ${reference.headline.expected_loss_yen} yen`);
  console.log(`  machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; runs: ${opts.runs}`);

  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const browserCdp = await browser.newBrowserCDPSession();
  console.log(`  browser: ${browser.version()}`);
  const browserVersion = browser.version();
  const server = await serve({ '/dist/': opts.dist, '/work/': opts.out, '/bench/': BENCH, ...(opts.named ? { '/named/': opts.named } : {}) });
  const exportUrl = `/work/${gen.file.startsWith(opts.out + sep) ? gen.file.slice(opts.out.length + 1) : 'export-copy.json'}`;
  if (!gen.file.startsWith(opts.out + sep)) writeFileSync(join(opts.out, 'export-copy.json'), exportBytes);

  const results = { browserVersion };
  const failures = [];
  try {
    // (a+b) in the harness: JSON.parse vs mount → ready.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.goto(`${server.origin}/bench/harness.html?glue=/dist/csm-frontend.js&export=${exportUrl}`);
      await page.waitForFunction(() => window.harness !== undefined);
      results.setup = await page.evaluate(() => window.harness.setup());
      const parse = [];
      const decodeParse = [];
      const mount = [];
      const mountFrame = [];
      let headline = '';
      for (let i = 0; i < opts.runs; i++) {
        const p = await page.evaluate(() => window.harness.jsonParse());
        await page.evaluate(() => window.harness.dropParsed());
        parse.push(p.parseMs);
        decodeParse.push(p.totalMs);
        const m = await page.evaluate(() => window.harness.mount());
        mount.push(m.readyMs);
        mountFrame.push(m.frameMs);
        headline = m.headline;
      }
      Object.assign(results, { parse: stat(parse), decodeParse: stat(decodeParse), mount: stat(mount), mountFrame: stat(mountFrame), headline });
      // Memory: the parsed object held vs a mounted dashboard held (fresh pages, one each).
      await context.close();
      for (const kind of ['json', 'wasm']) {
        const ctx = await browser.newContext();
        const pg = await ctx.newPage();
        pg.setDefaultTimeout(TIMEOUT);
        const cdp = await ctx.newCDPSession(pg);
        await pg.goto(`${server.origin}/bench/harness.html?glue=/dist/csm-frontend.js&export=${exportUrl}`);
        await pg.waitForFunction(() => window.harness !== undefined);
        await pg.evaluate(() => window.harness.setup());
        await cdp.send('HeapProfiler.collectGarbage');
        const before = await memory(browserCdp, cdp);
        if (kind === 'json') await pg.evaluate(() => window.harness.jsonParse());
        else await pg.evaluate(() => window.harness.mount(true));
        await cdp.send('HeapProfiler.collectGarbage');
        const after = await memory(browserCdp, cdp);
        results[`mem_${kind}`] = { before, after };
        await ctx.close();
      }
    }

    // Attribution of one mount's CPU time (a build with wasm names).
    if (opts.named) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const cdp = await context.newCDPSession(page);
      await page.goto(`${server.origin}/bench/harness.html?glue=/named/csm-frontend.js&export=${exportUrl}`);
      await page.waitForFunction(() => window.harness !== undefined);
      await page.evaluate(() => window.harness.setup());
      await page.evaluate(() => window.harness.mount()); // warm-up
      const m = await profiled(cdp, () => page.evaluate(() => window.harness.mount()));
      results.attribution = [[`one mount → ready: ${ms(m.result.readyMs)} ms`, m.parts]];
      await context.close();

      // The same build as a board pack: one quarter switch and one register opening, profiled.
      const namedPack = join(opts.out, 'board-pack-named.html');
      const b = csm(['bundle', gen.file, '-o', namedPack, '--dist', opts.named]);
      if (!b.ok) throw new Error(`csm bundle --dist ${opts.named} failed: ${b.stderr}`);
      const pctx = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
      const p = { context: pctx, page: await pctx.newPage() };
      p.page.setDefaultTimeout(TIMEOUT);
      const pcdp = await pctx.newCDPSession(p.page);
      const first = await profiled(pcdp, async () => {
        await p.page.goto(pathToFileURL(namedPack).href, { waitUntil: 'commit', timeout: TIMEOUT });
        return (await p.page.waitForFunction(bundleReady, null, { polling: 'raf', timeout: TIMEOUT })).jsonValue();
      });
      results.attribution.push([`first render of the board pack from file://: ${typeof first.result === 'number' ? ms(first.result) : '?'} ms`, first.parts]);
      await switchQuarter(p.page, previous); // warm-up
      await switchQuarter(p.page, latest);
      const q = await profiled(pcdp, () => switchQuarter(p.page, previous));
      results.attribution.push([`one quarter switch to ${previous}: ${ms(q.result.ms)} ms`, q.parts]);
      const r = await profiled(pcdp, () => navigate(p.page, '#/risks', '[data-testid="risk-row"]'));
      results.attribution.push([`#/risks → rows visible: ${ms(r.result.ms)} ms`, r.parts]);
      await p.context.close();
    }

    // (c) first render from file://: the board pack and the baseline page.
    const pack = [];
    const base = [];
    const packStages = [];
    let packPage = null;
    for (let i = 0; i < opts.runs; i++) {
      const b = await firstRender(browser, pathToFileURL(baselineFile).href, baselineReady);
      if (b.ms?.error) throw new Error(`baseline page: ${b.ms.error}`);
      base.push(b.ms);
      if (i === 0) {
        results.baselineShown = await b.page.evaluate(() => ({
          org: document.querySelector('[data-testid="org-name"]').textContent,
          quarter: document.querySelector('[data-testid="latest-quarter"]').textContent,
          risks: document.querySelector('[data-testid="risk-count"]').textContent,
          above: document.querySelector('[data-testid="above-tolerance"]').textContent,
          loss: document.querySelector('[data-testid="expected-loss"]').dataset.yen,
        }));
        const cdp = await b.context.newCDPSession(b.page);
        await cdp.send('HeapProfiler.collectGarbage');
        results.mem_baseline = await memory(browserCdp, cdp);
      }
      await b.context.close();
      const p = await firstRender(browser, pathToFileURL(packFile).href, bundleReady);
      if (p.ms?.error) throw new Error(`board pack: ${p.ms.error} ${p.errors.join('; ')}`);
      pack.push(p.ms);
      if (i === 0) {
        results.packShown = await p.page.evaluate(() => ({
          org: document.querySelector('[data-testid="org-name"]')?.textContent,
          loss: document.querySelector('[data-testid="expected-loss"]')?.dataset.yen,
        }));
        const cdp = await p.context.newCDPSession(p.page);
        await cdp.send('HeapProfiler.collectGarbage');
        results.mem_pack = await memory(browserCdp, cdp);
      }
      packStages.push(await stages(p.page));
      if (i === opts.runs - 1) packPage = p;
      else await p.context.close();
    }
    Object.assign(results, { pack: stat(pack), base: stat(base) });
    const staged = packStages.filter(Boolean);
    if (staged.length) {
      results.stages = Object.fromEntries(Object.keys(staged[0]).map((k) => [k, stat(staged.map((x) => x[k]))]));
    }

    // (d) quarter switches and (e) the risk register, on the last board pack page.
    const page = packPage.page;
    const qs = [];
    const qsPainted = [];
    const dispatch = [];
    for (let i = 0; i < opts.runs; i++) {
      for (const q of [previous, latest]) {
        const r = await switchQuarter(page, q);
        qs.push(r.ms);
        qsPainted.push(r.painted);
        dispatch.push(r.dispatched);
      }
    }
    const risks = [];
    const risksPainted = [];
    const back = [];
    let rows = 0;
    for (let i = 0; i < opts.runs; i++) {
      const r = await navigate(page, '#/risks', '[data-testid="risk-row"]');
      risks.push(r.ms);
      risksPainted.push(r.painted);
      rows = r.rows;
      back.push((await navigate(page, '#/summary', '[data-testid="headline"]')).ms);
    }
    // (f) sorting the register: by owner, then by expected loss, alternately (each click a new column,
    // so each shows a new order).
    await navigate(page, '#/risks', '[data-testid="risk-row"]');
    const sorts = [];
    const sortsPainted = [];
    for (let i = 0; i < opts.runs; i++) {
      for (const column of ['owner', 'expected_loss']) {
        const r = await sortRegister(page, column);
        sorts.push(r.ms);
        sortsPainted.push(r.painted);
      }
    }
    Object.assign(results, { sort: stat(sorts), sortPainted: stat(sortsPainted) });
    await navigate(page, '#/summary', '[data-testid="headline"]');
    results.registerTotal = await page.evaluate(async () => {
      location.hash = '#/risks';
      for (let i = 0; i < 1000; i++) {
        await new Promise((r) => requestAnimationFrame(() => r()));
        const t = document.querySelector('[data-testid="risk-register"]');
        if (t) return t.getAttribute('data-total');
      }
      return null;
    });
    Object.assign(results, { quarter: stat(qs), quarterPainted: stat(qsPainted), dispatch: stat(dispatch), risks: stat(risks), risksPainted: stat(risksPainted), back: stat(back), rows });
    const cdp = await packPage.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    results.mem_pack_after = await memory(browserCdp, cdp);
    await packPage.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  if (opts.firefox) {
    try {
      results.firefox = await firefoxFirstRender(opts.runs, packFile, baselineFile);
    } catch (e) {
      results.firefox = { skipped: `failed: ${e.message.split('\n')[0]}` };
    }
  }

  // ---------- checks ----------
  const h = reference.headline;
  const shown = results.baselineShown;
  if (shown.quarter !== latest) failures.push(`baseline shows quarter ${shown.quarter}, csm summary ${latest}`);
  if (Number(shown.loss) !== h.expected_loss_yen) failures.push(`baseline expected loss ${shown.loss} ≠ csm ${h.expected_loss_yen}`);
  if (Number(shown.above.replace(/,/g, '')) !== h.above_tolerance) failures.push(`baseline above tolerance ${shown.above} ≠ csm ${h.above_tolerance}`);
  if (results.packShown.loss !== undefined && Number(results.packShown.loss) !== h.expected_loss_yen) {
    failures.push(`board pack expected loss ${results.packShown.loss} ≠ csm ${h.expected_loss_yen}`);
  }

  // ---------- report ----------
  const size = exportBytes.length;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log('');
  console.log(`  baseline page shows: ${shown.org}, ${shown.quarter}, ${shown.risks} risks, ${shown.above} above tolerance, ${Number(shown.loss).toLocaleString('en')} yen`);
  console.log(`  board pack shows:    ${results.packShown.org}, expected loss ${Number(results.packShown.loss).toLocaleString('en')} yen`);
  console.log(`  wasm start (fetch ${ms(results.setup.fetchMs)} ms excluded): compile + instantiate ${ms(results.setup.wasmInitMs)} ms`);
  console.log('');
  const table = [
    ['(a+b) wasm: bytes → validated snapshot → summary → summary rendered (mount → ready)', cell(results.mount)],
    ['      same, to the next animation frame', cell(results.mountFrame)],
    ['      baseline: JSON.parse of the same text', cell(results.parse)],
    ['      baseline: TextDecoder + JSON.parse', cell(results.decodeParse)],
    ['      ratio mount→ready ÷ (TextDecoder + JSON.parse)   [target ≤ 2×]', ratio(results.mount.median, results.decodeParse.median)],
    ['(c)   first render from file://, board pack (csm bundle), nav start → figures visible', cell(results.pack)],
    ['      baseline page (bench/baseline.html, same embedding)', cell(results.base)],
    ['      ratio board pack ÷ baseline   [target ≤ 1.6×]', ratio(results.pack.median, results.base.median)],
    [`(d)   quarter switch ${previous} ↔ ${latest} (change → frame showing it)   [target ≤ 50 ms]`, cell(results.quarter)],
    ['      of which dispatchEvent returned after', cell(results.dispatch)],
    ['      to the end of the following frame (style, layout, paint done)', cell(results.quarterPainted)],
    [`(e)   #/risks → register rows visible (${results.rows} rows on the page, ${results.registerTotal} in the register)   [≤ 50 ms]`, cell(results.risks)],
    ['      to the end of the following frame (style, layout, paint done)', cell(results.risksPainted)],
    ['      #/summary back → headline visible', cell(results.back)],
    ['(f)   register sort (click on a column header → frame showing the new order)   [≤ 50 ms]', cell(results.sort)],
    ['      to the end of the following frame (style, layout, paint done)', cell(results.sortPainted)],
  ];
  if (results.firefox?.pack) {
    const f = results.firefox;
    table.push([`(c')  Firefox ${f.version}: board pack first render from file://`, cell(f.pack)]);
    table.push(['      Firefox: baseline page', cell(f.base)]);
    table.push(['      Firefox: ratio board pack ÷ baseline   [target ≤ 1.6×]', ratio(f.pack.median, f.base.median)]);
  }
  const width = Math.max(...table.map((r) => r[0].length));
  for (const [k, v] of table) console.log(`  ${k.padEnd(width)}  ${v}`);

  if (results.firefox?.skipped) console.log(`  Firefox ESR: not measured (${results.firefox.skipped})`);
  if (results.stages) {
    console.log('');
    console.log('  board pack load by stage (the app\'s performance marks; medians over the first renders):');
    const labels = {
      before_load: 'navigation start → csm:load:start (HTML, wasm start, reading the embedded export)',
      load: 'csm:load:start → csm:load:end (parse + validate)',
      hash: 'csm:load:end → csm:hash:end (SHA-256 of the export)',
      summary: 'csm:hash:end → csm:summary:end (store: board summaries of two quarters, comparison)',
      render: 'csm:summary:end → csm:render:end (first render of the summary view)',
    };
    for (const [k, v] of Object.entries(results.stages)) console.log(`    ${cell(v).padStart(28)}  ${labels[k] ?? k}`);
  }

  if (results.attribution) {
    console.log('');
    console.log('  CPU profiles (build with wasm names; sampled every 0.1 ms; a sample counts for the first category below with a frame in its stack):');
    for (const [title, parts] of results.attribution) {
      console.log(`    ${title}`);
      for (const [k, v] of parts) console.log(`      ${ms(v).padStart(8)} ms  ${k}`);
    }
  }

  console.log('');
  console.log(`  memory, against the export (${mb(size)} MB)   [target ≤ 5×]`);
  const line = (label, m) => {
    const total = m.jsHeap + m.wasm;
    console.log(`    ${label.padEnd(58)} JS heap ${mb(m.jsHeap).padStart(6)} MB + wasm ${mb(m.wasm).padStart(6)} MB = ${mb(total).padStart(6)} MB (${ratio(total, size)}); renderer RSS ${m.rss ? `${mb(m.rss)} MB (${ratio(m.rss, size)})` : 'n/a'}`);
  };
  line('harness, wasm started, nothing loaded', results.mem_wasm.before);
  line('harness, one dashboard mounted on the export', results.mem_wasm.after);
  line('harness, JSON.parse result held', results.mem_json.after);
  line('board pack (file://) after first render', results.mem_pack);
  line('board pack after the quarter and register runs', results.mem_pack_after);
  line('baseline page after first render', results.mem_baseline);

  const group = await maybeGroup(opts);
  if (group?.failures?.length) failures.push(...group.failures);

  if (opts.json) {
    const m = results.mem_pack;
    const figures = {
      quarter_switch_ms: results.quarter.median,
      register_open_ms: results.risks.median,
      register_sort_ms: results.sort.median,
      mount_ratio: results.mount.median / results.decodeParse.median,
      first_render_ratio: results.pack.median / results.base.median,
      first_render_ratio_firefox: results.firefox?.pack ? results.firefox.pack.median / results.firefox.base.median : null,
      pack_memory_ratio: (m.jsHeap + m.wasm) / size,
      stages_ms: results.stages ? Object.fromEntries(Object.entries(results.stages).map(([k, v]) => [k, v.median])) : null,
      ...groupFigures(group),
      export_bytes: size,
      browser: results.browserVersion ?? null,
      firefox: results.firefox?.version ?? results.firefox?.skipped ?? null,
      runs: opts.runs,
      mismatches: failures,
    };
    writeFileSync(opts.json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`  figures written to ${opts.json}`);
  }

  if (failures.length) {
    console.log('');
    for (const f of failures) console.log(`  MISMATCH: ${f}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

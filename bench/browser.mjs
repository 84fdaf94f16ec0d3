// Browser benchmark of the board dashboard on a large export, in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core). Prints a table of medians; asserts nothing beyond the
// pages showing the figures `csm summary` computes. docs/PERFORMANCE.md explains every row.
//
//   node bench/browser.mjs [--runs N] [--export FILE] [--dist DIR] [--named DIR] [--out DIR]
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
// Environment: CSM_BIN (an installed csm; default `cargo run -q --release -p csm-cli --`),
// CHROMIUM_PATH (default /usr/bin/chromium). scripts/bench builds what is missing and runs this.
//
// Measured, in one browser session:
//   (a+b)  harness page on http://127.0.0.1 (bench/harness.html): csmDashboard.mount(element,
//          { snapshot: bytes }) until data-state="ready" — bytes → validated snapshot → summary →
//          first render of the summary, all in wasm; beside it the browser's TextDecoder + JSON.parse
//          of the same bytes. The app sets no performance marks, so (a) and (b) are split only by the
//          CPU profile (--named).
//   (c)    first render from file:// of a one-file board pack (`csm bundle`) of the export:
//          navigation start → data-state="ready" with the headline and expected loss visible; beside
//          it bench/baseline.html filled with the same export the same way (base64 data block).
//   (d)    quarter switch: performance.now() before dispatching `change` on the quarter select → the
//          first animation frame at which the DOM shows the new quarter.
//   (e)    #/risks navigation → the first animation frame with risk register rows.
//   memory JS heap (CDP Performance.getMetrics) + WebAssembly memory (every WebAssembly.Memory of the
//          page, found with CDP Runtime.queryObjects) + the renderer's resident set, against the
//          export's size.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const LOADER_LIMIT = 64 * 1024 * 1024;
const TIMEOUT = 300_000;
const FLAGSHIP = ['--subsidiaries', '300', '--risks', '20000', '--quarters', '40', '--seed', '1'];
const FALLBACKS = [
  ['--subsidiaries', '300', '--risks', '10000', '--quarters', '40', '--seed', '1'],
  ['--subsidiaries', '100', '--risks', '5000', '--quarters', '20', '--seed', '1'],
];

// ---------- arguments ----------

function parseArgs(argv) {
  const opts = { runs: 5, export: null, dist: join(ROOT, 'dist'), named: null, out: join(ROOT, 'target', 'bench') };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (key) {
      case '--runs': opts.runs = Math.max(1, Number.parseInt(value(), 10) || 5); break;
      case '--export': opts.export = resolve(value()); break;
      case '--dist': opts.dist = resolve(value()); break;
      case '--named': opts.named = resolve(value()); break;
      case '--out': opts.out = resolve(value()); break;
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
      if (el && el.getClientRects().length > 0) {
        const at = performance.now() - t0;
        await frame(); // the frame that painted it has ended
        return { ms: at, painted: performance.now() - t0, rows: document.querySelectorAll(sel).length };
      }
    }
    throw new Error(`${sel} never appeared after ${h}`);
  }, [hash, selector]);
}

// ---------- main ----------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.out, { recursive: true });
  if (!existsSync(join(opts.dist, 'csm-frontend_bg.wasm'))) {
    throw new Error(`${opts.dist} has no csm-frontend_bg.wasm: run \`trunk build --release\` (scripts/bench does)`);
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
  const server = await serve({ '/dist/': opts.dist, '/work/': opts.out, '/bench/': BENCH, ...(opts.named ? { '/named/': opts.named } : {}) });
  const exportUrl = `/work/${gen.file.startsWith(opts.out + sep) ? gen.file.slice(opts.out.length + 1) : 'export-copy.json'}`;
  if (!gen.file.startsWith(opts.out + sep)) writeFileSync(join(opts.out, 'export-copy.json'), exportBytes);

  const results = {};
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
      if (i === opts.runs - 1) packPage = p;
      else await p.context.close();
    }
    Object.assign(results, { pack: stat(pack), base: stat(base) });

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
  ];
  const width = Math.max(...table.map((r) => r[0].length));
  for (const [k, v] of table) console.log(`  ${k.padEnd(width)}  ${v}`);

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

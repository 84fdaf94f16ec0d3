// Shared helpers for the browser tests in tests/e2e/ (not a test file itself: `node --test tests/e2e/`
// runs only *.test.mjs here).
//
// - serveDist(): a tiny static HTTP server for the built dist/ on 127.0.0.1 and a free port.
// - launchChromium(): Debian's Chromium through playwright-core (never a downloaded browser).
// - trackNetwork(): records every request of a browser context and blocks those leaving the origin.
// - cliProblems(): what `csm validate --format json` says about a file, to compare with the page.
// - csm(), summary(), summaryOf(), sha256(): the CLI, core's summary of an export (of one quarter),
//   an export's digest; shownDate(): a date as the dashboard writes it; printedDirectives(): the
//   board's record as page 1 of the printed pack names it.
// - dashboardFacts() (runs in the page) and assertShowsExport(): the figures a dashboard shows,
//   checked against core's summary (shared by the Chromium and Firefox suites).
// - levelFillFacts() (runs in the page) and assertLevelFills(): the risk levels' colours as drawn on
//   the risks view (classes whose rules the app adopts, as the CSP forbids inline styles).
// - packStyleFacts() (runs in the page) and assertPackStyles(): a one-file page's two <style>
//   elements — its small first rules and the whole stylesheet its loader inserted — each allowed by
//   the hash its policy lists, and applied (shared by the Chromium and Firefox suites).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
/**
 * Where the documentation's screenshots go: docs/screenshots/ with CSM_SCREENSHOTS=1 (to refresh them), else the
 * artifacts, so a test run leaves the checkout as it found it.
 */
export const SCREENSHOTS = process.env.CSM_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : ARTIFACTS;

/** The printed page's width in CSS pixels: A4 landscape (the board pack's `@page`) less its 12 mm side
 *  margins, 273 mm — the width at which the browser lays out what it prints. */
export const PRINT_WIDTH_PX = (273 / 25.4) * 96;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `dir` (default: dist/ or $CSM_DIST) over HTTP on 127.0.0.1 and a free port.
 * Resolves to { origin, url, close() }.
 */
export async function serveDist(dir = process.env.CSM_DIST || join(ROOT, 'dist')) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${join(root, 'index.html')} does not exist: build the dashboard first with \`trunk build --release\` (scripts/test does this).`,
    );
  }
  if (readFileSync(join(root, 'index.html'), 'utf8').includes('.well-known/trunk/ws')) {
    throw new Error(
      `${root} was built by \`trunk serve\` (it contains the live-reload client): rebuild it with \`trunk build --release\`.`,
    );
  }
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Launches headless Debian Chromium (or $CHROMIUM_PATH) with flags that keep it off the network. */
export async function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: install Debian's chromium (scripts/test does this).`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Records every request made by `context` and aborts (and records) any that leaves `origin`.
 * Returns { all: string[], foreign: string[] }: every URL requested, and those not on the origin.
 */
export async function trackNetwork(context, origin) {
  const log = { all: [], foreign: [] };
  const local = (url) => url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url);
  context.on('request', (request) => {
    const url = request.url();
    log.all.push(url);
    if (!local(url)) log.foreign.push(url);
  });
  // WebSockets are not requests: watch them on every page (Trunk's live-reload socket would show here).
  context.on('page', (page) => page.on('websocket', (ws) => {
    log.all.push(ws.url());
    if (!ws.url().startsWith(origin.replace(/^http/, 'ws'))) log.foreign.push(`websocket ${ws.url()}`);
  }));
  await context.route('**/*', (route) => {
    if (local(route.request().url())) return route.continue();
    return route.abort('blockedbyclient');
  });
  return log;
}

/** Attaches page-error and console-error collectors; returns the arrays they fill. */
export function collectErrors(page) {
  const errors = { page: [], console: [] };
  page.on('pageerror', (err) => errors.page.push(String(err?.stack ?? err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.console.push(msg.text());
  });
  return errors;
}

/** Makes sure the artifacts directory exists and returns the path for `name`. */
export function artifact(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * An invalid snapshot to upload: a file in tests/fixtures/invalid/ whose name contains `prefer`
 * (else any .json there), or null when the directory has none.
 */
export function pickInvalidFixture(prefer = 'dangling') {
  const dir = join(ROOT, 'tests', 'fixtures', 'invalid');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .sort();
  const chosen = files.find((f) => f.includes(prefer)) ?? files[0];
  return chosen ? join(dir, chosen) : null;
}

/**
 * The hand-written expectation for an invalid fixture, from tests/fixtures/invalid/expected.json:
 * [{ path, rule, en, ja }] (en/ja are substrings of the messages), or null if the file is not listed.
 */
export function fixtureExpectation(file) {
  const index = join(ROOT, 'tests', 'fixtures', 'invalid', 'expected.json');
  if (!existsSync(index)) return null;
  const cases = JSON.parse(readFileSync(index, 'utf8')).cases ?? {};
  const name = file.split(sep).pop();
  return cases[name]?.problems ?? null;
}

/**
 * The problems `csm validate --format json` reports for `file`: [{ path, rule, en, ja }].
 * Uses $CSM_BIN if set, else `cargo run -p csm-cli` (already built by the earlier suites).
 */
export function cliProblems(file) {
  const run = csm('validate', '--format', 'json', file);
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`csm validate exited with ${run.status}:\n${run.stderr}`);
  }
  const report = JSON.parse(run.stdout);
  if (!Array.isArray(report) || report.length !== 1) {
    throw new Error(`unexpected csm validate output: ${run.stdout.slice(0, 500)}`);
  }
  return report[0].valid ? [] : report[0].problems;
}

/** Runs csm (`$CSM_BIN`, else `cargo run -q -p csm-cli --`); returns the finished process. */
export function csm(...args) {
  const [cmd, pre] = process.env.CSM_BIN ? [process.env.CSM_BIN, []] : ['cargo', ['run', '-q', '-p', 'csm-cli', '--']];
  const run = spawnSync(cmd, [...pre, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return run;
}

const summaries = new Map();

/** What core computes for an export: `csm summary --format json` (latest quarter). */
export function summary(file) {
  if (!summaries.has(file)) {
    const run = csm('summary', '--format', 'json', file);
    assert.equal(run.status, 0, `csm summary ${file} failed:\n${run.stderr}`);
    summaries.set(file, JSON.parse(run.stdout));
  }
  return summaries.get(file);
}

const quarterSummaries = new Map();

/** What core computes for one quarter of an export: `csm summary --quarter Q --format json`. */
export function summaryOf(file, quarter) {
  const key = `${file}|${quarter}`;
  if (!quarterSummaries.has(key)) {
    const run = csm('summary', '--format', 'json', '--quarter', quarter, file);
    assert.equal(run.status, 0, `csm summary --quarter ${quarter} ${file} failed:\n${run.stderr}`);
    quarterSummaries.set(key, JSON.parse(run.stdout));
  }
  return quarterSummaries.get(key);
}

/**
 * Which directives page 1 of the printed pack names, by the rule of docs/SUMMARY.md §6.2 "On paper"
 * (re-stated here from core's JSON, so the page is checked against the rule, not against itself): last
 * quarter's directives and this quarter's overdue ones, overdue (most days late first), not started, in
 * progress, done, the earliest due first within a state; at most three, and how many more.
 */
export function printedDirectives(board, n = 3) {
  const rank = { overdue: 0, not_started: 1, in_progress: 2, done: 3 };
  const pool = [...board.carried, ...board.new_directives.filter((d) => d.state === 'overdue')];
  pool.sort((x, y) => rank[x.state] - rank[y.state] || y.days_overdue - x.days_overdue || x.due.localeCompare(y.due));
  return { shown: pool.slice(0, n), more: Math.max(0, pool.length - n) };
}

/** A date as the dashboard writes it (`i18n::date`): `2026年8月26日` / `26 Aug 2026`; `—` for none. */
export function shownDate(lang, iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${d} ${months[m - 1]} ${y}`;
}

/** The SHA-256 of a file's exact bytes, in hex. */
export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * What a dashboard host element shows in its summary view: organisation, quarters, lights, KPIs, the
 * export's identity. Runs in the page: `page.$eval(selector, dashboardFacts)` or
 * `locator.evaluate(dashboardFacts)`.
 */
export function dashboardFacts(el) {
  const one = (id) => el.querySelector(`[data-testid="${id}"]`);
  const text = (id) => one(id)?.textContent.trim() ?? null;
  const lights = { green: 0, amber: 0, red: 0 };
  for (const item of el.querySelectorAll('[data-testid="item-light"]')) lights[item.dataset.light] += 1;
  return {
    state: el.getAttribute('data-state'),
    lang: el.getAttribute('lang'),
    org: text('org-name'),
    status: text('validation-status'),
    quarters: [...el.querySelectorAll('[data-testid="quarter-select"] option')].map((o) => o.value),
    selected: one('quarter-select')?.value ?? null,
    maturity: text('overall-maturity'),
    lights,
    kpis: Object.fromEntries([...el.querySelectorAll('[data-testid="kpi-tile"]')].map((t) => [t.dataset.kpi, t.dataset.value])),
    sha256: text('export-sha256'),
    exportId: text('export-id'),
    exportIdPrefix: one('export-id')?.dataset.sha256Prefix ?? null,
    exportIdAsOf: one('export-id')?.dataset.asOf ?? null,
  };
}

/** Checks dashboardFacts() against core's summary (`csm summary --format json`) of the export it shows. */
export function assertShowsExport(facts, file, lang) {
  const sum = summary(file);
  const sha = sha256(file);
  assert.equal(facts.state, 'ready');
  assert.equal(facts.lang, lang);
  assert.equal(facts.org, sum.organisation.name[lang], 'organisation name');
  assert.match(facts.status ?? '', lang === 'ja' ? /有効/ : /OK/);
  assert.deepEqual([...facts.quarters].sort(), [...sum.quarters].sort(), 'one quarter per record of the export');
  assert.equal(facts.selected, sum.quarter, 'the latest quarter is shown first');
  assert.equal(facts.maturity, sum.checksheet.overall.maturity.toFixed(2), 'overall maturity');
  assert.deepEqual(facts.lights, sum.headline.lights, 'traffic lights of the 10 items');
  const kpis = Object.fromEntries(sum.kpis.kpis.filter((k) => k.value !== null).map((k) => [k.id, k.value]));
  const shown = Object.entries(facts.kpis).filter(([, v]) => v !== '' && v !== undefined);
  assert.deepEqual(Object.fromEntries(shown.map(([k, v]) => [k, Number(v)])), kpis, 'KPI values');
  assert.equal(facts.sha256, sha, 'SHA-256 of the exact bytes');
  assert.equal(facts.exportIdPrefix, sha.slice(0, 12), 'export-id');
  assert.equal(facts.exportIdAsOf, sum.as_of, 'export-id as_of');
}

/**
 * A one-file page's (board pack's, office edition's) <style> elements and what they do. Runs in the
 * page: `page.evaluate(packStyleFacts)`.
 */
export function packStyleFacts() {
  const styles = [...document.querySelectorAll('style')];
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const styleSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src ')) ?? '';
  const host = document.querySelector('[data-csm-dashboard]');
  return {
    texts: styles.map((s) => s.textContent),
    inHead: styles.map((s) => s.parentElement === document.head),
    // A <style> the policy blocks has no sheet (Chromium) or no rules (Firefox).
    rules: styles.map((s) => (s.sheet ? s.sheet.cssRules.length : -1)),
    styleSrc: styleSrc.split(/\s+/).slice(1),
    // A custom property only the whole stylesheet defines (on .csm-dashboard).
    ink: host ? getComputedStyle(host).getPropertyValue('--csm-ink').trim() : null,
    cssBlock: document.getElementById('csm-css')?.textContent ?? null,
  };
}

/**
 * Checks packStyleFacts(): exactly two <style> elements in the head — the page's small first rules
 * (under 1 KB), then the whole stylesheet the loader inflated and inserted (its block emptied) — and
 * the policy's style-src is exactly their two SHA-256 hashes, and both apply. `dashboard`: the page
 * shows a dashboard, whose custom properties come from the whole stylesheet only.
 */
export function assertPackStyles(facts, what, { dashboard = true } = {}) {
  assert.equal(facts.texts.length, 2, `${what}: <style> elements (first rules, whole stylesheet)`);
  assert.deepEqual(facts.inHead, [true, true], `${what}: <style> elements in the head`);
  const [first, whole] = facts.texts;
  assert.ok(first.length < 1024, `${what}: the first rules are ${first.length} characters`);
  assert.ok(whole.length > 10 * first.length, `${what}: the inserted stylesheet is ${whole.length} characters`);
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  assert.deepEqual(facts.styleSrc, [hash(first), hash(whole)], `${what}: style-src lists exactly both stylesheets`);
  assert.ok(facts.rules[0] >= 4, `${what}: the first rules do not apply (${facts.rules[0]})`);
  assert.ok(facts.rules[1] > 50, `${what}: the inserted stylesheet does not apply (${facts.rules[1]} rules)`);
  assert.equal(facts.cssBlock, '', `${what}: the CSS block's text was not emptied`);
  if (dashboard) assert.equal(facts.ink, '#1b2333', `${what}: the dashboard's custom properties are not set`);
}

/**
 * The risk levels' colours as drawn on the risks view (runs in the page:
 * `page.$eval(host, levelFillFacts)` or `page.evaluate(levelFillFacts)`): each heat-map cell's level
 * id and each level badge's name, with the computed background colour as `#rrggbb`.
 */
export function levelFillFacts(host = document) {
  const hex = (el) => {
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
    return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
  };
  return {
    cells: [...host.querySelectorAll('[data-testid="heat-cell"]')].map((c) => ({ level: c.dataset.level, fill: hex(c) })),
    badges: [...host.querySelectorAll('.csm-level-badge')].map((b) => ({ name: b.textContent.trim(), fill: hex(b) })),
  };
}

/**
 * Checks levelFillFacts() against the export `file`'s risk matrix: every heat-map cell and every
 * level badge is drawn on its level's colour (the badge found by its Japanese or English name).
 */
export function assertLevelFills(facts, file, what) {
  const levels = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')).risk_matrix.levels;
  const byId = new Map(levels.map((l) => [l.id, l.colour.toLowerCase()]));
  const byName = new Map(levels.flatMap((l) => [[l.name, l.colour.toLowerCase()], [l.name_en, l.colour.toLowerCase()]]));
  assert.ok(facts.cells.length >= 9, `${what}: ${facts.cells.length} heat-map cells`);
  assert.ok(facts.badges.length > 0, `${what}: no level badge`);
  assert.deepEqual(
    facts.cells.filter((c) => byId.get(c.level) !== c.fill),
    [],
    `${what}: heat-map cells not on their level's colour`,
  );
  assert.deepEqual(
    facts.badges.filter((b) => byName.has(b.name) && byName.get(b.name) !== b.fill),
    [],
    `${what}: level badges not on their level's colour`,
  );
  assert.ok(facts.badges.some((b) => byName.has(b.name)), `${what}: no badge names a level`);
}

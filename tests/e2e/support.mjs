// Shared helpers for the browser tests in tests/e2e/ (not a test file itself: `node --test tests/e2e/`
// runs only *.test.mjs here).
//
// - serveDist(): a tiny static HTTP server for the built dist/ on 127.0.0.1 and a free port.
// - launchChromium(): Debian's Chromium through playwright-core (never a downloaded browser).
// - trackNetwork(): records every request of a browser context and blocks those leaving the origin.
// - cliProblems(): what `csm validate --format json` says about a file, to compare with the page.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

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
  const [cmd, args] = process.env.CSM_BIN
    ? [process.env.CSM_BIN, []]
    : ['cargo', ['run', '--quiet', '-p', 'csm-cli', '--']];
  const run = spawnSync(cmd, [...args, 'validate', '--format', 'json', file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`csm validate exited with ${run.status}:\n${run.stderr}`);
  }
  const report = JSON.parse(run.stdout);
  if (!Array.isArray(report) || report.length !== 1) {
    throw new Error(`unexpected csm validate output: ${run.stdout.slice(0, 500)}`);
  }
  return report[0].valid ? [] : report[0].problems;
}

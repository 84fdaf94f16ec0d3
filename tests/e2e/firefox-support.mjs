// Helpers for the Firefox tests (tests/e2e/firefox.test.mjs; not a test file itself).
//
// Firefox is driven by puppeteer-core over WebDriver BiDi (Playwright's Firefox needs its own patched
// build, which we never download). Debian's firefox-esr at /usr/bin/firefox, or $FIREFOX_PATH.
// What differs from the Chromium helpers in support.mjs:
// - no per-page viewport over BiDi (`page.setViewport` is not supported): the window has a fixed size;
// - no routing of requests: files are swapped on the test server instead (serveDir's `overrides`);
// - init scripts are `page.evaluateOnNewDocument`, events are puppeteer's;
// - no `page.waitForFunction` on our pages: see waitInPage();
// - one artefact of Firefox's WebDriver BiDi agent in the page's log is told apart: see AGENT_ARTEFACT.
//
// - launchFirefox(): headless Firefox ESR, Japanese first in Accept-Language, kept off the network.
// - serveDir(): dist/ on 127.0.0.1 with an optional Content-Security-Policy header and file overrides.
// - openPage(): a fresh browser context and page that records requests, errors and CSP violations.
// - csm(), summary(), sha256(): the CLI and what core computes, to compare with the page.
// - dashboardFacts() (runs in the page) and assertShowsExport(): the figures a dashboard shows,
//   checked the same way as in delivery.test.mjs.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

import puppeteer from 'puppeteer-core';

import { ROOT, assertShowsExport, csm, dashboardFacts, sha256, summary } from './support.mjs';

export { assertShowsExport, csm, dashboardFacts, sha256, summary };

/** The built dashboard: dist/ or $CSM_DIST. */
export const DIST = resolve(process.env.CSM_DIST || join(ROOT, 'dist'));
/** The window's size: BiDi Firefox takes no per-page viewport. */
export const WINDOW = { width: 1280, height: 900 };
/** The policy a strict host sends (docs/DELIVERY.md, "CSP"), as in delivery.test.mjs. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const SAMPLES = {
  a: join(ROOT, 'samples', 'a-company.json'),
  b: join(ROOT, 'samples', 'b-company.json'),
};

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
};

/** Launches headless Debian Firefox ESR (or $FIREFOX_PATH) through WebDriver BiDi. */
export async function launchFirefox() {
  const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox';
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: install Debian's firefox-esr (scripts/test does this).`);
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: null,
    args: [`--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
    extraPrefsFirefox: {
      // A Japanese board member's browser.
      'intl.accept_languages': 'ja-JP, ja, en',
      'intl.locale.requested': 'ja-JP',
      // Nothing but the page under test talks to the network (puppeteer's profile already turns off
      // updates, telemetry and safe browsing).
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
}

/**
 * Serves `root` (default dist/) on 127.0.0.1 and a free port. `csp`: the Content-Security-Policy
 * header of every response. `overrides`: { '/a-company.json': Buffer } replaces files by URL path.
 * Resolves to { origin, url, close() }.
 */
export async function serveDir({ root = DIST, csp = null, overrides = {} } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} does not exist: build the dashboard first with \`trunk build --release\`.`);
  }
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const headers = { 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) };
    if (Object.hasOwn(overrides, pathname)) {
      res.writeHead(200, { ...headers, 'content-type': MIME[extname(pathname)] ?? 'application/octet-stream' });
      res.end(overrides[pathname]);
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, headers).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: `${origin}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Runs before any script of the page: records CSP violations into window.__violations. */
function violationWatcher() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`.trim());
  });
}

/**
 * The one log entry of Firefox ESR 140's WebDriver BiDi agent (not of the page) that openPage() keeps
 * apart from the page's errors. Puppeteer's Firefox runs all web content in one process, so when a tab
 * leaves its initial about:blank document, the agent's handler for that outgoing document also sees the
 * new document's `document-element-inserted` (remote/webdriver-bidi/modules/windowglobal/
 * _configuration.sys.mjs compares the window with the tab's *current* window) and evaluates the preload
 * scripts a second time from the old document's realm. That call fails before the script is entered —
 * `(fn).apply(__bidi_this, __bidi_args)` reads `.length` of an arguments array from the other
 * compartment — and the agent logs this message, once per preload script, without a stack, into the
 * new page (shared/Realm.sys.mjs reportError). Whether it happens is a race (about one page in three
 * served over http here, also with a bare page that has no script at all); the page is not involved.
 */
export const AGENT_ARTEFACT = 'Permission denied to access property "length"';

/** Whether a `pageerror` is that agent artefact: its exact text and no stack frame. */
function isAgentArtefact(err) {
  const stack = String(err?.stack ?? '').split('\n');
  return err?.message === `Error: ${AGENT_ARTEFACT}` && stack.length === 1;
}

/**
 * A preload script that records its own run in window.__csmPreloaded before calling `script`, so that
 * assertClean() can check every one ran exactly once in the page (none lost, none run twice).
 */
function preload(script) {
  return `(window.__csmPreloaded ??= []).push(${JSON.stringify(script.name)}); (${script})();`;
}

/**
 * A fresh browser context and page (closed after test `t`). `isLocal(url)` says which requests may be
 * made besides data:, blob: and about: URLs; `init` are named functions run in the page before its own
 * scripts. Returns { page, log } where log holds { requests, foreign, pageErrors, consoleErrors, dialogs,
 * preloads, documents, agentArtefacts } as the page runs.
 */
export async function openPage(browser, t, { isLocal, init = [] }) {
  const context = await browser.createBrowserContext();
  t.after(() => context.close().catch(() => {}));
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const scripts = [violationWatcher, ...init];
  const log = {
    requests: [],
    foreign: [],
    pageErrors: [],
    consoleErrors: [],
    dialogs: [],
    preloads: scripts.map((s) => s.name),
    documents: 0,
    agentArtefacts: [],
  };
  page.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    // data:, blob: and about: never leave the machine (Firefox itself loads a data: font in a page).
    if (!isLocal(url) && !/^(data|blob|about):/.test(url)) log.foreign.push(url);
  });
  page.on('load', () => {
    log.documents += 1;
  });
  page.on('pageerror', (err) => (isAgentArtefact(err) ? log.agentArtefacts : log.pageErrors).push(String(err?.stack ?? err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('dialog', async (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  for (const script of scripts) await page.evaluateOnNewDocument(preload(script));
  return { page, log };
}

/** CSP violations recorded in the page's main frame. */
export async function violations(page) {
  return page.evaluate(() => window.__violations ?? ['the violation watcher did not run']);
}

/**
 * Fails on requests off the page's own files, uncaught errors, console errors, dialogs and CSP
 * violations; and unless every preload script ran exactly once in the page. The agent's artefact
 * (AGENT_ARTEFACT) is allowed only as it comes: once for each preload script, at most once a document.
 */
export async function assertClean(page, log, where) {
  assert.deepEqual(log.foreign, [], `${where}: requests left the page's own files`);
  assert.deepEqual(await violations(page), [], `${where}: Content-Security-Policy violations`);
  assert.deepEqual(log.pageErrors, [], `${where}: uncaught errors`);
  assert.deepEqual(await page.evaluate(() => window.__csmPreloaded ?? []), log.preloads, `${where}: preload scripts did not each run once`);
  // The agent's failed second run comes in whole sets, one entry per preload script, at most one set
  // per document; anything else with that text is the page's own error.
  const sets = log.agentArtefacts.length / log.preloads.length;
  assert.ok(
    Number.isInteger(sets) && sets <= Math.max(1, log.documents),
    `${where}: uncaught errors: ${log.agentArtefacts.length} × "${AGENT_ARTEFACT}" for ${log.preloads.length} preload scripts in ${log.documents} documents`,
  );
  assert.deepEqual(log.consoleErrors, [], `${where}: console errors`);
  assert.deepEqual(log.dialogs, [], `${where}: dialogs opened`);
}

/**
 * Waits until `fn(...args)`, run in the page, returns a truthy value (polled every 50 ms, up to the
 * page's default timeout or `timeout`); returns that value. Use it instead of page.waitForFunction,
 * which in Firefox builds its predicate with `new Function` inside the page: the board pack's and the
 * office edition's Content-Security-Policy (no 'unsafe-eval') rightly blocks that ("call to Function()
 * blocked by CSP"), so the wait fails at once ("Waiting failed") and the page logs a violation.
 * page.evaluate (WebDriver BiDi script.callFunction) is not subject to the page's policy.
 */
export async function waitInPage(page, fn, { timeout = page.getDefaultTimeout() } = {}, ...args) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitInPage: still false after ${timeout} ms: ${fn}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * Clicks through every view tab of the dashboard `host` (a selector); each view must show the
 * export's identity. Returns the views' names. Ends on the first tab.
 */
export async function visitEveryView(page, host, file) {
  const sha = sha256(file).slice(0, 12);
  const views = await page.$$eval(`${host} [data-testid^="nav-"]`, (tabs) => tabs.map((t) => t.getAttribute('data-view')));
  assert.ok(views.length >= 2, `only ${views.length} view tabs`);
  for (const view of views) {
    await page.click(`${host} [data-testid="nav-${view}"]`);
    await page.waitForSelector(`${host} [data-testid="view-${view}"]:not(:has([aria-busy="true"]))`);
    const prefix = await page.$eval(`${host} [data-testid="export-id"]`, (e) => e.dataset.sha256Prefix);
    assert.equal(prefix, sha, `view ${view}: export-id`);
  }
  await page.click(`${host} [data-testid="nav-${views[0]}"]`);
  await page.waitForSelector(`${host} [data-testid="view-${views[0]}"]:not(:has([aria-busy="true"]))`);
  return views;
}

/**
 * How the dashboard's text is drawn (runs in the page): its computed font-family, and the widths of
 * "iiiiiiiiii" and "WWWWWWWWWW" set in it. In a monospaced face (what Debian's Firefox falls back to
 * when a generic family such as system-ui comes first) the two are equally wide.
 */
export function fontFacts(host) {
  const probe = (text) => {
    const span = document.createElement('span');
    span.textContent = text;
    host.append(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
  };
  return { family: getComputedStyle(host).fontFamily, narrow: probe('iiiiiiiiii'), wide: probe('WWWWWWWWWW') };
}

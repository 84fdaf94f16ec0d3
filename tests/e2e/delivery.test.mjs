// Delivery: the one-file board pack (`csm bundle`) opened from file://, the served build embedded in a
// portal page and an iframe, all under a strict Content-Security-Policy and without any request leaving
// the page's own files. docs/DELIVERY.md describes what is tested here.
//
// Run: node --test tests/e2e/delivery.test.mjs   (after `trunk build --release`; $CSM_DIST picks another
// build directory, $CSM_BIN an installed csm). Screenshots: docs/screenshots/{bundle-file,portal}.png.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import {
  ROOT,
  SCREENSHOTS,
  assertLevelFills,
  assertPackStyles,
  assertShowsExport as assertFacts,
  collectErrors,
  csm,
  dashboardFacts as pageFacts,
  launchChromium,
  levelFillFacts,
  packStyleFacts,
  sha256,
  summary,
} from './support.mjs';

const DIST = resolve(process.env.CSM_DIST || join(ROOT, 'dist'));
const TIMEOUT = 60_000;
const READY = '[data-state="ready"]';

/** The policy a strict host sends (docs/DELIVERY.md, "CSP"). */
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves `root` on 127.0.0.1 with `csp` as the Content-Security-Policy header of every response. */
async function serveWithCsp(root, csp) {
  const server = createServer((req, res) => {
    let file;
    try {
      file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const headers = { 'content-security-policy': csp, 'cache-control': 'no-store' };
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(() => ok())) };
}

const SAMPLES = {
  a: join(ROOT, 'samples', 'a-company.json'),
  b: join(ROOT, 'samples', 'b-company.json'),
};


/** Records CSP violations (in every frame) into window.__violations. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`.trim());
    });
  });
}

async function violations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...((await frame.evaluate(() => window.__violations ?? null)) ?? []));
  return all;
}

/** Records every request of `page` and whether it stayed on `isLocal` URLs. */
function recordRequests(page, isLocal) {
  const log = { all: [], foreign: [] };
  page.on('request', (request) => {
    const url = request.url();
    log.all.push(url);
    if (!isLocal(url)) log.foreign.push(url);
  });
  page.on('websocket', (ws) => log.foreign.push(`websocket ${ws.url()}`));
  return log;
}

/** Fails on inline styles or injected <style> elements inside the dashboards (CSP `style-src 'self'`). */
async function assertNoInlineStyle(scope, allowedStyleElements) {
  const found = await scope.evaluate(() => ({
    styleAttributes: [...document.querySelectorAll('[style]')].map((e) => `<${e.localName} style="${e.getAttribute('style')}">`),
    styleElements: document.querySelectorAll('style').length,
    svgTextWithoutLabel: [...document.querySelectorAll('.csm-dashboard svg text')].filter((t) => !t.textContent.trim()).length,
  }));
  assert.deepEqual(found.styleAttributes, [], 'elements with a style attribute (blocked by style-src)');
  assert.equal(found.styleElements, allowedStyleElements, '<style> elements in the page');
  assert.equal(found.svgTextWithoutLabel, 0, 'SVG chart labels without text');
}

/** The CSS rules of the dashboard's stylesheets that reach outside .csm-dashboard (selectors, global at-rules). */
async function unscopedRules(page) {
  return page.evaluate(() => {
    const scoped = /^\s*\.csm-(dashboard|page|bundle)(?![\w-])/;
    const bad = [];
    const visit = (rules, sheet) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          const selectors = rule.selectorText.split(',');
          if (!selectors.every((s) => scoped.test(s))) bad.push(`${sheet}: ${rule.selectorText}`);
        } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule || rule instanceof CSSLayerBlockRule) {
          visit(rule.cssRules, sheet);
        } else if (rule instanceof CSSKeyframesRule ? !rule.name.startsWith('csm-') : !(rule instanceof CSSPageRule && rule.selectorText.startsWith('csm-'))) {
          // Global at-rules: only csm- animations and named pages (`@page csm-… { }` used via
          // `page: csm-…` on the dashboard's own elements) leave the host alone. An unnamed @page
          // sets the host's print layout; @font-face, @property, @import … are page-wide too.
          bad.push(`${sheet}: ${rule.cssText.replace(/\s+/g, ' ').slice(0, 80)}`);
        }
      }
    };
    for (const sheet of document.styleSheets) {
      const name = sheet.href ? sheet.href.split('/').pop() : '(inline)';
      if (name === 'portal.css') continue;
      visit(sheet.cssRules, name);
    }
    return bad;
  });
}

/** What a dashboard host shows (its summary view): support.mjs's dashboardFacts, run in the page. */
async function dashboardFacts(host) {
  return host.evaluate(pageFacts);
}

/** Checks a dashboard against core's summary: support.mjs's checks, then the export-id text it shows. */
function assertShowsExport(facts, file, lang) {
  assertFacts(facts, file, lang);
  const sum = summary(file);
  const sha = sha256(file);
  assert.equal(facts.quarters.length, sum.quarters.length, 'quarter count');
  // Every view: the first 12 hex digits of the SHA-256 and the export's as_of date.
  assert.ok(facts.exportId, 'no data-testid="export-id"');
  assert.ok(facts.exportId.includes(sha.slice(0, 12)), `export-id "${facts.exportId}" does not show ${sha.slice(0, 12)}`);
  const [y, m, dd] = sum.as_of.split('-').map(Number);
  const shown = lang === 'ja' ? `${y}年${m}月${dd}日` : null;
  if (shown) assert.ok(facts.exportId.includes(shown), `export-id "${facts.exportId}" does not show ${shown}`);
  else assert.match(facts.exportId, new RegExp(`${dd}|${sum.as_of}`), `export-id "${facts.exportId}" lacks the as_of day`);
}

/** Visits every view of the dashboard in `host`: each shows the export identity, none uses inline style. */
async function visitEveryView(page, hostSelector, file, allowedStyleElements) {
  const sha = sha256(file).slice(0, 12);
  const tabs = page.locator(`${hostSelector} [data-testid^="nav-"]`);
  const count = await tabs.count();
  assert.ok(count >= 2, `only ${count} view tabs`);
  const views = [];
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const view = await tab.getAttribute('data-view');
    await tab.click();
    await page.waitForSelector(`${hostSelector} [data-testid="view-${view}"]:not(:has([aria-busy="true"]))`);
    const id = page.locator(`${hostSelector} [data-testid="export-id"]`);
    assert.equal(await id.count(), 1, `view ${view}: export-id`);
    assert.equal(await id.getAttribute('data-sha256-prefix'), sha, `view ${view}`);
    assert.ok(await id.isVisible(), `view ${view}: export-id is not visible`);
    await assertNoInlineStyle(page, allowedStyleElements);
    views.push(view);
  }
  await tabs.first().click();
  return views;
}

describe('delivery', () => {
  let browser;
  let server;

  before(async () => {
    for (const f of ['index.html', 'boot.js', 'csm-frontend.js', 'csm-frontend_bg.wasm', 'examples/portal.html']) {
      if (!existsSync(join(DIST, f))) {
        throw new Error(`${join(DIST, f)} is missing: build with \`trunk build --release\` first`);
      }
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    server = await serveWithCsp(DIST, STRICT_CSP);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(t, isLocal) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
    t.after(() => context.close());
    await watchViolations(context);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    return { page, network: recordRequests(page, isLocal), errors: collectErrors(page) };
  }

  async function assertClean(page, network, errors) {
    assert.ok(network.all.length > 0, 'no request recorded: the network log does not work');
    assert.deepEqual(network.foreign, [], 'requests left the page\'s own files');
    assert.deepEqual(await violations(page), [], 'Content-Security-Policy violations');
    assert.deepEqual(errors.page, [], 'uncaught errors');
    assert.deepEqual(errors.console, [], 'console errors');
  }

  test('the board pack opens from file:// with no network, then opens another export by file picker', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'csm-delivery-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'board.html');
    const built = csm('bundle', SAMPLES.a, '-o', out, '--dist', DIST);
    assert.equal(built.status, 0, `csm bundle failed:\n${built.stderr}`);

    const url = pathToFileURL(out).href;
    const { page, network, errors } = await newPage(t, (u) => u === url || /^(data|blob):/.test(u));
    // The order in which the whole stylesheet arrives and the wasm mounts the dashboard.
    await page.addInitScript(() => {
      window.__csmOrder = [];
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') window.__csmOrder.push('mounted');
          for (const n of r.addedNodes) if (n.localName === 'style') window.__csmOrder.push('style');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-csm-mounted'] });
    });
    await page.goto(url, { waitUntil: 'load' });
    const host = page.locator('[data-csm-dashboard]');
    await page.waitForSelector(READY);
    assertShowsExport(await dashboardFacts(host), SAMPLES.a, 'ja');
    // The bundle's two <style> elements are its own (its first rules, then the whole stylesheet its
    // loader inserted before starting the wasm, so the first render is styled; both allowed by hash);
    // the app adds none.
    assertPackStyles(await page.evaluate(packStyleFacts), 'board pack');
    assert.deepEqual(await page.evaluate(() => window.__csmOrder), ['style', 'style', 'mounted'], 'styles, then the wasm');
    await assertNoInlineStyle(page, 2);
    const views = await visitEveryView(page, '[data-csm-dashboard]', SAMPLES.a, 2);
    assert.ok(views.includes('summary'), `views: ${views}`);
    // The levels' colours: classes whose rules the app adopts, allowed under the pack's CSP.
    await page.click('[data-testid="nav-risks"]');
    await page.waitForSelector('[data-testid="risk-row"]');
    assertLevelFills(await page.evaluate(levelFillFacts), SAMPLES.a, 'board pack');
    await assertNoInlineStyle(page, 2);
    await page.click('[data-testid="nav-summary"]');
    await page.waitForSelector('[data-testid="view-summary"]');
    // (After the style checks: Playwright's screenshot itself puts style="" on the file input.)
    await page.screenshot({ path: join(SCREENSHOTS, 'bundle-file.png'), fullPage: true });

    // The same file opens another export chosen with the file picker (B社, ~600 kB).
    await page.locator('[data-testid="file-input"]').setInputFiles(SAMPLES.b);
    const bName = summary(SAMPLES.b).organisation.name.ja;
    await page.waitForFunction(
      (name) => document.querySelector('[data-csm-dashboard][data-state="ready"] [data-testid="org-name"]')?.textContent.trim() === name,
      bName,
    );
    assertShowsExport(await dashboardFacts(host), SAMPLES.b, 'ja');
    await assertClean(page, network, errors);
    assert.deepEqual([...new Set(network.all)], [url], 'the bundle requested something besides itself');
  });

  test('a browser without DecompressionStream sees a bilingual message in the board pack, not a blank page', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'csm-delivery-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'board.html');
    const built = csm('bundle', SAMPLES.a, '-o', out, '--dist', DIST);
    assert.equal(built.status, 0, `csm bundle failed:\n${built.stderr}`);
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, locale: 'ja-JP' });
    t.after(() => context.close());
    // An older browser: the page's loader finds no DecompressionStream.
    await context.addInitScript(() => {
      delete window.DecompressionStream;
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    const message = page.locator('[data-csm-dashboard] [role="alert"]');
    await message.waitFor();
    const text = await message.textContent();
    assert.match(text, /このブラウザーではこのファイルを開けません/, text);
    assert.match(text, /This browser cannot open this file \(it has no DecompressionStream\)/, text);
    assert.equal(await page.locator('[data-csm-dashboard]').getAttribute('data-csm-mounted'), null, 'the wasm did not start');
    assert.ok(await message.isVisible(), 'the message is visible');
  });

  test('the served build works under the strict CSP header', async (t) => {
    const { page, network, errors } = await newPage(t, (u) => u.startsWith(`${server.origin}/`));
    const response = await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForSelector(READY);
    assertShowsExport(await dashboardFacts(page.locator('[data-csm-dashboard]')), SAMPLES.a, 'ja');
    await assertNoInlineStyle(page, 0);
    await visitEveryView(page, '[data-csm-dashboard]', SAMPLES.a, 0);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'inline <script> in the served page');

    // plotters' SVG charts under `style-src 'self'`: labels are text with presentation attributes
    // (font-size, fill), laid out and visible. KPI trends carry the export's quarters on their x axis,
    // the check-sheet radar the numbers of the 10 important items.
    const charts = async (view, testid) => {
      await page.click(`[data-testid="nav-${view}"]`);
      await page.waitForSelector(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`);
      return page.evaluate((id) => [...document.querySelectorAll(`[data-testid="${id}"] svg`)]
        .map((svg) => [...svg.querySelectorAll('text')])
        .filter((texts) => texts.length > 0)
        .map((texts) => ({
          labels: texts.map((t) => t.textContent.trim()),
          unstyled: texts.filter((t) => !t.hasAttribute('font-size') || t.hasAttribute('style')).length,
          invisible: texts.filter((t) => !(t.getBBox().width > 0 && getComputedStyle(t).visibility === 'visible')).length,
        })), testid);
    };
    // The x axis names each quarter in the fiscal year (core's `fiscal`: the fiscal quarter holding
    // the calendar quarter's middle month), `FY2026 Q2` for 2026Q3 with an April start.
    const { quarters: keys, organisation } = summary(SAMPLES.a);
    const start = organisation.fiscal_year_start;
    const quarters = keys.map((key) => {
      const [year, middle] = [Number(key.slice(0, 4)), (Number(key.slice(5)) - 1) * 3 + 2];
      return `FY${middle >= start ? year : year - 1} Q${Math.floor(((middle - start + 12) % 12) / 3) + 1}`;
    });
    const trends = await charts('kpis', 'kpi-trend');
    assert.ok(trends.length >= 4, `only ${trends.length} KPI trend charts with labels`);
    for (const chart of trends) {
      assert.deepEqual(quarters.filter((q) => !chart.labels.includes(q)), [], `trend labels ${chart.labels}`);
      assert.equal(chart.unstyled + chart.invisible, 0, `trend labels without font attributes or invisible: ${JSON.stringify(chart)}`);
    }
    const [radar] = await charts('checksheet', 'radar');
    assert.ok(radar, 'no labelled radar chart');
    assert.deepEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].filter((n) => !radar.labels.includes(n)), []);
    assert.equal(radar.unstyled + radar.invisible, 0, JSON.stringify(radar));
    await assertNoInlineStyle(page, 0);
    await assertClean(page, network, errors);
  });

  test('the portal page hosts two dashboards and keeps its own text and styles', async (t) => {
    const portal = `${server.origin}/examples/portal.html`;
    const portalFacts = (page) =>
      page.evaluate(() => {
        const props = ['color', 'background-color', 'font-family', 'font-size', 'line-height', 'margin-top', 'padding-top', 'border-bottom-width', 'box-sizing', 'display'];
        const nodes = [document.documentElement, document.body, ...document.querySelectorAll('body > header, body > footer, [data-portal], .portal-layout, .portal-panel, .portal-nav a')];
        return {
          title: document.title,
          htmlLang: document.documentElement.lang,
          bodyClass: document.body.className,
          headChildren: [...document.head.children].map((e) => e.outerHTML),
          nodes: nodes.map((n) => {
            const cs = getComputedStyle(n);
            return { el: n.localName + (n.dataset.portal ? `[${n.dataset.portal}]` : ''), text: n.dataset.portal ? n.textContent : undefined, style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) };
          }),
        };
      });

    // The portal alone: the dashboard's stylesheets and script blocked.
    const bare = await newPage(t, (u) => u.startsWith(`${server.origin}/`));
    await bare.page.route(/\/(styles\.css|records\.css|boot\.js)$/, (route) => route.abort());
    await bare.page.goto(portal, { waitUntil: 'load' });
    const expected = await portalFacts(bare.page);
    assert.ok(expected.nodes.length >= 10);

    const { page, network, errors } = await newPage(t, (u) => u.startsWith(`${server.origin}/`));
    await page.goto(portal, { waitUntil: 'load' });
    await page.waitForSelector(`#board-a${READY}`);
    await page.waitForSelector(`#board-b${READY}`);
    assertShowsExport(await dashboardFacts(page.locator('#board-a')), SAMPLES.a, 'ja');
    assertShowsExport(await dashboardFacts(page.locator('#board-b')), SAMPLES.b, 'en');
    assert.deepEqual(await portalFacts(page), expected, 'the dashboards changed the portal\'s own text, styles or head');
    await assertNoInlineStyle(page, 0);
    assert.deepEqual(await unscopedRules(page), [], 'dashboard CSS rules not scoped under .csm-dashboard');
    // Both dashboards navigate independently and leave the portal's URL and history alone.
    const history = await page.evaluate(() => history.length);
    await visitEveryView(page, '#board-a', SAMPLES.a, 0);
    await visitEveryView(page, '#board-b', SAMPLES.b, 0);
    assert.equal(page.url(), portal, 'a dashboard changed the portal\'s URL');
    assert.equal(await page.evaluate(() => history.length), history, 'a dashboard added history entries');
    assert.deepEqual(await portalFacts(page), expected, 'navigating the dashboards changed the portal');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal.png'), fullPage: true });

    // The JavaScript API: refuses mistakes, unmounts cleanly, mounts again (with the exact bytes).
    const api = await page.evaluate(async () => {
      const b = document.getElementById('board-b');
      const attempt = (f) => {
        try {
          f();
          return 'no error';
        } catch (e) {
          return String(e.message ?? e);
        }
      };
      const unknown = attempt(() => csmDashboard.mount(document.createElement('div'), { source: 'x.json' }));
      const badLang = attempt(() => csmDashboard.mount(document.createElement('div'), { lang: 'fr' }));
      const badRouting = attempt(() => csmDashboard.mount(document.createElement('div'), { routing: 'url' }));
      const both = attempt(() => csmDashboard.mount(document.createElement('div'), { src: 'a.json', snapshot: '{}' }));
      const twice = attempt(() => csmDashboard.mount(b, { src: '../a-company.json' }));
      return { unknown, badLang, badRouting, both, twice };
    });
    assert.match(api.unknown, /unknown mount option "source"/);
    assert.match(api.badLang, /"lang" must be "ja" or "en"/);
    assert.match(api.badRouting, /"routing" must be "hash" or "memory"/);
    assert.match(api.both, /either "src" or "snapshot"/);
    assert.match(api.twice, /already holds a dashboard/);

    const bytes = [...readFileSync(SAMPLES.b)];
    const afterUnmount = await page.evaluate(async (data) => {
      const el = document.createElement('div');
      el.setAttribute('lang', 'ja-JP');
      document.querySelector('.portal-main').append(el);
      const board = csmDashboard.mount(el, { snapshot: new Uint8Array(data), lang: 'ja', routing: 'memory' });
      await new Promise((ok) => {
        const check = () => (el.dataset.state === 'ready' ? ok() : setTimeout(check, 50));
        check();
      });
      const sha = el.querySelector('[data-testid="export-sha256"]').textContent.trim();
      board.unmount();
      return { sha, children: el.childNodes.length, attributes: el.getAttributeNames(), lang: el.lang, className: el.className };
    }, bytes);
    assert.equal(afterUnmount.sha, sha256(SAMPLES.b), 'snapshot bytes passed to mount() are hashed exactly');
    assert.deepEqual(afterUnmount, { sha: sha256(SAMPLES.b), children: 0, attributes: ['lang'], lang: 'ja-JP', className: '' });
    await assertClean(page, network, errors);
  });

  test('the dashboard works inside an iframe of a portal page', async (t) => {
    const { page, network, errors } = await newPage(t, (u) => u.startsWith(`${server.origin}/`));
    await page.goto(`${server.origin}/examples/iframe.html`, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe.portal-frame');
    await frame.locator(READY).waitFor();
    const inner = page.frames().find((f) => f !== page.mainFrame());
    assert.equal(inner && new URL(inner.url()).pathname, '/index.html', 'the iframe did not load index.html');
    // The framed dashboard keeps its view in its own frame's fragment, never in the portal's.
    assert.equal(page.url(), `${server.origin}/examples/iframe.html`);
    assertShowsExport(await dashboardFacts(inner.locator('[data-csm-dashboard]')), SAMPLES.a, 'ja');
    await assertNoInlineStyle(inner, 0);
    assert.equal(await page.locator('[data-portal="title"]').textContent(), '取締役会資料（iframe 埋め込み）');
    await assertClean(page, network, errors);
  });
});

// The core of the end-to-end suite in Firefox (Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi; the other files here run in Chromium):
//
// 1. the dashboard served from dist/: the sample's organisation and numbers, every view, a
//    proportional Japanese font, nothing leaving the origin;
// 2. the board pack (`csm bundle`) opened from file://;
// 3. the served build and the portal page (examples/portal.html) under the strict CSP header;
// 4. the hostile export (tests/fixtures/hostile/xss.json) shown literally, nothing from it runs;
// 5. axe-core on every view, ja and en (no violation of any impact, as in hardening.test.mjs);
// 6. B社's board pack printed on A4, and the flagship's (`csm generate`) summary and risks: no line of a view
//    runs under the page footer, no page is blank but for it (pdftotext -bbox).
//
// Run: node --test tests/e2e/firefox.test.mjs   (after `trunk build --release`; $CSM_DIST picks another
// build directory, $CSM_BIN an installed csm, $FIREFOX_PATH another Firefox).
// Screenshot: docs/screenshots/firefox-summary-ja.png.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import {
  DIST,
  SAMPLES,
  STRICT_CSP,
  assertClean,
  assertShowsExport,
  csm,
  dashboardFacts,
  fontFacts,
  launchFirefox,
  openPage,
  serveDir,
  visitEveryView,
  waitInPage,
} from './firefox-support.mjs';
import { ROOT, SCREENSHOTS, artifact, assertLevelFills, assertPackStyles, levelFillFacts, packStyleFacts } from './support.mjs';

const require = createRequire(import.meta.url);
const HOST = '[data-csm-dashboard]';
const READY = `${HOST}[data-state="ready"]`;
const VIEWS = ['summary', 'trends', 'checksheet', 'kpis', 'risks', 'pdca', 'partners', 'readiness', 'impact'];
const LANGS = ['ja', 'en'];

const HOSTILE_FILE = join(ROOT, 'tests', 'fixtures', 'hostile', 'xss.json');
const P = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'payloads.json'), 'utf8'));
/** The hostile export's quarters (as in hardening.test.mjs). */
const HOSTILE_QUERY = 'q=2026Q2&vs=2026Q1';

/** Opens `view` in `lang` by its deep link (the page's fragment) and waits for it. */
async function showView(page, view, lang, query = '') {
  await page.evaluate((f) => {
    location.hash = f;
  }, `#/${view}?${query ? `${query}&` : ''}lang=${lang}`);
  await page.waitForSelector(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`, { timeout: 15_000 });
  await waitInPage(page, (l) => document.querySelector('[data-csm-dashboard]')?.getAttribute('lang') === l, {}, lang);
  await new Promise((ok) => setTimeout(ok, 150)); // an <img onerror> or <svg onload> would fire by now
}

/** Runs before the page's scripts: traps every write to window.__xss (as in hardening.test.mjs). */
function trapScript() {
  window.__xssHits = [];
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: () => undefined,
    set: (v) => window.__xssHits.push(`${location.hash} ${String(v)}`),
  });
}

/** Data turned into markup or code inside the dashboard (runs in the page); findings, empty when clean. */
function markupFromData() {
  const out = [];
  const root = document.querySelector('[data-csm-dashboard]');
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name)) out.push(`<${el.localName}> has ${name}="${el.getAttribute(name)}"`);
      if (/^(srcdoc|formaction|action)$/i.test(name)) out.push(`<${el.localName}> has ${name}`);
    }
  }
  for (const el of root.querySelectorAll('script, iframe, frame, object, embed, style, link, meta, base, form, img, video, audio')) {
    out.push(`<${el.localName}> inside the dashboard`);
  }
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    if (!href.startsWith('#') && !/^https?:\/\//i.test(href)) out.push(`link to a non-http(s) URL: ${href}`);
  }
  return out;
}

describe('Firefox', () => {
  let browser;
  let plain;
  let strict;
  let hostile;
  let packDir;

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchFirefox();
    plain = await serveDir();
    strict = await serveDir({ csp: STRICT_CSP });
    // The bundled sample replaced by the hostile export (Firefox over BiDi has no request routing here).
    hostile = await serveDir({ overrides: { '/a-company.json': readFileSync(HOSTILE_FILE) } });
    packDir = mkdtempSync(join(tmpdir(), 'csm-firefox-'));
  });

  after(async () => {
    await browser?.close();
    await Promise.all([plain, strict, hostile].map((s) => s?.close()));
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  });

  /** A board pack of `file` made by `csm bundle`, as a file:// URL. */
  function boardPack(file, name) {
    const out = join(packDir, name);
    const built = csm('bundle', file, '-o', out, '--dist', DIST);
    assert.equal(built.status, 0, `csm bundle failed:\n${built.stderr}`);
    return pathToFileURL(out).href;
  }

  test('the dashboard served from dist/ shows A社 and its numbers in a proportional Japanese font', async (t) => {
    const { page, log } = await openPage(browser, t, { isLocal: (u) => u.startsWith(`${plain.origin}/`) });
    await page.goto(plain.url, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    assertShowsExport(await page.$eval(HOST, dashboardFacts), SAMPLES.a, 'ja');
    assert.equal(await page.$$eval(`${HOST} [data-testid="problems"] li[data-path]`, (lis) => lis.length), 0, 'the sample has problems');

    // The font stack names proportional Japanese faces before any generic family, and the face that
    // draws the page is proportional (not the monospaced fallback of Firefox on Debian).
    const font = await page.$eval(HOST, fontFacts);
    const families = font.family.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    const firstGeneric = families.findIndex((f) => /^(system-ui|-apple-system|sans-serif|serif|monospace|ui-\w+)$/.test(f));
    for (const face of ['Hiragino Sans', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP', 'IPAPGothic']) {
      const at = families.indexOf(face);
      assert.ok(at >= 0 && at < firstGeneric, `font-family names ${face} after a generic family or not at all: ${font.family}`);
    }
    assert.ok(font.wide > font.narrow * 1.5, `the dashboard's face is monospaced: "i"×10 is ${font.narrow}px, "W"×10 ${font.wide}px`);

    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-summary-ja.png'), fullPage: true });
    const views = await visitEveryView(page, HOST, SAMPLES.a);
    assert.deepEqual([...views].sort(), [...VIEWS].sort(), 'view tabs');
    assert.ok(log.requests.some((u) => u.endsWith('.wasm')), `the wasm request was not recorded: ${log.requests}`);
    await assertClean(page, log, 'served dashboard');
  });

  test('the board pack opens from file:// and renders its figures', async (t) => {
    const url = boardPack(SAMPLES.a, 'board.html');
    const { page, log } = await openPage(browser, t, { isLocal: (u) => u.split('#')[0] === url || /^(data|blob):/.test(u) });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    assertShowsExport(await page.$eval(HOST, dashboardFacts), SAMPLES.a, 'ja');
    await visitEveryView(page, HOST, SAMPLES.a);
    // The KPI trends and the check-sheet radar are drawn, with their labels laid out.
    for (const [view, chart] of [['kpis', 'kpi-trend'], ['checksheet', 'radar']]) {
      await page.click(`[data-testid="nav-${view}"]`);
      await page.waitForSelector(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`);
      const labels = await page.$$eval(`[data-testid="${chart}"] svg text`, (ts) => ts.map((t) => ({ text: t.textContent.trim(), width: t.getBBox().width })));
      assert.ok(labels.length > 0, `no ${chart} labels`);
      assert.deepEqual(labels.filter((l) => l.text && !(l.width > 0)), [], `${chart} labels not laid out`);
    }
    // The levels' colours, drawn by classes whose rules the app adopts (no inline style under the CSP).
    await page.click('[data-testid="nav-risks"]');
    await page.waitForSelector('[data-testid="risk-row"]');
    assertLevelFills(await page.evaluate(levelFillFacts), SAMPLES.a, 'board pack in Firefox');
    await page.click('[data-testid="nav-summary"]');
    await page.waitForSelector('[data-testid="view-summary"]');
    await page.screenshot({ path: artifact('firefox-bundle-file.png'), fullPage: true });
    // Its two <style> elements (first rules; the whole stylesheet the loader inserted), both allowed by
    // their hashes and applied: Firefox checks an inserted <style> against style-src as Chromium does.
    assertPackStyles(await page.evaluate(packStyleFacts), 'board pack in Firefox');
    await assertClean(page, log, 'board pack');
  });

  /**
   * Prints each of `views` of the board pack at `url` as the browser prints it (A4 landscape, the pack's
   * own page margins) and reads where each word lies (pdftotext -bbox). The footer (the export's digest
   * and date, fixed at each page's foot) must have no other word at its height or below it, and no page
   * may hold nothing but the footer.
   */
  async function printsClear(t, url, name, views) {
    const { page, log } = await openPage(browser, t, { isLocal: (u) => u.split('#')[0] === url || /^(data|blob):/.test(u) });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(READY, { timeout: 120_000 });
    for (const view of views) {
      await page.click(`[data-testid="nav-${view}"]`);
      await page.waitForSelector(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`, { timeout: 120_000 });
      const pdf = await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        margin: { top: '10mm', right: '12mm', bottom: '11mm', left: '12mm' },
        timeout: 120_000,
      });
      const file = artifact(`firefox-print-${name}-${view}.pdf`);
      writeFileSync(file, pdf);
      const run = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(run.status, 0, `pdftotext (poppler-utils): ${run.stderr ?? run.error}`);
      const pages = run.stdout.split('<page ').slice(1);
      assert.ok(pages.length >= 1, `${view}: printed`);
      pages.forEach((text, i) => {
        const words = [...text.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({ top: Number(m[2]), bottom: Number(m[4]), text: m[5] }),
        );
        const foot = words.filter((w) => w.text === 'エクスポート');
        assert.ok(foot.length > 0, `${view}, page ${i + 1}: the footer prints`);
        const top = Math.max(...foot.map((w) => w.top));
        const under = words.filter((w) => w.bottom > top - 0.5 && Math.abs(w.top - top) > 2.5).map((w) => w.text);
        assert.deepEqual(under.slice(0, 6), [], `${view}, page ${i + 1}: words under the page footer (${file})`);
        // Where the dashboard's named page ended, Firefox used to print one more page, blank but for the
        // footer; a flex column on paper left blank pages inside B社's KPIs.
        assert.ok(words.some((w) => Math.abs(w.top - top) > 2.5), `${view}, page ${i + 1} of ${pages.length}: blank but for the footer (${file})`);
      });
    }
    await assertClean(page, log, `printed board pack (${name})`);
  }

  test('printed on A4 from the board pack, no line of a view runs under the page footer', async (t) => {
    await printsClear(t, boardPack(SAMPLES.b, 'print.html'), 'b', ['summary', 'trends', 'kpis', 'risks', 'partners']);
  });

  test('printed at group scale (300 companies, 20,000 risks), the decisions and the register keep clear of the footer', async (t) => {
    // The decisions take more than a page and the register's cards run over several: Firefox printed
    // the rows of a grid that ran over a page under the page footer.
    const file = join(packDir, 'flagship.json');
    const made = csm('generate', '-o', file);
    assert.equal(made.status, 0, `csm generate failed:\n${made.stderr}`);
    await printsClear(t, boardPack(file, 'print-flagship.html'), 'flagship', ['summary', 'risks']);
  });

  test('the served build works under the strict CSP header', async (t) => {
    const { page, log } = await openPage(browser, t, { isLocal: (u) => u.startsWith(`${strict.origin}/`) });
    const response = await page.goto(strict.url, { waitUntil: 'load' });
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForSelector(READY);
    assertShowsExport(await page.$eval(HOST, dashboardFacts), SAMPLES.a, 'ja');
    await visitEveryView(page, HOST, SAMPLES.a);
    const inline = await page.evaluate(() => ({ styles: document.querySelectorAll('style, [style]').length, scripts: document.querySelectorAll('script:not([src])').length }));
    assert.deepEqual(inline, { styles: 0, scripts: 0 }, 'inline styles or scripts');
    await page.click(`${HOST} [data-testid="nav-risks"]`);
    await page.waitForSelector(`${HOST} [data-testid="risk-row"]`);
    assertLevelFills(await page.evaluate(levelFillFacts), SAMPLES.a, 'served under CSP in Firefox');
    await assertClean(page, log, 'served under CSP');
  });

  test('the portal page embeds two dashboards under the strict CSP header', async (t) => {
    const portal = `${strict.origin}/examples/portal.html`;
    const { page, log } = await openPage(browser, t, { isLocal: (u) => u.startsWith(`${strict.origin}/`) });
    await page.goto(portal, { waitUntil: 'load' });
    await page.waitForSelector(`#board-a[data-state="ready"]`);
    await page.waitForSelector(`#board-b[data-state="ready"]`);
    assertShowsExport(await page.$eval('#board-a', dashboardFacts), SAMPLES.a, 'ja');
    assertShowsExport(await page.$eval('#board-b', dashboardFacts), SAMPLES.b, 'en');
    const title = await page.$eval('[data-portal="title"]', (e) => e.textContent);
    assert.equal(title, '取締役会資料：サイバーセキュリティ経営の状況', 'the portal\'s own title');
    await visitEveryView(page, '#board-a', SAMPLES.a);
    await visitEveryView(page, '#board-b', SAMPLES.b);
    assert.equal(page.url(), portal, 'a dashboard changed the portal\'s URL');
    assert.equal(await page.$$eval('[style]', (els) => els.length), 0, 'style attributes in the portal');
    await page.screenshot({ path: artifact('firefox-portal.png'), fullPage: true });
    await assertClean(page, log, 'portal');
  });

  for (const lang of LANGS) {
    test(`the hostile export (${lang}) is shown literally in every view and nothing from it runs`, async (t) => {
      const { page, log } = await openPage(browser, t, { isLocal: (u) => u.startsWith(`${hostile.origin}/`), init: [trapScript] });
      await page.goto(`${hostile.url}#/summary?${HOSTILE_QUERY}&lang=${lang}`, { waitUntil: 'load' });
      await page.waitForSelector(READY);
      for (const view of VIEWS) {
        await showView(page, view, lang, HOSTILE_QUERY);
        const where = `${view} (${lang})`;
        assert.deepEqual(await page.evaluate(() => window.__xssHits), [], `${where}: a script from the data ran`);
        assert.deepEqual(await page.evaluate(markupFromData), [], `${where}: data became markup`);
        const name = await page.$eval('[data-testid="org-name"]', (e) => e.textContent);
        assert.equal(name.trim(), (lang === 'ja' ? P.organisation_name : P.organisation_name_en).trim(), `${where}: org-name is not literal`);
        // The KPI view shows numbers only; the hostile export records no business impact analysis.
        if (view !== 'kpis' && view !== 'impact' && view !== 'trends') {
          const text = await page.$eval(`[data-testid="view-${view}"]`, (e) => e.textContent);
          assert.ok(text.includes(P.payloads.script) && text.includes(P.payloads.css), `${where}: data text not shown literally`);
        }
      }
      assert.equal(page.frames().length, 1, 'a frame was created');
      assert.deepEqual(log.requests.filter((u) => /\/x$|evil\.example|example\.com/.test(u)), [], 'requests for URLs from the data');
      await page.screenshot({ path: artifact(`firefox-hostile-${lang}.png`) });
      await assertClean(page, log, `hostile (${lang})`);
    });
  }

  test('the hostile export as a board pack from file:// runs nothing', async (t) => {
    const url = boardPack(HOSTILE_FILE, 'hostile.html');
    const { page, log } = await openPage(browser, t, { isLocal: (u) => u.split('#')[0] === url || /^(data|blob):/.test(u), init: [trapScript] });
    await page.goto(`${url}#/summary?${HOSTILE_QUERY}&lang=ja`, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    for (const view of VIEWS) {
      await showView(page, view, 'ja', HOSTILE_QUERY);
      assert.deepEqual(await page.evaluate(() => window.__xssHits), [], `${view}: a script from the data ran`);
      assert.deepEqual(await page.evaluate(markupFromData), [], `${view}: data became markup`);
    }
    await assertClean(page, log, 'hostile board pack');
  });

  for (const lang of LANGS) {
    test(`axe finds no violation of any impact in any view (${lang})`, async (t) => {
      const { page, log } = await openPage(browser, t, { isLocal: (u) => u.startsWith(`${plain.origin}/`) });
      await page.goto(`${plain.url}#/summary?lang=${lang}`, { waitUntil: 'load' });
      await page.waitForSelector(READY);
      await page.addScriptTag({ path: require.resolve('axe-core') });
      const found = [];
      for (const view of VIEWS) {
        await showView(page, view, lang);
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.flatMap((v) => v.nodes.map((n) => `[${v.impact}] ${v.id} — ${v.help} at ${n.target.join(' ')}: ${n.html.slice(0, 160)}`));
        });
        found.push(...violations.map((v) => `${view} (${lang}): ${v}`));
      }
      // The same bar as the Chromium suite (hardening.test.mjs): no violation of any impact.
      assert.deepEqual(found, [], `axe violations in Firefox:\n${found.join('\n')}`);
      await assertClean(page, log, `axe (${lang})`);
    });
  }
});

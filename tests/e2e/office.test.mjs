// The office edition (`csm bundle --office`): one HTML file opened from file:// in headless Chromium.
// It takes A社's workbook (`csm template --from samples/a-company.json`), shows the dashboard, and saves
// a board pack byte-identical to `csm bundle` of the export `csm import` writes from the same workbook
// with the same build; it shows the located problems of a Shift_JIS CSV folder with a bad cell and of
// a broken workbook, and refuses an .xls, two files for one company and a 60 MB file. No request
// leaves the file; no CSP violation. The Firefox half is tests/e2e/office-firefox.test.mjs.
//
// Run: node --test tests/e2e/office.test.mjs   (after `trunk build --release` into dist/ and
// `trunk build office.html --release --dist dist-office`; $CSM_DIST / $CSM_OFFICE_DIST pick other
// builds, $CSM_BIN an installed csm). Screenshots: docs/screenshots/office-{ja,en}.png, office-problems.png.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { assertPackStyles, collectErrors, launchChromium, packStyleFacts } from './support.mjs';
import { OFFICE_TIMEOUT, officeFixtures, SCREENSHOTS } from './office-support.mjs';

describe('office edition (Chromium, file://)', () => {
  let browser;
  let fx;
  before(async () => {
    fx = officeFixtures();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    fx?.cleanup();
  });

  async function open(t, lang = 'ja-JP') {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: lang, acceptDownloads: true });
    t.after(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(OFFICE_TIMEOUT);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      window.__csmViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csmViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors = collectErrors(page);
    await page.goto(fx.officeUrl, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="office-status"][data-state="waiting"]', { state: 'attached' });
    return { page, requests, errors };
  }

  async function clean(page, requests, errors) {
    const foreign = requests.filter((u) => u !== fx.officeUrl && !/^(data|blob):/.test(u));
    assert.deepEqual(foreign, [], 'requests left the office edition');
    assert.deepEqual(await page.evaluate(() => window.__csmViolations), [], 'CSP violations');
    assert.deepEqual(errors.page, [], 'uncaught errors');
    assert.deepEqual(errors.console, [], 'console errors');
  }

  async function drop(page, files) {
    await page.locator('[data-testid="office-input"]').setInputFiles(files);
    await page.waitForSelector('[data-testid="office-status"]:is([data-state="ready"], [data-state="problems"])', { state: 'attached' });
    return page.locator('[data-testid="office-status"]').getAttribute('data-state');
  }

  async function saved(page, testid) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  test('A社 workbook → dashboard → board pack byte-identical to csm bundle', async (t) => {
    const { page, requests, errors } = await open(t);
    // The office page's own stylesheet travels as a block too, inserted by its loader, allowed by hash.
    assertPackStyles(await page.evaluate(packStyleFacts), 'office edition', { dashboard: false });
    assert.equal(await drop(page, fx.workbook), 'ready');
    await page.waitForSelector('[data-testid="office-dashboard"][data-state="ready"]');
    const pack = await saved(page, 'save-board-pack');
    assert.match(pack.name, /^board-.+-\d{4}Q[1-4]\.html$/);
    assert.ok(pack.bytes.equals(fx.cliPack), `the saved board pack (${pack.bytes.length} bytes) differs from csm bundle's (${fx.cliPack.length} bytes)`);
    const exported = await saved(page, 'save-export');
    assert.ok(exported.bytes.equals(fx.cliExport), 'the saved export differs from csm import');
    const book = await saved(page, 'save-next-workbook');
    assert.match(book.name, /\.xlsx$/);
    assert.equal(book.bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
    await page.screenshot({ path: join(SCREENSHOTS, 'office-ja.png'), fullPage: false });
    await clean(page, requests, errors);
  });

  test('the saved board pack opens from file:// and shows the export', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'csm-office-pack-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const context = await browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(OFFICE_TIMEOUT);
    await page.goto(pathToFileURL(fx.cliPackPath).href);
    await page.waitForSelector('[data-csm-dashboard][data-state="ready"]');
    assertPackStyles(await page.evaluate(packStyleFacts), 'board pack saved by the office edition');
  });

  test('a JSON export in English, and the page in English', async (t) => {
    const { page, requests, errors } = await open(t, 'en-US');
    await page.click('[data-testid="office-lang"]');
    assert.equal(await drop(page, fx.sampleJson), 'ready');
    await page.waitForSelector('[data-testid="office-dashboard"][data-state="ready"]');
    const pack = await saved(page, 'save-board-pack');
    assert.ok(pack.bytes.equals(fx.samplePack), 'board pack of the JSON export differs from csm bundle');
    await page.screenshot({ path: join(SCREENSHOTS, 'office-en.png'), fullPage: false });
    await clean(page, requests, errors);
  });

  test('a Shift_JIS CSV folder with a bad cell shows the located problem and its encoding', async (t) => {
    const { page, requests, errors } = await open(t);
    assert.equal(await drop(page, fx.badCsv), 'problems');
    const problems = await page.locator('[data-testid="office-problems"] li').evaluateAll((lis) => lis.map((li) => li.dataset.at));
    assert.ok(problems.some((at) => /^リスク(\.csv)?!A2 /.test(at)), `problems: ${problems}`);
    const encodings = await page.locator('[data-testid="office-encodings"]').textContent();
    assert.match(encodings, /Shift_JIS/);
    assert.equal(await page.locator('[data-testid="save-board-pack"]').count(), 0, 'nothing can be saved');
    await page.screenshot({ path: join(SCREENSHOTS, 'office-problems.png'), fullPage: false });
    await clean(page, requests, errors);
  });

  test('bad input: broken workbook, .xls, two files for one company, 60 MB', async (t) => {
    const { page, requests, errors } = await open(t);
    for (const [files, word] of [
      [fx.brokenWorkbook, null],
      [fx.xls, '.xls'],
      [[fx.workbook, fx.sampleJson], 'same company'],
      [fx.huge, 'too large'],
    ]) {
      assert.equal(await drop(page, files), 'problems', `${files}`);
      const texts = await page.locator('[data-testid="office-problems"] li').allTextContents();
      assert.ok(texts.length > 0, `${files}: no problem listed`);
      if (word) assert.ok(texts.some((x) => x.includes(word)), `${files}: ${texts}`);
      assert.ok(texts.every((x) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(x)), `${files}: a message without Japanese`);
      assert.equal(await page.locator('[data-testid="save-board-pack"]').count(), 0);
    }
    await clean(page, requests, errors);
  });
});

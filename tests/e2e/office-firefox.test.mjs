// The office edition (`csm bundle --office`) from file:// in headless Firefox ESR (WebDriver BiDi):
// A社's workbook in, the board pack out byte-identical to `csm bundle`; a Shift_JIS CSV folder with a
// bad cell and a broken workbook show their located problems; no request leaves the file, no CSP
// violation. What the page saves is taken from the Blob it hands to the browser (URL.createObjectURL),
// which is exactly what the download writes. The Chromium half is tests/e2e/office.test.mjs.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertClean, launchFirefox, openPage, waitInPage } from './firefox-support.mjs';
import { OFFICE_TIMEOUT, officeFixtures } from './office-support.mjs';

/** Runs in the page before its scripts: keeps every Blob the page turns into a download URL. */
function captureSaves() {
  window.__csmSaved = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    window.__csmSaved.push(blob);
    return create(blob);
  };
}

describe('office edition (Firefox, file://)', () => {
  let browser;
  let fx;
  before(async () => {
    fx = officeFixtures();
    browser = await launchFirefox();
  });
  after(async () => {
    await browser?.close();
    fx?.cleanup();
  });

  async function open(t) {
    const { page, log } = await openPage(browser, t, {
      isLocal: (u) => u.split('#')[0] === fx.officeUrl,
      init: [captureSaves],
    });
    page.setDefaultTimeout(OFFICE_TIMEOUT);
    await page.goto(fx.officeUrl, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="office-status"][data-state="waiting"]');
    return { page, log };
  }

  async function drop(page, files) {
    const input = await page.$('[data-testid="office-input"]');
    await input.uploadFile(...[files].flat());
    await page.waitForSelector('[data-testid="office-status"]:is([data-state="ready"], [data-state="problems"])');
    return page.$eval('[data-testid="office-status"]', (s) => s.dataset.state);
  }

  /** Clicks a save button; returns the bytes of the Blob the page saved. */
  async function saved(page, testid) {
    const before = await page.evaluate(() => window.__csmSaved.length);
    await page.click(`[data-testid="${testid}"]`);
    await waitInPage(page, (n) => window.__csmSaved.length > n, {}, before);
    const base64 = await page.evaluate(async () => {
      const bytes = new Uint8Array(await window.__csmSaved.at(-1).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(bin);
    });
    return Buffer.from(base64, 'base64');
  }

  test('A社 workbook → board pack byte-identical to csm bundle', async (t) => {
    const { page, log } = await open(t);
    assert.equal(await drop(page, fx.workbook), 'ready');
    await page.waitForSelector('[data-testid="office-dashboard"][data-state="ready"]');
    const pack = await saved(page, 'save-board-pack');
    assert.ok(pack.equals(fx.cliPack), `the saved board pack (${pack.length} bytes) differs from csm bundle's (${fx.cliPack.length} bytes)`);
    await assertClean(page, log, 'office edition');
  });

  test('a Shift_JIS CSV folder and a broken workbook show located problems', async (t) => {
    const { page, log } = await open(t);
    assert.equal(await drop(page, fx.badCsv), 'problems');
    const at = await page.$$eval('[data-testid="office-problems"] li', (lis) => lis.map((li) => li.dataset.at));
    assert.ok(at.some((a) => /^リスク(\.csv)?!A2 /.test(a)), `problems: ${at}`);
    assert.match(await page.$eval('[data-testid="office-encodings"]', (e) => e.textContent), /Shift_JIS/);
    assert.equal(await drop(page, fx.brokenWorkbook), 'problems');
    assert.ok((await page.$$('[data-testid="office-problems"] li')).length > 0);
    assert.equal(await page.$('[data-testid="save-board-pack"]'), null, 'nothing can be saved');
    await assertClean(page, log, 'office edition');
  });
});

// Browser tests of the built dashboard (dist/, from `trunk build --release`) in headless Chromium.
// Run: node --test tests/e2e/   (scripts/test runs it after building dist/).

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  artifact,
  cliProblems,
  collectErrors,
  fixtureExpectation,
  launchChromium,
  pickInvalidFixture,
  serveDist,
  trackNetwork,
} from './support.mjs';

const READY = '[data-csm-dashboard][data-state="ready"], .csm-dashboard[data-state="ready"]';
const TIMEOUT = 60_000;

describe('dashboard (dist/ served on localhost)', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // A fresh context per test; returns the page, its network log and its error log.
  async function openDashboard(t) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const network = await trackNetwork(context, server.origin);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector(READY, { timeout: TIMEOUT });
    return { page, network, errors };
  }

  function assertStayedLocal(network, errors) {
    assert.ok(network.all.length > 0, 'no request was recorded at all: the network log is not working');
    assert.deepEqual(network.foreign, [], `requests left ${server.origin}`);
    assert.deepEqual(errors.page, [], 'uncaught errors on the page');
    assert.deepEqual(errors.console, [], 'errors in the browser console');
  }

  test('opens on the bundled sample: A社, valid', async (t) => {
    const { page, network, errors } = await openDashboard(t);

    const org = await page.locator('[data-testid="org-name"]').first().textContent();
    assert.match(org ?? '', /A社/, `org-name is "${org}"`);

    // "有効" in Japanese, "OK" in English (frontend/src/i18n.rs).
    const status = (await page.locator('[data-testid="validation-status"]').first().textContent()) ?? '';
    assert.match(status.trim(), /^(有効|OK)$/, `validation-status says "${status}"`);
    assert.equal(await page.locator('[data-testid="problems"] li[data-path]').count(), 0, 'the sample has problems');

    await page.screenshot({ path: artifact('dashboard-sample.png'), fullPage: true });
    assertStayedLocal(network, errors);
  });

  // One upload per kind of failure a board pack really meets: a broken reference, and a file Excel
  // saved as Shift_JIS. Expected problems come from tests/fixtures/invalid/expected.json (hand-written),
  // else from `csm validate` (the same core the page runs).
  for (const [label, prefer] of [
    ['a dangling reference', 'dangling-asset'],
    ['a Shift_JIS file', 'encoding-shift-jis'],
  ]) {
    test(`uploading ${label} shows its problems, each located by JSON path`, async (t) => {
      let file = pickInvalidFixture(prefer);
      if (!file) {
        // No fixtures in this checkout: a file that breaks the format header, which every build rejects.
        file = join(mkdtempSync(join(tmpdir(), 'csm-e2e-')), 'not-a-snapshot.json');
        writeFileSync(file, JSON.stringify({ format: 'not-csm', version: 1 }));
      }
      const expected = fixtureExpectation(file) ?? cliProblems(file);
      assert.ok(expected.length > 0, `no problem is expected for ${file}; pick an invalid fixture`);

      const { page, network, errors } = await openDashboard(t);
      await page.locator('[data-testid="file-input"]').setInputFiles(file);

      const items = page.locator('[data-testid="problems"] li[data-path]');
      await items.first().waitFor({ timeout: TIMEOUT });
      const shown = await items.evaluateAll((lis) =>
        lis.map((li) => ({ path: li.getAttribute('data-path'), text: li.textContent ?? '' })),
      );

      const name = file.split('/').pop();
      assert.deepEqual(
        shown.map((p) => p.path).sort(),
        expected.map((p) => p.path).sort(),
        `the page's problem paths for ${name} differ from the expected ones`,
      );
      const unmatched = [...shown];
      for (const want of expected) {
        const i = unmatched.findIndex(
          (got) => got.path === want.path && (got.text.includes(want.ja) || got.text.includes(want.en)),
        );
        assert.ok(i >= 0, `no problem item at "${want.path}" shows "${want.ja}" or "${want.en}": ${JSON.stringify(shown)}`);
        unmatched.splice(i, 1);
      }
      for (const { path, text } of shown) {
        if (path) assert.ok(text.includes(path), `the problem at "${path}" does not show its path: "${text}"`);
      }

      await page.screenshot({ path: artifact(`dashboard-invalid-${prefer}.png`), fullPage: true });
      assertStayedLocal(network, errors);
    });
  }
});

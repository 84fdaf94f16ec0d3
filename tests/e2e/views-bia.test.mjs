// Browser test of the business impact analysis view (3-3; 0-5 問い① 「ネットワークが1週間遮断された場合」),
// in headless Chromium, on A社 served with dist/, in Japanese and English.
//
// Every expected number comes from outside the page: the board summary `csm summary --format json` prints
// (the same core, run natively), and the money words core's formatter gives (`csm summary --lang`).
// Run: node --test tests/e2e/   (scripts/test builds dist/ first).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { artifact, collectErrors, csm, launchChromium, serveDist, summary, trackNetwork } from './support.mjs';

const READY = '.csm-dashboard[data-state="ready"]';
const TIMEOUT = 60_000;
const FILE = 'samples/a-company.json';

/** The yen amounts core prints in `lang` for the summary's scenario line (`csm summary --lang`). */
function scenarioLine(lang) {
  const run = csm('summary', FILE, '--lang', lang);
  assert.equal(run.status, 0, `csm summary --lang ${lang} failed:\n${run.stderr}`);
  const heading = lang === 'ja' ? 'ビジネスインパクト分析' : 'Business impact analysis';
  const lines = run.stdout.split('\n');
  const at = lines.findIndex((l) => l.includes(heading));
  assert.ok(at >= 0, `the CLI summary has no "${heading}" section`);
  return lines.slice(at + 1).find((l) => l.trim() !== '') ?? '';
}

describe('business impact view (dist/ served on localhost)', () => {
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

  for (const lang of ['ja', 'en']) {
    test(`A社 (${lang}): a week's outage in days and yen, per process and in total`, async (t) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
      t.after(() => context.close());
      const network = await trackNetwork(context, server.origin);
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const errors = collectErrors(page);
      await page.goto(`${server.url}#/impact?lang=${lang}`, { waitUntil: 'load' });
      await page.waitForSelector(READY, { timeout: TIMEOUT });
      await page.waitForFunction((l) => document.querySelector('[data-csm-dashboard]')?.getAttribute('lang') === l, lang, {
        timeout: TIMEOUT,
      });
      await page.waitForSelector('[data-testid="view-impact"]', { timeout: TIMEOUT });

      const want = summary(FILE).business_impact;
      assert.ok(want.recorded, 'core: A社 records a business impact analysis');
      assert.equal(want.scenario.days, 7, 'core: the sample asks about a week');
      assert.equal(await page.locator('[data-testid="view-impact"]').getAttribute('data-recorded'), 'true');

      // The scenario: its days, total and processes beyond their RTO, as core computed them.
      const scenario = page.locator('[data-testid="impact-scenario"]');
      assert.equal(await scenario.getAttribute('data-days'), String(want.scenario.days));
      assert.equal(await scenario.getAttribute('data-total-yen'), String(want.total_loss_yen));
      assert.equal(await scenario.getAttribute('data-beyond-rto'), String(want.beyond_rto));
      assert.ok((await scenario.textContent()).includes(want.scenario.description[lang]), 'the scenario is described');
      // The total in the words of core's yen formatter (the CLI prints the same figure).
      const total = (await page.locator('[data-testid="impact-total"]').textContent()).trim();
      assert.ok(total.length > 0, 'a total is shown');
      assert.ok(scenarioLine(lang).includes(total), `the total "${total}" is core's: ${scenarioLine(lang)}`);
      const sum = want.processes.reduce((n, p) => n + p.scenario_loss_yen, 0);
      assert.equal(sum, want.total_loss_yen, 'core: the total is the sum of the processes');

      // One row per process, in record order, with core's verdict and loss.
      const rows = await page.locator('[data-testid="process-row"]').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.dataset.processId,
          within: tr.dataset.withinRto,
          loss: tr.dataset.lossYen,
          header: tr.querySelector('th')?.textContent?.trim() ?? '',
          text: (tr.textContent ?? '').replace(/\s+/g, ' '),
        })),
      );
      assert.deepEqual(
        rows.map((r) => [r.id, r.within, r.loss]),
        want.processes.map((p) => [p.id, String(p.within_rto), String(p.scenario_loss_yen)]),
      );
      // The EC site's sales: a day's RTO against a week's outage is beyond it, and its name is the row header.
      const ec = want.processes.find((p) => p.id === 'ec-sales');
      assert.ok(ec, 'core: A社 has the EC sales process');
      assert.equal(ec.within_rto, false);
      assert.equal(ec.scenario_loss_yen, ec.loss_per_day_yen * 7);
      const row = rows.find((r) => r.id === 'ec-sales');
      assert.equal(row.header, ec.name[lang]);
      assert.ok(row.text.includes(lang === 'ja' ? '許容停止時間超過' : 'Beyond RTO'), `verdict in the row: ${row.text}`);
      assert.ok(row.text.includes(lang === 'ja' ? '24時間' : '24 h'), `RTO in the row: ${row.text}`);
      for (const risk of ec.risks) assert.ok(row.text.includes(risk), `linked risk ${risk} in the row`);

      // Keyboard: the table's scroll region is reachable by Tab and named.
      const region = page.locator('[data-testid="impact-table"]').locator('xpath=ancestor-or-self::*[@tabindex="0"][1]');
      if ((await region.count()) > 0) {
        assert.ok((await region.first().getAttribute('aria-label'))?.length > 0, 'the scroll region is named');
      }

      await page.screenshot({ path: artifact(`views-bia-a-${lang}.png`), fullPage: true });
      assert.deepEqual(network.foreign, [], `requests left ${server.origin}`);
      assert.deepEqual(errors.page, [], 'uncaught errors on the page');
      assert.deepEqual(errors.console, [], 'errors in the browser console');
    });
  }
});

// Browser tests of the risks, PDCA, partners and readiness views (dist/ from `trunk build --release`),
// in headless Chromium, on both samples: A社 served with dist/, B社 loaded through the file input.
//
// Every expected number comes from outside the page: the board summary `csm summary --format json`
// prints (the same core, run natively), and the sample exports themselves (which risks sit in which
// heat-map cell). Run: node --test tests/e2e/   (scripts/test builds dist/ first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { PRINT_WIDTH_PX, ROOT, artifact, collectErrors, launchChromium, serveDist, trackNetwork } from './support.mjs';

const READY = '.csm-dashboard[data-state="ready"]';
const TIMEOUT = 60_000;
const PAGE_SIZE = 50;
/** Assessments the risks view lists before "and N more" (frontend/src/views/risks/assessments.rs `SHOWN`). */
const ASSESSMENTS_SHOWN = 20;
/** Residual risks above tolerance the approvals card lists before "and N more" (frontend/src/views/risks.rs `ABOVE_SHOWN`). */
const ABOVE_SHOWN = 20;
/** Of those, the rows drawn in the frame that opens the risks view (frontend/src/views/risks.rs `ABOVE_FIRST`). */
const ABOVE_FIRST = 8;
/** Rows a long list draws in the frame that opens its view (frontend/src/hooks.rs `ROWS_FIRST`). */
const ROWS_FIRST = 8;
/** Quarters each KPI's table lists in the frame that opens the KPIs view (frontend/src/views/kpis.rs `ROWS_FIRST`). */
const KPI_ROWS_FIRST = 8;
/** Quarters of each strip the trends view draws in the frame that opens it (frontend/src/views/trends.rs `QUARTERS_FIRST`). */
const TRENDS_FIRST = 16;
/** Rows of the figures per quarter the trends view draws in the frame that opens it (frontend/src/views/trends.rs `FIGURE_ROWS_FIRST`). */
const TREND_ROWS_FIRST = 6;

/** Quarters each strip of the trends view prints (frontend/src/views/trends.rs `PRINT_QUARTERS`). */
const TRENDS_PRINTED = 12;

/** Runs the csm CLI ($CSM_BIN, else `cargo run -p csm-cli`) and returns its standard output. */
function csm(args) {
  const [cmd, pre] = process.env.CSM_BIN
    ? [process.env.CSM_BIN, []]
    : ['cargo', ['run', '--quiet', '-p', 'csm-cli', '--']];
  const run = spawnSync(cmd, [...pre, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`csm ${args.join(' ')} exited with ${run.status}:\n${run.stderr}`);
  return run.stdout;
}

const summaries = new Map();
/** The board summary core computes for `file` and `quarter` (the latest when omitted). */
function summary(file, quarter) {
  const key = `${file}|${quarter ?? ''}`;
  if (!summaries.has(key)) {
    const args = ['summary', file, '--format', 'json', ...(quarter ? ['--quarter', quarter] : [])];
    summaries.set(key, JSON.parse(csm(args)));
  }
  return summaries.get(key);
}

/** The export's record of `quarter` (the latest when omitted). */
function record(file, quarter) {
  const snapshot = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
  return quarter ? snapshot.quarters.find((q) => q.quarter === quarter) : snapshot.quarters.at(-1);
}

/** Ids of the record's risks rated (likelihood, impact) by `rated` (`inherent` / `residual`). */
function risksIn(rec, rated, likelihood, impact) {
  return rec.risks
    .filter((r) => r[rated].likelihood === likelihood && r[rated].impact === impact)
    .map((r) => r.id)
    .sort();
}

const SAMPLES = [
  { name: 'A社', file: 'samples/a-company.json', upload: false },
  { name: 'B社', file: 'samples/b-company.json', upload: true },
];

// The 7 clauses of 5-1 as the partners view names them (core's `clause_label`).
const CLAUSE_JA = {
  confidentiality: '守秘義務',
  subcontracting: '再委託',
  liability: '事故時の責任分担',
  return_or_disposal: '終了時の返却・廃棄・消去',
  audit_rights: '監査の方法と権限',
  non_compliance: '契約不遵守時の措置',
  incident_reporting: '事故発生時の報告方法',
};

describe('risks, PDCA, partners and readiness views (dist/ served on localhost)', () => {
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

  /** Opens `#/<view>` on the served A社, then uploads `file` when asked; waits for its register. */
  async function open(t, view, sample) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const network = await trackNetwork(context, server.origin);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(`${server.url}#/${view}`, { waitUntil: 'load' });
    await page.waitForSelector(READY, { timeout: TIMEOUT });
    if (sample.upload) {
      const org = summary(sample.file).organisation.name.ja;
      await page.locator('[data-testid="file-input"]').setInputFiles(join(ROOT, sample.file));
      await page.waitForFunction(
        (name) => document.querySelector('[data-testid="org-name"]')?.textContent?.includes(name),
        org,
        { timeout: TIMEOUT },
      );
      await page.waitForSelector(READY, { timeout: TIMEOUT });
    }
    await page.waitForSelector(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`, { timeout: TIMEOUT });
    return { page, network, errors };
  }

  function assertClean(network, errors) {
    assert.deepEqual(network.foreign, [], `requests left ${server.origin}`);
    assert.deepEqual(errors.page, [], 'uncaught errors on the page');
    assert.deepEqual(errors.console, [], 'errors in the browser console');
  }

  /**
   * Opens `#/<view>` and, frame by frame until nothing in the view is `aria-busy`, records what `counts`
   * finds in it, with `busy`: its busy sections. Each count is a selector (its matches in the view),
   * `{ each, count }` (the matches of `count` in each match of `each`, a list) or `{ first, count }` (in the
   * first match of `first`). Frames before the view — and `ready`, a selector in it, if given — are skipped.
   */
  async function framesUntilSettled(page, view, counts, ready = null) {
    return page.evaluate(
      async ([view, counts, ready]) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        location.hash = `#/${view}`;
        const seen = [];
        for (let i = 0; i < 600; i++) {
          await frame();
          const root = document.querySelector(`[data-testid="view-${view}"]`);
          if (!root || (ready && !root.querySelector(ready))) continue;
          const found = {};
          for (const [name, spec] of Object.entries(counts)) {
            if (typeof spec === 'string') found[name] = root.querySelectorAll(spec).length;
            else if (spec.each) found[name] = [...root.querySelectorAll(spec.each)].map((e) => e.querySelectorAll(spec.count).length);
            else found[name] = root.querySelector(spec.first).querySelectorAll(spec.count).length;
          }
          found.busy = root.querySelectorAll('[aria-busy="true"]').length;
          seen.push(found);
          if (found.busy === 0) break;
        }
        return seen;
      },
      [view, counts, ready],
    );
  }

  /** [{ likelihood, impact, count, text, label, level }] of every heat-map cell, in DOM order. */
  async function heatCells(page) {
    return page.locator('[data-testid="heat-cell"]').evaluateAll((cells) =>
      cells.map((c) => ({
        likelihood: Number(c.dataset.likelihood),
        impact: Number(c.dataset.impact),
        count: Number(c.dataset.count),
        text: c.querySelector('.csm-heat-count')?.textContent ?? '',
        level: c.querySelector('.csm-heat-level')?.textContent ?? '',
        label: (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
        tabindex: c.getAttribute('tabindex'),
        pressed: c.getAttribute('aria-pressed'),
      })),
    );
  }

  /** The heat map core computed, flattened in display order. */
  function expectedCells(map) {
    return map.rows.flatMap((row) => row.cells);
  }

  function assertHeatMap(cells, map, lang) {
    const want = expectedCells(map);
    assert.equal(cells.length, want.length, 'one button per cell of the matrix');
    cells.forEach((got, i) => {
      const w = want[i];
      assert.deepEqual([got.likelihood, got.impact, got.count], [w.likelihood, w.impact, w.count], `cell ${i}`);
      // Colour is never the only signal: the count and the level's name are printed in the cell.
      assert.equal(got.text.replace(/,/g, ''), String(w.count), `count printed in cell ${w.likelihood}×${w.impact}`);
      assert.equal(got.level, w.name[lang], `level printed in cell ${w.likelihood}×${w.impact}`);
      assert.ok(got.label.includes(String(w.count)) && got.label.includes(w.name[lang]), `aria-label: ${got.label}`);
    });
    assert.equal(want.reduce((n, c) => n + c.count, 0), map.total, 'core: the counts sum to the register');
  }

  async function registerState(page) {
    return page.locator('[data-testid="risk-register"]').evaluate((t) => ({
      matching: Number(t.dataset.matching),
      total: Number(t.dataset.total),
      page: Number(t.dataset.page),
      pages: Number(t.dataset.pages),
      ids: [...t.querySelectorAll('[data-testid="risk-row"]')].map((r) => r.dataset.riskId),
    }));
  }

  /** Waits until the register shows `matching` risks. */
  async function waitMatching(page, matching) {
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="risk-register"]')?.dataset.matching === String(n),
      matching,
      { timeout: TIMEOUT },
    );
  }

  for (const sample of SAMPLES) {
    test(`${sample.name}: the heat map shows core's counts and filters the register to a cell`, async (t) => {
      const { page, network, errors } = await open(t, 'risks', sample);
      const s = summary(sample.file);
      const rec = record(sample.file);

      assertHeatMap(await heatCells(page), s.risk.residual, 'ja');
      const all = await registerState(page);
      assert.equal(all.total, s.risk.risks);
      assert.equal(all.matching, rec.risks.length);
      assert.equal(all.ids.length, Math.min(PAGE_SIZE, rec.risks.length));

      // Click every non-empty residual cell: the register holds exactly that cell's risks.
      for (const cell of expectedCells(s.risk.residual).filter((c) => c.count > 0)) {
        const button = page.locator(
          `[data-testid="heat-cell"][data-likelihood="${cell.likelihood}"][data-impact="${cell.impact}"]`,
        );
        await button.click();
        await waitMatching(page, cell.count);
        const got = await registerState(page);
        assert.deepEqual(
          [...got.ids].sort(),
          risksIn(rec, 'residual', cell.likelihood, cell.impact),
          `register for residual ${cell.likelihood}×${cell.impact}`,
        );
        assert.equal(await button.getAttribute('aria-pressed'), 'true');
        assert.equal(await page.locator('[data-testid="heat-cell"][aria-pressed="true"]').count(), 1);
      }
      // Clicking the selected cell again clears the filter.
      const last = expectedCells(s.risk.residual).filter((c) => c.count > 0).at(-1);
      await page
        .locator(`[data-testid="heat-cell"][data-likelihood="${last.likelihood}"][data-impact="${last.impact}"]`)
        .click();
      await waitMatching(page, rec.risks.length);

      // Inherent: core's other map, and a cell filters by the inherent rating.
      await page.locator('[data-testid="rated-toggle"] [data-rated="inherent"]').click();
      await page.waitForSelector('[data-testid="heat-map"][data-rated="inherent"]');
      assertHeatMap(await heatCells(page), s.risk.inherent, 'ja');
      const busiest = [...expectedCells(s.risk.inherent)].sort((a, b) => b.count - a.count)[0];
      await page
        .locator(`[data-testid="heat-cell"][data-likelihood="${busiest.likelihood}"][data-impact="${busiest.impact}"]`)
        .click();
      await waitMatching(page, busiest.count);
      assert.deepEqual(
        [...(await registerState(page)).ids].sort(),
        risksIn(rec, 'inherent', busiest.likelihood, busiest.impact),
      );

      // Board decisions, movements, treatment mix and loss per asset: core's numbers.
      const approvals = page.locator('[data-testid="approvals"]');
      const byState = (st) => String(s.risk.above_tolerance.filter((r) => r.approval === st).length);
      assert.equal(await approvals.getAttribute('data-missing'), byState('missing'));
      assert.equal(await approvals.getAttribute('data-expired'), byState('expired'));
      assert.equal(await approvals.getAttribute('data-expiring'), byState('expiring'));
      assert.deepEqual(
        await page.locator('[data-testid="above-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.riskId)),
        s.risk.above_tolerance.map((r) => r.id),
      );
      const moves = page.locator('[data-testid="moves"]');
      const moved = (kind) => String(s.risk.movements.filter((m) => m.change === kind).length);
      for (const kind of ['new', 'removed', 'up', 'down']) {
        assert.equal(await moves.getAttribute(`data-${kind}`), moved(kind), `movements: ${kind}`);
      }
      assert.deepEqual(
        await page
          .locator('[data-testid="treatment-row"]')
          .evaluateAll((rows) => rows.map((r) => [r.dataset.treatment, Number(r.dataset.count)])),
        s.risk.treatment_mix.map((m) => [m.treatment, m.count]),
      );
      assert.deepEqual(
        await page
          .locator('[data-testid="asset-row"]')
          .evaluateAll((rows) => rows.map((r) => [r.dataset.asset, Number(r.dataset.yen)])),
        s.risk.loss.per_asset.map((a) => [a.asset, a.expected_loss_yen]),
      );

      await page.screenshot({ path: artifact(`views-risks-${sample.file.split('/').pop()}.png`), fullPage: true });
      assertClean(network, errors);
    });
  }

  test('A社: the frame that opens the risks view shows the register; the cards below it follow, then nothing is busy', async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, 'summary', sample);
    const s = summary(sample.file);
    // Frame by frame from the navigation: is a register row there, is the container below it busy,
    // how many cards does it hold.
    const frames = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      location.hash = '#/risks';
      const seen = [];
      for (let i = 0; i < 60; i++) {
        await frame();
        const bottom = document.querySelector('[data-testid="view-risks"] .csm-risks-bottom');
        seen.push({
          rows: document.querySelectorAll('[data-testid="risk-row"]').length,
          busy: bottom?.getAttribute('aria-busy') ?? null,
          cards: bottom?.children.length ?? -1,
        });
        if (bottom && bottom.children.length > 0) break;
      }
      return seen;
    });
    const first = frames.findIndex((f) => f.rows > 0);
    assert.ok(first >= 0, `register rows appear: ${JSON.stringify(frames)}`);
    assert.deepEqual(frames[first], { rows: Math.min(PAGE_SIZE, s.risk.risks), busy: 'true', cards: 0 }, 'the first frame: rows, the cards below still to come');
    const last = frames[frames.length - 1];
    assert.deepEqual(last, { rows: frames[first].rows, busy: null, cards: 4 }, 'then the four cards below the register, and nothing busy');
    assert.ok(frames.length - 1 - first <= 3, `the cards follow within three frames (${frames.length - 1 - first})`);
    assert.equal(await page.locator('[data-testid="view-risks"] [aria-busy]').count(), 0);
    assert.equal(await page.locator('[data-testid="treatment-row"]').count(), s.risk.treatment_mix.length);
    assertClean(network, errors);
  });

  test('A社: the heat map works from the keyboard (one tab stop, arrows, Enter, Escape)', async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, 'risks', sample);
    const s = summary(sample.file);
    const rec = record(sample.file);
    const cells = expectedCells(s.risk.residual);
    const rows = s.risk.residual.rows.length;
    const cols = s.risk.residual.impact.length;

    const stops = (await heatCells(page)).filter((c) => c.tabindex === '0');
    assert.equal(stops.length, 1, 'roving tabindex: exactly one cell is in the tab order');

    // Tab from the top of the page until the grid has the focus.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.dataset?.testid === 'heat-cell');
    }
    assert.ok(reached, 'Tab never reached the heat map');
    const focused = () =>
      page.evaluate(() => [Number(document.activeElement.dataset.likelihood), Number(document.activeElement.dataset.impact)]);
    assert.deepEqual(await focused(), [cells[0].likelihood, cells[0].impact], 'the first stop is the top-left cell');

    // Walk to the busiest cell with the arrows, then Enter.
    const target = [...cells].sort((a, b) => b.count - a.count)[0];
    const index = cells.indexOf(target);
    const [row, col] = [Math.floor(index / cols), index % cols];
    for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
    assert.deepEqual(await focused(), [target.likelihood, target.impact]);
    // Arrows stop at the edges.
    for (let i = 0; i < rows + 1; i++) await page.keyboard.press('ArrowDown');
    assert.equal((await focused())[0], cells[(rows - 1) * cols].likelihood, 'ArrowDown stops at the bottom row');
    for (let i = 0; i < rows - 1 - row; i++) await page.keyboard.press('ArrowUp');
    assert.deepEqual(await focused(), [target.likelihood, target.impact]);

    await page.keyboard.press('Enter');
    await waitMatching(page, target.count);
    assert.deepEqual([...(await registerState(page)).ids].sort(), risksIn(rec, 'residual', target.likelihood, target.impact));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
    const stop = (await heatCells(page)).filter((c) => c.tabindex === '0');
    assert.deepEqual([stop.length, stop[0].likelihood, stop[0].impact], [1, target.likelihood, target.impact]);

    await page.keyboard.press('Escape');
    await waitMatching(page, rec.risks.length);
    assertClean(network, errors);
  });

  test('B社: the register sorts by a column header (aria-sort) and pages', async (t) => {
    const sample = SAMPLES[1];
    const { page, network, errors } = await open(t, 'risks', sample);
    const rec = record(sample.file);
    const ids = rec.risks.map((r) => r.id).sort();

    const header = page.locator('[data-testid="sort-id"]');
    await header.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="sort-id"]')?.closest('th')?.getAttribute('aria-sort') === 'ascending');
    assert.deepEqual((await registerState(page)).ids, ids.slice(0, PAGE_SIZE));
    await header.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="sort-id"]')?.closest('th')?.getAttribute('aria-sort') === 'descending');
    assert.deepEqual((await registerState(page)).ids, [...ids].reverse().slice(0, PAGE_SIZE));
    const others = await page
      .locator('th[aria-sort]')
      .evaluateAll((ths) => ths.filter((th) => th.getAttribute('aria-sort') !== 'none').length);
    assert.equal(others, 1, 'only the sorted column has an aria-sort direction');

    // Expected annual loss, largest first (ties by id, descending).
    await page.locator('[data-testid="sort-expected_loss"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="sort-expected_loss"]')?.closest('th')?.getAttribute('aria-sort') === 'descending');
    const loss = (r) => Math.round(r.loss_magnitude_yen * r.annual_frequency);
    const byLoss = [...rec.risks].sort((a, b) => loss(b) - loss(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    assert.deepEqual((await registerState(page)).ids, byLoss.slice(0, PAGE_SIZE).map((r) => r.id));

    // A text filter and a treatment filter narrow the register the same way core does.
    // The treatment filtered on is the first of retain / transfer / avoid that B社 uses.
    const treatment = ['retain', 'transfer', 'avoid'].find((t) => rec.risks.some((r) => r.treatment === t));
    const retained = rec.risks.filter((r) => r.treatment === treatment).map((r) => r.id).sort();
    await page.locator(`[data-testid="filter-treatment"] [data-value="${treatment}"]`).click();
    assert.ok(retained.length > 0 && retained.length <= PAGE_SIZE, `B社 has ${retained.length} risks treated by ${treatment}`);
    await waitMatching(page, retained.length);
    assert.deepEqual([...(await registerState(page)).ids].sort(), retained);
    await page.locator('[data-testid="filter-treatment"] [data-value="all"]').click();
    await waitMatching(page, rec.risks.length);
    assertClean(network, errors);
  });

  test('20,000 risks: the register sorts, pages and filters quickly', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'csm-e2e-'));
    const file = join(dir, 'flagship.json');
    csm(['generate', '-o', file]);
    const rec = JSON.parse(readFileSync(file, 'utf8')).quarters.at(-1);
    assert.equal(rec.risks.length, 20_000);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT * 2);
    const errors = collectErrors(page);
    await page.goto(`${server.url}#/risks`, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    await page.locator('[data-testid="file-input"]').setInputFiles(file);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="risk-register"]')?.dataset.total === '20000',
      null,
      { timeout: TIMEOUT * 2 },
    );
    assert.equal((await registerState(page)).ids.length, PAGE_SIZE, 'one page of rows, not 20,000');

    // Time from the click to the next frame, in the page.
    const timed = (selector) =>
      page.evaluate(async (sel) => {
        const t0 = performance.now();
        document.querySelector(sel).click();
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        return performance.now() - t0;
      }, selector);
    const times = {
      sort: await timed('[data-testid="sort-id"]'),
      last: await timed('[data-testid="pager-last"]'),
      cell: await timed('[data-testid="heat-cell"]:not([data-count="0"])'),
    };
    t.diagnostic(`20,000 risks: ${JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)])))} ms`);
    for (const [what, ms] of Object.entries(times)) assert.ok(ms < 1000, `${what} took ${Math.round(ms)} ms`);

    const cell = await page.locator('[data-testid="heat-cell"][aria-pressed="true"]').evaluate((c) => [
      Number(c.dataset.likelihood),
      Number(c.dataset.impact),
    ]);
    const state = await registerState(page);
    const inCell = risksIn(rec, 'residual', cell[0], cell[1]);
    assert.equal(state.matching, inCell.length);
    assert.deepEqual(state.ids, inCell.slice(0, PAGE_SIZE), 'sorted by id ascending, first page');

    // The year's assessments: the newest ASSESSMENTS_SHOWN in core's order, then how many more.
    const want = JSON.parse(csm(['summary', file, '--format', 'json'])).risk.assessments;
    assert.ok(want.length > ASSESSMENTS_SHOWN, `the flagship year has more than ${ASSESSMENTS_SHOWN} assessments (${want.length})`);
    const shown = await page.locator('[data-testid="assessment-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.path));
    assert.deepEqual(shown, want.slice(0, ASSESSMENTS_SHOWN).map((a) => a.path), 'the newest assessments, newest first');
    const more = await page.locator('.csm-risks-assessments .csm-more').textContent();
    assert.equal(more.replace(/[,\s]/g, ''), `他${want.length - ASSESSMENTS_SHOWN}件`, 'the rest counted');

    // The residual risks above tolerance: the ABOVE_SHOWN most urgent in core's order, then how many more;
    // the tallies count them all.
    const above = JSON.parse(csm(['summary', file, '--format', 'json'])).risk.above_tolerance;
    assert.ok(above.length > ABOVE_SHOWN, `the flagship has more than ${ABOVE_SHOWN} risks above tolerance (${above.length})`);
    const listed = await page.locator('[data-testid="above-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.riskId));
    assert.deepEqual(listed, above.slice(0, ABOVE_SHOWN).map((r) => r.id), 'the most urgent, in core\'s order');
    const aboveMore = await page.locator('[data-testid="approvals"] .csm-more').textContent();
    assert.match(aboveMore.replace(/[,\s]/g, ''), new RegExp(`^他${above.length - ABOVE_SHOWN}件`), 'the rest counted');
    const approvals = page.locator('[data-testid="approvals"]');
    assert.equal(await approvals.getAttribute('data-missing'), String(above.filter((r) => r.approval === 'missing').length));

    // The partners view at this scale (hundreds of partners): the frame that opens it draws the first
    // ROWS_FIRST rows of each list with their sections busy; the frame after it, every row.
    const partners = JSON.parse(csm(['summary', file, '--format', 'json'])).partners.partners;
    assert.ok(partners.length > ROWS_FIRST, `the flagship has more than ${ROWS_FIRST} partners (${partners.length})`);
    const frames = await framesUntilSettled(page, 'partners', {
      rows: '[data-testid="partner-row"]',
      matrix: '.csm-partner-matrix tbody tr',
    });
    assert.deepEqual(frames[0], { rows: ROWS_FIRST, matrix: ROWS_FIRST, busy: 3 }, 'the first frame: the first rows, three lists busy');
    assert.deepEqual(frames.at(-1), { rows: partners.length, matrix: partners.length, busy: 0 }, 'then every partner, nothing busy');
    assert.ok(frames.length <= 4, `every row within a few frames (${frames.length})`);
    assert.deepEqual(
      await page.locator('[data-testid="partner-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.partnerId)),
      partners.map((p) => p.id),
      'in core\'s order',
    );

    // The risks view again: the decisions card lists its first ABOVE_FIRST risks above tolerance in the
    // frame that opens the view (with the cards below the register, two sections busy), all ABOVE_SHOWN the
    // frame after, in core's order.
    const riskFrames = await framesUntilSettled(page, 'risks', { above: '[data-testid="above-row"]' }, '[data-testid="risk-row"]');
    assert.deepEqual(riskFrames[0], { above: ABOVE_FIRST, busy: 2 }, 'the first frame: the first risks above tolerance');
    assert.deepEqual(riskFrames.at(-1), { above: ABOVE_SHOWN, busy: 0 }, 'then all that the card lists, nothing busy');
    assert.ok(riskFrames.length <= 4, `every row within a few frames (${riskFrames.length})`);
    assert.deepEqual(
      await page.locator('[data-testid="above-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.riskId)),
      above.slice(0, ABOVE_SHOWN).map((r) => r.id),
      'the most urgent, in core\'s order',
    );

    // The KPIs view (40 quarters per KPI): the frame that opens it lists the newest KPI_ROWS_FIRST quarters
    // of each KPI, the cards busy; the frame after it, every quarter.
    const kpis = JSON.parse(csm(['summary', file, '--format', 'json'])).kpis.kpis;
    const kpiFrames = await framesUntilSettled(page, 'kpis', {
      rows: { each: '[data-testid="kpi-trend"]', count: '[data-testid="kpi-table"] tbody tr' },
    });
    const series = kpis.map((k) => k.series.length);
    assert.ok(Math.max(...series) > KPI_ROWS_FIRST, `the flagship's KPIs have more than ${KPI_ROWS_FIRST} quarters (${series})`);
    assert.deepEqual(
      kpiFrames[0],
      { rows: series.map((n) => Math.min(n, KPI_ROWS_FIRST)), busy: series.filter((n) => n > KPI_ROWS_FIRST).length },
      'the first frame: the newest quarters of each KPI',
    );
    assert.deepEqual(kpiFrames.at(-1), { rows: series, busy: 0 }, 'then every quarter, nothing busy');
    assert.ok(kpiFrames.length <= 4, `every row within a few frames (${kpiFrames.length})`);

    // The trends view (40 quarters): the frame that opens it draws the oldest TRENDS_FIRST quarters of
    // each strip and the first TREND_ROWS_FIRST of the figures, its three sections busy; the frame after
    // it, every quarter.
    const trendFrames = await framesUntilSettled(
      page,
      'trends',
      {
        points: { first: '[data-testid="trend-item"]', count: '[data-testid="trend-point"]' },
        quarters: '[data-testid="trend-quarter"]',
      },
      '[data-testid="trend-item"]',
    );
    const quarters = Number(await page.locator('[data-testid="view-trends"]').getAttribute('data-quarters'));
    assert.ok(quarters > TRENDS_FIRST, `the flagship has more than ${TRENDS_FIRST} quarters (${quarters})`);
    assert.deepEqual(trendFrames[0], { points: TRENDS_FIRST, quarters: TREND_ROWS_FIRST, busy: 3 }, 'the first frame: the oldest quarters');
    assert.deepEqual(trendFrames.at(-1), { points: quarters, quarters, busy: 0 }, 'then every quarter, nothing busy');
    assert.ok(trendFrames.length <= 4, `every quarter within a few frames (${trendFrames.length})`);

    // In print, at the page's width (A4 landscape less its margins: 273 mm), the strips carry the newest
    // TRENDS_PRINTED quarters, within the page, and say how many of all; the figures keep every quarter.
    const heads = () =>
      page.locator('[data-testid="trend-items"] thead th').evaluateAll((ths) =>
        ths.filter((th) => th.checkVisibility()).map((th) => th.textContent.trim()),
      );
    const onScreen = await heads();
    await page.setViewportSize({ width: Math.floor(PRINT_WIDTH_PX), height: 900 });
    await page.emulateMedia({ media: 'print' });
    const printed = await heads();
    assert.deepEqual(printed, [onScreen[0], ...onScreen.slice(-TRENDS_PRINTED)], 'the newest quarters print');
    const [edge, widths] = await page.locator('[data-testid="trend-items"]').evaluate((t) => [
      t.getBoundingClientRect().right,
      [...t.querySelectorAll('thead th, tbody tr:first-child > *')].filter((c) => c.checkVisibility()).map((c) => `${c.textContent.trim().slice(0, 12)}=${Math.round(c.getBoundingClientRect().width)}`),
    ]);
    assert.ok(edge <= PRINT_WIDTH_PX, `the strips keep within the page (${Math.round(edge)} px: ${widths.join(' ')})`);
    const note = page.locator('[data-testid="trend-print-note"]').first();
    assert.ok(await note.isVisible(), 'the print says how many quarters it carries');
    assert.match(await note.textContent(), new RegExp(`最新の ${TRENDS_PRINTED} 四半期.*全 ${quarters} 四半期`));
    assert.equal(await page.locator('[data-testid="trend-quarter"]').count(), quarters, 'every quarter\'s figures print');
    await page.emulateMedia({ media: 'screen' });
    assert.ok(!(await note.isVisible()), 'the note is for paper only');

    // The summary at group scale: a group's members (decisions folded under "all N") are built when the
    // reader opens them, not with the view — then they are core's members, in core's order.
    const grouped = JSON.parse(csm(['summary', file, '--format', 'json'])).decisions.filter((d) => d.members?.length > 0);
    assert.ok(grouped.length > 0, 'the flagship folds decisions into groups');
    await page.locator('[data-testid="nav-summary"]').click();
    await page.locator('[data-testid="view-summary"]:not(:has([aria-busy="true"]))').waitFor();
    assert.equal(await page.locator('[data-testid="decision-members"]').count(), grouped.length, 'one fold per group');
    assert.equal(await page.locator('[data-testid="decision-member"]').count(), 0, 'no member built while folded');
    const group = page.locator(`[data-testid="decision"][data-rank="${grouped[0].rank}"] [data-testid="decision-members"]`);
    await group.locator('summary').click();
    await group.locator('[data-testid="decision-member"]').first().waitFor();
    assert.deepEqual(
      await group.locator('[data-testid="decision-member"]').evaluateAll((els) => els.map((e) => Number(e.dataset.rank))),
      grouped[0].members.map((m) => m.rank),
      'the members, as core listed them',
    );
    await group.locator('summary').click();
    await page.waitForFunction((rank) => !document.querySelector(`[data-testid="decision"][data-rank="${rank}"] [data-testid="decision-member"]`), grouped[0].rank);
    assert.deepEqual(errors.page, []);
    assert.deepEqual(errors.console, []);
  });

  for (const sample of SAMPLES) {
    test(`${sample.name}: PDCA, partners and readiness show core's numbers`, async (t) => {
      const { page, network, errors } = await open(t, 'pdca', sample);
      const s = summary(sample.file);

      // PDCA: phases, overdue reviews, the 12-month strip, audits.
      const view = page.locator('[data-testid="view-pdca"]');
      assert.equal(await view.getAttribute('data-overdue-reviews'), String(s.pdca.overdue_reviews));
      assert.deepEqual(
        await page.locator('[data-testid="pdca-area"]').evaluateAll((rows) =>
          rows.map((r) => [r.dataset.area, r.dataset.phase, r.dataset.overdue === 'true']),
        ),
        s.pdca.areas.map((a) => [a.id, a.phase, a.review_overdue]),
      );
      for (const area of await page.locator('[data-testid="pdca-area"]').all()) {
        const current = area.locator('[aria-current="step"]');
        assert.equal(await current.count(), 1, 'one current PDCA step per area');
      }
      const months = await page.locator('[data-testid="month-cell"]').evaluateAll((cells) =>
        cells.map((c) => ({ month: c.dataset.month, status: Number(c.dataset.status), state: c.dataset.state, text: c.textContent })),
      );
      assert.equal(months.length, 12);
      assert.deepEqual(
        months.map((m) => [m.month, m.status]),
        s.pdca.cadence.months.map((m) => [m.month, m.status_reports]),
      );
      const missing = months.filter((m) => m.state === 'missing');
      assert.deepEqual(missing.map((m) => m.month), s.pdca.cadence.months_missing);
      for (const m of missing) assert.ok(m.text.includes('未報告'), `a missing month says so in text: ${m.text}`);
      const cadence = page.locator('[data-testid="cadence"]');
      assert.equal(await cadence.getAttribute('data-progress'), String(s.pdca.cadence.progress_reports));
      assert.equal(await cadence.getAttribute('data-missing'), String(s.pdca.cadence.months_missing.length));
      const audits = page.locator('[data-testid="audits"]');
      assert.equal(await audits.getAttribute('data-penetration-test'), String(s.pdca.audits.penetration_tests));
      assert.equal(await audits.getAttribute('data-vulnerability-assessment'), String(s.pdca.audits.vulnerability_assessments));
      assert.equal(await page.locator('[data-testid="audit-row"]').count(), s.pdca.audits.trace.length);

      // Partners.
      await page.locator('[data-testid="nav-partners"]').click();
      const partners = page.locator('[data-testid="view-partners"]');
      await partners.waitFor();
      const p = s.partners;
      assert.equal(await partners.getAttribute('data-total'), String(p.total));
      assert.equal(await partners.getAttribute('data-overdue'), String(p.overdue.length));
      assert.equal(await partners.getAttribute('data-below'), String(p.below_required.length));
      assert.equal(await partners.getAttribute('data-missing-clauses'), String(p.missing_clauses.length));
      const rows = await page.locator('[data-testid="partner-row"]').evaluateAll((rs) =>
        rs.map((r) => ({ id: r.dataset.partnerId, overdue: r.dataset.overdue === 'true', missing: Number(r.dataset.missing), text: r.textContent })),
      );
      assert.deepEqual(
        rows.map((r) => [r.id, r.overdue, r.missing]),
        p.partners.map((x) => [x.id, x.review_overdue, x.missing_clauses.length]),
      );
      p.partners.forEach((x, i) => {
        for (const clause of x.missing_clauses) {
          assert.ok(rows[i].text.includes(CLAUSE_JA[clause]), `${x.id} names its missing clause ${clause}`);
        }
      });
      assert.equal(
        await page.locator('[data-testid="clause-cell"][data-present="false"]').count(),
        p.partners.reduce((n, x) => n + x.missing_clauses.length, 0),
      );
      const evidence = page.locator('[data-testid="evidence"]');
      assert.equal(await evidence.getAttribute('data-third-party-audit'), String(p.assessed_in_time.third_party_audit));
      assert.equal(await evidence.getAttribute('data-total'), String(p.assessed_in_time.total));
      // Outsourcing terms (item 7): one row per outsourcer or cloud provider, recorded or not, stale report.
      assert.deepEqual(
        await page
          .locator('[data-testid="terms-row"]')
          .evaluateAll((rs) => rs.map((r) => [r.dataset.partnerId, r.dataset.recorded === 'true', r.dataset.stale === 'true'])),
        p.partners.filter((x) => x.item === 7).map((x) => [x.id, x.outsourcing != null, x.report_stale]),
      );

      // Readiness.
      await page.locator('[data-testid="nav-readiness"]').click();
      await page.locator('[data-testid="view-readiness"]').waitFor();
      const r = s.readiness;
      assert.deepEqual(
        await page.locator('[data-testid="document"]').evaluateAll((ds) => ds.map((d) => [d.dataset.kind, d.dataset.state])),
        r.documents.map((d) => [d.kind, d.state]),
      );
      // Budget and people (item 6) and the CSIRT's design (item 9).
      const people = page.locator('[data-testid="people"]');
      assert.equal(await people.getAttribute('data-approval'), s.resources.budget.approval);
      assert.equal(await people.getAttribute('data-security-staff'), String(s.resources.people.security_staff));
      assert.equal(await people.getAttribute('data-qualified'), String(s.resources.people.qualified));
      assert.equal(await page.locator('[data-testid="forensics"]').getAttribute('data-missing'), String(r.csirt_design.forensics_missing));
      const drills = page.locator('[data-testid="drills"]');
      assert.equal(await drills.getAttribute('data-open'), String(r.drills.open_actions));
      assert.equal(await drills.getAttribute('data-overdue'), String(r.drills.overdue_actions.length));
      assert.deepEqual(
        await page.locator('[data-testid="overdue-action"]').evaluateAll((as) => as.map((a) => a.dataset.actionId)),
        r.drills.overdue_actions.map((a) => a.id),
      );
      assert.equal(await page.locator('[data-testid="notification"]').getAttribute('data-police'), String(r.notification.includes_police));
      const sharing = page.locator('[data-testid="sharing"]');
      assert.equal(await sharing.getAttribute('data-filed'), String(r.sharing.reports_in_year));
      assert.equal(await page.locator('[data-testid="filed-row"]').count(), r.sharing.reports_in_year);
      assert.equal(await page.locator('[data-testid="membership"]').count(), r.sharing.bodies.length);
      assert.equal(await page.locator('[data-testid="publication"]').count(), r.notification.publications_in_year);
      const links = await page
        .locator('[data-testid="publication"] a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
      for (const link of links) {
        assert.match(link.href, /^https?:\/\//i, 'only http(s) URLs become links');
        assert.equal(link.rel, 'noopener noreferrer');
      }
      assertClean(network, errors);
    });
  }

  test('A社: choosing another quarter and English updates the views', async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, 'risks', sample);
    const quarters = summary(sample.file).quarters;
    const earlier = quarters[quarters.length - 4];
    const s = summary(sample.file, earlier);

    await page.locator('[data-testid="quarter-select"]').selectOption(earlier);
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="risk-register"]')?.dataset.total === String(total),
      s.risk.risks,
    );
    assertHeatMap(await heatCells(page), s.risk.residual, 'ja');
    assert.deepEqual(
      await page.locator('[data-testid="above-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.riskId)),
      s.risk.above_tolerance.map((r) => r.id),
    );

    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForSelector('.csm-dashboard[lang="en"]');
    assert.equal((await page.locator('[data-testid="view-risks"] h2').textContent())?.trim(), 'Risks');
    assertHeatMap(await heatCells(page), s.risk.residual, 'en');
    assert.match(((await page.locator('[data-testid="heat-cell"]').first().textContent()) ?? '').trim(), /^likelihood \d+ × impact \d+: /);

    await page.locator('[data-testid="nav-pdca"]').click();
    await page.locator('[data-testid="view-pdca"]').waitFor();
    assert.equal(
      await page.locator('[data-testid="view-pdca"]').getAttribute('data-overdue-reviews'),
      String(s.pdca.overdue_reviews),
    );
    const missing = await page.locator('[data-testid="month-cell"][data-state="missing"]').allTextContents();
    assert.equal(missing.length, s.pdca.cadence.months_missing.length);
    for (const text of missing) assert.ok(text.includes('Missing'), text);
    assert.ok(missing.length > 0, `${earlier} of A社 has months without a status report (the test needs one)`);
    await page.screenshot({ path: artifact('views-pdca-earlier-en.png'), fullPage: true });
    assertClean(network, errors);
  });
});

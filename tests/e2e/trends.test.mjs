// Browser test of the trends view (issue 17.4), in headless Chromium, on dist/ served on localhost and on
// a group board pack from file://, in Japanese and English.
//
// Every expected figure comes from outside the page: core's trends as `csm summary --format json --trends`
// prints them (the same core, run natively), the strips and the lights' words as `csm summary --lang`
// prints them in its text. Checked: one strip of lights per important item, one point per quarter (shape,
// colour class and the light's word for screen readers), maturity / target per quarter, the fiscal quarter
// names, per quarter the risks above tolerance (and unapproved), the expected loss (said to be partial when
// risks lack an estimate), decisions open and taken ("not recorded", never 0); the keyboard reaches the tab
// and the tables' scroll regions; axe finds no violation; the trends are computed only when the view is
// shown; a group company's own dashboard shows that company's trends.
// Screenshots: docs/screenshots/trends-ja.png, trends-en.png.
// Run: node --test tests/e2e/trends.test.mjs   (scripts/test builds dist/ first).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { ROOT, SCREENSHOTS, collectErrors, csm, launchChromium, serveDist, trackNetwork } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core'), 'utf8');
const READY = '[data-csm-dashboard][data-state="ready"]';
/** The trends view once nothing in it is busy (its older quarters are drawn a frame after it opens). */
const VIEW = '[data-testid="view-trends"]:not(:has([aria-busy="true"]))';
const TIMEOUT = 90_000;
const A = 'samples/a-company.json';
const B = 'samples/b-company.json';
const DIST = resolve(process.env.CSM_DIST || join(ROOT, 'dist'));

const cache = new Map();

/** Core's trends of an export: `csm summary --format json --trends FILE`. */
function trendsOf(file) {
  if (!cache.has(file)) {
    const run = csm('summary', '--format', 'json', '--trends', file);
    assert.equal(run.status, 0, `csm summary --trends ${file} failed:\n${run.stderr}`);
    cache.set(file, JSON.parse(run.stdout));
  }
  return cache.get(file);
}

/**
 * What the CLI's text says of the trends in `lang`: each item's strip (`  1. ■▲●…  4  title`) and each
 * light's word from the legend (`●青 ▲黄 ■赤` / `● green ▲ amber ■ red`).
 */
function cliText(file, lang) {
  const run = csm('summary', file, '--lang', lang);
  assert.equal(run.status, 0, `csm summary --lang ${lang} ${file} failed:\n${run.stderr}`);
  const lines = run.stdout.split('\n');
  const at = lines.findIndex((l) => /^■ (推移（|Trend \()/.test(l));
  assert.ok(at >= 0, 'the CLI text has the trend section');
  const shapes = { '●': 'green', '▲': 'amber', '■': 'red' };
  const words = {};
  for (const m of lines[at].matchAll(/([●▲■])\s*([^\s●▲■）);]+)/g)) words[shapes[m[1]]] = m[2];
  const strips = {};
  for (const l of lines.slice(at + 1)) {
    const m = /^\s+(\d+)\. ([●▲■·]+)\s/.exec(l);
    if (m) strips[Number(m[1])] = m[2];
  }
  return { words, strips };
}

/** A strip from core's JSON points: ● green, ▲ amber, ■ red (core's `MaturityTrend::strip`). */
const stripOf = (points) => points.map((p) => ({ green: '●', amber: '▲', red: '■' })[p.light] ?? '·').join('');

/** What the trends view shows (runs in the page). */
function trendFacts() {
  const view = document.querySelector('[data-testid="view-trends"]');
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rows = (testid) =>
    [...view.querySelectorAll(`[data-testid="${testid}"]`)].map((tr) => ({
      number: Number(tr.dataset.item),
      strip: tr.dataset.strip,
      header: text(tr.querySelector('th')),
      points: [...tr.querySelectorAll('[data-testid="trend-point"]')].map((p) => ({
        quarter: p.dataset.quarter,
        light: p.dataset.light ?? null,
        maturity: Number(p.dataset.maturity),
        target: Number(p.dataset.target),
        // The light's shape is drawn by the stylesheet before the point (three elements a point).
        shape: getComputedStyle(p, '::before').clipPath,
        shapeContent: getComputedStyle(p, '::before').content,
        shapeWidth: parseFloat(getComputedStyle(p, '::before').width) || 0,
        word: text(p.querySelector('.csm-sr-only')),
        text: text(p),
      })),
    }));
  const heads = (testid) => [...view.querySelectorAll(`[data-testid="${testid}"] thead th`)].map((th) => text(th));
  return {
    quarters: Number(view.dataset.quarters),
    items: rows('trend-item'),
    principles: rows('trend-principle'),
    heads: heads('trend-items'),
    figures: [...view.querySelectorAll('[data-testid="trend-quarter"]')].map((tr) => ({
      quarter: tr.dataset.quarter,
      maturity: Number(tr.dataset.maturity),
      above: Number(tr.dataset.aboveTolerance),
      unapproved: Number(tr.dataset.unapproved),
      loss: Number(tr.dataset.lossYen),
      notEstimated: Number(tr.dataset.notEstimated),
      open: Number(tr.dataset.decisionsOpen),
      taken: tr.dataset.decisionsTaken,
      header: text(tr.querySelector('th')),
      cells: [...tr.querySelectorAll('td')].map((td) => text(td)),
    })),
    partial: !!view.querySelector('[data-testid="trend-partial"]'),
    notRecorded: !!view.querySelector('[data-testid="trend-not-recorded"]'),
    regions: [...view.querySelectorAll('[role="region"][tabindex="0"]')].map((r) => r.getAttribute('aria-label') ?? ''),
  };
}

/** The page shows core's trends of `file` in `lang`. */
function assertShowsTrends(facts, file, lang) {
  const want = trendsOf(file);
  const cli = cliText(file, lang);
  assert.equal(facts.quarters, want.quarters.length, 'one column per quarter of the export');
  assert.ok(want.quarters.length >= 2, 'core: the sample has several quarters');
  // Column headings: the fiscal quarter of each, oldest first (FY2026 Q2 style, as elsewhere).
  assert.deepEqual(
    facts.heads.slice(1),
    want.quarters.map((q) => `FY${q.fiscal_quarter.year} Q${q.fiscal_quarter.number}`),
    'fiscal quarter headings',
  );
  // One strip per important item: core's lights, the CLI's strip, a shape and a word per point.
  assert.deepEqual(facts.items.map((r) => r.number), want.items.map((t) => t.number));
  for (const [i, t] of want.items.entries()) {
    const row = facts.items[i];
    assert.equal(row.strip, stripOf(t.points), `item ${t.number}: strip`);
    assert.equal(row.strip, cli.strips[t.number], `item ${t.number}: the CLI prints the same strip`);
    assert.equal(row.header, `${t.number}. ${t.title[lang]}`, `item ${t.number}: row header`);
    assert.deepEqual(
      row.points.map((p) => [p.quarter, p.light, p.maturity, p.target]),
      t.points.map((p) => [p.quarter, p.light, p.maturity, p.target]),
      `item ${t.number}: light, maturity and target per quarter`,
    );
    for (const p of row.points) {
      // A circle for green, a triangle for amber, a square for red (components/shape.rs draws the same).
      const shape = { green: 'circle(', amber: 'polygon(', red: 'inset(' }[p.light];
      assert.ok(p.shape.startsWith(shape), `item ${t.number} ${p.quarter}: a ${shape} shape for ${p.light} (${p.shape})`);
      assert.ok(p.shapeWidth > 0, `item ${t.number} ${p.quarter}: the shape is drawn`);
      assert.equal(p.shapeContent, '""', 'the shape is decorative (no text); the word carries the light');
      assert.equal(p.word.toLowerCase(), cli.words[p.light].toLowerCase(), `item ${t.number} ${p.quarter}: the light's word`);
    }
  }
  // The three principles: maturity / target per quarter, no lights.
  assert.deepEqual(
    facts.principles.map((r) => r.points.map((p) => [p.quarter, p.light, p.maturity, p.target])),
    want.principles.map((t) => t.points.map((p) => [p.quarter, null, p.maturity, p.target])),
    'principles',
  );
  assert.ok(
    facts.principles.every((r) => r.points.every((p) => p.shapeContent === 'none' && p.word === '')),
    'a principle has no light: no shape, no word',
  );
  // The figures per quarter, as core computed them.
  const notRecorded = lang === 'ja' ? '記録なし' : 'not recorded';
  assert.deepEqual(
    facts.figures.map((f) => [f.quarter, f.maturity, f.above, f.unapproved, f.loss, f.notEstimated, f.open, f.taken]),
    want.quarters.map((q) => [
      q.quarter,
      q.maturity,
      q.above_tolerance,
      q.unapproved,
      q.expected_loss_yen,
      q.not_estimated,
      q.decisions_open,
      q.decisions_taken === null ? 'none' : String(q.decisions_taken),
    ]),
    'figures per quarter',
  );
  for (const [i, q] of want.quarters.entries()) {
    const f = facts.figures[i];
    assert.equal(f.header, `FY${q.fiscal_quarter.year} Q${q.fiscal_quarter.number}`);
    const taken = f.cells[f.cells.length - 1];
    if (q.decisions_taken === null) {
      assert.equal(taken, notRecorded, `${q.quarter}: decisions taken not recorded, never 0`);
    } else {
      assert.equal(taken, String(q.decisions_taken), `${q.quarter}: decisions taken`);
    }
    const loss = f.cells[3];
    const partial = lang === 'ja' ? '一部のみ' : 'partial';
    assert.equal(loss.includes(partial), q.not_estimated > 0, `${q.quarter}: the loss "${loss}" is said partial iff risks lack an estimate`);
    if (q.unapproved > 0) assert.ok(f.cells[2].includes(String(q.unapproved)), `${q.quarter}: unapproved named`);
  }
  assert.equal(facts.partial, want.quarters.some((q) => q.not_estimated > 0), 'the partial note');
  assert.equal(facts.notRecorded, want.quarters.every((q) => q.decisions_taken === null), 'the not-recorded note');
  assert.ok(facts.regions.length >= 2 && facts.regions.every((r) => r.length > 0), 'named scroll regions');
}

async function axeViolations(page) {
  return page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('[data-csm-dashboard]'), { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  });
}

describe('trends view', () => {
  let server;
  let browser;
  let dir;

  before(async () => {
    server = await serveDist();
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'csm-trends-'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function newPage(t) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
    t.after(() => context.close());
    await context.addInitScript(AXE);
    const network = await trackNetwork(context, server.origin);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    return { page, network, errors: collectErrors(page) };
  }

  for (const lang of ['ja', 'en']) {
    test(`A社 (${lang}): a strip of lights per item and the figures per quarter, as core computes them`, async (t) => {
      const { page, network, errors } = await newPage(t);
      await page.goto(`${server.url}#/summary?lang=${lang}`, { waitUntil: 'load' });
      await page.waitForSelector(`${READY} [data-testid="view-summary"]`);
      await page.waitForFunction((l) => document.querySelector('[data-csm-dashboard]')?.getAttribute('lang') === l, lang);
      // Keyboard: Tab reaches the trends tab; Enter opens it.
      const tab = page.locator('[data-testid="nav-trends"]');
      assert.equal((await tab.textContent()).trim(), lang === 'ja' ? '推移' : 'Trends');
      let reached = false;
      for (let i = 0; i < 40 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'nav-trends');
      }
      assert.ok(reached, 'Tab reaches the trends tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector(VIEW);
      assert.match(page.url(), /#\/trends\?/);
      assert.equal(await page.locator('[aria-current="page"]').getAttribute('data-view'), 'trends');

      assertShowsTrends(await page.evaluate(trendFacts), A, lang);

      // The scroll regions are reached by Tab.
      const regions = await page.locator(`${VIEW} [role="region"][tabindex="0"]`).count();
      let focused = 0;
      for (let i = 0; i < 40 && focused < regions; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'region')) focused += 1;
      }
      assert.equal(focused, regions, 'every scroll region takes the focus');

      assert.deepEqual(await axeViolations(page), [], 'axe: no violation of any impact');
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: join(SCREENSHOTS, `trends-${lang}.png`), fullPage: true });
      assert.deepEqual(network.foreign, [], `requests left ${server.origin}`);
      assert.deepEqual(errors.page, [], 'uncaught errors on the page');
      assert.deepEqual(errors.console, [], 'errors in the browser console');
    });
  }

  test('a loss without every estimate is said to be partial; a deep link opens the view', async (t) => {
    // A社 with one risk of its latest quarter lacking its loss estimate.
    const sample = JSON.parse(readFileSync(join(ROOT, A), 'utf8'));
    const risk = sample.quarters[sample.quarters.length - 1].risks[0];
    delete risk.loss_magnitude_yen;
    delete risk.annual_frequency;
    const file = join(dir, 'partial.json');
    writeFileSync(file, JSON.stringify(sample));
    const want = trendsOf(file);
    assert.ok(want.quarters[want.quarters.length - 1].not_estimated > 0, 'core: the latest quarter lacks an estimate');
    const { page, errors } = await newPage(t);
    await page.goto(`${server.url}#/trends?lang=en`, { waitUntil: 'load' });
    await page.waitForSelector(`${READY} ${VIEW}`);
    await page.locator('[data-testid="file-input"]').setInputFiles(file);
    await page.waitForFunction((n) => document.querySelector('[data-testid="trend-partial"]') && document.querySelectorAll('[data-testid="trend-quarter"]').length === n, want.quarters.length);
    assertShowsTrends(await page.evaluate(trendFacts), file, 'en');
    assert.deepEqual(errors.page, [], 'uncaught errors on the page');
  });

  test('a group: each company’s own dashboard shows its trends (file:// group pack)', async (t) => {
    const pack = join(dir, 'group.html');
    const run = csm('bundle', join(ROOT, A), join(ROOT, B), '-o', pack, '--dist', DIST);
    assert.equal(run.status, 0, `csm bundle failed:\n${run.stderr}`);
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
    t.after(() => context.close());
    await context.addInitScript(AXE);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(`${pathToFileURL(pack).href}#/group?lang=ja`, { waitUntil: 'load' });
    await page.waitForSelector(`${READY} [data-testid="view-group"]`);
    // Every cell opens the company (B社, position 1); its trends tab shows B社's trends.
    await page.click('[data-testid="view-group"] [data-testid="group-row"][data-position="1"] [data-testid="group-cell"][data-item="1"]');
    await page.waitForSelector('[data-testid="back-to-group"]');
    await page.click('[data-testid="nav-trends"]');
    await page.waitForSelector(VIEW);
    assert.match(page.url(), /#\/trends\?.*company=1/);
    assertShowsTrends(await page.evaluate(trendFacts), B, 'ja');
    assert.deepEqual(await axeViolations(page), [], 'axe on a company of the group');
    // Back, then A社 (position 0) at the same view: its own trends.
    await page.click('[data-testid="back-to-group"]');
    await page.waitForSelector('[data-testid="view-group"]');
    await page.click('[data-testid="view-group"] [data-testid="group-row"][data-position="0"] [data-testid="group-cell"][data-item="1"]');
    await page.waitForSelector('[data-testid="back-to-group"]');
    await page.click('[data-testid="nav-trends"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="trend-quarter"]').length === n, trendsOf(A).quarters.length);
    assertShowsTrends(await page.evaluate(trendFacts), A, 'ja');
    assert.deepEqual(errors.page, [], 'uncaught errors on the page');
    assert.deepEqual(errors.console, [], 'errors in the browser console');
  });
});

// Print: the board pack as directors read it, on paper or as a PDF (dist/ from `trunk build --release`,
// headless Chromium).
//
// - The summary of both samples (A社 served with dist/, B社 loaded through the file input), in both
//   languages, prints to at most two A4 pages (page 1 the headline and the decisions, page 2 the lights,
//   the KPIs and the heat map); under print media the smallest visible text is at least 9 pt (12 px) and
//   the decisions' text at least 10 pt.
// - Page 1 carries the board's record under the decisions (issue 15): the directives core's
//   `BoardRecord::printed` chooses (at most three, overdue first; re-stated by support.mjs'
//   printedDirectives from `csm summary --format json`), one line each, and "and K more" when there are
//   more; the decisions card, record included, ends before the lights that open page 2.
// - A note that the export does not record something prints under its item whatever its rank; of every
//   other reason only the item's first (most severe) prints.
// - Every view, laid out at the printed page's width (A4 landscape less its margins, as the browser lays
//   out what it prints), keeps within the page's right edge and prints no text below 9 pt, in both
//   languages (charts included: their SVG text scales with the chart; the trends' strips print their
//   newest quarters: the flagship test in views-risks checks which).
// - Every other view prints with its table rows kept whole (`break-inside: avoid` on every `tr`), its
//   table headers repeated on each page (`thead` is a table-header-group), its text at least 9 pt, and
//   the export's digest and as-of date in the page footer.
// - A heat-map cell of the summary opens the risk register filtered to that cell (`#/risks?cell=L-I`),
//   by mouse and by keyboard (Enter, Space).
//
// With CSM_SCREENSHOTS=1 it also writes docs/screenshots/print-summary-{a,b}-{1,2}.png: the printed
// summary's PDF pages (Japanese), as `pdftoppm -png -r 60` renders them (poppler-utils).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { PRINT_WIDTH_PX, ROOT, artifact, collectErrors, launchChromium, printedDirectives, serveDist, summary } from './support.mjs';

const READY = '.csm-dashboard[data-state="ready"]';
const TIMEOUT = 60_000;
const LANGS = ['ja', 'en'];
const OTHER_VIEWS = ['trends', 'checksheet', 'kpis', 'risks', 'impact', 'pdca', 'partners', 'readiness'];
const SAMPLES = [
  { name: 'A社', code: 'a', file: 'samples/a-company.json', upload: false },
  { name: 'B社', code: 'b', file: 'samples/b-company.json', upload: true },
];

const sha256 = (file) => createHash('sha256').update(readFileSync(join(ROOT, file))).digest('hex');

/** How many pages a PDF has: pdfinfo's count where poppler-utils is installed, else its page objects. */
function pdfPages(file, pdf) {
  const run = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const line = !run.error && run.status === 0 ? run.stdout.match(/^Pages:\s+(\d+)/m) : null;
  if (line) return Number(line[1]);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The page size of a PDF's first page in points, from its MediaBox. */
function pdfSize(pdf) {
  const m = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * In the page (print media): the visible text nodes of `.csm-dashboard` below `minPx`, and those inside
 * `.csm-decisions` below `decisionPx`, as "size px: class: text".
 */
function smallText([minPx, decisionPx]) {
  const found = { body: [], decisions: [], smallest: Infinity };
  const root = document.querySelector('.csm-dashboard');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el.checkVisibility({ visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    // Visually hidden words (screen-reader text) are clipped to a 1 px box.
    if (el.closest('.csm-sr-only')) continue;
    // SVG text (charts) is drawn at its font size times the SVG's scale.
    const scale = el.closest('svg')?.getScreenCTM()?.a ?? 1;
    const px = parseFloat(getComputedStyle(el).fontSize) * scale;
    found.smallest = Math.min(found.smallest, px);
    const line = `${px.toFixed(2)} px: ${el.getAttribute('class') || el.tagName}: ${text.slice(0, 40)}`;
    if (px < minPx - 0.01) found.body.push(line);
    if (el.closest('.csm-decisions') && px < decisionPx - 0.01) found.decisions.push(line);
  }
  return found;
}

/** In the page (print media): how the tables of the view print. */
function tableBreaks() {
  const view = document.querySelector('.csm-main');
  const rows = [...view.querySelectorAll('tr')];
  const heads = [...view.querySelectorAll('thead')];
  return {
    rows: rows.length,
    cut: rows.filter((tr) => getComputedStyle(tr).breakInside !== 'avoid').map((tr) => tr.outerHTML.slice(0, 80)),
    heads: heads.length,
    unrepeated: heads.filter((h) => getComputedStyle(h).display !== 'table-header-group').map((h) => h.outerHTML.slice(0, 80)),
  };
}

/** In the page (print media): the visible elements of the view reaching past `width` px (the page's right edge). */
function pastTheEdge(width) {
  const found = [];
  for (const el of document.querySelectorAll('.csm-main *')) {
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.right <= width + 0.5 || el.closest('.csm-sr-only') || !el.checkVisibility()) continue;
    found.push(`${Math.round(box.right)} px: ${el.getAttribute('class') || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 30)}`);
  }
  return found.slice(0, 5);
}

/** In the page (print media): where the export id prints (a fixed footer at the page's foot). */
function footer() {
  const id = document.querySelector('[data-testid="export-id"]');
  const box = id.closest('.csm-export');
  return {
    text: id.textContent,
    position: getComputedStyle(box).position,
    bottom: getComputedStyle(box).bottom,
    visible: id.checkVisibility(),
  };
}

describe('print: the board pack on A4', () => {
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

  /** A fresh page on `hash` with `sample` on screen (B社 through the file input). */
  async function open(t, sample, hash) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(`${server.url}${hash}`, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    if (sample.upload) {
      await page.locator('[data-testid="file-input"]').setInputFiles(join(ROOT, sample.file));
      await page.waitForFunction(
        (want) => document.querySelector('[data-testid="export-id"]')?.getAttribute('data-sha256-prefix') === want,
        sha256(sample.file).slice(0, 12),
      );
      await page.waitForSelector(READY);
    }
    return { page, errors };
  }

  async function showView(page, view, lang) {
    await page.emulateMedia({ media: 'screen' });
    if ((await page.locator(READY).getAttribute('lang')) !== lang) {
      await page.locator('[data-testid="lang-toggle"]').click();
      await page.waitForFunction((l) => document.querySelector('.csm-dashboard')?.getAttribute('lang') === l, lang);
    }
    await page.locator(`[data-testid="nav-${view}"]`).click();
    await page.locator(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`).waitFor();
    await page.emulateMedia({ media: 'print' });
  }

  for (const sample of SAMPLES) {
    test(`${sample.name}: the summary prints on at most two A4 pages, body ≥ 9 pt, decisions ≥ 10 pt`, async (t) => {
      const { page, errors } = await open(t, sample, '#/summary?lang=ja');
      for (const lang of LANGS) {
        await showView(page, 'summary', lang);
        const text = await page.evaluate(smallText, [12, 40 / 3]);
        assert.deepEqual(text.body, [], `${sample.name} (${lang}): text below 9 pt in print`);
        assert.deepEqual(text.decisions, [], `${sample.name} (${lang}): decisions below 10 pt in print`);
        assert.ok(await page.locator('[data-testid="decision"]').first().isVisible(), 'the decisions print');
        assert.equal(await page.locator('[data-testid="item-light"]').count(), 10, 'the ten lights print');
        assert.ok(await page.locator('.csm-summary [data-testid="heat-map"]').isVisible(), 'the heat map prints');
        assert.ok(await page.locator('[data-testid="kpi-tile"]').first().isVisible(), 'the KPIs print');
        const where = `${sample.name} (${lang})`;

        // Page 1: the board's record under the decisions, as core chooses it for paper.
        const want = summary(join(ROOT, sample.file));
        const expected = printedDirectives(want.board);
        const record = page.locator('.csm-decisions [data-testid="board-record"]');
        assert.ok(await record.isVisible(), `${where}: the board's record prints`);
        const printed = await record.locator('[data-testid="directive-printed"]').evaluateAll((els) =>
          els.map((e) => ({ id: e.dataset.id, visible: e.checkVisibility(), height: e.getBoundingClientRect().height })),
        );
        assert.deepEqual(
          printed.map((r) => r.id),
          expected.shown.map((d) => d.id),
          `${where}: the directives printed`,
        );
        const line = await record.locator('[data-testid="board-status"]').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        for (const r of printed) {
          assert.ok(r.visible, `${where}: ${r.id} prints`);
          assert.ok(r.height < line * 2, `${where}: ${r.id} prints on one line (${r.height} px)`);
        }
        assert.equal(await record.locator('[data-testid="directives-more"]').count(), expected.more > 0 ? 1 : 0, `${where}: "and K more"`);
        // The decisions card (the record included) ends above the lights, which open page 2.
        const [decisionsEnd, lightsTop] = await page.evaluate(() => [
          document.querySelector('.csm-summary .csm-decisions').getBoundingClientRect().bottom,
          document.querySelector('.csm-summary .csm-lights').getBoundingClientRect().top,
        ]);
        assert.ok(decisionsEnd <= lightsTop, `${where}: the board's record is on page 1`);

        // Per item, the first reason, and every "not recorded" note, print; no other reason does.
        const reasons = await page.locator('[data-testid="item-light"]').evaluateAll((rows) =>
          rows.map((r) =>
            [...r.querySelectorAll('.csm-reason')].map((x) => ({
              notRecorded: x.dataset.notRecorded === 'true',
              green: x.classList.contains('is-green'),
              visible: x.checkVisibility(),
            })),
          ),
        );
        let notes = 0;
        reasons.forEach((list, i) =>
          list.forEach((x, k) => {
            const should = x.notRecorded || (k === 0 && !x.green);
            notes += x.notRecorded ? 1 : 0;
            assert.equal(x.visible, should, `${where}: item ${i + 1} reason ${k + 1} ${should ? 'prints' : 'stays on screen'}`);
          }),
        );
        const wantNotes = want.lights.flatMap((l) => l.signals).filter((x) => x.reason.code.endsWith('_not_recorded'));
        assert.ok(notes <= wantNotes.length, `${where}: only "not recorded" notes are printed as such`);
        // Core says which notes there are; a sample whose quarter records every section has none (B社 since
        // its outsourcing terms were recorded), A社's latest quarter has some — both cases are exercised.
        assert.equal(notes > 0, wantNotes.length > 0, `${where}: a "not recorded" note prints exactly when core has one`);
        // The headline figures are larger than the body.
        const figure = await page.locator('.csm-figure-value').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        assert.ok(figure >= 24, `headline figures print at ${figure} px`);
        const foot = await page.evaluate(footer);
        assert.equal(foot.position, 'fixed', 'the export id is the page footer');
        assert.ok(foot.visible && foot.text.includes(sha256(sample.file).slice(0, 12)), 'the footer names the export');

        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
        const file = artifact(`print-${sample.code}-summary-${lang}.pdf`);
        writeFileSync(file, pdf);
        const size = pdfSize(pdf);
        assert.ok(size, 'the PDF states its page size');
        // A4 is 841.89 × 595.28 pt; Chromium rounds its page box to whole CSS pixels.
        const [long, short] = [Math.max(...size), Math.min(...size)];
        assert.ok(Math.abs(long - 841.89) < 2 && Math.abs(short - 595.28) < 2, `${sample.name} (${lang}) prints on A4 (${size})`);
        const pages = pdfPages(file, pdf);
        assert.ok(pages >= 1 && pages <= 2, `${sample.name} (${lang}): the summary prints on ${pages} pages (${file})`);

        if (process.env.CSM_SCREENSHOTS === '1' && lang === 'ja') {
          const dir = join(ROOT, 'docs', 'screenshots');
          mkdirSync(dir, { recursive: true });
          const prefix = join(dir, `print-summary-${sample.code}`);
          const run = spawnSync('pdftoppm', ['-png', '-r', '60', file, prefix], { encoding: 'utf8' });
          assert.equal(run.status, 0, `pdftoppm: ${run.stderr}`);
          // pdftoppm numbers the pages -1, -2 (or -01 … for ten and more).
          for (const n of [1, 2]) {
            const padded = `${prefix}-0${n}.png`;
            if (existsSync(padded)) renameSync(padded, `${prefix}-${n}.png`);
          }
        }
      }
      assert.deepEqual(errors.page, [], 'uncaught errors');
      assert.deepEqual(errors.console, [], 'console errors');
    });
  }

  for (const sample of SAMPLES) {
    test(`${sample.name}: every view keeps within the page at ≥ 9 pt; every other view prints whole rows, repeated headers and the footer`, async (t) => {
      const { page, errors } = await open(t, sample, '#/summary?lang=ja');
      // Laid out at the printed page's width, so that what would run past the paper's edge shows here.
      await page.setViewportSize({ width: Math.floor(PRINT_WIDTH_PX), height: 900 });
      for (const lang of LANGS) {
        for (const view of ['summary', ...OTHER_VIEWS]) {
          await showView(page, view, lang);
          const where = `${sample.name} ${view} (${lang})`;
          assert.deepEqual(await page.evaluate(pastTheEdge, Math.floor(PRINT_WIDTH_PX)), [], `${where}: nothing past the page's right edge`);
          const text = await page.evaluate(smallText, [12, 40 / 3]);
          assert.deepEqual(text.body, [], `${where}: text below 9 pt in print`);
          if (view === 'summary') {
            assert.deepEqual(text.decisions, [], `${where}: decisions below 10 pt in print`);
            continue;
          }
          const tables = await page.evaluate(tableBreaks);
          assert.deepEqual(tables.cut, [], `${where}: rows that may be cut across pages`);
          assert.deepEqual(tables.unrepeated, [], `${where}: table headers not repeated on each page`);
          const foot = await page.evaluate(footer);
          assert.equal(foot.position, 'fixed', `${where}: the export id is the page footer`);
          assert.ok(foot.visible, `${where}: the footer prints`);
          if (lang === 'ja') {
            const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
            const file = artifact(`print-${sample.code}-${view}-${lang}.pdf`);
            writeFileSync(file, pdf);
            assert.ok(pdfPages(file, pdf) >= 1, `${where}: prints`);
          }
        }
      }
      assert.deepEqual(errors.page, [], 'uncaught errors');
      assert.deepEqual(errors.console, [], 'console errors');
    });
  }

  test('A社: a heat-map cell of the summary opens the risk register filtered to it (mouse and keyboard)', async (t) => {
    const sample = SAMPLES[0];
    const { page, errors } = await open(t, sample, '#/summary?lang=ja');
    const cells = page.locator('.csm-summary [data-testid="heat-cell"]');
    const counts = await cells.evaluateAll((els) =>
      els.map((e) => ({ likelihood: e.dataset.likelihood, impact: e.dataset.impact, count: Number(e.dataset.count) })),
    );
    const full = counts.filter((c) => c.count > 0);
    assert.ok(full.length >= 2, 'the sample has at least two heat-map cells with risks');

    // Named buttons: the name says the coordinates, the count and the level.
    const first = cells.first();
    assert.equal(await first.evaluate((e) => e.tagName), 'BUTTON');
    assert.match(await first.evaluate((e) => e.textContent), /発生可能性 \d+ × 影響度 \d+：\d+件、レベル /);

    const open_ = async (cell, how) => {
      const target = page.locator(
        `.csm-summary [data-testid="heat-cell"][data-likelihood="${cell.likelihood}"][data-impact="${cell.impact}"]`,
      );
      if (how === 'click') {
        await target.click();
      } else {
        await target.focus();
        await page.keyboard.press(how);
      }
      await page.locator('[data-testid="view-risks"]:not(:has([aria-busy="true"]))').waitFor();
      const cellParam = `${cell.likelihood}-${cell.impact}`;
      await page.waitForFunction((c) => location.hash.includes(`cell=${c}`), cellParam);
      assert.match(await page.evaluate(() => location.hash), new RegExp(`^#/risks\\?.*cell=${cellParam}`));
      const selected = page.locator('[data-testid="view-risks"] [data-testid="heat-cell"][aria-pressed="true"]');
      assert.equal(await selected.count(), 1, `${how}: one cell is selected on the risks view`);
      assert.deepEqual(
        [await selected.getAttribute('data-likelihood'), await selected.getAttribute('data-impact')],
        [cell.likelihood, cell.impact],
      );
      // The register shows that cell's risks: as many rows in all as the cell counts.
      const status = page.locator('[data-testid="register-count"]');
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="register-count"]')?.textContent.includes(String(n)),
        cell.count,
      );
      assert.ok((await status.textContent()).includes(String(cell.count)), `${how}: the register counts ${cell.count}`);
      // The back button returns to the summary.
      await page.goBack();
      await page.locator('[data-testid="view-summary"]').waitFor();
    };
    await open_(full[0], 'click');
    await open_(full[1], 'Enter');
    await open_(full[0], 'Space');

    // A deep link restores the filter.
    await page.goto(`${server.url}#/risks?lang=ja&cell=${full[1].likelihood}-${full[1].impact}`);
    await page.locator('[data-testid="view-risks"]:not(:has([aria-busy="true"]))').waitFor();
    const pressed = page.locator('[data-testid="view-risks"] [data-testid="heat-cell"][aria-pressed="true"]');
    await pressed.waitFor();
    assert.equal(await pressed.getAttribute('data-likelihood'), full[1].likelihood);
    // Clearing the cell on the risks view drops it from the route; another view never carries it.
    await pressed.click();
    await page.waitForFunction(() => !location.hash.includes('cell='));
    await page.locator('[data-testid="nav-kpis"]').click();
    assert.ok(!(await page.evaluate(() => location.hash)).includes('cell='));
    assert.deepEqual(errors.page, [], 'uncaught errors');
    assert.deepEqual(errors.console, [], 'console errors');
  });
});

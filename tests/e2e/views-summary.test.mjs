// Browser tests of the app shell and the board summary, check sheet and KPI views (dist/ from
// `trunk build --release`), in headless Chromium, on both samples: A社 served with dist/, B社 loaded
// through the file input.
//
// Every expected number comes from outside the page: `csm summary --format json` (the same core,
// run natively) for the values, and `csm summary` text for the formatted headline and loss, so the
// page is checked against what core computed, not against numbers written here. The print check
// renders the summary to PDF (A4 landscape) and counts its pages (at most two; see print.test.mjs).
//
// With CSM_SCREENSHOTS=1 the test also writes docs/screenshots/{summary,checksheet,kpis}-{ja,en}.png
// (1440×900, A社's latest quarter). Run: node --test tests/e2e/   (scripts/test builds dist/ first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, test } from 'node:test';

import { ROOT, artifact, collectErrors, launchChromium, printedDirectives, serveDist, trackNetwork } from './support.mjs';

const READY = '.csm-dashboard[data-state="ready"]';
const TIMEOUT = 60_000;
/** Reasons core's `Reason::is_not_recorded` marks as "not recorded" (sections16 may add more: any
 * `*_not_recorded` code may be neutral). */
const NOT_RECORDED = ['people_not_recorded', 'csirt_design_not_recorded', 'outsourcing_not_recorded'];

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

const cache = new Map();
/** `csm summary` of `file` for `quarter` (latest when omitted): JSON, or text in `lang`. */
function summary(file, quarter, lang) {
  const key = `${file}|${quarter ?? ''}|${lang ?? 'json'}`;
  if (!cache.has(key)) {
    const args = ['summary', file, ...(quarter ? ['--quarter', quarter] : [])];
    const out = lang ? csm([...args, '--lang', lang]) : JSON.parse(csm([...args, '--format', 'json']));
    cache.set(key, out);
  }
  return cache.get(key);
}

/** `read()` once it deep-equals `want` (the page re-renders after an event), else its last value. */
async function eventually(read, want, ms = 5_000) {
  const until = Date.now() + ms;
  let got = await read();
  while (!isDeepStrictEqual(got, want) && Date.now() < until) {
    await new Promise((ok) => setTimeout(ok, 50));
    got = await read();
  }
  return got;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(join(ROOT, file))).digest('hex');

/** How many pages a PDF has (its page objects). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const LIGHT = { ja: { green: '青', amber: '黄', red: '赤' }, en: { green: 'Green', amber: 'Amber', red: 'Red' } };

const SAMPLES = [
  { name: 'A社', file: 'samples/a-company.json', upload: false },
  { name: 'B社', file: 'samples/b-company.json', upload: true },
];

describe('shell, board summary, check sheet and KPI views (dist/ served on localhost)', () => {
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

  /** A fresh page on `hash`, with `sample` on screen (B社 through the file input). */
  async function open(t, sample, hash = '') {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const network = await trackNetwork(context, server.origin);
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
    return { page, network, errors };
  }

  function assertClean(network, errors) {
    assert.deepEqual(network.foreign, [], `requests left ${server.origin}`);
    assert.deepEqual(errors.page, [], 'uncaught errors on the page');
    assert.deepEqual(errors.console, [], 'errors in the browser console');
  }

  const hash = (page) => page.evaluate(() => location.hash);
  /** The URL fragment once it matches `want` (a string or a RegExp); the page writes it after rendering. */
  async function settledHash(page, want) {
    const source = want instanceof RegExp ? want.source : null;
    await page
      .waitForFunction(
        ([exact, pattern]) => (pattern ? new RegExp(pattern).test(location.hash) : location.hash === exact),
        [source ? null : want, source],
        { timeout: 5_000 },
      )
      .catch(() => {});
    return hash(page);
  }
  const attrs = (page, selector, names) =>
    page.locator(selector).evaluateAll(
      (els, names) => els.map((e) => Object.fromEntries(names.map((n) => [n, e.getAttribute(n)]))),
      names,
    );

  /** The summary view shows `want` (core's board summary) in `lang`. */
  async function assertSummary(page, want, lang, sample) {
    await page.locator('[data-testid="view-summary"]').waitFor();

    const lights = await page.locator('[data-testid="item-light"]').evaluateAll((rows) =>
      rows.map((r) => ({
        item: r.getAttribute('data-item'),
        light: r.getAttribute('data-light'),
        text: r.textContent,
        reasons: r.querySelectorAll('.csm-reason').length,
        marks: [...r.querySelectorAll('.csm-reason')].map((x) => ({
          notRecorded: x.dataset.notRecorded === 'true',
          classes: x.className,
          shape: x.querySelector('.csm-shape')?.getAttribute('class') ?? '',
        })),
      })),
    );
    assert.equal(lights.length, 10);
    want.lights.forEach((l, i) => {
      const got = lights[i];
      assert.equal(got.item, String(l.item));
      assert.equal(got.light, l.light, `item ${l.item}`);
      assert.ok(got.text.includes(LIGHT[lang][l.light]), `item ${l.item} names its light in words: ${got.text}`);
      assert.ok(got.text.includes(l.title[lang]), `item ${l.item} title`);
      assert.equal(got.reasons, l.signals.length, `item ${l.item}: one reason per signal`);
      // A note that the export does not record something is neutral: no light's colour (SUMMARY.md §5).
      l.signals.forEach((sig, k) => {
        const mark = got.marks[k];
        if (NOT_RECORDED.includes(sig.reason.code)) {
          assert.ok(mark.notRecorded, `item ${l.item}: ${sig.reason.code} is marked as not recorded`);
        }
        if (mark.notRecorded) {
          assert.match(sig.reason.code, /_not_recorded$/, `item ${l.item}: only a "not recorded" note is neutral`);
          assert.match(mark.shape, /csm-shape-neutral/, `item ${l.item}: ${sig.reason.code} has the neutral mark`);
          assert.doesNotMatch(mark.classes, /is-(green|amber|red)/, `item ${l.item}: ${sig.reason.code} has no light's colour`);
        } else {
          assert.match(mark.classes, new RegExp(`is-${sig.light}`), `item ${l.item}: ${sig.reason.code} in its light's tone`);
        }
      });
    });

    const tiles = await page.locator('[data-testid="kpi-tile"]').evaluateAll((els) =>
      els.map((e) => ({
        kpi: e.getAttribute('data-kpi'),
        value: e.getAttribute('data-value'),
        status: e.getAttribute('data-status'),
        shown: e.querySelector('[data-testid="kpi-value"]')?.textContent.trim(),
        sparkline: e.querySelectorAll('svg.csm-svg polyline').length,
      })),
    );
    assert.deepEqual(
      tiles.map((t) => t.kpi),
      want.kpis.kpis.map((k) => k.id),
    );
    want.kpis.kpis.forEach((k, i) => {
      const got = tiles[i];
      assert.equal(got.value === null ? null : Number(got.value), k.value, `${k.id} value`);
      assert.equal(got.status, k.status ?? 'none', `${k.id} status`);
      if (k.value !== null) {
        const shown = Number.parseFloat(got.shown.replace(/,/g, ''));
        assert.ok(Math.abs(shown - k.value) <= 0.051, `${k.id} shows ${got.shown} for ${k.value}`);
        if (k.unit === 'percent') assert.match(got.shown, /%$/);
        assert.ok(got.sparkline > 0, `${k.id} has a sparkline`);
      }
    });

    const decisions = await page.locator('[data-testid="decision"]').evaluateAll((els) =>
      els.map((e) => ({ rank: e.getAttribute('data-rank'), severity: e.getAttribute('data-severity'), text: e.textContent })),
    );
    assert.equal(decisions.length, want.decisions.length);
    want.decisions.forEach((d, i) => {
      assert.equal(decisions[i].rank, String(d.rank));
      assert.equal(decisions[i].severity, d.severity);
      for (const path of d.trace.slice(0, 3)) assert.ok(decisions[i].text.includes(path), `decision ${d.rank} cites ${path}`);
      if (d.ask.risk) assert.ok(decisions[i].text.includes(d.ask.risk), `decision ${d.rank} names ${d.ask.risk}`);
    });

    // Formatted numbers: the same sentences and amounts as `csm summary` prints.
    const text = summary(sample.file, want.quarter, lang);
    const headline = (await page.locator('[data-testid="headline"]').textContent()).trim();
    assert.ok(text.includes(headline), `the headline "${headline}" is not what csm summary prints`);
    const loss = page.locator('[data-testid="expected-loss"]');
    assert.equal(await loss.getAttribute('data-yen'), String(want.risk.loss.total_yen));
    const lossLine = text.split('\n').find((line) => /^\s*(合計|Total) /.test(line));
    const amount = lossLine?.trim().split(/\s+/)[1]?.replace(/[（(].*$/, '');
    assert.ok(amount, `no total in csm summary's loss section:\n${text}`);
    assert.ok((await loss.textContent()).includes(amount), `the page's loss is not ${amount}`);
  }

  for (const sample of SAMPLES) {
    test(`${sample.name}: the summary shows core's lights, KPIs, loss and decisions, with the export named`, async (t) => {
      const { page, network, errors } = await open(t, sample);
      const want = summary(sample.file);
      const quarters = want.quarters;
      const [latest, previous] = [quarters.at(-1), quarters.at(-2)];

      assert.equal(await page.locator('[data-testid="quarter-select"]').inputValue(), latest);
      assert.equal(await page.locator('[data-testid="compare-select"]').inputValue(), previous);
      const lang = await page.locator(READY).getAttribute('lang');
      assert.equal(await settledHash(page, `#/summary?q=${latest}&vs=${previous}&lang=${lang}`), `#/summary?q=${latest}&vs=${previous}&lang=${lang}`);
      await assertSummary(page, want, lang, sample);

      // The export is named on every view: digest prefix and data date.
      const digest = sha256(sample.file).slice(0, 12);
      for (const view of ['summary', 'trends', 'checksheet', 'kpis', 'risks', 'pdca', 'partners', 'readiness', 'impact']) {
        await page.locator(`[data-testid="nav-${view}"]`).click();
        await page.locator(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`).waitFor();
        const id = page.locator('[data-testid="export-id"]');
        assert.equal(await id.getAttribute('data-sha256-prefix'), digest, view);
        assert.equal(await id.getAttribute('data-as-of'), want.as_of, view);
        assert.ok(await id.isVisible(), `the export id is visible on ${view}`);
        assert.ok((await id.textContent()).includes(digest));
        assert.equal(await page.locator('[aria-current="page"]').getAttribute('data-view'), view);
      }
      assert.equal(await page.locator('.csm-dashboard [style]').count(), 0, 'no style attributes (CSP)');

      // Print: controls hidden, the summary on at most two A4 landscape pages (print.test.mjs looks closer).
      await page.locator('[data-testid="nav-summary"]').click();
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['quarter-select', 'compare-select', 'lang-toggle', 'nav-kpis']) {
        assert.equal(await page.locator(`[data-testid="${hidden}"]`).isVisible(), false, `${hidden} prints`);
      }
      assert.equal(await page.locator('.csm-file').isVisible(), false, 'the file picker prints');
      assert.ok(await page.locator('[data-testid="export-id"]').isVisible(), 'the export id is printed');
      assert.ok(await page.locator('.csm-print-only').first().isVisible(), 'the chosen quarter is printed as text');
      for (const language of ['ja', 'en']) {
        if ((await page.locator(READY).getAttribute('lang')) !== language) {
          await page.emulateMedia({ media: 'screen' });
          await page.locator('[data-testid="lang-toggle"]').click();
          await page.emulateMedia({ media: 'print' });
        }
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const name = `${sample.file.split('/').pop().replace('.json', '')}-summary-${language}.pdf`;
        writeFileSync(artifact(name), pdf);
        const pages = pdfPages(pdf);
        assert.ok(pages >= 1 && pages <= 2, `the ${language} summary of ${sample.name} prints on ${pages} pages (${name}); at most two`);
      }
      assertClean(network, errors);
    });
  }

  test("A社: the summary shows last quarter's directives and what became of them beside the decisions", async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, sample);
    const want = summary(sample.file);
    const lang = await page.locator(READY).getAttribute('lang');
    const block = page.locator('.csm-decisions [data-testid="board-record"]');
    await block.waitFor();
    assert.equal(await block.getAttribute('data-recorded'), String(want.board.recorded));
    assert.equal(await block.getAttribute('data-carried'), String(want.board.carried.length));
    const overdue = [...want.board.carried, ...want.board.new_directives].filter((d) => d.state === 'overdue');
    assert.ok(overdue.length > 0, 'A社 has an overdue directive to show');
    assert.equal(await block.getAttribute('data-overdue'), String(overdue.length));
    const ids = await block
      .locator('[data-testid="directive-overdue"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.deepEqual(ids, overdue.map((d) => d.id));

    // The same sentence as `csm summary` prints first under its board section.
    const text = summary(sample.file, want.quarter, lang);
    const lines = text.split('\n');
    const at = lines.findIndex((line) => /^■ (取締役会の決定と指示|Board decisions and directives)/.test(line));
    assert.ok(at >= 0, `no board section in csm summary:\n${text}`);
    const status = (await block.locator('[data-testid="board-status"]').textContent()).trim();
    assert.equal(status, lines[at + 1].trim());

    // An overdue directive is asked again; a decision the board already took is not asked twice.
    const keys = want.decisions.map((d) => d.key);
    for (const d of overdue) assert.ok(keys.includes(`directive_overdue:${d.id}`), `${d.id} is asked again`);
    assert.equal(await block.locator('[data-testid="already-decided"]').count(), want.already_decided.length);
    for (const a of want.already_decided) assert.ok(!keys.includes(a.decision.key), `${a.decision.key} asked twice`);

    // On screen the directives' one-line form is for paper only.
    assert.equal(await block.locator('[data-testid="directives-printed"]').isVisible(), false, 'the printed form is for paper');

    // On paper, under the decisions: the sentence, then at most three directives (overdue first), one
    // line each — state, what was directed, owner, due date — and "and K more" when there are more.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await block.isVisible(), 'the board record prints on page 1');
    assert.ok(await block.locator('[data-testid="board-status"]').isVisible(), 'the directives sentence prints');
    assert.equal(await block.locator('[data-testid="directive-overdue"]').first().isVisible(), false, 'the screen list stays on screen');
    const expected = printedDirectives(want.board);
    assert.ok(expected.shown.length > 0, 'A社 has directives to print');
    assert.equal(expected.shown[0].state, 'overdue', 'A社 prints its overdue directive first');
    const printed = block.locator('[data-testid="directive-printed"]');
    const rows = await printed.evaluateAll((els) =>
      els.map((e) => ({ id: e.dataset.id, state: e.dataset.state, text: e.textContent, visible: e.checkVisibility() })),
    );
    assert.deepEqual(
      rows.map((r) => [r.id, r.state]),
      expected.shown.map((d) => [d.id, d.state]),
    );
    rows.forEach((r, i) => {
      const d = expected.shown[i];
      assert.ok(r.visible, `${d.id} prints`);
      for (const part of [d.text, d.owner, d.due]) assert.ok(r.text.includes(part), `${d.id}: "${part}" in ${r.text}`);
      if (d.state === 'overdue') assert.ok(r.text.includes(String(d.days_overdue)), `${d.id}: days overdue`);
    });
    assert.equal(await block.locator('[data-testid="directives-printed"]').getAttribute('data-more'), String(expected.more));
    assert.equal(await block.locator('[data-testid="directives-more"]').count(), expected.more > 0 ? 1 : 0);
    assertClean(network, errors);
  });

  test('A社: the check sheet shows the 32 items, changes and the radar with its table', async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, sample);
    const want = summary(sample.file);
    const lang = await page.locator(READY).getAttribute('lang');
    await page.locator('[data-testid="nav-checksheet"]').click();
    await page.locator('[data-testid="view-checksheet"]').waitFor();
    const sheetLink = new RegExp(`^#/checksheet\\?q=${want.quarter}&vs=${want.previous_quarter}&lang=`);
    assert.match(await settledHash(page, sheetLink), sheetLink);

    const rows = await attrs(page, '[data-testid="check-item"]', ['data-id', 'data-maturity', 'data-target', 'data-fell']);
    assert.equal(rows.length, 32);
    want.checksheet.check_items.forEach((c, i) => {
      assert.deepEqual(rows[i], {
        'data-id': c.id,
        'data-maturity': String(c.maturity),
        'data-target': String(c.target),
        'data-fell': String(want.checksheet.fell.includes(c.id)),
      });
    });

    // The radar is plotters' SVG (no style attribute); its table alternative has the same numbers.
    const radar = page.locator('[data-testid="radar"] [role="img"]');
    assert.ok((await radar.getAttribute('aria-label')).length > 10);
    assert.equal(await page.locator('[data-testid="radar"] svg [style], [data-testid="radar"] svg[style]').count(), 0);
    const table = await page.locator('[data-testid="radar-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
    assert.equal(table.length, 10);
    want.checksheet.radar.forEach((axis, i) => {
      const [current, target, compare] = table[i].map(Number.parseFloat);
      assert.ok(Math.abs(current - axis.current) < 0.006, `item ${axis.item} current ${table[i][0]}`);
      assert.ok(Math.abs(target - axis.target) < 0.006, `item ${axis.item} target ${table[i][1]}`);
      assert.ok(Math.abs(compare - axis.previous) < 0.006, `item ${axis.item} previous ${table[i][2]}`);
    });

    // 実施の目安 / 実施の確認事項 on demand.
    const details = page.locator('[data-testid="check-item"] details').first();
    assert.equal(await details.locator('li').first().isVisible(), false);
    await details.locator('summary').click();
    assert.ok(await details.locator('li').first().isVisible());
    assert.ok((await details.locator('li').count()) >= 2);

    // Items that fell are highlighted: against the previous quarter (core's `fell`) …
    const quarters = want.quarters;
    const fellRows = async () =>
      (await attrs(page, '[data-testid="check-item"][data-fell="true"]', ['data-id'])).map((r) => r['data-id']);
    const withFalls = [...quarters].reverse().find((q) => summary(sample.file, q).checksheet.fell.length > 0);
    assert.ok(withFalls, 'the sample has a quarter where a check item fell');
    await page.locator('[data-testid="quarter-select"]').selectOption(withFalls);
    const fellBefore = summary(sample.file, withFalls).checksheet.fell;
    assert.deepEqual(await eventually(fellRows, fellBefore), fellBefore);

    // … and against any earlier quarter (core's `checksheet::compare`), here worked out from the two
    // quarters' maturities.
    const fellBetween = (q, c) => {
      const then = new Map(summary(sample.file, c).checksheet.check_items.map((x) => [x.id, x.maturity]));
      return summary(sample.file, q).checksheet.check_items.filter((x) => x.maturity < then.get(x.id)).map((x) => x.id);
    };
    const pairs = quarters.flatMap((q, i) => quarters.slice(0, Math.max(0, i - 1)).map((c) => [q, c]));
    const [q, c] = pairs.find(([q, c]) => fellBetween(q, c).length > 0) ?? [];
    assert.ok(q, 'the sample has a quarter where an item is lower than two or more quarters before');
    await page.locator('[data-testid="quarter-select"]').selectOption(q);
    await page.locator('[data-testid="compare-select"]').selectOption(c);
    assert.match(await settledHash(page, new RegExp(`q=${q}&vs=${c}&`)), new RegExp(`q=${q}&vs=${c}&`));
    assert.deepEqual(await eventually(fellRows, fellBetween(q, c)), fellBetween(q, c));
    // The comparison column is named by its fiscal quarter (FY2025 Q3 for 2025Q4 with an April start).
    const fq = summary(sample.file, c).fiscal_quarter;
    assert.equal(await page.locator('[data-testid="radar-table"] thead th').last().textContent(), `FY${fq.year} Q${fq.number}`);

    await page.screenshot({ path: artifact(`views-checksheet-${lang}.png`), fullPage: true });
    assertClean(network, errors);
  });

  test('A社: each KPI has a trend chart with its target and a table of every quarter', async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, sample, '#/kpis');
    const want = summary(sample.file);
    await page.locator('[data-testid="view-kpis"]').waitFor();
    const cards = page.locator('[data-testid="kpi-trend"]');
    assert.equal(await cards.count(), want.kpis.kpis.length);
    for (const [i, k] of want.kpis.kpis.entries()) {
      const card = cards.nth(i);
      assert.equal(await card.getAttribute('data-kpi'), k.id);
      if (k.series.some((p) => p.value !== null)) {
        assert.equal(await card.locator('[role="img"] svg.csm-svg').count(), 1, `${k.id} chart`);
      }
      const rows = await card.locator('[data-testid="kpi-table"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          quarter: tr.getAttribute('data-quarter'),
          value: tr.getAttribute('data-value'),
          status: tr.getAttribute('data-status'),
        })),
      );
      const series = [...k.series].reverse();
      assert.deepEqual(
        rows.map((r) => [r.quarter, r.status]),
        series.map((p) => [p.quarter, p.status ?? 'none']),
        `${k.id}: one row per quarter, newest first, with core's status`,
      );
      series.forEach((p, j) => {
        assert.equal(rows[j].value === null ? null : Number(rows[j].value), p.value, `${k.id} ${p.quarter}`);
      });
    }
    assertClean(network, errors);
  });

  test('A社: switching quarter and language re-renders with that quarter\'s numbers; links restore it', async (t) => {
    const sample = SAMPLES[0];
    const { page, network, errors } = await open(t, sample, '#/summary?lang=ja');
    const quarters = summary(sample.file).quarters;
    const second = quarters[1];

    await page.locator('[data-testid="quarter-select"]').selectOption(second);
    const secondLink = `#/summary?q=${second}&vs=${quarters[0]}&lang=ja`;
    assert.equal(await settledHash(page, secondLink), secondLink);
    await assertSummary(page, summary(sample.file, second), 'ja', sample);

    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => location.hash.endsWith('lang=en'));
    assert.equal(await page.locator(READY).getAttribute('lang'), 'en');
    await assertSummary(page, summary(sample.file, second), 'en', sample);

    // Compared with a quarter other than the previous one, each KPI moves the way the two quarters'
    // values say (core's `kpi::change_between`).
    const latest = quarters.at(-1);
    await page.locator('[data-testid="quarter-select"]').selectOption(latest);
    await page.locator('[data-testid="compare-select"]').selectOption(quarters[0]);
    const againstFirst = `#/summary?q=${latest}&vs=${quarters[0]}&lang=en`;
    assert.equal(await settledHash(page, againstFirst), againstFirst);
    const then = summary(sample.file, quarters[0]);
    // The comparison is named in the fiscal year (`vs FY2024 Q3`), not by the file's key.
    const thenName = `FY${then.fiscal_quarter.year} Q${then.fiscal_quarter.number}`;
    let moved = 0;
    for (const k of summary(sample.file).kpis.kpis) {
      const before = then.kpis.kpis.find((x) => x.id === k.id).value;
      const change = page.locator(`[data-testid="kpi-tile"][data-kpi="${k.id}"] [data-testid="change"]`);
      if (k.value === null || before === null) {
        assert.equal(await change.count(), 0, `${k.id}: no change without two values`);
        continue;
      }
      const text = await change.textContent();
      assert.ok(text.includes(`vs ${thenName}`), `${k.id}: ${text}`);
      if (Math.abs(k.value - before) >= 0.1) {
        assert.ok(text.includes(k.value > before ? '▲' : '▼'), `${k.id} ${before} → ${k.value}: ${text}`);
        moved += 1;
      }
    }
    assert.ok(moved > 0, 'some KPI moved since the first quarter');

    // No comparison: no changes shown.
    await page.locator('[data-testid="compare-select"]').selectOption('');
    assert.match(await settledHash(page, /vs=none/), /vs=none/);
    assert.equal(await page.locator('[data-testid="view-summary"] [data-testid="change"]').count(), 0);

    // The back button returns to the previous view; a copied link restores view, quarter and language.
    await page.locator('[data-testid="quarter-select"]').selectOption(second);
    await page.locator('[data-testid="compare-select"]').selectOption('');
    await page.locator('[data-testid="nav-kpis"]').click();
    await page.locator('[data-testid="view-kpis"]').waitFor();
    const link = `#/kpis?q=${second}&vs=none&lang=en`;
    assert.equal(await settledHash(page, link), link);
    await page.goBack();
    await page.locator('[data-testid="view-summary"]').waitFor();

    const other = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    t.after(() => other.close());
    const fresh = await other.newPage();
    await fresh.goto(`${server.url}${link}`, { waitUntil: 'load' });
    await fresh.waitForSelector(READY);
    await fresh.locator('[data-testid="view-kpis"]').waitFor();
    assert.equal(await fresh.locator('[data-testid="quarter-select"]').inputValue(), second);
    assert.equal(await fresh.locator('[data-testid="compare-select"]').inputValue(), '');
    assert.equal(await fresh.locator(READY).getAttribute('lang'), 'en');
    assert.equal(await fresh.evaluate(() => location.hash), link);
    assertClean(network, errors);
  });

  test('screenshots of A社 (CSM_SCREENSHOTS=1)', { skip: !process.env.CSM_SCREENSHOTS }, async (t) => {
    const dir = join(ROOT, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const { page } = await open(t, SAMPLES[0]);
    for (const lang of ['ja', 'en']) {
      for (const view of ['summary', 'checksheet', 'kpis']) {
        await page.goto(`${server.url}#/${view}?lang=${lang}`, { waitUntil: 'load' });
        await page.waitForSelector(READY);
        await page.locator(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`).waitFor();
        await page.screenshot({ path: join(dir, `${view}-${lang}.png`) });
      }
    }
  });
});

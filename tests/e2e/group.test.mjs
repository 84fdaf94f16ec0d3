// The group's board (issue 17): one group board pack (`csm bundle a.json b.json company-*.json …`) of the
// two samples, a generated group (`csm generate --separate`) and three bad files, opened from file:// in
// Chromium (playwright-core) and in Firefox ESR (puppeteer-core over WebDriver BiDi). The page must show
// what `csm compare --format json` computes for the same files (never hard-coded figures here): each
// company's state, name, overall and per-item maturity and light, KPI statuses, risks above tolerance,
// every export's SHA-256, each company's problems; the radar's average and target; paging; a cell opens
// the company's own dashboard at the same view and quarter, and "back" returns. axe-core finds no
// violation on the group view (ja and en). Screenshots: docs/screenshots/group-{ja,en}.png.
//
// Run: node --test tests/e2e/group.test.mjs   (after `trunk build --release`; $CSM_DIST picks another
// build directory, $CSM_BIN an installed csm).

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { ROOT, SCREENSHOTS, collectErrors, csm, launchChromium, sha256 } from './support.mjs';
import { launchFirefox, openPage, assertClean as assertCleanFirefox } from './firefox-support.mjs';

const require = createRequire(import.meta.url);
/** axe-core's source: given to the page as an init script (the pack's CSP refuses an added <script>). */
const AXE = readFileSync(require.resolve('axe-core'), 'utf8');
const DIST = resolve(process.env.CSM_DIST || join(ROOT, 'dist'));
const TIMEOUT = 90_000;
const READY = '[data-csm-dashboard][data-state="ready"]';
const GROUP = '[data-testid="view-group"]';
/** Companies per page of the group view (frontend/src/views/group.rs `PAGE`). */
const PAGE = 50;
/** Generated group companies: with the samples and the bad files, more than one page. */
const GENERATED = 55;

/** The group's files in the order given to `csm bundle` and `csm compare`, and the pack made of them. */
function makeGroup(dir) {
  const gen = join(dir, 'generated');
  const old = join(dir, 'old');
  let run = csm('generate', '--subsidiaries', String(GENERATED - 1), '--risks', '60', '--quarters', '4', '--separate', gen);
  assert.equal(run.status, 0, `csm generate failed:\n${run.stderr}`);
  // A company whose export stops a quarter earlier: "no export for this quarter", never zeros. Its id is
  // also one of the generated group's under another name (a second problem for the same company).
  run = csm('generate', '--subsidiaries', '1', '--risks', '10', '--quarters', '2', '--last-quarter', '2026Q2', '--seed', '9', '--separate', old);
  assert.equal(run.status, 0, `csm generate (old) failed:\n${run.stderr}`);
  const late = join(dir, 'late.json');
  copyFileSync(join(old, 'company-001.json'), late);
  // The same company twice (A社's export under another name), and a file that does not load.
  const copy = join(dir, 'a-copy.json');
  copyFileSync(join(ROOT, 'samples', 'a-company.json'), copy);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"format": ');
  const generated = readdirSync(gen).filter((f) => f.endsWith('.json')).sort().map((f) => join(gen, f));
  const files = [join(ROOT, 'samples', 'a-company.json'), join(ROOT, 'samples', 'b-company.json'), ...generated, late, copy, broken];
  const compared = csm('compare', '--format', 'json', ...files);
  assert.equal(compared.status, 1, `csm compare exits 1 with an unreadable file:\n${compared.stderr}`);
  const cmp = JSON.parse(compared.stdout);
  const out = join(dir, 'group.html');
  run = csm('bundle', ...files, '-o', out, '--dist', DIST);
  assert.equal(run.status, 0, `csm bundle failed:\n${run.stderr}`);
  return { files, cmp, url: pathToFileURL(out).href };
}

/** What the group view shows (runs in the page). */
function groupFacts() {
  const view = document.querySelector('[data-testid="view-group"]');
  const all = (sel, root = view) => [...root.querySelectorAll(sel)];
  const text = (e) => (e?.textContent ?? '').trim();
  return {
    quarter: view.dataset.quarter,
    compared: Number(view.dataset.compared),
    companies: Number(view.dataset.companies),
    lang: view.closest('[data-csm-dashboard]').getAttribute('lang'),
    exports: all('[data-testid="group-export"]').map((r) => ({
      position: Number(r.dataset.position),
      sha256: r.dataset.sha256,
      state: r.dataset.state,
      shown: text(r.querySelector('.csm-sha')),
    })),
    problems: all('[data-testid="group-problem"]').map((p) => ({ company: Number(p.dataset.company), rule: p.dataset.rule, path: p.dataset.path, text: text(p) })),
    rows: all('[data-testid="group-row"]').map((r) => ({
      position: Number(r.dataset.position),
      state: r.dataset.state,
      name: text(r.querySelector('th')),
      overall: text(r.querySelector('[data-item="0"]')),
      items: all('[data-testid="group-cell"][data-item]:not([data-item="0"])', r).map((c) => ({ item: Number(c.dataset.item), light: c.dataset.light, text: text(c) })),
      muted: text(r.querySelector('.csm-muted')),
    })),
    kpis: all('[data-testid="group-kpi-row"]').map((r) => ({
      position: Number(r.dataset.position),
      tones: all('[data-testid="group-cell"]', r).filter((c) => c.dataset.view === 'kpis').map((c) => c.dataset.light),
    })),
    risks: all('[data-testid="group-risk-row"]').map((r) => ({
      position: Number(r.dataset.position),
      above: text(r.querySelector('[data-testid="group-cell"][data-view="risks"]')),
    })),
    pager: { page: Number(view.querySelector('[data-testid="group-pager"]').dataset.page), text: text(view.querySelector('[data-testid="group-pager"] .csm-pager-range')) },
    radar: {
      svg: !!view.querySelector('[data-testid="group-radar"] svg'),
      series: Number(view.querySelector('[data-testid="group-radar"]')?.dataset.series ?? 0),
      keys: all('[data-testid="group-radar-key"]').map((k) => ({ line: k.dataset.line, name: text(k) })),
      columns: Object.fromEntries(
        ['csm-key-average', 'csm-key-target', 'csm-key-reference'].map((line) => [
          line,
          all(`[data-testid="group-radar-table"] td[data-line="${line}"]`).map((td) => text(td)),
        ]),
      ),
      chosen: all('[data-testid="group-radar-choose"]').filter((c) => c.checked).map((c) => Number(c.dataset.company)),
      disabled: all('[data-testid="group-radar-choose"]').filter((c) => c.disabled).length,
      boxes: all('[data-testid="group-radar-choose"]').length,
    },
    decisions: all('[data-testid="group-decision"]').length,
  };
}

/** A maturity as the dashboard writes it (`text::number(v, 2)`: at most two decimals, no trailing zeros). */
const shown = (v) => String(Number(v.toFixed(2)));

const TONE = { green: 'good', amber: 'caution', red: 'bad' };
const STATUS = { on_track: 'good', at_risk: 'caution', off_track: 'bad' };

/** The exact mean of presented maturities (0.01), rounded half up (all positive) — core's `group::radar`. */
function mean(values) {
  const cents = values.map((v) => Math.round(v * 100));
  const sum = cents.reduce((a, b) => a + b, 0);
  const n = cents.length;
  return shown(Math.floor((2 * sum + n) / (2 * n)) / 100);
}

/** Checks the group view's facts on page `page` (from 0) against `csm compare --format json`. */
function assertShowsComparison(facts, cmp, files, lang, page) {
  assert.equal(facts.lang, lang);
  assert.equal(facts.quarter, cmp.quarter, 'the quarter compared');
  assert.equal(facts.compared, cmp.compared, 'companies compared');
  assert.equal(facts.companies, cmp.companies.length, 'companies in the pack');
  // Every export's SHA-256, of the exact bytes given, in the order given.
  assert.deepEqual(
    facts.exports.map((e) => [e.position, e.sha256, e.shown, e.state]),
    files.map((f, i) => [i, sha256(f), sha256(f), cmp.companies[i].state]),
    'every export and its SHA-256',
  );
  // Each company's problems, located, for that company only.
  assert.deepEqual(
    facts.problems.map((p) => [p.company, p.rule, p.path]),
    cmp.problems.map((p) => [p.company, p.rule, p.path]),
    'problems by company',
  );
  for (const [shown, p] of facts.problems.map((s, i) => [s, cmp.problems[i]])) {
    assert.ok(shown.text.includes(p[lang]), `problem of ${p.label} in ${lang}: ${shown.text}`);
  }
  // The rows of this page, in the order given (the default sort).
  const first = page * PAGE;
  const expected = cmp.companies.slice(first, first + PAGE);
  assert.deepEqual(facts.rows.map((r) => r.position), expected.map((r) => r.position), `rows of page ${page}`);
  assert.deepEqual(facts.pager.page, page);
  for (const [row, want] of facts.rows.map((r, i) => [r, expected[i]])) {
    assert.equal(row.state, want.state, `${want.label}: state`);
    if (want.name) assert.equal(row.name, want.name[lang], `${want.label}: name`);
    if (!want.figures) {
      assert.deepEqual(row.items, [], `${want.label}: no figures when not compared (never zeros)`);
      assert.ok(row.muted.length > 0, `${want.label}: says why it is not compared`);
      continue;
    }
    const f = want.figures;
    assert.equal(row.overall, shown(f.overall.maturity), `${want.label}: overall`);
    assert.deepEqual(
      row.items.map((c) => [c.item, c.text, c.light]),
      f.items.map((c) => [c.number, shown(c.maturity), TONE[c.light]]),
      `${want.label}: the ten items' maturity and light`,
    );
  }
  const compared = expected.filter((r) => r.figures);
  assert.deepEqual(
    facts.kpis.filter((r) => compared.some((c) => c.position === r.position)).map((r) => r.tones),
    compared.map((r) => r.figures.kpis.map((k) => STATUS[k.status] ?? 'neutral')),
    'KPI statuses against each company\'s targets',
  );
  assert.deepEqual(
    facts.risks.filter((r) => compared.some((c) => c.position === r.position)).map((r) => r.above),
    compared.map((r) => String(r.figures.above_tolerance)),
    'risks above tolerance',
  );
  // The radar: the group's average and target over every compared company (the same on every page).
  const all = cmp.companies.filter((r) => r.figures);
  assert.ok(facts.radar.svg, 'the radar is drawn');
  assert.deepEqual(facts.radar.columns['csm-key-average'], cmp.items.map((_, i) => mean(all.map((r) => r.figures.items[i].maturity))), 'the group average');
  assert.deepEqual(facts.radar.columns['csm-key-target'], cmp.items.map((_, i) => mean(all.map((r) => r.figures.items[i].target))), 'the group target');
  assert.equal(facts.decisions, cmp.decisions.entries.length, 'the group\'s decisions rolled up');
}

/**
 * Runs axe on the dashboard (the group view and its header) and returns its violations as lines. The
 * pack's own page around the dashboard (csm-pack) is not the group view's: page-level rules are left out.
 */
async function axeViolations(page) {
  return page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('[data-csm-dashboard]'), { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `[${v.impact}] ${v.id} — ${v.help} at ${n.target.join(' ')}: ${n.html.slice(0, 160)}`));
  });
}

describe('the group board pack', () => {
  let dir;
  let group;

  before(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'csm-group-'));
    group = makeGroup(dir);
    // The files make the cases this test is about (a check of the set-up, from core's comparison).
    const rules = new Set(group.cmp.problems.map((p) => p.rule));
    for (const rule of ['unreadable', 'same-company', 'no-export-for-quarter', 'duplicate-id', 'risk-matrix']) {
      assert.ok(rules.has(rule), `the group has a ${rule} problem`);
    }
    assert.ok(group.cmp.companies.length > PAGE, 'more than one page');
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('in Chromium', () => {
    let browser;
    before(async () => {
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
    });

    async function newPage(t, { axe = false } = {}) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ja-JP' });
      t.after(() => context.close());
      if (axe) await context.addInitScript(AXE);
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const foreign = [];
      page.on('request', (r) => {
        const u = r.url();
        if (u.split('#')[0] !== group.url && !/^(data|blob):/.test(u)) foreign.push(u);
      });
      return { page, foreign, errors: collectErrors(page) };
    }

    function assertClean({ foreign, errors }) {
      assert.deepEqual(foreign, [], 'requests left the pack');
      assert.deepEqual(errors.page, [], 'uncaught errors');
      assert.deepEqual(errors.console, [], 'console errors');
    }

    test('shows each company as csm compare does, pages, opens a company at the same view and quarter, and back', async (t) => {
      const ctx = await newPage(t);
      const { page } = ctx;
      const { cmp, files } = group;
      await page.goto(group.url, { waitUntil: 'load' });
      await page.waitForSelector(`${READY} ${GROUP}`);
      assertShowsComparison(await page.evaluate(groupFacts), cmp, files, 'ja', 0);

      // Paging: the next page holds the rest, the previous one comes back.
      await page.click(`${GROUP} [data-testid="group-pager"] >> nth=0 >> button >> nth=1`);
      await page.waitForSelector(`${GROUP} [data-testid="group-pager"][data-page="1"]`);
      assertShowsComparison(await page.evaluate(groupFacts), cmp, files, 'ja', 1);
      await page.click(`${GROUP} [data-testid="group-pager"] >> nth=0 >> button >> nth=0`);
      await page.waitForSelector(`${GROUP} [data-testid="group-pager"][data-page="0"]`);

      // Sorting by overall maturity: compared companies lowest first, the others after them.
      await page.click(`${GROUP} .csm-sorts button >> nth=1`);
      const order = await page.$$eval(`${GROUP} [data-testid="group-row"]`, (rows) => rows.map((r) => Number(r.dataset.position)));
      const sorted = cmp.companies.filter((r) => r.figures).map((r) => [r.figures.overall.maturity, r.position]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, p]) => p);
      assert.deepEqual(order, sorted.slice(0, PAGE), 'sorted by overall maturity');
      await page.click(`${GROUP} .csm-sorts button >> nth=0`);

      // The radar: at most five companies; a sixth cannot be chosen.
      let radar = (await page.evaluate(groupFacts)).radar;
      assert.equal(radar.chosen.length, 3, 'three companies overlaid at first');
      // The samples carry an illustrative reference profile: the companies, the average, the target and it.
      assert.equal(radar.series, radar.chosen.length + 3, 'companies, average, target, reference');
      assert.ok(radar.keys.some((k) => k.line === 'csm-key-reference' && /例示データ。公表値ではありません/.test(k.name)), 'the illustrative profile is labelled so');
      const free = await page.$$eval(`${GROUP} [data-testid="group-radar-choose"]:not(:checked)`, (b) => b.map((x) => x.dataset.company));
      await page.check(`${GROUP} [data-testid="group-radar-choose"][data-company="${free[0]}"]`);
      await page.check(`${GROUP} [data-testid="group-radar-choose"][data-company="${free[1]}"]`);
      radar = (await page.evaluate(groupFacts)).radar;
      assert.equal(radar.chosen.length, 5);
      assert.equal(radar.disabled, radar.boxes - 5, 'the others are disabled at five');
      assert.equal(radar.keys.filter((k) => k.line.startsWith('csm-key-company-')).length, 5);
      await page.uncheck(`${GROUP} [data-testid="group-radar-choose"][data-company="${free[1]}"]`);
      assert.equal((await page.evaluate(groupFacts)).radar.disabled, 0);

      // A cell opens the company's own dashboard at the matching view and the same quarter …
      const b = cmp.companies[1];
      await page.click(`${GROUP} [data-testid="group-row"][data-position="1"] [data-testid="group-cell"][data-item="3"]`);
      await page.waitForSelector(`${READY} [data-testid="view-checksheet"]`);
      assert.equal(await page.textContent('[data-testid="org-name"]').then((s) => s.trim()), b.name.ja);
      assert.equal(await page.inputValue('[data-testid="quarter-select"]'), cmp.quarter, 'the same quarter');
      assert.equal(await page.textContent('[data-testid="export-sha256"]').then((s) => s.trim()), sha256(files[1]));
      assert.match(page.url(), /#\/checksheet\?.*company=1/);
      // While it is open the group view is hidden, not gone …
      assert.equal(await page.locator(`${GROUP}`).isVisible(), false, 'the group view is hidden');
      // … and back returns to the group at the same quarter, as it was left (the radar's four companies).
      await page.click('[data-testid="back-to-group"]');
      await page.waitForSelector(`${READY} ${GROUP}`);
      const back = await page.evaluate(groupFacts);
      assert.equal(back.quarter, cmp.quarter);
      assert.equal(back.radar.chosen.length, 4, 'the radar as it was left');

      // Another quarter: the figures follow `csm compare --quarter`.
      const earlier = '2026Q2';
      await page.selectOption(`${GROUP} [data-testid="group-quarter"]`, earlier);
      await page.waitForSelector(`${GROUP}[data-quarter="${earlier}"]`);
      const run = csm('compare', '--format', 'json', '--quarter', earlier, ...files);
      assertShowsComparison(await page.evaluate(groupFacts), JSON.parse(run.stdout), files, 'ja', 0);
      const label = await page.$eval(`${GROUP} [data-testid="group-quarter"]`, (s) => s.selectedOptions[0].textContent);
      assert.match(label, /年度/, `the quarter chooser names fiscal quarters: ${label}`);
      assertClean(ctx);
    });

    for (const lang of ['ja', 'en']) {
      test(`the group view in ${lang}: the comparison, no axe violation, a screenshot`, async (t) => {
        const ctx = await newPage(t, { axe: true });
        const { page } = ctx;
        await page.goto(`${group.url}#/group?lang=${lang}`, { waitUntil: 'load' });
        await page.waitForSelector(`${READY}[lang="${lang}"] ${GROUP}`);
        assertShowsComparison(await page.evaluate(groupFacts), group.cmp, group.files, lang, 0);
        const found = await axeViolations(page);
        assert.deepEqual(found, [], `axe violations on the group view (${lang}):\n${found.join('\n')}`);
        await page.screenshot({ path: join(SCREENSHOTS, `group-${lang}.png`), fullPage: true });
        assertClean(ctx);
      });
    }
  });

  describe('in Firefox', () => {
    let browser;
    before(async () => {
      browser = await launchFirefox();
    });
    after(async () => {
      await browser?.close();
    });

    /**
     * Clicks `selector` as a person does: once it is on screen and drawn. The cards below the
     * companies table are drawn as they near the viewport (`content-visibility: auto`), and
     * puppeteer's click in Firefox aims before a card above its target has been drawn at its height.
     */
    async function clickSeen(page, selector) {
      await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.click(selector);
    }

    test('the group pack opens from file://, shows the comparison, opens a company and back; axe (ja, en)', async (t) => {
      const { page, log } = await openPage(browser, t, { isLocal: (u) => u.split('#')[0] === group.url });
      const { cmp, files } = group;
      await page.evaluateOnNewDocument(AXE);
      await page.goto(group.url, { waitUntil: 'load' });
      await page.waitForSelector(`${READY} ${GROUP}`);
      assertShowsComparison(await page.evaluate(groupFacts), cmp, files, 'ja', 0);

      await clickSeen(page, `${GROUP} [data-testid="group-kpi-row"][data-position="0"] [data-testid="group-cell"][data-view="kpis"]`);
      await page.waitForSelector(`${READY} [data-testid="view-kpis"]`);
      assert.equal(await page.$eval('[data-testid="org-name"]', (e) => e.textContent.trim()), cmp.companies[0].name.ja);
      assert.equal(await page.$eval('[data-testid="quarter-select"]', (e) => e.value), cmp.quarter);
      await page.click('[data-testid="back-to-group"]');
      await page.waitForSelector(`${READY} ${GROUP}`);

      await clickSeen(page, `${GROUP} [data-testid="group-pager"] button:last-of-type`);
      await page.waitForSelector(`${GROUP} [data-testid="group-pager"][data-page="1"]`);
      assertShowsComparison(await page.evaluate(groupFacts), cmp, files, 'ja', 1);

      const found = [];
      for (const lang of ['ja', 'en']) {
        if (lang === 'en') {
          await page.click('[data-testid="lang-toggle"]');
          await page.waitForSelector(`${READY}[lang="en"] ${GROUP}`);
        }
        found.push(...(await axeViolations(page)).map((v) => `${lang}: ${v}`));
      }
      assert.deepEqual(found, [], `axe violations on the group view in Firefox:\n${found.join('\n')}`);
      await assertCleanFirefox(page, log, 'group pack');
    });
  });
});

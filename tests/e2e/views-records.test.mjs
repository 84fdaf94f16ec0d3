// Browser tests of the records the board follows (issue 15), in headless Chromium, in Japanese and English:
//
// - the readiness view's incident timelines: one row per incident of the quarter, in core's order, from
//   detection to the report to the executive, containment, closure and disclosure, each date as core
//   recorded it, the lag against the escalation rule and its verdict — A社's latest quarter (in time) and
//   B社 FY2025 Q3 (2025Q4), whose B-IN-08 was reported 14 days after detection against a one-day limit
//   (a breach, asked of the board as `address_escalation_breaches`);
// - the PDCA view's section of the executive's decisions, the board's directives and the treatment
//   actions: the directives (last quarter's, then this quarter's) with their state, the same sentence as
//   `csm summary` prints, and the actions with their overdue flags.
//
// Every expected value comes from `csm summary --format json` (core, run natively), not from the page.
// Run: node --test tests/e2e/views-records.test.mjs   (dist/ from `trunk build --release`).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ROOT, collectErrors, csm, launchChromium, serveDist, sha256, shownDate, summaryOf, trackNetwork } from './support.mjs';

const READY = '.csm-dashboard[data-state="ready"]';
const TIMEOUT = 60_000;
const A = { name: 'A社', file: 'samples/a-company.json', upload: false };
const B = { name: 'B社', file: 'samples/b-company.json', upload: true };

/** The dashboard's words for an escalation verdict (core's `EscalationVerdict` labels). */
const VERDICT = {
  ja: { in_time: '基準内', pending: '未報告（期限内）', breach: '基準超過', not_stated: '基準の定めなし' },
  en: { in_time: 'In time', pending: 'Not yet reported (within the limit)', breach: 'Breach', not_stated: 'No rule stated' },
};

/** Days as the readiness view writes them: `14日` / `14 days`, `1 day`. */
const days = (lang, n) => (lang === 'ja' ? `${n}日` : n === 1 ? '1 day' : `${n} days`);

describe('the records the board follows: incident timelines and the board section (dist/ on localhost)', () => {
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

  /** A page showing `sample`'s `quarter` on `view` in `lang`. */
  async function open(t, sample, quarter, view, lang) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const network = await trackNetwork(context, server.origin);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(`${server.url}#/${view}?q=${quarter}&lang=${lang}`, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    if (sample.upload) {
      await page.locator('[data-testid="file-input"]').setInputFiles(join(ROOT, sample.file));
      await page.waitForFunction(
        (want) => document.querySelector('[data-testid="export-id"]')?.getAttribute('data-sha256-prefix') === want,
        sha256(join(ROOT, sample.file)).slice(0, 12),
      );
      await page.waitForSelector(READY);
    }
    if ((await page.locator('[data-testid="quarter-select"]').inputValue()) !== quarter) {
      await page.locator('[data-testid="quarter-select"]').selectOption(quarter);
    }
    if ((await page.locator(READY).getAttribute('lang')) !== lang) {
      await page.locator('[data-testid="lang-toggle"]').click();
    }
    await page.waitForFunction((l) => document.querySelector('.csm-dashboard')?.getAttribute('lang') === l, lang);
    await page.locator(`[data-testid="nav-${view}"]`).click();
    await page.locator(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`).waitFor();
    assert.equal(await page.locator('[data-testid="quarter-select"]').inputValue(), quarter);
    return { page, network, errors };
  }

  function assertClean(network, errors) {
    assert.deepEqual(network.foreign, [], `requests left ${server.origin}`);
    assert.deepEqual(errors.page, [], 'uncaught errors on the page');
    assert.deepEqual(errors.console, [], 'errors in the browser console');
  }

  /** Each incident-timeline row: its data attributes and its cells' text under their column headers. */
  const timelineRows = (page) =>
    page.locator('[data-testid="incident-timeline"]').evaluateAll((rows) =>
      rows.map((r) => {
        const heads = [...r.closest('table').querySelectorAll('thead th')].map((h) => h.textContent.trim());
        const cells = [...r.querySelectorAll(':scope > th, :scope > td')].map((c) => c.textContent.trim());
        return {
          id: r.dataset.incidentId,
          escalation: r.dataset.escalation,
          path: r.dataset.path,
          cells: Object.fromEntries(heads.map((h, i) => [h, cells[i]])),
          heads,
        };
      }),
    );

  /** The columns of the timeline, in the dashboard's words, in order. */
  const COLUMNS = {
    ja: ['検知', '経営者への報告', '封じ込め', '完了', '公表'],
    en: ['Detected', 'Reported to the executive', 'Contained', 'Closed', 'Made public'],
  };

  async function assertTimelines(page, want, lang, where) {
    const rows = await timelineRows(page);
    const timelines = want.readiness.incidents.timelines;
    assert.ok(timelines.length > 0, `${where}: core lists incidents for the quarter`);
    assert.deepEqual(
      rows.map((r) => [r.id, r.escalation, r.path]),
      timelines.map((x) => [x.id, x.escalation, x.path]),
      `${where}: one row per incident, in core's order, with its verdict and record`,
    );
    // The stages read left to right: detected → executive → contained → closed → disclosed.
    const heads = rows[0].heads;
    const at = COLUMNS[lang].map((c) => heads.indexOf(c));
    assert.ok(at.every((i) => i >= 0), `${where}: the timeline's columns are ${COLUMNS[lang]} (got ${heads})`);
    assert.deepEqual([...at].sort((x, y) => x - y), at, `${where}: the stages in order`);
    const [detected, reported, contained, closed, disclosed] = COLUMNS[lang];
    timelines.forEach((x, i) => {
      const c = rows[i].cells;
      assert.equal(c[detected], shownDate(lang, x.detected), `${x.id}: detected`);
      assert.ok(c[reported].startsWith(shownDate(lang, x.reported_on)), `${x.id}: reported ${c[reported]}`);
      assert.ok(c[reported].includes(VERDICT[lang][x.escalation]), `${x.id}: the verdict ${x.escalation} in words`);
      if (x.report_lag_days !== null && x.limit_days !== null) {
        const lag = lang === 'ja' ? `${days(lang, x.report_lag_days)} / 期限 ${days(lang, x.limit_days)}` : `${days(lang, x.report_lag_days)} / limit ${days(lang, x.limit_days)}`;
        assert.ok(c[reported].includes(lag), `${x.id}: the lag against the limit "${lag}" in ${c[reported]}`);
      }
      assert.equal(c[contained], shownDate(lang, x.contained_on), `${x.id}: contained`);
      assert.equal(c[closed], shownDate(lang, x.closed_on), `${x.id}: closed`);
      assert.equal(c[disclosed], shownDate(lang, x.disclosed_on), `${x.id}: disclosed`);
    });
    return rows;
  }

  for (const lang of ['ja', 'en']) {
    test(`A社 (${lang}): the latest quarter's incidents from detection to closure, in time`, async (t) => {
      const want = summaryOf(A.file, '2026Q3');
      const { page, network, errors } = await open(t, A, want.quarter, 'readiness', lang);
      await assertTimelines(page, want, lang, 'A社 2026Q3');
      assert.ok(
        want.readiness.incidents.timelines.every((x) => x.escalation !== 'breach'),
        'core: A社 reported every incident of the quarter in time',
      );
      assertClean(network, errors);
    });

    test(`B社 (${lang}): an escalation breach is shown against its limit, and asked of the board`, async (t) => {
      const want = summaryOf(B.file, '2025Q4');
      const { page, network, errors } = await open(t, B, want.quarter, 'readiness', lang);
      await assertTimelines(page, want, lang, 'B社 2025Q4');
      const breaches = want.readiness.incidents.timelines.filter((x) => x.escalation === 'breach');
      assert.ok(breaches.length > 0, 'core: B社 2025Q4 has an escalation breach');
      for (const x of breaches) {
        assert.ok(x.report_lag_days > x.limit_days, `core: ${x.id} reported after its limit`);
        const row = page.locator(`[data-testid="incident-timeline"][data-incident-id="${x.id}"]`);
        assert.equal(await row.getAttribute('data-escalation'), 'breach');
        assert.equal(await row.locator('.csm-shape-bad').count(), 1, `${x.id}: the breach carries the red mark`);
      }
      // Core asks the board about it; the summary lists that decision.
      const asked = want.decisions.filter((d) => d.key === 'address_escalation_breaches');
      assert.equal(asked.length, 1, 'core asks the board about the breach');
      await page.locator('[data-testid="nav-summary"]').click();
      const decision = page.locator(`[data-testid="decision"][data-rank="${asked[0].rank}"]`);
      assert.equal(await decision.getAttribute('data-item'), String(asked[0].item));
      assert.ok((await decision.textContent()).includes(asked[0].key), 'the decision names its key');
      assertClean(network, errors);
    });
  }

  for (const sample of [A, B]) {
    for (const lang of ['ja', 'en']) {
      test(`${sample.name} (${lang}): the PDCA view's board section lays out core's directives and actions`, async (t) => {
        const want = summaryOf(sample.file, '2026Q3');
        const { page, network, errors } = await open(t, sample, want.quarter, 'pdca', lang);
        const section = page.locator('[data-testid="board-section"]');
        await section.waitFor();
        assert.equal(await section.getAttribute('data-governance'), want.governance.recorded ? 'recorded' : 'not_recorded');
        if (want.governance.recorded) {
          const facts = await section.locator('[data-testid="governance-fact"]').evaluateAll((els) => els.map((e) => e.dataset.fact));
          assert.deepEqual(facts, ['policy', 'ciso', 'committee', 'plan', 'erm']);
        }

        // Last quarter's directives (overdue first), then this quarter's, each with core's state.
        const b = want.board;
        const listed = [...b.carried, ...b.new_directives];
        assert.ok(listed.length > 0, `core: ${sample.name} records directives`);
        const rows = await section
          .locator('[data-testid="directive-row"]')
          .evaluateAll((els) => els.map((e) => [e.dataset.id, e.dataset.state, e.textContent]));
        assert.deepEqual(
          rows.map(([id, state]) => [id, state]),
          listed.map((d) => [d.id, d.state]),
        );
        listed.forEach((d, i) => {
          assert.ok(rows[i][2].includes(d.owner), `${d.id}: owner`);
          assert.ok(rows[i][2].includes(shownDate(lang, d.due)), `${d.id}: due date`);
        });

        // The same sentence as `csm summary` prints first under its board section.
        const run = csm('summary', sample.file, '--quarter', want.quarter, '--lang', lang);
        assert.equal(run.status, 0, run.stderr);
        const lines = run.stdout.split('\n');
        const at = lines.findIndex((line) => /^■ (取締役会の決定と指示|Board decisions and directives)/.test(line));
        assert.ok(at >= 0, `no board section in csm summary:\n${run.stdout}`);
        assert.ok((await section.textContent()).includes(lines[at + 1].trim()), 'the directives sentence');

        // The treatment actions with their item and whether they are overdue.
        const actions = await section
          .locator('[data-testid="action-row"]')
          .evaluateAll((els) => els.map((e) => [e.dataset.id, e.dataset.item, e.dataset.overdue]));
        assert.deepEqual(
          actions,
          want.actions.actions.map((a) => [a.id, String(a.item), String(a.overdue)]),
        );
        assert.ok(want.actions.actions.some((a) => a.overdue), `core: ${sample.name} has an overdue action`);
        assertClean(network, errors);
      });
    }
  }
});

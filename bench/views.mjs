// Opening each view of a board pack: how long from the route change to the frame that shows the view,
// and until nothing in it is busy (issue 18; docs/PERFORMANCE.md §14).
//
//   node bench/views.mjs PACK.html [--runs N] [--views a,b,…]
//
// PACK.html is a board pack (`csm bundle EXPORT -o PACK.html`; scripts/bench writes
// target/bench/board-pack.html for the flagship export). Opened from file:// in headless Debian
// Chromium (playwright-core), 1440 × 1000. For each view, N times (default 5): from the summary (from
// the KPIs for the summary itself), `location.hash = '#/<view>'`, then one animation frame after another:
//
//   shown     the first frame at which `[data-testid="view-<view>"]` is laid out, timed after its layout
//             (`getClientRects` in the frame's callback), as bench/browser.mjs times the register;
//   painted   the end of that frame (the next frame's callback): what the reader sees;
//   complete  the first frame at which nothing inside it is `aria-busy="true"` (views draw what lies
//             below their first screen a frame later: frontend/src/hooks.rs);
//   elements  the view's elements at the shown frame.
//
// The route change is made from a task of its own 50 ms after the previous view settled, as a reader's
// click arrives — not from inside an animation frame, where the view would be built and laid out in
// that frame and timed a frame late (§14's first figures were taken that way: docs/PERFORMANCE.md §15).
//
// Prints medians (and the minimum of `shown`); the first opening of the trends view also computes the
// trends (once per export), so use three runs or more. Prints figures, asserts nothing; not part of
// scripts/test (scripts/bench runs it on the flagship pack).

import { chromium } from 'playwright-core';
import { resolve } from 'node:path';

const VIEWS = ['trends', 'checksheet', 'kpis', 'risks', 'impact', 'pdca', 'partners', 'readiness', 'summary'];

function parse(argv) {
  const opts = { pack: null, runs: 5, views: VIEWS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--views') opts.views = argv[++i].split(',');
    else if (!a.startsWith('--') && !opts.pack) opts.pack = resolve(a);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.pack) throw new Error('usage: node bench/views.mjs PACK.html [--runs N] [--views a,b,…]');
  if (!(opts.runs >= 1)) throw new Error('--runs must be a positive number');
  return opts;
}

/** From `from` to `view`: ms to the frame that shows the view, to the frame with nothing busy, and its elements. */
function open(page, from, view) {
  return page.evaluate(
    async ([from, view]) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      const sel = `[data-testid="view-${view}"]`;
      location.hash = `#/${from}`;
      for (let i = 0; i < 10_000 && !document.querySelector(`[data-testid="view-${from}"]`); i++) await frame();
      for (let i = 0; i < 5; i++) await frame();
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      location.hash = `#/${view}`;
      let shown = null;
      let painted = null;
      let elements = 0;
      for (let i = 0; i < 10_000; i++) {
        const t = await frame();
        if (shown !== null && painted === null) painted = t - t0;
        const el = document.querySelector(sel);
        if (!el || el.getClientRects().length === 0) continue;
        if (shown === null) {
          shown = performance.now() - t0;
          elements = el.querySelectorAll('*').length;
        }
        if (painted !== null && !el.querySelector('[aria-busy="true"]')) return { shown, painted, complete: t - t0, elements };
      }
      throw new Error(`${sel} never appeared, or stayed busy`);
    },
    [from, view],
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const opts = parse(process.argv.slice(2));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(`file://${opts.pack}`);
  await page.waitForSelector('.csm-dashboard[data-state="ready"]');
  console.log(`views of ${opts.pack}, ${opts.runs} runs each (medians; ms from the route change)`);
  console.log('  view          shown (min)     painted   complete   elements at the shown frame');
  for (const view of opts.views) {
    const runs = [];
    for (let i = 0; i < opts.runs; i++) runs.push(await open(page, view === 'summary' ? 'kpis' : 'summary', view));
    const shown = runs.map((r) => r.shown);
    console.log(
      `  ${view.padEnd(12)} ${median(shown).toFixed(1).padStart(7)} (${Math.min(...shown).toFixed(1).padStart(6)})  ${median(runs.map((r) => r.painted)).toFixed(1).padStart(9)}  ${median(runs.map((r) => r.complete)).toFixed(1).padStart(9)}   ${median(runs.map((r) => r.elements))}`,
    );
  }
} finally {
  await browser.close();
}

// Hardening of the built dashboard (dist/, from `trunk build --release`) in headless Chromium:
//
// 1. Hostile data: tests/fixtures/hostile/xss.json (a VALID export whose every text field carries
//    script/img/svg/iframe markup, javascript: URLs, CSS and template syntax, bidi overrides and
//    zero-width characters; 10,000-character names) rendered in every view, in both languages, must
//    run no script, open no dialog, create no element or attribute from data, link only to http(s),
//    show the text literally, keep the page's width, and isolate bidi text.
// 2. Accessibility: axe-core on every view of both samples in both languages (no violation of any
//    impact), the heat map by keyboard, a text alternative for every chart, text contrast on the
//    data-coloured heat-map cells and level badges, and traffic lights that say their state in words.
// 3. Panics: the crash screen (frontend/src/services/crash.rs) in the portal page.
//
// Run: node --test tests/e2e/hardening.test.mjs   ($CSM_DIST picks another build directory).
// docs/HARDENING.md describes what is covered and why.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { ROOT, artifact, assertPackStyles, collectErrors, launchChromium, packStyleFacts, serveDist, trackNetwork } from './support.mjs';

const require = createRequire(import.meta.url);
const TIMEOUT = 60_000;
const READY_STATE = '[data-state="ready"]';
const READY = `[data-csm-dashboard]${READY_STATE}`;
const VIEWS = ['summary', 'trends', 'checksheet', 'kpis', 'risks', 'pdca', 'partners', 'readiness', 'impact'];
const LANGS = ['ja', 'en'];

const HOSTILE_FILE = join(ROOT, 'tests', 'fixtures', 'hostile', 'xss.json');
const HOSTILE = readFileSync(HOSTILE_FILE);
const P = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'payloads.json'), 'utf8'));
const SAMPLES = {
  A: join(ROOT, 'samples', 'a-company.json'),
  B: join(ROOT, 'samples', 'b-company.json'),
};
/** The hostile export's quarters: the route every hostile page opens on. */
const HOSTILE_QUERY = 'q=2026Q2&vs=2026Q1';
/** Views that show free text from the export (the KPI view shows numbers and catalogue names only; the hostile
 * export records no business impact analysis, so its view says so). */
const SHOWS_DATA_TEXT = new Set(['summary', 'checksheet', 'risks', 'pdca', 'partners', 'readiness']);

/** Runs csm (`$CSM_BIN`, else `cargo run -q -p csm-cli --`); returns the finished process. */
function csm(...args) {
  const [cmd, pre] = process.env.CSM_BIN ? [process.env.CSM_BIN, []] : ['cargo', ['run', '-q', '-p', 'csm-cli', '--']];
  const run = spawnSync(cmd, [...pre, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return run;
}

/** Runs in the page before any script: traps every write to window.__xss and every dialog. */
function trapScript() {
  window.__xssHits = [];
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: () => undefined,
    set: (v) => window.__xssHits.push(`${location.hash} ${String(v)} ${new Error().stack}`),
  });
}

/** Waits until the dashboard shows `view` (by its data-testid), or fails saying the view is missing. */
async function waitForView(page, view) {
  try {
    await page.locator(`[data-testid="view-${view}"]:not(:has([aria-busy="true"]))`).first().waitFor({ timeout: 15_000 });
  } catch {
    const current = await page.evaluate(() => location.hash);
    assert.fail(`view "${view}" is missing: no [data-testid="view-${view}"] after opening ${current}`);
  }
}

/** Opens `view` in `lang` by its deep link (the page's fragment), waits for it, lets late events fire. */
async function showView(page, view, lang, query = '') {
  const fragment = `#/${view}?${query ? `${query}&` : ''}lang=${lang}`;
  await page.evaluate((f) => {
    location.hash = f;
  }, fragment);
  await waitForView(page, view);
  await page.waitForFunction((l) => document.querySelector('[data-csm-dashboard]')?.getAttribute('lang') === l, lang);
  await page.waitForTimeout(150);
}

/**
 * Everything in the page that would show data turned into markup or code. Runs in the page.
 * `allowedStyles`: the page's own <style> elements (the board pack has two: its first rules and the
 * whole stylesheet its loader inserts, checked to be exactly those by assertPackStyles). Returns a list of
 * human-readable findings (empty when clean).
 */
function inertnessFindings(allowedStyles = 0) {
  const out = [];
  const root = document.querySelector('[data-csm-dashboard]');
  if (!root) return ['no dashboard host'];
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name)) out.push(`<${el.localName}> has an event-handler attribute ${name}="${el.getAttribute(name)}"`);
      if (/^(srcdoc|formaction|action)$/i.test(name)) out.push(`<${el.localName}> has ${name}="${el.getAttribute(name)}"`);
      const value = el.getAttribute(name) ?? '';
      if (/^(href|src|xlink:href|data|poster|background)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
        out.push(`<${el.localName}> has ${name}="${value}"`);
      }
    }
  }
  for (const el of root.querySelectorAll('script, iframe, frame, object, embed, style, link, meta, base, form, img, video, audio, math')) {
    out.push(`element <${el.localName}> inside the dashboard (${el.outerHTML.slice(0, 120)})`);
  }
  const styles = document.querySelectorAll('style').length;
  if (styles !== allowedStyles) out.push(`${styles} <style> element(s) in the page (expected ${allowedStyles})`);
  for (const a of root.querySelectorAll('a[href], area[href]')) {
    const href = a.getAttribute('href');
    if (!href.startsWith('#') && !/^https?:\/\//i.test(href)) out.push(`link to a non-http(s) URL: href="${href}"`);
  }
  // Text that had been markup: "window.__xss=1" whose literal wrapper is gone.
  const text = root.textContent;
  const bare = text.match(/(?<!<script>|onerror="|onload=|script:)window\.__xss=1/gi);
  if (bare) out.push(`${bare.length} occurrence(s) of "window.__xss=1" without their literal markup around them`);
  if (/(?<!<script>)parent\.__xss=1/.test(text)) out.push('"parent.__xss=1" shown without its <script> wrapper');
  return out;
}

/**
 * Where the unterminated U+202E of the bidi payload could reverse text that is not its own. Runs in the
 * page with the payloads; returns { total, bad }. A data string is safe when it is alone in an element
 * that isolates it (`dir`, `<bdi>`, `unicode-bidi: isolate/plaintext`) or that is its own bidi paragraph
 * (a block, table cell, flex item or inline-block), and nothing but its own text follows it there.
 */
function bidiFindings({ payloads, longValues }) {
  const END = 'txet desrever'; // the end of the bidi payload, which make.py puts last in every string
  const own = ` ${Object.values(payloads).join(' ')}`; // what follows it inside a 10,000-character string
  // A text that is (a piece of) one of the 10,000-character values, possibly shortened with "…".
  const partOfLong = (text) => {
    const core = text.trim().replace(/…$/, '');
    return core.length > 100 && longValues.some((v) => v.includes(core));
  };
  const isolates = (el) => el.localName === 'bdi' || el.hasAttribute('dir') || /isolate|plaintext/.test(getComputedStyle(el).unicodeBidi);
  const walker = document.createTreeWalker(document.querySelector('[data-csm-dashboard]'), NodeFilter.SHOW_TEXT);
  const bad = [];
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.data.includes('\u202e')) continue;
    total += 1;
    const el = n.parentElement;
    const alone = [...el.childNodes].every((c) => c === n || (c.nodeType === Node.TEXT_NODE && !c.data.trim()));
    const ownParagraph = getComputedStyle(el).display !== 'inline';
    // Text composed around the data string (a message naming it) must not follow the override, unless
    // the string is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069).
    const composed = !partOfLong(n.data) && n.data.split(END).slice(1).some((seg) => seg.trim() && !seg.startsWith('\u2069') && !seg.startsWith(own.slice(0, 40)) && !own.startsWith(seg));
    if (!((isolates(el) || ownParagraph) && alone) || composed) {
      // The field, from the marker make.py writes into every hostile string ("[risks[0].threat]").
      const field = n.data.match(/\[([a-z_.]+(?:\[\d\])?[a-z_.]*)\]/)?.[1] ?? 'level or file name';
      const parent = el.parentElement;
      const why = composed ? 'text follows it in the same string' : alone ? 'inline, not isolated' : 'shares its element with other content';
      bad.push(`<${el.localName} class="${el.className?.baseVal ?? el.className}"> in <${parent.localName} class="${parent.className}"> (${field}: ${why})`);
    }
  }
  return { total, bad: [...new Set(bad)] };
}

describe('hardening: a hostile export', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  });

  // The hostile export as a board pack (`csm bundle`), built once for both languages.
  let packDir;
  function boardPack() {
    const out = join(packDir ?? (packDir = mkdtempSync(join(tmpdir(), 'csm-hardening-'))), 'board.html');
    if (!existsSync(out)) {
      const built = csm('bundle', HOSTILE_FILE, '-o', out, '--dist', resolve(process.env.CSM_DIST || join(ROOT, 'dist')));
      assert.equal(built.status, 0, `csm bundle failed:\n${built.stderr}`);
    }
    return out;
  }

  /** A fresh page whose bundled sample is replaced by the hostile export. */
  async function hostilePage(t, fragment) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    const network = await trackNetwork(context, server.origin);
    await context.addInitScript(trapScript);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    const dialogs = [];
    page.on('dialog', async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss();
    });
    await page.route('**/a-company.json', (route) => route.fulfill({ body: HOSTILE, contentType: 'application/json' }));
    await page.goto(`${server.url}${fragment}`, { waitUntil: 'load' });
    await page.waitForSelector(READY, { timeout: TIMEOUT });
    return { page, network, errors, dialogs };
  }

  async function assertInert(page, network, errors, dialogs, where) {
    const hits = await page.evaluate(() => window.__xssHits);
    assert.deepEqual(hits, [], `${where}: a script from the data ran (window.__xss was set)`);
    assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
    assert.equal(page.frames().length, 1, `${where}: a frame was created`);
    assert.deepEqual(await page.evaluate(inertnessFindings), [], `${where}: data became markup`);
    assert.deepEqual(network.foreign, [], `${where}: requests left the origin`);
    const fromData = network.all.filter((u) => /\/x$|evil\.example|example\.com/.test(u));
    assert.deepEqual(fromData, [], `${where}: requests made for URLs from the data`);
    assert.deepEqual(errors.page, [], `${where}: uncaught errors`);
    assert.deepEqual(errors.console, [], `${where}: console errors`);
  }

  for (const lang of LANGS) {
    for (const view of VIEWS) {
      test(`${view} (${lang}): hostile text is shown literally and nothing from it runs`, async (t) => {
        const { page, network, errors, dialogs } = await hostilePage(t, `#/${view}?${HOSTILE_QUERY}&lang=${lang}`);
        await waitForView(page, view);
        await page.waitForTimeout(300); // an <img onerror> or <svg onload> would have fired by now
        await assertInert(page, network, errors, dialogs, `${view} (${lang})`);

        // The organisation name, exactly as written: markup, template syntax, bidi and zero-width characters.
        const name = await page.locator('[data-testid="org-name"]').first().textContent();
        const expected = lang === 'ja' ? P.organisation_name : P.organisation_name_en;
        assert.equal(name.trim(), expected.trim(), `${view} (${lang}): org-name does not show the name literally and completely`);
        for (const [key, payload] of Object.entries(P.payloads)) {
          assert.ok(name.includes(payload), `${view} (${lang}): org-name lacks the ${key} payload`);
        }

        // The view itself shows free text from the export literally.
        const viewText = await page.locator(`[data-testid="view-${view}"]`).first().textContent();
        if (SHOWS_DATA_TEXT.has(view)) {
          assert.ok(viewText.includes(P.payloads.script), `${view} (${lang}): no data text shown literally in the view`);
          assert.ok(viewText.includes(P.payloads.css), `${view} (${lang}): the CSS payload is not shown literally`);
        }
        // The CSS payload hid nothing.
        assert.ok(await page.locator(`[data-testid="view-${view}"]`).first().isVisible(), `${view} (${lang}): the view is hidden`);
        if (view === 'readiness') {
          // Publications: the javascript:/data:/vbscript:/protocol-relative URLs are not links; the https one may be.
          const hrefs = await page.locator('[data-csm-dashboard] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
          for (const url of P.hostile_urls) assert.ok(!hrefs.includes(url), `readiness (${lang}): "${url}" is a link`);
        }
        await page.screenshot({ path: artifact(`hardening-${view}-${lang}.png`) });
      });
    }

    test(`every view (${lang}): a 10,000-character name and threat do not widen the page`, async (t) => {
      const { page } = await hostilePage(t, `#/summary?${HOSTILE_QUERY}&lang=${lang}`);
      const wide = [];
      for (const view of VIEWS) {
        await showView(page, view, lang, HOSTILE_QUERY);
        const found = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const sticks = (el) => el.getBoundingClientRect().right > width + 1;
          // Inside a scroll container an element does not widen the page.
          const clipped = (el) => {
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            }
            return false;
          };
          // What sticks out: absolutely positioned elements (a scroll container clips them only if it
          // holds their containing block), else the outermost element whose parent does not stick out.
          const positioned = (el) => /absolute|fixed/.test(getComputedStyle(el).position);
          const over = [...document.querySelectorAll('[data-csm-dashboard] *')]
            .filter((el) => sticks(el) && (positioned(el) || (!clipped(el) && !sticks(el.parentElement))))
            .slice(0, 6)
            .map((el) => `<${el.localName} class="${el.className?.baseVal ?? el.className}"> (${Math.round(el.getBoundingClientRect().width)}px, "${el.textContent.trim().slice(0, 40)}…")`);
          return { scrollWidth: document.documentElement.scrollWidth, width, over };
        });
        if (found.scrollWidth > found.width + 1) wide.push(`${view}: page ${found.scrollWidth}px wide in a ${found.width}px window; widest: ${found.over.join(', ')}`);
      }
      assert.deepEqual(wide, [], 'views wider than the window (long text does not wrap)');
    });

    // Every data string sits alone in an element that isolates it (<bdi>, dir="auto", a block of its
    // own), and core's sentences on the page wrap the data they name in U+2068 … U+2069.
    test(`every view (${lang}): data strings are bidi-isolated`, async (t) => {
      const { page } = await hostilePage(t, `#/summary?${HOSTILE_QUERY}&lang=${lang}`);
      const leaks = [];
      for (const view of VIEWS) {
        await showView(page, view, lang, HOSTILE_QUERY);
        const found = await page.evaluate(bidiFindings, { payloads: P.payloads, longValues: P.long_values });
        if (found.total === 0) leaks.push(`${view}: no text with the bidi payload found at all (the check saw nothing)`);
        if (found.bad.length) leaks.push(`${view}: ${found.bad.length} kind(s) of element hold data text without isolation: ${found.bad.slice(0, 8).join(' ')}`);
      }
      assert.deepEqual(leaks, [], 'data strings not isolated (add dir="auto" or <bdi> around data strings)');
    });

    test(`board pack (${lang}): the hostile export bundled by csm bundle, opened from file://, through every view`, async (t) => {
      const url = pathToFileURL(boardPack()).href;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      t.after(() => context.close());
      await context.addInitScript(trapScript);
      await context.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
      });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const errors = collectErrors(page);
      const dialogs = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${url}#/summary?${HOSTILE_QUERY}&lang=${lang}`, { waitUntil: 'load' });
      await page.waitForSelector(READY);
      for (const view of VIEWS) {
        await showView(page, view, lang, HOSTILE_QUERY);
        await page.waitForTimeout(150);
        const where = `board pack, ${view} (${lang})`;
        assert.deepEqual(await page.evaluate(() => window.__xssHits), [], `${where}: a script from the data ran`);
        assert.deepEqual(await page.evaluate(inertnessFindings, 2), [], `${where}: data became markup`);
        assertPackStyles(await page.evaluate(packStyleFacts), where);
        assert.deepEqual(await page.evaluate(() => window.__violations), [], `${where}: Content-Security-Policy violations`);
      }
      assert.deepEqual(dialogs, [], 'a dialog opened');
      assert.deepEqual([...new Set(requests.map((u) => u.split('#')[0]))], [url], 'the board pack requested something besides itself');
      assert.deepEqual(errors.page, [], 'uncaught errors');
      assert.deepEqual(errors.console, [], 'console errors');
    });

    test(`file picker (${lang}): a hostile export with a hostile file name, through every tab`, async (t) => {
      const { page, network, errors, dialogs } = await hostilePage(t, `#/summary?lang=${lang}`);
      await page.unroute('**/a-company.json');
      const fileName = `<img src=x onerror="window.__xss=1">${P.payloads.bidi}.json`;
      await page.locator('[data-testid="file-input"]').setInputFiles({ name: fileName, mimeType: 'application/json', buffer: HOSTILE });
      await page.waitForFunction(
        (name) => document.querySelector(`[data-csm-dashboard][data-state="ready"] [data-testid="org-name"]`)?.textContent.trim() === name.trim(),
        lang === 'ja' ? P.organisation_name : P.organisation_name_en,
      );
      assert.ok((await page.locator('[data-csm-dashboard]').textContent()).includes(fileName), 'the file name is not shown literally');
      for (const view of VIEWS) {
        await page.locator(`[data-testid="nav-${view}"]`).first().click();
        await waitForView(page, view);
        await page.waitForTimeout(150);
        await assertInert(page, network, errors, dialogs, `file picker, ${view} (${lang})`);
      }
    });
  }
});

// ------------------------------------------------------------------------------------------------
// Accessibility

/** Contrast ratio of two CSS colours (WCAG 2 relative luminance). Runs in the page too. */
function contrastScript() {
  window.__contrast = (a, b) => {
    const parse = (c) => {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.fillStyle = '#000';
      ctx.fillStyle = c;
      const hex = ctx.fillStyle;
      if (hex.startsWith('#')) return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return hex.match(/[\d.]+/g).slice(0, 3).map(Number);
    };
    const lum = (rgb) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [x, y] = [lum(parse(a)), lum(parse(b))].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
}

/**
 * Per view, what axe cannot judge: text drawn on an SVG fill (heat-map cells, level badges) against
 * that fill; charts without a text alternative; SVGs exposed without a name; traffic lights and
 * statuses without words. Runs in the page; returns findings.
 */
function a11yFindings() {
  const out = [];
  const root = document.querySelector('[data-csm-dashboard]');
  // Text on data-coloured SVG fills.
  for (const svg of root.querySelectorAll('svg')) {
    const rect = svg.querySelector(':scope > rect[fill]');
    if (!rect || svg.closest('[role="img"]')) continue;
    const box = svg.parentElement;
    for (const el of box.querySelectorAll('*')) {
      if (el.closest('svg')) continue;
      const own = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.data.trim());
      if (!own) continue;
      const ratio = window.__contrast(getComputedStyle(el).color, rect.getAttribute('fill'));
      if (ratio < 4.5) {
        out.push(`contrast ${ratio.toFixed(2)}:1 < 4.5:1: "${el.textContent.trim().slice(0, 30)}" (<${el.localName} class="${el.className}">, colour ${getComputedStyle(el).color}) on fill ${rect.getAttribute('fill')} in <${box.localName} class="${box.className}">`);
      }
    }
  }
  // Charts: a named image with a table, caption, description or numbers nearby.
  for (const svg of root.querySelectorAll('svg')) {
    const img = svg.closest('[role="img"]');
    const hidden = svg.closest('[aria-hidden="true"]');
    if (!img && hidden) continue; // decorative, next to words that carry the meaning
    if (!img) {
      out.push(`an <svg class="${svg.getAttribute('class')}"> is exposed to assistive technology without role="img" and a name`);
      continue;
    }
    const name = (img.getAttribute('aria-label') ?? '').trim() || (img.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (!name) {
      out.push(`chart <${img.localName} class="${img.className}"> has no accessible name`);
      continue;
    }
    const described = (img.getAttribute('aria-describedby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent.trim());
    let alternative = described || /\d/.test(name);
    let box = img;
    for (let depth = 0; depth < 2 && !alternative; depth += 1) {
      box = box.parentElement?.closest('figure, section, article');
      if (!box || box === root) break;
      alternative = !!box.querySelector('table tr, figcaption');
    }
    if (!alternative) out.push(`chart "${name.slice(0, 60)}" (<${img.localName} class="${img.className}">) has no table, caption, description or values nearby`);
  }
  // Traffic lights and statuses: words, not colour alone.
  for (const li of root.querySelectorAll('[data-testid="item-light"]')) {
    const word = li.querySelector('.csm-verdict-word')?.textContent.trim() ?? '';
    if (!word) out.push(`item-light ${li.dataset.item} (${li.dataset.light}) has no word for its state`);
  }
  for (const v of root.querySelectorAll('.csm-verdict')) {
    if (!v.textContent.trim()) out.push(`a verdict <span class="${v.className}"> has no text`);
  }
  return out;
}

describe('accessibility', () => {
  let server;
  let browser;
  const axePath = require.resolve('axe-core');

  before(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The served dashboard with sample A, or B loaded with the file picker. */
  async function samplePage(t, sample, lang) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    t.after(() => context.close());
    await context.addInitScript(contrastScript);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(`${server.url}#/summary?lang=${lang}`, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    if (sample === 'B') {
      const before = await page.locator('[data-testid="export-sha256"]').first().textContent();
      await page.locator('[data-testid="file-input"]').setInputFiles(SAMPLES.B);
      await page.waitForFunction(
        (old) => {
          const sha = document.querySelector('[data-csm-dashboard][data-state="ready"] [data-testid="export-sha256"]');
          return sha && sha.textContent !== old;
        },
        before,
      );
    }
    await page.addScriptTag({ path: axePath });
    return { page, errors };
  }

  /** Runs axe on the page; returns its violations of any impact, one line per node. */
  async function axeViolations(page, where) {
    const result = await page.evaluate(async () => {
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })),
      }));
    });
    return result
      .flatMap((v) => v.nodes.map((n) => `${where}: [${v.impact}] ${v.id} — ${v.help}\n    at ${n.target}\n    ${n.html}\n    ${(n.summary ?? '').replace(/\n/g, '\n    ')}`));
  }

  for (const sample of ['A', 'B']) {
    for (const lang of LANGS) {
      test(`sample ${sample} (${lang}): every view passes axe (no violation of any impact) and the checks axe cannot make`, async (t) => {
        const { page, errors } = await samplePage(t, sample, lang);
        const axeFound = [];
        const ownFound = [];
        for (const view of VIEWS) {
          await showView(page, view, lang);
          axeFound.push(...(await axeViolations(page, `${sample} ${view} (${lang})`)));
          ownFound.push(...(await page.evaluate(a11yFindings)).map((f) => `${sample} ${view} (${lang}): ${f}`));
        }
        assert.ok(
          axeFound.length === 0 && ownFound.length === 0,
          `axe: ${axeFound.length} violation node(s):\n${axeFound.join('\n')}\n\nchecks beyond axe: ${ownFound.length} finding(s):\n${ownFound.join('\n')}`,
        );
        assert.deepEqual(errors.page, [], 'uncaught errors');
        assert.deepEqual(errors.console, [], 'console errors');
      });
    }
  }

  test('the hostile export\'s contrast-hostile level colours keep heat-map and badge text readable', async (t) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    t.after(() => context.close());
    await context.addInitScript(contrastScript);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.route('**/a-company.json', (route) => route.fulfill({ body: HOSTILE, contentType: 'application/json' }));
    await page.goto(`${server.url}#/risks?${HOSTILE_QUERY}&lang=en`, { waitUntil: 'load' });
    await page.waitForSelector(READY);
    const found = [];
    for (const view of ['summary', 'risks']) {
      await showView(page, view, 'en', HOSTILE_QUERY);
      found.push(...(await page.evaluate(a11yFindings)).filter((f) => f.startsWith('contrast')).map((f) => `${view}: ${f}`));
    }
    assert.ok(found.length === 0, found.join('\n'));
  });

  test('the heat map works by keyboard: one tab stop, arrow keys move, Enter filters, Escape clears', async (t) => {
    const { page } = await samplePage(t, 'A', 'ja');
    await showView(page, 'risks', 'ja');
    const grid = page.locator('[data-testid="view-risks"] [data-testid="heat-map"]').first();
    await grid.waitFor();
    const cells = grid.locator('[data-testid="heat-cell"]');
    assert.equal(await grid.locator('[data-testid="heat-cell"][tabindex="0"]').count(), 1, 'the grid must be exactly one tab stop');

    // Tab from the control before the grid until focus enters it.
    await page.locator('[data-testid="view-risks"] [data-testid="rated-toggle"] button').last().focus();
    let entered = false;
    for (let i = 0; i < 10 && !entered; i += 1) {
      await page.keyboard.press('Tab');
      entered = await page.evaluate(() => document.activeElement?.dataset.testid === 'heat-cell');
    }
    assert.ok(entered, 'Tab never reached a heat-map cell');
    const at = () => page.evaluate(() => {
      const el = document.activeElement;
      const tr = el?.closest('[data-testid="heat-map"] tr');
      if (!tr || el.dataset.testid !== 'heat-cell') return { cell: false, row: -1, col: -1 };
      return { row: [...tr.parentElement.children].indexOf(tr), col: [...tr.querySelectorAll('[data-testid="heat-cell"]')].indexOf(el), count: Number(el.dataset.count), pressed: el.getAttribute('aria-pressed'), cell: el.dataset.testid === 'heat-cell' };
    });
    const rows = await grid.locator('tbody tr').count();
    const cols = (await cells.count()) / rows;
    const start = await at();
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await at().then(({ row, col }) => [row, col]), [start.row, Math.min(start.col + 1, cols - 1)], 'ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await at().then(({ row, col }) => [row, col]), [Math.min(start.row + 1, rows - 1), Math.min(start.col + 1, cols - 1)], 'ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    assert.deepEqual(await at().then(({ row, col }) => [row, col]), [start.row, start.col], 'ArrowLeft, ArrowUp back to the start');

    // Walk to a cell holding risks (by keys only), press Enter: the register shows that cell's risks.
    const counts = await cells.evaluateAll((bs) => bs.map((b) => Number(b.dataset.count)));
    const target = counts.findIndex((n) => n > 0);
    assert.ok(target >= 0, 'sample A has no risk on the heat map');
    const [tr, tc] = [Math.floor(target / cols), target % cols];
    for (let r = start.row; r < tr; r += 1) await page.keyboard.press('ArrowDown');
    for (let r = start.row; r > tr; r -= 1) await page.keyboard.press('ArrowUp');
    for (let c = start.col; c < tc; c += 1) await page.keyboard.press('ArrowRight');
    for (let c = start.col; c > tc; c -= 1) await page.keyboard.press('ArrowLeft');
    const here = await at();
    assert.deepEqual([here.row, here.col], [tr, tc], 'arrow keys did not reach the target cell');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true' || document.querySelector('[data-testid="heat-cell"][aria-pressed="true"]'));
    // The register pages 50 rows at a time (core::register::PAGE_SIZE).
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="risk-row"]').length === n, Math.min(here.count, 50), { timeout: 10_000 }).catch(() => {});
    const shown = await page.locator('[data-testid="risk-row"]').count();
    assert.equal(shown, Math.min(here.count, 50), `the register shows ${shown} rows for a cell of ${here.count} risks`);
    assert.ok(await page.locator('[data-testid="clear-cell"]').count(), 'no control to clear the cell filter');
    // Escape clears the filter; Tab leaves the grid (one tab stop).
    await page.locator('[data-testid="heat-cell"][aria-pressed="true"]').first().focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="heat-cell"][aria-pressed="true"]'));
    await page.keyboard.press('Tab');
    assert.ok(!(await at()).cell, 'Tab stayed inside the grid');
  });
});

// ------------------------------------------------------------------------------------------------
// Panics

describe('crash screen', () => {
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

  /**
   * The portal page with its two dashboards, then a panic in the first. There is no test hook, so
   * the panic comes from outside the way a meddling host script would cause it: the chart SVG that
   * Yew inserted as raw HTML is removed, and switching view makes Yew remove it again, which fails
   * (yew 0.23 `BRaw::detach_bundle` unwraps `remove_child`).
   */
  async function crashedPortal(t) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    t.after(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/examples/portal.html`, { waitUntil: 'load' });
    await page.waitForSelector(`#board-a${READY_STATE}`);
    await page.waitForSelector(`#board-b${READY_STATE}`);
    // The portal's dashboards keep their view in memory (data-csm-routing="memory"): use the tabs.
    await page.locator('#board-a [data-testid="nav-kpis"]').click();
    await page.locator('#board-a [data-testid="view-kpis"] .csm-chart svg').first().waitFor();
    const portal = () => page.evaluate(() => [...document.querySelectorAll('[data-portal]')].map((e) => `${e.dataset.portal}: ${e.textContent.trim()}`));
    const before = await portal();
    await page.evaluate(() => document.querySelector('#board-a [data-testid="view-kpis"] .csm-chart svg').remove());
    await page.locator('#board-a [data-testid="nav-summary"]').click();
    try {
      await page.waitForSelector('#board-a .csm-crash', { timeout: 10_000 });
    } catch {
      assert.fail('no panic could be triggered from outside (the chart-removal trick no longer panics): the dashboard needs a test hook, e.g. a debug-only window.csmDashboard.panicForTest()');
    }
    return { page, errors, before, portal };
  }

  test('a panic shows a bilingual error panel in the host and the portal keeps working', async (t) => {
    const { page, errors, before, portal } = await crashedPortal(t);
    const panel = await page.evaluate(() => {
      const host = document.getElementById('board-a');
      const p = host.querySelector('.csm-crash');
      return {
        state: host.dataset.state,
        role: p.getAttribute('role'),
        ja: p.querySelector('[lang="ja"]')?.textContent ?? '',
        en: p.querySelector('[lang="en"]')?.textContent ?? '',
        children: host.children.length,
      };
    });
    assert.equal(panel.state, 'error');
    assert.equal(panel.role, 'alert');
    assert.match(panel.ja, /予期しないエラー.*再読み込み/);
    assert.match(panel.en, /unexpected error.*reload/i);
    assert.equal(panel.children, 1, 'the host holds only the crash panel');
    // The wasm instance is gone after a panic, so every dashboard of the page says so (crash.rs).
    assert.equal(await page.locator('[data-csm-dashboard] > .csm-crash').count(), await page.locator('[data-csm-dashboard]').count(), 'a dashboard of the page does not show the crash panel');
    assert.ok(errors.console.some((e) => e.includes('panicked at')), `the panic is not logged to the console: ${errors.console}`);

    // The portal: its own content unchanged, its script still runs, its links still work.
    assert.deepEqual(await portal(), before, 'the crash changed the portal\'s own content');
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'portal-probe';
      b.textContent = 'probe';
      b.addEventListener('click', () => {
        b.dataset.clicked = 'yes';
      });
      document.querySelector('.portal-sidebar').append(b);
    });
    await page.locator('#portal-probe').click();
    assert.equal(await page.locator('#portal-probe').getAttribute('data-clicked'), 'yes', 'the host page no longer handles clicks');
    await page.locator('.portal-nav a').first().click();
    assert.ok(await page.locator('[data-portal="title"]').isVisible(), 'the portal title is not visible after the crash');
    await page.screenshot({ path: artifact('hardening-crash.png'), fullPage: true });
  });

  test('the crash panel offers a way to reload, which brings the dashboard back', async (t) => {
    const { page } = await crashedPortal(t);
    const reload = page.locator('#board-a .csm-crash').locator('a[href], button');
    assert.ok((await reload.count()) > 0, 'the crash panel has no reload link or button (crash.rs shows text only)');
    const label = (await reload.first().textContent()).trim();
    assert.match(label, /再読み込み/, `the reload control "${label}" is not labelled in Japanese`);
    assert.match(label, /reload/i, `the reload control "${label}" is not labelled in English`);
    await Promise.all([page.waitForEvent('load'), reload.first().click()]);
    await page.waitForSelector(`#board-a${READY_STATE}`);
  });
});

// Fixtures for the office edition's browser tests (not a test file itself): builds office.html with
// `csm bundle --office`, A社's workbook with `csm template --from`, the export `csm import` writes from
// it and the board pack `csm bundle` writes from that, a Shift_JIS CSV folder with a bad cell, a
// broken workbook, an .xls and a 60 MB file — all in a temporary directory.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT } from './support.mjs';

export const DIST = resolve(process.env.CSM_DIST || join(ROOT, 'dist'));
export const OFFICE_DIST = resolve(process.env.CSM_OFFICE_DIST || join(ROOT, 'dist-office'));
export { SCREENSHOTS } from './support.mjs';
export const OFFICE_TIMEOUT = 90_000;

/** Runs csm (`$CSM_BIN`, else `cargo run -q -p csm-cli --`) and asserts it succeeded. */
export function csmOk(...args) {
  const [cmd, pre] = process.env.CSM_BIN ? [process.env.CSM_BIN, []] : ['cargo', ['run', '-q', '-p', 'csm-cli', '--']];
  const run = spawnSync(cmd, [...pre, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  assert.equal(run.status, 0, `csm ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** Shift_JIS (CP932) bytes of `text`, via iconv (characters CP932 lacks, e.g. an em dash, transliterated). */
function shiftJis(text) {
  const run = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'CP932//TRANSLIT'], { input: text, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`iconv failed: ${run.stderr}`);
  return run.stdout;
}

export function officeFixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'csm-office-'));
  const p = (name) => join(dir, name);
  const sample = join(ROOT, 'samples', 'a-company.json');
  csmOk('bundle', '--office', '-o', p('office.html'), '--dist', DIST, '--office-dist', OFFICE_DIST);
  csmOk('template', '--from', sample, '-o', p('a-company.xlsx'));
  csmOk('import', p('a-company.xlsx'), '-o', p('a-company-import.json'));
  csmOk('bundle', p('a-company-import.json'), '-o', p('cli-pack.html'), '--dist', DIST);
  csmOk('bundle', sample, '-o', p('sample-pack.html'), '--dist', DIST);

  // A folder of Excel's own CSV (Shift_JIS), with a quarter that does not exist in the risk register.
  csmOk('template', '--from', sample, '--csv', '-o', p('csv-utf8'));
  mkdirSync(p('csv-sjis'));
  const badCsv = [];
  for (const name of readdirSync(p('csv-utf8')).sort()) {
    let text = readFileSync(join(p('csv-utf8'), name), 'utf8').replace(/^\uFEFF/, '');
    if (name === 'リスク.csv') {
      const lines = text.split('\n');
      lines[1] = lines[1].replace(/^[^,]*/, '2026Q5');
      text = lines.join('\n');
    }
    writeFileSync(join(p('csv-sjis'), name), shiftJis(text));
    badCsv.push(join(p('csv-sjis'), name));
  }

  writeFileSync(p('broken.xlsx'), readFileSync(p('a-company.xlsx')).subarray(0, 4000));
  writeFileSync(p('old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(p('huge.xlsx'), '');
  truncateSync(p('huge.xlsx'), 60 * 1024 * 1024);

  return {
    officeUrl: pathToFileURL(p('office.html')).href,
    officePath: p('office.html'),
    workbook: p('a-company.xlsx'),
    sampleJson: sample,
    cliExport: readFileSync(p('a-company-import.json')),
    cliPack: readFileSync(p('cli-pack.html')),
    cliPackPath: p('cli-pack.html'),
    samplePack: readFileSync(p('sample-pack.html')),
    badCsv,
    brokenWorkbook: p('broken.xlsx'),
    xls: p('old.xls'),
    huge: p('huge.xlsx'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

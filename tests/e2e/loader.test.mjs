// The board pack's loader, its base-85 decoder in isolation (no browser): the very code `csm bundle` writes
// into the pack (cut from its module script), against an encoder written here from the documented format
// (pack/src/base85.rs): every short length, random data, every data block of a real pack, and the texts it
// must refuse. The browser tests (delivery, firefox, office, hardening) run the same loader on whole packs.
//
// Run: node --test tests/e2e/loader.test.mjs   (after `trunk build --release`; $CSM_DIST, $CSM_BIN as elsewhere).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { ROOT, csm } from './support.mjs';

const DIST = resolve(process.env.CSM_DIST || join(ROOT, 'dist'));
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#%()*+,-.:;=?@[]^_{|}~';

/** Base-85 as documented: 4 bytes → 5 digits big-endian; a final k bytes, zero-padded, → its first k + 1 digits. */
function encode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const k = Math.min(4, bytes.length - i);
    let n = 0;
    for (let j = 0; j < 4; j++) n = n * 256 + (j < k ? bytes[i + j] : 0);
    const digits = [];
    for (let j = 0; j < 5; j++) {
      digits.unshift(ALPHABET[n % 85]);
      n = Math.floor(n / 85);
    }
    out += digits.slice(0, k + 1).join('');
  }
  return out;
}

/** A deterministic byte sequence. */
function noise(seed, length) {
  let x = seed >>> 0 || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 255;
  });
}

describe('the pack loader\'s base-85 decoder', () => {
  let dir;
  let html;
  let decode;
  const export_ = join(ROOT, 'samples', 'a-company.json');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'csm-loader-'));
    const out = join(dir, 'board.html');
    const built = csm('bundle', export_, '-o', out, '--dist', DIST);
    assert.equal(built.status, 0, `csm bundle failed:\n${built.stderr}`);
    html = readFileSync(out, 'utf8');
    const module = html.slice(html.indexOf('<script type="module">'), html.lastIndexOf('</script>'));
    const from = module.indexOf('const csmDigits');
    const to = module.indexOf('const csmRead');
    assert.ok(from > 0 && to > from, 'the decoder is in the module script');
    decode = new Function(`${module.slice(from, to)}\nreturn csmBase85;`)();
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  test('its alphabet is the documented one', () => {
    assert.ok(html.includes(`csmDigits['${ALPHABET}'.charCodeAt(i)]`));
    for (const c of '<>&"\'\\`$/') assert.ok(!ALPHABET.includes(c), c);
  });

  test('round trips every length 0..9 and random data', () => {
    for (let length = 0; length <= 9; length++) {
      for (let seed = 1; seed <= 40; seed++) {
        const bytes = noise(seed * 31 + length, length);
        assert.deepEqual(decode(encode(bytes)), bytes, `length ${length}`);
      }
      for (const fill of [0, 255]) {
        const bytes = new Uint8Array(length).fill(fill);
        assert.deepEqual(decode(encode(bytes)), bytes, `length ${length} of ${fill}`);
      }
    }
    const big = noise(7, 100_003);
    assert.deepEqual(decode(encode(big)), big);
    assert.equal(encode(new TextEncoder().encode('Man is')), 'O;_]zX?%', 'known vector (Ascii85 9jqo^Bla, digit for digit)');
  });

  test('decodes every block of a real pack to its zlib stream', () => {
    const blocks = [...html.matchAll(/<script type="application\/octet-stream"([^>]*)>([^<]*)<\/script>/g)];
    assert.equal(blocks.length, 3, 'export, CSS and wasm blocks');
    for (const [, attributes, text] of blocks) {
      assert.match(attributes, /data-csm-encoding="deflate-base85"/);
      assert.equal(encode(decode(text)), text, `${attributes}: canonical`);
      const bytes = inflateSync(decode(text));
      if (attributes.includes('data-csm-snapshot-base64')) assert.deepEqual(bytes, readFileSync(export_));
      if (attributes.includes('id="csm-wasm"')) assert.deepEqual(bytes.subarray(0, 4), Buffer.from('\0asm', 'latin1'));
    }
  });

  test('refuses what the format never holds', () => {
    for (const [text, why] of [
      ['0', 'one character'],
      ['000000', 'six characters'],
      ['0000<', 'a character outside the alphabet'],
      ['00 00', 'whitespace'],
      ['0000\u00e9', 'a non-ASCII character'],
      ['0000\u01b0', 'a character whose low 7 bits are a digit'],
      ['0000\u0130', 'a character whose low 8 bits are a digit'],
      ['\u0130\u0130\u0130\u0130\u0130', 'a group of those'],
      ['~~~~~', 'a group above 2^32 - 1'],
      ['|NsC1', '2^32'],
      ['|NsC0~~', 'a final group above 2^32 - 1'],
    ]) {
      assert.throws(() => decode(text), /damaged base-85 block/, why);
    }
    assert.deepEqual(decode('|NsC0'), new Uint8Array([255, 255, 255, 255]));
    assert.deepEqual(decode(''), new Uint8Array(0));
  });
});

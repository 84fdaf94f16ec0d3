//! # csm-pack
//!
//! The one-file HTML deliverables of the board dashboard, as pure functions of their inputs (no file,
//! no clock, no network), so that the command line (`csm bundle`) and the office edition in the
//! browser build **byte-identical** files from the same export and the same dashboard build:
//!
//! - [`board_pack`]: the quarter's board pack — the dashboard's WebAssembly, its JavaScript glue,
//!   its CSS and the export, in one HTML file that opens by double-click from a file share.
//! - [`office_edition`]: the CISO office's page — its own (larger) build, which imports workbooks
//!   and CSV files, plus the board-pack build as data, so it can write board packs with no network.
//!
//! ```
//! use csm_pack::{Dist, board_pack, sha256_hex};
//!
//! let export = std::fs::read("../samples/a-company.json").unwrap();
//! let snapshot = csm_core::snapshot::load(&export).unwrap();
//! let dist = Dist { glue_js: "async function __wbg_init() {}".into(), wasm: b"\0asm".to_vec(), css: "a{}".into() };
//! let html = board_pack(&export, &snapshot, &dist);
//! assert!(html.contains(&sha256_hex(&export)));
//! assert_eq!(html, board_pack(&export, &snapshot, &dist)); // reproducible
//! ```
//!
//! Why this shape: from `file://`, browsers refuse `fetch`, XHR, ES-module imports and streaming
//! compilation of sibling files, but run inline scripts. So the glue is inlined as a module script that
//! instantiates the wasm from bytes held in a non-executable data block, and the export travels the
//! same way (its exact bytes, so the dashboard's SHA-256 matches `sha256sum` of the file), and so does
//! the stylesheet.
//!
//! ## The data blocks
//!
//! A data block is `<script type="application/octet-stream" data-csm-encoding="deflate-base85" …>TEXT</script>`
//! ([`ENCODING`]): TEXT is the [`base85`] text (4 bytes → 5 characters, big-endian; a final group of
//! k < 4 bytes → k + 1 characters; an alphabet without `<` `>` `&` `"` `'` `\` `` ` `` `$` `/`, so no
//! escaping is ever needed) of the zlib stream (RFC 1950, [`deflate`]) of the bytes. [`pack`] writes
//! it, [`unpack`] reads it back (the office edition reads its own blocks so). In the browser the
//! page's loader decodes the text with a table-driven loop into one preallocated `Uint8Array` and
//! inflates it natively (`DecompressionStream('deflate')`) before the wasm starts: the file is about a
//! third of the raw size of what it carries, and 6% smaller than with base64. The blocks of a page:
//!
//! | block | holds |
//! | --- | --- |
//! | `id="csm-wasm"` | the page's WebAssembly |
//! | `id="csm-css"` ([`ids::CSS`]) | the page's whole stylesheet, UTF-8 |
//! | `data-csm-snapshot-base64` (in the dashboard's host; one per export in a group pack, with `data-csm-label` and `data-export-sha256`) | the export's exact bytes |
//! | office edition only: [`ids::PACK_GLUE`], [`ids::PACK_WASM`], [`ids::PACK_CSS`] | the board-pack build it writes packs with |
//!
//! (A `data-csm-snapshot-base64` block *without* `data-csm-encoding` — a portal page's own — is plain
//! base64 of the bytes, as documented in docs/DELIVERY.md; the loader still reads those so. A block
//! with any other `data-csm-encoding` is refused: an export's as its `csmError`, the wasm's or the
//! stylesheet's with the failure line.)
//!
//! ## Styles and policy
//!
//! The page's only `<style>` element holds [`FIRST_RULES`]: what the page shows before the wasm starts
//! (the body's font and colours, the loading line, the failure line, the visually hidden title). The
//! loader inflates the `csm-css` block and appends a `<style>` element whose text is exactly the
//! stylesheet, before it instantiates the wasm, so the first render is styled. A CSP meta tag allows
//! the inline script (the glue and the loader) by its hash, the two stylesheets by theirs (`style-src`
//! lists the SHA-256 of [`FIRST_RULES`] and of the whole stylesheet: browsers check an inserted
//! `<style>` against those hashes too), WebAssembly compilation, `data:` images, and nothing else: no
//! request can leave the page.
#![deny(missing_docs)]

pub mod base85;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use csm_core::snapshot::{Language, Snapshot};
use sha2::{Digest, Sha256};

/// A built dashboard (the output of `trunk build --release`), as data: what a one-file page inlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dist {
    /// wasm-bindgen glue (`--target web`, an ES module).
    pub glue_js: String,
    /// The optimised WebAssembly.
    pub wasm: Vec<u8>,
    /// The stylesheet(s), concatenated in the order the build's page links them.
    pub css: String,
}

/// The ids of the data blocks ([`pack`]): the page's own wasm and stylesheet, and the office
/// edition's copy of the board-pack build (the exact bytes of its glue, wasm and CSS), which the office
/// page reads back ([`unpack`]) to build board packs.
pub mod ids {
    /// The board-pack build's glue JavaScript (UTF-8 bytes).
    pub const PACK_GLUE: &str = "csm-pack-glue";
    /// The board-pack build's WebAssembly.
    pub const PACK_WASM: &str = "csm-pack-wasm";
    /// The board-pack build's CSS (UTF-8 bytes).
    pub const PACK_CSS: &str = "csm-pack-css";
    /// The page's own WebAssembly (the board pack's, or the office edition's).
    pub const WASM: &str = "csm-wasm";
    /// The page's own stylesheet (UTF-8 bytes), which the loader inserts as a `<style>` element.
    pub const CSS: &str = "csm-css";
}

/// The page's one `<style>` element: the rules it needs before the wasm starts and the loader has
/// inserted the whole stylesheet — the body's font and colours (those of `.csm-dashboard`), the
/// loading line (`.csm-boot`, as `.csm-dashboard .csm-boot`), the bilingual failure line
/// (`.csm-boot-failed`) and the visually hidden page title (`.csm-pack-title`, as in styles.css).
/// Every rule is scoped under the page's `<body class="csm-bundle">`, as the dashboard's are.
pub const FIRST_RULES: &str = concat!(
    ".csm-bundle{margin:0;background:#f3f5f8;color:#1b2333;line-height:1.6;font-family:\"Hiragino Sans\",",
    "\"Hiragino Kaku Gothic ProN\",\"Yu Gothic UI\",\"Yu Gothic\",YuGothic,Meiryo,\"Noto Sans CJK JP\",",
    "\"Noto Sans JP\",\"Source Han Sans JP\",IPAPGothic,IPAexGothic,system-ui,sans-serif}",
    ".csm-bundle>.csm-pack-title{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;",
    "clip-path:inset(50%);white-space:nowrap;border:0}",
    ".csm-bundle .csm-boot{padding:3rem 1.5rem;color:#4d5869;text-align:center}",
    ".csm-bundle .csm-boot-failed{color:#a3241f}",
);

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", B64.encode(Sha256::digest(text.as_bytes())))
}

/// The page's Content-Security-Policy: only the one inline script and the two stylesheets
/// ([`FIRST_RULES`] and the whole stylesheet `css`, by hash), WebAssembly compilation, and `data:`
/// images; nothing can be fetched, framed or submitted.
fn csp(script: &str, css: &str) -> String {
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {} {}; img-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(script),
        csp_hash(FIRST_RULES),
        csp_hash(css)
    )
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Replaces every ASCII-case-insensitive occurrence of `needle` (lower-case ASCII) in `text` by
/// `prefix` + the original text after its first character.
fn break_sequence(text: &str, needle: &str, prefix: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in lower.match_indices(needle) {
        out.push_str(&text[last..at]);
        out.push_str(prefix);
        last = at + 1;
    }
    out.push_str(&text[last..]);
    out
}

/// Makes glue code safe inside `<script>…</script>`: no `</script` (in any case) and no `<!--`,
/// which would end or re-enter the script element early. `<\/` and `<\!` mean the same in the
/// JavaScript strings, regular expressions and comments where such text can occur.
fn script_safe(js: &str) -> String {
    break_sequence(&break_sequence(js, "</script", "<\\"), "<!--", "<\\")
}

/// The encoding of the data blocks (`data-csm-encoding="deflate-base85"`): [`base85`] text of a zlib
/// stream, which the page's loader decodes and inflates with the browser's
/// `DecompressionStream('deflate')`.
pub const ENCODING: &str = "deflate-base85";

/// The zlib stream (RFC 1950) of `bytes` at the best compression: pure Rust (`miniz_oxide`), the same
/// bytes on every target, so the office edition in the browser writes what `csm bundle` writes.
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 9)
}

/// The bytes of a zlib stream [`deflate`] wrote (what the office edition reads back from its blocks).
pub fn inflate(stream: &[u8]) -> Result<Vec<u8>, String> {
    miniz_oxide::inflate::decompress_to_vec_zlib(stream).map_err(|e| format!("{:?}", e.status))
}

/// A data block's text ([`ENCODING`]): the [`base85`] text of the zlib stream of `bytes`.
pub fn pack(bytes: &[u8]) -> String {
    base85::encode(&deflate(bytes))
}

/// The bytes a data block's text ([`pack`]) holds, or why it holds none.
pub fn unpack(text: &str) -> Result<Vec<u8>, String> {
    inflate(&base85::decode(text)?)
}

/// The module script appended to the glue, from one template for both pages (they differ in the
/// elements they start, `@HOSTS@`, and the sentence shown when starting fails, `@FAILED@`).
///
/// It decodes every data block in the browser ([`base85`]: one pass over the text with a 128-entry
/// table into a preallocated `Uint8Array`), inflates it (`DecompressionStream`), inserts the page's
/// whole stylesheet as a `<style>` element (its text exactly the CSS, allowed by its hash), hands each
/// export's exact bytes to the wasm on its element (`csmBytes`, with their SHA-256 from `crypto.subtle`
/// as `csmSha256` where the browser has it, or `csmError`), empties the block's text (its memory is
/// not needed twice), and instantiates the wasm from its inflated bytes — no fetch, so it works from
/// `file://`. The wasm then starts every host. An export block without `data-csm-encoding` (a plain
/// base64 block) is decoded as base64 (`Uint8Array.fromBase64`, else `atob`) and not inflated. A
/// browser without `DecompressionStream` sees a bilingual sentence in place of the loading line.
const BOOT_TEMPLATE: &str = r#"
// csm bundle: start the page from the bytes embedded in this file (no fetch; works from file://).
const csmHosts = '@HOSTS@:not([data-csm-mounted])';
const csmShow = (text) => {
  for (const host of document.querySelectorAll(csmHosts)) {
    const line = document.createElement('p');
    line.className = 'csm-boot csm-boot-failed';
    line.setAttribute('role', 'alert');
    line.textContent = text;
    host.replaceChildren(line);
  }
};
const csmBase64 = (text) => {
  text = text.replace(/\s+/g, '');
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
};
// Base-85 (csm_pack::base85): 5 digits per 4 bytes, big-endian; a final k + 1 digits hold k bytes.
const csmDigits = new Uint8Array(128).fill(255);
for (let i = 0; i < 85; i++) csmDigits['@ALPHABET@'.charCodeAt(i)] = i;
const csmBase85 = (text) => {
  const length = text.length, rest = length % 5, full = length - rest, t = csmDigits;
  if (rest === 1) throw new Error('damaged base-85 block');
  const bytes = new Uint8Array((full / 5) * 4 + (rest && rest - 1));
  let bad = 0, o = 0, i = 0;
  for (; i < full; i += 5, o += 4) {
    const a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3), e = text.charCodeAt(i + 4);
    const da = t[a & 127], db = t[b & 127], dc = t[c & 127], dd = t[d & 127], de = t[e & 127];
    bad |= a | b | c | d | e | da | db | dc | dd | de;
    const n = da * 52200625 + db * 614125 + dc * 7225 + dd * 85 + de;
    if (n > 4294967295) bad |= 128;
    bytes[o] = n >>> 24;
    bytes[o + 1] = n >>> 16;
    bytes[o + 2] = n >>> 8;
    bytes[o + 3] = n;
  }
  if (rest) {
    let n = 0;
    for (let j = i; j < i + 5; j++) {
      const c = j < length ? text.charCodeAt(j) : 126;
      bad |= c | t[c & 127];
      n = n * 85 + t[c & 127];
    }
    if (n > 4294967295) bad |= 128;
    for (let k = 0; k < rest - 1; k++) bytes[o + k] = n >>> (24 - 8 * k);
  }
  if (bad > 127) throw new Error('damaged base-85 block');
  return bytes;
};
const csmRead = async (element) => {
  const encoding = element.getAttribute('data-csm-encoding');
  if (encoding === null) return csmBase64(element.textContent);
  if (encoding !== '@ENCODING@') throw new Error('unknown data-csm-encoding: ' + encoding);
  const stream = new Blob([csmBase85(element.textContent)]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};
const csmDigest = async (bytes) => {
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
};
if (typeof DecompressionStream !== 'function') {
  console.error('csm: this browser has no DecompressionStream');
  csmShow('このブラウザーではこのファイルを開けません（DecompressionStream に対応していません）。最新の Microsoft Edge、Google Chrome、Firefox、Safari で開いてください。/ This browser cannot open this file (it has no DecompressionStream). Open it in a current Microsoft Edge, Google Chrome, Firefox or Safari.');
} else {
  try {
    const csmWasm = document.getElementById('csm-wasm');
    const csmCss = document.getElementById('@CSS@');
    // The whole stylesheet, before the wasm starts: its text is exactly the CSS the policy hashes.
    const csmStyle = csmRead(csmCss).then((bytes) => {
      const style = document.createElement('style');
      style.textContent = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      document.head.append(style);
      csmCss.textContent = '';
    });
    const csmExports = Array.from(document.querySelectorAll('script[data-csm-snapshot-base64]'), async (element) => {
      try {
        const bytes = await csmRead(element);
        element.csmSha256 = await csmDigest(bytes);
        element.csmBytes = bytes;
        element.textContent = '';
      } catch (error) {
        element.csmError = String(error);
      }
    });
    const [bytes] = await Promise.all([csmRead(csmWasm), csmStyle, ...csmExports]);
    csmWasm.textContent = '';
    await __wbg_init({ module_or_path: bytes });
  } catch (error) {
    console.error('csm: the page could not start', error);
    csmShow('@FAILED@' + error);
  }
}
"#;

/// The loader of one page: [`BOOT_TEMPLATE`] for the elements `hosts` selects, with `failed` (ja / en)
/// shown before the error when starting fails.
fn boot(hosts: &str, failed: &str) -> String {
    BOOT_TEMPLATE
        .replace("@HOSTS@", hosts)
        .replace("@FAILED@", failed)
        .replace("@ENCODING@", ENCODING)
        .replace("@ALPHABET@", base85::ALPHABET)
        .replace("@CSS@", ids::CSS)
}

/// The board pack's loader (one dashboard or a group).
fn pack_boot() -> String {
    boot("[data-csm-dashboard]", "ダッシュボードを起動できませんでした。/ The dashboard could not start: ")
}

/// The office edition's loader.
fn office_boot() -> String {
    boot("[data-csm-office]", "ボードパック作成ページを起動できませんでした。/ The office edition could not start: ")
}

/// The board pack for an already-validated export: `export` is its exact bytes, `snapshot` what
/// `csm_core::snapshot::load` made of them, `dist` the dashboard build. The same inputs give the
/// same bytes (what `csm bundle` writes and the office edition saves).
pub fn board_pack(export: &[u8], snapshot: &Snapshot, dist: &Dist) -> String {
    let lang = match snapshot.language {
        Some(Language::En) => "en",
        _ => "ja",
    };
    let latest = snapshot.quarters.last().map(|q| q.quarter.to_string()).unwrap_or_default();
    let title = if lang == "en" {
        format!(
            "{} — cyber-security management board pack {latest}",
            snapshot.organisation.name_en.as_deref().unwrap_or(&snapshot.organisation.name)
        )
    } else {
        format!("{} サイバーセキュリティ経営 ボードパック {latest}", snapshot.organisation.name)
    };
    // The glue stays an ES module (its `export`s are harmless inline); BOOT instantiates it from
    // the embedded bytes, so nothing is fetched.
    let boot = format!("{}\n{}", script_safe(&dist.glue_js), pack_boot());
    let csp = csp(&boot, &dist.css);
    let sha = sha256_hex(export);
    let loading = if lang == "en" {
        "Loading the board pack… <span lang=\"ja\">読み込んでいます…</span>"
    } else {
        "読み込んでいます… <span lang=\"en\">Loading the board pack…</span>"
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"csm bundle {version}\">\n<title>{title}</title>\n<style>{FIRST_RULES}</style>\n</head>\n<body class=\"csm-bundle\">\n<h1 class=\"csm-pack-title\">{title}</h1>\n<div class=\"csm-host csm-dashboard\" data-csm-dashboard data-csm-routing=\"hash\" data-export-sha256=\"{sha}\">\n<p class=\"csm-boot\">{loading}</p>\n<noscript><p class=\"csm-boot\">このボードパックの表示には JavaScript（WebAssembly）が必要です。<span lang=\"en\">This board pack needs JavaScript (WebAssembly).</span></p></noscript>\n<script type=\"application/octet-stream\" data-csm-snapshot-base64 data-csm-encoding=\"{ENCODING}\">{data}</script>\n</div>\n<script type=\"application/octet-stream\" id=\"{css_id}\" data-csm-encoding=\"{ENCODING}\">{css}</script>\n<script type=\"application/octet-stream\" id=\"{wasm_id}\" data-csm-encoding=\"{ENCODING}\">{wasm}</script>\n<script type=\"module\">{boot}</script>\n</body>\n</html>\n",
        version = env!("CARGO_PKG_VERSION"),
        title = escape_html(&title),
        data = pack(export),
        css_id = ids::CSS,
        css = pack(dist.css.as_bytes()),
        wasm_id = ids::WASM,
        wasm = pack(&dist.wasm),
    )
}

/// One export of a group board pack: its label (the file name people know it by), its exact bytes, and
/// what `csm_core::snapshot::load` made of them (`None` when it did not load: the board then sees that
/// company as "file not readable" with the loader's located problems, and the others as usual).
#[derive(Debug, Clone, Copy)]
pub struct GroupExport<'a> {
    /// The file name, e.g. `b-company.json`.
    pub label: &'a str,
    /// The export's exact bytes.
    pub bytes: &'a [u8],
    /// The loaded export, if it loaded.
    pub snapshot: Option<&'a Snapshot>,
}

/// The group board pack: several companies' exports in one file, each embedded as its own data block
/// (base64 of its exact bytes, with its label and SHA-256), the parent first. The page lists every
/// export's SHA-256 in plain HTML below the dashboard (visible even before the WebAssembly starts), has
/// the board pack's policy (no request can leave it) and is a pure function of its inputs. With one
/// export, use [`board_pack`]: a group pack is for two or more.
pub fn group_pack(exports: &[GroupExport<'_>], dist: &Dist) -> String {
    let first = exports.iter().find_map(|e| e.snapshot);
    let lang = match first.and_then(|s| s.language) {
        Some(Language::En) => "en",
        _ => "ja",
    };
    let latest = exports
        .iter()
        .filter_map(|e| e.snapshot.and_then(|s| s.quarters.last()).map(|q| q.quarter))
        .max()
        .map(|q| q.to_string())
        .unwrap_or_default();
    let n = exports.len();
    let title = match (lang, first) {
        ("en", Some(s)) => format!(
            "{} group ({n} exports) — cyber-security management board pack {latest}",
            s.organisation.name_en.as_deref().unwrap_or(&s.organisation.name)
        ),
        (_, Some(s)) => {
            format!("{} グループ（{n} 社分）サイバーセキュリティ経営 ボードパック {latest}", s.organisation.name)
        }
        _ => format!("グループ（{n} 社分）サイバーセキュリティ経営 ボードパック / Group board pack {latest}"),
    };
    let boot = format!("{}\n{}", script_safe(&dist.glue_js), pack_boot());
    let csp = csp(&boot, &dist.css);
    let loading = if lang == "en" {
        "Loading the group board pack… <span lang=\"ja\">読み込んでいます…</span>"
    } else {
        "読み込んでいます… <span lang=\"en\">Loading the group board pack…</span>"
    };
    let mut blocks = String::new();
    let mut list = String::new();
    for e in exports {
        let sha = sha256_hex(e.bytes);
        let label = escape_html(e.label);
        blocks.push_str(&format!(
            "<script type=\"application/octet-stream\" data-csm-snapshot-base64 data-csm-encoding=\"{ENCODING}\" data-csm-label=\"{label}\" data-export-sha256=\"{sha}\">{}</script>\n",
            pack(e.bytes)
        ));
        list.push_str(&format!(
            "<li><span class=\"csm-group-file\">{label}</span> <code class=\"csm-sha\">{sha}</code></li>\n"
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"csm bundle {version}\">\n<title>{title}</title>\n<style>{FIRST_RULES}</style>\n</head>\n<body class=\"csm-bundle\">\n<h1 class=\"csm-pack-title\">{title}</h1>\n<div class=\"csm-host csm-dashboard\" data-csm-dashboard data-csm-routing=\"hash\" data-csm-group=\"{n}\">\n<p class=\"csm-boot\">{loading}</p>\n<noscript><p class=\"csm-boot\">このボードパックの表示には JavaScript（WebAssembly）が必要です。<span lang=\"en\">This board pack needs JavaScript (WebAssembly).</span></p></noscript>\n{blocks}</div>\n<footer class=\"csm-group-exports\">\n<p>収録したエクスポートと SHA-256 / Exports in this pack and their SHA-256</p>\n<ol>\n{list}</ol>\n</footer>\n<script type=\"application/octet-stream\" id=\"{css_id}\" data-csm-encoding=\"{ENCODING}\">{css}</script>\n<script type=\"application/octet-stream\" id=\"{wasm_id}\" data-csm-encoding=\"{ENCODING}\">{wasm}</script>\n<script type=\"module\">{boot}</script>\n</body>\n</html>\n",
        version = env!("CARGO_PKG_VERSION"),
        title = escape_html(&title),
        css_id = ids::CSS,
        css = pack(dist.css.as_bytes()),
        wasm_id = ids::WASM,
        wasm = pack(&dist.wasm),
    )
}

/// A file name for a board pack, after the company and the latest quarter:
/// `board-<company>-<quarter>.html` (the English name when there is one, characters a file share
/// refuses replaced by `-`).
pub fn board_pack_file_name(snapshot: &Snapshot) -> String {
    format!("board-{}.html", file_stem(snapshot))
}

/// `<company>-<latest quarter>`, safe as part of a file name on Windows and Unix shares.
pub fn file_stem(snapshot: &Snapshot) -> String {
    let org = &snapshot.organisation;
    let name = org.name_en.as_deref().filter(|n| !n.trim().is_empty()).unwrap_or(&org.name);
    let latest = snapshot.quarters.last().map(|q| q.quarter.to_string()).unwrap_or_default();
    let mut safe: String = name
        .trim()
        .chars()
        .map(|c| if c.is_control() || "<>:\"/\\|?*".contains(c) || c.is_whitespace() { '-' } else { c })
        .collect();
    while safe.contains("--") {
        safe = safe.replace("--", "-");
    }
    let safe = safe.trim_matches(['-', '.']);
    let safe = if safe.is_empty() { "export" } else { safe };
    if latest.is_empty() { safe.to_owned() } else { format!("{safe}-{latest}") }
}

/// The office edition: `office` is the office build (its glue, wasm and CSS), `board` the board-pack
/// build it carries as data blocks ([`ids`]) to write board packs with [`board_pack`]. The page has
/// the board pack's policy: no request can leave it.
pub fn office_edition(office: &Dist, board: &Dist) -> String {
    let boot = format!("{}\n{}", script_safe(&office.glue_js), office_boot());
    let csp = csp(&boot, &office.css);
    format!(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"csm bundle --office {version}\">\n<title>サイバーセキュリティ経営 ボードパック作成（CISO 室版） / Board pack maker (office edition)</title>\n<style>{FIRST_RULES}</style>\n</head>\n<body class=\"csm-bundle csm-office-page\">\n<div class=\"csm-office\" data-csm-office>\n<p class=\"csm-boot\">読み込んでいます… <span lang=\"en\">Loading…</span></p>\n<noscript><p class=\"csm-boot\">このページの表示には JavaScript（WebAssembly）が必要です。<span lang=\"en\">This page needs JavaScript (WebAssembly).</span></p></noscript>\n</div>\n<script type=\"application/octet-stream\" id=\"{glue_id}\" data-csm-encoding=\"{ENCODING}\">{pack_glue}</script>\n<script type=\"application/octet-stream\" id=\"{pack_css_id}\" data-csm-encoding=\"{ENCODING}\">{pack_css}</script>\n<script type=\"application/octet-stream\" id=\"{pack_wasm_id}\" data-csm-encoding=\"{ENCODING}\">{pack_wasm}</script>\n<script type=\"application/octet-stream\" id=\"{css_id}\" data-csm-encoding=\"{ENCODING}\">{css}</script>\n<script type=\"application/octet-stream\" id=\"{wasm_id}\" data-csm-encoding=\"{ENCODING}\">{wasm}</script>\n<script type=\"module\">{boot}</script>\n</body>\n</html>\n",
        version = env!("CARGO_PKG_VERSION"),
        glue_id = ids::PACK_GLUE,
        pack_css_id = ids::PACK_CSS,
        pack_wasm_id = ids::PACK_WASM,
        pack_glue = pack(board.glue_js.as_bytes()),
        pack_css = pack(board.css.as_bytes()),
        pack_wasm = pack(&board.wasm),
        css_id = ids::CSS,
        css = pack(office.css.as_bytes()),
        wasm_id = ids::WASM,
        wasm = pack(&office.wasm),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(tag: &str) -> Dist {
        Dist {
            glue_js: format!("export default async function __wbg_init() {{}} // {tag} </script>"),
            wasm: [b"\0asm".as_slice(), tag.as_bytes()].concat(),
            css: format!(".csm-dashboard{{}} /* {tag} </style> */"),
        }
    }

    fn sample() -> (Vec<u8>, Snapshot) {
        let export = include_bytes!("../../samples/a-company.json").to_vec();
        let snapshot = csm_core::snapshot::load(&export).unwrap();
        (export, snapshot)
    }

    /// The text of the element `<script … id="ID">…</script>` (or `attr>` for an attribute).
    fn block<'a>(html: &'a str, open: &str) -> &'a str {
        let start = html.find(open).unwrap() + open.len();
        let end = start + html[start..].find("</script>").unwrap();
        &html[start..end]
    }

    /// The bytes a compressed block holds (checking its text is all base-85 digits).
    fn unpacked(text: &str) -> Vec<u8> {
        assert!(text.chars().all(|c| base85::ALPHABET.contains(c)), "a block's text is base-85 digits only");
        unpack(text).unwrap()
    }

    /// The text of the page's one `<style>` element.
    fn first_style(html: &str) -> &str {
        assert_eq!(html.matches("<style").count(), 1, "one <style> element");
        let start = html.find("<style>").unwrap() + "<style>".len();
        &html[start..start + html[start..].find("</style>").unwrap()]
    }

    #[test]
    fn deflate_round_trips_and_is_reproducible() {
        let (export, _) = sample();
        let packed = deflate(&export);
        assert_eq!(packed, deflate(&export));
        assert!(packed.len() * 5 < export.len(), "the export compresses: {} of {}", packed.len(), export.len());
        assert_eq!(
            &packed[..2],
            &[0x78, 0xda],
            "a zlib stream (best compression), what DecompressionStream('deflate') reads"
        );
        assert_eq!(inflate(&packed).unwrap(), export);
        assert_eq!(inflate(&deflate(b"")).unwrap(), b"");
        assert!(inflate(&packed[..packed.len() / 2]).is_err());
    }

    #[test]
    fn a_block_is_base85_of_the_zlib_stream_and_unpacks_to_the_bytes() {
        let (export, _) = sample();
        let text = pack(&export);
        assert_eq!(text, base85::encode(&deflate(&export)));
        assert_eq!(unpack(&text).unwrap(), export);
        assert_eq!(text.len(), base85::encoded_len(deflate(&export).len()));
        assert_eq!(unpack(&pack(b"")).unwrap(), b"");
        assert!(unpack("not a block").is_err(), "not base-85");
        assert!(unpack(&text[..text.len() / 5 * 2]).is_err(), "a cut zlib stream");
        for needle in ["</script", "<!--", "&", "\"", "'", "`", "\\", "${"] {
            assert!(!text.contains(needle), "{needle}");
        }
    }

    #[test]
    fn first_rules_are_small_and_plain() {
        assert!(FIRST_RULES.len() < 1024, "{} bytes", FIRST_RULES.len());
        assert!(!FIRST_RULES.contains('<') && !FIRST_RULES.contains('&'));
        for selector in
            [".csm-bundle{", ".csm-bundle>.csm-pack-title{", ".csm-bundle .csm-boot{", ".csm-bundle .csm-boot-failed{"]
        {
            assert!(FIRST_RULES.contains(selector), "{selector}");
        }
        assert_eq!(FIRST_RULES.matches('{').count(), FIRST_RULES.matches('}').count());
    }

    #[test]
    fn both_loaders_come_from_one_template() {
        let (pack, office) = (pack_boot(), office_boot());
        for placeholder in ["@HOSTS@", "@FAILED@", "@ENCODING@", "@ALPHABET@", "@CSS@"] {
            assert!(BOOT_TEMPLATE.contains(placeholder), "{placeholder}");
            assert!(!pack.contains(placeholder) && !office.contains(placeholder), "{placeholder} is filled");
        }
        assert!(pack.contains(&format!("csmDigits['{}'.charCodeAt(i)]", base85::ALPHABET)));
        assert!(pack.contains("encoding !== 'deflate-base85'") && pack.contains("getElementById('csm-css')"));
        assert!(pack.contains("'[data-csm-dashboard]:not([data-csm-mounted])'"));
        assert!(office.contains("'[data-csm-office]:not([data-csm-mounted])'"));
        assert!(
            pack.contains("DecompressionStream('deflate')") && pack.contains("DecompressionStream に対応していません")
        );
        let differing = pack.lines().zip(office.lines()).filter(|(a, b)| a != b).count();
        assert_eq!(differing, 2, "the two loaders differ in their hosts and their failure sentence only");
        assert!(!pack.contains("</script") && !office.contains("</script"));
    }

    #[test]
    fn script_safe_breaks_closing_tags_in_any_case() {
        assert_eq!(script_safe("a</script>b<!--c"), "a<\\/script>b<\\!--c");
        assert_eq!(script_safe("x</SCRIPT >y</ScRiPt"), "x<\\/SCRIPT >y<\\/ScRiPt");
        assert_eq!(script_safe("</scrip and </style"), "</scrip and </style");
        assert_eq!(script_safe("日本</script>語"), "日本<\\/script>語");
    }

    #[test]
    fn sha256_of_abc() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn csp_hash_matches_known_value() {
        // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
        assert_eq!(csp_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn board_pack_is_a_pure_function_of_its_inputs() {
        let (export, snapshot) = sample();
        let a = board_pack(&export, &snapshot, &dist("one"));
        assert_eq!(a, board_pack(&export, &snapshot, &dist("one")));
        assert_ne!(a, board_pack(&export, &snapshot, &dist("two")));
        let mut other = export.clone();
        other.push(b'\n');
        assert_ne!(a, board_pack(&other, &snapshot, &dist("one")));
    }

    #[test]
    fn board_pack_carries_the_exact_bytes_and_allows_only_its_own_script_and_style() {
        let (export, snapshot) = sample();
        let d = dist("one");
        let html = board_pack(&export, &snapshot, &d);
        assert_eq!(unpacked(block(&html, "data-csm-snapshot-base64 data-csm-encoding=\"deflate-base85\">")), export);
        assert_eq!(unpacked(block(&html, "id=\"csm-wasm\" data-csm-encoding=\"deflate-base85\">")), d.wasm);
        assert_eq!(unpacked(block(&html, "id=\"csm-css\" data-csm-encoding=\"deflate-base85\">")), d.css.as_bytes());
        assert!(html.contains(&format!("data-export-sha256=\"{}\"", sha256_hex(&export))));
        let script = block(&html, "<script type=\"module\">");
        assert!(script.starts_with(&script_safe(&d.glue_js)));
        assert!(!script.contains("</script"));
        let style = first_style(&html);
        assert_eq!(style, FIRST_RULES);
        assert!(html.contains(&format!("script-src {} 'wasm-unsafe-eval'", csp_hash(script))));
        assert!(html.contains(&format!("style-src {} {};", csp_hash(style), csp_hash(&d.css))));
        assert!(!html.contains("</style>\"") && !html.contains(".csm-dashboard{}"), "the CSS is only in its block");
        assert!(html.contains("default-src 'none'"));
        assert!(!html.contains("http://") && !html.contains("https://"));
    }

    #[test]
    fn office_edition_carries_the_board_pack_build_byte_for_byte() {
        let (office, pack) = (dist("office"), dist("pack"));
        let html = office_edition(&office, &pack);
        let decoded = |id: &str| unpacked(block(&html, &format!("id=\"{id}\" data-csm-encoding=\"deflate-base85\">")));
        assert_eq!(decoded(ids::PACK_GLUE), pack.glue_js.as_bytes());
        assert_eq!(decoded(ids::PACK_CSS), pack.css.as_bytes());
        assert_eq!(decoded(ids::PACK_WASM), pack.wasm);
        assert_eq!(decoded(ids::WASM), office.wasm);
        assert_eq!(decoded(ids::CSS), office.css.as_bytes());
        assert_eq!(first_style(&html), FIRST_RULES);
        assert!(html.contains(&format!("style-src {} {};", csp_hash(FIRST_RULES), csp_hash(&office.css))));
        // So the page can rebuild exactly the pack `csm bundle` writes.
        let rebuilt = Dist {
            glue_js: String::from_utf8(decoded(ids::PACK_GLUE)).unwrap(),
            wasm: decoded(ids::PACK_WASM),
            css: String::from_utf8(decoded(ids::PACK_CSS)).unwrap(),
        };
        let (export, snapshot) = sample();
        assert_eq!(board_pack(&export, &snapshot, &rebuilt), board_pack(&export, &snapshot, &pack));
        let script = block(&html, "<script type=\"module\">");
        assert!(html.contains(&format!("script-src {} 'wasm-unsafe-eval'", csp_hash(script))));
        assert!(html.contains("data-csm-office"));
        assert_eq!(html, office_edition(&office, &pack));
    }

    #[test]
    fn group_pack_carries_each_export_with_its_digest_and_allows_only_its_own_script() {
        let (a, a_snap) = sample();
        let b = include_bytes!("../../samples/b-company.json").to_vec();
        let b_snap = csm_core::snapshot::load(&b).unwrap();
        let bad = b"{not json".to_vec();
        let d = dist("one");
        let exports = [
            GroupExport { label: "b-company.json", bytes: &b, snapshot: Some(&b_snap) },
            GroupExport { label: "a<&>.json", bytes: &a, snapshot: Some(&a_snap) },
            GroupExport { label: "broken.json", bytes: &bad, snapshot: None },
        ];
        let html = group_pack(&exports, &d);
        assert_eq!(html, group_pack(&exports, &d), "reproducible");
        let mut rest = html.as_str();
        for e in &exports {
            let sha = sha256_hex(e.bytes);
            let open = format!(
                "data-csm-encoding=\"deflate-base85\" data-csm-label=\"{}\" data-export-sha256=\"{sha}\">",
                escape_html(e.label)
            );
            let at = rest.find(&open).expect("the export's block, in order");
            rest = &rest[at..];
            assert_eq!(unpacked(block(rest, &open)), e.bytes);
            assert!(html.contains(&format!("<code class=\"csm-sha\">{sha}</code>")), "its SHA-256 is shown");
        }
        assert!(html.contains("data-csm-group=\"3\""));
        assert!(html.contains("a&lt;&amp;&gt;.json") && !html.contains("a<&>.json"));
        let script = block(&html, "<script type=\"module\">");
        assert!(html.contains(&format!("script-src {} 'wasm-unsafe-eval'", csp_hash(script))));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains(&format!("style-src {} {};", csp_hash(FIRST_RULES), csp_hash(&d.css))));
        assert_eq!(first_style(&html), FIRST_RULES);
        assert_eq!(unpacked(block(&html, "id=\"csm-css\" data-csm-encoding=\"deflate-base85\">")), d.css.as_bytes());
        assert_eq!(html.matches("<script").count(), exports.len() + 3);
    }

    #[test]
    fn file_names_follow_company_and_quarter() {
        let (_, mut snapshot) = sample();
        let latest = snapshot.quarters.last().unwrap().quarter.to_string();
        snapshot.organisation.name_en = Some("A Co., Ltd.".into());
        assert_eq!(board_pack_file_name(&snapshot), format!("board-A-Co.,-Ltd-{latest}.html"));
        snapshot.organisation.name_en = Some(" x/y:z ".into());
        assert_eq!(file_stem(&snapshot), format!("x-y-z-{latest}"));
        snapshot.organisation.name_en = None;
        snapshot.organisation.name = "株式会社 A社".into();
        assert_eq!(file_stem(&snapshot), format!("株式会社-A社-{latest}"));
    }
}

//! `csm bundle`: the one-file board pack, checked from the outside against a fake dashboard build
//! (small glue, wasm and CSS files in a temporary `dist`), so the checks are exact and fast.
//!
//! What must hold: the same input gives byte-identical output; the CSP meta tag's hashes are those of
//! the inline script, the one small `<style>` and the whole stylesheet carried in its data block
//! (recomputed here with an independent SHA-256, base64 and base-85); the glue cannot end its
//! `<script>` early; the export's exact bytes, the CSS and the wasm travel intact; an invalid export, a missing build or a glue that imports other files writes nothing and
//! leaves an existing board pack untouched.

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::fixtures::{fixtures_dir, minimal_path, read, workspace_dir};

// ---------- the binary (as in cli.rs: `$CSM_BIN`, else built once with this test's cargo profile) ----------

use crate::cli::csm_path;

fn bundle(export: &Path, out: &Path, dist: &Path) -> Output {
    Command::new(csm_path())
        .arg("bundle")
        .arg(export)
        .arg("-o")
        .arg(out)
        .arg("--dist")
        .arg(dist)
        .output()
        .expect("csm runs")
}

fn describe(o: &Output) -> String {
    format!("status {:?}\n--- stderr\n{}", o.status.code(), String::from_utf8_lossy(&o.stderr))
}

// ---------- a temporary directory per test ----------

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "csm-bundle-test-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// The names of the files in the directory, sorted.
    fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .expect("read temp dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---------- a fake `trunk build` output ----------

/// Glue with everything an inliner can get wrong: closing tags in any case, an HTML comment opener,
/// non-ASCII text, and the `__wbg_init` that marks wasm-bindgen glue.
const GLUE: &str = "let wasm;\nconst closing = '</script>';\nconst shouting = \"</SCRIPT >\";\nconst re = /<!--x-->/;\n// 日本語のコメント </Script\nasync function __wbg_init(module_or_path) { return module_or_path; }\nfunction initSync(module) { return module; }\nexport { initSync, __wbg_init as default };\n";
const WASM: &[u8] = &[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x3c, 0x2f, 0x00];
const CSS_A: &str = ".csm-dashboard .a { color: red; }";
const CSS_B: &str = ".csm-dashboard .b::after { content: \"</style>\"; }";
/// Links b.css before a.css: the bundle must keep the page's cascade order, not name order.
const INDEX: &str = "<!doctype html><html><head><link rel=\"stylesheet\" href=\"./b.css\" integrity=\"sha384-x\"/><link rel=\"stylesheet\" href=\"./a.css\"/><script type=\"module\" src=\"boot.js\"></script></head><body></body></html>";

fn fake_dist(root: &Path, glue: &str) -> PathBuf {
    let dist = root.join("dist");
    std::fs::create_dir_all(dist.join("examples")).expect("create dist");
    let files: [(&str, &[u8]); 7] = [
        ("csm-frontend.js", glue.as_bytes()),
        ("csm-frontend_bg.wasm", WASM),
        ("a.css", CSS_A.as_bytes()),
        ("b.css", CSS_B.as_bytes()),
        ("index.html", INDEX.as_bytes()),
        ("boot.js", b"import init from './csm-frontend.js'; await init();"),
        ("examples/portal.css", b"body { color: blue; }"),
    ];
    for (name, bytes) in files {
        std::fs::write(dist.join(name), bytes).expect("write fake dist file");
    }
    dist
}

// ---------- independent SHA-256 and base64 (FIPS 180-4, RFC 4648), not the CLI's crates ----------

fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in message.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            (hh, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_encode(data: &[u8]) -> String {
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(B64[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The opening tags of a board pack's export block, CSS block and wasm block (all compressed).
const DATA_OPEN: &str =
    "<script type=\"application/octet-stream\" data-csm-snapshot-base64 data-csm-encoding=\"deflate-base85\">";
const CSS_OPEN: &str = "<script type=\"application/octet-stream\" id=\"csm-css\" data-csm-encoding=\"deflate-base85\">";
const WASM_OPEN: &str =
    "<script type=\"application/octet-stream\" id=\"csm-wasm\" data-csm-encoding=\"deflate-base85\">";

/// The bytes of a compressed data block (`data-csm-encoding="deflate-base85"`: base-85 of a zlib stream).
fn unpack(text: &str) -> Vec<u8> {
    miniz_oxide::inflate::decompress_to_vec_zlib(&base85_decode(text)).expect("a zlib stream")
}

/// The data blocks' base-85 digits in value order (docs: `csm_pack::base85`), typed here independently.
const B85: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#%()*+,-.:;=?@[]^_{|}~";

/// Base-85 decoding as documented (5 digits → 4 bytes, big-endian; a final k + 1 digits → k bytes,
/// padded with the highest digit), independent of the CLI's crates. Panics on anything else.
pub(crate) fn base85_decode(text: &str) -> Vec<u8> {
    assert_ne!(text.len() % 5, 1, "a base-85 text is never 1 more than a multiple of 5");
    let mut out = Vec::with_capacity(text.len() / 5 * 4 + 3);
    for group in text.as_bytes().chunks(5) {
        let mut n: u64 = 0;
        for i in 0..5 {
            let digit = match group.get(i) {
                Some(&c) => B85.bytes().position(|x| x == c).unwrap_or_else(|| panic!("not base-85: {:?}", c as char)),
                None => 84,
            };
            n = n * 85 + digit as u64;
        }
        assert!(n < 1 << 32, "a base-85 group above 2^32 - 1");
        out.extend_from_slice(&(n as u32).to_be_bytes()[..group.len() - 1]);
    }
    out
}

fn base64_decode(text: &str) -> Vec<u8> {
    let sextets: Vec<u32> = text
        .bytes()
        .filter(|&c| c != b'=')
        .map(|c| B64.iter().position(|&x| x == c).unwrap_or_else(|| panic!("not base64: {:?}", c as char)) as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in sextets.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &s)| n | (s << (18 - 6 * i)));
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

#[test]
fn independent_digest_base64_and_base85_match_known_vectors() {
    assert_eq!(hex(&sha256(b"abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_eq!(hex(&sha256(b"")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    let long = vec![b'a'; 1000];
    assert_eq!(hex(&sha256(&long)), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
        assert_eq!(base64_encode(plain.as_bytes()), encoded);
        assert_eq!(base64_decode(encoded), plain.as_bytes());
    }
    // Ascii85 vectors (Adobe's alphabet: digit d is the character 33 + d), digit for digit in ours.
    let ours = |ascii85: &str| -> String {
        ascii85.bytes().map(|c| char::from(B85.as_bytes()[usize::from(c - 33)])).collect()
    };
    for (plain, ascii85) in [("Man ", "9jqo^"), ("Man is", "9jqo^Bla"), ("M", "9`"), ("sure.", "F*2M7/c")] {
        assert_eq!(base85_decode(&ours(ascii85)), plain.as_bytes(), "{plain}");
    }
    assert_eq!(base85_decode("|NsC0"), [0xff; 4]);
    assert_eq!(base85_decode(""), b"");
    for forbidden in ['<', '>', '&', '"', '\'', '\\', '`'] {
        assert!(!B85.contains(forbidden), "{forbidden:?}");
    }
}

// ---------- reading the bundle ----------

/// The text between the first `open` and the following `</tag>` after it.
fn element_text<'a>(html: &'a str, open: &str, tag: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open} in the bundle")) + open.len();
    let end = html[start..].find(&format!("</{tag}>")).unwrap_or_else(|| panic!("{open} is not closed")) + start;
    &html[start..end]
}

fn csp(html: &str) -> String {
    let open = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    let start = html.find(open).expect("a CSP meta tag") + open.len();
    html[start..].split('"').next().expect("closed attribute").to_owned()
}

fn directive(csp: &str, name: &str) -> Vec<String> {
    csp.split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix(name).filter(|rest| rest.starts_with(' ')))
        .unwrap_or_else(|| panic!("no {name} in {csp}"))
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

fn count_ci(haystack: &str, needle: &str) -> usize {
    haystack.to_ascii_lowercase().matches(needle).count()
}

/// Undoes the bundle's escaping of `</script` and `<!--` in inlined glue.
fn unescape_script(text: &str) -> String {
    text.replace("<\\/", "</").replace("<\\!--", "<!--")
}

#[test]
fn bundle_is_deterministic_hashed_and_carries_exact_bytes() {
    let tmp = TempDir::new("deterministic");
    let dist = fake_dist(tmp.path(), GLUE);
    let export = minimal_path();
    let (one, two) = (tmp.path().join("one.html"), tmp.path().join("two.html"));
    for out in [&one, &two] {
        let o = bundle(&export, out, &dist);
        assert!(o.status.success(), "{}", describe(&o));
    }
    let bytes = read(&one);
    assert_eq!(bytes, read(&two), "the same input must give a byte-identical bundle");
    assert_eq!(tmp.listing(), ["dist", "one.html", "two.html"], "a temporary file was left behind");
    let html = String::from_utf8(bytes).expect("the bundle is UTF-8");

    // Four script elements (export data, CSS data, wasm data, module), each closed exactly once:
    // nothing in the glue ends a script early, in any letter case.
    assert_eq!(count_ci(&html, "<script"), 4, "script elements");
    assert_eq!(count_ci(&html, "</script"), 4, "script end tags");
    assert_eq!(count_ci(&html, "<!--"), 0, "an HTML comment opener in the page");
    assert_eq!(count_ci(&html, "</style"), 1, "style end tags");

    // The module script is the glue (escaped) followed by the boot code.
    let module = element_text(&html, "<script type=\"module\">", "script");
    assert!(unescape_script(module).starts_with(GLUE), "the glue is not inlined verbatim (after unescaping)");
    assert!(module.contains("__wbg_init({ module_or_path: bytes })"), "the boot code does not start the wasm");

    // The CSP allows exactly the inline script, the small inline style and the whole stylesheet the
    // loader inserts (the CSS block's text, exactly), by hash, and no network.
    let policy = csp(&html);
    let style = element_text(&html, "<style>", "style");
    let css = unpack(element_text(&html, CSS_OPEN, "script"));
    assert_eq!(
        directive(&policy, "script-src"),
        [format!("'sha256-{}'", base64_encode(&sha256(module.as_bytes()))), "'wasm-unsafe-eval'".to_owned()]
    );
    assert_eq!(
        directive(&policy, "style-src"),
        [
            format!("'sha256-{}'", base64_encode(&sha256(style.as_bytes()))),
            format!("'sha256-{}'", base64_encode(&sha256(&css)))
        ]
    );
    assert_eq!(directive(&policy, "default-src"), ["'none'"]);
    assert!(!policy.contains("connect-src") && !policy.contains("http"), "the policy allows requests: {policy}");

    // The stylesheets in index.html's order (b before a), exactly (the block's text needs no escaping);
    // portal CSS left out. The <style> element holds only the few rules needed before the wasm starts.
    assert_eq!(String::from_utf8(css).expect("UTF-8 CSS"), format!("{CSS_B}\n{CSS_A}\n"));
    assert!(style.len() < 1024 && style.contains(".csm-bundle .csm-boot{"), "the first rules: {style}");
    assert!(!style.contains(CSS_A) && !html.contains("color: blue"), "CSS outside its block");

    // The export's exact bytes and their SHA-256; the wasm's exact bytes.
    let export_bytes = read(&export);
    let data = element_text(&html, DATA_OPEN, "script");
    assert_eq!(unpack(data), export_bytes);
    let wasm = element_text(&html, WASM_OPEN, "script");
    assert_eq!(unpack(wasm), WASM);
    assert!(html.contains(&format!("data-export-sha256=\"{}\"", hex(&sha256(&export_bytes)))));
    assert!(html.contains("data-csm-dashboard"), "no host element");
}

#[test]
fn another_export_changes_only_the_data_not_the_script() {
    let tmp = TempDir::new("other-export");
    let dist = fake_dist(tmp.path(), GLUE);
    let sample = workspace_dir().join("samples").join("a-company.json");
    if !sample.exists() {
        eprintln!("SKIPPED: {} is absent", sample.display());
        return;
    }
    let (minimal, a) = (tmp.path().join("minimal.html"), tmp.path().join("a.html"));
    for (export, out) in [(minimal_path(), &minimal), (sample.clone(), &a)] {
        let o = bundle(&export, out, &dist);
        assert!(o.status.success(), "{}", describe(&o));
    }
    let (minimal, a) = (String::from_utf8(read(&minimal)).expect("UTF-8"), String::from_utf8(read(&a)).expect("UTF-8"));
    assert_ne!(minimal, a);
    assert_eq!(directive(&csp(&minimal), "script-src"), directive(&csp(&a), "script-src"));
    let data = element_text(&a, DATA_OPEN, "script");
    assert_eq!(unpack(data), read(&sample));
    assert!(a.contains("<title>"), "no title");
    // The page's one <h1> is its title (visually hidden; the dashboard's header shows the company).
    let title = element_text(&a, "<title>", "title");
    assert_eq!(a.matches("<h1").count(), 1, "one <h1>");
    assert_eq!(element_text(&a, "<h1 class=\"csm-pack-title\">", "h1"), title);
    assert!(title.contains("株式会社エーコマース"), "the title names the company: {title}");
}

#[test]
fn an_invalid_export_writes_nothing_and_keeps_the_existing_board_pack() {
    let tmp = TempDir::new("invalid");
    let dist = fake_dist(tmp.path(), GLUE);
    let out = tmp.path().join("board-2026Q3.html");
    std::fs::write(&out, b"the board pack published last quarter").expect("write");
    for name in ["dangling-asset.json", "date-impossible.json"] {
        let o = bundle(&fixtures_dir().join("invalid").join(name), &out, &dist);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", describe(&o));
        assert!(String::from_utf8_lossy(&o.stderr).contains("no bundle written"), "{name}: {}", describe(&o));
        assert_eq!(read(&out), b"the board pack published last quarter", "{name} replaced the output");
        assert_eq!(tmp.listing(), ["board-2026Q3.html", "dist"], "{name} left a file behind");
    }
}

#[test]
fn a_missing_or_broken_build_writes_nothing() {
    let tmp = TempDir::new("no-dist");
    let out = tmp.path().join("board.html");
    let o = bundle(&minimal_path(), &out, &tmp.path().join("no-such-dist"));
    assert!(!o.status.success(), "{}", describe(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("trunk build"), "{}", describe(&o));

    // wasm-bindgen `snippets/` cannot be inlined: refused, not silently broken.
    let dist = fake_dist(tmp.path(), &format!("import {{ helper }} from './snippets/x/inline0.js';\n{GLUE}"));
    let o = bundle(&minimal_path(), &out, &dist);
    assert!(!o.status.success(), "{}", describe(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot be inlined"), "{}", describe(&o));

    // A wasm file that is not WebAssembly (a half-written build) is refused.
    let dist = fake_dist(tmp.path(), GLUE);
    std::fs::write(dist.join("csm-frontend_bg.wasm"), [0u8; 16]).expect("write");
    let o = bundle(&minimal_path(), &out, &dist);
    assert!(!o.status.success(), "{}", describe(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not WebAssembly"), "{}", describe(&o));
    assert_eq!(tmp.listing(), ["dist"], "something was written");
}

// ---------- `csm bundle --office`: the office edition carries the board-pack build byte for byte ----------

fn bundle_office(out: &Path, dist: &Path, office_dist: &Path) -> Output {
    Command::new(csm_path())
        .args(["bundle", "--office", "-o"])
        .arg(out)
        .arg("--dist")
        .arg(dist)
        .arg("--office-dist")
        .arg(office_dist)
        .output()
        .expect("csm runs")
}

#[test]
fn the_office_edition_carries_the_board_pack_build_and_its_own() {
    let tmp = TempDir::new("office");
    let dist = fake_dist(tmp.path(), GLUE);
    let office_dist = tmp.path().join("dist-office");
    std::fs::create_dir_all(&office_dist).expect("create dist-office");
    let office_wasm: &[u8] = &[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x0f, 0xf1, 0xce];
    std::fs::write(office_dist.join("csm-office.js"), "async function __wbg_init() {}\nexport default __wbg_init;\n")
        .expect("write office glue");
    std::fs::write(office_dist.join("csm-office_bg.wasm"), office_wasm).expect("write office wasm");
    std::fs::write(office_dist.join("office.css"), ".csm-office { margin: 0; }").expect("write office css");

    let (one, two) = (tmp.path().join("office.html"), tmp.path().join("office2.html"));
    for out in [&one, &two] {
        let o = bundle_office(out, &dist, &office_dist);
        assert!(o.status.success(), "{}", describe(&o));
    }
    let html = String::from_utf8(read(&one)).expect("UTF-8");
    assert_eq!(read(&one), read(&two), "the office edition is reproducible");
    let block = |id: &str| {
        unpack(element_text(
            &html,
            &format!("<script type=\"application/octet-stream\" id=\"{id}\" data-csm-encoding=\"deflate-base85\">"),
            "script",
        ))
    };
    assert_eq!(block("csm-pack-wasm"), WASM, "the board pack's wasm, byte for byte");
    assert_eq!(block("csm-pack-glue"), GLUE.as_bytes(), "the board pack's glue, byte for byte");
    assert_eq!(block("csm-wasm"), office_wasm, "the office edition's own wasm");
    let css = String::from_utf8(block("csm-pack-css")).expect("UTF-8 CSS");
    assert!(css.contains(CSS_A), "the board pack's CSS: {css}");
    // The office page's own stylesheet is a block too, allowed by its hash beside the small <style>'s.
    let own_css = block("csm-css");
    assert_eq!(own_css, b".csm-office { margin: 0; }\n");
    let style = element_text(&html, "<style>", "style");
    assert_eq!(
        directive(&csp(&html), "style-src"),
        [
            format!("'sha256-{}'", base64_encode(&sha256(style.as_bytes()))),
            format!("'sha256-{}'", base64_encode(&sha256(&own_css)))
        ]
    );
    assert!(html.contains("data-csm-office"));
    assert!(csp(&html).starts_with("default-src 'none'; script-src 'sha256-"), "{}", csp(&html));

    // The same build for both is a mistake (the office build was not made): nothing written.
    let out = tmp.path().join("wrong.html");
    let o = bundle_office(&out, &dist, &dist);
    assert!(!o.status.success(), "{}", describe(&o));
    assert!(!out.exists());
    // --office with an export is refused by the argument parser.
    let o = Command::new(csm_path()).args(["bundle", "--office", "x.json", "-o"]).arg(&out).output().expect("csm runs");
    assert!(!o.status.success());
}

// ---------- the group board pack: several exports, one file ----------

fn bundle_group(exports: &[PathBuf], out: &Path, dist: &Path) -> Output {
    Command::new(csm_path())
        .arg("bundle")
        .args(exports)
        .arg("-o")
        .arg(out)
        .arg("--dist")
        .arg(dist)
        .output()
        .expect("csm runs")
}

/// The opening tag of an export's data block in a group pack (label and digest as written).
fn group_block_open(label: &str, sha: &str) -> String {
    format!(
        "<script type=\"application/octet-stream\" data-csm-snapshot-base64 data-csm-encoding=\"deflate-base85\" data-csm-label=\"{label}\" data-export-sha256=\"{sha}\">"
    )
}

#[test]
fn a_group_pack_embeds_every_export_shows_its_digest_and_keeps_the_policy() {
    let tmp = TempDir::new("group");
    let dist = fake_dist(tmp.path(), GLUE);
    let samples = workspace_dir().join("samples");
    let (a, b) = (samples.join("a-company.json"), samples.join("b-company.json"));
    if !a.exists() || !b.exists() {
        eprintln!("SKIPPED: the samples are absent");
        return;
    }
    let broken = fixtures_dir().join("invalid").join("date-impossible.json");
    let exports = [b.clone(), a.clone(), minimal_path(), broken.clone()];
    let (one, two) = (tmp.path().join("group.html"), tmp.path().join("again.html"));
    for out in [&one, &two] {
        let o = bundle_group(&exports, out, &dist);
        assert!(o.status.success(), "{}", describe(&o));
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains("date-impossible.json") && stderr.contains("not readable"), "{}", describe(&o));
    }
    let bytes = read(&one);
    assert_eq!(bytes, read(&two), "the same inputs must give a byte-identical group pack");
    let html = String::from_utf8(bytes).expect("UTF-8");
    assert_eq!(html.matches("<h1").count(), 1, "one <h1>");
    assert_eq!(element_text(&html, "<h1 class=\"csm-pack-title\">", "h1"), element_text(&html, "<title>", "title"));

    // One data block per export, in the order given, each with the exact bytes and their SHA-256,
    // and every SHA-256 shown in the page's own text.
    let mut at = 0;
    for path in &exports {
        let data = read(path);
        let sha = hex(&sha256(&data));
        let label = path.file_name().and_then(|n| n.to_str()).expect("a file name");
        let open = group_block_open(label, &sha);
        let found = html[at..].find(&open).unwrap_or_else(|| panic!("no block for {label} after byte {at}")) + at;
        assert_eq!(unpack(element_text(&html[found..], &open, "script")), data, "{label}");
        assert!(html.contains(&format!("<code class=\"csm-sha\">{sha}</code>")), "{label}'s SHA-256 is not shown");
        at = found + open.len();
    }
    assert!(html.contains(&format!("data-csm-group=\"{}\"", exports.len())));
    assert_eq!(count_ci(&html, "<script"), exports.len() + 3, "script elements");
    assert_eq!(count_ci(&html, "</script"), exports.len() + 3, "script end tags");

    // The same strict policy: the inline script and style by hash, no network.
    let policy = csp(&html);
    let module = element_text(&html, "<script type=\"module\">", "script");
    let style = element_text(&html, "<style>", "style");
    assert_eq!(
        directive(&policy, "script-src"),
        [format!("'sha256-{}'", base64_encode(&sha256(module.as_bytes()))), "'wasm-unsafe-eval'".to_owned()]
    );
    let css = unpack(element_text(&html, CSS_OPEN, "script"));
    assert_eq!(
        directive(&policy, "style-src"),
        [
            format!("'sha256-{}'", base64_encode(&sha256(style.as_bytes()))),
            format!("'sha256-{}'", base64_encode(&sha256(&css)))
        ]
    );
    assert_eq!(String::from_utf8(css).expect("UTF-8 CSS"), format!("{CSS_B}\n{CSS_A}\n"));
    assert_eq!(directive(&policy, "default-src"), ["'none'"]);
    assert!(!html.contains("http://") && !html.contains("https://"));
    let wasm = element_text(&html, WASM_OPEN, "script");
    assert_eq!(unpack(wasm), WASM);

    // One export still writes exactly the single board pack.
    let single = tmp.path().join("single.html");
    let o = bundle_group(std::slice::from_ref(&a), &single, &dist);
    assert!(o.status.success(), "{}", describe(&o));
    let single = String::from_utf8(read(&single)).expect("UTF-8");
    assert!(!single.contains("data-csm-group") && !single.contains("data-csm-label"));
    assert!(single.contains(&format!("data-export-sha256=\"{}\"", hex(&sha256(&read(&a))))));
}

#[test]
fn a_group_of_unreadable_exports_writes_nothing() {
    let tmp = TempDir::new("group-invalid");
    let dist = fake_dist(tmp.path(), GLUE);
    let out = tmp.path().join("group.html");
    std::fs::write(&out, b"last quarter's group pack").expect("write");
    let invalid = fixtures_dir().join("invalid");
    let o = bundle_group(&[invalid.join("dangling-asset.json"), invalid.join("date-impossible.json")], &out, &dist);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no bundle written"), "{}", describe(&o));
    assert_eq!(read(&out), b"last quarter's group pack");
    assert_eq!(tmp.listing(), ["dist", "group.html"]);
}

//! `csm bundle SNAPSHOT.json -o board-2026Q3.html`: one self-contained HTML file — the dashboard's
//! WebAssembly, its JavaScript glue, its CSS and the export — that opens by double-click from a file
//! share (`file://`) with no network.
//!
//! Why this shape: from `file://`, browsers refuse `fetch`, XHR, ES-module imports and streaming
//! compilation of sibling files, but run inline scripts. So the glue is inlined as a module script that
//! instantiates the wasm from base64 bytes held in a non-executable data block, and the export travels
//! as base64 of its exact bytes (so the dashboard's SHA-256 matches `sha256sum` of the file). A CSP meta
//! tag allows exactly the inlined script and style by hash, WebAssembly compilation, and nothing else:
//! no request can leave the page. The output is a pure function of (export bytes, dist files): the
//! same input gives a byte-identical bundle. `docs/DELIVERY.md` is the user's guide.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha256};

use crate::terminal::safe;

/// The built dashboard: glue JS, wasm and CSS read from a `trunk build --release` output directory.
#[derive(Debug)]
pub struct Dist {
    /// wasm-bindgen glue (`--target web`, an ES module).
    pub glue_js: String,
    /// The optimised WebAssembly.
    pub wasm: Vec<u8>,
    /// The dashboard's stylesheet(s), concatenated in the order `index.html` links them.
    pub css: String,
}

impl Dist {
    /// Finds the glue, wasm and CSS in `dir` (names may carry Trunk's content hashes). The
    /// stylesheets are taken in the order `dir/index.html` links them (the cascade depends on it),
    /// else in name order.
    pub fn read(dir: &Path) -> anyhow::Result<Dist> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| {
                format!(
                    "cannot read the dashboard build in {} (run `trunk build --release` first, or pass --dist)",
                    dir.display()
                )
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        entries.sort();
        let with_ext = |ext: &'static str| entries.iter().filter(move |p| p.extension().is_some_and(|e| e == ext));
        let wasm_path = match with_ext("wasm").collect::<Vec<_>>().as_slice() {
            [one] => (*one).clone(),
            [] => bail!("no .wasm file in {}", dir.display()),
            many => bail!("several .wasm files in {}: {many:?}", dir.display()),
        };
        let mut glue = None;
        for js in with_ext("js") {
            let text = std::fs::read_to_string(js).with_context(|| format!("cannot read {}", js.display()))?;
            if text.contains("__wbg_init") {
                if glue.is_some() {
                    bail!("several wasm-bindgen glue files in {}", dir.display());
                }
                glue = Some((js.clone(), text));
            }
        }
        let (glue_path, glue_js) =
            glue.with_context(|| format!("no wasm-bindgen glue (.js with __wbg_init) in {}", dir.display()))?;
        // An inlined module cannot import its siblings (wasm-bindgen `snippets/` from `inline_js` or
        // `module = …` bindings): the bundle would break from file://, so refuse it here.
        if let Some(line) = glue_js.lines().find(|l| is_static_import(l)) {
            bail!(
                "{} imports other files ({}): it cannot be inlined into a one-file bundle",
                glue_path.display(),
                line.trim()
            );
        }
        let mut css = String::new();
        for p in stylesheets(dir, &entries) {
            css.push_str(&std::fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))?);
            css.push('\n');
        }
        let wasm = std::fs::read(&wasm_path).with_context(|| format!("cannot read {}", wasm_path.display()))?;
        if !wasm.starts_with(b"\0asm") {
            bail!("{} is not WebAssembly (a build in progress, or a damaged file): rebuild it", wasm_path.display());
        }
        Ok(Dist { glue_js, wasm, css })
    }
}

/// Whether a line of JavaScript is a static `import … from '…'` / `import '…'` statement.
fn is_static_import(line: &str) -> bool {
    let line = line.trim_start();
    line.strip_prefix("import").is_some_and(|rest| rest.starts_with([' ', '{', '*', '"', '\'']))
}

/// The CSS files of `dir`: those `index.html` links with `rel="stylesheet"` (in its order, when it
/// names files that exist), then any other `.css` file in name order.
fn stylesheets(dir: &Path, entries: &[PathBuf]) -> Vec<PathBuf> {
    let mut ordered: Vec<PathBuf> = Vec::new();
    if let Ok(index) = std::fs::read_to_string(dir.join("index.html")) {
        for tag in index.split("<link").skip(1) {
            let tag = tag.split('>').next().unwrap_or_default();
            if !tag.contains("rel=\"stylesheet\"") {
                continue;
            }
            let Some(href) = tag.split("href=\"").nth(1).and_then(|h| h.split('"').next()) else {
                continue;
            };
            let name = href.trim_start_matches("./");
            let path = dir.join(name);
            if !name.contains('/') && entries.contains(&path) && !ordered.contains(&path) {
                ordered.push(path);
            }
        }
    }
    for p in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "css")) {
        if !ordered.contains(p) {
            ordered.push(p.clone());
        }
    }
    ordered
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", B64.encode(Sha256::digest(text.as_bytes())))
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

/// Makes CSS safe inside `<style>…</style>` (no `</style`, in any case).
fn style_safe(css: &str) -> String {
    break_sequence(css, "</style", "<\\")
}

/// The module script appended to the glue: instantiates the wasm from the embedded base64 bytes
/// (asynchronously: no main-thread size limit, no fetch), which starts every dashboard on the page.
const BOOT: &str = r#"
// csm bundle: start the dashboard from the bytes embedded in this file (no fetch; works from file://).
try {
  const text = document.getElementById('csm-wasm').textContent.replace(/\s+/g, '');
  let bytes;
  if (typeof Uint8Array.fromBase64 === 'function') {
    bytes = Uint8Array.fromBase64(text);
  } else {
    const bin = atob(text);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  await __wbg_init({ module_or_path: bytes });
} catch (error) {
  console.error('csm: the dashboard could not start', error);
  for (const host of document.querySelectorAll('[data-csm-dashboard]:not([data-csm-mounted])')) {
    host.textContent = 'ダッシュボードを起動できませんでした。/ The dashboard could not start: ' + error;
  }
}
"#;

/// The whole bundle for an already-validated export.
pub fn render(export: &[u8], snapshot: &csm_core::snapshot::Snapshot, dist: &Dist) -> String {
    let lang = match snapshot.language {
        Some(csm_core::snapshot::Language::En) => "en",
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
    let boot = format!("{}\n{BOOT}", script_safe(&dist.glue_js));
    let css = style_safe(&dist.css);
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(&boot),
        csp_hash(&css)
    );
    let sha = sha256_hex(export);
    let loading = if lang == "en" {
        "Loading the board pack… <span lang=\"ja\">読み込んでいます…</span>"
    } else {
        "読み込んでいます… <span lang=\"en\">Loading the board pack…</span>"
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"csm bundle {version}\">\n<title>{title}</title>\n<style>{css}</style>\n</head>\n<body class=\"csm-bundle\">\n<div class=\"csm-host csm-dashboard\" data-csm-dashboard data-csm-routing=\"hash\" data-export-sha256=\"{sha}\">\n<p class=\"csm-boot\">{loading}</p>\n<noscript><p class=\"csm-boot\">このボードパックの表示には JavaScript（WebAssembly）が必要です。<span lang=\"en\">This board pack needs JavaScript (WebAssembly).</span></p></noscript>\n<script type=\"application/octet-stream\" data-csm-snapshot-base64>{data}</script>\n</div>\n<script type=\"application/octet-stream\" id=\"csm-wasm\">{wasm}</script>\n<script type=\"module\">{boot}</script>\n</body>\n</html>\n",
        version = env!("CARGO_PKG_VERSION"),
        title = escape_html(&title),
        data = B64.encode(export),
        wasm = B64.encode(&dist.wasm),
    )
}

/// Runs `csm bundle`.
pub fn run(snapshot_path: &Path, out: &Path, dist_dir: &Path) -> anyhow::Result<std::process::ExitCode> {
    let export = std::fs::read(snapshot_path).with_context(|| format!("cannot read {}", snapshot_path.display()))?;
    let snapshot = match csm_core::snapshot::load(&export) {
        Ok(s) => s,
        Err(problems) => {
            eprintln!(
                "{}: {} problem(s); no bundle written / バンドルは作成していません",
                snapshot_path.display(),
                problems.len()
            );
            for p in &problems {
                eprintln!("  {}: {} [{}]", snapshot_path.display(), safe(&p.located(true)), p.rule.code());
                eprintln!("  {}: {}", snapshot_path.display(), safe(&p.located(false)));
            }
            return Ok(std::process::ExitCode::from(1));
        }
    };
    let dist = Dist::read(dist_dir)?;
    let html = render(&export, &snapshot, &dist);
    // Write beside the target, then rename: a half-written board pack never replaces a good one.
    let mut tmp_name = out.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "board.html".into());
    tmp_name.push(".partial");
    let tmp = out.with_file_name(tmp_name);
    let written = std::fs::write(&tmp, html.as_bytes())
        .with_context(|| format!("cannot write {}", tmp.display()))
        .and_then(|()| {
            std::fs::rename(&tmp, out).with_context(|| format!("cannot move {} to {}", tmp.display(), out.display()))
        });
    if let Err(e) = written {
        // Best effort: the error above is what matters.
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    eprintln!(
        "wrote {} ({} bytes) — export sha256 {} as of {}",
        out.display(),
        html.len(),
        &sha256_hex(&export)[..12],
        snapshot.as_of
    );
    Ok(std::process::ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_breaks_closing_tags_in_any_case() {
        assert_eq!(script_safe("a</script>b<!--c"), "a<\\/script>b<\\!--c");
        assert_eq!(script_safe("x</SCRIPT >y</ScRiPt"), "x<\\/SCRIPT >y<\\/ScRiPt");
        assert_eq!(script_safe("</scrip and </style"), "</scrip and </style");
        assert_eq!(script_safe("日本</script>語"), "日本<\\/script>語");
    }

    #[test]
    fn style_safe_breaks_closing_tags() {
        assert_eq!(style_safe("a{}</STYLE>b"), "a{}<\\/STYLE>b");
    }

    #[test]
    fn static_imports_are_recognised() {
        assert!(is_static_import("import { x } from './snippets/a.js';"));
        assert!(is_static_import("  import * as m from 'm';"));
        assert!(is_static_import("import 'side-effect';"));
        assert!(!is_static_import("module_or_path = new URL('x', import.meta.url);"));
        assert!(!is_static_import("importScripts('a');"));
        assert!(!is_static_import("const m = await import('./a.js');"));
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
}

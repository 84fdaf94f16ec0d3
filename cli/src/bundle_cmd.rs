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
//! same input gives a byte-identical bundle.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha256};

/// The built dashboard: glue JS, wasm and CSS read from a `trunk build --release` output directory.
pub struct Dist {
    /// wasm-bindgen glue (`--target web`, an ES module).
    pub glue_js: String,
    /// The optimised WebAssembly.
    pub wasm: Vec<u8>,
    /// The dashboard's stylesheet(s), concatenated.
    pub css: String,
}

impl Dist {
    /// Finds the glue, wasm and CSS in `dir` (names may carry Trunk's content hashes).
    pub fn read(dir: &Path) -> anyhow::Result<Dist> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| {
                format!(
                    "cannot read the dashboard build in {} (run `trunk build --release` first, or pass --dist)",
                    dir.display()
                )
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
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
                glue = Some(text);
            }
        }
        let glue_js =
            glue.with_context(|| format!("no wasm-bindgen glue (.js with __wbg_init) in {}", dir.display()))?;
        let mut css = String::new();
        for p in with_ext("css") {
            css.push_str(&std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?);
            css.push('\n');
        }
        let wasm = std::fs::read(&wasm_path).with_context(|| format!("cannot read {}", wasm_path.display()))?;
        Ok(Dist { glue_js, wasm, css })
    }
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

/// Makes glue code safe to place inside `<script>…</script>`: no `</script` or `<!--` sequences.
fn script_safe(js: &str) -> String {
    js.replace("</script", "<\\/script").replace("<!--", "<\\!--")
}

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
    // The glue stays an ES module (its `export`s are harmless inline); boot instantiates it
    // synchronously from the embedded bytes, so nothing is fetched.
    let boot = format!(
        "{glue}\n;(() => {{\n  const b64 = document.getElementById('csm-wasm').textContent.trim();\n  const bin = atob(b64);\n  const bytes = new Uint8Array(bin.length);\n  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);\n  initSync({{ module: bytes }});\n}})();\n",
        glue = script_safe(&dist.glue_js)
    );
    let css = dist.css.replace("</style", "<\\/style");
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(&boot),
        csp_hash(&css)
    );
    let sha = sha256_hex(export);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"csm bundle {version}\">\n<title>{title}</title>\n<style>{css}</style>\n</head>\n<body class=\"csm-bundle\">\n<div class=\"csm-host\" data-csm-dashboard data-export-sha256=\"{sha}\">\n<script type=\"application/octet-stream\" data-csm-snapshot-base64>{data}</script>\n</div>\n<script type=\"application/octet-stream\" id=\"csm-wasm\">{wasm}</script>\n<script type=\"module\">{boot}</script>\n</body>\n</html>\n",
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
                eprintln!("  {}: {} [{}]", snapshot_path.display(), p.located(true), p.rule.code());
                eprintln!("  {}: {}", snapshot_path.display(), p.located(false));
            }
            return Ok(std::process::ExitCode::from(1));
        }
    };
    let dist = Dist::read(dist_dir)?;
    let html = render(&export, &snapshot, &dist);
    // Write beside the target, then rename: a half-written board pack never replaces a good one.
    let tmp = out.with_extension("html.partial");
    std::fs::write(&tmp, html.as_bytes()).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("cannot move {} to {}", tmp.display(), out.display()))?;
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
    fn script_safe_breaks_closing_tags() {
        assert_eq!(script_safe("a</script>b<!--c"), "a<\\/script>b<\\!--c");
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

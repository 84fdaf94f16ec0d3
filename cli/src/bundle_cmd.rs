//! `csm bundle SNAPSHOT.json -o board-2026Q3.html`: one self-contained HTML file — the dashboard's
//! WebAssembly, its JavaScript glue, its CSS and the export — that opens by double-click from a file
//! share (`file://`) with no network. `csm bundle --office -o office.html`: the CISO office's one-file
//! page, which builds the same board packs in the browser.
//!
//! The HTML itself is `csm_pack`'s (pure, shared with the office edition); this module reads the
//! builds and writes the file.
//!
//! Why this shape: from `file://`, browsers refuse `fetch`, XHR, ES-module imports and streaming
//! compilation of sibling files, but run inline scripts. So the glue is inlined as a module script that
//! instantiates the wasm from bytes held in a non-executable data block, and the export travels the
//! same way, its exact bytes (so the dashboard's SHA-256 matches `sha256sum` of the file), and so does
//! the stylesheet; each block is base-85 text of a zlib stream the browser inflates (`csm_pack::pack`).
//! A CSP meta tag allows exactly the inlined script and the two stylesheets (the page's small first
//! rules and the whole stylesheet its loader inserts) by hash, WebAssembly compilation, and nothing
//! else: no request can leave the page. The output is a pure function of (export bytes, dist files): the
//! same input gives a byte-identical bundle. `docs/DELIVERY.md` is the user's guide.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::terminal::safe;

pub use csm_pack::{Dist, sha256_hex};

/// Reads a built dashboard from disk (the file I/O `csm_pack` leaves to its callers): finds the
/// glue, wasm and CSS in `dir` (names may carry Trunk's content hashes). The stylesheets are taken
/// in the order `dir/index.html` links them (the cascade depends on it), else in name order.
pub fn read_dist(dir: &Path) -> anyhow::Result<Dist> {
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
    let dist = read_dist(dist_dir)?;
    let html = csm_pack::board_pack(&export, &snapshot, &dist);
    write_whole(out, &html)?;
    eprintln!(
        "wrote {} ({} bytes) — export sha256 {} as of {}",
        out.display(),
        html.len(),
        &sha256_hex(&export)[..12],
        snapshot.as_of
    );
    Ok(std::process::ExitCode::SUCCESS)
}

/// Runs `csm bundle parent.json sub1.json …`: one group board pack with every export embedded as its
/// own data block and its SHA-256 shown. An export with problems is embedded as it is and reported
/// here (the board sees that company as "file not readable" with the located problems; one bad file
/// does not block the others); when no export loads, nothing is written.
pub fn run_group(paths: &[PathBuf], out: &Path, dist_dir: &Path) -> anyhow::Result<std::process::ExitCode> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let label = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        files.push((label, bytes));
    }
    let loaded: Vec<Option<csm_core::snapshot::Snapshot>> = files
        .iter()
        .zip(paths)
        .map(|((_, bytes), path)| match csm_core::snapshot::load(bytes) {
            Ok(s) => Some(s),
            Err(problems) => {
                eprintln!(
                    "{}: {} problem(s); embedded as not readable — the board sees its problems / 読み込めないファイルとして収録します",
                    path.display(),
                    problems.len()
                );
                for p in &problems {
                    eprintln!("  {}: {} [{}]", path.display(), safe(&p.located(true)), p.rule.code());
                    eprintln!("  {}: {}", path.display(), safe(&p.located(false)));
                }
                None
            }
        })
        .collect();
    if loaded.iter().all(Option::is_none) {
        eprintln!("no export loaded; no bundle written / 読み込めるエクスポートがないため、バンドルは作成していません");
        return Ok(std::process::ExitCode::from(1));
    }
    let dist = read_dist(dist_dir)?;
    let exports: Vec<csm_pack::GroupExport<'_>> = files
        .iter()
        .zip(&loaded)
        .map(|((label, bytes), snapshot)| csm_pack::GroupExport { label, bytes, snapshot: snapshot.as_ref() })
        .collect();
    let html = csm_pack::group_pack(&exports, &dist);
    write_whole(out, &html)?;
    eprintln!("wrote {} ({} bytes) — group board pack of {} exports", out.display(), html.len(), exports.len());
    for (e, s) in exports.iter().zip(&loaded) {
        let as_of =
            s.as_ref().map_or_else(|| "not readable / 読み込めません".to_owned(), |s| format!("as of {}", s.as_of));
        eprintln!("  {} sha256 {} {as_of}", safe(e.label), &sha256_hex(e.bytes)[..12]);
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Runs `csm bundle --office`: the office edition, from its own build and the board-pack build.
pub fn run_office(out: &Path, dist_dir: &Path, office_dir: &Path) -> anyhow::Result<std::process::ExitCode> {
    let pack = read_dist(dist_dir)?;
    let office = read_dist(office_dir).with_context(|| {
        format!(
            "the office edition's build: run `trunk build --release office.html --dist {}` first, or pass --office-dist",
            office_dir.display()
        )
    })?;
    if office.wasm == pack.wasm {
        bail!(
            "{} and {} hold the same WebAssembly: --office-dist must be the office build (office.html), --dist the dashboard's",
            office_dir.display(),
            dist_dir.display()
        );
    }
    let html = csm_pack::office_edition(&office, &pack);
    write_whole(out, &html)?;
    eprintln!(
        "wrote {} ({} bytes) — office edition; board packs it saves are those of {} (wasm sha256 {})",
        out.display(),
        html.len(),
        dist_dir.display(),
        &sha256_hex(&pack.wasm)[..12]
    );
    Ok(std::process::ExitCode::SUCCESS)
}

/// Writes `html` beside the target, then renames it: a half-written file never replaces a good one.
fn write_whole(out: &Path, html: &str) -> anyhow::Result<()> {
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_imports_are_recognised() {
        assert!(is_static_import("import { x } from './snippets/a.js';"));
        assert!(is_static_import("  import * as m from 'm';"));
        assert!(is_static_import("import 'side-effect';"));
        assert!(!is_static_import("module_or_path = new URL('x', import.meta.url);"));
        assert!(!is_static_import("importScripts('a');"));
        assert!(!is_static_import("const m = await import('./a.js');"));
    }
}

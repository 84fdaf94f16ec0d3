//! `csm validate FILE…`: every problem of every file, located; exit status 1 if any. Plausibility
//! warnings of a valid file are listed too, and never change the exit status.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use csm_core::snapshot::{self, Snapshot};

use crate::terminal::{json_safe, safe};
use crate::{Format, Lang};

pub fn run(files: &[PathBuf], lang: Lang, format: Format) -> anyhow::Result<ExitCode> {
    let ja = lang == Lang::Ja;
    let mut failed = false;
    let mut json = Vec::new();
    for file in files {
        let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let name = safe(&file.display().to_string()).into_owned();
        if is_reference_file(&bytes) {
            failed |= !reference_file(&name, &bytes, ja, format, &mut json);
            continue;
        }
        match snapshot::load(&bytes) {
            Ok(s) => {
                let warnings = snapshot::warnings(&s);
                if format == Format::Text {
                    println!("{name}: {}", ok_line(&s, ja));
                    if !warnings.is_empty() {
                        let n = warnings.len();
                        println!(
                            "{name}: {}",
                            if ja {
                                format!("{n} 件の警告（読み込みは可）")
                            } else {
                                format!("{n} warning(s) (loads)")
                            }
                        );
                    }
                    for w in &warnings {
                        let label = if ja { "警告" } else { "warning" };
                        println!("  {name}: {label}: {} [{}]", w.located(ja), w.check.code());
                    }
                } else {
                    let list: Vec<_> = warnings
                        .iter()
                        .map(|w| serde_json::json!({"path": w.path, "check": w.check.code(), "en": w.en, "ja": w.ja}))
                        .collect();
                    json.push(serde_json::json!({
                        "file": name, "valid": true, "organisation": s.organisation.name,
                        "as_of": s.as_of.to_string(), "quarters": s.quarters.len(), "warnings": list,
                    }));
                }
                if files.len() == 1 {
                    // The process ends next: the system frees the snapshot faster than its destructors.
                    std::mem::forget(s);
                }
            }
            Err(problems) => {
                failed = true;
                if format == Format::Text {
                    let head = if ja {
                        format!("{} 件の問題", problems.len())
                    } else {
                        format!("{} problem(s)", problems.len())
                    };
                    println!("{name}: {head}");
                    for p in &problems {
                        println!("  {name}: {} [{}]", safe(&p.located(ja)), p.rule.code());
                    }
                } else {
                    let list: Vec<_> = problems
                        .iter()
                        .map(|p| serde_json::json!({"path": p.path, "rule": p.rule.code(), "en": p.en, "ja": p.ja}))
                        .collect();
                    json.push(serde_json::json!({"file": name, "valid": false, "problems": list}));
                }
            }
        }
    }
    if format == Format::Json {
        println!("{}", json_safe(&serde_json::to_string_pretty(&json)?));
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn ok_line(s: &Snapshot, ja: bool) -> String {
    let n = s.quarters.len();
    let first = s.quarters.first().map(|q| q.quarter.to_string()).unwrap_or_default();
    let last = s.quarters.last().map(|q| q.quarter.to_string()).unwrap_or_default();
    if ja {
        format!("OK — {}、{n} 四半期（{first}〜{last}）、基準日 {}", safe(&s.organisation.name), s.as_of)
    } else {
        let name = safe(s.organisation.name_en.as_deref().unwrap_or(&s.organisation.name));
        format!("OK — {name}, {n} quarter{} ({first} to {last}), as of {}", if n == 1 { "" } else { "s" }, s.as_of)
    }
}

/// Whether the file says it is a reference file (`"format": "csm-reference"`): small enough, and its
/// `format` field names it. Anything else is read as an export.
fn is_reference_file(bytes: &[u8]) -> bool {
    bytes.len() <= csm_core::reference::MAX_BYTES
        && serde_json::from_slice::<serde_json::Value>(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes))
            .is_ok_and(|v| v.get("format").and_then(serde_json::Value::as_str) == Some(csm_core::reference::FORMAT))
}

/// Validates a reference file (docs/FORMAT.md §2.2); `true` when it has no problem.
fn reference_file(name: &str, bytes: &[u8], ja: bool, format: Format, json: &mut Vec<serde_json::Value>) -> bool {
    match csm_core::reference::load(bytes) {
        Ok(f) => {
            if format == Format::Text {
                let n = f.profiles.len();
                let illustrative = f.profiles.iter().filter(|p| p.illustrative).count();
                if ja {
                    println!("{name}: OK — 参照ファイル、プロファイル {n} 件（うち例示 {illustrative} 件）");
                } else {
                    println!("{name}: OK — reference file, {n} profile(s) ({illustrative} illustrative)");
                }
            } else {
                json.push(serde_json::json!({"file": name, "valid": true, "format": csm_core::reference::FORMAT,
                    "profiles": f.profiles.len()}));
            }
            true
        }
        Err(problems) => {
            if format == Format::Text {
                let n = problems.len();
                println!("{name}: {}", if ja { format!("{n} 件の問題") } else { format!("{n} problem(s)") });
                for p in &problems {
                    println!("  {name}: {} [{}]", safe(&p.located(ja)), p.rule.code());
                }
            } else {
                let list: Vec<_> = problems
                    .iter()
                    .map(|p| serde_json::json!({"path": p.path, "rule": p.rule.code(), "en": p.en, "ja": p.ja}))
                    .collect();
                json.push(serde_json::json!({"file": name, "valid": false, "format": csm_core::reference::FORMAT,
                    "problems": list}));
            }
            false
        }
    }
}

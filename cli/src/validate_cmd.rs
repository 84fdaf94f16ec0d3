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

//! `csm template` and `csm import`: the CISO office's spreadsheet path (see docs/SPREADSHEET.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use csm_core::calendar::Quarter;
use csm_core::snapshot::{self, Snapshot};
use csm_sheets::{SheetProblems, csv_encoding, export, import_csv, import_xlsx, template, write_csv, write_xlsx};

use crate::Format;
use crate::terminal::{json_safe, safe};

/// `writeln!` into a `String` (which cannot fail).
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Prints to stdout; a closed pipe (`csm import … | head`) is not an error.
fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// `csm template -o FILE [--quarter Q] [--from SNAPSHOT] [--csv]`.
pub fn run_template(output: &Path, quarter: Option<&str>, from: Option<&Path>, csv: bool) -> anyhow::Result<ExitCode> {
    let mut out = String::new();
    let book = match from {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            match snapshot::load(&bytes) {
                Ok(s) => export(&s).context("cannot convert the snapshot")?,
                Err(problems) => {
                    outln!(out, "{}: {} 件の問題 / {} problem(s)", path.display(), problems.len(), problems.len());
                    for p in &problems {
                        outln!(out, "  {} [{}]", safe(&p.located(true)), p.rule.code());
                        outln!(out, "    {}", safe(&p.en));
                    }
                    outln!(out, "{} は書き出していません / nothing written", output.display());
                    emit(&out)?;
                    return Ok(ExitCode::from(1));
                }
            }
        }
        None => {
            let quarter = match quarter {
                Some(q) => Some(q.parse::<Quarter>().map_err(|e| anyhow::anyhow!("--quarter: {e}"))?),
                None => None,
            };
            template(quarter)
        }
    };
    if csv {
        std::fs::create_dir_all(output).with_context(|| format!("cannot create {}", output.display()))?;
        let files = write_csv(&book);
        for (name, bytes) in &files {
            write_atomically(&output.join(name), bytes)?;
        }
        outln!(out, "{}: {} CSV files / CSV ファイル {} 個", output.display(), files.len(), files.len());
    } else {
        let bytes = write_xlsx(&book).context("cannot write the workbook")?;
        write_atomically(output, &bytes)?;
        outln!(out, "{}: {} sheets / シート {} 枚", output.display(), book.tables.len() + 1, book.tables.len() + 1);
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `csm import WORKBOOK.xlsx|DIR/ -o SNAPSHOT.json [--format text|json]`.
pub fn run_import(input: &Path, output: &Path, format: Format) -> anyhow::Result<ExitCode> {
    let mut out = String::new();
    // For CSV input, the encoding each file was read in (files in neither encoding are problems).
    let mut encodings: Vec<(String, &'static str)> = Vec::new();
    let mut import_csv_files = |files: Vec<(String, Vec<u8>)>| {
        encodings =
            files.iter().filter_map(|(name, bytes)| csv_encoding(bytes).map(|e| (name.clone(), e.label()))).collect();
        import_csv(&files)
    };
    let result = if input.is_dir() {
        import_csv_files(csv_files(input)?)
    } else {
        let bytes = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
        if has_extension(input, "csv") {
            let name = input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            import_csv_files(vec![(name, bytes)])
        } else {
            import_xlsx(&bytes)
        }
    };
    let name = input.display().to_string();
    match result {
        Ok(snapshot) => {
            let mut json = serde_json::to_string_pretty(&snapshot)?;
            json.push('\n');
            write_atomically(output, json.as_bytes())?;
            if format == Format::Json {
                let mut report = serde_json::json!({"input": name, "valid": true, "output": output.display().to_string(),
                    "organisation": snapshot.organisation.name, "as_of": snapshot.as_of.to_string(),
                    "quarters": snapshot.quarters.len()});
                if !encodings.is_empty() {
                    report["encodings"] = encodings_json(&encodings);
                }
                outln!(out, "{}", json_safe(&serde_json::to_string_pretty(&report)?));
            } else {
                outln!(out, "{}: {}", safe(&name), ok_line(&snapshot, output));
                out.push_str(&encodings_text(&encodings));
            }
            emit(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            emit(&report_problems(&name, output, &problems, &encodings, format)?)?;
            Ok(ExitCode::from(1))
        }
    }
}

/// `{"リスク.csv": "Shift_JIS (CP932)", …}`.
fn encodings_json(encodings: &[(String, &str)]) -> serde_json::Value {
    encodings.iter().map(|(file, e)| (file.clone(), serde_json::Value::from(*e))).collect()
}

/// One line per CSV file: the encoding it was read in.
fn encodings_text(encodings: &[(String, &str)]) -> String {
    let mut out = String::new();
    if !encodings.is_empty() {
        outln!(out, "  文字コード / encoding:");
        for (file, e) in encodings {
            outln!(out, "    {}: {e}", safe(file));
        }
    }
    out
}

/// The problem report: located, Japanese then English, or JSON.
fn report_problems(
    name: &str,
    output: &Path,
    problems: &SheetProblems,
    encodings: &[(String, &str)],
    format: Format,
) -> anyhow::Result<String> {
    let mut out = String::new();
    if format == Format::Json {
        let list: Vec<_> = problems
            .iter()
            .map(|p| {
                let l = p.location.as_ref();
                serde_json::json!({
                    "cell": l.map(|l| l.reference()),
                    "sheet": l.map(|l| l.sheet.clone()),
                    "key": l.map(|l| l.key.clone()),
                    "row": l.and_then(|l| l.row),
                    "column": l.and_then(|l| l.column_letter()),
                    "header": l.and_then(|l| l.header.clone()),
                    "path": p.path,
                    "rule": p.rule.code(),
                    "ja": p.ja,
                    "en": p.en,
                })
            })
            .collect();
        let mut report = serde_json::json!({"input": name, "valid": false, "problems": list});
        if !encodings.is_empty() {
            report["encodings"] = encodings_json(encodings);
        }
        outln!(out, "{}", json_safe(&serde_json::to_string_pretty(&report)?));
        return Ok(out);
    }
    outln!(out, "{}: {} 件の問題 / {} problem(s)", safe(name), problems.len(), problems.len());
    for p in problems {
        let at = match (&p.location, &p.path) {
            (Some(l), Some(path)) => format!("{l} ← {path}"),
            (Some(l), None) => l.to_string(),
            (None, Some(path)) if !path.is_empty() => path.clone(),
            _ => "(workbook)".to_owned(),
        };
        outln!(out, "  {} [{}]", safe(&at), p.rule.code());
        outln!(out, "    {}", safe(&p.ja));
        outln!(out, "    {}", safe(&p.en));
    }
    out.push_str(&encodings_text(encodings));
    outln!(out, "{} は書き出していません / {} was not written", output.display(), output.display());
    Ok(out)
}

fn ok_line(s: &Snapshot, output: &Path) -> String {
    let n = s.quarters.len();
    let first = s.quarters.first().map(|q| q.quarter.to_string()).unwrap_or_default();
    let last = s.quarters.last().map(|q| q.quarter.to_string()).unwrap_or_default();
    let name = safe(&s.organisation.name);
    let name_en = safe(s.organisation.name_en.as_deref().unwrap_or(&s.organisation.name));
    format!(
        "OK — {}、{n} 四半期（{first}〜{last}）、基準日 {} → {}\n  OK — {name_en}, {n} quarters ({first} to {last}), as of {} → {}",
        name,
        s.as_of,
        output.display(),
        s.as_of,
        output.display()
    )
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The `*.csv` files of a directory, sorted, as `(file name, bytes)`.
fn csv_files(dir: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && has_extension(p, "csv"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        bail!("{} holds no .csv files (one per sheet, e.g. リスク.csv)", dir.display());
    }
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).with_context(|| format!("cannot read {}", p.display()))?;
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Ok((name, bytes))
        })
        .collect()
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: a reader never
/// sees a half-written file, and a failure leaves `path` as it was.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}", path.display())
    })
}

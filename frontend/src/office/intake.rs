//! What the office dropped, turned into an export or into located problems — pure (no browser), so
//! every rule here is unit-tested natively. The import itself is `csm_sheets`'s, the same code as
//! `csm import`; the export's bytes are what `csm import` writes, re-loaded as `csm bundle` loads them.

use std::rc::Rc;

use csm_core::snapshot::Snapshot;
use csm_sheets::{SheetProblems, csv_encoding, import_csv, import_xlsx};

/// The largest file the page reads (a filled workbook is well under 1 MB; a large export a few MB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// One file as read by the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Its name (no folder).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// One problem, located as `csm import` locates it, in Japanese and English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file it is about, when several were given or the file itself is the problem.
    pub file: Option<String>,
    /// Where in it: `リスク!F12 (risks, row 12, column F "…") ← $.quarters[0]…`, a JSON path, or nothing.
    pub at: Option<String>,
    /// The rule's code, when the loader's rules apply.
    pub rule: Option<String>,
    /// The message in Japanese.
    pub ja: String,
    /// The message in English.
    pub en: String,
}

impl Finding {
    fn file(name: &str, ja: String, en: String) -> Finding {
        Finding { file: Some(name.to_owned()), at: None, rule: None, ja, en }
    }
}

/// A valid export, ready to save or to bundle.
#[derive(Debug, Clone)]
pub struct Ready {
    /// What it came from (file names).
    pub source: String,
    /// The export's exact bytes (`csm import`'s output for a workbook or CSV files).
    pub export: Rc<[u8]>,
    /// What `csm_core::snapshot::load` made of them.
    pub snapshot: Rc<Snapshot>,
}

impl PartialEq for Ready {
    fn eq(&self, other: &Ready) -> bool {
        self.source == other.source && self.export == other.export
    }
}

/// The result of reading what was dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The files read, for the heading.
    pub source: String,
    /// For CSV files: the encoding each was read in (`Shift_JIS (CP932)`, `UTF-8`…).
    pub encodings: Vec<(String, &'static str)>,
    /// The export, or every problem found (never empty).
    pub result: Result<Ready, Vec<Finding>>,
}

/// What a file is, from its first bytes and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An Office Open XML workbook (a zip).
    Xlsx,
    /// An OLE compound file: an Excel 97–2003 `.xls`, or a password-protected `.xlsx`.
    Ole,
    /// A CSV file (one sheet).
    Csv,
    /// A JSON export.
    Json,
    /// Anything else.
    Other,
}

/// Classifies a file by its magic bytes, then its extension.
pub fn kind(name: &str, bytes: &[u8]) -> Kind {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Kind::Ole;
    }
    if bytes.starts_with(b"PK\x03\x04") || ext == "xlsx" || ext == "xlsm" {
        return Kind::Xlsx;
    }
    match ext.as_str() {
        "csv" | "txt" => Kind::Csv,
        "json" => Kind::Json,
        "xls" => Kind::Ole,
        _ => {
            let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            if text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') { Kind::Json } else { Kind::Other }
        }
    }
}

/// The problem for a file over [`MAX_FILE_BYTES`] (checked before reading it).
pub fn too_large(name: &str, bytes: u64) -> Finding {
    let mb = |n: u64| format!("{:.1} MB", n as f64 / (1024.0 * 1024.0));
    Finding::file(
        name,
        format!(
            "ファイルが大きすぎます（{}、上限 {}）。記入済みのワークブックは通常 1 MB 未満です。正しいファイルか確認してください。",
            mb(bytes),
            mb(MAX_FILE_BYTES)
        ),
        format!(
            "The file is too large ({}; the limit is {}). A filled workbook is usually under 1 MB: check that this is the right file.",
            mb(bytes),
            mb(MAX_FILE_BYTES)
        ),
    )
}

/// Reads what was dropped or picked: one workbook, one JSON export, or a folder's CSV files.
pub fn intake(files: Vec<Input>) -> Outcome {
    let source = files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ");
    let done = |encodings, result| Outcome { source: source.clone(), encodings, result };
    if files.is_empty() {
        return done(
            Vec::new(),
            Err(vec![Finding {
                file: None,
                at: None,
                rule: None,
                ja: "ファイルがありません。".into(),
                en: "No file was given.".into(),
            }]),
        );
    }
    let kinds: Vec<Kind> = files.iter().map(|f| kind(&f.name, &f.bytes)).collect();
    if let Some(findings) = refuse_unreadable(&files, &kinds) {
        return done(Vec::new(), Err(findings));
    }
    let csv_count = kinds.iter().filter(|k| **k == Kind::Csv).count();
    if csv_count == files.len() {
        let files: Vec<(String, Vec<u8>)> = files.into_iter().map(|f| (f.name, f.bytes)).collect();
        let encodings =
            files.iter().filter_map(|(name, bytes)| csv_encoding(bytes).map(|e| (name.clone(), e.label()))).collect();
        let result = import_csv(&files).map_err(|p| sheet_findings(None, &p)).and_then(|s| from_snapshot(&source, &s));
        return done(encodings, result);
    }
    if files.len() > 1 {
        return done(Vec::new(), Err(several(&files, &kinds, csv_count)));
    }
    let file = &files[0];
    let result = match kinds[0] {
        Kind::Json => csm_core::snapshot::load(&file.bytes)
            .map(|s| Ready { source: source.clone(), export: file.bytes.clone().into(), snapshot: Rc::new(s) })
            .map_err(|problems| {
                problems
                    .iter()
                    .map(|p| Finding {
                        file: Some(file.name.clone()),
                        at: (!p.path.is_empty()).then(|| p.path.clone()),
                        rule: Some(p.rule.code().to_owned()),
                        ja: p.ja.clone(),
                        en: p.en.clone(),
                    })
                    .collect()
            }),
        _ => import_xlsx(&file.bytes)
            .map_err(|p| sheet_findings(Some(&file.name), &p))
            .and_then(|s| from_snapshot(&source, &s)),
    };
    done(Vec::new(), result)
}

/// `.xls`, password-protected workbooks and unknown files: refused before any import.
fn refuse_unreadable(files: &[Input], kinds: &[Kind]) -> Option<Vec<Finding>> {
    let findings: Vec<Finding> = files
        .iter()
        .zip(kinds)
        .filter_map(|(f, k)| match k {
            Kind::Ole if f.name.to_ascii_lowercase().ends_with(".xls") => Some(Finding::file(
                &f.name,
                "Excel 97-2003 形式（.xls）は読めません。Excel で「名前を付けて保存」→「Excel ブック (*.xlsx)」で保存し直してください。".into(),
                "Excel 97-2003 workbooks (.xls) cannot be read. In Excel, choose Save As → Excel Workbook (*.xlsx).".into(),
            )),
            Kind::Ole => Some(Finding::file(
                &f.name,
                "パスワードで保護（暗号化）されたワークブックは読めません。Excel で「ファイル」→「情報」→「ブックの保護」からパスワードを外して保存し直してください。".into(),
                "The workbook is password-protected (encrypted) and cannot be read. In Excel, remove the password (File → Info → Protect Workbook) and save it again.".into(),
            )),
            Kind::Other => Some(Finding::file(
                &f.name,
                "このファイルの種類は読めません。記入済みのワークブック（.xlsx）、シートごとの CSV ファイル、またはエクスポート（.json）を選んでください。".into(),
                "This kind of file cannot be read. Choose a filled workbook (.xlsx), the CSV files of its sheets, or an export (.json).".into(),
            )),
            _ => None,
        })
        .collect();
    (!findings.is_empty()).then_some(findings)
}

/// Several workbooks or exports at once (or CSV files mixed with them): one export at a time.
fn several(files: &[Input], kinds: &[Kind], csv_count: usize) -> Vec<Finding> {
    let names = files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ");
    if csv_count > 0 {
        return vec![Finding {
            file: None,
            at: None,
            rule: None,
            ja: format!(
                "CSV ファイルと他のファイルが混在しています（{names}）。1 つのフォルダーの CSV ファイルだけ、またはワークブック 1 つを選んでください。"
            ),
            en: format!(
                "CSV files are mixed with other files ({names}). Choose only one folder's CSV files, or one workbook."
            ),
        }];
    }
    // Name the company when the files are the same company's (two versions of one quarter's book).
    let orgs: Vec<Option<String>> = files
        .iter()
        .zip(kinds)
        .map(|(f, k)| match k {
            Kind::Json => csm_core::snapshot::load(&f.bytes).ok(),
            _ => import_xlsx(&f.bytes).ok(),
        })
        .map(|s| s.map(|s| s.organisation.name))
        .collect();
    let same = match orgs.first() {
        Some(Some(first)) if orgs.iter().all(|o| o.as_ref() == Some(first)) => Some(first.clone()),
        _ => None,
    };
    let (ja, en) = match same {
        Some(org) => (
            format!(
                "{} つのファイル（{names}）が同じ会社（{org}）のものです。どれを使うか決めて、1 つだけ選んでください。",
                files.len()
            ),
            format!(
                "{} files ({names}) are for the same company ({org}). Decide which one is current and choose only that one.",
                files.len()
            ),
        ),
        None => (
            format!(
                "{} つのワークブックまたはエクスポート（{names}）が選ばれました。1 社分を 1 つずつ読み込んでください。",
                files.len()
            ),
            format!("{} workbooks or exports were chosen ({names}). Read one company's file at a time.", files.len()),
        ),
    };
    vec![Finding { file: None, at: None, rule: None, ja, en }]
}

/// A workbook's problems, located as `csm import` prints them.
fn sheet_findings(file: Option<&str>, problems: &SheetProblems) -> Vec<Finding> {
    problems
        .iter()
        .map(|p| Finding {
            file: file.map(str::to_owned),
            at: match (&p.location, &p.path) {
                (Some(l), Some(path)) => Some(format!("{l} ← {path}")),
                (Some(l), None) => Some(l.to_string()),
                (None, Some(path)) if !path.is_empty() => Some(path.clone()),
                _ => None,
            },
            rule: Some(p.rule.code().to_owned()),
            ja: p.ja.clone(),
            en: p.en.clone(),
        })
        .collect()
}

/// The export `csm import` writes for `snapshot` (pretty JSON and a newline), loaded back as
/// `csm bundle` loads it.
fn from_snapshot(source: &str, snapshot: &Snapshot) -> Result<Ready, Vec<Finding>> {
    let internal = |detail: String| {
        vec![Finding {
            file: None,
            at: None,
            rule: None,
            ja: format!("エクスポートを作成できませんでした: {detail}"),
            en: format!("The export could not be written: {detail}"),
        }]
    };
    let mut json = serde_json::to_string_pretty(snapshot).map_err(|e| internal(e.to_string()))?;
    json.push('\n');
    let loaded = csm_core::snapshot::load(json.as_bytes())
        .map_err(|p| internal(p.iter().map(|p| p.located(false)).collect::<Vec<_>>().join("; ")))?;
    Ok(Ready { source: source.to_owned(), export: json.into_bytes().into(), snapshot: Rc::new(loaded) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, bytes: Vec<u8>) -> Input {
        Input { name: name.into(), bytes }
    }

    fn sample() -> Vec<u8> {
        include_bytes!("../../../samples/a-company.json").to_vec()
    }

    fn workbook() -> Vec<u8> {
        let snapshot = csm_core::snapshot::load(&sample()).unwrap();
        csm_sheets::write_xlsx(&csm_sheets::export(&snapshot).unwrap()).unwrap()
    }

    #[test]
    fn a_json_export_is_taken_byte_for_byte() {
        let out = intake(vec![input("a.json", sample())]);
        let ready = out.result.unwrap();
        assert_eq!(&*ready.export, sample().as_slice());
    }

    #[test]
    fn a_workbook_gives_what_csm_import_writes() {
        let out = intake(vec![input("a.xlsx", workbook())]);
        let ready = out.result.unwrap();
        let expected = format!("{}\n", serde_json::to_string_pretty(&*ready.snapshot).unwrap());
        assert_eq!(&*ready.export, expected.as_bytes());
    }

    #[test]
    fn csv_files_are_imported_with_their_encoding() {
        let snapshot = csm_core::snapshot::load(&sample()).unwrap();
        let files: Vec<Input> = csm_sheets::write_csv(&csm_sheets::export(&snapshot).unwrap())
            .into_iter()
            .map(|(name, bytes)| {
                let text = std::str::from_utf8(&bytes).unwrap().trim_start_matches('\u{feff}');
                let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(text);
                input(&name, sjis.into_owned())
            })
            .collect();
        let out = intake(files);
        assert!(out.result.is_ok(), "{:?}", out.result.err());
        assert!(out.encodings.iter().all(|(_, e)| e.contains("Shift_JIS")), "{:?}", out.encodings);
    }

    #[test]
    fn bad_files_are_named_in_both_languages() {
        let ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        for (name, bytes, word) in [
            ("old.xls", ole.clone(), ".xls"),
            ("locked.xlsx", ole, "password"),
            ("photo.png", b"\x89PNG".to_vec(), "cannot be read"),
        ] {
            let findings = intake(vec![input(name, bytes)]).result.unwrap_err();
            assert_eq!(findings.len(), 1);
            assert_eq!(findings[0].file.as_deref(), Some(name));
            assert!(findings[0].en.contains(word), "{name}: {}", findings[0].en);
            assert!(!findings[0].ja.is_empty());
        }
        let corrupt = intake(vec![input("broken.xlsx", b"PK\x03\x04garbage".to_vec())]).result.unwrap_err();
        assert!(!corrupt.is_empty());
        assert!(too_large("big.xlsx", 60 * 1024 * 1024).en.contains("60.0 MB"));
    }

    #[test]
    fn two_files_for_one_company_are_refused() {
        let findings = intake(vec![input("a.xlsx", workbook()), input("a.json", sample())]).result.unwrap_err();
        assert_eq!(findings.len(), 1);
        assert!(findings[0].en.contains("same company"), "{}", findings[0].en);
    }

    #[test]
    fn a_broken_cell_is_located() {
        let snapshot = csm_core::snapshot::load(&sample()).unwrap();
        let mut book = csm_sheets::export(&snapshot).unwrap();
        let risks = book.table_mut("リスク").unwrap();
        risks.set_by_header(0, "四半期", csm_sheets::Cell::text("2026Q5"));
        let bytes = csm_sheets::write_xlsx(&book).unwrap();
        let findings = intake(vec![input("a.xlsx", bytes)]).result.unwrap_err();
        assert!(findings.iter().any(|f| f.at.as_deref().is_some_and(|a| a.starts_with("リスク!A2"))), "{findings:?}");
    }
}

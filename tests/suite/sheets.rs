//! The spreadsheet path (`csm-sheets`, `csm template`, `csm import`): template → fill → import.
//!
//! - The template has every sheet, Japanese headers with English notes, drop-downs for every
//!   enumeration and the 32 check items.
//! - A snapshot written into the workbook (the export direction, which is how these tests "fill" it)
//!   and imported back is the same snapshot: the samples (`samples/a-company.json`, and B社's
//!   group of companies through `.xlsx`) and the minimal fixture, through `.xlsx` and through CSV (with and without a byte-order mark).
//!   One caveat, by design: contract clauses are one yes/no column each, so they come back in the
//!   format's order (`ContractClause`'s order), whatever order the source listed them in; the sample
//!   is compared with its clause lists put in that order.
//! - Bad cells are reported at their sheet, row and column with a Japanese and an English message;
//!   the core validator's problems are mapped back from their JSON path to the cell.
//! - `tests/fixtures/sheets/minimal/` is the minimal fixture as CSV files, committed. Regenerate it with
//!   `UPDATE_SHEETS=1 cargo test -p csm-tests --test suite sheets::` (and review the diff); the same
//!   variable regenerates the column reference in `docs/SPREADSHEET.md`.

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use csm_core::snapshot::{Rule, Snapshot, load};
use csm_sheets::layout::{self, ALL_CHOICES, CLAUSES, Kind, SHEETS, Shape};
use csm_sheets::{
    Book, Cell, SheetProblem, export, import, import_csv, import_xlsx, read_csv, read_xlsx, template, write_csv,
    write_xlsx,
};
use serde_json::Value;

use crate::fixtures::{fixtures_dir, minimal_bytes, minimal_path, read, workspace_dir};

fn minimal() -> Snapshot {
    load(&minimal_bytes()).expect("minimal.json loads")
}

/// The A社 sample, or `None` (after printing `SKIPPED`) while it is being written.
fn a_company() -> Option<Snapshot> {
    sample("a-company.json")
}

/// `samples/<name>`, or `None` (after printing `SKIPPED`) while it is being written.
fn sample(name: &str) -> Option<Snapshot> {
    let path = workspace_dir().join("samples").join(name);
    if !path.exists() {
        assert!(std::env::var_os("CSM_REQUIRE_SAMPLES").is_none(), "{} is missing", path.display());
        eprintln!("SKIPPED: {} does not exist yet", path.display());
        return None;
    }
    Some(load(&read(&path)).unwrap_or_else(|p| panic!("{} does not load:\n{p}", path.display())))
}

/// Contract clauses in the format's order (what a yes/no column per clause gives back).
fn canonical_clauses(mut s: Snapshot) -> Snapshot {
    for q in &mut s.quarters {
        for p in &mut q.partners {
            p.clauses.sort();
        }
    }
    s
}

fn through_xlsx(s: &Snapshot) -> Result<Snapshot, csm_sheets::SheetProblems> {
    let bytes = write_xlsx(&export(s).expect("export")).expect("the workbook is written");
    import_xlsx(&bytes)
}

fn show(problems: &csm_sheets::SheetProblems) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

/// A readable diff hint for two snapshots that differ.
fn first_difference(a: &Snapshot, b: &Snapshot) -> String {
    let a = serde_json::to_string_pretty(a).expect("json");
    let b = serde_json::to_string_pretty(b).expect("json");
    match a.lines().zip(b.lines()).enumerate().find(|(_, (x, y))| x != y) {
        Some((i, (x, y))) => format!("line {}: expected {x:?}, got {y:?}", i + 1),
        None => format!("lengths differ: {} vs {} lines", a.lines().count(), b.lines().count()),
    }
}

// ---------------------------------------------------------------------------------------------
// The template

#[test]
fn template_has_every_sheet_with_japanese_headers_and_the_check_items() {
    let book = template(Some("2026Q3".parse().expect("quarter")));
    let bytes = write_xlsx(&book).expect("the template is written");
    let back = read_xlsx(&bytes).expect("the template reads back");
    let names: Vec<&str> = back.tables.iter().map(|t| t.name.as_str()).collect();
    let mut want = vec![layout::INSTRUCTIONS];
    want.extend(SHEETS.iter().map(|s| s.name));
    assert_eq!(names, want);
    for def in SHEETS {
        let t = back.table(def.name).expect("sheet");
        let header: Vec<Cell> = def.columns.iter().map(|c| Cell::text(c.ja)).collect();
        assert_eq!(t.rows[0], header, "{}", def.name);
    }
    let checks = back.table("チェックシート").expect("check sheet");
    let items = csm_core::catalog::check_items();
    assert_eq!(checks.rows.len(), 1 + items.len());
    for (i, item) in items.iter().enumerate() {
        assert_eq!(checks.cell(i + 1, 0), &Cell::text("2026Q3"));
        assert_eq!(checks.cell(i + 1, 1), &Cell::text(item.id));
        assert_eq!(checks.cell(i + 1, 2), &Cell::text(item.title_ja));
    }
    // The instructions sheet speaks both languages.
    let how: Vec<String> = back.tables[0].rows.iter().flatten().filter_map(text).collect();
    assert!(how.iter().any(|t| t.contains("csm import")), "{how:?}");
    assert!(how.iter().any(|t| t.contains("四半期")) && how.iter().any(|t| t.contains("quarter")));
}

fn text(c: &Cell) -> Option<String> {
    if let Cell::Text(t) = c { Some(t.clone()) } else { None }
}

/// The parts of an .xlsx file (a zip of XML files).
fn xlsx_parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an xlsx is a zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("zip entry");
            let mut s = String::new();
            f.read_to_string(&mut s).expect("XML is UTF-8");
            (f.name().expect("entry name").to_string(), s)
        })
        .collect()
}

#[test]
fn template_has_drop_downs_for_every_enumeration_and_english_header_notes() {
    let bytes = write_xlsx(&template(None)).expect("template");
    let parts = xlsx_parts(&bytes);
    let part = |name: &str| {
        parts.iter().find(|(n, _)| n == name).map(|(_, s)| s.as_str()).unwrap_or_else(|| panic!("no {name}"))
    };
    let comments: String = parts.iter().filter(|(n, _)| n.contains("comments")).map(|(_, s)| s.as_str()).collect();
    let mut lists = 0;
    for (i, def) in SHEETS.iter().enumerate() {
        // Sheet 1 is the instructions; the data sheets follow in layout order.
        let xml = part(&format!("xl/worksheets/sheet{}.xml", i + 2));
        for (k, c) in def.columns.iter().enumerate() {
            assert!(comments.contains(c.en), "{}: no note with the English name {:?}", def.name, c.en);
            let letter = layout::column_letter(k);
            let expected = match c.kind {
                Kind::Choice(choices) => Some(choices.labels().collect::<Vec<_>>().join(",")),
                Kind::Bool | Kind::Clause(_) => Some("はい,いいえ".to_owned()),
                Kind::CheckItem => Some("(1)-1,(1)-2".to_owned()),
                Kind::Level => Some("$A$2:$A$7".to_owned()),
                _ => None,
            };
            let Some(expected) = expected else { continue };
            let found = xml.split("<dataValidation ").skip(1).any(|v| {
                v.contains("type=\"list\"")
                    && v.contains(&format!("sqref=\"{letter}2:{letter}2001\""))
                    && v.contains(&expected)
            });
            assert!(found, "{} column {letter} ({}): no drop-down with {expected}", def.name, c.ja);
            lists += 1;
        }
    }
    assert!(lists >= 40, "only {lists} drop-downs");
    assert!(part("xl/worksheets/sheet17.xml").contains("低減,保有,回避,移転"), "the risk sheet's treatment list");
}

#[test]
fn drop_downs_cover_every_enumeration_of_the_format() {
    let schema = serde_json::to_value(schemars::schema_for!(Snapshot)).expect("schema");
    let defs = schema["$defs"].as_object().expect("$defs");
    let mut enums = 0;
    for (name, def) in defs {
        let Some(variants) = def["oneOf"].as_array().or_else(|| def["enum"].as_array()) else { continue };
        let wires: Vec<&str> = variants.iter().filter_map(|v| v["const"].as_str().or_else(|| v.as_str())).collect();
        if wires.is_empty() {
            continue;
        }
        enums += 1;
        let ours: Vec<&str> = if name == "ContractClause" {
            CLAUSES.iter().map(|(w, _, _)| *w).collect()
        } else {
            let c = ALL_CHOICES
                .iter()
                .find(|c| c.name == name)
                .unwrap_or_else(|| panic!("enumeration {name} has no drop-down in csm_sheets::layout"));
            (c.values)().iter().map(|(w, _, _)| *w).collect()
        };
        assert_eq!(ours, wires, "{name}: the drop-down's values differ from the format's");
    }
    assert_eq!(enums, ALL_CHOICES.len() + 1, "every drop-down is an enumeration of the format");
}

/// Every leaf field of the format (from the JSON Schema) has a column, so nothing is lost on import.
#[test]
fn every_field_of_the_format_has_a_column() {
    let schema = serde_json::to_value(schemars::schema_for!(Snapshot)).expect("schema");
    let mut leaves = BTreeSet::new();
    walk(&schema, &schema, "", &mut leaves);
    let mut covered: BTreeSet<String> =
        ["format", "version", "risk_matrix.tolerance", "risk_matrix.grid", "quarters[].quarter"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    for def in SHEETS {
        let base = match def.shape {
            Shape::Organisation => String::new(),
            Shape::GroupCompanies => "organisation.group_companies[].".into(),
            Shape::Scales => {
                for axis in ["likelihood", "impact"] {
                    for c in def.columns.iter().filter(|c| c.is_field()) {
                        covered.insert(format!("risk_matrix.{axis}[].{}", c.key));
                    }
                }
                continue;
            }
            Shape::Levels => "risk_matrix.levels[].".into(),
            Shape::ToleranceChanges => "risk_matrix.tolerance_changes[].".into(),
            Shape::Grid => continue,
            Shape::QuarterRow { section, .. } => format!("quarters[].{section}."),
            Shape::QuarterList { section } => format!("quarters[].{section}[]."),
            Shape::QuarterOptionalRow { section } => format!("quarters[].{section}."),
            Shape::ReferenceProfiles => "reference_profiles[].".into(),
            Shape::ReferenceMaturities => {
                for key in ["items[].item", "items[].maturity", "check_items[].id", "check_items[].maturity"] {
                    covered.insert(format!("reference_profiles[].{key}"));
                }
                continue;
            }
        };
        for c in def.columns {
            match c.kind {
                Kind::Clause(_) => {
                    covered.insert(format!("{base}clauses"));
                }
                _ if c.is_field() => {
                    covered.insert(format!("{base}{}", c.key));
                }
                _ => {}
            }
        }
    }
    let missing: Vec<_> = leaves.difference(&covered).collect();
    assert!(missing.is_empty(), "fields of the format without a column: {missing:?}");
    let extra: Vec<_> = covered.difference(&leaves).collect();
    assert!(extra.is_empty(), "columns naming no field of the format: {extra:?}");
}

fn resolve<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap_or_default();
        return resolve(root, &root["$defs"][name]);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = s[key].as_array() {
            let objects: Vec<&Value> =
                options.iter().map(|o| resolve(root, o)).filter(|o| o.get("properties").is_some()).collect();
            if objects.len() == 1 {
                return objects[0];
            }
        }
    }
    s
}

fn walk(root: &Value, s: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    let s = resolve(root, s);
    let Some(props) = s["properties"].as_object() else { return };
    for (key, p) in props {
        let path = format!("{prefix}{key}");
        let p = resolve(root, p);
        if p.get("properties").is_some() {
            walk(root, p, &format!("{path}."), out);
        } else if p["type"] == "array" && resolve(root, &p["items"]).get("properties").is_some() {
            walk(root, &p["items"], &format!("{path}[]."), out);
        } else {
            out.insert(path);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Round trips

#[test]
fn minimal_fixture_round_trips_through_xlsx_exactly() {
    let s = minimal();
    let back = through_xlsx(&s).unwrap_or_else(|p| panic!("import failed:\n{}", show(&p)));
    assert!(back == s, "{}", first_difference(&s, &back));
}

#[test]
fn samples_round_trip_through_xlsx() {
    for name in ["a-company.json", "b-company.json"] {
        let Some(s) = sample(name) else { continue };
        let back = through_xlsx(&s).unwrap_or_else(|p| panic!("{name}: import failed:\n{}", show(&p)));
        let want = canonical_clauses(s);
        assert!(back == want, "{name}: {}", first_difference(&want, &back));
    }
}

#[test]
fn a_company_sample_round_trips_through_csv_with_and_without_bom() {
    let s = a_company().unwrap_or_else(minimal);
    let want = canonical_clauses(s.clone());
    let files = write_csv(&export(&s).expect("export"));
    assert_eq!(files.len(), SHEETS.len());
    assert!(files.iter().all(|(_, b)| b.starts_with(&[0xEF, 0xBB, 0xBF])));
    let back = import_csv(&files).unwrap_or_else(|p| panic!("import failed:\n{}", show(&p)));
    assert!(back == want, "{}", first_difference(&want, &back));
    let no_bom: Vec<(String, Vec<u8>)> = files.iter().map(|(n, b)| (n.clone(), b[3..].to_vec())).collect();
    let back = import_csv(&no_bom).unwrap_or_else(|p| panic!("import failed:\n{}", show(&p)));
    assert!(back == want, "{}", first_difference(&want, &back));
    // English keys name the files too.
    let by_key: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, b)| {
            let stem = n.trim_end_matches(".csv");
            (format!("{}.csv", layout::sheet(stem).expect("a sheet").key), b.clone())
        })
        .collect();
    assert!(import_csv(&by_key).is_ok_and(|b| b == want));
}

fn csv_fixture_dir() -> PathBuf {
    fixtures_dir().join("sheets").join("minimal")
}

fn update() -> bool {
    std::env::var_os("UPDATE_SHEETS").is_some_and(|v| v == "1")
}

/// The committed CSV files are what the export writes for `valid/minimal.json`, and import to it.
#[test]
fn committed_csv_fixture_matches_the_export_and_imports() {
    let dir = csv_fixture_dir();
    let files = write_csv(&export(&minimal()).expect("export"));
    if update() {
        std::fs::create_dir_all(&dir).expect("create the fixture directory");
        for (name, bytes) in &files {
            std::fs::write(dir.join(name), bytes).expect("write a fixture");
        }
        eprintln!("UPDATED {}", dir.display());
    }
    for (name, bytes) in &files {
        let committed = read(&dir.join(name));
        assert!(
            &committed == bytes,
            "{name} differs from the export of minimal.json; regenerate: UPDATE_SHEETS=1 cargo test -p csm-tests \
             --test suite sheets::"
        );
    }
    let committed: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the fixture directory")
        .map(|e| e.expect("entry").path())
        .map(|p| (p.file_name().expect("name").to_string_lossy().into_owned(), read(&p)))
        .collect();
    assert_eq!(committed.len(), files.len(), "stray files in {}", dir.display());
    let s = import_csv(&committed).unwrap_or_else(|p| panic!("import failed:\n{}", show(&p)));
    assert!(s == minimal(), "{}", first_difference(&minimal(), &s));
}

/// `s` without the optional fields added after the previous template (they have no column there).
fn without_later_fields(mut s: Snapshot) -> Snapshot {
    s.organisation.fiscal_year_start = None;
    s.before_first_quarter = None;
    s.organisation.id = None;
    s.reference_profiles.clear();
    for q in &mut s.quarters {
        // The cloud provider added to minimal.json with the outsourcing terms (7-2).
        q.partners.retain(|p| p.id != "p-cloud");
    }
    for p in s.quarters.iter_mut().flat_map(|q| q.partners.iter_mut()) {
        (p.evidence_kind, p.evidence_name) = (None, None);
        (p.evidence_period_start, p.evidence_period_end, p.outsourcing) = (None, None, None);
    }
    s.risk_matrix.approval_validity_months = None;
    s.risk_matrix.tolerance_changes.clear();
    for r in s.quarters.iter_mut().flat_map(|q| q.risks.iter_mut()) {
        if let Some(a) = r.approval.as_mut() {
            a.body = None;
            a.rating = None;
        }
        r.inherent_loss_magnitude_yen = None;
        r.cia.clear();
        r.inherent_annual_frequency = None;
    }
    for q in &mut s.quarters {
        for i in &mut q.incidents {
            (i.detected_on, i.contained_on, i.personal_data_leak) = (None, None, false);
        }
        let d = &mut q.disclosure;
        d.escalation_days = None;
        d.notice_template.clear();
        d.staged_plan.clear();
        d.spokesperson = None;
        d.notices.clear();
        q.governance = None;
        q.board_decisions.clear();
        q.directives.clear();
        q.actions.clear();
        let w = &mut q.workforce;
        (w.security_staff_needed, w.qualified_needed, w.career_path, w.evaluation_criteria) = (None, None, None, None);
        (w.skills_gaps, w.external_resources) = (Vec::new(), Vec::new());
        let e = &mut q.emergency;
        e.csirt_charter = None;
        (e.authority_to_disconnect, e.authority_to_stop_services) = (None, None);
        (e.stop_criteria, e.restore_criteria) = (None, None);
        q.training_scope.clear();
        for t in &mut q.trainings {
            t.repeat_of = None;
        }

        q.vulnerabilities = Default::default();
        q.business_impact = Default::default();
        for r in &mut q.risks {
            r.processes.clear();
        }
    }
    s
}

/// Workbooks filled from the previous template still import: its CSV files (written before the
/// drop-downs took core's vocabulary: グループ会社, IT委託先, 計画/実行/確認, その他 …) give the same
/// snapshot as today's.
#[test]
fn previous_template_labels_still_import() {
    let dir = fixtures_dir().join("sheets").join("previous-template");
    let files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the fixture directory")
        .map(|e| e.expect("entry").path())
        .map(|p| (p.file_name().expect("name").to_string_lossy().into_owned(), read(&p)))
        .collect();
    let s = import_csv(&files).unwrap_or_else(|p| panic!("import failed:\n{}", show(&p)));
    let want = without_later_fields(minimal());
    assert!(s == want, "{}", first_difference(&want, &s));
    // The words that disagreed between the dashboard and the old template.
    let mut book = export(&minimal()).expect("export");
    set(&mut book, "緊急対応体制", 0, "CSIRTの形態", Cell::text("兼務型"));
    set(&mut book, "経営者への報告", 0, "種別", Cell::text("個別報告"));
    let s = import(&read_xlsx(&write_xlsx(&book).expect("written")).expect("read")).unwrap_or_else(|p| panic!("{p}"));
    let q = &s.quarters[0];
    assert_eq!(q.emergency.csirt, csm_core::snapshot::CsirtForm::Concurrent);
    assert_eq!(q.reports[0].kind, csm_core::snapshot::ReportKind::Status);
}

// ---------------------------------------------------------------------------------------------
// Located problems

/// Exports the minimal fixture, applies `edit`, writes and reads the `.xlsx` and imports it: the
/// problems, which must exist.
fn problems_after(edit: impl FnOnce(&mut Book)) -> Vec<SheetProblem> {
    let mut book = export(&minimal()).expect("export");
    edit(&mut book);
    let bytes = write_xlsx(&book).expect("written");
    match import(&read_xlsx(&bytes).expect("read")) {
        Ok(_) => panic!("the edited workbook imported without problems"),
        Err(p) => p.0,
    }
}

fn set(book: &mut Book, sheet: &str, row: usize, header: &str, cell: Cell) {
    let t = book.table_mut(sheet).unwrap_or_else(|| panic!("no sheet {sheet}"));
    assert!(t.set_by_header(row, header, cell), "no column {header} on {sheet}");
}

/// The one problem, checked: reference (`リスク!T2`), rule, header, and parts of both messages.
fn assert_one(problems: &[SheetProblem], reference: &str, rule: Rule, header: Option<&str>, ja: &str, en: &str) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = &problems[0];
    let l = p.location.as_ref().expect("located");
    assert_eq!(l.reference(), reference, "{p}");
    assert_eq!(p.rule, rule, "{p}");
    assert_eq!(l.header.as_deref(), header, "{p}");
    assert!(p.ja.contains(ja), "ja {:?} lacks {ja:?}", p.ja);
    assert!(p.en.contains(en), "en {:?} lacks {en:?}", p.en);
}

#[test]
fn wrong_type_is_located() {
    let p = problems_after(|b| set(b, "リスク", 0, "想定損失額（円）", Cell::text("一億円")));
    assert_one(
        &p,
        "リスク!T2",
        Rule::Type,
        Some("想定損失額（円）"),
        "型が違います: \"一億円\"",
        "wrong type: \"一億円\" is text",
    );
    let l = p[0].location.as_ref().expect("located");
    assert_eq!((l.key.as_str(), l.row, l.column), ("risks", Some(2), Some(19)));
    assert_eq!(l.to_string(), "リスク!T2 (risks, row 2, column T \"想定損失額（円）\")");
    let p = problems_after(|b| set(b, "人員", 1, "従業員数", Cell::Date("2026-01-01".parse().expect("date"))));
    assert_one(
        &p,
        "人員!B3",
        Rule::Type,
        Some("従業員数"),
        "型が違います: 2026-01-01 ではなく",
        "2026-01-01 is a date",
    );
}

#[test]
fn out_of_range_value_is_located() {
    let p = problems_after(|b| set(b, "チェックシート", 0, "成熟度", Cell::Number(7.0)));
    assert_one(
        &p,
        "チェックシート!D2",
        Rule::Range,
        Some("成熟度"),
        "7 は範囲外です（0〜5 の整数）",
        "7 is out of range; expected whole number 0..5",
    );
    let p = problems_after(|b| set(b, "取引先", 0, "要求成熟度", Cell::Number(5.5)));
    assert_one(&p, "取引先!J2", Rule::Range, Some("要求成熟度"), "5.5 は範囲外です", "5.5 is out of range");
}

#[test]
fn unknown_enumeration_value_is_located() {
    let p = problems_after(|b| set(b, "リスク", 1, "対応", Cell::text("軽減")));
    assert_one(
        &p,
        "リスク!J3",
        Rule::Type,
        Some("対応"),
        "「軽減」は選択肢にありません。使える値: 低減／保有／回避／移転",
        "\"軽減\" is not an allowed value of Treatment",
    );
}

#[test]
fn missing_required_column_is_located_at_the_header_row() {
    let p = problems_after(|b| {
        assert!(b.table_mut("リスク").expect("risks").remove_column("残留影響度"));
    });
    assert_one(
        &p,
        "リスク!1:1",
        Rule::Missing,
        Some("残留影響度"),
        "必須の列「残留影響度」が見出し行にありません",
        "required column \"残留影響度\" (residual impact) is missing",
    );
}

#[test]
fn bad_date_is_located() {
    let p = problems_after(|b| set(b, "インシデント", 0, "発生日", Cell::text("2026-02-30")));
    assert_one(
        &p,
        "インシデント!C2",
        Rule::Date,
        Some("発生日"),
        "「2026-02-30」は存在しない日付です",
        "\"2026-02-30\" is not a real calendar date",
    );
    let p = problems_after(|b| set(b, "インシデント", 0, "発生日", Cell::text("来週")));
    assert_one(&p, "インシデント!C2", Rule::Date, Some("発生日"), "日付ではありません", "is not a date");
}

#[test]
fn missing_required_value_and_bad_quarter_are_located() {
    let p = problems_after(|b| set(b, "人員", 0, "従業員数", Cell::Empty));
    assert_one(&p, "人員!B2", Rule::Missing, Some("従業員数"), "必須の値が空です", "required value is missing: staff");
    // Half an insurance: the group's other cells become required.
    let p = problems_after(|b| set(b, "リスク", 0, "保険満了日", Cell::Empty));
    assert_one(&p, "リスク!M2", Rule::Missing, Some("保険満了日"), "必須の値が空です", "insurance expires on");
    let p = problems_after(|b| set(b, "予算", 0, "四半期", Cell::text("2026Q5")));
    assert_one(
        &p,
        "予算!A2",
        Rule::Type,
        Some("四半期"),
        "「2026Q5」は 2026Q3 のような四半期ではありません",
        "not a quarter",
    );
}

#[test]
fn unknown_sheets_and_columns_are_reported() {
    let p = problems_after(|b| {
        b.tables.push(csm_sheets::Table::with_header("リスク一覧", ["ID".to_owned()]));
        let t = b.table_mut("資産").expect("assets");
        let w = t.width();
        t.set(0, w, Cell::text("重要度"));
        t.set(0, w + 1, Cell::text("備考"));
        t.set(1, w + 1, Cell::text("自分用のメモ"));
    });
    assert_eq!(p.len(), 2, "{p:#?}");
    let sheet = p.iter().find(|p| p.location.as_ref().is_some_and(|l| l.sheet == "リスク一覧")).expect("unknown sheet");
    assert_eq!(sheet.rule, Rule::Unknown);
    assert!(sheet.ja.contains("シート「リスク一覧」はテンプレートにありません"), "{}", sheet.ja);
    let col = p.iter().find(|p| p.location.as_ref().is_some_and(|l| l.key == "assets")).expect("unknown column");
    assert_eq!(col.location.as_ref().map(|l| l.reference()), Some("資産!K1".to_owned()));
    assert!(col.ja.contains("列「重要度」はこのシートにありません"), "{}", col.ja);
}

/// Problems found by the core validator on the assembled snapshot point at the cell they came from.
#[test]
fn semantic_problems_are_mapped_back_to_cells() {
    // 5 fits a cell (1..6) but not this 3×3 matrix.
    let p = problems_after(|b| set(b, "リスク", 0, "残留発生可能性", Cell::Number(5.0)));
    assert_one(&p, "リスク!H2", Rule::Range, Some("残留発生可能性"), "5 は範囲 1..3 の外です", "5 is outside 1..3");
    assert_eq!(p[0].path.as_deref(), Some("quarters[0].risks[0].residual.likelihood"));
    assert_eq!(
        p[0].location.as_ref().expect("located").to_string(),
        "リスク!H2 (risks, row 2, column H \"残留発生可能性\")"
    );

    // A dangling reference, in the second quarter's rows.
    let p = problems_after(|b| {
        let t = b.table("リスク").expect("risks");
        let q = t.column_index("四半期").expect("quarter column");
        let row = (1..t.rows.len()).find(|&r| t.cell(r, q) == &Cell::text("2026Q2")).expect("a 2026Q2 risk");
        set(b, "リスク", row - 1, "資産ID", Cell::text("no-such-asset"));
    });
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].rule, Rule::DanglingReference);
    assert!(
        p[0].path.as_deref().is_some_and(|path| path.starts_with("quarters[1].risks[") && path.ends_with("].asset"))
    );
    assert_eq!(p[0].location.as_ref().and_then(|l| l.header.clone()).as_deref(), Some("資産ID"));

    // An event dated outside its quarter.
    let p = problems_after(|b| set(b, "研修", 0, "実施日", Cell::Date("2026-04-02".parse().expect("date"))));
    assert_one(&p, "研修!C2", Rule::Date, Some("実施日"), "四半期 2026Q1", "outside its quarter 2026Q1");

    // A check item left out: the whole quarter's check sheet.
    let p = problems_after(|b| {
        let t = b.table_mut("チェックシート").expect("check sheet");
        t.rows.remove(5);
    });
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].location.as_ref().map(|l| l.reference()), Some("チェックシート".to_owned()));
    assert!(p[0].ja.contains("評価されていないチェック項目があります: (2)-3"), "{}", p[0].ja);

    // Two tolerance levels: the second mark.
    let p = problems_after(|b| set(b, "リスクレベル", 2, "許容上限", Cell::Bool(true)));
    assert_one(
        &p,
        "リスクレベル!E4",
        Rule::Matrix,
        Some("許容上限"),
        "許容上限は1つだけです",
        "only one level can be the tolerance",
    );

    // A grid cell naming no level.
    let p = problems_after(|b| set(b, "リスクマトリクス", 1, "影響度3", Cell::text("extreme")));
    assert_one(
        &p,
        "リスクマトリクス!D3",
        Rule::DanglingReference,
        Some("影響度3"),
        "\"extreme\" はリスクレベルの ID ではありません",
        "\"extreme\" is not a risk level id",
    );
    assert_eq!(p[0].path.as_deref(), Some("risk_matrix.grid[1][2]"));

    // A duplicate group company id.
    let p = problems_after(|b| {
        let t = b.table_mut("グループ会社").expect("group companies");
        let row = t.rows[1].clone();
        t.rows.push(row);
    });
    assert!(p.iter().all(|p| p.location.is_some()), "{p:#?}");
    assert!(
        p.iter()
            .any(|p| p.rule == Rule::DuplicateId
                && p.location.as_ref().is_some_and(|l| l.reference() == "グループ会社!A3")),
        "{p:#?}"
    );
}

#[test]
fn csv_problems_name_the_file() {
    let mut book = export(&minimal()).expect("export");
    set(&mut book, "チェックシート", 0, "成熟度", Cell::text("7"));
    let files = write_csv(&book);
    let p = import(&read_csv(&files).expect("read")).expect_err("a problem");
    assert_eq!(p.len(), 1, "{p}");
    let l = p.0[0].location.as_ref().expect("located");
    assert_eq!(l.to_string(), "チェックシート.csv!D2 (checksheet, row 2, column D \"成熟度\")");
    // Neither UTF-8 nor Shift_JIS (here UTF-16LE, Notepad's "Unicode") is refused with a hint.
    let mut files = files;
    files[0].1 = vec![0xFF, 0xFE, 0x2A, 0x30, b'\n', 0];
    let p = read_csv(&files).expect_err("UTF-16");
    assert_eq!(p.0[0].rule, Rule::Encoding);
    assert!(p.0[0].ja.contains("CSV UTF-8 (コンマ区切り)"), "{}", p.0[0].ja);
}

/// Full-width digits, `2026/9/30` dates, English wire values and Excel booleans are accepted.
#[test]
fn forgiving_input_imports_the_same_snapshot() {
    let mut book = export(&minimal()).expect("export");
    set(&mut book, "人員", 0, "従業員数", Cell::text("３０"));
    set(&mut book, "研修", 0, "実施日", Cell::text("2026/1/20"));
    set(&mut book, "リスク", 1, "対応", Cell::text("reduce"));
    set(&mut book, "取引先", 0, "機密情報の取扱い", Cell::Bool(true));
    set(&mut book, "予算", 0, "IT予算（円）", Cell::text("20,000,000"));
    let s = import(&read_xlsx(&write_xlsx(&book).expect("written")).expect("read")).unwrap_or_else(|p| panic!("{p}"));
    assert!(s == minimal(), "{}", first_difference(&minimal(), &s));
}

// ---------------------------------------------------------------------------------------------
// The documentation

#[test]
fn spreadsheet_doc_has_the_current_column_reference() {
    let path = workspace_dir().join("docs").join("SPREADSHEET.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let (begin, end) = ("<!-- columns:begin -->\n", "<!-- columns:end -->");
    let (Some(b), Some(e)) = (doc.find(begin), doc.find(end)) else {
        panic!("{} lacks the {begin:?} … {end:?} markers", path.display())
    };
    let want = layout::reference_markdown();
    if update() {
        let new = format!("{}{begin}{want}{}", &doc[..b], &doc[e..]);
        std::fs::write(&path, new).expect("write the doc");
        eprintln!("UPDATED {}", path.display());
        return;
    }
    assert!(
        doc[b + begin.len()..e] == want,
        "{}'s column reference is out of date; regenerate: UPDATE_SHEETS=1 cargo test -p csm-tests --test suite sheets::",
        path.display()
    );
}

// ---------------------------------------------------------------------------------------------
// The CLI

fn csm(args: &[&str]) -> Output {
    Command::new(crate::cli::csm_path()).args(args).output().expect("run csm")
}

fn describe(o: &Output) -> String {
    format!(
        "status {:?}\n{}\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csm-sheets-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn cli_template_then_import_round_trips_and_refuses_bad_workbooks() {
    let dir = scratch("cli");
    // The empty template.
    let tpl = dir.join("csm-template.xlsx");
    let out = csm(&["template", "-o", arg(&tpl), "--quarter", "2026Q3"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let book = read_xlsx(&read(&tpl)).expect("the template reads");
    assert_eq!(book.table("チェックシート").map(|t| t.rows.len()), Some(33));

    // A filled workbook imports to the snapshot.
    let filled = dir.join("filled.xlsx");
    let out = csm(&["template", "--from", arg(&minimal_path()), "-o", arg(&filled)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let json = dir.join("snapshot.json");
    let out = csm(&["import", arg(&filled), "-o", arg(&json)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("OK — フィクスチャ商事株式会社、2 四半期"),
        "{}",
        describe(&out)
    );
    assert!(load(&read(&json)).is_ok_and(|s| s == minimal()));

    // A bad workbook: problems located in both languages, exit 1, the output untouched.
    let mut book = export(&minimal()).expect("export");
    set(&mut book, "リスク", 0, "残留発生可能性", Cell::Number(5.0));
    let bad = dir.join("bad.xlsx");
    std::fs::write(&bad, write_xlsx(&book).expect("written")).expect("write");
    std::fs::write(&json, b"previous contents").expect("write");
    let out = csm(&["import", arg(&bad), "-o", arg(&json)]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1 件の問題 / 1 problem(s)"), "{text}");
    assert!(text.contains("リスク!H2 (risks, row 2, column H \"残留発生可能性\")"), "{text}");
    assert!(text.contains("5 は範囲 1..3 の外です") && text.contains("5 is outside 1..3"), "{text}");
    assert_eq!(read(&json), b"previous contents", "the output was touched");
    let out = csm(&["import", arg(&bad), "-o", arg(&json), "--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["problems"][0]["cell"], "リスク!H2");
    assert_eq!(report["problems"][0]["path"], "quarters[0].risks[0].residual.likelihood");

    // CSV: a directory of one file per sheet.
    let csv = dir.join("csv");
    let out = csm(&["template", "--from", arg(&minimal_path()), "--csv", "-o", arg(&csv)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let json2 = dir.join("from-csv.json");
    let out = csm(&["import", arg(&csv), "-o", arg(&json2)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(load(&read(&json2)).is_ok_and(|s| s == minimal()));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The CSV files `csm template --from samples/a-company.json --csv` writes, as Japanese Excel would
/// save them twice: "CSV UTF-8 (コンマ区切り)" (UTF-8 with a BOM) and "CSV (コンマ区切り)" (Shift_JIS,
/// CP932, no BOM). Characters CP932 lacks (the sample's `≈`, `–`, `—`, `¥`) become `?` in both, as
/// Excel does when saving Shift_JIS, so the two folders hold the same text.
fn utf8_and_shift_jis_folders(dir: &Path) -> (PathBuf, PathBuf) {
    let written = dir.join("written");
    let sample = workspace_dir().join("samples").join("a-company.json");
    let out = csm(&["template", "--from", arg(&sample), "--csv", "-o", arg(&written)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let sjis = encoding_rs::SHIFT_JIS;
    let in_cp932 = |c: char| {
        let s = c.to_string();
        let (bytes, _, unmappable) = sjis.encode(&s);
        !unmappable && sjis.decode_without_bom_handling(&bytes).0 == s
    };
    let (utf8_dir, sjis_dir) = (dir.join("utf8"), dir.join("sjis"));
    for d in [&utf8_dir, &sjis_dir] {
        std::fs::create_dir_all(d).expect("mkdir");
    }
    for entry in std::fs::read_dir(&written).expect("list") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("a file name");
        let bytes = read(&path);
        let text =
            std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").expect("written with a BOM")).expect("UTF-8");
        let text: String = text.chars().map(|c| if in_cp932(c) { c } else { '?' }).collect();
        let mut utf8 = b"\xEF\xBB\xBF".to_vec();
        utf8.extend_from_slice(text.as_bytes());
        std::fs::write(utf8_dir.join(name), utf8).expect("write");
        let (encoded, _, unmappable) = sjis.encode(&text);
        assert!(!unmappable, "{}", path.display());
        std::fs::write(sjis_dir.join(name), &encoded).expect("write");
    }
    (utf8_dir, sjis_dir)
}

#[test]
fn cli_imports_excel_shift_jis_csv_and_says_which_encoding_it_read() {
    let dir = scratch("encodings");
    let (utf8, sjis) = utf8_and_shift_jis_folders(&dir);
    let from_utf8 = dir.join("from-utf8.json");
    let out = csm(&["import", arg(&utf8), "-o", arg(&from_utf8)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("リスク.csv: UTF-8 (BOM)"), "{text}");

    // The Shift_JIS folder imports to the same JSON, byte for byte.
    let from_sjis = dir.join("from-sjis.json");
    let out = csm(&["import", arg(&sjis), "-o", arg(&from_sjis)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("リスク.csv: Shift_JIS (CP932)"), "{text}");
    assert!(!text.contains("UTF-8"), "{text}");
    assert_eq!(read(&from_sjis), read(&from_utf8), "Shift_JIS and UTF-8 folders import differently");

    // Mixed encodings in one folder are fine: one file UTF-8 without a BOM, one with, the rest Shift_JIS.
    let utf8_risks = read(&utf8.join("リスク.csv"));
    std::fs::write(sjis.join("リスク.csv"), &utf8_risks[3..]).expect("write");
    std::fs::write(sjis.join("資産.csv"), read(&utf8.join("資産.csv"))).expect("write");
    let mixed = dir.join("mixed.json");
    let out = csm(&["import", arg(&sjis), "-o", arg(&mixed), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["encodings"]["リスク.csv"], "UTF-8");
    assert_eq!(report["encodings"]["資産.csv"], "UTF-8 (BOM)");
    assert_eq!(report["encodings"]["組織.csv"], "Shift_JIS (CP932)");
    assert_eq!(read(&mixed), read(&from_utf8));

    // A file in neither encoding (UTF-16LE, as Notepad saves "Unicode") is located, in both languages.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(String::from_utf8_lossy(&utf8_risks[3..]).encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(sjis.join("リスク.csv"), &utf16).expect("write");
    std::fs::write(&mixed, b"previous contents").expect("write");
    let out = csm(&["import", arg(&sjis), "-o", arg(&mixed)]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("リスク.csv (risks) [encoding]"), "{text}");
    assert!(
        text.contains(
            "リスク.csv is not UTF-8 or Shift_JIS (CP932): as UTF-8 the first bad byte is at byte offset 0 (line 1)"
        ),
        "{text}"
    );
    assert!(text.contains("save as \"CSV UTF-8 (comma delimited)\" or \"CSV (comma delimited)\""), "{text}");
    assert!(text.contains("リスク.csv は UTF-8 でも Shift_JIS (CP932) でもありません"), "{text}");
    assert!(text.contains("「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」で保存し直してください"), "{text}");
    assert_eq!(read(&mixed), b"previous contents", "the output was touched");

    // Import messages quote cells: a control character from a cell is shown escaped, never raw.
    std::fs::write(sjis.join("リスク.csv"), &utf8_risks).expect("write");
    let org = read(&utf8.join("組織.csv"));
    let org = String::from_utf8(org).expect("UTF-8");
    let (head, body) = org.split_once("\r\n").expect("a header row");
    let hostile =
        format!("{head}\r\n\"\u{1b}]0;pwned\u{7}\u{9b}x\u{202e}\",{}", body.split_once(',').expect("two cells").1);
    std::fs::write(sjis.join("組織.csv"), hostile.as_bytes()).expect("write");
    let out = csm(&["import", arg(&sjis), "-o", arg(&mixed)]);
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!bytes.contains(&0x1b) && !bytes.contains(&0x07), "{stream}: raw ESC or BEL\n{}", describe(&out));
        assert!(!text.contains(['\u{9b}', '\u{202e}']), "{stream}: raw C1 or bidi\n{}", describe(&out));
    }
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\\u{1b}]0;pwned\\u{7}\\u{9b}x\\u{202e}"),
        "{}",
        describe(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The executive's decisions: a quarter without a row stays "not recorded" (not an empty record that
/// would read as "nothing approved"); a second row for one quarter is an error; a directive's status
/// comes from the drop-down of core's vocabulary.
#[test]
fn governance_rows_are_optional_per_quarter_and_unique() {
    let book = export(&minimal()).expect("export");
    let rows = book.table("経営者の決定").expect("the governance sheet").rows.len();
    assert_eq!(rows, 2, "a header and the one quarter that records governance");
    let s = import(&book).unwrap_or_else(|p| panic!("{p}"));
    assert!(s.quarters[0].governance.is_none() && s.quarters[1].governance.is_some());

    let p = problems_after(|b| {
        let t = b.table_mut("経営者の決定").expect("sheet");
        let again = t.rows[1].clone();
        t.rows.push(again);
    });
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].rule, Rule::DuplicateId);

    let mut book = export(&minimal()).expect("export");
    set(&mut book, "取締役会の指示", 0, "状況", Cell::text("未着手"));
    let s = import(&read_xlsx(&write_xlsx(&book).expect("written")).expect("read")).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(s.quarters[1].directives[0].status, csm_core::snapshot::ProgressStatus::NotStarted);
}

/// The reference profile sheets: a maturity row naming no profile, and a maturity out of range, are
/// located on their cells.
#[test]
fn reference_profile_problems_are_located() {
    let p = problems_after(|b| set(b, "参照成熟度", 0, "プロファイルID", Cell::text("nope")));
    assert_one(
        &p,
        "参照成熟度!A2",
        Rule::DanglingReference,
        Some("プロファイルID"),
        "参照プロファイルシートのIDではありません",
        "is not the id of a profile on the reference profiles sheet",
    );
    let p = problems_after(|b| set(b, "参照プロファイル", 0, "標本数", Cell::Number(0.0)));
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path.as_deref(), Some("reference_profiles[0].sample_size"));
    assert_eq!(p[0].location.as_ref().expect("located").reference(), "参照プロファイル!F2");
}

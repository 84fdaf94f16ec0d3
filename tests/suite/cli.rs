//! The `csm` binary, run as a user runs it.
//!
//! Finding the binary: `env!("CARGO_BIN_EXE_csm")` exists only in the tests of the package that owns the
//! binary (`csm-cli`), and a dev-dependency on `csm-cli` would not build or expose its binary. So the
//! first test that needs it runs `cargo build -p csm-cli --bin csm --message-format=json` (the `cargo`
//! that runs the tests, from `$CARGO`; same target directory and profile as this test binary) and takes
//! the executable's path from cargo's `compiler-artifact` message. This works for any
//! `CARGO_TARGET_DIR`, `--release` or `--profile` and is a no-op when `csm` is up to date. To test a
//! binary built elsewhere (an installed `csm`, a cross build), set `CSM_BIN` to its path.
//!
//! The samples `samples/a-company.json` and `samples/b-company.json` must validate; while a sample is
//! absent its test prints `SKIPPED` and passes, unless `CSM_REQUIRE_SAMPLES=1`.

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use csm_core::snapshot::load;
use serde_json::Value;

use crate::fixtures::{fixtures_dir, minimal_path, read, workspace_dir};

/// The path of the `csm` binary, built once per test run.
pub(crate) fn csm_path() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(bin) = std::env::var_os("CSM_BIN") {
            return PathBuf::from(bin);
        }
        build_csm()
    })
}

/// The cargo profile this test binary was built with, from its location `<target>/<profile dir>/deps/`.
fn profile_args() -> Vec<String> {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match dir.as_str() {
        "debug" | "" => Vec::new(),
        "release" => vec!["--release".to_owned()],
        other => vec!["--profile".to_owned(), other.to_owned()],
    }
}

fn build_csm() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(&cargo)
        .current_dir(workspace_dir())
        .args(["build", "-p", "csm-cli", "--bin", "csm", "--message-format=json"])
        .args(profile_args())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cargo:?} to build csm: {e}"));
    assert!(output.status.success(), "`cargo build -p csm-cli` failed:\n{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "csm")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo reported no executable for csm")
}

fn csm(args: &[&str]) -> Output {
    Command::new(csm_path()).args(args).output().unwrap_or_else(|e| panic!("cannot run {}: {e}", csm_path().display()))
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn describe(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn invalid(name: &str) -> PathBuf {
    fixtures_dir().join("invalid").join(name)
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// `samples/<name>`, or `None` (after printing `SKIPPED`) while another helper is still writing it.
fn sample(name: &str) -> Option<PathBuf> {
    let path = workspace_dir().join("samples").join(name);
    if path.exists() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CSM_REQUIRE_SAMPLES").is_none(),
        "{} is missing and CSM_REQUIRE_SAMPLES is set",
        path.display()
    );
    eprintln!("SKIPPED: {} does not exist yet; its `csm validate` check did not run", path.display());
    None
}

#[test]
fn validate_accepts_the_samples() {
    for name in ["a-company.json", "b-company.json"] {
        let Some(path) = sample(name) else { continue };
        let before = read(&path);
        let out = csm(&["validate", arg(&path)]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", describe(&out));
        assert!(stdout(&out).contains("OK"), "{}", describe(&out));
        assert_eq!(read(&path), before, "csm validate changed {name}");
    }
}

#[test]
fn validate_accepts_the_valid_fixtures() {
    let path = minimal_path();
    let bom = fixtures_dir().join("valid").join("minimal-bom.json");
    let out = csm(&["validate", arg(&path), arg(&bom)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let text = stdout(&out);
    assert_eq!(
        text.matches("OK — フィクスチャ商事株式会社、2 四半期（2026Q1〜2026Q2）、基準日 2026-05-20").count(),
        2,
        "{text}"
    );
    let out = csm(&["validate", "--lang", "en", arg(&path)]);
    assert!(
        stdout(&out).contains("OK — Fixture Trading Co., Ltd., 2 quarters (2026Q1 to 2026Q2), as of 2026-05-20"),
        "{}",
        describe(&out)
    );
}

#[test]
fn validate_reports_located_problems_in_japanese_by_default() {
    let path = invalid("range-likelihood.json");
    let before = read(&path);
    let out = csm(&["validate", arg(&path)]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let text = stdout(&out);
    assert!(text.contains("1 件の問題"), "{text}");
    assert!(text.contains("quarters[0].risks[0].residual.likelihood: 7 は範囲 1..3 の外です [range]"), "{text}");
    assert!(!text.contains("is outside"), "no English by default: {text}");
    assert_eq!(read(&path), before, "csm validate changed its input");
}

#[test]
fn validate_speaks_english_on_request() {
    let path = invalid("range-likelihood.json");
    let out = csm(&["validate", "--lang", "en", arg(&path)]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let text = stdout(&out);
    assert!(text.contains("1 problem(s)"), "{text}");
    assert!(text.contains("quarters[0].risks[0].residual.likelihood: 7 is outside 1..3 [range]"), "{text}");
}

/// `--format json` is the loader's problem list, verbatim, for every file given.
#[test]
fn validate_json_output_is_the_loaders_problem_list() {
    let files = [minimal_path(), invalid("several-semantic-problems.json"), invalid("encoding-shift-jis.json")];
    let mut args = vec!["validate", "--format", "json"];
    args.extend(files.iter().map(|f| arg(f)));
    let out = csm(&args);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("--format json prints JSON");
    let entries = report.as_array().expect("one entry per file");
    assert_eq!(entries.len(), files.len());
    for (entry, file) in entries.iter().zip(&files) {
        assert_eq!(entry["file"], arg(file));
        match load(&read(file)) {
            Ok(s) => {
                assert_eq!(entry["valid"], true);
                assert_eq!(entry["organisation"], s.organisation.name.as_str());
                assert_eq!(entry["as_of"], s.as_of.to_string());
                assert_eq!(entry["quarters"], s.quarters.len());
            }
            Err(problems) => {
                assert_eq!(entry["valid"], false);
                let want: Vec<Value> = problems
                    .iter()
                    .map(|p| serde_json::json!({"path": p.path, "rule": p.rule.code(), "en": p.en, "ja": p.ja}))
                    .collect();
                assert_eq!(entry["problems"], Value::Array(want), "{}", file.display());
            }
        }
    }
}

#[test]
fn validate_reports_every_file_and_fails_if_any_is_bad() {
    let good = minimal_path();
    let bad = invalid("encoding-utf16le-bom.json");
    let out = csm(&["validate", "--lang", "en", arg(&good), arg(&bad)]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("{}: OK", arg(&good))), "{text}");
    assert!(text.contains("UTF-16"), "{text}");
}

#[test]
fn validate_fails_with_status_2_on_an_unreadable_file() {
    let missing = fixtures_dir().join("no-such-file.json");
    let out = csm(&["validate", arg(&missing)]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"), "{}", describe(&out));
}

#[test]
fn catalog_json_lists_the_32_check_items() {
    let out = csm(&["catalog", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let catalog: Value = serde_json::from_slice(&out.stdout).expect("catalog JSON");
    assert_eq!(catalog["principles"].as_array().map(Vec::len), Some(3));
    let items = catalog["important_items"].as_array().expect("important_items");
    assert_eq!(items.len(), 10);
    let ids: Vec<&str> = items
        .iter()
        .flat_map(|i| i["check_items"].as_array().expect("check_items"))
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    let want: Vec<&str> = csm_core::catalog::check_items().iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), 32);
    assert_eq!(ids, want);
}

#[test]
fn catalog_text_lists_check_items_in_both_languages() {
    let out = csm(&["catalog"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let ja = stdout(&out);
    assert!(ja.contains("(10)-3"), "{ja}");
    assert!(ja.contains("■ 3原則"), "Japanese by default");
    let out = csm(&["catalog", "--lang", "en"]);
    let en = stdout(&out);
    assert!(en.contains("(10)-3") && en.contains("The 3 principles"), "{en}");
    for c in csm_core::catalog::check_items() {
        assert!(ja.contains(&format!("  {} {}", c.id, c.title_ja)), "{}", c.id);
        assert!(en.contains(&format!("  {} {}", c.id, c.title_en)), "{}", c.id);
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = csm(&["schema"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let printed = stdout(&out);
    let _: Value = serde_json::from_str(&printed).expect("csm schema prints JSON");
    let committed = String::from_utf8(read(&workspace_dir().join("docs").join("snapshot.schema.json"))).expect("UTF-8");
    assert!(
        printed == committed,
        "`csm schema` differs from docs/snapshot.schema.json (regenerate: see tests/suite/schema.rs)"
    );
}

/// `csm summary` on an export with problems prints the loader's located problems (as `csm validate`
/// does, on stderr) and exits with status 1, printing no summary.
#[test]
fn summary_of_a_file_with_problems_exits_with_status_1() {
    let path = invalid("range-likelihood.json");
    for (lang, head, line) in [
        ("ja", "1 件の問題", "quarters[0].risks[0].residual.likelihood: 7 は範囲 1..3 の外です [range]"),
        ("en", "1 problem(s)", "quarters[0].risks[0].residual.likelihood: 7 is outside 1..3 [range]"),
    ] {
        let out = csm(&["summary", "--lang", lang, arg(&path)]);
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("{}: {head}", arg(&path))), "{}", describe(&out));
        assert!(err.contains(&format!("  {}: {line}", arg(&path))), "{}", describe(&out));
        assert!(out.stdout.is_empty(), "no summary of an invalid export: {}", describe(&out));
    }
    // Every problem is listed, not just the first.
    let several = invalid("several-semantic-problems.json");
    let problems = load(&read(&several)).expect_err("the fixture is invalid");
    let out = csm(&["summary", "--format", "json", arg(&several)]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    for p in problems.iter() {
        assert!(err.contains(&format!("[{}]", p.rule.code())) && err.contains(&p.path), "{p:?} not in {err}");
    }
    assert!(out.stdout.is_empty(), "{}", describe(&out));
}

/// A quarter the export does not hold prints the available quarters and exits with status 2; so does a
/// quarter label that does not parse, and a file that cannot be read.
#[test]
fn summary_of_a_missing_quarter_exits_with_status_2() {
    let path = minimal_path();
    let out = csm(&["summary", "--quarter", "2024Q1", arg(&path)]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("四半期 2024Q1 はエクスポートにありません。利用できる四半期: 2026Q1, 2026Q2"), "{err}");
    assert!(out.stdout.is_empty(), "{}", describe(&out));

    let out = csm(&["summary", "--lang", "en", "--format", "json", "--quarter", "2024Q1", arg(&path)]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("quarter 2024Q1 is not in the export; available quarters: 2026Q1, 2026Q2"), "{err}");
    assert!(out.stdout.is_empty(), "{}", describe(&out));

    let out = csm(&["summary", "--lang", "en", "--quarter", "2026-Q9", arg(&path)]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("available quarters: 2026Q1, 2026Q2"), "{}", describe(&out));

    let out = csm(&["summary", arg(&fixtures_dir().join("no-such-file.json"))]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"), "{}", describe(&out));
}

/// The quarters the export holds summarise with status 0 (the contrast to the two tests above).
#[test]
fn summary_of_a_held_quarter_exits_with_status_0() {
    let path = minimal_path();
    let out = csm(&["summary", "--format", "json", "--quarter", "2026Q1", arg(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).expect("--format json prints JSON");
    assert_eq!(summary["quarter"], "2026Q1");
    let out = csm(&["summary", "--format", "json", arg(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).expect("--format json prints JSON");
    assert_eq!(summary["quarter"], "2026Q2", "the latest quarter by default");
}

/// `csm summary --format json --trends` prints core's trends of the whole export (`trend::trends`, what the
/// dashboard's trends view shows and its end-to-end test reads), whatever quarter is asked for.
#[test]
fn summary_json_with_trends_prints_the_trends_of_every_quarter() {
    let Some(path) = sample("a-company.json") else { return };
    let snapshot = load(&read(&path)).expect("the sample validates");
    let want = serde_json::to_value(csm_core::trend::trends(&snapshot)).expect("serialisable");
    for args in [
        &["summary", "--format", "json", "--trends"][..],
        &["summary", "--format", "json", "--trends", "--quarter", "2025Q2"],
    ] {
        let mut args = args.to_vec();
        args.push(arg(&path));
        let out = csm(&args);
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
        let got: Value = serde_json::from_slice(&out.stdout).expect("--format json --trends prints JSON");
        assert_eq!(got, want);
        assert_eq!(got["quarters"].as_array().map(Vec::len), Some(snapshot.quarters.len()));
        assert_eq!(got["items"].as_array().map(Vec::len), Some(10));
    }
}

/// Issue 12, rule 17: plausibility warnings are listed with their JSON path and never block — exit 0,
/// in text and in `--format json` (`warnings[]` beside `valid: true`), with the core's located messages.
#[test]
fn validate_lists_warnings_and_exits_with_status_0() {
    let Some(path) = sample("a-company.json") else { return };
    let mut v: Value = serde_json::from_slice(&read(&path)).expect("sample JSON");
    let risk = &mut v["quarters"][0]["risks"][0];
    risk["treatment"] = "transfer".into();
    if let Some(o) = risk.as_object_mut() {
        o.remove("insurance");
    }
    let dir = std::env::temp_dir().join(format!("csm-warnings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("warned.json");
    std::fs::write(&file, serde_json::to_vec(&v).expect("JSON")).expect("write");
    let snapshot = load(&read(&file)).expect("a warning never makes an export invalid");
    let warnings = csm_core::snapshot::warnings(&snapshot);
    let w = warnings.iter().find(|w| w.path == "quarters[0].risks[0].treatment").expect("transfer-uninsured");
    assert_eq!(w.check.code(), "transfer-uninsured");

    let out = csm(&["validate", "--lang", "en", arg(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("{} [transfer-uninsured]", w.located(false))), "{text}");
    assert!(text.contains(&format!("{} warning(s)", warnings.len())), "{text}");

    let out = csm(&["validate", "--format", "json", arg(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report[0]["valid"], true);
    let want: Vec<Value> = warnings
        .iter()
        .map(|w| serde_json::json!({"path": w.path, "check": w.check.code(), "en": w.en, "ja": w.ja}))
        .collect();
    assert_eq!(report[0]["warnings"], Value::Array(want));
    let _ = std::fs::remove_dir_all(&dir);
}

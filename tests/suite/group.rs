//! The group comparison (`csm compare`, `csm_core::group`): goldens of the two samples and of a small
//! generated group in `tests/golden/compare/` (regenerated with `UPDATE_GOLDEN=1 cargo test -p csm-tests
//! golden`, like the summaries), the property "N copies of one company under N ids are N identical
//! rows", and the command's exit codes.

#![cfg(test)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use csm_core::group::{self, Member, RowState};
use csm_core::snapshot::{Snapshot, load};
use proptest::prelude::*;

use crate::cli::csm_path;
use crate::fixtures::{read, workspace_dir};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("golden").join("compare")
}

fn updating() -> bool {
    matches!(std::env::var("UPDATE_GOLDEN").as_deref(), Ok("1" | "true" | "yes"))
}

fn sample_paths() -> Option<[PathBuf; 2]> {
    let dir = workspace_dir().join("samples");
    let paths = [dir.join("a-company.json"), dir.join("b-company.json")];
    paths.iter().all(|p| p.exists()).then_some(paths)
}

fn csm(args: &[&str]) -> Output {
    Command::new(csm_path()).args(args).output().unwrap_or_else(|e| panic!("cannot run csm: {e}"))
}

/// Compares `now` with the golden `name`, or writes it under `UPDATE_GOLDEN`.
fn check_golden(name: &str, now: &str) {
    let file = golden_dir().join(name);
    if updating() {
        std::fs::create_dir_all(golden_dir()).expect("create tests/golden/compare");
        if std::fs::read_to_string(&file).ok().as_deref() != Some(now) {
            std::fs::write(&file, now).unwrap_or_else(|e| panic!("write {}: {e}", file.display()));
            eprintln!("updated {}", file.display());
        }
        return;
    }
    let golden = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    if golden != now {
        let line = golden.lines().zip(now.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!(
            "{name} differs from the golden (first at line {line}); if intended, run `UPDATE_GOLDEN=1 cargo test -p csm-tests golden` and review the diff"
        );
    }
}

/// A small generated group: the parent and four subsidiaries, four quarters.
fn generated_group() -> Vec<Snapshot> {
    let params = csm_generate::Params { subsidiaries: 4, risks: 50, quarters: 4, ..Default::default() };
    (0..csm_generate::company_count(&params)).map(|k| csm_generate::generate_company(&params, k)).collect()
}

#[test]
fn golden_compare_of_the_two_samples() {
    let Some(paths) = sample_paths() else {
        eprintln!("SKIPPED: samples absent");
        return;
    };
    let snapshots: Vec<Snapshot> = paths.iter().map(|p| load(&read(p)).expect("the sample loads")).collect();
    let members = [Member::loaded("a-company.json", &snapshots[0]), Member::loaded("b-company.json", &snapshots[1])];
    let cmp = group::compare(&members, None);
    assert_eq!(cmp.compared, 2);
    let mut json = serde_json::to_string_pretty(&cmp).expect("serialise");
    json.push('\n');
    check_golden("samples.json", &json);
    for lang in ["ja", "en"] {
        let p: Vec<&str> = paths.iter().map(|p| p.to_str().expect("UTF-8 path")).collect();
        let out = csm(&["compare", p[0], p[1], "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        check_golden(&format!("samples.{lang}.txt"), &text);
    }
    // The CLI's JSON is the core's.
    let p: Vec<&str> = paths.iter().map(|p| p.to_str().expect("UTF-8 path")).collect();
    let out = csm(&["compare", p[0], p[1], "--format", "json"]);
    assert_eq!(String::from_utf8(out.stdout).expect("UTF-8"), json);
}

#[test]
fn golden_compare_of_a_generated_group() {
    let group = generated_group();
    let labels: Vec<String> = (0..group.len()).map(|k| format!("company-{k:03}.json")).collect();
    let members: Vec<Member<'_>> = group.iter().zip(&labels).map(|(s, l)| Member::loaded(l, s)).collect();
    let cmp = group::compare(&members, None);
    assert_eq!(cmp.compared, 5);
    assert!(cmp.problems.is_empty(), "{:?}", cmp.problems);
    assert!(cmp.decisions.entries.len() <= group::MAX_LISTED);
    let mut json = serde_json::to_string_pretty(&cmp).expect("serialise");
    json.push('\n');
    check_golden("generated-5.json", &json);
}

#[test]
fn generate_separate_writes_one_export_per_company_that_compare_reads() {
    let dir = std::env::temp_dir().join(format!("csm-separate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().expect("UTF-8 path");
    let out = csm(&["generate", "--subsidiaries", "4", "--risks", "50", "--quarters", "4", "--separate", d]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("dir").map(|e| e.expect("entry").path()).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    // The files are the in-process exports, byte for byte.
    for (k, (f, s)) in files.iter().zip(generated_group()).enumerate() {
        assert_eq!(f.file_name().and_then(|n| n.to_str()), Some(format!("company-{k:03}.json").as_str()));
        assert_eq!(load(&read(f)).expect("loads"), s);
    }
    let args: Vec<&str> =
        ["compare", "--format", "json"].into_iter().chain(files.iter().map(|f| f.to_str().expect("UTF-8"))).collect();
    let out = csm(&args);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["compare_version"], 1);
    assert_eq!(v["compared"], 5);
    let _ = std::fs::remove_dir_all(&dir);
}

fn write_temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csm-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn compare_exit_codes() {
    let Some(paths) = sample_paths() else {
        eprintln!("SKIPPED: samples absent");
        return;
    };
    let broken = write_temp("broken.json", br#"{"format": "csm-snapshot", "version": 2}"#);
    // One bad file: exit 1, its problem listed under its name, the others compared.
    let out = csm(&["compare", s(&broken), s(&paths[0]), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("1 of 2 file(s) compared"), "{text}");
    assert!(text.contains("broken.json (version): broken.json was not read"), "{text}");
    assert!(text.contains("[unreadable]"), "{text}");
    // A quarter only B社 holds: A社 is "no export for this quarter", never zeros; exit 0.
    let out = csm(&["compare", s(&paths[0]), s(&paths[1]), "--quarter", "2024Q1", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["compared"], 1);
    assert_eq!(v["companies"][0]["state"], "no_export_for_quarter");
    assert!(v["companies"][0]["figures"].is_null());
    assert_eq!(v["items"][0]["companies"], 1, "the spread is over the company compared");
    // A quarter no company holds: as `csm summary`, exit 2 naming the quarters the exports hold.
    let out = csm(&["compare", s(&paths[0]), s(&paths[1]), "--quarter", "2020Q1", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no export holds quarter 2020Q1; available quarters: 2024Q1,"), "{err}");
    // A malformed quarter: usage error.
    let out = csm(&["compare", s(&paths[0]), "--quarter", "2026-Q3"]);
    assert_eq!(out.status.code(), Some(2));
    // A path that does not exist: error, exit 2.
    let out = csm(&["compare", "/no/such/file.json"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn summary_text_shows_the_principles_and_the_trend_strip() {
    let Some(paths) = sample_paths() else {
        eprintln!("SKIPPED: samples absent");
        return;
    };
    let out = csm(&["summary", s(&paths[0]), "--lang", "en", "--quarter", "2025Q2"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("The three principles"), "{text}");
    assert!(text.contains("Trend (2024Q4 → 2025Q2"), "{text}");
    assert!(text.contains("decisions taken: not recorded"), "{text}");
    // The strip stops at the quarter summarised: three quarters, three lights.
    let strip = text.lines().find(|l| l.trim_start().starts_with("1. ") && l.contains('■')).expect("strip row");
    assert_eq!(strip.chars().filter(|c| "●▲■".contains(*c)).count(), 3, "{strip}");
}

/// N copies of one company under N ids: N rows with identical figures, every spread collapsed to one
/// value, the decisions N times one company's.
fn copies(base: &Snapshot, n: usize) -> Vec<Snapshot> {
    (0..n)
        .map(|i| {
            let mut s = base.clone();
            s.organisation.id = Some(format!("copy-{i}"));
            s
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]
    #[test]
    fn n_copies_are_n_identical_rows(n in 1usize..7) {
        let base = csm_generate::generate_company(
            &csm_generate::Params { subsidiaries: 2, risks: 30, quarters: 3, ..Default::default() },
            1,
        );
        let group = copies(&base, n);
        let labels: Vec<String> = (0..n).map(|i| format!("copy-{i}.json")).collect();
        let members: Vec<Member<'_>> = group.iter().zip(&labels).map(|(s, l)| Member::loaded(l, s)).collect();
        let cmp = group::compare(&members, None);
        prop_assert_eq!(cmp.compared, n);
        prop_assert!(cmp.problems.is_empty());
        let first = cmp.companies[0].figures.clone();
        for r in &cmp.companies {
            prop_assert_eq!(r.state, RowState::Compared);
            prop_assert_eq!(&r.figures, &first);
        }
        for sp in cmp.items.iter().chain(&cmp.principles).chain([&cmp.overall]) {
            prop_assert_eq!(sp.min, sp.max);
            prop_assert_eq!(sp.min, sp.median);
            prop_assert_eq!(sp.lowest.len(), n);
        }
        let one = group::compare(&members[..1], None);
        prop_assert_eq!(cmp.decisions.total, n * one.decisions.total);
        prop_assert!(cmp.decisions.entries.len() <= group::MAX_LISTED);
        prop_assert_eq!(cmp.decisions.entries.iter().map(|e| e.count).sum::<usize>(), cmp.decisions.total);
    }
}

#[test]
fn compare_against_a_reference_file() {
    let Some(paths) = sample_paths() else {
        eprintln!("SKIPPED: samples absent");
        return;
    };
    let reference = workspace_dir().join("samples").join("reference").join("illustrative.json");
    let file = csm_core::reference::load(&read(&reference)).expect("the sample reference file loads");
    assert!(file.profiles.iter().all(|p| p.illustrative), "the sample reference is labelled illustrative");
    let out = csm(&["compare", s(&paths[0]), s(&paths[1]), "--reference", s(&reference), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let r = &v["reference"][0];
    assert_eq!(r["profile"]["illustrative"], true);
    // Item 1: both samples at 4.00, median 4.00; reference 3.3 → gap +0.70.
    assert_eq!((r["items"][0]["maturity"].as_f64(), r["items"][0]["gap"].as_f64()), (Some(4.0), Some(0.7)));
    assert_eq!(v["compared"], 2, "the comparison is unchanged beside the reference");
    // A bad reference file: its located problems, the comparison still printed, exit 1.
    let bad = write_temp("bad-reference.json", br#"{"format": "csm-reference", "version": 1, "profiles": []}"#);
    let out = csm(&["compare", s(&paths[0]), "--reference", s(&bad), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("profiles: a reference file holds at least one profile"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 of 1 file(s) compared"));
}

#[test]
fn validate_reads_a_reference_file_with_its_own_loader() {
    let reference = workspace_dir().join("samples").join("reference").join("illustrative.json");
    let out = csm(&["validate", s(&reference), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("OK — reference file, 1 profile(s) (1 illustrative)"));
    let bad = write_temp(
        "reference-bad-item.json",
        br#"{"format": "csm-reference", "version": 1, "profiles": [{"id": "x", "name": "x", "source": "s",
            "year": 2026, "sample_size": 3, "illustrative": true, "items": [{"item": 11, "maturity": 2}]}]}"#,
    );
    let out = csm(&["validate", s(&bad), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("profiles[0].items[0].item: 11 is outside 1..10 [range]"), "{text}");
}

//! The loader against the committed fixtures in `tests/fixtures/`.
//!
//! - `valid/`: every file must load. `minimal.json` is the hand-maintained small-but-complete export
//!   (2 quarters, all 32 check items, at least one record in every list, a 3×3 matrix);
//!   `minimal-bom.json` is the same with a UTF-8 byte-order mark, which must be accepted.
//! - `invalid/`: each file breaks one rule (a few break several). `invalid/expected.json` gives, per
//!   file, every problem the loader must report: exact JSON path, exact rule code and a substring of
//!   the English and of the Japanese message. The match is exact both ways: every expected problem
//!   must be reported and every reported problem must be expected, so a loader that stops at the first
//!   problem fails the `several-*` cases. A file without an entry (or an entry without a file) fails
//!   [`every_invalid_fixture_has_an_expectation`].
//! - A case marked `known_bug` states the intended behaviour the loader does not have yet: it must
//!   still be rejected, the difference is printed, and the test fails once the loader meets the
//!   expectation so that the marker is removed.
//!
//! `tests/fixtures/generate.py` regenerates `invalid/` and `expected.json` from `valid/minimal.json`
//! (`python3 tests/fixtures/generate.py`); the committed files are what these tests read.
//!
//! The too-large case is generated here (64 MiB is not committed).

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use csm_core::snapshot::{MAX_BYTES, Problem, Problems, Snapshot, load};
use serde::Deserialize;
use serde_json::Value;

/// `tests/fixtures/`.
pub(crate) fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The workspace root.
pub(crate) fn workspace_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// `tests/fixtures/valid/minimal.json`.
pub(crate) fn minimal_path() -> PathBuf {
    fixtures_dir().join("valid").join("minimal.json")
}

/// The bytes of `valid/minimal.json`.
pub(crate) fn minimal_bytes() -> Vec<u8> {
    read(&minimal_path())
}

pub(crate) fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The `*.json` files of a fixture directory, sorted, without `expected.json`.
pub(crate) fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "expected.json"))
        .collect();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().expect("a file name").to_string_lossy().into_owned()
}

/// `invalid/expected.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Expected {
    #[allow(dead_code)]
    about: String,
    pub(crate) cases: BTreeMap<String, Case>,
}

/// The expectation for one invalid fixture.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Case {
    /// What the fixture breaks.
    pub(crate) about: String,
    /// Every problem the loader must report.
    pub(crate) problems: Vec<ExpectedProblem>,
    /// Set when the loader does not yet do what `problems` says.
    #[serde(default)]
    pub(crate) known_bug: Option<String>,
}

/// One expected problem.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExpectedProblem {
    pub(crate) path: String,
    pub(crate) rule: String,
    pub(crate) en: String,
    pub(crate) ja: String,
}

impl ExpectedProblem {
    fn matches(&self, p: &Problem) -> bool {
        p.path == self.path && p.rule.code() == self.rule && p.en.contains(&self.en) && p.ja.contains(&self.ja)
    }
}

pub(crate) fn expected() -> Expected {
    let path = fixtures_dir().join("invalid").join("expected.json");
    serde_json::from_slice(&read(&path))
        .unwrap_or_else(|e| panic!("{} is not a valid expectation file: {e}", path.display()))
}

fn show(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("    {} [{}] en: {} | ja: {}", p.path, p.rule.code(), p.en, p.ja))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Compares reported problems with expected ones, one to one; `None` when they agree.
fn mismatch(case: &Case, got: &[Problem]) -> Option<String> {
    let mut unmatched: Vec<&Problem> = got.iter().collect();
    let mut missing = Vec::new();
    for want in &case.problems {
        match unmatched.iter().position(|p| want.matches(p)) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => missing.push(want),
        }
    }
    if missing.is_empty() && unmatched.is_empty() {
        return None;
    }
    let mut out = String::new();
    for m in missing {
        out.push_str(&format!("  expected, not reported: {} [{}] en ⊇ {:?}, ja ⊇ {:?}\n", m.path, m.rule, m.en, m.ja));
    }
    for p in unmatched {
        out.push_str(&format!(
            "  reported, not expected: {} [{}] en: {} | ja: {}\n",
            p.path,
            p.rule.code(),
            p.en,
            p.ja
        ));
    }
    out.push_str(&format!("  all reported problems:\n{}\n", show(got)));
    Some(out)
}

/// Loads without letting a panic escape: `Err(message)` if the loader panicked.
pub(crate) fn load_no_panic(bytes: &[u8]) -> Result<Result<Snapshot, Problems>, String> {
    std::panic::catch_unwind(|| load(bytes)).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "non-string panic".to_owned())
    })
}

#[test]
fn valid_fixtures_load() {
    let files = json_files(&fixtures_dir().join("valid"));
    assert!(files.iter().any(|f| f.ends_with("minimal.json")), "valid/minimal.json is missing");
    for file in files {
        let bytes = read(&file);
        let before = bytes.clone();
        match load(&bytes) {
            Ok(s) => assert!(!s.quarters.is_empty()),
            Err(p) => panic!("{} must load, but:\n{}", file.display(), show(&p.0)),
        }
        assert_eq!(bytes, before, "the loader changed its input");
        assert_eq!(read(&file), before, "{} changed on disk while loading", file.display());
    }
}

#[test]
fn utf8_bom_is_accepted_and_ignored() {
    let with_bom = read(&fixtures_dir().join("valid").join("minimal-bom.json"));
    assert_eq!(&with_bom[..3], b"\xEF\xBB\xBF", "minimal-bom.json must start with a UTF-8 BOM");
    assert_eq!(&with_bom[3..], &minimal_bytes()[..], "minimal-bom.json must be minimal.json plus a BOM");
    let a = load(&with_bom).expect("a UTF-8 BOM is accepted");
    let b = load(&minimal_bytes()).expect("minimal.json loads");
    assert_eq!(a, b);
}

/// minimal.json is small but complete: the test fixtures built from it can only break a rule if
/// minimal.json exercises it.
#[test]
fn minimal_is_complete() {
    let bytes = minimal_bytes();
    let s = load(&bytes).expect("minimal.json loads");
    assert!((1..=2).contains(&s.quarters.len()), "1 or 2 quarters, got {}", s.quarters.len());
    for q in &s.quarters {
        let ids: BTreeSet<&str> = q.checksheet.iter().map(|a| a.item.as_str()).collect();
        let all: BTreeSet<&str> = csm_core::catalog::check_items().iter().map(|c| c.id).collect();
        assert_eq!(ids, all, "{}: all 32 check items", q.quarter);
        assert_eq!(q.checksheet.len(), 32);
    }
    let m = &s.risk_matrix;
    assert_eq!((m.likelihood.len(), m.impact.len()), (3, 3), "a 3×3 matrix");
    assert!(m.grid.iter().all(|row| row.len() == 3));

    // Every list of the format holds a record somewhere (arrays are found by their index-free path).
    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
    let mut lists: BTreeMap<String, bool> = BTreeMap::new();
    collect_lists(&value, "", &mut lists);
    let empty: Vec<&String> = lists.iter().filter(|(_, non_empty)| !**non_empty).map(|(k, _)| k).collect();
    assert!(empty.is_empty(), "lists never holding a record: {empty:?}");
    for list in [
        "quarters[].trainings",
        "quarters[].tests",
        "quarters[].incidents",
        "quarters[].assessments",
        "quarters[].findings",
        "quarters[].assets",
        "quarters[].risks",
        "quarters[].pdca",
        "quarters[].reports",
        "quarters[].audits",
        "quarters[].partners",
        "quarters[].information_sharing.memberships",
        "quarters[].information_sharing.reports_filed",
        "quarters[].emergency.drills",
        "quarters[].emergency.follow_ups",
        "quarters[].disclosure.publications",
        "quarters[].disclosure.report_formats",
        "quarters[].vulnerabilities.criticals",
        "quarters[].vulnerabilities.unsupported_systems",
        "quarters[].business_impact.processes",
        "quarters[].business_impact.processes[].systems",
        "quarters[].risks[].processes",
        "organisation.group_companies",
    ] {
        assert!(lists.contains_key(list), "minimal.json has no {list}");
    }

    // Every field survives a round trip: nothing in minimal.json is ignored or re-spelt by the types.
    let again = serde_json::to_value(&s).expect("serialises");
    assert_eq!(again, value, "load → serialise does not give minimal.json back");
}

fn collect_lists(v: &Value, path: &str, out: &mut BTreeMap<String, bool>) {
    match v {
        Value::Array(items) => {
            *out.entry(path.to_owned()).or_insert(false) |= !items.is_empty();
            for item in items {
                collect_lists(item, &format!("{path}[]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                collect_lists(item, &p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_invalid_fixture_has_an_expectation() {
    let expected = expected();
    let on_disk: BTreeSet<String> = json_files(&fixtures_dir().join("invalid")).iter().map(|p| file_name(p)).collect();
    let described: BTreeSet<String> = expected.cases.keys().cloned().collect();
    let undescribed: Vec<_> = on_disk.difference(&described).collect();
    let absent: Vec<_> = described.difference(&on_disk).collect();
    assert!(undescribed.is_empty(), "fixtures without an entry in invalid/expected.json: {undescribed:?}");
    assert!(absent.is_empty(), "entries in invalid/expected.json without a fixture: {absent:?}");
    assert!(on_disk.len() >= 30, "at least 30 invalid fixtures, found {}", on_disk.len());
    for (name, case) in &expected.cases {
        assert!(!case.about.trim().is_empty(), "{name}: say what it breaks");
        assert!(!case.problems.is_empty(), "{name}: an invalid fixture must expect a problem");
    }
}

#[test]
fn invalid_fixtures_report_the_expected_problems() {
    let expected = expected();
    let dir = fixtures_dir().join("invalid");
    let mut failures = Vec::new();
    let mut known = Vec::new();
    for (name, case) in &expected.cases {
        let path = dir.join(name);
        let Ok(bytes) = std::fs::read(&path) else {
            continue; // reported by every_invalid_fixture_has_an_expectation
        };
        let before = bytes.clone();
        let result = load_no_panic(&bytes);
        if bytes != before || read(&path) != before {
            failures.push(format!("{name}: the input changed while loading"));
        }
        let problems = match result {
            Err(panic) => {
                failures.push(format!("{name}: the loader panicked: {panic}"));
                continue;
            }
            Ok(Ok(_)) => {
                failures.push(format!("{name} ({}): loaded without a problem", case.about));
                continue;
            }
            Ok(Err(problems)) => problems.0,
        };
        if problems.is_empty() {
            failures.push(format!("{name}: Err with no problem"));
            continue;
        }
        match (mismatch(case, &problems), &case.known_bug) {
            (None, None) => {}
            (Some(diff), None) => failures.push(format!("{name} ({}):\n{diff}", case.about)),
            (Some(diff), Some(bug)) => known.push(format!("{name}: {bug}\n{diff}")),
            (None, Some(_)) => failures.push(format!(
                "{name}: the loader now meets the expectation; remove `known_bug` from this case in \
                 tests/fixtures/generate.py and regenerate"
            )),
        }
    }
    for k in &known {
        eprintln!("KNOWN LOADER BUG (expected failure) {k}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} invalid fixtures disagree with invalid/expected.json:\n{}",
        failures.len(),
        expected.cases.len(),
        failures.join("\n")
    );
}

/// A case that breaks several rules must get them all: the loader collects, it does not stop at the
/// first.
#[test]
fn several_problems_are_all_reported() {
    let expected = expected();
    let several: Vec<_> = expected.cases.iter().filter(|(name, _)| name.starts_with("several-")).collect();
    assert!(several.len() >= 2, "the semantic and the structural several-problems cases");
    for (name, case) in several {
        assert!(case.problems.len() >= 5, "{name} must expect at least 5 problems");
        let bytes = read(&fixtures_dir().join("invalid").join(name));
        let got = load(&bytes).expect_err("invalid").0;
        assert!(
            got.len() >= case.problems.len(),
            "{name}: only {} of {} problems reported:\n{}",
            got.len(),
            case.problems.len(),
            show(&got)
        );
        let paths: BTreeSet<&str> = got.iter().map(|p| p.path.as_str()).collect();
        for want in &case.problems {
            assert!(
                paths.contains(want.path.as_str()) || case.known_bug.is_some(),
                "{name}: nothing reported at {}:\n{}",
                want.path,
                show(&got)
            );
        }
    }
}

/// Fragments of serde's and Rust's wording that must never reach a user, in either language: serde's
/// error categories ("invalid type: …", "missing field"), serde_json's syntax codes, its names for
/// JSON kinds ("sequence", "map", "unit value") and Rust types.
const SERDE_WORDING: &[&str] = &[
    "invalid type",
    "invalid value",
    "invalid length",
    "unknown variant",
    "missing field",
    "duplicate field",
    "EOF while",
    "expected value",
    "expected ident",
    "expected `",
    "key must be a string",
    "control character (",
    "hex escape",
    "invalid escape",
    "invalid number",
    "trailing comma",
    "trailing characters",
    "recursion limit",
    "floating point",
    "unit value",
    "sequence",
    "found map",
    "expected map",
    "struct ",
    "enum ",
    "variant identifier",
    "Option value",
    "borrowed string",
];

/// Rust type names, matched as whole words.
const RUST_TYPES: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "f32",
    "f64",
    "bool",
    "String",
    "Vec",
    "Option",
    "BTreeMap",
    "HashMap",
    "QuarterRecord",
    "Snapshot",
];

/// Every serde or Rust word in one message.
fn serde_wording(text: &str) -> Vec<String> {
    let mut found: Vec<String> = SERDE_WORDING.iter().filter(|w| text.contains(*w)).map(|w| (*w).to_owned()).collect();
    let words: BTreeSet<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    found.extend(RUST_TYPES.iter().filter(|t| words.contains(*t)).map(|t| (*t).to_owned()));
    // serde_json's position suffix: "expected `,` or `}` at line 3 column 5".
    if text.contains("expected") && text.contains(" at line ") {
        found.push("expected … at line".to_owned());
    }
    found
}

#[test]
fn serde_wording_is_recognised() {
    assert_eq!(serde_wording("invalid type: integer `5`, expected struct QuarterRecord").len(), 3);
    assert!(!serde_wording("expected `,` or `}` at line 3 column 5").is_empty());
    assert!(!serde_wording("型が違います（u32 が必要）").is_empty());
    assert!(serde_wording("wrong type: found text \"35\", expected a whole number from 0 to 4294967295").is_empty());
}

/// No message for any committed input (invalid fixtures and fuzzing regressions) shows serde's or
/// Rust's wording, in English or Japanese: the loader maps serde's error categories to its own words.
#[test]
fn no_message_shows_serde_wording() {
    let mut files = json_files(&fixtures_dir().join("invalid"));
    let regressions = fixtures_dir().join("regressions");
    let mut more: Vec<PathBuf> = std::fs::read_dir(&regressions)
        .expect("tests/fixtures/regressions/ exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "bin"))
        .collect();
    more.sort();
    files.extend(more);
    let mut bad = Vec::new();
    let mut messages = 0;
    for file in &files {
        let Err(problems) = load(&read(file)) else { continue };
        for p in problems.iter() {
            for text in [&p.en, &p.ja] {
                messages += 1;
                let words = serde_wording(text);
                if !words.is_empty() {
                    bad.push(format!("{}: {} {words:?} in {text:?}", file_name(file), p.path));
                }
            }
        }
    }
    assert!(messages > 100, "only {messages} messages checked");
    assert!(bad.is_empty(), "messages with serde or Rust wording:\n{}", bad.join("\n"));
}

/// Files over 64 MiB are refused before parsing; exactly 64 MiB is read. Generated, not committed.
#[test]
fn too_large_file_is_rejected() {
    let mut bytes = minimal_bytes();
    bytes.resize(MAX_BYTES, b' ');
    let at_limit = load(&bytes);
    assert!(at_limit.is_ok(), "a valid export of exactly MAX_BYTES must load: {:?}", at_limit.err());
    bytes.push(b' ');
    let problems = load(&bytes).expect_err("over the limit").0;
    assert_eq!(problems.len(), 1, "{}", show(&problems));
    let p = &problems[0];
    assert_eq!((p.path.as_str(), p.rule.code()), ("", "too-large"));
    assert!(p.en.contains(&format!("{}", MAX_BYTES + 1)), "{}", p.en);
    assert!(p.en.contains("64 MiB") && p.ja.contains("64 MiB"), "{p:?}");
}

/// The located English message of the example, verbatim.
#[test]
fn out_of_range_likelihood_reads_as_documented() {
    let bytes = read(&fixtures_dir().join("invalid").join("range-likelihood.json"));
    let problems = load(&bytes).expect_err("invalid");
    assert_eq!(problems.to_string(), "quarters[0].risks[0].residual.likelihood: 7 is outside 1..3");
}

//! Inputs the fuzzers found (`docs/FUZZING.md`), kept in `tests/fixtures/regressions/`: the loader must
//! return for every one of them without panicking, and either accept it or explain every problem in
//! English and Japanese, located by JSON path (or by line and column where the parser stopped before a
//! path was known) unless it concerns the whole file.
//!
//! Each file also has an entry in [`EXPECTED`] below: what the loader must answer for it, as
//! `tests/fixtures/regressions/README.md` describes it — accepted, or exactly so many problems by rule,
//! with the located ones spelled out (path, rule, and a piece of the English and the Japanese message).
//! A file without an entry, an entry without a file, or a file without a line in the README fails, so
//! nothing lands unexplained.

#![cfg(test)]

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use csm_core::snapshot::{Problem, Rule, load};

use crate::fixtures::{fixtures_dir, read};

fn regressions_dir() -> PathBuf {
    fixtures_dir().join("regressions")
}

fn inputs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(regressions_dir())
        .expect("tests/fixtures/regressions/ exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().expect("file name").to_string_lossy().into_owned()
}

/// One problem the loader must report: JSON path (`""` for the whole file), rule code, and a piece of
/// the English and of the Japanese message.
struct Located {
    path: &'static str,
    rule: &'static str,
    en: &'static str,
    ja: &'static str,
}

/// What the loader must answer for one input.
enum Outcome {
    /// The file is a valid export.
    Valid,
    /// Rejected with exactly these many problems per rule code, among them every `located` one.
    Rejected { by_rule: &'static [(&'static str, usize)], located: &'static [Located] },
}

/// The loader's answer for every file of `tests/fixtures/regressions/`, as the README states it.
const EXPECTED: &[(&str, Outcome)] = &[
    (
        "date-48-problems.json",
        Outcome::Rejected {
            by_rule: &[("date", 45), ("matrix", 1), ("dangling-reference", 1), ("incomplete", 1)],
            located: &[
                Located {
                    path: "risk_matrix.grid[2]",
                    rule: "matrix",
                    en: "2 cells; each row needs one per impact level (3)",
                    ja: "セルが 2 個あります",
                },
                Located {
                    path: "quarters[1].checksheet[31].item",
                    rule: "dangling-reference",
                    en: "\"(20)-3\" is not a check item id",
                    ja: "\"(20)-3\" はチェック項目の ID ではありません",
                },
                Located {
                    path: "quarters[1].checksheet",
                    rule: "incomplete",
                    en: "check items not assessed: (10)-3",
                    ja: "評価されていないチェック項目があります: (10)-3",
                },
                Located {
                    path: "quarters[0].trainings[0].date",
                    rule: "date",
                    en: "2026-01-20 is outside its quarter 2025Q1",
                    ja: "2026-01-20",
                },
                Located { path: "quarters[1].emergency.follow_ups[0].closed_on", rule: "date", en: "", ja: "" },
            ],
        },
    ),
    (
        "duplicate-key-nested.json",
        Outcome::Rejected {
            by_rule: &[("duplicate-key", 1)],
            located: &[Located {
                path: "risk_matrix.impact[1].name",
                rule: "duplicate-key",
                en: "key `name` appears twice in one object",
                ja: "キー `name` が同じオブジェクトに2回あります",
            }],
        },
    ),
    (
        "encoding-utf16-interleaved-garbage.bin",
        Outcome::Rejected {
            by_rule: &[("encoding", 1)],
            located: &[Located { path: "", rule: "encoding", en: "UTF-16; save it as UTF-8", ja: "UTF-8 で保存" }],
        },
    ),
    (
        "range-u32-overflow-and-quarter-as-number.json",
        Outcome::Rejected {
            by_rule: &[("range", 1), ("type", 1)],
            located: &[
                Located {
                    path: "organisation.group_companies[0].employees",
                    rule: "range",
                    en: "`4294967296` is out of range",
                    ja: "`4294967296` は範囲外です",
                },
                Located {
                    path: "quarters[0]",
                    rule: "type",
                    en: "found the number 5, expected an object",
                    ja: "数値 5",
                },
            ],
        },
    ),
    (
        "syntax-invalid-escape.json",
        Outcome::Rejected {
            by_rule: &[("syntax", 1)],
            located: &[Located {
                path: "",
                rule: "syntax",
                en: "at line 12, column 13: a backslash escape JSON does not have",
                ja: "12 行 13 桁）: JSON にないエスケープ",
            }],
        },
    ),
    ("valid-after-structured-mutation.json", Outcome::Valid),
];

/// A problem is located by its JSON path, or concerns the file as a whole, or (when the JSON parser
/// stopped before any path was known, e.g. at a number too large for any type) names a line and column.
fn located(p: &Problem) -> bool {
    let whole_file =
        matches!(p.rule, Rule::TooLarge | Rule::Encoding | Rule::Syntax | Rule::Type | Rule::Format | Rule::Version);
    !p.path.is_empty() || whole_file || (p.en.contains("line ") && p.en.contains("column "))
}

#[test]
fn the_loader_returns_a_located_answer_for_every_regression_input() {
    let files = inputs();
    assert!(!files.is_empty(), "tests/fixtures/regressions/ holds no input");
    for path in files {
        let bytes = read(&path);
        let name = file_name(&path);
        let result = catch_unwind(AssertUnwindSafe(|| load(&bytes)));
        let Ok(result) = result else { panic!("{name}: the loader panicked") };
        if let Err(problems) = result {
            assert!(!problems.is_empty(), "{name}: Err with no problem");
            for p in &problems {
                assert!(!p.en.trim().is_empty() && !p.ja.trim().is_empty(), "{name}: a message is empty: {p:?}");
                assert!(located(p), "{name}: {p:?} has no location");
            }
        }
    }
}

#[test]
fn the_loader_gives_each_regression_input_its_expected_answer() {
    let files: Vec<String> = inputs().iter().map(|p| file_name(p)).collect();
    for (name, _) in EXPECTED {
        assert!(files.iter().any(|f| f == name), "{name} is expected but not in tests/fixtures/regressions/");
    }
    for name in &files {
        let Some((_, outcome)) = EXPECTED.iter().find(|(n, _)| n == name) else {
            panic!("{name} has no expected answer in tests/suite/regressions.rs");
        };
        let result = load(&read(&regressions_dir().join(name)));
        match (outcome, result) {
            (Outcome::Valid, Ok(_)) => {}
            (Outcome::Valid, Err(problems)) => panic!("{name} must load, got:\n{problems}"),
            (Outcome::Rejected { .. }, Ok(_)) => panic!("{name} must be rejected, but it loaded"),
            (Outcome::Rejected { by_rule, located }, Err(problems)) => {
                let mut got: BTreeMap<&str, usize> = BTreeMap::new();
                for p in problems.iter() {
                    *got.entry(p.rule.code()).or_default() += 1;
                }
                let want: BTreeMap<&str, usize> = by_rule.iter().copied().collect();
                assert_eq!(got, want, "{name}: problems by rule differ:\n{problems}");
                for l in *located {
                    assert!(
                        problems.iter().any(|p| p.path == l.path
                            && p.rule.code() == l.rule
                            && p.en.contains(l.en)
                            && p.ja.contains(l.ja)),
                        "{name}: no `{}` problem at `{}` saying {:?} / {:?}; got:\n{problems}",
                        l.rule,
                        l.path,
                        l.en,
                        l.ja
                    );
                }
            }
        }
    }
}

#[test]
fn every_regression_input_is_described() {
    let readme = String::from_utf8(read(&regressions_dir().join("README.md"))).expect("UTF-8 README");
    for path in inputs() {
        let file = file_name(&path);
        assert!(
            readme.contains(&format!("`{file}`")),
            "{file} is not described in tests/fixtures/regressions/README.md"
        );
    }
}

//! Inputs the fuzzers found (`docs/FUZZING.md`), kept in `tests/fixtures/regressions/`: the loader must
//! return for every one of them without panicking, and either accept it or explain every problem in
//! English and Japanese, located by JSON path (or by line and column where the parser stopped before a
//! path was known) unless it concerns the whole file.
//!
//! Every file there also names, in `tests/fixtures/regressions/README.md`, what it exercises; a file
//! without a line there fails the test, so nothing lands unexplained.

#![cfg(test)]

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
        let name = path.display();
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
fn every_regression_input_is_described() {
    let readme = String::from_utf8(read(&regressions_dir().join("README.md"))).expect("UTF-8 README");
    for path in inputs() {
        let file = path.file_name().expect("file name").to_string_lossy().into_owned();
        assert!(
            readme.contains(&format!("`{file}`")),
            "{file} is not described in tests/fixtures/regressions/README.md"
        );
    }
}

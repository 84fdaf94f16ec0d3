//! Golden tests: the full JSON board summary (`csm summary --format json`, `docs/SUMMARY.md`) of every
//! quarter of every sample export `samples/*.json`, pinned in `tests/golden/<sample>-<quarter>.json`.
//!
//! Regenerate after an intended change with
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test -p csm-tests golden
//! ```
//!
//! and review the diff: every changed number is a changed answer to the board. Regeneration also
//! removes golden files whose sample or quarter no longer exists; without it, such a file fails
//! [`no_stale_goldens`].

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use csm_core::snapshot::load;
use csm_core::summary::board_summary;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("golden")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Every `samples/*.json`, sorted.
fn samples() -> Vec<PathBuf> {
    let dir = root().join("samples");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no samples/*.json to pin");
    out
}

fn stem(p: &Path) -> String {
    p.file_stem().expect("file name").to_string_lossy().into_owned()
}

/// The first line where `a` and `b` differ, for a readable failure.
fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  golden: {x}\n  now:    {y}", i + 1);
        }
    }
    format!("lengths differ: golden {} lines, now {} lines", a.lines().count(), b.lines().count())
}

/// Every (sample, quarter) golden name, with the summary JSON it must hold.
fn expected() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in samples() {
        let bytes = std::fs::read(&path).expect("read sample");
        let snapshot = load(&bytes).unwrap_or_else(|p| panic!("{} does not load:\n{p}", path.display()));
        for q in &snapshot.quarters {
            let summary = board_summary(&snapshot, q.quarter).expect("the quarter exists");
            let mut json = serde_json::to_string_pretty(&summary).expect("serialise");
            json.push('\n');
            out.push((format!("{}-{}.json", stem(&path), q.quarter), json));
        }
    }
    out
}

#[test]
fn summaries_match_goldens() {
    let dir = golden_dir();
    let mut failures = Vec::new();
    for (name, json) in expected() {
        let file = dir.join(&name);
        if updating() {
            std::fs::create_dir_all(&dir).expect("create tests/golden");
            if std::fs::read_to_string(&file).ok().as_deref() != Some(json.as_str()) {
                std::fs::write(&file, &json).unwrap_or_else(|e| panic!("write {}: {e}", file.display()));
                eprintln!("updated {}", file.display());
            }
            continue;
        }
        match std::fs::read_to_string(&file) {
            Ok(golden) if golden == json => {}
            Ok(golden) => failures.push(format!("{name} differs at {}", first_difference(&golden, &json))),
            Err(e) => failures.push(format!("{name}: cannot read the golden file ({e})")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden summar(ies) differ; if the change is intended, run `UPDATE_GOLDEN=1 cargo test -p csm-tests golden` and review the diff:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_stale_goldens() {
    let wanted: BTreeSet<String> = expected().into_iter().map(|(name, _)| name).collect();
    let dir = golden_dir();
    let present: BTreeSet<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    let stale: Vec<&String> = present.difference(&wanted).collect();
    if updating() {
        for name in &stale {
            std::fs::remove_file(dir.join(name)).unwrap_or_else(|e| panic!("remove {name}: {e}"));
            eprintln!("removed stale {name}");
        }
        return;
    }
    assert!(stale.is_empty(), "golden files without a sample quarter (run UPDATE_GOLDEN=1 to remove): {stale:?}");
}

#[test]
fn goldens_reflect_the_sample_they_pin() {
    // A sanity check that the pinned JSON is the summary of its own sample and quarter, so a golden
    // file copied under the wrong name cannot pass.
    for (name, json) in expected() {
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        let quarter = v["quarter"].as_str().expect("quarter");
        assert!(name.ends_with(&format!("-{quarter}.json")), "{name} holds {quarter}");
        assert_eq!(v["lights"].as_array().map(Vec::len), Some(10), "{name}");
        assert_eq!(v["checksheet"]["check_items"].as_array().map(Vec::len), Some(32), "{name}");
    }
}

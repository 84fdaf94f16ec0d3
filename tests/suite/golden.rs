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
//! [`no_stale_goldens`]. `UPDATE_GOLDEN` takes `1`/`true`/`yes` (regenerate) or `0`/`false`/`no`/empty
//! (compare); any other value fails rather than guess.

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

/// Whether `UPDATE_GOLDEN` asks to regenerate.
fn updating() -> bool {
    update_requested(std::env::var_os("UPDATE_GOLDEN").as_deref().map(|v| v.to_string_lossy()).as_deref())
}

/// `1`, `true` or `yes` (any case) regenerate; unset, empty, `0`, `false` or `no` compare. Anything else
/// is a typo that must not silently rewrite (or silently not rewrite) the goldens: it panics.
fn update_requested(value: Option<&str>) -> bool {
    let Some(v) = value else { return false };
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" => true,
        "" | "0" | "false" | "no" => false,
        other => panic!("UPDATE_GOLDEN={other:?}: use 1 (regenerate) or 0 (compare)"),
    }
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
    for (sample, snapshot) in loaded_samples() {
        for q in &snapshot.quarters {
            let summary = board_summary(&snapshot, q.quarter).expect("the quarter exists");
            let mut json = serde_json::to_string_pretty(&summary).expect("serialise");
            json.push('\n');
            out.push((format!("{sample}-{}.json", q.quarter), json));
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
fn update_golden_means_what_it_says() {
    for yes in ["1", "true", "TRUE", "yes"] {
        assert!(update_requested(Some(yes)), "{yes}");
    }
    for no in [None, Some(""), Some("0"), Some("false"), Some("False"), Some("no")] {
        assert!(!update_requested(no), "{no:?}");
    }
    assert!(std::panic::catch_unwind(|| update_requested(Some("ture"))).is_err(), "a typo must not pass");
}

/// The samples with their snapshots.
fn loaded_samples() -> Vec<(String, csm_core::snapshot::Snapshot)> {
    samples()
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("read sample");
            let snapshot = load(&bytes).unwrap_or_else(|p| panic!("{} does not load:\n{p}", path.display()));
            (stem(&path), snapshot)
        })
        .collect()
}

#[test]
fn goldens_reflect_the_sample_they_pin() {
    // Independently of `summaries_match_goldens`: each committed golden file holds the summary of the
    // sample and quarter its name says, so a golden copied under the wrong name, or regenerated from
    // another export, cannot pass.
    let dir = golden_dir();
    let mut checked = 0;
    for (sample, snapshot) in loaded_samples() {
        let quarters: Vec<String> = snapshot.quarters.iter().map(|q| q.quarter.to_string()).collect();
        for quarter in &quarters {
            let name = format!("{sample}-{quarter}.json");
            let file = dir.join(&name);
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(v["quarter"].as_str(), Some(quarter.as_str()), "{name}: wrong quarter");
            assert_eq!(v["organisation"]["name"]["ja"].as_str(), Some(snapshot.organisation.name.as_str()), "{name}");
            assert_eq!(v["as_of"].as_str(), Some(snapshot.as_of.to_string().as_str()), "{name}: wrong as_of");
            let listed: Vec<&str> =
                v["quarters"].as_array().expect("quarters").iter().filter_map(|q| q.as_str()).collect();
            assert_eq!(listed, quarters, "{name}: not the sample's quarters");
            assert_eq!(v["lights"].as_array().map(Vec::len), Some(10), "{name}");
            assert_eq!(v["checksheet"]["check_items"].as_array().map(Vec::len), Some(32), "{name}");
            // The check sheet it pins is the quarter's own record, maturity by maturity.
            let record = snapshot.quarters.iter().find(|q| q.quarter.to_string() == *quarter).expect("quarter");
            for a in &record.checksheet {
                let pinned = v["checksheet"]["check_items"]
                    .as_array()
                    .and_then(|items| items.iter().find(|c| c["id"] == a.item.as_str()))
                    .unwrap_or_else(|| panic!("{name}: no check item {}", a.item));
                assert_eq!(pinned["maturity"], u64::from(a.maturity), "{name}: {}", a.item);
                assert_eq!(pinned["target"], u64::from(a.target), "{name}: {}", a.item);
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "no golden checked");
}

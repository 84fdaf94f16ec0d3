//! Rule 2, exact figures: the board summary's JSON (`csm summary --format json`) carries every number
//! at its display precision and no binary-float artefact (`0.7999999999999998`, `3.086666666666667`,
//! `69.99999999999999`). Every quarter of every sample is summarised and scanned, and so is every
//! pinned golden.
//!
//! Precision by field (docs/SUMMARY.md, "Figures"): percentages (`pct`, every KPI figure — counts are
//! whole) and ratios (`ratio_to_security_budget`, `loss_to_budget`) to 0.1; everything else (maturity
//! means, gaps, changes, partner maturities) to 0.01. `annual_frequency` echoes the export's entry as
//! written and is not a computed figure.

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::path::PathBuf;

use csm_core::snapshot::load;
use csm_core::summary::board_summary;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json_files(dir: &str) -> Vec<PathBuf> {
    let dir = root().join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no {}/*.json", dir.display());
    out
}

/// The decimals a field is presented with, or `None` for an echoed entry; `in_kpis` is whether the
/// number sits under `kpis` (KPI values, targets, changes and series: percentages to 0.1).
fn precision(key: &str, in_kpis: bool) -> Option<usize> {
    match key {
        "annual_frequency" => None,
        "pct" | "ratio_to_security_budget" | "loss_to_budget" => Some(1),
        _ if in_kpis => Some(1),
        _ => Some(2),
    }
}

/// The decimals `n` is written with (`70.0` → 1, `3.09` → 2); an exponent counts as too many.
fn decimals(n: &serde_json::Number) -> usize {
    let s = n.to_string();
    if s.contains(['e', 'E']) {
        return usize::MAX;
    }
    s.split_once('.').map_or(0, |(_, frac)| frac.trim_end_matches('0').len())
}

/// Every number of `v` with more decimals than its field's precision, as `path = number`.
fn artefacts(v: &Value, path: &str, key: &str, in_kpis: bool, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                artefacts(x, &format!("{path}.{k}"), k, in_kpis || k == "kpis" || k == "kpi", out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                artefacts(x, &format!("{path}[{i}]"), key, in_kpis, out);
            }
        }
        Value::Number(n) if n.is_f64() && precision(key, in_kpis).is_some_and(|p| decimals(n) > p) => {
            out.push(format!("{path} = {n}"));
        }
        _ => {}
    }
}

fn assert_clean(what: &str, v: &Value) {
    let mut out = Vec::new();
    artefacts(v, "", "", false, &mut out);
    assert!(out.is_empty(), "{what}: {} figure(s) beyond display precision:\n{}", out.len(), out.join("\n"));
}

#[test]
fn every_sample_quarter_summary_carries_exact_figures() {
    for sample in json_files("samples") {
        let bytes = std::fs::read(&sample).expect("sample");
        let snapshot = load(&bytes).unwrap_or_else(|p| panic!("{}: {p:?}", sample.display()));
        for q in snapshot.quarters.iter().map(|q| q.quarter) {
            let summary = board_summary(&snapshot, q).expect("summary");
            let text = serde_json::to_string_pretty(&summary).expect("json");
            let v: Value = serde_json::from_str(&text).expect("json reads back");
            assert_clean(&format!("{} {q}", sample.display()), &v);
        }
    }
}

#[test]
fn every_golden_carries_exact_figures() {
    for golden in json_files("tests/golden") {
        let v: Value = serde_json::from_slice(&std::fs::read(&golden).expect("golden")).expect("json");
        assert_clean(&golden.display().to_string(), &v);
    }
}

/// The scan itself fails on the artefacts the issue quotes, and passes presented figures.
#[test]
fn the_scan_catches_float_artefacts() {
    let bad = serde_json::json!({
        "checksheet": { "overall": { "maturity": 3.086666666666667, "gap": 0.33 } },
        "kpis": { "kpis": [ { "value": 69.99999999999999, "target": 70.0, "change": 0.7999999999999998 } ] },
        "risk": { "treatment_mix": [ { "pct": 33.33 } ], "top_risks": [ { "annual_frequency": 0.333 } ] }
    });
    let mut out = Vec::new();
    artefacts(&bad, "", "", false, &mut out);
    assert_eq!(
        out,
        vec![
            ".checksheet.overall.maturity = 3.086666666666667",
            ".kpis.kpis[0].change = 0.7999999999999998",
            ".kpis.kpis[0].value = 69.99999999999999",
            ".risk.treatment_mix[0].pct = 33.33",
        ]
    );
}

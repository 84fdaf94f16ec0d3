//! Throughput of the group comparison (`group::compare`) and of the trends (`trend::trends`) at group
//! sizes up to the flagship's 300 companies.
//!
//! ```text
//! cargo bench -p csm-core --bench group
//! ```
//!
//! The companies are copies of the B社 sample (`samples/b-company.json`, 11 quarters) under distinct
//! `organisation.id`s, so every company is summarised in full. Prints figures; asserts nothing beyond
//! the comparison being complete.

use std::hint::black_box;
use std::time::Instant;

use csm_core::group::{self, Member};
use csm_core::snapshot::{self, Snapshot};
use csm_core::trend;

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/b-company.json");
    let Ok(bytes) = std::fs::read(path) else {
        println!("group bench: {path} absent, skipped");
        return;
    };
    let Ok(base) = snapshot::load(&bytes) else {
        println!("group bench: the sample does not load, skipped");
        return;
    };
    for n in [10usize, 100, 300] {
        let companies: Vec<Snapshot> = (0..n)
            .map(|i| {
                let mut s = base.clone();
                s.organisation.id = Some(format!("c{i:03}"));
                s
            })
            .collect();
        let labels: Vec<String> = (0..n).map(|i| format!("company-{i:03}.json")).collect();
        let members: Vec<Member<'_>> = companies.iter().zip(&labels).map(|(s, l)| Member::loaded(l, s)).collect();
        let start = Instant::now();
        let cmp = black_box(group::compare(&members, None));
        let took = start.elapsed();
        assert_eq!(cmp.compared, n);
        println!(
            "group::compare, {n:>3} companies: {:>8.1} ms ({:.2} ms a company; {} decision entries)",
            took.as_secs_f64() * 1e3,
            took.as_secs_f64() * 1e3 / n as f64,
            cmp.decisions.entries.len()
        );
    }
    let start = Instant::now();
    let t = black_box(trend::trends(&base));
    println!(
        "trend::trends, one company, {} quarters: {:.1} ms",
        t.quarters.len(),
        start.elapsed().as_secs_f64() * 1e3
    );
}

//! `csm-generate`: synthetic exports are valid, deterministic, sized as asked and tell a plausible story.
//!
//! The flagship export (300 subsidiaries, 20,000 risks, 40 quarters) is generated, serialised and loaded
//! by `flagship_export_is_valid_and_between_10_and_40_mb`, which takes a few seconds in a debug build.

#![cfg(test)]

use std::collections::{HashMap, HashSet};

use csm_core::snapshot::{CsirtForm, IncidentKind, QuarterRecord, Snapshot, load};
use csm_generate::{Params, generate};

fn params(subsidiaries: u32, risks: u32, quarters: u32, seed: u64) -> Params {
    Params { subsidiaries, risks, quarters, seed, ..Params::default() }
}

/// Serialises and loads an export; panics with the loader's problems if it is not valid.
fn bytes_of_valid(s: &Snapshot) -> Vec<u8> {
    let bytes = serde_json::to_vec(s).expect("serialise");
    if let Err(problems) = load(&bytes) {
        panic!("the generated export does not load:\n{problems}");
    }
    bytes
}

fn latest(s: &Snapshot) -> &QuarterRecord {
    s.quarters.last().expect("at least one quarter")
}

#[test]
fn small_exports_are_valid_and_match_their_parameters() {
    for (subsidiaries, risks, quarters, seed) in
        [(0, 0, 1, 0), (1, 1, 1, 1), (5, 120, 4, 2), (12, 600, 9, 3), (30, 2_000, 16, 4), (3, 50, 2, u64::MAX)]
    {
        let p = params(subsidiaries, risks, quarters, seed);
        let s = generate(&p);
        let bytes = bytes_of_valid(&s);
        let loaded = load(&bytes).expect("valid");
        assert_eq!(loaded, s, "{p:?}: the loaded export differs from the generated one");
        assert_eq!(s.organisation.group_companies.len(), subsidiaries as usize, "{p:?}");
        assert_eq!(s.quarters.len(), quarters as usize, "{p:?}");
        assert_eq!(latest(&s).risks.len(), risks as usize, "{p:?}");
        assert_eq!(latest(&s).quarter.to_string(), "2026Q3", "{p:?}");
        assert_eq!(s.as_of.to_string(), "2026-09-30", "{p:?}");
        let staff: u32 = s.organisation.group_companies.iter().map(|g| g.employees).sum();
        assert_eq!(s.organisation.employees, 3_000 + staff, "{p:?}: the parent has 3,000 staff");
    }
}

#[test]
fn the_last_quarter_sets_as_of() {
    let p = Params { last_quarter: "2024Q1".parse().expect("quarter"), ..params(4, 100, 6, 9) };
    let s = generate(&p);
    bytes_of_valid(&s);
    assert_eq!(s.as_of.to_string(), "2024-03-31");
    assert_eq!(s.quarters[0].quarter.to_string(), "2022Q4");
}

#[test]
fn same_parameters_give_the_same_bytes() {
    let p = params(20, 1_500, 10, 42);
    let a = serde_json::to_vec(&generate(&p)).expect("serialise");
    let b = serde_json::to_vec(&generate(&p)).expect("serialise");
    assert!(a == b, "two runs with the same parameters differ");
    let a = serde_json::to_vec_pretty(&generate(&p)).expect("serialise");
    let b = serde_json::to_vec_pretty(&generate(&p.clone())).expect("serialise");
    assert!(a == b, "two pretty runs with the same parameters differ");
}

#[test]
fn different_seeds_give_different_groups_and_histories() {
    let a = generate(&params(20, 1_500, 10, 1));
    let b = generate(&params(20, 1_500, 10, 2));
    assert_ne!(serde_json::to_vec(&a).expect("a"), serde_json::to_vec(&b).expect("b"));
    let names = |s: &Snapshot| s.organisation.group_companies.iter().map(|g| g.name.clone()).collect::<Vec<_>>();
    assert_ne!(names(&a), names(&b), "the seed should change the subsidiaries' names");
    let residuals = |s: &Snapshot| latest(s).risks.iter().map(|r| r.residual).collect::<Vec<_>>();
    assert_ne!(residuals(&a), residuals(&b));
    // Every seed still gives exactly the requested sizes.
    assert_eq!((latest(&a).risks.len(), latest(&b).risks.len()), (1_500, 1_500));
}

#[test]
fn group_companies_have_distinct_japanese_names_and_english_ones() {
    let s = generate(&params(300, 100, 1, 5));
    let gcs = &s.organisation.group_companies;
    let names: HashSet<&str> = gcs.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names.len(), 300, "names must be distinct");
    for g in gcs {
        assert!(g.name.contains("株式会社"), "{}", g.name);
        assert!(!g.name.is_ascii(), "{}", g.name);
        let en = g.name_en.as_deref().expect("English name");
        assert!(en.is_ascii() && en.ends_with("Co., Ltd."), "{en}");
        assert!((8..=1_000).contains(&g.employees), "{}: {}", g.name, g.employees);
    }
}

#[test]
fn risks_are_spread_over_the_group_and_keep_their_identity_across_quarters() {
    let s = generate(&params(25, 3_000, 8, 11));
    let n = s.quarters.len();
    let (prev, last) = (&s.quarters[n - 2], &s.quarters[n - 1]);
    // Companies owning at least one risk in the last quarter (via the risk's asset).
    let company_of: HashMap<&str, Option<&str>> =
        last.assets.iter().map(|a| (a.id.as_str(), a.company.as_deref())).collect();
    let companies: HashSet<Option<&str>> = last.risks.iter().map(|r| company_of[r.asset.as_str()]).collect();
    assert!(companies.contains(&None), "the parent holds risks");
    assert!(companies.len() >= 20, "risks in only {} of 26 units", companies.len());
    // The same id is the same risk: same asset and threat in both full quarters.
    let before: HashMap<&str, _> = prev.risks.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut common = 0;
    let mut moved = 0;
    for r in &last.risks {
        if let Some(p) = before.get(r.id.as_str()) {
            common += 1;
            assert_eq!((&p.asset, &p.threat, p.inherent), (&r.asset, &r.threat, r.inherent), "{}", r.id);
            moved += usize::from(p.residual != r.residual);
        }
    }
    assert!(common > 2_500, "only {common} risks carried over from the previous quarter");
    assert!(common < 3_000 || prev.risks.len() > common, "the register should change between quarters");
    assert!(moved > 0, "no residual rating moved between the last two quarters");
    // Risk ids are the register's numbering: unique over the whole export for distinct risks.
    let mut first_seen: HashMap<&str, (&str, &str)> = HashMap::new();
    for q in &s.quarters {
        for r in &q.risks {
            let e = first_seen.entry(r.id.as_str()).or_insert((r.asset.as_str(), r.threat.as_str()));
            assert_eq!(*e, (r.asset.as_str(), r.threat.as_str()), "risk {} changed identity", r.id);
        }
    }
}

#[test]
fn older_quarters_keep_only_the_risks_above_tolerance() {
    let s = generate(&params(25, 3_000, 12, 12));
    let m = &s.risk_matrix;
    let rank = |id: &str| m.levels.iter().position(|l| l.id == id).expect("level");
    let level = |l: u8, i: u8| rank(&m.grid[usize::from(l - 1)][usize::from(i - 1)]);
    let n = s.quarters.len();
    let mut archived = 0;
    for q in &s.quarters[..n - 2] {
        for r in &q.risks {
            let tolerance = rank(r.tolerance.as_deref().unwrap_or(&m.tolerance));
            assert!(
                level(r.residual.likelihood, r.residual.impact) > tolerance,
                "{}: {} within tolerance",
                q.quarter,
                r.id
            );
            archived += 1;
        }
        // Only the assets the archived risks name.
        let named: HashSet<&str> = q.risks.iter().map(|r| r.asset.as_str()).collect();
        assert_eq!(q.assets.len(), named.len(), "{}", q.quarter);
    }
    assert!(archived > 0, "no risk above tolerance in any archived quarter");
    // In the full quarters every risk is there, including those within tolerance.
    let within = latest(&s)
        .risks
        .iter()
        .filter(|r| {
            level(r.residual.likelihood, r.residual.impact) <= rank(r.tolerance.as_deref().unwrap_or(&m.tolerance))
        })
        .count();
    assert!(within > 2_500, "{within}");
}

#[test]
fn the_history_shows_a_maturing_programme() {
    let s = generate(&params(40, 2_000, 40, 3));
    let q = &s.quarters;
    let mean_maturity = |r: &QuarterRecord| r.checksheet.iter().map(|c| f64::from(c.maturity)).sum::<f64>() / 32.0;
    assert!(mean_maturity(&q[39]) >= mean_maturity(&q[0]) + 1.0, "maturity should rise");
    let count = |qs: &[QuarterRecord], kind: IncidentKind| {
        qs.iter().flat_map(|r| &r.incidents).filter(|i| i.kind == kind).count()
    };
    assert!(
        count(&q[32..], IncidentKind::NearMiss) > 2 * count(&q[..8], IncidentKind::NearMiss),
        "near-miss reporting should grow"
    );
    assert!(count(&q[..8], IncidentKind::Incident) > 0, "some incidents early on");
    assert_eq!(q[0].emergency.csirt, CsirtForm::None);
    assert_eq!(q[39].emergency.csirt, CsirtForm::Dedicated);
    let share = |r: &QuarterRecord| {
        let b = &r.budget;
        (b.security_pre_incident_yen + b.security_operations_yen + b.security_post_incident_yen) as f64
            / b.it_yen as f64
    };
    assert!(share(&q[39]) > share(&q[0]), "the security share of the IT budget should rise");
    assert!(q[39].workforce.security_staff > q[0].workforce.security_staff);
    assert!(q.iter().all(|r| r.trainings.iter().any(|t| t.title.contains("標的型攻撃メール訓練"))));
    assert!(q[39].partners.len() > s.organisation.group_companies.len(), "outside partners besides the group");
    assert!(q[39].partners.iter().any(|p| p.next_review < s.as_of), "some partner review should be overdue");
    assert!(q[39].findings.iter().any(|f| f.closed_on.is_none()), "some findings are open");
}

/// Always on: a mid-size export (a fifth of the flagship's register) is valid and proportionate.
#[test]
fn medium_export_is_valid_and_proportionate() {
    let s = generate(&params(60, 4_000, 12, 8));
    let bytes = bytes_of_valid(&s);
    assert_eq!(latest(&s).risks.len(), 4_000);
    let mb = bytes.len() as f64 / 1e6;
    assert!((2.0..8.0).contains(&mb), "{mb:.1} MB");
}

#[test]
fn flagship_export_is_valid_and_between_10_and_40_mb() {
    let s = generate(&Params::default());
    assert_eq!((s.organisation.group_companies.len(), s.quarters.len()), (300, 40));
    assert_eq!(latest(&s).risks.len(), 20_000);
    let bytes = bytes_of_valid(&s);
    let mb = bytes.len() as f64 / 1e6;
    assert!((10.0..40.0).contains(&mb), "flagship export is {mb:.1} MB");
    // Issue 12, rule 16: the board reads at most 20 decisions, each group carrying all its members.
    let sum = csm_core::summary::latest_summary(&s).expect("summary");
    let asked = sum.decisions.len();
    let all: usize = sum.decisions.iter().map(|d| d.count()).sum();
    assert!(asked <= 20, "the flagship's latest quarter asks {asked} decisions (of {all})");
    assert!(all > 200, "the grouped decisions still carry every member: {all}");
    for d in sum.decisions.iter().filter(|d| !d.members.is_empty()) {
        let paths: Vec<&String> = d.members.iter().flat_map(|m| &m.trace).collect();
        assert_eq!(d.trace.iter().collect::<Vec<_>>(), paths, "a group's trace is all its members' paths");
    }
}

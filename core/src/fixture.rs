//! Test-only builders: a minimal valid snapshot in code, to which each test adds the records it needs.

use crate::calendar::{Date, Quarter};
use crate::catalog;
use crate::snapshot::*;

/// A date from `YYYY-MM-DD`.
pub fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// A quarter from `YYYYQn`.
pub fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

fn scale(names: &[(&str, &str)]) -> Vec<ScaleLevel> {
    names.iter().map(|(ja, en)| ScaleLevel { name: (*ja).into(), name_en: (*en).into(), description: None }).collect()
}

/// A 3×3 matrix: levels `low` < `medium` < `high`, tolerance `medium`.
///
/// ```text
///              impact 1  impact 2  impact 3
/// likelihood 3  medium    high      high
/// likelihood 2  medium    medium    high
/// likelihood 1  low       low       medium
/// ```
///
/// Deliberately **not symmetric**: likelihood 2 × impact 1 is `medium`, likelihood 1 × impact 2 is
/// `low`, so a lookup that swaps likelihood and impact gives a different level and fails the tests
/// (the risk tests' `(1, 2)` rating, and [`matrix3_tells_likelihood_from_impact`]).
pub fn matrix3() -> RiskMatrix {
    let level = |id: &str, ja: &str, en: &str, colour: &str| RiskLevel {
        id: id.into(),
        name: ja.into(),
        name_en: en.into(),
        colour: colour.into(),
    };
    let g = |row: [&str; 3]| row.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    RiskMatrix {
        likelihood: scale(&[("低", "Low"), ("中", "Medium"), ("高", "High")]),
        impact: scale(&[("小", "Minor"), ("中", "Moderate"), ("大", "Major")]),
        levels: vec![
            level("low", "低", "Low", "#2e7d32"),
            level("medium", "中", "Medium", "#f9a825"),
            level("high", "高", "High", "#c62828"),
        ],
        grid: vec![g(["low", "low", "medium"]), g(["medium", "medium", "high"]), g(["medium", "high", "high"])],
        tolerance: "medium".into(),
        approval_validity_months: None,
        tolerance_changes: Vec::new(),
    }
}

fn document(exists: bool) -> ReviewedDocument {
    ReviewedDocument { exists, approved_by: None, last_review: None, review_interval_days: 365 }
}

/// A quarter with every check item at maturity 2, target 3; a budget of 100,000,000 yen IT and
/// 10,000,000 yen security; 10 staff; nothing else.
pub fn empty_quarter(quarter: Quarter) -> QuarterRecord {
    QuarterRecord {
        quarter,
        checksheet: catalog::check_items()
            .iter()
            .map(|c| CheckAssessment {
                item: c.id.into(),
                maturity: 2,
                target: 3,
                evidence: "議事録".into(),
                owner: "CISO".into(),
            })
            .collect(),
        kpi_targets: KpiTargets::default(),
        budget: Budget {
            fiscal_year: "FY".into(),
            it_yen: 100_000_000,
            security_pre_incident_yen: 5_000_000,
            security_operations_yen: 3_000_000,
            security_post_incident_yen: 2_000_000,
            approved_on: None,
        },
        workforce: Workforce {
            staff: 10,
            security_staff: 1,
            qualified_security_staff: 0,
            security_staff_needed: None,
            qualified_needed: None,
            skills_gaps: vec![],
            external_resources: vec![],
            career_path: None,
            evaluation_criteria: None,
        },
        trainings: vec![],
        tests: vec![],
        incidents: vec![],
        assessments: vec![],
        findings: vec![],
        assets: vec![],
        risks: vec![],
        pdca: vec![],
        reports: vec![],
        audits: vec![],
        partners: vec![],
        information_sharing: InformationSharing { memberships: vec![], reports_filed: vec![] },
        emergency: EmergencyReadiness {
            csirt: CsirtForm::None,
            csirt_members: 0,
            external_forensics: false,
            contact_list: document(false),
            response_manual: document(false),
            drills: vec![],
            follow_ups: vec![],
            csirt_charter: None,
            authority_to_disconnect: None,
            authority_to_stop_services: None,
            stop_criteria: None,
            restore_criteria: None,
        },
        disclosure: DisclosureReadiness {
            notification_list: document(false),
            includes_police: false,
            report_formats: vec![],
            executive_reporting_rules: document(false),
            publications: vec![],
            escalation_days: None,
            notice_template: vec![],
            staged_plan: vec![],
            spokesperson: None,
            notices: vec![],
        },
        governance: None,
        board_decisions: vec![],
        directives: vec![],
        actions: vec![],
        training_scope: vec![],
        vulnerabilities: Default::default(),
        business_impact: Default::default(),
    }
}

/// A valid snapshot with the given quarters (each [`empty_quarter`]) and `as_of`.
pub fn snapshot_with(quarters: &[&str], as_of: &str) -> Snapshot {
    Snapshot {
        format: FORMAT.into(),
        version: 1,
        as_of: d(as_of),
        language: None,
        organisation: Organisation {
            name: "テスト株式会社".into(),
            name_en: Some("Test Co.".into()),
            industry: "製造".into(),
            industry_en: None,
            employees: 10,
            group_companies: vec![],
            fiscal_year_start: None,
            id: None,
        },
        risk_matrix: matrix3(),
        quarters: quarters.iter().map(|s| empty_quarter(q(s))).collect(),
        before_first_quarter: None,
        reference_profiles: Vec::new(),
    }
}

/// An asset with id and name.
pub fn asset(id: &str, name: &str) -> Asset {
    Asset {
        id: id.into(),
        name: name.into(),
        name_en: None,
        owner: "情報システム部".into(),
        company: None,
        confidentiality: 3,
        integrity: 2,
        availability: 2,
        legal: vec![],
    }
}

/// A risk on `asset` with inherent and residual (likelihood, impact), treatment reduce, loss 0.
pub fn risk(id: &str, asset: &str, inherent: (u8, u8), residual: (u8, u8)) -> Risk {
    Risk {
        id: id.into(),
        asset: asset.into(),
        threat: format!("脅威 {id}"),
        threat_en: None,
        inherent: Rating { likelihood: inherent.0, impact: inherent.1 },
        residual: Rating { likelihood: residual.0, impact: residual.1 },
        treatment: Treatment::Reduce,
        insurance: None,
        owner: "CISO".into(),
        tolerance: None,
        approval: None,
        loss_magnitude_yen: Some(0),
        annual_frequency: Some(0.0),
        inherent_loss_magnitude_yen: None,
        inherent_annual_frequency: None,
        cia: Vec::new(),
        processes: Vec::new(),
    }
}

/// Panics with the problems if `s` is not valid: tests build on valid snapshots only.
pub fn assert_valid(s: &Snapshot) {
    let problems = crate::snapshot::validate::validate(s);
    assert!(problems.is_empty(), "fixture is invalid: {problems:#?}");
}

#[test]
fn the_fixture_is_valid() {
    let mut s = snapshot_with(&["2025Q4", "2026Q1"], "2026-03-31");
    s.quarters[1].assets.push(asset("a1", "顧客情報"));
    s.quarters[1].risks.push(risk("r1", "a1", (3, 3), (2, 2)));
    assert_valid(&s);
}

/// Every reader of the grid (`level_rank`, `level`, the heat map's cells) takes likelihood as the row
/// and impact as the column: on [`matrix3`] the two cells of a swapped pair differ.
#[test]
fn matrix3_tells_likelihood_from_impact() {
    use crate::risk::{Rated, heat_map, level, level_rank};
    let m = matrix3();
    let r = |likelihood, impact| Rating { likelihood, impact };
    // likelihood 2, impact 1 → medium; likelihood 1, impact 2 → low.
    assert_eq!(level_rank(&m, r(2, 1)), Some(1));
    assert_eq!(level_rank(&m, r(1, 2)), Some(0));
    assert_eq!(level(&m, r(2, 1)).map(|l| l.id), Some("medium".to_owned()));
    assert_eq!(level(&m, r(1, 2)).map(|l| l.id), Some("low".to_owned()));
    let risks = vec![risk("a", "x", (2, 1), (1, 2)), risk("b", "x", (2, 1), (2, 1)), risk("c", "x", (1, 2), (2, 1))];
    let h = heat_map(&m, &risks, Rated::Inherent);
    // Rows from likelihood 3 down: row 1 is likelihood 2; cells from impact 1.
    let cell = |h: &crate::risk::HeatMap, l: u8, i: u8| {
        let row = h.rows.iter().find(|row| row.likelihood == l).unwrap();
        let c = row.cells.iter().find(|c| c.impact == i).unwrap();
        (c.count, c.level.clone())
    };
    assert_eq!(h.rows[1].likelihood, 2);
    assert_eq!((h.rows[1].cells[0].likelihood, h.rows[1].cells[0].impact), (2, 1));
    assert_eq!(cell(&h, 2, 1), (2, "medium".to_owned()));
    assert_eq!(cell(&h, 1, 2), (1, "low".to_owned()));
    let res = heat_map(&m, &risks, Rated::Residual);
    assert_eq!(cell(&res, 2, 1), (2, "medium".to_owned()));
    assert_eq!(cell(&res, 1, 2), (1, "low".to_owned()));
    // The above-tolerance rule reads the same grid: with a `low` tolerance only (2, 1) is above it.
    let mut up = risk("up", "x", (3, 3), (2, 1));
    up.tolerance = Some("low".into());
    let mut flat = risk("flat", "x", (3, 3), (1, 2));
    flat.tolerance = Some("low".into());
    let board = crate::risk::board_tolerance_rank(&m);
    assert!(crate::risk::above_tolerance(&m, board, &up));
    assert!(!crate::risk::above_tolerance(&m, board, &flat));
}

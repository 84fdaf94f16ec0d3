//! The board summary on a hand-built quarter whose every rule outcome is worked out below.

use super::Urgency;
use super::*;
use crate::fixture::{asset, d, q, risk, snapshot_with};
use crate::snapshot::*;

fn set_item(s: &mut Snapshot, quarter: usize, item: u8, maturity: u8, target: u8) {
    for c in crate::catalog::check_items_of(item) {
        let a = s.quarters[quarter].checksheet.iter_mut().find(|a| a.item == c.id).unwrap();
        a.maturity = maturity;
        a.target = target;
    }
}

fn partner(id: &str, kind: PartnerKind, maturity: Option<f64>) -> Partner {
    Partner {
        id: id.into(),
        name: format!("{id}社"),
        kind,
        group_company: None,
        service: "保守".into(),
        handles_sensitive_data: true,
        evidence: maturity.map(|_| Evidence::ThirdPartyAudit),
        maturity,
        required_maturity: 3.0,
        clauses: crate::partners::CLAUSES.to_vec(),
        last_review: maturity.map(|_| d("2026-01-15")),
        next_review: d("2027-01-15"),
    }
}

/// 2025Q3 … 2026Q2, as of 2026-06-30: the trailing year is exactly covered.
fn scenario() -> Snapshot {
    let mut s = snapshot_with(&["2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
    // Check sheet of 2026Q2: item 1 at target (green), item 2 at 1/3 (gap 2: red), item 7 at target,
    // the rest 2/3 (gap 1: amber). (8)-1 was 3 in 2026Q1 and fell to 2.
    set_item(&mut s, 3, 1, 3, 3);
    set_item(&mut s, 3, 2, 1, 3);
    set_item(&mut s, 3, 7, 4, 3);
    s.quarters[2].checksheet.iter_mut().find(|a| a.item == "(8)-1").unwrap().maturity = 3;

    // Events over the year: one progress report (2025-11-10), an external audit, a training at 50 %.
    s.quarters[1].reports.push(ExecutiveReport {
        date: d("2025-11-10"),
        kind: ReportKind::Progress,
        forum: "取締役会".into(),
        summary: "進捗".into(),
    });
    for m in ["2025-07-15", "2025-08-15", "2025-09-15"] {
        s.quarters[0].reports.push(ExecutiveReport {
            date: d(m),
            kind: ReportKind::Status,
            forum: "メール".into(),
            summary: "月次".into(),
        });
    }
    s.quarters[1].audits.push(Audit {
        id: "au1".into(),
        date: d("2025-12-01"),
        kind: AuditKind::External,
        auditor: "監査法人".into(),
        scope: "ISMS".into(),
    });
    s.quarters[2].trainings.push(Training {
        id: "t1".into(),
        date: d("2026-02-01"),
        title: "標的型メール".into(),
        audience: Audience::AllStaff,
        eligible: 10,
        completed: 5,
    });

    let r = &mut s.quarters[3];
    r.kpi_targets.training_completion_pct = Some(90.0);
    r.assets.push(asset("ec", "ECサイト"));
    // Residual (3,3) = high, the top level, tolerance medium, no approval: critical.
    let mut top = risk("R-1", "ec", (3, 3), (3, 3));
    top.loss_magnitude_yen = 100_000_000;
    top.annual_frequency = 0.2;
    // Residual (2,3) = high, approval expiring 2026-08-31 (62 days): medium.
    let mut expiring = risk("R-2", "ec", (3, 3), (2, 3));
    expiring.approval = Some(Approval {
        approver: "取締役会".into(),
        approved_on: d("2025-09-01"),
        expires_on: d("2026-08-31"),
        reference: None,
    });
    r.risks = vec![top, expiring, risk("R-3", "ec", (2, 2), (1, 1))];
    r.partners = vec![partner("dm", PartnerKind::Supplier, None), partner("cloud", PartnerKind::Cloud, Some(4.0))];
    crate::fixture::assert_valid(&s);
    s
}

fn light(sum: &BoardSummary, item: u8) -> (Light, Vec<&'static str>) {
    let l = &sum.lights[usize::from(item) - 1];
    let codes = l
        .signals
        .iter()
        .map(|s| match s.reason {
            Reason::MeetsTarget { .. } => "meets_target",
            Reason::BelowTarget { .. } => "below_target",
            Reason::FarBelowTarget { .. } => "far_below_target",
            Reason::Fell { .. } => "fell",
            Reason::ApprovalMissing { .. } => "approval_missing",
            Reason::ApprovalExpired { .. } => "approval_expired",
            Reason::ApprovalExpiring { .. } => "approval_expiring",
            Reason::NoAssessment { .. } => "no_assessment",
            Reason::KpiOffTrack { .. } => "kpi_off_track",
            Reason::FewProgressReports { .. } => "few_progress_reports",
            Reason::StatusMonthsMissing { .. } => "status_months_missing",
            Reason::PdcaReviewOverdue { .. } => "pdca_review_overdue",
            Reason::NoAudit { .. } => "no_audit",
            Reason::NoSecurityTest { .. } => "no_security_test",
            Reason::PartnersBelowRequired { .. } => "partners_below_required",
            Reason::PartnersNeverAssessed { .. } => "partners_never_assessed",
            Reason::PartnerReviewsOverdue { .. } => "partner_reviews_overdue",
            Reason::ClausesMissing { .. } => "clauses_missing",
            Reason::BudgetNotApproved => "budget_not_approved",
            Reason::NoSecurityStaff => "no_security_staff",
            Reason::NoSharingMembership => "no_sharing_membership",
            Reason::IncidentsNotShared { .. } => "incidents_not_shared",
            Reason::NoCsirt => "no_csirt",
            Reason::NoDrill { .. } => "no_drill",
            Reason::DocumentMissing { .. } => "document_missing",
            Reason::DocumentReviewOverdue { .. } => "document_review_overdue",
            Reason::FollowUpsOverdue { .. } => "follow_ups_overdue",
            Reason::PoliceNotListed => "police_not_listed",
            Reason::NoReportFormats => "no_report_formats",
        })
        .collect();
    (l.light, codes)
}

#[test]
fn traffic_lights_follow_the_rules() {
    let s = scenario();
    let sum = board_summary(&s, q("2026Q2")).unwrap();
    assert!(sum.year_covered);
    assert_eq!(light(&sum, 1), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&sum, 2), (Light::Red, vec!["far_below_target", "fell"])); // 2 → 1
    assert_eq!(
        light(&sum, 3),
        (Light::Red, vec!["approval_missing", "below_target", "approval_expiring", "no_assessment"])
    );
    // One progress report (amber); months Oct 2025 … Jun 2026 lack status reports; external audit held;
    // no security test.
    assert_eq!(
        light(&sum, 4),
        (Light::Amber, vec!["below_target", "few_progress_reports", "status_months_missing", "no_security_test"])
    );
    assert_eq!(light(&sum, 5), (Light::Red, vec!["partners_never_assessed", "below_target"]));
    // Training 5/10 = 50 % against 90 %: off track.
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["below_target", "budget_not_approved", "kpi_off_track"]));
    assert_eq!(light(&sum, 7), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["below_target", "fell", "no_sharing_membership"]));
    assert_eq!(
        light(&sum, 9),
        (Light::Red, vec!["no_csirt", "no_drill", "document_missing", "document_missing", "below_target"])
    );
    assert_eq!(
        light(&sum, 10),
        (Light::Red, vec!["document_missing", "document_missing", "below_target", "no_report_formats"])
    );
    assert_eq!(sum.headline.lights, LightCounts { green: 2, amber: 3, red: 5 });

    let item4 = &sum.lights[3];
    let Reason::StatusMonthsMissing { months } = &item4.signals[2].reason else { panic!() };
    assert_eq!(months.len(), 9);
    assert_eq!(months.first().map(String::as_str), Some("2025-10"));
    let item3 = &sum.lights[2];
    assert_eq!(item3.signals[0].trace, vec!["quarters[3].risks[0]"]);
    assert_eq!(
        item3.signals[0].reason.message(Language::Ja),
        "許容レベルを超える残留リスク 1 件に経営層の承認がありません"
    );
    assert_eq!(item3.signals[0].reason.message(Language::En), "1 residual risk(s) above tolerance lack board approval");
}

#[test]
fn decisions_are_ranked_with_traces() {
    let s = scenario();
    let sum = board_summary(&s, q("2026Q2")).unwrap();
    let got: Vec<(usize, Urgency, u8, &str)> = sum
        .decisions
        .iter()
        .map(|x| {
            let code = match &x.ask {
                Ask::ApproveResidualRisk { .. } => "approve_residual_risk",
                Ask::KpiOffTrack { .. } => "kpi_off_track",
                Ask::ApproveBudget => "approve_budget",
                Ask::EstablishCsirt => "establish_csirt",
                Ask::HoldDrill { .. } => "hold_drill",
                Ask::CreateDocument { .. } => "create_document",
                Ask::ReviewDocument { .. } => "review_document",
                Ask::ReviewPdca { .. } => "review_pdca",
                Ask::ScheduleProgressReports { .. } => "schedule_progress_reports",
                Ask::CommissionAudit => "commission_audit",
                Ask::CommissionSecurityTest => "commission_security_test",
                Ask::PartnerBelowRequired { .. } => "partner_below_required",
                Ask::AssessPartner { .. } => "assess_partner",
                Ask::ReviewPartner { .. } => "review_partner",
                Ask::AmendContracts { .. } => "amend_contracts",
                Ask::ChaseFollowUps { .. } => "chase_follow_ups",
            };
            (x.rank, x.urgency, x.item, code)
        })
        .collect();
    use Urgency::*;
    assert_eq!(
        got,
        vec![
            (1, Critical, 3, "approve_residual_risk"),
            (2, High, 5, "assess_partner"),
            (3, High, 9, "establish_csirt"),
            (4, High, 9, "hold_drill"),
            (5, High, 9, "create_document"),
            (6, High, 9, "create_document"),
            (7, High, 10, "create_document"),
            (8, High, 10, "create_document"),
            (9, Medium, 3, "approve_residual_risk"),
            (10, Medium, 4, "schedule_progress_reports"),
            (11, Medium, 4, "commission_security_test"),
            (12, Medium, 6, "approve_budget"),
            (13, Medium, 6, "kpi_off_track"),
        ]
    );
    let first = &sum.decisions[0];
    assert_eq!(first.trace, vec!["quarters[3].risks[0]"]);
    assert_eq!(
        first.ask.title(Language::Ja),
        "残留リスク R-1「脅威 R-1」（高、想定年間損失 2,000万円）の受容を承認するか、追加対策を指示する"
    );
    assert_eq!(
        first.ask.title(Language::En),
        "Accept residual risk R-1 \"脅威 R-1\" (High, expected loss ¥20M/year) or direct further treatment"
    );
    assert_eq!(
        sum.decisions[12].trace,
        vec!["quarters[2].trainings[0]", "quarters[3].kpi_targets.training_completion_pct"]
    );
    assert_eq!(sum.headline.decisions, DecisionCounts { critical: 1, high: 7, medium: 5, low: 0 });
    assert_eq!((sum.headline.above_tolerance, sum.headline.unapproved), (2, 1));
    assert_eq!(sum.kpis_off_target, vec![KpiId::TrainingCompletion]);
}

#[test]
fn headline_reads_well_in_both_languages() {
    let s = scenario();
    let sum = board_summary(&s, q("2026Q2")).unwrap();
    // Overall: items 1 (3), 2 (1), 7 (4), 7 others at 2 → (3 + 1 + 4 + 14) / 10 = 2.2; target 3.
    // 2026Q1: all 2 but item 8 at (3 + 2) / 2 = 2.5 → 2.05; change +0.15.
    assert!((sum.headline.maturity.maturity - 2.2).abs() < 1e-12);
    assert_eq!(sum.headline.expected_loss_yen, 20_000_000);
    assert_eq!(sum.headline.expected_loss_change_yen, Some(20_000_000));
    assert_eq!(sum.headline.loss_to_budget, Some(2.0));
    assert_eq!(
        sum.headline.message(Language::Ja),
        "総合成熟度 2.2 / 目標 3（前期比 +0.15）。重要10項目のうち 赤 5・黄 3・青 2。想定年間損失 2,000万円（セキュリティ予算の 2 倍）。取締役会の判断事項 13 件（うち最重要・高 8 件）。"
    );
    assert!(
        sum.headline
            .message(Language::En)
            .starts_with("Overall maturity 2.2 against a target of 3 (+0.15 on the previous quarter).")
    );
}

#[test]
fn partial_history_caps_year_rules_at_amber() {
    let mut s = scenario();
    s.quarters.drain(..2); // records now start 2026-01-01
    for r in &mut s.quarters {
        r.reports.clear();
        r.trainings.clear();
        r.audits.clear();
    }
    let sum = latest_summary(&s).unwrap();
    assert!(!sum.year_covered);
    // No progress report and no drill would be red over a full year; with 6 months recorded, amber.
    let (l4, c4) = light(&sum, 4);
    assert_eq!(l4, Light::Amber);
    assert!(c4.contains(&"few_progress_reports") && c4.contains(&"no_audit"));
    let no_drill = sum.lights[8].signals.iter().find(|x| matches!(x.reason, Reason::NoDrill { .. })).unwrap();
    assert_eq!(no_drill.light, Light::Amber);
    assert_eq!(
        no_drill.reason.message(Language::Ja),
        "直近12か月に対応訓練・演習を実施していません（記録なし）（記録は 2026-01-01 以降）"
    );
    let drill = sum.decisions.iter().find(|x| matches!(x.ask, Ask::HoldDrill { .. })).unwrap();
    assert_eq!(drill.urgency, Urgency::Medium);
}

#[test]
fn unknown_quarter_lists_the_available_ones() {
    let s = scenario();
    let err = board_summary(&s, q("2024Q1")).unwrap_err();
    assert_eq!(
        err,
        PeriodError::UnknownQuarter {
            requested: q("2024Q1"),
            available: vec![q("2025Q3"), q("2025Q4"), q("2026Q1"), q("2026Q2")]
        }
    );
}

#[test]
fn every_quarter_summarises_and_serialises() {
    let s = scenario();
    for r in &s.quarters {
        let sum = board_summary(&s, r.quarter).unwrap();
        let json = serde_json::to_value(&sum).unwrap();
        assert_eq!(json["quarter"], r.quarter.to_string());
        assert_eq!(json["lights"].as_array().unwrap().len(), 10);
        assert_eq!(json["summary_version"], 1);
    }
    let sum = latest_summary(&s).unwrap();
    let json = serde_json::to_value(&sum).unwrap();
    assert_eq!(json["decisions"][0]["ask"]["code"], "approve_residual_risk");
    assert_eq!(json["lights"][2]["signals"][0]["reason"]["code"], "approval_missing");
    assert_eq!(json["kpis"]["kpis"][0]["status"], serde_json::Value::Null);
}

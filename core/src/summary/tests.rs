//! The board summary on a hand-built quarter whose every rule outcome is worked out below.

use super::Urgency;
use super::*;
use crate::fixture::{asset, d, q, risk, snapshot_with};
use crate::readiness::{DocumentKind, DocumentState};
use crate::risk::ApprovalState;
use crate::snapshot::*;
use crate::staffing::BudgetApproval;
use crate::text::Text;
use crate::vocabulary::Term;

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
        evidence_kind: None,
        evidence_name: None,
        maturity,
        required_maturity: 3.0,
        clauses: crate::partners::CLAUSES.to_vec(),
        last_review: maturity.map(|_| d("2026-01-15")),
        next_review: d("2027-01-15"),
        evidence_period_start: None,
        evidence_period_end: None,
        outsourcing: None,
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
    s.quarters[1].audits.push(Audit {
        id: "au2".into(),
        date: d("2025-12-10"),
        kind: AuditKind::StatutoryAuditor,
        auditor: "監査役会".into(),
        scope: "サイバーセキュリティ管理体制".into(),
    });
    s.quarters[2].trainings.push(Training {
        id: "t1".into(),
        date: d("2026-02-01"),
        title: "標的型メール".into(),
        audience: Audience::AllStaff,
        eligible: 10,
        completed: 5,
        repeat_of: None,
    });

    let r = &mut s.quarters[3];
    r.kpi_targets.training_completion_pct = Some(90.0);
    r.assets.push(asset("ec", "ECサイト"));
    // Residual (3,3) = high, the top level, tolerance medium, no approval: critical.
    let mut top = risk("R-1", "ec", (3, 3), (3, 3));
    top.loss_magnitude_yen = Some(100_000_000);
    top.annual_frequency = Some(0.2);
    top.inherent_annual_frequency = Some(0.5); // inherent 50,000,000
    // Residual (2,3) = high, approval expiring 2026-08-31 (62 days): medium.
    let mut expiring = risk("R-2", "ec", (3, 3), (2, 3));
    expiring.approval = Some(Approval {
        approver: "取締役会".into(),
        body: None,
        rating: None,
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
        // What the export does not record is said on the item with no light (`ItemLight::not_recorded`).
        .filter(|s| !s.reason.is_not_recorded())
        .map(|s| match s.reason {
            Reason::MeetsTarget { .. } => "meets_target",
            Reason::BelowTarget { .. } => "below_target",
            Reason::FarBelowTarget { .. } => "far_below_target",
            Reason::Fell { .. } => "fell",
            Reason::TargetLowered { .. } => "target_lowered",
            Reason::ApprovalMissing { .. } => "approval_missing",
            Reason::ApprovalNotByBoard { .. } => "approval_not_by_board",
            Reason::ApprovalWorsened { .. } => "approval_worsened",
            Reason::ApprovalExpired { .. } => "approval_expired",
            Reason::ApprovalExpiring { .. } => "approval_expiring",
            Reason::OwnToleranceAboveBoard { .. } => "own_tolerance_above_board",
            Reason::ToleranceChanged { .. } => "tolerance_changed",
            Reason::NoAssessment { .. } => "no_assessment",
            Reason::KpiOffTrack { .. } => "kpi_off_track",
            Reason::KpiAtRisk { .. } => "kpi_at_risk",
            Reason::FewProgressReports { .. } => "few_progress_reports",
            Reason::StatusMonthsMissing { .. } => "status_months_missing",
            Reason::PdcaReviewOverdue { .. } => "pdca_review_overdue",
            Reason::NoAudit { .. } => "no_audit",
            Reason::NoSecurityTest { .. } => "no_security_test",
            Reason::PartnersBelowRequired { .. } => "partners_below_required",
            Reason::PartnersNeverAssessed { .. } => "partners_never_assessed",
            Reason::PartnerReviewsOverdue { .. } => "partner_reviews_overdue",
            Reason::PartnersSelfReportOnly { .. } => "partners_self_report_only",
            Reason::ClausesMissing { .. } => "clauses_missing",
            Reason::BudgetNotApproved => "budget_not_approved",
            Reason::NoSecurityStaff => "no_security_staff",
            Reason::NoSharingMembership => "no_sharing_membership",
            Reason::IncidentsNotShared { .. } => "incidents_not_shared",
            Reason::DocumentUnapproved { .. } => "document_unapproved",
            Reason::SeriousIncidentResponse { .. } => "serious_incident_response",
            Reason::SeriousIncidentDisclosure { .. } => "serious_incident_disclosure",
            Reason::AuditInternalOnly { .. } => "audit_internal_only",
            Reason::NoStatutoryAudit { .. } => "no_statutory_audit",
            Reason::ReviewIntervalImplausible { .. } => "review_interval_implausible",
            Reason::NoCsirt => "no_csirt",
            Reason::NoDrill { .. } => "no_drill",
            Reason::DocumentMissing { .. } => "document_missing",
            Reason::DocumentReviewOverdue { .. } => "document_review_overdue",
            Reason::FollowUpsOverdue { .. } => "follow_ups_overdue",
            Reason::PoliceNotListed => "police_not_listed",
            Reason::NoReportFormats => "no_report_formats",
            Reason::EscalationBreached { .. } => "escalation_breached",
            Reason::RegulatorNotNotified { .. } => "regulator_not_notified",
            Reason::NoticeTemplateIncomplete { .. } => "notice_template_incomplete",
            Reason::DisclosureStagesMissing { .. } => "disclosure_stages_missing",
            Reason::DisclosurePlanNotRecorded { .. } => "disclosure_plan_not_recorded",
            Reason::NoPublication { .. } => "no_publication",
            Reason::GovernanceNotRecorded => "governance_not_recorded",
            Reason::PolicyNotApproved => "policy_not_approved",
            Reason::PolicyNotByExecutive { .. } => "policy_not_by_executive",
            Reason::PolicyReviewOverdue { .. } => "policy_review_overdue",
            Reason::PlanNotApproved => "plan_not_approved",
            Reason::NoCiso => "no_ciso",
            Reason::NoCommittee => "no_committee",
            Reason::CommitteeDidNotMeet { .. } => "committee_did_not_meet",
            Reason::NotLinkedToErm => "not_linked_to_erm",
            Reason::DirectivesOverdue { .. } => "directives_overdue",
            Reason::ActionsOverdue { .. } => "actions_overdue",
            Reason::BudgetApprovalNotInForce { .. } => "budget_approval_not_in_force",
            Reason::SecurityStaffShort { .. } => "security_staff_short",
            Reason::QualifiedStaffShort { .. } => "qualified_staff_short",
            Reason::SkillsGapsUncovered { .. } => "skills_gaps_uncovered",
            Reason::CareerPathMissing { .. } => "career_path_missing",
            Reason::PeopleNotRecorded { .. } => "people_not_recorded",
            Reason::ExternalForensicsNotArranged { .. } => "external_forensics_not_arranged",
            Reason::CsirtAuthorityMissing { .. } => "csirt_authority_missing",
            Reason::StopRestoreCriteriaMissing { .. } => "stop_restore_criteria_missing",
            Reason::CsirtDesignNotRecorded { .. } => "csirt_design_not_recorded",
            Reason::SocReportStale { .. } => "soc_report_stale",
            Reason::ScopeSplitMissing { .. } => "scope_split_missing",
            Reason::SlaMissing { .. } => "sla_missing",
            Reason::EmergencyCooperationMissing { .. } => "emergency_cooperation_missing",
            Reason::FlowDownMissing { .. } => "flow_down_missing",
            Reason::CloudPointsUnconfirmed { .. } => "cloud_points_unconfirmed",
            Reason::OutsourcingNotRecorded { .. } => "outsourcing_not_recorded",
            Reason::TrainingCoverage { .. } => "training_coverage",
            Reason::VulnerabilitiesNotRecorded => "vulnerabilities_not_recorded",
            Reason::PatchTargetMissing => "patch_target_missing",
            Reason::CriticalsOverdue { .. } => "criticals_overdue",
            Reason::PastSupport { .. } => "past_support",
            Reason::PdcaCycleOverrun { .. } => "pdca_cycle_overrun",
            Reason::LatestAssessment { .. } => "latest_assessment",
            Reason::PdcaNotChecked { .. } => "pdca_not_checked",
            Reason::BeyondRtoUntreated { .. } => "beyond_rto_untreated",
            Reason::BusinessImpactNotRecorded => "business_impact_not_recorded",
        })
        .collect();
    (l.light, codes)
}

/// The codes of the item's not-recorded notes, in order.
fn notes(sum: &BoardSummary, item: u8) -> Vec<String> {
    sum.lights[usize::from(item) - 1].not_recorded().map(|s| serde_code(&s.reason)).collect()
}

fn ask_code(ask: &Ask) -> &'static str {
    match ask {
        Ask::ApproveResidualRisk { .. } => "approve_residual_risk",
        Ask::ConfirmOwnTolerances { .. } => "confirm_own_tolerances",
        Ask::DecideToleranceRaise { .. } => "decide_tolerance_raise",
        Ask::KpiOffTrack { .. } => "kpi_off_track",
        Ask::KpiAtRisk { running: false, .. } => "kpi_at_risk",
        Ask::KpiAtRisk { running: true, .. } => "kpi_at_risk_running",
        Ask::ConfirmLoweredTargets { .. } => "confirm_lowered_targets",
        Ask::ApproveBudget => "approve_budget",
        Ask::EstablishCsirt => "establish_csirt",
        Ask::GrantCsirtAuthority { .. } => "grant_csirt_authority",
        Ask::HoldDrill { .. } => "hold_drill",
        Ask::CreateDocument { .. } => "create_document",
        Ask::ReviewDocument { .. } => "review_document",
        Ask::ReviewPdca { .. } => "review_pdca",
        Ask::ScheduleProgressReports { .. } => "schedule_progress_reports",
        Ask::CommissionAudit { .. } => "commission_audit",
        Ask::CommissionSecurityTest { .. } => "commission_security_test",
        Ask::ReportMonthly { .. } => "report_monthly",
        Ask::ApproveDocument { .. } => "approve_document",
        Ask::PreventRecurrence { .. } => "prevent_recurrence",
        Ask::DecideDisclosure { .. } => "decide_disclosure",
        Ask::IncludeInStatutoryAudit { .. } => "include_in_statutory_audit",
        Ask::PartnerBelowRequired { .. } => "partner_below_required",
        Ask::AssessPartner { .. } => "assess_partner",
        Ask::StrengthenPartnerEvidence { .. } => "strengthen_partner_evidence",
        Ask::ReviewPartner { .. } => "review_partner",
        Ask::AmendContracts { .. } => "amend_contracts",
        Ask::ChaseFollowUps { .. } => "chase_follow_ups",
        Ask::PatchCriticals { .. } => "patch_criticals",
        Ask::ReplaceUnsupportedSystems { .. } => "replace_unsupported_systems",
        Ask::CheckPdca { .. } => "check_pdca",
        Ask::FurtherDecisions { .. } => "further_decisions",
        Ask::AddressEscalationBreaches { .. } => "address_escalation_breaches",
        Ask::NotifyRegulator { .. } => "notify_regulator",
        Ask::ApprovePolicy { .. } => "approve_policy",
        Ask::ReviewPolicy { .. } => "review_policy",
        Ask::ApprovePlan => "approve_plan",
        Ask::AppointCiso => "appoint_ciso",
        Ask::DirectiveOverdue { .. } => "directive_overdue",
        Ask::ChaseActions { .. } => "chase_actions",
    }
}

#[test]
fn traffic_lights_follow_the_rules() {
    let s = scenario();
    let sum = board_summary(&s, q("2026Q2")).unwrap();
    assert!(sum.year_covered);
    // No governance record: items 1 and 2 say so and keep the check sheet's colour.
    assert_eq!(light(&sum, 1), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&sum, 2), (Light::Red, vec!["far_below_target", "fell"])); // 2 → 1
    assert_eq!(notes(&sum, 1), vec!["governance_not_recorded"]);
    assert_eq!(notes(&sum, 2), vec!["governance_not_recorded"]);
    assert_eq!(
        light(&sum, 3),
        (Light::Red, vec!["approval_missing", "below_target", "approval_expiring", "no_assessment"])
    );
    // One progress report (amber); months Oct 2025 … Jun 2026 lack status reports; external audit held;
    // no security test; (4)-4's target is 3 and nothing was published in the year (rule D4).
    assert_eq!(
        light(&sum, 4),
        (
            Light::Amber,
            vec!["below_target", "few_progress_reports", "status_months_missing", "no_security_test", "no_publication"]
        )
    );
    assert_eq!(light(&sum, 5), (Light::Red, vec!["partners_never_assessed", "below_target"]));
    // Training 5/10 = 50 % against 90 %: off track.
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["below_target", "budget_not_approved", "kpi_off_track"]));
    assert_eq!(light(&sum, 7), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["below_target", "fell", "no_sharing_membership"]));
    assert_eq!(notes(&sum, 8), vec!["vulnerabilities_not_recorded"]);
    assert_eq!(
        light(&sum, 9),
        (Light::Red, vec!["no_csirt", "no_drill", "document_missing", "document_missing", "below_target"])
    );
    assert_eq!(
        light(&sum, 10),
        (
            Light::Red,
            vec!["document_missing", "document_missing", "below_target", "no_report_formats", "no_publication",]
        )
    );
    assert_eq!(notes(&sum, 10), vec!["disclosure_plan_not_recorded"]);
    assert_eq!(sum.headline.lights, LightCounts { green: 2, amber: 3, red: 5 });

    let item4 = &sum.lights[3];
    let Reason::StatusMonthsMissing { months } = &item4.signals[2].reason else { panic!() };
    // Silent: Oct 2025, then Dec 2025 … Jun 2026 (the progress report of 2025-11-10 makes November reported).
    assert_eq!(months.len(), 8);
    assert_eq!(months[..2], ["2025-10", "2025-12"]);
    assert_eq!(item4.signals[2].trace, vec!["quarters[1].reports", "quarters[2].reports", "quarters[3].reports"]);
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
    let got: Vec<(usize, Urgency, u8, &str)> =
        sum.decisions.iter().map(|x| (x.rank, x.urgency, x.item, ask_code(&x.ask))).collect();
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
            (11, Medium, 4, "report_monthly"),
            (12, Medium, 4, "commission_security_test"),
            (13, Medium, 6, "approve_budget"),
            (14, Medium, 6, "kpi_off_track"),
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
        sum.decisions.iter().find(|x| ask_code(&x.ask) == "kpi_off_track").unwrap().trace,
        vec!["quarters[2].trainings[0]", "quarters[3].kpi_targets.training_completion_pct"]
    );
    assert_eq!(sum.headline.decisions, DecisionCounts { critical: 1, high: 7, medium: 6, low: 0 });
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
    // Rule 14: the reduction (50,000,000 − 20,000,000) against the budget (10,000,000), not the residual.
    assert_eq!((sum.headline.loss_reduction_yen, sum.headline.reduction_to_budget), (30_000_000, Some(3.0)));
    assert_eq!(
        sum.headline.message(Language::Ja),
        "総合成熟度 2.2 / 目標 3（前期比 +0.15）。重要10項目のうち 赤 5・黄 3・青 2。想定年間損失 2,000万円、対策による低減 3,000万円 はセキュリティ予算の 3 倍。取締役会の判断事項 14 件（うち最重要・高 8 件）。"
    );
    let mut s = s;
    s.quarters[3].risks[1].loss_magnitude_yen = None;
    let sum = board_summary(&s, q("2026Q2")).unwrap();
    assert!(sum.headline.message(Language::En).contains("(1 of "), "{}", sum.headline.message(Language::En));
    assert!(sum.headline.message(Language::Ja).contains("（未見積 1 件）"));
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

// ---------------------------------------------------------------------------------------------------
// One rule at a time. `calm()` is a year of records in which no rule fires: every light is green with
// only `meets_target`, and the board is asked nothing. Each test below breaks one thing, works out from
// the rule's words in docs/SUMMARY.md what the light and the decisions must then be, and checks that
// exactly that — and nothing else — happens.
// ---------------------------------------------------------------------------------------------------

/// The index of 2026Q2 (the quarter summarised) in `calm()`.
const NOW: usize = 3;

fn report(date: &str, kind: ReportKind) -> ExecutiveReport {
    ExecutiveReport { date: d(date), kind, forum: "取締役会".into(), summary: "報告".into() }
}

fn audit(id: &str, date: &str, kind: AuditKind) -> Audit {
    Audit { id: id.into(), date: d(date), kind, auditor: "監査人".into(), scope: "全社".into() }
}

fn reviewed(last_review: &str) -> ReviewedDocument {
    ReviewedDocument {
        exists: true,
        approved_by: Some("CISO".into()),
        last_review: Some(d(last_review)),
        review_interval_days: 365,
    }
}

/// The quarter of the export (`calm()`) a date of 2025-07-01 … 2026-06-30 falls in.
fn quarter_of(date: &str) -> usize {
    let date = d(date);
    ["2025Q3", "2025Q4", "2026Q1", "2026Q2"].iter().position(|x| q(x).start() <= date && date <= q(x).end()).unwrap()
}

/// 2025Q3 … 2026Q2, as of 2026-06-30 (the trailing year is exactly covered); every check item at its
/// target; each of the 12 months with a status report; 2 progress reports; an external audit, a
/// statutory auditor's audit, a vulnerability assessment, a risk assessment, a drill in the year; budget approved; a CSIRT; all four
/// documents reviewed this year; the police on the notification list; a report format; a membership.
fn calm() -> Snapshot {
    let mut s = snapshot_with(&["2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
    for r in &mut s.quarters {
        for a in &mut r.checksheet {
            a.maturity = 3;
        }
    }
    for month in ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
        .into_iter()
        .chain(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
    {
        let date = format!("{month}-25");
        s.quarters[quarter_of(&date)].reports.push(report(&date, ReportKind::Status));
    }
    s.quarters[1].reports.push(report("2025-11-10", ReportKind::Progress));
    s.quarters[NOW].reports.push(report("2026-05-12", ReportKind::Progress));
    let r = &mut s.quarters[NOW];
    r.audits.push(audit("au-external", "2026-05-20", AuditKind::External));
    r.audits.push(audit("au-statutory", "2026-05-22", AuditKind::StatutoryAuditor));
    r.audits.push(audit("au-va", "2026-06-01", AuditKind::VulnerabilityAssessment));
    r.assessments.push(Assessment {
        id: "as1".into(),
        date: d("2026-04-15"),
        scope: "全社".into(),
        method: AssessmentMethod::Detailed,
    });
    r.budget.approved_on = Some(d("2026-04-01"));
    r.information_sharing.memberships.push(Membership {
        id: "m1".into(),
        body: "JPCERT/CC".into(),
        kind: MembershipKind::AlertSource,
        contact: "CISO".into(),
        since: d("2020-04-01"),
    });
    let e = &mut r.emergency;
    e.csirt = CsirtForm::Virtual;
    e.csirt_members = 4;
    e.contact_list = reviewed("2026-04-10");
    e.response_manual = reviewed("2026-04-10");
    e.drills.push(Drill {
        id: "dr1".into(),
        date: d("2026-05-15"),
        scenario: "ランサムウェア".into(),
        scope: DrillScope::Executive,
    });
    let x = &mut r.disclosure;
    x.notification_list = reviewed("2026-04-10");
    x.executive_reporting_rules = reviewed("2026-04-10");
    x.includes_police = true;
    x.report_formats = vec!["第一報".into()];
    // The disclosure plan on record (rules D1..D3 quiet): the whole 5W1H, the three stages, a
    // spokesperson, and an escalation rule that sets no per-class limit (no breach verdict, E1).
    x.escalation_days = Some(EscalationLimits::default());
    x.notice_template = NoticeElement::ALL.to_vec();
    x.staged_plan = DisclosureStage::ALL
        .iter()
        .map(|&stage| PlannedStage { stage, recipients: vec![NoticeRecipient::Regulator] })
        .collect();
    x.spokesperson = Some("社長".into());
    // (4)-4's target is 3: one public document in the year (rule D4 quiet).
    x.publications.push(Publication {
        date: d("2026-06-20"),
        kind: PublicationKind::SecurityReport,
        title: "情報セキュリティ報告書".into(),
        url: None,
    });
    r.governance = Some(governed());
    r.vulnerabilities.critical_patch_target_days = Some(14);
    r.vulnerabilities.open = Some(OpenVulnerabilities { critical: 0, high: 1, medium: 3, low: 5 });
    crate::fixture::assert_valid(&s);
    s
}

/// The executive's own decisions, all taken and current at 2026-06-30 (0-4).
fn governed() -> Governance {
    Governance {
        policy_approved_on: Some(d("2025-10-01")),
        policy_body: Some(ApprovingBody::Board),
        policy_next_review: Some(d("2026-09-30")),
        ciso_appointed_on: Some(d("2025-04-01")),
        ciso: Some("取締役 CISO".into()),
        committee: Some("経営リスク管理委員会".into()),
        committee_meetings: Some(1),
        plan_approved_on: Some(d("2026-04-01")),
        plan_body: Some(ApprovingBody::Board),
        erm_linked: Some(true),
    }
}

fn summary_of(s: &Snapshot) -> BoardSummary {
    crate::fixture::assert_valid(s);
    board_summary(s, q("2026Q2")).unwrap()
}

/// Every decision as (urgency, item, ask code), in rank order.
fn asks(sum: &BoardSummary) -> Vec<(Urgency, u8, &'static str)> {
    sum.decisions.iter().map(|x| (x.urgency, x.item, ask_code(&x.ask))).collect()
}

/// Asserts that every item other than `except` is green on the check sheet alone (item 3 also names
/// the latest risk assessment and its method, shown green).
fn others_calm(sum: &BoardSummary, except: &[u8]) {
    for item in (1..=10).filter(|i| !except.contains(i)) {
        let (l, mut codes) = light(sum, item);
        codes.retain(|c| *c != "latest_assessment");
        assert_eq!((l, codes), (Light::Green, vec!["meets_target"]), "item {item}");
    }
}

fn partner_of(id: &str, kind: PartnerKind, sensitive: bool, maturity: Option<f64>) -> Partner {
    Partner { handles_sensitive_data: sensitive, ..partner(id, kind, maturity) }
}

#[test]
fn a_calm_year_is_all_green_and_asks_nothing() {
    let sum = summary_of(&calm());
    assert!(sum.year_covered);
    others_calm(&sum, &[]);
    assert_eq!(sum.decisions, vec![]);
    assert_eq!(sum.headline.lights, LightCounts { green: 10, amber: 0, red: 0 });
}

/// Item 3, `approval_expired` (red): a residual risk above tolerance whose approval expired
/// (effective expiry before the reference date: late from the day after). Decision `approve_residual_risk`: critical at the matrix's top level,
/// else high.
#[test]
fn an_expired_approval_is_red_and_critical_at_the_top_level() {
    let mut s = calm();
    let r = &mut s.quarters[NOW];
    r.assets.push(asset("ec", "ECサイト"));
    let approval = |expires: &str| {
        Some(Approval {
            approver: "取締役会".into(),
            body: None,
            rating: None,
            approved_on: d("2025-10-01"),
            expires_on: d(expires),
            reference: None,
        })
    };
    // (3,3) = high, the top level; expired the day before the reference date (in time on 2026-06-29).
    let mut top = risk("R-top", "ec", (3, 3), (3, 3));
    top.approval = approval("2026-06-29");
    // (2,1) = medium, above its own tolerance `low`; expired a month ago.
    let mut mid = risk("R-mid", "ec", (3, 3), (2, 1));
    mid.tolerance = Some("low".into());
    mid.approval = approval("2026-05-31");
    // (2,3) = high, approval valid for another 91 days: no signal, no decision.
    let mut valid = risk("R-ok", "ec", (3, 3), (2, 3));
    valid.approval = approval("2026-09-29");
    r.risks = vec![top, mid, valid];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 3), (Light::Red, vec!["approval_expired", "meets_target", "latest_assessment"]));
    let signal = &sum.lights[2].signals[0];
    assert_eq!(signal.reason, Reason::ApprovalExpired { risks: 2 });
    assert_eq!(signal.trace, vec!["quarters[3].risks[0]", "quarters[3].risks[1]"]);
    others_calm(&sum, &[3]);
    assert_eq!(
        asks(&sum),
        vec![(Urgency::Critical, 3, "approve_residual_risk"), (Urgency::High, 3, "approve_residual_risk")]
    );
    let Ask::ApproveResidualRisk { risk, approval, expires_on, .. } = &sum.decisions[1].ask else { panic!() };
    assert_eq!((risk.as_str(), *approval, *expires_on), ("R-mid", ApprovalState::Expired, Some(d("2026-05-31"))));
    assert_eq!((sum.headline.above_tolerance, sum.headline.unapproved), (3, 2));
}

/// Item 3, `own_tolerance_above_board` (amber), rule 5: a risk's own tolerance above the board's never
/// takes it out of the decisions; the board's tolerance applies and the override is one medium decision
/// `confirm_own_tolerances` naming the risks.
#[test]
fn an_own_tolerance_above_the_boards_is_a_board_matter() {
    let mut s = calm();
    let r = &mut s.quarters[NOW];
    r.assets.push(asset("ec", "ECサイト"));
    // (2,3) = high, own tolerance high (one above the board's medium): above the board's, no approval.
    let mut loose = risk("R-loose", "ec", (3, 3), (2, 3));
    loose.tolerance = Some("high".into());
    // (1,1) = low with own tolerance high: within either, but the override is still the board's matter.
    let mut idle = risk("R-idle", "ec", (3, 3), (1, 1));
    idle.tolerance = Some("high".into());
    // Own tolerance equal to the board's: no signal.
    let mut same = risk("R-same", "ec", (3, 3), (2, 2));
    same.tolerance = Some("medium".into());
    r.risks = vec![loose, idle, same];
    let sum = summary_of(&s);
    assert_eq!(
        light(&sum, 3),
        (Light::Red, vec!["approval_missing", "own_tolerance_above_board", "meets_target", "latest_assessment"])
    );
    assert_eq!(
        sum.lights[2].signals[1].trace,
        vec!["quarters[3].risks[0].tolerance", "quarters[3].risks[1].tolerance"]
    );
    others_calm(&sum, &[3]);
    assert_eq!(
        asks(&sum),
        vec![(Urgency::Critical, 3, "approve_residual_risk"), (Urgency::Medium, 3, "confirm_own_tolerances")]
    );
    let d = &sum.decisions[1];
    assert_eq!(
        d.ask.title(Language::En),
        "Risk(s) R-loose, R-idle set their own tolerance above the board's (Medium): confirm as a board decision or withdraw"
    );
    assert_eq!(sum.headline.above_tolerance, 1);
}

/// Item 3, rule 6 and the anniversary convention: an approval is in time on its expiry date, expired
/// the day after; a CISO's approval is not the board's; a worsened risk's approval lapses; a long approval
/// is capped at 12 months (settable) and the decision says so.
#[test]
fn an_approval_is_the_boards_approval_of_that_rating() {
    let base = |approved: &str, expires: &str| Approval {
        approver: "取締役会".into(),
        body: Some(ApprovingBody::Board),
        rating: None,
        approved_on: d(approved),
        expires_on: d(expires),
        reference: None,
    };
    let at = |expires: &str| {
        let mut s = calm();
        let r = &mut s.quarters[NOW];
        r.assets.push(asset("ec", "ECサイト"));
        let mut x = risk("R-1", "ec", (3, 3), (2, 3)); // high: above the board's medium
        x.approval = Some(base("2025-10-01", expires));
        r.risks = vec![x];
        summary_of(&s)
    };
    // Reference 2026-06-30: the day before / of / after the stated expiry.
    assert_eq!(light(&at("2026-06-29"), 3).1[0], "approval_expired");
    assert_eq!(light(&at("2026-06-30"), 3).1[0], "approval_expiring");
    assert_eq!(at("2026-06-30").decisions[0].urgency, Urgency::Medium);
    assert_eq!(light(&at("2026-07-01"), 3).1[0], "approval_expiring");

    let mut s = calm();
    let r = &mut s.quarters[NOW];
    r.assets.push(asset("ec", "ECサイト"));
    let mut ciso = risk("R-ciso", "ec", (3, 3), (2, 3));
    ciso.approval =
        Some(Approval { approver: "CISO".into(), body: Some(ApprovingBody::Ciso), ..base("2026-04-01", "2027-03-31") });
    let mut worse = risk("R-worse", "ec", (3, 3), (2, 3));
    worse.approval =
        Some(Approval { rating: Some(Rating { likelihood: 2, impact: 2 }), ..base("2026-04-01", "2027-03-31") });
    // Approved 2025-06-30 "for ten years": capped at 2026-06-30 — in time today, expiring.
    let mut long = risk("R-long", "ec", (3, 3), (2, 3));
    long.approval = Some(base("2025-06-30", "2035-06-30"));
    r.risks = vec![ciso, worse, long];
    let sum = summary_of(&s);
    assert_eq!(
        light(&sum, 3),
        (
            Light::Red,
            vec![
                "approval_not_by_board",
                "approval_worsened",
                "approval_expiring",
                "meets_target",
                "latest_assessment"
            ]
        )
    );
    assert_eq!(
        asks(&sum),
        vec![
            (Urgency::Critical, 3, "approve_residual_risk"), // high is the matrix's top level
            (Urgency::Critical, 3, "approve_residual_risk"),
            (Urgency::Medium, 3, "approve_residual_risk")
        ]
    );
    assert_eq!(
        sum.decisions[0].ask.title(Language::En),
        "Residual risk R-ciso \"脅威 R-ciso\" (High, expected loss ¥0/year) is accepted only by CISO, not the board: accept it or direct further treatment"
    );
    assert!(
        sum.decisions[1].ask.title(Language::En).contains("worsened to High"),
        "{}",
        sum.decisions[1].ask.title(Language::En)
    );
    let Ask::ApproveResidualRisk { expires_on, capped, .. } = &sum.decisions[2].ask else { panic!() };
    assert_eq!((*expires_on, *capped), (Some(d("2026-06-30")), true));
    assert!(sum.decisions[2].ask.title(Language::Ja).contains("承認の有効期間の上限"));
    assert_eq!((sum.headline.above_tolerance, sum.headline.unapproved), (3, 2));
    // A validity setting of 24 months lifts the cap.
    s.risk_matrix.approval_validity_months = Some(24);
    let sum = summary_of(&s);
    let Ask::ApproveResidualRisk { expires_on, capped, .. } = &sum.decisions.last().unwrap().ask else { panic!() };
    assert_eq!((*expires_on, *capped), (Some(d("2027-03-31")), false));
}

/// Item 3, rule 4: each quarter is judged by the tolerance in force at its reference date; a change in
/// the quarter shows as `tolerance_changed` (green by the board, red and a high decision when raised by
/// someone else).
#[test]
fn each_quarter_is_judged_by_the_tolerance_in_force_then() {
    let mut s = calm();
    for q in &mut s.quarters {
        q.assets.push(asset("ec", "ECサイト"));
        q.risks = vec![risk("R-1", "ec", (3, 3), (2, 2))]; // medium
    }
    // Tolerance was `low` and was raised to `medium` on the last quarter's first day.
    let change =
        |body| ToleranceChange { on: d("2026-04-01"), from: "low".into(), to: "medium".into(), body, reference: None };
    s.risk_matrix.tolerance_changes = vec![change(ApprovingBody::Board)];
    let earlier = board_summary(&s, s.quarters[NOW - 1].quarter).unwrap();
    assert_eq!(earlier.risk.tolerance.as_ref().map(|t| t.id.as_str()), Some("low"));
    assert_eq!(earlier.risk.above_tolerance.len(), 1); // medium > low then
    assert!(earlier.risk.tolerance_changes.is_empty());
    let now = summary_of(&s);
    assert_eq!(now.risk.tolerance.as_ref().map(|t| t.id.as_str()), Some("medium"));
    assert_eq!(now.risk.above_tolerance.len(), 0);
    assert_eq!(light(&now, 3), (Light::Green, vec!["meets_target", "tolerance_changed", "latest_assessment"]));
    assert_eq!(
        now.lights[2].signals[1].reason.message(Language::En),
        "The Board of directors raised the tolerance from Low to Medium on 2026-04-01"
    );
    assert_eq!(now.decisions, vec![]);
    // Raised by the CISO: red, and the board is asked to decide.
    s.risk_matrix.tolerance_changes = vec![change(ApprovingBody::Ciso)];
    let now = summary_of(&s);
    assert_eq!(light(&now, 3), (Light::Red, vec!["tolerance_changed", "meets_target", "latest_assessment"]));
    assert_eq!(asks(&now), vec![(Urgency::High, 3, "decide_tolerance_raise")]);
    assert_eq!(now.decisions[0].trace, vec!["risk_matrix.tolerance_changes[0]"]);
    // The day before the change lies in the previous quarter: not an event of this one.
    s.risk_matrix.tolerance_changes = vec![ToleranceChange { on: d("2026-03-31"), ..change(ApprovingBody::Ciso) }];
    let now = summary_of(&s);
    assert!(now.risk.tolerance_changes.is_empty());
    let earlier = board_summary(&s, s.quarters[NOW - 1].quarter).unwrap();
    assert_eq!(earlier.risk.tolerance_changes.len(), 1);
    assert_eq!(earlier.risk.tolerance.as_ref().map(|t| t.id.as_str()), Some("medium"));
}

/// Item 4, `pdca_review_overdue` (amber): a PDCA area past its `next_review` (before the reference date).
/// Decision `review_pdca` (medium) per area, with the days overdue.
#[test]
fn an_overdue_pdca_review_is_amber_and_asks_for_a_review() {
    let mut s = calm();
    let cycle = |id: &str, area: &str, next_review: &str| PdcaCycle {
        id: id.into(),
        area: area.into(),
        area_en: Some(format!("{id} area")),
        phase: Phase::Do,
        cycle_days: 365,
        last_plan: Some(d("2026-01-10")),
        last_do: Some(d("2026-02-01")),
        last_check: Some(d("2025-12-15")), // a running cycle (4-1)
        last_act: None,
        next_review: d(next_review),
    };
    s.quarters[NOW].pdca = vec![
        cycle("p1", "教育", "2026-06-01"),   // 29 days overdue
        cycle("p2", "監視", "2026-06-30"),   // due on the reference date: not overdue
        cycle("p3", "委託先", "2026-12-31"), // not due
    ];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["pdca_review_overdue", "meets_target"]));
    let signal = &sum.lights[3].signals[0];
    assert_eq!(signal.reason, Reason::PdcaReviewOverdue { areas: vec![Text::new("教育", "p1 area")] });
    assert_eq!(signal.trace, vec!["quarters[3].pdca[0]"]);
    others_calm(&sum, &[4]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 4, "review_pdca")]);
    assert_eq!(sum.decisions[0].ask, Ask::ReviewPdca { area: Text::new("教育", "p1 area"), days_overdue: 29 });
    assert_eq!(sum.decisions[0].trace, vec!["quarters[3].pdca[0]"]);
}

/// Item 4, `no_audit` † (amber): no audit of any kind in the trailing year — a vulnerability
/// assessment is not an audit. Decision `commission_audit` (medium). A statutory auditor's audit alone
/// is an audit, but the fallback: `audit_internal_only` (green, shown).
#[test]
fn no_audit_in_a_covered_year_is_amber_and_asks_for_one() {
    let mut s = calm();
    s.quarters[NOW].audits.retain(|a| a.kind != AuditKind::External);
    // Only the statutory auditor's audit: an audit, but only the fallback — shown, not a decision.
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Green, vec!["meets_target", "audit_internal_only"]));
    let shown = &sum.lights[3].signals[1];
    assert_eq!(shown.reason, Reason::AuditInternalOnly { internal: 0, statutory: 1 });
    assert_eq!(shown.trace, vec!["quarters[3].audits[0]"]);
    assert_eq!(asks(&sum), vec![]);

    // Nothing but the vulnerability assessment: no audit (and no statutory auditor's audit).
    s.quarters[NOW].audits.retain(|a| a.kind == AuditKind::VulnerabilityAssessment);
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["no_audit", "no_statutory_audit", "meets_target"]));
    assert_eq!(sum.lights[3].signals[0].reason, Reason::NoAudit { last: None, records_from: None });
    others_calm(&sum, &[4]);
    assert_eq!(
        asks(&sum),
        vec![(Urgency::Medium, 4, "commission_audit"), (Urgency::Low, 4, "include_in_statutory_audit")]
    );

    // An external audit and a statutory auditor's audit on the trailing year's first day satisfy both rules.
    s.quarters[0].audits.push(audit("au-ext", "2025-07-01", AuditKind::External));
    s.quarters[0].audits.push(audit("au-st", "2025-07-01", AuditKind::StatutoryAuditor));
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    assert_eq!(asks(&sum), vec![]);
}

/// Item 4, `no_statutory_audit` † (amber): no statutory auditor's (監査役) audit in the trailing year,
/// (4)-2. Decision `include_in_statutory_audit` (low), naming the last one. An internal audit alone is
/// shown as the fallback.
#[test]
fn statutory_auditors_review_is_judged() {
    let mut s = calm();
    s.quarters[NOW].audits.retain(|a| a.kind != AuditKind::StatutoryAuditor);
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["no_statutory_audit", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Low, 4, "include_in_statutory_audit")]);
    assert_eq!(
        sum.decisions[0].ask.title(Language::En),
        "Ask the statutory auditors to include the cyber-security risk management system in their audit (none on record)"
    );
    // Internal audit instead of the external one: the fallback is shown beside it.
    s.quarters[NOW].audits[0].kind = AuditKind::Internal;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["no_statutory_audit", "meets_target", "audit_internal_only"]));
    assert_eq!(
        sum.lights[3].signals[2].reason.message(Language::Ja),
        "直近12か月の監査は内部監査 1 回・監査役監査 0 回のみで、外部監査はありません（外部監査が困難な場合の代替, (4)-2）"
    );
}

/// Item 4, `few_progress_reports` † — red if 0: no progress report in the trailing year. Decision
/// `schedule_progress_reports`: high if 0.
#[test]
fn no_progress_report_in_a_covered_year_is_red_and_high() {
    let mut s = calm();
    for r in &mut s.quarters {
        r.reports.retain(|x| x.kind != ReportKind::Progress);
    }
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Red, vec!["few_progress_reports", "meets_target"]));
    assert_eq!(sum.lights[3].signals[0].reason, Reason::FewProgressReports { count: 0, records_from: None });
    others_calm(&sum, &[4]);
    assert_eq!(asks(&sum), vec![(Urgency::High, 4, "schedule_progress_reports")]);
    assert_eq!(sum.decisions[0].ask, Ask::ScheduleProgressReports { count: 0 });
}

/// Items 5 and 7, `partners_below_required`: assessed maturity below the required — red if the partner
/// handles sensitive data, else amber. Decision `partner_below_required`: high if sensitive, else medium.
#[test]
fn partners_below_their_required_maturity() {
    let mut s = calm();
    s.quarters[NOW].partners = vec![
        partner_of("sup", PartnerKind::Supplier, true, Some(2.0)), // item 5, sensitive, 2 < 3
        partner_of("cld", PartnerKind::Cloud, false, Some(2.9)),   // item 7, not sensitive, 2.9 < 3
        partner_of("out", PartnerKind::Outsourcer, false, Some(3.0)), // item 7, exactly the required: fine
    ];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 5), (Light::Red, vec!["partners_below_required", "meets_target"]));
    assert_eq!(
        sum.lights[4].signals[0].reason,
        Reason::PartnersBelowRequired { partners: vec!["sup社".into()], sensitive: true }
    );
    assert_eq!(light(&sum, 7), (Light::Amber, vec!["partners_below_required", "meets_target"]));
    assert_eq!(
        sum.lights[6].signals[0].reason,
        Reason::PartnersBelowRequired { partners: vec!["cld社".into()], sensitive: false }
    );
    assert_eq!(sum.lights[6].signals[0].trace, vec!["quarters[3].partners[1]"]);
    others_calm(&sum, &[5, 7]);
    assert_eq!(
        asks(&sum),
        vec![(Urgency::High, 5, "partner_below_required"), (Urgency::Medium, 7, "partner_below_required")]
    );
    assert_eq!(
        sum.decisions[1].ask,
        Ask::PartnerBelowRequired { partner_id: "cld".into(), partner: "cld社".into(), maturity: 2.9, required: 3.0 }
    );
}

/// Items 5 and 7, `partners_never_assessed`: amber for a partner without sensitive data (red with it,
/// see `traffic_lights_follow_the_rules`). Decision `assess_partner`: medium without sensitive data.
#[test]
fn a_partner_never_assessed_without_sensitive_data_is_amber_and_medium() {
    let mut s = calm();
    s.quarters[NOW].partners = vec![partner_of("out", PartnerKind::Outsourcer, false, None)];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 7), (Light::Amber, vec!["partners_never_assessed", "meets_target"]));
    assert_eq!(
        sum.lights[6].signals[0].reason,
        Reason::PartnersNeverAssessed { partners: vec!["out社".into()], sensitive: false }
    );
    others_calm(&sum, &[7]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 7, "assess_partner")]);
}

/// Items 5 and 7, `partner_reviews_overdue` (amber): `next_review` before the reference date. Decision
/// `review_partner` for an assessed partner: medium if sensitive, else low.
#[test]
fn overdue_partner_reviews_are_amber_and_asked_by_sensitivity() {
    let mut s = calm();
    let overdue = |id: &str, kind, sensitive, next: &str| Partner {
        next_review: d(next),
        ..partner_of(id, kind, sensitive, Some(3.5))
    };
    s.quarters[NOW].partners = vec![
        overdue("sup", PartnerKind::Supplier, true, "2026-06-01"), // 29 days overdue
        overdue("cld", PartnerKind::Cloud, false, "2026-06-29"),   // 1 day overdue
        overdue("out", PartnerKind::Outsourcer, true, "2026-06-30"), // due today: not overdue
    ];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 5), (Light::Amber, vec!["partner_reviews_overdue", "meets_target"]));
    assert_eq!(light(&sum, 7), (Light::Amber, vec!["partner_reviews_overdue", "meets_target"]));
    assert_eq!(sum.lights[6].signals[0].reason, Reason::PartnerReviewsOverdue { partners: vec!["cld社".into()] });
    others_calm(&sum, &[5, 7]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 5, "review_partner"), (Urgency::Low, 7, "review_partner")]);
    assert_eq!(
        sum.decisions[0].ask,
        Ask::ReviewPartner { partner_id: "sup".into(), partner: "sup社".into(), days_overdue: 29 }
    );
    assert_eq!(
        sum.decisions[1].ask,
        Ask::ReviewPartner { partner_id: "cld".into(), partner: "cld社".into(), days_overdue: 1 }
    );
}

/// Items 5 and 7, `clauses_missing` (amber): the contract lacks one of the 7 clauses of 5-1. Decision
/// `amend_contracts`: one per item and sensitivity, medium if sensitive, else low, listing the partners
/// and their missing clauses in the seed's order.
#[test]
fn missing_contract_clauses_are_amber_and_grouped_into_amendments() {
    let mut s = calm();
    let lacking = |id: &str, kind, sensitive, missing: &[ContractClause]| {
        let mut p = partner_of(id, kind, sensitive, Some(4.0));
        p.clauses.retain(|c| !missing.contains(c));
        p
    };
    let all = crate::partners::CLAUSES;
    s.quarters[NOW].partners = vec![
        lacking("s1", PartnerKind::Supplier, true, &[all[6], all[0]]),
        lacking("c1", PartnerKind::Cloud, true, &[all[2]]),
        lacking("c2", PartnerKind::Outsourcer, false, &[all[1]]),
        lacking("c3", PartnerKind::Cloud, true, &[all[3]]),
        lacking("ok", PartnerKind::Cloud, true, &[]),
    ];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 5), (Light::Amber, vec!["clauses_missing", "meets_target"]));
    assert_eq!(light(&sum, 7), (Light::Amber, vec!["clauses_missing", "meets_target"]));
    assert_eq!(
        sum.lights[6].signals[0].reason,
        Reason::ClausesMissing { partners: vec!["c1社".into(), "c2社".into(), "c3社".into()] }
    );
    others_calm(&sum, &[5, 7]);
    assert_eq!(
        asks(&sum),
        vec![
            (Urgency::Medium, 5, "amend_contracts"),
            (Urgency::Medium, 7, "amend_contracts"),
            (Urgency::Low, 7, "amend_contracts"),
        ]
    );
    let clauses = |x: &Decision| {
        let Ask::AmendContracts { partners } = &x.ask else { panic!() };
        partners.iter().map(|p| (p.partner.clone(), p.missing.clone())).collect::<Vec<_>>()
    };
    assert_eq!(clauses(&sum.decisions[0]), vec![("s1社".to_owned(), vec![all[0], all[6]])]);
    assert_eq!(clauses(&sum.decisions[1]), vec![("c1社".to_owned(), vec![all[2]]), ("c3社".to_owned(), vec![all[3]])]);
    assert_eq!(sum.decisions[1].trace, vec!["quarters[3].partners[1]", "quarters[3].partners[3]"]);
    assert_eq!(clauses(&sum.decisions[2]), vec![("c2社".to_owned(), vec![all[1]])]);
}

/// Item 6, `no_security_staff` (amber): `security_staff` is 0. No decision.
#[test]
fn no_security_staff_is_amber() {
    let mut s = calm();
    s.quarters[NOW].workforce.security_staff = 0;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["no_security_staff", "meets_target"]));
    assert_eq!(sum.lights[5].signals[0].trace, vec!["quarters[3].workforce"]);
    others_calm(&sum, &[6]);
    assert_eq!(asks(&sum), vec![]);
}

/// Item 8, `incidents_not_shared` (amber): a major or severe incident of the trailing year that no filed
/// report references. Minor ones, near-misses and reported ones do not count. No decision.
#[test]
fn major_incidents_not_shared_are_amber() {
    let mut s = calm();
    let incident = |id: &str, date: &str, kind, impact| Incident {
        id: id.into(),
        date: d(date),
        kind,
        category: "マルウェア".into(),
        impact,
        summary: "概要".into(),
        company: None,
        reported_on: None,
        closed_on: None,
        detected_on: None,
        contained_on: None,
        personal_data_leak: false,
    };
    s.quarters[1].incidents = vec![
        incident("i-major", "2025-11-02", IncidentKind::Incident, ImpactClass::Major),
        incident("i-shared", "2025-12-02", IncidentKind::Incident, ImpactClass::Severe),
    ];
    s.quarters[1].information_sharing.reports_filed.push(SharingReport {
        date: d("2025-12-05"),
        to: SharingRecipient::Ipa,
        subject: "届出".into(),
        incident: Some("i-shared".into()),
    });
    s.quarters[NOW].incidents = vec![
        incident("i-severe", "2026-05-02", IncidentKind::Incident, ImpactClass::Severe),
        incident("i-near", "2026-05-03", IncidentKind::NearMiss, ImpactClass::Severe),
        incident("i-minor", "2026-05-04", IncidentKind::Incident, ImpactClass::Minor),
    ];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["incidents_not_shared", "meets_target"]));
    let signal = &sum.lights[7].signals[0];
    assert_eq!(signal.reason, Reason::IncidentsNotShared { incidents: 2 });
    assert_eq!(signal.trace, vec!["quarters[1].incidents[0]", "quarters[3].incidents[0]"]);
    // The incidents KPI has no target here, so item 4 stays green. The severe incident of this quarter
    // reaches items 9 and 10 (see `serious_incidents_reach_the_board`).
    others_calm(&sum, &[8, 9, 10]);
    assert_eq!(light(&sum, 9), (Light::Red, vec!["serious_incident_response", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::High, 9, "prevent_recurrence"), (Urgency::High, 10, "decide_disclosure")]);
}

fn incident_on(id: &str, date: &str, impact: ImpactClass, reported_on: Option<&str>) -> Incident {
    Incident {
        id: id.into(),
        date: d(date),
        kind: IncidentKind::Incident,
        category: "不正アクセス".into(),
        impact,
        summary: "概要".into(),
        company: None,
        reported_on: reported_on.map(d),
        closed_on: None,
        detected_on: None,
        contained_on: None,
        personal_data_leak: false,
    }
}

/// Items 9 and 10, rule 8: a serious incident of the quarter — severe turns 9 and 10 red, major amber,
/// moderate nothing — asks the board for recurrence prevention (9) and a disclosure decision (10): high
/// if severe, medium if major; the lag to the report to the executive is shown. An incident of the
/// previous quarter does not count in this one.
#[test]
fn serious_incidents_reach_the_board() {
    let mut s = calm();
    s.quarters[NOW].incidents = vec![incident_on("i-mod", "2026-05-01", ImpactClass::Moderate, None)];
    s.quarters[2].incidents = vec![incident_on("i-old", "2026-03-31", ImpactClass::Severe, Some("2026-03-31"))];
    s.quarters[2].information_sharing.reports_filed.push(SharingReport {
        date: d("2026-03-31"),
        to: SharingRecipient::Ipa,
        subject: "届出".into(),
        incident: Some("i-old".into()),
    });
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    assert_eq!(asks(&sum), vec![]);

    // Major, reported to the executive 2 days later: amber, medium; no follow-up yet.
    s.quarters[NOW].incidents.push(incident_on("i-major", "2026-04-01", ImpactClass::Major, Some("2026-04-03")));
    s.quarters[NOW].information_sharing.reports_filed.push(SharingReport {
        date: d("2026-04-05"),
        to: SharingRecipient::Ppc,
        subject: "漏えい報告".into(),
        incident: Some("i-major".into()),
    });
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 9), (Light::Amber, vec!["serious_incident_response", "meets_target"]));
    assert_eq!(light(&sum, 10), (Light::Amber, vec!["serious_incident_disclosure", "meets_target"]));
    others_calm(&sum, &[9, 10]);
    assert_eq!(
        asks(&sum),
        vec![(Urgency::Medium, 9, "prevent_recurrence"), (Urgency::Medium, 10, "decide_disclosure")]
    );
    assert_eq!(sum.decisions[1].trace, vec!["quarters[3].incidents[1]"]);
    assert_eq!(
        sum.decisions[1].ask.title(Language::Ja),
        "重大インシデント i-major（重大、経営者への報告まで 2 日）の公表・関係機関への報告を判断する"
    );
    assert_eq!(
        sum.lights[8].signals[0].reason.message(Language::En),
        "Serious incident i-major (Major) this quarter has no recurrence prevention on record"
    );

    // With a follow-up action the board confirms it; severe and unreported: red and high.
    s.quarters[NOW].emergency.follow_ups.push(FollowUp {
        id: "fu-1".into(),
        source: "i-major".into(),
        title: "多要素認証の導入".into(),
        due: d("2026-09-30"),
        closed_on: None,
    });
    s.quarters[NOW].incidents.push(incident_on("i-severe", "2026-06-30", ImpactClass::Severe, None));
    s.quarters[NOW].information_sharing.reports_filed.push(SharingReport {
        date: d("2026-06-30"),
        to: SharingRecipient::JpcertCc,
        subject: "届出".into(),
        incident: Some("i-severe".into()),
    });
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 9).0, Light::Red);
    assert_eq!(light(&sum, 10).0, Light::Red);
    assert_eq!(
        asks(&sum),
        vec![
            (Urgency::High, 9, "prevent_recurrence"),
            (Urgency::High, 10, "decide_disclosure"),
            (Urgency::Medium, 9, "prevent_recurrence"),
            (Urgency::Medium, 10, "decide_disclosure"),
        ]
    );
    assert_eq!(
        sum.decisions[1].ask.title(Language::En),
        "Have serious incident i-severe (Severe) reported to the executive, and decide its disclosure and reporting"
    );
    assert_eq!(sum.decisions[2].ask.title(Language::Ja), "重大インシデント i-major（重大）の再発防止策 1 件を確認する");
}

/// Items 9 and 10, `document_review_overdue` (amber): a document never reviewed, or past its review
/// interval (`last_review + interval < reference`). Decision `review_document` (medium) per document.
#[test]
fn documents_never_or_late_reviewed_are_amber_and_asked_for() {
    let mut s = calm();
    let r = &mut s.quarters[NOW];
    r.emergency.contact_list.last_review = None; // never reviewed
    r.emergency.response_manual = reviewed("2025-06-29"); // due 2026-06-29: overdue
    r.disclosure.notification_list = reviewed("2025-06-30"); // due 2026-06-30: current
    r.disclosure.executive_reporting_rules.review_interval_days = 30; // 2026-04-10 + 30: overdue
    let sum = summary_of(&s);
    assert_eq!(
        light(&sum, 9),
        (Light::Amber, vec!["document_review_overdue", "document_review_overdue", "meets_target"])
    );
    assert_eq!(
        sum.lights[8].signals[0].reason,
        Reason::DocumentReviewOverdue {
            document: DocumentKind::ContactList,
            state: DocumentState::NeverReviewed,
            last_review: None
        }
    );
    assert_eq!(
        sum.lights[8].signals[1].reason,
        Reason::DocumentReviewOverdue {
            document: DocumentKind::ResponseManual,
            state: DocumentState::Overdue,
            last_review: Some(d("2025-06-29"))
        }
    );
    assert_eq!(light(&sum, 10), (Light::Amber, vec!["document_review_overdue", "meets_target"]));
    others_calm(&sum, &[9, 10]);
    assert_eq!(
        asks(&sum),
        vec![
            (Urgency::Medium, 9, "review_document"),
            (Urgency::Medium, 9, "review_document"),
            (Urgency::Medium, 10, "review_document"),
        ]
    );
    assert_eq!(
        sum.decisions[2].ask,
        Ask::ReviewDocument { document: DocumentKind::ExecutiveReportingRules, last_review: Some(d("2026-04-10")) }
    );
}

/// Item 9, `follow_ups_overdue` (amber): an open follow-up action past due. Decision `chase_follow_ups`
/// (medium) with the count.
#[test]
fn overdue_follow_ups_are_amber_and_chased() {
    let mut s = calm();
    let follow_up = |id: &str, due: &str, closed_on: Option<&str>| FollowUp {
        id: id.into(),
        source: "dr1".into(),
        title: "手順書の修正".into(),
        due: d(due),
        closed_on: closed_on.map(d),
    };
    s.quarters[NOW].emergency.follow_ups = vec![
        follow_up("f-late", "2026-06-01", None),               // open, past due
        follow_up("f-due", "2026-06-30", None),                // open, due today: not yet overdue
        follow_up("f-done", "2026-06-01", Some("2026-06-10")), // closed
        follow_up("f-late2", "2026-05-31", None),              // open, past due
    ];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 9), (Light::Amber, vec!["follow_ups_overdue", "meets_target"]));
    let signal = &sum.lights[8].signals[0];
    assert_eq!(signal.reason, Reason::FollowUpsOverdue { actions: 2 });
    assert_eq!(signal.trace, vec!["quarters[3].emergency.follow_ups[0]", "quarters[3].emergency.follow_ups[3]"]);
    others_calm(&sum, &[9]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 9, "chase_follow_ups")]);
    assert_eq!(sum.decisions[0].ask, Ask::ChaseFollowUps { actions: 2 });
}

/// Item 10, `police_not_listed` (amber): the notification list exists without the police. Without the
/// list, `document_missing` (red) speaks instead.
#[test]
fn a_notification_list_without_the_police_is_amber() {
    let mut s = calm();
    s.quarters[NOW].disclosure.includes_police = false;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 10), (Light::Amber, vec!["police_not_listed", "meets_target"]));
    assert_eq!(sum.lights[9].signals[0].trace, vec!["quarters[3].disclosure.includes_police"]);
    others_calm(&sum, &[10]);
    assert_eq!(asks(&sum), vec![]);

    s.quarters[NOW].disclosure.notification_list =
        ReviewedDocument { exists: false, approved_by: None, last_review: None, review_interval_days: 365 };
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 10), (Light::Red, vec!["document_missing", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::High, 10, "create_document")]);
}

/// Check sheet, `below_target` (amber) vs `far_below_target` (red) at the boundary: an item whose mean
/// gap is exactly 1.0 is amber. Item 2 has 3 check items; each 1 below its target (1/2, 1/2, 2/3) gives
/// means 4/3 and 7/3, a gap of exactly 1.
#[test]
fn an_item_exactly_one_level_short_is_amber() {
    let mut s = calm();
    let ids: Vec<&str> = crate::catalog::check_items_of(2).map(|c| c.id).collect();
    assert_eq!(ids.len(), 3);
    for (id, (maturity, target)) in ids.iter().zip([(1, 2), (1, 2), (2, 3)]) {
        let a = s.quarters[NOW].checksheet.iter_mut().find(|a| a.item == *id).unwrap();
        (a.maturity, a.target) = (maturity, target);
    }
    // The previous quarter had the same maturities, so nothing fell.
    s.quarters[NOW - 1].checksheet = s.quarters[NOW].checksheet.clone();
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 2), (Light::Amber, vec!["below_target"]));
}

/// The same boundary where the means are exact in floating point: 3 check items 2/3 → gap 1.0 (amber);
/// one of them 1/3 → gap 4/3 (red).
#[test]
fn an_item_is_red_only_when_more_than_one_level_short() {
    let mut s = calm();
    for r in &mut s.quarters {
        for c in crate::catalog::check_items_of(2) {
            r.checksheet.iter_mut().find(|a| a.item == c.id).unwrap().maturity = 2;
        }
    }
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 2), (Light::Amber, vec!["below_target"]));
    let first = crate::catalog::check_items_of(2).next().unwrap().id;
    for r in &mut s.quarters {
        r.checksheet.iter_mut().find(|a| a.item == first).unwrap().maturity = 1;
    }
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 2), (Light::Red, vec!["far_below_target"]));
    others_calm(&sum, &[2]);
}

/// Sets the maturity and target of check item `id` in quarter `quarter`.
fn set_check(s: &mut Snapshot, quarter: usize, id: &str, maturity: u8, target: u8) {
    let a = s.quarters[quarter].checksheet.iter_mut().find(|a| a.item == id).unwrap();
    (a.maturity, a.target) = (maturity, target);
}

/// Rule 7: the worst check item decides, not the mean. Item 2's check items at 5, 5, 0 against 3
/// (mean 3.33 above the target of 3) are red: over-achievers never offset a 0; at 5, 5, 2 (one level
/// short, mean 4) amber, never green; at 0 against a target of 1 (one level short, but nothing in
/// place) red; at 0 against a target of 0 green.
#[test]
fn the_worst_check_item_decides_the_light() {
    let ids: Vec<&str> = crate::catalog::check_items_of(2).map(|c| c.id).collect();
    let with = |levels: [(u8, u8); 3]| {
        let mut s = calm();
        for quarter in [NOW - 1, NOW] {
            for (id, (m, t)) in ids.iter().zip(levels) {
                set_check(&mut s, quarter, id, m, t);
            }
        }
        summary_of(&s)
    };
    let sum = with([(5, 3), (5, 3), (0, 3)]);
    assert_eq!(sum.lights[1].maturity, 3.33);
    assert_eq!(light(&sum, 2), (Light::Red, vec!["far_below_target"]));
    others_calm(&sum, &[2]);
    assert_eq!(
        sum.lights[1].signals[0].reason.message(Language::En),
        format!("A check item is two or more levels below its target (or at level 0): {} (0 / target 3)", ids[2])
    );
    assert_eq!(light(&with([(5, 3), (5, 3), (2, 3)]), 2), (Light::Amber, vec!["below_target"]));
    assert_eq!(light(&with([(3, 3), (3, 3), (1, 3)]), 2), (Light::Red, vec!["far_below_target"]));
    assert_eq!(light(&with([(3, 3), (3, 3), (0, 1)]), 2), (Light::Red, vec!["far_below_target"]));
    assert_eq!(light(&with([(3, 3), (3, 3), (0, 0)]), 2), (Light::Green, vec!["meets_target"]));
    // No decision is asked for a check-sheet shortfall itself (the decisions name what the board acts on).
    assert_eq!(asks(&with([(5, 3), (5, 3), (0, 3)])), vec![]);
}

/// Rule 7: a target lowered since the previous quarter is shown on the item and asked of the board.
/// Lowered from 3 to 2 with maturity 2 (it hides a shortfall against the former target): amber and a
/// medium decision. Lowered from 4 to 3 with maturity 3 (short of the former target too): the same.
/// Lowered from 3 to 2 with maturity 3 (the former target is still met): green, low.
/// A raised target, or an unchanged one, says nothing.
#[test]
fn a_lowered_target_is_shown_and_asked() {
    let id = crate::catalog::check_items_of(5).next().unwrap().id;
    let with = |before: u8, now: (u8, u8)| {
        let mut s = calm();
        set_check(&mut s, NOW - 1, id, now.0, before);
        set_check(&mut s, NOW, id, now.0, now.1);
        summary_of(&s)
    };
    let sum = with(3, (2, 2));
    assert_eq!(light(&sum, 5), (Light::Amber, vec!["target_lowered", "meets_target"]));
    assert_eq!(sum.lights[4].signals[0].trace.len(), 1);
    assert!(sum.lights[4].signals[0].trace[0].starts_with("quarters[3].checksheet["));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 5, "confirm_lowered_targets")]);
    assert_eq!(
        sum.lights[4].signals[0].reason.message(Language::En),
        format!(
            "Targets lowered since the previous quarter hide a shortfall against the former target: {id} target 3 → 2 (maturity 2)"
        )
    );
    assert_eq!(
        sum.decisions[0].ask.title(Language::Ja),
        format!("引き下げられたチェック項目の目標（{id} 3 → 2）を承認するか、元に戻すよう指示する")
    );
    others_calm(&sum, &[5]);

    let sum = with(3, (3, 2));
    assert_eq!(light(&sum, 5), (Light::Green, vec!["meets_target", "target_lowered"]));
    assert_eq!(asks(&sum), vec![(Urgency::Low, 5, "confirm_lowered_targets")]);
    assert_eq!(
        sum.lights[4].signals[1].reason.message(Language::En),
        format!("Targets lowered since the previous quarter: {id} target 3 → 2 (maturity 3)")
    );

    let sum = with(4, (3, 3));
    assert_eq!(light(&sum, 5), (Light::Amber, vec!["target_lowered", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 5, "confirm_lowered_targets")]);

    for (before, now) in [(2, (3, 3)), (3, (3, 3))] {
        let sum = with(before, now);
        others_calm(&sum, &[]);
        assert_eq!(asks(&sum), vec![]);
    }
}

/// Rule 3: a KPI below a target the board set is never silent. Training at 90 % against 95 % (at risk)
/// is named on item 6 (amber) and asked as a low decision; at risk two quarters running it is medium;
/// off track (below 85.5 %) it is medium at once; at 95.0 % it meets the target and says nothing.
#[test]
fn a_missed_kpi_target_is_named_and_asked() {
    let with = |before: Option<(u32, f64)>, now: u32| {
        let mut s = calm();
        s.quarters[NOW].trainings.push(Training {
            id: "t-now".into(),
            date: d("2026-05-01"),
            title: "研修".into(),
            audience: Audience::AllStaff,
            eligible: 1000,
            completed: now,
            repeat_of: None,
        });
        s.quarters[NOW].kpi_targets.training_completion_pct = Some(95.0);
        if let Some((completed, target)) = before {
            // 2026Q1's year holds only its own training.
            s.quarters[NOW - 1].trainings.push(Training {
                id: "t-before".into(),
                date: d("2026-02-01"),
                title: "研修".into(),
                audience: Audience::AllStaff,
                eligible: 1000,
                completed,
                repeat_of: None,
            });
            s.quarters[NOW - 1].kpi_targets.training_completion_pct = Some(target);
        }
        summary_of(&s)
    };
    let sum = with(None, 900);
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["kpi_at_risk", "meets_target"]));
    others_calm(&sum, &[6]);
    assert_eq!(asks(&sum), vec![(Urgency::Low, 6, "kpi_at_risk")]);
    assert_eq!(sum.kpis_off_target, vec![KpiId::TrainingCompletion]);
    assert_eq!(
        sum.lights[5].signals[0].reason.message(Language::Ja),
        "KPI「セキュリティ研修の受講率（直近12か月・受講回数ベース）」が目標を下回っています（実績 90.0% / 目標 95.0%、要注意）"
    );
    assert_eq!(
        sum.decisions[0].ask.title(Language::En),
        "KPI \"Training completion (12 months, by sessions)\" below target (90.0% against 95.0%): note and follow up"
    );
    assert_eq!(
        sum.decisions[0].trace,
        vec!["quarters[3].trainings[0]", "quarters[3].kpi_targets.training_completion_pct"]
    );

    // Below target the quarter before too (92 % against 95 %): medium. Met then (96 %): low.
    assert_eq!(asks(&with(Some((920, 95.0)), 900)), vec![(Urgency::Medium, 6, "kpi_at_risk_running")]);
    assert_eq!(asks(&with(Some((960, 95.0)), 900)), vec![(Urgency::Low, 6, "kpi_at_risk")]);
    // The margin's edge: 85.5 % is at risk, 85.4 % off track.
    assert_eq!(asks(&with(None, 855)), vec![(Urgency::Low, 6, "kpi_at_risk")]);
    let sum = with(None, 854);
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["kpi_off_track", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 6, "kpi_off_track")]);
    // Equal to the target (950 of 1000 = 95.0 %), and 0.1 point under.
    let sum = with(None, 950);
    others_calm(&sum, &[]);
    assert_eq!(asks(&sum), vec![]);
    assert_eq!(light(&with(None, 949), 6).1, vec!["kpi_at_risk", "meets_target"]);
}

/// §6.1 Grouping: four or more decisions of one kind (ask code, severity, item) are asked as one, at the
/// place of the first, naming the worst three (largest shortfall first) with every member one click
/// away; three of a kind stay three decisions. The group's trace is all its members' paths.
#[test]
fn four_decisions_of_one_kind_become_one_group_and_three_stay_apart() {
    let mut s = calm();
    s.quarters[NOW].partners = vec![
        partner_of("s1", PartnerKind::Supplier, true, Some(2.9)), // gap 0.1
        partner_of("s2", PartnerKind::Supplier, true, Some(1.0)), // gap 2.0: the worst
        partner_of("s3", PartnerKind::Supplier, true, Some(2.5)), // gap 0.5
        partner_of("s4", PartnerKind::Supplier, true, Some(2.0)), // gap 1.0
        partner_of("c1", PartnerKind::Cloud, false, Some(2.0)),   // item 7, medium: three of a kind
        partner_of("c2", PartnerKind::Cloud, false, Some(2.0)),
        partner_of("c3", PartnerKind::Cloud, false, Some(2.0)),
    ];
    let sum = summary_of(&s);
    assert_eq!(
        asks(&sum),
        vec![
            (Urgency::High, 5, "partner_below_required"),
            (Urgency::Medium, 7, "partner_below_required"),
            (Urgency::Medium, 7, "partner_below_required"),
            (Urgency::Medium, 7, "partner_below_required"),
        ]
    );
    assert_eq!(sum.headline.decisions.high, 1, "the headline counts what the board reads");
    let g = &sum.decisions[0];
    assert_eq!((g.rank, g.count()), (1, 4));
    let named: Vec<(usize, &str)> = g
        .members
        .iter()
        .map(|m| match &m.ask {
            Ask::PartnerBelowRequired { partner, .. } => (m.rank, partner.as_str()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(named, vec![(1, "s2社"), (2, "s4社"), (3, "s3社"), (4, "s1社")]);
    assert_eq!(g.ask, g.members[0].ask, "a group's ask is its worst member's");
    assert_eq!(
        g.trace,
        vec![
            "quarters[3].partners[1]",
            "quarters[3].partners[3]",
            "quarters[3].partners[2]",
            "quarters[3].partners[0]"
        ]
    );
    assert_eq!(
        g.title(Language::En),
        "Require 4 partners below their required maturity to improve, or reconsider them \
         (worst: s2社 1 against 3; s4社 2 against 3; s3社 2.5 against 3; and 1 more)"
    );
    assert_eq!(
        g.title(Language::Ja),
        "要求水準に満たない委託先 4 社の改善を求めるか、取引を見直す（s2社 1 / 要求 3、s4社 2 / 要求 3、s3社 2.5 / 要求 3 ほか 1 件）"
    );
    for d in &sum.decisions[1..] {
        assert!(d.members.is_empty());
        assert_eq!(d.count(), 1);
        assert_eq!(d.title(Language::En), d.ask.title(Language::En));
    }
    assert_eq!(sum.decisions.iter().map(|d| d.rank).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
    let json = serde_json::to_value(&sum.decisions).unwrap();
    assert_eq!(json[0]["members"].as_array().map(Vec::len), Some(4));
    assert!(json[1].get("members").is_none(), "a single decision carries no members");
}

/// Rule 15: a decision about a missing activity says when it last happened and traces to that record —
/// the export's own last one, else `before_first_quarter`, else "no record since" the export's first day
/// (no trace). An activity known from before the first quarter that lies in the trailing year meets the
/// annual check (tested the day before the year and on its first day).
#[test]
fn a_missing_activity_states_when_it_last_happened() {
    let mut s = calm();
    s.quarters[NOW].audits.retain(|a| a.kind == AuditKind::VulnerabilityAssessment);
    let audit_ask = |s: &Snapshot| {
        let sum = summary_of(s);
        let d = sum.decisions.iter().find(|x| matches!(x.ask, Ask::CommissionAudit { .. })).cloned().unwrap();
        (d.ask.clone(), d.trace.clone(), d.ask.title(Language::En))
    };
    // Nothing known: no record since the export's first day (2025Q3 starts 2025-07-01).
    let (ask, trace, title) = audit_ask(&s);
    assert_eq!(ask, Ask::CommissionAudit { last: None, since: Some(d("2025-07-01")) });
    assert_eq!(trace, Vec::<String>::new());
    assert_eq!(
        title,
        "Commission an external cyber-security audit (or, where that is difficult, an internal one by people outside the security organisation) (no record since 2025-07-01)"
    );

    // Known from before the first quarter, the day before the trailing year (2025-06-29): stated and traced.
    s.before_first_quarter = Some(BeforeFirstQuarter { audit: Some(d("2025-06-29")), ..Default::default() });
    let (ask, trace, title) = audit_ask(&s);
    assert_eq!(ask, Ask::CommissionAudit { last: Some(d("2025-06-29")), since: None });
    assert_eq!(trace, vec!["before_first_quarter.audit"]);
    assert_eq!(
        title,
        "Commission an external cyber-security audit (or, where that is difficult, an internal one by people outside the security organisation) (last on 2025-06-29)"
    );
    assert_eq!(
        Ask::CommissionAudit { last: Some(d("2025-06-29")), since: None }.title(Language::Ja),
        "サイバーセキュリティの外部監査（困難な場合は担当外の者による内部監査）を実施させる（前回 2025-06-29）"
    );
    // On the trailing year's first day (2025-06-30, the anniversary) the known audit is in time: no
    // decision and no `no_audit` signal — the board is not asked for an audit the office says it held.
    s.before_first_quarter = Some(BeforeFirstQuarter { audit: Some(d("2025-06-30")), ..Default::default() });
    let sum = summary_of(&s);
    assert!(!sum.decisions.iter().any(|x| matches!(x.ask, Ask::CommissionAudit { .. })), "{:?}", asks(&sum));
    assert!(!sum.lights[3].signals.iter().any(|x| matches!(x.reason, Reason::NoAudit { .. })));

    // A drill: none in the export, one known from before it.
    s.before_first_quarter = Some(BeforeFirstQuarter { drill: Some(d("2025-03-15")), ..Default::default() });
    s.quarters.iter_mut().for_each(|r| r.emergency.drills.clear());
    let sum = summary_of(&s);
    let drill = sum.decisions.iter().find(|x| matches!(x.ask, Ask::HoldDrill { .. })).unwrap();
    assert_eq!(drill.ask, Ask::HoldDrill { last: Some(d("2025-03-15")), since: None });
    assert_eq!(drill.trace, vec!["before_first_quarter.drill"]);
    assert_eq!(drill.ask.title(Language::Ja), "インシデント対応訓練・演習を実施させる（前回 2025-03-15）");
    // The same drill seen from the quarter whose trailing year holds it (2025Q4: from 2024-12-31): in time.
    let sum = board_summary(&s, q("2025Q4")).unwrap();
    assert!(!sum.decisions.iter().any(|x| matches!(x.ask, Ask::HoldDrill { .. })), "{:?}", asks(&sum));
    assert!(!sum.lights[8].signals.iter().any(|x| matches!(x.reason, Reason::NoDrill { .. })));

    // A security test in the export (the year's first day) counts; the earlier one known does not matter.
    s.quarters[0].audits.push(audit("au-old", "2025-07-01", AuditKind::VulnerabilityAssessment));
    s.quarters[NOW]
        .audits
        .retain(|a| a.kind != AuditKind::VulnerabilityAssessment && a.kind != AuditKind::PenetrationTest);
    s.before_first_quarter = Some(BeforeFirstQuarter { security_test: Some(d("2025-01-10")), ..Default::default() });
    let sum = summary_of(&s);
    let test = sum.decisions.iter().find(|x| matches!(x.ask, Ask::CommissionSecurityTest { .. }));
    assert!(test.is_none(), "a vulnerability assessment on the year's first day counts: {:?}", asks(&sum));
}

/// A status report on the 15th of every month from 2025-07 to 2026-06, except the months in `silent`.
fn monthly_reports_except(silent: &[&str]) -> Snapshot {
    let mut s = snapshot_with(&["2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
    for (i, rec) in s.quarters.iter_mut().enumerate() {
        for k in 0..3u8 {
            let month = (6 + 3 * i as u8 + k) % 12 + 1;
            let year = if i < 2 { 2025 } else { 2026 };
            let key = format!("{year}-{month:02}");
            if silent.contains(&key.as_str()) {
                continue;
            }
            rec.reports.push(ExecutiveReport {
                date: d(&format!("{key}-15")),
                kind: ReportKind::Status,
                forum: "メール".into(),
                summary: "月次".into(),
            });
        }
    }
    crate::fixture::assert_valid(&s);
    s
}

fn has_ask(sum: &BoardSummary, code: &str) -> bool {
    sum.decisions.iter().any(|x| ask_code(&x.ask) == code)
}

fn has_signal(sum: &BoardSummary, item: u8, code: &str) -> bool {
    light(sum, item).1.contains(&code)
}

#[test]
fn silent_months_become_a_decision_from_two() {
    // Every month reported: no signal, no decision.
    let sum = board_summary(&monthly_reports_except(&[]), q("2026Q2")).unwrap();
    assert!(!has_signal(&sum, 4, "status_months_missing"));
    assert!(!has_ask(&sum, "report_monthly"));
    // One silent month: the light says so, the board is not asked.
    let sum = board_summary(&monthly_reports_except(&["2026-02"]), q("2026Q2")).unwrap();
    assert!(has_signal(&sum, 4, "status_months_missing"));
    assert!(!has_ask(&sum, "report_monthly"));
    // Two: a decision, traced to the quarters' reports.
    let sum = board_summary(&monthly_reports_except(&["2025-08", "2026-02"]), q("2026Q2")).unwrap();
    let ask = sum.decisions.iter().find(|x| ask_code(&x.ask) == "report_monthly").unwrap();
    assert_eq!((ask.urgency, ask.item), (Urgency::Medium, 4));
    assert_eq!(ask.trace, vec!["quarters[0].reports", "quarters[2].reports"]);
    assert_eq!(
        ask.ask.title(Language::En),
        "2 months without any report to the executive (2025-08, 2026-02): direct a report about monthly"
    );
    // A month whose only report is an incident report counts as reported.
    let mut s = monthly_reports_except(&["2025-08", "2026-02"]);
    s.quarters[2].reports.push(ExecutiveReport {
        date: d("2026-02-28"),
        kind: ReportKind::Incident,
        forum: "臨時経営会議".into(),
        summary: "インシデント報告".into(),
    });
    let sum = board_summary(&s, q("2026Q2")).unwrap();
    assert!(!has_ask(&sum, "report_monthly"));
    assert!(has_signal(&sum, 4, "status_months_missing"));
}

/// Items 9 and 10, `document_unapproved` (amber): a document exists without an approver ((9)-1, (9)-2:
/// approved by CISO 等) — it is not current. Decision `approve_document` (medium) per document.
#[test]
fn unapproved_documents_are_not_current() {
    let mut s = calm();
    s.quarters[NOW].emergency.contact_list.approved_by = None;
    s.quarters[NOW].disclosure.notification_list.approved_by = Some(" ".into());
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 9), (Light::Amber, vec!["document_unapproved", "meets_target"]));
    assert_eq!(light(&sum, 10), (Light::Amber, vec!["document_unapproved", "meets_target"]));
    assert_eq!(sum.lights[8].signals[0].trace, vec!["quarters[3].emergency.contact_list"]);
    others_calm(&sum, &[9, 10]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 9, "approve_document"), (Urgency::Medium, 10, "approve_document")]);
    assert_eq!(sum.decisions[0].ask.title(Language::Ja), "緊急連絡先を CISO 等に承認させる");
    assert_eq!(
        sum.lights[9].signals[0].reason.message(Language::En),
        "The outside notification list has not been approved (it is not in force until it is)"
    );
}

/// Items 9 and 10, `review_interval_implausible` (amber): a review interval over 3 years (1,095 days) is
/// flagged and judged as 3 years (validation rejects 0 and over 5 years). Not a decision.
#[test]
fn implausible_review_intervals_are_flagged() {
    let mut s = calm();
    s.quarters[NOW].emergency.response_manual.review_interval_days = 1095; // plausible: calm
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    s.quarters[NOW].emergency.response_manual.review_interval_days = 1096;
    // Reviewed 2023-06-30 with a claimed 5-year interval: judged as 3 years, due 2026-06-29: overdue.
    s.quarters[NOW].disclosure.executive_reporting_rules = reviewed("2023-06-30");
    s.quarters[NOW].disclosure.executive_reporting_rules.review_interval_days = 1825;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 9), (Light::Amber, vec!["review_interval_implausible", "meets_target"]));
    assert_eq!(sum.lights[8].signals[0].trace, vec!["quarters[3].emergency.response_manual.review_interval_days"]);
    assert_eq!(
        sum.lights[8].signals[0].reason,
        Reason::ReviewIntervalImplausible { document: DocumentKind::ResponseManual, days: 1096 }
    );
    assert_eq!(light(&sum, 10).1[..2], ["document_review_overdue", "review_interval_implausible"]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 10, "review_document")]);
}

/// Rule 8: the incidents KPI weighs impact — within its count but with a major incident, it is off track
/// and its words say why; over the count they do not need to.
#[test]
fn the_incidents_kpi_weighs_impact() {
    let mut s = calm();
    s.quarters[NOW].kpi_targets.incidents_max = Some(2);
    s.quarters[NOW].incidents = vec![incident_on("i-major", "2026-04-01", ImpactClass::Major, Some("2026-04-01"))];
    s.quarters[NOW].information_sharing.reports_filed.push(SharingReport {
        date: d("2026-04-02"),
        to: SharingRecipient::Ppc,
        subject: "漏えい報告".into(),
        incident: Some("i-major".into()),
    });
    let sum = summary_of(&s);
    let item4 = &sum.lights[3];
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["kpi_off_track", "meets_target"]));
    assert_eq!(
        item4.signals[0].reason.message(Language::En),
        "KPI \"Incidents (quarter)\" is off track (1 against a target of 2) (within the count, but a major or severe incident occurred)"
    );
    // A moderate incident instead: on track, nothing under item 4.
    s.quarters[NOW].incidents[0].impact = ImpactClass::Moderate;
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
}

/// Items 5 and 7, rule 10: evidence without a score is "assessed, no score" — not never assessed, no
/// signal, no decision; neither evidence nor score is never assessed (red/high with sensitive data).
#[test]
fn evidence_without_a_score_is_assessed_no_score() {
    let mut s = calm();
    let no_score = Partner {
        evidence: Some(Evidence::ThirdPartyAudit),
        last_review: Some(d("2026-01-15")),
        ..partner_of("cld", PartnerKind::Cloud, true, None)
    };
    s.quarters[NOW].partners = vec![no_score];
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    assert_eq!(asks(&sum), vec![]);
    assert_eq!(sum.partners.no_score, vec!["cld"]);
    assert!(sum.partners.never_assessed.is_empty());
    assert_eq!(sum.partners.assessed_in_time.third_party_audit, 1);
    // Without the evidence: never assessed, red and high, named by id and name.
    s.quarters[NOW].partners[0].evidence = None;
    s.quarters[NOW].partners[0].last_review = None;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 7), (Light::Red, vec!["partners_never_assessed", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::High, 7, "assess_partner")]);
    assert_eq!(sum.decisions[0].ask.title(Language::Ja), "cld社（cld）の対策状況を評価させる（未評価）");
    assert_eq!(sum.decisions[0].ask.title(Language::En), "Have cld社 (cld) assessed (never assessed)");
}

/// Items 5 and 7, rule 10: a partner handling important information whose only evidence is its
/// self-assessment is flagged (5-2 ①: amber, decision `strengthen_partner_evidence`, medium); the same
/// partner without important information, or with our own audit, is not.
#[test]
fn self_report_only_is_flagged_for_important_information() {
    let mut s = calm();
    let self_report = |id: &str, sensitive| Partner {
        evidence: Some(Evidence::SelfReport),
        ..partner_of(id, PartnerKind::Supplier, sensitive, Some(3.5))
    };
    s.quarters[NOW].partners = vec![self_report("dm", true), self_report("cafe", false)];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 5), (Light::Amber, vec!["partners_self_report_only", "meets_target"]));
    assert_eq!(sum.lights[4].signals[0].reason, Reason::PartnersSelfReportOnly { partners: vec!["dm社".into()] });
    others_calm(&sum, &[5]);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 5, "strengthen_partner_evidence")]);
    assert_eq!(sum.decisions[0].trace, vec!["quarters[3].partners[0]"]);
    assert!(sum.decisions[0].ask.title(Language::Ja).starts_with("重要情報を扱う dm社（dm）の対策状況を"));
    s.quarters[NOW].partners[0].evidence = Some(Evidence::OwnAudit);
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    assert_eq!(asks(&sum), vec![]);
}

/// Item 7, rule 10: a cloud provider is not asked for audit rights (5-2, 7-2: judged on third-party
/// reports and certifications); an outsourcer is; a cloud contract lacking another clause still is.
#[test]
fn cloud_providers_are_not_asked_for_audit_rights() {
    let mut s = calm();
    let without = |id: &str, kind, missing: &[ContractClause]| {
        let mut p = partner_of(id, kind, true, Some(4.0));
        p.clauses.retain(|c| !missing.contains(c));
        p
    };
    s.quarters[NOW].partners = vec![without("iaas", PartnerKind::Cloud, &[ContractClause::AuditRights])];
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    assert_eq!(asks(&sum), vec![]);
    s.quarters[NOW].partners = vec![
        without("iaas", PartnerKind::Cloud, &[ContractClause::AuditRights, ContractClause::IncidentReporting]),
        without("bpo", PartnerKind::Outsourcer, &[ContractClause::AuditRights]),
    ];
    let sum = summary_of(&s);
    let Ask::AmendContracts { partners } = &sum.decisions[0].ask else { panic!() };
    let got: Vec<(&str, &[ContractClause])> =
        partners.iter().map(|p| (p.partner_id.as_str(), &p.missing[..])).collect();
    assert_eq!(
        got,
        vec![("iaas", &[ContractClause::IncidentReporting][..]), ("bpo", &[ContractClause::AuditRights][..])]
    );
    assert!(sum.decisions[0].ask.title(Language::En).contains("iaas社 (iaas)"));
}

/// The words of the summary's and the sections' own enumerations follow the vocabulary's rules
/// (every variant once, codes equal the JSON names, labels filled and distinct).
#[test]
fn every_summary_enumeration_matches_its_json_names() {
    use crate::kpi::{Basis, Family, KpiId, KpiStatus, Polarity, Trend, Unit};
    use crate::pdca::{AuditBasis, CycleBasis};
    use crate::readiness::{DocumentKind, DocumentState};
    use crate::risk::{Column, Move, Rated, Standing};
    use crate::summary::{Light, Urgency};
    use crate::vocabulary::Term;
    crate::vocabulary::tests::check::<Light>();
    crate::vocabulary::tests::check::<Urgency>();
    crate::vocabulary::tests::check::<KpiStatus>();
    crate::vocabulary::tests::check::<Trend>();
    crate::vocabulary::tests::check::<Polarity>();
    crate::vocabulary::tests::check::<Unit>();
    crate::vocabulary::tests::check::<Basis>();
    crate::vocabulary::tests::check::<Family>();
    crate::vocabulary::tests::check::<KpiId>();
    crate::vocabulary::tests::check::<Standing>();
    crate::vocabulary::tests::check::<Column>();
    crate::vocabulary::tests::check::<Move>();
    crate::vocabulary::tests::check::<Rated>();
    crate::vocabulary::tests::check::<DocumentKind>();
    crate::vocabulary::tests::check::<DocumentState>();
    crate::vocabulary::tests::check::<CycleBasis>();
    crate::vocabulary::tests::check::<AuditBasis>();
    crate::vocabulary::tests::check::<crate::staffing::BudgetApproval>();
    assert_eq!(<KpiId as Term>::ALL, &KpiId::ALL[..]);
    assert_eq!(<Standing as Term>::ALL, &Standing::ALL[..]);
    assert_eq!(<Column as Term>::ALL, &Column::ALL[..]);
}

/// Items 4 and 9, rule E1: the escalation rule of the quarter (major: 3 days, severe: the same day).
/// A major incident detected on 05-01 and reported on 05-04 (3 days, equal to the limit) is in time;
/// reported on 05-05 (one day over) it is a breach: amber on 4 and 9, a medium decision. A severe one
/// unreported a day after detection is a breach too: red on 9 and a high decision. Without a limit for
/// the class there is no verdict at all.
#[test]
fn escalation_breaches_reach_items_4_and_9_and_are_asked() {
    let mut s = calm();
    s.quarters[NOW].disclosure.escalation_days =
        Some(EscalationLimits { major: Some(3), severe: Some(0), ..Default::default() });
    s.quarters[NOW].emergency.follow_ups.push(FollowUp {
        id: "fu-1".into(),
        source: "i-major".into(),
        title: "再発防止".into(),
        due: d("2026-09-30"),
        closed_on: None,
    });
    s.quarters[NOW].information_sharing.reports_filed.push(SharingReport {
        date: d("2026-05-06"),
        to: SharingRecipient::Ipa,
        subject: "届出".into(),
        incident: Some("i-major".into()),
    });
    s.quarters[NOW].incidents = vec![incident_on("i-major", "2026-05-01", ImpactClass::Major, Some("2026-05-04"))];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&sum, 9), (Light::Amber, vec!["serious_incident_response", "meets_target"]));
    assert_eq!(sum.readiness.incidents.timelines[0].escalation, crate::incident::EscalationVerdict::InTime);

    s.quarters[NOW].incidents[0].reported_on = Some(d("2026-05-05"));
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["escalation_breached", "meets_target"]));
    assert_eq!(
        light(&sum, 9),
        (Light::Amber, vec!["serious_incident_response", "escalation_breached", "meets_target"])
    );
    assert!(asks(&sum).contains(&(Urgency::Medium, 9, "address_escalation_breaches")));
    let d9 = sum.decisions.iter().find(|x| ask_code(&x.ask) == "address_escalation_breaches").unwrap();
    assert_eq!(d9.trace, vec!["quarters[3].incidents[0]"]);
    assert_eq!(
        sum.lights[3].signals[0].reason.message(Language::En),
        "Incidents reached the executive later than the escalation rule allows, or not yet: i-major"
    );

    // Severe, detected on 06-29 and unreported at the reference date 06-30: one day over 0.
    let mut severe = incident_on("i-severe", "2026-06-29", ImpactClass::Severe, None);
    severe.detected_on = Some(d("2026-06-29"));
    s.quarters[NOW].incidents.push(severe);
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 9).0, Light::Red);
    assert!(asks(&sum).contains(&(Urgency::High, 9, "address_escalation_breaches")));
    assert_eq!(
        sum.lights[8].signals.iter().find(|x| matches!(x.reason, Reason::EscalationBreached { .. })).unwrap().reason,
        Reason::EscalationBreached { incidents: vec!["i-major".into(), "i-severe".into()], severe: true }
    );

    // No limits stated: no verdict, however late.
    s.quarters[NOW].disclosure.escalation_days = Some(EscalationLimits::default());
    let sum = summary_of(&s);
    assert_eq!(sum.readiness.incidents.breaches, 0);
    assert!(!asks(&sum).iter().any(|a| a.2 == "address_escalation_breaches"));
}

/// Item 10, rule E2: a severe incident with a personal-data leak and no notice to the regulator is
/// red and a high decision; a notice to the regulator (any stage) clears it; a major leak does not
/// fire it.
#[test]
fn a_severe_leak_without_a_regulator_notice_is_red_and_asked() {
    let mut s = calm();
    let mut leak = incident_on("i-leak", "2026-06-01", ImpactClass::Severe, Some("2026-06-01"));
    leak.personal_data_leak = true;
    s.quarters[NOW].incidents = vec![leak];
    s.quarters[NOW].disclosure.notices = vec![IncidentNotice {
        incident: "i-leak".into(),
        stage: DisclosureStage::First,
        recipient: NoticeRecipient::Customers,
        date: d("2026-06-02"),
    }];
    let sum = summary_of(&s);
    assert_eq!(
        light(&sum, 10),
        (Light::Red, vec!["serious_incident_disclosure", "regulator_not_notified", "meets_target"])
    );
    assert!(asks(&sum).contains(&(Urgency::High, 10, "notify_regulator")));
    assert_eq!(
        sum.decisions.iter().find(|x| ask_code(&x.ask) == "notify_regulator").unwrap().ask.title(Language::Ja),
        "個人情報の漏えいを伴う深刻なインシデント i-leak の所管官庁への報告を指示する（報告の記録がありません）"
    );
    s.quarters[NOW].disclosure.notices.push(IncidentNotice {
        incident: "i-leak".into(),
        stage: DisclosureStage::Interim,
        recipient: NoticeRecipient::Regulator,
        date: d("2026-06-05"),
    });
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 10), (Light::Red, vec!["serious_incident_disclosure", "meets_target"]));
    assert!(!asks(&sum).iter().any(|a| a.2 == "notify_regulator"));
    s.quarters[NOW].disclosure.notices.pop();
    s.quarters[NOW].incidents[0].impact = ImpactClass::Major;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 10), (Light::Amber, vec!["serious_incident_disclosure", "meets_target"]));
}

/// Item 10, rules D1..D3: gaps in the notice template and the staged plan are amber; what the export
/// does not record is said on the item and changes no colour (never green bought by silence: the check
/// sheet decides; never red).
#[test]
fn the_disclosure_plan_gaps_are_amber_and_silence_is_not_recorded() {
    let mut s = calm();
    let x = &mut s.quarters[NOW].disclosure;
    x.notice_template.retain(|e| *e != NoticeElement::Route);
    x.staged_plan.retain(|p| p.stage != DisclosureStage::Final);
    let sum = summary_of(&s);
    assert_eq!(
        light(&sum, 10),
        (Light::Amber, vec!["notice_template_incomplete", "disclosure_stages_missing", "meets_target"])
    );
    assert_eq!(
        sum.lights[9].signals[0].reason.message(Language::Ja),
        "インシデント通知文の様式に 5W1H の項目が不足しています: どのような経由で"
    );
    assert_eq!(sum.lights[9].signals[1].reason.message(Language::En), "The staged disclosure plan lacks: Final notice");

    let x = &mut s.quarters[NOW].disclosure;
    x.notice_template.clear();
    x.staged_plan.clear();
    x.spokesperson = None;
    x.escalation_days = None;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 10), (Light::Green, vec!["meets_target"]));
    assert_eq!(notes(&sum, 10), vec!["disclosure_plan_not_recorded"]);
    assert_eq!(
        sum.lights[9].signals[1].reason.message(Language::En),
        "Not recorded (not judged): Escalation rule to the executive, 5W1H of the incident notice, Staged disclosure plan, Spokesperson"
    );
    assert_eq!(asks(&sum), vec![]);
}

/// Items 4 and 10, rule D4: (4)-4's target of 3 expects a public document in the trailing year
/// (`[2025-06-30, 2026-06-30]`); one of 2025-07-01, in the year's first recorded quarter, counts.
/// Target 2 expects none.
#[test]
fn no_publication_in_the_year_is_amber_when_the_target_expects_one() {
    let mut s = calm();
    s.quarters[NOW].disclosure.publications.clear();
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["no_publication", "meets_target"]));
    assert_eq!(light(&sum, 10), (Light::Amber, vec!["no_publication", "meets_target"]));
    assert_eq!(
        sum.lights[3].signals[0].reason.message(Language::En),
        "No public document on cyber-security in the trailing year ((4)-4 target 3)"
    );
    s.quarters[0].disclosure.publications.push(Publication {
        date: d("2025-07-01"),
        kind: PublicationKind::CsrReport,
        title: "CSR 報告書".into(),
        url: None,
    });
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    s.quarters[NOW].disclosure.publications.clear();
    s.quarters[0].disclosure.publications.clear();
    for r in &mut s.quarters {
        r.checksheet.iter_mut().find(|a| a.item == "(4)-4").unwrap().target = 2;
    }
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 4).1.last(), Some(&"meets_target"));
    assert!(!light(&sum, 4).1.contains(&"no_publication"));
}

// ---------------------------------------------------------------------------------------------------
// The executive's own decisions, directives and treatment actions (0-4, 3-4, 4-2).

/// Items 1 and 2 without a governance record: a green note on each, colours and decisions unchanged.
#[test]
fn governance_not_recorded_is_said_and_changes_no_colour() {
    let mut s = calm();
    s.quarters[NOW].governance = None;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 1), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&sum, 2), (Light::Green, vec!["meets_target"]));
    assert_eq!(notes(&sum, 1), vec!["governance_not_recorded"]);
    assert_eq!(notes(&sum, 2), vec!["governance_not_recorded"]);
    others_calm(&sum, &[1, 2]);
    assert_eq!(asks(&sum), vec![]);
    assert!(!sum.governance.recorded);
}

/// Item 1, `policy_not_approved` (red, high) although every check item meets its target (the check
/// sheet says 3 of 3); a policy approved by the CISO only: amber, medium.
#[test]
fn a_policy_never_approved_is_red_whatever_the_check_sheet_says() {
    let mut s = calm();
    let g = s.quarters[NOW].governance.as_mut().unwrap();
    g.policy_approved_on = None;
    g.policy_body = None;
    g.policy_next_review = None;
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 1), (Light::Red, vec!["policy_not_approved", "meets_target"]));
    assert_eq!(sum.lights[0].signals[0].trace, vec!["quarters[3].governance"]);
    others_calm(&sum, &[1]);
    assert_eq!(asks(&sum), vec![(Urgency::High, 1, "approve_policy")]);
    assert_eq!(sum.decisions[0].key, "approve_policy");

    let mut s = calm();
    s.quarters[NOW].governance.as_mut().unwrap().policy_body = Some(ApprovingBody::Ciso);
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 1), (Light::Amber, vec!["policy_not_by_executive", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 1, "approve_policy")]);
}

/// The policy's review due 2026-06-30 is in time at the reference date 2026-06-30; due 2026-06-29 it is
/// late (amber, medium). Without a review date the anniversary of the approval applies.
#[test]
fn a_policy_past_its_review_is_amber_from_the_day_after() {
    let with_due = |due: Option<&str>, approved: &str| {
        let mut s = calm();
        let g = s.quarters[NOW].governance.as_mut().unwrap();
        g.policy_next_review = due.map(d);
        g.policy_approved_on = Some(d(approved));
        summary_of(&s)
    };
    let sum = with_due(Some("2026-06-30"), "2025-10-01");
    assert_eq!(light(&sum, 1), (Light::Green, vec!["meets_target"]));
    let sum = with_due(Some("2026-06-29"), "2025-10-01");
    assert_eq!(light(&sum, 1), (Light::Amber, vec!["policy_review_overdue", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 1, "review_policy")]);
    assert_eq!(light(&with_due(None, "2025-06-30"), 1), (Light::Green, vec!["meets_target"]));
    assert_eq!(light(&with_due(None, "2025-06-29"), 1).0, Light::Amber);
}

/// Item 2: no CISO (red, high), a committee that did not meet (amber), cyber risk outside the ERM
/// (amber); item 1: the implementation plan not approved (amber, medium).
#[test]
fn no_ciso_a_silent_committee_and_an_unapproved_plan() {
    let mut s = calm();
    let g = s.quarters[NOW].governance.as_mut().unwrap();
    g.ciso = None;
    g.ciso_appointed_on = None;
    g.committee_meetings = Some(0);
    g.erm_linked = Some(false);
    g.plan_approved_on = None;
    let sum = summary_of(&s);
    assert_eq!(
        light(&sum, 2),
        (Light::Red, vec!["no_ciso", "committee_did_not_meet", "not_linked_to_erm", "meets_target"])
    );
    assert_eq!(light(&sum, 1), (Light::Amber, vec!["plan_not_approved", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::High, 2, "appoint_ciso"), (Urgency::Medium, 1, "approve_plan")]);
    s.quarters[NOW].governance.as_mut().unwrap().committee = None;
    assert!(light(&summary_of(&s), 2).1.contains(&"no_committee"));
}

fn directive_of(id: &str, item: u8, issued: &str, due: &str) -> Directive {
    Directive {
        id: id.into(),
        text: "標的型攻撃メール訓練を全社で実施".into(),
        owner: "CISO".into(),
        item,
        decision: None,
        issued_on: d(issued),
        due: d(due),
        status: ProgressStatus::InProgress,
        done_on: None,
    }
}

/// A directive of last quarter due 2026-06-30 is in progress at 2026-06-30; due 2026-06-29 it is
/// overdue: amber on its item and a decision again (medium). The board record counts it.
#[test]
fn an_overdue_directive_is_asked_again() {
    let mut s = calm();
    s.quarters[NOW].directives = vec![directive_of("D-1", 6, "2026-03-20", "2026-06-30")];
    let sum = summary_of(&s);
    others_calm(&sum, &[]);
    assert_eq!(sum.board.carried_counts.in_progress, 1);
    assert_eq!(asks(&sum), vec![]);

    s.quarters[NOW].directives = vec![directive_of("D-1", 6, "2026-03-20", "2026-06-29")];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["directives_overdue", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 6, "directive_overdue")]);
    assert_eq!(sum.decisions[0].key, "directive_overdue:D-1");
    assert_eq!(sum.board.carried_counts.overdue, 1);
    assert_eq!(sum.board.carried[0].days_overdue, 1);
    assert!(sum.board.recorded);
}

/// A decision the board took is not asked twice while in force (12 months): the budget decision of
/// 2025-06-30 still holds at 2026-06-30 (said "decided on"), that of 2025-06-29 no longer does.
#[test]
fn a_decision_already_taken_is_not_asked_twice() {
    let taken = |on: &str| {
        let mut s = calm();
        s.quarters[NOW].budget.approved_on = None;
        s.quarters.insert(0, crate::fixture::empty_quarter(q("2025Q2")));
        s.quarters[0].checksheet.iter_mut().for_each(|a| a.maturity = 3);
        s.quarters[0].board_decisions = vec![BoardDecision {
            id: "BD-1".into(),
            on: d(on),
            key: "approve_budget".into(),
            outcome: BoardOutcome::Directed,
            body: Some(ApprovingBody::Board),
            reference: None,
        }];
        crate::fixture::assert_valid(&s);
        board_summary(&s, q("2026Q2")).unwrap()
    };
    let sum = taken("2025-06-30");
    assert_eq!(asks(&sum), vec![]);
    assert_eq!(sum.already_decided.len(), 1);
    let a = &sum.already_decided[0];
    assert_eq!((a.on, a.board_decision.as_str(), a.decision.key.as_str()), (d("2025-06-30"), "BD-1", "approve_budget"));
    assert_eq!(sum.headline.decisions.medium, 0);

    let sum = taken("2025-06-29");
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 6, "approve_budget")]);
    assert!(sum.already_decided.is_empty());
}

fn action_of(id: &str, due: &str, risk: Option<&str>) -> Action {
    Action {
        id: id.into(),
        title: "WAF 導入".into(),
        owner: "情報システム部".into(),
        due: d(due),
        status: ProgressStatus::InProgress,
        done_on: None,
        risk: risk.map(str::to_owned),
        finding: None,
        source: None,
        assumed_in_residual: false,
    }
}

/// Overdue treatment actions: one on a risk above tolerance makes item 3 red and a high decision;
/// two elsewhere are amber without a decision; the third makes a medium decision. Due on the
/// reference date is in time.
#[test]
fn overdue_actions_count_per_item_and_escalate() {
    let mut s = calm();
    let r = &mut s.quarters[NOW];
    r.assets.push(asset("ec", "ECサイト"));
    let mut above = risk("R-1", "ec", (3, 3), (2, 3));
    above.approval = Some(Approval {
        approver: "取締役会".into(),
        body: Some(ApprovingBody::Board),
        rating: None,
        approved_on: d("2026-04-01"),
        expires_on: d("2027-03-31"),
        reference: None,
    });
    r.risks = vec![above, risk("R-2", "ec", (2, 2), (1, 1))];
    r.actions = vec![action_of("A-1", "2026-06-30", Some("R-1"))];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 3).0, Light::Green);
    assert_eq!(asks(&sum), vec![]);

    s.quarters[NOW].actions = vec![action_of("A-1", "2026-06-29", Some("R-1"))];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 3), (Light::Red, vec!["actions_overdue", "meets_target", "latest_assessment"]));
    assert_eq!(asks(&sum), vec![(Urgency::High, 3, "chase_actions")]);
    assert_eq!(sum.decisions[0].key, "chase_actions:3");

    s.quarters[NOW].actions =
        vec![action_of("A-2", "2026-06-29", Some("R-2")), action_of("A-3", "2026-05-31", Some("R-2"))];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 3), (Light::Amber, vec!["actions_overdue", "meets_target", "latest_assessment"]));
    assert_eq!(asks(&sum), vec![]);
    s.quarters[NOW].actions.push(action_of("A-4", "2026-04-30", None));
    let sum = summary_of(&s);
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 3, "chase_actions")]);
    assert_eq!(sum.actions.overdue, 3);
}

// ---------------------------------------------------------------------------------------------------
// (6) Budget in force and people; (9)-3 the CSIRT's design.
// ---------------------------------------------------------------------------------------------------

/// Whether item `item` says that part of its section is not recorded (a green signal of its own).
fn says_not_recorded(sum: &BoardSummary, item: u8) -> bool {
    sum.lights[usize::from(item) - 1]
        .signals
        .iter()
        .any(|s| matches!(s.reason, Reason::PeopleNotRecorded { .. } | Reason::CsirtDesignNotRecorded { .. }))
}

/// `calm()` with an April fiscal year (2026Q2 = the first quarter of FY2026) and the FY2026 budget
/// approved on 2026-03-23.
fn calm_april() -> Snapshot {
    let mut s = calm();
    s.organisation.fiscal_year_start = Some(4);
    for r in &mut s.quarters {
        r.budget.fiscal_year = if r.quarter == q("2026Q2") { "FY2026" } else { "FY2025" }.into();
        r.budget.approved_on = Some(if r.quarter == q("2026Q2") { d("2026-03-23") } else { d("2025-03-24") });
    }
    s
}

/// Item 6, `budget_approval_not_in_force` (amber, and the medium "approve the budget"): on the first
/// day of FY2026 the FY2025 budget is not the budget in force; the quarter before (FY2025 Q4) it is.
#[test]
fn last_years_budget_is_not_in_force_on_the_new_fiscal_year() {
    let sum = summary_of(&calm_april());
    assert_eq!(light(&sum, 6), (Light::Green, vec!["meets_target"]));
    assert_eq!(sum.resources.budget.year_in_force, 2026);
    assert_eq!(asks(&sum), vec![]);

    let mut s = calm_april();
    s.quarters[NOW].budget.fiscal_year = "FY2025".into();
    s.quarters[NOW].budget.approved_on = Some(d("2025-03-24"));
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["budget_approval_not_in_force", "meets_target"]));
    assert_eq!(sum.lights[5].signals[0].trace, vec!["quarters[3].budget"]);
    assert_eq!(
        sum.lights[5].signals[0].reason.message(Language::En),
        "The budget on record (FY2025, approved 2025-03-24) is not the budget of FY2026, the fiscal year in force"
    );
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 6, "approve_budget")]);
    others_calm(&sum, &[6]);

    // 2026Q1 (January–March) is FY2025: the same budget is in force there.
    let before = board_summary(&s, q("2026Q1")).unwrap();
    assert_eq!(before.resources.budget.year_in_force, 2025);
    assert_eq!(before.resources.budget.approval, BudgetApproval::InForce);
}

/// Item 6: an approval before the previous fiscal year began (FY2025 began 2025-04-01) is stale, on
/// the first day of FY2025 it counts.
#[test]
fn an_approval_before_the_previous_fiscal_year_is_stale() {
    let at = |on: &str| {
        let mut s = calm_april();
        s.quarters[NOW].budget.approved_on = Some(d(on));
        let sum = summary_of(&s);
        (sum.resources.budget.approval, light(&sum, 6).1)
    };
    assert_eq!(at("2025-04-01"), (BudgetApproval::InForce, vec!["meets_target"]));
    assert_eq!(at("2025-04-02").0, BudgetApproval::InForce);
    assert_eq!(at("2025-03-31"), (BudgetApproval::Stale, vec!["budget_approval_not_in_force", "meets_target"]));
}

/// A workforce with the whole people section recorded and met: 1 security staff, none qualified.
fn people_recorded(s: &mut Snapshot) {
    let w = &mut s.quarters[NOW].workforce;
    w.security_staff_needed = Some(1);
    w.qualified_needed = Some(0);
    w.career_path = Some(true);
    w.evaluation_criteria = Some(true);
}

/// Item 6: the staffing plan at its boundary (needed = staff: green; one over: amber), qualified staff,
/// skills gaps without outside help, the career path; and "not recorded" said only while it is.
#[test]
fn the_staffing_plan_is_judged_only_when_recorded() {
    let sum = summary_of(&calm());
    assert!(says_not_recorded(&sum, 6));
    assert_eq!(light(&sum, 6), (Light::Green, vec!["meets_target"]));

    let mut s = calm();
    people_recorded(&mut s);
    let sum = summary_of(&s);
    assert!(!says_not_recorded(&sum, 6));
    assert_eq!(light(&sum, 6), (Light::Green, vec!["meets_target"]));

    let mut short = s.clone();
    short.quarters[NOW].workforce.security_staff_needed = Some(2);
    short.quarters[NOW].workforce.qualified_needed = Some(1);
    let sum = summary_of(&short);
    assert_eq!(light(&sum, 6), (Light::Amber, vec!["security_staff_short", "qualified_staff_short", "meets_target"]));
    assert_eq!(sum.resources.people.staff_short, Some(1));
    assert_eq!(asks(&sum), vec![]);

    let mut gaps = s.clone();
    gaps.quarters[NOW].workforce.skills_gaps = vec!["クラウド設定監査".into()];
    assert_eq!(light(&summary_of(&gaps), 6).1, vec!["skills_gaps_uncovered", "meets_target"]);
    gaps.quarters[NOW].workforce.external_resources = vec!["SOC監視サービス".into()];
    assert_eq!(light(&summary_of(&gaps), 6).1, vec!["meets_target"]);

    let mut career = s.clone();
    career.quarters[NOW].workforce.evaluation_criteria = Some(false);
    let sum = summary_of(&career);
    assert_eq!(light(&sum, 6).1, vec!["career_path_missing", "meets_target"]);
    assert_eq!(
        sum.lights[5].signals[0].reason.message(Language::En),
        "No performance criteria for security work linked to the personnel evaluation system"
    );
}

/// Item 9: outside forensics is judged above 300 staff (300: not; 301: amber) and never below.
#[test]
fn outside_forensics_is_expected_above_300_staff() {
    let at = |staff: u32, forensics: bool| {
        let mut s = calm();
        s.quarters[NOW].workforce.staff = staff;
        s.quarters[NOW].emergency.external_forensics = forensics;
        light(&summary_of(&s), 9)
    };
    assert_eq!(at(300, false), (Light::Green, vec!["meets_target"]));
    assert_eq!(at(301, false), (Light::Amber, vec!["external_forensics_not_arranged", "meets_target"]));
    assert_eq!(at(301, true), (Light::Green, vec!["meets_target"]));
}

/// Item 9: the CSIRT's charter is a reviewed document (rule 11), its authority and the stop and restore
/// criteria are amber when recorded as missing; "not recorded" is said until all are recorded.
#[test]
fn the_csirt_design_is_judged_when_recorded() {
    let sum = summary_of(&calm());
    assert!(says_not_recorded(&sum, 9));

    let mut s = calm();
    let e = &mut s.quarters[NOW].emergency;
    e.csirt_charter = Some(reviewed("2026-04-10"));
    e.authority_to_disconnect = Some(true);
    e.authority_to_stop_services = Some(true);
    e.stop_criteria = Some(true);
    e.restore_criteria = Some(true);
    let sum = summary_of(&s);
    assert!(!says_not_recorded(&sum, 9));
    assert_eq!(light(&sum, 9), (Light::Green, vec!["meets_target"]));
    assert!(sum.readiness.documents.iter().any(|d| d.kind == DocumentKind::CsirtCharter));

    let mut bad = s.clone();
    let e = &mut bad.quarters[NOW].emergency;
    e.csirt_charter.as_mut().unwrap().approved_by = None;
    e.authority_to_disconnect = Some(false);
    e.restore_criteria = Some(false);
    let sum = summary_of(&bad);
    assert_eq!(
        light(&sum, 9),
        (
            Light::Amber,
            vec!["document_unapproved", "csirt_authority_missing", "stop_restore_criteria_missing", "meets_target"]
        )
    );
    let words: Vec<String> = sum.lights[8].signals.iter().map(|s| s.reason.message(Language::En)).collect();
    assert!(words.contains(&"The CSIRT (or the CISO) has no authority to disconnect networks".to_owned()));
    assert!(words.contains(&"No criteria set in advance to restore a service".to_owned()));
    assert_eq!(
        asks(&sum),
        vec![(Urgency::Medium, 9, "grant_csirt_authority"), (Urgency::Medium, 9, "approve_document")]
    );
    assert_eq!(
        sum.decisions[0].title(Language::En),
        "Grant the CSIRT (or the CISO) the authority to disconnect networks when attacked"
    );
}

/// Item 7: the outsourcing terms are judged only when recorded; a "no" is amber (no decision: the
/// contract is the CISO's to amend, and the light says which partner); a SOC 2 report is stale 12 months
/// after its period (quarter end 2026-06-30: ended 2025-06-30 current, 2025-06-29 stale).
#[test]
fn outsourcing_terms_and_soc_reports_on_item_7() {
    let mut s = calm();
    s.quarters[NOW].partners = vec![partner_of("iaas", PartnerKind::Cloud, true, Some(4.0))];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 7), (Light::Green, vec!["meets_target"]));
    let said = &sum.lights[6].signals;
    assert!(
        said.iter()
            .any(|x| matches!(&x.reason, Reason::OutsourcingNotRecorded { partners } if partners == &["iaas社"]))
    );

    let all = crate::partners::CLOUD_POINTS.to_vec();
    let terms = Outsourcing {
        scope_split: Some(true),
        sla_stated: Some(true),
        availability_target_pct: Some(99.95),
        emergency_cooperation: Some(true),
        subcontracting_allowed: Some(true),
        flow_down: Some(true),
        cloud_points: all.clone(),
    };
    s.quarters[NOW].partners[0].outsourcing = Some(terms.clone());
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 7), (Light::Green, vec!["meets_target"]));
    assert!(!sum.lights[6].signals.iter().any(|x| x.reason.is_not_recorded()));

    let mut gaps = s.clone();
    gaps.quarters[NOW].partners[0].outsourcing = Some(Outsourcing {
        scope_split: Some(false),
        sla_stated: Some(false),
        emergency_cooperation: Some(false),
        flow_down: Some(false),
        cloud_points: all[..6].to_vec(),
        ..terms.clone()
    });
    let sum = summary_of(&gaps);
    assert_eq!(
        light(&sum, 7),
        (
            Light::Amber,
            vec![
                "scope_split_missing",
                "sla_missing",
                "emergency_cooperation_missing",
                "flow_down_missing",
                "cloud_points_unconfirmed",
                "meets_target"
            ]
        )
    );
    assert_eq!(asks(&sum), vec![]);
    others_calm(&sum, &[7]);

    let soc = |end: &str| {
        let mut x = s.clone();
        let p = &mut x.quarters[NOW].partners[0];
        (p.evidence, p.evidence_kind) = (Some(Evidence::ThirdPartyAudit), Some(EvidenceKind::Soc2));
        p.evidence_period_end = Some(d(end));
        light(&summary_of(&x), 7)
    };
    assert_eq!(soc("2025-06-30"), (Light::Green, vec!["meets_target"]));
    assert_eq!(soc("2025-06-29"), (Light::Amber, vec!["soc_report_stale", "meets_target"]));
}

/// Rule 13 (付録3 (6)-5): training by people, not sessions. 1,000 employees, 20 executives and 50
/// contract staff in scope, target 95 %: completion counts people once (a repeat session of the
/// employees does not add them twice), and item 6 shows executives' and contract staff's coverage —
/// 19 of 20 executives (95.0 %, equal to the target) is green, 18 of 20 (90.0 %, one person under) amber.
#[test]
fn training_is_counted_by_people_and_item_6_shows_executives_and_contract_staff() {
    let with = |executives: u32, target: Option<f64>| {
        let mut s = calm();
        let session = |id: &str, date: &str, audience, eligible, completed, repeat_of: Option<&str>| Training {
            id: id.into(),
            date: d(date),
            title: "研修".into(),
            audience,
            eligible,
            completed,
            repeat_of: repeat_of.map(Into::into),
        };
        let r = &mut s.quarters[NOW];
        r.trainings.push(session("t-all", "2026-04-10", Audience::AllStaff, 1000, 1000, None));
        r.trainings.push(session("t-again", "2026-05-10", Audience::AllStaff, 1000, 1000, Some("t-all")));
        r.trainings.push(session("t-exec", "2026-05-20", Audience::Executives, 20, executives, None));
        r.trainings.push(session("t-contract", "2026-06-01", Audience::ContractStaff, 50, 48, None));
        r.training_scope = vec![
            TrainingScope { audience: Audience::Executives, people: 20, trained: None },
            TrainingScope { audience: Audience::AllStaff, people: 1000, trained: None },
            TrainingScope { audience: Audience::ContractStaff, people: 50, trained: None },
        ];
        r.kpi_targets.training_completion_pct = target;
        crate::fixture::assert_valid(&s);
        summary_of(&s)
    };
    let coverage = |sum: &BoardSummary| {
        let l = &sum.lights[5];
        l.signals.iter().find(|x| matches!(x.reason, Reason::TrainingCoverage { .. })).map(|x| x.light)
    };
    let sum = with(19, Some(95.0));
    let k = sum.kpis.get(KpiId::TrainingCompletion).unwrap();
    // (1,000 + 19 + 48) ÷ 1,070 people, not (2,000 + 19 + 48) ÷ 2,070 attendances.
    assert_eq!(
        (k.value, k.counted, k.status),
        (Some(99.7), Some(crate::kpi::Counting::People), Some(KpiStatus::OnTrack))
    );
    assert_eq!(k.name.en, "Training completion (12 months)");
    assert!(k.trace.contains(&"quarters[3].training_scope".to_owned()));
    assert_eq!(coverage(&sum), Some(Light::Green));
    assert_eq!(light(&sum, 6), (Light::Green, vec!["meets_target", "training_coverage"]));
    assert_eq!(
        sum.lights[5]
            .signals
            .iter()
            .find(|x| matches!(x.reason, Reason::TrainingCoverage { .. }))
            .expect("coverage")
            .reason
            .message(Language::Ja),
        "研修の受講（直近12か月、人数）: 経営層 19/20 人（95.0%）、派遣・契約社員 48/50 人（96.0%）（目標 95.0%）"
    );
    assert_eq!(
        sum.lights[5]
            .signals
            .iter()
            .find(|x| matches!(x.reason, Reason::TrainingCoverage { .. }))
            .expect("coverage")
            .reason
            .message(Language::En),
        "Training in the last 12 months, by people: executives 19 of 20 (95.0%), contract staff 48 of 50 (96.0%) (target 95.0%)"
    );
    // One executive under the target: amber on item 6, though the KPI (99.6 %) is on track.
    let sum = with(18, Some(95.0));
    assert_eq!(coverage(&sum), Some(Light::Amber));
    assert_eq!(light(&sum, 6).0, Light::Amber);
    assert_eq!(sum.kpis.get(KpiId::TrainingCompletion).unwrap().value, Some(99.6));
    // Without a target: amber only when nobody of an audience was trained.
    assert_eq!(coverage(&with(1, None)), Some(Light::Green));
    assert_eq!(coverage(&with(0, None)), Some(Light::Amber));
    // Without a scope: by sessions, said in the name, and nothing about coverage.
    let mut s = calm();
    s.quarters[NOW].trainings.push(Training {
        id: "t".into(),
        date: d("2026-04-10"),
        title: "研修".into(),
        audience: Audience::AllStaff,
        eligible: 10,
        completed: 10,
        repeat_of: None,
    });
    let sum = summary_of(&s);
    let k = sum.kpis.get(KpiId::TrainingCompletion).unwrap();
    assert_eq!(
        (k.counted, k.name.ja.as_str()),
        (Some(crate::kpi::Counting::Sessions), "セキュリティ研修の受講率（直近12か月・受講回数ベース）")
    );
    assert_eq!(coverage(&sum), None);
}

/// Issue 14, item 4: the page's sentences set every data string as a bidi isolate (FSI … PDI), so an
/// unterminated override in a partner's name cannot reorder the words after it; the plain form (the
/// CLI's, which escapes the data's controls itself) is unchanged.
#[test]
fn the_page_form_isolates_data_strings_in_sentences() {
    let mut s = calm();
    let hostile = "dm\u{202e}社";
    s.quarters[NOW].partners = vec![Partner {
        name: hostile.into(),
        evidence: Some(Evidence::SelfReport),
        ..partner_of("dm", PartnerKind::Supplier, true, Some(3.5))
    }];
    let sum = summary_of(&s);
    let d = &sum.decisions[0];
    assert_eq!(
        d.title_isolated(Language::En),
        "Have \u{2068}dm\u{202e}社\u{2069} (\u{2068}dm\u{2069}), which handles important information, confirmed by our own audit or a third party's audit or certification, not a self-assessment"
    );
    assert!(d.title(Language::En).starts_with("Have dm\u{202e}社 (dm), which"));
    let reason = &sum.lights[4].signals[0].reason;
    assert_eq!(
        reason.message_isolated(Language::Ja),
        "重要情報を扱うのに自己点検の報告だけで確認している委託先・取引先: \u{2068}dm\u{202e}社\u{2069}"
    );
    assert!(!reason.message(Language::Ja).contains('\u{2068}'));
}

/// Item 8, 8-1 「情報を常に最新の状態に保つ」. Reference 2026-06-30, target 14 days: a critical found
/// 2026-06-16 is open 14 days (in time: green, nothing asked); found 2026-06-15, 15 days (overdue: amber,
/// `patch_criticals` medium); found 2026-06-01, 29 days (more than twice the target: red, high).
#[test]
fn overdue_criticals_on_item_8_from_the_day_after_the_target() {
    let with = |found: &str| {
        let mut s = calm();
        s.quarters[NOW].vulnerabilities.criticals = vec![CriticalVulnerability {
            id: "CVE-2026-0001".into(),
            title: "リモートコード実行".into(),
            system: "ECサイト".into(),
            found_on: d(found),
            patched_on: None,
        }];
        summary_of(&s)
    };
    let sum = with("2026-06-16");
    others_calm(&sum, &[]);
    assert_eq!(sum.decisions, vec![]);
    assert_eq!(sum.vulnerabilities.criticals[0].days, 14);

    let sum = with("2026-06-15");
    others_calm(&sum, &[8]);
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["criticals_overdue", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 8, "patch_criticals")]);
    let signal = &sum.lights[7].signals[0];
    assert_eq!(signal.trace, vec!["quarters[3].vulnerabilities.criticals[0]"]);
    assert_eq!(
        signal.reason.message(Language::Ja),
        "目標 14 日を過ぎて未対処の緊急の脆弱性が 1 件あります（最長 15 日）"
    );
    assert_eq!(
        sum.decisions[0].ask.title(Language::En),
        "Direct the patching of 1 critical vulnerability(ies) open beyond the 14-day target (longest 15 days)"
    );

    // Twice the target (28 days) is amber; 29 days is red and high.
    assert_eq!(light(&with("2026-06-02"), 8).0, Light::Amber);
    let sum = with("2026-06-01");
    assert_eq!(light(&sum, 8), (Light::Red, vec!["criticals_overdue", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::High, 8, "patch_criticals")]);
}

/// Item 8: a system whose support ends on the reference date is in support; from the day after it is
/// past support (amber), asked medium without a planned replacement, low with one.
#[test]
fn systems_past_end_of_support_are_named_on_item_8() {
    let with = |end: &str, replacement: Option<&str>| {
        let mut s = calm();
        s.quarters[NOW].vulnerabilities.unsupported_systems = vec![UnsupportedSystem {
            name: "旧受注サーバ".into(),
            end_of_support: d(end),
            replacement: replacement.map(Into::into),
            replacement_due: None,
        }];
        summary_of(&s)
    };
    let sum = with("2026-06-30", None);
    others_calm(&sum, &[]);
    assert_eq!(sum.decisions, vec![]);
    let sum = with("2026-06-29", None);
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["past_support", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 8, "replace_unsupported_systems")]);
    assert_eq!(
        sum.lights[7].signals[0].reason.message(Language::Ja),
        "サポートが終了したシステムを使用中です: 旧受注サーバ（うち 1 件は更改計画なし）"
    );
    let sum = with("2026-06-29", Some("クラウド移行"));
    assert_eq!(asks(&sum), vec![(Urgency::Low, 8, "replace_unsupported_systems")]);
}

/// Item 8: an export without the section says so and stays green on the check sheet (never a light bought
/// or lost by silence); criticals without a target are amber (nothing can be judged overdue).
#[test]
fn vulnerabilities_not_recorded_or_without_a_target() {
    let mut s = calm();
    s.quarters[NOW].vulnerabilities = crate::snapshot::Vulnerabilities::default();
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 8), (Light::Green, vec!["meets_target"]));
    assert_eq!(notes(&sum, 8), vec!["vulnerabilities_not_recorded"]);
    assert_eq!(sum.decisions, vec![]);
    let kpi = sum.kpis.get(crate::kpi::KpiId::CriticalPatchDays).unwrap();
    assert_eq!((kpi.value, kpi.target, kpi.status), (None, None, None));

    s.quarters[NOW].vulnerabilities.open = Some(OpenVulnerabilities { critical: 1, high: 0, medium: 0, low: 0 });
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["patch_target_missing", "meets_target"]));
}

/// The KPI `critical_patch_days`: the median days to patch of the quarter's patched criticals against
/// the target days (lower is better; a count's margin of 20 %): 14 against 14 is on track, 16 at risk
/// (≤ 16.8), 17 off track; on item 8.
#[test]
fn days_to_patch_a_critical_is_a_kpi_with_the_target_days() {
    let with = |days: i64| {
        let mut s = calm();
        let found = d("2026-04-01");
        s.quarters[NOW].vulnerabilities.criticals = vec![CriticalVulnerability {
            id: "V-1".into(),
            title: "RCE".into(),
            system: "EC".into(),
            found_on: found,
            patched_on: Some(found.add_days(days)),
        }];
        summary_of(&s)
    };
    let kpi = |sum: &BoardSummary| sum.kpis.get(crate::kpi::KpiId::CriticalPatchDays).cloned().unwrap();
    let sum = with(14);
    assert_eq!(
        (kpi(&sum).value, kpi(&sum).target, kpi(&sum).status),
        (Some(14.0), Some(14.0), Some(KpiStatus::OnTrack))
    );
    assert_eq!(
        kpi(&sum).trace,
        vec!["quarters[3].vulnerabilities.criticals[0]", "quarters[3].vulnerabilities.critical_patch_target_days"]
    );
    others_calm(&sum, &[]);
    assert_eq!(kpi(&with(16)).status, Some(KpiStatus::AtRisk));
    let sum = with(17);
    assert_eq!(kpi(&sum).status, Some(KpiStatus::OffTrack));
    assert_eq!(light(&sum, 8), (Light::Amber, vec!["kpi_off_track", "meets_target"]));
}

fn pdca_cycle(id: &str, plan: &str, check: Option<&str>, cycle_days: u32, next_review: &str) -> PdcaCycle {
    PdcaCycle {
        id: id.into(),
        area: format!("領域{id}"),
        area_en: Some(format!("area {id}")),
        phase: Phase::Do,
        cycle_days,
        last_plan: Some(d(plan)),
        last_do: None,
        last_check: check.map(d),
        last_act: None,
        next_review: d(next_review),
    }
}

/// Item 4, `pdca_cycle_overrun` (4-1): an open cycle (plan 2026-01-01, no act, 180 days) is due
/// 2026-06-30 — in time on the reference date; planned a day earlier it is overrun by 1 day (amber,
/// `review_pdca` medium naming the overrun) even though its `next_review` is months away.
#[test]
fn a_cycle_past_its_length_is_amber_whatever_its_next_review() {
    let with = |plan: &str| {
        let mut s = calm();
        s.quarters[NOW].pdca = vec![pdca_cycle("a", plan, Some("2025-12-01"), 180, "2026-12-31")];
        summary_of(&s)
    };
    let sum = with("2026-01-01");
    others_calm(&sum, &[]);
    assert_eq!(sum.decisions, vec![]);
    let sum = with("2025-12-31");
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["pdca_cycle_overrun", "meets_target"]));
    assert_eq!(
        sum.lights[3].signals[0].reason.message(Language::En),
        "PDCA cycles running past their planned length without completing (up to 1 days over): area a"
    );
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 4, "review_pdca")]);
    assert_eq!(sum.decisions[0].ask, Ask::ReviewPdca { area: Text::new("領域a", "area a"), days_overdue: 1 });
}

/// Item 4, `pdca_not_checked` (4-1 start from Check): an area with no check on record is shown (green)
/// within its first cycle and amber once a full cycle has passed since it was first recorded (first seen
/// 2025-07-01, the first quarter's start, + 364 days = 2026-06-30: in time; + 363: over), with the
/// decision `check_pdca` (low).
#[test]
fn an_area_never_checked_starts_from_check() {
    let with = |cycle_days: u32| {
        let mut s = calm();
        for q in &mut s.quarters {
            q.pdca = vec![pdca_cycle("a", "2025-07-01", None, cycle_days, "2027-06-30")];
        }
        s.quarters[0].pdca[0].phase = Phase::Plan;
        summary_of(&s)
    };
    let sum = with(364);
    assert_eq!(light(&sum, 4), (Light::Green, vec!["meets_target", "pdca_not_checked"]));
    assert_eq!(sum.decisions, vec![]);
    assert_eq!(sum.pdca.areas[0].first_phase, Phase::Plan);
    let sum = with(363);
    // The open cycle (plan 2025-07-01, 363 days) is overrun too.
    assert_eq!(light(&sum, 4), (Light::Amber, vec!["pdca_cycle_overrun", "pdca_not_checked", "meets_target"]));
    assert_eq!(asks(&sum), vec![(Urgency::Medium, 4, "review_pdca"), (Urgency::Low, 4, "check_pdca")]);
    assert_eq!(
        sum.decisions[1].ask.title(Language::Ja),
        "「領域a」の PDCA を、まず現状の対策の確認（Check）から始めさせる"
    );
}

/// The serde code of `r` (`{"code": …}`).
fn serde_code(r: &impl serde::Serialize) -> String {
    serde_json::to_value(r).unwrap()["code"].as_str().unwrap().to_owned()
}

/// The variants of `pub enum {name}` in `source` (the file's text), in order: read from the source so
/// that a test over every variant cannot miss a new one.
fn variants_of<'a>(source: &'a str, name: &str) -> Vec<&'a str> {
    let body = &source[source.find(&format!("pub enum {name} {{")).unwrap()..];
    let body = &body[..body.find("\n}\n").unwrap()];
    body.lines()
        .filter_map(|l| l.strip_prefix("    "))
        .filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|l| l.trim_end_matches([' ', '{', ',']))
        .collect()
}

/// Every reason named `*NotRecorded` (read from the enum's source, so a new one cannot be missed) is a
/// not-recorded note, with a `*_not_recorded` code; and no code of a produced signal ends so without
/// being one.
#[test]
fn every_not_recorded_reason_is_a_note() {
    let notes = [
        Reason::DisclosurePlanNotRecorded { parts: vec![] },
        Reason::GovernanceNotRecorded,
        Reason::PeopleNotRecorded { plan: true, career: false },
        Reason::CsirtDesignNotRecorded { nothing: true },
        Reason::OutsourcingNotRecorded { partners: vec!["x".into()] },
        Reason::VulnerabilitiesNotRecorded,
        Reason::BusinessImpactNotRecorded,
    ];
    for r in &notes {
        assert!(r.is_not_recorded(), "{r:?}");
        assert!(serde_code(r).ends_with("_not_recorded"), "{r:?}");
    }
    let named: Vec<&str> =
        variants_of(include_str!("lights.rs"), "Reason").into_iter().filter(|v| v.ends_with("NotRecorded")).collect();
    assert_eq!(named.len(), notes.len(), "{named:?}");
    for v in named {
        assert!(notes.iter().any(|r| format!("{r:?}").starts_with(v)), "{v} is not in the list above");
    }
    let mut seen = 0;
    for sum in [summary_of(&calm()), summary_of(&scenario())] {
        for sig in sum.lights.iter().flat_map(|l| &l.signals) {
            assert_eq!(serde_code(&sig.reason).ends_with("_not_recorded"), sig.reason.is_not_recorded());
            seen += usize::from(sig.reason.is_not_recorded());
        }
    }
    assert!(seen > 0);
}

/// A not-recorded note never changes a colour: it is green, it is not a finding, and the item's light is
/// the worst finding's (green without one) whatever notes stand beside it.
#[test]
fn a_not_recorded_note_never_changes_a_colour() {
    let sum = summary_of(&calm());
    let l = &sum.lights[2];
    let notes: Vec<String> = l.not_recorded().map(|s| serde_code(&s.reason)).collect();
    assert!(notes.contains(&"business_impact_not_recorded".to_owned()), "{notes:?}");
    assert_eq!(l.light, Light::Green);
    assert_eq!(l.findings().count(), 0);
    for sum in [summary_of(&calm()), summary_of(&scenario())] {
        for l in &sum.lights {
            assert!(l.not_recorded().all(|s| s.light == Light::Green));
            assert!(l.findings().all(|s| !s.reason.is_not_recorded()));
            assert_eq!(l.light, l.findings().map(|s| s.light).max().unwrap_or(Light::Green), "item {}", l.item);
        }
    }
    // A red item stays red beside the notes (item 2 of the scenario: 1 against 3).
    let sum = summary_of(&scenario());
    assert_eq!(sum.lights[1].light, Light::Red);
    assert!(sum.lights[1].not_recorded().next().is_some());
}

fn bia_process(id: &str, rto_hours: u32) -> BusinessProcess {
    BusinessProcess {
        id: id.into(),
        name: format!("業務{id}"),
        name_en: Some(format!("Process {id}")),
        systems: vec![],
        rto_hours,
        loss_per_day_yen: 1_000_000,
    }
}

/// Item 3, `beyond_rto_untreated` (3-3, 0-5 問い①): a week's outage (168 hours) against an RTO of 168
/// hours is within it, 167 beyond; a process beyond its RTO is amber until an action treats a risk
/// linked to it; no analysis is a note, never a colour.
#[test]
fn processes_beyond_their_rto_and_untreated_are_amber_on_item_3() {
    let mut s = calm();
    let bia = &mut s.quarters[NOW].business_impact;
    bia.scenario =
        Some(OutageScenario {
            description: "ネットワークが1週間遮断".into(), description_en: None, days: 7
        });
    bia.processes = vec![bia_process("within", 168)];
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 3).0, Light::Green);
    assert_eq!(sum.lights[2].not_recorded().count(), 0);

    s.quarters[NOW].business_impact.processes.push(bia_process("beyond", 167));
    let sum = summary_of(&s);
    let (l, codes) = light(&sum, 3);
    assert_eq!(l, Light::Amber);
    assert!(codes.contains(&"beyond_rto_untreated"), "{codes:?}");
    let sig = sum.lights[2].findings().find(|x| serde_code(&x.reason) == "beyond_rto_untreated").unwrap();
    assert_eq!(sig.trace, vec!["quarters[3].business_impact.processes[1]"]);
    assert_eq!(
        sig.reason.message(Language::En),
        "Business processes the scenario (7 days' outage) stops beyond their RTO with no treatment on record: Process beyond"
    );
    assert!(sig.reason.message(Language::Ja).contains("業務beyond"));

    // A risk linked to the process with no action: still untreated; with an action (any status): treated.
    let q = &mut s.quarters[NOW];
    q.assets.push(asset("net", "社内ネットワーク"));
    q.risks.push(Risk { processes: vec!["beyond".into()], ..risk("R-BIA", "net", (2, 2), (1, 1)) });
    assert_eq!(light(&summary_of(&s), 3).0, Light::Amber);
    s.quarters[NOW].actions.push(Action {
        id: "A-BIA".into(),
        title: "回線の二重化".into(),
        owner: "情報システム部".into(),
        due: d("2026-12-31"),
        status: ProgressStatus::NotStarted,
        done_on: None,
        risk: Some("R-BIA".into()),
        finding: None,
        source: None,
        assumed_in_residual: false,
    });
    let sum = summary_of(&s);
    assert_eq!(light(&sum, 3).0, Light::Green);
    assert!(sum.lights[2].signals.iter().all(|x| serde_code(&x.reason) != "beyond_rto_untreated"));
}

/// `Ask::code` is the code serde writes: for every variant (read from the enum's source, so a new one
/// cannot be missed) the arm gives the variant's name in snake case, and every decision the fixtures
/// produce (groups' members and decisions already taken included) has the same code both ways.
#[test]
fn an_asks_code_is_the_code_its_json_writes() {
    let source = include_str!("decisions.rs");
    let variants = variants_of(source, "Ask");
    assert!(variants.len() > 30, "{variants:?}");
    let code_fn = &source[source.find("pub fn code(&self)").unwrap()..];
    for v in &variants {
        let snake: String = v
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let sep = (i > 0 && c.is_ascii_uppercase()).then_some('_');
                sep.into_iter().chain(std::iter::once(c.to_ascii_lowercase()))
            })
            .collect();
        let unit = format!("Ask::{v} => \"{snake}\",");
        let fields = format!("Ask::{v} {{ .. }} => \"{snake}\",");
        assert!(code_fn.contains(&unit) || code_fn.contains(&fields), "{v}: no arm giving \"{snake}\"");
    }
    let mut seen = std::collections::BTreeSet::new();
    for sum in [summary_of(&calm()), summary_of(&scenario()), summary_of(&calm_april())] {
        let taken = sum.already_decided.iter().map(|a| &a.decision);
        for d in sum.decisions.iter().flat_map(|d| std::iter::once(d).chain(&d.members)).chain(taken) {
            assert_eq!(serde_code(&d.ask), d.ask.code(), "{d:?}");
            assert!(d.key == d.ask.code() || d.key.starts_with(&format!("{}:", d.ask.code())), "{}", d.key);
            seen.insert(d.ask.code());
        }
    }
    assert!(seen.len() > 5, "{seen:?}");
}

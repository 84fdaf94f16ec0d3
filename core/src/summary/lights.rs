//! The traffic light of each important item: the check sheet's verdict, raised (never lowered) by
//! what the records show. `docs/SUMMARY.md` tabulates the rules.

use serde::Serialize;

use crate::action::{ActionView, Actions};
use crate::calendar::Date;
use crate::checksheet::{CheckItemScore, CheckSheet, ItemScore};
use crate::directive::BoardRecord;
use crate::governance::{GovernanceView, PolicyState};
use crate::impact::BusinessImpact;
use crate::incident::PlanPart;
use crate::kpi::{AudienceCoverage, Counting, Kpi, KpiId, KpiStatus, Kpis};
use crate::partners::{PartnerStatus, Partners};
use crate::pdca::{AuditBasis, Pdca};
use crate::period::Period;
use crate::readiness::{DocumentKind, DocumentState, Readiness};
use crate::risk::{ApprovalState, RiskView};
use crate::snapshot::{
    ApprovingBody, AuditKind, BeforeFirstQuarter, CsirtForm, DisclosureStage, ImpactClass, IncidentKind, NoticeElement,
};
use crate::staffing::{BudgetApproval, Resources};
use crate::text::Text;
use crate::vocabulary::terms;
use crate::vulnerability::Vulnerabilities;

/// A traffic light. Ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    /// On course.
    Green,
    /// Needs attention.
    Amber,
    /// Needs the board's action.
    Red,
}

impl Light {}

impl Reason {
    /// Whether the reason is a note of what the export does not record (a `*_not_recorded` code): said on
    /// the item, never a finding, and never a colour (docs/SUMMARY.md §5, "Not recorded is said, not
    /// judged"). Exhaustive: a new reason must say which it is.
    pub fn is_not_recorded(&self) -> bool {
        match self {
            Reason::DisclosurePlanNotRecorded { .. }
            | Reason::GovernanceNotRecorded
            | Reason::PeopleNotRecorded { .. }
            | Reason::CsirtDesignNotRecorded { .. }
            | Reason::OutsourcingNotRecorded { .. }
            | Reason::VulnerabilitiesNotRecorded
            | Reason::BusinessImpactNotRecorded => true,
            Reason::MeetsTarget { .. }
            | Reason::BelowTarget { .. }
            | Reason::FarBelowTarget { .. }
            | Reason::Fell { .. }
            | Reason::TargetLowered { .. }
            | Reason::ApprovalMissing { .. }
            | Reason::ApprovalNotByBoard { .. }
            | Reason::ApprovalWorsened { .. }
            | Reason::ApprovalExpired { .. }
            | Reason::ApprovalExpiring { .. }
            | Reason::OwnToleranceAboveBoard { .. }
            | Reason::ToleranceChanged { .. }
            | Reason::NoAssessment { .. }
            | Reason::KpiOffTrack { .. }
            | Reason::KpiAtRisk { .. }
            | Reason::FewProgressReports { .. }
            | Reason::StatusMonthsMissing { .. }
            | Reason::PdcaReviewOverdue { .. }
            | Reason::NoAudit { .. }
            | Reason::NoSecurityTest { .. }
            | Reason::PartnersBelowRequired { .. }
            | Reason::PartnersNeverAssessed { .. }
            | Reason::PartnerReviewsOverdue { .. }
            | Reason::PartnersSelfReportOnly { .. }
            | Reason::ClausesMissing { .. }
            | Reason::BudgetNotApproved
            | Reason::NoSecurityStaff
            | Reason::NoSharingMembership
            | Reason::IncidentsNotShared { .. }
            | Reason::DocumentUnapproved { .. }
            | Reason::SeriousIncidentResponse { .. }
            | Reason::SeriousIncidentDisclosure { .. }
            | Reason::AuditInternalOnly { .. }
            | Reason::NoStatutoryAudit { .. }
            | Reason::ReviewIntervalImplausible { .. }
            | Reason::NoCsirt
            | Reason::NoDrill { .. }
            | Reason::DocumentMissing { .. }
            | Reason::DocumentReviewOverdue { .. }
            | Reason::FollowUpsOverdue { .. }
            | Reason::PoliceNotListed
            | Reason::NoReportFormats
            | Reason::EscalationBreached { .. }
            | Reason::RegulatorNotNotified { .. }
            | Reason::NoticeTemplateIncomplete { .. }
            | Reason::DisclosureStagesMissing { .. }
            | Reason::NoPublication { .. }
            | Reason::PolicyNotApproved
            | Reason::PolicyNotByExecutive { .. }
            | Reason::PolicyReviewOverdue { .. }
            | Reason::PlanNotApproved
            | Reason::NoCiso
            | Reason::NoCommittee
            | Reason::CommitteeDidNotMeet { .. }
            | Reason::NotLinkedToErm
            | Reason::DirectivesOverdue { .. }
            | Reason::ActionsOverdue { .. }
            | Reason::BudgetApprovalNotInForce { .. }
            | Reason::SecurityStaffShort { .. }
            | Reason::QualifiedStaffShort { .. }
            | Reason::SkillsGapsUncovered { .. }
            | Reason::CareerPathMissing { .. }
            | Reason::ExternalForensicsNotArranged { .. }
            | Reason::CsirtAuthorityMissing { .. }
            | Reason::StopRestoreCriteriaMissing { .. }
            | Reason::SocReportStale { .. }
            | Reason::ScopeSplitMissing { .. }
            | Reason::SlaMissing { .. }
            | Reason::EmergencyCooperationMissing { .. }
            | Reason::FlowDownMissing { .. }
            | Reason::CloudPointsUnconfirmed { .. }
            | Reason::TrainingCoverage { .. }
            | Reason::PatchTargetMissing
            | Reason::CriticalsOverdue { .. }
            | Reason::PastSupport { .. }
            | Reason::PdcaCycleOverrun { .. }
            | Reason::LatestAssessment { .. }
            | Reason::PdcaNotChecked { .. }
            | Reason::BeyondRtoUntreated { .. } => false,
        }
    }
}

/// A check item short of its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckGap {
    /// `(3)-6`.
    pub id: String,
    /// Maturity.
    pub maturity: u8,
    /// Target.
    pub target: u8,
}

/// A check item whose target was lowered since the previous quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetCut {
    /// `(3)-6`.
    pub id: String,
    /// Target in the previous quarter.
    pub from: u8,
    /// Target now.
    pub to: u8,
    /// Maturity now.
    pub maturity: u8,
}

impl TargetCut {
    /// Whether the lowered target hides a shortfall: the maturity is below the former target.
    pub fn hides_shortfall(&self) -> bool {
        self.maturity < self.from
    }
}

/// A check item whose maturity fell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckFall {
    /// `(3)-6`.
    pub id: String,
    /// Maturity in the previous quarter.
    pub from: u8,
    /// Maturity now.
    pub to: u8,
}

/// Why a light has its colour: the rule that fired, with the numbers behind it. Render with
/// [`Reason::message`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// Every check item of the item is at or above target.
    MeetsTarget {
        /// Mean maturity.
        maturity: f64,
        /// Mean target.
        target: f64,
    },
    /// Some check items are below target, none by 2 levels or more, none at 0 against a target above 0.
    BelowTarget {
        /// The check items below target.
        check_items: Vec<CheckGap>,
        /// Mean maturity.
        maturity: f64,
        /// Mean target.
        target: f64,
    },
    /// A check item is 2 or more levels below its target, or at 0 against a target above 0 (the worst
    /// check item decides, not the mean: over-achievers never offset a shortfall).
    FarBelowTarget {
        /// The check items below target.
        check_items: Vec<CheckGap>,
        /// Mean maturity.
        maturity: f64,
        /// Mean target.
        target: f64,
    },
    /// Check items whose target was lowered since the previous quarter: amber when a lowered target
    /// hides a shortfall (maturity below the former target), else green (shown for the record).
    TargetLowered {
        /// The check items, with their former and present target and maturity.
        check_items: Vec<TargetCut>,
    },
    /// Check items whose maturity fell since the previous quarter.
    Fell {
        /// The check items, with their maturity before and now.
        check_items: Vec<CheckFall>,
    },
    /// Residual risks above tolerance without board approval.
    ApprovalMissing {
        /// How many.
        risks: usize,
    },
    /// Residual risks above tolerance approved only by a body that cannot accept risk for the board.
    ApprovalNotByBoard {
        /// How many.
        risks: usize,
    },
    /// Residual risks above tolerance that worsened since their approval.
    ApprovalWorsened {
        /// How many.
        risks: usize,
    },
    /// Residual risks above tolerance whose approval has lapsed.
    ApprovalExpired {
        /// How many.
        risks: usize,
    },
    /// Residual risks above tolerance whose approval lapses within 90 days.
    ApprovalExpiring {
        /// How many.
        risks: usize,
    },
    /// The board's tolerance changed in the quarter (4-2): green when lowered or decided by the board,
    /// red when raised by a body that cannot decide it.
    ToleranceChanged {
        /// The day it applies from.
        on: Date,
        /// The level before.
        from: Text,
        /// The level after.
        to: Text,
        /// Whether it was raised.
        raised: bool,
        /// Who decided.
        body: ApprovingBody,
        /// Whether that is the board.
        by_board: bool,
    },
    /// Risks that set their own tolerance above the board's (the board's applies; the override is put to
    /// the board).
    OwnToleranceAboveBoard {
        /// How many.
        risks: usize,
    },
    /// No risk assessment in the trailing year.
    NoAssessment {
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// A KPI of the item is off track.
    KpiOffTrack {
        /// Which KPI.
        kpi: KpiId,
        /// Its name.
        name: Text,
        /// Its value.
        value: f64,
        /// Its target.
        target: f64,
        /// Whether the value is a percentage.
        percent: bool,
    },
    /// A KPI below its target, within the margin (at risk): a missed target is never silent.
    KpiAtRisk {
        /// Which KPI.
        kpi: KpiId,
        /// Its name.
        name: Text,
        /// Value.
        value: f64,
        /// Target.
        target: f64,
        /// Whether the numbers are percentages.
        percent: bool,
    },
    /// Fewer than 2 progress reports to the executive in the trailing year.
    FewProgressReports {
        /// How many there were.
        count: u32,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// Complete months of the trailing year without any report to the executive (silent months).
    StatusMonthsMissing {
        /// The months, `2026-02`.
        months: Vec<String>,
    },
    /// PDCA areas whose review is overdue.
    PdcaReviewOverdue {
        /// Area names.
        areas: Vec<Text>,
    },
    /// Only internal or statutory auditor's audits in the trailing year: the seed's fallback ((4)-2),
    /// shown as such (green: the seed accepts it when an external audit is difficult).
    AuditInternalOnly {
        /// Internal audits in the year.
        internal: u32,
        /// Statutory auditor's audits in the year.
        statutory: u32,
    },
    /// No statutory auditor's (監査役) audit covering cyber-security in the trailing year ((4)-2).
    NoStatutoryAudit {
        /// Last one, any year.
        last: Option<Date>,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// No audit of any kind (external, internal, statutory auditor's) in the trailing year.
    NoAudit {
        /// Last audit, any year.
        last: Option<Date>,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// No vulnerability assessment or penetration test in the trailing year.
    NoSecurityTest {
        /// Last test, any year.
        last: Option<Date>,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// Partners below their required maturity.
    PartnersBelowRequired {
        /// Their names.
        partners: Vec<String>,
        /// Whether they handle sensitive data.
        sensitive: bool,
    },
    /// Partners never assessed.
    PartnersNeverAssessed {
        /// Their names.
        partners: Vec<String>,
        /// Whether they handle sensitive data.
        sensitive: bool,
    },
    /// Partners handling important information whose only evidence is their self-assessment (5-2 ①).
    PartnersSelfReportOnly {
        /// Their names.
        partners: Vec<String>,
    },
    /// Partners whose review is overdue.
    PartnerReviewsOverdue {
        /// Their names.
        partners: Vec<String>,
    },
    /// Partners whose contract lacks clauses of 5-1.
    ClausesMissing {
        /// Their names.
        partners: Vec<String>,
    },
    /// The security budget has no executive approval date.
    BudgetNotApproved,
    /// No staff assigned to security.
    NoSecurityStaff,
    /// The organisation belongs to no information-sharing source or community.
    NoSharingMembership,
    /// Major or severe incidents of the trailing year not referenced by any report filed outside.
    IncidentsNotShared {
        /// How many.
        incidents: usize,
    },
    /// (9) A serious (major or severe) incident in the quarter: its response and recurrence prevention.
    SeriousIncidentResponse {
        /// The incident's id.
        incident: String,
        /// Major or severe.
        impact: ImpactClass,
        /// Follow-up actions on record whose source is the incident.
        follow_ups: usize,
    },
    /// (10) A serious (major or severe) incident in the quarter: its disclosure, and how fast the executive
    /// heard of it.
    SeriousIncidentDisclosure {
        /// The incident's id.
        incident: String,
        /// Major or severe.
        impact: ImpactClass,
        /// Days from the incident to the report to the executive; `None` if not reported.
        lag_days: Option<i64>,
    },
    /// No CSIRT.
    NoCsirt,
    /// No drill in the trailing year.
    NoDrill {
        /// Last drill, any year.
        last: Option<Date>,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// A required document does not exist.
    DocumentMissing {
        /// Which.
        document: DocumentKind,
    },
    /// A document was never reviewed or its review is overdue.
    DocumentReviewOverdue {
        /// Which.
        document: DocumentKind,
        /// Its state.
        state: DocumentState,
        /// Last review.
        last_review: Option<Date>,
    },
    /// A document exists without an approver ((9)-1, (9)-2: approved by CISO 等).
    DocumentUnapproved {
        /// Which.
        document: DocumentKind,
    },
    /// A document's planned review interval is implausible (0 days or over 3 years).
    ReviewIntervalImplausible {
        /// Which.
        document: DocumentKind,
        /// The planned interval in days.
        days: u32,
    },
    /// Follow-up actions from drills or incidents past due.
    FollowUpsOverdue {
        /// How many.
        actions: usize,
    },
    /// The notification list does not include the police.
    PoliceNotListed,
    /// No report formats prepared.
    NoReportFormats,
    /// (4), (9) Incidents of the quarter reported to the executive later than the escalation rule allows,
    /// or unreported past it (rule E1).
    EscalationBreached {
        /// The incidents' ids, by date.
        incidents: Vec<String>,
        /// Whether one of them is severe.
        severe: bool,
    },
    /// (10) Severe incidents of the quarter with a personal-data leak and no notice to the regulator
    /// (rule E2).
    RegulatorNotNotified {
        /// The incidents' ids, by date.
        incidents: Vec<String>,
    },
    /// (10) The incident notice template lacks 5W1H elements (rule D1).
    NoticeTemplateIncomplete {
        /// The elements it lacks, in the seed's order.
        missing: Vec<NoticeElement>,
    },
    /// (10) The staged disclosure plan lacks stages (rule D2).
    DisclosureStagesMissing {
        /// The stages it lacks, in order.
        missing: Vec<DisclosureStage>,
    },
    /// (10) Parts of the disclosure plan the export does not record (rule D3): shown, never judged.
    DisclosurePlanNotRecorded {
        /// The parts, in order.
        parts: Vec<PlanPart>,
    },
    /// (4), (10) No public document about cyber-security in the trailing year while check item (4)-4's
    /// target expects one (rule D4).
    NoPublication {
        /// The target of (4)-4.
        target: u8,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },

    /// (1), (2) The quarter does not record the executive's own decisions (`governance`): the item is
    /// judged on the check sheet alone (green: silence changes no colour).
    GovernanceNotRecorded,
    /// (1) The security policy was never approved (1-1): red, whatever the check sheet says.
    PolicyNotApproved,
    /// (1) The security policy was approved by a body that is not the executive.
    PolicyNotByExecutive {
        /// Who approved it.
        body: Option<ApprovingBody>,
    },
    /// (1) The security policy's review date has passed.
    PolicyReviewOverdue {
        /// The review date.
        due: Date,
    },
    /// (1) The implementation plan is not approved (0-4).
    PlanNotApproved,
    /// (2) No CISO appointed (0-4, 2-1).
    NoCiso,
    /// (2) No committee manages cyber-security risk (2-1).
    NoCommittee,
    /// (2) The committee did not meet in the quarter.
    CommitteeDidNotMeet {
        /// Its name.
        committee: String,
    },
    /// (2) Cyber-security risk is not placed in the enterprise risk management and BCP (2-3).
    NotLinkedToErm,
    /// (1)–(10) Board directives on the item past their due date and not done (4-2).
    DirectivesOverdue {
        /// Their ids.
        directives: Vec<String>,
    },
    /// (3), (4), (9) Treatment actions on the item past their due date (3-4): red when one treats a
    /// risk above tolerance, else amber.
    ActionsOverdue {
        /// How many.
        actions: usize,
        /// Of which on risks above tolerance.
        above_tolerance: usize,
    },

    /// (6)-1 The security budget's approval is not for the fiscal year in force: the budget on record is
    /// for another fiscal year, or it was approved before the previous fiscal year began.
    BudgetApprovalNotInForce {
        /// Why.
        approval: BudgetApproval,
        /// The budget's fiscal-year label as recorded.
        fiscal_year: String,
        /// The fiscal year containing the quarter.
        year_in_force: u16,
        /// The approval date.
        approved_on: Option<Date>,
    },
    /// (6)-2 Fewer security staff than the staffing plan needs.
    SecurityStaffShort {
        /// Security staff on record.
        staff: u32,
        /// The plan's figure.
        needed: u32,
    },
    /// (6)-2, (6)-3 Fewer qualified security staff than the plan calls for.
    QualifiedStaffShort {
        /// Qualified staff on record.
        qualified: u32,
        /// The plan's figure.
        needed: u32,
    },
    /// (6)-2 Skills gaps recorded with no outside expert or service to cover them.
    SkillsGapsUncovered {
        /// The gaps.
        gaps: Vec<String>,
    },
    /// (6)-4 No career path, or no performance criteria, linked to the personnel evaluation system.
    CareerPathMissing {
        /// The career path is recorded as missing.
        no_career_path: bool,
        /// The performance criteria are recorded as missing.
        no_evaluation_criteria: bool,
    },
    /// (6) Parts of the people section the export does not record (shown, no light: silence buys neither
    /// green nor red).
    PeopleNotRecorded {
        /// The staffing plan is not recorded.
        plan: bool,
        /// The career path or the evaluation criteria are not recorded.
        career: bool,
    },
    /// (9)-3 No outside forensics arranged at a scale where the need is not in doubt.
    ExternalForensicsNotArranged {
        /// Staff at the quarter's end.
        staff: u32,
    },
    /// (9)-3, 9-2 The CSIRT (or the CISO) lacks the authority to disconnect networks or stop services.
    CsirtAuthorityMissing {
        /// No authority to disconnect networks.
        disconnect: bool,
        /// No authority to stop services.
        stop_services: bool,
    },
    /// 9-2 The criteria to stop or restore a service are not set in advance.
    StopRestoreCriteriaMissing {
        /// No criteria to stop.
        stop: bool,
        /// No criteria to restore.
        restore: bool,
    },
    /// (5), (7) Partners whose SOC 2 report's period ended more than 12 months before the quarter's end.
    SocReportStale {
        /// Their names.
        partners: Vec<String>,
    },
    /// (7)-1 Outsourcers and cloud providers whose scope split is recorded as not documented.
    ScopeSplitMissing {
        /// Their names.
        partners: Vec<String>,
    },
    /// 7-2 Outsourcers and cloud providers with no service level stated.
    SlaMissing {
        /// Their names.
        partners: Vec<String>,
    },
    /// (7)-2 Outsourcers and cloud providers whose contract lacks emergency cooperation.
    EmergencyCooperationMissing {
        /// Their names.
        partners: Vec<String>,
    },
    /// 7-2 Subcontracting allowed without our requirements flowing down.
    FlowDownMissing {
        /// Their names.
        partners: Vec<String>,
    },
    /// 7-2 Cloud providers not confirmed on all seven points of 「クラウドサービス安全利用のすすめ」.
    CloudPointsUnconfirmed {
        /// Their names.
        partners: Vec<String>,
    },
    /// (7) Outsourcers and cloud providers whose outsourcing terms are not recorded (shown, no light).
    OutsourcingNotRecorded {
        /// Their names.
        partners: Vec<String>,
    },
    /// (9)-3 Parts of the CSIRT's design the export does not record (shown, no light).
    CsirtDesignNotRecorded {
        /// Nothing of the design is recorded (else only some parts).
        nothing: bool,
    },

    /// (6)-5 Training coverage of executives and contract staff in the trailing year (the quarter records
    /// `training_scope`): amber when one of them is below the training completion target (without a
    /// target, when nobody of it was trained), else green.
    TrainingCoverage {
        /// Executives and contract staff, those in the scope with people in it.
        audiences: Vec<AudienceCoverage>,
        /// The training completion target, if set.
        target: Option<f64>,
    },

    /// (8) The export records no vulnerability and patch management for the quarter (8-1): shown, it
    /// neither raises nor clears the light.
    VulnerabilitiesNotRecorded,
    /// (8) Critical vulnerabilities or open counts are recorded without a target days-to-patch: nothing
    /// can be judged overdue.
    PatchTargetMissing,
    /// (8) Critical vulnerabilities open longer than the target at the reference date (8-1).
    CriticalsOverdue {
        /// How many.
        count: usize,
        /// How many are open longer than twice the target.
        far: usize,
        /// The target days.
        target_days: u32,
        /// The longest open, in days.
        longest_days: i64,
    },
    /// (3) The latest risk assessment of the trailing year and its method (表3-1): shown (green).
    LatestAssessment {
        /// Its date.
        date: Date,
        /// Its method.
        method: crate::snapshot::AssessmentMethod,
        /// Assessments in the trailing year.
        in_year: usize,
    },
    /// (4) PDCA areas whose open cycle (a plan without an act since) runs past its length (4-1).
    PdcaCycleOverrun {
        /// Area names.
        areas: Vec<Text>,
        /// The longest overrun, in days.
        days: i64,
    },
    /// (4) PDCA areas with no check on record (4-1: start from Check): amber once a full cycle has
    /// passed since the area was first recorded, else green (shown).
    PdcaNotChecked {
        /// Area names.
        areas: Vec<Text>,
        /// Whether one of them has gone a full cycle without a check.
        over_cycle: bool,
    },
    /// (3) Business processes the quarter's outage scenario stops beyond their RTO with no treatment
    /// action on a risk linked to them (3-3; 0-5 問い①).
    BeyondRtoUntreated {
        /// Their names.
        processes: Vec<Text>,
        /// The scenario's days of outage.
        days: u32,
    },
    /// (3) The quarter records no business impact analysis (3-3): said on the item, no light.
    BusinessImpactNotRecorded,
    /// (8) Systems past their end of support (no more patches, 8-1).
    PastSupport {
        /// Their names.
        systems: Vec<String>,
        /// How many have no planned replacement.
        unplanned: usize,
    },
}

/// One rule that fired for an item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal {
    /// The colour it calls for.
    pub light: Light,
    /// Why.
    pub reason: Reason,
    /// JSON paths of the records behind it.
    pub trace: Vec<String>,
}

/// The traffic light of one important item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemLight {
    /// 1..=10.
    pub item: u8,
    /// The item's short name.
    pub title: Text,
    /// The worst light among the signals.
    pub light: Light,
    /// Mean maturity.
    pub maturity: f64,
    /// Mean target.
    pub target: f64,
    /// Change since the previous quarter.
    pub change: Option<f64>,
    /// The rules that fired, worst first.
    pub signals: Vec<Signal>,
}

impl ItemLight {
    /// The rules that raise the light above green: what the board is told is wrong.
    pub fn findings(&self) -> impl Iterator<Item = &Signal> {
        self.signals.iter().filter(|s| s.light > Light::Green)
    }

    /// The notes of what the export does not record for the item ([`Reason::is_not_recorded`]): said
    /// apart from the findings, never a colour.
    pub fn not_recorded(&self) -> impl Iterator<Item = &Signal> {
        self.signals.iter().filter(|s| s.reason.is_not_recorded())
    }
}

/// The computed sections a light is judged from.
pub(crate) struct Facts<'a> {
    pub period: &'a Period<'a>,
    pub checksheet: &'a CheckSheet,
    pub kpis: &'a Kpis,
    pub pdca: &'a Pdca,
    pub risk: &'a RiskView,
    pub partners: &'a Partners,
    pub readiness: &'a Readiness,
    pub governance: &'a GovernanceView,
    pub board: &'a BoardRecord,
    pub actions: &'a Actions,
    pub resources: &'a Resources,
    pub vulnerabilities: &'a Vulnerabilities,
    pub impact: &'a BusinessImpact,
}

impl Facts<'_> {
    /// The first day of the export's records if they do not cover the trailing year.
    pub fn records_from(&self) -> Option<Date> {
        (!self.period.year_covered())
            .then(|| self.period.snapshot().quarters.first().map(|q| q.quarter.start()))
            .flatten()
    }

    /// Whether the export states an activity from before its first quarter (`before_first_quarter`, the
    /// date `pick` reads) that lies in the trailing year: the office's own statement of when it last
    /// happened, so the annual check is met (rule 15; a drill on 2024-09-12 is in time on 2025-03-31).
    pub fn known_in_year(&self, pick: impl Fn(&BeforeFirstQuarter) -> Option<Date>) -> bool {
        self.period.snapshot().before_first_quarter.as_ref().and_then(pick).is_some_and(|d| self.period.in_year(d))
    }

    /// `light`, capped at amber when the records do not cover the trailing year.
    pub fn year_light(&self, light: Light) -> Light {
        if self.period.year_covered() { light } else { light.min(Light::Amber) }
    }

    /// The JSON path of `field` of the quarter's record: `quarters[7].budget`.
    pub fn path(&self, field: &str) -> String {
        format!("{}.{field}", self.period.path())
    }

    /// The last drill's path, if there was one.
    pub fn last_drill_trace(&self) -> Vec<String> {
        self.readiness.drills.last.as_ref().map(|l| vec![l.path.clone()]).unwrap_or_default()
    }

    /// The paths of the follow-up actions past due.
    pub fn overdue_action_trace(&self) -> Vec<String> {
        paths(&self.readiness.drills.overdue_actions, |a| &a.path)
    }

    /// The KPIs below their target (at risk or off track), with their value and target.
    pub fn kpis_below_target(&self) -> impl Iterator<Item = (&Kpi, f64, f64)> {
        self.kpis
            .kpis
            .iter()
            .filter(|k| matches!(k.status, Some(KpiStatus::OffTrack | KpiStatus::AtRisk)))
            .filter_map(|k| Some((k, k.value?, k.target?)))
    }

    /// Whether action `a` treats a risk whose residual level is above tolerance.
    pub fn above_tolerance(&self, a: &ActionView) -> bool {
        a.risk.as_deref().is_some_and(|r| self.risk.above_tolerance.iter().any(|x| x.id == r))
    }

    /// The major or severe incidents of the trailing year that no filed report references.
    pub fn unshared_incidents(&self) -> Vec<String> {
        let reference = self.period.reference();
        let referenced: foldhash::HashSet<&str> = self
            .period
            .history()
            .flat_map(|p| p.record().information_sharing.reports_filed.iter())
            .filter(|r| r.date <= reference)
            .filter_map(|r| r.incident.as_deref())
            .collect();
        self.period
            .year_events("incidents", |q| &q.incidents, |i| i.date)
            .into_iter()
            .filter(|(_, i)| {
                i.kind == IncidentKind::Incident
                    && i.impact >= ImpactClass::Major
                    && !referenced.contains(i.id.as_str())
            })
            .map(|(at, _)| at.to_string())
            .collect()
    }
}

/// (1)–(10) The check sheet's verdict on the item, from its worst check item against target (never the
/// mean: a check item at 5 does not offset one at 0): red when one is 2 or more levels short or at 0
/// against a target above 0; amber when one is short; green only when none is. Then check items whose
/// maturity fell (amber), and targets lowered since the previous quarter.
fn checksheet_signals(item: &ItemScore, sheet: &CheckSheet) -> Vec<Signal> {
    let s = &item.score;
    let mine = || sheet.check_items.iter().filter(|c| c.item == s.number);
    let short: Vec<&CheckItemScore> = mine().filter(|c| c.gap > 0).collect();
    let below: Vec<CheckGap> =
        short.iter().map(|c| CheckGap { id: c.id.clone(), maturity: c.maturity, target: c.target }).collect();
    let below_trace: Vec<String> = short.iter().map(|c| c.path.clone()).collect();
    let far = short.iter().any(|c| c.gap >= 2 || c.maturity == 0);
    let (maturity, target) = (s.maturity, s.target);
    let mut out = vec![if below.is_empty() {
        signal(Light::Green, Reason::MeetsTarget { maturity, target }, vec![])
    } else if far {
        signal(Light::Red, Reason::FarBelowTarget { check_items: below, maturity, target }, below_trace)
    } else {
        signal(Light::Amber, Reason::BelowTarget { check_items: below, maturity, target }, below_trace)
    }];
    let fell: Vec<&CheckItemScore> = mine().filter(|c| c.change.is_some_and(|x| x < 0)).collect();
    if !fell.is_empty() {
        let check_items = fell
            .iter()
            .map(|c| CheckFall { id: c.id.clone(), from: c.previous.unwrap_or(c.maturity), to: c.maturity })
            .collect();
        out.push(signal(Light::Amber, Reason::Fell { check_items }, paths(&fell, |c| &c.path)));
    }
    let cut = lowered_targets(sheet, s.number);
    if !cut.is_empty() {
        let light = if cut.iter().any(|(c, _)| c.hides_shortfall()) { Light::Amber } else { Light::Green };
        let trace = cut.iter().map(|(_, path)| path.clone()).collect();
        out.push(signal(
            light,
            Reason::TargetLowered { check_items: cut.into_iter().map(|(c, _)| c).collect() },
            trace,
        ));
    }
    out
}

/// The check items of important item `item` whose target is lower than in the previous quarter, with
/// their paths.
pub(crate) fn lowered_targets(sheet: &CheckSheet, item: u8) -> Vec<(TargetCut, String)> {
    sheet
        .check_items
        .iter()
        .filter(|c| c.item == item)
        .filter_map(|c| {
            let from = c.previous_target.filter(|&p| p > c.target)?;
            Some((TargetCut { id: c.id.clone(), from, to: c.target, maturity: c.maturity }, c.path.clone()))
        })
        .collect()
}

/// (3), (4), (6) Every KPI of the item below a target the board set, at risk or off track (amber).
fn kpi_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    f.kpis_below_target()
        .filter(|(k, _, _)| k.id.item() == item)
        .map(|(k, value, target)| {
            let percent = k.unit == crate::kpi::Unit::Percent;
            let (kpi, name) = (k.id, k.name.clone());
            let reason = if k.status == Some(KpiStatus::OffTrack) {
                Reason::KpiOffTrack { kpi, name, value, target, percent }
            } else {
                Reason::KpiAtRisk { kpi, name, value, target, percent }
            };
            signal(Light::Amber, reason, k.trace.clone())
        })
        .collect()
}

/// A signal naming the partners of `mine` that `pred` picks, if any.
fn partners_signal(
    mine: &[&PartnerStatus],
    light: Light,
    pred: impl Fn(&PartnerStatus) -> bool,
    reason: impl FnOnce(Vec<String>) -> Reason,
) -> Option<Signal> {
    let picked: Vec<&PartnerStatus> = mine.iter().copied().filter(|p| pred(p)).collect();
    if picked.is_empty() {
        return None;
    }
    let names = picked.iter().map(|p| p.name.clone()).collect();
    Some(signal(light, reason(names), picked.iter().map(|p| p.path.clone()).collect()))
}

/// (5), (7) Partners below their required maturity, never assessed (red when they handle sensitive
/// data), handling important information on a self-report only (5-2 ①), overdue for review, or lacking
/// contract clauses. Assessed without a score is not a signal.
fn partner_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    let mine: Vec<&PartnerStatus> = f.partners.partners.iter().filter(|p| p.item == item).collect();
    let mut out = Vec::new();
    for sensitive in [true, false] {
        let light = if sensitive { Light::Red } else { Light::Amber };
        out.extend(partners_signal(
            &mine,
            light,
            |p| p.sensitive == sensitive && p.below_required == Some(true),
            |partners| Reason::PartnersBelowRequired { partners, sensitive },
        ));
        out.extend(partners_signal(
            &mine,
            light,
            |p| p.sensitive == sensitive && p.never_assessed,
            |partners| Reason::PartnersNeverAssessed { partners, sensitive },
        ));
    }
    out.extend(partners_signal(
        &mine,
        Light::Amber,
        |p| p.self_report_only,
        |partners| Reason::PartnersSelfReportOnly { partners },
    ));
    out.extend(partners_signal(
        &mine,
        Light::Amber,
        |p| p.review_overdue,
        |partners| Reason::PartnerReviewsOverdue { partners },
    ));
    out.extend(partners_signal(
        &mine,
        Light::Amber,
        |p| !p.missing_clauses.is_empty(),
        |partners| Reason::ClausesMissing { partners },
    ));
    out.extend(partners_signal(
        &mine,
        Light::Amber,
        |p| p.report_stale,
        |partners| Reason::SocReportStale { partners },
    ));
    out.extend(outsourcing_signals(&mine));
    out
}

/// (7) The outsourcing terms of outsourcers and cloud providers: gaps recorded as "no" are amber; terms
/// not recorded are said, with no light.
fn outsourcing_signals(mine: &[&PartnerStatus]) -> Vec<Signal> {
    type Gap = fn(&crate::partners::OutsourcingStatus) -> bool;
    type Words = fn(Vec<String>) -> Reason;
    let gaps: [(Gap, Words); 5] = [
        (|o| o.no_scope_split, |partners| Reason::ScopeSplitMissing { partners }),
        (|o| o.no_sla, |partners| Reason::SlaMissing { partners }),
        (|o| o.no_emergency_cooperation, |partners| Reason::EmergencyCooperationMissing { partners }),
        (|o| o.no_flow_down, |partners| Reason::FlowDownMissing { partners }),
        (|o| !o.cloud_points_unconfirmed.is_empty(), |partners| Reason::CloudPointsUnconfirmed { partners }),
    ];
    let mut out: Vec<Signal> = gaps
        .into_iter()
        .filter_map(|(gap, reason)| {
            partners_signal(mine, Light::Amber, |p| p.outsourcing.as_ref().is_some_and(gap), reason)
        })
        .collect();
    out.extend(partners_signal(
        mine,
        Light::Green,
        |p| p.item == 7 && p.outsourcing.is_none(),
        |partners| Reason::OutsourcingNotRecorded { partners },
    ));
    out
}

fn document_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    let mut out = Vec::new();
    for d in f.readiness.documents.iter().filter(|d| d.kind.item() == item) {
        let trace = vec![d.path.clone()];
        match d.state {
            DocumentState::Missing => {
                out.push(signal(Light::Red, Reason::DocumentMissing { document: d.kind }, trace));
                continue;
            }
            DocumentState::Unapproved => {
                out.push(signal(Light::Amber, Reason::DocumentUnapproved { document: d.kind }, trace.clone()));
            }
            DocumentState::NeverReviewed | DocumentState::Overdue => {
                let reason =
                    Reason::DocumentReviewOverdue { document: d.kind, state: d.state, last_review: d.last_review };
                out.push(signal(Light::Amber, reason, trace.clone()));
            }
            DocumentState::Current => {}
        }
        if d.interval_implausible {
            let reason = Reason::ReviewIntervalImplausible { document: d.kind, days: d.interval_days };
            out.push(signal(Light::Amber, reason, vec![format!("{}.review_interval_days", d.path)]));
        }
    }
    out
}

fn approval_signals(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = Vec::new();
    for (state, light) in [
        (ApprovalState::Missing, Light::Red),
        (ApprovalState::NotByBoard, Light::Red),
        (ApprovalState::Worsened, Light::Red),
        (ApprovalState::Expired, Light::Red),
        (ApprovalState::Expiring, Light::Amber),
    ] {
        let risks: Vec<String> =
            f.risk.above_tolerance.iter().filter(|r| r.approval == state).map(|r| r.path.clone()).collect();
        if risks.is_empty() {
            continue;
        }
        let n = risks.len();
        let reason = match state {
            ApprovalState::Missing => Reason::ApprovalMissing { risks: n },
            ApprovalState::NotByBoard => Reason::ApprovalNotByBoard { risks: n },
            ApprovalState::Worsened => Reason::ApprovalWorsened { risks: n },
            ApprovalState::Expired => Reason::ApprovalExpired { risks: n },
            _ => Reason::ApprovalExpiring { risks: n },
        };
        out.push(signal(light, reason, risks));
    }
    out
}

/// The JSON paths of `items`.
pub(crate) fn paths<T>(items: &[T], path: impl Fn(&T) -> &String) -> Vec<String> {
    items.iter().map(|x| path(x).clone()).collect()
}

/// A signal of `light` for `reason`, traced to `trace`.
fn signal(light: Light, reason: Reason, trace: Vec<String>) -> Signal {
    Signal { light, reason, trace }
}

/// The signals the records raise for `item`, beyond the check sheet, then its off-track KPIs.
fn fact_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    let mut out = match item {
        3 => item3_risk(f),
        4 => item4_pdca(f),
        5 | 7 => partner_signals(item, f),
        6 => item6_resources(f),
        8 => item8_sharing(f),
        9 => item9_response(f),
        10 => item10_disclosure(f),
        _ => Vec::new(),
    };
    out.extend(kpi_signals(item, f));
    out.extend(governance_signals(item, f));
    out.extend(directive_signals(item, f));
    out.extend(action_signals(item, f));
    out
}

/// (1), (2) The executive's own decisions (0-4). Not recorded: a green note on both items. Item 1:
/// the policy never approved (red), approved by a body that is not the executive or past its review
/// (amber); the implementation plan not approved (amber).
/// Item 2: no CISO (red), no committee or a committee that did not meet in the quarter (amber), cyber
/// risk outside the ERM and BCP (amber, 2-3).
fn governance_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    let g = f.governance;
    if !matches!(item, 1 | 2) {
        return Vec::new();
    }
    let trace = || vec![g.path.clone()];
    if !g.recorded {
        return vec![signal(Light::Green, Reason::GovernanceNotRecorded, vec![])];
    }
    let mut out = Vec::new();
    if item == 1 {
        let policy = match g.policy {
            Some(PolicyState::NeverApproved) => Some(signal(Light::Red, Reason::PolicyNotApproved, trace())),
            Some(PolicyState::NotByExecutive) => {
                Some(signal(Light::Amber, Reason::PolicyNotByExecutive { body: g.policy_body }, trace()))
            }
            Some(PolicyState::ReviewOverdue) => {
                g.policy_review_due.map(|due| signal(Light::Amber, Reason::PolicyReviewOverdue { due }, trace()))
            }
            _ => None,
        };
        out.extend(policy);
        if g.plan_approved_on.is_none() {
            out.push(signal(Light::Amber, Reason::PlanNotApproved, trace()));
        }
        return out;
    }
    if g.ciso_appointed == Some(false) {
        out.push(signal(Light::Red, Reason::NoCiso, trace()));
    }
    match (&g.committee, g.committee_meetings) {
        (None, _) => out.push(signal(Light::Amber, Reason::NoCommittee, trace())),
        (Some(c), Some(0)) => {
            out.push(signal(Light::Amber, Reason::CommitteeDidNotMeet { committee: c.clone() }, trace()))
        }
        _ => {}
    }
    if g.erm_linked == Some(false) {
        out.push(signal(Light::Amber, Reason::NotLinkedToErm, trace()));
    }
    out
}

/// (1)–(10) Board directives on the item past due and not done (amber; each is also a decision).
fn directive_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    let late: Vec<_> = f.board.overdue().filter(|d| d.item == item).collect();
    if late.is_empty() {
        return Vec::new();
    }
    let directives = late.iter().map(|d| d.id.clone()).collect();
    vec![signal(Light::Amber, Reason::DirectivesOverdue { directives }, late.iter().map(|d| d.path.clone()).collect())]
}

/// (3), (4), (9) Overdue treatment actions on the item: red when one treats a risk above tolerance,
/// else amber.
fn action_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    let overdue = f.actions.overdue_on(item);
    if overdue.is_empty() {
        return Vec::new();
    }
    let above = overdue.iter().filter(|a| f.above_tolerance(a)).count();
    let light = if above > 0 { Light::Red } else { Light::Amber };
    let reason = Reason::ActionsOverdue { actions: overdue.len(), above_tolerance: above };
    vec![signal(light, reason, overdue.iter().map(|a| a.path.clone()).collect())]
}

/// (3) Risk: approvals of residual risks above tolerance; a risk assessment in the trailing year.
fn item3_risk(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = approval_signals(f);
    for c in &f.risk.tolerance_changes {
        let light = if c.raised && !c.by_board { Light::Red } else { Light::Green };
        let reason = Reason::ToleranceChanged {
            on: c.on,
            from: c.from.name.clone(),
            to: c.to.name.clone(),
            raised: c.raised,
            body: c.body,
            by_board: c.by_board,
        };
        out.push(signal(light, reason, vec![c.path.clone()]));
    }
    let own = &f.risk.own_tolerance_above_board;
    if !own.is_empty() {
        out.push(signal(Light::Amber, Reason::OwnToleranceAboveBoard { risks: own.len() }, paths(own, |o| &o.path)));
    }
    if let Some(latest) = f.risk.assessments.first() {
        let reason =
            Reason::LatestAssessment { date: latest.date, method: latest.method, in_year: f.risk.assessments.len() };
        out.push(signal(Light::Green, reason, vec![latest.path.clone()]));
    }
    if f.kpis.get(KpiId::Assessments).and_then(|k| k.value) == Some(0.0) {
        out.push(signal(f.year_light(Light::Amber), Reason::NoAssessment { records_from: f.records_from() }, vec![]));
    }
    out.extend(impact_signal(f.impact));
    out
}

/// (3) The business impact analysis (3-3; 0-5 問い①): processes the outage scenario stops beyond their
/// RTO (an outage equal to the RTO is within it) with no treatment action on a risk linked to them are
/// amber; no analysis recorded is said, with no light.
fn impact_signal(b: &BusinessImpact) -> Option<Signal> {
    if !b.recorded {
        return Some(signal(Light::Green, Reason::BusinessImpactNotRecorded, vec![]));
    }
    let untreated = b.untreated_beyond_rto();
    let days = b.scenario.as_ref()?.days;
    (!untreated.is_empty()).then(|| {
        let processes = untreated.iter().map(|p| p.name.clone()).collect();
        signal(Light::Amber, Reason::BeyondRtoUntreated { processes, days }, paths(&untreated, |p| &p.path))
    })
}

/// (4) PDCA: reporting cadence, overdue reviews, cycles overrun, areas never checked, audits and
/// security tests.
fn item4_pdca(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = Vec::new();
    let c = &f.pdca.cadence;
    if c.progress_reports < 2 {
        let light = if c.progress_reports == 0 { Light::Red } else { Light::Amber };
        let reason = Reason::FewProgressReports { count: c.progress_reports, records_from: f.records_from() };
        out.push(signal(f.year_light(light), reason, c.trace.clone()));
    }
    if !c.months_missing.is_empty() {
        let trace = c.silent_month_trace();
        out.push(signal(Light::Amber, Reason::StatusMonthsMissing { months: c.months_missing.clone() }, trace));
    }
    let overdue: Vec<_> = f.pdca.areas.iter().filter(|a| a.review_overdue).collect();
    if !overdue.is_empty() {
        let areas = overdue.iter().map(|a| a.area.clone()).collect();
        out.push(signal(Light::Amber, Reason::PdcaReviewOverdue { areas }, paths(&overdue, |a| &a.path)));
    }
    let overrun: Vec<_> = f.pdca.areas.iter().filter(|a| a.cycle_overdue).collect();
    if !overrun.is_empty() {
        let areas = overrun.iter().map(|a| a.area.clone()).collect();
        let days = overrun.iter().map(|a| a.cycle_days_over).max().unwrap_or(0);
        out.push(signal(Light::Amber, Reason::PdcaCycleOverrun { areas, days }, paths(&overrun, |a| &a.path)));
    }
    let unchecked: Vec<_> = f.pdca.areas.iter().filter(|a| !a.checked).collect();
    if !unchecked.is_empty() {
        let over_cycle = unchecked.iter().any(|a| a.first_cycle_over);
        let light = if over_cycle { Light::Amber } else { Light::Green };
        let areas = unchecked.iter().map(|a| a.area.clone()).collect();
        out.push(signal(light, Reason::PdcaNotChecked { areas, over_cycle }, paths(&unchecked, |a| &a.path)));
    }
    out.extend(audit_signals(f));
    out.extend(escalation_signal(f, Light::Amber));
    out.extend(publication_signal(f));
    out
}

/// (4), (9) Rule E1: the quarter's incidents in breach of the escalation rule — on item 9 red when one
/// is severe, else amber; on item 4 (reporting to the executive) amber.
fn escalation_signal(f: &Facts<'_>, light: Light) -> Option<Signal> {
    let breached: Vec<_> = f.readiness.incidents.breached().collect();
    if breached.is_empty() {
        return None;
    }
    let severe = breached.iter().any(|t| t.impact >= ImpactClass::Severe);
    let incidents = breached.iter().map(|t| t.id.clone()).collect();
    let light = if severe { light } else { light.min(Light::Amber) };
    Some(signal(
        light,
        Reason::EscalationBreached { incidents, severe },
        breached.iter().map(|t| t.path.clone()).collect(),
    ))
}

/// (4), (10) Rule D4: no publication in the trailing year while (4)-4's target expects one.
fn publication_signal(f: &Facts<'_>) -> Option<Signal> {
    let plan = &f.readiness.incidents.plan;
    let target = plan.publication_target.filter(|_| plan.publication_missing)?;
    let reason = Reason::NoPublication { target, records_from: f.records_from() };
    Some(signal(f.year_light(Light::Amber), reason, vec![f.path("disclosure.publications")]))
}

/// (10) Rules E2, D1..D3: severe personal-data leaks not notified to the regulator (red), the notice
/// template's and the staged plan's gaps (amber), and what the export does not record (shown).
fn disclosure_plan_signals(f: &Facts<'_>) -> Vec<Signal> {
    let x = &f.readiness.incidents;
    let mut out = Vec::new();
    let missing: Vec<_> = x.timelines.iter().filter(|t| t.regulator_missing).collect();
    if !missing.is_empty() {
        let reason = Reason::RegulatorNotNotified { incidents: missing.iter().map(|t| t.id.clone()).collect() };
        out.push(signal(Light::Red, reason, missing.iter().map(|t| t.path.clone()).collect()));
    }
    let plan = &x.plan;
    if !plan.template_missing.is_empty() {
        let reason = Reason::NoticeTemplateIncomplete { missing: plan.template_missing.clone() };
        out.push(signal(Light::Amber, reason, vec![f.path("disclosure.notice_template")]));
    }
    if !plan.stages_missing.is_empty() {
        let reason = Reason::DisclosureStagesMissing { missing: plan.stages_missing.clone() };
        out.push(signal(Light::Amber, reason, vec![f.path("disclosure.staged_plan")]));
    }
    let parts = plan.not_recorded();
    if !parts.is_empty() {
        out.push(signal(Light::Green, Reason::DisclosurePlanNotRecorded { parts }, vec![f.path("disclosure")]));
    }
    out
}

/// (4) Which audit was done (none: amber; internal only: shown, green), the statutory auditor's audit,
/// and a security test, in the trailing year.
fn audit_signals(f: &Facts<'_>) -> Vec<Signal> {
    let (a, from) = (&f.pdca.audits, f.records_from());
    let mut out = Vec::new();
    match a.basis {
        AuditBasis::None if f.known_in_year(|h| h.audit) => {}
        AuditBasis::None => {
            let reason = Reason::NoAudit { last: a.last_audit, records_from: from };
            out.push(signal(f.year_light(Light::Amber), reason, vec![]));
        }
        AuditBasis::InternalOnly => {
            let reason = Reason::AuditInternalOnly { internal: a.internal, statutory: a.statutory_auditor };
            out.push(signal(Light::Green, reason, audit_trace(f, |k| k != AuditKind::External)));
        }
        AuditBasis::External => {}
    }
    if !a.statutory_ok {
        let reason = Reason::NoStatutoryAudit { last: a.last_statutory, records_from: from };
        out.push(signal(f.year_light(Light::Amber), reason, vec![]));
    }
    if !a.security_test_ok && !f.known_in_year(|h| h.security_test) {
        let reason = Reason::NoSecurityTest { last: a.last_security_test, records_from: from };
        out.push(signal(f.year_light(Light::Amber), reason, vec![]));
    }
    out
}

/// The year's audits whose kind `pick` accepts, and no security test.
fn audit_trace(f: &Facts<'_>, pick: impl Fn(AuditKind) -> bool) -> Vec<String> {
    f.pdca
        .audits
        .entries
        .iter()
        .filter(|e| pick(e.kind) && !matches!(e.kind, AuditKind::VulnerabilityAssessment | AuditKind::PenetrationTest))
        .map(|e| e.path.clone())
        .collect()
}

/// (6) Resources: a budget approved for the fiscal year in force, security staff against the staffing
/// plan, qualified staff, skills gaps covered, a career path and evaluation criteria; what is not
/// recorded is said, with no light.
fn item6_resources(f: &Facts<'_>) -> Vec<Signal> {
    let (b, p) = (&f.resources.budget, &f.resources.people);
    let mut out = Vec::new();
    match b.approval {
        BudgetApproval::InForce => {}
        BudgetApproval::NotApproved => {
            out.push(signal(Light::Amber, Reason::BudgetNotApproved, vec![b.path.clone()]));
        }
        approval => {
            let reason = Reason::BudgetApprovalNotInForce {
                approval,
                fiscal_year: b.fiscal_year.clone(),
                year_in_force: b.year_in_force,
                approved_on: b.approved_on,
            };
            out.push(signal(Light::Amber, reason, vec![b.path.clone()]));
        }
    }
    let trace = || vec![p.path.clone()];
    if p.security_staff == 0 {
        out.push(signal(Light::Amber, Reason::NoSecurityStaff, trace()));
    }
    if let (Some(needed), Some(_)) = (p.needed, p.staff_short) {
        out.push(signal(Light::Amber, Reason::SecurityStaffShort { staff: p.security_staff, needed }, trace()));
    }
    if let (Some(needed), Some(_)) = (p.qualified_needed, p.qualified_short) {
        out.push(signal(Light::Amber, Reason::QualifiedStaffShort { qualified: p.qualified, needed }, trace()));
    }
    if p.gaps_uncovered() {
        out.push(signal(Light::Amber, Reason::SkillsGapsUncovered { gaps: p.skills_gaps.clone() }, trace()));
    }
    let (no_career_path, no_evaluation_criteria) = (p.career_path == Some(false), p.evaluation_criteria == Some(false));
    if no_career_path || no_evaluation_criteria {
        let reason = Reason::CareerPathMissing { no_career_path, no_evaluation_criteria };
        out.push(signal(Light::Amber, reason, trace()));
    }
    if p.plan_missing() || p.career_missing() {
        let reason = Reason::PeopleNotRecorded { plan: p.plan_missing(), career: p.career_missing() };
        out.push(signal(Light::Green, reason, trace()));
    }
    out.extend(training_coverage_signal(f));
    out
}

/// (6)-5 asks that training reach executives and contract staff: when the quarter records the training
/// scope, item 6 shows their coverage — amber when either is short of the training completion target
/// (compared as the KPI is, at 0.1 %), or, without a target, when nobody of it was trained.
fn training_coverage_signal(f: &Facts<'_>) -> Option<Signal> {
    let t = &f.kpis.training;
    if t.counted != Counting::People {
        return None;
    }
    let audiences: Vec<AudienceCoverage> = t
        .audiences
        .iter()
        .filter(|a| a.audience != crate::snapshot::Audience::AllStaff && a.in_scope > 0)
        .cloned()
        .collect();
    if audiences.is_empty() {
        return None;
    }
    let target = f.period.record().kpi_targets.training_completion_pct;
    let short = |a: &AudienceCoverage| match (a.pct, target) {
        (Some(pct), Some(t)) => {
            crate::kpi::status(crate::measure::Unit::Percent, crate::measure::Polarity::HigherIsBetter, pct, t)
                != KpiStatus::OnTrack
        }
        _ => a.trained == 0,
    };
    let light = if audiences.iter().any(short) { Light::Amber } else { Light::Green };
    Some(signal(light, Reason::TrainingCoverage { audiences, target }, vec![f.path("training_scope")]))
}

/// (8) Information sharing: a membership, and major incidents reported outside.
/// (8) Information sharing: a membership, and major incidents reported outside; keeping systems up to
/// date (8-1): the vulnerability section recorded, a patch target, criticals overdue, systems past support.
fn item8_sharing(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = vulnerability_signals(f.vulnerabilities);
    if f.period.record().information_sharing.memberships.is_empty() {
        let trace = vec![f.path("information_sharing.memberships")];
        out.push(signal(Light::Amber, Reason::NoSharingMembership, trace));
    }
    let unshared = f.unshared_incidents();
    if !unshared.is_empty() {
        out.push(signal(Light::Amber, Reason::IncidentsNotShared { incidents: unshared.len() }, unshared));
    }
    out
}

/// (8) 8-1 「情報を常に最新の状態に保つ」: not recorded (shown, green: it neither raises nor clears the
/// light); no target (amber); criticals overdue (amber; red when one is open longer than twice the
/// target); systems past end of support (amber).
fn vulnerability_signals(v: &Vulnerabilities) -> Vec<Signal> {
    if !v.recorded {
        return vec![signal(Light::Green, Reason::VulnerabilitiesNotRecorded, vec![])];
    }
    let mut out = Vec::new();
    if v.target_missing {
        out.push(signal(Light::Amber, Reason::PatchTargetMissing, vec![v.path.clone()]));
    }
    if let (Some(target_days), true) = (v.target_days, v.overdue > 0) {
        let overdue: Vec<_> = v.overdue_criticals().collect();
        let longest_days = overdue.iter().map(|c| c.days).max().unwrap_or(0);
        let light = if v.far_overdue > 0 { Light::Red } else { Light::Amber };
        let reason = Reason::CriticalsOverdue { count: v.overdue, far: v.far_overdue, target_days, longest_days };
        out.push(signal(light, reason, overdue.iter().map(|c| c.path.clone()).collect()));
    }
    let past: Vec<_> = v.past_support_systems().collect();
    if !past.is_empty() {
        let systems = past.iter().map(|s| s.name.clone()).collect();
        let unplanned = past.iter().filter(|s| s.replacement.is_none()).count();
        out.push(signal(
            Light::Amber,
            Reason::PastSupport { systems, unplanned },
            past.iter().map(|s| s.path.clone()).collect(),
        ));
    }
    out
}

/// (9) Incident response: the quarter's serious incidents, a CSIRT, a drill in the trailing year, documents and follow-ups.
fn item9_response(f: &Facts<'_>) -> Vec<Signal> {
    let r = f.readiness;
    let mut out = Vec::new();
    if r.csirt == CsirtForm::None {
        out.push(signal(Light::Red, Reason::NoCsirt, vec![f.path("emergency.csirt")]));
    }
    if r.drills.in_year == 0 && !f.known_in_year(|h| h.drill) {
        let reason = Reason::NoDrill { last: r.drills.last.as_ref().map(|l| l.date), records_from: f.records_from() };
        out.push(signal(f.year_light(Light::Red), reason, f.last_drill_trace()));
    }
    for x in &f.kpis.incidents.serious {
        let reason =
            Reason::SeriousIncidentResponse { incident: x.id.clone(), impact: x.impact, follow_ups: x.follow_ups };
        out.push(signal(serious_light(x.impact), reason, vec![x.path.clone()]));
    }
    out.extend(document_signals(9, f));
    out.extend(escalation_signal(f, Light::Red));
    if !r.drills.overdue_actions.is_empty() {
        let reason = Reason::FollowUpsOverdue { actions: r.drills.overdue_actions.len() };
        out.push(signal(Light::Amber, reason, f.overdue_action_trace()));
    }
    out.extend(csirt_design_signals(f));
    out
}

/// (9)-3 The CSIRT's design: outside forensics at scale, the authority to disconnect and stop, the
/// criteria to stop and restore; what is not recorded is said, with no light.
fn csirt_design_signals(f: &Facts<'_>) -> Vec<Signal> {
    let c = &f.readiness.csirt_design;
    let mut out = Vec::new();
    if c.forensics_missing {
        let trace = vec![format!("{}.external_forensics", c.path)];
        out.push(signal(Light::Amber, Reason::ExternalForensicsNotArranged { staff: c.staff }, trace));
    }
    let (disconnect, stop_services) = c.authority_missing();
    if disconnect || stop_services {
        let reason = Reason::CsirtAuthorityMissing { disconnect, stop_services };
        out.push(signal(Light::Amber, reason, vec![c.path.clone()]));
    }
    let (stop, restore) = c.criteria_missing();
    if stop || restore {
        out.push(signal(Light::Amber, Reason::StopRestoreCriteriaMissing { stop, restore }, vec![c.path.clone()]));
    }
    if c.partly_recorded() {
        let reason = Reason::CsirtDesignNotRecorded { nothing: c.nothing_recorded };
        out.push(signal(Light::Green, reason, vec![c.path.clone()]));
    }
    out
}

/// The light a serious incident calls for on items 9 and 10: red if severe, amber if major.
fn serious_light(impact: ImpactClass) -> Light {
    if impact >= ImpactClass::Severe { Light::Red } else { Light::Amber }
}

/// (10) Disclosure: the quarter's serious incidents, documents, the police on the notification list,
/// report formats.
fn item10_disclosure(f: &Facts<'_>) -> Vec<Signal> {
    let mut out: Vec<Signal> = f
        .kpis
        .incidents
        .serious
        .iter()
        .map(|x| {
            let reason =
                Reason::SeriousIncidentDisclosure { incident: x.id.clone(), impact: x.impact, lag_days: x.lag_days };
            signal(serious_light(x.impact), reason, vec![x.path.clone()])
        })
        .collect();
    out.extend(document_signals(10, f));
    let n = &f.readiness.notification;
    if n.list_present && !n.includes_police {
        out.push(signal(Light::Amber, Reason::PoliceNotListed, vec![f.path("disclosure.includes_police")]));
    }
    if n.report_formats.is_empty() {
        out.push(signal(Light::Amber, Reason::NoReportFormats, vec![f.path("disclosure.report_formats")]));
    }
    out.extend(disclosure_plan_signals(f));
    out.extend(publication_signal(f));
    out
}

/// The 10 traffic lights.
pub(crate) fn lights(f: &Facts<'_>) -> Vec<ItemLight> {
    f.checksheet
        .items
        .iter()
        .map(|item| {
            let mut signals = checksheet_signals(item, f.checksheet);
            signals.extend(fact_signals(item.score.number, f));
            // Worst first; the green check-sheet verdict stays, last, when other rules raise the light.
            crate::order::sort_by_key(&mut signals, |s| std::cmp::Reverse(s.light));
            ItemLight {
                item: item.score.number,
                title: item.score.title.clone(),
                // A not-recorded note never changes a colour (docs/SUMMARY.md §5).
                light: signals
                    .iter()
                    .filter(|s| !s.reason.is_not_recorded())
                    .map(|s| s.light)
                    .max()
                    .unwrap_or(Light::Green),
                maturity: item.score.maturity,
                target: item.score.target,
                change: item.score.change,
                signals,
            }
        })
        .collect()
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
// Japanese traffic lights call green 青.
terms!(Light, "Light", {
    Green => ("green", "青", "Green"),
    Amber => ("amber", "黄", "Amber"),
    Red => ("red", "赤", "Red"),
});

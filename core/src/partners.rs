//! Group companies, supply-chain partners, outsourcers and cloud providers (5, 7): whether each was
//! assessed in time and how, whether it meets the maturity we require, which of the 7 contract clauses
//! of 5-1 its contract lacks, and overdue reviews.
//!
//! - **Assessed**: `evidence` or `maturity` recorded. *Never assessed* is neither; *assessed, no score*
//!   is evidence without a maturity score (e.g. a SOC 2 report or an ISO/IEC 27001 certificate, which
//!   carry no 1–5 score) — it is not a shortfall and is never judged as "never assessed".
//! - **Assessed in time**: `evidence` set and `next_review` on or after the reference date. Counted by
//!   evidence type.
//! - **Below required maturity**: assessed with a score and `maturity < required_maturity`.
//! - **Self-report only** (5-2 ①): a partner handling important information (`handles_sensitive_data`)
//!   whose evidence is its own self-assessment. 5-2 says a self-assessment depends on the partner's
//!   subjective judgement and suits partners that do *not* handle important information; such a partner
//!   is flagged.
//! - **Contract clauses**: the 7 clauses of 5-1, except that a cloud provider is not expected to grant
//!   audit rights (5-2: クラウドサービス事業者は…状況確認や監査を受け入れないことがあります — it is
//!   judged on third-party reports and certifications instead, 7-2), so `audit_rights` is not listed as
//!   missing for kind `cloud`.
//! - **Review overdue**: `next_review` before the reference date.
//! - Partners of kind group company and supplier belong to important item 5; outsourcers and cloud
//!   providers to item 7.
//! - **Outsourcing terms** (7-1, 7-2), when recorded: a yes/no recorded as *no* is a gap — the scope split
//!   not documented ((7)-1), no service level stated, no emergency cooperation in the contract ((7)-2), and
//!   subcontracting allowed without our requirements flowing down (7-2). A cloud provider lists the
//!   points of 「クラウドサービス安全利用のすすめ」 it was confirmed on; the others are *unconfirmed*.
//!   Absent terms are not recorded: said, not judged.
//! - **Stale SOC 2 report**: `evidence_kind` `soc2` and `evidence_period_end` more than 12 months before
//!   the quarter's last day (the anniversary convention: ended on `quarter end − 12 months` is still
//!   current, the day before is stale). A SOC 2 report is an attestation of a past period; one that old no
//!   longer shows the controls in operation.

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::period::Period;
use crate::snapshot::{CloudPoint, ContractClause, Evidence, EvidenceKind, Outsourcing, Partner, PartnerKind};
use crate::text::Text;
use crate::vocabulary::Term;

/// The 7 clauses of 5-1, in the seed's order.
pub const CLAUSES: [ContractClause; 7] = [
    ContractClause::Confidentiality,
    ContractClause::Subcontracting,
    ContractClause::Liability,
    ContractClause::ReturnOrDisposal,
    ContractClause::AuditRights,
    ContractClause::NonCompliance,
    ContractClause::IncidentReporting,
];

/// The label of a clause.
pub fn clause_label(c: ContractClause) -> Text {
    c.text()
}

/// The label of a partner kind.
pub fn kind_label(k: PartnerKind) -> Text {
    k.text()
}

/// The label of an evidence type.
pub fn evidence_label(e: Evidence) -> Text {
    e.text()
}

/// The clauses of 5-1 expected of a partner of `kind`: all 7, except audit rights for a cloud provider
/// (judged on third-party reports and certifications instead, 5-2 and 7-2).
pub fn expected_clauses(kind: PartnerKind) -> impl Iterator<Item = ContractClause> {
    CLAUSES.into_iter().filter(move |c| !(kind == PartnerKind::Cloud && *c == ContractClause::AuditRights))
}

/// The important item a partner kind belongs to: 5 (group companies, suppliers) or 7 (outsourcers,
/// cloud providers).
pub fn item_of(kind: PartnerKind) -> u8 {
    match kind {
        PartnerKind::GroupCompany | PartnerKind::Supplier => 5,
        PartnerKind::Outsourcer | PartnerKind::Cloud => 7,
    }
}

/// One partner's standing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerStatus {
    /// The partner's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Relationship.
    pub kind: PartnerKind,
    /// Important item 5 or 7.
    pub item: u8,
    /// Handles our personal data or trade secrets.
    pub sensitive: bool,
    /// How the last assessment was evidenced.
    pub evidence: Option<Evidence>,
    /// The kind of report or certificate behind it, if recorded.
    pub evidence_kind: Option<EvidenceKind>,
    /// The report's or certificate's name, if recorded.
    pub evidence_name: Option<String>,
    /// Assessed maturity.
    pub maturity: Option<f64>,
    /// Required maturity.
    pub required_maturity: f64,
    /// `Some(true)` if scored and below the requirement; `None` if there is no score (never assessed,
    /// or assessed without a score).
    pub below_required: Option<bool>,
    /// Neither evidence nor a score on record.
    pub never_assessed: bool,
    /// Evidence on record but no maturity score ("assessed, no score").
    pub no_score: bool,
    /// Handles important information and only self-reports (5-2 ①).
    pub self_report_only: bool,
    /// Clauses of 5-1 the contract lacks, in the seed's order (audit rights not expected of a cloud
    /// provider).
    pub missing_clauses: Vec<ContractClause>,
    /// Last assessment.
    pub last_review: Option<Date>,
    /// Next assessment due.
    pub next_review: Date,
    /// Assessed, and the next review not yet due.
    pub assessed_in_time: bool,
    /// `next_review` before the reference date.
    pub review_overdue: bool,
    /// Days past `next_review` (positive when overdue).
    pub days_overdue: i64,
    /// First day of the report's period, if recorded.
    pub evidence_period_start: Option<Date>,
    /// Last day of the report's period, if recorded.
    pub evidence_period_end: Option<Date>,
    /// A SOC 2 report whose period ended more than 12 months before the quarter's end.
    pub report_stale: bool,
    /// The outsourcing terms and their gaps, when recorded (7-1, 7-2).
    pub outsourcing: Option<OutsourcingStatus>,
    /// JSON path, `quarters[7].partners[2]`.
    pub path: String,
    /// What the partner does for the organisation (for display; not in the summary's JSON).
    #[serde(skip)]
    pub service: String,
}

impl PartnerStatus {
    /// Whether the partner needs attention: overdue, never assessed, below requirement, self-report only
    /// while handling important information, or missing clauses. An assessment without a score is not an
    /// issue in itself.
    pub fn has_issue(&self) -> bool {
        self.review_overdue
            || self.never_assessed
            || self.below_required == Some(true)
            || self.self_report_only
            || !self.missing_clauses.is_empty()
            || self.report_stale
            || self.outsourcing.as_ref().is_some_and(OutsourcingStatus::has_gap)
    }

    /// `名前（id）` / `name (id)`: how decisions name the partner.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.id)
    }
}

/// The outsourcing terms of one partner and their gaps (7-1, 7-2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutsourcingStatus {
    /// The terms as recorded.
    pub terms: Outsourcing,
    /// The scope split is recorded as not documented ((7)-1).
    pub no_scope_split: bool,
    /// No service level stated (7-2).
    pub no_sla: bool,
    /// No emergency cooperation in the contract ((7)-2).
    pub no_emergency_cooperation: bool,
    /// Subcontracting allowed and our requirements recorded as not flowing down (7-2).
    pub no_flow_down: bool,
    /// A cloud provider: the seven points not confirmed, in the seed's order (empty for other kinds).
    pub cloud_points_unconfirmed: Vec<CloudPoint>,
    /// A cloud provider: how many of the seven were confirmed (`None` for other kinds).
    pub cloud_points_confirmed: Option<usize>,
}

impl OutsourcingStatus {
    /// Whether any term is a gap.
    pub fn has_gap(&self) -> bool {
        self.no_scope_split
            || self.no_sla
            || self.no_emergency_cooperation
            || self.no_flow_down
            || !self.cloud_points_unconfirmed.is_empty()
    }

    /// The terms of a partner of `kind` and their gaps.
    pub fn of(kind: PartnerKind, terms: &Outsourcing) -> OutsourcingStatus {
        let no = |x: Option<bool>| x == Some(false);
        OutsourcingStatus {
            terms: terms.clone(),
            no_scope_split: no(terms.scope_split),
            no_sla: no(terms.sla_stated),
            no_emergency_cooperation: no(terms.emergency_cooperation),
            no_flow_down: terms.subcontracting_allowed == Some(true) && no(terms.flow_down),
            cloud_points_confirmed: (kind == PartnerKind::Cloud)
                .then(|| CLOUD_POINTS.iter().filter(|c| terms.cloud_points.contains(c)).count()),
            cloud_points_unconfirmed: if kind == PartnerKind::Cloud {
                CLOUD_POINTS.into_iter().filter(|c| !terms.cloud_points.contains(c)).collect()
            } else {
                Vec::new()
            },
        }
    }
}

/// The seven points of 「クラウドサービス安全利用のすすめ」, in the seed's order (7-2).
pub const CLOUD_POINTS: [CloudPoint; 7] = [
    CloudPoint::UsageScope,
    CloudPoint::InformationImportance,
    CloudPoint::PolicyConsistency,
    CloudPoint::ProviderReliability,
    CloudPoint::ServiceReliability,
    CloudPoint::SecurityMeasures,
    CloudPoint::DataAtExit,
];

/// Whether a report of `kind` whose period ended on `end` is stale at the quarter ending `quarter_end`:
/// a SOC 2 report whose period ended before `quarter_end − 12 months`.
pub fn report_stale(kind: Option<EvidenceKind>, end: Option<Date>, quarter_end: Date) -> bool {
    kind == Some(EvidenceKind::Soc2) && end.is_some_and(|e| e < quarter_end.minus_months(12))
}

/// Partners assessed in time, by evidence type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceCounts {
    /// ① Self-reports.
    pub self_report: usize,
    /// ② Own audits.
    pub own_audit: usize,
    /// ③ Third-party audits.
    pub third_party_audit: usize,
    /// All three.
    pub total: usize,
}

/// The partners of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partners {
    /// The quarter.
    pub quarter: Quarter,
    /// Partners.
    pub total: usize,
    /// Partners handling sensitive data.
    pub sensitive: usize,
    /// Assessed in time, by evidence.
    pub assessed_in_time: EvidenceCounts,
    /// Ids of partners never assessed.
    pub never_assessed: Vec<String>,
    /// Ids of partners assessed without a score.
    pub no_score: Vec<String>,
    /// Ids of partners handling important information that only self-report (5-2 ①).
    pub self_report_only: Vec<String>,
    /// Ids of partners below the required maturity.
    pub below_required: Vec<String>,
    /// Ids of partners whose contract lacks a clause.
    pub missing_clauses: Vec<String>,
    /// Ids of partners whose review is overdue.
    pub overdue: Vec<String>,
    /// Every partner, in record order.
    pub partners: Vec<PartnerStatus>,
}

/// Every partner kind, in display order.
pub const KINDS: [PartnerKind; 4] =
    [PartnerKind::GroupCompany, PartnerKind::Supplier, PartnerKind::Outsourcer, PartnerKind::Cloud];

/// The partners of one kind, counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindCount {
    /// The kind.
    pub kind: PartnerKind,
    /// Important item 5 or 7.
    pub item: u8,
    /// Partners of the kind.
    pub total: usize,
    /// Of which handling sensitive data.
    pub sensitive: usize,
    /// Assessed, next review not yet due.
    pub assessed_in_time: usize,
    /// Assessed below the required maturity.
    pub below_required: usize,
    /// Never assessed.
    pub never_assessed: usize,
    /// Assessed without a score.
    pub no_score: usize,
    /// Review overdue.
    pub overdue: usize,
    /// Contract lacking a clause of 5-1.
    pub missing_clauses: usize,
}

impl Partners {
    /// The outsourcers and cloud providers (important item 7), in record order.
    pub fn outsourced(&self) -> Vec<PartnerStatus> {
        self.partners.iter().filter(|p| p.item == 7).cloned().collect()
    }

    /// One count per kind that has partners, in [`KINDS`] order; they add up to the quarter's totals.
    pub fn count_by_kind(&self) -> Vec<KindCount> {
        KINDS
            .iter()
            .filter_map(|&kind| {
                let mine: Vec<&PartnerStatus> = self.partners.iter().filter(|p| p.kind == kind).collect();
                let n = |f: fn(&PartnerStatus) -> bool| mine.iter().filter(|p| f(p)).count();
                mine.first()?;
                Some(KindCount {
                    kind,
                    item: item_of(kind),
                    total: mine.len(),
                    sensitive: n(|p| p.sensitive),
                    assessed_in_time: n(|p| p.assessed_in_time),
                    below_required: n(|p| p.below_required == Some(true)),
                    never_assessed: n(|p| p.never_assessed),
                    no_score: n(|p| p.no_score),
                    overdue: n(|p| p.review_overdue),
                    missing_clauses: n(|p| !p.missing_clauses.is_empty()),
                })
            })
            .collect()
    }
}

/// One partner's standing at `reference`, in the quarter ending `quarter_end`.
pub fn partner_status(p: &Partner, reference: Date, quarter_end: Date, path: String) -> PartnerStatus {
    let never_assessed = p.evidence.is_none() && p.maturity.is_none();
    PartnerStatus {
        id: p.id.clone(),
        name: p.name.clone(),
        kind: p.kind,
        item: item_of(p.kind),
        sensitive: p.handles_sensitive_data,
        evidence: p.evidence,
        evidence_kind: p.evidence_kind,
        evidence_name: p.evidence_name.clone(),
        maturity: p.maturity,
        required_maturity: p.required_maturity,
        below_required: p.maturity.map(|m| m < p.required_maturity),
        never_assessed,
        no_score: p.evidence.is_some() && p.maturity.is_none(),
        self_report_only: p.handles_sensitive_data && p.evidence == Some(Evidence::SelfReport),
        missing_clauses: expected_clauses(p.kind).filter(|c| !p.clauses.contains(c)).collect(),
        last_review: p.last_review,
        next_review: p.next_review,
        assessed_in_time: p.evidence.is_some() && p.next_review >= reference,
        review_overdue: p.next_review < reference,
        days_overdue: p.next_review.days_until(reference),
        evidence_period_start: p.evidence_period_start,
        evidence_period_end: p.evidence_period_end,
        report_stale: report_stale(p.evidence_kind, p.evidence_period_end, quarter_end),
        outsourcing: p.outsourcing.as_ref().map(|o| OutsourcingStatus::of(p.kind, o)),
        path,
        service: p.service.clone(),
    }
}

/// The partners of `period`'s quarter.
pub fn partners(period: &Period<'_>) -> Partners {
    let reference = period.reference();
    let base = period.path();
    let list: Vec<PartnerStatus> = period
        .record()
        .partners
        .iter()
        .enumerate()
        .map(|(j, p)| partner_status(p, reference, period.quarter().end(), format!("{base}.partners[{j}]")))
        .collect();
    let ids =
        |f: &dyn Fn(&PartnerStatus) -> bool| list.iter().filter(|p| f(p)).map(|p| p.id.clone()).collect::<Vec<_>>();
    let by = |e: Evidence| list.iter().filter(|p| p.assessed_in_time && p.evidence == Some(e)).count();
    let counts = EvidenceCounts {
        self_report: by(Evidence::SelfReport),
        own_audit: by(Evidence::OwnAudit),
        third_party_audit: by(Evidence::ThirdPartyAudit),
        total: list.iter().filter(|p| p.assessed_in_time).count(),
    };
    Partners {
        quarter: period.quarter(),
        total: list.len(),
        sensitive: list.iter().filter(|p| p.sensitive).count(),
        assessed_in_time: counts,
        never_assessed: ids(&|p| p.never_assessed),
        no_score: ids(&|p| p.no_score),
        self_report_only: ids(&|p| p.self_report_only),
        below_required: ids(&|p| p.below_required == Some(true)),
        missing_clauses: ids(&|p| !p.missing_clauses.is_empty()),
        overdue: ids(&|p| p.review_overdue),
        partners: list,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, snapshot_with};

    /// The quarter ends 2026-09-30: a SOC 2 period ending 2025-09-30 (12 months before) is current, one
    /// ending 2025-09-29 stale; other kinds and unrecorded periods are never stale.
    #[test]
    fn soc2_reports_go_stale_12_months_after_their_period() {
        let end = d("2026-09-30");
        let soc2 = Some(EvidenceKind::Soc2);
        assert!(!report_stale(soc2, Some(d("2025-10-01")), end));
        assert!(!report_stale(soc2, Some(d("2025-09-30")), end));
        assert!(report_stale(soc2, Some(d("2025-09-29")), end));
        assert!(!report_stale(Some(EvidenceKind::Iso27001), Some(d("2024-01-01")), end));
        assert!(!report_stale(soc2, None, end));
        // Month-end clamping: a quarter ending 2026-03-31 looks back to 2025-03-31.
        assert!(!report_stale(soc2, Some(d("2025-03-31")), d("2026-03-31")));
        assert!(report_stale(soc2, Some(d("2025-03-30")), d("2026-03-31")));
    }

    #[test]
    fn outsourcing_gaps_are_what_is_recorded_as_no() {
        let none = OutsourcingStatus::of(PartnerKind::Outsourcer, &Outsourcing::default());
        assert!(!none.has_gap());
        let terms = Outsourcing {
            scope_split: Some(false),
            sla_stated: Some(true),
            emergency_cooperation: Some(false),
            subcontracting_allowed: Some(true),
            flow_down: Some(false),
            ..Outsourcing::default()
        };
        let o = OutsourcingStatus::of(PartnerKind::Outsourcer, &terms);
        assert!(o.no_scope_split && !o.no_sla && o.no_emergency_cooperation && o.no_flow_down);
        assert!(o.cloud_points_unconfirmed.is_empty());
        // Subcontracting not allowed: nothing to flow down.
        let closed = Outsourcing { subcontracting_allowed: Some(false), ..terms.clone() };
        assert!(!OutsourcingStatus::of(PartnerKind::Outsourcer, &closed).no_flow_down);
        // A cloud provider confirmed on six of the seven points lacks the last.
        let cloud = Outsourcing { cloud_points: CLOUD_POINTS[..6].to_vec(), ..Outsourcing::default() };
        let c = OutsourcingStatus::of(PartnerKind::Cloud, &cloud);
        assert_eq!(c.cloud_points_unconfirmed, vec![CloudPoint::DataAtExit]);
        assert_eq!(c.cloud_points_confirmed, Some(6));
        assert_eq!(o.cloud_points_confirmed, None);
        let all = Outsourcing { cloud_points: CLOUD_POINTS.to_vec(), ..Outsourcing::default() };
        assert!(!OutsourcingStatus::of(PartnerKind::Cloud, &all).has_gap());
    }

    fn partner(id: &str, kind: PartnerKind, evidence: Option<Evidence>, maturity: Option<f64>, next: &str) -> Partner {
        Partner {
            id: id.into(),
            name: format!("{id} 株式会社"),
            kind,
            group_company: None,
            service: "発送".into(),
            handles_sensitive_data: true,
            evidence,
            evidence_kind: None,
            evidence_name: None,
            maturity,
            required_maturity: 3.0,
            clauses: CLAUSES.to_vec(),
            last_review: maturity.map(|_| d("2025-10-01")),
            next_review: d(next),
            evidence_period_start: None,
            evidence_period_end: None,
            outsourcing: None,
        }
    }

    #[test]
    fn assessed_in_time_below_requirement_clauses_and_overdue() {
        let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
        let mut dm = partner("dm", PartnerKind::Outsourcer, Some(Evidence::SelfReport), Some(2.5), "2026-10-01");
        dm.clauses.retain(|c| !matches!(c, ContractClause::Subcontracting | ContractClause::IncidentReporting));
        let cloud = partner("cloud", PartnerKind::Cloud, Some(Evidence::ThirdPartyAudit), Some(4.0), "2026-06-30");
        let late = partner("late", PartnerKind::Supplier, Some(Evidence::OwnAudit), Some(3.0), "2026-06-29");
        let mut never = partner("never", PartnerKind::Supplier, None, None, "2026-09-30");
        never.handles_sensitive_data = false;
        s.quarters[0].partners = vec![dm, cloud, late, never];
        crate::fixture::assert_valid(&s);
        let p = partners(&Period::latest(&s).unwrap());
        assert_eq!((p.total, p.sensitive), (4, 3));
        assert_eq!(p.assessed_in_time, EvidenceCounts { self_report: 1, own_audit: 0, third_party_audit: 1, total: 2 });
        assert_eq!(p.never_assessed, vec!["never"]);
        assert_eq!(p.below_required, vec!["dm"]);
        assert_eq!(p.missing_clauses, vec!["dm"]);
        assert_eq!(p.overdue, vec!["late"]);
        let dm = &p.partners[0];
        assert_eq!(dm.missing_clauses, vec![ContractClause::Subcontracting, ContractClause::IncidentReporting]);
        assert_eq!((dm.item, dm.below_required), (7, Some(true)));
        assert_eq!(p.partners[2].days_overdue, 1);
        assert_eq!(p.partners[2].item, 5);
        assert_eq!(p.partners[3].below_required, None);
        assert!(p.partners[3].has_issue());
        assert!(!p.partners[1].has_issue());
        assert_eq!(p.partners[1].path, "quarters[0].partners[1]");
        assert_eq!(p.partners[1].service, "発送");

        // By kind: suppliers (late, never), outsourcers (dm), cloud providers (cloud); no group company.
        let by_kind = p.count_by_kind();
        let kinds: Vec<PartnerKind> = by_kind.iter().map(|k| k.kind).collect();
        assert_eq!(kinds, vec![PartnerKind::Supplier, PartnerKind::Outsourcer, PartnerKind::Cloud]);
        let supplier = &by_kind[0];
        assert_eq!((supplier.item, supplier.total, supplier.sensitive), (5, 2, 1));
        assert_eq!((supplier.never_assessed, supplier.overdue, supplier.below_required), (1, 1, 0));
        let sum = |f: fn(&KindCount) -> usize| by_kind.iter().map(f).sum::<usize>();
        assert_eq!(sum(|k| k.total), p.total);
        assert_eq!(sum(|k| k.sensitive), p.sensitive);
        assert_eq!(sum(|k| k.assessed_in_time), p.assessed_in_time.total);
        assert_eq!(sum(|k| k.below_required), p.below_required.len());
        assert_eq!(sum(|k| k.never_assessed), p.never_assessed.len());
        assert_eq!(sum(|k| k.overdue), p.overdue.len());
        assert_eq!(sum(|k| k.missing_clauses), p.missing_clauses.len());
    }
}

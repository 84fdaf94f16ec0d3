//! The decisions asked of the board, ranked: what needs an approval, a review or a resource. Each
//! carries a severity, a title rendered by [`Ask::title`] and the JSON paths of the records behind it.

use serde::Serialize;

use crate::calendar::Date;
use crate::kpi::{KpiId, Unit};
use crate::readiness::{DocumentKind, DocumentState};
use crate::risk::ApprovalState;
use crate::snapshot::{ApprovingBody, ContractClause, CsirtForm, Language, Yen};
use crate::summary::lights::Facts;
use crate::text::Text;
use crate::vocabulary::Term;

/// How urgent a decision is. Ordered least urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// For information; decide when convenient.
    Low,
    /// Decide this quarter.
    Medium,
    /// Decide at this meeting.
    High,
    /// The board is exposed now: an above-tolerance risk at the matrix's top level without valid approval.
    Critical,
}

impl Urgency {
    /// The label in `lang` ([`Term::label`]; inherent so callers need not import the trait).
    pub fn label(self, lang: Language) -> &'static str {
        Term::label(self, lang)
    }
}

/// What the board is asked. Render with [`Ask::title`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Ask {
    /// Approve (or re-approve, or renew) a residual risk above tolerance — or direct further treatment.
    ApproveResidualRisk {
        /// The risk's id.
        risk: String,
        /// Its threat scenario.
        threat: Text,
        /// Its residual level's name.
        level: Text,
        /// The approval's standing.
        approval: ApprovalState,
        /// Who approved, if anyone.
        approver: Option<String>,
        /// When it was approved.
        approved_on: Option<Date>,
        /// The residual level approved, if known.
        approved_level: Option<Text>,
        /// When the approval lapses(d): its effective expiry.
        expires_on: Option<Date>,
        /// Whether the validity cap set that date.
        capped: bool,
        /// Expected annual loss.
        expected_loss_yen: Yen,
    },
    /// Decide as the board whether to raise the tolerance, raised by a body that cannot decide it (4-2).
    DecideToleranceRaise {
        /// The day it applied from.
        on: Date,
        /// The level before.
        from: Text,
        /// The level after.
        to: Text,
        /// Who raised it.
        body: ApprovingBody,
    },
    /// Confirm as a board decision, or withdraw, the own tolerances some risks set above the board's.
    ConfirmOwnTolerances {
        /// How many risks.
        risks: usize,
        /// The first few risks' ids.
        ids: Vec<String>,
        /// The board's tolerance's name.
        board: Text,
    },
    /// Direct action on an off-track KPI.
    KpiOffTrack {
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
    /// Approve the security budget ((6)-1).
    ApproveBudget,
    /// Establish an incident response team ((9)-3).
    EstablishCsirt,
    /// Hold an incident response drill ((9)-4).
    HoldDrill {
        /// Last drill, any year.
        last: Option<Date>,
    },
    /// Have a document drawn up (it does not exist).
    CreateDocument {
        /// Which.
        document: DocumentKind,
    },
    /// Have a document reviewed.
    ReviewDocument {
        /// Which.
        document: DocumentKind,
        /// Last review.
        last_review: Option<Date>,
    },
    /// Have a PDCA cycle reviewed.
    ReviewPdca {
        /// The area.
        area: Text,
        /// Days past due.
        days_overdue: i64,
    },
    /// Receive progress reports (2 to 4 a year, (4)-1).
    ScheduleProgressReports {
        /// Progress reports in the trailing year.
        count: u32,
    },
    /// Commission an audit ((4)-2).
    CommissionAudit,
    /// Commission a vulnerability assessment or penetration test ((4)-2).
    CommissionSecurityTest,
    /// Have a partner brought up to the required maturity, or reconsider it.
    PartnerBelowRequired {
        /// The partner's name.
        partner: String,
        /// Assessed maturity.
        maturity: f64,
        /// Required maturity.
        required: f64,
    },
    /// Have a partner assessed (never assessed).
    AssessPartner {
        /// The partner's name.
        partner: String,
    },
    /// Have a partner re-assessed (review overdue).
    ReviewPartner {
        /// The partner's name.
        partner: String,
        /// Days past due.
        days_overdue: i64,
    },
    /// Amend partners' contracts with the missing clauses of 5-1 (one decision per important item
    /// and per sensitivity).
    AmendContracts {
        /// The partners and what their contracts lack.
        partners: Vec<PartnerClauses>,
    },
    /// Chase follow-up actions past due.
    ChaseFollowUps {
        /// How many.
        actions: usize,
    },
}

/// A partner whose contract lacks clauses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerClauses {
    /// The partner's name.
    pub partner: String,
    /// The missing clauses, in the seed's order.
    pub missing: Vec<ContractClause>,
}

/// One decision asked of the board.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Position in the ranked list, from 1.
    pub rank: usize,
    /// How urgent.
    #[serde(rename = "severity")]
    pub urgency: Urgency,
    /// The important item it concerns.
    pub item: u8,
    /// What is asked.
    pub ask: Ask,
    /// JSON paths of the records behind it.
    pub trace: Vec<String>,
}

/// Every decision, ranked: severity (most urgent first), then important item, then the order found.
pub(crate) fn decisions(f: &Facts<'_>) -> Vec<Decision> {
    let mut out: Vec<Decision> = Vec::new();
    for find in
        [risk_decisions, readiness_decisions, partner_decisions, contract_decisions, pdca_decisions, resource_decisions]
    {
        find(f, &mut out);
    }
    // Stable: equal severity and item keep the order found.
    out.sort_by(|a, b| b.urgency.cmp(&a.urgency).then(a.item.cmp(&b.item)));
    for (i, d) in out.iter_mut().enumerate() {
        d.rank = i + 1;
    }
    out
}

/// Appends an unranked decision.
fn push(out: &mut Vec<Decision>, urgency: Urgency, item: u8, ask: Ask, trace: Vec<String>) {
    out.push(Decision { rank: 0, urgency, item, ask, trace });
}

/// `urgency`, capped at medium when the records do not cover the trailing year.
fn cap(f: &Facts<'_>, urgency: Urgency) -> Urgency {
    if f.period.year_covered() { urgency } else { urgency.min(Urgency::Medium) }
}

/// (3) Approve each residual risk above tolerance whose approval is missing, expired or expiring.
fn risk_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let top = f.period.snapshot().risk_matrix.levels.len().saturating_sub(1);
    for r in &f.risk.above_tolerance {
        let severity = match r.approval {
            s if s.unapproved() && r.level.rank >= top => Urgency::Critical,
            s if s.unapproved() => Urgency::High,
            ApprovalState::Expiring => Urgency::Medium,
            _ => continue,
        };
        let ask = Ask::ApproveResidualRisk {
            risk: r.id.clone(),
            threat: r.threat.clone(),
            level: r.level.name.clone(),
            approval: r.approval,
            approver: r.approver.clone(),
            approved_on: r.approved_on,
            approved_level: r.approved_level.as_ref().map(|l| l.name.clone()),
            expires_on: r.expires_on,
            capped: r.capped,
            expected_loss_yen: r.expected_loss_yen,
        };
        push(out, severity, 3, ask, vec![r.path.clone()]);
    }
    for c in f.risk.tolerance_changes.iter().filter(|c| c.raised && !c.by_board) {
        let ask =
            Ask::DecideToleranceRaise { on: c.on, from: c.from.name.clone(), to: c.to.name.clone(), body: c.body };
        push(out, Urgency::High, 3, ask, vec![c.path.clone()]);
    }
    let own = &f.risk.own_tolerance_above_board;
    if let Some(first) = own.first() {
        let ids = own.iter().take(NAMED).map(|o| o.id.clone()).collect();
        let ask = Ask::ConfirmOwnTolerances { risks: own.len(), ids, board: first.board.name.clone() };
        push(out, Urgency::Medium, 3, ask, own.iter().map(|o| o.path.clone()).collect());
    }
}

/// How many ids a decision about many records names.
const NAMED: usize = 3;

/// (9), (10) A CSIRT, a drill, documents and follow-ups.
fn readiness_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let readiness = f.readiness;
    if readiness.csirt == CsirtForm::None {
        push(out, Urgency::High, 9, Ask::EstablishCsirt, vec![f.path("emergency.csirt")]);
    }
    if readiness.drills.in_year == 0 {
        let last = readiness.drills.last.as_ref().map(|l| l.date);
        push(out, cap(f, Urgency::High), 9, Ask::HoldDrill { last }, f.last_drill_trace());
    }
    for d in &readiness.documents {
        match d.state {
            DocumentState::Missing => {
                push(out, Urgency::High, d.kind.item(), Ask::CreateDocument { document: d.kind }, vec![d.path.clone()])
            }
            DocumentState::NeverReviewed | DocumentState::Overdue => push(
                out,
                Urgency::Medium,
                d.kind.item(),
                Ask::ReviewDocument { document: d.kind, last_review: d.last_review },
                vec![d.path.clone()],
            ),
            DocumentState::Current => {}
        }
    }
    if !readiness.drills.overdue_actions.is_empty() {
        let actions = readiness.drills.overdue_actions.len();
        push(out, Urgency::Medium, 9, Ask::ChaseFollowUps { actions }, f.overdue_action_trace());
    }
}

/// (5), (7) Each partner below its required maturity, never assessed or overdue for review.
fn partner_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for p in &f.partners.partners {
        let sens = |hi: Urgency, lo: Urgency| if p.sensitive { hi } else { lo };
        match (p.below_required, p.maturity) {
            (Some(true), Some(m)) => push(
                out,
                sens(Urgency::High, Urgency::Medium),
                p.item,
                Ask::PartnerBelowRequired { partner: p.name.clone(), maturity: m, required: p.required_maturity },
                vec![p.path.clone()],
            ),
            (None, _) => push(
                out,
                sens(Urgency::High, Urgency::Medium),
                p.item,
                Ask::AssessPartner { partner: p.name.clone() },
                vec![p.path.clone()],
            ),
            _ => {}
        }
        if p.review_overdue && p.below_required.is_some() {
            push(
                out,
                sens(Urgency::Medium, Urgency::Low),
                p.item,
                Ask::ReviewPartner { partner: p.name.clone(), days_overdue: p.days_overdue },
                vec![p.path.clone()],
            );
        }
    }
}

/// (5), (7) Amend the contracts lacking clauses: one decision per item and sensitivity.
fn contract_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for item in [5u8, 7] {
        for sensitive in [true, false] {
            let lacking: Vec<&crate::partners::PartnerStatus> = f
                .partners
                .partners
                .iter()
                .filter(|p| p.item == item && p.sensitive == sensitive && !p.missing_clauses.is_empty())
                .collect();
            if lacking.is_empty() {
                continue;
            }
            let ask = Ask::AmendContracts {
                partners: lacking
                    .iter()
                    .map(|p| PartnerClauses { partner: p.name.clone(), missing: p.missing_clauses.clone() })
                    .collect(),
            };
            let severity = if sensitive { Urgency::Medium } else { Urgency::Low };
            push(out, severity, item, ask, lacking.iter().map(|p| p.path.clone()).collect());
        }
    }
}

/// (4) Reporting cadence, audits, security tests and overdue PDCA reviews.
fn pdca_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let c = &f.pdca.cadence;
    if c.progress_reports < 2 {
        let s = if c.progress_reports == 0 { Urgency::High } else { Urgency::Medium };
        push(out, cap(f, s), 4, Ask::ScheduleProgressReports { count: c.progress_reports }, c.trace.clone());
    }
    if !f.pdca.audits.audit_ok {
        push(out, cap(f, Urgency::Medium), 4, Ask::CommissionAudit, vec![]);
    }
    if !f.pdca.audits.security_test_ok {
        push(out, cap(f, Urgency::Medium), 4, Ask::CommissionSecurityTest, vec![]);
    }
    for a in f.pdca.areas.iter().filter(|a| a.review_overdue) {
        push(
            out,
            Urgency::Medium,
            4,
            Ask::ReviewPdca { area: a.area.clone(), days_overdue: a.days_overdue },
            vec![a.path.clone()],
        );
    }
}

/// (6) The budget; and every off-track KPI.
fn resource_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    if f.period.record().budget.approved_on.is_none() {
        push(out, Urgency::Medium, 6, Ask::ApproveBudget, vec![f.path("budget")]);
    }
    for (k, value, target) in f.off_track_kpis() {
        let ask = Ask::KpiOffTrack { kpi: k.id, name: k.name.clone(), value, target, percent: k.unit == Unit::Percent };
        push(out, Urgency::Medium, k.id.item(), ask, k.trace.clone());
    }
}

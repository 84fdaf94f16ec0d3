//! The decisions asked of the board, ranked: what needs an approval, a review or a resource. Each
//! carries a severity, a title rendered by [`Ask::title`] and the JSON paths of the records behind it.

use serde::Serialize;

use crate::calendar::Date;
use crate::directive::BoardRecord;
use crate::governance::PolicyState;
use crate::kpi::{KpiId, KpiStatus, Unit};
use crate::readiness::{DocumentKind, DocumentState};
use crate::risk::ApprovalState;
use crate::snapshot::{
    ApprovingBody, AuditKind, BeforeFirstQuarter, BoardOutcome, ContractClause, CsirtForm, ImpactClass, Yen,
};
use crate::summary::lights::{Facts, TargetCut, lowered_targets};
use crate::text::Text;
use crate::vocabulary::{Term, terms};

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

impl Urgency {}

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
    /// Note, or act on, a KPI at risk (below its target within the margin). Low for one quarter; medium
    /// when the KPI was also below target the quarter before (`running`).
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
        /// Whether the KPI was below target (at risk or off track) in the previous quarter too.
        running: bool,
    },
    /// Confirm (or reverse) check-item targets lowered since the previous quarter (one decision per
    /// important item).
    ConfirmLoweredTargets {
        /// The check items, with their former and present target and maturity.
        check_items: Vec<TargetCut>,
    },
    /// Approve the security budget ((6)-1).
    ApproveBudget,
    /// Direct (or confirm) recurrence prevention for a serious incident of the quarter (9, 9-3).
    PreventRecurrence {
        /// The incident's id.
        incident: String,
        /// Major or severe.
        impact: ImpactClass,
        /// Follow-up actions on record whose source is the incident.
        follow_ups: usize,
    },
    /// Decide whether and how to disclose a serious incident of the quarter (10, 10-1).
    DecideDisclosure {
        /// The incident's id.
        incident: String,
        /// Major or severe.
        impact: ImpactClass,
        /// Days from the incident to the report to the executive; `None` if not reported.
        lag_days: Option<i64>,
    },
    /// Establish an incident response team ((9)-3).
    EstablishCsirt,
    /// Grant the CSIRT (or the CISO) the authority to disconnect networks or stop services in an attack
    /// (2-2: an executive-level authority the board gives; 9-1, 9-2).
    GrantCsirtAuthority {
        /// The authority to disconnect networks is recorded as not held.
        disconnect: bool,
        /// The authority to stop services is recorded as not held.
        stop_services: bool,
    },
    /// Hold an incident response drill ((9)-4).
    HoldDrill {
        /// Last drill, any year: in the export, else `before_first_quarter.drill`.
        last: Option<Date>,
        /// When none is known: the export's first day ("no record since").
        since: Option<Date>,
    },
    /// Have a document drawn up (it does not exist).
    CreateDocument {
        /// Which.
        document: DocumentKind,
    },
    /// Have a document approved (it exists without an approver).
    ApproveDocument {
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
    /// Have a PDCA area's current measures checked first: a full cycle without any check on record (4-1).
    CheckPdca {
        /// The area.
        area: Text,
    },
    /// Receive progress reports (2 to 4 a year, (4)-1).
    ScheduleProgressReports {
        /// Progress reports in the trailing year.
        count: u32,
    },
    /// Have the executive reported to every month: two or more silent months in the trailing year ((4)-1).
    ReportMonthly {
        /// The silent months, `2026-02`.
        months: Vec<String>,
    },
    /// Commission an audit ((4)-2).
    CommissionAudit {
        /// Last internal or external audit: in the export, else `before_first_quarter.audit`.
        last: Option<Date>,
        /// When none is known: the export's first day ("no record since").
        since: Option<Date>,
    },
    /// Have the statutory auditors (監査役) include cyber-security in their audit ((4)-2).
    IncludeInStatutoryAudit {
        /// Their last audit, any year.
        last: Option<Date>,
    },
    /// Commission a vulnerability assessment or penetration test ((4)-2).
    CommissionSecurityTest {
        /// Last one: in the export, else `before_first_quarter.security_test`.
        last: Option<Date>,
        /// When none is known: the export's first day ("no record since").
        since: Option<Date>,
    },
    /// Have a partner brought up to the required maturity, or reconsider it.
    PartnerBelowRequired {
        /// The partner's id.
        partner_id: String,
        /// The partner's name.
        partner: String,
        /// Assessed maturity.
        maturity: f64,
        /// Required maturity.
        required: f64,
    },
    /// Have a partner assessed (never assessed).
    AssessPartner {
        /// The partner's id.
        partner_id: String,
        /// The partner's name.
        partner: String,
    },
    /// Have a partner handling important information confirmed by our own audit or a third party's
    /// (it only self-reports, 5-2 ①).
    StrengthenPartnerEvidence {
        /// The partner's id.
        partner_id: String,
        /// The partner's name.
        partner: String,
    },
    /// Have a partner re-assessed (review overdue).
    ReviewPartner {
        /// The partner's id.
        partner_id: String,
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
    /// Direct the patching of critical vulnerabilities open beyond the target (8-1): high when one is
    /// open longer than twice the target, else medium.
    PatchCriticals {
        /// How many are overdue.
        count: usize,
        /// How many are open longer than twice the target.
        far: usize,
        /// The target days.
        target_days: u32,
        /// The longest open, in days.
        longest_days: i64,
    },
    /// Decide the replacement (or isolation) of systems past end of support (8-1): medium when one has
    /// no planned replacement, else low (confirm the plan).
    ReplaceUnsupportedSystems {
        /// Their names.
        systems: Vec<String>,
        /// How many have no planned replacement.
        unplanned: usize,
    },
    /// The tail of a list longer than [`MAX_LISTED`]: the least urgent decisions, asked together
    /// (their members one click away). Never produced by a rule.
    FurtherDecisions {
        /// How many decisions it stands for.
        count: usize,
    },
    /// (9) Incidents of the quarter reached the executive later than the escalation rule allows, or
    /// not yet (rule E1): direct why and confirm the rule ((4)-1, 9 エスカレーション基準).
    AddressEscalationBreaches {
        /// The incidents' ids, by date.
        incidents: Vec<String>,
        /// Whether one of them is severe.
        severe: bool,
    },
    /// (10) A severe incident with a personal-data leak has no notice to the regulator on record
    /// (rule E2; 表9-3 所管官庁, 10-1): direct the notification.
    NotifyRegulator {
        /// The incident's id.
        incident: String,
    },

    /// Approve the security policy (1-1, (1)-2): never approved (high), or approved only by a body that
    /// is not the executive (medium).
    ApprovePolicy {
        /// The body that approved it, if any.
        body: Option<ApprovingBody>,
    },
    /// Have the security policy reviewed: its review date has passed (1-1).
    ReviewPolicy {
        /// The review date.
        due: Date,
    },
    /// Approve the implementation plan (0-4 実施計画の承認).
    ApprovePlan,
    /// Appoint a CISO (0-4 CISO等の任命; 2-1, (2)-1).
    AppointCiso,
    /// A board directive past its due date and not done: the board's own instruction, asked again
    /// (4-2).
    DirectiveOverdue {
        /// The directive's id.
        id: String,
        /// What was directed.
        text: String,
        /// Who carries it out.
        owner: String,
        /// Its due date.
        due: Date,
        /// Days past due.
        days_overdue: i64,
    },
    /// Chase the overdue actions of an item's treatment plans (3-4): any on a risk above tolerance
    /// (high), or [`CHASE_ACTIONS_FROM`] or more on the item (medium).
    ChaseActions {
        /// Overdue actions on the item.
        actions: usize,
        /// Of which on risks above tolerance.
        above_tolerance: usize,
    },
}

impl Ask {
    /// The ask's code, as the summary's JSON writes it (`"code"`: the variant's name in snake case),
    /// and the first part of [`Decision::key`].
    pub fn code(&self) -> &'static str {
        match self {
            Ask::ApproveResidualRisk { .. } => "approve_residual_risk",
            Ask::DecideToleranceRaise { .. } => "decide_tolerance_raise",
            Ask::ConfirmOwnTolerances { .. } => "confirm_own_tolerances",
            Ask::KpiOffTrack { .. } => "kpi_off_track",
            Ask::KpiAtRisk { .. } => "kpi_at_risk",
            Ask::ConfirmLoweredTargets { .. } => "confirm_lowered_targets",
            Ask::ApproveBudget => "approve_budget",
            Ask::PreventRecurrence { .. } => "prevent_recurrence",
            Ask::DecideDisclosure { .. } => "decide_disclosure",
            Ask::EstablishCsirt => "establish_csirt",
            Ask::GrantCsirtAuthority { .. } => "grant_csirt_authority",
            Ask::HoldDrill { .. } => "hold_drill",
            Ask::CreateDocument { .. } => "create_document",
            Ask::ApproveDocument { .. } => "approve_document",
            Ask::ReviewDocument { .. } => "review_document",
            Ask::ReviewPdca { .. } => "review_pdca",
            Ask::CheckPdca { .. } => "check_pdca",
            Ask::ScheduleProgressReports { .. } => "schedule_progress_reports",
            Ask::ReportMonthly { .. } => "report_monthly",
            Ask::CommissionAudit { .. } => "commission_audit",
            Ask::IncludeInStatutoryAudit { .. } => "include_in_statutory_audit",
            Ask::CommissionSecurityTest { .. } => "commission_security_test",
            Ask::PartnerBelowRequired { .. } => "partner_below_required",
            Ask::AssessPartner { .. } => "assess_partner",
            Ask::StrengthenPartnerEvidence { .. } => "strengthen_partner_evidence",
            Ask::ReviewPartner { .. } => "review_partner",
            Ask::AmendContracts { .. } => "amend_contracts",
            Ask::ChaseFollowUps { .. } => "chase_follow_ups",
            Ask::PatchCriticals { .. } => "patch_criticals",
            Ask::ReplaceUnsupportedSystems { .. } => "replace_unsupported_systems",
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
}

/// Overdue actions on one important item from which they become a decision (3-4): one or two are a
/// slip the light shows; three are a plan that is not being carried out.
pub const CHASE_ACTIONS_FROM: usize = 3;

/// A partner whose contract lacks clauses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerClauses {
    /// The partner's id.
    pub partner_id: String,
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
    /// The stable key of what is asked (`<code>` or `<code>:<subject>`, e.g. `approve_budget`,
    /// `approve_residual_risk:R-01`): a board decision (`board_decisions[].key`) answers it. A group
    /// carries its worst member's key.
    pub key: String,
    /// JSON paths of the records behind it (a group: all its members' paths, in the members' order).
    pub trace: Vec<String>,
    /// A group ([`GROUP_FROM`] or more decisions of one kind, asked as one): every member, worst
    /// first, each ranked within the group from 1. Empty for a single decision. The group's `ask` is
    /// its worst member's; [`Decision::title`] renders the count and names the worst few.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Decision>,
}

/// How many decisions of one kind (same ask code, severity and important item) are asked as one
/// group rather than one by one: more than a title can name ([`NAMED_IN_GROUP`]).
pub const GROUP_FROM: usize = NAMED_IN_GROUP + 1;

/// How many members a group's title names, worst first.
pub const NAMED_IN_GROUP: usize = 3;

/// The most entries the board's list holds: a board reads fifteen or twenty decisions, not hundreds
/// (4-2: the executive grasps the state without drowning in detail). When grouping by kind still
/// leaves more, the least urgent ones from the `MAX_LISTED`-th on are asked as one last entry
/// ([`Ask::FurtherDecisions`]), every one of them one click away.
pub const MAX_LISTED: usize = 20;

impl Decision {
    /// How many decisions this one stands for: 1, or a group's member count.
    pub fn count(&self) -> usize {
        self.members.len().max(1)
    }
}

/// The decisions the board reads: every decision ([`all_decisions`]), with each kind of
/// [`GROUP_FROM`] or more grouped into one at the place of its first member, then ranked again.
pub(crate) fn decisions(f: &Facts<'_>) -> (Vec<Decision>, Vec<AlreadyDecided>) {
    let (asked, decided) = not_asked_twice(all_decisions(f), f.board);
    (fold_tail(group(asked)), decided)
}

/// A decision asked again this quarter that the board already took (a board decision with its key,
/// of this quarter or an earlier one still in force): not asked twice, shown as "decided on <date>".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlreadyDecided {
    /// The decision the rules would ask (rank 0: not in the list).
    pub decision: Decision,
    /// The board decision that answers it.
    pub board_decision: String,
    /// When the board decided.
    pub on: Date,
    /// What it decided.
    pub outcome: BoardOutcome,
    /// JSON path of the board decision.
    pub path: String,
}

/// Splits `all` into the decisions still to ask and those a board decision in force already answers;
/// the first keep their ranks renumbered from 1.
pub(crate) fn not_asked_twice(all: Vec<Decision>, board: &BoardRecord) -> (Vec<Decision>, Vec<AlreadyDecided>) {
    let (mut asked, mut decided) = (Vec::new(), Vec::new());
    for mut d in all {
        match board.in_force_for(&d.key) {
            Some(t) => {
                d.rank = 0;
                decided.push(AlreadyDecided {
                    board_decision: t.id.clone(),
                    on: t.on,
                    outcome: t.outcome,
                    path: t.path.clone(),
                    decision: d,
                })
            }
            None => asked.push(d),
        }
    }
    for (i, d) in asked.iter_mut().enumerate() {
        d.rank = i + 1;
    }
    (asked, decided)
}

/// The stable key of `ask` about important item `item` (see [`Decision::key`]): its code, and the
/// subject that tells two asks of one code apart (a risk, partner, incident or directive id, a KPI, a
/// document, a tolerance change's date, an item).
pub fn key(ask: &Ask, item: u8) -> String {
    let code = ask.code();
    let subject: Option<String> = match ask {
        Ask::ApproveResidualRisk { risk, .. } => Some(risk.clone()),
        Ask::DecideToleranceRaise { on, .. } => Some(on.to_string()),
        Ask::KpiOffTrack { kpi, .. } | Ask::KpiAtRisk { kpi, .. } => Some(kpi.code().to_owned()),
        Ask::PreventRecurrence { incident, .. } | Ask::DecideDisclosure { incident, .. } => Some(incident.clone()),
        Ask::CreateDocument { document } | Ask::ApproveDocument { document } | Ask::ReviewDocument { document, .. } => {
            Some(document.code().to_owned())
        }
        Ask::PartnerBelowRequired { partner_id, .. }
        | Ask::AssessPartner { partner_id, .. }
        | Ask::StrengthenPartnerEvidence { partner_id, .. }
        | Ask::ReviewPartner { partner_id, .. } => Some(partner_id.clone()),
        Ask::ConfirmLoweredTargets { .. } | Ask::AmendContracts { .. } | Ask::ChaseActions { .. } => {
            Some(item.to_string())
        }
        // Replaced by the area's id where the decision is made (pdca_decisions).
        Ask::ReviewPdca { area, .. } => Some(area.ja.clone()),
        Ask::DirectiveOverdue { id, .. } => Some(id.clone()),
        _ => None,
    };
    match subject {
        Some(s) => format!("{code}:{s}"),
        None => code.to_owned(),
    }
}

/// At most [`MAX_LISTED`] entries: the ranked list's entries from the `MAX_LISTED`-th on become the
/// members of one last entry, [`Ask::FurtherDecisions`], at the urgency and item of its first (most
/// urgent) member; its trace is all its members' traces. A list of `MAX_LISTED` or fewer is unchanged.
pub(crate) fn fold_tail(mut list: Vec<Decision>) -> Vec<Decision> {
    if list.len() <= MAX_LISTED {
        return list;
    }
    let tail: Vec<Decision> = list.split_off(MAX_LISTED - 1);
    let count = tail.iter().map(Decision::count).sum();
    let first = &tail[0];
    list.push(Decision {
        key: "further_decisions".into(),
        rank: MAX_LISTED,
        urgency: first.urgency,
        item: first.item,
        ask: Ask::FurtherDecisions { count },
        trace: tail.iter().flat_map(|m| m.trace.iter().cloned()).collect(),
        members: tail,
    });
    list
}

/// Groups each kind (ask code, severity, item) of [`GROUP_FROM`] or more members of a ranked list
/// into one decision at its first member's place; members are re-ordered worst first ([`worse`]) and
/// ranked within the group. The result is ranked from 1.
pub(crate) fn group(all: Vec<Decision>) -> Vec<Decision> {
    type Key = (std::mem::Discriminant<Ask>, Urgency, u8);
    let key = |d: &Decision| -> Key { (std::mem::discriminant(&d.ask), d.urgency, d.item) };
    let mut sizes: Vec<(Key, usize)> = Vec::new();
    for d in &all {
        match sizes.iter_mut().find(|(k, _)| *k == key(d)) {
            Some((_, n)) => *n += 1,
            None => sizes.push((key(d), 1)),
        }
    }
    let grouped = |k: &Key| sizes.iter().any(|(g, n)| g == k && *n >= GROUP_FROM);
    let mut out: Vec<Decision> = Vec::new();
    for d in all {
        let k = key(&d);
        if !grouped(&k) {
            out.push(d);
            continue;
        }
        match out.iter_mut().find(|g| !g.members.is_empty() && key(g) == k) {
            Some(g) => g.members.push(d),
            None => out.push(Decision {
                key: d.key.clone(),
                rank: 0,
                urgency: d.urgency,
                item: d.item,
                ask: d.ask.clone(),
                trace: Vec::new(),
                members: vec![d],
            }),
        }
    }
    for g in out.iter_mut().filter(|g| !g.members.is_empty()) {
        // Stable: equally bad members keep their ranked order.
        crate::order::sort_by(&mut g.members, |a, b| worse(&b.ask, &a.ask));
        for (i, m) in g.members.iter_mut().enumerate() {
            m.rank = i + 1;
        }
        g.ask = g.members[0].ask.clone();
        g.key = g.members[0].key.clone();
        g.trace = g.members.iter().flat_map(|m| m.trace.iter().cloned()).collect();
    }
    for (i, d) in out.iter_mut().enumerate() {
        d.rank = i + 1;
    }
    out
}

/// Which of two asks of one kind is worse, for ordering a group: the larger shortfall of a partner
/// below its required maturity, the longer overdue review; otherwise equal (the ranked order stands —
/// residual risks are already ranked by approval, level and expected loss).
fn worse(a: &Ask, b: &Ask) -> std::cmp::Ordering {
    let weight = |x: &Ask| match x {
        Ask::PartnerBelowRequired { maturity, required, .. } => required - maturity,
        Ask::ReviewPartner { days_overdue, .. } | Ask::ReviewPdca { days_overdue, .. } => *days_overdue as f64,
        _ => 0.0,
    };
    weight(a).total_cmp(&weight(b))
}

/// Every decision, ranked: severity (most urgent first), then important item, then the order found.
pub(crate) fn all_decisions(f: &Facts<'_>) -> Vec<Decision> {
    let mut out: Vec<Decision> = Vec::new();
    for find in [
        risk_decisions,
        readiness_decisions,
        partner_decisions,
        contract_decisions,
        pdca_decisions,
        resource_decisions,
        target_decisions,
        incident_decisions,
        governance_decisions,
        directive_decisions,
        action_decisions,
        vulnerability_decisions,
    ] {
        find(f, &mut out);
    }
    // Stable: equal severity and item keep the order found.
    crate::order::sort_by(&mut out, |a, b| b.urgency.cmp(&a.urgency).then(a.item.cmp(&b.item)));
    for (i, d) in out.iter_mut().enumerate() {
        d.rank = i + 1;
    }
    out
}

/// (8) Criticals overdue and systems past end of support (8-1 「情報を常に最新の状態に保つ」).
fn vulnerability_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let v = f.vulnerabilities;
    if let (Some(target_days), true) = (v.target_days, v.overdue > 0) {
        let overdue: Vec<_> = v.overdue_criticals().collect();
        let longest_days = overdue.iter().map(|c| c.days).max().unwrap_or(0);
        let urgency = if v.far_overdue > 0 { Urgency::High } else { Urgency::Medium };
        let ask = Ask::PatchCriticals { count: v.overdue, far: v.far_overdue, target_days, longest_days };
        push(out, urgency, 8, ask, overdue.iter().map(|c| c.path.clone()).collect());
    }
    let past: Vec<_> = v.past_support_systems().collect();
    if !past.is_empty() {
        let unplanned = past.iter().filter(|s| s.replacement.is_none()).count();
        let urgency = if unplanned > 0 { Urgency::Medium } else { Urgency::Low };
        let ask = Ask::ReplaceUnsupportedSystems { systems: past.iter().map(|s| s.name.clone()).collect(), unplanned };
        push(out, urgency, 8, ask, past.iter().map(|s| s.path.clone()).collect());
    }
}

/// Appends an unranked decision.
fn push(out: &mut Vec<Decision>, urgency: Urgency, item: u8, ask: Ask, trace: Vec<String>) {
    let key = key(&ask, item);
    out.push(Decision { rank: 0, urgency, item, ask, key, trace, members: Vec::new() });
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

/// (9), (10) Each serious incident of the quarter (recurrence prevention, disclosure); a CSIRT, a drill,
/// documents and follow-ups.
fn readiness_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for x in &f.kpis.incidents.serious {
        let urgency = if x.impact >= ImpactClass::Severe { Urgency::High } else { Urgency::Medium };
        let trace = vec![x.path.clone()];
        let ask = Ask::PreventRecurrence { incident: x.id.clone(), impact: x.impact, follow_ups: x.follow_ups };
        push(out, urgency, 9, ask, trace.clone());
        let ask = Ask::DecideDisclosure { incident: x.id.clone(), impact: x.impact, lag_days: x.lag_days };
        push(out, urgency, 10, ask, trace);
    }
    let readiness = f.readiness;
    if readiness.csirt == CsirtForm::None {
        push(out, Urgency::High, 9, Ask::EstablishCsirt, vec![f.path("emergency.csirt")]);
    }
    let design = &readiness.csirt_design;
    let (disconnect, stop_services) = design.authority_missing();
    if disconnect || stop_services {
        let ask = Ask::GrantCsirtAuthority { disconnect, stop_services };
        push(out, Urgency::Medium, 9, ask, vec![design.path.clone()]);
    }
    if readiness.drills.in_year == 0 && !f.known_in_year(|h| h.drill) {
        let recorded = readiness.drills.last.as_ref().map(|l| (l.date, l.path.clone()));
        let (last, since, trace) = last_known(f, recorded, |h| h.drill, "drill");
        push(out, cap(f, Urgency::High), 9, Ask::HoldDrill { last, since }, trace);
    }
    for d in &readiness.documents {
        match d.state {
            DocumentState::Missing => {
                push(out, Urgency::High, d.kind.item(), Ask::CreateDocument { document: d.kind }, vec![d.path.clone()])
            }
            DocumentState::Unapproved => push(
                out,
                Urgency::Medium,
                d.kind.item(),
                Ask::ApproveDocument { document: d.kind },
                vec![d.path.clone()],
            ),
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

/// (5), (7) Each partner below its required maturity, never assessed, handling important information
/// on a self-report only, or overdue for review.
fn partner_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for p in &f.partners.partners {
        let sens = |hi: Urgency, lo: Urgency| if p.sensitive { hi } else { lo };
        let (partner_id, partner) = (p.id.clone(), p.name.clone());
        if let (Some(true), Some(m)) = (p.below_required, p.maturity) {
            let ask = Ask::PartnerBelowRequired {
                partner_id: partner_id.clone(),
                partner: partner.clone(),
                maturity: m,
                required: p.required_maturity,
            };
            push(out, sens(Urgency::High, Urgency::Medium), p.item, ask, vec![p.path.clone()]);
        }
        if p.never_assessed {
            let ask = Ask::AssessPartner { partner_id: partner_id.clone(), partner: partner.clone() };
            push(out, sens(Urgency::High, Urgency::Medium), p.item, ask, vec![p.path.clone()]);
        }
        if p.self_report_only {
            let ask = Ask::StrengthenPartnerEvidence { partner_id: partner_id.clone(), partner: partner.clone() };
            push(out, Urgency::Medium, p.item, ask, vec![p.path.clone()]);
        }
        if p.review_overdue && !p.never_assessed {
            let ask = Ask::ReviewPartner { partner_id, partner, days_overdue: p.days_overdue };
            push(out, sens(Urgency::Medium, Urgency::Low), p.item, ask, vec![p.path.clone()]);
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
                    .map(|p| PartnerClauses {
                        partner_id: p.id.clone(),
                        partner: p.name.clone(),
                        missing: p.missing_clauses.clone(),
                    })
                    .collect(),
            };
            let severity = if sensitive { Urgency::Medium } else { Urgency::Low };
            push(out, severity, item, ask, lacking.iter().map(|p| p.path.clone()).collect());
        }
    }
}

/// Silent months in the trailing year from which the reporting cadence becomes a decision ((4)-1): one
/// silent month is a slip the light shows; two are a habit the board should correct.
pub(crate) const SILENT_MONTHS_DECISION: usize = 2;

/// (4) Reporting cadence, audits, security tests, overdue PDCA reviews or cycles, areas never checked.
fn pdca_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let c = &f.pdca.cadence;
    if c.progress_reports < 2 {
        let s = if c.progress_reports == 0 { Urgency::High } else { Urgency::Medium };
        push(out, cap(f, s), 4, Ask::ScheduleProgressReports { count: c.progress_reports }, c.trace.clone());
    }
    if c.months_missing.len() >= SILENT_MONTHS_DECISION {
        let trace = c.silent_month_trace();
        push(out, Urgency::Medium, 4, Ask::ReportMonthly { months: c.months_missing.clone() }, trace);
    }
    if !f.pdca.audits.audit_ok && !f.known_in_year(|h| h.audit) {
        let recorded =
            last_audit(f, |k| matches!(k, AuditKind::Internal | AuditKind::External | AuditKind::StatutoryAuditor));
        let (last, since, trace) = last_known(f, recorded, |h| h.audit, "audit");
        push(out, cap(f, Urgency::Medium), 4, Ask::CommissionAudit { last, since }, trace);
    }
    if !f.pdca.audits.statutory_ok {
        let last = f.pdca.audits.last_statutory;
        push(out, Urgency::Low, 4, Ask::IncludeInStatutoryAudit { last }, vec![]);
    }
    if !f.pdca.audits.security_test_ok && !f.known_in_year(|h| h.security_test) {
        let recorded = last_audit(f, |k| matches!(k, AuditKind::VulnerabilityAssessment | AuditKind::PenetrationTest));
        let (last, since, trace) = last_known(f, recorded, |h| h.security_test, "security_test");
        push(out, cap(f, Urgency::Medium), 4, Ask::CommissionSecurityTest { last, since }, trace);
    }
    // A review past `next_review`, or an open cycle past its length (4-1): the longer delay is named.
    for a in f.pdca.areas.iter().filter(|a| a.review_overdue || a.cycle_overdue) {
        let days_overdue = a.days_overdue.max(a.cycle_days_over);
        push(out, Urgency::Medium, 4, Ask::ReviewPdca { area: a.area.clone(), days_overdue }, vec![a.path.clone()]);
        // The area's id, not its name: names may be reworded between quarters.
        if let Some(d) = out.last_mut() {
            d.key = format!("review_pdca:{}", a.id);
        }
    }
    for a in f.pdca.areas.iter().filter(|a| a.first_cycle_over) {
        push(out, Urgency::Low, 4, Ask::CheckPdca { area: a.area.clone() }, vec![a.path.clone()]);
        if let Some(d) = out.last_mut() {
            d.key = format!("check_pdca:{}", a.id);
        }
    }
}

/// When an activity last happened and where that is recorded: the export's own last record, else the
/// date known from before the first quarter (`before_first_quarter.<field>`), else nothing since the
/// export's first day. Returns (last, since, trace).
fn last_known(
    f: &Facts<'_>,
    recorded: Option<(Date, String)>,
    before: impl Fn(&BeforeFirstQuarter) -> Option<Date>,
    field: &str,
) -> (Option<Date>, Option<Date>, Vec<String>) {
    let s = f.period.snapshot();
    if let Some((date, path)) = recorded {
        return (Some(date), None, vec![path]);
    }
    match s.before_first_quarter.as_ref().and_then(before) {
        Some(date) => (Some(date), None, vec![format!("before_first_quarter.{field}")]),
        None => (None, s.quarters.first().map(|q| q.quarter.start()), Vec::new()),
    }
}

/// The latest audit of a kind `pick` accepts, up to the reference date, with its path.
fn last_audit(f: &Facts<'_>, pick: impl Fn(AuditKind) -> bool) -> Option<(Date, String)> {
    let reference = f.period.reference();
    f.period
        .history()
        .flat_map(|p| {
            let base = p.path();
            p.record().audits.iter().enumerate().map(move |(k, a)| (a, format!("{base}.audits[{k}]")))
        })
        .filter(|(a, _)| pick(a.kind) && a.date <= reference)
        .max_by_key(|(a, _)| a.date)
        .map(|(a, path)| (a.date, path))
}

/// (6) The budget; and every KPI below a target the board set: off track → medium; at risk → low, or
/// medium when it was below target (at risk or off track) the quarter before too.
fn resource_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    if f.resources.budget.approval != crate::staffing::BudgetApproval::InForce {
        push(out, Urgency::Medium, 6, Ask::ApproveBudget, vec![f.resources.budget.path.clone()]);
    }
    for (k, value, target) in f.kpis_below_target() {
        let (kpi, name, percent) = (k.id, k.name.clone(), k.unit == Unit::Percent);
        let (urgency, ask) = if k.status == Some(KpiStatus::OffTrack) {
            (Urgency::Medium, Ask::KpiOffTrack { kpi, name, value, target, percent })
        } else {
            let before = k.series.len().checked_sub(2).and_then(|i| k.series[i].status);
            let running = matches!(before, Some(KpiStatus::AtRisk | KpiStatus::OffTrack));
            let urgency = if running { Urgency::Medium } else { Urgency::Low };
            (urgency, Ask::KpiAtRisk { kpi, name, value, target, percent, running })
        };
        push(out, urgency, k.id.item(), ask, k.trace.clone());
    }
}

/// (1)–(10) Check-item targets lowered since the previous quarter, one decision per important item:
/// medium when a lowered target hides a shortfall (maturity below the former target), else low.
fn target_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for item in &f.checksheet.items {
        let cut = lowered_targets(f.checksheet, item.score.number);
        if cut.is_empty() {
            continue;
        }
        let urgency = if cut.iter().any(|(c, _)| c.hides_shortfall()) { Urgency::Medium } else { Urgency::Low };
        let trace = cut.iter().map(|(_, p)| p.clone()).collect();
        let ask = Ask::ConfirmLoweredTargets { check_items: cut.into_iter().map(|(c, _)| c).collect() };
        push(out, urgency, item.score.number, ask, trace);
    }
}

/// (1), (2) The executive's own decisions (0-4): the policy never approved (high) or approved by a
/// body that is not the executive (medium), past its review (medium), the implementation plan not
/// approved (medium), no CISO (high). Nothing when governance is not recorded.
fn governance_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let g = f.governance;
    if !g.recorded {
        return;
    }
    let trace = || vec![g.path.clone()];
    match g.policy {
        Some(PolicyState::NeverApproved) => push(out, Urgency::High, 1, Ask::ApprovePolicy { body: None }, trace()),
        Some(PolicyState::NotByExecutive) => {
            push(out, Urgency::Medium, 1, Ask::ApprovePolicy { body: g.policy_body }, trace())
        }
        Some(PolicyState::ReviewOverdue) => {
            if let Some(due) = g.policy_review_due {
                push(out, Urgency::Medium, 1, Ask::ReviewPolicy { due }, trace());
            }
        }
        _ => {}
    }
    if g.plan_approved_on.is_none() {
        push(out, Urgency::Medium, 1, Ask::ApprovePlan, trace());
    }
    if g.ciso_appointed == Some(false) {
        push(out, Urgency::High, 2, Ask::AppointCiso, trace());
    }
}

/// (4-2) Every board directive past its due date and not done, at its item (medium).
fn directive_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for d in f.board.overdue() {
        let ask = Ask::DirectiveOverdue {
            id: d.id.clone(),
            text: d.text.clone(),
            owner: d.owner.clone(),
            due: d.due,
            days_overdue: d.days_overdue,
        };
        push(out, Urgency::Medium, d.item, ask, vec![d.path.clone()]);
    }
}

/// (3), (4), (9) Overdue treatment actions, per item: high when any treats a risk above tolerance,
/// medium from [`CHASE_ACTIONS_FROM`] on the item.
fn action_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    for item in [3u8, 4, 9] {
        let overdue = f.actions.overdue_on(item);
        let above = overdue.iter().filter(|a| f.above_tolerance(a)).count();
        let urgency = if above > 0 {
            Urgency::High
        } else if overdue.len() >= CHASE_ACTIONS_FROM {
            Urgency::Medium
        } else {
            continue;
        };
        let ask = Ask::ChaseActions { actions: overdue.len(), above_tolerance: above };
        push(out, urgency, item, ask, overdue.iter().map(|a| a.path.clone()).collect());
    }
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(Urgency, "Urgency", {
    Critical => ("critical", "最重要", "Critical"),
    High => ("high", "高", "High"),
    Medium => ("medium", "中", "Medium"),
    Low => ("low", "低", "Low"),
});

/// (9), (10) Rules E1 and E2: one decision for the quarter's escalation breaches (high when one is
/// severe, else medium), one per severe personal-data leak without a regulator notice (high).
fn incident_decisions(f: &Facts<'_>, out: &mut Vec<Decision>) {
    let x = &f.readiness.incidents;
    let breached: Vec<_> = x.breached().collect();
    if !breached.is_empty() {
        let severe = breached.iter().any(|t| t.impact >= ImpactClass::Severe);
        let urgency = if severe { Urgency::High } else { Urgency::Medium };
        let ask = Ask::AddressEscalationBreaches { incidents: breached.iter().map(|t| t.id.clone()).collect(), severe };
        push(out, urgency, 9, ask, breached.iter().map(|t| t.path.clone()).collect());
    }
    for t in x.timelines.iter().filter(|t| t.regulator_missing) {
        push(out, Urgency::High, 10, Ask::NotifyRegulator { incident: t.id.clone() }, vec![t.path.clone()]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(urgency: Urgency, item: u8, ask: Ask, path: &str) -> Decision {
        let key = key(&ask, item);
        Decision { rank: 0, urgency, item, ask, key, trace: vec![path.into()], members: Vec::new() }
    }

    fn review(days: i64) -> Ask {
        Ask::ReviewPartner { partner_id: format!("P{days}"), partner: format!("p{days}"), days_overdue: days }
    }

    /// The boundary: three of a kind stay apart, the fourth groups them at the first one's place; the
    /// same ask at another severity or item is another kind; members are ordered worst first (longest
    /// overdue), ties keep their order.
    #[test]
    fn the_list_holds_at_most_twenty_entries() {
        let list = |n: usize| -> Vec<Decision> {
            (0..n)
                .map(|i| {
                    let urgency = if i < 10 { Urgency::High } else { Urgency::Low };
                    let mut d =
                        one(urgency, (i % 10) as u8 + 1, Ask::ChaseFollowUps { actions: i + 1 }, &format!("p{i}"));
                    d.rank = i + 1;
                    d
                })
                .collect()
        };
        // Twenty: unchanged.
        assert_eq!(fold_tail(list(20)), list(20));
        // Twenty-one: the 20th and 21st become the last entry, with their traces and ranks kept.
        let folded = fold_tail(list(21));
        assert_eq!(folded.len(), 20);
        assert_eq!(folded[..19], list(21)[..19]);
        let last = &folded[19];
        assert_eq!((last.rank, last.urgency, last.count()), (20, Urgency::Low, 2));
        assert_eq!(last.ask, Ask::FurtherDecisions { count: 2 });
        assert_eq!(last.trace, vec!["p19", "p20"]);
        assert_eq!(last.members.iter().map(|m| m.rank).collect::<Vec<_>>(), vec![20, 21]);
        assert_eq!(fold_tail(list(300)).len(), 20);
        assert_eq!(fold_tail(list(300))[19].count(), 281);
    }

    #[test]
    fn groups_start_at_four_of_one_kind() {
        let list = vec![
            one(Urgency::High, 3, Ask::CommissionAudit { last: None, since: None }, "a"),
            one(Urgency::Medium, 5, review(1), "r1"),
            one(Urgency::Medium, 5, Ask::ChaseFollowUps { actions: 2 }, "c"),
            one(Urgency::Medium, 5, review(9), "r9"),
            one(Urgency::Medium, 5, review(3), "r3"),
            one(Urgency::Medium, 7, review(5), "other item"),
            one(Urgency::Low, 5, review(5), "other severity"),
        ];
        // Three reviews of item 5 at medium: nothing grouped.
        let apart = group(list.clone());
        assert_eq!(apart.len(), 7);
        assert!(apart.iter().all(|d| d.members.is_empty()));
        assert_eq!(apart.iter().map(|d| d.rank).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6, 7]);
        // A fourth (tied with r3 on days) makes them one group at r1's place.
        let mut four = list;
        four.insert(5, one(Urgency::Medium, 5, review(3), "r3b"));
        let grouped = group(four);
        let paths: Vec<&str> = grouped.iter().map(|d| d.trace[0].as_str()).collect();
        assert_eq!(paths, vec!["a", "r9", "c", "other item", "other severity"]);
        let g = &grouped[1];
        assert_eq!((g.rank, g.count(), g.urgency, g.item), (2, 4, Urgency::Medium, 5));
        assert_eq!(g.trace, vec!["r9", "r3", "r3b", "r1"]);
        assert_eq!(g.members.iter().map(|m| m.rank).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
        assert_eq!(g.ask, review(9));
        assert!(g.members.iter().all(|m| m.members.is_empty()));
    }
}

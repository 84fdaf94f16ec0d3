//! The traffic light of each important item: the check sheet's verdict, raised (never lowered) by
//! what the records show. `docs/SUMMARY.md` tabulates the rules.

use serde::Serialize;

use crate::calendar::Date;
use crate::checksheet::{CheckItemScore, CheckSheet, ItemScore};
use crate::kpi::{Kpi, KpiId, KpiStatus, Kpis};
use crate::partners::{PartnerStatus, Partners};
use crate::pdca::{AuditBasis, Pdca};
use crate::period::Period;
use crate::readiness::{DocumentKind, DocumentState, Readiness};
use crate::risk::{ApprovalState, RiskView};
use crate::snapshot::{ApprovingBody, AuditKind, CsirtForm, ImpactClass, IncidentKind};
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

/// The computed sections a light is judged from.
pub(crate) struct Facts<'a> {
    pub period: &'a Period<'a>,
    pub checksheet: &'a CheckSheet,
    pub kpis: &'a Kpis,
    pub pdca: &'a Pdca,
    pub risk: &'a RiskView,
    pub partners: &'a Partners,
    pub readiness: &'a Readiness,
    pub vulnerabilities: &'a Vulnerabilities,
}

impl Facts<'_> {
    /// The first day of the export's records if they do not cover the trailing year.
    pub fn records_from(&self) -> Option<Date> {
        (!self.period.year_covered())
            .then(|| self.period.snapshot().quarters.first().map(|q| q.quarter.start()))
            .flatten()
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

    /// The major or severe incidents of the trailing year that no filed report references.
    pub fn unshared_incidents(&self) -> Vec<String> {
        let reference = self.period.reference();
        let referenced: std::collections::HashSet<&str> = self
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
    out
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
    out
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
    out
}

/// (4) Which audit was done (none: amber; internal only: shown, green), the statutory auditor's audit,
/// and a security test, in the trailing year.
fn audit_signals(f: &Facts<'_>) -> Vec<Signal> {
    let (a, from) = (&f.pdca.audits, f.records_from());
    let mut out = Vec::new();
    match a.basis {
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
    if !a.security_test_ok {
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

/// (6) Resources: an approved budget and security staff.
fn item6_resources(f: &Facts<'_>) -> Vec<Signal> {
    let record = f.period.record();
    let mut out = Vec::new();
    if record.budget.approved_on.is_none() {
        out.push(signal(Light::Amber, Reason::BudgetNotApproved, vec![f.path("budget")]));
    }
    if record.workforce.security_staff == 0 {
        out.push(signal(Light::Amber, Reason::NoSecurityStaff, vec![f.path("workforce")]));
    }
    out
}

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
    if r.drills.in_year == 0 {
        let reason = Reason::NoDrill { last: r.drills.last.as_ref().map(|l| l.date), records_from: f.records_from() };
        out.push(signal(f.year_light(Light::Red), reason, f.last_drill_trace()));
    }
    for x in &f.kpis.incidents.serious {
        let reason =
            Reason::SeriousIncidentResponse { incident: x.id.clone(), impact: x.impact, follow_ups: x.follow_ups };
        out.push(signal(serious_light(x.impact), reason, vec![x.path.clone()]));
    }
    out.extend(document_signals(9, f));
    if !r.drills.overdue_actions.is_empty() {
        let reason = Reason::FollowUpsOverdue { actions: r.drills.overdue_actions.len() };
        out.push(signal(Light::Amber, reason, f.overdue_action_trace()));
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
            signals.sort_by_key(|s| std::cmp::Reverse(s.light));
            ItemLight {
                item: item.score.number,
                title: item.score.title.clone(),
                light: signals.iter().map(|s| s.light).max().unwrap_or(Light::Green),
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

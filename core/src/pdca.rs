//! PDCA (4-1) and reporting cadence (4-2, 付録3 (4)-1 and (4)-2).
//!
//! - Per area: the current phase; days in phase, counted from the last date of the current phase
//!   (`last_plan` for *plan* …); the planned cycle length (`cycle_days`) against the actual one; the
//!   next review and whether it is overdue (`next_review` before the reference date).
//! - **Actual cycle length** ([`CycleBasis`]): the days between the area's last two distinct
//!   `last_plan` dates seen in this quarter's record and the earlier ones (plan to plan: one full
//!   cycle); failing that, the days from `last_plan` to `last_act` when the act follows the plan
//!   (plan to act: a cycle completed up to its improvement step, a lower bound); else unknown.
//! - **The open cycle's length** (4-1 フレームワーク（PDCA）のサイクル): a cycle starts with its plan
//!   (`last_plan`) and is complete once an act follows it (`last_act` ≥ `last_plan`). An open cycle
//!   (no act since its plan) is due to be complete `cycle_days` after its plan: in time on that day,
//!   **overrun** from the day after ([`PdcaArea::cycle_overdue`]), whatever `next_review` says.
//! - **Start from Check** (4-1 「PDCA を実施したことがない組織は、計画（Plan）から始めるのではなく、まずは現状の
//!   サイバーセキュリティの対策を確認（Check）することから始める」): an area is *running* once a check is on
//!   record for it (`last_check` in this quarter's record or an earlier one). An area with no check on record
//!   ([`PdcaArea::checked`] false) started from another phase ([`PdcaArea::first_phase`]) without assessing
//!   the current state; once a full cycle has passed since it was first recorded
//!   ([`PdcaArea::first_cycle_over`]) it is not a running cycle.
//! - **Reporting cadence** over the trailing year: progress reports to the executive ((4)-1 asks 2 to
//!   4 a year: fewer than 2 is flagged); the 12 calendar months ending with the reference date's month
//!   and how many reports each had ((4)-1 asks for a status report about once a month). A month
//!   counts as **reported** when any report of any kind (status, progress, incident, audit) reached
//!   the executive in it — what matters to (4)-1 is that the executive heard, not the label of the
//!   paper; a month without one is **silent**, flagged when it is complete and covered by the
//!   export's quarters; audits by kind and vulnerability assessments or penetration tests.
//! - **Audits** ((4)-2): the seed asks for an *external* audit about yearly; an internal audit by
//!   people outside the security organisation is its fallback 「外部監査の実施が困難である場合」; and
//!   asks that the statutory auditors (監査役) include cyber-security in their audit. Every kind counts
//!   as an audit of the year ([`AuditCadence::audit_ok`]); [`AuditBasis`] says which was done — an
//!   external audit, or only the fallback (internal or statutory auditor's) — and the statutory
//!   auditor's review is judged on its own ([`AuditCadence::statutory_ok`]). A vulnerability
//!   assessment or penetration test is asked for at least yearly.

use foldhash::{HashMap, HashMapExt};

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::period::Period;
use crate::snapshot::{AuditKind, PdcaCycle, Phase, ReportKind};
use crate::text::Text;
use crate::vocabulary::Term;
use crate::vocabulary::terms;

/// How an area's actual cycle length was measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CycleBasis {
    /// Between the last two plan dates the export records for the area.
    PlanToPlan,
    /// From the last plan to the last act that followed it.
    PlanToAct,
}

/// One area's PDCA cycle.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PdcaArea {
    /// The area's id.
    pub id: String,
    /// The area's name.
    pub area: Text,
    /// Current phase.
    pub phase: Phase,
    /// The last date of the current phase, if recorded.
    pub phase_since: Option<Date>,
    /// Days from `phase_since` to the reference date.
    pub days_in_phase: Option<i64>,
    /// Planned cycle length in days.
    pub planned_cycle_days: u32,
    /// Actual cycle length in days, if measurable.
    pub actual_cycle_days: Option<i64>,
    /// How the actual length was measured.
    pub cycle_basis: Option<CycleBasis>,
    /// Whether the actual cycle took longer than planned.
    pub cycle_overrun: bool,
    /// When the next review is due.
    pub next_review: Date,
    /// Whether the review is overdue (`next_review` before the reference date).
    pub review_overdue: bool,
    /// Days past `next_review` (positive when overdue).
    pub days_overdue: i64,
    /// When the open cycle (a plan without an act since) is due to be complete: `last_plan` +
    /// `cycle_days`; `None` when the cycle is complete or has no plan.
    pub cycle_due: Option<Date>,
    /// The open cycle runs past its length at the reference date (from the day after `cycle_due`).
    pub cycle_overdue: bool,
    /// Days past `cycle_due` (positive when overrun; 0 without an open cycle).
    pub cycle_days_over: i64,
    /// A check (assessment of the current state) is on record for the area, this quarter or earlier.
    pub checked: bool,
    /// The area's phase in the first quarter that records it.
    pub first_phase: Phase,
    /// The first day the export knows of the area: its earliest phase date, else the start of the
    /// first quarter recording it.
    pub first_seen: Date,
    /// Never checked and a full cycle has passed since `first_seen` (`first_seen` + `cycle_days` before
    /// the reference date).
    pub first_cycle_over: bool,
    /// JSON path, `quarters[7].pdca[2]`.
    pub path: String,
}

/// Reports to the executive in one calendar month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthReports {
    /// `2026-08`.
    pub month: String,
    /// Status reports dated in the month.
    pub status_reports: u32,
    /// Reports of any kind dated in the month (a month with one counts as reported, (4)-1).
    pub reports: u32,
    /// Whether the month has ended by the reference date.
    pub complete: bool,
    /// Whether a quarter of the export (up to this one) covers the month; uncovered months have no data.
    pub covered: bool,
    /// Complete, covered and without any report to the executive (a silent month).
    pub missing: bool,
    /// The JSON path of the `reports` of the quarter covering the month, if one does (not in the
    /// summary's JSON).
    #[serde(skip)]
    pub path: Option<String>,
    /// The month's first day (for display; not in the summary's JSON).
    #[serde(skip)]
    pub first_day: Date,
    /// Progress reports of the trailing year dated in the month (not in the summary's JSON).
    #[serde(skip)]
    pub progress_reports: u32,
}

/// How a month of the reporting strip stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthStanding {
    /// At least one report of any kind to the executive.
    Reported,
    /// Complete, covered by the export, and without any report ([`MonthReports::missing`]).
    Missing,
    /// Not over yet at the reference date, no report so far.
    InProgress,
    /// No quarter of the export covers it.
    NoData,
}

impl MonthStanding {
    /// `reported`, `missing`, `in_progress`, `no_data`.
    pub fn code(self) -> &'static str {
        match self {
            MonthStanding::Reported => "reported",
            MonthStanding::Missing => "missing",
            MonthStanding::InProgress => "in_progress",
            MonthStanding::NoData => "no_data",
        }
    }
}

impl MonthReports {
    /// How the month stands.
    pub fn standing(&self) -> MonthStanding {
        if self.missing {
            MonthStanding::Missing
        } else if self.reports > 0 {
            MonthStanding::Reported
        } else if !self.covered {
            MonthStanding::NoData
        } else {
            MonthStanding::InProgress
        }
    }
}

/// A report to the executive in the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportEntry {
    /// Date given.
    pub date: Date,
    /// Kind.
    pub kind: ReportKind,
    /// Forum.
    pub forum: String,
    /// Summary.
    pub summary: String,
    /// JSON path, `quarters[7].reports[2]`.
    pub path: String,
}

/// An audit or security test in the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Date completed.
    pub date: Date,
    /// Kind.
    pub kind: AuditKind,
    /// Who performed it.
    pub auditor: String,
    /// Scope.
    pub scope: String,
    /// JSON path, `quarters[7].audits[0]`.
    pub path: String,
}

/// Reports to the executive over the trailing year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cadence {
    /// Exclusive start of the trailing year.
    pub from: Date,
    /// The reference date (inclusive end).
    pub to: Date,
    /// Whether the export's quarters reach back over the whole year.
    pub year_covered: bool,
    /// Progress reports in the year.
    pub progress_reports: u32,
    /// At least 2 (the guideline's 2 to 4 a year).
    pub progress_ok: bool,
    /// Status reports in the year.
    pub status_reports: u32,
    /// The 12 months ending with the reference date's month, oldest first.
    pub months: Vec<MonthReports>,
    /// The silent months (complete, covered, no report of any kind), `2026-08`.
    pub months_missing: Vec<String>,
    /// Incident and audit reports in the year.
    pub other_reports: u32,
    /// Last progress report, if any (across the whole history up to this quarter).
    pub last_progress_report: Option<Date>,
    /// JSON paths of the year's progress reports.
    pub trace: Vec<String>,
    /// The year's progress, incident and audit reports (status reports are in `months`), newest first
    /// (not in the summary's JSON).
    #[serde(skip)]
    pub reports: Vec<ReportEntry>,
}

/// Which audit the trailing year had ((4)-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditBasis {
    /// An external (third-party) audit: what (4)-2 asks.
    External,
    /// Only internal or statutory auditor's audits: the seed's fallback when an external audit is
    /// difficult, shown as such.
    InternalOnly,
    /// No audit of any kind.
    None,
}

/// Audits and security tests over the trailing year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditCadence {
    /// Internal audits.
    pub internal: u32,
    /// External audits.
    pub external: u32,
    /// Audits by the corporate auditors (監査役).
    pub statutory_auditor: u32,
    /// Vulnerability assessments.
    pub vulnerability_assessments: u32,
    /// Penetration tests.
    pub penetration_tests: u32,
    /// An audit of any kind (external, internal or the statutory auditors') in the year ((4)-2).
    pub audit_ok: bool,
    /// Which audit was done: external, internal only (the fallback) or none.
    pub basis: AuditBasis,
    /// A statutory auditor's (監査役) audit in the year ((4)-2).
    pub statutory_ok: bool,
    /// Last statutory auditor's audit up to the reference date, any year.
    pub last_statutory: Option<Date>,
    /// A vulnerability assessment or penetration test in the year ((4)-2).
    pub security_test_ok: bool,
    /// Last audit of any kind (external, internal, statutory auditor's) up to the reference date, any year.
    pub last_audit: Option<Date>,
    /// Last vulnerability assessment or penetration test up to the reference date, any year.
    pub last_security_test: Option<Date>,
    /// JSON paths of the year's audits and tests.
    pub trace: Vec<String>,
    /// The year's audits and tests, newest first (not in the summary's JSON).
    #[serde(skip)]
    pub entries: Vec<AuditEntry>,
}

impl AuditCadence {
    /// Audits or tests of `kind` in the year.
    pub fn count(&self, kind: AuditKind) -> u32 {
        match kind {
            AuditKind::Internal => self.internal,
            AuditKind::External => self.external,
            AuditKind::StatutoryAuditor => self.statutory_auditor,
            AuditKind::VulnerabilityAssessment => self.vulnerability_assessments,
            AuditKind::PenetrationTest => self.penetration_tests,
        }
    }
}

/// PDCA and reporting of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pdca {
    /// The quarter.
    pub quarter: Quarter,
    /// The areas, in record order.
    pub areas: Vec<PdcaArea>,
    /// Areas whose review is overdue.
    pub overdue_reviews: usize,
    /// Reports to the executive.
    pub cadence: Cadence,
    /// Audits and tests.
    pub audits: AuditCadence,
}

fn phase_date(c: &PdcaCycle) -> Option<Date> {
    match c.phase {
        Phase::Plan => c.last_plan,
        Phase::Do => c.last_do,
        Phase::Check => c.last_check,
        Phase::Act => c.last_act,
    }
}

/// The distinct `last_plan` dates of every area id in `period`'s record and the earlier ones, sorted.
fn plan_dates<'a>(period: &Period<'a>) -> HashMap<&'a str, Vec<Date>> {
    let mut plans: HashMap<&'a str, Vec<Date>> = HashMap::new();
    for p in period.history() {
        for c in &p.record().pdca {
            if let Some(d) = c.last_plan {
                plans.entry(c.id.as_str()).or_default().push(d);
            }
        }
    }
    for dates in plans.values_mut() {
        crate::order::sort(dates);
        dates.dedup();
    }
    plans
}

/// The actual cycle length of area `c`, given the area's distinct plan dates (sorted).
fn actual_cycle(plans: &[Date], c: &PdcaCycle) -> Option<(i64, CycleBasis)> {
    if let [.., before, last] = plans {
        return Some((before.days_until(*last), CycleBasis::PlanToPlan));
    }
    match (c.last_plan, c.last_act) {
        (Some(plan), Some(act)) if act >= plan => Some((plan.days_until(act), CycleBasis::PlanToAct)),
        _ => None,
    }
}

/// One area's cycle in `period`'s quarter, given the area's distinct plan dates so far (sorted; see
/// the module's definition of the actual cycle length).
pub fn area(period: &Period<'_>, index: usize, c: &PdcaCycle, plans: &[Date]) -> PdcaArea {
    let reference = period.reference();
    let since = phase_date(c);
    let actual = actual_cycle(plans, c);
    let cycle_due =
        c.last_plan.filter(|p| c.last_act.is_none_or(|a| a < *p)).map(|p| p.add_days(i64::from(c.cycle_days)));
    let cycle_days_over = cycle_due.map_or(0, |due| due.days_until(reference));
    PdcaArea {
        cycle_due,
        cycle_overdue: cycle_days_over > 0,
        cycle_days_over,
        checked: c.last_check.is_some(),
        first_phase: c.phase,
        first_seen: period.quarter().start(),
        first_cycle_over: false,
        id: c.id.clone(),
        area: Text::with_fallback(&c.area, c.area_en.as_deref()),
        phase: c.phase,
        phase_since: since,
        days_in_phase: since.map(|d| d.days_until(reference)),
        planned_cycle_days: c.cycle_days,
        actual_cycle_days: actual.map(|a| a.0),
        cycle_basis: actual.map(|a| a.1),
        cycle_overrun: actual.is_some_and(|a| a.0 > i64::from(c.cycle_days)),
        next_review: c.next_review,
        review_overdue: c.next_review < reference,
        days_overdue: c.next_review.days_until(reference),
        path: format!("{}.pdca[{index}]", period.path()),
    }
}

fn month_key(year: u16, month: u8) -> String {
    format!("{year:04}-{month:02}")
}

/// Reports to the executive over `period`'s trailing year.
pub fn cadence(period: &Period<'_>) -> Cadence {
    let reference = period.reference();
    let reports = period.year_events("reports", |q| &q.reports, |r| r.date);
    let progress: Vec<&(crate::period::At, &crate::snapshot::ExecutiveReport)> =
        reports.iter().filter(|(_, r)| r.kind == ReportKind::Progress).collect();
    let status: Vec<Date> = reports.iter().filter(|(_, r)| r.kind == ReportKind::Status).map(|(_, r)| r.date).collect();

    let mut months = Vec::with_capacity(12);
    for back in (0..12u32).rev() {
        let first = Date::new(reference.year(), reference.month(), 1).unwrap_or(reference).minus_months(back);
        let (y, m) = (first.year(), first.month());
        let next_first = first.add_days(32);
        let last = Date::new(next_first.year(), next_first.month(), 1).map_or(first, |d| d.add_days(-1));
        let cover = period.history().find(|p| p.quarter().contains(first));
        let covered = cover.is_some();
        let in_month = |d: &Date| d.year() == y && d.month() == m;
        let status_reports = status.iter().filter(|d| in_month(d)).count() as u32;
        let progress_reports = progress.iter().filter(|(_, r)| in_month(&r.date)).count() as u32;
        let any_reports = reports.iter().filter(|(_, r)| in_month(&r.date)).count() as u32;
        let complete = last <= reference;
        months.push(MonthReports {
            month: month_key(y, m),
            status_reports,
            reports: any_reports,
            complete,
            covered,
            missing: complete && covered && any_reports == 0,
            path: cover.map(|p| format!("{}.reports", p.path())),
            first_day: first,
            progress_reports,
        });
    }
    let last_progress_report = period
        .history()
        .flat_map(|p| p.record().reports.iter())
        .filter(|r| r.kind == ReportKind::Progress && r.date <= reference)
        .map(|r| r.date)
        .max();
    Cadence {
        from: period.year_start(),
        to: reference,
        year_covered: period.year_covered(),
        progress_reports: progress.len() as u32,
        progress_ok: progress.len() >= 2,
        status_reports: status.len() as u32,
        months_missing: months.iter().filter(|m| m.missing).map(|m| m.month.clone()).collect(),
        months,
        other_reports: reports
            .iter()
            .filter(|(_, r)| matches!(r.kind, ReportKind::Incident | ReportKind::Audit))
            .count() as u32,
        last_progress_report,
        trace: progress.iter().map(|(at, _)| at.to_string()).collect(),
        reports: period
            .year_events_newest_first("reports", |q| &q.reports, |r| r.date)
            .into_iter()
            .filter(|(_, r)| r.kind != ReportKind::Status)
            .map(|(at, r)| ReportEntry {
                date: r.date,
                kind: r.kind,
                forum: r.forum.clone(),
                summary: r.summary.clone(),
                path: at.to_string(),
            })
            .collect(),
    }
}

/// Audits and security tests over `period`'s trailing year.
pub fn audits(period: &Period<'_>) -> AuditCadence {
    let reference = period.reference();
    let year = period.year_events("audits", |q| &q.audits, |a| a.date);
    let n = |kind: AuditKind| year.iter().filter(|(_, a)| a.kind == kind).count() as u32;
    let is_audit = |k: AuditKind| matches!(k, AuditKind::Internal | AuditKind::External | AuditKind::StatutoryAuditor);
    let is_test = |k: AuditKind| matches!(k, AuditKind::VulnerabilityAssessment | AuditKind::PenetrationTest);
    let last = |pred: &dyn Fn(AuditKind) -> bool| {
        period
            .history()
            .flat_map(|p| p.record().audits.iter())
            .filter(|a| pred(a.kind) && a.date <= reference)
            .map(|a| a.date)
            .max()
    };
    let (internal, external) = (n(AuditKind::Internal), n(AuditKind::External));
    let statutory = n(AuditKind::StatutoryAuditor);
    let basis = if external > 0 {
        AuditBasis::External
    } else if internal + statutory > 0 {
        AuditBasis::InternalOnly
    } else {
        AuditBasis::None
    };
    let (va, pt) = (n(AuditKind::VulnerabilityAssessment), n(AuditKind::PenetrationTest));
    AuditCadence {
        internal,
        external,
        statutory_auditor: statutory,
        vulnerability_assessments: va,
        penetration_tests: pt,
        audit_ok: basis != AuditBasis::None,
        basis,
        statutory_ok: statutory > 0,
        last_statutory: last(&|k| k == AuditKind::StatutoryAuditor),
        security_test_ok: va + pt > 0,
        last_audit: last(&is_audit),
        last_security_test: last(&is_test),
        trace: year.iter().map(|x| x.0.to_string()).collect(),
        entries: period
            .year_events_newest_first("audits", |q| &q.audits, |a| a.date)
            .into_iter()
            .map(|(at, a)| AuditEntry {
                date: a.date,
                kind: a.kind,
                auditor: a.auditor.clone(),
                scope: a.scope.clone(),
                path: at.to_string(),
            })
            .collect(),
    }
}

/// `a` with what the earlier quarters know of its area: whether it was ever checked, its first phase
/// and first day, and whether a full cycle has passed since without a check.
fn with_history(period: &Period<'_>, mut a: PdcaArea) -> PdcaArea {
    let mut first: Option<(Phase, Date)> = None;
    for p in period.history() {
        for c in p.record().pdca.iter().filter(|c| c.id == a.id) {
            a.checked |= c.last_check.is_some_and(|d| d <= period.reference());
            if first.is_none() {
                let dates = [c.last_plan, c.last_do, c.last_check, c.last_act];
                let earliest = dates.into_iter().flatten().min().unwrap_or(p.quarter().start());
                first = Some((c.phase, earliest.min(p.quarter().start())));
            }
        }
    }
    if let Some((phase, seen)) = first {
        (a.first_phase, a.first_seen) = (phase, seen);
    }
    a.first_cycle_over = !a.checked && a.first_seen.add_days(i64::from(a.planned_cycle_days)) < period.reference();
    a
}

/// PDCA and reporting of `period`'s quarter.
pub fn pdca(period: &Period<'_>) -> Pdca {
    let plans = plan_dates(period);
    let areas: Vec<PdcaArea> = period
        .record()
        .pdca
        .iter()
        .enumerate()
        .map(|(i, c)| area(period, i, c, plans.get(c.id.as_str()).map_or(&[], Vec::as_slice)))
        .map(|a| with_history(period, a))
        .collect();
    Pdca {
        quarter: period.quarter(),
        overdue_reviews: areas.iter().filter(|a| a.review_overdue).count(),
        areas,
        cadence: cadence(period),
        audits: audits(period),
    }
}

/// The label of a phase.
pub fn phase_label(phase: Phase) -> Text {
    phase.text()
}

impl Cadence {
    /// The `reports` of the quarters covering the silent months, each once (the trace of a silent
    /// month: where a report would have been recorded).
    pub fn silent_month_trace(&self) -> Vec<String> {
        let mut trace: Vec<String> = Vec::new();
        for m in self.months.iter().filter(|m| m.missing) {
            if let Some(p) = &m.path
                && !trace.contains(p)
            {
                trace.push(p.clone());
            }
        }
        trace
    }
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(AuditBasis, "AuditBasis", {
    External => ("external", "外部監査", "External audit"),
    InternalOnly => ("internal_only", "内部監査のみ（外部監査が困難な場合の代替）", "Internal only (the fallback when an external audit is difficult)"),
    None => ("none", "監査なし", "No audit"),
});
terms!(CycleBasis, "CycleBasis", {
    PlanToPlan => ("plan_to_plan", "計画→計画", "plan to plan"),
    PlanToAct => ("plan_to_act", "計画→改善（下限）", "plan to act (lower bound)"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, q, snapshot_with};
    use crate::snapshot::{Audit, ExecutiveReport};

    fn cycle(id: &str, phase: Phase, plan: Option<&str>, act: Option<&str>, next: &str) -> PdcaCycle {
        PdcaCycle {
            id: id.into(),
            area: "EC サイト".into(),
            area_en: Some("EC site".into()),
            phase,
            cycle_days: 180,
            last_plan: plan.map(d),
            last_do: Some(d("2026-02-01")),
            last_check: None,
            last_act: act.map(d),
            next_review: d(next),
        }
    }

    fn report(date: &str, kind: ReportKind) -> ExecutiveReport {
        ExecutiveReport { date: d(date), kind, forum: "経営会議".into(), summary: "報告".into() }
    }

    #[test]
    fn areas_phase_age_cycle_and_overdue_review() {
        let mut s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].pdca.push(cycle("ec", Phase::Act, Some("2025-10-01"), None, "2026-09-30"));
        s.quarters[0].pdca[0].last_do = None;
        s.quarters[1].pdca.push(cycle("ec", Phase::Do, Some("2025-10-01"), Some("2026-01-15"), "2026-09-30"));
        s.quarters[2].pdca.push(cycle("ec", Phase::Do, Some("2026-05-01"), Some("2026-01-15"), "2026-06-01"));
        s.quarters[2].pdca.push(cycle("hr", Phase::Check, Some("2026-01-10"), Some("2026-06-10"), "2026-06-30"));
        crate::fixture::assert_valid(&s);
        let p = pdca(&Period::latest(&s).unwrap());
        let ec = &p.areas[0];
        // Phase do since 2026-02-01: 149 days to 2026-06-30.
        assert_eq!((ec.phase_since, ec.days_in_phase), (Some(d("2026-02-01")), Some(149)));
        // Plans 2025-10-01 and 2026-05-01: 212 days, longer than the planned 180.
        assert_eq!(
            (ec.actual_cycle_days, ec.cycle_basis, ec.cycle_overrun),
            (Some(212), Some(CycleBasis::PlanToPlan), true)
        );
        assert!(ec.review_overdue);
        assert_eq!(ec.days_overdue, 29);
        assert_eq!(ec.area.en, "EC site");
        assert_eq!(ec.path, "quarters[2].pdca[0]");
        let hr = &p.areas[1];
        // Only one plan date: plan to act, 2026-01-10 → 2026-06-10 = 151 days.
        assert_eq!(
            (hr.actual_cycle_days, hr.cycle_basis, hr.cycle_overrun),
            (Some(151), Some(CycleBasis::PlanToAct), false)
        );
        assert_eq!(hr.phase_since, None);
        assert_eq!(hr.days_in_phase, None);
        assert!(!hr.review_overdue, "due on the reference date is not overdue");
        assert_eq!(p.overdue_reviews, 1);
        // In 2026Q1 the ec area had a plan but the act came before a second plan: plan to act.
        let q1 = pdca(&Period::new(&s, q("2026Q1")).unwrap());
        assert_eq!((q1.areas[0].actual_cycle_days, q1.areas[0].cycle_basis), (Some(106), Some(CycleBasis::PlanToAct)));
        // In 2025Q4 no act: unknown.
        let q0 = pdca(&Period::new(&s, q("2025Q4")).unwrap());
        assert_eq!(q0.areas[0].actual_cycle_days, None);
        assert_eq!(q0.areas[0].days_in_phase, None);
    }

    /// An open cycle (plan 2026-01-01, no act since, 180 days) is due 2026-06-30: in time on the
    /// reference date 2026-06-30, overrun by 1 day when the plan was a day earlier; an act after the plan
    /// closes it.
    #[test]
    fn an_open_cycle_overruns_from_the_day_after_its_length() {
        let at = |plan: &str, act: Option<&str>| {
            let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
            s.quarters[0].pdca.push(cycle("ec", Phase::Do, Some(plan), act, "2026-09-30"));
            crate::fixture::assert_valid(&s);
            let a = pdca(&Period::latest(&s).unwrap()).areas.remove(0);
            (a.cycle_due, a.cycle_overdue, a.cycle_days_over)
        };
        assert_eq!(at("2026-01-01", None), (Some(d("2026-06-30")), false, 0));
        assert_eq!(at("2025-12-31", None), (Some(d("2026-06-29")), true, 1));
        assert_eq!(at("2025-12-31", Some("2026-05-01")), (None, false, 0));
        assert!(at("2025-12-31", Some("2025-12-01")).1, "an act before the plan closes an earlier cycle");
    }

    /// Start from Check (4-1): an area with no check on record is not running; a full cycle after it was
    /// first seen (2025-10-01 + 180 = 2026-03-30) it is reported; a check in an earlier quarter counts.
    #[test]
    fn an_area_never_checked_is_not_a_running_cycle() {
        let mut s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].pdca.push(cycle("ec", Phase::Plan, Some("2025-10-01"), None, "2026-09-30"));
        s.quarters[0].pdca[0].last_do = None;
        s.quarters[1].pdca.push(cycle("ec", Phase::Do, Some("2025-10-01"), None, "2026-09-30"));
        s.quarters[2].pdca.push(cycle("ec", Phase::Do, Some("2026-04-01"), None, "2026-09-30"));
        crate::fixture::assert_valid(&s);
        let area = |q_: &str, s: &crate::snapshot::Snapshot| pdca(&Period::new(s, q(q_)).unwrap()).areas.remove(0);
        let a = area("2025Q4", &s);
        assert_eq!(
            (a.checked, a.first_phase, a.first_seen, a.first_cycle_over),
            (false, Phase::Plan, d("2025-10-01"), false)
        );
        // 2026Q1's reference 2026-03-31 is the day after the first cycle (2026-03-30).
        let a = area("2026Q1", &s);
        assert!(!a.checked && a.first_cycle_over);
        s.as_of = d("2026-03-30");
        s.quarters.truncate(2);
        assert!(!area("2026Q1", &s).first_cycle_over, "on the cycle's last day: in time");
        s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].pdca.push(cycle("ec", Phase::Plan, Some("2025-10-01"), None, "2026-09-30"));
        s.quarters[0].pdca[0].last_do = None;
        s.quarters[1].pdca.push(cycle("ec", Phase::Do, Some("2025-10-01"), None, "2026-09-30"));
        s.quarters[2].pdca.push(cycle("ec", Phase::Do, Some("2026-04-01"), None, "2026-09-30"));
        s.quarters[1].pdca[0].last_check = Some(d("2026-03-01"));
        crate::fixture::assert_valid(&s);
        let a = area("2026Q2", &s);
        assert!(a.checked && !a.first_cycle_over, "checked in an earlier quarter");
    }

    #[test]
    fn cadence_counts_progress_reports_and_status_months() {
        let mut s = snapshot_with(&["2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-05-20");
        s.quarters[1].reports.push(report("2025-11-20", ReportKind::Progress));
        s.quarters[1].reports.push(report("2025-12-01", ReportKind::Status));
        s.quarters[2].reports.push(report("2026-01-15", ReportKind::Status));
        s.quarters[2].reports.push(report("2026-01-25", ReportKind::Status));
        s.quarters[2].reports.push(report("2026-03-03", ReportKind::Incident));
        s.quarters[3].reports.push(report("2026-04-28", ReportKind::Status));
        crate::fixture::assert_valid(&s);
        let c = cadence(&Period::latest(&s).unwrap());
        assert_eq!((c.from, c.to), (d("2025-05-20"), d("2026-05-20")));
        assert!(!c.year_covered, "history starts 2025-07-01");
        assert_eq!(c.progress_reports, 1);
        assert!(!c.progress_ok);
        assert_eq!(c.status_reports, 4);
        assert_eq!(c.other_reports, 1);
        assert_eq!(c.trace, vec!["quarters[1].reports[0]"]);
        assert_eq!(c.last_progress_report, Some(d("2025-11-20")));
        let keys: Vec<&str> = c.months.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(keys.first(), Some(&"2025-06"));
        assert_eq!(keys.last(), Some(&"2026-05"));
        assert_eq!(c.months.len(), 12);
        let jan = c.months.iter().find(|m| m.month == "2026-01").unwrap();
        assert_eq!(jan.status_reports, 2);
        let june = &c.months[0];
        assert!(!june.covered && !june.missing, "June 2025 is before the export");
        let may = c.months.last().unwrap();
        assert!(!may.complete && !may.missing, "May 2026 is still running on 2026-05-20");
        // Covered complete months: Jul … Apr (10). Any report counts: status in Dec, Jan, Apr; the
        // progress report of Nov and the incident report of Mar make those months reported too → 5 silent.
        assert_eq!(c.months_missing, vec!["2025-07", "2025-08", "2025-09", "2025-10", "2026-02"]);
        let mar = c.months.iter().find(|m| m.month == "2026-03").unwrap();
        assert_eq!((mar.status_reports, mar.reports, mar.missing), (0, 1, false));
        assert_eq!(c.months[1].path.as_deref(), Some("quarters[0].reports"), "July 2025 is in 2025Q3");
        assert_eq!(june.path, None);
        // Progress reports are counted into their month; the months know their first day.
        let nov = c.months.iter().find(|m| m.month == "2025-11").unwrap();
        assert_eq!((nov.progress_reports, nov.first_day), (1, d("2025-11-01")));
        assert_eq!(c.months.iter().map(|m| m.progress_reports).sum::<u32>(), c.progress_reports);
        let standings: Vec<&str> = c.months.iter().map(|m| m.standing().code()).collect();
        assert_eq!(standings[0], "no_data");
        assert_eq!(standings[6], "reported", "December 2025");
        assert_eq!(standings[5], "reported", "November 2025: a progress report");
        assert_eq!(standings[4], "missing", "October 2025");
        assert_eq!(standings[11], "in_progress", "May 2026");
        // The listed reports: every kind but status, newest first.
        let listed: Vec<(Date, ReportKind)> = c.reports.iter().map(|r| (r.date, r.kind)).collect();
        assert_eq!(listed, vec![(d("2026-03-03"), ReportKind::Incident), (d("2025-11-20"), ReportKind::Progress)]);
        assert_eq!(c.reports[1].path, "quarters[1].reports[0]");
    }

    #[test]
    fn audits_by_kind_in_the_year() {
        let mut s = snapshot_with(&["2025Q2", "2026Q1", "2026Q2"], "2026-06-30");
        let audit = |id: &str, date: &str, kind| Audit {
            id: id.into(),
            date: d(date),
            kind,
            auditor: "監査法人".into(),
            scope: "全社".into(),
        };
        s.quarters[0].audits.push(audit("a0", "2025-06-15", AuditKind::External));
        s.quarters[1].audits.push(audit("a1", "2026-02-01", AuditKind::StatutoryAuditor));
        s.quarters[2].audits.push(audit("a2", "2026-04-01", AuditKind::PenetrationTest));
        s.quarters[2].audits.push(audit("a3", "2026-05-01", AuditKind::VulnerabilityAssessment));
        let a = audits(&Period::latest(&s).unwrap());
        assert_eq!(
            (a.internal, a.external, a.statutory_auditor, a.vulnerability_assessments, a.penetration_tests),
            (0, 0, 1, 1, 1)
        );
        // The external audit of 2025-06-15 is more than a year old; the statutory auditor's of 2026-02-01
        // counts as an audit, but only as the fallback.
        assert!(a.audit_ok);
        assert_eq!(a.basis, AuditBasis::InternalOnly);
        assert!(a.statutory_ok);
        assert_eq!(a.last_statutory, Some(d("2026-02-01")));
        assert!(a.security_test_ok);
        assert_eq!(a.last_audit, Some(d("2026-02-01")));
        assert_eq!(a.last_security_test, Some(d("2026-05-01")));
        assert_eq!(a.trace, vec!["quarters[1].audits[0]", "quarters[2].audits[0]", "quarters[2].audits[1]"]);
        // Listed newest first; counted by kind.
        let listed: Vec<&str> = a.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(listed, vec!["quarters[2].audits[1]", "quarters[2].audits[0]", "quarters[1].audits[0]"]);
        assert_eq!(a.count(AuditKind::PenetrationTest), 1);
        assert_eq!(a.count(AuditKind::External), 0);
    }
}

#[cfg(test)]
mod audit_basis_tests {
    use super::*;
    use crate::fixture::{d, snapshot_with};
    use crate::snapshot::Audit;

    fn with(records: &[(&str, AuditKind)]) -> AuditCadence {
        let mut s = snapshot_with(&["2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        for (i, (date, kind)) in records.iter().enumerate() {
            let date = d(date);
            let q = s.quarters.iter_mut().find(|q| q.quarter.contains(date)).unwrap();
            q.audits.push(Audit {
                id: format!("a{i}"),
                date,
                kind: *kind,
                auditor: "監査人".into(),
                scope: "全社".into(),
            });
        }
        crate::fixture::assert_valid(&s);
        audits(&Period::latest(&s).unwrap())
    }

    #[test]
    fn which_audit_was_done_on_the_anniversary_boundary() {
        // The year is [2025-06-30, 2026-06-30].
        let ext = with(&[("2025-06-30", AuditKind::External)]);
        assert_eq!((ext.basis, ext.audit_ok, ext.statutory_ok), (AuditBasis::External, true, false));
        let late = with(&[("2025-06-29", AuditKind::External)]);
        assert_eq!((late.basis, late.audit_ok), (AuditBasis::None, false));
        let internal = with(&[("2026-06-30", AuditKind::Internal)]);
        assert_eq!((internal.basis, internal.audit_ok), (AuditBasis::InternalOnly, true));
        let statutory = with(&[("2025-06-30", AuditKind::StatutoryAuditor)]);
        assert_eq!((statutory.basis, statutory.statutory_ok), (AuditBasis::InternalOnly, true));
        let old_statutory = with(&[("2025-06-29", AuditKind::StatutoryAuditor), ("2026-01-10", AuditKind::External)]);
        assert_eq!((old_statutory.basis, old_statutory.statutory_ok), (AuditBasis::External, false));
        assert_eq!(old_statutory.last_statutory, Some(d("2025-06-29")));
        // Security tests are not audits.
        let tests = with(&[("2026-01-10", AuditKind::PenetrationTest)]);
        assert_eq!((tests.basis, tests.audit_ok, tests.security_test_ok), (AuditBasis::None, false, true));
    }
}

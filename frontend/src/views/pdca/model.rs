//! What the PDCA view lists beside core's counts: the year's reports and audits, and the progress
//! reports per month of core's 12-month strip. Pure: the events come from
//! `csm_core::period::Period::year_events` (core decides what the trailing year holds); this module
//! only groups them by the months core chose.

use csm_core::calendar::Date;
use csm_core::pdca::{Cadence, MonthReports};
use csm_core::period::Period;
use csm_core::snapshot::{AuditKind, ReportKind};

/// How a month of the strip stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthState {
    /// At least one status report.
    Reported,
    /// Complete, covered by the export, and without a status report (core's `missing`).
    Missing,
    /// Not over yet at the reference date, no status report so far.
    InProgress,
    /// No quarter of the export covers it.
    NoData,
}

impl MonthState {
    /// `reported`, `missing`, `in_progress`, `no_data`.
    pub fn code(self) -> &'static str {
        match self {
            MonthState::Reported => "reported",
            MonthState::Missing => "missing",
            MonthState::InProgress => "in_progress",
            MonthState::NoData => "no_data",
        }
    }
}

/// One month of the reporting strip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    /// `2026-08`, as core keys it.
    pub key: String,
    /// Year.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Status reports (core's count).
    pub status_reports: u32,
    /// Progress reports dated in the month.
    pub progress_reports: u32,
    /// Its standing.
    pub state: MonthState,
}

fn key(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

fn state(m: &MonthReports) -> MonthState {
    if m.missing {
        MonthState::Missing
    } else if m.status_reports > 0 {
        MonthState::Reported
    } else if !m.covered {
        MonthState::NoData
    } else {
        MonthState::InProgress
    }
}

/// Core's 12 months with the progress reports of `period`'s trailing year counted into them.
pub fn months(period: &Period<'_>, cadence: &Cadence) -> Vec<Month> {
    let progress: Vec<String> = period
        .year_events("reports", |q| &q.reports, |r| r.date)
        .into_iter()
        .filter(|(_, r)| r.kind == ReportKind::Progress)
        .map(|(_, r)| key(r.date))
        .collect();
    cadence
        .months
        .iter()
        .map(|m| {
            let (year, month) =
                m.month.split_once('-').and_then(|(y, mo)| Some((y.parse().ok()?, mo.parse().ok()?))).unwrap_or((0, 0));
            Month {
                key: m.month.clone(),
                year,
                month,
                status_reports: m.status_reports,
                progress_reports: progress.iter().filter(|k| **k == m.month).count() as u32,
                state: state(m),
            }
        })
        .collect()
}

/// A report to the executive in the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    /// Date given.
    pub date: Date,
    /// Kind.
    pub kind: ReportKind,
    /// Forum.
    pub forum: String,
    /// Summary.
    pub summary: String,
    /// JSON path.
    pub path: String,
}

/// The trailing year's progress, incident and audit reports (status reports are in the strip), newest
/// first.
pub fn reports(period: &Period<'_>) -> Vec<ReportRow> {
    let mut rows: Vec<ReportRow> = period
        .year_events("reports", |q| &q.reports, |r| r.date)
        .into_iter()
        .filter(|(_, r)| r.kind != ReportKind::Status)
        .map(|(at, r)| ReportRow {
            date: r.date,
            kind: r.kind,
            forum: r.forum.clone(),
            summary: r.summary.clone(),
            path: at.to_string(),
        })
        .collect();
    rows.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    rows
}

/// An audit or security test in the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Date completed.
    pub date: Date,
    /// Kind.
    pub kind: AuditKind,
    /// Who performed it.
    pub auditor: String,
    /// Scope.
    pub scope: String,
    /// JSON path.
    pub path: String,
}

/// The trailing year's audits, vulnerability assessments and penetration tests, newest first.
pub fn audits(period: &Period<'_>) -> Vec<AuditRow> {
    let mut rows: Vec<AuditRow> = period
        .year_events("audits", |q| &q.audits, |a| a.date)
        .into_iter()
        .map(|(at, a)| AuditRow {
            date: a.date,
            kind: a.kind,
            auditor: a.auditor.clone(),
            scope: a.scope.clone(),
            path: at.to_string(),
        })
        .collect();
    rows.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use csm_core::pdca;
    use csm_core::snapshot;

    const SAMPLE: &[u8] = include_bytes!("../../../../samples/a-company.json");

    #[test]
    fn months_follow_core_and_count_progress_reports() {
        let s = snapshot::load(SAMPLE).unwrap();
        let period = Period::latest(&s).unwrap();
        let cadence = pdca::cadence(&period);
        let strip = months(&period, &cadence);
        assert_eq!(strip.len(), 12);
        assert_eq!(
            strip.iter().map(|m| m.key.as_str()).collect::<Vec<_>>(),
            cadence.months.iter().map(|m| m.month.as_str()).collect::<Vec<_>>()
        );
        // Every progress report of the year falls in one month of the strip.
        let progress: u32 = strip.iter().map(|m| m.progress_reports).sum();
        assert_eq!(progress, cadence.progress_reports);
        for (m, c) in strip.iter().zip(&cadence.months) {
            assert_eq!(m.status_reports, c.status_reports);
            assert_eq!(m.state == MonthState::Missing, c.missing);
            assert_eq!(format!("{:04}-{:02}", m.year, m.month), c.month);
        }
        let listed = reports(&period);
        assert_eq!(listed.iter().filter(|r| r.kind == ReportKind::Progress).count() as u32, cadence.progress_reports);
        assert!(listed.windows(2).all(|w| w[0].date >= w[1].date));
        let a = audits(&period);
        let core = pdca::audits(&period);
        assert_eq!(a.len(), core.trace.len());
        assert_eq!(a.iter().filter(|x| x.kind == AuditKind::PenetrationTest).count() as u32, core.penetration_tests);
    }

    #[test]
    fn month_states() {
        let m = |status_reports, complete, covered, missing| MonthReports {
            month: "2026-08".into(),
            status_reports,
            complete,
            covered,
            missing,
        };
        assert_eq!(state(&m(2, true, true, false)), MonthState::Reported);
        assert_eq!(state(&m(0, true, true, true)), MonthState::Missing);
        assert_eq!(state(&m(0, false, true, false)), MonthState::InProgress);
        assert_eq!(state(&m(0, true, false, false)), MonthState::NoData);
        assert_eq!(MonthState::NoData.code(), "no_data");
    }
}

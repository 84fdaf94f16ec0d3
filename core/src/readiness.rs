//! Readiness for an incident and its aftermath (8, 9, 10): the CSIRT, the reviewed documents, drills
//! and their follow-up actions, the notification list, information sharing and public disclosure.
//!
//! - A **document** is *missing* if it does not exist, *unapproved* if it has no approver
//!   (`approved_by` absent or blank: (9)-1, (9)-2 ask that CISO 等 approve it, and an unapproved list
//!   is a draft, not the list the organisation will use), *never reviewed* if it has no `last_review`,
//!   *overdue* if `last_review + interval` is before the reference date, else *current*. All but
//!   *current* count as overdue reviews.
//! - A **review interval** is *implausible* when it is longer than [`MAX_REVIEW_INTERVAL_DAYS`] (3
//!   years; validation already rejects 0 and more than 5 years): it is flagged, and judged as 3 years —
//!   a document unreviewed for more than 3 years is overdue whatever interval it claims.
//! - The **last drill** is the latest drill dated on or before the reference date in this quarter's
//!   record or any earlier one.
//! - A **follow-up action** is open while it has no `closed_on` (or closes after the reference date),
//!   and overdue when open past its `due` date.

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::period::Period;
use crate::snapshot::{
    CsirtForm, DrillScope, Membership, MembershipKind, PublicationKind, ReviewedDocument, SharingRecipient,
};
use crate::text::Text;
use crate::vocabulary::Term;
use crate::vocabulary::terms;

/// Which reviewed document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// Emergency contact list ((9)-1).
    ContactList,
    /// First-response manual ((9)-2).
    ResponseManual,
    /// List of outside parties to notify ((10)-1).
    NotificationList,
    /// Reporting route and rules up to the executive ((10)-3).
    ExecutiveReportingRules,
    /// The CSIRT's charter and operating rules ((9)-3), when the export records it.
    CsirtCharter,
}

impl DocumentKind {
    /// The document's name.
    pub fn name(self) -> Text {
        self.text()
    }

    /// The important item it serves: 9 or 10.
    pub fn item(self) -> u8 {
        match self {
            DocumentKind::ContactList | DocumentKind::ResponseManual | DocumentKind::CsirtCharter => 9,
            DocumentKind::NotificationList | DocumentKind::ExecutiveReportingRules => 10,
        }
    }
}

/// A document's review standing. Ordered worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentState {
    /// Does not exist.
    Missing,
    /// Exists without an approver.
    Unapproved,
    /// Exists, never reviewed.
    NeverReviewed,
    /// Review interval exceeded.
    Overdue,
    /// Reviewed within its interval.
    Current,
}

/// One reviewed document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentStatus {
    /// Which document.
    pub kind: DocumentKind,
    /// Its standing.
    pub state: DocumentState,
    /// Whether it exists.
    pub exists: bool,
    /// Who approved it.
    pub approved_by: Option<String>,
    /// Last review.
    pub last_review: Option<Date>,
    /// Days from the last review to the reference date.
    pub age_days: Option<i64>,
    /// Planned review interval.
    pub interval_days: u32,
    /// Whether the planned interval is implausible (over [`MAX_REVIEW_INTERVAL_DAYS`]).
    pub interval_implausible: bool,
    /// When the next review is due (`last_review + interval`).
    pub due: Option<Date>,
    /// The review is overdue (missing, never reviewed or past due).
    pub overdue: bool,
    /// JSON path.
    pub path: String,
}

/// The longest plausible review interval, 3 years; longer ones are flagged and judged as this.
pub const MAX_REVIEW_INTERVAL_DAYS: u32 = 1095;

/// Whether a document has an approver (`approved_by` present and not blank).
pub fn is_approved(d: &ReviewedDocument) -> bool {
    d.approved_by.as_deref().is_some_and(|a| !a.trim().is_empty())
}

/// The standing of a document at `reference`.
pub fn document_status(kind: DocumentKind, d: &ReviewedDocument, reference: Date, path: String) -> DocumentStatus {
    let interval = d.review_interval_days.min(MAX_REVIEW_INTERVAL_DAYS);
    let due = d.last_review.map(|r| r.add_days(i64::from(interval)));
    let state = if !d.exists {
        DocumentState::Missing
    } else if !is_approved(d) {
        DocumentState::Unapproved
    } else {
        match due {
            None => DocumentState::NeverReviewed,
            Some(due) if due < reference => DocumentState::Overdue,
            Some(_) => DocumentState::Current,
        }
    };
    DocumentStatus {
        kind,
        state,
        exists: d.exists,
        approved_by: d.approved_by.clone(),
        last_review: d.last_review,
        age_days: d.last_review.map(|r| r.days_until(reference)),
        interval_days: d.review_interval_days,
        interval_implausible: d.review_interval_days > MAX_REVIEW_INTERVAL_DAYS,
        due,
        overdue: state != DocumentState::Current,
        path,
    }
}

/// The last drill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastDrill {
    /// Date held.
    pub date: Date,
    /// Days from it to the reference date.
    pub days_ago: i64,
    /// Scenario.
    pub scenario: String,
    /// Scope.
    pub scope: DrillScope,
    /// JSON path.
    pub path: String,
}

/// An overdue follow-up action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverdueAction {
    /// Its id.
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// Due date.
    pub due: Date,
    /// Days past due.
    pub days_overdue: i64,
    /// JSON path.
    pub path: String,
}

/// Drills and follow-ups.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drills {
    /// The last drill up to the reference date, any year.
    pub last: Option<LastDrill>,
    /// Drills in the trailing year.
    pub in_year: usize,
    /// Whether a drill in the trailing year included the executive.
    pub executive_in_year: bool,
    /// Open follow-up actions.
    pub open_actions: usize,
    /// Open follow-up actions past due.
    pub overdue_actions: Vec<OverdueAction>,
}

/// Information sharing (8).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sharing {
    /// Alert sources watched.
    pub alert_sources: usize,
    /// Communities joined.
    pub communities: usize,
    /// Bodies, in record order.
    pub bodies: Vec<String>,
    /// Reports filed in the trailing year.
    pub reports_in_year: usize,
    /// Of which to IPA or JPCERT/CC.
    pub reports_to_ipa_or_jpcert: usize,
    /// JSON paths of the year's reports.
    pub trace: Vec<String>,
    /// Memberships and watched sources of the quarter, in record order (not in the summary's JSON).
    #[serde(skip)]
    pub memberships: Vec<Membership>,
    /// Reports filed in the trailing year, newest first (not in the summary's JSON).
    #[serde(skip)]
    pub filed: Vec<FiledReport>,
}

/// A report filed with an outside body in the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiledReport {
    /// Date filed.
    pub date: Date,
    /// Recipient.
    pub to: SharingRecipient,
    /// Subject.
    pub subject: String,
    /// The incident it concerns.
    pub incident: Option<String>,
    /// JSON path.
    pub path: String,
}

/// A public document about cyber-security ((4)-4) of the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationEntry {
    /// Date published.
    pub date: Date,
    /// Kind.
    pub kind: PublicationKind,
    /// Title.
    pub title: String,
    /// The URL as recorded.
    pub url: Option<String>,
    /// The URL if it may be a link ([`safe_link`]).
    pub link: Option<String>,
    /// JSON path.
    pub path: String,
}

/// The URL of a publication if it may become a link: `http://` or `https://` (any case) followed by
/// a host, with no whitespace or control character. Anything else (`javascript:`, `data:`, relative
/// paths, `//host`) is shown as text.
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..)?
    } else if lower.starts_with("http://") {
        url.get(7..)?
    } else {
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (clean && !host.is_empty() && !host.starts_with('@')).then_some(url)
}

/// Notification readiness (10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    /// The notification list exists.
    pub list_present: bool,
    /// The list includes the police.
    pub includes_police: bool,
    /// Report formats prepared.
    pub report_formats: Vec<String>,
    /// Public documents about cyber-security ((4)-4) in the trailing year.
    pub publications_in_year: usize,
    /// Those documents, newest first (not in the summary's JSON).
    #[serde(skip)]
    pub publications: Vec<PublicationEntry>,
}

/// Staff above which outside forensics must be arranged: larger than the 中小企業基本法's small and
/// medium enterprise (製造業その他: 300 staff or fewer). (9)-3 asks for 「外部の専門家（コンピュータ
/// フォレンジックス等）へ依頼する体制」 必要に応じて; 6-1 names forensics among the specialist work a
/// company without such people outsources. At the scale of a group of hundreds of staff and more, the
/// need is not in doubt.
pub const FORENSICS_STAFF_THRESHOLD: u32 = 300;

/// The CSIRT's design ((9)-3, 9-2, 表9-1): its authority, the criteria to stop and restore services and
/// the outside forensics it can call. `None`: not recorded (the item says so; no light from it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CsirtDesign {
    /// Whether the charter is recorded (its standing is among [`Readiness::documents`]).
    pub charter_recorded: bool,
    /// Authority to disconnect networks from the outside.
    pub authority_to_disconnect: Option<bool>,
    /// Authority to stop an attacked service.
    pub authority_to_stop_services: Option<bool>,
    /// Criteria to stop a service set in advance.
    pub stop_criteria: Option<bool>,
    /// Criteria to restore a service set in advance.
    pub restore_criteria: Option<bool>,
    /// Staff at the quarter's end (`workforce.staff`).
    pub staff: u32,
    /// Whether outside forensics is expected at this scale (staff over [`FORENSICS_STAFF_THRESHOLD`]).
    pub forensics_expected: bool,
    /// Expected and not arranged (`external_forensics` false): the item's amber.
    pub forensics_missing: bool,
    /// Whether the export records none of the design's fields (charter, authorities, criteria).
    pub nothing_recorded: bool,
    /// JSON path of the emergency section.
    pub path: String,
}

impl CsirtDesign {
    /// The design recorded for `e` at a company of `staff`, at JSON path `path`.
    pub fn of(e: &crate::snapshot::EmergencyReadiness, staff: u32, path: String) -> CsirtDesign {
        let flags = [e.authority_to_disconnect, e.authority_to_stop_services, e.stop_criteria, e.restore_criteria];
        CsirtDesign {
            charter_recorded: e.csirt_charter.is_some(),
            authority_to_disconnect: e.authority_to_disconnect,
            authority_to_stop_services: e.authority_to_stop_services,
            stop_criteria: e.stop_criteria,
            restore_criteria: e.restore_criteria,
            staff,
            forensics_expected: staff > FORENSICS_STAFF_THRESHOLD,
            forensics_missing: staff > FORENSICS_STAFF_THRESHOLD && !e.external_forensics,
            nothing_recorded: e.csirt_charter.is_none() && flags.iter().all(Option::is_none),
            path,
        }
    }

    /// The authorities recorded as not held: `(disconnect, stop services)`.
    pub fn authority_missing(&self) -> (bool, bool) {
        (self.authority_to_disconnect == Some(false), self.authority_to_stop_services == Some(false))
    }

    /// The criteria recorded as not set: `(stop, restore)`.
    pub fn criteria_missing(&self) -> (bool, bool) {
        (self.stop_criteria == Some(false), self.restore_criteria == Some(false))
    }

    /// Whether any of the design's fields is not recorded.
    pub fn partly_recorded(&self) -> bool {
        !self.charter_recorded
            || [
                self.authority_to_disconnect,
                self.authority_to_stop_services,
                self.stop_criteria,
                self.restore_criteria,
            ]
            .iter()
            .any(Option::is_none)
    }
}

/// Readiness in one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    /// The quarter.
    pub quarter: Quarter,
    /// CSIRT form.
    pub csirt: CsirtForm,
    /// CSIRT members.
    pub csirt_members: u32,
    /// Outside forensics contracted.
    pub external_forensics: bool,
    /// The reviewed documents: contact list, response manual, notification list, reporting rules, and
    /// the CSIRT charter when recorded.
    pub documents: Vec<DocumentStatus>,
    /// The CSIRT's design (charter, authority, stop and restore criteria, forensics at scale).
    pub csirt_design: CsirtDesign,
    /// Drills and follow-ups.
    pub drills: Drills,
    /// Notification readiness.
    pub notification: Notification,
    /// Information sharing.
    pub sharing: Sharing,
    /// The quarter's incident timelines, the category trend and the disclosure plan.
    pub incidents: crate::incident::Incidents,
}

/// The label of a CSIRT form.
pub fn csirt_label(c: CsirtForm) -> Text {
    c.text()
}

/// Readiness in `period`'s quarter.
pub fn readiness(period: &Period<'_>) -> Readiness {
    let r = period.record();
    let reference = period.reference();
    let base = period.path();
    let e = &r.emergency;
    let dsc = &r.disclosure;
    let mut documents = vec![
        document_status(
            DocumentKind::ContactList,
            &e.contact_list,
            reference,
            format!("{base}.emergency.contact_list"),
        ),
        document_status(
            DocumentKind::ResponseManual,
            &e.response_manual,
            reference,
            format!("{base}.emergency.response_manual"),
        ),
        document_status(
            DocumentKind::NotificationList,
            &dsc.notification_list,
            reference,
            format!("{base}.disclosure.notification_list"),
        ),
        document_status(
            DocumentKind::ExecutiveReportingRules,
            &dsc.executive_reporting_rules,
            reference,
            format!("{base}.disclosure.executive_reporting_rules"),
        ),
    ];
    if let Some(charter) = &e.csirt_charter {
        let path = format!("{base}.emergency.csirt_charter");
        documents.push(document_status(DocumentKind::CsirtCharter, charter, reference, path));
    }
    let csirt_design = CsirtDesign::of(e, r.workforce.staff, format!("{base}.emergency"));

    let mut last: Option<LastDrill> = None;
    for p in period.history() {
        for (j, dr) in p.record().emergency.drills.iter().enumerate() {
            if dr.date <= reference && last.as_ref().is_none_or(|l| dr.date >= l.date) {
                last = Some(LastDrill {
                    date: dr.date,
                    days_ago: dr.date.days_until(reference),
                    scenario: dr.scenario.clone(),
                    scope: dr.scope,
                    path: format!("{}.emergency.drills[{j}]", p.path()),
                });
            }
        }
    }
    let year_drills = period.year_events("emergency.drills", |q| &q.emergency.drills, |x| x.date);
    let open: Vec<(usize, &crate::snapshot::FollowUp)> =
        e.follow_ups.iter().enumerate().filter(|(_, f)| f.closed_on.is_none_or(|c| c > reference)).collect();
    let overdue_actions = open
        .iter()
        .filter(|(_, f)| f.due < reference)
        .map(|(j, f)| OverdueAction {
            id: f.id.clone(),
            title: f.title.clone(),
            due: f.due,
            days_overdue: f.due.days_until(reference),
            path: format!("{base}.emergency.follow_ups[{j}]"),
        })
        .collect();

    let publications: Vec<PublicationEntry> = period
        .year_events_newest_first("disclosure.publications", |q| &q.disclosure.publications, |x| x.date)
        .into_iter()
        .map(|(at, p)| PublicationEntry {
            date: p.date,
            kind: p.kind,
            title: p.title.clone(),
            url: p.url.clone(),
            link: p.url.as_deref().and_then(safe_link).map(str::to_owned),
            path: at.to_string(),
        })
        .collect();
    let is = &r.information_sharing;
    let filed =
        period.year_events("information_sharing.reports_filed", |q| &q.information_sharing.reports_filed, |x| x.date);
    let incidents = crate::incident::incidents(period, publications.len());
    Readiness {
        incidents,
        quarter: period.quarter(),
        csirt: e.csirt,
        csirt_members: e.csirt_members,
        external_forensics: e.external_forensics,
        documents,
        csirt_design,
        drills: Drills {
            last,
            in_year: year_drills.len(),
            executive_in_year: year_drills.iter().any(|(_, x)| x.scope == DrillScope::Executive),
            open_actions: open.len(),
            overdue_actions,
        },
        notification: Notification {
            list_present: dsc.notification_list.exists,
            includes_police: dsc.includes_police,
            report_formats: dsc.report_formats.clone(),
            publications_in_year: publications.len(),
            publications,
        },
        sharing: Sharing {
            alert_sources: is.memberships.iter().filter(|m| m.kind == MembershipKind::AlertSource).count(),
            communities: is.memberships.iter().filter(|m| m.kind == MembershipKind::Community).count(),
            bodies: is.memberships.iter().map(|m| m.body.clone()).collect(),
            reports_in_year: filed.len(),
            reports_to_ipa_or_jpcert: filed
                .iter()
                .filter(|(_, x)| matches!(x.to, SharingRecipient::Ipa | SharingRecipient::JpcertCc))
                .count(),
            trace: filed.iter().map(|x| x.0.to_string()).collect(),
            memberships: is.memberships.clone(),
            filed: period
                .year_events_newest_first(
                    "information_sharing.reports_filed",
                    |q| &q.information_sharing.reports_filed,
                    |x| x.date,
                )
                .into_iter()
                .map(|(at, x)| FiledReport {
                    date: x.date,
                    to: x.to,
                    subject: x.subject.clone(),
                    incident: x.incident.clone(),
                    path: at.to_string(),
                })
                .collect(),
        },
    }
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(DocumentKind, "DocumentKind", {
    ContactList => ("contact_list", "緊急連絡先", "Emergency contact list"),
    ResponseManual => ("response_manual", "初動対応マニュアル", "First-response manual"),
    NotificationList => ("notification_list", "組織外の報告先リスト", "Outside notification list"),
    ExecutiveReportingRules => ("executive_reporting_rules", "経営者への報告ルール", "Executive reporting rules"),
    CsirtCharter => ("csirt_charter", "CSIRTの規程・運営ルール", "CSIRT charter and operating rules"),
});
terms!(DocumentState, "DocumentState", {
    Missing => ("missing", "未整備", "Missing"),
    Unapproved => ("unapproved", "未承認", "Not approved"),
    NeverReviewed => ("never_reviewed", "見直し実績なし", "Never reviewed"),
    Overdue => ("overdue", "見直し期限超過", "Review overdue"),
    Current => ("current", "期限内", "Current"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, snapshot_with};
    use crate::snapshot::{Drill, FollowUp, Membership, SharingReport};

    fn doc(exists: bool, last: Option<&str>, interval: u32) -> ReviewedDocument {
        ReviewedDocument {
            exists,
            approved_by: exists.then(|| "CISO".into()),
            last_review: last.map(d),
            review_interval_days: interval,
        }
    }

    #[test]
    fn document_states() {
        let reference = d("2026-06-30");
        let st = |x: &ReviewedDocument| document_status(DocumentKind::ContactList, x, reference, String::new());
        assert_eq!(st(&doc(false, None, 365)).state, DocumentState::Missing);
        assert_eq!(st(&doc(true, None, 365)).state, DocumentState::NeverReviewed);
        // 2025-06-30 + 365 = 2026-06-30: due on the reference date, still current.
        let current = st(&doc(true, Some("2025-06-30"), 365));
        assert_eq!((current.state, current.overdue, current.age_days), (DocumentState::Current, false, Some(365)));
        assert_eq!(current.due, Some(d("2026-06-30")));
        let late = st(&doc(true, Some("2025-06-29"), 365));
        assert_eq!((late.state, late.overdue), (DocumentState::Overdue, true));
        assert!(st(&doc(true, None, 365)).overdue);
    }

    #[test]
    fn an_unapproved_document_is_not_current() {
        let reference = d("2026-06-30");
        let st = |x: &ReviewedDocument| document_status(DocumentKind::ResponseManual, x, reference, String::new());
        let mut x = doc(true, Some("2026-01-05"), 365);
        assert_eq!(st(&x).state, DocumentState::Current);
        x.approved_by = None;
        let s = st(&x);
        assert_eq!((s.state, s.overdue, s.approved_by), (DocumentState::Unapproved, true, None));
        x.approved_by = Some("  ".into());
        assert_eq!(st(&x).state, DocumentState::Unapproved, "a blank approver is no approver");
        // Missing wins over unapproved.
        x.exists = false;
        assert_eq!(st(&x).state, DocumentState::Missing);
    }

    #[test]
    fn implausible_review_intervals_are_flagged_and_capped_at_three_years() {
        let reference = d("2026-06-30");
        let st = |x: &ReviewedDocument| document_status(DocumentKind::ContactList, x, reference, String::new());
        // 1 day and exactly 3 years are plausible; one day more is not.
        assert!(!st(&doc(true, Some("2026-06-30"), 1)).interval_implausible);
        assert!(!st(&doc(true, Some("2026-06-30"), 1095)).interval_implausible);
        let long = st(&doc(true, Some("2023-07-01"), 1096));
        assert!(long.interval_implausible);
        // Judged as 3 years: 2023-07-01 + 1095 = 2026-06-30, due on the reference date: current; the day
        // before is overdue although 1096 days would not be.
        assert_eq!((long.state, long.due), (DocumentState::Current, Some(d("2026-06-30"))));
        let older = st(&doc(true, Some("2023-06-30"), 3650));
        assert_eq!((older.state, older.due), (DocumentState::Overdue, Some(d("2026-06-29"))));
    }

    #[test]
    fn drills_follow_ups_sharing_and_notification() {
        let mut s = snapshot_with(&["2025Q1", "2025Q3", "2026Q2"], "2026-06-30");
        let drill = |id: &str, date: &str, scope| Drill {
            id: id.into(),
            date: d(date),
            scenario: "ランサムウェア".into(),
            scope,
        };
        s.quarters[0].emergency.drills.push(drill("d0", "2025-02-01", DrillScope::Executive));
        s.quarters[1].emergency.drills.push(drill("d1", "2025-08-20", DrillScope::Team));
        let r = &mut s.quarters[2];
        r.emergency.follow_ups = vec![
            FollowUp {
                id: "f1".into(),
                source: "d1".into(),
                title: "連絡網更新".into(),
                due: d("2026-03-31"),
                closed_on: None,
            },
            FollowUp {
                id: "f2".into(),
                source: "d1".into(),
                title: "手順修正".into(),
                due: d("2026-09-30"),
                closed_on: None,
            },
            FollowUp {
                id: "f3".into(),
                source: "d0".into(),
                title: "訓練".into(),
                due: d("2025-03-31"),
                closed_on: Some(d("2025-04-10")),
            },
        ];
        r.emergency.contact_list = doc(true, Some("2026-01-05"), 180);
        r.disclosure.includes_police = true;
        r.disclosure.notification_list = doc(true, Some("2026-01-05"), 365);
        r.disclosure.report_formats = vec!["個人情報保護委員会".into()];
        r.information_sharing.memberships = vec![
            Membership {
                id: "m1".into(),
                body: "JPCERT/CC".into(),
                kind: MembershipKind::AlertSource,
                contact: "情シス".into(),
                since: d("2024-01-01"),
            },
            Membership {
                id: "m2".into(),
                body: "J-CSIP".into(),
                kind: MembershipKind::Community,
                contact: "CISO".into(),
                since: d("2024-01-01"),
            },
        ];
        r.information_sharing.reports_filed.push(SharingReport {
            date: d("2026-05-01"),
            to: SharingRecipient::Ipa,
            subject: "届出".into(),
            incident: None,
        });
        crate::fixture::assert_valid(&s);
        let x = readiness(&Period::latest(&s).unwrap());
        let last = x.drills.last.as_ref().unwrap();
        assert_eq!(
            (last.date, last.days_ago, last.path.as_str()),
            (d("2025-08-20"), 314, "quarters[1].emergency.drills[0]")
        );
        assert_eq!(x.drills.in_year, 1);
        assert!(!x.drills.executive_in_year, "the executive drill of 2025-02-01 is outside the year");
        assert_eq!(x.drills.open_actions, 2);
        assert_eq!(x.drills.overdue_actions.len(), 1);
        assert_eq!((x.drills.overdue_actions[0].id.as_str(), x.drills.overdue_actions[0].days_overdue), ("f1", 91));
        assert_eq!(x.documents[0].state, DocumentState::Current); // 2026-01-05 + 180 = 2026-07-04
        assert_eq!(x.documents[1].state, DocumentState::Missing);
        assert_eq!(x.documents[2].path, "quarters[2].disclosure.notification_list");
        assert!(x.notification.list_present && x.notification.includes_police);
        assert_eq!(
            (
                x.sharing.alert_sources,
                x.sharing.communities,
                x.sharing.reports_in_year,
                x.sharing.reports_to_ipa_or_jpcert
            ),
            (1, 1, 1, 1)
        );
        assert_eq!(x.sharing.trace, vec!["quarters[2].information_sharing.reports_filed[0]"]);
        assert_eq!(x.csirt, CsirtForm::None);
        // What the view lists: memberships in record order, the year's filed reports.
        let bodies: Vec<&str> = x.sharing.memberships.iter().map(|m| m.body.as_str()).collect();
        assert_eq!(bodies, x.sharing.bodies);
        assert_eq!(x.sharing.filed.len(), x.sharing.reports_in_year);
        assert_eq!(x.sharing.filed[0].path, "quarters[2].information_sharing.reports_filed[0]");
        assert_eq!(x.notification.publications.len(), x.notification.publications_in_year);
    }

    #[test]
    fn lists_match_counts_on_both_samples() {
        for bytes in [
            include_bytes!("../../samples/a-company.json").as_slice(),
            include_bytes!("../../samples/b-company.json").as_slice(),
        ] {
            let s = crate::snapshot::load(bytes).unwrap();
            for i in 0..s.quarters.len() {
                let x = readiness(&Period::at(&s, i).unwrap());
                assert_eq!(x.sharing.filed.len(), x.sharing.reports_in_year);
                assert_eq!(x.notification.publications.len(), x.notification.publications_in_year);
                assert!(x.sharing.filed.windows(2).all(|w| w[0].date >= w[1].date));
                assert!(x.notification.publications.windows(2).all(|w| w[0].date >= w[1].date));
                for p in &x.notification.publications {
                    assert_eq!(p.link.is_some(), p.url.as_deref().is_some_and(|u| u.starts_with("http")));
                }
            }
        }
    }

    #[test]
    fn only_http_and_https_become_links() {
        assert_eq!(
            safe_link("https://a-commerce.example/security/2026"),
            Some("https://a-commerce.example/security/2026")
        );
        assert_eq!(safe_link("  HTTP://Example.com  "), Some("HTTP://Example.com"));
        assert_eq!(safe_link("http://example.com?x=1"), Some("http://example.com?x=1"));
        for bad in [
            "javascript:alert(1)",
            "JavaScript://example.com/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "ftp://example.com/file",
            "//example.com/x",
            "/security/2026",
            "example.com",
            "https://",
            "https:///path",
            "http://@evil",
            "https://exa mple.com",
            "https://example.com/\u{0}",
            "",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
    }
}

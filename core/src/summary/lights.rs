//! The traffic light of each important item: the check sheet's verdict, raised (never lowered) by
//! what the records show. `docs/SUMMARY.md` tabulates the rules.

use serde::Serialize;

use crate::calendar::Date;
use crate::checksheet::{CheckSheet, ItemScore};
use crate::kpi::{Kpi, KpiId, KpiStatus, Kpis};
use crate::partners::{PartnerStatus, Partners};
use crate::pdca::Pdca;
use crate::period::Period;
use crate::readiness::{DocumentKind, DocumentState, Readiness};
use crate::risk::{ApprovalState, RiskView};
use crate::snapshot::{ApprovingBody, CsirtForm, ImpactClass, IncidentKind, Language};
use crate::text::Text;
use crate::vocabulary::Term;

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

impl Light {
    /// The label in `lang` ([`Term::label`]; inherent so callers need not import the trait).
    pub fn label(self, lang: Language) -> &'static str {
        Term::label(self, lang)
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
    /// Some check items are below target; the mean is within 1 level of the mean target.
    BelowTarget {
        /// The check items below target.
        check_items: Vec<CheckGap>,
        /// Mean maturity.
        maturity: f64,
        /// Mean target.
        target: f64,
    },
    /// The mean maturity is more than 1 level below the mean target.
    FarBelowTarget {
        /// The check items below target.
        check_items: Vec<CheckGap>,
        /// Mean maturity.
        maturity: f64,
        /// Mean target.
        target: f64,
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
    /// Fewer than 2 progress reports to the executive in the trailing year.
    FewProgressReports {
        /// How many there were.
        count: u32,
        /// First day of the export's records when they do not cover the whole year.
        records_from: Option<Date>,
    },
    /// Complete months of the trailing year without a status report to the executive.
    StatusMonthsMissing {
        /// The months, `2026-02`.
        months: Vec<String>,
    },
    /// PDCA areas whose review is overdue.
    PdcaReviewOverdue {
        /// Area names.
        areas: Vec<Text>,
    },
    /// No internal or external audit in the trailing year.
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
    /// Follow-up actions from drills or incidents past due.
    FollowUpsOverdue {
        /// How many.
        actions: usize,
    },
    /// The notification list does not include the police.
    PoliceNotListed,
    /// No report formats prepared.
    NoReportFormats,
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

    /// The off-track KPIs that have a value and a target, with them.
    pub fn off_track_kpis(&self) -> impl Iterator<Item = (&Kpi, f64, f64)> {
        self.kpis
            .kpis
            .iter()
            .filter(|k| k.status == Some(KpiStatus::OffTrack))
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

fn checksheet_signals(item: &ItemScore, sheet: &CheckSheet) -> Vec<Signal> {
    let s = &item.score;
    let mine = || sheet.check_items.iter().filter(|c| c.item == s.number);
    let below: Vec<CheckGap> = mine()
        .filter(|c| c.gap > 0)
        .map(|c| CheckGap { id: c.id.clone(), maturity: c.maturity, target: c.target })
        .collect();
    let below_trace: Vec<String> = mine().filter(|c| c.gap > 0).map(|c| c.path.clone()).collect();
    let mut out = Vec::new();
    if below.is_empty() {
        out.push(Signal {
            light: Light::Green,
            reason: Reason::MeetsTarget { maturity: s.maturity, target: s.target },
            trace: vec![],
        });
    } else if s.gap > 1.0 {
        out.push(Signal {
            light: Light::Red,
            reason: Reason::FarBelowTarget { check_items: below, maturity: s.maturity, target: s.target },
            trace: below_trace,
        });
    } else {
        out.push(Signal {
            light: Light::Amber,
            reason: Reason::BelowTarget { check_items: below, maturity: s.maturity, target: s.target },
            trace: below_trace,
        });
    }
    let fell: Vec<&crate::checksheet::CheckItemScore> = mine().filter(|c| c.change.is_some_and(|x| x < 0)).collect();
    if !fell.is_empty() {
        out.push(Signal {
            light: Light::Amber,
            reason: Reason::Fell {
                check_items: fell
                    .iter()
                    .map(|c| CheckFall { id: c.id.clone(), from: c.previous.unwrap_or(c.maturity), to: c.maturity })
                    .collect(),
            },
            trace: fell.iter().map(|c| c.path.clone()).collect(),
        });
    }
    out
}

fn kpi_signals(item: u8, f: &Facts<'_>) -> Vec<Signal> {
    f.off_track_kpis()
        .filter(|(k, _, _)| k.id.item() == item)
        .map(|(k, value, target)| {
            let percent = k.unit == crate::kpi::Unit::Percent;
            let reason = Reason::KpiOffTrack { kpi: k.id, name: k.name.clone(), value, target, percent };
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
/// data), overdue for review, or lacking contract clauses.
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
            |p| p.sensitive == sensitive && p.below_required.is_none(),
            |partners| Reason::PartnersNeverAssessed { partners, sensitive },
        ));
    }
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
    f.readiness
        .documents
        .iter()
        .filter(|d| d.kind.item() == item && d.state != DocumentState::Current)
        .map(|d| {
            if d.state == DocumentState::Missing {
                Signal {
                    light: Light::Red,
                    reason: Reason::DocumentMissing { document: d.kind },
                    trace: vec![d.path.clone()],
                }
            } else {
                Signal {
                    light: Light::Amber,
                    reason: Reason::DocumentReviewOverdue {
                        document: d.kind,
                        state: d.state,
                        last_review: d.last_review,
                    },
                    trace: vec![d.path.clone()],
                }
            }
        })
        .collect()
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
    if f.kpis.get(KpiId::Assessments).and_then(|k| k.value) == Some(0.0) {
        out.push(signal(f.year_light(Light::Amber), Reason::NoAssessment { records_from: f.records_from() }, vec![]));
    }
    out
}

/// (4) PDCA: reporting cadence, overdue reviews, audits and security tests.
fn item4_pdca(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = Vec::new();
    let c = &f.pdca.cadence;
    if c.progress_reports < 2 {
        let light = if c.progress_reports == 0 { Light::Red } else { Light::Amber };
        let reason = Reason::FewProgressReports { count: c.progress_reports, records_from: f.records_from() };
        out.push(signal(f.year_light(light), reason, c.trace.clone()));
    }
    if !c.months_missing.is_empty() {
        out.push(signal(Light::Amber, Reason::StatusMonthsMissing { months: c.months_missing.clone() }, vec![]));
    }
    let overdue: Vec<_> = f.pdca.areas.iter().filter(|a| a.review_overdue).collect();
    if !overdue.is_empty() {
        let areas = overdue.iter().map(|a| a.area.clone()).collect();
        out.push(signal(Light::Amber, Reason::PdcaReviewOverdue { areas }, paths(&overdue, |a| &a.path)));
    }
    out.extend(audit_signals(f));
    out
}

/// (4) No audit or no security test in the trailing year.
fn audit_signals(f: &Facts<'_>) -> Vec<Signal> {
    let (a, from) = (&f.pdca.audits, f.records_from());
    let mut out = Vec::new();
    if !a.audit_ok {
        let reason = Reason::NoAudit { last: a.last_audit, records_from: from };
        out.push(signal(f.year_light(Light::Amber), reason, vec![]));
    }
    if !a.security_test_ok {
        let reason = Reason::NoSecurityTest { last: a.last_security_test, records_from: from };
        out.push(signal(f.year_light(Light::Amber), reason, vec![]));
    }
    out
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

/// (8) Information sharing: a membership, and major incidents reported outside.
fn item8_sharing(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = Vec::new();
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

/// (9) Incident response: a CSIRT, a drill in the trailing year, documents and follow-ups.
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
    out.extend(document_signals(9, f));
    if !r.drills.overdue_actions.is_empty() {
        let reason = Reason::FollowUpsOverdue { actions: r.drills.overdue_actions.len() };
        out.push(signal(Light::Amber, reason, f.overdue_action_trace()));
    }
    out
}

/// (10) Disclosure: documents, the police on the notification list, report formats.
fn item10_disclosure(f: &Facts<'_>) -> Vec<Signal> {
    let mut out = document_signals(10, f);
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

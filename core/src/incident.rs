//! The incident timeline (issue 15 item 4; (4)-1, 4-2, 9 エスカレーション基準, 10-1) and disclosure readiness
//! (issue 16 item 6; 10-1, 10-2, 表10-1, 0-5 問い③, (4)-4).
//!
//! - **Detection** is `detected_on`, else the incident's `date`. Every lag runs from it.
//! - **Escalation** (rule E1): an incident (not a near-miss) whose class has a limit in the quarter's
//!   `disclosure.escalation_days` is *in time* when reported to the executive within the limit (a lag
//!   equal to the limit is in time), a *breach* when reported later, or when still unreported more than
//!   the limit's days after detection at the reference date; *pending* while unreported within the
//!   limit. Without a limit for its class the verdict is *not stated* — no breach is ever found.
//! - **Disclosed** is the first notice to the public (報道機関・一般への公表) on or before the reference.
//! - **Regulator missing** (rule E2): a severe incident of the quarter with a personal-data leak and no
//!   notice to the regulator (所管官庁; 表9-3 「個人情報漏えいを伴うインシデント等の場合」) by the reference date.
//! - **Category trend**: incidents and near-misses per free-text category over the export's last four
//!   quarters up to this one.
//! - **Disclosure plan** (rule D1..D3): which 5W1H elements the notice template lacks, which of the
//!   three stages the plan lacks, the spokesperson; each part "not recorded" when the export is silent.
//! - **Publications** (rule D4): none in the trailing year while check item (4)-4's target is 3 or more
//!   (組織全体で実施: publishing is then a practice of the year).

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::period::Period;
use crate::snapshot::{
    DisclosureStage, EscalationLimits, ImpactClass, Incident, IncidentKind, NoticeElement, NoticeRecipient,
    PlannedStage,
};
use crate::vocabulary::Term;

/// The check item whose target decides whether public disclosure is expected ((4)-4).
pub const PUBLICATION_CHECK_ITEM: &str = "(4)-4";

/// The target of [`PUBLICATION_CHECK_ITEM`] from which a year without a publication is a finding.
pub const PUBLICATION_TARGET: u8 = 3;

/// How many quarters the category trend shows.
pub const TREND_QUARTERS: usize = 4;

/// The verdict of the escalation rule on one incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EscalationVerdict {
    /// No limit is stated for the incident's class (or it is a near-miss): no verdict.
    NotStated,
    /// Reported within the limit.
    InTime,
    /// Not yet reported, still within the limit.
    Pending,
    /// Reported after the limit, or unreported past it.
    Breach,
}

/// The limit for `impact`, if stated.
pub fn limit_for(limits: Option<&EscalationLimits>, impact: ImpactClass) -> Option<u32> {
    let l = limits?;
    match impact {
        ImpactClass::None => None,
        ImpactClass::Minor => l.minor,
        ImpactClass::Moderate => l.moderate,
        ImpactClass::Major => l.major,
        ImpactClass::Severe => l.severe,
    }
}

/// Rule E1: the verdict for a report `reported` (if any) of an incident detected on `detected`, with
/// limit `limit`, judged at `reference`.
pub fn escalation(detected: Date, reported: Option<Date>, limit: Option<u32>, reference: Date) -> EscalationVerdict {
    let Some(limit) = limit else { return EscalationVerdict::NotStated };
    let limit = i64::from(limit);
    match reported.filter(|r| *r <= reference) {
        Some(r) if detected.days_until(r) <= limit => EscalationVerdict::InTime,
        Some(_) => EscalationVerdict::Breach,
        None if detected.days_until(reference) > limit => EscalationVerdict::Breach,
        None => EscalationVerdict::Pending,
    }
}

/// One notice on an incident's timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineNotice {
    /// The stage.
    pub stage: DisclosureStage,
    /// Who was told.
    pub recipient: NoticeRecipient,
    /// When.
    pub date: Date,
    /// Days from detection.
    pub lag_days: i64,
    /// JSON path.
    pub path: String,
}

/// One incident of the quarter, from detection to disclosure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    /// Its id.
    pub id: String,
    /// Incident or near-miss.
    pub kind: IncidentKind,
    /// Business-impact class.
    pub impact: ImpactClass,
    /// Category as recorded.
    pub category: String,
    /// The group company, if not the parent.
    pub company: Option<String>,
    /// The day it occurred.
    pub occurred: Date,
    /// The day it was detected.
    pub detected: Date,
    /// Reported to the executive.
    pub reported_on: Option<Date>,
    /// Days from detection to the report to the executive.
    pub report_lag_days: Option<i64>,
    /// The limit of the escalation rule for its class, if stated.
    pub limit_days: Option<u32>,
    /// Rule E1's verdict.
    pub escalation: EscalationVerdict,
    /// Contained.
    pub contained_on: Option<Date>,
    /// Closed.
    pub closed_on: Option<Date>,
    /// First notice to the public.
    pub disclosed_on: Option<Date>,
    /// A personal-data leak.
    pub personal_data_leak: bool,
    /// Rule E2: severe, a personal-data leak, and no notice to the regulator.
    pub regulator_missing: bool,
    /// Notices up to the reference date, oldest first.
    pub notices: Vec<TimelineNotice>,
    /// JSON path.
    pub path: String,
}

/// One category's counts per quarter of the trend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryRow {
    /// The category as recorded (trimmed).
    pub category: String,
    /// Incidents per quarter, in the trend's order.
    pub incidents: Vec<u32>,
    /// Near-misses per quarter, in the trend's order.
    pub near_misses: Vec<u32>,
}

/// Incidents and near-misses by category over the last quarters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryTrend {
    /// The quarters, oldest first (at most [`TREND_QUARTERS`], ending with this one).
    pub quarters: Vec<Quarter>,
    /// One row per category, most events in this quarter first, then by name.
    pub rows: Vec<CategoryRow>,
}

/// The disclosure plan: notice template, stages, spokesperson, publications.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DisclosurePlan {
    /// The escalation rule, if stated.
    pub escalation_days: Option<EscalationLimits>,
    /// The notice template's 5W1H elements are recorded.
    pub template_recorded: bool,
    /// Elements the template lacks (empty when complete or not recorded).
    pub template_missing: Vec<NoticeElement>,
    /// The staged plan is recorded.
    pub stages_recorded: bool,
    /// The planned stages, in stage order.
    pub stages: Vec<PlannedStage>,
    /// Stages the plan lacks (empty when complete or not recorded).
    pub stages_missing: Vec<DisclosureStage>,
    /// Who speaks for the company.
    pub spokesperson: Option<String>,
    /// Publications in the trailing year ((4)-4).
    pub publications_in_year: usize,
    /// The target of (4)-4 this quarter.
    pub publication_target: Option<u8>,
    /// Rule D4: none in the trailing year while (4)-4's target is [`PUBLICATION_TARGET`] or more.
    pub publication_missing: bool,
}

/// A part of the disclosure plan the export may leave unrecorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanPart {
    /// The escalation rule (`escalation_days`).
    EscalationRule,
    /// The notice template's 5W1H (`notice_template`).
    NoticeTemplate,
    /// The staged plan (`staged_plan`).
    StagedPlan,
    /// The spokesperson (`spokesperson`).
    Spokesperson,
}

impl DisclosurePlan {
    /// The parts the export does not record, in order (rule D3).
    pub fn not_recorded(&self) -> Vec<PlanPart> {
        [
            (self.escalation_days.is_none(), PlanPart::EscalationRule),
            (!self.template_recorded, PlanPart::NoticeTemplate),
            (!self.stages_recorded, PlanPart::StagedPlan),
            (self.spokesperson.is_none(), PlanPart::Spokesperson),
        ]
        .into_iter()
        .filter_map(|(missing, part)| missing.then_some(part))
        .collect()
    }

    /// Whether nothing of the plan is recorded.
    pub fn nothing_recorded(&self) -> bool {
        self.not_recorded().len() == 4
    }
}

/// The incident timeline and disclosure readiness of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Incidents {
    /// The quarter's incidents (near-misses have no timeline: they count in the trend), by date.
    pub timelines: Vec<Timeline>,
    /// Incidents in breach of the escalation rule.
    pub breaches: usize,
    /// Severe incidents with a personal-data leak and no regulator notice.
    pub regulator_missing: usize,
    /// The category trend.
    pub trend: CategoryTrend,
    /// The disclosure plan.
    pub plan: DisclosurePlan,
}

impl Incidents {
    /// The timelines in breach of the escalation rule.
    pub fn breached(&self) -> impl Iterator<Item = &Timeline> {
        self.timelines.iter().filter(|t| t.escalation == EscalationVerdict::Breach)
    }
}

/// Every notice on record up to the reference date, for incident `id`, oldest first.
fn notices(period: &Period<'_>, id: &str, detected: Date) -> Vec<TimelineNotice> {
    let reference = period.reference();
    let mut out: Vec<TimelineNotice> = Vec::new();
    for p in period.history() {
        for (j, n) in p.record().disclosure.notices.iter().enumerate() {
            if n.incident == id && n.date <= reference {
                out.push(TimelineNotice {
                    stage: n.stage,
                    recipient: n.recipient,
                    date: n.date,
                    lag_days: detected.days_until(n.date),
                    path: format!("{}.disclosure.notices[{j}]", p.path()),
                });
            }
        }
    }
    crate::order::sort_by_key(&mut out, |n| (n.date, n.stage));
    out
}

/// The timeline of `inc` at `path`.
fn timeline(period: &Period<'_>, inc: &Incident, path: String) -> Timeline {
    let reference = period.reference();
    let detected = inc.detected_on.unwrap_or(inc.date);
    let known = |d: Option<Date>| d.filter(|d| *d <= reference);
    let reported_on = known(inc.reported_on);
    let limit = match inc.kind {
        IncidentKind::Incident => limit_for(period.record().disclosure.escalation_days.as_ref(), inc.impact),
        IncidentKind::NearMiss => None,
    };
    let notices = notices(period, &inc.id, detected);
    let disclosed_on = notices.iter().find(|n| n.recipient == NoticeRecipient::Public).map(|n| n.date);
    let regulator_missing = inc.kind == IncidentKind::Incident
        && inc.impact == ImpactClass::Severe
        && inc.personal_data_leak
        && !notices.iter().any(|n| n.recipient == NoticeRecipient::Regulator);
    Timeline {
        id: inc.id.clone(),
        kind: inc.kind,
        impact: inc.impact,
        category: inc.category.trim().to_owned(),
        company: inc.company.clone(),
        occurred: inc.date,
        detected,
        reported_on,
        report_lag_days: reported_on.map(|r| detected.days_until(r)),
        limit_days: limit,
        escalation: escalation(detected, reported_on, limit, reference),
        contained_on: known(inc.contained_on),
        closed_on: known(inc.closed_on),
        disclosed_on,
        personal_data_leak: inc.personal_data_leak,
        regulator_missing,
        notices,
        path,
    }
}

/// The category trend over the last [`TREND_QUARTERS`] quarters up to `period`'s.
pub fn category_trend(period: &Period<'_>) -> CategoryTrend {
    let history: Vec<Period<'_>> = period.history().collect();
    let from = history.len().saturating_sub(TREND_QUARTERS);
    let shown = &history[from..];
    let mut rows: Vec<CategoryRow> = Vec::new();
    for (k, p) in shown.iter().enumerate() {
        for (_, i) in p.quarter_events("incidents", |q| &q.incidents, |i| i.date) {
            let name = i.category.trim();
            let at = match rows.iter().position(|r| r.category == name) {
                Some(at) => at,
                None => {
                    rows.push(CategoryRow {
                        category: name.to_owned(),
                        incidents: vec![0; shown.len()],
                        near_misses: vec![0; shown.len()],
                    });
                    rows.len() - 1
                }
            };
            let row = &mut rows[at];
            match i.kind {
                IncidentKind::Incident => row.incidents[k] += 1,
                IncidentKind::NearMiss => row.near_misses[k] += 1,
            }
        }
    }
    let last = shown.len().saturating_sub(1);
    let now =
        |r: &CategoryRow| r.incidents.get(last).copied().unwrap_or(0) + r.near_misses.get(last).copied().unwrap_or(0);
    crate::order::sort_by(&mut rows, |a, b| now(b).cmp(&now(a)).then_with(|| a.category.cmp(&b.category)));
    CategoryTrend { quarters: shown.iter().map(Period::quarter).collect(), rows }
}

/// The disclosure plan of `period`'s quarter; `publications_in_year` as counted by the readiness.
pub fn disclosure_plan(period: &Period<'_>, publications_in_year: usize) -> DisclosurePlan {
    let d = &period.record().disclosure;
    let template_recorded = !d.notice_template.is_empty();
    let template_missing = if template_recorded {
        NoticeElement::ALL.iter().copied().filter(|e| !d.notice_template.contains(e)).collect()
    } else {
        Vec::new()
    };
    let stages_recorded = !d.staged_plan.is_empty();
    let mut stages = d.staged_plan.clone();
    crate::order::sort_by_key(&mut stages, |s| s.stage);
    let stages_missing = if stages_recorded {
        DisclosureStage::ALL.iter().copied().filter(|s| !stages.iter().any(|p| p.stage == *s)).collect()
    } else {
        Vec::new()
    };
    let publication_target =
        period.record().checksheet.iter().find(|c| c.item == PUBLICATION_CHECK_ITEM).map(|c| c.target);
    DisclosurePlan {
        escalation_days: d.escalation_days.clone(),
        template_recorded,
        template_missing,
        stages_recorded,
        stages,
        stages_missing,
        spokesperson: d.spokesperson.as_ref().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
        publications_in_year,
        publication_target,
        publication_missing: publications_in_year == 0 && publication_target.is_some_and(|t| t >= PUBLICATION_TARGET),
    }
}

/// The incident timeline and disclosure readiness of `period`'s quarter.
pub fn incidents(period: &Period<'_>, publications_in_year: usize) -> Incidents {
    let mut timelines: Vec<Timeline> = period
        .quarter_events("incidents", |q| &q.incidents, |i| i.date)
        .into_iter()
        .filter(|(_, i)| i.kind == IncidentKind::Incident)
        .map(|(at, i)| timeline(period, i, at.to_string()))
        .collect();
    crate::order::sort_by_key(&mut timelines, |t| t.occurred);
    Incidents {
        breaches: timelines.iter().filter(|t| t.escalation == EscalationVerdict::Breach).count(),
        regulator_missing: timelines.iter().filter(|t| t.regulator_missing).count(),
        timelines,
        trend: category_trend(period),
        plan: disclosure_plan(period, publications_in_year),
    }
}

crate::vocabulary::terms!(PlanPart, "PlanPart", {
    EscalationRule => ("escalation_rule", "経営者へのエスカレーション基準", "Escalation rule to the executive", seed "エスカレーション基準"),
    NoticeTemplate => ("notice_template", "通知文の 5W1H", "5W1H of the incident notice"),
    StagedPlan => ("staged_plan", "段階的な開示の計画", "Staged disclosure plan"),
    Spokesperson => ("spokesperson", "対外的な窓口（説明者）", "Spokesperson"),
});

crate::vocabulary::terms!(EscalationVerdict, "EscalationVerdict", {
    NotStated => ("not_stated", "基準の定めなし", "No rule stated"),
    InTime => ("in_time", "基準内", "In time"),
    Pending => ("pending", "未報告（期限内）", "Not yet reported (within the limit)"),
    Breach => ("breach", "基準超過", "Breach"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, q, snapshot_with};
    use crate::snapshot::{CheckAssessment, IncidentNotice};

    fn incident(id: &str, date: &str, impact: ImpactClass) -> Incident {
        Incident {
            id: id.into(),
            date: d(date),
            kind: IncidentKind::Incident,
            category: "標的型攻撃メール".into(),
            impact,
            summary: "概要".into(),
            company: None,
            reported_on: None,
            closed_on: None,
            detected_on: None,
            contained_on: None,
            personal_data_leak: false,
        }
    }

    #[test]
    fn escalation_limit_day_is_in_time_and_the_day_after_a_breach() {
        let det = d("2026-08-03");
        let r = d("2026-09-30");
        // Major: 3 days. Reported on day 3 (08-06): in time; on day 4 (08-07): a breach.
        assert_eq!(escalation(det, Some(d("2026-08-05")), Some(3), r), EscalationVerdict::InTime);
        assert_eq!(escalation(det, Some(d("2026-08-06")), Some(3), r), EscalationVerdict::InTime);
        assert_eq!(escalation(det, Some(d("2026-08-07")), Some(3), r), EscalationVerdict::Breach);
        // Severe: the same day (0 days).
        assert_eq!(escalation(det, Some(det), Some(0), r), EscalationVerdict::InTime);
        assert_eq!(escalation(det, Some(d("2026-08-04")), Some(0), r), EscalationVerdict::Breach);
        // Unreported: pending up to the limit's last day, a breach from the day after.
        assert_eq!(escalation(det, None, Some(3), d("2026-08-06")), EscalationVerdict::Pending);
        assert_eq!(escalation(det, None, Some(3), d("2026-08-07")), EscalationVerdict::Breach);
        // A report after the reference date is not known yet.
        assert_eq!(escalation(det, Some(d("2026-08-07")), Some(3), d("2026-08-05")), EscalationVerdict::Pending);
        // No limit: no verdict, however late.
        assert_eq!(escalation(det, None, None, r), EscalationVerdict::NotStated);
        assert_eq!(escalation(det, Some(d("2026-09-01")), None, r), EscalationVerdict::NotStated);
    }

    #[test]
    fn the_lag_runs_from_detection_and_the_limit_comes_from_the_class() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        let r = &mut s.quarters[0];
        r.disclosure.escalation_days = Some(EscalationLimits { major: Some(3), severe: Some(0), ..Default::default() });
        let mut a = incident("a", "2026-08-01", ImpactClass::Major);
        a.detected_on = Some(d("2026-08-03"));
        a.reported_on = Some(d("2026-08-06")); // 3 days after detection (5 after occurrence): in time
        let mut b = incident("b", "2026-08-10", ImpactClass::Moderate); // no limit for moderate
        b.reported_on = Some(d("2026-09-20"));
        let mut c = incident("c", "2026-09-01", ImpactClass::Severe);
        c.reported_on = Some(d("2026-09-02")); // one day over 0
        c.personal_data_leak = true;
        let mut nm = incident("nm", "2026-09-03", ImpactClass::Severe);
        nm.kind = IncidentKind::NearMiss;
        r.incidents = vec![a, b, c, nm];
        r.disclosure.notices = vec![
            IncidentNotice {
                incident: "c".into(),
                stage: DisclosureStage::First,
                recipient: NoticeRecipient::Public,
                date: d("2026-09-04"),
            },
            IncidentNotice {
                incident: "c".into(),
                stage: DisclosureStage::First,
                recipient: NoticeRecipient::Customers,
                date: d("2026-09-03"),
            },
        ];
        let p = Period::new(&s, q("2026Q3")).unwrap();
        let x = incidents(&p, 0);
        let verdicts: Vec<_> = x.timelines.iter().map(|t| (t.id.as_str(), t.report_lag_days, t.escalation)).collect();
        assert_eq!(
            verdicts,
            vec![
                ("a", Some(3), EscalationVerdict::InTime),
                ("b", Some(41), EscalationVerdict::NotStated),
                ("c", Some(1), EscalationVerdict::Breach),
            ]
        );
        assert_eq!(x.breaches, 1);
        let c = &x.timelines[2];
        assert_eq!(c.disclosed_on, Some(d("2026-09-04")));
        assert_eq!(c.notices.iter().map(|n| n.lag_days).collect::<Vec<_>>(), vec![2, 3]);
        assert!(c.regulator_missing);
        assert_eq!(x.regulator_missing, 1);
    }

    #[test]
    fn a_regulator_notice_clears_rule_e2_and_only_severe_leaks_count() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        let r = &mut s.quarters[0];
        let mut c = incident("c", "2026-09-01", ImpactClass::Severe);
        c.personal_data_leak = true;
        let mut m = incident("m", "2026-09-01", ImpactClass::Major);
        m.personal_data_leak = true;
        r.incidents = vec![c, m];
        r.disclosure.notices = vec![IncidentNotice {
            incident: "c".into(),
            stage: DisclosureStage::First,
            recipient: NoticeRecipient::Regulator,
            date: d("2026-09-02"),
        }];
        let p = Period::new(&s, q("2026Q3")).unwrap();
        assert_eq!(incidents(&p, 0).regulator_missing, 0);
    }

    #[test]
    fn the_trend_counts_categories_per_quarter() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2", "2026Q3"], "2026-09-30");
        s.quarters[0].incidents = vec![incident("x1", "2026-02-01", ImpactClass::Minor)];
        let mut n = incident("x2", "2026-08-01", ImpactClass::None);
        n.kind = IncidentKind::NearMiss;
        let mut o = incident("x3", "2026-08-02", ImpactClass::Minor);
        o.category = " メール誤送信 ".into();
        s.quarters[2].incidents = vec![n, o, incident("x4", "2026-08-03", ImpactClass::Minor)];
        let p = Period::new(&s, q("2026Q3")).unwrap();
        let t = category_trend(&p);
        assert_eq!(t.quarters, vec![q("2026Q1"), q("2026Q2"), q("2026Q3")]);
        assert_eq!(
            t.rows,
            vec![
                CategoryRow {
                    category: "標的型攻撃メール".into(),
                    incidents: vec![1, 0, 1],
                    near_misses: vec![0, 0, 1]
                },
                CategoryRow {
                    category: "メール誤送信".into(), incidents: vec![0, 0, 1], near_misses: vec![0, 0, 0]
                },
            ]
        );
    }

    #[test]
    fn the_plan_says_what_is_missing_and_what_is_not_recorded() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        let p = Period::new(&s, q("2026Q3")).unwrap();
        let plan = disclosure_plan(&p, 0);
        assert!(plan.nothing_recorded());
        assert!(plan.template_missing.is_empty() && plan.stages_missing.is_empty());
        let r = &mut s.quarters[0];
        r.disclosure.notice_template = vec![NoticeElement::Whose, NoticeElement::What, NoticeElement::When];
        r.disclosure.staged_plan =
            vec![PlannedStage { stage: DisclosureStage::First, recipients: vec![NoticeRecipient::Regulator] }];
        r.disclosure.spokesperson = Some("  ".into());
        let p = Period::new(&s, q("2026Q3")).unwrap();
        let plan = disclosure_plan(&p, 0);
        assert!(!plan.nothing_recorded());
        assert_eq!(
            plan.template_missing,
            vec![NoticeElement::Extent, NoticeElement::Route, NoticeElement::State, NoticeElement::Damage]
        );
        assert_eq!(plan.stages_missing, vec![DisclosureStage::Interim, DisclosureStage::Final]);
        assert_eq!(plan.spokesperson, None);
    }

    #[test]
    fn publications_are_expected_from_a_target_of_three() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        let set = |s: &mut crate::snapshot::Snapshot, target: u8| {
            s.quarters[0].checksheet = vec![CheckAssessment {
                item: PUBLICATION_CHECK_ITEM.into(),
                maturity: 1,
                target,
                evidence: String::new(),
                owner: String::new(),
            }];
        };
        for (target, count, missing) in [(2, 0, false), (3, 0, true), (3, 1, false), (4, 0, true)] {
            set(&mut s, target);
            let p = Period::new(&s, q("2026Q3")).unwrap();
            assert_eq!(disclosure_plan(&p, count).publication_missing, missing, "target {target}, {count}");
        }
    }
}

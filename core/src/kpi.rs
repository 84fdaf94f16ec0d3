//! The KPIs of 4-2 (KPI の設定・モニタリング), measured from the records against the targets in force.
//!
//! | KPI | family | value | basis | better |
//! |---|---|---|---|---|
//! | `security_budget_share` | governance | (pre + operations + post) ÷ IT budget × 100 | state | higher |
//! | `open_findings` | governance | findings not closed at the reference date | state | lower |
//! | `closed_findings` | governance | findings closed during the quarter (no target) | quarter | higher |
//! | `incidents` | risk management | incidents dated in the quarter (weighed by impact: see below) | quarter | lower |
//! | `near_misses` | risk management | near-misses dated in the quarter (a reporting culture) | quarter | higher |
//! | `assessments` | risk management | risk assessments in the trailing year | trailing year | higher |
//! | `training_completion` | awareness | people trained in the trailing year ÷ people in scope × 100 ([`training`]); without a recorded scope, Σ completed ÷ Σ eligible over the year's sessions ("by sessions") | trailing year | higher |
//! | `test_score` | awareness | Σ (average ÷ max × takers) ÷ Σ takers × 100 over the quarter's tests; if the quarter has none (or no takers), over the trailing year's | quarter or trailing year | higher |
//! | `critical_patch_days` | risk management | median days from found to patched of the critical vulnerabilities patched in the quarter ([`crate::vulnerability`]); target: `vulnerabilities.critical_patch_target_days` | quarter | lower |
//!
//! **Status** against a target `t` (see [`status`]): *on track* when the value meets the target;
//! *at risk* when it misses by no more than the margin; *off track* beyond. The margin is 10 % of the
//! target for percentages; for counts it is 20 % of the target, and at least 1 when lower is better
//! (so a target of 0 incidents tolerates 1 as at risk). A KPI without a target, or without a value,
//! has no status.
//!
//! **The incidents KPI weighs impact** (issue rule 8; 9-1, 10-1): its value stays the count (so an
//! `incidents_max` target keeps its meaning), but a quarter with a *serious* incident — impact
//! `major` or `severe` — is *off track* whatever the count: one leak is not "within target" because
//! the target allowed three minor ones. [`IncidentBreakdown::serious`] lists them with the lag from
//! the incident to the report to the executive (`reported_on`).
//!
//! Values are computed exactly and presented to 0.1 ([`crate::figure`]); the status compares the
//! presented value with the target exactly, so a value equal to its target meets it (70.0 % against
//! 70 is on track), and changes are differences of presented values.

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::figure::{self, Exact};
pub use crate::measure::{Polarity, Trend, Unit};
use crate::period::{At, Period};
use crate::snapshot::{ImpactClass, IncidentKind, QuarterRecord};
use crate::text::Text;
use crate::vocabulary::Term;
use crate::vocabulary::terms;

pub mod training;
pub use training::{AudienceCoverage, Counting, TrainingCoverage};

/// Which KPI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KpiId {
    /// Security budget as % of the IT budget.
    SecurityBudgetShare,
    /// Training completion % over the trailing year.
    TrainingCompletion,
    /// Average comprehension-test score %.
    TestScore,
    /// Incidents in the quarter.
    Incidents,
    /// Near-misses reported in the quarter.
    NearMisses,
    /// Risk assessments in the trailing year.
    Assessments,
    /// Findings open at the quarter's end.
    OpenFindings,
    /// Findings closed during the quarter.
    ClosedFindings,
    /// Median days to patch a critical vulnerability (patched in the quarter; 8-1).
    CriticalPatchDays,
}

/// The families of 4-2: governance, risk management, staff awareness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// 経営者によるガバナンスの状況.
    Governance,
    /// リスク管理の状況.
    RiskManagement,
    /// 社員のセキュリティ意識の状況.
    Awareness,
}

/// What the value is measured over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A state at the quarter's end.
    State,
    /// Events of the quarter.
    Quarter,
    /// Events of the trailing 12 months.
    TrailingYear,
}

/// A KPI's standing against its target. Ordered worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KpiStatus {
    /// Misses the target by more than the margin.
    OffTrack,
    /// Misses the target within the margin.
    AtRisk,
    /// Meets the target.
    OnTrack,
}

impl KpiStatus {}

impl KpiId {
    /// Every KPI, in display order.
    pub const ALL: [KpiId; 9] = [
        KpiId::SecurityBudgetShare,
        KpiId::OpenFindings,
        KpiId::ClosedFindings,
        KpiId::Incidents,
        KpiId::NearMisses,
        KpiId::Assessments,
        KpiId::TrainingCompletion,
        KpiId::TestScore,
        KpiId::CriticalPatchDays,
    ];

    /// The KPI's name.
    pub fn name(self) -> Text {
        self.text()
    }

    /// Its family (4-2).
    pub fn family(self) -> Family {
        match self {
            KpiId::SecurityBudgetShare | KpiId::OpenFindings | KpiId::ClosedFindings => Family::Governance,
            KpiId::Incidents | KpiId::NearMisses | KpiId::Assessments | KpiId::CriticalPatchDays => {
                Family::RiskManagement
            }
            KpiId::TrainingCompletion | KpiId::TestScore => Family::Awareness,
        }
    }

    /// Which way is better.
    pub fn direction(self) -> Polarity {
        match self {
            KpiId::Incidents | KpiId::OpenFindings | KpiId::CriticalPatchDays => Polarity::LowerIsBetter,
            _ => Polarity::HigherIsBetter,
        }
    }

    /// Its unit.
    pub fn unit(self) -> Unit {
        match self {
            KpiId::SecurityBudgetShare | KpiId::TrainingCompletion | KpiId::TestScore => Unit::Percent,
            _ => Unit::Count,
        }
    }

    /// The important item (1..=10) the KPI informs: budget, training and tests → 6; incidents,
    /// near-misses and findings → 4; assessments → 3; days to patch a critical → 8 (8-1 「情報を常に最新の状態に保つ」).
    pub fn item(self) -> u8 {
        match self {
            KpiId::SecurityBudgetShare | KpiId::TrainingCompletion | KpiId::TestScore => 6,
            KpiId::Incidents | KpiId::NearMisses | KpiId::OpenFindings | KpiId::ClosedFindings => 4,
            KpiId::Assessments => 3,
            KpiId::CriticalPatchDays => 8,
        }
    }

    /// The target field, relative to the quarter's record (`kpi_targets.incidents_max`), if the KPI
    /// has one.
    pub fn target_field(self) -> Option<&'static str> {
        match self {
            KpiId::SecurityBudgetShare => Some("kpi_targets.security_budget_share_pct"),
            KpiId::TrainingCompletion => Some("kpi_targets.training_completion_pct"),
            KpiId::TestScore => Some("kpi_targets.test_score_pct"),
            KpiId::Incidents => Some("kpi_targets.incidents_max"),
            KpiId::NearMisses => Some("kpi_targets.near_misses_min"),
            KpiId::Assessments => Some("kpi_targets.assessments_min"),
            KpiId::OpenFindings => Some("kpi_targets.open_findings_max"),
            KpiId::ClosedFindings => None,
            KpiId::CriticalPatchDays => Some("vulnerabilities.critical_patch_target_days"),
        }
    }

    fn target(self, r: &QuarterRecord) -> Option<f64> {
        let t = &r.kpi_targets;
        match self {
            KpiId::CriticalPatchDays => r.vulnerabilities.critical_patch_target_days.map(f64::from),
            KpiId::SecurityBudgetShare => t.security_budget_share_pct,
            KpiId::TrainingCompletion => t.training_completion_pct,
            KpiId::TestScore => t.test_score_pct,
            KpiId::Incidents => t.incidents_max.map(f64::from),
            KpiId::NearMisses => t.near_misses_min.map(f64::from),
            KpiId::Assessments => t.assessments_min.map(f64::from),
            KpiId::OpenFindings => t.open_findings_max.map(f64::from),
            KpiId::ClosedFindings => None,
        }
    }
}

/// How far a value may miss `target` and still be *at risk* rather than *off track*, exactly: 10 % of
/// the target for percentages; 20 % for counts, and at least 1 when lower is better.
pub fn margin(unit: Unit, direction: Polarity, target: f64) -> Exact {
    let t = Exact::of(target.abs());
    let share = |n, d| Exact::ratio(n, d).and_then(|r| t.checked_mul(r)).unwrap_or(Exact::ZERO);
    match (unit, direction) {
        (Unit::Percent, _) => share(1, 10),
        (Unit::Count, Polarity::LowerIsBetter) => share(1, 5).max(Exact::int(1)),
        (Unit::Count, Polarity::HigherIsBetter) => share(1, 5),
    }
}

/// The status of `value` against `target`, both presented figures, compared exactly in decimal: a
/// value equal to its target meets it (70.0 against 70 is on track). Monotone: for a fixed target, a
/// better value never has a worse status.
pub fn status(unit: Unit, direction: Polarity, value: f64, target: f64) -> KpiStatus {
    let m = margin(unit, direction, target);
    let (v, t) = (Exact::of(value), Exact::of(target));
    let (meets, within) = match direction {
        Polarity::HigherIsBetter => (v >= t, t.checked_sub(m).is_some_and(|floor| v >= floor)),
        Polarity::LowerIsBetter => (v <= t, t.checked_add(m).is_some_and(|ceiling| v <= ceiling)),
    };
    if meets {
        KpiStatus::OnTrack
    } else if within {
        KpiStatus::AtRisk
    } else {
        KpiStatus::OffTrack
    }
}

/// One KPI in one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kpi {
    /// Which KPI.
    pub id: KpiId,
    /// Its name.
    pub name: Text,
    /// Its family.
    pub family: Family,
    /// Its unit.
    pub unit: Unit,
    /// Which way is better.
    pub direction: Polarity,
    /// What the value is measured over (for the test score, what it was measured over this quarter).
    pub basis: Basis,
    /// The value; `None` when there is nothing to measure (no trainings, no tests).
    pub value: Option<f64>,
    /// How training completion was counted (people, or the fallback by sessions); absent for other KPIs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<Counting>,
    /// The target in force, if set.
    pub target: Option<f64>,
    /// Status against the target, when both are known.
    pub status: Option<KpiStatus>,
    /// The value in the previous quarter.
    pub previous: Option<f64>,
    /// `value − previous`.
    pub change: Option<f64>,
    /// Whether the change is for the better.
    pub trend: Option<Trend>,
    /// The series for trend charts: every quarter of the export up to and including this one.
    pub series: Vec<KpiPoint>,
    /// JSON paths of the records behind the value, and of the target.
    pub trace: Vec<String>,
}

/// One point of a KPI's series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiPoint {
    /// The quarter.
    pub quarter: Quarter,
    /// The value then.
    pub value: Option<f64>,
    /// The target then.
    pub target: Option<f64>,
    /// The status then.
    pub status: Option<KpiStatus>,
}

/// A serious incident of the quarter: an incident (not a near-miss) of impact major or severe.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriousIncident {
    /// Its id.
    pub id: String,
    /// Date it occurred (or was detected).
    pub date: Date,
    /// Major or severe.
    pub impact: ImpactClass,
    /// Category.
    pub category: String,
    /// Date it was reported to the executive, if it was by the reference date.
    pub reported_on: Option<Date>,
    /// Days from the incident's detection (`detected_on`, else `date`) to the report to the executive
    /// (0 = the same day); `None` if not reported.
    pub lag_days: Option<i64>,
    /// Follow-up actions (this quarter's record) whose source is the incident.
    pub follow_ups: usize,
    /// JSON path, `quarters[7].incidents[2]`.
    pub path: String,
}

/// Whether an incident is serious: an incident (not a near-miss) of impact major or severe.
pub fn is_serious(i: &crate::snapshot::Incident) -> bool {
    i.kind == IncidentKind::Incident && i.impact >= ImpactClass::Major
}

/// Incidents and near-misses of the quarter by business-impact class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentBreakdown {
    /// One row per impact class, lowest first (all 5, zeros included).
    pub by_impact: Vec<ImpactCount>,
    /// All incidents of the quarter.
    pub incidents: u32,
    /// All near-misses of the quarter.
    pub near_misses: u32,
    /// JSON paths of the quarter's incidents and near-misses.
    pub trace: Vec<String>,
    /// The quarter's serious incidents (major or severe), most severe first, then by date.
    pub serious: Vec<SeriousIncident>,
}

/// Counts for one impact class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImpactCount {
    /// The class.
    pub impact: ImpactClass,
    /// Incidents.
    pub incidents: u32,
    /// Near-misses.
    pub near_misses: u32,
}

/// Every KPI of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kpis {
    /// The quarter.
    pub quarter: Quarter,
    /// The KPIs, in [`KpiId::ALL`] order.
    pub kpis: Vec<Kpi>,
    /// The quarter's incidents by impact.
    pub incidents: IncidentBreakdown,
    /// Training completion by audience (rule 13).
    pub training: TrainingCoverage,
}

impl Kpis {
    /// The KPI with this id.
    pub fn get(&self, id: KpiId) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.id == id)
    }
}

struct Measure {
    value: Option<f64>,
    basis: Basis,
    trace: Vec<String>,
    counted: Option<Counting>,
}

/// A count measure; the paths are formatted only when `traced`.
fn count<T: std::fmt::Display>(basis: Basis, found: Vec<T>, traced: bool) -> Measure {
    let value = Some(found.len() as f64);
    let trace = if traced { found.iter().map(ToString::to_string).collect() } else { Vec::new() };
    Measure { value, basis, trace, counted: None }
}

fn paths<T>(events: &[(At, T)], traced: bool) -> Vec<String> {
    if traced { events.iter().map(|(at, _)| at.to_string()).collect() } else { Vec::new() }
}

/// The KPI's value in `p`'s quarter; with `traced`, the JSON paths of the records behind it.
fn measure(id: KpiId, p: &Period<'_>, traced: bool) -> Measure {
    let r = p.record();
    match id {
        KpiId::SecurityBudgetShare => {
            let b = &r.budget;
            let security = i128::from(b.security_pre_incident_yen)
                + i128::from(b.security_operations_yen)
                + i128::from(b.security_post_incident_yen);
            let value = Exact::ratio(security * 100, i128::from(b.it_yen)).map(|x| x.round(figure::PERCENT));
            Measure { value, basis: Basis::State, trace: vec![format!("{}.budget", p.path())], counted: None }
        }
        KpiId::TrainingCompletion => {
            let (c, trainings) = training::coverage(p);
            let mut trace = paths(&trainings, traced);
            if traced && c.counted == Counting::People {
                trace.push(format!("{}.training_scope", p.path()));
            }
            let counted = c.value.map(|_| c.counted);
            Measure { value: c.value, basis: Basis::TrailingYear, trace, counted }
        }
        KpiId::TestScore => {
            let score = |tests: &[(At, &crate::snapshot::ComprehensionTest)]| test_score(tests.iter().map(|(_, t)| *t));
            let quarter = p.quarter_events("tests", |q| &q.tests, |t| t.date);
            match score(&quarter) {
                Some(v) => {
                    Measure { value: Some(v), basis: Basis::Quarter, trace: paths(&quarter, traced), counted: None }
                }
                None => {
                    let year = p.year_events("tests", |q| &q.tests, |t| t.date);
                    let value = score(&year);
                    Measure { value, basis: Basis::TrailingYear, trace: paths(&year, traced), counted: None }
                }
            }
        }
        KpiId::Incidents | KpiId::NearMisses => {
            let kind = if id == KpiId::Incidents { IncidentKind::Incident } else { IncidentKind::NearMiss };
            let events = p.quarter_events("incidents", |q| &q.incidents, |i| i.date);
            count(Basis::Quarter, events.into_iter().filter(|(_, i)| i.kind == kind).map(|x| x.0).collect(), traced)
        }
        KpiId::Assessments => {
            let events = p.year_events("assessments", |q| &q.assessments, |a| a.date);
            count(Basis::TrailingYear, events.into_iter().map(|x| x.0).collect(), traced)
        }
        KpiId::OpenFindings => {
            let reference = p.reference();
            let open: Vec<At> = r
                .findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.raised_on <= reference && f.closed_on.is_none_or(|c| c > reference))
                .map(|(index, _)| At { quarter: p.index(), field: "findings", index })
                .collect();
            count(Basis::State, open, traced)
        }
        KpiId::ClosedFindings => {
            let closed: Vec<At> = r
                .findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.closed_on.is_some_and(|c| p.in_quarter(c)))
                .map(|(index, _)| At { quarter: p.index(), field: "findings", index })
                .collect();
            count(Basis::Quarter, closed, traced)
        }
        KpiId::CriticalPatchDays => {
            let (value, trace) = crate::vulnerability::median_days_to_patch(p);
            Measure { value, basis: Basis::Quarter, trace: if traced { trace } else { Vec::new() }, counted: None }
        }
    }
}

/// Σ (average ÷ max × takers) ÷ Σ takers × 100 to 0.1, in exact decimal arithmetic on the scores as
/// entered (tests with a max score of 0 add takers but no points); `None` without takers.
fn test_score<'a>(tests: impl Iterator<Item = &'a crate::snapshot::ComprehensionTest> + Clone) -> Option<f64> {
    let takers: u64 = tests.clone().map(|t| u64::from(t.takers)).sum();
    if takers == 0 {
        return None;
    }
    let exact = tests.clone().filter(|t| t.max_score > 0.0).try_fold(Exact::ZERO, |sum, t| {
        let share = Exact::decimal(t.average_score)?.checked_div(Exact::decimal(t.max_score)?)?;
        sum.checked_add(share.checked_mul(Exact::int(i128::from(t.takers)))?)
    });
    match exact.and_then(|points| points.checked_mul(Exact::int(100))?.checked_div(Exact::int(i128::from(takers)))) {
        Some(v) => Some(v.round(figure::PERCENT)),
        // Beyond i128 (never with plausible scores): the float computation, rounded in decimal.
        None => {
            let points: f64 =
                tests.filter(|t| t.max_score > 0.0).map(|t| t.average_score / t.max_score * f64::from(t.takers)).sum();
            Some(figure::rounded(points * 100.0 / takers as f64, figure::PERCENT))
        }
    }
}

fn status_of(id: KpiId, value: Option<f64>, target: Option<f64>) -> Option<KpiStatus> {
    Some(status(id.unit(), id.direction(), value?, target?))
}

/// The status of `id` in `p`'s quarter: [`status_of`], except that the incidents KPI is off track in a
/// quarter with a serious incident, whatever the count.
fn status_in(id: KpiId, p: &Period<'_>, value: Option<f64>, target: Option<f64>) -> Option<KpiStatus> {
    let st = status_of(id, value, target)?;
    let serious = || p.quarter_events("incidents", |q| &q.incidents, |i| i.date).iter().any(|(_, i)| is_serious(i));
    Some(if id == KpiId::Incidents && serious() { KpiStatus::OffTrack } else { st })
}

fn trend(direction: Polarity, change: f64) -> Trend {
    direction.trend(change)
}

/// One KPI for `period`'s quarter, with its series.
pub fn kpi(id: KpiId, period: &Period<'_>) -> Kpi {
    let series: Vec<KpiPoint> = period
        .history()
        .map(|p| {
            let value = measure(id, &p, false).value;
            let target = id.target(p.record());
            KpiPoint { quarter: p.quarter(), value, target, status: status_in(id, &p, value, target) }
        })
        .collect();
    let now = measure(id, period, true);
    let target = id.target(period.record());
    let previous = series.len().checked_sub(2).and_then(|i| series[i].value);
    let change = now.value.zip(previous).map(|(v, p)| figure::difference(v, p, figure::PERCENT));
    let mut trace = now.trace;
    if let (Some(field), Some(_)) = (id.target_field(), target) {
        trace.push(format!("{}.{field}", period.path()));
    }
    Kpi {
        id,
        name: name_of(id, now.counted),
        family: id.family(),
        unit: id.unit(),
        direction: id.direction(),
        basis: now.basis,
        value: now.value,
        counted: now.counted,
        target,
        status: status_in(id, period, now.value, target),
        previous,
        change,
        trend: change.map(|c| trend(id.direction(), c)),
        series,
        trace,
    }
}

/// A KPI's change against the same KPI in another quarter (the one the board compares with, which
/// need not be the previous quarter).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KpiChange {
    /// `now − then`.
    pub change: f64,
    /// Whether that is for the better, by the KPI's direction.
    pub trend: Trend,
}

/// The change of `now` against `then`, the same KPI measured in another quarter; `None` when either
/// has no value or they are different KPIs.
pub fn change_between(now: &Kpi, then: &Kpi) -> Option<KpiChange> {
    if now.id != then.id {
        return None;
    }
    let change = figure::difference(now.value?, then.value?, figure::PERCENT);
    Some(KpiChange { change, trend: trend(now.direction, change) })
}

/// The quarter's incidents and near-misses by impact class.
pub fn incident_breakdown(period: &Period<'_>) -> IncidentBreakdown {
    let events = period.quarter_events("incidents", |q| &q.incidents, |i| i.date);
    let classes =
        [ImpactClass::None, ImpactClass::Minor, ImpactClass::Moderate, ImpactClass::Major, ImpactClass::Severe];
    let by_impact = classes
        .iter()
        .map(|&impact| {
            let of = |kind| events.iter().filter(|(_, i)| i.impact == impact && i.kind == kind).count() as u32;
            ImpactCount { impact, incidents: of(IncidentKind::Incident), near_misses: of(IncidentKind::NearMiss) }
        })
        .collect::<Vec<_>>();
    let reference = period.reference();
    let follow_ups = &period.record().emergency.follow_ups;
    let mut serious: Vec<SeriousIncident> = events
        .iter()
        .filter(|(_, i)| is_serious(i))
        .map(|(at, i)| {
            let reported_on = i.reported_on.filter(|r| *r <= reference);
            SeriousIncident {
                id: i.id.clone(),
                date: i.date,
                impact: i.impact,
                category: i.category.clone(),
                reported_on,
                lag_days: reported_on.map(|r| i.detected_on.unwrap_or(i.date).days_until(r)),
                follow_ups: follow_ups.iter().filter(|f| f.source == i.id).count(),
                path: at.to_string(),
            }
        })
        .collect();
    crate::order::sort_by(&mut serious, |a, b| b.impact.cmp(&a.impact).then(a.date.cmp(&b.date)));
    IncidentBreakdown {
        incidents: by_impact.iter().map(|c| c.incidents).sum(),
        near_misses: by_impact.iter().map(|c| c.near_misses).sum(),
        by_impact,
        trace: paths(&events, true),
        serious,
    }
}

/// Every KPI of `period`'s quarter.
pub fn kpis(period: &Period<'_>) -> Kpis {
    Kpis {
        quarter: period.quarter(),
        kpis: KpiId::ALL.iter().map(|&id| kpi(id, period)).collect(),
        incidents: incident_breakdown(period),
        training: training::coverage(period).0,
    }
}

/// A KPI's name; training completion counted by sessions (no scope recorded) says so, so that a
/// figure the board reads as "people trained" is never a count of attendances.
fn name_of(id: KpiId, counted: Option<Counting>) -> Text {
    let name = id.name();
    match counted {
        Some(Counting::Sessions) => {
            let how = Counting::Sessions.text();
            let ja = match name.ja.strip_suffix('）') {
                Some(open) => format!("{open}・{}）", how.ja),
                None => format!("{}（{}）", name.ja, how.ja),
            };
            let en = match name.en.strip_suffix(')') {
                Some(open) => format!("{open}, {})", how.en),
                None => format!("{} ({})", name.en, how.en),
            };
            Text::new(ja, en)
        }
        _ => name,
    }
}

/// The label of an impact class.
pub fn impact_label(impact: ImpactClass) -> Text {
    impact.text()
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(KpiStatus, "KpiStatus", {
    OnTrack => ("on_track", "達成", "On track"),
    AtRisk => ("at_risk", "注意", "At risk"),
    OffTrack => ("off_track", "未達", "Off track"),
});
terms!(Basis, "Basis", {
    State => ("state", "四半期末時点", "at quarter end"),
    Quarter => ("quarter", "四半期中", "during the quarter"),
    TrailingYear => ("trailing_year", "直近12か月", "last 12 months"),
});
terms!(Family, "Family", {
    Governance => ("governance", "経営者によるガバナンスの状況", "Executive governance", seed "経営者によるガバナンスの状況"),
    RiskManagement => ("risk_management", "リスク管理の状況", "Risk management", seed "リスク管理の状況"),
    Awareness => ("awareness", "社員のセキュリティ意識の状況", "Staff security awareness", seed "社員のセキュリティ意識の状況"),
});
terms!(KpiId, "KpiId", {
    SecurityBudgetShare => ("security_budget_share", "IT予算に占めるセキュリティ予算の割合", "Security share of IT budget"),
    OpenFindings => ("open_findings", "未完了の指摘事項", "Open findings"),
    ClosedFindings => ("closed_findings", "四半期中に完了した指摘事項", "Findings closed (quarter)"),
    Incidents => ("incidents", "インシデント発生件数（四半期）", "Incidents (quarter)"),
    NearMisses => ("near_misses", "ヒヤリハット報告件数（四半期）", "Near-misses reported (quarter)"),
    Assessments => ("assessments", "リスクアセスメント実施回数（直近12か月）", "Risk assessments (12 months)"),
    TrainingCompletion => ("training_completion", "セキュリティ研修の受講率（直近12か月）", "Training completion (12 months)"),
    TestScore => ("test_score", "理解度テストの平均得点", "Average comprehension-test score"),
    CriticalPatchDays => ("critical_patch_days", "緊急の脆弱性の対処日数（中央値・四半期）", "Days to patch a critical vulnerability (median, quarter)"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, q, snapshot_with};
    use crate::snapshot::*;

    fn training(id: &str, date: &str, eligible: u32, completed: u32) -> Training {
        Training {
            id: id.into(),
            date: d(date),
            title: "研修".into(),
            audience: Audience::AllStaff,
            eligible,
            completed,
            repeat_of: None,
        }
    }

    fn test(id: &str, date: &str, takers: u32, avg: f64, max: f64) -> ComprehensionTest {
        ComprehensionTest { id: id.into(), date: d(date), training: None, takers, average_score: avg, max_score: max }
    }

    fn incident(id: &str, date: &str, kind: IncidentKind, impact: ImpactClass) -> Incident {
        Incident {
            id: id.into(),
            date: d(date),
            kind,
            category: "メール誤送信".into(),
            impact,
            summary: "誤送信".into(),
            company: None,
            reported_on: None,
            closed_on: None,
            detected_on: None,
            contained_on: None,
            personal_data_leak: false,
        }
    }

    #[test]
    fn polarity_judges_any_change() {
        assert_eq!(Polarity::HigherIsBetter.trend(0.5), Trend::Better);
        assert_eq!(Polarity::HigherIsBetter.trend(-0.5), Trend::Worse);
        assert_eq!(Polarity::LowerIsBetter.trend(1.0), Trend::Worse);
        assert_eq!(Polarity::LowerIsBetter.trend(-1.0), Trend::Better);
        assert_eq!(Polarity::LowerIsBetter.trend(0.0), Trend::Flat);
    }

    #[test]
    fn changes_against_any_quarter_follow_the_direction() {
        let mut s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].budget.security_pre_incident_yen = 8_000_000; // 8 + 3 + 2 = 13 of 100 → 13 %
        s.quarters[2].budget.security_pre_incident_yen = 6_000_000; // 11 %
        s.quarters[0].incidents.push(incident("i1", "2025-11-02", IncidentKind::Incident, ImpactClass::Minor));
        let of = |id: KpiId, label: &str| kpi(id, &Period::new(&s, q(label)).unwrap());
        let budget = |label: &str| of(KpiId::SecurityBudgetShare, label);
        // Against the previous quarter (10 %) the share rose; against 2025Q4 (13 %) it fell.
        assert_eq!(budget("2026Q2").trend, Some(Trend::Better));
        let c = change_between(&budget("2026Q2"), &budget("2025Q4")).unwrap();
        assert!((c.change + 2.0).abs() < 1e-9, "{}", c.change);
        assert_eq!(c.trend, Trend::Worse);
        assert_eq!(change_between(&budget("2026Q2"), &budget("2026Q2")).unwrap().trend, Trend::Flat);
        // Fewer incidents is better: lower-is-better KPIs turn the sign around.
        let inc = |label: &str| of(KpiId::Incidents, label);
        let c = change_between(&inc("2026Q2"), &inc("2025Q4")).unwrap();
        assert_eq!((c.change, c.trend), (-1.0, Trend::Better));
        // Another KPI, or no value: no change.
        assert_eq!(change_between(&inc("2026Q2"), &budget("2025Q4")), None);
        let training = of(KpiId::TrainingCompletion, "2026Q2");
        assert_eq!(training.value, None);
        assert_eq!(change_between(&training, &training), None);
    }

    #[test]
    fn status_thresholds_for_percentages() {
        use KpiStatus::*;
        let s = |v| status(Unit::Percent, Polarity::HigherIsBetter, v, 90.0);
        // Margin 10 % of 90 = 9: on track ≥ 90, at risk ≥ 81, off track below.
        assert_eq!([s(95.0), s(90.0), s(89.9), s(81.0), s(80.9)], [OnTrack, OnTrack, AtRisk, AtRisk, OffTrack]);
    }

    #[test]
    fn status_thresholds_for_counts() {
        use KpiStatus::*;
        // Lower is better, target 0: margin 1.
        let inc = |v| status(Unit::Count, Polarity::LowerIsBetter, v, 0.0);
        assert_eq!([inc(0.0), inc(1.0), inc(2.0)], [OnTrack, AtRisk, OffTrack]);
        // Lower is better, target 10: margin 2.
        let open = |v| status(Unit::Count, Polarity::LowerIsBetter, v, 10.0);
        assert_eq!([open(10.0), open(12.0), open(13.0)], [OnTrack, AtRisk, OffTrack]);
        // Higher is better, target 10: margin 2; target 1: margin 0.2, so 0 is off track.
        let nm = |v| status(Unit::Count, Polarity::HigherIsBetter, v, 10.0);
        assert_eq!([nm(11.0), nm(8.0), nm(7.0)], [OnTrack, AtRisk, OffTrack]);
        assert_eq!(status(Unit::Count, Polarity::HigherIsBetter, 0.0, 1.0), OffTrack);
    }

    /// Rule 2: a value equal to its target meets it; one unit (0.1) under is at risk; the margin's own
    /// edge (95 − 9.5 = 85.5) is still at risk, 85.4 is off track.
    #[test]
    fn a_value_equal_to_its_target_meets_it() {
        use KpiStatus::*;
        let s = |v| status(Unit::Percent, Polarity::HigherIsBetter, v, 95.0);
        assert_eq!([s(95.1), s(95.0), s(94.9), s(85.5), s(85.4)], [OnTrack, OnTrack, AtRisk, AtRisk, OffTrack]);
        // 70 × 0.9 = 63 exactly (0.9 × 70.0 in binary floats is 63.00000000000001).
        let t = |v| status(Unit::Percent, Polarity::HigherIsBetter, v, 70.0);
        assert_eq!([t(70.0), t(69.9), t(63.0), t(62.9)], [OnTrack, AtRisk, AtRisk, OffTrack]);
        // A maximum: 4 incidents allowed, margin max(0.8, 1) = 1.
        let i = |v| status(Unit::Count, Polarity::LowerIsBetter, v, 4.0);
        assert_eq!([i(4.0), i(5.0), i(6.0)], [OnTrack, AtRisk, OffTrack]);
        assert_eq!(margin(Unit::Percent, Polarity::HigherIsBetter, 95.0), Exact::ratio(19, 2).unwrap());
    }

    /// Rule 2: 3 takers at 7/10 is 70 % exactly; binary floats give 0.7 × 3 × 100 ÷ 3 =
    /// 69.99999999999999, which read "at risk" against a target of 70.
    #[test]
    fn a_test_score_of_exactly_the_target_is_on_track() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[1].tests.push(test("x1", "2026-05-01", 3, 7.0, 10.0));
        s.quarters[1].kpi_targets.test_score_pct = Some(70.0);
        let k = kpi(KpiId::TestScore, &Period::latest(&s).unwrap());
        assert_eq!(k.value, Some(70.0));
        assert_eq!(k.status, Some(KpiStatus::OnTrack));
        // One taker more at 6.9/10: (2.1 + 0.69) ÷ 4 = 69.75 % → 69.8 %, at risk.
        s.quarters[1].tests.push(test("x2", "2026-05-02", 1, 6.9, 10.0));
        let k = kpi(KpiId::TestScore, &Period::latest(&s).unwrap());
        assert_eq!(k.value, Some(69.8));
        assert_eq!(k.status, Some(KpiStatus::AtRisk));
        // A test with a max score of 0 adds takers, no points; no takers at all → no value.
        assert_eq!(test_score([test("z", "2026-05-01", 0, 0.0, 10.0)].iter()), None);
        assert_eq!(
            test_score([test("z", "2026-05-01", 2, 0.0, 0.0), test("y", "2026-05-01", 2, 5.0, 5.0)].iter()),
            Some(50.0)
        );
    }

    /// Rule 2: shares are exact fractions rounded once (2 of 3 → 66.7 %), and changes between quarters
    /// are differences of the presented figures (66.7 − 33.3 = 33.4, not 33.33…).
    #[test]
    fn percentages_are_presented_to_one_decimal_and_changes_follow_them() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].trainings.push(training("t1", "2026-02-01", 3, 1));
        s.quarters[1].trainings.push(training("t2", "2026-05-01", 3, 3));
        let k = kpi(KpiId::TrainingCompletion, &Period::latest(&s).unwrap());
        assert_eq!(k.series[0].value, Some(33.3));
        // Year of 2026Q2: 4 of 6 = 66.7 %.
        assert_eq!(k.value, Some(66.7));
        assert_eq!(k.change, Some(33.4));
        let budget = kpi(KpiId::SecurityBudgetShare, &Period::latest(&s).unwrap());
        assert_eq!(budget.value, Some(10.0));
    }

    #[test]
    fn budget_share_is_security_over_it() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[1].budget.security_pre_incident_yen = 6_000_000; // 6 + 3 + 2 = 11 of 100 → 11 %
        s.quarters[1].kpi_targets.security_budget_share_pct = Some(12.0);
        let k = kpi(KpiId::SecurityBudgetShare, &Period::latest(&s).unwrap());
        assert_eq!(k.value, Some(11.0));
        assert_eq!(k.target, Some(12.0));
        assert_eq!(k.status, Some(KpiStatus::AtRisk)); // within 1.2 of 12
        assert_eq!(k.previous, Some(10.0));
        assert_eq!(k.change, Some(1.0));
        assert_eq!(k.trend, Some(Trend::Better));
        assert_eq!(k.trace, vec!["quarters[1].budget", "quarters[1].kpi_targets.security_budget_share_pct"]);
        assert_eq!(k.series.len(), 2);
        assert_eq!(k.series[0].value, Some(10.0));
        assert_eq!(k.series[0].status, None, "no target in 2026Q1");
    }

    #[test]
    fn training_completion_pools_the_trailing_year() {
        let mut s = snapshot_with(&["2025Q2", "2025Q3", "2026Q2"], "2026-06-30");
        // Year [2025-06-30, 2026-06-30]: the 2025Q2 training of the day before falls outside.
        s.quarters[0].trainings.push(training("t0", "2025-06-29", 100, 0));
        s.quarters[1].trainings.push(training("t1", "2025-07-01", 30, 27));
        s.quarters[2].trainings.push(training("t2", "2026-05-01", 10, 5));
        s.quarters[2].kpi_targets.training_completion_pct = Some(90.0);
        let k = kpi(KpiId::TrainingCompletion, &Period::latest(&s).unwrap());
        // (27 + 5) / (30 + 10) = 80 %.
        assert_eq!(k.value, Some(80.0));
        assert_eq!(k.status, Some(KpiStatus::OffTrack)); // below 81
        assert_eq!(k.basis, Basis::TrailingYear);
        assert_eq!(k.trace[..2], ["quarters[1].trainings[0]", "quarters[2].trainings[0]"]);
        // 2025Q3's own year: t0 (2025-06-29) and t1 → 27 / 130 = 20.769… → 20.8 %.
        assert_eq!(k.series[1].value, Some(20.8));
        assert_eq!(k.series[0].value, Some(0.0));
    }

    #[test]
    fn test_score_weights_by_takers_and_falls_back_to_the_year() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        // 2026Q1: 10 takers at 8/10 and 30 takers at 40/50 → (0.8×10 + 0.8×30)/40 = 80 %.
        s.quarters[0].tests.push(test("x1", "2026-02-01", 10, 8.0, 10.0));
        s.quarters[0].tests.push(test("x2", "2026-03-01", 30, 40.0, 50.0));
        let p1 = Period::new(&s, q("2026Q1")).unwrap();
        let k1 = kpi(KpiId::TestScore, &p1);
        assert!((k1.value.unwrap() - 80.0).abs() < 1e-9);
        assert_eq!(k1.basis, Basis::Quarter);
        // 2026Q2 has no test: the trailing year's tests are used, basis says so.
        let k2 = kpi(KpiId::TestScore, &Period::latest(&s).unwrap());
        assert!((k2.value.unwrap() - 80.0).abs() < 1e-9);
        assert_eq!(k2.basis, Basis::TrailingYear);
        assert_eq!(k2.trace.len(), 2);
        // With a 2026Q2 test of 20 takers at 50/100, only that one counts.
        s.quarters[1].tests.push(test("x3", "2026-04-10", 20, 50.0, 100.0));
        let k3 = kpi(KpiId::TestScore, &Period::latest(&s).unwrap());
        assert_eq!(k3.value, Some(50.0));
        assert_eq!(k3.basis, Basis::Quarter);
        assert_eq!(k3.trend, Some(Trend::Worse));
    }

    #[test]
    fn counts_incidents_near_misses_assessments_and_findings() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        let r = &mut s.quarters[1];
        r.incidents.push(incident("i1", "2026-04-02", IncidentKind::Incident, ImpactClass::Moderate));
        r.incidents.push(incident("i2", "2026-04-03", IncidentKind::NearMiss, ImpactClass::None));
        r.incidents.push(incident("i3", "2026-05-03", IncidentKind::NearMiss, ImpactClass::Minor));
        r.assessments.push(Assessment {
            id: "as1".into(),
            date: d("2026-05-01"),
            scope: "全社".into(),
            method: AssessmentMethod::Baseline,
        });
        let finding = |id: &str, raised: &str, closed: Option<&str>| Finding {
            id: id.into(),
            source: "as1".into(),
            raised_on: d(raised),
            severity: Severity::High,
            title: "指摘".into(),
            closed_on: closed.map(d),
        };
        r.findings = vec![
            finding("f1", "2026-05-01", None),
            // Closed on the reference date itself: closed, not open (boundary).
            finding("f2", "2026-05-01", Some("2026-06-30")),
            finding("f3", "2026-05-01", None),
        ];
        r.kpi_targets.incidents_max = Some(0);
        r.kpi_targets.near_misses_min = Some(2);
        r.kpi_targets.open_findings_max = Some(1);
        s.quarters[0].assessments.push(Assessment {
            id: "as0".into(),
            date: d("2026-01-10"),
            scope: "EC".into(),
            method: AssessmentMethod::Detailed,
        });
        crate::fixture::assert_valid(&s);
        let all = kpis(&Period::latest(&s).unwrap());
        let v = |id| all.get(id).unwrap().value;
        let st = |id| all.get(id).unwrap().status;
        assert_eq!(v(KpiId::Incidents), Some(1.0));
        assert_eq!(st(KpiId::Incidents), Some(KpiStatus::AtRisk));
        assert_eq!(v(KpiId::NearMisses), Some(2.0));
        assert_eq!(st(KpiId::NearMisses), Some(KpiStatus::OnTrack));
        assert_eq!(v(KpiId::Assessments), Some(2.0));
        assert_eq!(st(KpiId::Assessments), None);
        assert_eq!(v(KpiId::OpenFindings), Some(2.0));
        assert_eq!(st(KpiId::OpenFindings), Some(KpiStatus::AtRisk)); // 1 + max(1, 0.2)
        assert_eq!(v(KpiId::ClosedFindings), Some(1.0));
        assert_eq!(
            all.get(KpiId::OpenFindings).unwrap().trace[..2],
            ["quarters[1].findings[0]", "quarters[1].findings[2]"]
        );
        assert_eq!(v(KpiId::TrainingCompletion), None);
        assert_eq!(st(KpiId::TrainingCompletion), None);
        let b = &all.incidents;
        assert_eq!((b.incidents, b.near_misses), (1, 2));
        assert_eq!(b.by_impact.len(), 5);
        assert_eq!((b.by_impact[0].near_misses, b.by_impact[1].near_misses, b.by_impact[2].incidents), (1, 1, 1));
        assert_eq!(b.trace.len(), 3);
        // The first quarter: 0 incidents, previous of 2026Q2's incidents is 0 → change +1, worse.
        let inc = all.get(KpiId::Incidents).unwrap();
        assert_eq!((inc.previous, inc.change, inc.trend), (Some(0.0), Some(1.0), Some(Trend::Worse)));
    }

    #[test]
    fn a_serious_incident_puts_the_incidents_kpi_off_track_and_shows_its_lag() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[1].kpi_targets.incidents_max = Some(3);
        let mut minor = incident("i-minor", "2026-04-02", IncidentKind::Incident, ImpactClass::Moderate);
        minor.reported_on = Some(d("2026-04-03"));
        s.quarters[1].incidents = vec![minor];
        crate::fixture::assert_valid(&s);
        let p = Period::latest(&s).unwrap();
        // One moderate incident against a maximum of 3: on track; not serious.
        assert_eq!(kpi(KpiId::Incidents, &p).status, Some(KpiStatus::OnTrack));
        assert!(incident_breakdown(&p).serious.is_empty());
        // A major near-miss is not an incident: still on track.
        s.quarters[1].incidents.push(incident("n-major", "2026-04-05", IncidentKind::NearMiss, ImpactClass::Major));
        assert_eq!(kpi(KpiId::Incidents, &Period::latest(&s).unwrap()).status, Some(KpiStatus::OnTrack));
        // A major incident: 2 incidents (within 3) but off track; reported the same day: lag 0.
        let mut major = incident("i-major", "2026-05-10", IncidentKind::Incident, ImpactClass::Major);
        major.reported_on = Some(d("2026-05-10"));
        let mut severe = incident("i-severe", "2026-06-01", IncidentKind::Incident, ImpactClass::Severe);
        severe.reported_on = Some(d("2026-06-04"));
        s.quarters[1].incidents.push(major);
        s.quarters[1].emergency.follow_ups.push(FollowUp {
            id: "f1".into(),
            source: "i-major".into(),
            title: "再発防止".into(),
            due: d("2026-09-30"),
            closed_on: None,
        });
        crate::fixture::assert_valid(&s);
        let p = Period::latest(&s).unwrap();
        let k = kpi(KpiId::Incidents, &p);
        assert_eq!((k.value, k.status), (Some(2.0), Some(KpiStatus::OffTrack)));
        assert_eq!(k.series[0].status, None, "2026Q1 has no target");
        let b = incident_breakdown(&p);
        assert_eq!(b.serious.len(), 1);
        let m = &b.serious[0];
        assert_eq!((m.id.as_str(), m.lag_days, m.follow_ups), ("i-major", Some(0), 1));
        assert_eq!(m.path, "quarters[1].incidents[2]");
        // A severe one reported 3 days later, listed first; one not yet reported has no lag.
        s.quarters[1].incidents.push(severe);
        let mut silent = incident("i-silent", "2026-06-20", IncidentKind::Incident, ImpactClass::Major);
        silent.reported_on = None;
        s.quarters[1].incidents.push(silent);
        crate::fixture::assert_valid(&s);
        let b = incident_breakdown(&Period::latest(&s).unwrap());
        let got: Vec<(&str, Option<i64>)> = b.serious.iter().map(|x| (x.id.as_str(), x.lag_days)).collect();
        assert_eq!(got, vec![("i-severe", Some(3)), ("i-major", Some(0)), ("i-silent", None)]);
        // The lag runs from detection: the severe one, found on 06-02, went up 2 days later.
        let at = s.quarters[1].incidents.iter().position(|i| i.id == "i-severe").unwrap();
        s.quarters[1].incidents[at].detected_on = Some(d("2026-06-02"));
        crate::fixture::assert_valid(&s);
        let b = incident_breakdown(&Period::latest(&s).unwrap());
        assert_eq!(b.serious[0].lag_days, Some(2));
    }
}

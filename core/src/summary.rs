//! The board summary of one quarter: everything the board pack shows, computed from a validated
//! [`Snapshot`] and a chosen quarter, with no clock and no I/O.
//!
//! [`board_summary`] gathers the sections ([`crate::checksheet`], [`crate::kpi`], [`crate::pdca`],
//! [`crate::risk`], [`crate::partners`], [`crate::readiness`]) and judges them: a traffic light per
//! important item with its reasons ([`ItemLight`]), the KPIs off target, and the ranked decisions asked
//! of the board ([`Decision`]), each traced to the JSON paths of the records behind it.
//! `docs/SUMMARY.md` documents the rules and the JSON.
//!
//! ```
//! # let Ok(bytes) = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/a-company.json")) else { return };
//! use csm_core::{snapshot, summary};
//! let snapshot = snapshot::load(&bytes).unwrap();
//! let latest = snapshot.quarters.last().unwrap().quarter;
//! let summary = summary::board_summary(&snapshot, latest).unwrap();
//! assert_eq!(summary.lights.len(), 10);
//! println!("{}", summary.headline.message(snapshot::Language::En));
//! ```

mod decisions;
mod lights;
mod words;

use serde::Serialize;

pub use decisions::{
    AlreadyDecided, Ask, CHASE_ACTIONS_FROM, Decision, GROUP_FROM, NAMED_IN_GROUP, PartnerClauses, Urgency,
};
pub use lights::{CheckFall, CheckGap, ItemLight, Light, Reason, Signal, TargetCut};

use crate::action::{self, Actions};
use crate::calendar::{Date, Quarter};
use crate::checksheet::{self, CheckSheet, Score};
use crate::directive::{self, BoardRecord};
use crate::fiscal::{FiscalQuarter, FiscalYearStart};
use crate::governance::{self, GovernanceView};
use crate::impact::{self, BusinessImpact};
use crate::kpi::{self, KpiId, KpiStatus, Kpis};
use crate::partners::{self, Partners};
use crate::pdca::{self, Pdca};
use crate::period::{Period, PeriodError};
use crate::readiness::{self, Readiness};
use crate::risk::{self, RiskView};
use crate::snapshot::{Language, Snapshot, Yen};
use crate::staffing::{self, Resources};
use crate::text::{self, Text};
use crate::vulnerability::{self, Vulnerabilities};

/// The version of the summary's JSON shape (`docs/SUMMARY.md`); bumped on any breaking change.
pub const SUMMARY_VERSION: u32 = 1;

/// Who the summary is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationInfo {
    /// Name.
    pub name: Text,
    /// Industry.
    pub industry: Text,
    /// Employees.
    pub employees: u32,
    /// Group companies covered.
    pub group_companies: usize,
    /// The month its fiscal year starts (1 = January, the default).
    pub fiscal_year_start: FiscalYearStart,
}

/// The summary's quarter named in the organisation's fiscal year (`crate::fiscal`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FiscalLabel {
    /// The fiscal year, named after the calendar year it starts in (2026 for April 2026 – March 2027).
    pub year: u16,
    /// The fiscal quarter, 1..=4.
    pub number: u8,
    /// `2026年度 第2四半期（7〜9月）` / `FY2026 Q2 (Jul–Sep)`.
    pub label: Text,
}

impl From<FiscalQuarter> for FiscalLabel {
    fn from(q: FiscalQuarter) -> FiscalLabel {
        FiscalLabel { year: q.year, number: q.number, label: Text::new(q.label(Language::Ja), q.label(Language::En)) }
    }
}

/// How many items have each light.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LightCounts {
    /// Green.
    pub green: usize,
    /// Amber.
    pub amber: usize,
    /// Red.
    pub red: usize,
}

/// How many KPIs have each status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KpiCounts {
    /// On track.
    pub on_track: usize,
    /// At risk.
    pub at_risk: usize,
    /// Off track.
    pub off_track: usize,
    /// Without status (no target or no value).
    pub no_status: usize,
}

/// How many decisions have each severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionCounts {
    /// Critical.
    pub critical: usize,
    /// High.
    pub high: usize,
    /// Medium.
    pub medium: usize,
    /// Low.
    pub low: usize,
}

/// The numbers of the first page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    /// Overall maturity (mean of the 10 items) against target, with the change.
    pub maturity: Score,
    /// Traffic lights.
    pub lights: LightCounts,
    /// KPI statuses.
    pub kpis: KpiCounts,
    /// Expected annual loss of the register.
    pub expected_loss_yen: Yen,
    /// Change since the previous quarter.
    pub expected_loss_change_yen: Option<i64>,
    /// Expected annual loss ÷ security budget, for reference only (not the 6-1 comparison; see
    /// `reduction_to_budget`).
    pub loss_to_budget: Option<f64>,
    /// Residual expected annual loss net of insurance in force.
    pub net_loss_yen: Yen,
    /// Inherent expected annual loss (risks with an inherent estimate).
    pub inherent_loss_yen: Yen,
    /// Reduction of expected loss by the measures (inherent − residual net, risks with both estimates).
    pub loss_reduction_yen: i64,
    /// `loss_reduction_yen ÷ security budget` (6-1: size of risk against cost of measures).
    pub reduction_to_budget: Option<f64>,
    /// Risks in the register.
    pub risks: usize,
    /// Of which without a residual loss estimate.
    pub not_estimated: usize,
    /// Residual risks above tolerance.
    pub above_tolerance: usize,
    /// Of which without a valid board approval (missing, not by the board, worsened or expired).
    pub unapproved: usize,
    /// Decisions by severity.
    pub decisions: DecisionCounts,
}

impl Headline {
    /// The headline as two or three sentences in `lang`.
    pub fn message(&self, lang: Language) -> String {
        let ja = lang == Language::Ja;
        let n = |x: f64| text::number(x, 2);
        let change = self.maturity.change.map(|c| {
            let s = text::signed(c, 2);
            if ja { format!("（前期比 {s}）") } else { format!(" ({s} on the previous quarter)") }
        });
        let change = change.unwrap_or_default();
        let l = &self.lights;
        let loss = text::yen(self.expected_loss_yen, lang);
        let net = (self.net_loss_yen != self.expected_loss_yen).then(|| {
            let y = text::yen(self.net_loss_yen, lang);
            if ja { format!("（保険控除後 {y}）") } else { format!(" ({y} net of insurance)") }
        });
        let reduction = self.reduction_to_budget.map(|r| {
            let y = text::yen(self.loss_reduction_yen.max(0) as Yen, lang);
            if ja {
                format!("、対策による低減 {y} はセキュリティ予算の {} 倍", text::number(r, 1))
            } else {
                format!("; the measures reduce it by {y} a year, {}× the security budget", text::number(r, 1))
            }
        });
        let unestimated = (self.not_estimated > 0).then(|| {
            let n = self.not_estimated;
            if ja {
                format!("（未見積 {n} 件）")
            } else {
                format!(" ({n} of {} risk(s) not estimated)", self.risks)
            }
        });
        let ratio =
            format!("{}{}{}", net.unwrap_or_default(), reduction.unwrap_or_default(), unestimated.unwrap_or_default());
        let d = &self.decisions;
        let total = d.critical + d.high + d.medium + d.low;
        if ja {
            let urgent = if d.critical + d.high > 0 {
                format!("（うち最重要・高 {} 件）", d.critical + d.high)
            } else {
                String::new()
            };
            format!(
                "総合成熟度 {} / 目標 {}{change}。重要10項目のうち 赤 {}・黄 {}・青 {}。想定年間損失 {loss}{ratio}。取締役会の判断事項 {total} 件{urgent}。",
                n(self.maturity.maturity),
                n(self.maturity.target),
                l.red,
                l.amber,
                l.green
            )
        } else {
            let urgent = if d.critical + d.high > 0 {
                format!(" ({} critical or high)", d.critical + d.high)
            } else {
                String::new()
            };
            format!(
                "Overall maturity {} against a target of {}{change}. Of the 10 important items: {} red, {} amber, {} green. Expected annual loss {loss}{ratio}. {total} decision(s) for the board{urgent}.",
                n(self.maturity.maturity),
                n(self.maturity.target),
                l.red,
                l.amber,
                l.green
            )
        }
    }
}

/// The board summary of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardSummary {
    /// [`SUMMARY_VERSION`].
    pub summary_version: u32,
    /// Who.
    pub organisation: OrganisationInfo,
    /// The quarter (the export's calendar-quarter key).
    pub quarter: Quarter,
    /// The quarter in the organisation's fiscal year.
    pub fiscal_quarter: FiscalLabel,
    /// The quarter compared against (previous entry of the export).
    pub previous_quarter: Option<Quarter>,
    /// The export's date.
    pub as_of: Date,
    /// The quarter's reference date: the earlier of its last day and `as_of`.
    pub reference: Date,
    /// Exclusive start of the trailing year.
    pub year_from: Date,
    /// Whether the export's records cover the whole trailing year; if not, counts over the year are
    /// partial and their rules are capped at amber / medium.
    pub year_covered: bool,
    /// The export's quarters, oldest first (for a quarter picker).
    pub quarters: Vec<Quarter>,
    /// The first page.
    pub headline: Headline,
    /// Traffic light per important item, in order.
    pub lights: Vec<ItemLight>,
    /// KPIs at risk or off track, worst first.
    pub kpis_off_target: Vec<KpiId>,
    /// Decisions asked of the board, ranked.
    pub decisions: Vec<Decision>,
    /// Check sheet.
    pub checksheet: CheckSheet,
    /// KPIs.
    pub kpis: Kpis,
    /// PDCA and reporting.
    pub pdca: Pdca,
    /// Risk register.
    pub risk: RiskView,
    /// Partners.
    pub partners: Partners,
    /// Readiness.
    pub readiness: Readiness,
    /// The executive's own decisions (0-4; items 1 and 2).
    pub governance: GovernanceView,
    /// The board's record: decisions taken, last quarter's directives and what became of them (4-2).
    pub board: BoardRecord,
    /// Decisions the rules would ask that a board decision in force already answers: not asked twice.
    pub already_decided: Vec<AlreadyDecided>,
    /// Treatment actions (3-4).
    pub actions: Actions,
    /// Security budget and people (6).
    pub resources: Resources,
    /// Vulnerability and patch management (8-1).
    pub vulnerabilities: Vulnerabilities,
    /// Business impact analysis of the quarter's outage scenario (3-3).
    pub business_impact: BusinessImpact,
}

impl BoardSummary {
    /// Any of the export's quarters named in the organisation's fiscal year — the one way a quarter is
    /// shown to a person (`2026年度 第2四半期（7〜9月）`).
    pub fn fiscal(&self, quarter: Quarter) -> FiscalQuarter {
        self.organisation.fiscal_year_start.quarter(quarter)
    }
}

/// The board summary of `quarter`, or an error listing the quarters the export holds.
pub fn board_summary(snapshot: &Snapshot, quarter: Quarter) -> Result<BoardSummary, PeriodError> {
    Ok(summarise(&Period::new(snapshot, quarter)?))
}

/// The board summary of the export's latest quarter.
pub fn latest_summary(snapshot: &Snapshot) -> Result<BoardSummary, PeriodError> {
    Ok(summarise(&Period::latest(snapshot)?))
}

/// The board summary of `period`.
pub fn summarise(period: &Period<'_>) -> BoardSummary {
    let s = period.snapshot();
    let checksheet = checksheet::check_sheet(period);
    let kpis = kpi::kpis(period);
    let pdca = pdca::pdca(period);
    let risk = risk::risk_view(period);
    let partners = partners::partners(period);
    let readiness = readiness::readiness(period);
    let governance = governance::governance(period);
    let board = directive::board_record(period);
    let actions = action::actions(period);
    let resources = staffing::resources(period);
    let vulnerabilities = vulnerability::vulnerabilities(period);
    let business_impact = impact::business_impact(period);
    let facts = lights::Facts {
        period,
        checksheet: &checksheet,
        kpis: &kpis,
        pdca: &pdca,
        risk: &risk,
        partners: &partners,
        readiness: &readiness,
        governance: &governance,
        board: &board,
        actions: &actions,
        resources: &resources,
        vulnerabilities: &vulnerabilities,
        impact: &business_impact,
    };
    let lights = lights::lights(&facts);
    let (decisions, already_decided) = decisions::decisions(&facts);

    let mut off: Vec<(KpiStatus, KpiId)> =
        kpis.kpis.iter().filter_map(|k| k.status.filter(|s| *s != KpiStatus::OnTrack).map(|s| (s, k.id))).collect();
    crate::order::sort_by_key(&mut off, |(s, _)| *s);
    let kcount = |st: Option<KpiStatus>| kpis.kpis.iter().filter(|k| k.status == st).count();
    let lcount = |l: Light| lights.iter().filter(|x| x.light == l).count();
    let dcount = |sv: Urgency| decisions.iter().filter(|d| d.urgency == sv).count();
    let loss = &risk.loss;
    let headline = Headline {
        maturity: checksheet.overall.clone(),
        lights: LightCounts { green: lcount(Light::Green), amber: lcount(Light::Amber), red: lcount(Light::Red) },
        kpis: KpiCounts {
            on_track: kcount(Some(KpiStatus::OnTrack)),
            at_risk: kcount(Some(KpiStatus::AtRisk)),
            off_track: kcount(Some(KpiStatus::OffTrack)),
            no_status: kcount(None),
        },
        expected_loss_yen: loss.total_yen,
        expected_loss_change_yen: loss.previous_total_yen.map(|p| loss.total_yen as i64 - p as i64),
        loss_to_budget: loss.ratio_to_security_budget,
        net_loss_yen: loss.net_yen,
        inherent_loss_yen: loss.inherent_yen,
        loss_reduction_yen: loss.reduction_yen,
        reduction_to_budget: loss.reduction_to_budget,
        risks: risk.risks,
        not_estimated: loss.not_estimated,
        above_tolerance: risk.above_tolerance.len(),
        unapproved: risk.above_tolerance.iter().filter(|r| r.approval.unapproved()).count(),
        decisions: DecisionCounts {
            critical: dcount(Urgency::Critical),
            high: dcount(Urgency::High),
            medium: dcount(Urgency::Medium),
            low: dcount(Urgency::Low),
        },
    };
    let o = &s.organisation;
    BoardSummary {
        summary_version: SUMMARY_VERSION,
        organisation: OrganisationInfo {
            name: Text::with_fallback(&o.name, o.name_en.as_deref()),
            industry: Text::with_fallback(&o.industry, o.industry_en.as_deref()),
            employees: o.employees,
            group_companies: o.group_companies.len(),
            fiscal_year_start: o.fiscal(),
        },
        quarter: period.quarter(),
        fiscal_quarter: o.fiscal().quarter(period.quarter()).into(),
        previous_quarter: period.previous().map(|p| p.quarter()),
        as_of: s.as_of,
        reference: period.reference(),
        year_from: period.year_start(),
        year_covered: period.year_covered(),
        quarters: s.quarters.iter().map(|q| q.quarter).collect(),
        headline,
        lights,
        kpis_off_target: off.into_iter().map(|(_, id)| id).collect(),
        decisions,
        checksheet,
        kpis,
        pdca,
        risk,
        partners,
        readiness,
        governance,
        board,
        already_decided,
        actions,
        resources,
        vulnerabilities,
        business_impact,
    }
}

#[cfg(test)]
mod tests;

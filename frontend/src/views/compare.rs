//! What a view compares the chosen quarter with: the quarter in the "compare with" selector (by
//! default the one before). Every difference is computed by core — `kpi::change_between` and
//! `checksheet::compare` against the comparison quarter's board summary — never in the views.

use csm_core::calendar::Quarter;
use csm_core::checksheet::{self, Comparison};
use csm_core::kpi::{self, Kpi, KpiChange};
use csm_core::summary::BoardSummary;

/// The comparison of a view.
#[derive(Debug, Clone, Copy)]
pub enum Baseline<'a> {
    /// No comparison.
    Nothing,
    /// The chosen quarter is compared with `quarter`, whose board summary is `summary`.
    Quarter {
        /// The comparison quarter.
        quarter: Quarter,
        /// Its board summary.
        summary: &'a BoardSummary,
        /// Whether it is the quarter just before the chosen one (core's own changes then apply,
        /// such as the change of the expected loss).
        previous: bool,
    },
}

impl<'a> Baseline<'a> {
    /// The basis for `summary` compared with `compare`, whose summary is `compare_summary`.
    pub fn new(summary: &BoardSummary, compare: Option<Quarter>, compare_summary: Option<&'a BoardSummary>) -> Self {
        match (compare, compare_summary) {
            (Some(q), Some(other)) if other.quarter == q => {
                Baseline::Quarter { quarter: q, summary: other, previous: summary.previous_quarter == Some(q) }
            }
            _ => Baseline::Nothing,
        }
    }

    /// The comparison quarter, if any.
    pub fn quarter(&self) -> Option<Quarter> {
        match self {
            Baseline::Nothing => None,
            Baseline::Quarter { quarter, .. } => Some(*quarter),
        }
    }

    /// The comparison quarter's summary, if any.
    pub fn summary(&self) -> Option<&'a BoardSummary> {
        match self {
            Baseline::Nothing => None,
            Baseline::Quarter { summary, .. } => Some(summary),
        }
    }

    /// Whether the comparison quarter is the one just before the chosen quarter.
    pub fn is_previous(&self) -> bool {
        matches!(self, Baseline::Quarter { previous: true, .. })
    }

    /// A KPI's change against the comparison quarter (core's `kpi::change_between`).
    pub fn kpi(&self, now: &Kpi) -> Option<KpiChange> {
        let then = self.summary()?.kpis.get(now.id)?;
        kpi::change_between(now, then)
    }

    /// The check sheet of `now` against the comparison quarter's (core's `checksheet::compare`).
    pub fn checksheet(&self, now: &BoardSummary) -> Option<Comparison> {
        Some(checksheet::compare(&now.checksheet, &self.summary()?.checksheet))
    }
}

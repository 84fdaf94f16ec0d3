//! What a figure measures and which way is better: the [`Unit`] of a value, its [`Polarity`] and the
//! [`Trend`] of a change. Shared by the KPIs, the check sheet's maturities, the expected loss and the
//! formatters of [`crate::text`]; re-exported by [`crate::kpi`].

use serde::Serialize;

use crate::text::{number, pct, signed, signed_points};
use crate::vocabulary::terms;

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Higher values are better; the target is a minimum.
    HigherIsBetter,
    /// Lower values are better; the target is a maximum.
    LowerIsBetter,
}

/// What the value counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A percentage, 0..=100.
    Percent,
    /// A count.
    Count,
}

/// Movement since the previous quarter, judged by the KPI's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Moved the better way.
    Better,
    /// Moved the worse way.
    Worse,
    /// Unchanged.
    Flat,
}

impl Polarity {
    /// Whether a change of `change` is for the better, by this polarity (any quantity, not only a
    /// KPI: maturity is higher-is-better, the expected loss lower-is-better).
    pub fn trend(self, change: f64) -> Trend {
        let better = match self {
            Polarity::HigherIsBetter => change > 0.0,
            Polarity::LowerIsBetter => change < 0.0,
        };
        if change == 0.0 {
            Trend::Flat
        } else if better {
            Trend::Better
        } else {
            Trend::Worse
        }
    }
}

/// A KPI value in its unit: `97.4%`, `14`.
pub fn in_unit(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Percent => pct(value),
        Unit::Count => number(value, 1),
    }
}

/// A KPI's change in its unit: percentages in points (`+4.1pt`), counts as counts (`−3`).
pub fn change_in_unit(change: f64, unit: Unit) -> String {
    match unit {
        Unit::Percent => signed_points(change),
        Unit::Count => signed(change, 1),
    }
}

/// A KPI target with its polarity: `≥ 95.0%` (a minimum), `≤ 4` (a maximum).
pub fn target(value: f64, unit: Unit, polarity: Polarity) -> String {
    let sign = match polarity {
        Polarity::HigherIsBetter => '≥',
        Polarity::LowerIsBetter => '≤',
    };
    format!("{sign} {}", in_unit(value, unit))
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(Trend, "Trend", {
    Better => ("better", "改善", "better"),
    Worse => ("worse", "悪化", "worse"),
    Flat => ("flat", "横ばい", "unchanged"),
});
terms!(Polarity, "Polarity", {
    HigherIsBetter => ("higher_is_better", "高いほど良い", "higher is better"),
    LowerIsBetter => ("lower_is_better", "低いほど良い", "lower is better"),
});
terms!(Unit, "Unit", {
    Percent => ("percent", "割合（%）", "Percentage"),
    Count => ("count", "件数", "Count"),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_changes_and_targets_in_their_unit() {
        assert_eq!(in_unit(97.368, Unit::Percent), "97.4%");
        assert_eq!(change_in_unit(-3.0, Unit::Count), "\u{2212}3");
        assert_eq!(target(95.0, Unit::Percent, Polarity::HigherIsBetter), "≥ 95.0%");
        assert_eq!(target(4.0, Unit::Count, Polarity::LowerIsBetter), "≤ 4");
    }
}

//! The KPI view's words, in Japanese and English.

use csm_core::fiscal::FiscalQuarter;
use csm_core::kpi::{Basis, Family, Polarity};
use csm_core::snapshot::Language;
use csm_core::vocabulary::Term;

/// Fixed labels of the KPI view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// The view's title.
    pub title: &'static str,
    /// Column: quarter.
    pub quarter: &'static str,
    /// Column and legend: the value.
    pub value: &'static str,
    /// Column and legend: the target.
    pub target: &'static str,
    /// Column: status.
    pub status: &'static str,
    /// Marks the chosen quarter's row.
    pub chosen: &'static str,
    /// Heading of the incidents by impact.
    pub impact_title: &'static str,
    /// Column: impact class.
    pub impact: &'static str,
    /// Column: incidents.
    pub incidents: &'static str,
    /// Column: near-misses.
    pub near_misses: &'static str,
    /// Shown when a KPI has no value in any quarter.
    pub no_values: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    title: "KPI（4-2 KPI の設定・モニタリング）",
    quarter: "四半期",
    value: "実績",
    target: "目標",
    status: "状態",
    chosen: "対象",
    impact_title: "インシデント・ヒヤリハットの影響度別件数（四半期）",
    impact: "影響度",
    incidents: "インシデント",
    near_misses: "ヒヤリハット",
    no_values: "どの四半期にも実績がありません。",
};

/// English.
pub const EN: Labels = Labels {
    title: "KPIs (4-2, setting and monitoring KPIs)",
    quarter: "Quarter",
    value: "Value",
    target: "Target",
    status: "Status",
    chosen: "shown",
    impact_title: "Incidents and near-misses by business impact (quarter)",
    impact: "Impact",
    incidents: "Incidents",
    near_misses: "Near-misses",
    no_values: "No quarter has a value.",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The KPI family (4-2).
pub fn family(lang: Language, family: Family) -> &'static str {
    family.label(lang)
}

/// What the value is measured over.
pub fn basis(lang: Language, basis: Basis) -> &'static str {
    basis.label(lang)
}

/// Which way is better.
pub fn direction(lang: Language, direction: Polarity) -> &'static str {
    direction.label(lang)
}

/// The trend chart's accessible name.
pub fn chart_label(lang: Language, name: &str, first: Option<FiscalQuarter>, last: Option<FiscalQuarter>) -> String {
    let span = match (first, last) {
        (Some(f), Some(l)) => format!("{}–{}", f.short(), l.short()),
        _ => String::new(),
    };
    match lang {
        Language::Ja => format!("{name}の推移（{span}）。実績は線、目標は破線。数値は下の表にあります。"),
        Language::En => {
            format!("{name}, {span}: the value as a line, the target dashed. The numbers are in the table below.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use csm_core::fiscal::FiscalYearStart;

    #[test]
    fn chart_labels_name_the_span() {
        let q = |s: &str| s.parse().ok().map(|q| FiscalYearStart::APRIL.quarter(q));
        assert_eq!(
            chart_label(Language::Ja, "受講率", q("2024Q4"), q("2026Q3")),
            "受講率の推移（FY2024 Q3–FY2026 Q2）。実績は線、目標は破線。数値は下の表にあります。"
        );
        assert!(
            chart_label(Language::En, "Incidents", q("2024Q4"), q("2026Q3"))
                .starts_with("Incidents, FY2024 Q3–FY2026 Q2")
        );
        assert_eq!(family(Language::En, Family::Awareness), "Staff security awareness");
        assert_eq!(basis(Language::Ja, Basis::TrailingYear), "直近12か月");
    }
}

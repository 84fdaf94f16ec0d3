//! Expected annual loss (FAIR's annualised loss exposure: loss magnitude × annual frequency): per risk,
//! per asset, the largest risks, and the register's total against the security budget.
//!
//! The **expected annual loss** of a risk is `loss_magnitude_yen × annual_frequency` rounded to the yen;
//! totals are sums of the rounded amounts.

use std::collections::HashMap;

use serde::Serialize;

use super::matrix::{Level, level};
use super::{asset_name, risk_path, threat};
use crate::period::Period;
use crate::snapshot::{Budget, QuarterRecord, Risk, RiskMatrix, Yen};
use crate::text::Text;

/// How many risks [`ExpectedLoss::top_risks`] lists.
pub const TOP_RISKS: usize = 5;

/// A risk's expected annual loss in yen.
pub fn expected_loss(risk: &Risk) -> Yen {
    let v = risk.loss_magnitude_yen as f64 * risk.annual_frequency;
    if v.is_finite() && v > 0.0 { v.round() as Yen } else { 0 }
}

/// Expected annual loss of one asset's risks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssetLoss {
    /// The asset's id.
    pub asset: String,
    /// The asset's name (the id if the asset is not in the record).
    pub name: Text,
    /// Risks on the asset.
    pub risks: usize,
    /// Their expected annual loss.
    pub expected_loss_yen: Yen,
}

/// One of the risks with the largest expected loss.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskLoss {
    /// The risk's id.
    pub id: String,
    /// Its threat scenario.
    pub threat: Text,
    /// Its asset's id.
    pub asset: String,
    /// Loss if it happens.
    pub loss_magnitude_yen: Yen,
    /// Expected occurrences per year.
    pub annual_frequency: f64,
    /// Expected annual loss.
    pub expected_loss_yen: Yen,
    /// Residual level.
    pub level: Option<Level>,
    /// JSON path.
    pub path: String,
}

/// Expected annual loss of the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExpectedLoss {
    /// Sum over all risks.
    pub total_yen: Yen,
    /// The previous quarter's total.
    pub previous_total_yen: Option<Yen>,
    /// Per asset, largest first.
    pub per_asset: Vec<AssetLoss>,
    /// The [`TOP_RISKS`] risks with the largest expected loss (ties by id).
    pub top_risks: Vec<RiskLoss>,
    /// The quarter's security budget (pre-incident + operations + post-incident).
    pub security_budget_yen: Yen,
    /// `total_yen ÷ security_budget_yen` (`2.0` = twice the budget); `None` without a budget.
    pub ratio_to_security_budget: Option<f64>,
}

/// The register's total expected annual loss.
pub fn total_expected_loss(risks: &[Risk]) -> Yen {
    risks.iter().map(expected_loss).fold(0, Yen::saturating_add)
}

/// Expected annual loss per asset, largest first (ties by asset id).
fn per_asset(r: &QuarterRecord) -> Vec<AssetLoss> {
    let mut per: HashMap<&str, (usize, Yen)> = HashMap::new();
    for risk in &r.risks {
        let e = per.entry(risk.asset.as_str()).or_default();
        e.0 += 1;
        e.1 = e.1.saturating_add(expected_loss(risk));
    }
    let names: HashMap<&str, Text> = r.assets.iter().map(|a| (a.id.as_str(), asset_name(a))).collect();
    let mut per_asset: Vec<AssetLoss> = per
        .into_iter()
        .map(|(asset, (risks, yen))| AssetLoss {
            asset: asset.to_owned(),
            name: names.get(asset).cloned().unwrap_or_else(|| Text::new(asset, asset)),
            risks,
            expected_loss_yen: yen,
        })
        .collect();
    per_asset.sort_by(|a, b| b.expected_loss_yen.cmp(&a.expected_loss_yen).then(a.asset.cmp(&b.asset)));
    per_asset
}

/// The [`TOP_RISKS`] risks of `risks` (under `base`) with the largest positive expected loss.
fn top_risks(m: &RiskMatrix, risks: &[Risk], base: &str) -> Vec<RiskLoss> {
    let mut ranked: Vec<(usize, Yen)> = risks.iter().enumerate().map(|(j, x)| (j, expected_loss(x))).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| risks[a.0].id.cmp(&risks[b.0].id)));
    ranked
        .iter()
        .take(TOP_RISKS)
        .filter(|(_, yen)| *yen > 0)
        .map(|&(j, yen)| {
            let x = &risks[j];
            RiskLoss {
                id: x.id.clone(),
                threat: threat(x),
                asset: x.asset.clone(),
                loss_magnitude_yen: x.loss_magnitude_yen,
                annual_frequency: x.annual_frequency,
                expected_loss_yen: yen,
                level: level(m, x.residual),
                path: risk_path(base, j),
            }
        })
        .collect()
}

/// The quarter's security budget: pre-incident + operations + post-incident.
fn security_budget(b: &Budget) -> Yen {
    b.security_pre_incident_yen.saturating_add(b.security_operations_yen).saturating_add(b.security_post_incident_yen)
}

/// Expected annual loss of `period`'s register.
pub fn loss(period: &Period<'_>) -> ExpectedLoss {
    let r = period.record();
    let total = total_expected_loss(&r.risks);
    let security = security_budget(&r.budget);
    ExpectedLoss {
        total_yen: total,
        previous_total_yen: period.previous().map(|p| total_expected_loss(&p.record().risks)),
        per_asset: per_asset(r),
        top_risks: top_risks(&period.snapshot().risk_matrix, &r.risks, &period.path()),
        security_budget_yen: security,
        ratio_to_security_budget: crate::figure::Exact::ratio(i128::from(total), i128::from(security))
            .map(|r| r.round(crate::figure::RATIO)),
    }
}

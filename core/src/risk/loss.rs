//! Expected annual loss (FAIR's annualised loss exposure: loss magnitude × annual frequency): per risk,
//! per asset, the largest risks, and — as 6-1 asks, the size of the risk against the cost of the
//! measures — the **reduction** of expected loss the treatments buy against the security budget.
//!
//! - **Residual** (gross): `loss_magnitude_yen × annual_frequency`, rounded to the yen; *not estimated*
//!   when either is absent (never a zero the office did not state).
//! - **Net of insurance**: the same with each loss reduced by the cover of an insurance in force at the
//!   reference date (`expires_on` not before it): `max(0, magnitude − cover_yen) × annual_frequency`.
//! - **Inherent**: `(inherent_loss_magnitude_yen or loss_magnitude_yen) × inherent_annual_frequency`;
//!   not estimated without `inherent_annual_frequency`.
//! - **Reduction**: over the risks with both estimates, inherent − residual net of insurance.
//!
//! Totals are sums of the rounded amounts.

use foldhash::{HashMap, HashMapExt};

use serde::Serialize;

use super::matrix::{Level, level};
use super::{asset_name, risk_path, threat};
use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::{Budget, QuarterRecord, Risk, RiskMatrix, Yen};
use crate::text::Text;

/// How many risks [`ExpectedLoss::top_risks`] lists.
pub const TOP_RISKS: usize = 5;

/// `magnitude × frequency` rounded to the yen (0 for a negative or non-finite product).
fn annualised(magnitude: Yen, frequency: f64) -> Yen {
    let v = magnitude as f64 * frequency;
    if v.is_finite() && v > 0.0 { v.round() as Yen } else { 0 }
}

/// A risk's residual expected annual loss in yen, if estimated.
pub fn residual_loss(risk: &Risk) -> Option<Yen> {
    Some(annualised(risk.loss_magnitude_yen?, risk.annual_frequency?))
}

/// A risk's residual expected annual loss net of an insurance in force on `reference`, if estimated.
pub fn net_loss(risk: &Risk, reference: Date) -> Option<Yen> {
    let magnitude = risk.loss_magnitude_yen?;
    let cover = risk.insurance.as_ref().filter(|i| i.expires_on >= reference).map_or(0, |i| i.cover_yen);
    Some(annualised(magnitude.saturating_sub(cover), risk.annual_frequency?))
}

/// A risk's inherent (before treatment) expected annual loss, if estimated.
pub fn inherent_loss(risk: &Risk) -> Option<Yen> {
    let magnitude = risk.inherent_loss_magnitude_yen.or(risk.loss_magnitude_yen)?;
    Some(annualised(magnitude, risk.inherent_annual_frequency?))
}

/// A risk's residual expected annual loss in yen (0 when not estimated, for ordering and totals).
pub fn expected_loss(risk: &Risk) -> Yen {
    residual_loss(risk).unwrap_or(0)
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
    /// Expected annual loss (residual, gross).
    pub expected_loss_yen: Yen,
    /// Net of an insurance in force.
    pub net_loss_yen: Yen,
    /// Before treatment, if estimated.
    pub inherent_loss_yen: Option<Yen>,
    /// Residual level.
    pub level: Option<Level>,
    /// JSON path.
    pub path: String,
}

/// Expected annual loss of the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExpectedLoss {
    /// Residual expected loss (gross of insurance), summed over the risks with an estimate.
    pub total_yen: Yen,
    /// Risks with a residual estimate.
    pub estimated: usize,
    /// Risks without one (loss magnitude or annual frequency absent): "not estimated".
    pub not_estimated: usize,
    /// Residual expected loss net of insurance in force at the reference date.
    pub net_yen: Yen,
    /// `total_yen − net_yen`: what the insurance in force covers.
    pub insured_yen: Yen,
    /// Inherent expected loss, summed over the risks with an inherent estimate.
    pub inherent_yen: Yen,
    /// Risks without an inherent estimate.
    pub inherent_not_estimated: usize,
    /// Over the risks with both estimates: inherent − residual net of insurance (6-1: what the measures
    /// buy). Negative when residual estimates exceed inherent ones.
    pub reduction_yen: i64,
    /// Risks the reduction is computed over.
    pub reduction_risks: usize,
    /// `reduction_yen ÷ security_budget_yen` to two decimals (`1.5` = the measures avoid 1.5 times their
    /// cost each year); `None` without a budget or without a risk with both estimates.
    pub reduction_to_budget: Option<f64>,
    /// The previous quarter's total.
    pub previous_total_yen: Option<Yen>,
    /// Per asset, largest first.
    pub per_asset: Vec<AssetLoss>,
    /// The [`TOP_RISKS`] risks with the largest expected loss (ties by id).
    pub top_risks: Vec<RiskLoss>,
    /// The quarter's security budget (pre-incident + operations + post-incident).
    pub security_budget_yen: Yen,
    /// `total_yen ÷ security_budget_yen`, for reference only: a residual loss larger than the budget is
    /// not by itself under-spending — compare `reduction_to_budget`. `None` without a budget.
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
    crate::order::sort_by(&mut per_asset, |a, b| {
        b.expected_loss_yen.cmp(&a.expected_loss_yen).then(a.asset.cmp(&b.asset))
    });
    per_asset
}

/// The [`TOP_RISKS`] risks of `risks` (under `base`) with the largest positive expected loss.
fn top_risks(m: &RiskMatrix, risks: &[Risk], base: &str, reference: Date) -> Vec<RiskLoss> {
    // Largest loss first, ties by id, then by place in the register: a total order, so keeping the
    // first TOP_RISKS while walking the register once gives a full stable sort's first TOP_RISKS —
    // without sorting 20,000 records for five.
    let rank = |a: &(usize, Yen), b: &(usize, Yen)| {
        b.1.cmp(&a.1).then_with(|| risks[a.0].id.cmp(&risks[b.0].id)).then(a.0.cmp(&b.0))
    };
    let mut ranked: Vec<(usize, Yen)> = Vec::with_capacity(TOP_RISKS + 1);
    for entry in risks.iter().enumerate().map(|(j, x)| (j, expected_loss(x))) {
        let at = ranked.partition_point(|kept| rank(kept, &entry) == std::cmp::Ordering::Less);
        if at < TOP_RISKS {
            ranked.insert(at, entry);
            ranked.truncate(TOP_RISKS);
        }
    }
    ranked
        .iter()
        .filter(|(_, yen)| *yen > 0)
        .map(|&(j, yen)| {
            let x = &risks[j];
            RiskLoss {
                id: x.id.clone(),
                threat: threat(x),
                asset: x.asset.clone(),
                loss_magnitude_yen: x.loss_magnitude_yen.unwrap_or(0),
                annual_frequency: x.annual_frequency.unwrap_or(0.0),
                expected_loss_yen: yen,
                net_loss_yen: net_loss(x, reference).unwrap_or(0),
                inherent_loss_yen: inherent_loss(x),
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
    let reference = period.reference();
    let total = total_expected_loss(&r.risks);
    let security = security_budget(&r.budget);
    let estimated = r.risks.iter().filter(|x| residual_loss(x).is_some()).count();
    let net = r.risks.iter().filter_map(|x| net_loss(x, reference)).fold(0, Yen::saturating_add);
    let inherent: Vec<Yen> = r.risks.iter().filter_map(inherent_loss).collect();
    let both: Vec<(Yen, Yen)> =
        r.risks.iter().filter_map(|x| Some((inherent_loss(x)?, net_loss(x, reference)?))).collect();
    let reduction: i64 = both.iter().map(|&(i, n)| i as i64 - n as i64).sum();
    ExpectedLoss {
        total_yen: total,
        estimated,
        not_estimated: r.risks.len() - estimated,
        net_yen: net,
        insured_yen: total.saturating_sub(net),
        inherent_yen: inherent.iter().copied().fold(0, Yen::saturating_add),
        inherent_not_estimated: r.risks.len() - inherent.len(),
        reduction_yen: reduction,
        reduction_risks: both.len(),
        reduction_to_budget: (security > 0 && !both.is_empty())
            .then(|| (reduction as f64 / security as f64 * 100.0).round() / 100.0),
        previous_total_yen: period.previous().map(|p| total_expected_loss(&p.record().risks)),
        per_asset: per_asset(r),
        top_risks: top_risks(&period.snapshot().risk_matrix, &r.risks, &period.path(), reference),
        security_budget_yen: security,
        ratio_to_security_budget: crate::figure::Exact::ratio(i128::from(total), i128::from(security))
            .map(|r| r.round(crate::figure::RATIO)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, d, risk, snapshot_with};
    use crate::snapshot::Insurance;

    #[test]
    fn the_top_risks_are_a_full_sorts_first_five_ties_by_id_then_place() {
        // 40 risks, losses from a handful of values so that many tie, ids out of order and one id
        // repeated (the function does not rely on the loader's unique ids): the list must be the
        // first TOP_RISKS of the stable sort by loss (largest first), then id.
        let m = crate::fixture::matrix3();
        let risks: Vec<Risk> = (0..40u64)
            .map(|j| {
                let id = if j == 7 { "r-03".to_owned() } else { format!("r-{:02}", (j * 17) % 41) };
                let mut r = risk(&id, "a", (2, 2), (2, 2));
                r.loss_magnitude_yen = Some(1_000_000 * ((j * 7) % 4));
                r.annual_frequency = Some(1.0);
                r
            })
            .collect();
        let mut sorted: Vec<(usize, Yen)> = risks.iter().enumerate().map(|(j, x)| (j, expected_loss(x))).collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| risks[a.0].id.cmp(&risks[b.0].id)));
        let want: Vec<String> = sorted.iter().take(TOP_RISKS).map(|&(j, _)| format!("q.risks[{j}]")).collect();
        let got: Vec<String> = top_risks(&m, &risks, "q", d("2026-06-30")).into_iter().map(|r| r.path).collect();
        assert_eq!(got, want);
        assert!(top_risks(&m, &risks[..3], "q", d("2026-06-30")).len() <= 3);
    }

    #[test]
    fn a_risk_without_an_estimate_is_not_estimated() {
        let mut r = risk("r", "a", (3, 3), (2, 2));
        r.loss_magnitude_yen = None;
        assert_eq!((residual_loss(&r), expected_loss(&r)), (None, 0));
        r.loss_magnitude_yen = Some(1_000_000);
        r.annual_frequency = None;
        assert_eq!(residual_loss(&r), None);
        r.annual_frequency = Some(0.0);
        assert_eq!(residual_loss(&r), Some(0)); // stated zero: estimated
    }

    #[test]
    fn insurance_in_force_reduces_the_net_loss_up_to_its_cover() {
        let reference = d("2026-06-30");
        let mut r = risk("r", "a", (3, 3), (2, 2));
        r.loss_magnitude_yen = Some(100_000_000);
        r.annual_frequency = Some(0.1);
        let cover = |yen, expires: &str| Some(Insurance { policy: "P".into(), cover_yen: yen, expires_on: d(expires) });
        assert_eq!(net_loss(&r, reference), Some(10_000_000));
        r.insurance = cover(30_000_000, "2026-06-30"); // in force on its expiry day
        assert_eq!(net_loss(&r, reference), Some(7_000_000));
        r.insurance = cover(30_000_000, "2026-06-29"); // lapsed the day before: gross
        assert_eq!(net_loss(&r, reference), Some(10_000_000));
        r.insurance = cover(100_000_000, "2027-03-31"); // cover equal to the loss: nothing left
        assert_eq!(net_loss(&r, reference), Some(0));
        r.insurance = cover(200_000_000, "2027-03-31"); // more cover than loss: still 0
        assert_eq!(net_loss(&r, reference), Some(0));
    }

    #[test]
    fn the_reduction_is_compared_with_the_security_budget() {
        let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
        let q = &mut s.quarters[0];
        q.assets.push(asset("ec", "EC"));
        q.budget.security_pre_incident_yen = 6_000_000;
        q.budget.security_operations_yen = 3_000_000;
        q.budget.security_post_incident_yen = 1_000_000; // 10,000,000
        // a: inherent 100M × 0.5 = 50M; residual 100M × 0.1 = 10M; insured 40M in force → net 6M.
        let mut a = risk("a", "ec", (3, 3), (2, 2));
        a.loss_magnitude_yen = Some(100_000_000);
        a.annual_frequency = Some(0.1);
        a.inherent_annual_frequency = Some(0.5);
        a.insurance = Some(Insurance { policy: "P".into(), cover_yen: 40_000_000, expires_on: d("2027-03-31") });
        // b: inherent magnitude 20M × 1.0 = 20M; residual 5M × 0.2 = 1M.
        let mut b = risk("b", "ec", (3, 3), (1, 1));
        b.loss_magnitude_yen = Some(5_000_000);
        b.annual_frequency = Some(0.2);
        b.inherent_loss_magnitude_yen = Some(20_000_000);
        b.inherent_annual_frequency = Some(1.0);
        // c: residual only (inherent not estimated); d: nothing estimated.
        let mut c = risk("c", "ec", (2, 2), (2, 2));
        c.loss_magnitude_yen = Some(3_000_000);
        c.annual_frequency = Some(1.0);
        let mut e = risk("e", "ec", (2, 2), (2, 2));
        e.loss_magnitude_yen = None;
        e.annual_frequency = None;
        q.risks = vec![a, b, c, e];
        crate::fixture::assert_valid(&s);
        let l = loss(&Period::latest(&s).unwrap());
        assert_eq!((l.total_yen, l.estimated, l.not_estimated), (14_000_000, 3, 1));
        assert_eq!((l.net_yen, l.insured_yen), (10_000_000, 4_000_000));
        assert_eq!((l.inherent_yen, l.inherent_not_estimated), (70_000_000, 2));
        // (50M − 6M) + (20M − 1M) = 63M over 2 risks; 63M ÷ 10M = 6.3.
        assert_eq!((l.reduction_yen, l.reduction_risks), (63_000_000, 2));
        assert_eq!(l.reduction_to_budget, Some(6.3));
        // A reduction equal to the budget reads 1.0.
        s.quarters[0].budget.security_pre_incident_yen = 59_000_000;
        let l = loss(&Period::latest(&s).unwrap());
        assert_eq!(l.reduction_to_budget, Some(1.0));
        // Without any risk with both estimates there is no comparison.
        for r in &mut s.quarters[0].risks {
            r.inherent_annual_frequency = None;
        }
        assert_eq!(loss(&Period::latest(&s).unwrap()).reduction_to_budget, None);
    }
}

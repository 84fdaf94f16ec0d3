//! The risk register read through the matrix (3-3, 3-4, 付録3 (3)-6): levels, heat maps, movement
//! since the previous quarter, residual risks above tolerance and their approvals, treatment mix and
//! expected annual loss (FAIR's annualised loss exposure: loss magnitude × annual frequency).
//!
//! - A rating's **level** is `grid[likelihood − 1][impact − 1]`; levels are ranked by their position in
//!   `risk_matrix.levels` (lowest first).
//! - A risk is **above tolerance** when its residual level ranks above its tolerance: the risk's own
//!   `tolerance` if set, else the matrix's.
//! - Its **approval** is *missing* (none), *expired* (`expires_on` on or before the reference date),
//!   *expiring* (within [`EXPIRY_WARNING_DAYS`] days after it) or *valid*.
//! - **Expected annual loss** of a risk is `loss_magnitude_yen × annual_frequency` rounded to the yen;
//!   totals are sums of the rounded amounts.

use std::collections::HashMap;

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::period::Period;
use crate::snapshot::{Approval, Rating, Risk, RiskMatrix, Treatment, Yen};
use crate::text::Text;
use crate::vocabulary::Term;

/// An approval expiring within this many days after the reference date is flagged to the board.
pub const EXPIRY_WARNING_DAYS: i64 = 90;

/// How many risks [`ExpectedLoss::top_risks`] lists.
pub const TOP_RISKS: usize = 5;

/// Which rating of a risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rated {
    /// Before treatment.
    Inherent,
    /// After treatment.
    Residual,
}

/// A risk level of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Level {
    /// The level's id.
    pub id: String,
    /// Position in `risk_matrix.levels`, 0 = lowest.
    pub rank: usize,
    /// Its name.
    pub name: Text,
    /// Its colour, `#rrggbb`.
    pub colour: String,
}

/// The level at position `rank` of the matrix.
pub fn level_at(matrix: &RiskMatrix, rank: usize) -> Option<Level> {
    matrix.levels.get(rank).map(|l| Level {
        id: l.id.clone(),
        rank,
        name: Text::new(&l.name, &l.name_en),
        colour: l.colour.clone(),
    })
}

/// The rank of the level with this id.
pub fn rank_of(matrix: &RiskMatrix, id: &str) -> Option<usize> {
    matrix.levels.iter().position(|l| l.id == id)
}

/// The rank of the level a rating falls in; `None` if the rating is off the grid.
pub fn level_rank(matrix: &RiskMatrix, rating: Rating) -> Option<usize> {
    let row = matrix.grid.get(usize::from(rating.likelihood).checked_sub(1)?)?;
    rank_of(matrix, row.get(usize::from(rating.impact).checked_sub(1)?)?)
}

/// The level a rating falls in.
pub fn level(matrix: &RiskMatrix, rating: Rating) -> Option<Level> {
    level_at(matrix, level_rank(matrix, rating)?)
}

/// The rank of the tolerance that applies to `risk`: its own, else the matrix's.
pub fn tolerance_rank(matrix: &RiskMatrix, risk: &Risk) -> Option<usize> {
    risk.tolerance.as_deref().and_then(|t| rank_of(matrix, t)).or_else(|| rank_of(matrix, &matrix.tolerance))
}

/// Whether the residual level ranks above the applicable tolerance.
pub fn above_tolerance(matrix: &RiskMatrix, risk: &Risk) -> bool {
    matches!((level_rank(matrix, risk.residual), tolerance_rank(matrix, risk)), (Some(l), Some(t)) if l > t)
}

/// A risk's expected annual loss in yen.
pub fn expected_loss(risk: &Risk) -> Yen {
    let v = risk.loss_magnitude_yen as f64 * risk.annual_frequency;
    if v.is_finite() && v > 0.0 { v.round() as Yen } else { 0 }
}

/// One cell of a heat map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatCell {
    /// Likelihood, 1..=size.
    pub likelihood: u8,
    /// Impact, 1..=size.
    pub impact: u8,
    /// Risks in the cell.
    pub count: usize,
    /// The cell's level id.
    pub level: String,
    /// The level's name.
    pub name: Text,
    /// The level's colour.
    pub colour: String,
}

/// One row of a heat map (one likelihood).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatRow {
    /// Likelihood, 1..=size.
    pub likelihood: u8,
    /// The likelihood's name.
    pub label: Text,
    /// Cells by impact, lowest first.
    pub cells: Vec<HeatCell>,
}

/// A heat map ready to draw: rows from the highest likelihood down, columns from the lowest impact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatMap {
    /// Which rating is mapped.
    pub rated: Rated,
    /// Column labels: impact names, lowest first.
    pub impact: Vec<Text>,
    /// The rows, highest likelihood first.
    pub rows: Vec<HeatRow>,
    /// Risks placed in a cell (all of them in a valid export).
    pub total: usize,
}

/// The heat map of `risks` by `rated` rating on `matrix`.
pub fn heat_map(matrix: &RiskMatrix, risks: &[Risk], rated: Rated) -> HeatMap {
    let (nl, ni) = (matrix.likelihood.len(), matrix.impact.len());
    let mut counts = vec![vec![0usize; ni]; nl];
    for r in risks {
        let rating = match rated {
            Rated::Inherent => r.inherent,
            Rated::Residual => r.residual,
        };
        let (l, i) = (usize::from(rating.likelihood), usize::from(rating.impact));
        if (1..=nl).contains(&l) && (1..=ni).contains(&i) {
            counts[l - 1][i - 1] += 1;
        }
    }
    let rows = (0..nl)
        .rev()
        .map(|l| HeatRow {
            likelihood: (l + 1) as u8,
            label: Text::new(&matrix.likelihood[l].name, &matrix.likelihood[l].name_en),
            cells: (0..ni)
                .map(|i| {
                    let lv = matrix
                        .grid
                        .get(l)
                        .and_then(|row| row.get(i))
                        .and_then(|id| level_at(matrix, rank_of(matrix, id)?));
                    HeatCell {
                        likelihood: (l + 1) as u8,
                        impact: (i + 1) as u8,
                        count: counts[l][i],
                        level: lv.as_ref().map_or_else(String::new, |v| v.id.clone()),
                        name: lv.as_ref().map_or_else(|| Text::new("", ""), |v| v.name.clone()),
                        colour: lv.map_or_else(String::new, |v| v.colour),
                    }
                })
                .collect(),
        })
        .collect();
    HeatMap {
        rated,
        impact: matrix.impact.iter().map(|s| Text::new(&s.name, &s.name_en)).collect(),
        rows,
        total: counts.iter().flatten().sum(),
    }
}

/// How a risk moved since the previous quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    /// Residual level rose.
    Up,
    /// Residual level fell.
    Down,
    /// Not in the previous quarter's register.
    New,
    /// In the previous quarter's register, gone now.
    Removed,
}

/// A risk whose residual level changed, or that appeared or disappeared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Movement {
    /// The risk's id.
    pub id: String,
    /// Its threat scenario.
    pub threat: Text,
    /// How it moved.
    pub change: Move,
    /// Residual level in the previous quarter.
    pub from: Option<Level>,
    /// Residual level now.
    pub to: Option<Level>,
    /// JSON path of the risk now, or in the previous quarter if removed.
    pub path: String,
}

fn threat(r: &Risk) -> Text {
    Text::with_fallback(&r.threat, r.threat_en.as_deref())
}

/// Risks that moved between two registers rated on the same matrix (`base` and `previous_base` are
/// the records' JSON paths). Current register order, then removed risks in previous order.
pub fn movements(
    matrix: &RiskMatrix,
    previous: &[Risk],
    current: &[Risk],
    previous_base: &str,
    base: &str,
) -> Vec<Movement> {
    let before: HashMap<&str, &Risk> = previous.iter().map(|r| (r.id.as_str(), r)).collect();
    let now: HashMap<&str, &Risk> = current.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out = Vec::new();
    for (j, r) in current.iter().enumerate() {
        let to = level_rank(matrix, r.residual);
        let (change, from) = match before.get(r.id.as_str()) {
            None => (Move::New, None),
            Some(p) => {
                let from = level_rank(matrix, p.residual);
                match (from, to) {
                    (Some(f), Some(t)) if t > f => (Move::Up, Some(f)),
                    (Some(f), Some(t)) if t < f => (Move::Down, Some(f)),
                    _ => continue,
                }
            }
        };
        out.push(Movement {
            id: r.id.clone(),
            threat: threat(r),
            change,
            from: from.and_then(|f| level_at(matrix, f)),
            to: to.and_then(|t| level_at(matrix, t)),
            path: format!("{base}.risks[{j}]"),
        });
    }
    for (j, p) in previous.iter().enumerate() {
        if !now.contains_key(p.id.as_str()) {
            out.push(Movement {
                id: p.id.clone(),
                threat: threat(p),
                change: Move::Removed,
                from: level(matrix, p.residual),
                to: None,
                path: format!("{previous_base}.risks[{j}]"),
            });
        }
    }
    out
}

/// The standing of a board approval at the reference date. Ordered most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalState {
    /// No approval.
    Missing,
    /// `expires_on` is on or before the reference date.
    Expired,
    /// Expires within [`EXPIRY_WARNING_DAYS`] days after the reference date.
    Expiring,
    /// Valid beyond that.
    Valid,
}

/// The standing of `approval` at `reference`.
pub fn approval_state(approval: Option<&Approval>, reference: Date) -> ApprovalState {
    match approval {
        None => ApprovalState::Missing,
        Some(a) if a.expires_on <= reference => ApprovalState::Expired,
        Some(a) if reference.days_until(a.expires_on) <= EXPIRY_WARNING_DAYS => ApprovalState::Expiring,
        Some(_) => ApprovalState::Valid,
    }
}

/// A residual risk above tolerance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AboveTolerance {
    /// The risk's id.
    pub id: String,
    /// Its threat scenario.
    pub threat: Text,
    /// Its asset's id.
    pub asset: String,
    /// Its owner.
    pub owner: String,
    /// Residual level.
    pub level: Level,
    /// The tolerance that applies.
    pub tolerance: Level,
    /// Whether the tolerance is the risk's own.
    pub own_tolerance: bool,
    /// The approval's standing.
    pub approval: ApprovalState,
    /// Who approved, if anyone.
    pub approver: Option<String>,
    /// When the approval lapses.
    pub expires_on: Option<Date>,
    /// Days from the reference date to `expires_on` (negative once lapsed).
    pub days_to_expiry: Option<i64>,
    /// Expected annual loss.
    pub expected_loss_yen: Yen,
    /// JSON path, `quarters[7].risks[3]`.
    pub path: String,
}

/// The risks above tolerance in `period`'s register: the most urgent approval first, then the highest
/// level, then the largest expected loss.
pub fn above_tolerance_list(period: &Period<'_>) -> Vec<AboveTolerance> {
    let m = &period.snapshot().risk_matrix;
    let reference = period.reference();
    let base = period.path();
    let mut out: Vec<AboveTolerance> = period
        .record()
        .risks
        .iter()
        .enumerate()
        .filter_map(|(j, r)| {
            let rank = level_rank(m, r.residual)?;
            let tol = tolerance_rank(m, r)?;
            (rank > tol).then_some(())?;
            Some(AboveTolerance {
                id: r.id.clone(),
                threat: threat(r),
                asset: r.asset.clone(),
                owner: r.owner.clone(),
                level: level_at(m, rank)?,
                tolerance: level_at(m, tol)?,
                own_tolerance: r.tolerance.as_deref().and_then(|t| rank_of(m, t)).is_some(),
                approval: approval_state(r.approval.as_ref(), reference),
                approver: r.approval.as_ref().map(|a| a.approver.clone()),
                expires_on: r.approval.as_ref().map(|a| a.expires_on),
                days_to_expiry: r.approval.as_ref().map(|a| reference.days_until(a.expires_on)),
                expected_loss_yen: expected_loss(r),
                path: format!("{base}.risks[{j}]"),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.approval
            .cmp(&b.approval)
            .then(b.level.rank.cmp(&a.level.rank))
            .then(b.expected_loss_yen.cmp(&a.expected_loss_yen))
            .then(a.id.cmp(&b.id))
    });
    out
}

/// Risks, share and expected loss of one treatment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TreatmentShare {
    /// The treatment.
    pub treatment: Treatment,
    /// Risks treated so.
    pub count: usize,
    /// Share of all risks, percent.
    pub pct: f64,
    /// Their expected annual loss.
    pub expected_loss_yen: Yen,
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

/// Expected annual loss of `period`'s register.
pub fn loss(period: &Period<'_>) -> ExpectedLoss {
    let r = period.record();
    let m = &period.snapshot().risk_matrix;
    let base = period.path();
    let mut per: HashMap<&str, (usize, Yen)> = HashMap::new();
    for risk in &r.risks {
        let e = per.entry(risk.asset.as_str()).or_default();
        e.0 += 1;
        e.1 = e.1.saturating_add(expected_loss(risk));
    }
    let names: HashMap<&str, Text> =
        r.assets.iter().map(|a| (a.id.as_str(), Text::with_fallback(&a.name, a.name_en.as_deref()))).collect();
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

    let mut ranked: Vec<(usize, Yen)> = r.risks.iter().enumerate().map(|(j, x)| (j, expected_loss(x))).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| r.risks[a.0].id.cmp(&r.risks[b.0].id)));
    let top_risks = ranked
        .iter()
        .take(TOP_RISKS)
        .filter(|(_, yen)| *yen > 0)
        .map(|&(j, yen)| {
            let x = &r.risks[j];
            RiskLoss {
                id: x.id.clone(),
                threat: threat(x),
                asset: x.asset.clone(),
                loss_magnitude_yen: x.loss_magnitude_yen,
                annual_frequency: x.annual_frequency,
                expected_loss_yen: yen,
                level: level(m, x.residual),
                path: format!("{base}.risks[{j}]"),
            }
        })
        .collect();

    let total = total_expected_loss(&r.risks);
    let b = &r.budget;
    let security = b
        .security_pre_incident_yen
        .saturating_add(b.security_operations_yen)
        .saturating_add(b.security_post_incident_yen);
    ExpectedLoss {
        total_yen: total,
        previous_total_yen: period.previous().map(|p| total_expected_loss(&p.record().risks)),
        per_asset,
        top_risks,
        security_budget_yen: security,
        ratio_to_security_budget: (security > 0).then(|| total as f64 / security as f64),
    }
}

/// Risks per treatment, in the order reduce, retain, avoid, transfer.
pub fn treatment_mix(risks: &[Risk]) -> Vec<TreatmentShare> {
    [Treatment::Reduce, Treatment::Retain, Treatment::Avoid, Treatment::Transfer]
        .iter()
        .map(|&t| {
            let mine: Vec<&Risk> = risks.iter().filter(|r| r.treatment == t).collect();
            TreatmentShare {
                treatment: t,
                count: mine.len(),
                pct: if risks.is_empty() { 0.0 } else { mine.len() as f64 * 100.0 / risks.len() as f64 },
                expected_loss_yen: mine.iter().map(|r| expected_loss(r)).fold(0, Yen::saturating_add),
            }
        })
        .collect()
}

/// The label of a treatment.
pub fn treatment_label(t: Treatment) -> Text {
    t.text()
}

/// The risk register of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskView {
    /// The quarter.
    pub quarter: Quarter,
    /// Risks in the register.
    pub risks: usize,
    /// The matrix's tolerance.
    pub tolerance: Option<Level>,
    /// Heat map before treatment.
    pub inherent: HeatMap,
    /// Heat map after treatment.
    pub residual: HeatMap,
    /// Residual risks above tolerance, most urgent first.
    pub above_tolerance: Vec<AboveTolerance>,
    /// Risks that moved since the previous quarter (none in the first quarter).
    pub movements: Vec<Movement>,
    /// Treatment mix.
    pub treatment_mix: Vec<TreatmentShare>,
    /// Expected annual loss.
    pub loss: ExpectedLoss,
}

/// The risk register of `period`'s quarter.
pub fn risk_view(period: &Period<'_>) -> RiskView {
    let m = &period.snapshot().risk_matrix;
    let risks = &period.record().risks;
    RiskView {
        quarter: period.quarter(),
        risks: risks.len(),
        tolerance: rank_of(m, &m.tolerance).and_then(|t| level_at(m, t)),
        inherent: heat_map(m, risks, Rated::Inherent),
        residual: heat_map(m, risks, Rated::Residual),
        above_tolerance: above_tolerance_list(period),
        movements: period
            .previous()
            .map(|p| movements(m, &p.record().risks, risks, &p.path(), &period.path()))
            .unwrap_or_default(),
        treatment_mix: treatment_mix(risks),
        loss: loss(period),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, d, matrix3, risk, snapshot_with};
    use crate::snapshot::Approval;

    fn approval(expires: &str) -> Option<Approval> {
        Some(Approval {
            approver: "取締役会".into(),
            approved_on: d("2025-01-10"),
            expires_on: d(expires),
            reference: None,
        })
    }

    #[test]
    fn levels_come_from_the_grid() {
        let m = matrix3();
        let r = |l, i| Rating { likelihood: l, impact: i };
        assert_eq!(level_rank(&m, r(1, 1)), Some(0));
        assert_eq!(level_rank(&m, r(2, 2)), Some(1));
        assert_eq!(level_rank(&m, r(3, 2)), Some(2));
        assert_eq!(level_rank(&m, r(0, 2)), None);
        assert_eq!(level_rank(&m, r(4, 1)), None);
        assert_eq!(level(&m, r(1, 3)).unwrap().id, "medium");
        let mut x = risk("r", "a", (3, 3), (2, 3));
        assert!(above_tolerance(&m, &x)); // high > medium
        x.tolerance = Some("high".into());
        assert!(!above_tolerance(&m, &x));
    }

    #[test]
    fn heat_map_rows_run_from_high_likelihood() {
        let m = matrix3();
        let risks =
            vec![risk("a", "x", (3, 1), (1, 1)), risk("b", "x", (3, 1), (1, 3)), risk("c", "x", (1, 3), (1, 3))];
        let h = heat_map(&m, &risks, Rated::Inherent);
        assert_eq!(h.rows.len(), 3);
        assert_eq!(h.rows[0].likelihood, 3);
        assert_eq!(h.rows[0].label.ja, "高");
        assert_eq!(h.rows[0].cells[0].count, 2);
        assert_eq!(h.rows[0].cells[0].level, "medium");
        assert_eq!(h.rows[0].cells[0].colour, "#f9a825");
        assert_eq!(h.rows[2].cells[2].count, 1);
        assert_eq!(h.rows[2].cells[2].name.en, "Medium");
        assert_eq!(h.impact[2].en, "Major");
        assert_eq!(h.total, 3);
        let res = heat_map(&m, &risks, Rated::Residual);
        assert_eq!((res.rows[2].cells[0].count, res.rows[2].cells[2].count), (1, 2));
    }

    #[test]
    fn movements_since_the_previous_quarter() {
        let m = matrix3();
        let prev = vec![
            risk("up", "x", (3, 3), (1, 1)),
            risk("down", "x", (3, 3), (3, 3)),
            risk("same", "x", (2, 2), (2, 2)),
            risk("gone", "x", (2, 2), (1, 2)),
        ];
        let now = vec![
            risk("new", "x", (2, 2), (2, 2)),
            risk("same", "x", (2, 2), (1, 3)),
            risk("down", "x", (3, 3), (2, 2)),
            risk("up", "x", (3, 3), (2, 2)),
        ];
        let mv = movements(&m, &prev, &now, "quarters[0]", "quarters[1]");
        type Row<'a> = (&'a str, Move, Option<&'a str>, Option<&'a str>, &'a str);
        let got: Vec<Row> = mv
            .iter()
            .map(|x| {
                (
                    x.id.as_str(),
                    x.change,
                    x.from.as_ref().map(|l| l.id.as_str()),
                    x.to.as_ref().map(|l| l.id.as_str()),
                    x.path.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("new", Move::New, None, Some("medium"), "quarters[1].risks[0]"),
                ("down", Move::Down, Some("high"), Some("medium"), "quarters[1].risks[2]"),
                ("up", Move::Up, Some("low"), Some("medium"), "quarters[1].risks[3]"),
                ("gone", Move::Removed, Some("low"), None, "quarters[0].risks[3]"),
            ]
        );
    }

    #[test]
    fn approvals_missing_expired_expiring_and_valid() {
        let reference = d("2026-06-30");
        assert_eq!(approval_state(None, reference), ApprovalState::Missing);
        assert_eq!(approval_state(approval("2026-06-30").as_ref(), reference), ApprovalState::Expired);
        assert_eq!(approval_state(approval("2026-07-01").as_ref(), reference), ApprovalState::Expiring);
        assert_eq!(approval_state(approval("2026-09-28").as_ref(), reference), ApprovalState::Expiring); // 90 days
        assert_eq!(approval_state(approval("2026-09-29").as_ref(), reference), ApprovalState::Valid);
    }

    #[test]
    fn above_tolerance_list_is_ordered_by_urgency() {
        let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
        let r = &mut s.quarters[0];
        r.assets.push(asset("a", "顧客情報"));
        let mut valid = risk("valid", "a", (3, 3), (3, 3));
        valid.approval = approval("2027-03-31");
        let mut expired = risk("expired", "a", (3, 3), (2, 3));
        expired.approval = approval("2026-06-01");
        let missing = risk("missing", "a", (3, 3), (2, 3));
        let mut own = risk("own", "a", (3, 3), (2, 2)); // medium, own tolerance low → above
        own.tolerance = Some("low".into());
        let within = risk("within", "a", (3, 3), (2, 2));
        r.risks = vec![valid, expired, missing, own, within];
        crate::fixture::assert_valid(&s);
        let list = above_tolerance_list(&Period::latest(&s).unwrap());
        let got: Vec<(&str, ApprovalState)> = list.iter().map(|x| (x.id.as_str(), x.approval)).collect();
        assert_eq!(
            got,
            vec![
                ("missing", ApprovalState::Missing),
                ("own", ApprovalState::Missing),
                ("expired", ApprovalState::Expired),
                ("valid", ApprovalState::Valid)
            ]
        );
        assert!(list[1].own_tolerance);
        assert_eq!(list[1].tolerance.id, "low");
        assert_eq!(list[2].days_to_expiry, Some(-29));
        assert_eq!(list[2].path, "quarters[0].risks[1]");
    }

    #[test]
    fn expected_loss_totals_assets_treatments_and_budget_ratio() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].assets.push(asset("ec", "EC サイト"));
        let mut old = risk("r1", "ec", (3, 3), (2, 2));
        old.loss_magnitude_yen = 100_000_000;
        old.annual_frequency = 0.1;
        s.quarters[0].risks.push(old.clone());
        let r = &mut s.quarters[1];
        r.assets.push(asset("ec", "EC サイト"));
        r.assets.push(asset("pii", "顧客情報"));
        // ec: 100,000,000 × 0.25 = 25,000,000; pii: 30,000,000 × 0.5 = 15,000,000 and 1,000 × 0.3333 = 333.3 → 333.
        let mut a = risk("r1", "ec", (3, 3), (2, 2));
        a.loss_magnitude_yen = 100_000_000;
        a.annual_frequency = 0.25;
        let mut b = risk("r2", "pii", (3, 3), (2, 2));
        b.loss_magnitude_yen = 30_000_000;
        b.annual_frequency = 0.5;
        b.treatment = Treatment::Transfer;
        let mut c = risk("r3", "pii", (1, 1), (1, 1));
        c.loss_magnitude_yen = 1_000;
        c.annual_frequency = 0.3333;
        c.treatment = Treatment::Retain;
        r.risks = vec![a, b, c];
        crate::fixture::assert_valid(&s);
        let l = loss(&Period::latest(&s).unwrap());
        assert_eq!(l.total_yen, 40_000_333);
        assert_eq!(l.previous_total_yen, Some(10_000_000));
        assert_eq!(l.per_asset.len(), 2);
        assert_eq!(
            (l.per_asset[0].asset.as_str(), l.per_asset[0].expected_loss_yen, l.per_asset[0].risks),
            ("ec", 25_000_000, 1)
        );
        assert_eq!(
            (l.per_asset[1].name.ja.as_str(), l.per_asset[1].expected_loss_yen, l.per_asset[1].risks),
            ("顧客情報", 15_000_333, 2)
        );
        assert_eq!(l.security_budget_yen, 10_000_000);
        assert!((l.ratio_to_security_budget.unwrap() - 4.0000333).abs() < 1e-9);
        assert_eq!(l.top_risks.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), vec!["r1", "r2", "r3"]);
        assert_eq!(l.top_risks[0].path, "quarters[1].risks[0]");
        let mix = treatment_mix(&s.quarters[1].risks);
        assert_eq!(mix.iter().map(|t| t.count).collect::<Vec<_>>(), vec![1, 1, 0, 1]);
        assert!((mix[0].pct - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(mix[3].expected_loss_yen, 15_000_000);
        let view = risk_view(&Period::latest(&s).unwrap());
        assert_eq!(view.risks, 3);
        assert_eq!(view.residual.total, 3);
        assert_eq!(view.tolerance.unwrap().id, "medium");
        assert_eq!(
            view.movements.iter().map(|m| (m.id.as_str(), m.change)).collect::<Vec<_>>(),
            vec![("r2", Move::New), ("r3", Move::New)]
        );
    }
}

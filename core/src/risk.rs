//! The risk register read through the matrix (3-3, 3-4, 付録3 (3)-6), one concern per module:
//!
//! - [`matrix`](level_rank): a rating's level and the tolerance that applies;
//! - [`heat map`](heat_map): risks per cell of the matrix;
//! - [`contrast`](text_on): the ink that reads on a level's colour (WCAG 2);
//! - [`movements`]: residual levels that rose or fell since another quarter;
//! - [`approvals`](above_tolerance_list): residual risks above tolerance and where their approval stands;
//! - [`expected loss`](loss): FAIR's annualised loss exposure (loss magnitude × annual frequency);
//! - [`treatment`](treatment_mix): the treatment mix;
//! - [`register`](query): the register filtered, sorted and paged for a view.
//!
//! [`risk_view`] gathers the quarter's numbers for the board summary.
//!
//! ```
//! # let Ok(bytes) = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/a-company.json")) else { return };
//! use csm_core::{period::Period, risk, snapshot};
//! let snapshot = snapshot::load(&bytes).unwrap();
//! let period = Period::latest(&snapshot).unwrap();
//! let query = risk::Query {
//!     cell: Some(risk::Cell { rated: risk::Rated::Residual, likelihood: 2, impact: 3 }),
//!     ..risk::Query::default()
//! };
//! let page = risk::query(&period, &query);
//! assert!(page.rows.iter().all(|r| (r.residual.likelihood, r.residual.impact) == (2, 3)));
//! assert_eq!(risk::text_on("#fde725").ink, risk::Ink::Dark);
//! ```

mod approval;
mod assessment;
mod contrast;
#[cfg(test)]
mod fixture;
mod heat_map;
mod loss;
mod matrix;
mod movement;
mod register;
mod treatment;

use serde::Serialize;

pub use approval::{
    AboveTolerance, ApprovalState, Approvals, EXPIRY_WARNING_DAYS, Judge, OwnTolerance, Standing, above_tolerance_list,
    approval_state, approvals, effective_expiry, own_tolerances_above_board, standing, worsened,
};
pub use assessment::{AssessmentEntry, assessments};
pub use contrast::{
    BLACK_INK, Contrast, DARK_INK, Ink, LIGHT_INK, contrast_ratio, parse_colour, relative_luminance, text_on,
};
pub use heat_map::{HeatCell, HeatMap, HeatRow, heat_map};
pub use loss::{AssetLoss, ExpectedLoss, RiskLoss, TOP_RISKS, expected_loss, loss, total_expected_loss};
pub use matrix::{
    Level, Rated, above_tolerance, board_tolerance_rank, board_tolerance_rank_at, level, level_at, level_rank,
    own_tolerance_above_board, rank_of, tolerance_at, tolerance_rank,
};
pub use movement::{Move, Movement, Moves, move_label, movements, movements_since};
pub use register::{
    Cell, Column, MAX_PAGE_SIZE, PAGE_SIZE, Page, Placed, Query, Row, SortOrder, cia_label, query, query_risks,
};
pub use treatment::{TREATMENTS, TreatmentShare, treatment_code, treatment_label, treatment_mix};

use crate::calendar::{Date, Quarter};
use crate::period::Period;
use crate::snapshot::{ApprovingBody, Asset, Risk};
use crate::text::Text;

/// A risk's threat scenario in both languages.
fn threat(r: &Risk) -> Text {
    Text::with_fallback(&r.threat, r.threat_en.as_deref())
}

/// An asset's name in both languages.
fn asset_name(a: &Asset) -> Text {
    Text::with_fallback(&a.name, a.name_en.as_deref())
}

/// The JSON path of the risk at `index` of the register under `base` (`quarters[7]`).
fn risk_path(base: &str, index: usize) -> String {
    format!("{base}.risks[{index}]")
}

/// A change of the board's tolerance decided in the quarter (4-2 許容レベルを引き上げるか).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToleranceEvent {
    /// The day it applies from.
    pub on: Date,
    /// The level before.
    pub from: Level,
    /// The level after.
    pub to: Level,
    /// Whether it raised the tolerance (more residual risk accepted without approval).
    pub raised: bool,
    /// Who decided.
    pub body: ApprovingBody,
    /// Whether that body's decision is the board's (board, executive committee, representative director).
    pub by_board: bool,
    /// The decision reference, if any.
    pub reference: Option<String>,
    /// JSON path, `risk_matrix.tolerance_changes[1]`.
    pub path: String,
}

/// The tolerance changes decided in `period`'s quarter, up to its reference date.
pub fn tolerance_events(period: &Period<'_>) -> Vec<ToleranceEvent> {
    let m = &period.snapshot().risk_matrix;
    let (start, end) = (period.quarter().start(), period.reference());
    m.tolerance_changes
        .iter()
        .enumerate()
        .filter(|(_, c)| start <= c.on && c.on <= end)
        .filter_map(|(i, c)| {
            let (from, to) = (level_at(m, rank_of(m, &c.from)?)?, level_at(m, rank_of(m, &c.to)?)?);
            Some(ToleranceEvent {
                on: c.on,
                raised: to.rank > from.rank,
                from,
                to,
                body: c.body,
                by_board: c.body.counts(),
                reference: c.reference.clone(),
                path: format!("risk_matrix.tolerance_changes[{i}]"),
            })
        })
        .collect()
}

/// The risk register of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskView {
    /// The quarter.
    pub quarter: Quarter,
    /// Risks in the register.
    pub risks: usize,
    /// The board's tolerance in force at the reference date.
    pub tolerance: Option<Level>,
    /// Changes of the board's tolerance decided in the quarter (4-2), oldest first.
    pub tolerance_changes: Vec<ToleranceEvent>,
    /// Heat map before treatment.
    pub inherent: HeatMap,
    /// Heat map after treatment.
    pub residual: HeatMap,
    /// Residual risks above tolerance, most urgent first.
    pub above_tolerance: Vec<AboveTolerance>,
    /// Risks that set their own tolerance above the board's (a board matter; the board's applies).
    pub own_tolerance_above_board: Vec<OwnTolerance>,
    /// Risks that moved since the previous quarter (none in the first quarter).
    pub movements: Vec<Movement>,
    /// Treatment mix.
    pub treatment_mix: Vec<TreatmentShare>,
    /// Expected annual loss.
    pub loss: ExpectedLoss,
    /// The risk assessments of the trailing year with their method (表3-1), newest first.
    pub assessments: Vec<AssessmentEntry>,
}

/// The risk register of `period`'s quarter.
pub fn risk_view(period: &Period<'_>) -> RiskView {
    let m = &period.snapshot().risk_matrix;
    let risks = &period.record().risks;
    RiskView {
        quarter: period.quarter(),
        risks: risks.len(),
        tolerance: board_tolerance_rank_at(m, period.reference()).and_then(|t| level_at(m, t)),
        tolerance_changes: tolerance_events(period),
        inherent: heat_map(m, risks, Rated::Inherent),
        residual: heat_map(m, risks, Rated::Residual),
        above_tolerance: above_tolerance_list(period),
        own_tolerance_above_board: own_tolerances_above_board(period),
        movements: period
            .previous()
            .map(|p| movements(m, &p.record().risks, risks, &p.path(), &period.path()))
            .unwrap_or_default(),
        treatment_mix: treatment_mix(risks),
        loss: loss(period),
        assessments: assessments(period),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, risk, snapshot_with};
    use crate::snapshot::Treatment;

    #[test]
    fn expected_loss_totals_assets_treatments_and_budget_ratio() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].assets.push(asset("ec", "EC サイト"));
        let mut old = risk("r1", "ec", (3, 3), (2, 2));
        old.loss_magnitude_yen = Some(100_000_000);
        old.annual_frequency = Some(0.1);
        s.quarters[0].risks.push(old.clone());
        let r = &mut s.quarters[1];
        r.assets.push(asset("ec", "EC サイト"));
        r.assets.push(asset("pii", "顧客情報"));
        // ec: 100,000,000 × 0.25 = 25,000,000; pii: 30,000,000 × 0.5 = 15,000,000 and 1,000 × 0.3333 = 333.3 → 333.
        let mut a = risk("r1", "ec", (3, 3), (2, 2));
        a.loss_magnitude_yen = Some(100_000_000);
        a.annual_frequency = Some(0.25);
        let mut b = risk("r2", "pii", (3, 3), (2, 2));
        b.loss_magnitude_yen = Some(30_000_000);
        b.annual_frequency = Some(0.5);
        b.treatment = Treatment::Transfer;
        let mut c = risk("r3", "pii", (1, 1), (1, 1));
        c.loss_magnitude_yen = Some(1_000);
        c.annual_frequency = Some(0.3333);
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
        // 40,000,333 / 10,000,000 = 4.0000333, presented to 0.1.
        assert_eq!(l.ratio_to_security_budget, Some(4.0));
        assert_eq!(l.top_risks.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), vec!["r1", "r2", "r3"]);
        assert_eq!(l.top_risks[0].path, "quarters[1].risks[0]");
        let mix = treatment_mix(&s.quarters[1].risks);
        assert_eq!(mix.iter().map(|t| t.count).collect::<Vec<_>>(), vec![1, 1, 0, 1]);
        assert_eq!(mix[0].pct, 33.3); // 1 of 3, presented to 0.1
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

//! The matrix (3-3): which level a rating falls in, how levels rank, and which tolerance applies.
//!
//! A rating's **level** is `grid[likelihood − 1][impact − 1]`; levels are ranked by their position in
//! `risk_matrix.levels` (lowest first). A risk is **above tolerance** when its residual level ranks above
//! its tolerance: the board's tolerance, or the risk's own `tolerance` when that is *stricter* (lower).
//! A risk's own tolerance can tighten the board's, never loosen it (付録3 (3)-6: the board decides what
//! residual risk is accepted); one set above the board's is itself a board matter
//! ([`own_tolerance_above_board`]).

use serde::Serialize;

use crate::calendar::Date;
use crate::snapshot::{Rating, Risk, RiskMatrix};
use crate::text::Text;
use crate::vocabulary::terms;

/// Which rating of a risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rated {
    /// Before treatment.
    Inherent,
    /// After treatment.
    Residual,
}

impl Rated {
    /// The rating of `risk` this names.
    pub fn of(self, risk: &Risk) -> Rating {
        match self {
            Rated::Inherent => risk.inherent,
            Rated::Residual => risk.residual,
        }
    }
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

/// The rank of the board's tolerance now (`risk_matrix.tolerance`).
pub fn board_tolerance_rank(matrix: &RiskMatrix) -> Option<usize> {
    rank_of(matrix, &matrix.tolerance)
}

/// The id of the board's tolerance in force on `date` (4-2): `tolerance` without changes; else the first
/// change's `from`, then each change's `to` from its `on` (the day itself included).
pub fn tolerance_at(matrix: &RiskMatrix, date: Date) -> &str {
    let Some(first) = matrix.tolerance_changes.first() else { return &matrix.tolerance };
    matrix.tolerance_changes.iter().rev().find(|c| c.on <= date).map_or(&first.from, |c| &c.to)
}

/// The rank of the board's tolerance in force on `date`.
pub fn board_tolerance_rank_at(matrix: &RiskMatrix, date: Date) -> Option<usize> {
    rank_of(matrix, tolerance_at(matrix, date))
}

/// The rank of the risk's own tolerance, if it names a level.
fn own_tolerance_rank(matrix: &RiskMatrix, risk: &Risk) -> Option<usize> {
    risk.tolerance.as_deref().and_then(|t| rank_of(matrix, t))
}

/// The rank of the tolerance that applies to `risk` under the board's tolerance `board`: the lower of
/// the board's and the risk's own (an own tolerance only tightens).
pub fn tolerance_rank(matrix: &RiskMatrix, board: Option<usize>, risk: &Risk) -> Option<usize> {
    match (own_tolerance_rank(matrix, risk), board) {
        (Some(own), Some(board)) => Some(own.min(board)),
        (own, board) => board.or(own),
    }
}

/// Whether the risk sets its own tolerance above the board's `board` (a board matter, never a way out).
pub fn own_tolerance_above_board(matrix: &RiskMatrix, board: Option<usize>, risk: &Risk) -> bool {
    matches!((own_tolerance_rank(matrix, risk), board), (Some(own), Some(board)) if own > board)
}

/// Whether the residual level ranks above the tolerance that applies under the board's `board`.
pub fn above_tolerance(matrix: &RiskMatrix, board: Option<usize>, risk: &Risk) -> bool {
    matches!((level_rank(matrix, risk.residual), tolerance_rank(matrix, board, risk)), (Some(l), Some(t)) if l > t)
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(Rated, "Rated", {
    Inherent => ("inherent", "固有リスク", "Inherent"),
    Residual => ("residual", "残留リスク", "Residual", seed "残留リスク"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{matrix3, risk};

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
        let board = board_tolerance_rank(&m);
        assert_eq!(board, Some(1));
        let x = risk("r", "a", (3, 3), (2, 3));
        assert!(above_tolerance(&m, board, &x)); // high > medium
        assert!(!own_tolerance_above_board(&m, board, &x));
    }

    #[test]
    fn the_tolerance_in_force_follows_its_changes() {
        use crate::fixture::d;
        use crate::snapshot::{ApprovingBody, ToleranceChange};
        let mut m = matrix3();
        assert_eq!(tolerance_at(&m, d("2026-01-01")), "medium");
        let change = |on: &str, from: &str, to: &str| ToleranceChange {
            on: d(on),
            from: from.into(),
            to: to.into(),
            body: ApprovingBody::Board,
            reference: None,
        };
        m.tolerance = "high".into();
        m.tolerance_changes = vec![change("2026-04-01", "low", "medium"), change("2026-07-15", "medium", "high")];
        assert_eq!(tolerance_at(&m, d("2026-03-31")), "low"); // the day before the first change
        assert_eq!(tolerance_at(&m, d("2026-04-01")), "medium"); // its day
        assert_eq!(tolerance_at(&m, d("2026-07-14")), "medium");
        assert_eq!(tolerance_at(&m, d("2026-07-15")), "high");
        assert_eq!(board_tolerance_rank_at(&m, d("2026-06-30")), Some(1));
    }

    #[test]
    fn an_own_tolerance_tightens_and_never_loosens() {
        let m = matrix3(); // board tolerance: medium (rank 1)
        let board = board_tolerance_rank(&m);
        // Residual (2, 2) is medium: equal to the board's tolerance, within it.
        let mut x = risk("r", "a", (3, 3), (2, 2));
        assert!(!above_tolerance(&m, board, &x));
        // Own tolerance one level below the board's: stricter, applies; medium > low is above.
        x.tolerance = Some("low".into());
        assert_eq!(tolerance_rank(&m, board, &x), Some(0));
        assert!(above_tolerance(&m, board, &x));
        assert!(!own_tolerance_above_board(&m, board, &x));
        // Own tolerance equal to the board's: the same rule, not flagged.
        x.tolerance = Some("medium".into());
        assert_eq!(tolerance_rank(&m, board, &x), Some(1));
        assert!(!own_tolerance_above_board(&m, board, &x));
        // One level above the board's: flagged, and the board's tolerance still applies.
        let mut y = risk("y", "a", (3, 3), (2, 3)); // high
        y.tolerance = Some("high".into());
        assert!(own_tolerance_above_board(&m, board, &y));
        assert_eq!(tolerance_rank(&m, board, &y), Some(1));
        assert!(above_tolerance(&m, board, &y));
        // Without a usable board tolerance the own one applies.
        assert_eq!(tolerance_rank(&m, None, &y), Some(2));
        assert!(!own_tolerance_above_board(&m, None, &y));
    }
}

//! The matrix (3-3): which level a rating falls in, how levels rank, and which tolerance applies.
//!
//! A rating's **level** is `grid[likelihood − 1][impact − 1]`; levels are ranked by their position in
//! `risk_matrix.levels` (lowest first). A risk is **above tolerance** when its residual level ranks above
//! its tolerance: the risk's own `tolerance` if set, else the matrix's.

use serde::Serialize;

use crate::snapshot::{Rating, Risk, RiskMatrix};
use crate::text::Text;

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

/// The rank of the tolerance that applies to `risk`: its own, else the matrix's.
pub fn tolerance_rank(matrix: &RiskMatrix, risk: &Risk) -> Option<usize> {
    risk.tolerance.as_deref().and_then(|t| rank_of(matrix, t)).or_else(|| rank_of(matrix, &matrix.tolerance))
}

/// Whether the residual level ranks above the applicable tolerance.
pub fn above_tolerance(matrix: &RiskMatrix, risk: &Risk) -> bool {
    matches!((level_rank(matrix, risk.residual), tolerance_rank(matrix, risk)), (Some(l), Some(t)) if l > t)
}

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
        let mut x = risk("r", "a", (3, 3), (2, 3));
        assert!(above_tolerance(&m, &x)); // high > medium
        x.tolerance = Some("high".into());
        assert!(!above_tolerance(&m, &x));
    }
}

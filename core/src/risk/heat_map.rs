//! The heat map (付録3 (3)-6): how many risks sit in each cell of the matrix, cells coloured by their
//! level. [`super::text_on`] picks the ink that reads on each colour.

use serde::Serialize;

use super::matrix::{Rated, level_at, rank_of};
use crate::snapshot::{Risk, RiskMatrix};
use crate::text::Text;

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

/// Risks per cell, `[likelihood − 1][impact − 1]`; ratings off the grid are not counted.
fn counts(risks: &[Risk], rated: Rated, likelihoods: usize, impacts: usize) -> Vec<Vec<usize>> {
    let mut counts = vec![vec![0usize; impacts]; likelihoods];
    for r in risks {
        let rating = rated.of(r);
        let (l, i) = (usize::from(rating.likelihood), usize::from(rating.impact));
        if (1..=likelihoods).contains(&l) && (1..=impacts).contains(&i) {
            counts[l - 1][i - 1] += 1;
        }
    }
    counts
}

/// The cell at row `l`, column `i` (both from 0) holding `count` risks.
fn cell(matrix: &RiskMatrix, l: usize, i: usize, count: usize) -> HeatCell {
    let lv = matrix.grid.get(l).and_then(|row| row.get(i)).and_then(|id| level_at(matrix, rank_of(matrix, id)?));
    HeatCell {
        likelihood: (l + 1) as u8,
        impact: (i + 1) as u8,
        count,
        level: lv.as_ref().map_or_else(String::new, |v| v.id.clone()),
        name: lv.as_ref().map_or_else(|| Text::new("", ""), |v| v.name.clone()),
        colour: lv.map_or_else(String::new, |v| v.colour),
    }
}

/// The heat map of `risks` by `rated` rating on `matrix`.
pub fn heat_map(matrix: &RiskMatrix, risks: &[Risk], rated: Rated) -> HeatMap {
    let (nl, ni) = (matrix.likelihood.len(), matrix.impact.len());
    let counts = counts(risks, rated, nl, ni);
    let rows = (0..nl)
        .rev()
        .map(|l| HeatRow {
            likelihood: (l + 1) as u8,
            label: Text::new(&matrix.likelihood[l].name, &matrix.likelihood[l].name_en),
            cells: (0..ni).map(|i| cell(matrix, l, i, counts[l][i])).collect(),
        })
        .collect();
    HeatMap {
        rated,
        impact: matrix.impact.iter().map(|s| Text::new(&s.name, &s.name_en)).collect(),
        rows,
        total: counts.iter().flatten().sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{matrix3, risk};

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
}

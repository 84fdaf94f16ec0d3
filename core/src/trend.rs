//! Trends over all quarters of one export (issue 17.4): per important item its maturity and light in
//! every quarter (a strip of lights), per principle its maturity, and per quarter the residual risks
//! above tolerance, the expected loss and the decisions open — and taken, where the export records the
//! board's decisions.
//!
//! Each quarter's [`BoardSummary`] is computed once ([`trends`]); a caller that already holds the
//! summaries (the dashboard) passes them to [`trends_of`]. For a group, call it per company.
//!
//! ```
//! # let Ok(bytes) = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/a-company.json")) else { return };
//! let snapshot = csm_core::snapshot::load(&bytes).unwrap();
//! let t = csm_core::trend::trends(&snapshot);
//! assert_eq!(t.quarters.len(), snapshot.quarters.len());
//! assert_eq!(t.items.len(), 10);
//! assert_eq!(t.items[0].points.len(), snapshot.quarters.len());
//! ```
//!
//! **Decisions taken** come from the board's record ([`crate::directive`]): the board decisions of the
//! quarter, counted once the export records any board decision or directive up to that quarter;
//! before that, `None` ("not recorded"). Never a zero bought by silence.

use std::borrow::Borrow;

use serde::Serialize;

use crate::calendar::Quarter;
use crate::period::Period;
use crate::snapshot::{Snapshot, Yen};
use crate::summary::{self, BoardSummary, Decision, FiscalLabel, Light, LightCounts};
use crate::text::Text;

/// One quarter's headline figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    /// The quarter (calendar key).
    pub quarter: Quarter,
    /// The quarter in the fiscal year.
    pub fiscal_quarter: FiscalLabel,
    /// Overall maturity (mean of the ten items, 0.01).
    pub maturity: f64,
    /// Overall target.
    pub target: f64,
    /// How many items have each light.
    pub lights: LightCounts,
    /// Residual risks above tolerance.
    pub above_tolerance: usize,
    /// Of which without a valid board approval.
    pub unapproved: usize,
    /// Residual expected annual loss.
    pub expected_loss_yen: Yen,
    /// Risks without a residual loss estimate (the loss is partial when > 0).
    pub not_estimated: usize,
    /// Decisions asked of the board (what the entries stand for; a group counts its members).
    pub decisions_open: usize,
    /// Decisions the board took in the quarter; `None` when the export does not record them ("not
    /// recorded").
    pub decisions_taken: Option<usize>,
}

/// One maturity (an item or a principle) in one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityPoint {
    /// The quarter.
    pub quarter: Quarter,
    /// Mean maturity (0.01).
    pub maturity: f64,
    /// Mean target.
    pub target: f64,
    /// The item's light (items only).
    pub light: Option<Light>,
}

/// One important item or principle over all quarters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityTrend {
    /// 1..=10 (an item) or 1..=3 (a principle).
    pub number: u8,
    /// Short name.
    pub title: Text,
    /// Oldest first, one per quarter of the export.
    pub points: Vec<MaturityPoint>,
}

/// The trends of one export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trends {
    /// Oldest first.
    pub quarters: Vec<TrendPoint>,
    /// The ten important items.
    pub items: Vec<MaturityTrend>,
    /// The three principles.
    pub principles: Vec<MaturityTrend>,
}

/// Decisions the board took in `summary`'s quarter (`board_decisions` dated in it), when the export
/// records the board's decisions or directives up to that quarter; `None` ("not recorded") until it does.
/// Read from the board's record the summary already holds.
pub fn decisions_taken(summary: &BoardSummary) -> Option<usize> {
    summary.board.recorded.then_some(summary.board.taken.len())
}

/// The trends of every quarter of `snapshot`, each quarter summarised once.
pub fn trends(snapshot: &Snapshot) -> Trends {
    let summaries: Vec<BoardSummary> =
        (0..snapshot.quarters.len()).filter_map(|i| Period::at(snapshot, i)).map(|p| summary::summarise(&p)).collect();
    let mut t = trends_of(&summaries);
    for (point, s) in t.quarters.iter_mut().zip(&summaries) {
        point.decisions_taken = decisions_taken(s);
    }
    t
}

/// The trends of summaries already computed (oldest first); `decisions_taken` is `None` on every
/// point ([`trends`] fills it from the export). Takes summaries or shared ones (`Rc<BoardSummary>`:
/// the dashboard's cache).
pub fn trends_of<S: Borrow<BoardSummary>>(summaries: &[S]) -> Trends {
    let summaries: Vec<&BoardSummary> = summaries.iter().map(Borrow::borrow).collect();
    let quarters = summaries
        .iter()
        .map(|s| {
            let h = &s.headline;
            TrendPoint {
                quarter: s.quarter,
                fiscal_quarter: s.fiscal_quarter.clone(),
                maturity: h.maturity.maturity,
                target: h.maturity.target,
                lights: h.lights.clone(),
                above_tolerance: h.above_tolerance,
                unapproved: h.unapproved,
                expected_loss_yen: h.expected_loss_yen,
                not_estimated: h.not_estimated,
                decisions_open: s.decisions.iter().map(Decision::count).sum(),
                decisions_taken: None,
            }
        })
        .collect();
    let items = crate::catalog::important_items()
        .iter()
        .map(|it| MaturityTrend {
            number: it.number,
            title: Text::new(it.short_ja, it.short_en),
            points: summaries
                .iter()
                .filter_map(|s| {
                    s.lights.iter().find(|l| l.item == it.number).map(|l| MaturityPoint {
                        quarter: s.quarter,
                        maturity: l.maturity,
                        target: l.target,
                        light: Some(l.light),
                    })
                })
                .collect(),
        })
        .collect();
    let principles = crate::catalog::principles()
        .iter()
        .map(|p| MaturityTrend {
            number: p.number,
            title: Text::new(p.short_ja, p.short_en),
            points: summaries
                .iter()
                .filter_map(|s| {
                    s.checksheet.principles.iter().find(|x| x.number == p.number).map(|x| MaturityPoint {
                        quarter: s.quarter,
                        maturity: x.maturity,
                        target: x.target,
                        light: None,
                    })
                })
                .collect(),
        })
        .collect();
    Trends { quarters, items, principles }
}

impl MaturityTrend {
    /// The strip of lights, oldest first: `●` green, `▲` amber, `■` red (shapes, not only colours),
    /// `·` where a point has no light.
    pub fn strip(&self) -> String {
        self.points
            .iter()
            .map(|p| match p.light {
                Some(Light::Green) => '●',
                Some(Light::Amber) => '▲',
                Some(Light::Red) => '■',
                None => '·',
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{q, snapshot_with};

    /// Four quarters; item 1 at maturity 1, 2, 3, 3 against target 3 (every other item 2 against 3).
    fn rising() -> Snapshot {
        let mut s = snapshot_with(&["2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        for (qi, m) in [1u8, 2, 3, 3].into_iter().enumerate() {
            for a in s.quarters[qi].checksheet.iter_mut().filter(|a| a.item.starts_with("(1)-")) {
                a.maturity = m;
            }
        }
        s
    }

    #[test]
    fn every_quarter_once_oldest_first() {
        let s = rising();
        let t = trends(&s);
        let qs: Vec<Quarter> = t.quarters.iter().map(|p| p.quarter).collect();
        assert_eq!(qs, [q("2025Q3"), q("2025Q4"), q("2026Q1"), q("2026Q2")]);
        let item1: Vec<f64> = t.items[0].points.iter().map(|p| p.maturity).collect();
        assert_eq!(item1, [1.0, 2.0, 3.0, 3.0]);
        // Each point equals that quarter's own summary.
        for (i, p) in t.quarters.iter().enumerate() {
            let s = summary::board_summary(&s, p.quarter).unwrap();
            assert_eq!(p.maturity, s.headline.maturity.maturity, "quarter {i}");
            assert_eq!(p.lights, s.headline.lights);
            assert_eq!(p.decisions_open, s.decisions.iter().map(Decision::count).sum::<usize>());
            assert_eq!(t.items[0].points[i].light, Some(s.lights[0].light));
        }
        // Item 1 reaches its target in 2026Q1: its light there is not red.
        assert_ne!(t.items[0].points[2].light, Some(Light::Red));
        assert_eq!(t.items[0].strip().chars().count(), 4);
    }

    #[test]
    fn principles_follow_the_catalog_mapping() {
        let t = trends(&rising());
        assert_eq!(t.principles.len(), 3);
        // Principle 1 = items 1, 2, 3, 4, 6: in 2025Q3 item 1 is 1.00, the others 2.00 → 9/5 = 1.80.
        assert_eq!(t.principles[0].points[0].maturity, 1.8);
        // Principles 2 (items 5, 7) and 3 (8, 9, 10) stay at 2.00.
        assert_eq!(t.principles[1].points[0].maturity, 2.0);
        assert_eq!(t.principles[2].points[3].maturity, 2.0);
        assert!(t.principles.iter().all(|p| p.points.iter().all(|x| x.light.is_none())));
    }

    #[test]
    fn decisions_taken_is_not_recorded_until_the_export_records_them() {
        let t = trends(&rising());
        assert!(t.quarters.iter().all(|p| p.decisions_taken.is_none()));
    }

    /// Once a board decision is on record (2026Q1), that quarter counts it and later quarters count
    /// theirs (none: 0, a recorded zero); earlier quarters stay "not recorded".
    #[test]
    fn decisions_taken_counts_the_quarters_board_decisions_once_recorded() {
        let mut s = rising();
        s.quarters[2].board_decisions.push(crate::snapshot::BoardDecision {
            id: "BD-1".into(),
            on: crate::fixture::d("2026-03-31"),
            key: "approve_budget".into(),
            outcome: crate::snapshot::BoardOutcome::Approved,
            body: None,
            reference: None,
        });
        let taken: Vec<Option<usize>> = trends(&s).quarters.iter().map(|p| p.decisions_taken).collect();
        assert_eq!(taken, vec![None, None, Some(1), Some(0)]);
    }

    #[test]
    fn the_strip_uses_shapes() {
        let point = |light| MaturityPoint { quarter: q("2026Q1"), maturity: 0.0, target: 0.0, light };
        let t = MaturityTrend {
            number: 1,
            title: Text::new("", ""),
            points: vec![point(Some(Light::Red)), point(Some(Light::Amber)), point(Some(Light::Green)), point(None)],
        };
        assert_eq!(t.strip(), "■▲●·");
    }
}

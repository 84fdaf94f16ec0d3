//! Properties of the engine (`csm_core::{risk, kpi}`) over generated inputs:
//!
//! - the heat-map cells of a register sum to the number of its risks, inherent and residual;
//! - on any valid monotone matrix from 3×3 to 6×6, lowering a residual likelihood never raises the
//!   risk's level (and neither does lowering its impact);
//! - a KPI's status is monotone in its value: a better value never has a worse status.
//!
//! Generated matrices are checked against the loader's own rules by embedding them in
//! `tests/fixtures/valid/minimal.json`, so the properties hold for matrices the product accepts.

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::path::PathBuf;
use std::sync::OnceLock;

use csm_core::kpi::{self, Polarity, Unit};
use csm_core::risk::{self, Rated};
use csm_core::snapshot::{
    Rating, Risk, RiskLevel, RiskMatrix, ScaleLevel, Snapshot, Treatment, load, validate::validate,
};
use proptest::prelude::*;

fn minimal() -> &'static Snapshot {
    static S: OnceLock<Snapshot> = OnceLock::new();
    S.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/valid/minimal.json");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        load(&bytes).unwrap_or_else(|p| panic!("minimal.json does not load:\n{p}"))
    })
}

fn scale(n: usize, what: &str) -> Vec<ScaleLevel> {
    (1..=n)
        .map(|i| ScaleLevel { name: format!("{what}{i}"), name_en: format!("{what} {i}"), description: None })
        .collect()
}

/// A monotone matrix: `steps[l][i]` decides whether the level rises from the larger of the cell
/// below and the cell to the left.
fn matrix(nl: usize, ni: usize, levels: usize, steps: &[Vec<bool>], tolerance: usize) -> RiskMatrix {
    let mut rank = vec![vec![0usize; ni]; nl];
    for l in 0..nl {
        for i in 0..ni {
            let below = if l > 0 { rank[l - 1][i] } else { 0 };
            let left = if i > 0 { rank[l][i - 1] } else { 0 };
            rank[l][i] = (below.max(left) + usize::from(steps[l][i])).min(levels - 1);
        }
    }
    let ids: Vec<String> = (0..levels).map(|k| format!("L{k}")).collect();
    RiskMatrix {
        likelihood: scale(nl, "発生"),
        impact: scale(ni, "影響"),
        levels: ids
            .iter()
            .enumerate()
            .map(|(k, id)| RiskLevel {
                id: id.clone(),
                name: format!("レベル{k}"),
                name_en: format!("Level {k}"),
                colour: format!("#{:02x}4040", 40 * k),
            })
            .collect(),
        grid: rank.iter().map(|row| row.iter().map(|&r| ids[r].clone()).collect()).collect(),
        tolerance: ids[tolerance.min(levels - 1)].clone(),
        approval_validity_months: None,
        tolerance_changes: Vec::new(),
    }
}

fn arb_matrix() -> impl Strategy<Value = RiskMatrix> {
    (3usize..=6, 3usize..=6, 2usize..=6)
        .prop_flat_map(|(nl, ni, levels)| {
            (
                Just(nl),
                Just(ni),
                Just(levels),
                prop::collection::vec(prop::collection::vec(any::<bool>(), ni), nl),
                0..levels,
            )
        })
        .prop_map(|(nl, ni, levels, steps, tol)| matrix(nl, ni, levels, &steps, tol))
}

fn risk_at(id: usize, asset: &str, inherent: Rating, residual: Rating) -> Risk {
    Risk {
        id: format!("R{id}"),
        asset: asset.to_owned(),
        threat: "不正アクセス".into(),
        threat_en: None,
        inherent,
        residual,
        treatment: Treatment::Reduce,
        insurance: None,
        owner: "CISO".into(),
        tolerance: None,
        approval: None,
        loss_magnitude_yen: Some(1_000_000),
        annual_frequency: Some(0.1),
        inherent_loss_magnitude_yen: None,
        inherent_annual_frequency: None,
        cia: Vec::new(),
        processes: Vec::new(),
    }
}

/// The minimal export with `m` as its matrix and `risks` in its last quarter; must be valid.
fn assert_accepted(m: &RiskMatrix, risks: Vec<Risk>) {
    let mut s = minimal().clone();
    s.risk_matrix = m.clone();
    for q in &mut s.quarters {
        q.risks.clear();
        q.actions.retain(|a| a.risk.is_none()); // they would treat a risk no longer there
    }
    if let Some(q) = s.quarters.last_mut() {
        q.risks = risks;
    }
    let problems = validate(&s);
    assert!(problems.is_empty(), "generated export rejected: {problems:#?}");
}

fn arb_matrix_and_risks() -> impl Strategy<Value = (RiskMatrix, Vec<(u8, u8, u8, u8)>)> {
    arb_matrix().prop_flat_map(|m| {
        let (nl, ni) = (m.likelihood.len() as u8, m.impact.len() as u8);
        let rating = (1..=nl, 1..=ni, 1..=nl, 1..=ni);
        (Just(m), prop::collection::vec(rating, 0..60))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn heat_map_cells_sum_to_the_register((m, ratings) in arb_matrix_and_risks()) {
        let asset = minimal().quarters.last().and_then(|q| q.assets.first()).map(|a| a.id.clone()).expect("an asset");
        let risks: Vec<Risk> = ratings
            .iter()
            .enumerate()
            .map(|(k, &(il, ii, rl, ri))| risk_at(k, &asset, Rating { likelihood: il, impact: ii }, Rating { likelihood: rl, impact: ri }))
            .collect();
        assert_accepted(&m, risks.clone());
        for rated in [Rated::Inherent, Rated::Residual] {
            let h = risk::heat_map(&m, &risks, rated);
            let cells: usize = h.rows.iter().flat_map(|r| r.cells.iter()).map(|c| c.count).sum();
            prop_assert_eq!(cells, risks.len());
            prop_assert_eq!(h.total, risks.len());
            prop_assert_eq!(h.rows.len(), m.likelihood.len());
            prop_assert!(h.rows.iter().all(|r| r.cells.len() == m.impact.len()));
            prop_assert_eq!(h.rows[0].likelihood as usize, m.likelihood.len(), "first row is the highest likelihood");
        }
    }

    #[test]
    fn lowering_likelihood_or_impact_never_raises_the_level(m in arb_matrix()) {
        assert_accepted(&m, Vec::new());
        let (nl, ni) = (m.likelihood.len() as u8, m.impact.len() as u8);
        for l in 1..=nl {
            for i in 1..=ni {
                let here = risk::level_rank(&m, Rating { likelihood: l, impact: i }).expect("on the grid");
                for lower in 1..l {
                    let there = risk::level_rank(&m, Rating { likelihood: lower, impact: i }).expect("on the grid");
                    prop_assert!(there <= here, "({lower},{i}) ranks {there} above ({l},{i}) at {here}");
                }
                for lower in 1..i {
                    let there = risk::level_rank(&m, Rating { likelihood: l, impact: lower }).expect("on the grid");
                    prop_assert!(there <= here);
                }
                // Above-tolerance can only stop, never start, when the likelihood is lowered.
                let r = risk_at(0, "a", Rating { likelihood: l, impact: i }, Rating { likelihood: l, impact: i });
                let lowered = risk_at(0, "a", r.inherent, Rating { likelihood: l.saturating_sub(1).max(1), impact: i });
                let board = risk::board_tolerance_rank(&m);
                prop_assert!(!risk::above_tolerance(&m, board, &lowered) || risk::above_tolerance(&m, board, &r));
            }
        }
    }

    #[test]
    fn kpi_status_is_monotone_in_the_value(
        percent in any::<bool>(),
        higher in any::<bool>(),
        target in 0.0f64..1000.0,
        a in 0.0f64..2000.0,
        b in 0.0f64..2000.0,
    ) {
        let unit = if percent { Unit::Percent } else { Unit::Count };
        let direction = if higher { Polarity::HigherIsBetter } else { Polarity::LowerIsBetter };
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (s_lo, s_hi) = (kpi::status(unit, direction, lo, target), kpi::status(unit, direction, hi, target));
        // KpiStatus orders OffTrack < AtRisk < OnTrack.
        match direction {
            Polarity::HigherIsBetter => prop_assert!(s_lo <= s_hi, "{lo} → {s_lo:?} but {hi} → {s_hi:?} (target {target})"),
            Polarity::LowerIsBetter => prop_assert!(s_lo >= s_hi, "{lo} → {s_lo:?} but {hi} → {s_hi:?} (target {target})"),
        }
        // Meeting the target exactly is on track.
        prop_assert_eq!(kpi::status(unit, direction, target, target), kpi::KpiStatus::OnTrack);
    }
}

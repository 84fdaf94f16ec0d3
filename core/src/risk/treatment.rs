//! Risk treatment (3-4): reduce, retain, avoid or transfer, and how the register divides among them.

use serde::Serialize;

use super::loss::expected_loss;
use crate::snapshot::{Risk, Treatment, Yen};
use crate::text::Text;
use crate::vocabulary::Term;

/// Every treatment, in the order reduce, retain, avoid, transfer (for a filter's options).
pub const TREATMENTS: [Treatment; 4] = [Treatment::Reduce, Treatment::Retain, Treatment::Avoid, Treatment::Transfer];

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

/// Risks per treatment, in the order of [`TREATMENTS`].
pub fn treatment_mix(risks: &[Risk]) -> Vec<TreatmentShare> {
    TREATMENTS
        .iter()
        .map(|&t| {
            let mine: Vec<&Risk> = risks.iter().filter(|r| r.treatment == t).collect();
            TreatmentShare {
                treatment: t,
                count: mine.len(),
                pct: crate::figure::percent(mine.len() as u64, risks.len() as u64).unwrap_or(0.0),
                expected_loss_yen: mine.iter().map(|r| expected_loss(r)).fold(0, Yen::saturating_add),
            }
        })
        .collect()
}

/// The label of a treatment.
pub fn treatment_label(t: Treatment) -> Text {
    t.text()
}

/// `reduce`, `retain`, `avoid`, `transfer`.
pub fn treatment_code(t: Treatment) -> &'static str {
    t.code()
}

/// The position of a treatment in [`TREATMENTS`] (the register sorts by it).
pub(super) fn treatment_order(t: Treatment) -> u8 {
    match t {
        Treatment::Reduce => 0,
        Treatment::Retain => 1,
        Treatment::Avoid => 2,
        Treatment::Transfer => 3,
    }
}

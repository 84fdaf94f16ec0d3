//! Board approval of residual risks above tolerance (3-4): where each approval stands at the reference
//! date, the list the board reviews, and the standing a register row shows.
//!
//! An approval is *missing* (none), *expired* (`expires_on` on or before the reference date),
//! *expiring* (within [`EXPIRY_WARNING_DAYS`] days after it) or *valid*.

use serde::Serialize;

use super::loss::expected_loss;
use super::matrix::{
    Level, above_tolerance, board_tolerance_rank, level, level_at, level_rank, own_tolerance_above_board, rank_of,
    tolerance_rank,
};
use super::{risk_path, threat};
use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::{Approval, Risk, RiskMatrix, Yen};
use crate::text::Text;
use crate::vocabulary::Term;

/// An approval expiring within this many days after the reference date is flagged to the board.
pub const EXPIRY_WARNING_DAYS: i64 = 90;

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
    /// Whether the tolerance is the risk's own (stricter than the board's).
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

/// The row of `r` (at `j` in the register under `base`) if its residual level is above tolerance.
fn above(
    m: &RiskMatrix,
    board: Option<usize>,
    reference: Date,
    base: &str,
    j: usize,
    r: &Risk,
) -> Option<AboveTolerance> {
    let rank = level_rank(m, r.residual)?;
    let tol = tolerance_rank(m, board, r)?;
    (rank > tol).then_some(())?;
    let approval = r.approval.as_ref();
    Some(AboveTolerance {
        id: r.id.clone(),
        threat: threat(r),
        asset: r.asset.clone(),
        owner: r.owner.clone(),
        level: level_at(m, rank)?,
        tolerance: level_at(m, tol)?,
        own_tolerance: r
            .tolerance
            .as_deref()
            .and_then(|t| rank_of(m, t))
            .is_some_and(|own| board.is_none_or(|b| own < b)),
        approval: approval_state(approval, reference),
        approver: approval.map(|a| a.approver.clone()),
        expires_on: approval.map(|a| a.expires_on),
        days_to_expiry: approval.map(|a| reference.days_until(a.expires_on)),
        expected_loss_yen: expected_loss(r),
        path: risk_path(base, j),
    })
}

/// The risks above tolerance in `period`'s register: the most urgent approval first, then the highest
/// level, then the largest expected loss.
pub fn above_tolerance_list(period: &Period<'_>) -> Vec<AboveTolerance> {
    let m = &period.snapshot().risk_matrix;
    let board = board_tolerance_rank(m);
    let reference = period.reference();
    let base = period.path();
    let mut out: Vec<AboveTolerance> =
        period.record().risks.iter().enumerate().filter_map(|(j, r)| above(m, board, reference, &base, j, r)).collect();
    out.sort_by(|a, b| {
        a.approval
            .cmp(&b.approval)
            .then(b.level.rank.cmp(&a.level.rank))
            .then(b.expected_loss_yen.cmp(&a.expected_loss_yen))
            .then(a.id.cmp(&b.id))
    });
    out
}

/// A risk whose own tolerance is above the board's: the board's applies, and the override is put to the
/// board (付録3 (3)-6).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwnTolerance {
    /// The risk's id.
    pub id: String,
    /// Its threat scenario.
    pub threat: Text,
    /// The tolerance the risk sets itself.
    pub own: Level,
    /// The board's tolerance, which applies.
    pub board: Level,
    /// The residual level.
    pub level: Option<Level>,
    /// JSON path of the risk's `tolerance`, `quarters[7].risks[3].tolerance`.
    pub path: String,
}

/// The risks of `period`'s register that set their own tolerance above the board's, in register order.
pub fn own_tolerances_above_board(period: &Period<'_>) -> Vec<OwnTolerance> {
    let m = &period.snapshot().risk_matrix;
    let board = board_tolerance_rank(m);
    let base = period.path();
    period
        .record()
        .risks
        .iter()
        .enumerate()
        .filter(|(_, r)| own_tolerance_above_board(m, board, r))
        .filter_map(|(j, r)| {
            Some(OwnTolerance {
                id: r.id.clone(),
                threat: threat(r),
                own: level_at(m, rank_of(m, r.tolerance.as_deref()?)?)?,
                board: level_at(m, board?)?,
                level: level(m, r.residual),
                path: format!("{}.tolerance", risk_path(&base, j)),
            })
        })
        .collect()
}

/// Whether a risk needs the board's approval and where that approval stands. Ordered most urgent
/// first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Above tolerance, not approved.
    Missing,
    /// Above tolerance, the approval has lapsed.
    Expired,
    /// Above tolerance, the approval lapses within [`EXPIRY_WARNING_DAYS`] days.
    Expiring,
    /// Above tolerance, approved.
    Valid,
    /// Within tolerance: no approval needed.
    NotRequired,
}

impl Standing {
    /// Every standing, most urgent first (for a filter's options).
    pub const ALL: [Standing; 5] =
        [Standing::Missing, Standing::Expired, Standing::Expiring, Standing::Valid, Standing::NotRequired];

    /// `missing`, `expired`, … (for test hooks and CSS classes).
    pub fn code(self) -> &'static str {
        Term::code(self)
    }

    /// The standing's name.
    pub fn label(self) -> Text {
        self.text()
    }

    /// Whether the board must act: missing, expired or expiring.
    pub fn needs_decision(self) -> bool {
        matches!(self, Standing::Missing | Standing::Expired | Standing::Expiring)
    }
}

impl From<ApprovalState> for Standing {
    fn from(state: ApprovalState) -> Standing {
        match state {
            ApprovalState::Missing => Standing::Missing,
            ApprovalState::Expired => Standing::Expired,
            ApprovalState::Expiring => Standing::Expiring,
            ApprovalState::Valid => Standing::Valid,
        }
    }
}

/// How many residual risks above tolerance stand where, for the board's decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Approvals {
    /// Above tolerance.
    pub above_tolerance: usize,
    /// Not approved.
    pub missing: usize,
    /// Approval lapsed.
    pub expired: usize,
    /// Approval lapses within [`EXPIRY_WARNING_DAYS`] days.
    pub expiring: usize,
    /// Approved.
    pub valid: usize,
    /// Missing, expired or expiring: the approvals the board is asked for.
    pub due: usize,
}

/// Counts the approvals of a quarter's risks above tolerance (`RiskView::above_tolerance`).
pub fn approvals(above: &[AboveTolerance]) -> Approvals {
    let n = |s: ApprovalState| above.iter().filter(|a| a.approval == s).count();
    let (missing, expired, expiring) =
        (n(ApprovalState::Missing), n(ApprovalState::Expired), n(ApprovalState::Expiring));
    Approvals {
        above_tolerance: above.len(),
        missing,
        expired,
        expiring,
        valid: n(ApprovalState::Valid),
        due: missing + expired + expiring,
    }
}

/// The standing of `risk` at `reference` on `matrix`.
pub fn standing(matrix: &RiskMatrix, risk: &Risk, reference: Date) -> Standing {
    if !above_tolerance(matrix, board_tolerance_rank(matrix), risk) {
        return Standing::NotRequired;
    }
    approval_state(risk.approval.as_ref(), reference).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, d, risk, snapshot_with};
    use crate::risk::fixture::{approval, register};

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
    fn an_own_tolerance_above_the_boards_is_listed_and_does_not_hide_the_risk() {
        let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
        let r = &mut s.quarters[0];
        r.assets.push(asset("a", "顧客情報"));
        let mut loose = risk("loose", "a", (3, 3), (2, 3)); // high; own high > board medium
        loose.tolerance = Some("high".into());
        let mut equal = risk("equal", "a", (3, 3), (2, 2)); // own = board: not listed
        equal.tolerance = Some("medium".into());
        let mut loose_within = risk("loose-within", "a", (3, 3), (1, 1)); // low, own high: listed, not above
        loose_within.tolerance = Some("high".into());
        r.risks = vec![loose, equal, loose_within];
        crate::fixture::assert_valid(&s);
        let p = Period::latest(&s).unwrap();
        let own = own_tolerances_above_board(&p);
        assert_eq!(own.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), vec!["loose", "loose-within"]);
        assert_eq!((own[0].own.id.as_str(), own[0].board.id.as_str()), ("high", "medium"));
        assert_eq!(own[1].path, "quarters[0].risks[2].tolerance");
        let above = above_tolerance_list(&p);
        assert_eq!(above.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), vec!["loose"]);
        assert_eq!(above[0].tolerance.id, "medium");
        assert!(!above[0].own_tolerance);
        assert_eq!(standing(&s.risk_matrix, &s.quarters[0].risks[0], d("2026-06-30")), Standing::Missing);
    }

    #[test]
    fn standings_follow_tolerance_and_approval() {
        let s = register();
        let m = &s.risk_matrix;
        let reference = d("2026-06-30");
        let got: Vec<Standing> = s.quarters[1].risks.iter().map(|r| standing(m, r, reference)).collect();
        use Standing::*;
        assert_eq!(got, vec![Missing, Expired, Expiring, NotRequired, NotRequired, NotRequired]);
        assert!(Missing.needs_decision() && Expiring.needs_decision() && !Valid.needs_decision());
        assert_eq!(NotRequired.code(), "not_required");
        assert_eq!(Expired.label().ja, "承認期限切れ");
        let above = above_tolerance_list(&Period::latest(&s).unwrap());
        let a = approvals(&above);
        assert_eq!((a.above_tolerance, a.missing, a.expired, a.expiring, a.valid, a.due), (3, 1, 1, 1, 0, 3));
        assert_eq!(Standing::from(ApprovalState::Valid), Valid);
    }
}

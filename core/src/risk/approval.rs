//! Board approval of residual risks above tolerance (3-4, 付録3 (3)-6): where each approval stands at
//! the reference date, the list the board reviews, and the standing a register row shows.
//!
//! An approval is the board's approval **of that rating**:
//!
//! - *not by the board* when its `body` is recorded and is not the board, the executive committee or the
//!   representative director (a CISO or a department head cannot accept risk for the board);
//! - *worsened* when the residual rating rose (likelihood or impact) above the rating it covers;
//! - *expired* after its **effective expiry**: the earlier of `expires_on` and `approved_on` plus the
//!   export's validity cap (`risk_matrix.approval_validity_months`, default 12). By the anniversary
//!   convention a stated date is in time on that date: expired from the day after;
//! - *expiring* within [`EXPIRY_WARNING_DAYS`] days of the effective expiry (the day itself included);
//! - *valid* otherwise. With none at all it is *missing*.

use foldhash::HashMap;
use std::cell::OnceCell;

use serde::Serialize;

use super::loss::expected_loss;
use super::matrix::{
    Level, above_tolerance, board_tolerance_rank_at, level, level_at, level_rank, own_tolerance_above_board, rank_of,
    tolerance_rank,
};
use super::{risk_path, threat};
use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::{Approval, ApprovingBody, CiaAttribute, QuarterRecord, Rating, Risk, RiskMatrix, Yen};
use crate::text::Text;
use crate::vocabulary::Term;
use crate::vocabulary::terms;

/// An approval expiring within this many days after the reference date is flagged to the board.
pub const EXPIRY_WARNING_DAYS: i64 = 90;

/// The standing of a board approval at the reference date. Ordered most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalState {
    /// No approval.
    Missing,
    /// Approved by a body that cannot accept risk for the board (CISO, department head, other).
    NotByBoard,
    /// The residual rating rose above the rating the approval covers.
    Worsened,
    /// The effective expiry is before the reference date.
    Expired,
    /// The effective expiry is within [`EXPIRY_WARNING_DAYS`] days of the reference date.
    Expiring,
    /// Valid beyond that.
    Valid,
}

impl ApprovalState {
    /// Whether the risk stands without a valid board approval now (missing, not by the board, worsened
    /// or expired).
    pub fn unapproved(self) -> bool {
        matches!(
            self,
            ApprovalState::Missing | ApprovalState::NotByBoard | ApprovalState::Worsened | ApprovalState::Expired
        )
    }
}

/// The same day `months` months later, clamped to the month's last day (2025-08-31 + 6 months is
/// 2026-02-28).
fn plus_months(date: Date, months: u32) -> Date {
    let total = u32::from(date.year()) * 12 + u32::from(date.month()) - 1 + months;
    let year = u16::try_from(total / 12).unwrap_or(u16::MAX);
    let month = u8::try_from(total % 12 + 1).unwrap_or(12);
    (date.day().min(28)..=date.day()).rev().find_map(|day| Date::new(year, month, day)).unwrap_or(date)
}

/// The date an approval lapses after — the earlier of its `expires_on` and `approved_on` + `months` —
/// and whether the cap was the earlier (the stated expiry lay beyond it).
pub fn effective_expiry(approval: &Approval, months: u32) -> (Date, bool) {
    let cap = plus_months(approval.approved_on, months);
    if approval.expires_on > cap { (cap, true) } else { (approval.expires_on, false) }
}

/// Whether `current` is worse than `approved`: a higher likelihood or a higher impact.
pub fn worsened(approved: Rating, current: Rating) -> bool {
    current.likelihood > approved.likelihood || current.impact > approved.impact
}

/// What approvals are judged against: the matrix, the board's tolerance in force, the reference date, the
/// validity cap and the export's quarters up to the one judged (for the rating an approval covers).
#[derive(Debug, Clone)]
pub struct Judge<'a> {
    /// The matrix.
    pub matrix: &'a RiskMatrix,
    /// The rank of the board's tolerance in force.
    pub board: Option<usize>,
    /// The reference date.
    pub reference: Date,
    /// The validity cap in months.
    pub validity_months: u32,
    /// The export's quarters up to the one judged.
    pub history: &'a [QuarterRecord],
    /// Per quarter of `history`, its risks' residual ratings by id: built the first time an approval
    /// dated in that quarter needs it, so judging every risk of a register stays linear.
    residuals: Box<[OnceCell<HashMap<&'a str, Rating>>]>,
}

impl<'a> Judge<'a> {
    /// The judge of `period`'s quarter.
    pub fn of(period: &Period<'a>) -> Judge<'a> {
        let s = period.snapshot();
        let m = &s.risk_matrix;
        Judge {
            matrix: m,
            board: board_tolerance_rank_at(m, period.reference()),
            reference: period.reference(),
            validity_months: m.approval_validity_months(),
            history: &s.quarters[..=period.index()],
            residuals: (0..=period.index()).map(|_| OnceCell::new()).collect(),
        }
    }

    /// A judge of a register given directly, without its history: the matrix's tolerance in force at
    /// `reference` and its cap.
    pub fn new(matrix: &'a RiskMatrix, reference: Date) -> Judge<'a> {
        Judge {
            matrix,
            board: board_tolerance_rank_at(matrix, reference),
            reference,
            validity_months: matrix.approval_validity_months(),
            history: &[],
            residuals: Box::new([]),
        }
    }

    /// The residual rating `risk`'s approval covers: the approval's own `rating`, else the risk's residual
    /// in the quarter containing `approved_on`, else `None` (then it covers the current rating).
    pub fn approved_rating(&self, risk: &Risk) -> Option<Rating> {
        let a = risk.approval.as_ref()?;
        a.rating.or_else(|| {
            let i = self.history.iter().position(|q| q.quarter.contains(a.approved_on))?;
            let q = &self.history[i];
            let id = risk.id.as_str();
            // Registers are usually kept in id order: a binary search finds the risk without indexing
            // its quarter (a whole register hashed for a few approvals dated in it). A hit is checked,
            // so a register in any other order only falls through to the index.
            if let Ok(at) = q.risks.binary_search_by(|r| r.id.as_str().cmp(id))
                && let Some(r) = q.risks.get(at).filter(|r| r.id == id)
            {
                return Some(r.residual);
            }
            let ratings =
                self.residuals.get(i)?.get_or_init(|| q.risks.iter().map(|r| (r.id.as_str(), r.residual)).collect());
            ratings.get(id).copied()
        })
    }

    /// The standing of `risk`'s approval at the reference date.
    pub fn approval_state(&self, risk: &Risk) -> ApprovalState {
        let Some(a) = risk.approval.as_ref() else { return ApprovalState::Missing };
        if a.body.is_some_and(|b| !b.counts()) {
            return ApprovalState::NotByBoard;
        }
        if self.approved_rating(risk).is_some_and(|approved| worsened(approved, risk.residual)) {
            return ApprovalState::Worsened;
        }
        approval_state(Some(a), self.validity_months, self.reference)
    }
}

/// The standing by date alone of `approval` at `reference` under a validity cap of `months`: missing,
/// expired (effective expiry before `reference`), expiring (within [`EXPIRY_WARNING_DAYS`] days, the day
/// itself included) or valid.
pub fn approval_state(approval: Option<&Approval>, months: u32, reference: Date) -> ApprovalState {
    let Some(a) = approval else { return ApprovalState::Missing };
    let (expiry, _) = effective_expiry(a, months);
    match reference.days_until(expiry) {
        d if d < 0 => ApprovalState::Expired,
        d if d <= EXPIRY_WARNING_DAYS => ApprovalState::Expiring,
        _ => ApprovalState::Valid,
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
    /// The security attributes the scenario harms (empty: not recorded).
    pub cia: Vec<CiaAttribute>,
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
    /// The approving body, if recorded.
    pub body: Option<ApprovingBody>,
    /// When the approval was given.
    pub approved_on: Option<Date>,
    /// The residual level the approval covers, if known.
    pub approved_level: Option<Level>,
    /// When the approval lapses: its effective expiry (the earlier of `expires_on` and the cap).
    pub expires_on: Option<Date>,
    /// Whether the validity cap applied (the stated `expires_on` lay beyond it).
    pub capped: bool,
    /// Days from the reference date to `expires_on` (negative once lapsed).
    pub days_to_expiry: Option<i64>,
    /// Expected annual loss.
    pub expected_loss_yen: Yen,
    /// JSON path, `quarters[7].risks[3]`.
    pub path: String,
}

/// The row of `r` (at `j` in the register under `base`) if its residual level is above tolerance.
fn above(judge: &Judge<'_>, base: &str, j: usize, r: &Risk) -> Option<AboveTolerance> {
    let m = judge.matrix;
    let board = judge.board;
    let rank = level_rank(m, r.residual)?;
    let tol = tolerance_rank(m, board, r)?;
    (rank > tol).then_some(())?;
    let approval = r.approval.as_ref();
    let expiry = approval.map(|a| effective_expiry(a, judge.validity_months));
    Some(AboveTolerance {
        id: r.id.clone(),
        threat: threat(r),
        asset: r.asset.clone(),
        owner: r.owner.clone(),
        cia: r.cia.clone(),
        level: level_at(m, rank)?,
        tolerance: level_at(m, tol)?,
        own_tolerance: r
            .tolerance
            .as_deref()
            .and_then(|t| rank_of(m, t))
            .is_some_and(|own| board.is_none_or(|b| own < b)),
        approval: judge.approval_state(r),
        approver: approval.map(|a| a.approver.clone()),
        body: approval.and_then(|a| a.body),
        approved_on: approval.map(|a| a.approved_on),
        approved_level: judge.approved_rating(r).and_then(|x| level(m, x)),
        expires_on: expiry.map(|(e, _)| e),
        capped: expiry.is_some_and(|(_, c)| c),
        days_to_expiry: expiry.map(|(e, _)| judge.reference.days_until(e)),
        expected_loss_yen: expected_loss(r),
        path: risk_path(base, j),
    })
}

/// The risks above tolerance in `period`'s register: the most urgent approval first, then the highest
/// level, then the largest expected loss.
pub fn above_tolerance_list(period: &Period<'_>) -> Vec<AboveTolerance> {
    let judge = Judge::of(period);
    let base = period.path();
    let mut out: Vec<AboveTolerance> =
        period.record().risks.iter().enumerate().filter_map(|(j, r)| above(&judge, &base, j, r)).collect();
    crate::order::sort_by(&mut out, |a, b| {
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
    let board = board_tolerance_rank_at(m, period.reference());
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
    /// Above tolerance, approved by a body that cannot accept risk for the board.
    NotByBoard,
    /// Above tolerance, worse than the rating approved.
    Worsened,
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
    pub const ALL: [Standing; 7] = [
        Standing::Missing,
        Standing::NotByBoard,
        Standing::Worsened,
        Standing::Expired,
        Standing::Expiring,
        Standing::Valid,
        Standing::NotRequired,
    ];

    /// `missing`, `expired`, … (for test hooks and CSS classes).
    pub fn code(self) -> &'static str {
        Term::code(self)
    }

    /// Whether the board must act: every standing above tolerance but a valid approval.
    pub fn needs_decision(self) -> bool {
        !matches!(self, Standing::Valid | Standing::NotRequired)
    }
}

impl From<ApprovalState> for Standing {
    fn from(state: ApprovalState) -> Standing {
        match state {
            ApprovalState::Missing => Standing::Missing,
            ApprovalState::NotByBoard => Standing::NotByBoard,
            ApprovalState::Worsened => Standing::Worsened,
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
    /// Approved by a body that cannot accept risk for the board.
    pub not_by_board: usize,
    /// Worse than the rating approved.
    pub worsened: usize,
    /// Approval lapsed.
    pub expired: usize,
    /// Approval lapses within [`EXPIRY_WARNING_DAYS`] days.
    pub expiring: usize,
    /// Approved.
    pub valid: usize,
    /// Every state but valid: the approvals the board is asked for.
    pub due: usize,
}

/// Counts the approvals of a quarter's risks above tolerance (`RiskView::above_tolerance`).
pub fn approvals(above: &[AboveTolerance]) -> Approvals {
    let n = |s: ApprovalState| above.iter().filter(|a| a.approval == s).count();
    let valid = n(ApprovalState::Valid);
    Approvals {
        above_tolerance: above.len(),
        missing: n(ApprovalState::Missing),
        not_by_board: n(ApprovalState::NotByBoard),
        worsened: n(ApprovalState::Worsened),
        expired: n(ApprovalState::Expired),
        expiring: n(ApprovalState::Expiring),
        valid,
        due: above.len() - valid,
    }
}

/// The standing of `risk` before `judge`.
pub fn standing(judge: &Judge<'_>, risk: &Risk) -> Standing {
    if !above_tolerance(judge.matrix, judge.board, risk) {
        return Standing::NotRequired;
    }
    judge.approval_state(risk).into()
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(Standing, "Standing", {
    Missing => ("missing", "承認なし", "Not approved"),
    NotByBoard => ("not_by_board", "経営層以外の承認", "Not approved by the board"),
    Worsened => ("worsened", "承認後に悪化", "Worse than approved"),
    Expired => ("expired", "承認期限切れ", "Approval expired"),
    Expiring => ("expiring", "承認期限間近", "Approval expiring"),
    Valid => ("valid", "承認済み", "Approved"),
    NotRequired => ("not_required", "承認不要", "Not required"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, d, risk, snapshot_with};
    use crate::risk::fixture::{approval, register};

    #[test]
    fn approvals_missing_expired_expiring_and_valid() {
        let reference = d("2026-06-30");
        let st = |expires: &str| approval_state(approval(expires).as_ref(), 12, reference);
        assert_eq!(approval_state(None, 12, reference), ApprovalState::Missing);
        // Anniversary convention: in time on the stated date, expired from the day after.
        assert_eq!(st("2026-06-29"), ApprovalState::Expired); // the day before the reference
        assert_eq!(st("2026-06-30"), ApprovalState::Expiring); // the reference date itself
        assert_eq!(st("2026-07-01"), ApprovalState::Expiring);
        assert_eq!(st("2026-09-28"), ApprovalState::Expiring); // 90 days
        assert_eq!(st("2026-09-29"), ApprovalState::Valid); // 91 days
    }

    #[test]
    fn the_validity_cap_shortens_a_long_approval_and_says_so() {
        let a = |approved: &str, expires: &str| Approval {
            approver: "取締役会".into(),
            body: Some(ApprovingBody::Board),
            rating: None,
            approved_on: d(approved),
            expires_on: d(expires),
            reference: None,
        };
        // Stated expiry on the cap (12 months to the day): not capped.
        assert_eq!(effective_expiry(&a("2025-06-30", "2026-06-30"), 12), (d("2026-06-30"), false));
        // One day beyond the cap: capped.
        assert_eq!(effective_expiry(&a("2025-06-30", "2026-07-01"), 12), (d("2026-06-30"), true));
        // A ten-year approval lapses after 12 months; a setting of 24 months doubles that.
        assert_eq!(effective_expiry(&a("2025-06-30", "2035-06-30"), 12), (d("2026-06-30"), true));
        assert_eq!(effective_expiry(&a("2025-06-30", "2035-06-30"), 24), (d("2027-06-30"), true));
        // Month ends clamp: 2025-08-31 + 6 months = 2026-02-28.
        assert_eq!(effective_expiry(&a("2025-08-31", "2027-01-01"), 6), (d("2026-02-28"), true));
        // Capped at 2026-06-30: in time on that day, expired the day after.
        let ten = a("2025-06-30", "2035-06-30");
        assert_eq!(approval_state(Some(&ten), 12, d("2026-06-30")), ApprovalState::Expiring);
        assert_eq!(approval_state(Some(&ten), 12, d("2026-07-01")), ApprovalState::Expired);
    }

    #[test]
    fn an_approval_is_the_boards_and_covers_the_rating_approved() {
        let s = snapshot_with(&["2026Q2"], "2026-06-30");
        let judge = Judge::new(&s.risk_matrix, d("2026-06-30"));
        let mut r = risk("r", "a", (3, 3), (2, 3));
        r.approval = approval("2026-12-31");
        assert_eq!(judge.approval_state(&r), ApprovalState::Valid); // body not recorded: counts
        for (body, state) in [
            (ApprovingBody::Board, ApprovalState::Valid),
            (ApprovingBody::ExecutiveCommittee, ApprovalState::Valid),
            (ApprovingBody::RepresentativeDirector, ApprovalState::Valid),
            (ApprovingBody::Ciso, ApprovalState::NotByBoard),
            (ApprovingBody::DepartmentHead, ApprovalState::NotByBoard),
            (ApprovingBody::Other, ApprovalState::NotByBoard),
        ] {
            r.approval.as_mut().unwrap().body = Some(body);
            assert_eq!(judge.approval_state(&r), state, "{body:?}");
        }
        let a = r.approval.as_mut().unwrap();
        a.body = Some(ApprovingBody::Board);
        // The rating approved equals the current one: valid; one step lower in either axis: worsened.
        a.rating = Some(Rating { likelihood: 2, impact: 3 });
        assert_eq!(judge.approval_state(&r), ApprovalState::Valid);
        r.approval.as_mut().unwrap().rating = Some(Rating { likelihood: 1, impact: 3 });
        assert_eq!(judge.approval_state(&r), ApprovalState::Worsened);
        r.approval.as_mut().unwrap().rating = Some(Rating { likelihood: 2, impact: 2 });
        assert_eq!(judge.approval_state(&r), ApprovalState::Worsened);
        // Approved at a worse rating than today's: still covered.
        r.approval.as_mut().unwrap().rating = Some(Rating { likelihood: 3, impact: 3 });
        assert_eq!(judge.approval_state(&r), ApprovalState::Valid);
        assert!(worsened(Rating { likelihood: 2, impact: 2 }, Rating { likelihood: 2, impact: 3 }));
        assert!(!worsened(Rating { likelihood: 2, impact: 3 }, Rating { likelihood: 2, impact: 3 }));
    }

    #[test]
    fn without_a_recorded_rating_the_approval_covers_the_rating_of_its_quarter() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].assets.push(asset("a", "顧客情報"));
        s.quarters[1].assets.push(asset("a", "顧客情報"));
        let mut then = risk("r", "a", (3, 3), (2, 2)); // medium when approved (own tolerance low)
        then.tolerance = Some("low".into());
        then.approval = approval("2026-12-31"); // approved 2026-01-10, in 2026Q1
        let mut now = then.clone();
        now.residual = Rating { likelihood: 2, impact: 3 }; // high now
        s.quarters[0].risks.push(then);
        s.quarters[1].risks.push(now);
        crate::fixture::assert_valid(&s);
        let first = Period::at(&s, 0).unwrap();
        assert_eq!(above_tolerance_list(&first)[0].approval, ApprovalState::Valid);
        let latest = Period::latest(&s).unwrap();
        let row = &above_tolerance_list(&latest)[0];
        assert_eq!(row.approval, ApprovalState::Worsened);
        assert_eq!(row.approved_level.as_ref().map(|l| l.id.as_str()), Some("medium"));
        assert_eq!(row.level.id, "high");
        // Without the approval's quarter in the export, the current rating is taken as approved.
        let judge = Judge::new(&s.risk_matrix, d("2026-06-30"));
        assert_eq!(judge.approval_state(&s.quarters[1].risks[0]), ApprovalState::Valid);
    }

    #[test]
    fn the_rating_of_its_quarter_is_found_by_id_among_many_in_any_order() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        for q in &mut s.quarters {
            q.assets.push(asset("a", "顧客情報"));
        }
        // 2026Q1: r0 … r9 rated (2, 2), except r7 rated (2, 3); each approved 2026-01-10 without a rating.
        for i in 0..10 {
            let mut r = risk(&format!("r{i}"), "a", (3, 3), if i == 7 { (2, 3) } else { (2, 2) });
            r.approval = approval("2026-12-31");
            s.quarters[0].risks.push(r);
        }
        // 2026Q2: the same risks in reverse order, all rated (2, 3) now.
        let now: Vec<Risk> = s.quarters[0]
            .risks
            .iter()
            .rev()
            .map(|r| Risk { residual: Rating { likelihood: 2, impact: 3 }, ..r.clone() })
            .collect();
        s.quarters[1].risks = now;
        crate::fixture::assert_valid(&s);
        let latest = Period::latest(&s).unwrap();
        let judge = Judge::of(&latest);
        for r in &s.quarters[1].risks {
            let want = if r.id == "r7" { ApprovalState::Valid } else { ApprovalState::Worsened };
            assert_eq!(judge.approval_state(r), want, "{}", r.id);
            assert_eq!(judge.approved_rating(r), s.quarters[0].risks.iter().find(|x| x.id == r.id).map(|x| x.residual));
        }
    }

    #[test]
    fn the_rating_of_its_quarter_is_the_same_in_id_order_in_another_order_and_when_absent() {
        // 2026Q1 holds r00 … r29 (residual (1 + i % 3, 2)); r30 is new in 2026Q2. Every risk is
        // approved 2026-01-10 without a rating, so its approved rating is its 2026Q1 residual, if any.
        for reversed in [false, true] {
            let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
            for q in &mut s.quarters {
                q.assets.push(asset("a", "顧客情報"));
            }
            let mut then: Vec<Risk> =
                (0..30).map(|i| risk(&format!("r{i:02}"), "a", (3, 3), (1 + (i % 3) as u8, 2))).collect();
            for r in &mut then {
                r.approval = approval("2026-12-31"); // approved 2026-01-10, in 2026Q1
            }
            let mut now = then.clone();
            now.push(Risk { id: "r30".into(), ..then[0].clone() });
            if reversed {
                then.reverse();
            }
            s.quarters[0].risks = then.clone();
            s.quarters[1].risks = now;
            crate::fixture::assert_valid(&s);
            let latest = Period::latest(&s).unwrap();
            let judge = Judge::of(&latest);
            for r in &s.quarters[1].risks {
                let want = then.iter().find(|x| x.id == r.id).map(|x| x.residual);
                assert_eq!(judge.approved_rating(r), want, "{} (2026Q1 reversed: {reversed})", r.id);
            }
            assert_eq!(judge.approved_rating(&s.quarters[1].risks[30]), None);
        }
    }

    #[test]
    fn above_tolerance_list_is_ordered_by_urgency() {
        let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
        let r = &mut s.quarters[0];
        r.assets.push(asset("a", "顧客情報"));
        let mut valid = risk("valid", "a", (3, 3), (3, 3));
        valid.approval = approval("2027-03-31"); // capped at 2027-01-10
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
        let judge = Judge::new(&s.risk_matrix, d("2026-06-30"));
        assert_eq!(standing(&judge, &s.quarters[0].risks[0]), Standing::Missing);
    }

    #[test]
    fn standings_follow_tolerance_and_approval() {
        let s = register();
        let judge = Judge::new(&s.risk_matrix, d("2026-06-30"));
        let got: Vec<Standing> = s.quarters[1].risks.iter().map(|r| standing(&judge, r)).collect();
        use Standing::*;
        assert_eq!(got, vec![Missing, Expired, Expiring, NotRequired, NotRequired, NotRequired]);
        assert!(Missing.needs_decision() && Expiring.needs_decision() && !Valid.needs_decision());
        assert_eq!(NotRequired.code(), "not_required");
        assert_eq!(Expired.text().ja, "承認期限切れ");
        let above = above_tolerance_list(&Period::latest(&s).unwrap());
        let a = approvals(&above);
        assert_eq!((a.above_tolerance, a.missing, a.expired, a.expiring, a.valid, a.due), (3, 1, 1, 1, 0, 3));
        assert_eq!((a.not_by_board, a.worsened), (0, 0));
        assert_eq!(Standing::from(ApprovalState::Valid), Valid);
    }
}

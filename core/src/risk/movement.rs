//! Movements (3-4): the risks whose residual level rose or fell between two quarters' registers, and
//! those that appeared or disappeared.

use foldhash::{HashMap, HashMapExt};

use serde::Serialize;

use super::matrix::{Level, level, level_at, level_rank};
use super::{risk_path, threat};
use crate::calendar::Quarter;
use crate::period::Period;
use crate::snapshot::{Risk, RiskMatrix};
use crate::text::Text;
use crate::vocabulary::Term;
use crate::vocabulary::terms;

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

/// How `risk` moved against its record in the previous register, with its previous rank; `None` if
/// its residual level did not change.
fn moved(matrix: &RiskMatrix, before: Option<&Risk>, to: Option<usize>) -> Option<(Move, Option<usize>)> {
    let Some(p) = before else { return Some((Move::New, None)) };
    match (level_rank(matrix, p.residual), to) {
        (Some(f), Some(t)) if t > f => Some((Move::Up, Some(f))),
        (Some(f), Some(t)) if t < f => Some((Move::Down, Some(f))),
        _ => None,
    }
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
    // Each id of the earlier register to the position of its record (the last, if an id repeats); a
    // position is marked when the current register holds its id, so that what is left unmarked was
    // removed — one table for both directions.
    let mut before: HashMap<&str, usize> = HashMap::with_capacity(previous.len());
    for (j, r) in previous.iter().enumerate() {
        before.insert(r.id.as_str(), j);
    }
    let mut kept = vec![false; previous.len()];
    let mut out = Vec::new();
    for (j, r) in current.iter().enumerate() {
        let to = level_rank(matrix, r.residual);
        let earlier = before.get(r.id.as_str()).map(|&p| {
            kept[p] = true;
            &previous[p]
        });
        let Some((change, from)) = moved(matrix, earlier, to) else { continue };
        out.push(Movement {
            id: r.id.clone(),
            threat: threat(r),
            change,
            from: from.and_then(|f| level_at(matrix, f)),
            to: to.and_then(|t| level_at(matrix, t)),
            path: risk_path(base, j),
        });
    }
    let removed = previous.iter().enumerate().filter(|(_, p)| !before.get(p.id.as_str()).is_some_and(|&k| kept[k]));
    out.extend(removed.map(|(j, p)| Movement {
        id: p.id.clone(),
        threat: threat(p),
        change: Move::Removed,
        from: level(matrix, p.residual),
        to: None,
        path: risk_path(previous_base, j),
    }));
    out
}

/// The risks that moved between two quarters' registers, counted by kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moves {
    /// The quarter compared against.
    pub since: Quarter,
    /// Risks not in `since`'s register.
    pub new: usize,
    /// Risks in `since`'s register, gone now.
    pub removed: usize,
    /// Risks whose residual level rose.
    pub up: usize,
    /// Risks whose residual level fell.
    pub down: usize,
    /// The movements: current register order, then removed risks in their earlier order.
    pub list: Vec<Movement>,
}

/// The risks that moved between the register of `since` and that of `period` (new, removed, up,
/// down by residual level), both rated on the export's matrix: [`movements`] against any
/// quarter, not only the previous one.
pub fn movements_since(period: &Period<'_>, since: &Period<'_>) -> Moves {
    let list = movements(
        &period.snapshot().risk_matrix,
        &since.record().risks,
        &period.record().risks,
        &since.path(),
        &period.path(),
    );
    Moves::counted(since.quarter(), list)
}

impl Moves {
    /// The movements `list` since the quarter `since`, counted by kind: [`movements_since`]'s result
    /// when `list` is what [`movements`] gave for the two registers — as the board summary's
    /// [`super::RiskView::movements`] gives it for the quarter before, so that a comparison with that
    /// quarter need not compute the list again.
    pub fn counted(since: Quarter, list: Vec<Movement>) -> Moves {
        let n = |m: Move| list.iter().filter(|x| x.change == m).count();
        Moves { since, new: n(Move::New), removed: n(Move::Removed), up: n(Move::Up), down: n(Move::Down), list }
    }
}

/// The name of a movement.
pub fn move_label(m: Move) -> Text {
    m.text()
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(Move, "Move", {
    Up => ("up", "上昇", "Up"),
    Down => ("down", "低下", "Down"),
    New => ("new", "新規", "New"),
    Removed => ("removed", "削除", "Removed"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, matrix3, risk};
    use crate::risk::fixture::register;

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

    /// The register fixture with a first quarter of its own: "r-a" rated lower then, "gone" only then.
    fn two_registers() -> crate::snapshot::Snapshot {
        let mut s = register();
        s.quarters[0].risks = vec![risk("r-a", "ec", (3, 3), (1, 1)), risk("gone", "ec", (1, 1), (1, 1))];
        s.quarters[0].assets.push(asset("ec", "EC サイト"));
        crate::fixture::assert_valid(&s);
        s
    }

    #[test]
    fn movements_against_any_quarter() {
        let s = two_registers();
        let (now, before) = (Period::latest(&s).unwrap(), Period::at(&s, 0).unwrap());
        let mv = movements_since(&now, &before);
        let got: Vec<(&str, Move)> = mv.list.iter().map(|m| (m.id.as_str(), m.change)).collect();
        assert_eq!(got[0], ("r-a", Move::Up));
        assert_eq!(got.last(), Some(&("gone", Move::Removed)));
        assert_eq!((mv.new, mv.removed, mv.up, mv.down), (5, 1, 1, 0));
        assert_eq!(mv.since, before.quarter());
        let none = movements_since(&now, &now);
        assert!(none.list.is_empty() && none.new + none.removed + none.up + none.down == 0);
        assert_eq!(move_label(Move::Up).ja, "上昇");
    }

    #[test]
    fn the_summarys_list_counted_is_the_comparison_with_the_quarter_before() {
        let s = two_registers();
        let (now, before) = (Period::latest(&s).unwrap(), Period::at(&s, 0).unwrap());
        let listed = crate::risk::risk_view(&now).movements;
        assert!(!listed.is_empty());
        assert_eq!(Moves::counted(before.quarter(), listed), movements_since(&now, &before));
    }

    #[test]
    fn an_id_repeated_in_the_earlier_register_is_removed_only_when_gone_from_the_current_one() {
        let m = matrix3();
        let prev = vec![risk("twice", "x", (2, 2), (2, 2)), risk("twice", "x", (2, 2), (2, 2))];
        let kept = movements(&m, &prev, &[risk("twice", "x", (2, 2), (2, 2))], "q[0]", "q[1]");
        assert!(kept.is_empty(), "{kept:?}");
        let gone = movements(&m, &prev, &[], "q[0]", "q[1]");
        let paths: Vec<(&str, Move)> = gone.iter().map(|x| (x.path.as_str(), x.change)).collect();
        assert_eq!(paths, [("q[0].risks[0]", Move::Removed), ("q[0].risks[1]", Move::Removed)]);
    }
}

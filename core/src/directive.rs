//! The board's own record (4-2 経営層による評価; 4 実施内容 2 「必要に応じて経営者が改善のための指示」):
//! what it decided on the decisions asked (`board_decisions`), what it directed (`directives`) and what
//! became of last quarter's directives — done, in progress, not started, or overdue (past due and not
//! done, from the day after the due date).

use foldhash::HashMap;

use serde::Serialize;

use crate::calendar::Date;
use crate::period::Period;
use crate::risk::tolerance_events;
use crate::snapshot::{ApprovingBody, BoardOutcome, Directive, ProgressStatus};
use crate::text::Text;
use crate::vocabulary::terms;

/// How long a board decision keeps a decision asked with its key off the list: 12 months, the
/// anniversary convention (in force while its date lies in the trailing year).
pub const IN_FORCE_MONTHS: u32 = 12;

/// How many directives page 1 of the printed board pack names (the rest are counted: "and K more").
pub const PRINTED_DIRECTIVES: usize = 3;

/// A decision the board took.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TakenDecision {
    /// Its id.
    pub id: String,
    /// Date decided.
    pub on: Date,
    /// The key of the decision asked it answers.
    pub key: String,
    /// What the board decided.
    pub outcome: BoardOutcome,
    /// Who decided.
    pub body: Option<ApprovingBody>,
    /// Minutes reference.
    pub reference: Option<String>,
    /// JSON path, `quarters[7].board_decisions[0]`.
    pub path: String,
}

/// Where a directive stands at the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectiveState {
    /// Done.
    Done,
    /// In progress, within its due date.
    InProgress,
    /// Not started, within its due date.
    NotStarted,
    /// Not done and past its due date.
    Overdue,
}

/// One directive at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectiveView {
    /// Its id.
    pub id: String,
    /// What the board directed.
    pub text: String,
    /// Who carries it out.
    pub owner: String,
    /// The important item it answers.
    pub item: u8,
    /// The board decision it comes from.
    pub decision: Option<String>,
    /// Date given.
    pub issued_on: Date,
    /// Due date.
    pub due: Date,
    /// Where it stands.
    pub state: DirectiveState,
    /// Date done.
    pub done_on: Option<Date>,
    /// Days past due (0 unless overdue).
    pub days_overdue: i64,
    /// JSON path, `quarters[7].directives[1]`.
    pub path: String,
}

/// How many directives stand where.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DirectiveCounts {
    /// Done.
    pub done: usize,
    /// In progress.
    pub in_progress: usize,
    /// Not started.
    pub not_started: usize,
    /// Overdue.
    pub overdue: usize,
}

/// A tolerance change of the quarter, as the board's record lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToleranceDecision {
    /// The day it applies from.
    pub on: Date,
    /// The level before (its name).
    pub from: Text,
    /// The level after (its name).
    pub to: Text,
    /// Who decided.
    pub body: ApprovingBody,
    /// JSON path, `risk_matrix.tolerance_changes[1]`.
    pub path: String,
}

/// The board's record for one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardRecord {
    /// Whether the export records any board decision or directive up to this quarter; when not, the
    /// summary says "no record" (never "none taken").
    pub recorded: bool,
    /// The board's decisions of this quarter.
    pub taken: Vec<TakenDecision>,
    /// Board decisions in force at the reference date (this quarter's and earlier ones within
    /// [`IN_FORCE_MONTHS`]), newest first.
    pub in_force: Vec<TakenDecision>,
    /// Last quarter's directives — given before this quarter started and not done before it — and what
    /// became of them, overdue first.
    pub carried: Vec<DirectiveView>,
    /// Their counts.
    pub carried_counts: DirectiveCounts,
    /// Directives given in this quarter.
    pub new_directives: Vec<DirectiveView>,
    /// Tolerance changes decided in the quarter, with their date.
    pub tolerance_changes: Vec<ToleranceDecision>,
}

/// The board's record as page 1 of the printed pack carries it ([`BoardRecord::printed`]): at most
/// [`PRINTED_DIRECTIVES`] directives, and how many more the screen lists.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedRecord<'a> {
    /// The directives printed, overdue first.
    pub shown: Vec<&'a DirectiveView>,
    /// How many directives of the record are not printed.
    pub more: usize,
}

/// Where a directive comes on paper: overdue (most days late first), not started, in progress, done;
/// within a state the earliest due first.
fn paper_order(d: &DirectiveView) -> (std::cmp::Reverse<DirectiveState>, std::cmp::Reverse<i64>, Date) {
    (std::cmp::Reverse(d.state), std::cmp::Reverse(d.days_overdue), d.due)
}

impl BoardRecord {
    /// The directives page 1 of the printed pack names: last quarter's directives and any overdue one
    /// given this quarter, ordered overdue (most days late first), not started, in progress, done — the
    /// earliest due first within a state — at most [`PRINTED_DIRECTIVES`] of them; `more` counts the rest.
    pub fn printed(&self) -> PrintedRecord<'_> {
        let mut pool: Vec<&DirectiveView> = self
            .carried
            .iter()
            .chain(self.new_directives.iter().filter(|d| d.state == DirectiveState::Overdue))
            .collect();
        crate::order::sort_by_key(&mut pool, |d| paper_order(d));
        let more = pool.len().saturating_sub(PRINTED_DIRECTIVES);
        pool.truncate(PRINTED_DIRECTIVES);
        PrintedRecord { shown: pool, more }
    }

    /// Every overdue directive (carried or new).
    pub fn overdue(&self) -> impl Iterator<Item = &DirectiveView> {
        self.carried.iter().chain(&self.new_directives).filter(|d| d.state == DirectiveState::Overdue)
    }

    /// The board decision in force for `key`, newest first, if any.
    pub fn in_force_for(&self, key: &str) -> Option<&TakenDecision> {
        self.in_force.iter().find(|t| t.key == key)
    }
}

/// Where `d` stands at `reference`: done when its status is done; else overdue from the day after
/// its due date; else its status.
pub fn directive_state(d: &Directive, reference: Date) -> DirectiveState {
    match d.status {
        ProgressStatus::Done => DirectiveState::Done,
        _ if reference > d.due => DirectiveState::Overdue,
        ProgressStatus::InProgress => DirectiveState::InProgress,
        ProgressStatus::NotStarted => DirectiveState::NotStarted,
    }
}

fn view(d: &Directive, reference: Date, path: String) -> DirectiveView {
    let state = directive_state(d, reference);
    DirectiveView {
        id: d.id.clone(),
        text: d.text.clone(),
        owner: d.owner.clone(),
        item: d.item,
        decision: d.decision.clone(),
        issued_on: d.issued_on,
        due: d.due,
        state,
        done_on: d.done_on,
        days_overdue: if state == DirectiveState::Overdue { d.due.days_until(reference) } else { 0 },
        path,
    }
}

/// The board's record of `period`'s quarter.
pub fn board_record(period: &Period<'_>) -> BoardRecord {
    let reference = period.reference();
    let start = period.quarter().start();
    let year_start = period.year_start();
    let mut all: Vec<TakenDecision> = Vec::new();
    let mut recorded = false;
    for p in period.history() {
        let r = p.record();
        recorded |= !r.board_decisions.is_empty() || !r.directives.is_empty();
        let base = p.path();
        all.extend(r.board_decisions.iter().enumerate().map(|(i, b)| TakenDecision {
            id: b.id.clone(),
            on: b.on,
            key: b.key.clone(),
            outcome: b.outcome,
            body: b.body,
            reference: b.reference.clone(),
            path: format!("{base}.board_decisions[{i}]"),
        }));
    }
    let taken: Vec<TakenDecision> = all.iter().filter(|t| period.in_quarter(t.on)).cloned().collect();
    let mut in_force: Vec<TakenDecision> =
        all.into_iter().filter(|t| year_start <= t.on && t.on <= reference).collect();
    crate::order::sort_by_key(&mut in_force, |t| std::cmp::Reverse(t.on));

    let base = period.path();
    let record = period.record();
    let mut carried = Vec::new();
    let mut new_directives = Vec::new();
    for (i, d) in record.directives.iter().enumerate() {
        let v = view(d, reference, format!("{base}.directives[{i}]"));
        if d.issued_on >= start {
            new_directives.push(v);
        } else if d.done_on.is_none_or(|done| done >= start) {
            carried.push(v);
        }
    }
    crate::order::sort_by_key(&mut carried, |d| std::cmp::Reverse(d.state));
    let mut counts = DirectiveCounts::default();
    for d in &carried {
        match d.state {
            DirectiveState::Done => counts.done += 1,
            DirectiveState::InProgress => counts.in_progress += 1,
            DirectiveState::NotStarted => counts.not_started += 1,
            DirectiveState::Overdue => counts.overdue += 1,
        }
    }
    let tolerance_changes = tolerance_events(period)
        .into_iter()
        .map(|c| ToleranceDecision { on: c.on, from: c.from.name, to: c.to.name, body: c.body, path: c.path })
        .collect();
    BoardRecord { recorded, taken, in_force, carried, carried_counts: counts, new_directives, tolerance_changes }
}

/// Board decisions by id across the export up to `period` (for references).
pub fn decisions_by_id<'a>(period: &Period<'a>) -> HashMap<&'a str, Date> {
    period.history().flat_map(|p| p.record().board_decisions.iter().map(|b| (b.id.as_str(), b.on))).collect()
}

terms!(DirectiveState, "DirectiveState", {
    Done => ("done", "完了", "Done"),
    InProgress => ("in_progress", "対応中", "In progress"),
    NotStarted => ("not_started", "未着手", "Not started"),
    Overdue => ("overdue", "期限超過", "Overdue"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::snapshot_with;
    use crate::snapshot::BoardDecision;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn directive(id: &str, issued: &str, due: &str, status: ProgressStatus, done: Option<&str>) -> Directive {
        Directive {
            id: id.into(),
            text: "標的型攻撃メール訓練を全社で実施".into(),
            owner: "CISO".into(),
            item: 6,
            decision: None,
            issued_on: d(issued),
            due: d(due),
            status,
            done_on: done.map(d),
        }
    }

    /// Due 2026-09-30: in progress that day, overdue from 2026-10-01; done stays done.
    #[test]
    fn a_directive_is_overdue_from_the_day_after_its_due_date() {
        let x = directive("D1", "2026-04-10", "2026-09-30", ProgressStatus::InProgress, None);
        assert_eq!(directive_state(&x, d("2026-09-29")), DirectiveState::InProgress);
        assert_eq!(directive_state(&x, d("2026-09-30")), DirectiveState::InProgress);
        assert_eq!(directive_state(&x, d("2026-10-01")), DirectiveState::Overdue);
        let y = directive("D2", "2026-04-10", "2026-09-30", ProgressStatus::Done, Some("2026-10-05"));
        assert_eq!(directive_state(&y, d("2026-12-31")), DirectiveState::Done);
        let z = directive("D3", "2026-04-10", "2026-12-31", ProgressStatus::NotStarted, None);
        assert_eq!(directive_state(&z, d("2026-12-31")), DirectiveState::NotStarted);
    }

    /// Carried: given before the quarter and not done before it; new: given in it. A board decision is
    /// in force for 12 months: on 2025-09-30 it still is at 2026-09-30, not at 2026-10-01.
    #[test]
    fn carried_directives_and_decisions_in_force() {
        let mut s = snapshot_with(&["2026Q2", "2026Q3"], "2026-09-30");
        let q = &mut s.quarters[1];
        q.directives = vec![
            directive("old", "2026-01-10", "2026-03-31", ProgressStatus::Done, Some("2026-03-20")),
            directive("late", "2026-05-10", "2026-08-31", ProgressStatus::InProgress, None),
            directive("done", "2026-05-10", "2026-08-31", ProgressStatus::Done, Some("2026-08-01")),
            directive("new", "2026-07-10", "2026-12-31", ProgressStatus::NotStarted, None),
        ];
        let decision = |id: &str, on: &str| BoardDecision {
            id: id.into(),
            on: d(on),
            key: "approve_budget".into(),
            outcome: BoardOutcome::Approved,
            body: Some(ApprovingBody::Board),
            reference: None,
        };
        s.quarters[0].board_decisions = vec![decision("B1", "2026-05-20")];
        let period = Period::new(&s, "2026Q3".parse().unwrap()).unwrap();
        let r = board_record(&period);
        assert!(r.recorded);
        assert!(r.taken.is_empty());
        assert_eq!(r.in_force.len(), 1);
        let ids: Vec<&str> = r.carried.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, vec!["late", "done"]);
        assert_eq!(r.carried_counts, DirectiveCounts { done: 1, in_progress: 0, not_started: 0, overdue: 1 });
        assert_eq!(r.carried[0].days_overdue, 30);
        assert_eq!(r.new_directives.len(), 1);
        assert_eq!(r.overdue().count(), 1);

        let mut s = snapshot_with(&["2025Q3", "2026Q3", "2026Q4"], "2026-10-01");
        s.quarters[0].board_decisions = vec![decision("B0", "2025-09-30")];
        let at = |q: &str| board_record(&Period::new(&s, q.parse().unwrap()).unwrap()).in_force.len();
        assert_eq!(at("2026Q3"), 1);
        assert_eq!(at("2026Q4"), 0);
    }

    /// Tolerance changes decided in the quarter are listed with their date and the levels' names.
    #[test]
    fn tolerance_changes_of_the_quarter_appear_with_their_date() {
        let mut s = snapshot_with(&["2026Q2", "2026Q3"], "2026-09-30");
        s.risk_matrix.tolerance_changes = vec![crate::snapshot::ToleranceChange {
            on: d("2026-08-01"),
            from: "low".into(),
            to: "medium".into(),
            body: ApprovingBody::Board,
            reference: None,
        }];
        crate::fixture::assert_valid(&s);
        let at = |q: &str| board_record(&Period::new(&s, q.parse().unwrap()).unwrap()).tolerance_changes;
        assert!(at("2026Q2").is_empty());
        let changes = at("2026Q3");
        assert_eq!(changes.len(), 1);
        assert_eq!((changes[0].on, changes[0].body), (d("2026-08-01"), ApprovingBody::Board));
        assert_eq!(changes[0].path, "risk_matrix.tolerance_changes[0]");
        assert_ne!(changes[0].from, changes[0].to);
    }

    fn record_of(carried: Vec<DirectiveView>, new_directives: Vec<DirectiveView>) -> BoardRecord {
        BoardRecord {
            recorded: true,
            taken: vec![],
            in_force: vec![],
            carried,
            carried_counts: DirectiveCounts::default(),
            new_directives,
            tolerance_changes: vec![],
        }
    }

    /// A directive given 2026-04-10 (carried into 2026Q3), its state at 2026-09-30.
    fn at_q3_end(id: &str, due: &str, status: ProgressStatus) -> DirectiveView {
        let done = (status == ProgressStatus::Done).then_some("2026-09-01");
        view(&directive(id, "2026-04-10", due, status, done), d("2026-09-30"), format!("quarters[1].directives[{id}]"))
    }

    fn printed_ids(r: &BoardRecord) -> (Vec<String>, usize) {
        let p = r.printed();
        (p.shown.iter().map(|x| x.id.clone()).collect(), p.more)
    }

    /// Paper names at most 3 directives: 2 → both, none more; 3 → all three; 4 → three and "1 more".
    #[test]
    fn paper_names_at_most_three_directives_and_counts_the_rest() {
        let four: Vec<DirectiveView> = ["A", "B", "C", "D"]
            .iter()
            .enumerate()
            .map(|(i, id)| at_q3_end(id, &format!("2026-10-0{}", i + 1), ProgressStatus::InProgress))
            .collect();
        let at = |n: usize| printed_ids(&record_of(four[..n].to_vec(), vec![]));
        assert_eq!(at(0), (vec![], 0));
        assert_eq!(at(PRINTED_DIRECTIVES - 1), (vec!["A".to_owned(), "B".to_owned()], 0));
        assert_eq!(at(PRINTED_DIRECTIVES), (vec!["A".to_owned(), "B".to_owned(), "C".to_owned()], 0));
        assert_eq!(at(PRINTED_DIRECTIVES + 1), (vec!["A".to_owned(), "B".to_owned(), "C".to_owned()], 1));
    }

    /// Overdue (most days late first), not started, in progress, done; a new directive is printed only
    /// when overdue.
    #[test]
    fn paper_puts_the_overdue_first() {
        let carried = vec![
            at_q3_end("done", "2026-09-15", ProgressStatus::Done),
            at_q3_end("going", "2026-12-31", ProgressStatus::InProgress),
            at_q3_end("idle", "2026-12-31", ProgressStatus::NotStarted),
            at_q3_end("late", "2026-09-20", ProgressStatus::InProgress),
            at_q3_end("later", "2026-08-31", ProgressStatus::NotStarted),
        ];
        let r = record_of(carried.clone(), vec![]);
        assert_eq!(printed_ids(&r), (vec!["later".into(), "late".into(), "idle".into()], 2));
        let r = record_of(carried[..3].to_vec(), vec![]);
        assert_eq!(printed_ids(&r), (vec!["idle".into(), "going".into(), "done".into()], 0));

        let fresh = |id: &str, due: &str| {
            view(&directive(id, "2026-07-10", due, ProgressStatus::NotStarted, None), d("2026-09-30"), id.into())
        };
        let r = record_of(carried[..2].to_vec(), vec![fresh("new-late", "2026-09-29"), fresh("new", "2026-12-31")]);
        assert_eq!(printed_ids(&r), (vec!["new-late".into(), "going".into(), "done".into()], 0));
    }

    #[test]
    fn no_record_is_not_none_taken() {
        let s = snapshot_with(&["2026Q3"], "2026-09-30");
        let r = board_record(&Period::latest(&s).unwrap());
        assert!(!r.recorded);
        assert_eq!(r.carried_counts, DirectiveCounts::default());
    }
}

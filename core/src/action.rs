//! Treatment plans (3-4 リスク対応計画: 「優先順位、誰が、いつまでに、どこまで」): action items treating a
//! risk, a finding, or following up a drill or an incident, and the ones past due per important item.
//!
//! One shape for all: `actions[]`. The older `emergency.follow_ups[]` are the same thing without an
//! owner or a status (a follow-up is done when `closed_on` is set); they keep their own rule on item 9
//! and are not counted again here.

use foldhash::HashSet;

use serde::Serialize;

use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::{Action, Language, ProgressStatus};

/// One action item at the reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionView {
    /// Its id.
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// Who does it.
    pub owner: String,
    /// Due date.
    pub due: Date,
    /// Where it stands.
    pub status: ProgressStatus,
    /// Date done.
    pub done_on: Option<Date>,
    /// The risk it treats.
    pub risk: Option<String>,
    /// The finding it treats.
    pub finding: Option<String>,
    /// The drill or incident it follows up.
    pub source: Option<String>,
    /// The important item it counts on: 3 for a risk or an assessment's finding, 4 for an audit's
    /// finding, 9 for a drill or incident follow-up; 3 otherwise.
    pub item: u8,
    /// Not done and past its due date (late from the day after).
    pub overdue: bool,
    /// Days past due (0 when not overdue).
    pub days_overdue: i64,
    /// Whether the risk's residual rating counts it as done.
    pub assumed_in_residual: bool,
    /// JSON path, `quarters[7].actions[2]`.
    pub path: String,
}

/// The actions of a quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actions {
    /// Whether the quarter records any action (when not: "no record").
    pub recorded: bool,
    /// Every action, in the export's order.
    pub actions: Vec<ActionView>,
    /// How many are open (not done).
    pub open: usize,
    /// How many are overdue.
    pub overdue: usize,
}

impl Actions {
    /// The overdue actions counting on `item`.
    pub fn overdue_on(&self, item: u8) -> Vec<&ActionView> {
        self.actions.iter().filter(|a| a.overdue && a.item == item).collect()
    }

    /// The actions treating `risk`.
    pub fn for_risk<'a>(&'a self, risk: &'a str) -> impl Iterator<Item = &'a ActionView> + 'a {
        self.actions.iter().filter(move |a| a.risk.as_deref() == Some(risk))
    }
}

/// Whether `a` is overdue at `reference`: not done and `reference` after its due date.
pub fn is_overdue(a: &Action, reference: Date) -> bool {
    a.status != ProgressStatus::Done && reference > a.due
}

/// The actions of `period`'s quarter.
pub fn actions(period: &Period<'_>) -> Actions {
    let reference = period.reference();
    let audits: HashSet<&str> =
        period.history().flat_map(|p| p.record().audits.iter().map(|a| a.id.as_str())).collect();
    let record = period.record();
    let base = period.path();
    let list: Vec<ActionView> = record
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let item = if a.risk.is_some() {
                3
            } else if let Some(f) = &a.finding {
                let from_audit =
                    record.findings.iter().find(|x| &x.id == f).is_some_and(|x| audits.contains(x.source.as_str()));
                if from_audit { 4 } else { 3 }
            } else if a.source.is_some() {
                9
            } else {
                3
            };
            let overdue = is_overdue(a, reference);
            ActionView {
                id: a.id.clone(),
                title: a.title.clone(),
                owner: a.owner.clone(),
                due: a.due,
                status: a.status,
                done_on: a.done_on,
                risk: a.risk.clone(),
                finding: a.finding.clone(),
                source: a.source.clone(),
                item,
                overdue,
                days_overdue: if overdue { a.due.days_until(reference) } else { 0 },
                assumed_in_residual: a.assumed_in_residual,
                path: format!("{base}.actions[{i}]"),
            }
        })
        .collect();
    Actions {
        recorded: !list.is_empty(),
        open: list.iter().filter(|a| a.status != ProgressStatus::Done).count(),
        overdue: list.iter().filter(|a| a.overdue).count(),
        actions: list,
    }
}

/// A risk's treatment plan, as the register shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RiskPlan {
    /// Actions treating the risk.
    pub actions: usize,
    /// Of which open.
    pub open: usize,
    /// Of which overdue.
    pub overdue: usize,
    /// Open actions the residual rating already counts as done: the rating holds only once they are.
    pub assumed_open: usize,
}

impl RiskPlan {
    /// The register's plan cell: `3 件（未完了 2・超過 1）` / `3 (2 open, 1 overdue)`; `—` without actions.
    pub fn text(&self, lang: Language) -> String {
        if self.actions == 0 {
            return "—".to_owned();
        }
        match lang {
            Language::Ja => format!("{} 件（未完了 {}・超過 {}）", self.actions, self.open, self.overdue),
            Language::En => format!("{} ({} open, {} overdue)", self.actions, self.open, self.overdue),
        }
    }

    /// When the residual rating counts open actions as done: `残留評価は未完了の対策 1 件を前提` /
    /// `residual rating assumes 1 open action`.
    pub fn assumption(&self, lang: Language) -> Option<String> {
        let n = self.assumed_open;
        (n > 0).then(|| match lang {
            Language::Ja => format!("残留評価は未完了の対策 {n} 件を前提"),
            Language::En => format!("residual rating assumes {n} open action(s)"),
        })
    }
}

/// The plan of risk `risk` from the quarter's `actions` at `reference`.
pub fn risk_plan(actions: &[Action], risk: &str, reference: Date) -> RiskPlan {
    let mine: Vec<&Action> = actions.iter().filter(|a| a.risk.as_deref() == Some(risk)).collect();
    let open: Vec<&&Action> = mine.iter().filter(|a| a.status != ProgressStatus::Done).collect();
    RiskPlan {
        actions: mine.len(),
        open: open.len(),
        overdue: mine.iter().filter(|a| is_overdue(a, reference)).count(),
        assumed_open: open.iter().filter(|a| a.assumed_in_residual).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    pub(crate) fn action(id: &str, due: &str, status: ProgressStatus) -> Action {
        Action {
            id: id.into(),
            title: "WAF 導入".into(),
            owner: "情報システム部".into(),
            due: d(due),
            status,
            done_on: (status == ProgressStatus::Done).then(|| d(due)),
            risk: Some("r1".into()),
            finding: None,
            source: None,
            assumed_in_residual: false,
        }
    }

    /// Due on 2026-06-30: in time that day, overdue from 2026-07-01; done is never overdue.
    #[test]
    fn overdue_from_the_day_after_due() {
        let a = action("a1", "2026-06-30", ProgressStatus::InProgress);
        assert!(!is_overdue(&a, d("2026-06-29")));
        assert!(!is_overdue(&a, d("2026-06-30")));
        assert!(is_overdue(&a, d("2026-07-01")));
        let done = action("a2", "2026-06-30", ProgressStatus::Done);
        assert!(!is_overdue(&done, d("2026-09-30")));
    }

    #[test]
    fn a_risk_plan_counts_open_overdue_and_assumed_actions() {
        let mut a = action("a1", "2026-06-30", ProgressStatus::InProgress);
        a.assumed_in_residual = true;
        let b = action("a2", "2026-09-30", ProgressStatus::NotStarted);
        let mut c = action("a3", "2026-05-31", ProgressStatus::Done);
        c.assumed_in_residual = true;
        let mut other = action("a4", "2026-01-31", ProgressStatus::NotStarted);
        other.risk = Some("r2".into());
        let plan = risk_plan(&[a, b, c, other], "r1", d("2026-07-01"));
        assert_eq!(plan, RiskPlan { actions: 3, open: 2, overdue: 1, assumed_open: 1 });
        assert_eq!(plan.text(Language::Ja), "3 件（未完了 2・超過 1）");
        assert_eq!(plan.text(Language::En), "3 (2 open, 1 overdue)");
        assert_eq!(plan.assumption(Language::En).as_deref(), Some("residual rating assumes 1 open action(s)"));
        assert_eq!(RiskPlan::default().text(Language::En), "—");
        assert_eq!(RiskPlan::default().assumption(Language::Ja), None);
    }
}

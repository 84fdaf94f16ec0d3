//! The executive's own decisions, the board's decisions and directives, and treatment actions (0-4,
//! 3-4, 4-2): state dates not after the reference date, a directive citing a board decision of this
//! or an earlier quarter and due no earlier than it, `done` with a date, an action treating a risk or
//! finding of the quarter.

use foldhash::HashSet;

use super::quarters::Scope;
use super::{Checker, Seen};
use crate::calendar::Date;
use crate::snapshot::ProgressStatus;
use crate::snapshot::problem::Rule;

impl Checker {
    /// Governance: its dates are state dates; a review date not before the approval.
    pub(super) fn governance(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, reference, .. } = *at;
        let Some(g) = &q.governance else { return };
        let p = format!("{base}.governance");
        for (field, d) in [
            ("policy_approved_on", g.policy_approved_on),
            ("ciso_appointed_on", g.ciso_appointed_on),
            ("plan_approved_on", g.plan_approved_on),
        ] {
            if let Some(d) = d {
                self.state_date(|| format!("{p}.{field}"), d, reference);
            }
        }
        if let (Some(on), Some(next)) = (g.policy_approved_on, g.policy_next_review) {
            self.not_before(
                || format!("{p}.policy_next_review"),
                next,
                on,
                "the policy's approval",
                "ポリシーの承認日",
            );
        }
        if let Some(c) = &g.ciso {
            self.text(|| format!("{p}.ciso"), c);
        }
        if let Some(c) = &g.committee {
            self.text(|| format!("{p}.committee"), c);
        }
    }

    /// Board decisions: export-wide ids, event dates, a key.
    pub(super) fn board_decisions(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, .. } = *at;
        for (i, b) in q.board_decisions.iter().enumerate() {
            let p = format!("{base}.board_decisions[{i}]");
            self.event_id(seen, || format!("{p}.id"), &b.id);
            self.event_date(|| format!("{p}.on"), b.on, qq, as_of);
            self.text(|| format!("{p}.key"), &b.key);
            seen.board_decisions.insert(b.id.clone(), b.on);
        }
    }

    /// Directives: unique ids, an item, a known decision, due not before it was given nor its decision,
    /// done with a date.
    pub(super) fn directives(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, reference, .. } = *at;
        self.unique(&format!("{base}.directives"), q.directives.iter().map(|d| d.id.as_str()));
        for (i, d) in q.directives.iter().enumerate() {
            let p = format!("{base}.directives[{i}]");
            self.text(|| format!("{p}.text"), &d.text);
            self.text(|| format!("{p}.owner"), &d.owner);
            self.range_u(|| format!("{p}.item"), d.item.into(), 1, 10);
            self.state_date(|| format!("{p}.issued_on"), d.issued_on, reference);
            self.not_before(|| format!("{p}.due"), d.due, d.issued_on, "the date it was given", "指示日");
            if let Some(id) = &d.decision {
                match seen.board_decisions.get(id) {
                    None => self.push(
                        format!("{p}.decision"),
                        Rule::DanglingReference,
                        format!("\"{id}\" does not name a board decision of this or an earlier quarter"),
                        format!("\"{id}\" に該当する取締役会の決定（この四半期以前）がありません"),
                    ),
                    Some(&on) if d.due < on => self.push(
                        format!("{p}.due"),
                        Rule::Date,
                        format!("{} is before its decision {id} ({on})", d.due),
                        format!("{} は元の決定 {id}（{on}）より前です", d.due),
                    ),
                    Some(_) => {}
                }
            }
            self.progress(&p, d.status, d.done_on, Some(d.issued_on), reference);
        }
    }

    /// Actions: unique ids, a known risk, finding, drill or incident, done with a date.
    pub(super) fn actions(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, reference, .. } = *at;
        self.unique(&format!("{base}.actions"), q.actions.iter().map(|a| a.id.as_str()));
        // The register's ids only when an action names a risk (a register can be 20,000 long).
        let risks: HashSet<&str> = if q.actions.iter().any(|a| a.risk.is_some()) {
            q.risks.iter().map(|r| r.id.as_str()).collect()
        } else {
            HashSet::default()
        };
        let findings: HashSet<&str> = q.findings.iter().map(|f| f.id.as_str()).collect();
        for (i, a) in q.actions.iter().enumerate() {
            let p = format!("{base}.actions[{i}]");
            self.text(|| format!("{p}.title"), &a.title);
            self.text(|| format!("{p}.owner"), &a.owner);
            if let Some(r) = &a.risk {
                self.reference(|| format!("{p}.risk"), r, &risks, "a risk of the quarter", "この四半期のリスク");
            }
            if let Some(f) = &a.finding {
                self.reference(
                    || format!("{p}.finding"),
                    f,
                    &findings,
                    "a finding of the quarter",
                    "この四半期の指摘事項",
                );
            }
            if let Some(src) = a.source.as_ref().filter(|s| !seen.drills.contains(*s) && !seen.incidents.contains(*s)) {
                self.push(
                    format!("{p}.source"),
                    Rule::DanglingReference,
                    format!("\"{src}\" does not name a drill or incident of this or an earlier quarter"),
                    format!("\"{src}\" に該当する演習・インシデント（この四半期以前）がありません"),
                );
            }
            self.progress(&p, a.status, a.done_on, None, reference);
        }
    }

    /// `status` done needs `done_on`; `done_on` is a state date, not before `from` if given, and only with
    /// done.
    fn progress(
        &mut self,
        p: &str,
        status: ProgressStatus,
        done_on: Option<Date>,
        from: Option<Date>,
        reference: Date,
    ) {
        match (status, done_on) {
            (ProgressStatus::Done, None) => self.push(
                format!("{p}.done_on"),
                Rule::Incomplete,
                "status is done but done_on is missing".into(),
                "状況が完了ですが完了日 done_on がありません".into(),
            ),
            (ProgressStatus::Done, Some(d)) => {
                if let Some(from) = from {
                    self.not_before(|| format!("{p}.done_on"), d, from, "the date it was given", "指示日");
                }
                self.state_date(|| format!("{p}.done_on"), d, reference);
            }
            (_, Some(_)) => self.push(
                format!("{p}.done_on"),
                Rule::Range,
                "done_on is set but the status is not done".into(),
                "完了日 done_on がありますが状況が完了ではありません".into(),
            ),
            (_, None) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::fixture::{d, snapshot_with};
    use crate::snapshot::validate::validate;
    use crate::snapshot::{Action, BoardDecision, BoardOutcome, Directive, ProgressStatus};

    fn directive(due: &str) -> Directive {
        Directive {
            id: "D-1".into(),
            text: "演習を実施する".into(),
            owner: "CISO".into(),
            item: 9,
            decision: Some("BD-1".into()),
            issued_on: d("2026-05-10"),
            due: d(due),
            status: ProgressStatus::InProgress,
            done_on: None,
        }
    }

    fn paths(s: &crate::snapshot::Snapshot) -> Vec<(String, &'static str)> {
        validate(s).into_iter().map(|p| (p.path, p.rule.code())).collect()
    }

    /// A directive due on its decision's day is accepted, the day before is not; a decision of a
    /// later quarter is not "this or an earlier" one.
    #[test]
    fn a_directive_is_due_no_earlier_than_its_decision() {
        let mut s = snapshot_with(&["2026Q2", "2026Q3"], "2026-09-30");
        s.quarters[0].board_decisions = vec![BoardDecision {
            id: "BD-1".into(),
            on: d("2026-05-20"),
            key: "hold_drill".into(),
            outcome: BoardOutcome::Directed,
            body: None,
            reference: None,
        }];
        s.quarters[0].directives = vec![directive("2026-05-20")];
        assert_eq!(paths(&s), vec![]);
        s.quarters[0].directives = vec![directive("2026-05-19")];
        assert_eq!(paths(&s), vec![("quarters[0].directives[0].due".to_owned(), "date")]);
        // Due before it was given, too.
        s.quarters[0].directives = vec![directive("2026-05-09")];
        assert_eq!(paths(&s).len(), 2);
        // The decision taken only in the next quarter: dangling here.
        let bd = s.quarters[0].board_decisions.remove(0);
        s.quarters[1].board_decisions = vec![BoardDecision { on: d("2026-07-01"), ..bd }];
        s.quarters[0].directives = vec![directive("2026-06-30")];
        assert_eq!(paths(&s), vec![("quarters[0].directives[0].decision".to_owned(), "dangling-reference")]);
    }

    /// `done` needs `done_on`; `done_on` needs `done`; an action names a risk of its own quarter.
    #[test]
    fn done_needs_its_date_and_actions_need_known_targets() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        let action = |status, done_on: Option<&str>, risk: Option<&str>| Action {
            id: "A-1".into(),
            title: "WAF".into(),
            owner: "情報システム部".into(),
            due: d("2026-09-30"),
            status,
            done_on: done_on.map(d),
            risk: risk.map(str::to_owned),
            finding: None,
            source: None,
            assumed_in_residual: false,
        };
        s.quarters[0].actions = vec![action(ProgressStatus::Done, Some("2026-09-01"), None)];
        assert_eq!(paths(&s), vec![]);
        s.quarters[0].actions = vec![action(ProgressStatus::Done, None, None)];
        assert_eq!(paths(&s), vec![("quarters[0].actions[0].done_on".to_owned(), "incomplete")]);
        s.quarters[0].actions = vec![action(ProgressStatus::InProgress, Some("2026-09-01"), None)];
        assert_eq!(paths(&s), vec![("quarters[0].actions[0].done_on".to_owned(), "range")]);
        s.quarters[0].actions = vec![action(ProgressStatus::Done, Some("2026-10-01"), None)];
        assert_eq!(paths(&s), vec![("quarters[0].actions[0].done_on".to_owned(), "date")]);
        s.quarters[0].actions = vec![action(ProgressStatus::NotStarted, None, Some("R-9"))];
        assert_eq!(paths(&s), vec![("quarters[0].actions[0].risk".to_owned(), "dangling-reference")]);
    }
}

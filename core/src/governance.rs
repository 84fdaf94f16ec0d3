//! The executive's own decisions (0-4 経営者が決定すべき事項): the security policy approved and reviewed
//! (1-1, 付録3 (1)-2), the CISO appointed and the committee meeting (2-1, (2)-1), the implementation plan
//! approved (0-4), and cyber-security risk placed in the enterprise risk management and the BCP (2-3,
//! (2)-3). Items 1 and 2 are judged on these facts as well as on the check sheet.

use serde::Serialize;

use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::{ApprovingBody, Governance};
use crate::vocabulary::terms;

/// Where the security policy stands at the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyState {
    /// Never approved (`policy_approved_on` absent).
    NeverApproved,
    /// Approved by a body that is not the executive (a CISO, a department head: 1-1 has the CISO draft
    /// it and the executive approve it).
    NotByExecutive,
    /// Its review is past due (late from the day after the due date).
    ReviewOverdue,
    /// Approved and within its review date.
    Current,
}

/// The governance facts of a quarter, judged at its reference date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GovernanceView {
    /// Whether the quarter records `governance`; when not, nothing below is known and items 1 and 2
    /// say "not recorded".
    pub recorded: bool,
    /// JSON path, `quarters[7].governance`.
    pub path: String,
    /// The policy's standing (`None` when not recorded).
    pub policy: Option<PolicyState>,
    /// When the policy was approved.
    pub policy_approved_on: Option<Date>,
    /// Who approved it.
    pub policy_body: Option<ApprovingBody>,
    /// When its review is due: `policy_next_review`, else 12 months after approval.
    pub policy_review_due: Option<Date>,
    /// Whether a CISO is appointed (`None` when not recorded).
    pub ciso_appointed: Option<bool>,
    /// The CISO, name or role.
    pub ciso: Option<String>,
    /// When the CISO was appointed.
    pub ciso_appointed_on: Option<Date>,
    /// The committee's name.
    pub committee: Option<String>,
    /// Its meetings in the quarter, if recorded.
    pub committee_meetings: Option<u32>,
    /// When the implementation plan was approved.
    pub plan_approved_on: Option<Date>,
    /// Who approved it.
    pub plan_body: Option<ApprovingBody>,
    /// Whether cyber-security risk is in the ERM and BCP (2-3), if recorded.
    pub erm_linked: Option<bool>,
}

impl GovernanceView {
    /// Whether the policy is a finding (never approved, not by the executive, or past its review).
    pub fn policy_finding(&self) -> bool {
        matches!(
            self.policy,
            Some(PolicyState::NeverApproved | PolicyState::NotByExecutive | PolicyState::ReviewOverdue)
        )
    }
}

/// The policy's review date: the recorded one, else the approval's anniversary.
fn review_due(g: &Governance) -> Option<Date> {
    g.policy_next_review.or_else(|| g.policy_approved_on.map(anniversary))
}

/// The same date 12 months later (the 29th of February falls on the 28th).
fn anniversary(d: Date) -> Date {
    Date::new(d.year() + 1, d.month(), d.day()).or_else(|| Date::new(d.year() + 1, d.month(), 28)).unwrap_or(d)
}

/// The policy's standing at `reference`: a review due on a day is in time on that day and late from
/// the day after.
pub fn policy_state(g: &Governance, reference: Date) -> PolicyState {
    let Some(_) = g.policy_approved_on else { return PolicyState::NeverApproved };
    if g.policy_body.is_some_and(|b| !b.counts()) {
        return PolicyState::NotByExecutive;
    }
    match review_due(g) {
        Some(due) if reference > due => PolicyState::ReviewOverdue,
        _ => PolicyState::Current,
    }
}

/// The governance facts of `period`'s quarter.
pub fn governance(period: &Period<'_>) -> GovernanceView {
    let path = format!("{}.governance", period.path());
    let Some(g) = period.record().governance.as_ref() else {
        return GovernanceView {
            recorded: false,
            path,
            policy: None,
            policy_approved_on: None,
            policy_body: None,
            policy_review_due: None,
            ciso_appointed: None,
            ciso: None,
            ciso_appointed_on: None,
            committee: None,
            committee_meetings: None,
            plan_approved_on: None,
            plan_body: None,
            erm_linked: None,
        };
    };
    GovernanceView {
        recorded: true,
        path,
        policy: Some(policy_state(g, period.reference())),
        policy_approved_on: g.policy_approved_on,
        policy_body: g.policy_body,
        policy_review_due: review_due(g),
        ciso_appointed: Some(g.ciso_appointed_on.is_some() || g.ciso.is_some()),
        ciso: g.ciso.clone(),
        ciso_appointed_on: g.ciso_appointed_on,
        committee: g.committee.clone(),
        committee_meetings: g.committee_meetings,
        plan_approved_on: g.plan_approved_on,
        plan_body: g.plan_body,
        erm_linked: g.erm_linked,
    }
}

terms!(PolicyState, "PolicyState", {
    NeverApproved => ("never_approved", "未承認", "Never approved"),
    NotByExecutive => ("not_by_executive", "経営者以外の承認", "Not approved by the executive"),
    ReviewOverdue => ("review_overdue", "見直し期限切れ", "Review overdue"),
    Current => ("current", "承認済み", "Approved"),
});

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn approved(on: &str, next: Option<&str>) -> Governance {
        Governance { policy_approved_on: Some(d(on)), policy_next_review: next.map(d), ..Governance::default() }
    }

    /// A review due on 2026-03-31 is in time that day and late from 2026-04-01.
    #[test]
    fn policy_review_is_late_from_the_day_after_it_is_due() {
        let g = approved("2025-04-01", Some("2026-03-31"));
        assert_eq!(policy_state(&g, d("2026-03-30")), PolicyState::Current);
        assert_eq!(policy_state(&g, d("2026-03-31")), PolicyState::Current);
        assert_eq!(policy_state(&g, d("2026-04-01")), PolicyState::ReviewOverdue);
    }

    /// Without a review date, the review is due on the approval's anniversary.
    #[test]
    fn review_defaults_to_the_anniversary() {
        let g = approved("2025-06-30", None);
        assert_eq!(policy_state(&g, d("2026-06-30")), PolicyState::Current);
        assert_eq!(policy_state(&g, d("2026-07-01")), PolicyState::ReviewOverdue);
        assert_eq!(anniversary(d("2024-02-29")), d("2025-02-28"));
    }

    #[test]
    fn never_approved_and_not_by_the_executive() {
        assert_eq!(policy_state(&Governance::default(), d("2026-01-01")), PolicyState::NeverApproved);
        let mut g = approved("2026-01-10", None);
        g.policy_body = Some(ApprovingBody::Ciso);
        assert_eq!(policy_state(&g, d("2026-03-31")), PolicyState::NotByExecutive);
        g.policy_body = Some(ApprovingBody::Board);
        assert_eq!(policy_state(&g, d("2026-03-31")), PolicyState::Current);
    }
}

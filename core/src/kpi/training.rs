//! Training completion by people, not sessions (issue 12, rule 13; 付録3 (6)-5, 6-5).
//!
//! (6)-5 asks that security training reach everyone in scope — executives and contract staff
//! included — so completion is **people trained in the trailing year ÷ people in scope**:
//!
//! - *People in scope*: the quarter's `training_scope`, one entry per audience (`executives`,
//!   `all_staff` = employees, `contract_staff`).
//! - *People trained*: each training of the trailing year trains the people of its audience's bucket
//!   (`executives`, `contract_staff`; every other audience — all staff, security staff, new joiners — is
//!   employees). A session recorded as `repeat_of` an earlier one trains the same group again: the
//!   sessions of one chain (followed back to its first session) count **once**, the largest completion
//!   among those held in the trailing year. Each bucket counts at most its people in scope (sessions for
//!   overlapping groups — an all-staff course and a new joiners' course — cannot name the same person
//!   twice beyond the scope). When the scope entry records `trained` (the office's learning records
//!   count distinct people), that count is used instead of the derivation.
//!
//! Without a recorded scope the KPI keeps the old formula, Σ completed ÷ Σ eligible over the trailing
//! year's sessions ([`Counting::Sessions`]), and says so in its name ("by sessions").

use foldhash::HashMap;

use serde::Serialize;

use crate::figure;
use crate::period::{At, Period};
use crate::snapshot::{Audience, Training, TrainingScope};
use crate::vocabulary::terms;

/// How training completion was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// People trained in the trailing year ÷ people in scope (the quarter records `training_scope`).
    People,
    /// The fallback: Σ completed ÷ Σ eligible over the trailing year's sessions.
    Sessions,
}

terms!(Counting, "Counting", {
    People => ("people", "人数ベース", "by people"),
    Sessions => ("sessions", "受講回数ベース", "by sessions"),
});

/// The audiences of a training scope, in display order.
pub const SCOPE_AUDIENCES: [Audience; 3] = TrainingScope::AUDIENCES;

/// The scope audience a training of `audience` trains ([`TrainingScope::bucket`]).
pub fn bucket(audience: Audience) -> Audience {
    TrainingScope::bucket(audience)
}

/// Whether `audience` may be an entry of `training_scope` ([`TrainingScope::allows`]).
pub fn is_scope_audience(audience: Audience) -> bool {
    TrainingScope::allows(audience)
}

/// One audience's coverage in the trailing year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AudienceCoverage {
    /// Executives, all staff (employees) or contract staff.
    pub audience: Audience,
    /// People in scope.
    pub in_scope: u32,
    /// Distinct people trained in the trailing year (at most `in_scope`).
    pub trained: u32,
    /// `trained ÷ in_scope × 100` to 0.1; `None` when nobody is in scope.
    pub pct: Option<f64>,
}

/// Training completion of the quarter: the value, how it was counted, and per audience when the
/// scope is recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrainingCoverage {
    /// People or sessions.
    pub counted: Counting,
    /// Completion %, to 0.1; `None` when there is nothing to measure.
    pub value: Option<f64>,
    /// People trained (or, by sessions, Σ completed).
    pub trained: u64,
    /// People in scope (or, by sessions, Σ eligible).
    pub in_scope: u64,
    /// Per audience, in [`SCOPE_AUDIENCES`] order; empty when counted by sessions.
    pub audiences: Vec<AudienceCoverage>,
}

impl TrainingCoverage {
    /// The coverage of one audience, if it is in the scope.
    pub fn of(&self, audience: Audience) -> Option<&AudienceCoverage> {
        self.audiences.iter().find(|a| a.audience == audience)
    }
}

/// The first session of `t`'s chain of repeats (`repeat_of` followed back), among `by_id`.
fn root<'a>(t: &'a Training, by_id: &HashMap<&str, &'a Training>) -> &'a Training {
    let mut cur = t;
    // Validation allows only earlier trainings, so there is no cycle; the bound keeps it total anyway
    // (a cycle of unvalidated data ends on one of its sessions).
    for _ in 0..=by_id.len() {
        match cur.repeat_of.as_deref().and_then(|r| by_id.get(r)) {
            Some(next) => cur = next,
            None => break,
        }
    }
    cur
}

/// Training completion in `p`'s quarter and the trailing year's trainings behind it.
pub fn coverage<'a>(p: &Period<'a>) -> (TrainingCoverage, Vec<(At, &'a Training)>) {
    let trainings = p.year_events("trainings", |q| &q.trainings, |t| t.date);
    let scope = &p.record().training_scope;
    if scope.is_empty() {
        let eligible: u64 = trainings.iter().map(|(_, t)| u64::from(t.eligible)).sum();
        let completed: u64 = trainings.iter().map(|(_, t)| u64::from(t.completed)).sum();
        let value = figure::percent(completed, eligible);
        let c = TrainingCoverage {
            counted: Counting::Sessions,
            value,
            trained: completed,
            in_scope: eligible,
            audiences: Vec::new(),
        };
        return (c, trainings);
    }
    let by_id: HashMap<&str, &Training> =
        p.history().flat_map(|h| h.record().trainings.iter()).map(|t| (t.id.as_str(), t)).collect();
    // One entry per chain: (its first session's id, bucket, the largest completion in the year).
    let mut chains: Vec<(&str, Audience, u32)> = Vec::new();
    for (_, t) in &trainings {
        let first = root(t, &by_id);
        match chains.iter_mut().find(|c| c.0 == first.id) {
            Some(c) => c.2 = c.2.max(t.completed),
            None => chains.push((first.id.as_str(), bucket(first.audience), t.completed)),
        }
    }
    let audiences: Vec<AudienceCoverage> = SCOPE_AUDIENCES
        .iter()
        .filter(|a| scope.iter().any(|s| s.audience == **a))
        .map(|&audience| {
            let in_scope =
                scope.iter().filter(|s| s.audience == audience).map(|s| s.people).fold(0u32, u32::saturating_add);
            let recorded = scope.iter().filter(|s| s.audience == audience).find_map(|s| s.trained);
            let people: u64 = match recorded {
                Some(n) => n.into(),
                None => chains.iter().filter(|c| c.1 == audience).map(|c| u64::from(c.2)).sum(),
            };
            let trained = u32::try_from(people.min(u64::from(in_scope))).unwrap_or(in_scope);
            AudienceCoverage { audience, in_scope, trained, pct: figure::percent(trained.into(), in_scope.into()) }
        })
        .collect();
    let trained = audiences.iter().map(|a| u64::from(a.trained)).sum();
    let in_scope = audiences.iter().map(|a| u64::from(a.in_scope)).sum();
    let c = TrainingCoverage {
        counted: Counting::People,
        value: figure::percent(trained, in_scope),
        trained,
        in_scope,
        audiences,
    };
    (c, trainings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, snapshot_with};
    use crate::snapshot::Snapshot;

    fn training(
        id: &str,
        date: &str,
        audience: Audience,
        eligible: u32,
        completed: u32,
        repeat_of: Option<&str>,
    ) -> Training {
        Training {
            id: id.into(),
            date: d(date),
            title: "研修".into(),
            audience,
            eligible,
            completed,
            repeat_of: repeat_of.map(Into::into),
        }
    }

    fn scope(s: &mut Snapshot, q: usize, entries: &[(Audience, u32)]) {
        s.quarters[q].training_scope =
            entries.iter().map(|&(audience, people)| TrainingScope { audience, people, trained: None }).collect();
    }

    /// Three quarters 2025Q4–2026Q2; the year of 2026Q2 is [2025-06-30, 2026-06-30].
    fn base() -> Snapshot {
        snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-06-30")
    }

    fn latest(s: &Snapshot) -> TrainingCoverage {
        coverage(&Period::latest(s).unwrap()).0
    }

    #[test]
    fn without_a_scope_completion_is_counted_by_sessions() {
        let mut s = base();
        s.quarters[0].trainings.push(training("t1", "2025-11-01", Audience::AllStaff, 100, 90, None));
        s.quarters[2].trainings.push(training("t2", "2026-05-01", Audience::AllStaff, 100, 100, Some("t1")));
        let c = latest(&s);
        assert_eq!((c.counted, c.value, c.trained, c.in_scope), (Counting::Sessions, Some(95.0), 190, 200));
        assert!(c.audiences.is_empty());
    }

    /// A repeat session of one group is that group once: 90 of 100 then all 100 again is 100 people
    /// of 120 in scope (83.3 %), not 190 of 200 sessions; the executives' own course adds its 10.
    #[test]
    fn a_repeat_session_counts_its_group_once() {
        let mut s = base();
        s.quarters[0].trainings.push(training("t1", "2025-11-01", Audience::AllStaff, 100, 90, None));
        s.quarters[2].trainings.push(training("t2", "2026-05-01", Audience::AllStaff, 100, 100, Some("t1")));
        s.quarters[2].trainings.push(training("t3", "2026-05-02", Audience::Executives, 12, 10, None));
        scope(&mut s, 2, &[(Audience::Executives, 12), (Audience::AllStaff, 108), (Audience::ContractStaff, 20)]);
        let c = latest(&s);
        assert_eq!(c.counted, Counting::People);
        // Employees: the chain's largest completion, 100, capped at 108 in scope.
        let staff = c.of(Audience::AllStaff).unwrap();
        assert_eq!((staff.in_scope, staff.trained, staff.pct), (108, 100, Some(92.6)));
        let exec = c.of(Audience::Executives).unwrap();
        assert_eq!((exec.trained, exec.pct), (10, Some(83.3)));
        // Contract staff: in scope, nobody trained — 0 %, never left out.
        let contract = c.of(Audience::ContractStaff).unwrap();
        assert_eq!((contract.trained, contract.pct), (0, Some(0.0)));
        assert_eq!((c.trained, c.in_scope, c.value), (110, 140, Some(78.6)));
    }

    /// The chain is followed back to its first session (a repeat of a repeat), and a first session
    /// that has left the trailing year still names the group: the year's repeats count once.
    #[test]
    fn a_chain_counts_once_even_when_its_first_session_left_the_year() {
        let mut s = snapshot_with(&["2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[0].trainings.push(training("t1", "2025-06-29", Audience::ContractStaff, 50, 50, None));
        s.quarters[2].trainings.push(training("t2", "2025-11-01", Audience::ContractStaff, 50, 30, Some("t1")));
        s.quarters[4].trainings.push(training("t3", "2026-05-01", Audience::ContractStaff, 50, 40, Some("t2")));
        scope(&mut s, 4, &[(Audience::ContractStaff, 50)]);
        let c = latest(&s);
        // t1 (the day before the year) is out; t2 and t3 are one group: 40, not 70 or 120.
        assert_eq!((c.trained, c.in_scope, c.value), (40, 50, Some(80.0)));
    }

    /// Sessions for security staff and new joiners train employees; a bucket counts at most its
    /// scope, so overlapping courses never read above 100 %.
    #[test]
    fn overlapping_courses_are_capped_at_the_scope() {
        let mut s = base();
        s.quarters[2].trainings.push(training("t1", "2026-04-01", Audience::AllStaff, 100, 95, None));
        s.quarters[2].trainings.push(training("t2", "2026-04-02", Audience::NewJoiners, 10, 10, None));
        s.quarters[2].trainings.push(training("t3", "2026-04-03", Audience::SecurityStaff, 5, 5, None));
        scope(&mut s, 2, &[(Audience::AllStaff, 100)]);
        let c = latest(&s);
        assert_eq!((c.trained, c.in_scope, c.value), (100, 100, Some(100.0)));
        // Executives' courses with no executives in the scope count nowhere.
        s.quarters[2].trainings.push(training("t4", "2026-04-04", Audience::Executives, 5, 5, None));
        assert_eq!(latest(&s).value, Some(100.0));
    }

    #[test]
    fn the_scope_of_the_chosen_quarter_counts_and_nobody_in_scope_has_no_value() {
        let mut s = base();
        s.quarters[2].trainings.push(training("t1", "2026-04-01", Audience::AllStaff, 10, 10, None));
        scope(&mut s, 1, &[(Audience::AllStaff, 20)]);
        // 2026Q2 records no scope: by sessions.
        assert_eq!(latest(&s).counted, Counting::Sessions);
        scope(&mut s, 2, &[(Audience::AllStaff, 0)]);
        let c = latest(&s);
        assert_eq!((c.counted, c.value), (Counting::People, None));
        assert_eq!(c.audiences[0].pct, None);
    }

    #[test]
    fn buckets_and_scope_audiences() {
        assert_eq!(bucket(Audience::NewJoiners), Audience::AllStaff);
        assert_eq!(bucket(Audience::SecurityStaff), Audience::AllStaff);
        assert_eq!(bucket(Audience::Executives), Audience::Executives);
        assert_eq!(bucket(Audience::ContractStaff), Audience::ContractStaff);
        assert!(is_scope_audience(Audience::AllStaff));
        assert!(!is_scope_audience(Audience::NewJoiners));
        assert!(!is_scope_audience(Audience::SecurityStaff));
    }

    /// Distinct people recorded by the office (`trained`) replace the derivation from sessions.
    #[test]
    fn recorded_people_trained_replace_the_derivation() {
        let mut s = base();
        s.quarters[2].trainings.push(training("t1", "2026-04-01", Audience::ContractStaff, 50, 50, None));
        scope(&mut s, 2, &[(Audience::ContractStaff, 60)]);
        assert_eq!(latest(&s).value, Some(83.3));
        s.quarters[2].training_scope[0].trained = Some(42);
        let c = latest(&s);
        assert_eq!((c.trained, c.in_scope, c.value), (42, 60, Some(70.0)));
    }
}

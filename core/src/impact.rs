//! Business impact analysis (3-3 ビジネスインパクト分析; 0-5 問い① 「ネットワークが1週間遮断された場合」): what
//! happens to each business process if the export's outage scenario happens, in days and yen.
//!
//! - Per process: its recovery time objective (tolerable downtime, `rto_hours`); **within RTO** when the
//!   scenario's outage (`days` × 24 hours) is not longer than the RTO — an outage equal to the RTO is
//!   within it, one hour more is not; the scenario's **loss** = loss per day × the scenario's days; the
//!   risks of the quarter linked to the process (`risks[].processes`).
//! - The total loss of the scenario (Σ over processes) and how many processes it stops beyond their RTO.
//! - Per process, the treatment actions of the quarter (`actions[].risk`) on the risks linked to it: a
//!   process stopped beyond its RTO with none is **untreated** (item 3's light, docs/SUMMARY.md §5).
//!
//! Without a scenario the processes are listed without a verdict or a loss.

use serde::Serialize;

use crate::period::Period;
use crate::snapshot::Yen;
use crate::text::Text;

/// The outage scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    /// What happens.
    pub description: Text,
    /// Days of outage.
    pub days: u32,
    /// The outage in hours (`days` × 24).
    pub hours: u64,
}

/// One business process under the scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcessImpact {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The systems it needs.
    pub systems: Vec<String>,
    /// Recovery time objective in hours.
    pub rto_hours: u32,
    /// Loss per day of stoppage.
    pub loss_per_day_yen: Yen,
    /// Whether the scenario's outage stays within the RTO; `None` without a scenario.
    pub within_rto: Option<bool>,
    /// Hours the scenario's outage exceeds the RTO (0 when within); `None` without a scenario.
    pub hours_beyond_rto: Option<u64>,
    /// The scenario's loss for the process (loss per day × days); `None` without a scenario.
    pub scenario_loss_yen: Option<Yen>,
    /// Ids of the quarter's risks that threaten it.
    pub risks: Vec<String>,
    /// Ids of the quarter's actions treating one of those risks (`actions[].risk`), whatever their status.
    pub actions: Vec<String>,
    /// JSON path, `quarters[7].business_impact.processes[0]`.
    pub path: String,
}

/// The business impact analysis of one quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BusinessImpact {
    /// Whether the export records it for this quarter.
    pub recorded: bool,
    /// The scenario, if stated.
    pub scenario: Option<Scenario>,
    /// The processes, in record order.
    pub processes: Vec<ProcessImpact>,
    /// Σ scenario losses; `None` without a scenario.
    pub total_loss_yen: Option<Yen>,
    /// Processes the scenario stops beyond their RTO.
    pub beyond_rto: usize,
    /// JSON path of the section.
    pub path: String,
}

impl BusinessImpact {
    /// The processes the scenario stops beyond their RTO with no treatment action on a risk linked to
    /// them (3-3: 影響度に応じたリスクの低減策).
    pub fn untreated_beyond_rto(&self) -> Vec<&ProcessImpact> {
        self.processes.iter().filter(|p| p.within_rto == Some(false) && p.actions.is_empty()).collect()
    }
}

/// Whether an outage of `hours` stays within an RTO of `rto_hours`: not longer.
pub fn within_rto(hours: u64, rto_hours: u32) -> bool {
    hours <= u64::from(rto_hours)
}

/// The business impact analysis of `period`'s quarter.
pub fn business_impact(period: &Period<'_>) -> BusinessImpact {
    let r = period.record();
    let b = &r.business_impact;
    let path = format!("{}.business_impact", period.path());
    let scenario = b.scenario.as_ref().map(|s| Scenario {
        description: Text::with_fallback(&s.description, s.description_en.as_deref()),
        days: s.days,
        hours: u64::from(s.days) * 24,
    });
    let processes: Vec<ProcessImpact> = b
        .processes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let hours = scenario.as_ref().map(|s| s.hours);
            ProcessImpact {
                id: p.id.clone(),
                name: Text::with_fallback(&p.name, p.name_en.as_deref()),
                systems: p.systems.clone(),
                rto_hours: p.rto_hours,
                loss_per_day_yen: p.loss_per_day_yen,
                within_rto: hours.map(|h| within_rto(h, p.rto_hours)),
                hours_beyond_rto: hours.map(|h| h.saturating_sub(u64::from(p.rto_hours))),
                scenario_loss_yen: scenario.as_ref().map(|s| p.loss_per_day_yen.saturating_mul(u64::from(s.days))),
                risks: r.risks.iter().filter(|x| x.processes.contains(&p.id)).map(|x| x.id.clone()).collect(),
                actions: r
                    .actions
                    .iter()
                    .filter(|a| {
                        a.risk
                            .as_ref()
                            .is_some_and(|k| r.risks.iter().any(|x| &x.id == k && x.processes.contains(&p.id)))
                    })
                    .map(|a| a.id.clone())
                    .collect(),
                path: format!("{path}.processes[{i}]"),
            }
        })
        .collect();
    BusinessImpact {
        recorded: !b.is_empty(),
        total_loss_yen: scenario
            .as_ref()
            .map(|_| processes.iter().filter_map(|p| p.scenario_loss_yen).fold(0, Yen::saturating_add)),
        beyond_rto: processes.iter().filter(|p| p.within_rto == Some(false)).count(),
        scenario,
        processes,
        path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{asset, risk, snapshot_with};
    use crate::snapshot::{BusinessProcess, OutageScenario};

    fn process(id: &str, rto_hours: u32, loss_per_day_yen: Yen) -> BusinessProcess {
        BusinessProcess {
            id: id.into(),
            name: format!("業務{id}"),
            name_en: None,
            systems: vec!["ECサイト".into()],
            rto_hours,
            loss_per_day_yen,
        }
    }

    /// A week's outage (168 hours): an RTO of 168 hours is within it, 167 is not (1 hour beyond); the
    /// loss is loss per day × 7 and the total their sum.
    #[test]
    fn a_week_against_each_rto_in_days_and_yen() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        let q = &mut s.quarters[0];
        q.business_impact.scenario =
            Some(OutageScenario {
                description: "ネットワークが1週間遮断".into(), description_en: None, days: 7
            });
        q.business_impact.processes =
            vec![process("a", 168, 1_000_000), process("b", 167, 4_000_000), process("c", 24, 0)];
        q.assets.push(asset("ec", "EC"));
        q.risks.push(crate::snapshot::Risk { processes: vec!["b".into()], ..risk("R-1", "ec", (2, 2), (1, 1)) });
        crate::fixture::assert_valid(&s);
        let b = business_impact(&Period::latest(&s).unwrap());
        assert!(b.recorded);
        assert_eq!(b.scenario.as_ref().map(|s| s.hours), Some(168));
        let v: Vec<(Option<bool>, Option<u64>, Option<Yen>)> =
            b.processes.iter().map(|p| (p.within_rto, p.hours_beyond_rto, p.scenario_loss_yen)).collect();
        assert_eq!(
            v,
            vec![
                (Some(true), Some(0), Some(7_000_000)),
                (Some(false), Some(1), Some(28_000_000)),
                (Some(false), Some(144), Some(0))
            ]
        );
        assert_eq!((b.total_loss_yen, b.beyond_rto), (Some(35_000_000), 2));
        assert_eq!(b.processes[1].risks, vec!["R-1"]);
        assert_eq!(b.processes[0].path, "quarters[0].business_impact.processes[0]");
    }

    #[test]
    fn without_a_scenario_nothing_is_judged() {
        let mut s = snapshot_with(&["2026Q3"], "2026-09-30");
        s.quarters[0].business_impact.processes = vec![process("a", 24, 1)];
        let b = business_impact(&Period::latest(&s).unwrap());
        assert!(b.recorded);
        assert_eq!((b.processes[0].within_rto, b.total_loss_yen, b.beyond_rto), (None, None, 0));
        let empty = business_impact(&Period::latest(&snapshot_with(&["2026Q3"], "2026-09-30")).unwrap());
        assert!(!empty.recorded);
    }
}

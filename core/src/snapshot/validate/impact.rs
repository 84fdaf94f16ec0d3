//! Business impact analysis (3-3; 0-5 問い①): the outage scenario, the business processes, and the
//! risks' links to them.

use foldhash::HashSet;

use super::Checker;
use super::quarters::Scope;

/// The longest outage scenario the format accepts, in days.
pub const MAX_OUTAGE_DAYS: u64 = 365;

impl Checker {
    /// The quarter's `business_impact`, if recorded, and `risks[].processes` against its process ids.
    pub(super) fn business_impact(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, .. } = *at;
        let b = &q.business_impact;
        let base_bia = format!("{base}.business_impact");
        if let Some(s) = &b.scenario {
            self.text(|| format!("{base_bia}.scenario.description"), &s.description);
            self.range_u(|| format!("{base_bia}.scenario.days"), s.days.into(), 1, MAX_OUTAGE_DAYS);
        }
        let ids: HashSet<&str> =
            self.unique(&format!("{base_bia}.processes"), b.processes.iter().map(|p| p.id.as_str()));
        for (i, p) in b.processes.iter().enumerate() {
            let path = format!("{base_bia}.processes[{i}]");
            self.text(|| format!("{path}.name"), &p.name);
            for (j, s) in p.systems.iter().enumerate() {
                self.text(|| format!("{path}.systems[{j}]"), s);
            }
        }
        for (i, r) in q.risks.iter().enumerate() {
            for (j, id) in r.processes.iter().enumerate() {
                self.reference(
                    || format!("{base}.risks[{i}].processes[{j}]"),
                    id,
                    &ids,
                    "a business process of this quarter",
                    "業務プロセス（この四半期）",
                );
            }
        }
    }
}

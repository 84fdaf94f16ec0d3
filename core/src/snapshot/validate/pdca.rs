//! PDCA cycles and reports to the executive (4-1).

use super::Checker;
use super::quarters::Scope;

impl Checker {
    /// PDCA cycles: ids, cycle length and review dates.
    pub(super) fn pdca(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, reference, .. } = *at;
        self.unique(&format!("{base}.pdca"), q.pdca.iter().map(|c| c.id.as_str()));
        for (i, c) in q.pdca.iter().enumerate() {
            let p = format!("{base}.pdca[{i}]");
            self.text(|| format!("{p}.area"), &c.area);
            self.range_u(|| format!("{p}.cycle_days"), c.cycle_days.into(), 7, 1095);
            for (key, d) in [
                ("last_plan", c.last_plan),
                ("last_do", c.last_do),
                ("last_check", c.last_check),
                ("last_act", c.last_act),
            ] {
                if let Some(d) = d {
                    self.state_date(|| format!("{p}.{key}"), d, reference);
                }
            }
        }
    }

    /// Reports to the executive.
    pub(super) fn reports(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, quarter: qq, as_of, .. } = *at;
        for (i, r) in q.reports.iter().enumerate() {
            let p = format!("{base}.reports[{i}]");
            self.event_date(|| format!("{p}.date"), r.date, qq, as_of);
            self.text(|| format!("{p}.forum"), &r.forum);
            self.text(|| format!("{p}.summary"), &r.summary);
        }
    }
}

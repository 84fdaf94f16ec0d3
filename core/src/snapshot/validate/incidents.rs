//! Incidents (9-1): event ids and dates, the group company, and report and closure dates between the
//! incident and `as_of`.

use super::quarters::Scope;
use super::{Checker, Seen};

impl Checker {
    /// Incidents; remembers their ids for later references.
    pub(super) fn incidents(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, groups, .. } = *at;
        for (i, inc) in q.incidents.iter().enumerate() {
            let p = format!("{base}.incidents[{i}]");
            self.event_id(seen, || format!("{p}.id"), &inc.id);
            self.event_date(|| format!("{p}.date"), inc.date, qq, as_of);
            self.text(|| format!("{p}.category"), &inc.category);
            self.text(|| format!("{p}.summary"), &inc.summary);
            if let Some(c) = &inc.company {
                self.reference(|| format!("{p}.company"), c, groups, "a group company", "グループ企業");
            }
            for (key, d) in [("reported_on", inc.reported_on), ("closed_on", inc.closed_on)] {
                if let Some(d) = d {
                    self.not_before(|| format!("{p}.{key}"), d, inc.date, "the incident's date", "発生日");
                    self.not_after(
                        || format!("{p}.{key}"),
                        d,
                        as_of,
                        "the export's as_of date",
                        "エクスポートの基準日 as_of",
                    );
                }
            }
            seen.incidents.insert(inc.id.clone());
        }
    }
}

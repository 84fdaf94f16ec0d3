//! Incidents (9-1): event ids and dates, the group company, and report and closure dates between the
//! incident and `as_of`, and the timeline's order: detected → reported to the executive, detected →
//! contained → closed (10-1: disclosure may come before closure, so it is not ordered against it).

use super::quarters::Scope;
use super::{Checker, Seen};
use crate::snapshot::Incident;

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
            for (key, d) in [
                ("reported_on", inc.reported_on),
                ("closed_on", inc.closed_on),
                ("detected_on", inc.detected_on),
                ("contained_on", inc.contained_on),
            ] {
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
            self.timeline_order(&p, inc);
            seen.incidents.insert(inc.id.clone());
            seen.incident_detected.insert(inc.id.clone(), inc.detected_on.unwrap_or(inc.date));
        }
    }
}

impl Checker {
    /// The timeline's order: reported, contained and closed not before detection; closed not before
    /// containment.
    fn timeline_order(&mut self, p: &str, inc: &Incident) {
        if let Some(detected) = inc.detected_on {
            for (key, d) in
                [("reported_on", inc.reported_on), ("contained_on", inc.contained_on), ("closed_on", inc.closed_on)]
            {
                if let Some(d) = d {
                    self.not_before(|| format!("{p}.{key}"), d, detected, "the incident's detection", "検知日");
                }
            }
        }
        if let (Some(contained), Some(closed)) = (inc.contained_on, inc.closed_on) {
            self.not_before(|| format!("{p}.closed_on"), closed, contained, "its containment", "封じ込め日");
        }
    }
}

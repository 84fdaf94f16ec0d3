//! Information sharing (8-1, 8-2): memberships and reports filed outside.

use super::quarters::Scope;
use super::{Checker, Seen};

impl Checker {
    /// Memberships and reports filed; a report names an incident of this or an earlier quarter.
    pub(super) fn information_sharing(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, reference, .. } = *at;
        let is = &q.information_sharing;
        self.unique(&format!("{base}.information_sharing.memberships"), is.memberships.iter().map(|x| x.id.as_str()));
        for (i, x) in is.memberships.iter().enumerate() {
            let p = format!("{base}.information_sharing.memberships[{i}]");
            self.text(|| format!("{p}.body"), &x.body);
            self.text(|| format!("{p}.contact"), &x.contact);
            self.state_date(|| format!("{p}.since"), x.since, reference);
        }
        for (i, r) in is.reports_filed.iter().enumerate() {
            let p = format!("{base}.information_sharing.reports_filed[{i}]");
            self.event_date(|| format!("{p}.date"), r.date, qq, as_of);
            self.text(|| format!("{p}.subject"), &r.subject);
            if let Some(inc) = &r.incident {
                self.reference(
                    || format!("{p}.incident"),
                    inc,
                    &seen.incidents,
                    "an incident of this or an earlier quarter",
                    "インシデント（この四半期以前）",
                );
            }
        }
    }
}

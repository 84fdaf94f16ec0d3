//! Risk assessments, audits and their findings (3-2, 4-2): findings name an assessment or audit of
//! this or an earlier quarter and close after they were raised.

use super::quarters::Scope;
use super::{Checker, Seen};
use crate::snapshot::problem::Rule;

impl Checker {
    /// Risk assessments; remembers them as sources of findings.
    pub(super) fn assessments(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, .. } = *at;
        for (i, a) in q.assessments.iter().enumerate() {
            let p = format!("{base}.assessments[{i}]");
            self.event_id(seen, || format!("{p}.id"), &a.id);
            self.event_date(|| format!("{p}.date"), a.date, qq, as_of);
            self.text(|| format!("{p}.scope"), &a.scope);
            seen.sources.insert(a.id.clone());
        }
    }

    /// Audits; remembers them as sources of findings.
    pub(super) fn audits(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, .. } = *at;
        for (i, a) in q.audits.iter().enumerate() {
            let p = format!("{base}.audits[{i}]");
            self.event_id(seen, || format!("{p}.id"), &a.id);
            self.event_date(|| format!("{p}.date"), a.date, qq, as_of);
            self.text(|| format!("{p}.auditor"), &a.auditor);
            self.text(|| format!("{p}.scope"), &a.scope);
            seen.sources.insert(a.id.clone());
        }
    }

    /// Findings.
    pub(super) fn findings(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, reference, .. } = *at;
        self.unique(&format!("{base}.findings"), q.findings.iter().map(|f| f.id.as_str()));
        for (i, f) in q.findings.iter().enumerate() {
            let p = format!("{base}.findings[{i}]");
            let known = &seen.sources;
            if !known.contains(&f.source) {
                self.push(
                    format!("{p}.source"),
                    Rule::DanglingReference,
                    format!("\"{}\" does not name an assessment or audit of this or an earlier quarter", f.source),
                    format!("\"{}\" に該当するリスクアセスメント・監査（この四半期以前）がありません", f.source),
                );
            }
            self.text(|| format!("{p}.title"), &f.title);
            self.state_date(|| format!("{p}.raised_on"), f.raised_on, reference);
            if let Some(d) = f.closed_on {
                self.not_before(|| format!("{p}.closed_on"), d, f.raised_on, "the date it was raised", "指摘日");
                self.state_date(|| format!("{p}.closed_on"), d, reference);
            }
        }
    }
}

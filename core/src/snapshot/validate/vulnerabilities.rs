//! Vulnerability and patch management (8-1 「情報を常に最新の状態に保つ」, 表9-2): the patch target,
//! the critical vulnerabilities with their dates, the systems past end of support.

use super::Checker;
use super::quarters::Scope;

/// The longest patch target the format accepts, in days (a year: a longer target is no target).
pub const MAX_PATCH_TARGET_DAYS: u64 = 365;

impl Checker {
    /// The quarter's `vulnerabilities`, if recorded.
    pub(super) fn vulnerabilities(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, quarter, reference, .. } = *at;
        let v = &q.vulnerabilities;
        let base = format!("{base}.vulnerabilities");
        if let Some(days) = v.critical_patch_target_days {
            self.range_u(|| format!("{base}.critical_patch_target_days"), days.into(), 1, MAX_PATCH_TARGET_DAYS);
        }
        self.unique(&format!("{base}.criticals"), v.criticals.iter().map(|c| c.id.as_str()));
        for (i, c) in v.criticals.iter().enumerate() {
            let p = format!("{base}.criticals[{i}]");
            self.text(|| format!("{p}.title"), &c.title);
            self.text(|| format!("{p}.system"), &c.system);
            self.state_date(|| format!("{p}.found_on"), c.found_on, reference);
            if let Some(patched) = c.patched_on {
                self.state_date(|| format!("{p}.patched_on"), patched, reference);
                self.not_before(
                    || format!("{p}.patched_on"),
                    patched,
                    c.found_on,
                    "its found_on date",
                    "発見日 found_on",
                );
                self.not_before(
                    || format!("{p}.patched_on"),
                    patched,
                    quarter.start(),
                    "the quarter's start (a critical patched earlier belongs to an earlier quarter)",
                    "四半期の開始日（それより前に対処済みの脆弱性は前の四半期に記録します）",
                );
            }
        }
        for (i, s) in v.unsupported_systems.iter().enumerate() {
            let p = format!("{base}.unsupported_systems[{i}]");
            self.text(|| format!("{p}.name"), &s.name);
            if let Some(r) = &s.replacement {
                self.text(|| format!("{p}.replacement"), r);
            }
        }
    }
}

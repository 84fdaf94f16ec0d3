//! `before_first_quarter`: each known activity lies before the export's first quarter.

use super::Checker;
use crate::snapshot::model::Snapshot;
use crate::snapshot::problem::Rule;

impl Checker {
    /// Every date of `before_first_quarter` is before the first quarter's first day (an activity
    /// inside the export belongs in its quarter's records).
    pub(super) fn before_first_quarter(&mut self, s: &Snapshot) {
        let (Some(h), Some(first)) = (&s.before_first_quarter, s.quarters.first()) else { return };
        let start = first.quarter.start();
        for (field, date) in [("drill", h.drill), ("audit", h.audit), ("security_test", h.security_test)] {
            if let Some(d) = date.filter(|d| *d >= start) {
                self.push(
                    format!("before_first_quarter.{field}"),
                    Rule::Date,
                    format!(
                        "{d} is not before the first quarter ({}, from {start}): record it in that quarter",
                        first.quarter
                    ),
                    format!(
                        "{d} は最初の四半期（{}、{start} から）より前ではありません。その四半期の記録に入れてください",
                        first.quarter
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::fixture::snapshot_with;
    use crate::snapshot::BeforeFirstQuarter;
    use crate::snapshot::validate::validate;

    /// The day before the first quarter is accepted; its first day is not.
    #[test]
    fn activities_before_the_first_quarter_must_precede_it() {
        let mut s = snapshot_with(&["2025Q4", "2026Q1"], "2026-03-31");
        let on = |d: &str| Some(crate::fixture::d(d));
        s.before_first_quarter =
            Some(BeforeFirstQuarter { drill: on("2025-09-30"), audit: on("2025-10-01"), security_test: None });
        let problems = validate(&s);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "before_first_quarter.audit");
        assert_eq!(problems[0].rule.code(), "date");
        assert!(problems[0].en.contains("2025-10-01 is not before the first quarter (2025Q4"));
        assert!(problems[0].ja.contains("最初の四半期"));
    }
}

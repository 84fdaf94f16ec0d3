//! The risk assessments of the trailing year and the method each used (3-3, 表3-1 リスク分析手法の種類:
//! baseline, informal, detailed, combined).

use serde::Serialize;

use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::AssessmentMethod;

/// A risk assessment of the trailing year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentEntry {
    /// Its id.
    pub id: String,
    /// Date completed.
    pub date: Date,
    /// Scope.
    pub scope: String,
    /// Method (表3-1).
    pub method: AssessmentMethod,
    /// JSON path, `quarters[7].assessments[0]`.
    pub path: String,
}

/// The risk assessments of `period`'s trailing year, newest first.
pub fn assessments(period: &Period<'_>) -> Vec<AssessmentEntry> {
    period
        .year_events_newest_first("assessments", |q| &q.assessments, |a| a.date)
        .into_iter()
        .map(|(at, a)| AssessmentEntry {
            id: a.id.clone(),
            date: a.date,
            scope: a.scope.clone(),
            method: a.method,
            path: at.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, snapshot_with};
    use crate::snapshot::Assessment;

    #[test]
    fn the_years_assessments_newest_first_with_their_method() {
        let mut s = snapshot_with(&["2025Q2", "2026Q2"], "2026-06-30");
        let a =
            |id: &str, date: &str, method| Assessment { id: id.into(), date: d(date), scope: "全社".into(), method };
        s.quarters[0].assessments.push(a("old", "2025-06-29", AssessmentMethod::Baseline)); // the day before the year (2025-06-30)
        s.quarters[1].assessments.push(a("a1", "2026-04-10", AssessmentMethod::Baseline));
        s.quarters[1].assessments.push(a("a2", "2026-05-20", AssessmentMethod::Detailed));
        crate::fixture::assert_valid(&s);
        let got = assessments(&Period::latest(&s).unwrap());
        let ids: Vec<(&str, AssessmentMethod)> = got.iter().map(|e| (e.id.as_str(), e.method)).collect();
        assert_eq!(ids, vec![("a2", AssessmentMethod::Detailed), ("a1", AssessmentMethod::Baseline)]);
        assert_eq!(got[0].path, "quarters[1].assessments[1]");
    }
}

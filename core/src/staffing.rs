//! Security people and the security budget (6): the budget's split pre / during / after incidents (6-1)
//! and whether its approval is for the fiscal year in force; the staffing plan against the staff on
//! record, qualified staff, skills gaps and the outside resources that cover them (6-2, 6-3), and a
//! career path and performance criteria linked to the personnel evaluation system (6-4).
//!
//! - The **fiscal year in force** is the one containing the quarter ([`crate::fiscal`], the organisation's
//!   `fiscal_year_start`). The budget on record is *for* a fiscal year when its `fiscal_year` label names
//!   it (the first 4-digit number of the label: `FY2026`, `2026年度`); a label without one is not judged.
//! - The approval is **in force** when it exists, the budget is for the fiscal year in force, and it was
//!   given on or after the first day of the previous fiscal year (a budget is approved before or during
//!   its year; an approval older than that approved an earlier year's budget). Validation already keeps
//!   it on or before the reference date.
//! - The **staffing plan** (`security_staff_needed`, `qualified_needed`) is judged only when recorded: a
//!   shortfall is the plan's figure above the staff on record.

use serde::Serialize;

use crate::calendar::Date;
use crate::period::Period;
use crate::snapshot::Yen;
use crate::vocabulary::terms;

/// Whether the budget's approval is for the fiscal year in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetApproval {
    /// Approved, for the fiscal year in force.
    InForce,
    /// No approval date.
    NotApproved,
    /// The budget on record is for another fiscal year.
    OtherFiscalYear,
    /// Approved before the previous fiscal year began: not this year's approval.
    Stale,
}

/// The security budget of the quarter (6-1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetView {
    /// The budget's fiscal-year label as recorded (`FY2026`).
    pub fiscal_year: String,
    /// The year the label names, if it names one.
    pub label_year: Option<u16>,
    /// The fiscal year containing the quarter (named after the calendar year it starts in).
    pub year_in_force: u16,
    /// The whole IT budget.
    pub it_yen: Yen,
    /// 事前対策費用.
    pub pre_incident_yen: Yen,
    /// 対策運用費用.
    pub operations_yen: Yen,
    /// 事後対策費用.
    pub post_incident_yen: Yen,
    /// Their sum: the security budget.
    pub security_yen: Yen,
    /// The approval date, if any.
    pub approved_on: Option<Date>,
    /// The approval's standing.
    pub approval: BudgetApproval,
    /// JSON path of the budget.
    pub path: String,
}

/// The security people at the quarter's end, against the staffing plan (6-2..6-4).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct People {
    /// All staff.
    pub staff: u32,
    /// Security staff (full-time equivalents).
    pub security_staff: u32,
    /// Of whom qualified.
    pub qualified: u32,
    /// Security staff the plan needs (not recorded: `None`).
    pub needed: Option<u32>,
    /// Qualified staff the plan needs (not recorded: `None`).
    pub qualified_needed: Option<u32>,
    /// `needed − security_staff` when positive.
    pub staff_short: Option<u32>,
    /// `qualified_needed − qualified` when positive.
    pub qualified_short: Option<u32>,
    /// Skills the plan needs that the staff lack.
    pub skills_gaps: Vec<String>,
    /// Outside experts and services used.
    pub external_resources: Vec<String>,
    /// A career path linked to the evaluation system (not recorded: `None`).
    pub career_path: Option<bool>,
    /// Performance criteria for security work linked to the evaluation system (not recorded: `None`).
    pub evaluation_criteria: Option<bool>,
    /// JSON path of the workforce.
    pub path: String,
}

impl People {
    /// Whether skills gaps are recorded with no outside resource to cover them (6-2: what in-house staff
    /// cannot do is asked of outside experts or services).
    pub fn gaps_uncovered(&self) -> bool {
        !self.skills_gaps.is_empty() && self.external_resources.is_empty()
    }

    /// Whether the staffing plan is not recorded.
    pub fn plan_missing(&self) -> bool {
        self.needed.is_none()
    }

    /// Whether the career path or the evaluation criteria are not recorded.
    pub fn career_missing(&self) -> bool {
        self.career_path.is_none() || self.evaluation_criteria.is_none()
    }
}

/// Budget and people in one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resources {
    /// The security budget.
    pub budget: BudgetView,
    /// The security people.
    pub people: People,
}

/// The year a fiscal-year label names: its first run of exactly 4 digits (`FY2026`, `2026年度`).
pub fn label_year(label: &str) -> Option<u16> {
    let bytes = label.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                return label[start..i].parse().ok();
            }
        } else {
            i += 1;
        }
    }
    None
}

/// The approval's standing for a budget labelled `label_year`, approved on `approved_on`, when the
/// fiscal year in force is `year` and fiscal year `year − 1` began on `previous_start`.
pub fn budget_approval(
    label_year: Option<u16>,
    approved_on: Option<Date>,
    year: u16,
    previous_start: Option<Date>,
) -> BudgetApproval {
    let Some(on) = approved_on else { return BudgetApproval::NotApproved };
    if label_year.is_some_and(|y| y != year) {
        BudgetApproval::OtherFiscalYear
    } else if previous_start.is_some_and(|start| on < start) {
        BudgetApproval::Stale
    } else {
        BudgetApproval::InForce
    }
}

/// `a − b` when positive.
fn short(a: Option<u32>, b: u32) -> Option<u32> {
    a.and_then(|a| a.checked_sub(b)).filter(|s| *s > 0)
}

/// Budget and people in `period`'s quarter.
pub fn resources(period: &Period<'_>) -> Resources {
    let r = period.record();
    let base = period.path();
    let fiscal = period.snapshot().organisation.fiscal();
    let year = fiscal.quarter(period.quarter()).year;
    let b = &r.budget;
    let label = label_year(&b.fiscal_year);
    let approval = budget_approval(label, b.approved_on, year, fiscal.year_start(year.saturating_sub(1)));
    let w = &r.workforce;
    Resources {
        budget: BudgetView {
            fiscal_year: b.fiscal_year.clone(),
            label_year: label,
            year_in_force: year,
            it_yen: b.it_yen,
            pre_incident_yen: b.security_pre_incident_yen,
            operations_yen: b.security_operations_yen,
            post_incident_yen: b.security_post_incident_yen,
            security_yen: b
                .security_pre_incident_yen
                .saturating_add(b.security_operations_yen)
                .saturating_add(b.security_post_incident_yen),
            approved_on: b.approved_on,
            approval,
            path: format!("{base}.budget"),
        },
        people: People {
            staff: w.staff,
            security_staff: w.security_staff,
            qualified: w.qualified_security_staff,
            needed: w.security_staff_needed,
            qualified_needed: w.qualified_needed,
            staff_short: short(w.security_staff_needed, w.security_staff),
            qualified_short: short(w.qualified_needed, w.qualified_security_staff),
            skills_gaps: w.skills_gaps.clone(),
            external_resources: w.external_resources.clone(),
            career_path: w.career_path,
            evaluation_criteria: w.evaluation_criteria,
            path: format!("{base}.workforce"),
        },
    }
}

// The words of this module's enumerations (one table each; see crate::vocabulary).
terms!(BudgetApproval, "BudgetApproval", {
    InForce => ("in_force", "当年度の承認あり", "Approved for the year in force"),
    NotApproved => ("not_approved", "未承認", "Not approved"),
    OtherFiscalYear => ("other_fiscal_year", "別年度の予算", "Budget of another fiscal year"),
    Stale => ("stale", "前年度より前の承認", "Approved before the previous fiscal year"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::d;

    #[test]
    fn label_years() {
        assert_eq!(label_year("FY2026"), Some(2026));
        assert_eq!(label_year("2026年度"), Some(2026));
        assert_eq!(label_year("第12期 2025年度"), Some(2025));
        assert_eq!(label_year("令和8年度"), None);
        assert_eq!(label_year("FY20261"), None);
    }

    /// April start: FY2026 runs 2026-04-01 ..= 2027-03-31, FY2025 began on 2025-04-01.
    #[test]
    fn approval_boundaries_on_the_fiscal_year_start() {
        let prev = Some(d("2025-04-01"));
        let at = |label, on: &str| budget_approval(label, Some(d(on)), 2026, prev);
        assert_eq!(budget_approval(Some(2026), None, 2026, prev), BudgetApproval::NotApproved);
        // Approved in March before the year starts, for that year: in force.
        assert_eq!(at(Some(2026), "2026-03-31"), BudgetApproval::InForce);
        assert_eq!(at(Some(2026), "2026-04-01"), BudgetApproval::InForce);
        // The first day of the previous fiscal year still counts; the day before does not.
        assert_eq!(at(Some(2026), "2025-04-01"), BudgetApproval::InForce);
        assert_eq!(at(Some(2026), "2025-03-31"), BudgetApproval::Stale);
        // Last year's budget carried into the new year: not for the year in force.
        assert_eq!(at(Some(2025), "2025-03-24"), BudgetApproval::OtherFiscalYear);
        // A label without a year: only the date is judged.
        assert_eq!(at(None, "2025-04-01"), BudgetApproval::InForce);
        assert_eq!(at(None, "2025-03-31"), BudgetApproval::Stale);
    }

    #[test]
    fn shortfalls() {
        assert_eq!(short(Some(5), 4), Some(1));
        assert_eq!(short(Some(4), 4), None);
        assert_eq!(short(Some(3), 4), None);
        assert_eq!(short(None, 4), None);
    }
}

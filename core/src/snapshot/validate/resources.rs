//! Budget and workforce (6-1..6-4): an IT budget above 0, an approval not after the reference date,
//! security staff within the staff, and the staffing plan's roles within the staff.

use super::Checker;
use super::quarters::Scope;
use crate::snapshot::problem::Rule;

impl Checker {
    /// The budget.
    pub(super) fn budget(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, reference, .. } = *at;
        let b = &q.budget;
        self.text(|| format!("{base}.budget.fiscal_year"), &b.fiscal_year);
        if b.it_yen == 0 {
            self.push(
                format!("{base}.budget.it_yen"),
                Rule::Range,
                "the IT budget must be above 0".into(),
                "IT 予算は 0 より大きくしてください".into(),
            );
        }
        if let Some(d) = b.approved_on {
            self.state_date(|| format!("{base}.budget.approved_on"), d, reference);
        }
    }

    /// Staff, security staff and qualified security staff.
    pub(super) fn workforce(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, .. } = *at;
        let w = &q.workforce;
        self.range_u(|| format!("{base}.workforce.staff"), w.staff.into(), 1, 10_000_000);
        if w.security_staff > w.staff {
            self.push(
                format!("{base}.workforce.security_staff"),
                Rule::Range,
                format!("{} security staff exceed the {} staff", w.security_staff, w.staff),
                format!("セキュリティ担当 {} 人が全従業員 {} 人を超えています", w.security_staff, w.staff),
            );
        }
        if w.qualified_security_staff > w.security_staff {
            self.push(
                format!("{base}.workforce.qualified_security_staff"),
                Rule::Range,
                format!(
                    "{} qualified staff exceed the {} security staff",
                    w.qualified_security_staff, w.security_staff
                ),
                format!(
                    "有資格者 {} 人がセキュリティ担当 {} 人を超えています",
                    w.qualified_security_staff, w.security_staff
                ),
            );
        }
        self.staffing_plan(base, w);
    }

    /// The staffing plan (6-2..6-4): the roles needed within the staff, the qualified staff needed within
    /// the roles, no blank skills gap or outside resource.
    fn staffing_plan(&mut self, base: &str, w: &crate::snapshot::Workforce) {
        if let Some(needed) = w.security_staff_needed
            && needed > w.staff
        {
            self.push(
                format!("{base}.workforce.security_staff_needed"),
                Rule::Range,
                format!("the plan's {needed} security staff exceed the {} staff", w.staff),
                format!("人員計画のセキュリティ要員 {needed} 人が全従業員 {} 人を超えています", w.staff),
            );
        }
        if let (Some(qualified), Some(needed)) = (w.qualified_needed, w.security_staff_needed)
            && qualified > needed
        {
            self.push(
                format!("{base}.workforce.qualified_needed"),
                Rule::Range,
                format!("the plan's {qualified} qualified staff exceed its {needed} security staff"),
                format!("計画の有資格者 {qualified} 人が計画のセキュリティ要員 {needed} 人を超えています"),
            );
        }
        for (i, g) in w.skills_gaps.iter().enumerate() {
            self.text(|| format!("{base}.workforce.skills_gaps[{i}]"), g);
        }
        for (i, r) in w.external_resources.iter().enumerate() {
            self.text(|| format!("{base}.workforce.external_resources[{i}]"), r);
        }
    }
}

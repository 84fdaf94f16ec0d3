//! Budget and workforce (6-1): an IT budget above 0, an approval not after the reference date, and
//! security staff within the staff.

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
    }
}

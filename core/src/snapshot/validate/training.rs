//! Trainings and comprehension tests (7-2): event ids and dates, eligible staff, and tests that name a
//! training of this or an earlier quarter.

use super::quarters::Scope;
use super::{Checker, Seen};
use crate::snapshot::problem::Rule;

impl Checker {
    /// Trainings; remembers their ids for later tests.
    pub(super) fn trainings(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, .. } = *at;
        for (i, tr) in q.trainings.iter().enumerate() {
            let p = format!("{base}.trainings[{i}]");
            self.event_id(seen, || format!("{p}.id"), &tr.id);
            self.event_date(|| format!("{p}.date"), tr.date, qq, as_of);
            self.text(|| format!("{p}.title"), &tr.title);
            self.range_u(|| format!("{p}.eligible"), tr.eligible.into(), 1, 10_000_000);
            if tr.completed > tr.eligible {
                self.push(
                    format!("{p}.completed"),
                    Rule::Range,
                    format!("{} completed is more than the {} eligible", tr.completed, tr.eligible),
                    format!("受講完了 {} 人が対象者 {} 人を超えています", tr.completed, tr.eligible),
                );
            }
            seen.trainings.insert(tr.id.clone());
        }
    }

    /// Comprehension tests.
    pub(super) fn tests(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, .. } = *at;
        for (i, te) in q.tests.iter().enumerate() {
            let p = format!("{base}.tests[{i}]");
            self.event_id(seen, || format!("{p}.id"), &te.id);
            self.event_date(|| format!("{p}.date"), te.date, qq, as_of);
            if let Some(tr) = &te.training {
                self.reference(
                    || format!("{p}.training"),
                    tr,
                    &seen.trainings,
                    "a training of this or an earlier quarter",
                    "研修（この四半期以前）",
                );
            }
            self.range_f(|| format!("{p}.max_score"), te.max_score, 1.0, 1_000_000.0);
            if te.max_score.is_finite() && te.max_score >= 1.0 {
                self.range_f(|| format!("{p}.average_score"), te.average_score, 0.0, te.max_score);
            }
        }
    }
}

//! Trainings and comprehension tests (7-2): event ids and dates, eligible staff, and tests that name a
//! training of this or an earlier quarter. The training scope ((6)-5, rule 13): its audiences
//! (executives, all staff, contract staff; each once), and no session trains more people of an
//! audience than it has in scope; a repeat session names an earlier training.

use super::quarters::Scope;
use super::{Checker, Seen};
use crate::snapshot::problem::Rule;
use crate::snapshot::{Language, Training, TrainingScope};
use crate::vocabulary::Term;

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
            if let Some(of) = &tr.repeat_of {
                self.reference(
                    || format!("{p}.repeat_of"),
                    of,
                    &seen.trainings,
                    "an earlier training (this or an earlier quarter)",
                    "それより前の研修（この四半期以前）",
                );
            }
            self.trained_within_scope(&p, tr, &q.training_scope);
            seen.trainings.insert(tr.id.clone());
        }
        self.training_scope(base, &q.training_scope);
    }

    /// The scope's audiences are executives, all staff and contract staff, each at most once.
    fn training_scope(&mut self, base: &str, scope: &[TrainingScope]) {
        for (i, s) in scope.iter().enumerate() {
            let p = format!("{base}.training_scope[{i}]");
            if !TrainingScope::allows(s.audience) {
                self.push(
                    format!("{p}.audience"),
                    Rule::Type,
                    format!(
                        "\"{}\" is not an audience of the training scope: use executives, all_staff or contract_staff ({} are employees, counted in all_staff)",
                        s.audience.code(),
                        s.audience.label(Language::En).to_lowercase()
                    ),
                    format!(
                        "「{}」は研修の対象範囲の区分ではありません。executives（経営層）、all_staff（全従業員）、contract_staff（派遣・契約社員）のいずれかを使ってください（{}は従業員として all_staff に含めます）",
                        s.audience.code(),
                        s.audience.label(Language::Ja)
                    ),
                );
            } else if scope[..i].iter().any(|e| e.audience == s.audience) {
                self.push(
                    format!("{p}.audience"),
                    Rule::DuplicateId,
                    format!("the audience \"{}\" is listed twice in the training scope", s.audience.code()),
                    format!("研修の対象範囲に区分「{}」が2回あります", s.audience.code()),
                );
            }
            self.range_u(|| format!("{p}.people"), s.people.into(), 0, 10_000_000);
            if let Some(trained) = s.trained.filter(|t| *t > s.people) {
                self.push(
                    format!("{p}.trained"),
                    Rule::Range,
                    format!("{trained} trained is more than the {} in scope", s.people),
                    format!("受講済み {trained} 人が対象人数 {} 人を超えています", s.people),
                );
            }
        }
    }

    /// A session cannot train more people of an audience than the quarter has in scope for it.
    fn trained_within_scope(&mut self, p: &str, tr: &Training, scope: &[TrainingScope]) {
        let bucket = TrainingScope::bucket(tr.audience);
        let Some(s) = scope.iter().find(|s| s.audience == bucket) else { return };
        if tr.completed > s.people {
            self.push(
                format!("{p}.completed"),
                Rule::Range,
                format!(
                    "{} trained is more than the {} {} in the quarter's training scope (training_scope: {})",
                    tr.completed,
                    s.people,
                    bucket.label(Language::En).to_lowercase(),
                    bucket.code()
                ),
                format!(
                    "受講完了 {} 人がこの四半期の研修の対象範囲（{}）の {} 人を超えています",
                    tr.completed,
                    bucket.label(Language::Ja),
                    s.people
                ),
            );
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

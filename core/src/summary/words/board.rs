//! The board's record in words: last quarter's directives and what became of them, the decisions
//! taken and those not asked again ([`BoardRecord::status`], [`DirectiveView::line`],
//! [`AlreadyDecided::line`], [`TakenDecision::line`]); on paper, [`DirectiveView::state_word`],
//! [`DirectiveView::due_word`] and [`PrintedRecord::more_line`].

use crate::directive::{BoardRecord, DirectiveState, DirectiveView, PrintedRecord, TakenDecision, ToleranceDecision};
use crate::snapshot::Language;
use crate::summary::AlreadyDecided;
use crate::vocabulary::Term;

impl BoardRecord {
    /// One sentence: last quarter's directives by state, or "no record" when the export records no
    /// board decision or directive (never "none").
    pub fn status(&self, lang: Language) -> String {
        let ja = lang == Language::Ja;
        if !self.recorded {
            return if ja {
                "取締役会の決定・指示の記録はありません（未記録）".to_owned()
            } else {
                "No board decisions or directives are recorded".to_owned()
            };
        }
        let c = &self.carried_counts;
        let n = self.carried.len();
        let new = self.new_directives.len();
        if n == 0 {
            return if ja {
                format!("前期までの指示で継続中のものはありません。当期の新たな指示 {new} 件")
            } else {
                format!("No directives carried over from last quarter; {new} new this quarter")
            };
        }
        if ja {
            format!(
                "前期までの指示 {n} 件: 完了 {}・対応中 {}・未着手 {}・期限超過 {}。当期の新たな指示 {new} 件",
                c.done, c.in_progress, c.not_started, c.overdue
            )
        } else {
            format!(
                "Last quarter's directives ({n}): {} done, {} in progress, {} not started, {} overdue; {new} new this quarter",
                c.done, c.in_progress, c.not_started, c.overdue
            )
        }
    }
}

impl DirectiveView {
    /// `D-1「…」（CISO、期限 2026-06-30、30 日超過）` / `D-1 "…" (CISO, due 2026-06-30, 30 days overdue)`.
    pub fn line(&self, lang: Language) -> String {
        let state = self.state_word(lang);
        if lang == Language::Ja {
            format!("{}「{}」（{}、期限 {}、{state}）", self.id, self.text, self.owner, self.due)
        } else {
            format!("{} \"{}\" ({}, due {}, {state})", self.id, self.text, self.owner, self.due)
        }
    }

    /// Where it stands, in a word: `30 日超過` / `30 day(s) overdue`, `完了 2026-09-12` /
    /// `done 2026-09-12`, else the state's label (`対応中`, `未着手`).
    pub fn state_word(&self, lang: Language) -> String {
        let ja = lang == Language::Ja;
        match (self.state, ja) {
            (DirectiveState::Overdue, true) => format!("{} 日超過", self.days_overdue),
            (DirectiveState::Overdue, false) => format!("{} day(s) overdue", self.days_overdue),
            (DirectiveState::Done, true) => {
                format!("完了 {}", self.done_on.map(|d| d.to_string()).unwrap_or_default())
            }
            (DirectiveState::Done, false) => {
                format!("done {}", self.done_on.map(|d| d.to_string()).unwrap_or_default())
            }
            (s, _) => s.label(lang).to_owned(),
        }
    }

    /// `期限 2026-09-30` / `due 2026-09-30`.
    pub fn due_word(&self, lang: Language) -> String {
        match lang {
            Language::Ja => format!("期限 {}", self.due),
            Language::En => format!("due {}", self.due),
        }
    }
}

impl PrintedRecord<'_> {
    /// Under the directives printed, the count of those left to the screen: `ほか 2 件（画面または CISO
    /// 室の報告書に記載）` / `and 2 more (on the screen and in the CISO office's report)`; `None` when
    /// every directive is printed.
    pub fn more_line(&self, lang: Language) -> Option<String> {
        let k = self.more;
        (k > 0).then(|| match lang {
            Language::Ja => format!("ほか {k} 件（画面または CISO 室の報告書に記載）"),
            Language::En => format!("and {k} more (on the screen and in the CISO office's report)"),
        })
    }
}

impl TakenDecision {
    /// `2026-05-20 取締役会決定 BD-1（approve_budget）: 承認`.
    pub fn line(&self, lang: Language) -> String {
        let outcome = self.outcome.label(lang);
        match lang {
            Language::Ja => format!("{} 決定 {}（{}）: {outcome}", self.on, self.id, self.key),
            Language::En => format!("{} decision {} ({}): {outcome}", self.on, self.id, self.key),
        }
    }
}

impl ToleranceDecision {
    /// `2026-07-01 許容レベルの変更 中 → 高（取締役会）`.
    pub fn line(&self, lang: Language) -> String {
        let body = self.body.label(lang);
        match lang {
            Language::Ja => format!("{} 許容レベルの変更 {} → {}（{body}）", self.on, self.from.ja, self.to.ja),
            Language::En => format!("{} tolerance changed {} → {} ({body})", self.on, self.from.en, self.to.en),
        }
    }
}

impl AlreadyDecided {
    /// The decision's title, then "decided on <date> (<outcome>)": not asked again.
    pub fn line(&self, lang: Language) -> String {
        let title = self.decision.title(lang);
        let outcome = self.outcome.label(lang);
        match lang {
            Language::Ja => format!("{title} — {} に決定済み（{outcome}、{}）", self.on, self.board_decision),
            Language::En => format!("{title} — decided on {} ({outcome}, {})", self.on, self.board_decision),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::directive::DirectiveCounts;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn record(recorded: bool, carried: Vec<DirectiveView>, counts: DirectiveCounts) -> BoardRecord {
        BoardRecord {
            recorded,
            taken: vec![],
            in_force: vec![],
            carried,
            carried_counts: counts,
            new_directives: vec![],
            tolerance_changes: vec![],
        }
    }

    #[test]
    fn no_record_is_said_as_such() {
        let r = record(false, vec![], DirectiveCounts::default());
        assert_eq!(r.status(Language::En), "No board decisions or directives are recorded");
        assert!(r.status(Language::Ja).contains("未記録"));
    }

    #[test]
    fn directives_are_counted_and_the_overdue_named() {
        let late = DirectiveView {
            id: "D-1".into(),
            text: "演習の実施".into(),
            owner: "CISO".into(),
            item: 9,
            decision: None,
            issued_on: d("2026-04-10"),
            due: d("2026-08-31"),
            state: DirectiveState::Overdue,
            done_on: None,
            days_overdue: 30,
            path: "quarters[1].directives[0]".into(),
        };
        let counts = DirectiveCounts { done: 0, in_progress: 0, not_started: 0, overdue: 1 };
        let r = record(true, vec![late.clone()], counts);
        assert_eq!(
            r.status(Language::En),
            "Last quarter's directives (1): 0 done, 0 in progress, 0 not started, 1 overdue; 0 new this quarter"
        );
        assert_eq!(late.line(Language::Ja), "D-1「演習の実施」（CISO、期限 2026-08-31、30 日超過）");
        assert_eq!(late.line(Language::En), "D-1 \"演習の実施\" (CISO, due 2026-08-31, 30 day(s) overdue)");
        assert_eq!(late.state_word(Language::Ja), "30 日超過");
        assert_eq!(late.due_word(Language::En), "due 2026-08-31");
    }

    #[test]
    fn the_more_line_counts_what_paper_leaves_out() {
        let p = |more| PrintedRecord { shown: vec![], more };
        assert_eq!(p(0).more_line(Language::Ja), None);
        assert_eq!(p(1).more_line(Language::Ja).as_deref(), Some("ほか 1 件（画面または CISO 室の報告書に記載）"));
        assert_eq!(
            p(2).more_line(Language::En).as_deref(),
            Some("and 2 more (on the screen and in the CISO office's report)")
        );
    }
}

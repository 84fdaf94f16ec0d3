//! The risk assessments of the trailing year with their method (3-3, 表3-1), newest first: the newest
//! [`SHOWN`], then how many more.
//!
//! Test hooks: `assessment-row` (`data-method`, `data-path`).

use csm_core::risk::AssessmentEntry;
use csm_core::snapshot::Language;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use super::labels;
use crate::components::{Column, Row, Table};
use crate::i18n;

/// How many assessments the card lists (newest first) before "and N more": a group's year can hold
/// hundreds, and the card is one of the risks view's largest (docs/PERFORMANCE.md §8).
pub const SHOWN: usize = 20;

/// The card listing `entries`.
pub fn card(lang: Language, entries: &[AssessmentEntry]) -> Html {
    let ja = lang == Language::Ja;
    let (title, date, scope, method, none) = if ja {
        (
            "リスクアセスメント（直近12か月、表3-1）",
            "実施日",
            "対象範囲",
            "手法",
            "直近12か月のリスクアセスメントはありません。",
        )
    } else {
        (
            "Risk assessments (last 12 months, table 3-1)",
            "Date",
            "Scope",
            "Method",
            "No risk assessment in the last 12 months.",
        )
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|a: &AssessmentEntry| {
            Row::testid("assessment-row").data("data-method", a.method.code()).data("data-path", a.path.clone())
        })
        .column(Column::new(date, |a: &AssessmentEntry| html! { i18n::date(lang, a.date) }).cell_class("csm-date"))
        .column(Column::row_header(scope, |a: &AssessmentEntry| html! { &a.scope }))
        .column(Column::new(method, |a: &AssessmentEntry| html! { a.method.label(lang) }))
        .scroll();
    html! {
        <section class="csm-card csm-risks-assessments" aria-labelledby="csm-assessments-title">
            <h3 class="csm-card-title" id="csm-assessments-title">{ title }</h3>
            if entries.is_empty() {
                <p class="csm-muted">{ none }</p>
            } else {
                { table.render(entries.iter().take(SHOWN)) }
                if let Some(more) = labels::more(lang, entries.len(), SHOWN) {
                    <p class="csm-more">{ more }</p>
                }
            }
        </section>
    }
}

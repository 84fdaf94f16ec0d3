//! Vulnerability and patch management (8-1 「情報を常に最新の状態に保つ」): open vulnerabilities by
//! severity, the critical ones against the target days, systems past end of support. Lays out what
//! `csm_core::vulnerability` computed.
//!
//! Test hooks: `vulnerabilities` (`data-recorded`, `data-overdue`, `data-past-support`) with `critical`
//! (`data-overdue`, `data-path`) and `unsupported` (`data-past`, `data-path`) rows.

use csm_core::snapshot::Language;
use csm_core::vocabulary::Term;
use csm_core::vulnerability::{CriticalStatus, UnsupportedStatus, Vulnerabilities};
use yew::prelude::*;

use crate::components::{Column, CountTile, Row, Table, Tone, stat, verdict};
use crate::i18n;

/// Fixed labels of the vulnerability card.
struct Labels {
    title: &'static str,
    not_recorded: &'static str,
    open_total: &'static str,
    target: &'static str,
    no_target: &'static str,
    median: &'static str,
    overdue: &'static str,
    criticals_title: &'static str,
    no_criticals: &'static str,
    id: &'static str,
    what: &'static str,
    system: &'static str,
    found: &'static str,
    patched: &'static str,
    days: &'static str,
    state: &'static str,
    state_overdue: &'static str,
    state_open: &'static str,
    state_late: &'static str,
    state_patched: &'static str,
    unsupported_title: &'static str,
    no_unsupported: &'static str,
    name: &'static str,
    end_of_support: &'static str,
    past: &'static str,
    not_yet: &'static str,
    replacement: &'static str,
    due: &'static str,
    none: &'static str,
}

const JA: Labels = Labels {
    title: "脆弱性・パッチ管理（8-1）",
    not_recorded: "このエクスポートには脆弱性・パッチ管理の記録がありません（未対処の脆弱性、緊急の脆弱性の対処日数、サポート終了システム）。",
    open_total: "未対処の脆弱性",
    target: "緊急の脆弱性の対処目標",
    no_target: "目標なし（超過を判定できません）",
    median: "四半期中の対処日数（中央値）",
    overdue: "目標超過で未対処",
    criticals_title: "緊急の脆弱性",
    no_criticals: "この四半期に記録された緊急の脆弱性はありません。",
    id: "ID",
    what: "内容",
    system: "対象システム",
    found: "発見日",
    patched: "対処日",
    days: "日数",
    state: "状態",
    state_overdue: "目標超過",
    state_open: "対処中",
    state_late: "対処済（目標超過）",
    state_patched: "対処済",
    unsupported_title: "サポートが終了した（終了予定の）システム",
    no_unsupported: "サポートが終了したシステムの記録はありません。",
    name: "システム",
    end_of_support: "サポート終了日",
    past: "サポート終了",
    not_yet: "終了予定",
    replacement: "更改計画",
    due: "更改予定日",
    none: "なし",
};

const EN: Labels = Labels {
    title: "Vulnerabilities and patches (8-1)",
    not_recorded: "This export does not record vulnerability and patch management (open vulnerabilities, days to patch criticals, systems past end of support).",
    open_total: "Open vulnerabilities",
    target: "Target to patch a critical",
    no_target: "No target (overdue cannot be judged)",
    median: "Median days to patch this quarter",
    overdue: "Open beyond the target",
    criticals_title: "Critical vulnerabilities",
    no_criticals: "No critical vulnerability recorded this quarter.",
    id: "Id",
    what: "What",
    system: "System",
    found: "Found",
    patched: "Patched",
    days: "Days",
    state: "State",
    state_overdue: "Overdue",
    state_open: "Open",
    state_late: "Patched late",
    state_patched: "Patched",
    unsupported_title: "Systems past (or nearing) end of support",
    no_unsupported: "No system past end of support on record.",
    name: "System",
    end_of_support: "End of support",
    past: "Past support",
    not_yet: "Support ends",
    replacement: "Replacement",
    due: "Due",
    none: "None",
};

fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

fn days(lang: Language, n: i64) -> String {
    match lang {
        Language::Ja => format!("{n} 日"),
        Language::En => format!("{n} days"),
    }
}

/// The vulnerability card of the readiness view.
pub fn card(lang: Language, v: &Vulnerabilities) -> Html {
    let l = labels(lang);
    let body = if v.recorded {
        recorded(lang, v)
    } else {
        html! { <p class="csm-muted">{ l.not_recorded }</p> }
    };
    html! {
        <section
            class="csm-card csm-readiness-vulnerabilities"
            aria-labelledby="csm-vulnerabilities-title"
            data-testid="vulnerabilities"
            data-recorded={v.recorded.to_string()}
            data-overdue={v.overdue.to_string()}
            data-past-support={v.past_support.to_string()}
        >
            <h3 class="csm-card-title" id="csm-vulnerabilities-title">{ l.title }</h3>
            { body }
        </section>
    }
}

fn recorded(lang: Language, v: &Vulnerabilities) -> Html {
    let l = labels(lang);
    let criticals = Table::new("csm-table csm-record-table")
        .row(|c: &CriticalStatus| {
            Row::testid("critical").data("data-overdue", c.overdue.to_string()).data("data-path", c.path.clone())
        })
        .column(Column::row_header(l.id, |c: &CriticalStatus| html! { &c.id }))
        .column(Column::new(l.what, |c: &CriticalStatus| html! { &c.title }))
        .column(Column::new(l.system, |c: &CriticalStatus| html! { &c.system }))
        .column(
            Column::new(l.found, |c: &CriticalStatus| html! { i18n::date(lang, c.found_on) }).cell_class("csm-date"),
        )
        .column(
            Column::new(l.patched, |c: &CriticalStatus| {
                html! { c.patched_on.map(|d| i18n::date(lang, d)).unwrap_or_else(|| "—".to_owned()) }
            })
            .cell_class("csm-date"),
        )
        .column(Column::whole(l.days, |c: &CriticalStatus| html! { days(lang, c.days) }))
        .column(Column::new(l.state, |c: &CriticalStatus| {
            let (tone, word) = match (c.open, c.overdue, c.patched_late) {
                (true, true, _) => (Tone::Bad, l.state_overdue),
                (true, false, _) => (Tone::Neutral, l.state_open),
                (false, _, true) => (Tone::Caution, l.state_late),
                (false, _, false) => (Tone::Good, l.state_patched),
            };
            html! { { verdict(tone, word) } }
        }))
        .scroll();
    let unsupported = Table::new("csm-table csm-record-table")
        .row(|u: &UnsupportedStatus| {
            Row::testid("unsupported").data("data-past", u.past_support.to_string()).data("data-path", u.path.clone())
        })
        .column(Column::row_header(l.name, |u: &UnsupportedStatus| html! { &u.name }))
        .column(
            Column::new(l.end_of_support, |u: &UnsupportedStatus| html! { i18n::date(lang, u.end_of_support) })
                .cell_class("csm-date"),
        )
        .column(Column::new(l.state, |u: &UnsupportedStatus| {
            let (tone, word) = if u.past_support { (Tone::Caution, l.past) } else { (Tone::Neutral, l.not_yet) };
            html! { { verdict(tone, word) } }
        }))
        .column(Column::new(l.replacement, |u: &UnsupportedStatus| {
            html! { u.replacement.clone().unwrap_or_else(|| l.none.to_owned()) }
        }))
        .column(
            Column::new(l.due, |u: &UnsupportedStatus| {
                html! { u.replacement_due.map(|d| i18n::date(lang, d)).unwrap_or_else(|| "—".to_owned()) }
            })
            .cell_class("csm-date"),
        )
        .scroll();
    let target = v.target_days.map(|d| days(lang, i64::from(d)));
    html! {
        <>
            if !v.open.is_empty() {
                <ul class="csm-tiles" aria-label={l.open_total}>
                    { for v.open.iter().map(|c| html! {
                        <CountTile
                            n={u64::from(c.open)}
                            word={html! { c.severity.label(lang) }}
                            kind={AttrValue::from(c.severity.code())}
                        />
                    }) }
                </ul>
            }
            <dl class="csm-stats">
                if let Some(total) = v.open_total {
                    { stat(l.open_total, i18n::count(u64::from(total))) }
                }
                { stat(l.target, html! {
                    <>
                        if let Some(t) = target {
                            { t }
                        } else {
                            { verdict(Tone::Caution, l.no_target) }
                        }
                    </>
                }) }
                { stat(l.median, v.median_days_to_patch.map(|m| csm_core::text::number(m, 1)).unwrap_or_else(|| "—".to_owned())) }
                { stat(l.overdue, verdict(if v.overdue == 0 { Tone::Good } else { Tone::Bad }, i18n::count(v.overdue as u64))) }
            </dl>
            <h4 class="csm-subtitle">{ l.criticals_title }</h4>
            if v.criticals.is_empty() {
                <p class="csm-muted">{ l.no_criticals }</p>
            } else {
                { criticals.render(&v.criticals) }
            }
            <h4 class="csm-subtitle">{ l.unsupported_title }</h4>
            if v.unsupported.is_empty() {
                <p class="csm-muted">{ l.no_unsupported }</p>
            } else {
                { unsupported.render(&v.unsupported) }
            }
        </>
    }
}

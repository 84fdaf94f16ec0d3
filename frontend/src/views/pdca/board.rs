//! The executive's own decisions, the board's directives and the treatment actions (0-4, 4-2, 3-4), as
//! core's `governance`, `board` and `actions` computed them: laid out, nothing derived.
//!
//! Test hooks: `board-section` (`data-governance`: `recorded` / `not_recorded`); `governance-fact`
//! (`data-fact`); `directive-row` (`data-id`, `data-state`); `action-row` (`data-id`, `data-item`,
//! `data-overdue`).

use csm_core::action::ActionView;
use csm_core::directive::DirectiveView;
use csm_core::governance::GovernanceView;
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use csm_core::text::isolate;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::components::{Column, Row, Table};
use crate::i18n;

/// Fixed labels of the section.
struct Labels {
    title: &'static str,
    lead: &'static str,
    not_recorded: &'static str,
    policy: &'static str,
    ciso: &'static str,
    committee: &'static str,
    plan: &'static str,
    erm: &'static str,
    none: &'static str,
    yes: &'static str,
    no: &'static str,
    meetings: &'static str,
    review: &'static str,
    directives: &'static str,
    no_directives: &'static str,
    taken: &'static str,
    actions: &'static str,
    no_actions: &'static str,
    id: &'static str,
    text: &'static str,
    owner: &'static str,
    item: &'static str,
    issued: &'static str,
    due: &'static str,
    state: &'static str,
    done: &'static str,
    treats: &'static str,
    overdue_days: &'static str,
    not_approved: &'static str,
}

const JA: Labels = Labels {
    title: "経営者の決定・取締役会の指示・対応計画",
    lead: "経営者が決定すべき事項（0-4）、取締役会の決定と改善のための指示（4-2）、リスク対応計画のアクション（3-4）。",
    not_recorded: "経営者の決定事項は当四半期に記録されていません（未記録）。",
    policy: "セキュリティポリシー",
    ciso: "CISO 等",
    committee: "委員会",
    plan: "実施計画",
    erm: "全社リスク管理・BCP",
    none: "なし",
    yes: "位置付けあり",
    no: "位置付けなし",
    meetings: "当四半期の開催",
    review: "見直し期限",
    directives: "取締役会の指示",
    no_directives: "指示の記録はありません。",
    taken: "当四半期の取締役会の決定",
    actions: "対応計画のアクション",
    no_actions: "アクションの記録はありません。",
    id: "ID",
    text: "内容",
    owner: "担当",
    item: "重要項目",
    issued: "指示日",
    due: "期限",
    state: "状況",
    done: "完了日",
    treats: "対象",
    overdue_days: "超過日数",
    not_approved: "未承認",
};

const EN: Labels = Labels {
    title: "The executive's decisions, board directives and treatment plans",
    lead: "What the executive decides (0-4), the board's decisions and directives for improvement (4-2), and the actions of the treatment plans (3-4).",
    not_recorded: "The executive's own decisions are not recorded for this quarter.",
    policy: "Security policy",
    ciso: "CISO",
    committee: "Committee",
    plan: "Implementation plan",
    erm: "ERM and BCP",
    none: "None",
    yes: "Included",
    no: "Not included",
    meetings: "meetings this quarter",
    review: "review due",
    directives: "Board directives",
    no_directives: "No directives are recorded.",
    taken: "The board's decisions this quarter",
    actions: "Treatment actions",
    no_actions: "No actions are recorded.",
    id: "ID",
    text: "Directive",
    owner: "Owner",
    item: "Item",
    issued: "Given",
    due: "Due",
    state: "State",
    done: "Done",
    treats: "Treats",
    overdue_days: "Days overdue",
    not_approved: "Not approved",
};

fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

fn date(lang: Language, d: Option<csm_core::calendar::Date>) -> String {
    d.map_or_else(|| "—".to_owned(), |d| i18n::date(lang, d))
}

/// `a（b）` / `a (b)`.
fn paren(lang: Language, a: &str, b: &str) -> String {
    match lang {
        Language::Ja => format!("{a}（{b}）"),
        Language::En => format!("{a} ({b})"),
    }
}

/// `a・b` / `a; b`.
fn then(lang: Language, a: &str, b: &str) -> String {
    match lang {
        Language::Ja => format!("{a}・{b}"),
        Language::En => format!("{a}; {b}"),
    }
}

/// One fact of the executive's decisions: a name and what the record says.
fn fact(code: &'static str, name: &'static str, value: String) -> Html {
    html! {
        <div class="csm-figure" data-testid="governance-fact" data-fact={code}>
            <dt>{ name }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

fn governance(lang: Language, g: &GovernanceView) -> Html {
    let l = labels(lang);
    if !g.recorded {
        return html! { <p class="csm-muted">{ l.not_recorded }</p> };
    }
    let policy = then(
        lang,
        &paren(lang, g.policy.map_or("—", |p| p.label(lang)), &date(lang, g.policy_approved_on)),
        &format!("{} {}", l.review, date(lang, g.policy_review_due)),
    );
    let ciso = match (&g.ciso, g.ciso_appointed_on, g.ciso_appointed) {
        (_, _, Some(false)) => l.none.to_owned(),
        (name, on, _) => paren(lang, &name.as_deref().map_or_else(|| "—".to_owned(), isolate), &date(lang, on)),
    };
    let committee = match (&g.committee, g.committee_meetings) {
        (None, _) => l.none.to_owned(),
        (Some(c), Some(n)) => then(lang, &isolate(c), &format!("{} {n}", l.meetings)),
        (Some(c), None) => isolate(c),
    };
    let plan = match (g.plan_approved_on, g.plan_body) {
        (None, _) => l.not_approved.to_owned(),
        (on, body) => paren(lang, &date(lang, on), body.map_or("—", |b| b.label(lang))),
    };
    let erm = match g.erm_linked {
        Some(true) => l.yes,
        Some(false) => l.no,
        None => "—",
    };
    html! {
        <dl class="csm-figures">
            { fact("policy", l.policy, policy) }
            { fact("ciso", l.ciso, ciso) }
            { fact("committee", l.committee, committee) }
            { fact("plan", l.plan, plan) }
            { fact("erm", l.erm, erm.to_owned()) }
        </dl>
    }
}

fn directives(lang: Language, list: &[&DirectiveView]) -> Html {
    let l = labels(lang);
    if list.is_empty() {
        return html! { <p class="csm-muted">{ l.no_directives }</p> };
    }
    let table = Table::new("csm-table csm-record-table")
        .row(|d: &&DirectiveView| {
            Row::testid("directive-row").data("data-id", d.id.clone()).data("data-state", d.state.code())
        })
        .column(Column::new(l.id, |d: &&DirectiveView| html! { &d.id }))
        .column(Column::new(l.text, |d: &&DirectiveView| html! { &d.text }))
        .column(Column::new(l.owner, |d: &&DirectiveView| html! { &d.owner }))
        .column(Column::new(l.item, |d: &&DirectiveView| html! { d.item }).class("csm-num"))
        .column(
            Column::new(l.issued, |d: &&DirectiveView| html! { i18n::date(lang, d.issued_on) }).cell_class("csm-date"),
        )
        .column(Column::new(l.due, |d: &&DirectiveView| html! { i18n::date(lang, d.due) }).cell_class("csm-date"))
        .column(Column::new(l.state, |d: &&DirectiveView| html! { d.state.label(lang) }))
        .column(Column::new(l.done, |d: &&DirectiveView| html! { date(lang, d.done_on) }).cell_class("csm-date"))
        .scroll();
    table.render(list)
}

fn actions(lang: Language, list: &[ActionView]) -> Html {
    let l = labels(lang);
    if list.is_empty() {
        return html! { <p class="csm-muted">{ l.no_actions }</p> };
    }
    let table = Table::new("csm-table csm-record-table")
        .row(|a: &ActionView| {
            Row::testid("action-row")
                .data("data-id", a.id.clone())
                .data("data-item", a.item.to_string())
                .data("data-overdue", a.overdue.to_string())
        })
        .column(Column::new(l.id, |a: &ActionView| html! { &a.id }))
        .column(Column::new(l.text, |a: &ActionView| html! { &a.title }))
        .column(Column::new(l.owner, |a: &ActionView| html! { &a.owner }))
        .column(Column::new(l.treats, |a: &ActionView| {
            let treats = [&a.risk, &a.finding, &a.source].into_iter().flatten().cloned().collect::<Vec<_>>().join(", ");
            html! { treats }
        }))
        .column(Column::new(l.item, |a: &ActionView| html! { a.item }).class("csm-num"))
        .column(Column::new(l.due, |a: &ActionView| html! { i18n::date(lang, a.due) }).cell_class("csm-date"))
        .column(Column::new(l.state, |a: &ActionView| html! { a.status.label(lang) }))
        .column(
            Column::new(l.overdue_days, |a: &ActionView| {
                html! {
                    if a.overdue { { a.days_overdue } } else { { "—" } }
                }
            })
            .class("csm-num"),
        )
        .scroll();
    table.render(list)
}

/// The section of the PDCA view.
pub fn board(lang: Language, s: &BoardSummary) -> Html {
    let l = labels(lang);
    let b = &s.board;
    let listed: Vec<&DirectiveView> = b.carried.iter().chain(&b.new_directives).collect();
    html! {
        <section
            class="csm-card csm-pdca-board"
            aria-labelledby="csm-pdca-board-title"
            data-testid="board-section"
            data-governance={if s.governance.recorded { "recorded" } else { "not_recorded" }}
        >
            <h3 class="csm-card-title" id="csm-pdca-board-title">{ l.title }</h3>
            <p class="csm-lead">{ l.lead }</p>
            { governance(lang, &s.governance) }
            <h4 class="csm-subtitle">{ l.directives }</h4>
            <p>{ b.status(lang) }</p>
            { directives(lang, &listed) }
            if !b.taken.is_empty() || !s.already_decided.is_empty() || !b.tolerance_changes.is_empty() {
                <h4 class="csm-subtitle">{ l.taken }</h4>
                <ul class="csm-board-taken-list">
                    { for b.taken.iter().map(|t| html! { <li>{ t.line(lang) }</li> }) }
                    { for b.tolerance_changes.iter().map(|c| html! { <li>{ c.line(lang) }</li> }) }
                    { for s.already_decided.iter().map(|a| html! { <li>{ a.line(lang) }</li> }) }
                </ul>
            }
            <h4 class="csm-subtitle">{ l.actions }</h4>
            { actions(lang, &s.actions.actions) }
        </section>
    }
}

//! Supply chain and outsourcing (5, 7): group companies, suppliers, outsourcers and cloud providers —
//! a summary by kind and by evidence type, every partner's evidence, maturity against the requirement,
//! missing contract clauses and review dates, the outsourcing terms of item 7 (scope split, service level,
//! emergency cooperation, subcontracting, the seven cloud points, the report's period), and the 7 clauses
//! of 5-1 partner by partner.
//!
//! Test hooks: `view-partners` (`data-total`, `data-overdue`, `data-below`, `data-never`,
//! `data-missing-clauses`); `kind-row` (`data-kind`, `data-total`); `evidence` (`data-self-report`,
//! `data-own-audit`, `data-third-party-audit`, `data-total`); `partner-row` (`data-partner-id`,
//! `data-kind`, `data-overdue`, `data-below`, `data-missing`); `clause-cell` (`data-clause`,
//! `data-present`); `outsourcing-terms` with `terms-row` (`data-partner-id`, `data-recorded`,
//! `data-stale`).

mod labels;

use csm_core::partners::{
    CLAUSES, KindCount, OutsourcingStatus, PartnerStatus, Partners, clause_label, evidence_label, kind_label,
};
use csm_core::snapshot::{ContractClause, Language, PartnerKind};
use yew::prelude::*;

use crate::components::{Column, CountTile, Row, Table, Tone, shape, verdict};
use crate::hooks::{busy, use_quarter_summary, use_rows_shown};
use crate::i18n;

use labels::labels;

fn kind_code(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::GroupCompany => "group_company",
        PartnerKind::Supplier => "supplier",
        PartnerKind::Outsourcer => "outsourcer",
        PartnerKind::Cloud => "cloud",
    }
}

fn clause_code(c: ContractClause) -> &'static str {
    match c {
        ContractClause::Confidentiality => "confidentiality",
        ContractClause::Subcontracting => "subcontracting",
        ContractClause::Liability => "liability",
        ContractClause::ReturnOrDisposal => "return_or_disposal",
        ContractClause::AuditRights => "audit_rights",
        ContractClause::NonCompliance => "non_compliance",
        ContractClause::IncidentReporting => "incident_reporting",
    }
}

/// The partners view of the chosen quarter (renders nothing without one).
#[component]
pub fn PartnersView() -> Html {
    let chosen = use_quarter_summary();
    let shown = use_rows_shown(chosen.as_ref().map_or(0, |c| c.summary.partners.partners.len()));
    let Some(chosen) = chosen else {
        return Html::default();
    };
    let lang = chosen.lang;
    let l = labels(lang);
    let p = &chosen.summary.partners;
    html! {
        <div
            class="csm-view csm-partners"
            data-testid="view-partners"
            data-total={p.total.to_string()}
            data-overdue={p.overdue.len().to_string()}
            data-below={p.below_required.len().to_string()}
            data-never={p.never_assessed.len().to_string()}
            data-missing-clauses={p.missing_clauses.len().to_string()}
        >
            <h2 class="csm-view-title">{ l.title }</h2>
            if p.partners.is_empty() {
                <section class="csm-card"><p class="csm-muted">{ l.no_partners }</p></section>
            } else {
                <div class="csm-partners-top">
                    { kinds(lang, p) }
                    { evidence(lang, p) }
                </div>
                { table(lang, p, shown) }
                { terms(lang, p, shown) }
                { matrix(lang, p, shown) }
            }
        </div>
    }
}

fn count_cell(n: usize, bad: bool) -> Html {
    let flagged = bad && n > 0;
    html! {
        <td class={classes!("csm-num", flagged.then_some("is-flagged"))}>
            if flagged {
                { shape(Tone::Bad) }
            }
            { i18n::count(n as u64) }
        </td>
    }
}

fn kinds(lang: Language, p: &Partners) -> Html {
    let l = labels(lang);
    let count = |header: &'static str, bad: bool, n: fn(&KindCount) -> usize| {
        Column::whole(header, move |t: &KindCount| count_cell(n(t), bad)).head_class("csm-num")
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|t: &KindCount| {
            Row::testid("kind-row").data("data-kind", kind_code(t.kind)).data("data-total", t.total.to_string())
        })
        .column(Column::row_header(l.kind, |t: &KindCount| html! { kind_label(t.kind).get(lang) }))
        .column(Column::new(l.item, |t: &KindCount| html! { labels::item(lang, t.item) }))
        .column(count(l.partners, false, |t| t.total))
        .column(count(l.sensitive, false, |t| t.sensitive))
        .column(count(l.assessed_in_time, false, |t| t.assessed_in_time))
        .column(count(l.below_required, true, |t| t.below_required))
        .column(count(l.never_assessed, true, |t| t.never_assessed))
        .column(count(l.overdue, true, |t| t.overdue))
        .column(count(l.clauses_missing, true, |t| t.missing_clauses))
        .foot(html! {
            <>
                <th scope="row">{ l.total }</th>
                <td></td>
                { count_cell(p.total, false) }
                { count_cell(p.sensitive, false) }
                { count_cell(p.assessed_in_time.total, false) }
                { count_cell(p.below_required.len(), true) }
                { count_cell(p.never_assessed.len(), true) }
                { count_cell(p.overdue.len(), true) }
                { count_cell(p.missing_clauses.len(), true) }
            </>
        })
        .scroll();
    html! {
        <section class="csm-card csm-partner-kinds" aria-labelledby="csm-partner-kinds-title">
            <h3 class="csm-card-title" id="csm-partner-kinds-title">{ l.kinds_title }</h3>
            <p class="csm-lead">{ l.kinds_note }</p>
            { table.render(&p.count_by_kind()) }
        </section>
    }
}

fn evidence(lang: Language, p: &Partners) -> Html {
    let l = labels(lang);
    let e = &p.assessed_in_time;
    let tile = |mark: &'static str, name: String, n: usize| {
        html! { <CountTile n={n as u64} word={html! { <>{ mark }{ name }</> }} /> }
    };
    use csm_core::snapshot::Evidence;
    html! {
        <section
            class="csm-card csm-partner-evidence"
            aria-labelledby="csm-partner-evidence-title"
            data-testid="evidence"
            data-self-report={e.self_report.to_string()}
            data-own-audit={e.own_audit.to_string()}
            data-third-party-audit={e.third_party_audit.to_string()}
            data-total={e.total.to_string()}
        >
            <h3 class="csm-card-title" id="csm-partner-evidence-title">{ l.evidence_title }</h3>
            <p class="csm-lead">{ l.evidence_note }</p>
            <ul class="csm-tiles">
                { tile("① ", evidence_label(Evidence::SelfReport).get(lang).to_owned(), e.self_report) }
                { tile("② ", evidence_label(Evidence::OwnAudit).get(lang).to_owned(), e.own_audit) }
                { tile("③ ", evidence_label(Evidence::ThirdPartyAudit).get(lang).to_owned(), e.third_party_audit) }
                { tile("", l.total.to_owned(), e.total) }
            </ul>
        </section>
    }
}

fn table(lang: Language, p: &Partners, shown: usize) -> Html {
    let l = labels(lang);
    let maturity = |s: &PartnerStatus| match (s.maturity, s.below_required) {
        (Some(m), Some(below)) => html! {
            <>
                <span class="csm-strong">{ labels::maturity(m) }</span>
                <span class="csm-sub">{ labels::required(lang, s.required_maturity) }</span>
                { verdict(if below { Tone::Bad } else { Tone::Good }, if below { l.below } else { l.meets }) }
            </>
        },
        _ if s.no_score => html! {
            <>
                <span class="csm-sub">{ labels::required(lang, s.required_maturity) }</span>
                { verdict(Tone::Good, l.no_score) }
            </>
        },
        _ => html! {
            <>
                <span class="csm-sub">{ labels::required(lang, s.required_maturity) }</span>
                { verdict(if s.sensitive { Tone::Bad } else { Tone::Caution }, l.not_assessed) }
            </>
        },
    };
    let clauses = |s: &PartnerStatus| {
        if s.missing_clauses.is_empty() {
            html! { { verdict(Tone::Good, l.all_clauses) } }
        } else {
            html! {
                <>
                    { verdict(Tone::Caution, l.missing) }
                    <ul class="csm-clauses">
                        { for s.missing_clauses.iter().map(|c| html! { <li>{ clause_label(*c).get(lang).to_owned() }</li> }) }
                    </ul>
                </>
            }
        }
    };
    let next = |s: &PartnerStatus| {
        let verdict = if s.review_overdue {
            html! { { verdict(Tone::Bad, labels::overdue_by(lang, s.days_overdue)) } }
        } else {
            html! { { verdict(Tone::Good, l.on_schedule) } }
        };
        html! {
            <>
                <span class="csm-date">{ i18n::date(lang, s.next_review) }</span>
                { verdict }
            </>
        }
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|s: &PartnerStatus| {
            Row::testid("partner-row")
                .data("data-partner-id", s.id.clone())
                .data("data-kind", kind_code(s.kind))
                .data("data-overdue", s.review_overdue.to_string())
                .data(
                    "data-below",
                    match (s.below_required, s.no_score) {
                        (Some(b), _) => b.to_string(),
                        (None, true) => "no_score".to_owned(),
                        (None, false) => "never".to_owned(),
                    },
                )
                .data("data-self-report-only", s.self_report_only.to_string())
                .data("data-missing", s.missing_clauses.len().to_string())
                .data("data-path", s.path.clone())
        })
        .column(Column::row_header(l.partner, |s: &PartnerStatus| {
            html! {
                <>
                    <span class="csm-strong">{ &s.name }</span>
                    <span class="csm-sub">{ s.service.clone() }</span>
                    if s.sensitive {
                        <span class="csm-badge">{ l.sensitive_tag }</span>
                    }
                </>
            }
        }))
        .column(Column::new(l.kind, |s: &PartnerStatus| {
            html! {
                <>
                    { kind_label(s.kind).get(lang) }
                    <span class="csm-sub">{ labels::item(lang, s.item) }</span>
                </>
            }
        }))
        .column(Column::new(l.evidence, |s: &PartnerStatus| {
            html! {
                <>
                    { s.evidence.map_or_else(|| "—".to_owned(), |e| evidence_label(e).get(lang).to_owned()) }
                    if let Some(k) = s.evidence_kind {
                        <span class="csm-sub">{ csm_core::vocabulary::Term::label(k, lang) }</span>
                    }
                    if let Some(name) = &s.evidence_name {
                        <span class="csm-sub" data-testid="evidence-name">{ name.clone() }</span>
                    }
                    if s.self_report_only {
                        { verdict(Tone::Caution, l.self_report_only) }
                    }
                </>
            }
        }))
        .column(Column::new(l.maturity, maturity))
        .column(Column::new(l.clauses, clauses))
        .column(
            Column::new(l.last_review, |s: &PartnerStatus| {
                html! {
                    s.last_review.map_or_else(|| "—".to_owned(), |d| i18n::date(lang, d))
                }
            })
            .cell_class("csm-date"),
        )
        .column(Column::new(l.next_review, next))
        .scroll();
    html! {
        <section class="csm-card csm-partner-table" aria-labelledby="csm-partner-table-title" aria-busy={busy(shown, p.partners.len())}>
            <h3 class="csm-card-title" id="csm-partner-table-title">{ l.table_title }</h3>
            { table.render(&p.partners[..shown]) }
        </section>
    }
}

/// A recorded yes/no: yes good, no a caution, absent "not recorded".
fn yes_no(lang: Language, value: Option<bool>) -> Html {
    let l = labels(lang);
    match value {
        Some(true) => html! { { verdict(Tone::Good, l.yes) } },
        Some(false) => html! { { verdict(Tone::Caution, l.no) } },
        None => html! { <span class="csm-sub">{ l.not_recorded }</span> },
    }
}

/// The report's period and whether a SOC 2 report is stale.
fn report_period(lang: Language, s: &PartnerStatus) -> Html {
    let l = labels(lang);
    let date = |d: Option<csm_core::calendar::Date>| d.map_or_else(|| "…".to_owned(), |d| i18n::date(lang, d));
    if s.evidence_period_start.is_none() && s.evidence_period_end.is_none() {
        return html! { <span class="csm-sub">{ l.not_recorded }</span> };
    }
    html! {
        <>
            <span class="csm-date">{ format!("{} – {}", date(s.evidence_period_start), date(s.evidence_period_end)) }</span>
            if s.report_stale {
                { verdict(Tone::Caution, l.stale) }
            }
        </>
    }
}

/// Item 7: the outsourcing terms of each outsourcer and cloud provider, as recorded (7-1, 7-2).
fn terms(lang: Language, p: &Partners, shown: usize) -> Html {
    let l = labels(lang);
    let outsourced = p.outsourced();
    if outsourced.is_empty() {
        return Html::default();
    }
    let flag = move |pick: fn(&OutsourcingStatus) -> Option<bool>| {
        move |s: &PartnerStatus| match &s.outsourcing {
            Some(o) => yes_no(lang, pick(o)),
            None => html! { <span class="csm-sub">{ labels(lang).not_recorded }</span> },
        }
    };
    let sla = move |s: &PartnerStatus| match &s.outsourcing {
        Some(o) => html! {
            <>
                { yes_no(lang, o.terms.sla_stated) }
                if let Some(a) = o.terms.availability_target_pct {
                    <span class="csm-sub">{ format!("{} {}", l.availability, csm_core::text::pct(a)) }</span>
                }
            </>
        },
        None => html! { <span class="csm-sub">{ l.not_recorded }</span> },
    };
    let sub = move |s: &PartnerStatus| match s
        .outsourcing
        .as_ref()
        .map(|o| (o.terms.subcontracting_allowed, o.no_flow_down, o.terms.flow_down))
    {
        Some((Some(false), _, _)) => html! { l.not_allowed },
        Some((Some(true), true, _)) => html! { { verdict(Tone::Caution, l.no_flow_down) } },
        Some((Some(true), false, Some(true))) => html! { { verdict(Tone::Good, l.flows_down) } },
        _ => html! { <span class="csm-sub">{ l.not_recorded }</span> },
    };
    let cloud = move |s: &PartnerStatus| match s
        .outsourcing
        .as_ref()
        .and_then(|o| Some((o.cloud_points_confirmed?, &o.cloud_points_unconfirmed)))
    {
        Some((n, missing)) => html! {
            <>
                { verdict(if missing.is_empty() { Tone::Good } else { Tone::Caution }, format!("{n} / 7")) }
                <ul class="csm-clauses">
                    { for missing.iter().map(|c| html! { <li>{ csm_core::vocabulary::Term::label(*c, lang) }</li> }) }
                </ul>
            </>
        },
        None => html! { "—" },
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|s: &PartnerStatus| {
            Row::testid("terms-row")
                .data("data-partner-id", s.id.clone())
                .data("data-recorded", s.outsourcing.is_some().to_string())
                .data("data-stale", s.report_stale.to_string())
                .data("data-path", s.path.clone())
        })
        .column(Column::row_header(l.partner, |s: &PartnerStatus| html! { &s.name }))
        .column(Column::new(l.scope_split, flag(|o| o.terms.scope_split)))
        .column(Column::new(l.sla, sla))
        .column(Column::new(l.emergency, flag(|o| o.terms.emergency_cooperation)))
        .column(Column::new(l.subcontracting, sub))
        .column(Column::new(l.cloud_points, cloud))
        .column(Column::new(l.report_period, move |s: &PartnerStatus| report_period(lang, s)))
        .scroll();
    html! {
        <section
            class="csm-card csm-partner-terms"
            aria-labelledby="csm-partner-terms-title"
            aria-busy={busy(shown, outsourced.len())}
            data-testid="outsourcing-terms"
        >
            <h3 class="csm-card-title" id="csm-partner-terms-title">{ l.terms_title }</h3>
            <p class="csm-lead">{ l.terms_note }</p>
            { table.render(&outsourced[..shown.min(outsourced.len())]) }
        </section>
    }
}

fn matrix(lang: Language, p: &Partners, shown: usize) -> Html {
    let l = labels(lang);
    let clause = |i: usize, c: ContractClause| {
        let name = clause_label(c).get(lang).to_owned();
        let name_attr = name.clone();
        let head = html! {
            <>
                <span aria-hidden="true">{ labels::circled(i) }</span>
                <span class="csm-clause-name">{ name.clone() }</span>
            </>
        };
        Column::whole(head, move |s: &PartnerStatus| {
            let present = !s.missing_clauses.contains(&c);
            html! {
                <td
                    class={classes!("csm-clause", if present { "is-present" } else { "is-missing" })}
                    data-testid="clause-cell"
                    data-clause={clause_code(c)}
                    data-present={present.to_string()}
                >
                    <span aria-hidden="true">{ if present { "✓" } else { "✕" } }</span>
                    <span class="csm-clause-word" aria-hidden="true">{ if present { l.present } else { l.missing } }</span>
                    <span class="csm-sr-only">{ labels::clause_status(lang, &name, present) }</span>
                </td>
            }
        })
        .head_class("csm-clause-th")
        .head_title(name_attr)
    };
    let mut table = Table::new("csm-table csm-record-table csm-clause-table")
        .column(Column::row_header(l.partner, |s: &PartnerStatus| html! { &s.name }))
        .scroll();
    for (i, c) in CLAUSES.iter().enumerate() {
        table = table.column(clause(i, *c));
    }
    html! {
        <section class="csm-card csm-partner-matrix" aria-labelledby="csm-partner-matrix-title" aria-busy={busy(shown, p.partners.len())}>
            <h3 class="csm-card-title" id="csm-partner-matrix-title">{ l.matrix_title }</h3>
            <p class="csm-lead">{ l.matrix_note }</p>
            { table.render(&p.partners[..shown]) }
        </section>
    }
}

//! Supply chain and outsourcing (5, 7): group companies, suppliers, outsourcers and cloud providers —
//! a summary by kind and by evidence type, every partner's evidence, maturity against the requirement,
//! missing contract clauses and review dates, and the 7 clauses of 5-1 partner by partner.
//!
//! Test hooks: `view-partners` (`data-total`, `data-overdue`, `data-below`, `data-never`,
//! `data-missing-clauses`); `kind-row` (`data-kind`, `data-total`); `evidence` (`data-self-report`,
//! `data-own-audit`, `data-third-party-audit`, `data-total`); `partner-row` (`data-partner-id`,
//! `data-kind`, `data-overdue`, `data-below`, `data-missing`); `clause-cell` (`data-clause`,
//! `data-present`).

mod labels;
mod model;

use std::rc::Rc;

use csm_core::partners::{CLAUSES, PartnerStatus, Partners, clause_label, evidence_label, kind_label};
use csm_core::period::Period;
use csm_core::snapshot::{ContractClause, Language, PartnerKind};
use csm_core::summary::BoardSummary;
use yew::prelude::*;

use crate::components::{Shape, Tone, Verdict};
use crate::i18n;
use crate::store::{Export, Store};

use labels::labels;
use model::KindTally;

/// The partners view of the chosen quarter (renders nothing without one).
#[component]
pub fn PartnersView() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let (Some(summary), Some(current)) = (store.summary.clone(), store.current.as_ref()) else {
        return Html::default();
    };
    html! { <PartnersBody export={current.export.clone()} {summary} lang={store.language} /> }
}

/// Props of [`PartnersBody`].
#[derive(Properties)]
struct BodyProps {
    export: Export,
    summary: Rc<BoardSummary>,
    lang: Language,
}

impl PartialEq for BodyProps {
    /// The store replaces the summary when it recomputes it: the same allocation is the same summary.
    fn eq(&self, other: &Self) -> bool {
        self.export == other.export && Rc::ptr_eq(&self.summary, &other.summary) && self.lang == other.lang
    }
}

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

#[component]
fn PartnersBody(props: &BodyProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let p = &props.summary.partners;
    let services = use_memo((props.export.clone(), props.summary.quarter), |(export, quarter)| {
        Period::new(&export.snapshot, *quarter)
            .ok()
            .map(|period| model::services(&period, &csm_core::partners::partners(&period)))
            .unwrap_or_default()
    });
    let tallies = model::by_kind(p);
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
                    { kinds(lang, p, &tallies) }
                    { evidence(lang, p) }
                </div>
                { table(lang, p, &services) }
                { matrix(lang, p) }
            }
        </div>
    }
}

fn count_cell(n: usize, bad: bool) -> Html {
    let flagged = bad && n > 0;
    html! {
        <td class={classes!("csm-num", flagged.then_some("is-flagged"))}>
            if flagged {
                <Shape tone={Tone::Bad} />
            }
            { i18n::count(n as u64) }
        </td>
    }
}

fn kinds(lang: Language, p: &Partners, tallies: &[KindTally]) -> Html {
    let l = labels(lang);
    let row = |t: &KindTally| {
        html! {
            <tr data-testid="kind-row" data-kind={kind_code(t.kind)} data-total={t.total.to_string()}>
                <th scope="row">{ kind_label(t.kind).get(lang) }</th>
                <td>{ labels::item(lang, t.item) }</td>
                { count_cell(t.total, false) }
                { count_cell(t.sensitive, false) }
                { count_cell(t.assessed_in_time, false) }
                { count_cell(t.below_required, true) }
                { count_cell(t.never_assessed, true) }
                { count_cell(t.overdue, true) }
                { count_cell(t.missing_clauses, true) }
            </tr>
        }
    };
    html! {
        <section class="csm-card csm-partner-kinds" aria-labelledby="csm-partner-kinds-title">
            <h3 class="csm-card-title" id="csm-partner-kinds-title">{ l.kinds_title }</h3>
            <p class="csm-lead">{ l.kinds_note }</p>
            <div class="csm-table-scroll">
                <table class="csm-table csm-record-table">
                    <thead>
                        <tr>
                            <th scope="col">{ l.kind }</th>
                            <th scope="col">{ l.item }</th>
                            <th scope="col" class="csm-num">{ l.partners }</th>
                            <th scope="col" class="csm-num">{ l.sensitive }</th>
                            <th scope="col" class="csm-num">{ l.assessed_in_time }</th>
                            <th scope="col" class="csm-num">{ l.below_required }</th>
                            <th scope="col" class="csm-num">{ l.never_assessed }</th>
                            <th scope="col" class="csm-num">{ l.overdue }</th>
                            <th scope="col" class="csm-num">{ l.clauses_missing }</th>
                        </tr>
                    </thead>
                    <tbody>{ for tallies.iter().map(row) }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ l.total }</th>
                            <td></td>
                            { count_cell(p.total, false) }
                            { count_cell(p.sensitive, false) }
                            { count_cell(p.assessed_in_time.total, false) }
                            { count_cell(p.below_required.len(), true) }
                            { count_cell(p.never_assessed.len(), true) }
                            { count_cell(p.overdue.len(), true) }
                            { count_cell(p.missing_clauses.len(), true) }
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

fn evidence(lang: Language, p: &Partners) -> Html {
    let l = labels(lang);
    let e = &p.assessed_in_time;
    let tile = |mark: &'static str, name: String, n: usize| {
        html! {
            <li class="csm-tile">
                <span class="csm-tile-n">{ i18n::count(n as u64) }</span>
                <span class="csm-tile-word">{ mark }{ name }</span>
            </li>
        }
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

fn table(lang: Language, p: &Partners, services: &[String]) -> Html {
    let l = labels(lang);
    let row = |(i, s): (usize, &PartnerStatus)| {
        let maturity = match (s.maturity, s.below_required) {
            (Some(m), Some(below)) => html! {
                <>
                    <span class="csm-strong">{ labels::maturity(m) }</span>
                    <span class="csm-sub">{ labels::required(lang, s.required_maturity) }</span>
                    <Verdict tone={if below { Tone::Bad } else { Tone::Good }} word={if below { l.below } else { l.meets }} />
                </>
            },
            _ => html! {
                <>
                    <span class="csm-sub">{ labels::required(lang, s.required_maturity) }</span>
                    <Verdict tone={if s.sensitive { Tone::Bad } else { Tone::Caution }} word={l.not_assessed} />
                </>
            },
        };
        let clauses = if s.missing_clauses.is_empty() {
            html! { <Verdict tone={Tone::Good} word={l.all_clauses} /> }
        } else {
            html! {
                <>
                    <Verdict tone={Tone::Caution} word={l.missing} />
                    <ul class="csm-clauses">
                        { for s.missing_clauses.iter().map(|c| html! { <li>{ clause_label(*c).get(lang).to_owned() }</li> }) }
                    </ul>
                </>
            }
        };
        let next = if s.review_overdue {
            html! { <Verdict tone={Tone::Bad} word={labels::overdue_by(lang, s.days_overdue)} /> }
        } else {
            html! { <Verdict tone={Tone::Good} word={l.on_schedule} /> }
        };
        html! {
            <tr
                data-testid="partner-row"
                data-partner-id={s.id.clone()}
                data-kind={kind_code(s.kind)}
                data-overdue={s.review_overdue.to_string()}
                data-below={s.below_required.map_or("never".to_owned(), |b| b.to_string())}
                data-missing={s.missing_clauses.len().to_string()}
                data-path={s.path.clone()}
            >
                <th scope="row">
                    <span class="csm-strong">{ &s.name }</span>
                    <span class="csm-sub">{ services.get(i).cloned().unwrap_or_default() }</span>
                    if s.sensitive {
                        <span class="csm-badge">{ l.sensitive_tag }</span>
                    }
                </th>
                <td>
                    { kind_label(s.kind).get(lang) }
                    <span class="csm-sub">{ labels::item(lang, s.item) }</span>
                </td>
                <td>{ s.evidence.map_or_else(|| "—".to_owned(), |e| evidence_label(e).get(lang).to_owned()) }</td>
                <td>{ maturity }</td>
                <td>{ clauses }</td>
                <td class="csm-date">{ s.last_review.map_or_else(|| "—".to_owned(), |d| i18n::date(lang, d)) }</td>
                <td>
                    <span class="csm-date">{ i18n::date(lang, s.next_review) }</span>
                    { next }
                </td>
            </tr>
        }
    };
    html! {
        <section class="csm-card csm-partner-table" aria-labelledby="csm-partner-table-title">
            <h3 class="csm-card-title" id="csm-partner-table-title">{ l.table_title }</h3>
            <div class="csm-table-scroll">
                <table class="csm-table csm-record-table">
                    <thead>
                        <tr>
                            <th scope="col">{ l.partner }</th>
                            <th scope="col">{ l.kind }</th>
                            <th scope="col">{ l.evidence }</th>
                            <th scope="col">{ l.maturity }</th>
                            <th scope="col">{ l.clauses }</th>
                            <th scope="col">{ l.last_review }</th>
                            <th scope="col">{ l.next_review }</th>
                        </tr>
                    </thead>
                    <tbody>{ for p.partners.iter().enumerate().map(row) }</tbody>
                </table>
            </div>
        </section>
    }
}

fn matrix(lang: Language, p: &Partners) -> Html {
    let l = labels(lang);
    let head = CLAUSES.iter().enumerate().map(|(i, c)| {
        let name = clause_label(*c).get(lang).to_owned();
        html! {
            <th scope="col" class="csm-clause-th" title={name.clone()}>
                <span aria-hidden="true">{ labels::circled(i) }</span>
                <span class="csm-clause-name">{ name }</span>
            </th>
        }
    });
    let row = |s: &PartnerStatus| {
        let cells = CLAUSES.iter().map(|c| {
            let present = !s.missing_clauses.contains(c);
            let name = clause_label(*c).get(lang).to_owned();
            html! {
                <td
                    class={classes!("csm-clause", if present { "is-present" } else { "is-missing" })}
                    data-testid="clause-cell"
                    data-clause={clause_code(*c)}
                    data-present={present.to_string()}
                >
                    <span aria-hidden="true">{ if present { "✓" } else { "✕" } }</span>
                    <span class="csm-clause-word" aria-hidden="true">{ if present { l.present } else { l.missing } }</span>
                    <span class="csm-sr-only">{ labels::clause_status(lang, &name, present) }</span>
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row">{ &s.name }</th>
                { for cells }
            </tr>
        }
    };
    html! {
        <section class="csm-card csm-partner-matrix" aria-labelledby="csm-partner-matrix-title">
            <h3 class="csm-card-title" id="csm-partner-matrix-title">{ l.matrix_title }</h3>
            <p class="csm-lead">{ l.matrix_note }</p>
            <div class="csm-table-scroll">
                <table class="csm-table csm-record-table csm-clause-table">
                    <thead>
                        <tr>
                            <th scope="col">{ l.partner }</th>
                            { for head }
                        </tr>
                    </thead>
                    <tbody>{ for p.partners.iter().map(row) }</tbody>
                </table>
            </div>
        </section>
    }
}

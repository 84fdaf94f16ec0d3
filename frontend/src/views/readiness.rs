//! Readiness for an incident and its aftermath (6, 8, 9, 10, (4)-4): the budget and the people (item 6:
//! the budget split pre / during / after incidents, its approval for the fiscal year in force, staff
//! against the staffing plan — here rather than on the summary, whose printed pages stay two), the CSIRT
//! and its design (authority, stop and restore criteria, outside forensics), the documents
//! reviewed on a schedule, drills and follow-up actions, notifying outside parties (police, report
//! formats), information sharing and public disclosure. A publication's URL becomes a link only when
//! it is http(s) (`csm_core::readiness::safe_link`), with `rel="noopener noreferrer"`.
//!
//! Test hooks: `view-readiness`; `people` (`data-approval`, `data-security-staff`, `data-qualified`) with
//! `budget-split`; `csirt` (`data-form`, `data-members`); `document` (`data-kind`,
//! `data-state`, `data-overdue`); `forensics` (`data-missing`), `csirt-authority-disconnect`,
//! `csirt-authority-stop`, `csirt-stop-criteria`, `csirt-restore-criteria`; `drills` (`data-in-year`, `data-open`, `data-overdue`) with
//! `overdue-action` (`data-action-id`); `notification` (`data-police`, `data-formats`); `sharing`
//! (`data-alert-sources`, `data-communities`, `data-filed`) with `membership` and `filed-row`;
//! `publication` (`data-link`); `vulnerabilities` (see [`vulnerabilities`]).

mod incident_labels;
mod incidents;
mod labels;
mod vulnerabilities;

use csm_core::readiness::{
    DocumentKind, DocumentState, DocumentStatus, FiledReport, OverdueAction, PublicationEntry, Readiness, csirt_label,
};
use csm_core::snapshot::{CsirtForm, Language, Membership, MembershipKind};
use csm_core::staffing::{BudgetApproval, Resources};
use csm_core::text;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::components::{Column, CountTile, Row, Table, Tone, stat, stat_of, verdict};
use crate::hooks::use_quarter_summary;
use crate::i18n;

use labels::labels;

/// The readiness view of the chosen quarter (renders nothing without one).
#[component]
pub fn ReadinessView() -> Html {
    let Some(chosen) = use_quarter_summary() else {
        return Html::default();
    };
    let lang = chosen.lang;
    let l = labels(lang);
    let r = &chosen.summary.readiness;
    html! {
        <div class="csm-view csm-readiness" data-testid="view-readiness">
            <h2 class="csm-view-title">{ l.title }</h2>
            { people(lang, &chosen.summary.resources) }
            <div class="csm-readiness-top">
                { csirt(lang, r) }
                { drills(lang, r) }
                { notification(lang, r) }
            </div>
            { documents(lang, r) }
            { sharing(lang, r) }
            { publications(lang, r) }
            { incidents::timeline(lang, &r.incidents) }
            { incidents::trend(lang, &chosen.summary) }
            { incidents::plan(lang, &r.incidents) }
            { vulnerabilities::card(lang, &chosen.summary.vulnerabilities) }
        </div>
    }
}

fn csirt_code(c: CsirtForm) -> &'static str {
    c.code()
}

fn csirt(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let form = csirt_label(r.csirt).get(lang).to_owned();
    let c = &r.csirt_design;
    html! {
        <section
            class="csm-card csm-readiness-csirt"
            aria-labelledby="csm-csirt-title"
            data-testid="csirt"
            data-form={csirt_code(r.csirt)}
            data-members={r.csirt_members.to_string()}
        >
            <h3 class="csm-card-title" id="csm-csirt-title">{ l.csirt_title }</h3>
            <dl class="csm-stats">
                { stat(l.form, html! {
                    <>
                        if r.csirt == CsirtForm::None {
                            { verdict(Tone::Bad, form) }
                        } else {
                            { form }
                        }
                    </>
                }) }
                { stat(l.members, labels::members(lang, r.csirt_members)) }
                <div class="csm-stat" data-testid="forensics" data-missing={c.forensics_missing.to_string()}>
                    <dt>{ l.forensics }</dt>
                    <dd>
                        if c.forensics_missing {
                            { verdict(Tone::Caution, l.not_contracted) }
                        } else {
                            { if r.external_forensics { l.contracted } else { l.not_contracted } }
                        }
                    </dd>
                </div>
                { stat_of("csirt-authority-disconnect", l.authority_disconnect, design_flag(lang, c.authority_to_disconnect)) }
                { stat_of("csirt-authority-stop", l.authority_stop, design_flag(lang, c.authority_to_stop_services)) }
                { stat_of("csirt-stop-criteria", l.stop_criteria, design_flag(lang, c.stop_criteria)) }
                { stat_of("csirt-restore-criteria", l.restore_criteria, design_flag(lang, c.restore_criteria)) }
            </dl>
        </section>
    }
}

/// A head-count against the plan's figure: `2（計画 2）`; short of the plan: a caution.
fn against_plan(lang: Language, have: u32, plan: Option<u32>, short: Option<u32>) -> Html {
    let l = labels(lang);
    let have = labels::members(lang, have);
    let plan = match plan {
        Some(n) => format!("{} {}", l.plan, labels::members(lang, n)),
        None => format!("{} {}", l.plan, l.not_recorded),
    };
    html! {
        <>
            if short.is_some() {
                { verdict(Tone::Caution, have) }
            } else {
                <span class="csm-strong">{ have }</span>
            }
            <span class="csm-sub">{ plan }</span>
        </>
    }
}

/// A list of texts, or "not recorded" when empty.
fn text_list(lang: Language, items: &[String]) -> Html {
    if items.is_empty() {
        return html! { <span class="csm-sub">{ labels(lang).not_recorded }</span> };
    }
    html! { <ul class="csm-plain-list">{ for items.iter().map(|x| html! { <li>{ x.clone() }</li> }) }</ul> }
}

/// Item 6: the security budget split pre / during / after incidents (6-1), its approval for the fiscal
/// year in force, and the people against the staffing plan (6-2..6-4).
fn people(lang: Language, r: &Resources) -> Html {
    let l = labels(lang);
    let (b, p) = (&r.budget, &r.people);
    let approval = b.approval.label(lang);
    let approval_tone = if b.approval == BudgetApproval::InForce { Tone::Good } else { Tone::Caution };
    let approved = b.approved_on.map_or_else(|| "—".to_owned(), |d| i18n::date(lang, d));
    html! {
        <section
            class="csm-card csm-readiness-people"
            aria-labelledby="csm-people-title"
            data-testid="people"
            data-approval={b.approval.code()}
            data-security-staff={p.security_staff.to_string()}
            data-qualified={p.qualified.to_string()}
        >
            <h3 class="csm-card-title" id="csm-people-title">{ l.people_title }</h3>
            <dl class="csm-stats">
                { stat(l.budget, b.fiscal_year.clone()) }
                { stat(l.security_budget, html! {
                    <>
                        <span class="csm-strong">{ text::yen(b.security_yen, lang) }</span>
                        <span class="csm-sub">{ format!("{} {}", l.it_budget, text::yen(b.it_yen, lang)) }</span>
                    </>
                }) }
                { stat_of("budget-split", format!("{}・{}・{}", l.pre_incident, l.operations, l.post_incident), html! {
                    <>
                        { format!(
                            "{} ・ {} ・ {}",
                            text::yen(b.pre_incident_yen, lang),
                            text::yen(b.operations_yen, lang),
                            text::yen(b.post_incident_yen, lang)
                        ) }
                    </>
                }) }
                { stat(l.approved_on, html! {
                    <>
                        <span class="csm-strong">{ approved }</span>
                        { verdict(approval_tone, approval) }
                    </>
                }) }
                { stat(l.security_staff, against_plan(lang, p.security_staff, p.needed, p.staff_short)) }
                { stat(l.qualified, against_plan(lang, p.qualified, p.qualified_needed, p.qualified_short)) }
                { stat(l.career_path, design_flag(lang, p.career_path)) }
                { stat(l.evaluation_criteria, design_flag(lang, p.evaluation_criteria)) }
                { stat(l.skills_gaps, text_list(lang, &p.skills_gaps)) }
                { stat(l.external_resources, text_list(lang, &p.external_resources)) }
            </dl>
        </section>
    }
}

fn document_code(kind: DocumentKind) -> &'static str {
    kind.code()
}

/// One recorded yes/no of the CSIRT's design: yes is good, no a caution, absent "not recorded".
fn design_flag(lang: Language, value: Option<bool>) -> Html {
    let l = labels(lang);
    match value {
        Some(true) => html! { { verdict(Tone::Good, l.in_place) } },
        Some(false) => html! { { verdict(Tone::Caution, l.not_in_place) } },
        None => html! { <span class="csm-sub">{ l.not_recorded }</span> },
    }
}

fn documents(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let dash = || "—".to_owned();
    let table = Table::new("csm-table csm-record-table")
        .row(|d: &DocumentStatus| {
            Row::testid("document")
                .data("data-kind", document_code(d.kind))
                .data("data-state", labels::document_code(d.state))
                .data("data-overdue", d.overdue.to_string())
                .data("data-interval-implausible", d.interval_implausible.to_string())
                .data("data-path", d.path.clone())
        })
        .column(Column::row_header(l.document, |d: &DocumentStatus| {
            html! {
                <>
                    { d.kind.name().get(lang).to_owned() }
                    <span class="csm-sub">{ labels::item(lang, d.kind.item()) }</span>
                </>
            }
        }))
        .column(Column::new(l.state, |d: &DocumentStatus| {
            let tone = match d.state {
                DocumentState::Current => Tone::Good,
                DocumentState::Overdue | DocumentState::NeverReviewed | DocumentState::Unapproved => Tone::Caution,
                DocumentState::Missing => Tone::Bad,
            };
            html! { { verdict(tone, labels::document_state(lang, d.state)) } }
        }))
        .column(Column::new(l.approved_by, |d: &DocumentStatus| html! { d.approved_by.clone().unwrap_or_else(dash) }))
        .column(
            Column::new(
                l.last_review,
                |d: &DocumentStatus| html! { d.last_review.map_or_else(dash, |x| i18n::date(lang, x)) },
            )
            .cell_class("csm-date"),
        )
        .column(
            Column::new(l.age, |d: &DocumentStatus| html! { d.age_days.map_or_else(dash, |x| labels::days(lang, x)) })
                .class("csm-num"),
        )
        .column(
            Column::new(l.interval, |d: &DocumentStatus| html! { labels::days(lang, i64::from(d.interval_days)) })
                .class("csm-num"),
        )
        .column(
            Column::new(l.due, |d: &DocumentStatus| html! { d.due.map_or_else(dash, |x| i18n::date(lang, x)) })
                .cell_class("csm-date"),
        )
        .scroll();
    html! {
        <section class="csm-card csm-readiness-documents" aria-labelledby="csm-documents-title">
            <h3 class="csm-card-title" id="csm-documents-title">{ l.documents_title }</h3>
            <p class="csm-lead">{ l.documents_note }</p>
            { table.render(&r.documents) }
        </section>
    }
}

fn drills(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let d = &r.drills;
    let last = match &d.last {
        Some(x) => html! {
            <>
                <span class="csm-strong">{ i18n::date(lang, x.date) }</span>
                <span class="csm-sub">{ labels::days_ago(lang, x.days_ago) }</span>
                <span class="csm-sub"><bdi>{ x.scenario.clone() }</bdi>{ format!("・{}", labels::scope(lang, x.scope)) }</span>
            </>
        },
        None => html! { { verdict(Tone::Bad, l.none) } },
    };
    let actions = Table::new("csm-table csm-record-table")
        .row(|a: &OverdueAction| {
            Row::testid("overdue-action").data("data-action-id", a.id.clone()).data("data-path", a.path.clone())
        })
        .column(Column::row_header(l.action, |a: &OverdueAction| html! { &a.title }))
        .column(Column::new(l.due_date, |a: &OverdueAction| html! { i18n::date(lang, a.due) }).cell_class("csm-date"))
        .column(
            Column::new(l.days_overdue, |a: &OverdueAction| html! { labels::days(lang, a.days_overdue) })
                .class("csm-num"),
        )
        .scroll();
    html! {
        <section
            class="csm-card csm-readiness-drills"
            aria-labelledby="csm-drills-title"
            data-testid="drills"
            data-in-year={d.in_year.to_string()}
            data-open={d.open_actions.to_string()}
            data-overdue={d.overdue_actions.len().to_string()}
        >
            <h3 class="csm-card-title" id="csm-drills-title">{ l.drills_title }</h3>
            <dl class="csm-stats">
                { stat(l.last_drill, last) }
                { stat(l.drills_in_year, html! {
                    <>
                        if d.in_year == 0 {
                            { verdict(Tone::Bad, labels::items(lang, 0)) }
                        } else {
                            { labels::items(lang, d.in_year) }
                        }
                    </>
                }) }
                { stat(l.executive_in_year, if d.executive_in_year { l.yes } else { l.no }) }
                { stat(l.open_actions, labels::items(lang, d.open_actions)) }
                { stat(l.overdue_actions, verdict(if d.overdue_actions.is_empty() { Tone::Good } else { Tone::Bad }, labels::items(lang, d.overdue_actions.len()))) }
            </dl>
            if d.overdue_actions.is_empty() {
                <p class="csm-muted">{ l.no_overdue }</p>
            } else {
                { actions.render(&d.overdue_actions) }
            }
        </section>
    }
}

fn notification(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let n = &r.notification;
    html! {
        <section
            class="csm-card csm-readiness-notification"
            aria-labelledby="csm-notification-title"
            data-testid="notification"
            data-police={n.includes_police.to_string()}
            data-formats={n.report_formats.len().to_string()}
        >
            <h3 class="csm-card-title" id="csm-notification-title">{ l.notification_title }</h3>
            <dl class="csm-stats">
                { stat(l.list, verdict(if n.list_present { Tone::Good } else { Tone::Bad }, if n.list_present { l.present } else { l.missing })) }
                { stat(l.police, verdict(if n.includes_police { Tone::Good } else { Tone::Caution }, if n.includes_police { l.listed } else { l.not_listed })) }
            </dl>
            <h4 class="csm-subtitle">{ l.formats }</h4>
            if n.report_formats.is_empty() {
                <p class="csm-muted">{ l.no_formats }</p>
            } else {
                <ul class="csm-list">
                    { for n.report_formats.iter().map(|f| html! { <li>{ f }</li> }) }
                </ul>
            }
        </section>
    }
}

fn sharing(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let s = &r.sharing;
    let memberships = Table::new("csm-table csm-record-table")
        .row(|m: &Membership| {
            let kind = match m.kind {
                MembershipKind::AlertSource => "alert_source",
                MembershipKind::Community => "community",
            };
            Row::testid("membership").data("data-kind", kind)
        })
        .column(Column::row_header(l.body, |m: &Membership| html! { &m.body }))
        .column(Column::new(l.kind, |m: &Membership| html! { labels::membership(lang, m.kind) }))
        .column(Column::new(l.contact, |m: &Membership| html! { &m.contact }))
        .column(Column::new(l.since, |m: &Membership| html! { i18n::date(lang, m.since) }).cell_class("csm-date"))
        .scroll();
    let filed = Table::new("csm-table csm-record-table")
        .row(|f: &FiledReport| Row::testid("filed-row").data("data-path", f.path.clone()))
        .column(Column::new(l.date, |f: &FiledReport| html! { i18n::date(lang, f.date) }).cell_class("csm-date"))
        .column(Column::new(l.to, |f: &FiledReport| html! { labels::recipient(lang, f.to) }))
        .column(Column::new(l.subject, |f: &FiledReport| html! { &f.subject }))
        .column(Column::new(
            l.incident,
            |f: &FiledReport| html! { f.incident.clone().unwrap_or_else(|| "—".to_owned()) },
        ))
        .scroll();
    html! {
        <section
            class="csm-card csm-readiness-sharing"
            aria-labelledby="csm-sharing-title"
            data-testid="sharing"
            data-alert-sources={s.alert_sources.to_string()}
            data-communities={s.communities.to_string()}
            data-filed={s.reports_in_year.to_string()}
        >
            <h3 class="csm-card-title" id="csm-sharing-title">{ l.sharing_title }</h3>
            <ul class="csm-tiles">
                <CountTile n={s.alert_sources as u64} word={html! { l.alert_sources }} />
                <CountTile n={s.communities as u64} word={html! { l.communities }} />
                <CountTile n={s.reports_in_year as u64} word={html! { l.reports_filed }} />
                <CountTile n={s.reports_to_ipa_or_jpcert as u64} word={html! { l.to_ipa }} />
            </ul>
            if s.memberships.is_empty() {
                <p class="csm-muted">{ l.no_memberships }</p>
            } else {
                { memberships.render(&s.memberships) }
            }
            <h4 class="csm-subtitle">{ l.filed_title }</h4>
            if s.filed.is_empty() {
                <p class="csm-muted">{ l.no_filed }</p>
            } else {
                { filed.render(&s.filed) }
            }
        </section>
    }
}

fn publications(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let publications = &r.notification.publications;
    let title = |p: &PublicationEntry| match (&p.link, &p.url) {
        (Some(href), _) => html! {
            <a class="csm-link" href={href.clone()} target="_blank" rel="noopener noreferrer">
                <bdi>{ &p.title }</bdi>
                <span class="csm-sr-only">{ l.new_tab }</span>
            </a>
        },
        (None, Some(url)) => html! {
            <>
                <bdi>{ &p.title }</bdi>
                <span class="csm-sub csm-break"><bdi>{ url }</bdi>{ " " }{ l.not_a_link }</span>
            </>
        },
        (None, None) => html! { { &p.title } },
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|p: &PublicationEntry| {
            Row::testid("publication").data("data-link", p.link.is_some().to_string()).data("data-path", p.path.clone())
        })
        .column(Column::new(l.date, |p: &PublicationEntry| html! { i18n::date(lang, p.date) }).cell_class("csm-date"))
        .column(Column::new(l.kind, |p: &PublicationEntry| html! { labels::publication(lang, p.kind) }))
        .column(Column::new(l.pub_title, title))
        .scroll();
    html! {
        <section class="csm-card csm-readiness-publications" aria-labelledby="csm-publications-title">
            <h3 class="csm-card-title" id="csm-publications-title">{ l.publications_title }</h3>
            <p class="csm-lead">{ l.publications_note }</p>
            if publications.is_empty() {
                <p class="csm-muted">{ l.no_publications }</p>
            } else {
                { table.render(publications) }
            }
        </section>
    }
}

//! Readiness for an incident and its aftermath (8, 9, 10, (4)-4): the CSIRT, the four documents
//! reviewed on a schedule, drills and follow-up actions, notifying outside parties (police, report
//! formats), information sharing and public disclosure. A publication's URL becomes a link only when
//! it is http(s) ([`model::safe_link`]), with `rel="noopener noreferrer"`.
//!
//! Test hooks: `view-readiness`; `csirt` (`data-form`, `data-members`); `document` (`data-kind`,
//! `data-state`, `data-overdue`); `drills` (`data-in-year`, `data-open`, `data-overdue`) with
//! `overdue-action` (`data-action-id`); `notification` (`data-police`, `data-formats`); `sharing`
//! (`data-alert-sources`, `data-communities`, `data-filed`) with `membership` and `filed-row`;
//! `publication` (`data-link`).

mod labels;
mod model;

use std::rc::Rc;

use csm_core::period::Period;
use csm_core::readiness::{DocumentKind, DocumentState, DocumentStatus, Readiness, csirt_label};
use csm_core::snapshot::{CsirtForm, Language, MembershipKind};
use csm_core::summary::BoardSummary;
use yew::prelude::*;

use crate::components::{Tone, Verdict};
use crate::i18n;
use crate::store::{Export, Store};

use labels::labels;
use model::Listed;

/// The readiness view of the chosen quarter (renders nothing without one).
#[component]
pub fn ReadinessView() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let (Some(summary), Some(current)) = (store.summary.clone(), store.current.as_ref()) else {
        return Html::default();
    };
    html! { <ReadinessBody export={current.export.clone()} {summary} lang={store.language} /> }
}

/// Props of [`ReadinessBody`].
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

#[component]
fn ReadinessBody(props: &BodyProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let r = &props.summary.readiness;
    let listed = use_memo((props.export.clone(), props.summary.quarter), |(export, quarter)| {
        Period::new(&export.snapshot, *quarter).ok().map(|p| model::listed(&p))
    });
    let Some(listed) = listed.as_ref() else {
        return Html::default();
    };
    html! {
        <div class="csm-view csm-readiness" data-testid="view-readiness">
            <h2 class="csm-view-title">{ l.title }</h2>
            <div class="csm-readiness-top">
                { csirt(lang, r) }
                { drills(lang, r) }
                { notification(lang, r) }
            </div>
            { documents(lang, r) }
            { sharing(lang, r, listed) }
            { publications(lang, listed) }
        </div>
    }
}

fn csirt_code(c: CsirtForm) -> &'static str {
    match c {
        CsirtForm::None => "none",
        CsirtForm::Virtual => "virtual",
        CsirtForm::Concurrent => "concurrent",
        CsirtForm::Dedicated => "dedicated",
    }
}

fn csirt(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let form = csirt_label(r.csirt).get(lang).to_owned();
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
                <div class="csm-stat">
                    <dt>{ l.form }</dt>
                    <dd>
                        if r.csirt == CsirtForm::None {
                            <Verdict tone={Tone::Bad} word={form} />
                        } else {
                            { form }
                        }
                    </dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.members }</dt>
                    <dd>{ labels::members(lang, r.csirt_members) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.forensics }</dt>
                    <dd>{ if r.external_forensics { l.contracted } else { l.not_contracted } }</dd>
                </div>
            </dl>
        </section>
    }
}

fn document_code(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::ContactList => "contact_list",
        DocumentKind::ResponseManual => "response_manual",
        DocumentKind::NotificationList => "notification_list",
        DocumentKind::ExecutiveReportingRules => "executive_reporting_rules",
    }
}

fn documents(lang: Language, r: &Readiness) -> Html {
    let l = labels(lang);
    let row = |d: &DocumentStatus| {
        let tone = match d.state {
            DocumentState::Current => Tone::Good,
            DocumentState::Overdue | DocumentState::NeverReviewed => Tone::Caution,
            DocumentState::Missing => Tone::Bad,
        };
        let dash = || "—".to_owned();
        html! {
            <tr
                data-testid="document"
                data-kind={document_code(d.kind)}
                data-state={labels::document_code(d.state)}
                data-overdue={d.overdue.to_string()}
                data-path={d.path.clone()}
            >
                <th scope="row">
                    { d.kind.name().get(lang).to_owned() }
                    <span class="csm-sub">{ labels::item(lang, d.kind.item()) }</span>
                </th>
                <td><Verdict {tone} word={labels::document_state(lang, d.state)} /></td>
                <td>{ d.approved_by.clone().unwrap_or_else(dash) }</td>
                <td class="csm-date">{ d.last_review.map_or_else(dash, |x| i18n::date(lang, x)) }</td>
                <td class="csm-num">{ d.age_days.map_or_else(dash, |x| labels::days(lang, x)) }</td>
                <td class="csm-num">{ labels::days(lang, i64::from(d.interval_days)) }</td>
                <td class="csm-date">{ d.due.map_or_else(dash, |x| i18n::date(lang, x)) }</td>
            </tr>
        }
    };
    html! {
        <section class="csm-card csm-readiness-documents" aria-labelledby="csm-documents-title">
            <h3 class="csm-card-title" id="csm-documents-title">{ l.documents_title }</h3>
            <p class="csm-lead">{ l.documents_note }</p>
            <div class="csm-table-scroll">
                <table class="csm-table csm-record-table">
                    <thead>
                        <tr>
                            <th scope="col">{ l.document }</th>
                            <th scope="col">{ l.state }</th>
                            <th scope="col">{ l.approved_by }</th>
                            <th scope="col">{ l.last_review }</th>
                            <th scope="col" class="csm-num">{ l.age }</th>
                            <th scope="col" class="csm-num">{ l.interval }</th>
                            <th scope="col">{ l.due }</th>
                        </tr>
                    </thead>
                    <tbody>{ for r.documents.iter().map(row) }</tbody>
                </table>
            </div>
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
                <span class="csm-sub">{ format!("{}・{}", x.scenario, labels::scope(lang, x.scope)) }</span>
            </>
        },
        None => html! { <Verdict tone={Tone::Bad} word={l.none} /> },
    };
    let action = |a: &csm_core::readiness::OverdueAction| {
        html! {
            <tr data-testid="overdue-action" data-action-id={a.id.clone()} data-path={a.path.clone()}>
                <th scope="row">{ &a.title }</th>
                <td class="csm-date">{ i18n::date(lang, a.due) }</td>
                <td class="csm-num">{ labels::days(lang, a.days_overdue) }</td>
            </tr>
        }
    };
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
                <div class="csm-stat">
                    <dt>{ l.last_drill }</dt>
                    <dd>{ last }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.drills_in_year }</dt>
                    <dd>
                        if d.in_year == 0 {
                            <Verdict tone={Tone::Bad} word={labels::items(lang, 0)} />
                        } else {
                            { labels::items(lang, d.in_year) }
                        }
                    </dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.executive_in_year }</dt>
                    <dd>{ if d.executive_in_year { l.yes } else { l.no } }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.open_actions }</dt>
                    <dd>{ labels::items(lang, d.open_actions) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.overdue_actions }</dt>
                    <dd>
                        <Verdict
                            tone={if d.overdue_actions.is_empty() { Tone::Good } else { Tone::Bad }}
                            word={labels::items(lang, d.overdue_actions.len())}
                        />
                    </dd>
                </div>
            </dl>
            if d.overdue_actions.is_empty() {
                <p class="csm-muted">{ l.no_overdue }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.action }</th>
                                <th scope="col">{ l.due_date }</th>
                                <th scope="col" class="csm-num">{ l.days_overdue }</th>
                            </tr>
                        </thead>
                        <tbody>{ for d.overdue_actions.iter().map(action) }</tbody>
                    </table>
                </div>
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
                <div class="csm-stat">
                    <dt>{ l.list }</dt>
                    <dd>
                        <Verdict
                            tone={if n.list_present { Tone::Good } else { Tone::Bad }}
                            word={if n.list_present { l.present } else { l.missing }}
                        />
                    </dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.police }</dt>
                    <dd>
                        <Verdict
                            tone={if n.includes_police { Tone::Good } else { Tone::Caution }}
                            word={if n.includes_police { l.listed } else { l.not_listed }}
                        />
                    </dd>
                </div>
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

fn sharing(lang: Language, r: &Readiness, listed: &Listed) -> Html {
    let l = labels(lang);
    let s = &r.sharing;
    let membership = |m: &csm_core::snapshot::Membership| {
        let kind = match m.kind {
            MembershipKind::AlertSource => "alert_source",
            MembershipKind::Community => "community",
        };
        html! {
            <tr data-testid="membership" data-kind={kind}>
                <th scope="row">{ &m.body }</th>
                <td>{ labels::membership(lang, m.kind) }</td>
                <td>{ &m.contact }</td>
                <td class="csm-date">{ i18n::date(lang, m.since) }</td>
            </tr>
        }
    };
    let filed = |f: &model::FiledRow| {
        html! {
            <tr data-testid="filed-row" data-path={f.path.clone()}>
                <td class="csm-date">{ i18n::date(lang, f.date) }</td>
                <td>{ labels::recipient(lang, f.to) }</td>
                <td>{ &f.subject }</td>
                <td>{ f.incident.clone().unwrap_or_else(|| "—".to_owned()) }</td>
            </tr>
        }
    };
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
                <li class="csm-tile">
                    <span class="csm-tile-n">{ i18n::count(s.alert_sources as u64) }</span>
                    <span class="csm-tile-word">{ l.alert_sources }</span>
                </li>
                <li class="csm-tile">
                    <span class="csm-tile-n">{ i18n::count(s.communities as u64) }</span>
                    <span class="csm-tile-word">{ l.communities }</span>
                </li>
                <li class="csm-tile">
                    <span class="csm-tile-n">{ i18n::count(s.reports_in_year as u64) }</span>
                    <span class="csm-tile-word">{ l.reports_filed }</span>
                </li>
                <li class="csm-tile">
                    <span class="csm-tile-n">{ i18n::count(s.reports_to_ipa_or_jpcert as u64) }</span>
                    <span class="csm-tile-word">{ l.to_ipa }</span>
                </li>
            </ul>
            if listed.memberships.is_empty() {
                <p class="csm-muted">{ l.no_memberships }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.body }</th>
                                <th scope="col">{ l.kind }</th>
                                <th scope="col">{ l.contact }</th>
                                <th scope="col">{ l.since }</th>
                            </tr>
                        </thead>
                        <tbody>{ for listed.memberships.iter().map(membership) }</tbody>
                    </table>
                </div>
            }
            <h4 class="csm-subtitle">{ l.filed_title }</h4>
            if listed.filed.is_empty() {
                <p class="csm-muted">{ l.no_filed }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.date }</th>
                                <th scope="col">{ l.to }</th>
                                <th scope="col">{ l.subject }</th>
                                <th scope="col">{ l.incident }</th>
                            </tr>
                        </thead>
                        <tbody>{ for listed.filed.iter().map(filed) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn publications(lang: Language, listed: &Listed) -> Html {
    let l = labels(lang);
    let row = |p: &model::PublicationRow| {
        let title = match (&p.link, &p.url) {
            (Some(href), _) => html! {
                <a class="csm-link" href={href.clone()} target="_blank" rel="noopener noreferrer">
                    { &p.title }
                    <span class="csm-sr-only">{ l.new_tab }</span>
                </a>
            },
            (None, Some(url)) => html! {
                <>
                    { &p.title }
                    <span class="csm-sub csm-break">{ url }{ " " }{ l.not_a_link }</span>
                </>
            },
            (None, None) => html! { { &p.title } },
        };
        html! {
            <tr data-testid="publication" data-link={p.link.is_some().to_string()} data-path={p.path.clone()}>
                <td class="csm-date">{ i18n::date(lang, p.date) }</td>
                <td>{ labels::publication(lang, p.kind) }</td>
                <td>{ title }</td>
            </tr>
        }
    };
    html! {
        <section class="csm-card csm-readiness-publications" aria-labelledby="csm-publications-title">
            <h3 class="csm-card-title" id="csm-publications-title">{ l.publications_title }</h3>
            <p class="csm-lead">{ l.publications_note }</p>
            if listed.publications.is_empty() {
                <p class="csm-muted">{ l.no_publications }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.date }</th>
                                <th scope="col">{ l.kind }</th>
                                <th scope="col">{ l.pub_title }</th>
                            </tr>
                        </thead>
                        <tbody>{ for listed.publications.iter().map(row) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

//! PDCA and reporting (4-1, 4-2, 付録3 (4)-1 and (4)-2): each area's phase as a four-step indicator
//! with days in phase, planned against actual cycle and overdue reviews; the last 12 months of
//! reporting to the executive as a calendar strip; the year's audits and security tests.
//!
//! Test hooks: `view-pdca` (`data-overdue-reviews`); `pdca-area` (`data-area`, `data-phase`,
//! `data-overdue`, `data-days-in-phase`); `month-cell` (`data-month`, `data-status`, `data-progress`,
//! `data-state`); `cadence` (`data-progress`, `data-status`, `data-missing`); `audits` (one
//! `data-<kind>` count per kind) with `audit-row` (`data-kind`); `report-row` (`data-kind`).

mod labels;
mod model;

use std::rc::Rc;

use csm_core::pdca::{Pdca, PdcaArea, phase_label};
use csm_core::period::Period;
use csm_core::snapshot::{AuditKind, Language};
use csm_core::summary::BoardSummary;
use yew::prelude::*;

use crate::components::{Shape, Tone, Verdict};
use crate::i18n;
use crate::store::{Export, Store};

use labels::labels;
use model::{AuditRow, Month, MonthState, ReportRow};

/// The PDCA view of the chosen quarter (renders nothing without one).
#[component]
pub fn PdcaView() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let (Some(summary), Some(current)) = (store.summary.clone(), store.current.as_ref()) else {
        return Html::default();
    };
    html! { <PdcaBody export={current.export.clone()} {summary} lang={store.language} /> }
}

/// Props of [`PdcaBody`].
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

/// What the view lists from the year's records.
struct Listed {
    months: Vec<Month>,
    reports: Vec<ReportRow>,
    audits: Vec<AuditRow>,
}

#[component]
fn PdcaBody(props: &BodyProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let p = &props.summary.pdca;
    let listed = use_memo((props.export.clone(), props.summary.quarter), |(export, quarter)| {
        Period::new(&export.snapshot, *quarter).ok().map(|period| Listed {
            months: model::months(&period, &csm_core::pdca::cadence(&period)),
            reports: model::reports(&period),
            audits: model::audits(&period),
        })
    });
    let Some(listed) = listed.as_ref() else {
        return Html::default();
    };
    html! {
        <div class="csm-view csm-pdca" data-testid="view-pdca" data-overdue-reviews={p.overdue_reviews.to_string()}>
            <h2 class="csm-view-title">{ l.title }</h2>
            { areas(lang, p) }
            { cadence(lang, p, &listed.months, &listed.reports, props.summary.year_covered) }
            { audits(lang, p, &listed.audits) }
        </div>
    }
}

/// The four steps with the current one marked and named.
fn steps(lang: Language, a: &PdcaArea) -> Html {
    let l = labels(lang);
    let current = labels::STEPS.iter().position(|s| *s == a.phase).unwrap_or(0);
    let step = |(i, s): (usize, &csm_core::snapshot::Phase)| {
        let state = match i.cmp(&current) {
            std::cmp::Ordering::Less => "is-done",
            std::cmp::Ordering::Equal => "is-current",
            std::cmp::Ordering::Greater => "is-next",
        };
        html! {
            <li
                class={classes!("csm-pdca-step", state)}
                aria-current={(i == current).then_some("step")}
                title={phase_label(*s).get(lang).to_owned()}
            >
                <span aria-hidden="true">{ labels::letter(*s) }</span>
                <span class="csm-sr-only">{ phase_label(*s).get(lang).to_owned() }</span>
            </li>
        }
    };
    html! {
        <div class="csm-pdca-phase">
            <ol class="csm-pdca-steps" aria-label={l.steps}>{ for labels::STEPS.iter().enumerate().map(step) }</ol>
            <span class="csm-pdca-now">
                { labels::pair(lang, l.current, "") }<strong>{ phase_label(a.phase).get(lang).to_owned() }</strong>
            </span>
        </div>
    }
}

fn areas(lang: Language, p: &Pdca) -> Html {
    let l = labels(lang);
    let row = |a: &PdcaArea| {
        let review = if a.review_overdue {
            html! { <Verdict tone={Tone::Bad} word={labels::overdue_by(lang, a.days_overdue)} /> }
        } else {
            html! { <Verdict tone={Tone::Good} word={l.on_schedule} /> }
        };
        let actual = match (a.actual_cycle_days, a.cycle_basis) {
            (Some(days), Some(basis)) => html! {
                <>
                    <span class={classes!("csm-pdca-days", a.cycle_overrun.then_some("is-over"))}>{ labels::days(lang, days) }</span>
                    <span class="csm-sub">{ labels::basis(lang, basis) }</span>
                    if a.cycle_overrun {
                        <span class="csm-flag"><Shape tone={Tone::Caution} />{ l.overrun }</span>
                    }
                </>
            },
            _ => html! { <span class="csm-muted">{ l.unknown }</span> },
        };
        html! {
            <tr
                data-testid="pdca-area"
                data-area={a.id.clone()}
                data-phase={labels::phase_code(a.phase)}
                data-overdue={a.review_overdue.to_string()}
                data-days-in-phase={a.days_in_phase.map(|d| d.to_string())}
                data-path={a.path.clone()}
            >
                <th scope="row">{ a.area.get(lang) }</th>
                <td>{ steps(lang, a) }</td>
                <td class="csm-num">
                    { a.days_in_phase.map_or_else(|| "—".to_owned(), |d| labels::days(lang, d)) }
                    if let Some(since) = a.phase_since {
                        <span class="csm-sub">{ i18n::date(lang, since) }</span>
                    }
                </td>
                <td class="csm-num">{ labels::days(lang, i64::from(a.planned_cycle_days)) }</td>
                <td class="csm-num">{ actual }</td>
                <td>
                    <span class="csm-date">{ i18n::date(lang, a.next_review) }</span>
                    { review }
                </td>
            </tr>
        }
    };
    html! {
        <section class="csm-card csm-pdca-areas" aria-labelledby="csm-pdca-areas-title">
            <div class="csm-card-head">
                <h3 class="csm-card-title" id="csm-pdca-areas-title">{ l.areas_title }</h3>
                <span class="csm-pill" data-testid="overdue-reviews">
                    <Shape tone={if p.overdue_reviews > 0 { Tone::Bad } else { Tone::Good }} />
                    { labels::pair(lang, l.overdue_reviews, &i18n::count(p.overdue_reviews as u64)) }
                </span>
            </div>
            <p class="csm-lead">{ l.areas_note }</p>
            if p.areas.is_empty() {
                <p class="csm-muted">{ l.no_areas }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table csm-pdca-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.area }</th>
                                <th scope="col">{ l.phase }</th>
                                <th scope="col" class="csm-num">{ l.days_in_phase }</th>
                                <th scope="col" class="csm-num">{ l.planned }</th>
                                <th scope="col" class="csm-num">{ l.actual }</th>
                                <th scope="col">{ l.next_review }</th>
                            </tr>
                        </thead>
                        <tbody>{ for p.areas.iter().map(row) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn cadence(lang: Language, p: &Pdca, months: &[Month], reports: &[ReportRow], year_covered: bool) -> Html {
    let l = labels(lang);
    let c = &p.cadence;
    let cell = |m: &Month| {
        let state_word = match m.state {
            MonthState::Reported => l.month_reported,
            MonthState::Missing => l.month_missing,
            MonthState::InProgress => l.month_in_progress,
            MonthState::NoData => l.month_no_data,
        };
        html! {
            <li
                class={classes!("csm-month", format!("is-{}", m.state.code()))}
                data-testid="month-cell"
                data-month={m.key.clone()}
                data-status={m.status_reports.to_string()}
                data-progress={m.progress_reports.to_string()}
                data-state={m.state.code()}
            >
                <span class="csm-month-name">{ labels::month(lang, m.year, m.month) }</span>
                <span class="csm-month-count">
                    <span class="csm-month-label">{ l.status_short }</span>
                    <span class="csm-month-n">{ m.status_reports }</span>
                </span>
                <span class="csm-month-count">
                    <span class="csm-month-label">{ l.progress_short }</span>
                    <span class="csm-month-n">{ m.progress_reports }</span>
                </span>
                <span class="csm-month-state">
                    if m.state == MonthState::Missing {
                        <Shape tone={Tone::Bad} />
                    }
                    { state_word }
                </span>
            </li>
        }
    };
    let flag = |ok: bool| {
        if ok {
            html! { <Verdict tone={Tone::Good} word={l.meets} /> }
        } else {
            html! { <Verdict tone={Tone::Bad} word={l.below} /> }
        }
    };
    let report_row = |r: &ReportRow| {
        html! {
            <tr data-testid="report-row" data-kind={labels::report_code(r.kind)} data-path={r.path.clone()}>
                <td class="csm-date">{ i18n::date(lang, r.date) }</td>
                <td>{ labels::report_kind(lang, r.kind) }</td>
                <td>{ &r.forum }</td>
                <td>{ &r.summary }</td>
            </tr>
        }
    };
    html! {
        <section
            class="csm-card csm-pdca-cadence"
            aria-labelledby="csm-pdca-cadence-title"
            data-testid="cadence"
            data-progress={c.progress_reports.to_string()}
            data-status={c.status_reports.to_string()}
            data-missing={c.months_missing.len().to_string()}
        >
            <h3 class="csm-card-title" id="csm-pdca-cadence-title">{ l.reporting_title }</h3>
            <p class="csm-lead">{ l.reporting_note }</p>
            <dl class="csm-stats">
                <div class="csm-stat">
                    <dt>{ l.progress }</dt>
                    <dd>{ labels::times(lang, c.progress_reports) }<span class="csm-sub">{ l.progress_rule }</span></dd>
                    <dd>{ flag(c.progress_ok) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.status }</dt>
                    <dd>{ labels::times(lang, c.status_reports) }<span class="csm-sub">{ l.status_rule }</span></dd>
                    <dd>{ flag(c.months_missing.is_empty()) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.months_missing }</dt>
                    <dd>{ labels::months(lang, c.months_missing.len()) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.other_reports }</dt>
                    <dd>{ labels::times(lang, c.other_reports) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.last_progress }</dt>
                    <dd>{ c.last_progress_report.map_or_else(|| l.none.to_owned(), |d| i18n::date(lang, d)) }</dd>
                </div>
            </dl>
            <ol class="csm-months" aria-label={l.reporting_title}>{ for months.iter().map(cell) }</ol>
            if !year_covered {
                <p class="csm-lead">{ l.partial_year }</p>
            }
            <h4 class="csm-subtitle">{ l.reports_title }</h4>
            if reports.is_empty() {
                <p class="csm-muted">{ l.no_reports }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.date }</th>
                                <th scope="col">{ l.kind }</th>
                                <th scope="col">{ l.forum }</th>
                                <th scope="col">{ l.summary }</th>
                            </tr>
                        </thead>
                        <tbody>{ for reports.iter().map(report_row) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn audit_code(kind: AuditKind) -> &'static str {
    match kind {
        AuditKind::Internal => "internal",
        AuditKind::External => "external",
        AuditKind::StatutoryAuditor => "statutory_auditor",
        AuditKind::VulnerabilityAssessment => "vulnerability_assessment",
        AuditKind::PenetrationTest => "penetration_test",
    }
}

fn audits(lang: Language, p: &Pdca, rows: &[AuditRow]) -> Html {
    let l = labels(lang);
    let a = &p.audits;
    let count = |kind: AuditKind| match kind {
        AuditKind::Internal => a.internal,
        AuditKind::External => a.external,
        AuditKind::StatutoryAuditor => a.statutory_auditor,
        AuditKind::VulnerabilityAssessment => a.vulnerability_assessments,
        AuditKind::PenetrationTest => a.penetration_tests,
    };
    let tile = |kind: AuditKind| {
        html! {
            <li class="csm-tile" data-kind={audit_code(kind)}>
                <span class="csm-tile-n">{ count(kind) }</span>
                <span class="csm-tile-word">{ labels::audit_kind(lang, kind) }</span>
            </li>
        }
    };
    let check = |name: &'static str, ok: bool, last: Option<csm_core::calendar::Date>| {
        html! {
            <li class="csm-check">
                <Verdict tone={if ok { Tone::Good } else { Tone::Bad }} word={if ok { l.meets } else { l.below }} />
                <span class="csm-check-name">{ name }</span>
                <span class="csm-sub">
                    { labels::pair(lang, l.last, &last.map_or_else(|| l.none.to_owned(), |d| i18n::date(lang, d))) }
                </span>
            </li>
        }
    };
    let row = |r: &AuditRow| {
        html! {
            <tr data-testid="audit-row" data-kind={audit_code(r.kind)} data-path={r.path.clone()}>
                <td class="csm-date">{ i18n::date(lang, r.date) }</td>
                <td>{ labels::audit_kind(lang, r.kind) }</td>
                <td>{ &r.auditor }</td>
                <td>{ &r.scope }</td>
            </tr>
        }
    };
    html! {
        <section
            class="csm-card csm-pdca-audits"
            aria-labelledby="csm-pdca-audits-title"
            data-testid="audits"
            data-internal={a.internal.to_string()}
            data-external={a.external.to_string()}
            data-statutory-auditor={a.statutory_auditor.to_string()}
            data-vulnerability-assessment={a.vulnerability_assessments.to_string()}
            data-penetration-test={a.penetration_tests.to_string()}
        >
            <h3 class="csm-card-title" id="csm-pdca-audits-title">{ l.audits_title }</h3>
            <p class="csm-lead">{ l.audits_note }</p>
            <ul class="csm-checks">
                { check(l.audit, a.audit_ok, a.last_audit) }
                { check(l.security_test, a.security_test_ok, a.last_security_test) }
            </ul>
            <ul class="csm-tiles">{ for labels::AUDIT_KINDS.iter().copied().map(tile) }</ul>
            if rows.is_empty() {
                <p class="csm-muted">{ l.no_audits }</p>
            } else {
                <div class="csm-table-scroll">
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.date }</th>
                                <th scope="col">{ l.kind }</th>
                                <th scope="col">{ l.auditor }</th>
                                <th scope="col">{ l.scope }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows.iter().map(row) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

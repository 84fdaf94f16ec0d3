//! PDCA and reporting (4-1, 4-2, 付録3 (4)-1 and (4)-2): each area's phase as a four-step indicator
//! with days in phase, planned against actual cycle and overdue reviews; the last 12 months of
//! reporting to the executive as a calendar strip; the year's audits and security tests; the executive's
//! own decisions, the board's directives and the treatment actions (0-4, 4-2, 3-4).
//!
//! Test hooks: `view-pdca` (`data-overdue-reviews`); `pdca-area` (`data-area`, `data-phase`,
//! `data-overdue`, `data-days-in-phase`); `month-cell` (`data-month`, `data-status`, `data-progress`,
//! `data-state`); `cadence` (`data-progress`, `data-status`, `data-missing`); `audits` (one
//! `data-<kind>` count per kind) with `audit-row` (`data-kind`); `report-row` (`data-kind`); the
//! executive's decisions, directives and actions: see `board`.

mod board;
mod labels;

use csm_core::pdca::{AuditEntry, MonthReports, MonthStanding, Pdca, PdcaArea, ReportEntry, phase_label};
use csm_core::snapshot::{AuditKind, Language};
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::components::{Column, CountTile, Row, Table, Tone, shape, stat, verdict};
use crate::hooks::use_quarter_summary;
use crate::i18n;

use labels::labels;

/// The PDCA view of the chosen quarter (renders nothing without one).
#[component]
pub fn PdcaView() -> Html {
    let Some(chosen) = use_quarter_summary() else {
        return Html::default();
    };
    let lang = chosen.lang;
    let l = labels(lang);
    let p = &chosen.summary.pdca;
    html! {
        <div class="csm-view csm-pdca" data-testid="view-pdca" data-overdue-reviews={p.overdue_reviews.to_string()}>
            <h2 class="csm-view-title">{ l.title }</h2>
            { areas(lang, p) }
            { cadence(lang, p, chosen.summary.year_covered) }
            { audits(lang, p) }
            { board::board(lang, &chosen.summary) }
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
        Row::testid("pdca-area")
            .data("data-area", a.id.clone())
            .data("data-phase", labels::phase_code(a.phase))
            .data("data-overdue", a.review_overdue.to_string())
            .data("data-cycle-overdue", a.cycle_overdue.to_string())
            .data("data-checked", a.checked.to_string())
            .data_opt("data-days-in-phase", a.days_in_phase.map(|d| d.to_string()))
            .data("data-path", a.path.clone())
    };
    let review = |a: &PdcaArea| {
        let review = if a.review_overdue {
            html! { { verdict(Tone::Bad, labels::overdue_by(lang, a.days_overdue)) } }
        } else {
            html! { { verdict(Tone::Good, l.on_schedule) } }
        };
        html! {
            <>
                <span class="csm-date">{ i18n::date(lang, a.next_review) }</span>
                { review }
            </>
        }
    };
    let actual = |a: &PdcaArea| match (a.actual_cycle_days, a.cycle_basis) {
        (Some(days), Some(basis)) => html! {
            <>
                <span class={classes!("csm-pdca-days", a.cycle_overrun.then_some("is-over"))}>{ labels::days(lang, days) }</span>
                <span class="csm-sub">{ labels::basis(lang, basis) }</span>
                if a.cycle_overrun {
                    <span class="csm-flag">{ shape(Tone::Caution) }{ l.overrun }</span>
                }
            </>
        },
        _ => html! { <span class="csm-muted">{ l.unknown }</span> },
    };
    let table = Table::new("csm-table csm-record-table csm-pdca-table")
        .row(row)
        .column(Column::row_header(l.area, |a: &PdcaArea| html! { a.area.get(lang) }))
        .column(Column::new(l.phase, |a: &PdcaArea| steps(lang, a)))
        .column(
            Column::new(l.days_in_phase, |a: &PdcaArea| {
                html! {
                    <>
                        { a.days_in_phase.map_or_else(|| "—".to_owned(), |d| labels::days(lang, d)) }
                        if let Some(since) = a.phase_since {
                            <span class="csm-sub">{ i18n::date(lang, since) }</span>
                        }
                    </>
                }
            })
            .class("csm-num"),
        )
        .column(
            Column::new(l.planned, |a: &PdcaArea| {
                html! {
                    <>
                        { labels::days(lang, i64::from(a.planned_cycle_days)) }
                        if a.cycle_overdue {
                            { verdict(Tone::Caution, labels::cycle_over_by(lang, a.cycle_days_over)) }
                        }
                        if !a.checked {
                            { verdict(if a.first_cycle_over { Tone::Caution } else { Tone::Neutral }, labels::not_checked(lang)) }
                        }
                    </>
                }
            })
            .class("csm-num"),
        )
        .column(Column::new(l.actual, actual).class("csm-num"))
        .column(Column::new(l.next_review, review))
        .scroll();
    html! {
        <section class="csm-card csm-pdca-areas" aria-labelledby="csm-pdca-areas-title">
            <div class="csm-card-head">
                <h3 class="csm-card-title" id="csm-pdca-areas-title">{ l.areas_title }</h3>
                <span class="csm-pill" data-testid="overdue-reviews">
                    { shape(if p.overdue_reviews > 0 { Tone::Bad } else { Tone::Good }) }
                    { labels::pair(lang, l.overdue_reviews, &i18n::count(p.overdue_reviews as u64)) }
                </span>
            </div>
            <p class="csm-lead">{ l.areas_note }</p>
            if p.areas.is_empty() {
                <p class="csm-muted">{ l.no_areas }</p>
            } else {
                { table.render(&p.areas) }
            }
        </section>
    }
}

fn cadence(lang: Language, p: &Pdca, year_covered: bool) -> Html {
    let l = labels(lang);
    let c = &p.cadence;
    let cell = |m: &MonthReports| {
        let standing = m.standing();
        let state_word = match standing {
            MonthStanding::Reported => l.month_reported,
            MonthStanding::Missing => l.month_missing,
            MonthStanding::InProgress => l.month_in_progress,
            MonthStanding::NoData => l.month_no_data,
        };
        html! {
            <li
                class={classes!("csm-month", format!("is-{}", standing.code()))}
                data-testid="month-cell"
                data-month={m.month.clone()}
                data-status={m.status_reports.to_string()}
                data-progress={m.progress_reports.to_string()}
                data-state={standing.code()}
            >
                <span class="csm-month-name">{ labels::month(lang, m.first_day.year(), m.first_day.month()) }</span>
                <span class="csm-month-count">
                    <span class="csm-month-label">{ l.status_short }</span>
                    <span class="csm-month-n">{ m.status_reports }</span>
                </span>
                <span class="csm-month-count">
                    <span class="csm-month-label">{ l.progress_short }</span>
                    <span class="csm-month-n">{ m.progress_reports }</span>
                </span>
                <span class="csm-month-state">
                    if standing == MonthStanding::Missing {
                        { shape(Tone::Bad) }
                    }
                    { state_word }
                </span>
            </li>
        }
    };
    let flag = |ok: bool| {
        if ok {
            html! { { verdict(Tone::Good, l.meets) } }
        } else {
            html! { { verdict(Tone::Bad, l.below) } }
        }
    };
    let reports = Table::new("csm-table csm-record-table")
        .row(|r: &ReportEntry| {
            Row::testid("report-row").data("data-kind", labels::report_code(r.kind)).data("data-path", r.path.clone())
        })
        .column(Column::new(l.date, |r: &ReportEntry| html! { i18n::date(lang, r.date) }).cell_class("csm-date"))
        .column(Column::new(l.kind, |r: &ReportEntry| html! { labels::report_kind(lang, r.kind) }))
        .column(Column::new(l.forum, |r: &ReportEntry| html! { &r.forum }))
        .column(Column::new(l.summary, |r: &ReportEntry| html! { &r.summary }))
        .scroll();
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
                { stat(l.months_missing, labels::months(lang, c.months_missing.len())) }
                { stat(l.other_reports, labels::times(lang, c.other_reports)) }
                { stat(l.last_progress, c.last_progress_report.map_or_else(|| l.none.to_owned(), |d| i18n::date(lang, d))) }
            </dl>
            <ol class="csm-months" aria-label={l.reporting_title}>{ for c.months.iter().map(cell) }</ol>
            if !year_covered {
                <p class="csm-lead">{ l.partial_year }</p>
            }
            <h4 class="csm-subtitle">{ l.reports_title }</h4>
            if c.reports.is_empty() {
                <p class="csm-muted">{ l.no_reports }</p>
            } else {
                { reports.render(&c.reports) }
            }
        </section>
    }
}

fn audit_code(kind: AuditKind) -> &'static str {
    kind.code()
}

fn audits(lang: Language, p: &Pdca) -> Html {
    let l = labels(lang);
    let a = &p.audits;
    let tile = |kind: AuditKind| {
        html! {
            <CountTile n={u64::from(a.count(kind))} word={html! { labels::audit_kind(lang, kind) }} kind={audit_code(kind)} />
        }
    };
    let check = |name: &'static str, ok: bool, last: Option<csm_core::calendar::Date>| {
        html! {
            <li class="csm-check">
                { verdict(if ok { Tone::Good } else { Tone::Bad }, if ok { l.meets } else { l.below }) }
                <span class="csm-check-name">{ name }</span>
                <span class="csm-sub">
                    { labels::pair(lang, l.last, &last.map_or_else(|| l.none.to_owned(), |d| i18n::date(lang, d))) }
                </span>
            </li>
        }
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|r: &AuditEntry| {
            Row::testid("audit-row").data("data-kind", audit_code(r.kind)).data("data-path", r.path.clone())
        })
        .column(Column::new(l.date, |r: &AuditEntry| html! { i18n::date(lang, r.date) }).cell_class("csm-date"))
        .column(Column::new(l.kind, |r: &AuditEntry| html! { labels::audit_kind(lang, r.kind) }))
        .column(Column::new(l.auditor, |r: &AuditEntry| html! { &r.auditor }))
        .column(Column::new(l.scope, |r: &AuditEntry| html! { &r.scope }))
        .scroll();
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
                <li class="csm-check" data-testid="audit-basis" data-basis={csm_core::vocabulary::Term::code(a.basis)}>
                    <span class="csm-check-name">{ csm_core::vocabulary::Term::label(a.basis, lang) }</span>
                </li>
                { check(l.statutory, a.statutory_ok, a.last_statutory) }
                { check(l.security_test, a.security_test_ok, a.last_security_test) }
            </ul>
            <ul class="csm-tiles">{ for labels::AUDIT_KINDS.iter().copied().map(tile) }</ul>
            if a.entries.is_empty() {
                <p class="csm-muted">{ l.no_audits }</p>
            } else {
                { table.render(&a.entries) }
            }
        </section>
    }
}

//! The readiness view's incident and disclosure cards (issue 15 item 4, issue 16 item 6): the
//! quarter's incident timelines, the category trend with the near-miss count by impact beside it, and
//! the disclosure plan (escalation limits, 5W1H template, stages and recipients, spokesperson,
//! publications). Everything shown is computed by `csm_core::incident`.
//!
//! Test hooks: `incident-timeline` rows (`data-incident-id`, `data-escalation`, `data-path`);
//! `incident-trend` rows (`data-category`); `disclosure-plan` (`data-not-recorded`,
//! `data-template-missing`, `data-stages-missing`, `data-publication-missing`).

use csm_core::incident::{CategoryRow, EscalationVerdict, Incidents, Timeline};
use csm_core::kpi::IncidentBreakdown;
use csm_core::snapshot::{ImpactClass, Language};
use csm_core::summary::BoardSummary;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use super::incident_labels::{self as words, labels};
use crate::components::{Column, Row, Table, Tone, stat, verdict};
use crate::i18n;

fn tone(v: EscalationVerdict) -> Tone {
    match v {
        EscalationVerdict::InTime => Tone::Good,
        EscalationVerdict::Pending => Tone::Caution,
        EscalationVerdict::Breach => Tone::Bad,
        EscalationVerdict::NotStated => Tone::Neutral,
    }
}

/// The quarter's incidents, one row each, from detection to disclosure.
pub fn timeline(lang: Language, x: &Incidents) -> Html {
    let l = labels(lang);
    let dash = || "—".to_owned();
    let date = move |d: Option<csm_core::calendar::Date>| d.map_or_else(dash, |d| i18n::date(lang, d));
    let table = Table::new("csm-table csm-record-table")
        .row(|t: &Timeline| {
            Row::testid("incident-timeline")
                .data("data-incident-id", t.id.clone())
                .data("data-escalation", t.escalation.code())
                .data("data-path", t.path.clone())
        })
        .column(Column::row_header(l.incident, |t: &Timeline| {
            html! {
                <>
                    { &t.id }
                    <span class="csm-sub">{ &t.category }</span>
                    if t.personal_data_leak {
                        <span class="csm-sub">{ l.personal_data }</span>
                    }
                </>
            }
        }))
        .column(Column::new(l.impact, |t: &Timeline| {
            let tone = match t.impact {
                ImpactClass::Severe => Tone::Bad,
                ImpactClass::Major => Tone::Caution,
                _ => Tone::Neutral,
            };
            html! { { verdict(tone, t.impact.label(lang)) } }
        }))
        .column(Column::new(l.detected, move |t: &Timeline| html! { i18n::date(lang, t.detected) }).cell_class("csm-date"))
        .column(Column::new(l.reported, move |t: &Timeline| {
            let lag = match (t.report_lag_days, t.limit_days) {
                (Some(n), Some(m)) => words::lag_against(lang, n, m),
                (Some(n), None) => words::days(lang, n),
                (None, _) => String::new(),
            };
            html! {
                <>
                    { date(t.reported_on) }
                    <span class="csm-sub">{ lag }</span>
                    { verdict(tone(t.escalation), t.escalation.label(lang)) }
                </>
            }
        }))
        .column(Column::new(l.contained, move |t: &Timeline| html! { date(t.contained_on) }).cell_class("csm-date"))
        .column(Column::new(l.closed, move |t: &Timeline| html! { date(t.closed_on) }).cell_class("csm-date"))
        .column(Column::new(l.disclosed, move |t: &Timeline| html! { date(t.disclosed_on) }).cell_class("csm-date"))
        .column(Column::new(l.notices, move |t: &Timeline| {
            if t.notices.is_empty() {
                return html! { "—" };
            }
            html! {
                <ul class="csm-list">
                    { for t.notices.iter().map(|n| html! {
                        <li>
                            { format!("{} {} {}", n.stage.label(lang), n.recipient.label(lang), i18n::date(lang, n.date)) }
                            <span class="csm-sub">{ words::days(lang, n.lag_days) }</span>
                        </li>
                    }) }
                </ul>
            }
        }))
        .scroll();
    html! {
        <section class="csm-card csm-readiness-incidents" aria-labelledby="csm-incidents-title">
            <h3 class="csm-card-title" id="csm-incidents-title">{ l.timeline_title }</h3>
            <p class="csm-lead">{ l.timeline_note }</p>
            if x.timelines.is_empty() {
                <p class="csm-muted">{ l.no_incidents }</p>
            } else {
                { table.render(&x.timelines) }
            }
        </section>
    }
}

/// Incidents and near-misses per category over the last quarters, the near-misses by impact beside.
pub fn trend(lang: Language, s: &BoardSummary) -> Html {
    let l = labels(lang);
    let t = &s.readiness.incidents.trend;
    let mut table = Table::new("csm-table csm-record-table")
        .row(|r: &CategoryRow| Row::testid("incident-trend").data("data-category", r.category.clone()))
        .column(Column::row_header(l.category, |r: &CategoryRow| html! { &r.category }));
    for (k, q) in t.quarters.iter().enumerate() {
        let head = s.fiscal(*q).label(lang);
        table = table.column(
            Column::new(head, move |r: &CategoryRow| html! { words::pair(r.incidents[k], r.near_misses[k]) })
                .class("csm-num"),
        );
    }
    let table = table.scroll();
    let b: &IncidentBreakdown = &s.kpis.incidents;
    html! {
        <section class="csm-card csm-readiness-trend" aria-labelledby="csm-trend-title">
            <h3 class="csm-card-title" id="csm-trend-title">{ l.trend_title }</h3>
            <p class="csm-lead">{ l.trend_note }</p>
            if t.rows.is_empty() {
                <p class="csm-muted">{ l.no_incidents }</p>
            } else {
                { table.render(&t.rows) }
            }
            <h4 class="csm-subtitle">{ l.by_impact }</h4>
            <ul class="csm-list">
                { for b.by_impact.iter().map(|c| html! {
                    <li>{ format!("{}: {}", c.impact.label(lang), words::pair(c.incidents, c.near_misses)) }</li>
                }) }
            </ul>
        </section>
    }
}

/// The disclosure plan and what of it is not recorded.
pub fn plan(lang: Language, x: &Incidents) -> Html {
    let l = labels(lang);
    let p = &x.plan;
    let sep = if lang == Language::Ja { "、" } else { ", " };
    let not_recorded = || html! { { verdict(Tone::Neutral, l.not_recorded) } };
    let escalation = match &p.escalation_days {
        None => not_recorded(),
        Some(e) => {
            let limits: Vec<String> = [
                (ImpactClass::Minor, e.minor),
                (ImpactClass::Moderate, e.moderate),
                (ImpactClass::Major, e.major),
                (ImpactClass::Severe, e.severe),
            ]
            .into_iter()
            .filter_map(|(c, d)| d.map(|d| format!("{} {}", c.label(lang), words::days(lang, i64::from(d)))))
            .collect();
            if limits.is_empty() {
                not_recorded()
            } else {
                html! { limits.join(sep) }
            }
        }
    };
    let template = if p.template_recorded {
        let lacking: Vec<&str> = p.template_missing.iter().map(|e| e.label(lang)).collect();
        if lacking.is_empty() {
            html! { { verdict(Tone::Good, l.covered) } }
        } else {
            html! {
                <>
                    { verdict(Tone::Caution, l.lacking) }
                    <span class="csm-sub">{ lacking.join(sep) }</span>
                </>
            }
        }
    } else {
        not_recorded()
    };
    let stages = if p.stages_recorded {
        html! {
            <ul class="csm-list">
                { for p.stages.iter().map(|st| {
                    let to: Vec<&str> = st.recipients.iter().map(|r| r.label(lang)).collect();
                    html! { <li>{ format!("{}: {}", st.stage.label(lang), to.join(sep)) }</li> }
                }) }
                { for p.stages_missing.iter().map(|st| html! {
                    <li>{ verdict(Tone::Caution, format!("{} {}", l.lacking, st.label(lang))) }</li>
                }) }
            </ul>
        }
    } else {
        not_recorded()
    };
    let spokesperson = p.spokesperson.clone().map_or_else(not_recorded, |s| html! { s });
    let publications = if p.publication_missing {
        html! { { verdict(Tone::Caution, i18n::count(p.publications_in_year as u64)) } }
    } else {
        html! { i18n::count(p.publications_in_year as u64) }
    };
    let not_recorded_codes: Vec<&str> = p.not_recorded().iter().map(|x| x.code()).collect();
    let missing_codes: Vec<&str> = p.template_missing.iter().map(|x| x.code()).collect();
    let stages_codes: Vec<&str> = p.stages_missing.iter().map(|x| x.code()).collect();
    html! {
        <section
            class="csm-card csm-readiness-plan"
            aria-labelledby="csm-plan-title"
            data-testid="disclosure-plan"
            data-not-recorded={not_recorded_codes.join(" ")}
            data-template-missing={missing_codes.join(" ")}
            data-stages-missing={stages_codes.join(" ")}
            data-publication-missing={p.publication_missing.to_string()}
        >
            <h3 class="csm-card-title" id="csm-plan-title">{ l.plan_title }</h3>
            <dl class="csm-stats">
                { stat(l.escalation, escalation) }
                { stat(l.template, template) }
                { stat(l.stages, stages) }
                { stat(l.spokesperson, spokesperson) }
                { stat(l.publications, html! {
                    <>
                        { publications }
                        if let Some(t) = p.publication_target {
                            <span class="csm-sub">{ format!("{} {t}", l.expected) }</span>
                        }
                    </>
                }) }
            </dl>
        </section>
    }
}

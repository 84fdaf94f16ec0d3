//! The KPIs (4-2): per KPI, a trend chart over the export's quarters up to the chosen one with its
//! target line, and a table beneath with quarter, value, target and status; then the quarter's
//! incidents and near-misses by business impact.
//!
//! Test hooks: `view-kpis`; `kpi-trend` per KPI (`data-kpi`), its `kpi-table` rows (`data-quarter`,
//! `data-value`, `data-status`).

mod labels;

use csm_core::kpi::{ImpactCount, Kpi, KpiPoint, Unit, impact_label};
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use super::summary::kpi_change;
use crate::charts::trend;
use crate::components::{Chart, Column, Row, Table, Tone, shape, verdict};
use crate::hooks::{busy, use_quarter_summary, use_rows_shown_from};
use crate::i18n;
use crate::store::Baseline;
use labels::labels;

/// The quarters each KPI's table lists in the frame that opens the view (two fiscal years, the newest
/// first; the older rows lie below the first screen).
const ROWS_FIRST: usize = 8;

/// The KPIs of the chosen quarter (renders nothing without one).
#[component]
pub fn KpisView() -> Html {
    let chosen = use_quarter_summary();
    let longest = chosen.as_ref().and_then(|c| c.summary.kpis.kpis.iter().map(|k| k.series.len()).max()).unwrap_or(0);
    let rows = use_rows_shown_from(longest, ROWS_FIRST);
    let Some(chosen) = chosen else {
        return Html::default();
    };
    let (summary, lang, basis) = (&chosen.summary, chosen.lang, chosen.baseline());
    let l = labels(lang);
    html! {
        <div class="csm-view csm-kpis" data-testid="view-kpis">
            <section class="csm-card csm-headline csm-headline-slim">
                <h3 class="csm-view-title">{ format!("{} — {}", l.title, i18n::quarter(lang, summary.fiscal(summary.quarter))) }</h3>
                <p class="csm-legend">
                    <span class="csm-legend-item"><span class="csm-key csm-key-current"></span>{ l.value }</span>
                    <span class="csm-legend-item"><span class="csm-key csm-key-target"></span>{ l.target }</span>
                    { for [Tone::Good, Tone::Caution, Tone::Bad].into_iter().zip([
                        csm_core::kpi::KpiStatus::OnTrack,
                        csm_core::kpi::KpiStatus::AtRisk,
                        csm_core::kpi::KpiStatus::OffTrack,
                    ]).map(|(tone, status)| html! {
                        <span class="csm-legend-item">{ shape(tone) }{ status.label(lang) }</span>
                    }) }
                </p>
            </section>
            <div class="csm-kpi-grid">
                { for summary.kpis.kpis.iter().map(|k| kpi_card(lang, summary, k, basis, rows)) }
            </div>
            { impacts(lang, summary) }
        </div>
    }
}

/// One KPI's card; its table lists the newest `rows` quarters of the series (all of them from the
/// frame after the view's first, [`use_rows_shown_from`]; the card is `aria-busy` until then).
fn kpi_card(lang: Language, summary: &BoardSummary, k: &Kpi, basis: Option<&Baseline>, rows: usize) -> Html {
    let l = labels(lang);
    let code = i18n::kpi_code(k.id);
    let name = k.name.get(lang).to_owned();
    let points: Vec<trend::Point> = k
        .series
        .iter()
        .map(|p| trend::Point {
            label: i18n::quarter_short(summary.fiscal(p.quarter)),
            value: p.value,
            target: p.target,
            status: p.status,
        })
        .collect();
    let unit = k.unit;
    let svg = trend::trend(&points, unit == Unit::Count, |v| i18n::kpi_tick(unit, v));
    let span = |p: &KpiPoint| summary.fiscal(p.quarter);
    let label = labels::chart_label(lang, &name, k.series.first().map(span), k.series.last().map(span));
    let compare = basis.map(|b| b.quarter);
    let dash = || "—".to_owned();
    let table = Table::new("csm-table csm-kpi-table")
        .testid("kpi-table")
        .caption(name.clone())
        .key(|p: &KpiPoint| p.quarter.to_string().into())
        .row(|p| {
            let (chosen, compared) = (p.quarter == summary.quarter, compare == Some(p.quarter));
            Row::default()
                .class(classes!(chosen.then_some("is-chosen"), compared.then_some("is-compared")))
                .data("data-quarter", p.quarter.to_string())
                .data_opt("data-value", p.value.map(|v| v.to_string()))
                .data("data-status", i18n::status_code(p.status))
        })
        .column(Column::row_header(l.quarter, |p: &KpiPoint| {
            html! {
                <>
                    { i18n::quarter(lang, summary.fiscal(p.quarter)) }
                    if p.quarter == summary.quarter {
                        <span class="csm-tag">{ l.chosen }</span>
                    }
                </>
            }
        }))
        .column(
            Column::new(l.value, |p: &KpiPoint| html! { p.value.map_or_else(dash, |v| i18n::kpi_value(unit, v)) })
                .class("csm-num"),
        )
        .column(
            Column::new(
                l.target,
                |p: &KpiPoint| html! { p.target.map_or_else(dash, |t| i18n::kpi_target(unit, k.direction, t)) },
            )
            .class("csm-num"),
        )
        .column(
            Column::new(l.status, |p: &KpiPoint| {
                if p.status.is_some() {
                    html! { { verdict(Tone::of_status(p.status), i18n::status(lang, p.status)) } }
                } else {
                    html! { "—" }
                }
            })
            .class("csm-kpi-status"),
        );
    html! {
        <section
            class="csm-card csm-kpi-card"
            data-testid="kpi-trend"
            data-kpi={code}
            aria-labelledby={format!("csm-kpi-{code}")}
            aria-busy={busy(rows, k.series.len())}
        >
            <header class="csm-kpi-card-head">
                <h3 class="csm-card-title" id={format!("csm-kpi-{code}")}>{ name.clone() }</h3>
                <p class="csm-kpi-meta">
                    { format!(
                        "{} · {} · {}",
                        labels::family(lang, k.family),
                        labels::basis(lang, k.basis),
                        labels::direction(lang, k.direction)
                    ) }
                </p>
            </header>
            <div class="csm-kpi-now">
                <span class="csm-figure-value">{ k.value.map_or_else(|| "—".to_owned(), |v| i18n::kpi_value(unit, v)) }</span>
                if let Some(target) = k.target {
                    <span class="csm-kpi-target">{ format!("{} {}", l.target, i18n::kpi_target(unit, k.direction, target)) }</span>
                }
                { verdict(Tone::of_status(k.status), i18n::status(lang, k.status)) }
                { kpi_change(lang, k, basis) }
            </div>
            if let Some(svg) = svg {
                <Chart {svg} {label} class="csm-trend" />
            } else {
                <p class="csm-muted">{ l.no_values }</p>
            }
            { table.render(k.series.iter().rev().take(rows)) }
        </section>
    }
}

fn impacts(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let b = &summary.kpis.incidents;
    let table = Table::new("csm-table")
        .column(Column::row_header(l.impact, |c: &ImpactCount| html! { impact_label(c.impact).get(lang).to_owned() }))
        .column(Column::new(l.incidents, |c: &ImpactCount| html! { c.incidents }).class("csm-num"))
        .column(Column::new(l.near_misses, |c: &ImpactCount| html! { c.near_misses }).class("csm-num"));
    html! {
        <section class="csm-card csm-impacts" data-testid="incident-impacts">
            <h3 class="csm-card-title">{ l.impact_title }</h3>
            { table.render(&b.by_impact) }
        </section>
    }
}

//! The KPIs (4-2): per KPI, a trend chart over the export's quarters up to the chosen one with its
//! target line, and a table beneath with quarter, value, target and status; then the quarter's
//! incidents and near-misses by business impact.
//!
//! Test hooks: `view-kpis`; `kpi-trend` per KPI (`data-kpi`), its `kpi-table` rows (`data-quarter`,
//! `data-value`, `data-status`).

mod labels;

use csm_core::kpi::{Kpi, Unit, impact_label};
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use yew::prelude::*;

use super::compare::Baseline;
use super::summary::kpi_change;
use crate::charts::trend;
use crate::components::{Chart, Shape, Tone, Verdict};
use crate::i18n;
use crate::store::Store;
use labels::labels;

/// The KPIs of the chosen quarter (renders nothing without one).
#[component]
pub fn KpisView() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let Some(summary) = store.summary.clone() else {
        return Html::default();
    };
    let lang = store.language;
    let basis = Baseline::new(&summary, store.compare, store.compare_summary.as_deref());
    let l = labels(lang);
    html! {
        <div class="csm-view csm-kpis" data-testid="view-kpis">
            <section class="csm-card csm-headline csm-headline-slim">
                <h3 class="csm-view-title">{ format!("{} — {}", l.title, i18n::quarter(lang, summary.quarter)) }</h3>
                <p class="csm-legend">
                    <span class="csm-legend-item"><span class="csm-key csm-key-current"></span>{ l.value }</span>
                    <span class="csm-legend-item"><span class="csm-key csm-key-target"></span>{ l.target }</span>
                    { for [Tone::Good, Tone::Caution, Tone::Bad].into_iter().zip([
                        csm_core::kpi::KpiStatus::OnTrack,
                        csm_core::kpi::KpiStatus::AtRisk,
                        csm_core::kpi::KpiStatus::OffTrack,
                    ]).map(|(tone, status)| html! {
                        <span class="csm-legend-item"><Shape {tone} />{ status.label(lang) }</span>
                    }) }
                </p>
            </section>
            <div class="csm-kpi-grid">
                { for summary.kpis.kpis.iter().map(|k| kpi_card(lang, &summary, k, basis)) }
            </div>
            { impacts(lang, &summary) }
        </div>
    }
}

fn kpi_card(lang: Language, summary: &BoardSummary, k: &Kpi, basis: Baseline<'_>) -> Html {
    let l = labels(lang);
    let code = i18n::kpi_code(k.id);
    let name = k.name.get(lang).to_owned();
    let points: Vec<trend::Point> = k
        .series
        .iter()
        .map(|p| trend::Point {
            label: i18n::quarter_short(p.quarter),
            value: p.value,
            target: p.target,
            status: p.status,
        })
        .collect();
    let unit = k.unit;
    let svg = trend::trend(&points, unit == Unit::Count, |v| i18n::kpi_tick(unit, v));
    let label =
        labels::chart_label(lang, &name, k.series.first().map(|p| p.quarter), k.series.last().map(|p| p.quarter));
    let compare = basis.quarter();
    html! {
        <section class="csm-card csm-kpi-card" data-testid="kpi-trend" data-kpi={code} aria-labelledby={format!("csm-kpi-{code}")}>
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
                <Verdict tone={Tone::of_status(k.status)} word={i18n::status(lang, k.status)} />
                { kpi_change(lang, k, basis) }
            </div>
            if let Some(svg) = svg {
                <Chart {svg} {label} class="csm-trend" />
            } else {
                <p class="csm-muted">{ l.no_values }</p>
            }
            <table class="csm-table csm-kpi-table" data-testid="kpi-table">
                <caption class="csm-sr-only">{ name }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ l.quarter }</th>
                        <th scope="col" class="csm-num">{ l.value }</th>
                        <th scope="col" class="csm-num">{ l.target }</th>
                        <th scope="col" class="csm-kpi-status">{ l.status }</th>
                    </tr>
                </thead>
                <tbody>
                    { for k.series.iter().rev().map(|p| {
                        let chosen = p.quarter == summary.quarter;
                        let compared = compare == Some(p.quarter);
                        html! {
                            <tr
                                key={p.quarter.to_string()}
                                class={classes!(chosen.then_some("is-chosen"), compared.then_some("is-compared"))}
                                data-quarter={p.quarter.to_string()}
                                data-value={p.value.map(|v| v.to_string())}
                                data-status={i18n::status_code(p.status)}
                            >
                                <th scope="row">
                                    { i18n::quarter(lang, p.quarter) }
                                    if chosen {
                                        <span class="csm-tag">{ l.chosen }</span>
                                    }
                                </th>
                                <td class="csm-num">{ p.value.map_or_else(|| "—".to_owned(), |v| i18n::kpi_value(unit, v)) }</td>
                                <td class="csm-num">{ p.target.map_or_else(|| "—".to_owned(), |t| i18n::kpi_target(unit, k.direction, t)) }</td>
                                <td class="csm-kpi-status">
                                    if p.status.is_some() {
                                        <Verdict tone={Tone::of_status(p.status)} word={i18n::status(lang, p.status)} />
                                    } else {
                                        { "—" }
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}

fn impacts(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let b = &summary.kpis.incidents;
    html! {
        <section class="csm-card csm-impacts" data-testid="incident-impacts">
            <h3 class="csm-card-title">{ l.impact_title }</h3>
            <table class="csm-table">
                <thead>
                    <tr>
                        <th scope="col">{ l.impact }</th>
                        <th scope="col" class="csm-num">{ l.incidents }</th>
                        <th scope="col" class="csm-num">{ l.near_misses }</th>
                    </tr>
                </thead>
                <tbody>
                    { for b.by_impact.iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ impact_label(c.impact).get(lang).to_owned() }</th>
                            <td class="csm-num">{ c.incidents }</td>
                            <td class="csm-num">{ c.near_misses }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

//! Business impact analysis (3-3; 0-5 問い① 「ネットワークが1週間遮断された場合」): the outage scenario,
//! each business process against its tolerable downtime, the loss in yen and the total. Lays out what
//! `csm_core::impact` computed.
//!
//! Test hooks: `view-impact` (`data-recorded`); `impact-scenario` (`data-days`, `data-total-yen`,
//! `data-beyond-rto`) with `impact-total`; `impact-table` with `process-row` (`data-process-id`,
//! `data-within-rto`, `data-loss-yen`, `data-path`).

mod labels;

use csm_core::impact::{BusinessImpact, ProcessImpact};
use csm_core::snapshot::Language;
use csm_core::text::{isolate, yen};
use yew::prelude::*;

use crate::components::{Column, CountTile, Row, Table, Tone, stat, verdict};
use crate::hooks::use_quarter_summary;

use labels::labels;

/// The business impact view of the chosen quarter (renders nothing without one).
#[component]
pub fn ImpactView() -> Html {
    let Some(chosen) = use_quarter_summary() else {
        return Html::default();
    };
    let lang = chosen.lang;
    let l = labels(lang);
    let b = &chosen.summary.business_impact;
    html! {
        <div class="csm-view csm-impact" data-testid="view-impact" data-recorded={b.recorded.to_string()}>
            <h2 class="csm-view-title">{ l.title }</h2>
            <p class="csm-lead">{ l.lead }</p>
            if b.recorded {
                { scenario(lang, b) }
                { processes(lang, b) }
            } else {
                <p class="csm-muted">{ l.not_recorded }</p>
            }
        </div>
    }
}

fn scenario(lang: Language, b: &BusinessImpact) -> Html {
    let l = labels(lang);
    let (Some(s), Some(total)) = (&b.scenario, b.total_loss_yen) else {
        return html! { <p class="csm-muted">{ l.no_scenario }</p> };
    };
    html! {
        <section
            class="csm-card csm-impact-scenario"
            aria-labelledby="csm-impact-scenario-title"
            data-testid="impact-scenario"
            data-days={s.days.to_string()}
            data-total-yen={total.to_string()}
            data-beyond-rto={b.beyond_rto.to_string()}
        >
            <h3 class="csm-card-title" id="csm-impact-scenario-title">{ l.scenario }</h3>
            <p class="csm-lead">{ s.description.get(lang) }</p>
            <dl class="csm-stats">
                { stat(l.outage, labels::days(lang, s.days)) }
                <div class="csm-stat">
                    <dt>{ l.total_loss }</dt>
                    <dd data-testid="impact-total">{ yen(total, lang) }</dd>
                </div>
            </dl>
            <ul class="csm-tiles">
                <CountTile n={b.beyond_rto as u64} word={html! { l.beyond_rto }} />
            </ul>
        </section>
    }
}

fn processes(lang: Language, b: &BusinessImpact) -> Html {
    let l = labels(lang);
    let verdict = |p: &ProcessImpact| match (p.within_rto, p.hours_beyond_rto) {
        (Some(true), _) => html! { { verdict(Tone::Good, l.within) } },
        (Some(false), Some(h)) => html! {
            <>
                { verdict(Tone::Bad, l.beyond) }
                <span class="csm-sub">{ labels::over(lang, h) }</span>
            </>
        },
        _ => html! { "—" },
    };
    let table = Table::new("csm-table csm-record-table csm-impact-table")
        .testid("impact-table")
        .caption(l.caption)
        .row(|p: &ProcessImpact| {
            Row::testid("process-row")
                .data("data-process-id", p.id.clone())
                .data_opt("data-within-rto", p.within_rto.map(|w| w.to_string()))
                .data_opt("data-loss-yen", p.scenario_loss_yen.map(|y| y.to_string()))
                .data("data-path", p.path.clone())
        })
        .column(Column::row_header(l.process, |p: &ProcessImpact| html! { p.name.get(lang) }))
        .column(Column::new(l.systems, |p: &ProcessImpact| {
            let systems: Vec<String> = p.systems.iter().map(|s| isolate(s)).collect();
            html! { systems.join(if lang == Language::Ja { "、" } else { ", " }) }
        }))
        .column(
            Column::new(l.rto, |p: &ProcessImpact| html! { labels::hours(lang, u64::from(p.rto_hours)) })
                .class("csm-num"),
        )
        .column(Column::new(l.per_day, |p: &ProcessImpact| html! { yen(p.loss_per_day_yen, lang) }).class("csm-num"))
        .column(Column::new(l.verdict, verdict))
        .column(
            Column::new(l.loss, |p: &ProcessImpact| {
                html! { p.scenario_loss_yen.map_or_else(|| "—".to_owned(), |y| yen(y, lang)) }
            })
            .class("csm-num"),
        )
        .column(Column::new(l.risks, |p: &ProcessImpact| {
            let risks = if p.risks.is_empty() { "—".to_owned() } else { p.risks.join(", ") };
            html! { risks }
        }))
        .scroll_region(l.caption);
    html! {
        <section class="csm-card csm-impact-processes">
            <h3 class="csm-card-title" id="csm-impact-processes-title">{ l.caption }</h3>
            { table.render(&b.processes) }
        </section>
    }
}

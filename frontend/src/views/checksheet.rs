//! The check sheet (付録3): the 32 check items under the 10 important items with maturity against
//! target, change against the comparison quarter (items that fell highlighted), owner and evidence,
//! and the guideline's 実施の目安 / 実施の確認事項 on demand; a radar of the 10 items with a table
//! alternative.
//!
//! Test hooks: `view-checksheet`; `radar` (the chart) and `radar-table` (one row per item,
//! `data-item`); `check-item` rows (`data-id`, `data-maturity`, `data-target`, `data-fell`).

mod labels;

use csm_core::catalog;
use csm_core::checksheet::{CheckItemScore, Comparison, ItemScore, RadarAxis};
use csm_core::fiscal::FiscalQuarter;
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use super::summary::maturity_change;
use crate::charts::radar;
use crate::components::{Change, Chart, Column, MaturityBar, Row, Table, Tone, verdict};
use crate::hooks::use_quarter_summary;
use crate::i18n;
use crate::store::Baseline;
use labels::labels;

/// The check sheet of the chosen quarter (renders nothing without one).
#[component]
pub fn ChecksheetView() -> Html {
    let Some(chosen) = use_quarter_summary() else {
        return Html::default();
    };
    let (summary, lang, basis) = (&chosen.summary, chosen.lang, chosen.baseline());
    let compared = basis.map(|b| &b.checksheet);
    let versus = chosen.versus();
    let l = labels(lang);
    let sheet = &summary.checksheet;
    html! {
        <div class="csm-view csm-checksheet" data-testid="view-checksheet">
            <section class="csm-card csm-headline">
                <h3 class="csm-view-title">{ format!("{} — {}", l.title, i18n::quarter(lang, summary.fiscal(summary.quarter))) }</h3>
                <dl class="csm-figures">
                    <div class="csm-figure">
                        <dt>{ l.overall }</dt>
                        <dd>
                            <span class="csm-figure-value">{ i18n::maturity(sheet.overall.maturity) }</span>
                            <span class="csm-figure-unit">{ format!(" / {} {}", l.target, i18n::maturity(sheet.overall.target)) }</span>
                        </dd>
                        <dd class="csm-figure-sub">{ maturity_change(lang, compared.map(|c| c.overall), versus) }</dd>
                    </div>
                    <div class="csm-figure">
                        <dt>{ l.at_target }</dt>
                        <dd class="csm-figure-value-sm">
                            { labels::share(lang, sheet.check_items_at_target.count, sheet.check_items_at_target.of, sheet.check_items_at_target.pct) }
                        </dd>
                    </div>
                    <div class="csm-figure">
                        <dt>{ l.items_at_target }</dt>
                        <dd class="csm-figure-value-sm">
                            { labels::share(lang, sheet.items_at_target.count, sheet.items_at_target.of, sheet.items_at_target.pct) }
                        </dd>
                    </div>
                    if let (Some(compared), Some(q)) = (compared, versus) {
                        <div class="csm-figure">
                            <dt>{ l.fell }</dt>
                            <dd class="csm-figure-value-sm" data-testid="fell-count">{ labels::check_items(lang, compared.fell.len()) }</dd>
                            <dd class="csm-figure-sub">{ i18n::versus(lang, q) }</dd>
                        </div>
                    }
                </dl>
            </section>
            { radar_section(lang, summary, basis) }
            { for sheet.items.iter().map(|item| item_section(lang, summary, item, versus, compared)) }
        </div>
    }
}

/// A row of the radar's table: core's axis and the chart's.
type AxisRow<'a> = (&'a RadarAxis, &'a radar::Axis);

/// The comparison quarter's mean maturity on one radar axis.
fn compared_axis(basis: Option<&Baseline>, item: u8) -> Option<f64> {
    basis?.summary.checksheet.radar.iter().find(|a| a.item == item).map(|a| a.current)
}

fn radar_section(lang: Language, summary: &BoardSummary, basis: Option<&Baseline>) -> Html {
    let l = labels(lang);
    let axes: Vec<radar::Axis> = summary
        .checksheet
        .radar
        .iter()
        .map(|a| radar::Axis {
            label: a.item.to_string(),
            current: a.current,
            target: a.target,
            compare: compared_axis(basis, a.item),
        })
        .collect();
    let svg = radar::radar(&axes);
    let compare_name = basis.map(|b| i18n::quarter_short(b.fiscal()));
    let mut radar_table = Table::new("csm-table csm-radar-table")
        .testid("radar-table")
        .caption(l.radar_title)
        .key(|(a, _): &AxisRow<'_>| a.item.into())
        .row(|(a, _): &AxisRow<'_>| Row::default().data("data-item", a.item.to_string()))
        .column(
            Column::row_header(l.item, |(a, _): &AxisRow<'_>| {
                html! {
                    <><span class="csm-light-number">{ a.item }</span>{ a.label.get(lang).to_owned() }</>
                }
            })
            .cell_class("csm-radar-item"),
        )
        .column(Column::new(l.current, |(a, _): &AxisRow<'_>| html! { i18n::maturity(a.current) }).class("csm-num"))
        .column(Column::new(l.target_col, |(a, _): &AxisRow<'_>| html! { i18n::maturity(a.target) }).class("csm-num"));
    if let Some(q) = &compare_name {
        radar_table = radar_table.column(
            Column::new(q.clone(), |(_, axis): &AxisRow<'_>| {
                html! {
                    axis.compare.map_or_else(|| "—".to_owned(), i18n::maturity)
                }
            })
            .class("csm-num"),
        );
    }
    html! {
        <section class="csm-card csm-radar-card" aria-labelledby="csm-radar-title">
            <h3 class="csm-card-title" id="csm-radar-title">{ l.radar_title }</h3>
            <div class="csm-radar-layout">
                <figure class="csm-radar-figure">
                    if let Some(svg) = svg {
                        <div data-testid="radar">
                            <Chart {svg} label={l.radar_label} class="csm-radar" />
                        </div>
                    }
                    <figcaption class="csm-legend">
                        <span class="csm-legend-item"><span class="csm-key csm-key-current"></span>{ l.current }</span>
                        <span class="csm-legend-item"><span class="csm-key csm-key-target"></span>{ l.target_col }</span>
                        if let Some(q) = &compare_name {
                            <span class="csm-legend-item"><span class="csm-key csm-key-compare"></span>{ q.clone() }</span>
                        }
                    </figcaption>
                </figure>
                { radar_table.render(summary.checksheet.radar.iter().zip(&axes).collect::<Vec<_>>().iter()) }
            </div>
        </section>
    }
}

fn item_section(
    lang: Language,
    summary: &BoardSummary,
    item: &ItemScore,
    versus: Option<FiscalQuarter>,
    compared: Option<&Comparison>,
) -> Html {
    let l = labels(lang);
    let number = item.score.number;
    let light = summary.lights.iter().find(|x| x.item == number);
    let rows = summary.checksheet.check_items.iter().filter(|c| c.item == number);
    let heading = format!("csm-cs-item-{number}");
    let table = Table::new("csm-table csm-cs-table")
        .key(|c: &CheckItemScore| c.id.clone().into())
        .row(|c| {
            let fell = fell(compared, c);
            Row::testid("check-item")
                .class(classes!("csm-cs-row", fell.then_some("is-fell"), (c.gap > 0).then_some("is-short")))
                .data("data-id", c.id.clone())
                .data("data-maturity", c.maturity.to_string())
                .data("data-target", c.target.to_string())
                .data("data-fell", if fell { "true" } else { "false" })
        })
        .column(
            Column::row_header(l.id, |c: &CheckItemScore| html! { c.id.clone() })
                .head_class("csm-cs-col-id")
                .cell_class("csm-cs-id"),
        )
        .column(Column::new(l.check_item, |c: &CheckItemScore| title_cell(lang, c)).cell_class("csm-cs-title"))
        .column(
            Column::new(l.maturity, |c: &CheckItemScore| maturity_cell(lang, c, compared))
                .head_class("csm-cs-col-maturity")
                .cell_class("csm-cs-maturity"),
        )
        .column(
            Column::new(l.change, |c: &CheckItemScore| change_cell(lang, c, compared))
                .head_class("csm-cs-col-change")
                .cell_class("csm-cs-change"),
        )
        .column(
            Column::new(l.owner, |c: &CheckItemScore| html! { c.owner.clone() })
                .head_class("csm-cs-col-owner")
                .cell_class("csm-cs-owner"),
        )
        .column(
            Column::new(l.evidence, |c: &CheckItemScore| html! { c.evidence.clone() }).cell_class("csm-cs-evidence"),
        );
    html! {
        <section class="csm-card csm-cs-item" aria-labelledby={heading.clone()} data-item={number.to_string()}>
            <div class="csm-cs-head">
                <h3 class="csm-card-title" id={heading}>
                    <span class="csm-light-number">{ number }</span>{ item.score.title.get(lang).to_owned() }
                </h3>
                <div class="csm-cs-score">
                    if let Some(light) = light {
                        { verdict(Tone::of_light(light.light), light.light.label(lang)) }
                    }
                    <span>{ format!("{} {} / {} {}", l.mean, i18n::maturity(item.score.maturity), l.target, i18n::maturity(item.score.target)) }</span>
                    { maturity_change(lang, compared.and_then(|c| c.item(number)), versus) }
                </div>
            </div>
            { table.render(rows) }
        </section>
    }
}

/// Whether check item `c` fell against the comparison quarter.
fn fell(compared: Option<&Comparison>, c: &CheckItemScore) -> bool {
    compared.is_some_and(|cmp| cmp.fell.contains(&c.id))
}

fn title_cell(lang: Language, c: &CheckItemScore) -> Html {
    html! {
        <>
            <p>{ c.title.get(lang).to_owned() }</p>
            if let Some(entry) = catalog::check_item(&c.id) {
                { guidance(lang, entry) }
            }
        </>
    }
}

fn maturity_cell(lang: Language, c: &CheckItemScore, compared: Option<&Comparison>) -> Html {
    let l = labels(lang);
    let short = c.gap > 0;
    let then = compared.and_then(|cmp| cmp.check_item(&c.id)).map(|a| a.then);
    html! {
        <>
            <MaturityBar
                maturity={f64::from(c.maturity)}
                target={f64::from(c.target)}
                compare={then.map(f64::from)}
                {short}
            />
            <span class="csm-cs-numbers">
                { format!("{} / {}", c.maturity, c.target) }
                if short {
                    <span class="csm-tag-short">{ l.short_tag }</span>
                }
            </span>
        </>
    }
}

fn change_cell(lang: Language, c: &CheckItemScore, compared: Option<&Comparison>) -> Html {
    let l = labels(lang);
    match compared.and_then(|cmp| cmp.check_item(&c.id)) {
        Some(a) => {
            let change = f64::from(a.change);
            html! {
                <Change
                    arrow={i18n::arrow(change)}
                    amount={i18n::signed(change, 0)}
                    trend={a.trend()}
                    word={fell(compared, c).then_some(AttrValue::from(l.fell_tag))}
                />
            }
        }
        None => html! { <span class="csm-muted">{ l.no_change }</span> },
    }
}

fn guidance(lang: Language, entry: &catalog::CheckItem) -> Html {
    let l = labels(lang);
    let (guidance, confirmation) = match lang {
        Language::Ja => (entry.guidance_ja, entry.confirmation_ja),
        Language::En => (entry.guidance_en, entry.confirmation_en),
    };
    html! {
        <details class="csm-guidance">
            <summary>{ l.guidance_toggle }</summary>
            <h5 class="csm-guidance-title">{ l.guidance }</h5>
            <ul class="csm-guidance-list">{ for guidance.iter().map(|g| html! { <li>{ *g }</li> }) }</ul>
            <h5 class="csm-guidance-title">{ l.confirmation }</h5>
            <ul class="csm-guidance-list">{ for confirmation.iter().map(|g| html! { <li>{ *g }</li> }) }</ul>
        </details>
    }
}

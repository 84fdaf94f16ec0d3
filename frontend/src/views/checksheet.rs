//! The check sheet (付録3): the 32 check items under the 10 important items with maturity against
//! target, change against the comparison quarter (items that fell highlighted), owner and evidence,
//! and the guideline's 実施の目安 / 実施の確認事項 on demand; a radar of the 10 items with a table
//! alternative.
//!
//! Test hooks: `view-checksheet`; `radar` (the chart) and `radar-table` (one row per item,
//! `data-item`); `check-item` rows (`data-id`, `data-maturity`, `data-target`, `data-fell`).

mod labels;

use csm_core::calendar::Quarter;
use csm_core::catalog;
use csm_core::checksheet::{CheckItemScore, Comparison, ItemScore};
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use yew::prelude::*;

use super::compare::Baseline;
use super::summary::maturity_change;
use crate::charts::radar;
use crate::components::{Change, Chart, MaturityBar, Sense, Tone, Verdict};
use crate::i18n;
use crate::store::Store;
use labels::labels;

/// The check sheet of the chosen quarter (renders nothing without one).
#[component]
pub fn ChecksheetView() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let Some(summary) = store.summary.clone() else {
        return Html::default();
    };
    let lang = store.language;
    let basis = Baseline::new(&summary, store.compare, store.compare_summary.as_deref());
    let compared = basis.checksheet(&summary);
    let compared = compared.as_ref();
    let versus = basis.quarter();
    let l = labels(lang);
    let sheet = &summary.checksheet;
    html! {
        <div class="csm-view csm-checksheet" data-testid="view-checksheet">
            <section class="csm-card csm-headline">
                <h3 class="csm-view-title">{ format!("{} — {}", l.title, i18n::quarter(lang, summary.quarter)) }</h3>
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
            { radar_section(lang, &summary, basis) }
            { for sheet.items.iter().map(|item| item_section(lang, &summary, item, versus, compared)) }
        </div>
    }
}

/// The comparison quarter's mean maturity on one radar axis.
fn compared_axis(basis: Baseline<'_>, item: u8) -> Option<f64> {
    basis.summary()?.checksheet.radar.iter().find(|a| a.item == item).map(|a| a.current)
}

fn radar_section(lang: Language, summary: &BoardSummary, basis: Baseline<'_>) -> Html {
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
    let compare_name = basis.quarter().map(|q| q.to_string());
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
                <table class="csm-table csm-radar-table" data-testid="radar-table">
                    <caption class="csm-sr-only">{ l.radar_title }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ l.item }</th>
                            <th scope="col" class="csm-num">{ l.current }</th>
                            <th scope="col" class="csm-num">{ l.target_col }</th>
                            if let Some(q) = &compare_name {
                                <th scope="col" class="csm-num">{ q.clone() }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for summary.checksheet.radar.iter().zip(&axes).map(|(a, axis)| html! {
                            <tr key={a.item} data-item={a.item.to_string()}>
                                <th scope="row" class="csm-radar-item">
                                    <span class="csm-light-number">{ a.item }</span>{ a.label.get(lang).to_owned() }
                                </th>
                                <td class="csm-num">{ i18n::maturity(a.current) }</td>
                                <td class="csm-num">{ i18n::maturity(a.target) }</td>
                                if compare_name.is_some() {
                                    <td class="csm-num">{ axis.compare.map_or_else(|| "—".to_owned(), i18n::maturity) }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn item_section(
    lang: Language,
    summary: &BoardSummary,
    item: &ItemScore,
    versus: Option<Quarter>,
    compared: Option<&Comparison>,
) -> Html {
    let l = labels(lang);
    let number = item.score.number;
    let light = summary.lights.iter().find(|x| x.item == number);
    let rows = summary.checksheet.check_items.iter().filter(|c| c.item == number);
    let heading = format!("csm-cs-item-{number}");
    html! {
        <section class="csm-card csm-cs-item" aria-labelledby={heading.clone()} data-item={number.to_string()}>
            <div class="csm-cs-head">
                <h3 class="csm-card-title" id={heading}>
                    <span class="csm-light-number">{ number }</span>{ item.score.title.get(lang).to_owned() }
                </h3>
                <div class="csm-cs-score">
                    if let Some(light) = light {
                        <Verdict tone={Tone::of_light(light.light)} word={light.light.label(lang)} />
                    }
                    <span>{ format!("{} {} / {} {}", l.mean, i18n::maturity(item.score.maturity), l.target, i18n::maturity(item.score.target)) }</span>
                    { maturity_change(lang, compared.and_then(|c| c.item(number)), versus) }
                </div>
            </div>
            <table class="csm-table csm-cs-table">
                <thead>
                    <tr>
                        <th scope="col" class="csm-cs-col-id">{ l.id }</th>
                        <th scope="col">{ l.check_item }</th>
                        <th scope="col" class="csm-cs-col-maturity">{ l.maturity }</th>
                        <th scope="col" class="csm-cs-col-change">{ l.change }</th>
                        <th scope="col" class="csm-cs-col-owner">{ l.owner }</th>
                        <th scope="col">{ l.evidence }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.map(|c| check_row(lang, c, compared)) }
                </tbody>
            </table>
        </section>
    }
}

fn check_row(lang: Language, c: &CheckItemScore, compared: Option<&Comparison>) -> Html {
    let l = labels(lang);
    let against = compared.and_then(|cmp| cmp.check_item(&c.id));
    let fell = compared.is_some_and(|cmp| cmp.fell.contains(&c.id));
    let short = c.gap > 0;
    let then = against.map(|a| a.then);
    let change_cell = match against {
        Some(a) => {
            let change = f64::from(a.change);
            let arrow = i18n::arrow(change);
            let sense = match arrow {
                "▲" => Sense::Better,
                "▼" => Sense::Worse,
                _ => Sense::Flat,
            };
            html! {
                <Change
                    {arrow}
                    amount={i18n::signed(change, 0)}
                    {sense}
                    word={fell.then_some(AttrValue::from(l.fell_tag))}
                />
            }
        }
        None => html! { <span class="csm-muted">{ l.no_change }</span> },
    };
    let entry = catalog::check_item(&c.id);
    html! {
        <tr
            key={c.id.clone()}
            class={classes!("csm-cs-row", fell.then_some("is-fell"), short.then_some("is-short"))}
            data-testid="check-item"
            data-id={c.id.clone()}
            data-maturity={c.maturity.to_string()}
            data-target={c.target.to_string()}
            data-fell={if fell { "true" } else { "false" }}
        >
            <th scope="row" class="csm-cs-id">{ c.id.clone() }</th>
            <td class="csm-cs-title">
                <p>{ c.title.get(lang).to_owned() }</p>
                if let Some(entry) = entry {
                    { guidance(lang, entry) }
                }
            </td>
            <td class="csm-cs-maturity">
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
            </td>
            <td class="csm-cs-change">{ change_cell }</td>
            <td class="csm-cs-owner">{ c.owner.clone() }</td>
            <td class="csm-cs-evidence">{ c.evidence.clone() }</td>
        </tr>
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

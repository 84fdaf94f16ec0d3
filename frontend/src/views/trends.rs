//! Trends over every quarter of the export (issue 17.4; the regular reporting of 4-2 and 4-3 and the
//! PDCA review): per important item a strip of lights, one per quarter, with its maturity against the
//! target; the three principles' maturity; per quarter the residual risks above tolerance (and how many
//! lack a valid approval), the residual expected loss (said to be partial when risks lack an estimate)
//! and the decisions open and taken ("not recorded", never zero, where the export records no board
//! decisions). Lays out what `csm_core::trend` computed; the store computes it once per export, when
//! this view is first shown.
//!
//! Test hooks: `view-trends` (`data-quarters`); `trend-items` with `trend-item` rows (`data-item`,
//! `data-strip`: core's `MaturityTrend::strip`) holding `trend-point`s (`data-quarter`, `data-light`,
//! `data-maturity`, `data-target`); `trend-principles` with `trend-principle` rows; `trend-figures` with
//! `trend-quarter` rows (`data-quarter`, `data-maturity`, `data-above-tolerance`, `data-unapproved`,
//! `data-loss-yen`, `data-not-estimated`, `data-decisions-open`, `data-decisions-taken`: a number or
//! `none`); `trend-print-note` (print only) when the strips print fewer quarters than the export holds.
//! At 40 quarters the strips draw their oldest [`QUARTERS_FIRST`] quarters and the figures
//! their first [`FIGURE_ROWS_FIRST`] in the frame that opens the view; each section is `aria-busy` until
//! the rest follows in the next.

mod labels;

use csm_core::calendar::Quarter;
use csm_core::snapshot::Language;
use csm_core::summary::{BoardSummary, Light};
use csm_core::trend::{MaturityPoint, MaturityTrend, TrendPoint, Trends};
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::components::{Column, Row, Table, Tone, shape};
use crate::hooks::{busy, rows_shown, use_after_first_frame, use_quarter_summary};
use crate::i18n;

use labels::labels;

/// The quarters the strips draw in the frame that opens the view, oldest first as their tables start:
/// the strips' scroll regions show twelve at 1440 px (sixteen fill a region 1,800 px wide); the rest,
/// drawn from the frame after ([`use_after_first_frame`]), lies beyond the regions' edges.
const QUARTERS_FIRST: usize = 16;

/// The rows of the figures per quarter drawn in the opening frame: the card starts below the strips,
/// under the first screen at 1440 × 1000 (its first rows at 1,373 px at 40 quarters).
const FIGURE_ROWS_FIRST: usize = 6;

/// The quarters the strips carry in print, newest: twelve columns fit an A4 landscape page beside the
/// items' titles at the print's 9.5 pt (a thirteenth would run past its right edge). Older columns are
/// for the screen (`csm-print-older`), and a note under the strips says how many printed; the figures
/// per quarter, one row each, print every quarter.
const PRINT_QUARTERS: usize = 12;

/// The trends view (renders nothing before a quarter is on screen).
#[component]
pub fn TrendsView() -> Html {
    let chosen = use_quarter_summary();
    let quarters = chosen.as_ref().and_then(|c| c.store.trends.as_ref()).map_or(0, |t| t.quarters.len());
    let drawn = use_after_first_frame();
    let (shown, rows) = (rows_shown(drawn, quarters, QUARTERS_FIRST), rows_shown(drawn, quarters, FIGURE_ROWS_FIRST));
    let Some(chosen) = chosen else {
        return Html::default();
    };
    let lang = chosen.lang;
    let l = labels(lang);
    let Some(trends) = chosen.store.trends.clone() else {
        return html! {
            <div class="csm-view csm-trends" data-testid="view-trends">
                <h2 class="csm-view-title">{ l.title }</h2>
                <p class="csm-muted">{ l.empty }</p>
            </div>
        };
    };
    let s = &chosen.summary;
    html! {
        <div class="csm-view csm-trends" data-testid="view-trends" data-quarters={trends.quarters.len().to_string()}>
            <h2 class="csm-view-title">{ l.title }</h2>
            <p class="csm-lead">{ l.lead }</p>
            { items(lang, s, &trends, shown) }
            { figures(lang, s, &trends, rows) }
            { principles(lang, s, &trends, shown) }
        </div>
    }
}

/// A quarter's column heading: `FY2026 Q2`, the months for screen readers and as a tooltip, the chosen
/// quarter marked.
fn quarter_head(lang: Language, s: &BoardSummary, q: Quarter) -> Html {
    let fq = s.fiscal(q);
    html! {
        <span class={classes!("csm-trend-q", (q == s.quarter).then_some("is-chosen"))} title={fq.label(lang)}>
            { i18n::quarter_short(fq) }
        </span>
    }
}

/// One point of a strip in three elements (at 40 quarters the view draws 13 strips of them): the
/// light's shape drawn by the stylesheet from the point's class (`is-green` a circle, `is-amber` a
/// triangle, `is-red` a square, as [`shape`] draws them elsewhere; decorative), the light's word for
/// screen readers, then maturity / target.
fn point(lang: Language, p: Option<&MaturityPoint>) -> Html {
    let Some(p) = p else { return html! { "—" } };
    html! {
        <span
            class={classes!("csm-trend-point", p.light.map(|x| format!("is-{}", i18n::light_code(x))))}
            data-testid="trend-point"
            data-quarter={p.quarter.to_string()}
            data-light={p.light.map(i18n::light_code)}
            data-maturity={i18n::maturity(p.maturity)}
            data-target={i18n::maturity(p.target)}
        >
            if let Some(light) = p.light {
                <span class="csm-sr-only">{ light.label(lang) }{ " " }</span>
            }
            { i18n::maturity(p.maturity) }
            <span class="csm-sub">{ format!("/ {}", i18n::maturity(p.target)) }</span>
        </span>
    }
}

/// A table of maturity trends (items or principles): one row each, one column per quarter.
fn strips<'a>(
    lang: Language,
    s: &'a BoardSummary,
    trends: &'a Trends,
    shown: usize,
    head: &'static str,
    rows: &'static str,
) -> Table<'a, MaturityTrend> {
    let mut table = Table::new("csm-table csm-record-table csm-trend-table")
        .row(move |t: &MaturityTrend| {
            Row::testid(rows).data("data-item", t.number.to_string()).data("data-strip", t.strip())
        })
        .column(Column::row_header(head, move |t: &MaturityTrend| {
            html! { <>{ format!("{}. ", t.number) }{ t.title.get(lang).to_owned() }</> }
        }));
    let printed_from = printed_from(trends.quarters.len());
    for (i, q) in trends.quarters.iter().enumerate().take(shown) {
        table = table.column(
            Column::new(quarter_head(lang, s, q.quarter), move |t: &MaturityTrend| point(lang, t.points.get(i)))
                .class(if i < printed_from { "csm-num csm-print-older" } else { "csm-num" }),
        );
    }
    table
}

/// The position of the oldest quarter the strips print of `total`: the first while they all fit
/// ([`PRINT_QUARTERS`]), else the newest [`PRINT_QUARTERS`]'s first.
fn printed_from(total: usize) -> usize {
    total.saturating_sub(PRINT_QUARTERS)
}

/// Under a table of strips, in print only: how many of the quarters the page carries, when it carries
/// fewer than the export ([`PRINT_QUARTERS`]).
fn print_note(lang: Language, trends: &Trends) -> Html {
    let total = trends.quarters.len();
    if printed_from(total) == 0 {
        return Html::default();
    }
    html! {
        <p class="csm-muted csm-print-note" data-testid="trend-print-note">
            { labels::printed_quarters(lang, PRINT_QUARTERS, total) }
        </p>
    }
}

fn items(lang: Language, s: &BoardSummary, trends: &Trends, shown: usize) -> Html {
    let l = labels(lang);
    let table = strips(lang, s, trends, shown, l.item, "trend-item")
        .testid("trend-items")
        .caption(l.items_title)
        .scroll_region(l.items_region);
    html! {
        <section class="csm-card csm-trend-items" aria-labelledby="csm-trend-items-title" aria-busy={busy(shown, trends.quarters.len())}>
            <h3 class="csm-card-title" id="csm-trend-items-title">{ l.items_title }</h3>
            <p class="csm-muted">{ l.items_lead }</p>
            { table.render(&trends.items) }
            { print_note(lang, trends) }
        </section>
    }
}

fn principles(lang: Language, s: &BoardSummary, trends: &Trends, shown: usize) -> Html {
    let l = labels(lang);
    let table = strips(lang, s, trends, shown, l.principle, "trend-principle")
        .testid("trend-principles")
        .caption(l.principles_title)
        .scroll_region(l.principles_region);
    html! {
        <section
            class="csm-card csm-trend-principles"
            aria-labelledby="csm-trend-principles-title"
            aria-busy={busy(shown, trends.quarters.len())}
        >
            <h3 class="csm-card-title" id="csm-trend-principles-title">{ l.principles_title }</h3>
            { table.render(&trends.principles) }
            { print_note(lang, trends) }
        </section>
    }
}

fn figures(lang: Language, s: &BoardSummary, trends: &Trends, shown: usize) -> Html {
    let l = labels(lang);
    let lights = |p: &TrendPoint| {
        let counts = [(Light::Red, p.lights.red), (Light::Amber, p.lights.amber), (Light::Green, p.lights.green)];
        html! {
            <span class="csm-trend-lights">
                { for counts.into_iter().map(|(light, n)| html! {
                    <span class={classes!("csm-count", format!("csm-count-{}", i18n::light_code(light)))}>
                        { shape(Tone::of_light(light)) }
                        <span class="csm-sr-only">{ light.label(lang) }{ " " }</span>
                        { labels::count(n) }
                    </span>
                }) }
            </span>
        }
    };
    let table = Table::new("csm-table csm-record-table csm-trend-figures")
        .testid("trend-figures")
        .caption(l.figures_title)
        .row(|p: &TrendPoint| {
            Row::testid("trend-quarter")
                .class((p.quarter == s.quarter).then_some("is-chosen"))
                .data("data-quarter", p.quarter.to_string())
                .data("data-maturity", i18n::maturity(p.maturity))
                .data("data-above-tolerance", p.above_tolerance.to_string())
                .data("data-unapproved", p.unapproved.to_string())
                .data("data-loss-yen", p.expected_loss_yen.to_string())
                .data("data-not-estimated", p.not_estimated.to_string())
                .data("data-decisions-open", p.decisions_open.to_string())
                .data("data-decisions-taken", p.decisions_taken.map_or_else(|| "none".to_owned(), |n| n.to_string()))
        })
        .column(Column::row_header(l.quarter, |p: &TrendPoint| quarter_head(lang, s, p.quarter)))
        .column(
            Column::new(l.maturity, |p: &TrendPoint| {
                html! {
                    <>
                        { i18n::maturity(p.maturity) }
                        <span class="csm-sub">{ format!(" / {}", i18n::maturity(p.target)) }</span>
                    </>
                }
            })
            .class("csm-num"),
        )
        .column(Column::new(l.lights, lights).class("csm-trend-lights-col"))
        .column(
            Column::new(l.above_tolerance, |p: &TrendPoint| {
                html! { labels::above_tolerance(lang, p.above_tolerance, p.unapproved) }
            })
            .class("csm-num"),
        )
        .column(
            Column::new(l.loss, |p: &TrendPoint| html! { labels::loss(lang, p.expected_loss_yen, p.not_estimated) })
                .class("csm-num"),
        )
        .column(Column::new(l.decisions_open, |p: &TrendPoint| html! { p.decisions_open.to_string() }).class("csm-num"))
        .column(
            Column::new(l.decisions_taken, |p: &TrendPoint| html! { labels::taken(lang, p.decisions_taken) })
                .class("csm-num"),
        )
        .scroll_region(l.figures_region);
    let none_recorded = trends.quarters.iter().all(|p| p.decisions_taken.is_none());
    let partial = trends.quarters.iter().any(|p| p.not_estimated > 0);
    html! {
        <section
            class="csm-card csm-trend-figures-card"
            aria-labelledby="csm-trend-figures-title"
            aria-busy={busy(shown, trends.quarters.len())}
        >
            <h3 class="csm-card-title" id="csm-trend-figures-title">{ l.figures_title }</h3>
            { table.render(&trends.quarters[..shown]) }
            if partial {
                <p class="csm-muted" data-testid="trend-partial">{ l.partial_note }</p>
            }
            if none_recorded {
                <p class="csm-muted" data-testid="trend-not-recorded">{ l.not_recorded_note }</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strips_print_every_quarter_up_to_twelve_then_the_newest_twelve() {
        assert_eq!(printed_from(0), 0);
        assert_eq!(printed_from(11), 0, "one under: all print");
        assert_eq!(printed_from(PRINT_QUARTERS), 0, "equal: all print, no note");
        assert_eq!(printed_from(PRINT_QUARTERS + 1), 1, "one over: the oldest stays on screen");
        assert_eq!(printed_from(40), 28, "the flagship: its newest twelve print");
    }
}

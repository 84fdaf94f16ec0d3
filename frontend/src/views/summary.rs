//! The board summary, the landing view: the headline, a traffic light per important item with its
//! reasons, the KPI tiles, the residual-risk heat map, the expected annual loss and the ranked
//! decisions asked of the board — everything as `csm_core::summary::board_summary` computed it.
//! Printed, it takes two A4 landscape pages: the headline, the decisions and under them the board's
//! record (core's `BoardRecord::printed`), then the lights (the worst reason of each, and every "not
//! recorded" note), the KPIs and the heat map. A heat-map cell opens the risk register filtered to it.
//!
//! Test hooks: `view-summary`; `item-light` (`data-item`, `data-light`); `kpi-tile` (`data-kpi`,
//! `data-value`, `data-status`); `decision` (`data-rank`, `data-severity`, `data-item`);
//! `decision-members` (a group's fold) with `decision-member` (`data-rank`), built only while open;
//! `expected-loss` (`data-yen`); `board-record` (`data-recorded`, `data-carried`, `data-overdue`) with
//! `board-status`, `directive-overdue` (`data-id`), `already-decided`, `decision-taken`; on paper
//! `directives-printed` (`data-more`) with `directive-printed` (`data-id`, `data-state`) and
//! `directives-more`; a reason `reason` (`data-not-recorded`).

mod labels;

use std::rc::Rc;

use csm_core::checksheet::{self, Comparison};
use csm_core::directive::DirectiveState;
use csm_core::fiscal::FiscalQuarter;
use csm_core::kpi::{Kpi, Unit};
use csm_core::snapshot::Language;
use csm_core::summary::{BoardSummary, Decision, ItemLight, Light, Signal};
use csm_core::text;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::charts::sparkline;
use crate::components::{Change, Chart, HeatMap, Tone, shape, verdict};
use crate::hooks::{use_details_open, use_quarter_summary};
use crate::i18n;
use crate::routing::ViewId;
use crate::store::{Action, Baseline};

use labels::labels;

/// How many record paths a decision lists before "and N more".
const TRACE_SHOWN: usize = 3;

/// The summary of the chosen quarter (renders nothing without one).
#[component]
pub fn SummaryView() -> Html {
    let Some(chosen) = use_quarter_summary() else {
        return Html::default();
    };
    let (summary, lang, basis) = (&chosen.summary, chosen.lang, chosen.baseline());
    let compared = basis.map(|b| &b.checksheet);
    let (heat_before, heat_after) =
        labels::heat_note(lang, summary.risk.risks, summary.headline.above_tolerance, summary.headline.unapproved);
    // A cell opens the risk register filtered to it (`#/risks?cell=3-4`).
    let on_cell = {
        let dispatcher = chosen.store.dispatcher();
        Callback::from(move |cell: Option<(u8, u8)>| {
            dispatcher.dispatch(cell.map_or(Action::ChooseView(ViewId::Risks), Action::OpenCell))
        })
    };
    let l = labels(lang);
    html! {
        <div class="csm-view csm-summary" data-testid="view-summary">
            { headline(lang, summary, basis, compared) }
            <div class="csm-summary-grid">
                <div class="csm-summary-col">
                    <section class="csm-card csm-lights" aria-labelledby="csm-lights-title">
                        <h3 class="csm-card-title" id="csm-lights-title">{ l.lights_title }</h3>
                        <ol class="csm-light-list">
                            { for summary.lights.iter().map(|item| light_row(lang, item, basis, compared)) }
                        </ol>
                        if !summary.year_covered {
                            <p class="csm-note">{ l.partial_year }</p>
                        }
                    </section>
                    <section class="csm-card csm-decisions">
                        <h3 class="csm-card-title">{ l.decisions_title }</h3>
                        if summary.decisions.is_empty() {
                            <p class="csm-muted">{ l.no_decisions }</p>
                        } else {
                            <ol class="csm-decision-list">
                                { for summary.decisions.iter().enumerate().map(|(i, d)| decision(lang, summary, i, d)) }
                            </ol>
                        }
                        { board_record(lang, summary) }
                    </section>
                </div>
                <div class="csm-summary-col">
                    <section class="csm-card csm-kpi-board">
                        <h3 class="csm-card-title">{ l.kpis_title }</h3>
                        <div class="csm-kpi-tiles">
                            { for summary.kpis.kpis.iter().map(|k| kpi_tile(lang, summary, k, basis)) }
                        </div>
                    </section>
                    <section class="csm-card csm-heat">
                        <h3 class="csm-card-title">{ l.heat_title }</h3>
                        <p class="csm-card-note">
                            { heat_before }
                            <bdi>{ summary.risk.tolerance.as_ref().map_or("—", |t| t.name.get(lang)).to_owned() }</bdi>
                            { heat_after }
                        </p>
                        <HeatMap map={summary.risk.residual.clone()} {lang} on_select={on_cell} />
                    </section>
                    { loss(lang, summary, basis) }
                </div>
            </div>
        </div>
    }
}

/// A maturity change (core's `checksheet::compare`) against the comparison quarter `versus`.
pub fn maturity_change(lang: Language, change: Option<f64>, versus: Option<FiscalQuarter>) -> Html {
    let (Some(change), Some(q)) = (change, versus) else {
        return Html::default();
    };
    html! {
        <Change
            arrow={i18n::arrow(change)}
            amount={i18n::signed(change, 2)}
            trend={checksheet::maturity_trend(change)}
            versus={i18n::versus(lang, q)}
        />
    }
}

/// `2025Q3: 980万円` — the comparison quarter's value, where core computes no difference.
fn compared_value(basis: Option<&Baseline>, value: Option<String>) -> Html {
    match (basis.map(Baseline::fiscal), value) {
        (Some(quarter), Some(value)) => html! {
            <span class="csm-compared">{ format!("{}: {value}", i18n::quarter_short(quarter)) }</span>
        },
        _ => Html::default(),
    }
}

fn headline(lang: Language, s: &BoardSummary, basis: Option<&Baseline>, compared: Option<&Comparison>) -> Html {
    let l = labels(lang);
    let h = &s.headline;
    let urgent = h.decisions.critical + h.decisions.high;
    let total = s.decisions.len();
    let counts = [(Light::Red, h.lights.red), (Light::Amber, h.lights.amber), (Light::Green, h.lights.green)];
    html! {
        <section class="csm-card csm-headline" aria-labelledby="csm-headline-title">
            <h3 class="csm-view-title" id="csm-headline-title">{ labels::title(lang, s.fiscal(s.quarter)) }</h3>
            <dl class="csm-figures">
                <div class="csm-figure">
                    <dt>{ l.overall }</dt>
                    <dd>
                        <span class="csm-figure-value" data-testid="overall-maturity">{ i18n::maturity(h.maturity.maturity) }</span>
                        <span class="csm-figure-unit">{ format!(" / {} {}", l.target, i18n::maturity(h.maturity.target)) }</span>
                    </dd>
                    <dd class="csm-figure-sub">
                        { maturity_change(lang, compared.map(|c| c.overall), basis.map(Baseline::fiscal)) }
                    </dd>
                </div>
                <div class="csm-figure">
                    <dt>{ l.lights }</dt>
                    <dd class="csm-figure-lights">
                        { for counts.iter().map(|(light, n)| html! {
                            <span class={classes!("csm-count", format!("csm-count-{}", i18n::light_code(*light)))}>
                                { shape(Tone::of_light(*light)) }
                                { labels::light_count(lang, *n, light.label(lang)) }
                            </span>
                        }) }
                    </dd>
                </div>
                <div class="csm-figure">
                    <dt>{ l.loss }</dt>
                    <dd><span class="csm-figure-value">{ text::yen(h.expected_loss_yen, lang) }</span></dd>
                    <dd class="csm-figure-sub">
                        if let Some(ratio) = h.reduction_to_budget {
                            <span>{ labels::ratio(lang, ratio) }</span>
                        }
                        { loss_change(lang, basis) }
                    </dd>
                </div>
                <div class="csm-figure">
                    <dt>{ l.decisions }</dt>
                    <dd><span class="csm-figure-value">{ labels::items(lang, total) }</span></dd>
                    if urgent > 0 {
                        <dd class="csm-figure-sub csm-urgent">
                            { shape(Tone::Bad) }{ labels::urgent(lang, urgent) }
                        </dd>
                    }
                </div>
            </dl>
            <p class="csm-headline-text" data-testid="headline">{ h.message(lang) }</p>
        </section>
    }
}

/// A reason under a light, in its light's tone; a note that the export does not record something
/// (`Reason::is_not_recorded`) says so in a neutral tone, judging nothing, and is printed whatever
/// its rank (see the print stylesheet).
fn reason(lang: Language, signal: &Signal) -> Html {
    let not_recorded = signal.reason.is_not_recorded();
    let (class, tone) = if not_recorded {
        ("is-not-recorded".to_owned(), Tone::Neutral)
    } else {
        (format!("is-{}", i18n::light_code(signal.light)), Tone::of_light(signal.light))
    };
    html! {
        <li class={classes!("csm-reason", class)} data-testid="reason" data-not-recorded={not_recorded.to_string()}>
            { shape(tone) }
            <span>{ signal.reason.message_isolated(lang) }</span>
        </li>
    }
}

fn light_row(lang: Language, item: &ItemLight, basis: Option<&Baseline>, compared: Option<&Comparison>) -> Html {
    let l = labels(lang);
    let code = i18n::light_code(item.light);
    // The comparison quarter's light, when it was another colour.
    let then =
        basis.and_then(|b| b.summary.lights.iter().find(|x| x.item == item.item)).filter(|t| t.light != item.light);
    let was = match (basis.map(Baseline::fiscal), then) {
        (Some(quarter), Some(then)) => html! {
            <span class="csm-compared" data-testid="light-was">
                { format!("{}: ", i18n::quarter_short(quarter)) }
                { shape(Tone::of_light(then.light)) }
                { then.light.label(lang) }
            </span>
        },
        _ => Html::default(),
    };
    html! {
        <li
            class={classes!("csm-light-row", format!("is-{code}"))}
            data-testid="item-light"
            data-item={item.item.to_string()}
            data-light={code}
        >
            { verdict(Tone::of_light(item.light), item.light.label(lang)) }
            <div class="csm-light-main">
                <p class="csm-light-title">
                    <span class="csm-light-number">{ item.item }</span>
                    { item.title.get(lang).to_owned() }
                </p>
                <ul class="csm-reasons">
                    { for item.signals.iter().map(|s| reason(lang, s)) }
                </ul>
            </div>
            <div class="csm-light-score">
                <span class="csm-light-maturity" title={l.maturity}>
                    { format!("{} / {}", i18n::maturity(item.maturity), i18n::maturity(item.target)) }
                </span>
                { maturity_change(lang, compared.and_then(|c| c.item(item.item)), basis.map(Baseline::fiscal)) }
                { was }
            </div>
        </li>
    }
}

/// A KPI's change against the comparison quarter (core's `kpi::change_between`, computed by the
/// store): arrow, amount and better / worse.
pub fn kpi_change(lang: Language, k: &Kpi, basis: Option<&Baseline>) -> Html {
    let Some((c, q)) = basis.and_then(|b| Some((b.kpi(k.id)?, b.fiscal()))) else {
        return Html::default();
    };
    html! {
        <Change
            arrow={i18n::arrow(c.change)}
            amount={i18n::kpi_change(k.unit, c.change)}
            trend={c.trend}
            word={i18n::trend(lang, c.trend)}
            versus={i18n::versus(lang, q)}
        />
    }
}

fn kpi_tile(lang: Language, summary: &BoardSummary, k: &Kpi, basis: Option<&Baseline>) -> Html {
    let l = labels(lang);
    let code = i18n::kpi_code(k.id);
    let status = i18n::status_code(k.status);
    let values: Vec<Option<f64>> = k.series.iter().map(|p| p.value).collect();
    let spark = sparkline::sparkline(&values, k.target, k.unit == Unit::Count);
    let points: Vec<(String, String)> = k
        .series
        .iter()
        .map(|p| {
            (
                i18n::quarter_short(summary.fiscal(p.quarter)),
                p.value.map_or_else(|| "—".to_owned(), |v| i18n::kpi_value(k.unit, v)),
            )
        })
        .collect();
    let name = k.name.get(lang).to_owned();
    html! {
        <article
            class={classes!("csm-kpi-tile", format!("is-{status}"))}
            data-testid="kpi-tile"
            data-kpi={code}
            data-value={k.value.map(|v| v.to_string())}
            data-status={status}
        >
            <h4 class="csm-kpi-name">{ name.clone() }</h4>
            <p class="csm-kpi-figure">
                <span class="csm-kpi-value" data-testid="kpi-value">
                    { k.value.map_or_else(|| "—".to_owned(), |v| i18n::kpi_value(k.unit, v)) }
                </span>
                if let Some(target) = k.target {
                    <span class="csm-kpi-target">
                        <span class="csm-kpi-target-label">{ l.target }</span>
                        { format!(" {}", i18n::kpi_target(k.unit, k.direction, target)) }
                    </span>
                }
            </p>
            <div class="csm-kpi-foot">
                { verdict(Tone::of_status(k.status), i18n::status(lang, k.status)) }
                { kpi_change(lang, k, basis) }
            </div>
            if let Some(svg) = spark {
                <Chart {svg} label={labels::series(lang, &name, &points)} class="csm-spark" />
            }
        </article>
    }
}

/// The change of the expected annual loss against the previous quarter, as core computed and
/// judged it.
fn loss_change(lang: Language, basis: Option<&Baseline>) -> Html {
    match basis.and_then(|b| Some((b.loss?, b.fiscal()))) {
        Some(((change, trend), q)) => html! {
            <Change
                arrow={i18n::arrow(change as f64)}
                amount={i18n::yen_change(lang, change)}
                {trend}
                versus={i18n::versus(lang, q)}
            />
        },
        None => Html::default(),
    }
}

fn loss(lang: Language, s: &BoardSummary, basis: Option<&Baseline>) -> Html {
    let l = labels(lang);
    let loss = &s.risk.loss;
    let change = loss_change(lang, basis);
    // Core computes the loss change against the previous quarter only; another quarter's total is
    // shown beside it instead.
    let then = basis.filter(|b| !b.previous).map(|b| text::yen(b.summary.headline.expected_loss_yen, lang));
    html! {
        <section class="csm-card csm-loss" data-testid="expected-loss" data-yen={loss.total_yen.to_string()}>
            <h3 class="csm-card-title">{ l.loss_title }</h3>
            <p class="csm-loss-figure">
                <span class="csm-figure-value">{ text::yen(loss.total_yen, lang) }</span>
                { change }
                { compared_value(basis, then) }
            </p>
            <p class="csm-loss-budget">{ loss.comparison(lang) }</p>
            if !loss.per_asset.is_empty() {
                <p class="csm-loss-sub">{ l.by_asset }</p>
                <ul class="csm-loss-assets">
                    { for loss.per_asset.iter().take(3).map(|a| html! {
                        <li>
                            <span class="csm-loss-asset">{ a.name.get(lang).to_owned() }</span>
                            <span class="csm-num">{ format!("{}（{}）", text::yen(a.expected_loss_yen, lang), labels::risks(lang, a.risks)) }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

fn decision(lang: Language, summary: &Rc<BoardSummary>, index: usize, d: &Decision) -> Html {
    let l = labels(lang);
    html! {
        <li
            class={classes!("csm-decision", format!("is-{}", i18n::severity_code(d.urgency)))}
            data-testid="decision"
            data-rank={d.rank.to_string()}
            data-severity={i18n::severity_code(d.urgency)}
            data-item={d.item.to_string()}
            data-count={d.count().to_string()}
        >
            <span class="csm-decision-rank">{ d.rank }</span>
            { verdict(Tone::of_severity(d.urgency), d.urgency.label(lang)) }
            <div class="csm-decision-body">
                <p class="csm-decision-title">{ d.title_isolated(lang) }</p>
                <p class="csm-decision-meta">
                    <span>{ format!("{} {}", l.item, d.item) }</span>
                    { trace(lang, &d.trace) }
                    <span class="csm-decision-key" data-testid="decision-key">
                        { format!("{}: ", l.key) }<code class="csm-path">{ d.key.clone() }</code>
                    </span>
                </p>
                if !d.members.is_empty() {
                    <Members {lang} summary={summary.clone()} {index} />
                }
            </div>
        </li>
    }
}

#[derive(Properties)]
struct MembersProps {
    lang: Language,
    summary: Rc<BoardSummary>,
    /// The decision's position in `summary.decisions`.
    index: usize,
}

impl PartialEq for MembersProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.summary, &other.summary) && self.index == other.index
    }
}

/// A group's members, folded under "all N": the list is built when the reader opens it (a closed
/// `details` shows none of it, and at group scale the members of twenty decisions are 1,771 of the
/// summary's 2,985 elements). Not printed (the stylesheet hides them on paper).
#[component]
fn Members(props: &MembersProps) -> Html {
    let (open, ontoggle) = use_details_open();
    let Some(d) = props.summary.decisions.get(props.index) else {
        return Html::default();
    };
    let (lang, l) = (props.lang, labels(props.lang));
    html! {
        <details class="csm-decision-members" data-testid="decision-members" {ontoggle}>
            <summary>{ labels::all_members(lang, d.members.len()) }</summary>
            if open {
                <ol class="csm-decision-member-list">
                    { for d.members.iter().map(|m| html! {
                        <li class="csm-decision-member" data-testid="decision-member" data-rank={m.rank.to_string()}>
                            <p class="csm-decision-title">{ m.title_isolated(lang) }</p>
                            <p class="csm-decision-meta">
                                { trace(lang, &m.trace) }
                                <span class="csm-decision-key">
                                    { format!("{}: ", l.key) }<code class="csm-path">{ m.key.clone() }</code>
                                </span>
                            </p>
                        </li>
                    }) }
                </ol>
            }
        </details>
    }
}

/// The board's record beside the decisions (4-2). On screen: last quarter's directives counted by
/// state, the overdue ones named; the decisions not asked again because the board took them, the
/// decisions taken and tolerance changes of the quarter. On paper (page 1, under the decisions): the
/// counts, core's `BoardRecord::printed` — at most three directives, one line each (state, title,
/// owner, due date), overdue first, then "and K more" — and the count of those not asked again.
fn board_record(lang: Language, s: &BoardSummary) -> Html {
    let l = labels(lang);
    let b = &s.board;
    let overdue: Vec<_> = b.overdue().collect();
    let printed = b.printed();
    html! {
        <div
            class="csm-board-record"
            data-testid="board-record"
            data-recorded={b.recorded.to_string()}
            data-carried={b.carried.len().to_string()}
            data-overdue={overdue.len().to_string()}
        >
            <h4 class="csm-board-title">{ l.board_title }</h4>
            <p class="csm-board-status" data-testid="board-status">{ b.status(lang) }</p>
            if !s.already_decided.is_empty() {
                <p class="csm-board-decided-count" data-testid="already-decided-count">
                    { labels::already_decided(lang, s.already_decided.len()) }
                </p>
            }
            if !overdue.is_empty() {
                <ul class="csm-board-overdue">
                    { for overdue.iter().map(|d| html! {
                        <li data-testid="directive-overdue" data-id={d.id.clone()}>
                            { shape(Tone::Bad) }
                            <span>{ d.line(lang) }</span>
                        </li>
                    }) }
                </ul>
            }
            if !printed.shown.is_empty() {
                <ol class="csm-board-paper" data-testid="directives-printed" data-more={printed.more.to_string()}>
                    { for printed.shown.iter().map(|d| html! {
                        <li
                            class={classes!("csm-board-paper-row", format!("is-{}", d.state.code()))}
                            data-testid="directive-printed"
                            data-id={d.id.clone()}
                            data-state={d.state.code()}
                        >
                            <span class="csm-board-paper-state">{ shape(directive_tone(d.state)) }{ d.state_word(lang) }</span>
                            <span class="csm-board-paper-text"><bdi>{ d.text.clone() }</bdi></span>
                            <span class="csm-board-paper-owner"><bdi>{ d.owner.clone() }</bdi></span>
                            <span class="csm-board-paper-due">{ d.due_word(lang) }</span>
                        </li>
                    }) }
                    if let Some(more) = printed.more_line(lang) {
                        <li class="csm-board-paper-more" data-testid="directives-more">{ more }</li>
                    }
                </ol>
            }
            if !s.already_decided.is_empty() {
                <ul class="csm-board-decided">
                    { for s.already_decided.iter().map(|a| html! {
                        <li data-testid="already-decided">{ a.line(lang) }</li>
                    }) }
                </ul>
            }
            if !b.taken.is_empty() || !b.tolerance_changes.is_empty() {
                <ul class="csm-board-taken">
                    { for b.taken.iter().map(|t| html! { <li data-testid="decision-taken">{ t.line(lang) }</li> }) }
                    { for b.tolerance_changes.iter().map(|c| html! { <li data-testid="tolerance-change">{ c.line(lang) }</li> }) }
                </ul>
            }
        </div>
    }
}

/// The mark of a directive's state: overdue bad, not started caution, in progress neutral, done good.
fn directive_tone(state: DirectiveState) -> Tone {
    match state {
        DirectiveState::Overdue => Tone::Bad,
        DirectiveState::NotStarted => Tone::Caution,
        DirectiveState::InProgress => Tone::Neutral,
        DirectiveState::Done => Tone::Good,
    }
}

/// A decision's records: the first few JSON paths, then "and N more".
fn trace(lang: Language, paths: &[String]) -> Html {
    let l = labels(lang);
    let hidden = paths.len().saturating_sub(TRACE_SHOWN);
    html! {
        <span class="csm-decision-trace">
            { format!("{}: ", l.trace) }
            { for paths.iter().take(TRACE_SHOWN).map(|t| html! { <code class="csm-path">{ t.clone() }</code> }) }
            if hidden > 0 {
                <span>{ i18n::and_more(lang, hidden) }</span>
            }
        </span>
    }
}

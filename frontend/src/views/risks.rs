//! Risks (3-3, 3-4, 付録3 (3)-6): the heat map (inherent or residual) that filters the risk register,
//! the register itself (sorted, filtered and paged by `csm_core::risk`), the residual risks above
//! tolerance whose approval the board is asked for, the changes since the comparison quarter, the
//! treatment mix and the expected annual loss per asset.
//!
//! Test hooks: `view-risks`; `rated-toggle` (buttons with `data-rated`); `heat-map`, `heat-cell` (see
//! [`crate::components::heat_map`]); the register's hooks (see [`crate::components::risk_register`]);
//! `approvals` (`data-missing`, `data-expired`, `data-expiring`, `data-valid`) with `above-row`
//! (`data-risk-id`, `data-approval`); `moves` (`data-new`, `data-removed`, `data-up`, `data-down`) with
//! `move-row` (`data-risk-id`, `data-change`); `treatment-mix` with `treatment-row` (`data-treatment`,
//! `data-count`); `asset-loss` with `asset-row` (`data-asset`, `data-yen`). The cards below the register
//! are drawn a frame after the rest: until then their container is `aria-busy="true"`, and a view is
//! complete when nothing in it is busy (what the browser tests wait for).

mod assessments;
mod labels;

use std::rc::Rc;

use csm_core::fiscal::FiscalQuarter;
use csm_core::risk::{
    self, AboveTolerance, AssetLoss, Cell, Level, Move, Movement, Moves, Page, Placed, Query, Rated, Standing,
    TreatmentShare, treatment_label,
};
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use csm_core::text;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::components::heat_map::HeatMap;
use crate::components::risk_register::{RiskRegister, level_badge as placed_badge};
use crate::components::{Column, CountTile, Row, Table, Tone, shape, stat};
use crate::hooks::{busy, use_after_first_frame, use_quarter_summary, use_rows_shown_from};
use crate::store::{Action, Baseline, Loaded, State, same};

use labels::labels;

/// How many movements the changes card lists before "and N more".
const MOVES_SHOWN: usize = 20;

/// How many residual risks above tolerance the decisions card lists, most urgent first as core orders
/// them, before "and N more" (its tallies count them all, and the register filters the rest by
/// approval). Twenty, like the view's other lists: at group scale fifty rows were a sixth of the view.
const ABOVE_SHOWN: usize = 20;

/// How many assets the loss card lists, largest first.
const ASSETS_SHOWN: usize = 25;

/// The risks view of the chosen quarter (renders nothing without one).
#[component]
pub fn RisksView() -> Html {
    let Some(chosen) = use_quarter_summary() else {
        return Html::default();
    };
    let Some(current) = chosen.store.current.clone() else {
        return Html::default();
    };
    let (cell, dispatcher) = (chosen.store.cell, chosen.store.dispatcher());
    html! {
        <RisksBody {current} summary={chosen.summary} baseline={chosen.baseline} lang={chosen.lang} {cell} {dispatcher} />
    }
}

/// Props of [`RisksBody`].
#[derive(Properties)]
struct BodyProps {
    current: Loaded,
    summary: Rc<BoardSummary>,
    baseline: Option<Rc<Baseline>>,
    lang: Language,
    /// The residual cell the route filters the register to, read when the view opens.
    cell: Option<(u8, u8)>,
    /// Keeps the chosen residual cell in the route.
    dispatcher: UseReducerDispatcher<State>,
}

impl PartialEq for BodyProps {
    /// The store replaces the summary and the comparison when it recomputes them: the same
    /// allocation is the same value.
    fn eq(&self, other: &Self) -> bool {
        self.current.export == other.current.export
            && Rc::ptr_eq(&self.summary, &other.summary)
            && same(&self.baseline, &other.baseline)
            && self.lang == other.lang
    }
}

/// Props of the sections that do not depend on the register's query, so a sort or a page turn
/// re-renders only the heat map and the register (thousands of rows at scale stay untouched).
#[derive(Properties)]
struct SectionProps {
    summary: Rc<BoardSummary>,
    baseline: Option<Rc<Baseline>>,
    lang: Language,
}

impl PartialEq for SectionProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.summary, &other.summary) && same(&self.baseline, &other.baseline) && self.lang == other.lang
    }
}

/// The rows of the risks above tolerance drawn in the frame that opens the view: the card's scroll region
/// shows about seven; the rest of the [`ABOVE_SHOWN`] follow in the next frame (the card is `aria-busy`
/// until then).
const ABOVE_FIRST: usize = 8;

/// The residual risks above tolerance (see [`decisions`]).
#[component]
fn DecisionsCard(props: &SectionProps) -> Html {
    let listed = props.summary.risk.above_tolerance.len().min(ABOVE_SHOWN);
    let shown = use_rows_shown_from(listed, ABOVE_FIRST);
    decisions(props.lang, &props.summary, shown, listed)
}

/// Movements, treatment mix, loss per asset and the year's assessments: below the register, off screen
/// when the view opens, so drawn from the frame after the one that shows the view's top
/// ([`use_after_first_frame`]); until then an empty container of the same class, `aria-busy`.
#[component]
fn RiskDetails(props: &SectionProps) -> Html {
    if !use_after_first_frame() {
        return html! { <div class="csm-risks-bottom" aria-busy="true"></div> };
    }
    html! {
        <div class="csm-risks-bottom">
            { movements(props.lang, props.baseline.as_ref().and_then(|b| Some((b.moves.as_ref()?, b.fiscal())))) }
            { treatment_mix(props.lang, &props.summary) }
            { asset_loss(props.lang, &props.summary) }
            { assessments::card(props.lang, &props.summary.risk.assessments) }
        </div>
    }
}

#[component]
fn RisksBody(props: &BodyProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let summary = &props.summary;
    let quarter = summary.quarter;
    let rated = use_state(|| Rated::Residual);
    let query = use_state(|| Query {
        cell: props.cell.map(|(likelihood, impact)| Cell { rated: Rated::Residual, likelihood, impact }),
        ..Query::default()
    });
    let q = Query { lang, ..(*query).clone() };

    let page: Rc<Option<Rc<Page>>> = use_memo((props.current.clone(), quarter, q.clone()), |(current, quarter, q)| {
        current.register_page(*quarter, q).map(Rc::new)
    });

    let on_query = {
        let query = query.clone();
        Callback::from(move |next: Query| query.set(next))
    };
    let on_select = {
        let (query, rated, dispatcher) = (query.clone(), *rated, props.dispatcher.clone());
        Callback::from(move |cell: Option<(u8, u8)>| {
            dispatcher.dispatch(Action::ChooseCell(cell.filter(|_| rated == Rated::Residual)));
            let cell = cell.map(|(likelihood, impact)| Cell { rated, likelihood, impact });
            query.set(Query { cell, page: 0, ..(*query).clone() });
        })
    };
    let toggle = |to: Rated, label: &'static str, code: &'static str| {
        let pressed = *rated == to;
        let onclick = {
            let (rated, query, dispatcher) = (rated.clone(), query.clone(), props.dispatcher.clone());
            Callback::from(move |_: MouseEvent| {
                rated.set(to);
                let cell = query.cell.map(|c| Cell { rated: to, ..c });
                let routed = cell.filter(|c| c.rated == Rated::Residual).map(|c| (c.likelihood, c.impact));
                dispatcher.dispatch(Action::ChooseCell(routed));
                if cell != query.cell {
                    query.set(Query { cell, page: 0, ..(*query).clone() });
                }
            })
        };
        html! {
            <button
                type="button"
                class={classes!("csm-segment", pressed.then_some("is-on"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                data-rated={code}
                {onclick}
            >
                { label }
            </button>
        }
    };
    let map = match *rated {
        Rated::Inherent => summary.risk.inherent.clone(),
        Rated::Residual => summary.risk.residual.clone(),
    };
    let selected = q.cell.map(|c| (c.likelihood, c.impact));
    let approvals = risk::approvals(&summary.risk.above_tolerance);

    html! {
        <div class="csm-view csm-risks" data-testid="view-risks">
            <h2 class="csm-view-title">{ l.title }</h2>
            <dl class="csm-stats">
                <div class="csm-stat">
                    <dt>{ l.registered }</dt>
                    <dd data-testid="risk-count">{ labels::risks(lang, summary.risk.risks) }</dd>
                </div>
                { stat(l.tolerance, summary.risk.tolerance.as_ref().map_or("—", |t| t.name.get(lang))) }
                { stat(l.above, labels::risks(lang, approvals.above_tolerance)) }
                { stat(l.unapproved, labels::risks(lang, summary.headline.unapproved)) }
                { stat(l.loss, text::yen(summary.risk.loss.total_yen, lang)) }
            </dl>
            <div class="csm-risks-top">
                <section class="csm-card csm-risk-heat" aria-labelledby="csm-risk-heat-title">
                    <div class="csm-card-head">
                        <h3 class="csm-card-title" id="csm-risk-heat-title">{ l.heat_title }</h3>
                        <div class="csm-segments" role="group" aria-label={l.rating} data-testid="rated-toggle">
                            { toggle(Rated::Inherent, l.inherent, Rated::Inherent.code()) }
                            { toggle(Rated::Residual, l.residual, Rated::Residual.code()) }
                        </div>
                    </div>
                    <HeatMap {map} {lang} {selected} {on_select} />
                </section>
                <DecisionsCard summary={summary.clone()} baseline={props.baseline.clone()} {lang} />
            </div>
            if let Some(page) = (*page).clone() {
                <RiskRegister {page} query={q.clone()} {lang} {on_query} />
            }
            <RiskDetails summary={summary.clone()} baseline={props.baseline.clone()} {lang} />
        </div>
    }
}

/// `level` on its colour, without its cell.
fn level_badge(lang: Language, level: &Level) -> Html {
    let placed = Placed { likelihood: 0, impact: 0, level: Some(level.clone()), ink: risk::text_on(&level.colour).ink };
    placed_badge(&placed, lang, true)
}

/// The residual risks above tolerance and where their approval stands.
fn decisions(lang: Language, summary: &BoardSummary, shown: usize, listed: usize) -> Html {
    let l = labels(lang);
    let a = risk::approvals(&summary.risk.above_tolerance);
    let count = |tone: Tone, word: &'static str, n: usize| {
        html! {
            <li class="csm-tally">
                { shape(tone) }
                <span class="csm-tally-word">{ word }</span>
                <span class="csm-tally-n">{ labels::risks(lang, n) }</span>
            </li>
        }
    };
    let approval = |r: &AboveTolerance| {
        let standing = Standing::from(r.approval);
        let tone = match standing {
            Standing::Missing | Standing::NotByBoard | Standing::Worsened | Standing::Expired => Tone::Bad,
            Standing::Expiring => Tone::Caution,
            _ => Tone::Good,
        };
        html! {
            <>
                <span class="csm-flag">
                    { shape(tone) }
                    <span>{ standing.text().get(lang) }</span>
                </span>
                if let (Some(approver), Some(days)) = (&r.approver, r.days_to_expiry) {
                    <span class="csm-sub"><bdi>{ approver.clone() }</bdi>{ labels::approval_after(lang, days) }</span>
                }
            </>
        }
    };
    let table = Table::new("csm-table csm-record-table")
        .row(|r: &AboveTolerance| {
            Row::testid("above-row")
                .data("data-risk-id", r.id.clone())
                .data("data-approval", Standing::from(r.approval).code())
                .data("data-path", r.path.clone())
        })
        .column(Column::new(l.risk, |r: &AboveTolerance| {
            html! {
                <>
                    <span class="csm-id">{ &r.id }</span>
                    <span class="csm-threat">{ r.threat.get(lang) }</span>
                    if !r.cia.is_empty() {
                        <span class="csm-sub" data-testid="cia">{ risk::cia_label(&r.cia).get(lang).to_owned() }</span>
                    }
                </>
            }
        }))
        .column(Column::new(l.level, |r: &AboveTolerance| {
            html! {
                <>
                    { level_badge(lang, &r.level) }
                    <span class="csm-sub">
                        { format!("{} ", l.tolerance) }<bdi>{ r.tolerance.name.get(lang).to_owned() }</bdi>
                        if r.own_tolerance { { format!("（{}）", l.own_tolerance) } }
                    </span>
                </>
            }
        }))
        .column(Column::new(l.approval, approval))
        .column(
            Column::new(l.loss, |r: &AboveTolerance| html! { text::yen(r.expected_loss_yen, lang) }).class("csm-num"),
        )
        .scroll_region(l.decisions_title);
    html! {
        // Not a landmark of its own: its table's scroll region carries the same name.
        <section
            class="csm-card csm-risk-decisions"
            data-testid="approvals"
            data-missing={a.missing.to_string()}
            data-expired={a.expired.to_string()}
            data-expiring={a.expiring.to_string()}
            data-valid={a.valid.to_string()}
            aria-busy={busy(shown, listed)}
        >
            <h3 class="csm-card-title" id="csm-risk-decisions-title">{ l.decisions_title }</h3>
            <p class="csm-lead">{ l.decisions_note }</p>
            <ul class="csm-tallies">
                { count(Tone::Bad, l.missing, a.missing) }
                if a.not_by_board > 0 {
                    { count(Tone::Bad, Term::label(Standing::NotByBoard, lang), a.not_by_board) }
                }
                if a.worsened > 0 {
                    { count(Tone::Bad, Term::label(Standing::Worsened, lang), a.worsened) }
                }
                { count(Tone::Bad, l.expired, a.expired) }
                { count(Tone::Caution, l.expiring, a.expiring) }
                { count(Tone::Good, l.valid, a.valid) }
            </ul>
            if summary.risk.above_tolerance.is_empty() {
                <p class="csm-muted">{ l.none_above }</p>
            } else {
                { table.render(summary.risk.above_tolerance.iter().take(shown)) }
                if let Some(more) = labels::more(lang, summary.risk.above_tolerance.len(), ABOVE_SHOWN) {
                    <p class="csm-more">{ more }{ l.more_in_register }</p>
                }
            }
        </section>
    }
}

/// The risks that moved since the comparison quarter (none without one).
fn movements(lang: Language, moves: Option<(&Moves, FiscalQuarter)>) -> Html {
    let l = labels(lang);
    let since = moves.map(|(_, q)| q);
    let moves = moves.map(|(m, _)| m);
    let body = match moves {
        Some(m) => {
            let word = |change: Move| match change {
                Move::New => l.new,
                Move::Removed => l.removed,
                Move::Up => l.up,
                Move::Down => l.down,
            };
            let arrow = |change: Move| match change {
                Move::New => "＋",
                Move::Removed => "－",
                Move::Up => "▲",
                Move::Down => "▼",
            };
            let tile = |change: Move, n: usize| {
                html! {
                    <CountTile
                        n={n as u64}
                        class={classes!((n > 0).then(|| format!("is-{}", move_code(change))))}
                        word={html! { <><span aria-hidden="true">{ arrow(change) }{ " " }</span>{ word(change) }</> }}
                    />
                }
            };
            let badge = |level: &Option<Level>| match level {
                Some(level) => level_badge(lang, level),
                None => html! { <span class="csm-dash">{ "—" }</span> },
            };
            let table = Table::new("csm-table csm-record-table")
                .row(|x: &Movement| {
                    Row::testid("move-row")
                        .data("data-risk-id", x.id.clone())
                        .data("data-change", move_code(x.change))
                        .data("data-path", x.path.clone())
                })
                .column(Column::new(l.risk, |x: &Movement| html! {
                    <>
                        <span class="csm-id">{ &x.id }</span>
                        <span class="csm-threat">{ x.threat.get(lang) }</span>
                    </>
                }))
                .column(Column::new(l.change, |x: &Movement| html! {
                    <span class="csm-flag"><span aria-hidden="true">{ arrow(x.change) }</span>{ word(x.change) }</span>
                }))
                .column(
                    Column::new(l.from_to, |x: &Movement| html! {
                        <>{ badge(&x.from) }<span aria-hidden="true">{ " → " }</span>{ badge(&x.to) }</>
                    })
                    .cell_class("csm-fromto"),
                )
                .scroll();
            html! {
                <>
                    <p class="csm-lead">{ since.map(|q| labels::versus(lang, q)) }</p>
                    <ul class="csm-tiles">
                        { tile(Move::New, m.new) }
                        { tile(Move::Removed, m.removed) }
                        { tile(Move::Up, m.up) }
                        { tile(Move::Down, m.down) }
                    </ul>
                    if m.list.is_empty() {
                        <p class="csm-muted">{ l.no_moves }</p>
                    } else {
                        { table.render(m.list.iter().take(MOVES_SHOWN)) }
                        if let Some(more) = labels::more(lang, m.list.len(), MOVES_SHOWN) {
                            <p class="csm-more">{ more }</p>
                        }
                    }
                </>
            }
        }
        None => html! { <p class="csm-muted">{ l.no_compare }</p> },
    };
    let data = |f: fn(&Moves) -> usize| moves.map(|m| f(m).to_string());
    html! {
        <section
            class="csm-card csm-risk-moves"
            aria-labelledby="csm-risk-moves-title"
            data-testid="moves"
            data-new={data(|m| m.new)}
            data-removed={data(|m| m.removed)}
            data-up={data(|m| m.up)}
            data-down={data(|m| m.down)}
        >
            <h3 class="csm-card-title" id="csm-risk-moves-title">{ l.moves_title }</h3>
            { body }
        </section>
    }
}

fn move_code(m: Move) -> &'static str {
    m.code()
}

/// Risks, share and expected loss per treatment.
fn treatment_mix(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let table = Table::new("csm-table csm-record-table csm-risk-mix-table")
        .row(|t: &TreatmentShare| {
            Row::testid("treatment-row")
                .data("data-treatment", risk::treatment_code(t.treatment))
                .data("data-count", t.count.to_string())
        })
        .column(Column::row_header(l.treatment, |t: &TreatmentShare| html! { treatment_label(t.treatment).get(lang) }))
        .column(Column::new(l.risks, |t: &TreatmentShare| html! { crate::i18n::count(t.count as u64) }).class("csm-num"))
        .column(
            Column::new(l.share, |t: &TreatmentShare| html! {
                <>
                    <svg class="csm-share-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="csm-share-bar-track" width="100" height="8" />
                        <rect class="csm-share-bar-value" width={t.pct.to_string()} height="8" />
                    </svg>
                    <span class="csm-share-bar-text">{ text::pct(t.pct) }</span>
                </>
            })
            .cell_class("csm-share-bar-cell"),
        )
        .column(Column::new(l.loss, |t: &TreatmentShare| html! { text::yen(t.expected_loss_yen, lang) }).class("csm-num"));
    html! {
        <section class="csm-card csm-risk-mix" aria-labelledby="csm-risk-mix-title" data-testid="treatment-mix">
            <h3 class="csm-card-title" id="csm-risk-mix-title">{ l.mix_title }</h3>
            { table.render(&summary.risk.treatment_mix) }
        </section>
    }
}

/// Expected annual loss per asset, the total and its ratio to the security budget.
fn asset_loss(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let loss = &summary.risk.loss;
    let table = Table::new("csm-table csm-record-table")
        .row(|a: &AssetLoss| {
            Row::testid("asset-row")
                .data("data-asset", a.asset.clone())
                .data("data-yen", a.expected_loss_yen.to_string())
        })
        .column(Column::row_header(l.asset, |a: &AssetLoss| html! { a.name.get(lang) }))
        .column(Column::new(l.risks, |a: &AssetLoss| html! { crate::i18n::count(a.risks as u64) }).class("csm-num"))
        .column(Column::new(l.loss, |a: &AssetLoss| html! { text::yen(a.expected_loss_yen, lang) }).class("csm-num"))
        .foot(html! {
            <>
                <th scope="row">{ l.total }</th>
                <td class="csm-num">{ crate::i18n::count(summary.risk.risks as u64) }</td>
                <td class="csm-num">{ text::yen(loss.total_yen, lang) }</td>
            </>
        })
        .scroll_region(l.assets_title);
    html! {
        <section class="csm-card csm-risk-assets" data-testid="asset-loss" data-yen={loss.total_yen.to_string()}>
            <h3 class="csm-card-title" id="csm-risk-assets-title">{ l.assets_title }</h3>
            <p class="csm-lead">{ l.assets_note }</p>
            { table.render(loss.per_asset.iter().take(ASSETS_SHOWN)) }
            if let Some(more) = labels::more(lang, loss.per_asset.len(), ASSETS_SHOWN) {
                <p class="csm-more">{ labels::more_assets(lang, &more) }</p>
            }
            <p class="csm-foot" data-testid="loss-comparison">{ loss.comparison(lang) }</p>
        </section>
    }
}

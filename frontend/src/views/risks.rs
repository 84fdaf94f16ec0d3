//! Risks (3-3, 3-4, 付録3 (3)-6): the heat map (inherent or residual) that filters the risk register,
//! the register itself (sorted, filtered and paged by `csm_core::register`), the residual risks above
//! tolerance whose approval the board is asked for, the changes since the comparison quarter, the
//! treatment mix and the expected annual loss per asset.
//!
//! Test hooks: `view-risks`; `rated-toggle` (buttons with `data-rated`); `heat-map`, `heat-cell` (see
//! [`crate::components::heat_map`]); the register's hooks (see [`crate::components::risk_register`]);
//! `approvals` (`data-missing`, `data-expired`, `data-expiring`, `data-valid`) with `above-row`
//! (`data-risk-id`, `data-approval`); `moves` (`data-new`, `data-removed`, `data-up`, `data-down`) with
//! `move-row` (`data-risk-id`, `data-change`); `treatment-mix` with `treatment-row` (`data-treatment`,
//! `data-count`); `asset-loss` with `asset-row` (`data-asset`, `data-yen`).

mod labels;

use std::rc::Rc;

use csm_core::calendar::Quarter;
use csm_core::period::Period;
use csm_core::register::{self, Cell, Moves, Page, Placed, Query, Standing};
use csm_core::risk::{Move, Rated, treatment_label};
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use csm_core::text;
use yew::prelude::*;

use crate::components::heat_map::HeatMap;
use crate::components::risk_register::{LevelBadge, RiskRegister};
use crate::components::{Shape, Tone};
use crate::store::{Export, Store};

use labels::labels;

/// How many movements the changes card lists before "and N more".
const MOVES_SHOWN: usize = 20;

/// How many residual risks above tolerance the decisions card lists (the register filters the rest).
const ABOVE_SHOWN: usize = 50;

/// How many assets the loss card lists, largest first.
const ASSETS_SHOWN: usize = 25;

/// The risks view of the chosen quarter (renders nothing without one).
#[component]
pub fn RisksView() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let (Some(summary), Some(current)) = (store.summary.clone(), store.current.as_ref()) else {
        return Html::default();
    };
    html! {
        <RisksBody
            export={current.export.clone()}
            {summary}
            compare={store.compare}
            lang={store.language}
        />
    }
}

/// Props of [`RisksBody`].
#[derive(Properties)]
struct BodyProps {
    export: Export,
    summary: Rc<BoardSummary>,
    compare: Option<Quarter>,
    lang: Language,
}

impl PartialEq for BodyProps {
    /// The store replaces the summary when it recomputes it: the same allocation is the same summary.
    fn eq(&self, other: &Self) -> bool {
        self.export == other.export
            && Rc::ptr_eq(&self.summary, &other.summary)
            && self.compare == other.compare
            && self.lang == other.lang
    }
}

/// Props of the sections that do not depend on the register's query, so a sort or a page turn
/// re-renders only the heat map and the register (thousands of rows at scale stay untouched).
#[derive(Properties)]
struct SectionProps {
    summary: Rc<BoardSummary>,
    moves: Rc<Option<Moves>>,
    compare: Option<Quarter>,
    lang: Language,
}

impl PartialEq for SectionProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.summary, &other.summary)
            && Rc::ptr_eq(&self.moves, &other.moves)
            && self.compare == other.compare
            && self.lang == other.lang
    }
}

/// The residual risks above tolerance (see [`decisions`]).
#[component]
fn DecisionsCard(props: &SectionProps) -> Html {
    decisions(props.lang, &props.summary)
}

/// Movements, treatment mix and loss per asset.
#[component]
fn RiskDetails(props: &SectionProps) -> Html {
    html! {
        <div class="csm-risks-bottom">
            { movements(props.lang, props.compare, (*props.moves).as_ref()) }
            { treatment_mix(props.lang, &props.summary) }
            { asset_loss(props.lang, &props.summary) }
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
    let query = use_state(Query::default);
    let q = Query { lang, ..(*query).clone() };

    let page: Rc<Option<Rc<Page>>> = use_memo((props.export.clone(), quarter, q.clone()), |(export, quarter, q)| {
        Period::new(&export.snapshot, *quarter).ok().map(|p| Rc::new(register::query(&p, q)))
    });
    let moves: Rc<Option<Moves>> =
        use_memo((props.export.clone(), quarter, props.compare), |(export, quarter, compare)| {
            let now = Period::new(&export.snapshot, *quarter).ok()?;
            let since = Period::new(&export.snapshot, (*compare)?).ok()?;
            Some(register::movements_since(&now, &since))
        });

    let on_query = {
        let query = query.clone();
        Callback::from(move |next: Query| query.set(next))
    };
    let on_select = {
        let (query, rated) = (query.clone(), *rated);
        Callback::from(move |cell: Option<(u8, u8)>| {
            let cell = cell.map(|(likelihood, impact)| Cell { rated, likelihood, impact });
            query.set(Query { cell, page: 0, ..(*query).clone() });
        })
    };
    let toggle = |to: Rated, label: &'static str, code: &'static str| {
        let pressed = *rated == to;
        let onclick = {
            let (rated, query) = (rated.clone(), query.clone());
            Callback::from(move |_: MouseEvent| {
                rated.set(to);
                let cell = query.cell.map(|c| Cell { rated: to, ..c });
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
    let approvals = register::approvals(&summary.risk.above_tolerance);

    html! {
        <div class="csm-view csm-risks" data-testid="view-risks">
            <h2 class="csm-view-title">{ l.title }</h2>
            <dl class="csm-stats">
                <div class="csm-stat">
                    <dt>{ l.registered }</dt>
                    <dd data-testid="risk-count">{ labels::risks(lang, summary.risk.risks) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.tolerance }</dt>
                    <dd>{ summary.risk.tolerance.as_ref().map_or("—", |t| t.name.get(lang)) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.above }</dt>
                    <dd>{ labels::risks(lang, approvals.above_tolerance) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.unapproved }</dt>
                    <dd>{ labels::risks(lang, summary.headline.unapproved) }</dd>
                </div>
                <div class="csm-stat">
                    <dt>{ l.loss }</dt>
                    <dd>{ text::yen(summary.risk.loss.total_yen, lang) }</dd>
                </div>
            </dl>
            <div class="csm-risks-top">
                <section class="csm-card csm-risk-heat" aria-labelledby="csm-risk-heat-title">
                    <div class="csm-card-head">
                        <h3 class="csm-card-title" id="csm-risk-heat-title">{ l.heat_title }</h3>
                        <div class="csm-segments" role="group" aria-label={l.rating} data-testid="rated-toggle">
                            { toggle(Rated::Inherent, l.inherent, "inherent") }
                            { toggle(Rated::Residual, l.residual, "residual") }
                        </div>
                    </div>
                    <HeatMap {map} {lang} {selected} {on_select} />
                </section>
                <DecisionsCard summary={summary.clone()} moves={moves.clone()} compare={props.compare} {lang} />
            </div>
            if let Some(page) = (*page).clone() {
                <RiskRegister {page} query={q.clone()} {lang} {on_query} />
            }
            <RiskDetails summary={summary.clone()} {moves} compare={props.compare} {lang} />
        </div>
    }
}

/// The residual risks above tolerance and where their approval stands.
fn decisions(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let a = register::approvals(&summary.risk.above_tolerance);
    let count = |tone: Tone, word: &'static str, n: usize| {
        html! {
            <li class="csm-tally">
                <Shape {tone} />
                <span class="csm-tally-word">{ word }</span>
                <span class="csm-tally-n">{ labels::risks(lang, n) }</span>
            </li>
        }
    };
    let rows = summary.risk.above_tolerance.iter().take(ABOVE_SHOWN).map(|r| {
        let standing = Standing::from(r.approval);
        let tone = match standing {
            Standing::Missing | Standing::Expired => Tone::Bad,
            Standing::Expiring => Tone::Caution,
            _ => Tone::Good,
        };
        let level = Placed { likelihood: 0, impact: 0, level: Some(r.level.clone()), ink: register::text_on(&r.level.colour).ink };
        html! {
            <tr data-testid="above-row" data-risk-id={r.id.clone()} data-approval={standing.code()} data-path={r.path.clone()}>
                <td>
                    <span class="csm-id">{ &r.id }</span>
                    <span class="csm-threat">{ r.threat.get(lang) }</span>
                </td>
                <td>
                    <LevelBadge placed={level} {lang} bare=true />
                    <span class="csm-sub">
                        { format!("{} {}", l.tolerance, r.tolerance.name.get(lang)) }
                        if r.own_tolerance { { format!("（{}）", l.own_tolerance) } }
                    </span>
                </td>
                <td>
                    <span class="csm-flag">
                        <Shape {tone} />
                        <span>{ standing.label().get(lang) }</span>
                    </span>
                    if let (Some(approver), Some(days)) = (&r.approver, r.days_to_expiry) {
                        <span class="csm-sub">{ labels::approval_line(lang, approver, days) }</span>
                    }
                </td>
                <td class="csm-num">{ text::yen(r.expected_loss_yen, lang) }</td>
            </tr>
        }
    });
    html! {
        <section
            class="csm-card csm-risk-decisions"
            aria-labelledby="csm-risk-decisions-title"
            data-testid="approvals"
            data-missing={a.missing.to_string()}
            data-expired={a.expired.to_string()}
            data-expiring={a.expiring.to_string()}
            data-valid={a.valid.to_string()}
        >
            <h3 class="csm-card-title" id="csm-risk-decisions-title">{ l.decisions_title }</h3>
            <p class="csm-lead">{ l.decisions_note }</p>
            <ul class="csm-tallies">
                { count(Tone::Bad, l.missing, a.missing) }
                { count(Tone::Bad, l.expired, a.expired) }
                { count(Tone::Caution, l.expiring, a.expiring) }
                { count(Tone::Good, l.valid, a.valid) }
            </ul>
            if summary.risk.above_tolerance.is_empty() {
                <p class="csm-muted">{ l.none_above }</p>
            } else {
                <div class="csm-table-scroll csm-scroll" tabindex="0" role="region" aria-label={l.decisions_title}>
                    <table class="csm-table csm-record-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.risk }</th>
                                <th scope="col">{ l.level }</th>
                                <th scope="col">{ l.approval }</th>
                                <th scope="col" class="csm-num">{ l.loss }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                if let Some(more) = labels::more(lang, summary.risk.above_tolerance.len(), ABOVE_SHOWN) {
                    <p class="csm-more">{ more }{ l.more_in_register }</p>
                }
            }
        </section>
    }
}

/// The risks that moved since the comparison quarter.
fn movements(lang: Language, compare: Option<Quarter>, moves: Option<&Moves>) -> Html {
    let l = labels(lang);
    let body = match (compare, moves) {
        (Some(_), Some(m)) => {
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
                    <li class={classes!("csm-tile", (n > 0).then(|| format!("is-{}", move_code(change))))}>
                        <span class="csm-tile-n">{ crate::i18n::count(n as u64) }</span>
                        <span class="csm-tile-word"><span aria-hidden="true">{ arrow(change) }{ " " }</span>{ word(change) }</span>
                    </li>
                }
            };
            let badge = |level: &Option<csm_core::risk::Level>| match level {
                Some(level) => {
                    let placed = Placed {
                        likelihood: 0,
                        impact: 0,
                        level: Some(level.clone()),
                        ink: register::text_on(&level.colour).ink,
                    };
                    html! { <LevelBadge {placed} {lang} bare=true /> }
                }
                None => html! { <span class="csm-dash">{ "—" }</span> },
            };
            let rows = m.list.iter().take(MOVES_SHOWN).map(|x| {
                html! {
                    <tr data-testid="move-row" data-risk-id={x.id.clone()} data-change={move_code(x.change)} data-path={x.path.clone()}>
                        <td>
                            <span class="csm-id">{ &x.id }</span>
                            <span class="csm-threat">{ x.threat.get(lang) }</span>
                        </td>
                        <td><span class="csm-flag"><span aria-hidden="true">{ arrow(x.change) }</span>{ word(x.change) }</span></td>
                        <td class="csm-fromto">{ badge(&x.from) }<span aria-hidden="true">{ " → " }</span>{ badge(&x.to) }</td>
                    </tr>
                }
            });
            html! {
                <>
                    <p class="csm-lead">{ labels::versus(lang, m.since) }</p>
                    <ul class="csm-tiles">
                        { tile(Move::New, m.new) }
                        { tile(Move::Removed, m.removed) }
                        { tile(Move::Up, m.up) }
                        { tile(Move::Down, m.down) }
                    </ul>
                    if m.list.is_empty() {
                        <p class="csm-muted">{ l.no_moves }</p>
                    } else {
                        <div class="csm-table-scroll">
                            <table class="csm-table csm-record-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{ l.risk }</th>
                                        <th scope="col">{ l.change }</th>
                                        <th scope="col">{ l.from_to }</th>
                                    </tr>
                                </thead>
                                <tbody>{ for rows }</tbody>
                            </table>
                        </div>
                        if let Some(more) = labels::more(lang, m.list.len(), MOVES_SHOWN) {
                            <p class="csm-more">{ more }</p>
                        }
                    }
                </>
            }
        }
        _ => html! { <p class="csm-muted">{ l.no_compare }</p> },
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
    match m {
        Move::New => "new",
        Move::Removed => "removed",
        Move::Up => "up",
        Move::Down => "down",
    }
}

/// Risks, share and expected loss per treatment.
fn treatment_mix(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let rows = summary.risk.treatment_mix.iter().map(|t| {
        html! {
            <tr data-testid="treatment-row" data-treatment={register::treatment_code(t.treatment)} data-count={t.count.to_string()}>
                <th scope="row">{ treatment_label(t.treatment).get(lang) }</th>
                <td class="csm-num">{ crate::i18n::count(t.count as u64) }</td>
                <td class="csm-share-bar-cell">
                    <svg class="csm-share-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="csm-share-bar-track" width="100" height="8" />
                        <rect class="csm-share-bar-value" width={t.pct.to_string()} height="8" />
                    </svg>
                    <span class="csm-share-bar-text">{ text::pct(t.pct) }</span>
                </td>
                <td class="csm-num">{ text::yen(t.expected_loss_yen, lang) }</td>
            </tr>
        }
    });
    html! {
        <section class="csm-card csm-risk-mix" aria-labelledby="csm-risk-mix-title" data-testid="treatment-mix">
            <h3 class="csm-card-title" id="csm-risk-mix-title">{ l.mix_title }</h3>
            <table class="csm-table csm-record-table csm-risk-mix-table">
                <thead>
                    <tr>
                        <th scope="col">{ l.treatment }</th>
                        <th scope="col" class="csm-num">{ l.risks }</th>
                        <th scope="col">{ l.share }</th>
                        <th scope="col" class="csm-num">{ l.loss }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}

/// Expected annual loss per asset, the total and its ratio to the security budget.
fn asset_loss(lang: Language, summary: &BoardSummary) -> Html {
    let l = labels(lang);
    let loss = &summary.risk.loss;
    let rows = loss.per_asset.iter().take(ASSETS_SHOWN).map(|a| {
        html! {
            <tr data-testid="asset-row" data-asset={a.asset.clone()} data-yen={a.expected_loss_yen.to_string()}>
                <th scope="row">{ a.name.get(lang) }</th>
                <td class="csm-num">{ crate::i18n::count(a.risks as u64) }</td>
                <td class="csm-num">{ text::yen(a.expected_loss_yen, lang) }</td>
            </tr>
        }
    });
    html! {
        <section class="csm-card csm-risk-assets" aria-labelledby="csm-risk-assets-title" data-testid="asset-loss" data-yen={loss.total_yen.to_string()}>
            <h3 class="csm-card-title" id="csm-risk-assets-title">{ l.assets_title }</h3>
            <p class="csm-lead">{ l.assets_note }</p>
            <div class="csm-table-scroll csm-scroll" tabindex="0" role="region" aria-label={l.assets_title}>
                <table class="csm-table csm-record-table">
                    <thead>
                        <tr>
                            <th scope="col">{ l.asset }</th>
                            <th scope="col" class="csm-num">{ l.risks }</th>
                            <th scope="col" class="csm-num">{ l.loss }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ l.total }</th>
                            <td class="csm-num">{ crate::i18n::count(summary.risk.risks as u64) }</td>
                            <td class="csm-num">{ text::yen(loss.total_yen, lang) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            if let Some(more) = labels::more(lang, loss.per_asset.len(), ASSETS_SHOWN) {
                <p class="csm-more">{ labels::more_assets(lang, &more) }</p>
            }
            if let Some(ratio) = loss.ratio_to_security_budget {
                <p class="csm-foot">
                    { labels::budget_ratio(lang, ratio, &text::yen(loss.security_budget_yen, lang)) }
                </p>
            }
        </section>
    }
}

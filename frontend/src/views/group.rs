//! The group's board (issue 17; 5-1 「まずは系列企業…」): several companies' exports side by side for one
//! quarter, as core's `group::compare` laid them out — the exports and their SHA-256, each company's
//! problems, companies × the ten items (maturity and light, sortable, with the group's spread),
//! companies × KPIs, risks above tolerance and overdue partner reviews, and the group's decisions rolled
//! up. Tables are paged by [`PAGE`] companies (a group of 300 stays responsive). Every cell opens that
//! company's own dashboard at the matching view and the same quarter; the dashboard's back link returns.
//!
//! The view computes nothing: it orders rows by core's figures ([`order`]) and pages them ([`page`]).
//!
//! A page turn or a sort stays within a frame at 300 companies (docs/PERFORMANCE.md §9): the cards that
//! do not change with them (the exports, the problems, the decisions, the radar's picture and table) are
//! components whose props do not change then; the companies tables' rows are not keyed, so Yew patches
//! the rows in place (a row of another company has the same elements) instead of building 50 new ones
//! per table; and a cell's light is drawn by the stylesheet from `data-light`, not by an element.
//!
//! Test hooks: `view-group` (`data-quarter`, `data-compared`, `data-companies`); `group-export`
//! (`data-position`, `data-sha256`, `data-state`); `group-problem` (`data-company`, `data-rule`,
//! `data-path`); `group-row` (`data-position`, `data-state`); `group-cell` buttons (`data-company`,
//! `data-item`, `data-light`, `data-view`); `group-spread` rows; `group-kpi-row`; `group-risk-row`;
//! `group-decision`; `group-pager`.

mod labels;

use std::ops::Range;
use std::rc::Rc;

use csm_core::group::{self, CompanyRow, GroupComparison, RowState, Spread};
use csm_core::snapshot::Language;
use csm_core::vocabulary::Term;
use yew::prelude::*;

use crate::charts::radar::{self, Line, Outline};
use crate::components::{Chart, Tone, shape};
use crate::i18n;
use crate::routing::ViewId;
use crate::store::{Action, Group, State, Store};

pub use labels::labels;

/// Companies per page.
pub const PAGE: usize = 50;

/// How the companies are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// As the exports were given (the parent first).
    Given,
    /// Overall maturity, lowest first.
    Overall,
    /// One important item's maturity (1..=10), lowest first.
    Item(u8),
    /// Most red lights first.
    Reds,
}

/// The rows' positions in `sort` order: compared companies by core's figure (ties in the given order),
/// then the others (no export for the quarter, unreadable, superseded) in the given order.
pub fn order(rows: &[CompanyRow], sort: Sort) -> Vec<usize> {
    let mut compared: Vec<&CompanyRow> = rows.iter().filter(|r| r.figures.is_some()).collect();
    let others = rows.iter().filter(|r| r.figures.is_none()).map(|r| r.position);
    match sort {
        Sort::Given => return rows.iter().map(|r| r.position).collect(),
        Sort::Overall => csm_core::order::sort_by(&mut compared, |a, b| {
            key(a, |f| f.overall.maturity).total_cmp(&key(b, |f| f.overall.maturity))
        }),
        Sort::Item(n) => {
            let at = usize::from(n.saturating_sub(1));
            let of = move |r: &CompanyRow| key(r, |f| f.items.get(at).map_or(f64::INFINITY, |c| c.maturity));
            csm_core::order::sort_by(&mut compared, |a, b| of(a).total_cmp(&of(b)));
        }
        Sort::Reds => csm_core::order::sort_by_key(&mut compared, |r| {
            std::cmp::Reverse(r.figures.as_ref().map_or(0, |f| f.lights.red))
        }),
    }
    compared.into_iter().map(|r| r.position).chain(others).collect()
}

fn key(row: &CompanyRow, f: impl Fn(&csm_core::group::CompanyFigures) -> f64) -> f64 {
    row.figures.as_ref().map_or(f64::INFINITY, f)
}

/// The slice of `len` rows on page `page` (from 0; a page past the end is the last page).
pub fn page(len: usize, page: usize) -> Range<usize> {
    let last = len.saturating_sub(1) / PAGE;
    let start = page.min(last) * PAGE;
    start..(start + PAGE).min(len)
}

/// The group view (renders nothing without a group). The app keeps it mounted, hidden, while one of
/// the group's companies is open, so going back shows it as it was (page, order, radar) at once; its
/// body re-renders only when the group or the language changes.
#[component]
pub fn GroupView() -> Html {
    let Some(store) = use_context::<Store>() else { return Html::default() };
    let Some(group) = store.group.clone() else { return Html::default() };
    html! { <GroupBody {group} lang={store.language} dispatcher={store.dispatcher()} /> }
}

/// Props of [`GroupBody`]: the group compares by identity (the store replaces it when it recomputes).
#[derive(Properties, PartialEq)]
struct BodyProps {
    group: Rc<Group>,
    lang: Language,
    dispatcher: UseReducerDispatcher<State>,
}

#[component]
fn GroupBody(props: &BodyProps) -> Html {
    let sort = use_state_eq(|| Sort::Given);
    let at = use_state_eq(|| 0_usize);
    let group = &props.group;
    let lang = props.lang;
    let l = labels(lang);
    let cmp = &group.comparison;
    let ordered = order(&cmp.companies, *sort);
    let range = page(ordered.len(), *at);
    let shown: Vec<&CompanyRow> = ordered[range.clone()].iter().filter_map(|p| cmp.companies.get(*p)).collect();
    let open = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |(position, view): (usize, ViewId)| {
            dispatcher.dispatch(Action::OpenCompany { position, view })
        })
    };
    let on_quarter = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |e: Event| {
            let value =
                e.target().and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok()).and_then(|v| v.as_string());
            if let Some(q) = value.and_then(|v| v.parse().ok()) {
                dispatcher.dispatch(Action::ChooseQuarter(q));
            }
        })
    };
    let quarter = cmp.quarter.map(|q| q.to_string()).unwrap_or_default();
    let sort_button = |s: Sort, text: String| {
        let sort = sort.clone();
        let pressed = *sort == s;
        html! {
            <button type="button" class={classes!("csm-button", "csm-sort", pressed.then_some("is-current"))}
                aria-pressed={pressed.to_string()} onclick={Callback::from(move |_| sort.set(s))}>{ text }</button>
        }
    };
    let pager = {
        let (prev, next) = (at.clone(), at.clone());
        let current = range.start / PAGE;
        let total = ordered.len();
        html! {
            <p class="csm-pager" data-testid="group-pager" data-page={current.to_string()}>
                <button type="button" class="csm-button" disabled={current == 0}
                    onclick={Callback::from(move |_| prev.set(current.saturating_sub(1)))}>{ l.previous }</button>
                <span class="csm-pager-range">{ labels::page_range(lang, range.start + 1, range.end, total) }</span>
                <button type="button" class="csm-button" disabled={range.end >= total}
                    onclick={Callback::from(move |_| next.set(current + 1))}>{ l.next }</button>
            </p>
        }
    };
    html! {
        <div class="csm-view csm-group" data-testid="view-group" data-quarter={quarter.clone()}
            data-compared={cmp.compared.to_string()} data-companies={cmp.companies.len().to_string()}>
            <section class="csm-card">
                <h2 class="csm-card-title">{ l.title }</h2>
                <p class="csm-group-quarter">
                    <label>{ l.quarter }{ " " }
                        <select data-testid="group-quarter" onchange={on_quarter}>
                            { for group.quarters().into_iter().map(|q| html! {
                                <option value={q.to_string()} selected={Some(q) == cmp.quarter}>{ quarter_name(lang, cmp, q) }</option>
                            }) }
                        </select>
                    </label>
                    { format!(" {} / {} {}", cmp.compared, cmp.companies.len(), l.compared) }
                </p>
                if cmp.matrices_differ {
                    <p class="csm-note">{ l.matrices_differ }</p>
                }
            </section>
            <Exports group={group.clone()} {lang} />
            <Problems group={group.clone()} {lang} />
            <section class="csm-card csm-group-items">
                <h3 class="csm-card-title">{ l.items_title }</h3>
                <p class="csm-card-note">{ l.items_note }</p>
                <p class="csm-sorts">
                    { l.sort_by }{ " " }
                    { sort_button(Sort::Given, l.sort_given.to_owned()) }
                    { sort_button(Sort::Overall, l.overall.to_owned()) }
                    { sort_button(Sort::Reds, l.reds.to_owned()) }
                    { for cmp.items.iter().map(|s| sort_button(Sort::Item(s.number), format!("{}", s.number))) }
                </p>
                { pager.clone() }
                <div class="csm-scroll">
                    <table class="csm-table csm-group-table">
                        <thead><tr>
                            <th scope="col">{ l.company }</th>
                            <th scope="col" class="csm-num">{ l.overall }</th>
                            { for cmp.items.iter().map(|s| html! {
                                <th scope="col" class="csm-num" title={s.title.get(lang).to_owned()}>{ format!("{}. {}", s.number, s.title.get(lang)) }</th>
                            }) }
                            <th scope="col" class="csm-num">{ l.reds }</th>
                        </tr></thead>
                        <tbody>
                            { for shown.iter().map(|r| item_row(lang, r, &open)) }
                        </tbody>
                        <tfoot>
                            { spread_row(l.lowest, "min", &cmp.overall, &cmp.items, |s| s.min) }
                            { spread_row(l.median, "median", &cmp.overall, &cmp.items, |s| s.median) }
                            { spread_row(l.highest, "max", &cmp.overall, &cmp.items, |s| s.max) }
                        </tfoot>
                    </table>
                </div>
            </section>
            <Radar group={group.clone()} {lang}
                page={shown.iter().filter(|r| r.state == RowState::Compared).map(|r| r.position).collect::<Vec<_>>()} />
            { kpis(lang, &shown, &open) }
            { risks(lang, &shown, &open) }
            <Decisions group={group.clone()} {lang} />
            { pager }
        </div>
    }
}

/// A quarter in the chooser, in the fiscal year of the first compared company (the parent as given)
/// with its months (`2026年度 第2四半期（7〜9月）`), as the single company's chooser names it; the calendar
/// quarter when no company is compared.
fn quarter_name(lang: Language, cmp: &GroupComparison, q: csm_core::calendar::Quarter) -> String {
    match cmp.companies.iter().find_map(|r| r.summary.as_ref()) {
        Some(s) => i18n::quarter_with_months(lang, s.fiscal(q)),
        None => q.to_string(),
    }
}

/// The companies the radar overlays: those chosen, else the first three compared.
fn overlaid(cmp: &GroupComparison, chosen: Option<&Vec<usize>>) -> Vec<usize> {
    match chosen {
        Some(c) => c.clone(),
        None => cmp.compared_rows().map(|r| r.position).take(3).collect(),
    }
}

/// Props of [`Radar`].
#[derive(Properties)]
struct RadarProps {
    group: Rc<Group>,
    lang: Language,
    /// The compared companies of the page shown (row positions, in the order shown): the checkboxes.
    page: Vec<usize>,
}

impl PartialEq for RadarProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.group, &other.group) && self.lang == other.lang && self.page == other.page
    }
}

/// One series of the radar: its line, its legend (a reference's full label: source, year, sample size,
/// and "illustrative" when it is), its column heading (the name), its values.
type Series = (Line, String, String, Vec<f64>);

/// The radar's series and picture for the companies overlaid (core's `group::radar`); `None` when core
/// has no radar (no company compared).
fn overlay(lang: Language, group: &Group, picked: &[usize]) -> Option<(Vec<Series>, Option<AttrValue>)> {
    let l = labels(lang);
    let cmp = &group.comparison;
    let profile =
        group.companies.iter().find_map(|c| c.export.as_ref().ok().and_then(|e| e.snapshot.reference_profiles.first()));
    let data = group::radar(cmp, picked, profile)?;
    let mut series: Vec<Series> = data
        .companies
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let name = c.name.get(lang).to_owned();
            (Line::Company(k), name.clone(), name, c.values.clone())
        })
        .collect();
    series.push((Line::Average, l.average.to_owned(), l.average.to_owned(), data.average.clone()));
    series.push((Line::Target, l.group_target.to_owned(), l.group_target.to_owned(), data.target.clone()));
    if let Some((info, values)) = &data.reference {
        series.push((Line::Reference, info.label(lang), info.name.get(lang).to_owned(), values.clone()));
    }
    let axes: Vec<String> = cmp.items.iter().map(|s| s.number.to_string()).collect();
    let outlines: Vec<Outline> =
        series.iter().map(|(line, _, _, values)| Outline { line: *line, values: values.clone() }).collect();
    let svg = radar::overlay(&axes, &outlines).map(AttrValue::from);
    Some((series, svg))
}

/// The radar overlaying the chosen companies, the group's average and target and the first reference
/// profile any export carries (core's `group::radar`), its legend, the checkboxes choosing the
/// companies (the compared companies of the page shown), and the figures as a table. Core's radar is
/// asked again only when the group, the companies chosen or the language change: not on a page turn or
/// a sort (which change only the checkboxes).
#[component]
fn Radar(props: &RadarProps) -> Html {
    // The companies overlaid (row positions, in the order chosen); `None` until the person chooses:
    // then the first three compared companies.
    let chosen = use_state_eq(|| None::<Vec<usize>>);
    let lang = props.lang;
    let l = labels(lang);
    let cmp = &props.group.comparison;
    let picked = overlaid(cmp, chosen.as_ref());
    let drawn =
        use_memo((props.group.clone(), picked.clone(), lang), |(group, picked, lang)| overlay(*lang, group, picked));
    let Some((series, svg)) = &*drawn else { return Html::default() };
    let svg = svg.clone();
    let toggle = |position: usize| {
        let chosen = chosen.clone();
        let current = picked.clone();
        Callback::from(move |_: Event| {
            let mut next = current.clone();
            if let Some(at) = next.iter().position(|p| *p == position) {
                next.remove(at);
            } else if next.len() < group::RADAR_COMPANIES {
                next.push(position);
            }
            chosen.set(Some(next));
        })
    };
    let full = picked.len() >= group::RADAR_COMPANIES;
    html! {
        <section class="csm-card csm-group-radar">
            <h3 class="csm-card-title">{ l.radar_title }</h3>
            <p class="csm-card-note">{ l.radar_note }</p>
            <div class="csm-group-radar-layout">
                <figure class="csm-radar-figure">
                    if let Some(svg) = svg {
                        <div data-testid="group-radar" data-series={series.len().to_string()}>
                            <Chart {svg} label={l.radar_label} class="csm-radar" />
                        </div>
                    }
                    <figcaption class="csm-legend csm-group-legend">
                        { for series.iter().map(|(line, name, _, _)| html! {
                            <span class="csm-legend-item" data-testid="group-radar-key" data-line={line.key_class()}>
                                <span class={classes!("csm-key", line.key_class())}></span><bdi>{ name.clone() }</bdi>
                            </span>
                        }) }
                    </figcaption>
                </figure>
                <fieldset class="csm-group-choose">
                    <legend>{ l.radar_choose }</legend>
                    { for props.page.iter().filter_map(|p| cmp.companies.get(*p)).map(|r| {
                        let on = picked.contains(&r.position);
                        let name = r.name.as_ref().map_or_else(|| r.label.clone(), |n| n.get(lang).to_owned());
                        html! {
                            <label class="csm-group-check">
                                <input type="checkbox" data-testid="group-radar-choose" data-company={r.position.to_string()}
                                    checked={on} disabled={full && !on} onchange={toggle(r.position)} />
                                <bdi>{ name }</bdi>
                            </label>
                        }
                    }) }
                </fieldset>
            </div>
            <div class="csm-scroll" tabindex="0" role="region" aria-label={l.radar_title}>
                <table class="csm-table csm-group-radar-table" data-testid="group-radar-table">
                    <caption>{ l.radar_title }</caption>
                    <thead><tr>
                        <th scope="col">{ l.item }</th>
                        { for series.iter().map(|(_, _, name, _)| html! { <th scope="col" class="csm-num"><bdi>{ name.clone() }</bdi></th> }) }
                    </tr></thead>
                    <tbody>
                        { for cmp.items.iter().enumerate().map(|(i, s)| html! {
                            <tr data-item={s.number.to_string()}>
                                <th scope="row">{ format!("{}. {}", s.number, s.title.get(lang)) }</th>
                                { for series.iter().map(|(line, _, _, values)| html! {
                                    <td class="csm-num" data-line={line.key_class()}>{ values.get(i).copied().map_or_else(|| "—".to_owned(), i18n::maturity) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Props of the cards that change with neither the page nor the order (the exports, the problems,
/// the decisions): a page turn or a sort leaves them untouched (Yew skips a component whose props are
/// equal), so it rebuilds only the companies tables.
#[derive(Properties)]
struct CardProps {
    group: Rc<Group>,
    lang: Language,
}

impl PartialEq for CardProps {
    /// The store replaces the group when it recomputes it (another quarter, other files): the same
    /// allocation is the same value.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.group, &other.group) && self.lang == other.lang
    }
}

/// Every export and its SHA-256 (unpaged: all of them, whatever the page).
#[component]
fn Exports(props: &CardProps) -> Html {
    let lang = props.lang;
    let group = &*props.group;
    let l = labels(lang);
    let cmp = &group.comparison;
    html! {
        <section class="csm-card csm-group-exports">
            <h3 class="csm-card-title">{ l.exports_title }</h3>
            <p class="csm-card-note">{ l.exports_note }</p>
            // A scroll box without controls inside: focusable, so the keyboard scrolls it.
            <div class="csm-scroll" tabindex="0" role="region" aria-label={l.exports_title}>
                <table class="csm-table">
                    <thead><tr>
                        <th scope="col">{ l.file }</th><th scope="col">{ l.company }</th>
                        <th scope="col">{ l.as_of }</th><th scope="col">{ l.state }</th><th scope="col">{ "SHA-256" }</th>
                    </tr></thead>
                    <tbody>
                        { for cmp.companies.iter().zip(group.companies.iter()).map(|(r, c)| html! {
                            <tr data-testid="group-export" data-position={r.position.to_string()}
                                data-sha256={c.sha256.to_string()} data-state={r.state.code()}>
                                <td><bdi>{ r.label.clone() }</bdi></td>
                                <td><bdi>{ r.name.as_ref().map_or("—", |n| n.get(lang)).to_owned() }</bdi></td>
                                <td>{ r.as_of.map(|d| d.to_string()).unwrap_or_default() }</td>
                                <td>{ r.state.label(lang) }</td>
                                <td><code class="csm-sha">{ c.sha256.to_string() }</code></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Each company's problems, located (nothing when there are none).
#[component]
fn Problems(props: &CardProps) -> Html {
    let lang = props.lang;
    let cmp = &props.group.comparison;
    if cmp.problems.is_empty() {
        return Html::default();
    }
    let l = labels(lang);
    html! {
        <section class="csm-card csm-group-problems">
            <h3 class="csm-card-title">{ l.problems_title }</h3>
            <ul class="csm-problem-list" tabindex="0" aria-label={l.problems_title}>
                { for cmp.problems.iter().map(|p| html! {
                    <li data-testid="group-problem" data-company={p.company.to_string()} data-rule={p.rule.code()} data-path={p.path.clone()}>
                        <bdi class="csm-group-file">{ p.label.clone() }</bdi>
                        if !p.path.is_empty() { { " " }<code>{ p.path.clone() }</code> }
                        { format!(": {}", p.message(lang)) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// A button that opens company `position`'s dashboard at `view`. A `tone` is drawn before the content
/// by the stylesheet from `data-light` (group.css: a shape, not an element per cell), so its words must be
/// in the content or `title`.
fn opener(
    position: usize,
    view: ViewId,
    open: &Callback<(usize, ViewId)>,
    title: &str,
    item: Option<u8>,
    tone: Option<Tone>,
    content: Html,
) -> Html {
    let onclick = {
        let open = open.clone();
        Callback::from(move |_| open.emit((position, view)))
    };
    html! {
        <button type="button" class="csm-cell-button" data-testid="group-cell" data-company={position.to_string()}
            data-item={item.map(|i| i.to_string())} data-view={view.code()} data-light={tone.map(|t| t.code())}
            title={title.to_owned()} {onclick}>
            { content }
        </button>
    }
}

fn name_cell(lang: Language, row: &CompanyRow, open: &Callback<(usize, ViewId)>) -> Html {
    let l = labels(lang);
    let name = row.name.as_ref().map_or_else(|| row.label.clone(), |n| n.get(lang).to_owned());
    let openable = row.state != RowState::Unreadable;
    html! {
        <th scope="row">
            if openable {
                { opener(row.position, ViewId::Summary, open, l.open, None, None, html! { <bdi>{ name }</bdi> }) }
            } else {
                <bdi>{ name }</bdi>
            }
        </th>
    }
}

/// A company's row of the maturity table. Like the KPI and risk rows, it has no `key`: on a page turn or
/// a sort Yew patches the row in place (see the module doc).
fn item_row(lang: Language, row: &CompanyRow, open: &Callback<(usize, ViewId)>) -> Html {
    let l = labels(lang);
    let cells = match &row.figures {
        Some(f) => html! {
            <>
                <td class="csm-num">{ opener(row.position, ViewId::Checksheet, open, l.open, Some(0), None,
                    html! { i18n::maturity(f.overall.maturity) }) }</td>
                { for f.items.iter().map(|c| html! {
                    <td class="csm-num">{ opener(row.position, ViewId::Checksheet, open,
                        &labels::item_cell_title(lang, c.light, c.target), Some(c.number), c.light.map(Tone::of_light),
                        html! { i18n::maturity(c.maturity) }) }</td>
                }) }
                <td class="csm-num">{ f.lights.red }</td>
            </>
        },
        None => html! { <td colspan="12" class="csm-muted">{ row.state.label(lang) }</td> },
    };
    html! {
        <tr data-testid="group-row" data-position={row.position.to_string()} data-state={row.state.code()}>
            { name_cell(lang, row, open) }
            { cells }
        </tr>
    }
}

fn spread_row(
    label: &str,
    which: &'static str,
    overall: &Spread,
    items: &[Spread],
    of: impl Fn(&Spread) -> Option<f64>,
) -> Html {
    let cell = |s: &Spread| html! { <td class="csm-num">{ of(s).map_or_else(|| "—".to_owned(), i18n::maturity) }</td> };
    html! {
        <tr data-testid="group-spread" data-spread={which}>
            <th scope="row">{ label.to_owned() }</th>
            { cell(overall) }
            { for items.iter().map(cell) }
            <td></td>
        </tr>
    }
}

fn kpis(lang: Language, shown: &[&CompanyRow], open: &Callback<(usize, ViewId)>) -> Html {
    let l = labels(lang);
    let Some(ids) =
        shown.iter().find_map(|r| r.figures.as_ref()).map(|f| f.kpis.iter().map(|k| k.id).collect::<Vec<_>>())
    else {
        return Html::default();
    };
    html! {
        <section class="csm-card csm-group-kpis">
            <h3 class="csm-card-title">{ l.kpis_title }</h3>
            <div class="csm-scroll">
                <table class="csm-table">
                    <thead><tr>
                        <th scope="col">{ l.company }</th>
                        { for ids.iter().map(|id| html! { <th scope="col">{ id.label(lang) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for shown.iter().map(|r| html! {
                            <tr data-testid="group-kpi-row" data-position={r.position.to_string()}>
                                { name_cell(lang, r, open) }
                                { match &r.figures {
                                    Some(f) => f.kpis.iter().map(|k| html! {
                                        <td>{ opener(r.position, ViewId::Kpis, open, l.open, None, Some(Tone::of_status(k.status)),
                                            html! { i18n::status(lang, k.status) }) }</td>
                                    }).collect::<Html>(),
                                    None => html! { <td colspan={ids.len().to_string()} class="csm-muted">{ r.state.label(lang) }</td> },
                                } }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn risks(lang: Language, shown: &[&CompanyRow], open: &Callback<(usize, ViewId)>) -> Html {
    let l = labels(lang);
    html! {
        <section class="csm-card csm-group-risks">
            <h3 class="csm-card-title">{ l.risks_title }</h3>
            <p class="csm-card-note">{ l.risks_note }</p>
            <div class="csm-scroll">
                <table class="csm-table">
                    <thead><tr>
                        <th scope="col">{ l.company }</th>
                        <th scope="col" class="csm-num">{ l.above_tolerance }</th>
                        <th scope="col" class="csm-num">{ l.unapproved }</th>
                        <th scope="col">{ l.by_level }</th>
                        <th scope="col">{ l.overdue_partners }</th>
                    </tr></thead>
                    <tbody>
                        { for shown.iter().map(|r| html! {
                            <tr data-testid="group-risk-row" data-position={r.position.to_string()}>
                                { name_cell(lang, r, open) }
                                { match &r.figures {
                                    Some(f) => html! { <>
                                        <td class="csm-num">{ opener(r.position, ViewId::Risks, open, l.open, None, None, html! { f.above_tolerance }) }</td>
                                        <td class="csm-num">{ f.unapproved }</td>
                                        <td>{ f.above_tolerance_by_level.iter().map(|c| format!("{} {}", c.level.get(lang), c.count)).collect::<Vec<_>>().join(" / ") }</td>
                                        <td>{ opener(r.position, ViewId::Partners, open, l.open, None, None,
                                            html! { if f.overdue_partners.is_empty() { { "—" } } else { { f.overdue_partners.join(", ") } } }) }</td>
                                    </> },
                                    None => html! { <td colspan="4" class="csm-muted">{ r.state.label(lang) }</td> },
                                } }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The group's decisions rolled up by core.
#[component]
fn Decisions(props: &CardProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let d = &props.group.comparison.decisions;
    html! {
        <section class="csm-card csm-decisions csm-group-decisions">
            <h3 class="csm-card-title">{ l.decisions_title }</h3>
            if d.entries.is_empty() {
                <p class="csm-muted">{ l.no_decisions }</p>
            } else {
                <p class="csm-card-note">{ labels::decisions_count(lang, d.total, d.companies) }</p>
                <ol class="csm-decision-list">
                    { for d.entries.iter().map(|e| html! {
                        <li data-testid="group-decision" data-severity={i18n::severity_code(e.urgency)} data-companies={e.companies.to_string()}>
                            { shape(Tone::of_severity(e.urgency)) }
                            { e.title(lang) }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use csm_core::group::{Member, compare};
    use csm_core::snapshot;

    fn samples() -> GroupComparison {
        let a = snapshot::load(include_bytes!("../../../samples/a-company.json")).unwrap();
        let b = snapshot::load(include_bytes!("../../../samples/b-company.json")).unwrap();
        let problems = snapshot::load(b"{").unwrap_err();
        compare(
            &[Member::loaded("b.json", &b), Member::unreadable("bad.json", &problems.0), Member::loaded("a.json", &a)],
            None,
        )
    }

    #[test]
    fn rows_are_ordered_by_cores_figures_with_the_uncompared_last() {
        let cmp = samples();
        assert_eq!(order(&cmp.companies, Sort::Given), [0, 1, 2]);
        let overall = |p: usize| cmp.companies[p].figures.as_ref().map(|f| f.overall.maturity);
        let by_overall = order(&cmp.companies, Sort::Overall);
        assert_eq!(by_overall.len(), 3);
        assert_eq!(by_overall[2], 1, "the unreadable file is last");
        assert!(overall(by_overall[0]) <= overall(by_overall[1]));
        let by_item = order(&cmp.companies, Sort::Item(10));
        assert_eq!(by_item[2], 1);
        let reds = |p: usize| cmp.companies[p].figures.as_ref().map_or(0, |f| f.lights.red);
        let by_reds = order(&cmp.companies, Sort::Reds);
        assert!(reds(by_reds[0]) >= reds(by_reds[1]));
    }

    #[test]
    fn pages_hold_fifty_companies() {
        assert_eq!(page(0, 0), 0..0);
        assert_eq!(page(50, 0), 0..50);
        assert_eq!(page(50, 1), 0..50, "no empty page after a full one");
        assert_eq!(page(51, 1), 50..51);
        assert_eq!(page(300, 5), 250..300);
        assert_eq!(page(300, 9), 250..300);
    }
}

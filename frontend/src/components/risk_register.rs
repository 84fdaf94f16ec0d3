//! The risk register table: one page of the rows `csm_core::risk::query` filtered and sorted, with the
//! filters (heat-map cell, treatment, approval standing, text), sortable column headers (`aria-sort`)
//! and page controls. Every change is emitted as a new [`Query`]; the parent runs it through core.
//!
//! Test hooks: `risk-register` (the table, `data-matching`, `data-total`, `data-page`, `data-pages`),
//! `risk-row` (`data-risk-id`), `sort-<column>` (header buttons), `register-search`,
//! `filter-treatment` / `filter-standing` (chip groups; chips carry `data-value`), `clear-cell`,
//! `pager-first`, `pager-prev`, `pager-next`, `pager-last`, `page-status`.

use std::rc::Rc;

use csm_core::risk::{
    Cell, Column, Page, Placed, Query, Rated, SortOrder, Standing, TREATMENTS, treatment_code, treatment_label,
};
use csm_core::snapshot::{Language, Treatment};
use csm_core::vocabulary::Term;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n;
use crate::services::fills;

/// Props of [`RiskRegister`].
#[derive(Properties, PartialEq)]
pub struct RiskRegisterProps {
    /// The page core computed for `query`.
    pub page: Rc<Page>,
    /// The query shown.
    pub query: Query,
    /// Display language.
    pub lang: Language,
    /// Called with the query the person asks for.
    pub on_query: Callback<Query>,
}

/// Labels of the register.
struct Labels {
    title: &'static str,
    search: &'static str,
    search_placeholder: &'static str,
    treatment: &'static str,
    standing: &'static str,
    all: &'static str,
    clear_cell: &'static str,
    no_rows: &'static str,
    pages: &'static str,
    first: &'static str,
    prev: &'static str,
    next: &'static str,
    last: &'static str,
    sort_by: &'static str,
    plan: &'static str,
}

const JA: Labels = Labels {
    title: "リスク登録簿",
    search: "ID・脅威・資産・オーナーで検索",
    search_placeholder: "例：ランサムウェア",
    treatment: "対応",
    standing: "承認",
    all: "すべて",
    clear_cell: "セルの絞り込みを解除",
    no_rows: "条件に合うリスクはありません。",
    pages: "ページ送り",
    first: "最初",
    prev: "前へ",
    next: "次へ",
    last: "最後",
    sort_by: "で並べ替え",
    plan: "対応計画",
};

const EN: Labels = Labels {
    title: "Risk register",
    search: "Search ID, threat, asset, owner",
    search_placeholder: "e.g. ransomware",
    treatment: "Treatment",
    standing: "Approval",
    all: "All",
    clear_cell: "Clear the cell filter",
    no_rows: "No risk matches these filters.",
    pages: "Pages",
    first: "First",
    prev: "Previous",
    next: "Next",
    last: "Last",
    sort_by: "Sort by ",
    plan: "Treatment plan",
};

fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// `17件中 1–17件を表示` / `Showing 1–17 of 17 risks`; `該当なし（全 17件）` when nothing matches.
pub fn showing(lang: Language, page: &Page) -> String {
    let (first, last) = (i18n::count(page.first as u64), i18n::count(page.last as u64));
    let (matching, total) = (i18n::count(page.matching as u64), i18n::count(page.total as u64));
    let filtered = page.matching != page.total;
    match (lang, page.matching, filtered) {
        (Language::Ja, 0, _) => format!("該当なし（全 {total}件）"),
        (Language::Ja, _, true) => format!("{matching}件中 {first}–{last}件を表示（全 {total}件）"),
        (Language::Ja, _, false) => format!("{matching}件中 {first}–{last}件を表示"),
        (Language::En, 0, _) => format!("No matching risk ({total} in all)"),
        (Language::En, _, true) => format!("Showing {first}–{last} of {matching} matching ({total} in all)"),
        (Language::En, _, false) => format!("Showing {first}–{last} of {matching}"),
    }
}

/// `ページ 2 / 400` / `Page 2 of 400`.
pub fn page_of(lang: Language, page: &Page) -> String {
    let (n, of) = (i18n::count(page.page as u64 + 1), i18n::count(page.pages as u64));
    match lang {
        Language::Ja => format!("ページ {n} / {of}"),
        Language::En => format!("Page {n} of {of}"),
    }
}

/// The cell filter as text: `残留リスク：発生可能性 3 × 影響度 4` / `Residual: likelihood 3 × impact 4`.
pub fn cell_filter(lang: Language, cell: Cell) -> String {
    let (l, i) = (cell.likelihood, cell.impact);
    match (lang, cell.rated) {
        (Language::Ja, Rated::Inherent) => format!("固有リスク：発生可能性 {l} × 影響度 {i}"),
        (Language::Ja, Rated::Residual) => format!("残留リスク：発生可能性 {l} × 影響度 {i}"),
        (Language::En, Rated::Inherent) => format!("Inherent: likelihood {l} × impact {i}"),
        (Language::En, Rated::Residual) => format!("Residual: likelihood {l} × impact {i}"),
    }
}

/// A level name on the level's colour (a class from `services::fills`: the CSP forbids inline
/// styles; ink chosen by core) with the rating after it (`高 3×4`, read aloud as
/// 「発生可能性 3 × 影響度 4」; the cell holding both is `csm-level-cell`), or without the rating when
/// `bare` (a level on its own). A plain function, not a component, of one or two elements: the
/// register and the risks view draw up to 190 of them at once.
pub fn level_badge(placed: &Placed, lang: Language, bare: bool) -> Html {
    let p = placed;
    let (name, fill) = match &p.level {
        Some(level) => (level.name.get(lang).to_owned(), fills::class(&level.colour)),
        None => ("—".to_owned(), None),
    };
    let badge = html! {
        <span class={classes!("csm-level-badge", format!("is-ink-{}", p.ink.code()), fill)}>{ name }</span>
    };
    if bare {
        return badge;
    }
    let title = match lang {
        Language::Ja => format!("発生可能性 {} × 影響度 {}", p.likelihood, p.impact),
        Language::En => format!("likelihood {} × impact {}", p.likelihood, p.impact),
    };
    html! {
        <>
            { badge }
            <span class="csm-level-rating" role="img" aria-label={title.clone()} {title}>
                { format!("{}×{}", p.likelihood, p.impact) }
            </span>
        </>
    }
}

/// The register.
#[component]
pub fn RiskRegister(props: &RiskRegisterProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let page = &props.page;
    let q = &props.query;
    let emit = |next: Query| {
        let on_query = props.on_query.clone();
        Callback::from(move |_: MouseEvent| on_query.emit(next.clone()))
    };

    let oninput = {
        let (on_query, q) = (props.on_query.clone(), q.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_query.emit(Query { text: input.value(), page: 0, ..q.clone() });
        })
    };
    let chip = |label: String, pressed: bool, value: &'static str, next: Query| {
        html! {
            <button
                type="button"
                class={classes!("csm-chip", pressed.then_some("is-on"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                data-value={value}
                onclick={emit(next)}
            >
                { label }
            </button>
        }
    };
    let treatment_chips = std::iter::once((None::<Treatment>, l.all.to_owned(), "all"))
        .chain(TREATMENTS.iter().map(|&t| (Some(t), treatment_label(t).get(lang).to_owned(), treatment_code(t))))
        .map(|(t, label, code)| chip(label, q.treatment == t, code, Query { treatment: t, page: 0, ..q.clone() }));
    let standing_chips = std::iter::once((None::<Standing>, l.all.to_owned(), "all"))
        .chain(Standing::ALL.iter().map(|&s| (Some(s), s.text().get(lang).to_owned(), s.code())))
        .map(|(s, label, code)| chip(label, q.standing == s, code, Query { standing: s, page: 0, ..q.clone() }));

    let header = Column::ALL.iter().map(|&column| {
        let sorted = page.sort == column;
        let arrow = match (sorted, page.direction) {
            (false, _) => "↕",
            (true, SortOrder::Ascending) => "▲",
            (true, SortOrder::Descending) => "▼",
        };
        let name = column.text().get(lang).to_owned();
        let numeric = column == Column::ExpectedLoss;
        html! {
            <th
                scope="col"
                class={classes!("csm-register-th", numeric.then_some("csm-num"))}
                aria-sort={if sorted { page.direction.aria() } else { "none" }}
            >
                <button
                    type="button"
                    class={classes!("csm-sort", sorted.then_some("is-sorted"))}
                    data-testid={format!("sort-{}", column.code())}
                    aria-label={match lang {
                        Language::Ja => format!("{name}{}", l.sort_by),
                        Language::En => format!("{}{name}", l.sort_by),
                    }}
                    onclick={emit(q.sorted_by(column))}
                >
                    <span>{ name }</span>
                    <span class="csm-sort-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    });
    let rows = page.rows.iter().map(|r| {
        html! {
            <tr key={r.id.clone()} data-testid="risk-row" data-risk-id={r.id.clone()} data-path={r.path.clone()}>
                <td class="csm-register-id">{ &r.id }</td>
                <td class="csm-register-threat">{ r.threat.get(lang) }</td>
                <td>{ r.asset_name.get(lang) }</td>
                <td>{ &r.owner }</td>
                <td class="csm-level-cell">{ level_badge(&r.inherent, lang, false) }</td>
                <td class="csm-level-cell">{ level_badge(&r.residual, lang, false) }</td>
                <td class="csm-nowrap">{ r.treatment_label.get(lang) }</td>
                <td>
                    <span class={classes!("csm-standing", format!("is-{}", r.standing.code()))}>
                        { r.standing.text().get(lang) }
                    </span>
                    if let Some(expires) = r.expires_on {
                        <span class="csm-register-sub">{ i18n::date(lang, expires) }</span>
                    }
                </td>
                <td class="csm-num">{ r.expected_loss.get(lang) }</td>
                <td
                    class={classes!("csm-register-plan", (r.plan.overdue > 0).then_some("is-overdue"))}
                    data-testid="risk-plan"
                    data-actions={r.plan.actions.to_string()}
                    data-overdue={r.plan.overdue.to_string()}
                    data-assumed-open={r.plan.assumed_open.to_string()}
                >
                    { r.plan.text(lang) }
                    if let Some(note) = r.plan.assumption(lang) {
                        <span class="csm-register-sub">{ note }</span>
                    }
                </td>
            </tr>
        }
    });

    let last_page = page.pages.saturating_sub(1);
    let to_page = |n: usize| Query { page: n, ..q.clone() };
    let pager_button = |testid: &'static str, label: &'static str, target: usize, disabled: bool| {
        html! {
            <button
                type="button"
                class="csm-button csm-button-quiet"
                data-testid={testid}
                {disabled}
                onclick={emit(to_page(target))}
            >
                { label }
            </button>
        }
    };

    html! {
        <section class="csm-card csm-register" aria-labelledby="csm-register-title">
            <h3 class="csm-card-title" id="csm-register-title">{ l.title }</h3>
            <div class="csm-register-filters">
                <label class="csm-search">
                    <span class="csm-search-label">{ l.search }</span>
                    <input
                        type="search"
                        class="csm-search-input"
                        data-testid="register-search"
                        placeholder={l.search_placeholder}
                        value={q.text.clone()}
                        {oninput}
                    />
                </label>
                <div class="csm-chip-row">
                    <span class="csm-chip-label" id="csm-filter-treatment">{ l.treatment }</span>
                    <div class="csm-chips" role="group" aria-labelledby="csm-filter-treatment" data-testid="filter-treatment">
                        { for treatment_chips }
                    </div>
                </div>
                <div class="csm-chip-row">
                    <span class="csm-chip-label" id="csm-filter-standing">{ l.standing }</span>
                    <div class="csm-chips" role="group" aria-labelledby="csm-filter-standing" data-testid="filter-standing">
                        { for standing_chips }
                    </div>
                </div>
                if let Some(cell) = q.cell {
                    <div class="csm-chip-row">
                        <button
                            type="button"
                            class="csm-chip is-on csm-chip-clear"
                            data-testid="clear-cell"
                            aria-label={format!("{}（{}）", l.clear_cell, cell_filter(lang, cell))}
                            onclick={emit(Query { cell: None, page: 0, ..q.clone() })}
                        >
                            { cell_filter(lang, cell) }<span aria-hidden="true">{ " ×" }</span>
                        </button>
                    </div>
                }
            </div>
            <p class="csm-register-count" role="status" data-testid="register-count">{ showing(lang, page) }</p>
            <div class="csm-table-scroll">
                <table
                    class="csm-table csm-register-table"
                    data-testid="risk-register"
                    data-matching={page.matching.to_string()}
                    data-total={page.total.to_string()}
                    data-page={page.page.to_string()}
                    data-pages={page.pages.to_string()}
                >
                    <caption class="csm-sr-only">{ l.title }</caption>
                    <thead><tr>{ for header }<th scope="col">{ l.plan }</th></tr></thead>
                    <tbody>
                        if page.rows.is_empty() {
                            <tr><td colspan="10" class="csm-muted">{ l.no_rows }</td></tr>
                        }
                        { for rows }
                    </tbody>
                </table>
            </div>
            if page.pages > 1 {
                <nav class="csm-pager" aria-label={l.pages}>
                    { pager_button("pager-first", l.first, 0, page.page == 0) }
                    { pager_button("pager-prev", l.prev, page.page.saturating_sub(1), page.page == 0) }
                    <span class="csm-pager-status" data-testid="page-status" aria-current="page">{ page_of(lang, page) }</span>
                    { pager_button("pager-next", l.next, (page.page + 1).min(last_page), page.page >= last_page) }
                    { pager_button("pager-last", l.last, last_page, page.page >= last_page) }
                </nav>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(matching: usize, total: usize, page: usize, pages: usize, first: usize, last: usize) -> Page {
        Page {
            rows: vec![],
            matching,
            total,
            page,
            pages,
            page_size: 50,
            first,
            last,
            sort: Column::Residual,
            direction: SortOrder::Descending,
        }
    }

    #[test]
    fn counts_and_pages_read_naturally() {
        assert_eq!(showing(Language::Ja, &page(17, 17, 0, 1, 1, 17)), "17件中 1–17件を表示");
        assert_eq!(showing(Language::Ja, &page(120, 20_000, 1, 3, 51, 100)), "120件中 51–100件を表示（全 20,000件）");
        assert_eq!(showing(Language::En, &page(0, 36, 0, 1, 0, 0)), "No matching risk (36 in all)");
        assert_eq!(showing(Language::En, &page(3, 36, 0, 1, 1, 3)), "Showing 1–3 of 3 matching (36 in all)");
        assert_eq!(page_of(Language::Ja, &page(20_000, 20_000, 1, 400, 51, 100)), "ページ 2 / 400");
        assert_eq!(page_of(Language::En, &page(20_000, 20_000, 399, 400, 19_951, 20_000)), "Page 400 of 400");
        let cell = Cell { rated: Rated::Residual, likelihood: 3, impact: 4 };
        assert_eq!(cell_filter(Language::Ja, cell), "残留リスク：発生可能性 3 × 影響度 4");
        assert_eq!(
            cell_filter(Language::En, Cell { rated: Rated::Inherent, ..cell }),
            "Inherent: likelihood 3 × impact 4"
        );
    }
}

//! The risk heat map: the matrix core computed, one button per cell with the count and the level's
//! name printed on the level's colour (so colour is never the only signal), in the ink core chose for
//! contrast.
//!
//! Keyboard: the grid is one tab stop (roving tabindex); arrow keys move between cells, Home/End to
//! the row's ends (with Ctrl, to the grid's corners); Enter or Space selects a cell (again to clear);
//! Escape clears the selection. Cell colours come from the export, so each is drawn as an SVG `rect`
//! with a `fill` behind the text — no style attributes.
//!
//! Test hooks: `data-testid="heat-map"` on the table (`data-rated`); `heat-cell` on each button with
//! `data-likelihood`, `data-impact`, `data-count` and `data-level`.

use csm_core::risk::{HeatMap as Map, Rated, text_on};
use csm_core::snapshot::Language;
use csm_core::vocabulary::Term;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n;
use crate::services::fills;

/// Props of [`HeatMap`].
#[derive(Properties, PartialEq)]
pub struct HeatMapProps {
    /// The heat map core computed.
    pub map: Map,
    /// Display language.
    pub lang: Language,
    /// The selected cell, `(likelihood, impact)`.
    #[prop_or_default]
    pub selected: Option<(u8, u8)>,
    /// Called with the cell the person selects, or `None` to clear the selection.
    pub on_select: Callback<Option<(u8, u8)>>,
}

/// Labels of the heat map.
struct Labels {
    likelihood: &'static str,
    impact: &'static str,
    inherent: &'static str,
    residual: &'static str,
    hint: &'static str,
}

const JA: Labels = Labels {
    likelihood: "発生可能性",
    impact: "影響度",
    inherent: "固有リスク（対応前）のヒートマップ",
    residual: "残留リスク（対応後）のヒートマップ",
    hint: "矢印キーでセルを移動し、Enter でそのセルのリスクに絞り込みます。",
};

const EN: Labels = Labels {
    likelihood: "Likelihood",
    impact: "Impact",
    inherent: "Heat map of inherent risk (before treatment)",
    residual: "Heat map of residual risk (after treatment)",
    hint: "Move between cells with the arrow keys; Enter filters the register to the cell's risks.",
};

fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The accessible name of a cell: `発生可能性 3 × 影響度 4：2件、レベル 高` /
/// `likelihood 3 × impact 4: 2 risks, level High`.
#[cfg(test)]
pub fn cell_label(lang: Language, likelihood: u8, impact: u8, count: usize, level: &str) -> String {
    let n = i18n::count(count as u64);
    match lang {
        Language::Ja => format!("発生可能性 {likelihood} × 影響度 {impact}：{n}件、レベル {level}"),
        Language::En if count == 1 => format!("likelihood {likelihood} × impact {impact}: 1 risk, level {level}"),
        Language::En => format!("likelihood {likelihood} × impact {impact}: {n} risks, level {level}"),
    }
}

/// The visually hidden words before a cell's visible count: its coordinates.
pub fn cell_prefix(lang: Language, likelihood: u8, impact: u8) -> String {
    match lang {
        Language::Ja => format!("発生可能性 {likelihood} × 影響度 {impact}："),
        Language::En => format!("likelihood {likelihood} × impact {impact}: "),
    }
}

/// The visually hidden words between a cell's count and its level name.
pub fn cell_middle(lang: Language, count: usize) -> &'static str {
    match lang {
        Language::Ja => "件、レベル ",
        Language::En if count == 1 => " risk, level ",
        Language::En => " risks, level ",
    }
}

/// Where a key moves the focus in a grid of `rows` × `cols` cells from `at` (row, column): arrows
/// one cell (stopping at the edges), Home/End to the row's ends, Ctrl+Home/End to the corners. `None`
/// for any other key (or an empty grid).
pub fn step(rows: usize, cols: usize, at: (usize, usize), key: &str, ctrl: bool) -> Option<(usize, usize)> {
    if rows == 0 || cols == 0 {
        return None;
    }
    let (r, c) = (at.0.min(rows - 1), at.1.min(cols - 1));
    Some(match key {
        "ArrowUp" => (r.saturating_sub(1), c),
        "ArrowDown" => ((r + 1).min(rows - 1), c),
        "ArrowLeft" => (r, c.saturating_sub(1)),
        "ArrowRight" => (r, (c + 1).min(cols - 1)),
        "Home" if ctrl => (0, 0),
        "End" if ctrl => (rows - 1, cols - 1),
        "Home" => (r, 0),
        "End" => (r, cols - 1),
        _ => return None,
    })
}

/// The heat map as a grid of buttons.
#[component]
pub fn HeatMap(props: &HeatMapProps) -> Html {
    let lang = props.lang;
    let l = labels(lang);
    let map = &props.map;
    let rows = map.rows.len();
    let cols = map.impact.len();
    let refs = use_memo((rows, cols), |(rows, cols)| (0..rows * cols).map(|_| NodeRef::default()).collect::<Vec<_>>());
    // The cell that holds the tab stop: the last one focused, else the selected one, else the first.
    let active = use_state(|| None::<(usize, usize)>);
    let position_of = |sel: (u8, u8)| {
        map.rows
            .iter()
            .enumerate()
            .find_map(|(r, row)| row.cells.iter().position(|c| (c.likelihood, c.impact) == sel).map(|c| (r, c)))
    };
    let tab_stop = (*active)
        .filter(|(r, c)| *r < rows && *c < cols)
        .or_else(|| props.selected.and_then(position_of))
        .unwrap_or((0, 0));

    let caption = match map.rated {
        Rated::Inherent => l.inherent,
        Rated::Residual => l.residual,
    };
    let header = html! {
        <tr>
            <td class="csm-heat-corner">
                <span class="csm-heat-axis csm-heat-axis-x">{ l.impact }{ " →" }</span>
                <span class="csm-heat-axis csm-heat-axis-y">{ l.likelihood }{ " ↑" }</span>
            </td>
            { for map.impact.iter().enumerate().map(|(i, name)| html! {
                <th scope="col" class="csm-heat-col">
                    <span class="csm-heat-step">{ i + 1 }</span>
                    <span class="csm-heat-scale">{ name.get(lang) }</span>
                </th>
            }) }
        </tr>
    };
    let body = map.rows.iter().enumerate().map(|(r, row)| {
        let cells = row.cells.iter().enumerate().map(|(c, cell)| {
            let here = (cell.likelihood, cell.impact);
            let selected = props.selected == Some(here);
            let ink = text_on(&cell.colour).ink;
            let name = cell.name.get(lang);
            let node = refs.get(r * cols + c).cloned().unwrap_or_default();
            let onclick = {
                let on_select = props.on_select.clone();
                Callback::from(move |_: MouseEvent| on_select.emit(if selected { None } else { Some(here) }))
            };
            let onfocus = {
                let active = active.clone();
                Callback::from(move |_: FocusEvent| {
                    if *active != Some((r, c)) {
                        active.set(Some((r, c)));
                    }
                })
            };
            let onkeydown = {
                let (refs, active, on_select) = (refs.clone(), active.clone(), props.on_select.clone());
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Escape" {
                        e.prevent_default();
                        on_select.emit(None);
                        return;
                    }
                    let Some(next) = step(rows, cols, (r, c), &e.key(), e.ctrl_key() || e.meta_key()) else {
                        return;
                    };
                    e.prevent_default();
                    active.set(Some(next));
                    if let Some(el) = refs.get(next.0 * cols + next.1).and_then(NodeRef::cast::<HtmlElement>) {
                        // Focus cannot fail on a button in the document; nothing to do if it does.
                        let _ = el.focus();
                    }
                })
            };
            html! {
                <td class="csm-heat-td">
                    <button
                        type="button"
                        ref={node}
                        class={classes!(
                            "csm-heat-cell",
                            format!("is-ink-{}", ink.code()),
                            selected.then_some("is-selected"),
                            (cell.count == 0).then_some("is-empty"),
                            fills::class(&cell.colour),
                        )}
                        tabindex={if (r, c) == tab_stop { "0" } else { "-1" }}
                        aria-pressed={if selected { "true" } else { "false" }}
                        data-testid="heat-cell"
                        data-likelihood={cell.likelihood.to_string()}
                        data-impact={cell.impact.to_string()}
                        data-count={cell.count.to_string()}
                        data-level={cell.level.clone()}
                        {onclick}
                        {onfocus}
                        {onkeydown}
                    >
                        // The accessible name reads as `cell_label` and contains the visible count and
                        // level name (WCAG 2.5.3 label in name): the coordinates are visually hidden.
                        <span class="csm-sr-only">{ cell_prefix(lang, cell.likelihood, cell.impact) }</span>
                        <span class="csm-heat-count">{ i18n::count(cell.count as u64) }</span>
                        <span class="csm-sr-only">{ cell_middle(lang, cell.count) }</span>
                        <span class="csm-heat-level">{ name }</span>
                    </button>
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row" class="csm-heat-row">
                    <span class="csm-heat-step">{ row.likelihood }</span>
                    <span class="csm-heat-scale">{ row.label.get(lang) }</span>
                </th>
                { for cells }
            </tr>
        }
    });
    let rated = map.rated.code();
    html! {
        <div class="csm-heat-map">
            <table class="csm-heat-table" role="grid" data-testid="heat-map" data-rated={rated}>
                <caption class="csm-sr-only">{ caption }</caption>
                <thead>{ header }</thead>
                <tbody>{ for body }</tbody>
            </table>
            <p class="csm-heat-hint">{ l.hint }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_one_cell_and_stop_at_edges() {
        assert_eq!(step(4, 4, (0, 0), "ArrowUp", false), Some((0, 0)));
        assert_eq!(step(4, 4, (0, 0), "ArrowLeft", false), Some((0, 0)));
        assert_eq!(step(4, 4, (0, 0), "ArrowDown", false), Some((1, 0)));
        assert_eq!(step(4, 4, (0, 0), "ArrowRight", false), Some((0, 1)));
        assert_eq!(step(4, 4, (3, 3), "ArrowDown", false), Some((3, 3)));
        assert_eq!(step(4, 4, (3, 3), "ArrowRight", false), Some((3, 3)));
        assert_eq!(step(5, 5, (2, 2), "Home", false), Some((2, 0)));
        assert_eq!(step(5, 5, (2, 2), "End", false), Some((2, 4)));
        assert_eq!(step(5, 5, (2, 2), "Home", true), Some((0, 0)));
        assert_eq!(step(5, 5, (2, 2), "End", true), Some((4, 4)));
        assert_eq!(step(5, 5, (2, 2), "Enter", false), None);
        assert_eq!(step(5, 5, (2, 2), "a", false), None);
        assert_eq!(step(0, 5, (0, 0), "ArrowDown", false), None);
        // A position outside a shrunken grid is brought back inside first.
        assert_eq!(step(3, 3, (5, 5), "ArrowUp", false), Some((1, 2)));
    }

    #[test]
    fn cells_are_named_with_count_and_level() {
        assert_eq!(cell_label(Language::En, 3, 4, 2, "高"), "likelihood 3 × impact 4: 2 risks, level 高");
        assert_eq!(cell_label(Language::En, 1, 1, 1, "Low"), "likelihood 1 × impact 1: 1 risk, level Low");
        assert_eq!(cell_label(Language::Ja, 3, 4, 1200, "高"), "発生可能性 3 × 影響度 4：1,200件、レベル 高");
        // What the cell's content reads (hidden words + visible count and level) is the same label.
        for (lang, n) in [(Language::Ja, 1200), (Language::En, 1), (Language::En, 2)] {
            let read = format!("{}{}{}高", cell_prefix(lang, 3, 4), i18n::count(n as u64), cell_middle(lang, n));
            assert_eq!(read, cell_label(lang, 3, 4, n, "高"));
        }
    }
}

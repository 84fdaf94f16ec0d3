//! Deep links: which view, quarter, comparison and language a dashboard shows, as a URL fragment.
//!
//! ```text
//! #/summary?q=2026Q3&vs=2026Q2&lang=ja
//! #/checksheet?q=2026Q3&vs=none&lang=en
//! #/risks?q=2026Q3&lang=ja&cell=3-4
//! #/group?q=2026Q3&lang=ja
//! #/checksheet?q=2026Q3&lang=ja&company=2
//! ```
//!
//! The path names the view ([`ViewId`]); `q` the quarter the board looks at; `vs` the quarter it is
//! compared with (`none` for no comparison; absent means "the quarter before `q`"); `lang` the
//! language; `cell` (risks view only) the residual heat-map cell, `likelihood-impact`, the risk
//! register is filtered to (the summary's heat map opens it); `company` (several exports open) the group
//! company whose own dashboard is shown, by its position in the group from 0 (`#/group` is the group view). Unknown keys are ignored and values that do not parse are dropped, so a mistyped link
//! still opens the dashboard. Parsing and formatting are pure; `services::location` reads and writes
//! `window.location`.
//!
//! **Who owns the fragment.** A page has one URL but may hold several dashboards, so exactly one of
//! them keeps its state in the fragment ([`Mode::Hash`]) and the others keep it in memory
//! ([`Mode::Memory`]). The host attribute `data-csm-routing="hash"` or `"memory"` decides; without
//! it, the first dashboard of the page owns the fragment.

use csm_core::calendar::Quarter;
use csm_core::snapshot::Language;

use crate::language;
pub use crate::view_id::ViewId;

/// The comparison a link asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compare {
    /// No `vs`: the quarter before the chosen one.
    #[default]
    Previous,
    /// `vs=none`: no comparison.
    Nothing,
    /// `vs=2026Q2`.
    Quarter(Quarter),
}

impl Compare {
    /// The comparison for a chosen compare quarter (`None` = no comparison).
    pub fn from_choice(choice: Option<Quarter>) -> Compare {
        choice.map_or(Compare::Nothing, Compare::Quarter)
    }
}

/// Everything a deep link restores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Route {
    /// The view.
    pub view: ViewId,
    /// The quarter (`None`: the latest).
    pub quarter: Option<Quarter>,
    /// The comparison.
    pub compare: Compare,
    /// The language (`None`: the dashboard's default).
    pub language: Option<Language>,
    /// The residual heat-map cell `(likelihood, impact)` the risk register is filtered to (risks
    /// view only).
    pub cell: Option<(u8, u8)>,
    /// With several exports open: the group company whose own dashboard is shown (its position in
    /// the group, from 0); `None` is the group view (or the one export).
    pub company: Option<usize>,
}

impl Route {
    /// The route to `view` with no other setting.
    pub fn to(view: ViewId) -> Route {
        Route { view, ..Route::default() }
    }
}

/// Reads a URL fragment (with or without its `#`). `None` when the fragment is not a dashboard
/// route (`#section-2`), so in-page anchors of a host page are left alone. `#` and `#/` are the
/// summary.
pub fn parse(fragment: &str) -> Option<Route> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() {
        return Some(Route::default());
    }
    let rest = fragment.strip_prefix('/')?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let path = path.trim_end_matches('/');
    let view = if path.is_empty() { ViewId::Summary } else { ViewId::from_code(path)? };
    let mut route = Route::to(view);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "q" => route.quarter = value.parse().ok(),
            "vs" if value == "none" => route.compare = Compare::Nothing,
            "vs" => route.compare = value.parse().map_or(Compare::Previous, Compare::Quarter),
            "lang" => route.language = language::language_from_tag(value),
            "cell" if view == ViewId::Risks => route.cell = parse_cell(value),
            "company" if view != ViewId::Group => route.company = value.parse().ok(),
            _ => {}
        }
    }
    Some(route)
}

/// A heat-map cell `3-4` (likelihood 3, impact 4); `None` unless both are whole numbers from 1.
fn parse_cell(value: &str) -> Option<(u8, u8)> {
    let (likelihood, impact) = value.split_once('-')?;
    let (likelihood, impact) = (likelihood.parse().ok()?, impact.parse().ok()?);
    (likelihood > 0 && impact > 0).then_some((likelihood, impact))
}

/// The fragment of `route`, `#`-prefixed, keys in a fixed order (`q`, `vs`, `lang`, `cell`); settings
/// left to their default are left out (and `cell` off the risks view).
pub fn format(route: &Route) -> String {
    let mut query = Vec::with_capacity(4);
    if let Some(q) = route.quarter {
        query.push(format!("q={q}"));
    }
    match route.compare {
        Compare::Previous => {}
        Compare::Nothing => query.push("vs=none".to_owned()),
        Compare::Quarter(q) => query.push(format!("vs={q}")),
    }
    if let Some(lang) = route.language {
        query.push(format!("lang={}", language::tag(lang)));
    }
    if let (ViewId::Risks, Some((likelihood, impact))) = (route.view, route.cell) {
        query.push(format!("cell={likelihood}-{impact}"));
    }
    if let (false, Some(company)) = (route.view == ViewId::Group, route.company) {
        query.push(format!("company={company}"));
    }
    let mut out = format!("#/{}", route.view.code());
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query.join("&"));
    }
    out
}

/// Where a dashboard keeps its route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// In the page's URL fragment: links restore the view, the back button works.
    Hash,
    /// In memory only (a second dashboard on the same page).
    Memory,
}

/// The mode for a host whose `data-csm-routing` attribute is `attribute`; `first` tells whether the
/// host is the first dashboard of the page.
pub fn mode(attribute: Option<&str>, first: bool) -> Mode {
    match attribute.map(|a| a.trim().to_ascii_lowercase()).as_deref() {
        Some("hash") => Mode::Hash,
        Some("memory") => Mode::Memory,
        _ if first => Mode::Hash,
        _ => Mode::Memory,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Quarter {
        s.parse().unwrap()
    }

    #[test]
    fn group_links_name_the_company_off_the_group_view_only() {
        let r = parse("#/checksheet?q=2026Q3&lang=ja&company=2").unwrap();
        assert_eq!((r.view, r.company), (ViewId::Checksheet, Some(2)));
        assert_eq!(format(&r), "#/checksheet?q=2026Q3&lang=ja&company=2");
        let r = parse("#/group?q=2026Q3&company=2").unwrap();
        assert_eq!((r.view, r.company), (ViewId::Group, None));
        assert_eq!(format(&Route { company: Some(1), ..Route::to(ViewId::Group) }), "#/group");
        assert_eq!(parse("#/summary?company=x").unwrap().company, None, "a mistyped company is dropped");
        assert!(!ViewId::ALL.contains(&ViewId::Group), "the group view is no tab of one company");
    }

    #[test]
    fn parses_full_links() {
        let r = parse("#/checksheet?q=2026Q3&vs=2026Q2&lang=en").unwrap();
        assert_eq!(
            r,
            Route {
                view: ViewId::Checksheet,
                quarter: Some(q("2026Q3")),
                compare: Compare::Quarter(q("2026Q2")),
                language: Some(Language::En),
                cell: None,
                company: None,
            }
        );
        let r = parse("/kpis?vs=none").unwrap();
        assert_eq!((r.view, r.quarter, r.compare, r.language), (ViewId::Kpis, None, Compare::Nothing, None));
    }

    #[test]
    fn empty_fragments_are_the_summary_and_anchors_are_not_routes() {
        assert_eq!(parse(""), Some(Route::default()));
        assert_eq!(parse("#"), Some(Route::default()));
        assert_eq!(parse("#/"), Some(Route::default()));
        assert_eq!(parse("#/?q=2025Q1").unwrap().quarter, Some(q("2025Q1")));
        assert_eq!(parse("#/risks/").unwrap().view, ViewId::Risks);
        assert_eq!(parse("#top"), None);
        assert_eq!(parse("#/no-such-view"), None);
    }

    #[test]
    fn bad_values_are_dropped_and_unknown_keys_ignored() {
        let r = parse("#/pdca?q=2026Q5&vs=yesterday&lang=fr&utm=x&flag").unwrap();
        assert_eq!(r, Route::to(ViewId::Pdca));
        assert_eq!(parse("#/summary?lang=ja-JP").unwrap().language, Some(Language::Ja));
        // The last occurrence wins, as in URLSearchParams.get's everyday use.
        assert_eq!(parse("#/summary?q=2025Q1&q=2025Q2").unwrap().quarter, Some(q("2025Q2")));
    }

    #[test]
    fn formatting_round_trips() {
        for view in ViewId::ALL {
            assert_eq!(ViewId::from_code(view.code()), Some(view));
            for compare in [Compare::Previous, Compare::Nothing, Compare::Quarter(q("2025Q4"))] {
                for language in [None, Some(Language::Ja), Some(Language::En)] {
                    for quarter in [None, Some(q("2026Q1"))] {
                        let r = Route { view, quarter, compare, language, cell: None, company: None };
                        assert_eq!(parse(&format(&r)), Some(r), "{}", format(&r));
                    }
                }
            }
        }
        let r = Route {
            view: ViewId::Summary,
            quarter: Some(q("2026Q3")),
            compare: Compare::Quarter(q("2026Q2")),
            language: Some(Language::Ja),
            cell: None,
            company: None,
        };
        assert_eq!(format(&r), "#/summary?q=2026Q3&vs=2026Q2&lang=ja");
        assert_eq!(format(&Route::to(ViewId::Kpis)), "#/kpis");
        assert_eq!(Compare::from_choice(None), Compare::Nothing);
    }

    #[test]
    fn the_risks_view_carries_a_heat_map_cell() {
        let r = parse("#/risks?q=2026Q3&cell=3-4").unwrap();
        assert_eq!((r.view, r.cell), (ViewId::Risks, Some((3, 4))));
        assert_eq!(format(&r), "#/risks?q=2026Q3&cell=3-4");
        let r = Route { cell: Some((5, 1)), ..Route::to(ViewId::Risks) };
        assert_eq!(parse(&format(&r)), Some(r));
        // Other views have no heat-map filter; bad cells are dropped.
        assert_eq!(parse("#/summary?cell=3-4").unwrap().cell, None);
        assert_eq!(format(&Route { cell: Some((3, 4)), ..Route::to(ViewId::Kpis) }), "#/kpis");
        for bad in ["3", "3-", "-4", "0-4", "3-x", "300-1", "3-4-5"] {
            assert_eq!(parse(&format!("#/risks?cell={bad}")).unwrap().cell, None, "{bad}");
        }
    }

    #[test]
    fn the_first_dashboard_owns_the_fragment_unless_told() {
        assert_eq!(mode(None, true), Mode::Hash);
        assert_eq!(mode(None, false), Mode::Memory);
        assert_eq!(mode(Some("memory"), true), Mode::Memory);
        assert_eq!(mode(Some(" HASH "), false), Mode::Hash);
        assert_eq!(mode(Some("bogus"), true), Mode::Hash);
    }
}

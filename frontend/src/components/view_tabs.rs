//! The navigation between views: real links (`#/kpis?q=…`), so they work with the keyboard, open in
//! a new tab and can be copied; the current one carries `aria-current="page"`.

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::{self, labels};
use crate::routing::{self, Route, ViewId};

/// Props of [`ViewTabs`].
#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    /// Display language.
    pub language: Language,
    /// The route on screen (the links keep its quarter, comparison and language).
    pub route: Route,
    /// Called with the view the person opens.
    pub on_view: Callback<ViewId>,
}

/// `<nav>` with one link per view (`data-testid="nav-summary"` …, `data-view`).
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let l = labels(props.language);
    let tab = |view: ViewId| {
        let current = props.route.view == view;
        let href = routing::format(&Route { view, cell: None, ..props.route });
        let onclick = {
            let on_view = props.on_view.clone();
            Callback::from(move |e: MouseEvent| {
                // Let the browser open a new tab or window when asked to.
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                    return;
                }
                e.prevent_default();
                on_view.emit(view);
            })
        };
        html! {
            <li key={view.code()} class="csm-tab-item">
                <a
                    class={classes!("csm-tab", current.then_some("is-current"))}
                    {href}
                    aria-current={current.then_some("page")}
                    data-view={view.code()}
                    data-testid={format!("nav-{}", view.code())}
                    {onclick}
                >
                    { i18n::view_name(props.language, view) }
                </a>
            </li>
        }
    };
    html! {
        <nav class="csm-nav" aria-label={l.views}>
            <ul class="csm-tabs">
                { for ViewId::ALL.into_iter().map(tab) }
            </ul>
        </nav>
    }
}

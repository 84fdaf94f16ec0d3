//! The page's URL fragment, for the dashboard that owns it (see [`crate::routing`]): reading it,
//! replacing or pushing it, and hearing when the person changes it (back and forward buttons, an
//! edited address bar).

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::host::HOST_SELECTOR;
use crate::routing::{self, Mode};

/// The routing mode of `host`: its `data-csm-routing` attribute, else [`Mode::Hash`] for the first
/// dashboard of the page and [`Mode::Memory`] for the others.
pub fn mode_for(host: &Element) -> Mode {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(HOST_SELECTOR).ok().flatten())
        .is_none_or(|first| &first == host);
    routing::mode(host.get_attribute("data-csm-routing").as_deref(), first)
}

/// The current fragment, with its `#` (empty when the URL has none).
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the fragment to `fragment` (`#/kpis?q=2026Q3`): as a new history entry when `push` (the
/// back button then returns to the previous view), else in place. Does not fire `hashchange`.
pub fn write(fragment: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    // Failing to update the address bar loses only the deep link; the dashboard works on.
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(fragment))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(fragment))
    };
}

/// Calls `on_change` with the new fragment whenever the person navigates within the page (back,
/// forward, an edited fragment). The listeners stop when the returned guards are dropped.
pub fn listen(on_change: impl Fn(String) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    ["hashchange", "popstate"]
        .into_iter()
        .map(|event| {
            let on_change = on_change.clone();
            EventListener::new(&window, event, move |_| on_change(fragment()))
        })
        .collect()
}

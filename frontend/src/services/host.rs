//! The host elements a page gives the dashboard (`<div data-csm-dashboard …>`): finding them,
//! reading their settings and reflecting the dashboard's state on them.
//!
//! The host itself is the dashboard's root: it receives the class `csm-dashboard` (every CSS rule is
//! scoped under it), `data-state` (`loading`, `ready`, `error` or `empty`) and `lang`.

use csm_core::snapshot::Language;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::i18n;
use crate::store::Phase;

/// Selects the elements a dashboard mounts into.
pub const HOST_SELECTOR: &str = "[data-csm-dashboard]";

/// The class every dashboard root carries and every CSS rule is scoped under.
pub const ROOT_CLASS: &str = "csm-dashboard";

/// Every host element of the page, in document order.
pub fn hosts() -> Vec<Element> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = document.query_selector_all(HOST_SELECTOR) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into::<Element>().ok()).collect()
}

/// The language the host page asks for (`data-lang="en"`), which wins over every default.
pub fn language_override(host: &Element) -> Option<Language> {
    host.get_attribute("data-lang").as_deref().and_then(i18n::language_from_tag)
}

/// The browser's preferred language, if it is one the dashboard speaks.
pub fn browser_language() -> Option<Language> {
    let tag = web_sys::window()?.navigator().language()?;
    i18n::language_from_tag(&tag)
}

/// Marks `host` as a dashboard root that is starting up.
pub fn prepare(host: &Element) {
    // Failing to add a class only loses styling; the content still renders.
    let _ = host.class_list().add_1(ROOT_CLASS);
    set_phase(host, Phase::Loading);
}

/// Reflects the dashboard's phase in `data-state`.
pub fn set_phase(host: &Element, phase: Phase) {
    let _ = host.set_attribute("data-state", phase.code());
}

/// Reflects the display language in `lang` (for screen readers and font selection).
pub fn set_language(host: &Element, language: Language) {
    let _ = host.set_attribute("lang", i18n::tag(language));
}

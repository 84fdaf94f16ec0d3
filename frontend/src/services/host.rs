//! The host elements a page gives the dashboard (`<div data-csm-dashboard …>`): finding them,
//! reading their settings and reflecting the dashboard's state on them.
//!
//! The host itself is the dashboard's root: it receives the class `csm-dashboard` (every CSS rule is
//! scoped under it), `data-state` (`loading`, `ready`, `error` or `empty`) and `lang`.

use csm_core::snapshot::Language;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::i18n;
use crate::store::HostState;

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
    set_phase(host, HostState::Loading);
}

/// Reflects the dashboard's phase in `data-state`.
pub fn set_phase(host: &Element, phase: HostState) {
    let _ = host.set_attribute("data-state", phase.code());
}

/// Reflects the display language in `lang` (for screen readers and font selection).
pub fn set_language(host: &Element, language: Language) {
    let _ = host.set_attribute("lang", i18n::tag(language));
}

/// Marks a host that holds a running dashboard, so it is never mounted twice.
pub const MOUNTED_ATTR: &str = "data-csm-mounted";

/// The attribute that makes an element a host ([`HOST_SELECTOR`]).
pub const HOST_ATTR: &str = "data-csm-dashboard";

/// Whether `host` already holds a running dashboard.
pub fn is_mounted(host: &Element) -> bool {
    host.has_attribute(MOUNTED_ATTR)
}

/// Marks `host` as holding a running dashboard.
pub fn mark_mounted(host: &Element) {
    let _ = host.set_attribute(MOUNTED_ATTR, "");
}

/// What a host page passes to `csmDashboard.mount(element, options)`. Every field is optional;
/// an absent field falls back to the element's own attributes (`data-src`, `data-lang`, an embedded
/// snapshot), exactly as for a declarative host.
#[derive(Debug, Default, Clone)]
pub struct MountOptions {
    /// `src`: the URL of an export, fetched over http(s) relative to the page.
    pub src: Option<String>,
    /// `snapshot`: the export itself — a string (its JSON text) or a `Uint8Array`/`ArrayBuffer`
    /// (its exact bytes, so the SHA-256 shown matches the file's).
    pub snapshot: Option<GivenSnapshot>,
    /// `lang`: `"ja"` or `"en"`, the initial display language.
    pub language: Option<Language>,
    /// `routing`: `"hash"` (the dashboard keeps its view in the page's URL fragment) or `"memory"`
    /// (it leaves the page's URL alone); written to the host's `data-csm-routing`.
    pub routing: Option<&'static str>,
}

/// The export a host page passed as `snapshot`.
#[derive(Debug, Clone)]
pub struct GivenSnapshot {
    /// Its bytes, copied into the wasm (a string's as UTF-8).
    pub bytes: Vec<u8>,
    /// The page's own bytes when it gave a `Uint8Array` or `ArrayBuffer`: the browser can hash these
    /// instead of a copy taken back out of the wasm (`services::digest`).
    pub array: Option<js_sys::Uint8Array>,
}

/// The host attribute choosing where a dashboard keeps its route (`hash` or `memory`).
pub const ROUTING_ATTR: &str = "data-csm-routing";

/// The option names [`MountOptions::from_js`] accepts.
pub const OPTION_NAMES: [&str; 4] = ["src", "snapshot", "lang", "routing"];

impl MountOptions {
    /// Reads the options object a host page passed. `undefined` and `null` mean "no options".
    /// Unknown names, wrong types, an unknown language and `src` together with `snapshot` are
    /// refused with a message naming the option, so a typo in a portal page fails loudly.
    pub fn from_js(value: &wasm_bindgen::JsValue) -> Result<MountOptions, String> {
        if value.is_undefined() || value.is_null() {
            return Ok(MountOptions::default());
        }
        if !value.is_object() || value.is_function() || js_sys::Array::is_array(value) {
            return Err("csm: mount options must be an object, e.g. {src: \"export.json\", lang: \"ja\"}".into());
        }
        let object: &js_sys::Object = value.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(format!("csm: unknown mount option \"{key}\" (known: {})", OPTION_NAMES.join(", ")));
            }
        }
        let get = |name: &str| -> Option<wasm_bindgen::JsValue> {
            js_sys::Reflect::get(value, &name.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
        };
        let src = match get("src") {
            None => None,
            Some(v) => match v.as_string() {
                Some(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
                _ => return Err("csm: mount option \"src\" must be a non-empty URL string".into()),
            },
        };
        let snapshot = match get("snapshot") {
            None => None,
            Some(v) => Some(snapshot_bytes(&v)?),
        };
        if src.is_some() && snapshot.is_some() {
            return Err("csm: give mount either \"src\" or \"snapshot\", not both".into());
        }
        let language = match get("lang") {
            None => None,
            Some(v) => match v.as_string().as_deref().and_then(i18n::language_from_tag) {
                Some(language) => Some(language),
                None => return Err("csm: mount option \"lang\" must be \"ja\" or \"en\"".into()),
            },
        };
        let routing = match get("routing") {
            None => None,
            Some(v) => match v.as_string().as_deref() {
                Some("hash") => Some("hash"),
                Some("memory") => Some("memory"),
                _ => return Err("csm: mount option \"routing\" must be \"hash\" or \"memory\"".into()),
            },
        };
        Ok(MountOptions { src, snapshot, language, routing })
    }
}

fn snapshot_bytes(value: &wasm_bindgen::JsValue) -> Result<GivenSnapshot, String> {
    if let Some(text) = value.as_string() {
        return Ok(GivenSnapshot { bytes: text.into_bytes(), array: None });
    }
    let array = if let Some(array) = value.dyn_ref::<js_sys::Uint8Array>() {
        array.clone()
    } else if let Some(buffer) = value.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(buffer)
    } else {
        return Err(
            "csm: mount option \"snapshot\" must be a string (the JSON) or a Uint8Array / ArrayBuffer (its bytes)"
                .into(),
        );
    };
    Ok(GivenSnapshot { bytes: array.to_vec(), array: Some(array) })
}

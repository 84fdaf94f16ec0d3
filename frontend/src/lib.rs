//! # csm-frontend
//!
//! The board dashboard for cyber-security management (サイバーセキュリティ経営), in WebAssembly. It
//! validates an export with the same `csm_core::snapshot::load` the CLI uses and shows what
//! `csm-core` computes.
//!
//! ## Embedding (the host contract)
//!
//! The dashboard mounts into every element carrying `data-csm-dashboard`, so a page (or a portal
//! page with several dashboards) declares where it goes and where its data is:
//!
//! ```html
//! <div data-csm-dashboard data-src="a-company.json"></div>          <!-- fetched over http(s) -->
//!
//! <div data-csm-dashboard>                                           <!-- JSON in the page -->
//!   <script type="application/json" data-csm-snapshot>{ … }</script>
//! </div>
//!
//! <div data-csm-dashboard>                                           <!-- exact bytes, base64 -->
//!   <script type="application/octet-stream" data-csm-snapshot-base64>eyJmb3Jt…</script>
//! </div>
//!
//! <div data-csm-dashboard data-snapshot-id="q3" data-lang="en"></div> <!-- JSON elsewhere -->
//! <script type="application/json" id="q3">{ … }</script>
//! ```
//!
//! Precedence: an embedded `data-csm-snapshot` child, then a `data-csm-snapshot-base64` child, then
//! `data-snapshot-id`, then `data-src`; with none the dashboard waits for a file. Embedded data works
//! from `file://`, where browsers refuse `fetch`. (A `csm bundle` board pack compresses its blocks,
//! `data-csm-encoding="deflate-base85"`; its own loader decodes and inflates them before the wasm
//! starts: `services::source`.) `data-lang` (`ja`/`en`) fixes the initial
//! language; otherwise it is the snapshot's `language`, else the browser's, else Japanese. Every
//! export is validated in WebAssembly by `csm_core::snapshot::load`, and its SHA-256 (of the exact
//! bytes) is shown beside the validation result.
//!
//! From a host page's script (a portal that creates the element itself), `frontend/boot.js` exposes
//! [`mount_with_options`] as `window.csmDashboard.mount(element, {src, snapshot, lang, routing})`, which
//! returns a handle with `unmount()`; `docs/DELIVERY.md` is the host's guide. Every host is mounted
//! once (it carries `data-csm-mounted` while it holds a dashboard).
//!
//! The host becomes the dashboard's root: mounting replaces its children, adds the class
//! `csm-dashboard` (every CSS rule is scoped under it) and keeps `data-state` (`loading`, `ready`,
//! `error`, `empty`) and `lang` current. The dashboard uses classes only — no `style` attributes,
//! no injected `<style>`, no HTML built from data — so it runs under a strict Content Security
//! Policy.
//!
//! Stable test hooks: `data-testid` = `org-name`, `validation-status` ("有効" / "OK"), `quarter-list`
//! (one `li` per quarter, with `data-quarter`), `file-input`, `problems` (one `li` per problem, with
//! `data-path`; `""` for the whole file), `lang-toggle`, `export-sha256`.
//!
//! Browser tests: `cargo test -p csm-frontend --target wasm32-unknown-unknown` (the runner is
//! `wasm-bindgen-test-runner`, set in `.cargo/config.toml`; it drives headless Chromium through
//! chromedriver). Pure logic (store, i18n) is unit-tested natively: `cargo test -p csm-frontend --lib`.

mod app;
mod charts;
mod components;
mod hooks;
mod i18n;
mod language;
#[cfg(feature = "office")]
pub mod office;
mod origin;
mod routing;
mod services;
mod store;
mod view_id;
mod views;

pub use app::{App, AppProps};
pub use services::host::{GivenSnapshot, MountOptions};

use services::host;
use services::source::{self, Source};
use wasm_bindgen::prelude::*;

/// Starts every dashboard on the page: installs the crash screen, then mounts into each
/// `[data-csm-dashboard]` element that does not hold one yet. Returns how many were mounted.
pub fn start() -> usize {
    services::crash::install();
    let hosts: Vec<_> = host::hosts().into_iter().filter(|h| !host::is_mounted(h)).collect();
    if hosts.is_empty() {
        web_sys::console::warn_1(
            &"csm: no element with data-csm-dashboard on this page (mount one with csmDashboard.mount(element, options))"
                .into(),
        );
    }
    for host in &hosts {
        // The app lives as long as the page; its handle is not needed.
        let _app = mount(host.clone());
    }
    hosts.len()
}

/// Mounts one dashboard into `host`, reading the host's source and settings first (mounting
/// replaces the host's children, including an embedded snapshot).
pub fn mount(host: web_sys::Element) -> yew::AppHandle<App> {
    let source = source::from_host(&host);
    let language = host::language_override(&host);
    render(host, source, language)
}

fn render(
    host: web_sys::Element,
    source: Source,
    language: Option<csm_core::snapshot::Language>,
) -> yew::AppHandle<App> {
    let props = AppProps {
        source: source::Handover::new(source),
        language,
        browser_language: host::browser_language(),
        host: host.clone(),
    };
    host::prepare(&host);
    host::mark_mounted(&host);
    yew::Renderer::<App>::with_root_and_props(host, props).render()
}

/// A dashboard mounted by [`mount_with_options`] (`csmDashboard.mount` in JavaScript).
#[wasm_bindgen]
pub struct Dashboard {
    app: Option<yew::AppHandle<App>>,
    host: web_sys::Element,
    added_host_attr: bool,
    added_root_class: bool,
    added_routing: bool,
    host_lang: Option<String>,
    /// The digest started at mount for the page's bytes, if the load has not taken it yet: unmounting
    /// drops it (and with it the hold on the bytes).
    digest: Option<services::digest::Remembered>,
}

#[wasm_bindgen]
impl Dashboard {
    /// The host element.
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> web_sys::Element {
        self.host.clone()
    }

    /// Removes the dashboard: its content, and the class and attributes mounting added to the
    /// host (its own `lang` comes back). The host can be mounted again afterwards. Calling it twice
    /// does nothing.
    pub fn unmount(&mut self) {
        let Some(app) = self.app.take() else {
            return;
        };
        app.destroy();
        if let Some(remembered) = self.digest.take() {
            services::digest::forget(remembered);
        }
        let host = &self.host;
        host.set_text_content(None);
        for attr in [host::MOUNTED_ATTR, "data-state", "lang"] {
            let _ = host.remove_attribute(attr);
        }
        if let Some(lang) = &self.host_lang {
            let _ = host.set_attribute("lang", lang);
        }
        if self.added_host_attr {
            let _ = host.remove_attribute(host::HOST_ATTR);
        }
        if self.added_routing {
            let _ = host.remove_attribute(host::ROUTING_ATTR);
        }
        if self.added_root_class {
            let _ = host.class_list().remove_1(host::ROOT_CLASS);
            if host.class_list().length() == 0 {
                let _ = host.remove_attribute("class");
            }
        }
    }
}

/// `csmDashboard.mount(element, options)`: mounts a dashboard into `element` from a host page's
/// script (see `docs/DELIVERY.md`). `options` is `{src, snapshot, lang, routing}` ([`MountOptions`]); an
/// absent option falls back to the element's own attributes. The element becomes a host
/// (`data-csm-dashboard`, so the crash screen reaches it too). Throws if the options are invalid or
/// the element already holds a dashboard.
#[wasm_bindgen(js_name = mount)]
pub fn mount_with_options(element: web_sys::Element, options: JsValue) -> Result<Dashboard, JsError> {
    let options = MountOptions::from_js(&options).map_err(|e| JsError::new(&e))?;
    if host::is_mounted(&element) {
        return Err(JsError::new("csm: this element already holds a dashboard (unmount it first)"));
    }
    services::crash::install();
    let added_host_attr = !element.has_attribute(host::HOST_ATTR);
    let added_root_class = !element.class_list().contains(host::ROOT_CLASS);
    let host_lang = element.get_attribute("lang");
    if added_host_attr {
        let _ = element.set_attribute(host::HOST_ATTR, "");
    }
    let added_routing = options.routing.is_some() && !element.has_attribute(host::ROUTING_ATTR);
    if let Some(routing) = options.routing {
        let _ = element.set_attribute(host::ROUTING_ATTR, routing);
    }
    let mut digest = None;
    let source = match (options.src, options.snapshot) {
        (_, Some(given)) => {
            let bytes: std::rc::Rc<[u8]> = given.bytes.into();
            // The browser hashes the page's own array (as it is now, while the wasm holds a copy)
            // rather than a copy taken back out of the wasm.
            if let Some(pending) = given.array.as_ref().and_then(services::digest::begin) {
                digest = Some(services::digest::remember(&bytes, pending));
            }
            Source::Embedded(bytes)
        }
        (Some(url), None) => Source::Remote(url),
        (None, None) => source::from_host(&element),
    };
    let language = options.language.or_else(|| host::language_override(&element));
    let app = render(element.clone(), source, language);
    Ok(Dashboard { app: Some(app), host: element, added_host_attr, added_root_class, added_routing, host_lang, digest })
}

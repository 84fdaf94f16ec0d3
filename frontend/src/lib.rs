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
//! <div data-csm-dashboard>                                           <!-- `csm bundle`: exact bytes -->
//!   <script type="application/octet-stream" data-csm-snapshot-base64>eyJmb3Jt…</script>
//! </div>
//!
//! <div data-csm-dashboard data-snapshot-id="q3" data-lang="en"></div> <!-- JSON elsewhere -->
//! <script type="application/json" id="q3">{ … }</script>
//! ```
//!
//! Precedence: an embedded `data-csm-snapshot` child, then a `data-csm-snapshot-base64` child, then
//! `data-snapshot-id`, then `data-src`; with none the dashboard waits for a file. Embedded data works
//! from `file://`, where browsers refuse `fetch`. `data-lang` (`ja`/`en`) fixes the initial
//! language; otherwise it is the snapshot's `language`, else the browser's, else Japanese. Every
//! export is validated in WebAssembly by `csm_core::snapshot::load`, and its SHA-256 (of the exact
//! bytes) is shown beside the validation result.
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
mod components;
mod i18n;
mod services;
mod store;
mod views;

pub use app::{App, AppProps};

/// Starts every dashboard on the page: installs the crash screen, then mounts into each
/// `[data-csm-dashboard]` element. Returns how many were mounted.
pub fn start() -> usize {
    services::crash::install();
    let hosts = services::host::hosts();
    if hosts.is_empty() {
        web_sys::console::warn_1(&"csm: no element with data-csm-dashboard on this page".into());
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
    let props = AppProps {
        source: services::source::from_host(&host),
        language: services::host::language_override(&host),
        browser_language: services::host::browser_language(),
        host: host.clone(),
    };
    services::host::prepare(&host);
    yew::Renderer::<App>::with_root_and_props(host, props).render()
}

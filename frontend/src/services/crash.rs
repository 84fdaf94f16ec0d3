//! The last resort: if the dashboard ever panics, every host element shows a calm bilingual
//! message instead of a blank or frozen page (the panic itself goes to the browser console).

use std::panic::PanicHookInfo;

use web_sys::{Document, Element};

use super::host;
use crate::store::HostState;

/// Japanese crash message.
pub const MESSAGE_JA: &str = "ダッシュボードで予期しないエラーが発生しました。ページを再読み込みしてください。繰り返し発生する場合は、表示しようとしたファイルを添えて CISO 室へご連絡ください。";
/// English crash message.
pub const MESSAGE_EN: &str = "The dashboard stopped because of an unexpected error. Please reload the page. If it happens again, contact the CISO office and include the file you tried to view.";

/// Installs the panic hook (replacing Yew's default one).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    let detail = info.to_string();
    web_sys::console::error_1(&detail.as_str().into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for host in host::hosts() {
        show(&document, &host, &detail);
    }
}

/// Replaces the host's content with the crash message (text only: no markup from data).
fn show(document: &Document, host: &Element, detail: &str) -> Option<()> {
    host.set_text_content(None);
    host::set_phase(host, HostState::Error);
    let panel = element(document, "div", "csm-crash")?;
    panel.set_attribute("role", "alert").ok()?;
    for (lang, text) in [("ja", MESSAGE_JA), ("en", MESSAGE_EN)] {
        let p = element(document, "p", "csm-crash-message")?;
        p.set_attribute("lang", lang).ok()?;
        p.set_text_content(Some(text));
        panel.append_child(&p).ok()?;
    }
    // A plain link: it still works after the wasm has died, and under any CSP.
    let reload = element(document, "a", "csm-crash-reload")?;
    reload.set_attribute("href", "").ok()?;
    reload.set_attribute("data-testid", "crash-reload").ok()?;
    reload.set_text_content(Some("再読み込み / Reload"));
    panel.append_child(&reload).ok()?;
    let technical = element(document, "pre", "csm-crash-detail")?;
    technical.set_text_content(Some(detail));
    panel.append_child(&technical).ok()?;
    host.append_child(&panel).ok()?;
    Some(())
}

fn element(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let e = document.create_element(tag).ok()?;
    e.set_class_name(class);
    Some(e)
}

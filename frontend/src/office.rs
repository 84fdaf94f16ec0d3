//! The office edition (Cargo feature `office`): the CISO office's one-file page. It takes a filled
//! workbook, a folder's CSV files or a JSON export, shows every problem located by sheet, row and
//! column (the same code and messages as `csm import`) or the dashboard of the export, and saves the
//! export, its workbook, the next quarter's workbook and the **board pack** — built by
//! `csm_pack::board_pack` from the board-pack build the page carries as data, so it is
//! byte-identical to `csm bundle` of the same export with the same build.
//!
//! The page is written by `csm bundle --office` (`csm_pack::office_edition`); its wasm is this
//! crate built with `--features office` (binary `csm-office`, entry `office.html`), so the import
//! code stays out of the dashboard's own build and out of every board pack.
//!
//! Stable test hooks: `data-testid` = `office-input` (the file input), `office-drop` (the drop
//! zone), `office-status` (`data-state` = `waiting`, `reading`, `problems`, `ready`),
//! `office-problems` (one `li` per problem, with `data-file` and `data-at`), `office-encodings`,
//! `save-export`, `save-workbook`, `save-next-workbook`, `save-board-pack`, `office-notice`,
//! `office-dashboard` (the dashboard's host), `office-lang`.

pub mod intake;
mod page;
mod preview;
mod save;

pub use page::Office;

/// The office page's root: `<div data-csm-office>`.
pub const OFFICE_SELECTOR: &str = "[data-csm-office]";

/// Starts the office edition in the page's `[data-csm-office]` element (the crash screen covers it:
/// it is also a dashboard host). Returns whether there was one.
pub fn start() -> bool {
    crate::services::crash::install();
    let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(OFFICE_SELECTOR).ok().flatten())
    else {
        web_sys::console::warn_1(&"csm: no element with data-csm-office on this page".into());
        return false;
    };
    let _ = root.set_attribute(crate::services::host::HOST_ATTR, "");
    crate::services::host::prepare(&root);
    crate::services::host::mark_mounted(&root);
    // The page lives as long as the tab; its handle is not needed.
    let _app = yew::Renderer::<Office>::with_root(root).render();
    true
}

//! Where a dashboard's snapshot comes from, read from its host element:
//!
//! 1. a `<script type="application/json" data-csm-snapshot>` inside the host, holding the JSON;
//! 2. else a `<script type="application/octet-stream" data-csm-snapshot-base64>` inside the host,
//!    holding the export's exact bytes in base64 (what `csm bundle` writes: a one-file board pack
//!    that works from `file://`, and whose SHA-256 matches the exported file's);
//! 3. else a `<script type="application/json">` elsewhere in the page named by the host's
//!    `data-snapshot-id` attribute;
//! 4. else the URL in the host's `data-src`, fetched over http(s);
//! 5. else nothing: the dashboard waits for the user to choose a file.
//!
//! A group board pack (`csm bundle parent.json sub1.json …`) holds several such blocks, each with its
//! file name in `data-csm-label`: they are read as one [`Source::Group`], in document order.
//!
//! In a board pack the blocks are compressed (`data-csm-encoding="deflate-base85"`: base-85 text of a
//! zlib stream, `csm_pack::base85`) and the page's loader (`csm_pack`'s boot script) has already
//! decoded and inflated them in the browser: each block element then carries the export's exact bytes as a `Uint8Array` (`csmBytes`), their SHA-256 from
//! `crypto.subtle` where the browser has it (`csmSha256`, handed to [`digest::remember`]), or why it could
//! not (`csmError`). Only a plain base64 block (a host page's own) is decoded here, in Rust.

use std::cell::RefCell;
use std::rc::Rc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use gloo::net::http::Request;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, RequestCache};

use super::Unavailable;
use super::digest::{self, Pending};

/// Selects snapshot JSON embedded inside a host.
pub const EMBEDDED_JSON: &str = r#"script[type="application/json"][data-csm-snapshot]"#;

/// Selects a base64-embedded export inside a host.
pub const EMBEDDED_BASE64: &str = "script[data-csm-snapshot-base64]";

/// One embedded file of a group board pack: its name and its bytes, or why its block is broken.
pub type EmbeddedFile = (String, Result<Rc<[u8]>, Unavailable>);

/// A dashboard's initial snapshot source.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The export's bytes, embedded in the page.
    Embedded(Rc<[u8]>),
    /// A URL to fetch.
    Remote(String),
    /// The host names a source that cannot be used.
    Broken(Unavailable),
    /// Several exports embedded in the page (a group board pack): each file's name and its bytes, or
    /// why its block could not be decoded.
    Group(Vec<EmbeddedFile>),
    /// No source: the user chooses a file.
    Nothing,
}

/// A [`Source`] handed to a dashboard once. The app takes it when it starts loading, so that neither
/// the app's properties nor anything else keeps an embedded export's bytes (tens of megabytes in a
/// large board pack) for as long as the dashboard lives: once loaded, the memory they took serves the
/// summaries. Two handovers are equal only if they are the same one.
#[derive(Debug, Clone)]
pub struct Handover(Rc<RefCell<Option<Source>>>);

impl Handover {
    /// A handover of `source`.
    pub fn new(source: Source) -> Self {
        Self(Rc::new(RefCell::new(Some(source))))
    }

    /// The source, the first time; `None` after.
    pub fn take(&self) -> Option<Source> {
        self.0.borrow_mut().take()
    }
}

impl PartialEq for Handover {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Reads the host's source. Call it before mounting: mounting replaces the host's children.
pub fn from_host(host: &Element) -> Source {
    if let Ok(Some(script)) = host.query_selector(EMBEDDED_JSON) {
        return Source::Embedded(script.text_content().unwrap_or_default().into_bytes().into());
    }
    let blocks: Vec<Element> = host.query_selector_all(EMBEDDED_BASE64).map_or_else(
        |_| Vec::new(),
        |list| (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect(),
    );
    if blocks.len() > 1 {
        let files = blocks
            .iter()
            .enumerate()
            .map(|(i, script)| {
                let label = script.get_attribute("data-csm-label").unwrap_or_else(|| format!("export-{}", i + 1));
                (label, read_block(script).map_err(|detail| Unavailable::BadEmbedding { detail }))
            })
            .collect();
        return Source::Group(files);
    }
    if let Ok(Some(script)) = host.query_selector(EMBEDDED_BASE64) {
        return match read_block(&script) {
            Ok(bytes) => Source::Embedded(bytes),
            Err(detail) => Source::Broken(Unavailable::BadEmbedding { detail }),
        };
    }
    if let Some(id) = host.get_attribute("data-snapshot-id") {
        let element =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)).filter(is_json_script);
        return match element {
            Some(script) => Source::Embedded(script.text_content().unwrap_or_default().into_bytes().into()),
            None => Source::Broken(Unavailable::MissingElement { id }),
        };
    }
    match host.get_attribute("data-src") {
        Some(url) if !url.trim().is_empty() => Source::Remote(url.trim().to_owned()),
        _ => Source::Nothing,
    }
}

/// The bytes of one base64 block: those the page's loader put on it (`csmBytes`, copied into the wasm
/// once; their browser digest is remembered), else its text decoded here — unless the block is
/// compressed, which only the loader reads.
fn read_block(script: &Element) -> Result<Rc<[u8]>, String> {
    let property =
        |name: &str| js_sys::Reflect::get(script, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined());
    if let Some(bytes) = property("csmBytes").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok()) {
        let bytes: Rc<[u8]> = bytes.to_vec().into();
        let _ = js_sys::Reflect::delete_property(script, &JsValue::from_str("csmBytes"));
        if let Some(hex) = property("csmSha256").and_then(|v| v.as_string()).filter(|h| is_sha256_hex(h)) {
            digest::remember(&bytes, Pending::Known(hex.into()));
        }
        return Ok(bytes);
    }
    if let Some(error) = property("csmError") {
        return Err(error.as_string().unwrap_or_else(|| format!("{error:?}")));
    }
    if script.has_attribute("data-csm-encoding") {
        return Err("the page's loader did not decode this compressed block".to_owned());
    }
    decode_base64(&script.text_content().unwrap_or_default()).map(Rc::from)
}

fn is_sha256_hex(hex: &str) -> bool {
    hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Decodes standard base64, ignoring ASCII whitespace (line breaks in long data blocks).
pub fn decode_base64(text: &str) -> Result<Vec<u8>, String> {
    let compact: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    BASE64.decode(compact).map_err(|e| e.to_string())
}

fn is_json_script(element: &Element) -> bool {
    element.tag_name().eq_ignore_ascii_case("script")
        && element.get_attribute("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

/// Fetches `url` (relative to the page), revalidating any cached copy: a board must see the
/// export the CISO office last published.
pub async fn fetch(url: &str) -> Result<Vec<u8>, Unavailable> {
    let failed = |detail: String| {
        if opened_from_file() {
            Unavailable::FileProtocol { url: url.to_owned() }
        } else {
            Unavailable::Network { url: url.to_owned(), detail }
        }
    };
    let response = Request::get(url).cache(RequestCache::NoCache).send().await.map_err(|e| failed(e.to_string()))?;
    if !response.ok() {
        return Err(Unavailable::Http { url: url.to_owned(), status: response.status() });
    }
    response.binary().await.map_err(|e| failed(e.to_string()))
}

fn opened_from_file() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_keeps_exact_bytes_and_ignores_line_breaks() {
        let bytes = "\u{feff}{\"a\": \"日本\"}".as_bytes();
        let encoded = BASE64.encode(bytes);
        let (head, tail) = encoded.split_at(7);
        assert_eq!(decode_base64(&format!("  {head}\r\n{tail}\n")).unwrap(), bytes);
        assert!(decode_base64("not base64!").is_err());
        assert_eq!(decode_base64("").unwrap(), Vec::<u8>::new());
    }
}

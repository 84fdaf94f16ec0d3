//! The SHA-256 of an export, computed by the browser while the loader parses it.
//!
//! The dashboard shows the SHA-256 of the exact bytes it loaded (what `sha256sum` prints for the file).
//! Hashing 27 MB in WebAssembly (`sha2`) takes longer than parsing them; the browser's own
//! `crypto.subtle.digest` does it natively, off the page's thread. So a load [`start`]s the browser's
//! digest on a copy of the bytes, runs the core loader, and only then [`finish`]es the digest — by then
//! the browser is done. Where there is no `crypto.subtle` (a page served over plain http is not a
//! secure context) or the browser refuses, [`finish`] gives `None` and the store hashes in Rust, as
//! before: the digest shown is the same either way.
//!
//! A board pack's loader has already hashed its embedded exports (`source::browser_digest`); for those
//! bytes [`start`] takes that digest and hashes nothing.

use std::rc::Rc;

use js_sys::{ArrayBuffer, Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A digest known or being computed by the browser.
#[derive(Debug)]
pub enum Pending {
    /// The page's loader hashed exactly these bytes before the wasm started.
    Known(Rc<str>),
    /// `crypto.subtle.digest` of a copy, running.
    Computing(JsFuture),
}

/// The browser's SHA-256 of `bytes`: the one the page's loader already computed for exactly these
/// bytes, else `crypto.subtle`'s started on a copy; `None` where the page has no `crypto.subtle`.
pub fn start(bytes: &[u8]) -> Option<Pending> {
    if let Some(hex) = super::source::browser_digest(bytes) {
        return Some(Pending::Known(hex));
    }
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    // In a page that is not a secure context `crypto.subtle` is undefined.
    if subtle.is_undefined() {
        return None;
    }
    let copy = Uint8Array::from(bytes);
    let promise: Promise = subtle.digest_with_str_and_buffer_source("SHA-256", &copy).ok()?;
    Some(Pending::Computing(JsFuture::from(promise)))
}

/// The lower-case hex digest, once the browser has it; `None` if it failed (then hash in Rust).
pub async fn finish(pending: Option<Pending>) -> Option<Rc<str>> {
    let future = match pending? {
        Pending::Known(hex) => return Some(hex),
        Pending::Computing(future) => future,
    };
    let value = future.await.ok()?;
    let digest = Uint8Array::new(value.dyn_ref::<ArrayBuffer>()?).to_vec();
    (digest.len() == 32).then(|| hex(&digest).into())
}

/// Lower-case hex of `bytes` (two digits a byte), as `sha256sum` prints a digest.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lower_case_and_two_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
    }
}

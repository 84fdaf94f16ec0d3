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
//! Where the bytes came from the page as a `Uint8Array`, the digest need not copy them back out of
//! the wasm: whoever copied them in [`remember`]s for that allocation the digest it already has (a
//! board pack's loader hashed its embedded exports before the wasm started: `source`) or started on
//! the page's own array (`csmDashboard.mount(element, {snapshot})`: `lib.rs`), and [`start`] takes it.

use std::cell::RefCell;
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

thread_local! {
    /// Exports whose browser digest is known or running: the bytes (held, so that their address
    /// cannot be reused by other bytes while the entry lives) and the digest.
    static REMEMBERED: RefCell<Vec<(Rc<[u8]>, Pending)>> = const { RefCell::new(Vec::new()) };
}

/// Which bytes a [`remember`]ed digest is for: their address and length (the entry holds the bytes, so
/// no other bytes can have that address while it lives).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remembered(usize, usize);

impl Remembered {
    fn of(bytes: &[u8]) -> Remembered {
        Remembered(bytes.as_ptr() as usize, bytes.len())
    }
}

/// Remembers `pending`, the browser's digest of exactly `bytes` (this allocation), for [`start`] to
/// take instead of hashing a copy.
pub fn remember(bytes: &Rc<[u8]>, pending: Pending) -> Remembered {
    REMEMBERED.with(|r| r.borrow_mut().push((Rc::clone(bytes), pending)));
    Remembered::of(bytes)
}

/// Drops a [`remember`]ed digest that no load took (a dashboard unmounted before it loaded), and with
/// it the hold on the bytes; nothing if it was taken.
pub fn forget(remembered: Remembered) {
    REMEMBERED.with(|r| r.borrow_mut().retain(|(held, _)| Remembered::of(held) != remembered));
}

/// `crypto.subtle.digest("SHA-256", view)` started (the browser copies `view` as it starts); `None`
/// where the page has no `crypto.subtle` or the browser refuses.
pub fn begin(view: &Uint8Array) -> Option<Pending> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    // In a page that is not a secure context `crypto.subtle` is undefined.
    if subtle.is_undefined() {
        return None;
    }
    let promise: Promise = subtle.digest_with_str_and_buffer_source("SHA-256", view).ok()?;
    Some(Pending::Computing(JsFuture::from(promise)))
}

/// The browser's SHA-256 of `bytes`: the one [`remember`]ed for exactly these bytes (handed over
/// once: the entry, and with it this hold on the bytes, goes), else `crypto.subtle`'s started on a
/// copy; `None` where the page has no `crypto.subtle`.
pub fn start(bytes: &[u8]) -> Option<Pending> {
    if let Some(pending) = take(bytes) {
        return Some(pending);
    }
    begin(&Uint8Array::from(bytes))
}

fn take(bytes: &[u8]) -> Option<Pending> {
    REMEMBERED.with(|r| {
        let mut held = r.borrow_mut();
        let at = held.iter().position(|(held, _)| Remembered::of(held) == Remembered::of(bytes))?;
        Some(held.swap_remove(at).1)
    })
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

    fn known(pending: Option<Pending>) -> Option<String> {
        match pending? {
            Pending::Known(hex) => Some(hex.to_string()),
            Pending::Computing(_) => None,
        }
    }

    #[test]
    fn a_remembered_digest_is_taken_once_for_its_own_bytes_or_forgotten() {
        let bytes: Rc<[u8]> = Rc::from(&b"{}"[..]);
        let same_text: Rc<[u8]> = Rc::from(&b"{}"[..]);
        let held = remember(&bytes, Pending::Known("ab".into()));
        assert_eq!(Rc::strong_count(&bytes), 2, "the register holds the bytes");
        assert_eq!(known(take(&same_text)), None, "equal bytes elsewhere are other bytes");
        assert_eq!(known(take(&bytes)), Some("ab".to_owned()));
        assert_eq!(known(take(&bytes)), None, "handed over once");
        assert_eq!(Rc::strong_count(&bytes), 1);
        forget(held);

        let unmounted = remember(&bytes, Pending::Known("cd".into()));
        forget(unmounted);
        assert_eq!(Rc::strong_count(&bytes), 1, "forgetting lets the bytes go");
        assert_eq!(known(take(&bytes)), None);
    }

    #[test]
    fn hex_is_lower_case_and_two_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
    }
}

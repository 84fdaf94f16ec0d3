//! Reading the export a person chooses with `<input type="file">`, in the browser only: the file
//! never leaves the device.

use gloo::file::Blob;
use wasm_bindgen::JsCast;
use web_sys::{Event, File, HtmlInputElement};

use super::Unavailable;

/// The file chosen in the `<input type="file">` that fired `event`. Clears the input, so choosing
/// the same file again (after fixing it) fires another change.
pub fn take_chosen_file(event: &Event) -> Option<File> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// The name shown for a chosen file.
pub fn file_name(file: &File) -> String {
    file.name()
}

/// Reads the whole file. Files over the loader's limit are refused unread.
pub async fn read(file: &File) -> Result<Vec<u8>, Unavailable> {
    let size = file.size();
    if size > csm_core::snapshot::MAX_BYTES as f64 {
        return Err(Unavailable::TooLarge { bytes: size as u64 });
    }
    gloo::file::futures::read_as_bytes(&Blob::from(file.clone()))
        .await
        .map_err(|e| Unavailable::Read { detail: e.to_string() })
}

//! Reading the export a person chooses — with `<input type="file">` or by dropping it onto the
//! dashboard — in the browser only: the file never leaves the device.
//!
//! The drag-and-drop helpers read `DragEvent.dataTransfer` through `js_sys::Reflect`, so the crate
//! needs no extra `web-sys` features for it.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, Event, File, FileList, FileReader, HtmlInputElement, ProgressEvent};

use super::Unavailable;

fn data_transfer(event: &DragEvent) -> Option<JsValue> {
    Reflect::get(event, &"dataTransfer".into()).ok().filter(|t| !t.is_null() && !t.is_undefined())
}

/// Whether a drag carries files (not text or a link being dragged about the page).
pub fn drags_files(event: &DragEvent) -> bool {
    let Some(transfer) = data_transfer(event) else { return false };
    let Ok(types) = Reflect::get(&transfer, &"types".into()) else { return false };
    Array::from(&types).iter().any(|t| t.as_string().as_deref() == Some("Files"))
}

/// Shows the "copy" cursor while files are dragged over the dashboard.
pub fn accept_drag(event: &DragEvent) {
    if let Some(transfer) = data_transfer(event) {
        // Only the cursor depends on it.
        let _ = Reflect::set(&transfer, &"dropEffect".into(), &"copy".into());
    }
}

/// Every file chosen in the `<input type="file" multiple>` that fired `event`, in the order given.
/// Clears the input, so choosing the same file again (after fixing it) fires another change.
pub fn take_chosen_files(event: &Event) -> Vec<File> {
    let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return Vec::new() };
    let files = input.files().map(|list| all(&list)).unwrap_or_default();
    input.set_value("");
    files
}

fn all(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Every file dropped by `event` (several dropped at once open as a group).
pub fn take_dropped_files(event: &DragEvent) -> Vec<File> {
    let Some(transfer) = data_transfer(event) else { return Vec::new() };
    Reflect::get(&transfer, &"files".into())
        .ok()
        .and_then(|f| f.dyn_into::<FileList>().ok())
        .map(|list| all(&list))
        .unwrap_or_default()
}

/// The name shown for a chosen file.
pub fn file_name(file: &File) -> String {
    file.name()
}

/// Reads the whole file, reporting progress as `(bytes read, bytes in the file)` while the browser
/// reads it (large exports take a moment). Files over the loader's limit are refused unread.
pub async fn read(file: &File, on_progress: impl Fn(f64, f64) + 'static) -> Result<Vec<u8>, Unavailable> {
    let size = file.size();
    if size > csm_core::snapshot::MAX_BYTES as f64 {
        return Err(Unavailable::TooLarge { bytes: size as u64 });
    }
    let failed = |detail: String| Unavailable::Read { detail };
    let reader = FileReader::new().map_err(|e| failed(describe(&e)))?;

    let mut settle = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.ok_or_else(|| failed("Promise".into()))?;
    let onload = Closure::<dyn FnMut(ProgressEvent)>::new(move |_| {
        let _ = resolve.call0(&JsValue::NULL);
    });
    let onerror = Closure::<dyn FnMut(ProgressEvent)>::new(move |_| {
        let _ = reject.call0(&JsValue::NULL);
    });
    let onprogress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() {
            on_progress(e.loaded(), e.total());
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    reader.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    reader.set_onprogress(Some(onprogress.as_ref().unchecked_ref()));
    reader.read_as_array_buffer(file).map_err(|e| failed(describe(&e)))?;
    let outcome = JsFuture::from(promise).await;
    reader.set_onload(None);
    reader.set_onerror(None);
    reader.set_onprogress(None);
    drop((onload, onerror, onprogress));

    if outcome.is_err() {
        let detail =
            reader.error().map_or_else(|| "FileReader".to_owned(), |e| format!("{}: {}", e.name(), e.message()));
        return Err(failed(detail));
    }
    let buffer = reader.result().map_err(|e| failed(describe(&e)))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn describe(value: &JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}

//! Small browser helpers that are not storage: file downloads, the page title, focus.
//! Every failure is returned, never thrown.

use wasm_bindgen::JsCast;

/// Offer `text` to the user as a file download. The data never leaves the device: the
/// link points at an in-memory `blob:` URL of this origin.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "could not prepare the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not prepare the file")?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| "could not prepare the download")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    let _ = body.append_child(&anchor);
    anchor.click();
    let _ = body.remove_child(&anchor);
    // Revoking immediately can cancel the download in some browsers; later is enough.
    let _ = leptos::prelude::set_timeout_with_handle(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Set the document title as "<page> · Mission Ready".
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if page.is_empty() {
            doc.set_title("Mission Ready");
        } else {
            doc.set_title(&format!("{page} · Mission Ready"));
        }
    }
}

/// Move keyboard focus to the first element matching `selector`, if any.
pub fn focus_first(selector: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Today's date in the user's time zone as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Ask the browser to keep this site's storage until the user clears it. `Some(granted)`,
/// or `None` where the browser has no storage manager.
pub async fn persist_storage() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the browser already keeps this site's storage.
pub async fn storage_persisted() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Put `text` on the clipboard. Err with a reason when the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window().ok_or("no window")?.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying".to_string())
}

/// The bytes of a file the user chose; refused unread when larger than `limit`.
pub async fn read_file(file: web_sys::File, limit: usize) -> Result<Vec<u8>, FileProblem> {
    let size = file.size();
    if size > limit as f64 {
        return Err(FileProblem::TooLarge(size as usize));
    }
    let buffer =
        wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| FileProblem::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Why a chosen file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge(usize),
    Unreadable,
}

/// The page's address fragment, without the `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Take the fragment out of the address bar without a new history entry or a reload.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_else(|_| "/".into());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// The page's origin, scheme, host and port, to build share links.
pub fn origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

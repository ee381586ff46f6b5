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

/// Now, in UTC, as an iCalendar stamp: `YYYYMMDDTHHMMSSZ`.
pub fn utc_stamp() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date(),
        d.get_utc_hours(),
        d.get_utc_minutes(),
        d.get_utc_seconds()
    )
}

/// Today's date in the user's time zone as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// What to do when a promise settles: its value, or its rejection.
pub(crate) type Settled = Box<dyn FnOnce(Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>)>;

/// Call `done` once `promise` settles. Callbacks, not futures: the app needs no async
/// runtime for four browser calls, and this is smaller in the bundle.
pub(crate) fn when_settled(promise: js_sys::Promise, done: Settled) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let done = Rc::new(RefCell::new(Some(done)));
    let on_err = done.clone();
    let ok: Closure<dyn FnMut(wasm_bindgen::JsValue)> = Closure::once(move |v: wasm_bindgen::JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(Ok(v));
        }
    });
    let err: Closure<dyn FnMut(wasm_bindgen::JsValue)> = Closure::once(move |e: wasm_bindgen::JsValue| {
        if let Some(f) = on_err.borrow_mut().take() {
            f(Err(e));
        }
    });
    let _ = promise.then2(&ok, &err);
    // The promise holds them until it settles; a once-closure frees its Rust side when run.
    ok.forget();
    err.forget();
}

/// Ask the browser to keep this site's storage until the user clears it. `done` gets
/// `Some(granted)`, or `None` where the browser has no storage manager or refuses to say.
pub fn persist_storage(done: impl FnOnce(Option<bool>) + 'static) {
    match web_sys::window().and_then(|w| w.navigator().storage().persist().ok()) {
        Some(promise) => when_settled(promise, Box::new(move |r| done(r.ok().and_then(|v| v.as_bool())))),
        None => done(None),
    }
}

/// Whether the browser already keeps this site's storage, as for [`persist_storage`].
pub fn storage_persisted(done: impl FnOnce(Option<bool>) + 'static) {
    match web_sys::window().and_then(|w| w.navigator().storage().persisted().ok()) {
        Some(promise) => when_settled(promise, Box::new(move |r| done(r.ok().and_then(|v| v.as_bool())))),
        None => done(None),
    }
}

/// Put `text` on the clipboard; `done` gets Err with a reason when the browser refuses.
pub fn copy_text(text: &str, done: impl FnOnce(Result<(), String>) + 'static) {
    let refused = || "the browser did not allow copying".to_string();
    match web_sys::window() {
        Some(w) => when_settled(
            w.navigator().clipboard().write_text(text),
            Box::new(move |r| done(r.map(|_| ()).map_err(|_| refused()))),
        ),
        None => done(Err(refused())),
    }
}

/// The bytes of a file the user chose, to `done`; refused unread when larger than `limit`.
pub fn read_file(file: web_sys::File, limit: usize, done: impl FnOnce(Result<Vec<u8>, FileProblem>) + 'static) {
    let size = file.size();
    if size > limit as f64 {
        return done(Err(FileProblem::TooLarge(size as usize)));
    }
    when_settled(
        file.array_buffer(),
        Box::new(move |r| {
            done(r.map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()).map_err(|_| FileProblem::Unreadable))
        }),
    );
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

//! Offline use and updates, from the page's side. The release build's `sw.js` (written by
//! `scripts/post-build.mjs`) precaches the app; this module registers it, follows the
//! network, and switches to a new version only when the user asks, after saving.
//!
//! The worker is registered only when the page carries `<meta name="mission-ready-sw">`,
//! which the release build's post-build step adds: never under `trunk serve`.

use crate::browser::when_settled;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What the shell shows: whether the browser is online, and whether a new version waits.
#[derive(Clone, Copy)]
pub struct Offline {
    pub online: RwSignal<bool>,
    pub update_ready: RwSignal<bool>,
    /// The waiting worker of the new version, once there is one.
    waiting: StoredValue<Option<web_sys::ServiceWorker>, LocalStorage>,
    /// True once the user accepted the new version: its taking control reloads the page.
    switching: StoredValue<bool>,
}

impl Offline {
    /// Follow the network and register the service worker (where the build has one).
    pub fn start() -> Self {
        let offline = Self {
            online: RwSignal::new(window().navigator().on_line()),
            update_ready: RwSignal::new(false),
            waiting: StoredValue::new_local(None),
            switching: StoredValue::new(false),
        };
        let online = offline.online;
        // Listeners for the page's lifetime: the app is the whole page.
        std::mem::forget(window_event_listener(leptos::ev::online, move |_| online.set(true)));
        std::mem::forget(window_event_listener(leptos::ev::offline, move |_| online.set(false)));
        offline.register();
        offline
    }

    fn register(self) {
        let Some(url) = worker_url() else { return };
        let navigator = window().navigator();
        // Not in every browser (nor in every context, e.g. plain http on another host).
        if js_sys::Reflect::get(&navigator, &"serviceWorker".into()).map_or(true, |v| v.is_undefined()) {
            return;
        }
        let container = navigator.service_worker();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if self.switching.get_value() {
                let _ = window().location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();

        let options = web_sys::RegistrationOptions::new();
        options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
        when_settled(
            container.register_with_options(&url, &options),
            Box::new(move |result| {
                if let Ok(registration) = result.and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>()) {
                    self.watch(registration);
                }
            }),
        );
    }

    /// Notice a new version: one already waiting, or one that finishes installing later.
    /// Checks for one whenever the page comes back into view.
    fn watch(self, registration: web_sys::ServiceWorkerRegistration) {
        if let Some(worker) = registration.waiting() {
            self.offer(worker);
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = reg.installing() else { return };
            let watched = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == web_sys::ServiceWorkerState::Installed {
                    self.offer(watched.clone());
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        std::mem::forget(window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = registration.update();
            }
        }));
    }

    /// A new version is installed and waiting. On a first visit (no worker controlled the
    /// page) there is nothing to switch from, so nothing is offered.
    fn offer(self, worker: web_sys::ServiceWorker) {
        if window().navigator().service_worker().controller().is_none() {
            return;
        }
        self.waiting.set_value(Some(worker));
        self.update_ready.set(true);
    }

    /// Switch to the waiting version: save what is pending first; switch only if that
    /// worked, so a reload never loses an edit. Returns a message when it cannot switch.
    pub fn apply_update(self, state: AppState) -> Result<(), &'static str> {
        state.flush();
        if state.has_unsaved_changes() {
            return Err(
                "Your latest changes could not be saved, so the app was not reloaded. Download a backup or resolve the notice above first.",
            );
        }
        let Some(worker) = self.waiting.get_value() else { return Err("The new version is no longer waiting.") };
        self.switching.set_value(true);
        worker.post_message(&"skip-waiting".into()).map_err(|_| "The new version could not be started.")
    }
}

/// The worker's address from `<meta name="mission-ready-sw" content="/sw.js">`.
fn worker_url() -> Option<String> {
    document()
        .query_selector("meta[name='mission-ready-sw']")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|u| u.starts_with('/'))
}

/// The app's [`Offline`], provided by the root component.
pub fn use_offline() -> Offline {
    expect_context::<Offline>()
}

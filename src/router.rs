//! History-based navigation for [`Route`]: the current route as a signal, `navigate`, the
//! back and forward buttons, and plain `<a href="/…">` links that stay in the app.

use crate::domain::route::Route;
use crate::domain::transfer::is_kit_fragment;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current route, from context.
#[derive(Clone, Copy)]
pub struct Router {
    pub route: RwSignal<Route>,
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// The page for this address: the kit preview whenever the fragment holds a kit (a link
/// may point at any page of the app), otherwise the page of the path.
fn route_here() -> Route {
    if is_kit_fragment(&crate::browser::fragment()) {
        Route::Import
    } else {
        Route::parse(&current_path())
    }
}

impl Router {
    /// Start routing from the page's address and listen for back/forward and link clicks.
    pub fn start() -> Self {
        let router = Self { route: RwSignal::new(route_here()) };
        let popstate = window_event_listener(leptos::ev::popstate, move |_| router.show(route_here()));
        // A share link opened in this tab while the app is open changes only the fragment.
        let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
            if is_kit_fragment(&crate::browser::fragment()) {
                router.show(Route::Import);
            }
        });
        let click = window_event_listener(leptos::ev::click, move |ev| router.on_click(ev));
        on_cleanup(move || {
            popstate.remove();
            hashchange.remove();
            click.remove();
        });
        router
    }

    /// Go to `route`, adding a history entry. A link to the page already shown changes
    /// nothing: no history entry, no rebuilt page.
    pub fn navigate(self, route: Route) {
        if self.route.with_untracked(|r| *r == route) {
            return;
        }
        let path = route.path();
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
        self.route.set(route);
    }

    /// Show `route` (back and forward), setting the signal only when it differs.
    fn show(self, route: Route) {
        if self.route.with_untracked(|r| *r != route) {
            self.route.set(route);
        }
    }

    /// Keep same-origin links inside the app instead of reloading the page. Modified
    /// clicks (new tab, download), other targets and in-page `#` links are left alone.
    fn on_click(self, ev: web_sys::MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(a) = anchor else { return };
        let href = a.get_attribute("href").unwrap_or_default();
        if !href.starts_with('/') || href.starts_with("//") || !a.target().is_empty() || a.has_attribute("download") {
            return;
        }
        ev.prevent_default();
        self.navigate(Route::parse(&a.pathname()));
    }
}

/// The router from context.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

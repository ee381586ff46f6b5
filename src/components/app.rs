//! The app root: state, routes and the shell around them.

use super::not_found::NotFound;
use super::organization::OrganizationPage;
use super::organizations::OrganizationsPage;
use super::shell::Shell;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app. Reads stored data once, before anything can write, then marks the root
/// `data-ready="true"`.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.load();
    view! {
        <div class="app" data-ready=move || state.ready.get().to_string()>
            <Router>
                <Shell>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=OrganizationsPage />
                        <Route path=path!("/organizations/:id") view=OrganizationPage />
                    </Routes>
                </Shell>
            </Router>
        </div>
    }
}

/// The app state from context. Every component below `App` has it.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

//! The app root: state, routes and the shell around them.

use super::cards::CardsPage;
use super::cheat_sheet::CheatSheetPage;
use super::compare::ComparePage;
use super::data::DataPage;
use super::debrief::DebriefPage;
use super::import::ImportPage;
use super::organization::OrganizationPage;
use super::organizations::OrganizationsPage;
use super::page::NotFound;
use super::practice::{PracticeAllPage, PracticePage};
use super::share::SharePage;
use super::shell::Shell;
use crate::domain::route::Route;
use crate::router::Router;
use crate::state::AppState;
use leptos::prelude::*;

/// The whole app. Reads stored data once, before anything can write, then marks the root
/// `data-ready="true"`.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.load();
    provide_context(crate::offline::Offline::start());
    let router = Router::start();
    provide_context(router);
    // A page is built when the route changes, and only then (the router sets its route
    // only when it differs). Everything it shows follows the stored data through memos, so
    // another tab's save updates it in place.
    let page = move || match router.route.get() {
        Route::Organizations => view! { <OrganizationsPage /> }.into_any(),
        Route::Organization(id) => view! { <OrganizationPage id /> }.into_any(),
        Route::Cards(id) => view! { <CardsPage id /> }.into_any(),
        Route::Practice(id) => view! { <PracticePage id /> }.into_any(),
        Route::PracticeAll => view! { <PracticeAllPage /> }.into_any(),
        Route::CheatSheet(id) => view! { <CheatSheetPage id /> }.into_any(),
        Route::Debrief(id) => view! { <DebriefPage id /> }.into_any(),
        Route::Compare => view! { <ComparePage /> }.into_any(),
        Route::Share => view! { <SharePage /> }.into_any(),
        Route::Import => view! { <ImportPage /> }.into_any(),
        Route::Data => view! { <DataPage /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    };
    view! {
        <div class="app" data-ready=move || state.ready.get().to_string()>
            <Shell>{page}</Shell>
        </div>
    }
}

//! Opening a share link: the kit's preview, then "Import kit" or "Cancel".

use super::share::KitPreview;
use crate::browser::{self, clear_fragment, set_title};
use crate::domain::route::Route;
use crate::domain::transfer::{self, Kit};
use crate::router::{use_router, Router};
use crate::state::{use_state, AppState};
use leptos::prelude::*;

/// Add `kit`, say so, and open what was added: the organization itself when there is one.
pub fn import_and_open(state: AppState, router: Router, kit: &Kit) {
    let ids = state.import_kit(kit);
    state.announce(match ids.len() {
        1 => "Imported the kit: 1 organization added.".to_string(),
        n => format!("Imported the kit: {n} organizations added."),
    });
    match ids.as_slice() {
        [one] => router.navigate(Route::Organization(one.clone())),
        _ => router.navigate(Route::Organizations),
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    set_title("Import a kit");
    let state = use_state();
    let router = use_router();
    // The kit is in the fragment, which never reaches a server. Another link opened in this
    // tab changes only the fragment.
    let fragment = RwSignal::new(browser::fragment());
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| fragment.set(browser::fragment()));
    on_cleanup(move || on_hash.remove());
    let decoded = Memo::new(move |_| {
        fragment.with(|f| (!f.is_empty()).then(|| transfer::decode_fragment(f).map_err(|e| e.to_string())))
    });

    let cancel = move |_| {
        clear_fragment();
        state.announce("Nothing was imported.");
        router.navigate(Route::Organizations);
    };

    let body = move || match decoded.get() {
        None => view! {
            <p>"There is no kit in this address. A share link ends with # and the kit after it."</p>
            <p>"To import a kit file, go to " <a href="/data">"Your data"</a> "."</p>
        }
        .into_any(),
        Some(Err(message)) => view! {
            <div class="notice" role="alert">
                <p><strong>"This kit cannot be opened. "</strong>{message}</p>
            </div>
            <p>"Nothing was changed: your organizations are as they were."</p>
            <p><a href="/">"Go to your organizations"</a></p>
        }
        .into_any(),
        Some(Ok(kit)) => {
            let for_import = kit.clone();
            view! {
                <KitPreview kit />
                <p class="hint">"Importing adds these as new organizations. Nothing you already have is changed."</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| {
                        clear_fragment();
                        import_and_open(state, router, &for_import);
                    }>"Import kit"</button>
                    <button type="button" on:click=cancel>"Cancel"</button>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">"Import a kit"</h1>
            {body}
        </section>
    }
}

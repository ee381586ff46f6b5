use crate::browser::set_title;
use leptos::prelude::*;

/// Shown for any address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">"Page not found"</h1>
            <p>"There is nothing at this address. Your saved organizations are safe."</p>
            <p><a href="/">"Go to your organizations"</a></p>
        </section>
    }
}

use crate::browser::set_title;
use leptos::prelude::*;

/// A page for something that is not there: an unknown address, or an organization that
/// was deleted (here or in another tab). Says so, and offers the way back.
#[component]
pub fn NotFound(
    #[prop(default = "Page not found")] title: &'static str,
    #[prop(default = "There is nothing at this address. Your saved organizations are safe.")] message: &'static str,
    #[prop(default = "Go to your organizations")] back: &'static str,
) -> impl IntoView {
    set_title(title);
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{title}</h1>
            <p>{message}</p>
            <p><a href="/">{back}</a></p>
        </section>
    }
}

/// "Not found" for a page of an organization that no longer exists.
pub fn org_not_found() -> AnyView {
    view! {
        <NotFound
            title="Organization not found"
            message="This organization is not in your list. It may have been deleted, here or in another tab."
            back="Back to your organizations"
        />
    }
    .into_any()
}

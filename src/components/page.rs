//! Pieces shared by pages: not-found pages, the heading of an organization's sub-pages,
//! and the verdict box.

use crate::browser::set_title;
use crate::domain::route::Route;
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

/// The heading shared by an organization's sub-pages: a way back, and the title.
pub fn sub_page_head(id: &str, name: String, title: &'static str) -> impl IntoView {
    set_title(&format!("{title}: {name}"));
    view! {
        <p class="crumbs"><a href=Route::Organization(id.to_string()).path()>{format!("← {name}")}</a></p>
        <h1 id="page-title" tabindex="-1">{title}</h1>
    }
}

/// A verdict in plain words with every reason listed (mission check and debrief).
/// `class` carries the tone: `verdict-good`, `verdict-caution` or `verdict-concern`.
pub fn verdict_box(class: &'static str, headline: String, reasons: Vec<String>) -> impl IntoView {
    view! {
        <div class=format!("verdict {class}")>
            <p class="verdict-headline"><strong>{headline}</strong></p>
            <ul class="reasons">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
        </div>
    }
}

//! Pieces shared by pages: not-found pages, an organization's page frame and the heading of
//! its sub-pages, and the verdict box.

use crate::browser::set_title;
use crate::domain::route::Route;
use crate::state::{use_state, OrgModel};
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

/// The page of organization `id`, built by `page` from its model, or "not found". Built
/// once: it is rebuilt only if the organization disappears (deleted in another tab) or
/// comes back; every other change reaches the page through the model's memos.
pub fn org_page(id: String, page: impl Fn(OrgModel) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let model = OrgModel::new(use_state(), id);
    move || if model.exists.get() { page(model) } else { org_not_found() }
}

/// The heading shared by an organization's sub-pages: a way back, and the title. The
/// organization's name follows the stored name.
pub fn sub_page_head(model: OrgModel, title: &'static str) -> impl IntoView {
    let name = model.field(|o| o.name.clone());
    Effect::new(move |_| set_title(&format!("{title}: {}", name.get())));
    view! {
        <p class="crumbs"><a href=Route::Organization(model.id()).path()>{move || format!("← {}", name.get())}</a></p>
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

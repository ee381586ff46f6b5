//! Form controls used across the app. One implementation each, taking a `Callback`, so
//! every select on every page shares the same code: simpler, and a smaller bundle than a
//! hand-written `<select>` with its own closures per use.

use leptos::prelude::*;

/// Options for [`Choice`] from a list of values: `(value, label)` pairs.
pub fn options<T: Copy>(all: &[T], slug: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().map(|v| (slug(*v).to_string(), label(*v).to_string())).collect()
}

/// `options` preceded by an empty choice ("All stages", "Not rated").
pub fn with_any(any: &str, mut rest: Vec<(String, String)>) -> Vec<(String, String)> {
    rest.insert(0, (String::new(), any.to_string()));
    rest
}

/// A labelled `<select>` in a form field. `selected` is the initial value; changes are
/// reported, not read back, so the control never re-renders while in use.
#[component]
pub fn Choice(
    id: String,
    label: String,
    /// `(value, label)` pairs in order.
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    on_change: Callback<String>,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>{label}</label>
            <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is = value == selected;
                        view! { <option value=value selected=is>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

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

/// A labelled text field: one line (`rows` 0) or a text area, with an optional hint. The
/// value is shown from `value` (so a field can be cleared after use); edits are reported.
#[component]
pub fn TextBox(
    id: String,
    label: String,
    #[prop(optional)] hint: String,
    #[prop(into)] value: Signal<String>,
    /// 0 for a one-line input.
    #[prop(optional)]
    rows: u32,
    /// The input type for a one-line field ("text" when empty).
    #[prop(optional)]
    kind: &'static str,
    /// Spans both columns of a field grid.
    #[prop(optional)]
    wide: bool,
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    let label_for = id.clone();
    let control = if rows > 0 {
        view! {
            <textarea
                id=id
                rows=rows
                aria-describedby=described
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type=if kind.is_empty() { "text" } else { kind }
                aria-describedby=described
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-wide=wide>
            <label for=label_for>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {control}
        </div>
    }
}

//! Form controls used across the app, one implementation each. Every control is
//! controlled: its value follows a signal of the stored value (or of a form's draft), so a
//! control that re-mounts shows what is stored, and its input handler sends the change.

use crate::domain::text::TooLong;
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

/// The input handler of a draft field (a search box, a form not yet submitted): keeps the
/// text in `draft` and says when it is over `limit` (0: no limit).
pub fn draft_input(draft: RwSignal<String>, label: &'static str, limit: usize) -> Callback<String, Option<String>> {
    Callback::new(move |v: String| {
        let problem = (limit > 0).then(|| TooLong::check(label, &v, limit).err().map(|t| t.message())).flatten();
        draft.set(v);
        problem
    })
}

/// A labelled `<select>` in a form field, showing `selected` (a slug) and reporting changes.
#[component]
pub fn Choice(
    id: String,
    label: String,
    /// `(value, label)` pairs in order.
    options: Vec<(String, String)>,
    #[prop(into)] selected: Signal<String>,
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
                        let this = value.clone();
                        view! { <option value=value prop:selected=move || selected.with(|s| *s == this)>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled text field: one line (`rows` 0) or a text area, with an optional hint.
///
/// `value` is what is stored (or drafted). `on_input` saves what was typed and returns the
/// message to show when it was refused; the message stays until the text is accepted or
/// the stored value changes, and the person's text stays in the box meanwhile.
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
    on_input: Callback<String, Option<String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // The last text typed here. A value that differs from it came from elsewhere (another
    // tab, a cleared form) and ends any earlier refusal.
    let typed = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let from_elsewhere = value.with(|v| typed.with_value(|t| t.as_deref() != Some(v.as_str())));
        if from_elsewhere {
            error.set(None);
        }
    });
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if hint.is_empty() { error_id.clone() } else { format!("{hint_id} {error_id}") };
    let invalid = move || error.with(Option::is_some).to_string();
    let input = move |v: String| {
        typed.set_value(Some(v.clone()));
        error.set(on_input.run(v));
    };
    let label_for = id.clone();
    let control = if rows > 0 {
        view! {
            <textarea
                id=id
                rows=rows
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| input(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type=if kind.is_empty() { "text" } else { kind }
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| input(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-wide=wide>
            <label for=label_for>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {control}
            <p class="error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

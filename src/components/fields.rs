//! The organization form's fields, shared by "Add organization" (a draft, saved on submit)
//! and the organization page (each field saved as it is typed), so a label, a limit or a
//! message is written once.

use crate::domain::deck::Position;
use crate::domain::edit::OrgEdit;
use crate::domain::text::{char_count, group_thousands};
use crate::domain::{Field, OrgDraft, ProblemKind};
use crate::state::OrgModel;
use leptos::prelude::*;

/// The DOM id of a field's control, so a form can move focus to the first problem.
pub fn field_id(prefix: &str, field: Field) -> String {
    let name = match field {
        Field::Name => "name",
        Field::Position => "position",
        Field::Role => "role",
        Field::InterviewDate => "date",
        Field::MissionSource => "source",
        Field::Mission => "mission",
        Field::Notes => "notes",
    };
    format!("{prefix}-{name}")
}

fn hint(field: Field) -> Option<&'static str> {
    match field {
        Field::Name => Some("Required."),
        Field::Role => Some("For example \"Hospitalist\" or \"Internal medicine residency\"."),
        Field::MissionSource => Some("Where you read it: the website's About page, an annual report, the job posting. Kept as text; nothing is fetched."),
        Field::Mission => Some("Paste it word for word. If you cannot find one, leave it empty: that is worth asking about."),
        Field::Notes => Some("Anything you want to remember. Private to this browser."),
        Field::Position => Some("Decides which built-in question cards are in the deck."),
        Field::InterviewDate => None,
    }
}

/// The form's fields in form order.
pub const ALL_FIELDS: &[Field] = &[
    Field::Name,
    Field::Position,
    Field::Role,
    Field::InterviewDate,
    Field::MissionSource,
    Field::Mission,
    Field::Notes,
];

/// Where the fields' values live.
// One per field on screen; the stored variant is a handful of copied signal handles.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy)]
pub enum Source {
    /// A new organization's draft, saved on submit. `show_all` reveals "required" and
    /// "invalid" messages (after a save attempt); length messages show at once.
    Draft { draft: RwSignal<OrgDraft>, show_all: Signal<bool> },
    /// A stored organization, each field saved as it is typed. `problems` holds the fields
    /// whose last input was refused, with the message; the stored value stays the last
    /// valid one meanwhile.
    Stored { model: OrgModel, problems: RwSignal<Vec<(Field, String)>> },
}

/// The given fields, bound to `source`.
#[component]
pub fn OrgFields(
    /// Prefix for element ids, unique per form on the page.
    prefix: &'static str,
    /// Which fields to show, in order.
    fields: &'static [Field],
    source: Source,
) -> impl IntoView {
    let field = move |field: Field| {
        // Characters in the box when that differs from the value (a refused input).
        let typed = RwSignal::new(None::<usize>);
        let (value, message, input): (Signal<String>, Signal<Option<String>>, Callback<String>) = match source {
            Source::Draft { draft, show_all } => (
                Signal::derive(move || draft.with(|d| d.get(field).to_string())),
                Signal::derive(move || {
                    draft.with(|d| {
                        d.problems()
                            .into_iter()
                            .find(|p| p.field == field && (p.kind == ProblemKind::TooLong || show_all.get()))
                            .map(|p| p.message)
                    })
                }),
                Callback::new(move |v: String| draft.update(|d| d.set(field, v))),
            ),
            Source::Stored { model, problems } => {
                let stored = model.field(move |o| o.text(field).to_string());
                // A new stored value (typed here, or from another tab) ends a refusal.
                Effect::new(move |_| {
                    stored.track();
                    typed.set(None);
                    problems.update(|ps| ps.retain(|(f, _)| *f != field));
                });
                (
                    stored.into(),
                    Signal::derive(move || {
                        problems.with(|ps| ps.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
                    }),
                    Callback::new(move |v: String| {
                        let count = char_count(&v);
                        let refused = model.edit_or_message(OrgEdit::Field { field, value: v });
                        typed.set(refused.is_some().then_some(count));
                        problems.update(|ps| {
                            ps.retain(|(f, _)| *f != field);
                            ps.extend(refused.map(|m| (field, m)));
                        });
                    }),
                )
            }
        };
        let id = field_id(prefix, field);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let invalid = move || message.with(Option::is_some).to_string();
        let counter = field.limit().filter(|l| *l >= 1_000).map(|limit| {
            move || {
                let n = typed.get().unwrap_or_else(|| value.with(|v| char_count(v)));
                format!("{} of {} characters", group_thousands(n), group_thousands(limit))
            }
        });
        let hint = hint(field);
        let describedby = {
            let mut ids = Vec::new();
            if hint.is_some() || counter.is_some() {
                ids.push(hint_id.clone());
            }
            ids.push(error_id.clone());
            ids.join(" ")
        };
        let control = match field {
            Field::Mission | Field::Notes => view! {
                <textarea
                    id=id.clone()
                    rows=if field == Field::Mission { 6 } else { 5 }
                    aria-describedby=describedby
                    aria-invalid=invalid
                    prop:value=move || value.get()
                    on:input:target=move |ev| input.run(ev.target().value())
                ></textarea>
            }
            .into_any(),
            Field::Position => view! {
                <select
                    id=id.clone()
                    aria-describedby=describedby
                    on:change:target=move |ev| input.run(ev.target().value())
                >
                    {Position::ALL.map(|p| view! {
                        <option value=p.slug() prop:selected=move || value.with(|v| v == p.slug())>{p.label()}</option>
                    })}
                </select>
            }
            .into_any(),
            _ => view! {
                <input
                    id=id.clone()
                    type=if field == Field::InterviewDate { "date" } else { "text" }
                    autocomplete=if field == Field::Name { "organization" } else { "off" }
                    aria-describedby=describedby
                    aria-invalid=invalid
                    aria-required=(field == Field::Name).then_some("true")
                    prop:value=move || value.get()
                    on:input:target=move |ev| input.run(ev.target().value())
                />
            }
            .into_any(),
        };
        view! {
            <div class="field" class:field-wide=matches!(field, Field::Mission | Field::Notes | Field::MissionSource)>
                // The accessible name is exactly the field's label ("Organization name"), so
                // people and tests find it by the same words; "Required" is in the hint.
                <label for=id.clone()>{field.label()}</label>
                {(hint.is_some() || counter.is_some()).then(|| view! {
                    <p class="hint" id=hint_id.clone()>
                        {hint}
                        {counter.map(|c| view! { " " <span class="counter">{c}</span> })}
                    </p>
                })}
                {control}
                <p class="error" id=error_id.clone()>{move || message.get()}</p>
            </div>
        }
    };

    view! {
        <div class="fields">
            {fields.iter().map(|f| field(*f)).collect_view()}
        </div>
    }
}

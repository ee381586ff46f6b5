//! The organization form's fields, shared by "Add organization" and the organization page
//! so a label, a limit or a message is written once.

use crate::domain::deck::Position;
use crate::domain::organization::{char_count, group_thousands};
use crate::domain::{Field, FieldError, OrgDraft, ProblemKind};
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

fn get(draft: &OrgDraft, field: Field) -> &str {
    match field {
        Field::Name => &draft.name,
        Field::Position => draft.position.slug(),
        Field::Role => &draft.role,
        Field::InterviewDate => &draft.interview_date,
        Field::MissionSource => &draft.mission_source,
        Field::Mission => &draft.mission,
        Field::Notes => &draft.notes,
    }
}

fn set(draft: &mut OrgDraft, field: Field, value: String) {
    let slot = match field {
        Field::Position => {
            draft.position = Position::from_slug(&value).unwrap_or_default();
            return;
        }
        Field::Name => &mut draft.name,
        Field::Role => &mut draft.role,
        Field::InterviewDate => &mut draft.interview_date,
        Field::MissionSource => &mut draft.mission_source,
        Field::Mission => &mut draft.mission,
        Field::Notes => &mut draft.notes,
    };
    *slot = value;
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

/// The given fields bound to `draft`. `show_all` reveals "required" and "invalid" messages
/// (after a save attempt); messages about length always show, as soon as they apply.
#[component]
pub fn OrgFields(
    /// Prefix for element ids, unique per form on the page.
    prefix: &'static str,
    /// Which fields to show, in order.
    fields: &'static [Field],
    draft: RwSignal<OrgDraft>,
    problems: Signal<Vec<FieldError>>,
    show_all: Signal<bool>,
) -> impl IntoView {
    let field = move |field: Field| {
        let id = field_id(prefix, field);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let message = move || {
            problems.with(|ps| {
                ps.iter()
                    .find(|p| p.field == field && (p.kind == ProblemKind::TooLong || show_all.get()))
                    .map(|p| p.message.clone())
            })
        };
        let invalid = move || message().is_some();
        let counter = field.limit().filter(|l| *l >= 1_000).map(|limit| {
            move || {
                let n = draft.with(|d| char_count(get(d, field)));
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
        let value = move || draft.with(|d| get(d, field).to_string());
        let on_input = move |v: String| draft.update(|d| set(d, field, v));
        let control = match field {
            Field::Mission | Field::Notes => view! {
                <textarea
                    id=id.clone()
                    rows=if field == Field::Mission { 6 } else { 5 }
                    aria-describedby=describedby
                    aria-invalid=move || invalid().to_string()
                    prop:value=value
                    on:input:target=move |ev| on_input(ev.target().value())
                ></textarea>
            }
            .into_any(),
            Field::Position => view! {
                <select
                    id=id.clone()
                    aria-describedby=describedby
                    on:change:target=move |ev| on_input(ev.target().value())
                >
                    {Position::ALL.map(|p| view! {
                        <option value=p.slug() prop:selected=move || draft.with(|d| d.position == p)>{p.label()}</option>
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
                    aria-invalid=move || invalid().to_string()
                    aria-required=(field == Field::Name).then_some("true")
                    prop:value=value
                    on:input:target=move |ev| on_input(ev.target().value())
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
                <p class="error" id=error_id.clone()>{message}</p>
            </div>
        }
    };

    view! {
        <div class="fields">
            {fields.iter().map(|f| field(*f)).collect_view()}
        </div>
    }
}

//! The organizations list: the home page. Add an organization, try the example, open one.

use super::fields::{field_id, OrgFields, Source, ALL_FIELDS};
use crate::browser::{download_text, focus_first, set_title, today_iso, utc_stamp};
use crate::domain::plan::{self, Step};
use crate::domain::route::Route;
use crate::domain::{dates, practice, OrgDraft, Organization};
use crate::router::use_router;
use crate::state::{use_state, AppState};
use leptos::prelude::*;

#[component]
pub fn OrganizationsPage() -> impl IntoView {
    set_title("Organizations");
    let state = use_state();
    let adding = RwSignal::new(false);
    let router = use_router();

    let try_example = move |_| {
        let (id, added) = state.open_example();
        state.announce(if added { "Added the worked example." } else { "Opened the worked example you already have." });
        router.navigate(Route::Organization(id));
    };

    let count = move || state.workspace.with(|w| w.organizations.len());

    view! {
        <section class="page" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title" tabindex="-1">"Organizations"</h1>
                <p class="lede">
                    "Each organization you interview with, with its mission statement. "
                    "Know the mission before you walk in, and ask them to explain how it shapes the work. "
                    "Written for US physician hiring: residency and fellowship programs, and attending jobs."
                </p>
                <div class="actions">
                    <button
                        type="button"
                        class="primary"
                        aria-expanded=move || adding.get().to_string()
                        aria-controls="add-organization"
                        on:click=move |_| {
                            adding.update(|a| *a = !*a);
                            if adding.get_untracked() {
                                request_animation_frame(|| focus_first("#add-name"));
                            }
                        }
                    >"Add organization"</button>
                    <button type="button" on:click=try_example>"Try an example"</button>
                </div>
            </div>
            {move || adding.get().then(|| view! {
                <AddOrganizationForm on_done=Callback::new(move |_: ()| adding.set(false)) />
            })}
            <h2 class="visually-hidden">"Your organizations"</h2>
            {move || if count() > 0 {
                view! { <OrganizationList state /> }.into_any()
            } else {
                view! {
                    <div class="empty">
                        <p>"No organizations yet. Three steps for each interview:"</p>
                        <ol class="first-steps">
                            <li><strong>"Add the organization"</strong>" you are interviewing with, and the date."</li>
                            <li><strong>"Paste its mission statement."</strong>" Mission Ready checks it for red flags and turns what it promises into questions to ask."</li>
                            <li><strong>"Prepare"</strong>" with the question cards and practice; take the cheat sheet on the day, and write the debrief after."</li>
                        </ol>
                        <p>"Or choose \"Try an example\" to see it done with a real mission statement."</p>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn OrganizationList(state: AppState) -> impl IntoView {
    let today = today_iso();
    // A short list re-rendered whole when it changes: a keyed <For> would pull a hash map
    // and its diffing into the bundle for no visible gain at this size.
    let rows = move || {
        state.workspace.with(|w| {
            w.sorted()
                .into_iter()
                .map(|org| view! { <OrganizationRow org=org.clone() today=today.clone() /> })
                .collect_view()
        })
    };
    let dated = move || state.workspace.with(|w| w.organizations.iter().any(|o| dates::is_iso_date(&o.interview_date)));
    let calendar = move |_| {
        let text = state.workspace.with_untracked(|w| {
            let orgs: Vec<&Organization> = w.sorted();
            plan::interviews_ics(&orgs, &utc_stamp())
        });
        if let Err(e) = download_text("mission-ready-interviews.ics", "text/calendar", &text) {
            state.announce(format!("The calendar file could not be downloaded: {e}."));
        }
    };
    // One queue across the organizations with an interview ahead.
    let due_all = move || state.workspace.with(|w| w.practice_queue(&today_iso(), practice::Scope::All).0.len());
    view! {
        {move || {
            let n = due_all();
            (n > 0).then(|| view! {
                <p class="practice-all">
                    <a class="button" href=Route::PracticeAll.path()>{format!("Practice all due ({n} {})", if n == 1 { "card" } else { "cards" })}</a>
                    <span class="hint">"Every organization with an interview ahead, or only your answers."</span>
                </p>
            })
        }}
        <ul class="org-list" aria-label="Organizations">{rows}</ul>
        {move || dated().then(|| view! {
            <div class="actions">
                <button type="button" on:click=calendar>"Add interview dates to my calendar (.ics)"</button>
            </div>
        })}
    }
}

#[component]
fn OrganizationRow(org: Organization, today: String) -> impl IntoView {
    let when = match dates::relative(&today, &org.interview_date) {
        Some(rel) => format!("Interview {} ({rel})", dates::readable(&org.interview_date)),
        None => "No interview date yet".to_string(),
    };
    let due = practice::due_count(&org.deck(), &org.progress, &today);
    let id = org.id.clone();
    let cards = |n: usize| if n == 1 { "1 card due".to_string() } else { format!("{n} cards due") };
    // The next step, first, as a link to where it is done.
    let next = plan::next_step(&org, &today, due);
    let on_the_day = next == Step::InterviewDay;
    let (step, href) = match next {
        Step::Prepare { due: 0, dated } => (
            if dated {
                "Prepare: no cards due today".to_string()
            } else {
                "Prepare: add the interview date".to_string()
            },
            Route::Organization(id.clone()),
        ),
        Step::Prepare { due, .. } => (format!("Prepare: {}", cards(due)), Route::Practice(id.clone())),
        Step::InterviewDay => ("Today: open the cheat sheet".to_string(), Route::CheatSheet(id.clone())),
        Step::Debrief => ("Write the debrief while it is fresh".to_string(), Route::Debrief(id.clone())),
        Step::Compare => ("Compare with the others".to_string(), Route::Compare),
    };
    let mission = if org.mission.trim().is_empty() { "No mission statement yet" } else { "Mission statement entered" };
    view! {
        <li class="org-row">
            <p class="org-when">{when}</p>
            <a href=Route::Organization(org.id.clone()).path() class="org-link">{org.name.clone()}</a>
            <p class="next-step">
                <a href=href.path()>{step}</a>
                {on_the_day.then(|| view! {
                    " · "<a href=Route::Debrief(id.clone()).path()>"Interview mode"</a>
                })}
            </p>
            <p class="meta">
                {(!org.role.is_empty()).then(|| view! { <span>{org.role.clone()}</span> })}
                <span>{mission}</span>
            </p>
        </li>
    }
}

/// The "Add organization" form. Saves into the workspace on submit and reports problems
/// next to their fields, moving focus to the first one.
#[component]
pub fn AddOrganizationForm(on_done: Callback<()>) -> impl IntoView {
    let state = use_state();
    let router = use_router();
    let draft = RwSignal::new(OrgDraft::default());
    let attempted = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(OrgDraft::problems));
    let count_message = move || {
        let n = problems.with(Vec::len);
        (attempted.get() && n > 0).then(|| {
            if n == 1 {
                "Fix 1 problem to save.".to_string()
            } else {
                format!("Fix {n} problems to save.")
            }
        })
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        match state.add_organization(&d) {
            Ok(id) => {
                state.announce(format!("Added {}.", d.name.trim()));
                draft.set(OrgDraft::default());
                attempted.set(false);
                on_done.run(());
                // Open it: the next step is its mission. The shell moves focus to its heading.
                router.navigate(Route::Organization(id));
            }
            Err(problems) => {
                attempted.set(true);
                if let Some(first) = problems.first() {
                    let selector = format!("#{}", field_id("add", first.field));
                    request_animation_frame(move || focus_first(&selector));
                }
            }
        }
    };

    view! {
        <form id="add-organization" class="card form" on:submit=submit novalidate=true aria-labelledby="add-title">
            <h2 id="add-title">"Add an organization"</h2>
            <OrgFields prefix="add" fields=ALL_FIELDS source=Source::Draft { draft, show_all: attempted.into() } />
            <p class="form-summary" aria-live="polite">{count_message}</p>
            <div class="actions">
                <button type="submit" class="primary">"Save organization"</button>
                <button type="button" on:click=move |_| on_done.run(())>"Cancel"</button>
            </div>
        </form>
    }
}

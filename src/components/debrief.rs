//! The debrief page: tick red flags during and after the interview (one-handed on a phone),
//! see what was heard, write the debrief while memory is fresh, rate the organization for
//! comparison, and read the verdict with every reason.

use super::app::use_state;
use super::controls::{options, with_any, Choice, TextBox};
use super::page::{org_not_found, sub_page_head, verdict_box};
use crate::browser::today_iso;
use crate::domain::debrief::{self, Impression, Level, OwnFlag, Severity, DEBRIEF_TEXT_MAX};
use crate::domain::practice::Heard;
use crate::domain::route::Route;
use crate::state::{now_ms, AppState};
use leptos::prelude::*;

fn cap(text: String) -> String {
    text.chars().take(DEBRIEF_TEXT_MAX).collect()
}

/// Change an organization's debrief; the first change dates it today.
fn edit_debrief(state: AppState, id: &str, f: impl FnOnce(&mut debrief::Debrief)) {
    state.update_org(id, |o| {
        if o.debrief.date.is_empty() {
            o.debrief.date = today_iso();
        }
        f(&mut o.debrief)
    })
}

fn tone(level: Level) -> &'static str {
    match level {
        Level::Serious | Level::Concerns => "verdict-concern",
        Level::Mixed | Level::NotYet => "verdict-caution",
        Level::Good => "verdict-good",
    }
}

#[component]
pub fn DebriefPage(id: String) -> impl IntoView {
    let state = use_state();
    let Some(org) = state.workspace.with_untracked(|w| w.get(&id).cloned()) else {
        return org_not_found();
    };
    let verdict = {
        let id = id.clone();
        Memo::new(move |_| state.workspace.with(|w| w.get(&id).map(debrief::verdict)))
    };
    // The checklist re-renders only when flags are added or removed, never while typing.
    let flags = {
        let id = id.clone();
        Memo::new(move |_| state.workspace.with(|w| w.get(&id).map(debrief::checklist).unwrap_or_default()))
    };
    let upd = {
        let id = id.clone();
        move |f: &dyn Fn(&mut debrief::Debrief)| edit_debrief(state, &id, |d| f(d))
    };

    let checklist = {
        let id = id.clone();
        move || {
            flags
                .get()
                .into_iter()
                .map(|f| {
                    let tick = state
                        .workspace
                        .with_untracked(|w| w.get(&id).and_then(|o| o.debrief.tick(&f.id).cloned()))
                        .unwrap_or_default();
                    view! { <FlagItem org_id=id.clone() flag=f ticked=tick.ticked note=tick.note /> }
                })
                .collect_view()
        }
    };

    let new_flag = RwSignal::new(String::new());
    let new_severity = RwSignal::new(Severity::Major);
    let add_flag = {
        let upd = upd.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = new_flag.get_untracked().trim().to_string();
            if text.is_empty() {
                return;
            }
            let flag = OwnFlag {
                id: format!("own.{}", now_ms()),
                flag: text.chars().take(300).collect(),
                severity: new_severity.get_untracked(),
            };
            let id = flag.id.clone();
            upd(&|d| {
                d.own_flags.push(flag.clone());
                d.tick_mut(&id).ticked = true;
            });
            new_flag.set(String::new());
            state.announce("Flag added and ticked.");
        }
    };

    let heard_list = {
        let id = id.clone();
        move || {
            let answers = state.workspace.with(|w| w.get(&id).map(debrief::answers).unwrap_or_default());
            if answers.is_empty() {
                return view! { <p class="muted">"No card is marked as asked yet. Mark cards as asked on the question cards page and note what you heard."</p> }.into_any();
            }
            view! {
                <ul class="heard-list">
                    {answers.into_iter().map(|(q, h)| view! {
                        <li><strong>{h.map_or("Not noted", Heard::label)}</strong>" — "{q}</li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };

    let d = org.debrief.clone();
    let domains = state.workspace.with_untracked(|w| w.compare.domains.clone());
    let ratings = domains
        .into_iter()
        .map(|dom| {
            let upd = upd.clone();
            let current = d.rating(&dom.id);
            let sel_id = format!("rate-{}", dom.id);
            let dom_id = dom.id.clone();
            let mut choices = vec![(String::new(), "Not rated".to_string())];
            choices.extend((1..=5u8).map(|n| (n.to_string(), format!("{n} of 5"))));
            view! {
                <Choice
                    id=sel_id
                    label=dom.name.clone()
                    options=choices
                    selected=current.map(|c| c.to_string()).unwrap_or_default()
                    on_change=Callback::new(move |v: String| {
                        let v = v.parse::<u8>().ok();
                        upd(&|d| d.set_rating(&dom_id, v))
                    })
                />
            }
        })
        .collect_view();

    let text_field = |fid: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      initial: String,
                      set: fn(&mut debrief::Debrief, String)| {
        let upd = upd.clone();
        view! {
            <TextBox
                id=fid.into()
                label=label.into()
                hint=hint.into()
                rows=3
                wide=true
                value=initial
                on_input=Callback::new(move |v: String| {
                    let v = cap(v);
                    upd(&|d| set(d, v.clone()))
                })
            />
        }
    };

    let cards_path = Route::Cards(id.clone()).path();
    let upd_date = upd.clone();
    let upd_impression = upd.clone();
    let upd_stop = upd.clone();

    view! {
        <article class="page" aria-labelledby="page-title">
            {sub_page_head(&id, org.name.clone(), "Debrief")}
            <p class="lede">"Tick what you notice during the day; write the rest before memory fades. Everything is saved as you go."</p>

            <section class="card" aria-labelledby="verdict-title">
                <h2 id="verdict-title">"Verdict"</h2>
                {move || verdict.get().map(|v| verdict_box(tone(v.level), v.headline, v.reasons))}
            </section>

            <section class="card" aria-labelledby="flags-title">
                <h2 id="flags-title">"Red-flag checklist"</h2>
                <ul class="flag-list">{checklist}</ul>
                <form class="add-flag" on:submit=add_flag>
                    <TextBox
                        id="own-flag".into()
                        label="Add your own flag".into()
                        value=new_flag
                        on_input=Callback::new(move |v: String| new_flag.set(v))
                    />
                    <Choice
                        id="own-flag-severity".into()
                        label="Severity".into()
                        options=options(&Severity::ALL, Severity::slug, Severity::label)
                        selected=Severity::Major.slug().into()
                        on_change=Callback::new(move |v: String| new_severity.set(Severity::from_slug(&v).unwrap_or_default()))
                    />
                    <div class="actions"><button type="submit">"Add flag"</button></div>
                </form>
            </section>

            <section class="card" aria-labelledby="heard-title">
                <h2 id="heard-title">"What you heard"</h2>
                {heard_list}
                <p><a href=cards_path>"Mark questions as asked on the question cards"</a></p>
            </section>

            <section class="card" aria-labelledby="debrief-title">
                <h2 id="debrief-title">"Debrief"</h2>
                <div class="fields">
                    <TextBox
                        id="debrief-date".into()
                        label="Date of the interview".into()
                        kind="date"
                        value=d.date.clone()
                        on_input=Callback::new(move |v: String| upd_date(&|d| d.date = v.clone()))
                    />
                    <Choice
                        id="debrief-impression".into()
                        label="Overall impression".into()
                        options=with_any("Not decided", options(&Impression::ALL, Impression::slug, Impression::label))
                        selected=d.impression.map_or("", Impression::slug).into()
                        on_change=Callback::new(move |v: String| {
                            let v = Impression::from_slug(&v);
                            upd_impression(&|d| d.impression = v)
                        })
                    />
                    {text_field("debrief-culture", "Culture and teamwork observations", "How colleagues spoke about each other, other departments, nurses and staff.", d.culture.clone(), |d, v| d.culture = v)}
                    {text_field("debrief-gut", "Gut check", "In a sentence or two: would you be glad to work here, and why?", d.gut.clone(), |d, v| d.gut = v)}
                </div>
            </section>

            <section class="card" aria-labelledby="ratings-title">
                <h2 id="ratings-title">"Your ratings for comparison"</h2>
                <p class="hint">"Weights are set on the Compare page."</p>
                <div class="fields">{ratings}</div>
                <TextBox
                    id="hard-stop".into()
                    label="Hard stop".into()
                    hint="If something rules this organization out whatever else is true, write it here. It then ranks last, with this reason.".into()
                    wide=true
                    value=d.hard_stop.clone()
                    on_input=Callback::new(move |v: String| {
                        let v: String = v.chars().take(500).collect();
                        upd_stop(&|d| d.hard_stop = v.clone())
                    })
                />
            </section>
        </article>
    }
    .into_any()
}

/// One flag: a large tap target to tick it, and a note once ticked.
#[component]
fn FlagItem(
    org_id: String,
    flag: debrief::Flag,
    /// Ticked when the page opened.
    ticked: bool,
    /// The note when the page opened.
    note: String,
) -> impl IntoView {
    let state = use_state();
    let upd = move |f: &dyn Fn(&mut debrief::Debrief)| edit_debrief(state, &org_id, |d| f(d));
    let checked = RwSignal::new(ticked);
    let fid = flag.id.clone();
    let check_id = format!("flag-{}", flag.id.replace('.', "-"));
    let label_for = check_id.clone();
    let data_flag = fid.clone();
    let note_id = format!("{check_id}-note");
    let sev = flag.severity;
    let upd_tick = upd.clone();
    let tick_id = fid.clone();
    view! {
        <li class="flag-item" class:serious={sev == Severity::Serious} data-flag=data_flag>
            <label class="flag-tick" for=label_for>
                <input id=check_id type="checkbox" prop:checked=ticked on:change:target=move |ev| {
                    let on = ev.target().checked();
                    checked.set(on);
                    upd_tick(&|d| d.tick_mut(&tick_id).ticked = on)
                } />
                <span class="flag-text">
                    <span class=format!("severity severity-{}", sev.slug())>{sev.label()}</span>
                    " "{flag.flag.clone()}
                </span>
            </label>
            {(!flag.detail.is_empty()).then(|| view! { <p class="hint">{flag.detail.clone()}</p> })}
            {move || checked.get().then(|| {
                let upd = upd.clone();
                let fid = fid.clone();
                view! {
                    <TextBox
                        id=note_id.clone()
                        label="Note (optional)".into()
                        value=note.clone()
                        on_input=Callback::new(move |v: String| {
                            let v: String = v.chars().take(2000).collect();
                            upd(&|d| d.tick_mut(&fid).note = v.clone())
                        })
                    />
                }
            })}
        </li>
    }
}

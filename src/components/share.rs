//! Sharing: build a kit (link, QR code or file), and the preview of a kit before import.

use super::controls::{draft_input, TextBox};
use crate::browser::{copy_text, download_text, origin, set_title, today_iso};
use crate::domain::deck::{self, Stage};
use crate::domain::transfer::{self, Kit, LINK_WARN, NOTE_MAX, QR_MAX, TITLE_MAX};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn SharePage() -> impl IntoView {
    set_title("Share a kit");
    let state = use_state();
    let title = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    // Organization ids ticked to go in, and built-in card ids suggested.
    let chosen_orgs = RwSignal::new(Vec::<String>::new());
    let suggested = RwSignal::new(Vec::<String>::new());
    let personal = RwSignal::new(false);
    let created = RwSignal::new(false);
    let copied = RwSignal::new(String::new());

    // The kit as the form now stands: the link shown always matches the choices on screen.
    let kit = Memo::new(move |_| {
        state.workspace.with(|w| {
            let orgs: Vec<_> = chosen_orgs.with(|c| w.organizations.iter().filter(|o| c.contains(&o.id)).collect());
            Kit::build(&title.get(), &note.get(), &orgs, &suggested.get(), personal.get())
        })
    });
    let problem = Memo::new(move |_| {
        let k = kit.get();
        if k.orgs.is_empty() {
            Some("Tick at least one organization to put in the kit.".to_string())
        } else {
            k.check().err().map(|e| e.to_string())
        }
    });
    let link = Memo::new(move |_| transfer::share_link(&origin(), &kit.get()));

    let toggle = |list: RwSignal<Vec<String>>, id: String, on: bool| {
        list.update(|l| {
            l.retain(|x| *x != id);
            if on {
                l.push(id);
            }
        })
    };

    let org_boxes = move || {
        state.workspace.with(|w| {
            w.organizations
                .iter()
                .map(|o| {
                    let id = o.id.clone();
                    let this = id.clone();
                    let own = o.custom_cards.len();
                    let detail = match own {
                        0 => o.position.label().to_string(),
                        1 => format!("{}, 1 own card", o.position.label()),
                        n => format!("{}, {n} own cards", o.position.label()),
                    };
                    view! {
                        <li>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || chosen_orgs.with(|c| c.contains(&this))
                                    on:change:target=move |ev| toggle(chosen_orgs, id.clone(), ev.target().checked())
                                />
                                <span>{o.name.clone()}<span class="muted">{format!(" ({detail})")}</span></span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let card_groups = move || {
        Stage::ALL
            .iter()
            .filter_map(|&stage| {
                let cards: Vec<_> = deck::builtin().iter().filter(|c| c.stage == stage).collect();
                (!cards.is_empty()).then(|| {
                    view! {
                        <fieldset class="card-choice">
                            <legend>{stage.label()}</legend>
                            <ul class="plain">
                                {cards
                                    .into_iter()
                                    .map(|c| {
                                        let id = c.id.clone();
                                        let this = id.clone();
                                        view! {
                                            <li>
                                                <label class="check">
                                                    <input
                                                        type="checkbox"
                                                        prop:checked=move || suggested.with(|s| s.contains(&this))
                                                        on:change:target=move |ev| {
                                                            toggle(suggested, id.clone(), ev.target().checked())
                                                        }
                                                    />
                                                    <span>{c.question.clone()}</span>
                                                </label>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </fieldset>
                    }
                })
            })
            .collect_view()
    };

    let download_kit = move |_| {
        let name = format!("mission-ready-kit-{}.json", today_iso());
        match download_text(&name, "application/json", &transfer::kit_file(&kit.get_untracked())) {
            Ok(()) => state.announce("The kit file is downloading."),
            Err(e) => state.announce(format!("The kit file could not be downloaded: {e}.")),
        }
    };
    let copy = move |_| {
        let text = link.get_untracked();
        copy_text(&text, move |r| {
            copied.set(match r {
                Ok(()) => "Link copied.".into(),
                Err(e) => format!("Could not copy: {e}. Select the link and copy it yourself."),
            })
        });
    };

    let result = move || {
        if !created.get() {
            return None;
        }
        if let Some(p) = problem.get() {
            return Some(view! { <p class="error" role="alert">{p}</p> }.into_any());
        }
        let length = link.with(String::len);
        let meter = if length > LINK_WARN {
            view! {
                <p class="notice" id="link-length">
                    <strong>{format!("This link is {} characters long. ", group(length))}</strong>
                    {format!("Some email programs break links longer than {} characters. Send the kit as a file instead, or put fewer organizations or cards in it.", group(LINK_WARN))}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="hint" id="link-length">
                    {format!("{} characters: short enough for email and messages.", group(length))}
                </p>
            }
            .into_any()
        };
        let qr = if length <= QR_MAX {
            view! { <QrCode text=link.get() /> }.into_any()
        } else {
            view! {
                <p class="hint">
                    {format!("No QR code: at {} characters the code would be too dense to scan reliably (up to {} fits). Send the link or the file.", group(length), group(QR_MAX))}
                </p>
            }
            .into_any()
        };
        Some(
            view! {
                <div class="share-result">
                    <div class="field">
                        <label for="share-link">"Share link"</label>
                        <textarea id="share-link" rows="4" readonly aria-describedby="link-length" prop:value=move || link.get()></textarea>
                    </div>
                    {meter}
                    <div class="actions">
                        <button type="button" class="primary" on:click=copy>"Copy link"</button>
                        <button type="button" on:click=download_kit>"Download kit file"</button>
                    </div>
                    <p role="status" class="hint">{move || copied.get()}</p>
                    {qr}
                    <p class="hint">
                        "The kit travels inside the link, after the #, which browsers never send to a server. "
                        "Anyone with the link can read what is in it."
                    </p>
                </div>
            }
            .into_any(),
        )
    };

    let has_orgs = move || state.workspace.with(|w| !w.organizations.is_empty());

    view! {
        <section class="page share" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title" tabindex="-1">"Share a kit"</h1>
                <p class="lede">
                    "Prepare a kit for a student or a colleague: organizations with their missions, questions you suggest, and your own cards. "
                    "They open the link, see what is in it, and import it with one click."
                </p>
            </div>
            {move || if has_orgs() {
                view! {
                    <form class="share-form" on:submit=move |ev| {
                        ev.prevent_default();
                        created.set(true);
                        copied.set(String::new());
                    }>
                        <TextBox
                            id="kit-title".into()
                            label="Kit title".into()
                            hint="For example: Internal medicine interviews, spring".into()
                            value=title
                            on_input=draft_input(title, "Kit title", TITLE_MAX)
                        />
                        <TextBox
                            id="kit-note".into()
                            label="Note for the person you share with".into()
                            value=note
                            rows=3
                            on_input=draft_input(note, "Note", NOTE_MAX)
                        />
                        <fieldset>
                            <legend>"Organizations to include"</legend>
                            <p class="hint">"Each goes in with its name, kind of position, role, mission statement and your own cards."</p>
                            <ul class="plain">{org_boxes}</ul>
                        </fieldset>
                        <details class="suggest">
                            <summary>{move || format!("Suggest built-in questions ({} chosen)", suggested.with(Vec::len))}</summary>
                            <p class="hint">"The questions you tick are listed for them on each organization's page."</p>
                            {card_groups}
                        </details>
                        <fieldset>
                            <legend>"Your own notes"</legend>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    aria-describedby="personal-hint"
                                    prop:checked=move || personal.get()
                                    on:change:target=move |ev| personal.set(ev.target().checked())
                                />
                                <span>"Include my notes, debriefs and ratings"</span>
                            </label>
                            <p class="hint" id="personal-hint">
                                "Off unless you tick it. Your notes on each organization and its cards, your red-flag checklist, debrief and ratings would go in the link. Leave it off when sharing with anyone else."
                            </p>
                        </fieldset>
                        <div class="actions">
                            <button type="submit" class="primary">"Create share link"</button>
                        </div>
                    </form>
                    {result}
                }
                .into_any()
            } else {
                view! {
                    <div class="empty">
                        <p>"Add an organization first: a kit is built from your organizations and their cards."</p>
                        <p><a href="/">"Go to your organizations"</a></p>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}

fn group(n: usize) -> String {
    crate::domain::text::group_thousands(n)
}

/// `text` as a QR code, drawn as one SVG path of its dark modules (no markup is built from
/// text, and nothing is fetched). Dark on white in both colour schemes, as scanners expect.
#[component]
pub fn QrCode(text: String) -> impl IntoView {
    let Ok(code) = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L) else {
        return view! { <p class="hint">"This link is too long for a QR code. Send the link or the file."</p> }
            .into_any();
    };
    let width = code.width();
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    view! {
        <figure class="qr">
            <svg
                viewBox=format!("0 0 {size} {size}")
                role="img"
                aria-label="QR code of the share link"
                shape-rendering="crispEdges"
            >
                <rect width=size height=size fill="#ffffff"></rect>
                <path d=path fill="#000000"></path>
            </svg>
            <figcaption class="hint">"Scan with a phone's camera to open the kit."</figcaption>
        </figure>
    }
    .into_any()
}

/// The sender's note to the reader of a kit, as text; nothing when there is none. Shown in
/// the preview and, after import, on the organization's page.
#[component]
pub fn SenderNote(note: String) -> impl IntoView {
    (!note.is_empty()).then(|| {
        view! {
            <blockquote class="advisor-note">
                <p class="legend">"Note from the sender"</p>
                <p class="statement-copy">{note}</p>
            </blockquote>
        }
    })
}

/// What a kit holds, before anything is imported: title, note, organizations, card count,
/// and whether it carries someone's notes. Every text is shown as text.
#[component]
pub fn KitPreview(kit: Kit) -> impl IntoView {
    let cards = kit.card_count();
    let orgs = kit.orgs.len();
    let summary = format!(
        "{} {}, {} {}.",
        orgs,
        if orgs == 1 { "organization" } else { "organizations" },
        cards,
        if cards == 1 { "card" } else { "cards" }
    );
    view! {
        <div class="kit-preview">
            <h2>{if kit.title.is_empty() { "A kit without a title".to_string() } else { kit.title.clone() }}</h2>
            <p class="muted">{summary}</p>
            <SenderNote note=kit.note.clone() />
            <ul class="kit-orgs">
                {kit.orgs.iter().map(|o| {
                    let mission = if o.mission.is_empty() {
                        "No mission statement.".to_string()
                    } else {
                        let short: String = o.mission.chars().take(280).collect();
                        if short.len() < o.mission.len() { format!("{short}…") } else { short }
                    };
                    view! {
                        <li>
                            <strong>{o.name.clone()}</strong>
                            <span class="muted">{format!(" · {}{}", o.position.label(), if o.role.is_empty() { String::new() } else { format!(" · {}", o.role) })}</span>
                            <p class="kit-mission">{mission}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {kit.has_personal().then(|| view! {
                <p class="notice">"This kit includes the sender's own notes, debrief and ratings."</p>
            })}
        </div>
    }
}

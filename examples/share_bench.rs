//! Share-link size for the budget case (one organization, a 400-character mission, 10 own
//! cards): printed by `./scripts/bench`, which fails if it is over 1,200 characters.

use mission_ready::domain::transfer::{budget_case, share_link, LINK_WARN, QR_MAX};

fn main() {
    let kit = budget_case();
    let json = serde_json::to_string(&kit).unwrap_or_default();
    let link = share_link("https://missionready.example", &kit);
    println!("kit JSON                {:>6} characters", json.len());
    println!(
        "share link              {:>6} characters (budget 1,200; email warning above {LINK_WARN}; QR up to {QR_MAX})",
        link.len()
    );
    if link.len() > 1_200 {
        println!("OVER BUDGET");
        std::process::exit(1);
    }
    println!("within budget");
}

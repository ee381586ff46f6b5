import { test, expect, open, example, expectAccessible, snap, addOrganization } from "./fixtures.js";

const KEY = "missionready.workspace";
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.organizations[0], KEY);

test("cards: notes, status and what was heard are kept; filters and search work", async ({ page }) => {
  // The whole deck on one page, checked by axe twice: slow on a 2-core machine.
  test.slow();
  await example(page);
  await page.getByRole("link", { name: "Question cards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Question cards" })).toBeVisible();
  const opening = page.locator('[data-card="opening.explain-mission"]');
  await opening.getByLabel("Notes or draft answer").fill("Ask the chair first.");
  await opening.getByLabel("Status").selectOption("asked");
  await opening.getByLabel("What you heard").selectOption("vague");
  // The research card comes from the mission check.
  await expect(page.locator('[data-card="mission.research.2"]')).toContainText("From the mission check");
  await expectAccessible(page, "question cards");
  await snap(page, "cards");

  await page.getByLabel("Stage").selectOption("contract");
  await expect(page.locator("[data-card]").first()).toHaveAttribute("data-card", /^contract\./);
  await expect(page.locator(".notice-legal")).toContainText("physician-contract attorney licensed in your state");
  await snap(page, "cards-contract");
  await page.getByLabel("Stage").selectOption("");
  await page.getByLabel("Search", { exact: true }).fill("possums chair");
  await expect(page.getByText("No cards match.")).toBeVisible();
  await page.getByLabel("Search", { exact: true }).fill("the chair first");
  await expect(page.locator("[data-card]")).toHaveCount(1);

  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  const again = page.locator('[data-card="opening.explain-mission"]');
  await expect(again.getByLabel("Notes or draft answer")).toHaveValue("Ask the chair first.");
  await expect(again.getByLabel("Status")).toHaveValue("asked");
  await expect(again.getByLabel("What you heard")).toHaveValue("vague");
});

test("practice by keyboard: Space reveals, 1–4 rate; the schedule survives a reload", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: /^Practice \(\d+ due\)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  await expect(page.getByText("Space", { exact: true })).toBeVisible();
  const question = page.locator("#practice-question");
  const first = await question.textContent();
  await expect(page.getByText(/^Card 1 of \d+/)).toBeVisible();

  await page.keyboard.press("Space");
  await expect(page.getByText("Why it matters:")).toBeVisible();
  await expectAccessible(page, "practice, answer shown");
  await snap(page, "practice");
  await page.keyboard.press("3"); // Good
  await expect(question).not.toHaveText(first);
  const second = await question.textContent();
  await page.keyboard.press("Space");
  await page.keyboard.press("1"); // Again: it comes back
  await page.keyboard.press("Space");
  await page.keyboard.press("4"); // Easy

  // Saved within the debounce.
  await expect.poll(async () => (await stored(page)).progress.length).toBe(3);
  const org = await stored(page);
  const byId = Object.fromEntries(org.progress.map((p) => [p.card, p]));
  const good = org.progress.find((p) => p.reps === 1 && p.interval === 1);
  expect(good, "a card rated Good is due tomorrow").toBeTruthy();
  expect(org.progress.some((p) => p.lapses === 1 && p.interval === 0)).toBe(true);
  expect(org.progress.some((p) => p.interval === 3 && p.ease === 265)).toBe(true);
  expect(Object.keys(byId).length).toBe(3);

  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  // The weak card (rated Again) comes first now.
  await expect(question).toHaveText(second);
  await expect(page.getByText(/^Card 1 of \d+/)).toBeVisible();
});

test("a 20-card session with five Again ratings stays of 20, and its summary adds up", async ({ page }) => {
  await addOrganization(page, "Short Deck Clinic");
  const due = Number((await page.getByRole("link", { name: /^Practice/ }).textContent()).match(/\((\d+) due\)/)[1]);
  expect(due).toBeGreaterThan(20);
  await page.getByRole("link", { name: /^Practice/ }).click();
  await expect(page.getByText(`This session: 20 of ${due} due cards.`)).toBeVisible();
  const place = page.locator(".qmeta");
  const rate = async (label) => {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: new RegExp(`${label}$`) }).click();
  };
  for (let i = 1; i <= 5; i++) {
    await expect(place).toHaveText(new RegExp(`^Card ${i} of 20 ·`));
    await rate("Again");
  }
  for (let i = 6; i <= 20; i++) {
    await expect(place).toHaveText(new RegExp(`^Card ${i} of 20 ·`));
    await rate("Good");
  }
  // The five come back, still "of 20", marked as a repeat.
  for (let i = 1; i <= 5; i++) {
    await expect(place).toHaveText(new RegExp(`^Card ${i} of 20 · again ·`));
    await rate("Good");
  }
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.getByText("You practiced 20 cards with 25 ratings: 5 Again, 20 Good.", { exact: false })).toBeVisible();
  await expect(page.getByText(`${due - 20} more due cards wait for another session.`)).toBeVisible();
  await expectAccessible(page, "practice summary");
});

test("a custom card can be added, edited and deleted, and persists", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: "Question cards" }).click();
  await page.getByRole("button", { name: "Add your own card" }).click();
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByText("Write the question first.")).toBeVisible();
  await page.getByLabel("Question", { exact: true }).fill("Who covers my patients when I teach?");
  await page.locator("#new-card-stage").selectOption("teamwork");
  await page.getByRole("button", { name: "Save card" }).click();
  const mine = page.locator(".qcard", { hasText: "Who covers my patients when I teach?" });
  await expect(mine).toContainText("Your card");
  await page.reload();
  await expect(mine).toBeVisible();
  await mine.getByRole("button", { name: "Edit card" }).click();
  await mine.getByLabel("Question", { exact: true }).fill("Who covers my patients while I teach?");
  await mine.getByRole("button", { name: "Save card" }).click();
  await page.reload();
  const edited = page.locator(".qcard", { hasText: "Who covers my patients while I teach?" });
  await expect(edited).toBeVisible();
  await edited.getByRole("button", { name: "Delete card…" }).click();
  await edited.getByRole("button", { name: "Delete permanently" }).click();
  await expect(edited).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".qcard", { hasText: "while I teach" })).toHaveCount(0);
});

test("the cheat sheet renders and prints on one page", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: "Cheat sheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cheat sheet" })).toBeVisible();
  await expect(page.locator(".sheet-quote")).toContainText("Inspiring hope");
  const first = page.locator("ol.sheet-list li").first();
  await expect(first).toContainText("Could you explain your mission statement");
  await expect(page.locator("ol.sheet-list li")).toHaveCount(8);
  await expect(page.locator(".sheet-foot.notice-legal")).toContainText("Educational only");
  await expectAccessible(page, "cheat sheet");
  await snap(page, "cheat-sheet");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages, "one printed page").toBe(1);
});

test("the cheat sheet carries my draft answers and notes as far as one page allows, and says what it shortened", async ({
  page,
}) => {
  const onePage = async (label) => {
    await page.emulateMedia({ media: "print" });
    for (const format of ["Letter", "A4"]) {
      const pdf = await page.pdf({ format });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      expect(pages, `${label}: one printed ${format} page`).toBe(1);
    }
    await page.emulateMedia({ media: null });
  };
  await example(page);
  await page.getByRole("textbox", { name: "Notes", exact: true }).fill(
    "Recruiter said nights are covered by a nocturnist team. " + "Ask the chief about it. ".repeat(60),
  );
  await page.getByRole("link", { name: "Cheat sheet" }).click();
  const notes = page.getByRole("region", { name: "Your notes" });
  await expect(notes).toContainText("Recruiter said nights are covered by a nocturnist team.");
  await expect(notes).toContainText("Shortened to fit one page; all of it is on the organization's page.");
  await onePage("long notes");

  // Draft answers come first; the notes then make way, and the sheet says where they are.
  await page.goBack();
  await page.getByRole("link", { name: "Question cards" }).click();
  await page
    .locator('[data-card="before.read-news"]')
    .getByLabel("Notes or draft answer")
    .fill("They merged with a regional system in 2025; ask how the mission survived the merger.");
  await page.locator('[data-card="before.find-mission"]').getByLabel("Notes or draft answer").fill("word ".repeat(200));
  await page.goBack();
  await page.getByRole("link", { name: "Cheat sheet" }).click();
  const answers = page.getByRole("region", { name: "Your answers" });
  await expect(answers).toContainText("They merged with a regional system in 2025");
  await expect(answers).toContainText("Shortened to fit one page; the full answers are on the cards page.");
  await expect(notes).toContainText("Your notes did not fit on one page with this mission; they are on the organization's page.");
  await expectAccessible(page, "cheat sheet with drafts");
  await snap(page, "cheat-sheet-drafts");
  await onePage("drafts and notes");
});

test("the organization list shows cards due", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: "All organizations" }).click();
  await expect(page.getByText(/\d+ cards due/)).toBeVisible();
  await expect(page.getByText("Written for US physician hiring")).toBeVisible();
  await snap(page, "home");
});

// Issue 13: interview mode on the debrief page, one practice queue across organizations,
// and compare that reads well on a phone, on a laptop and on paper.
import { test, expect, open, expectAccessible, snap, addOrganization } from "./fixtures.js";

const KEY = "missionready.workspace";
const orgs = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.organizations, KEY);
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function addDated(page, name, date) {
  await open(page);
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("textbox", { name: "Organization name", exact: true }).fill(name);
  await page.getByLabel("Interview date").fill(date);
  await page.getByRole("button", { name: "Save organization" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test("interview mode on a phone: what you heard and what they said show on the cards page and in compare", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await addOrganization(page, "Riverbend Hospital");
  await page.getByRole("link", { name: "Debrief and red flags" }).click();
  const section = page.getByRole("region", { name: "Interview mode: your questions" });
  const items = section.locator(".interview-item");
  await expect(items).toHaveCount(8);
  const opening = section.locator('[data-card="opening.explain-mission"]');
  await expect(items.first()).toHaveAttribute("data-card", "opening.explain-mission");

  // One thumb: the tick and the three answers are large targets, and nothing scrolls sideways.
  const tick = opening.getByRole("checkbox");
  await tick.check();
  const choices = opening.getByRole("group", { name: "What you heard" });
  await expect(choices.getByRole("radio")).toHaveCount(3);
  for (const label of ["Clear answer", "Vague answer", "Could not answer"]) {
    const box = await opening.locator("label", { hasText: label }).boundingBox();
    expect(box.height, `${label} is a large target`).toBeGreaterThanOrEqual(44);
  }
  await opening.locator("label", { hasText: "Clear answer" }).click();
  await opening.getByLabel("What they said").fill("Every protocol starts from the patient's question.");
  // Choosing what was heard on a question not ticked yet marks it asked.
  const second = items.nth(1);
  const secondId = await second.getAttribute("data-card");
  await second.getByRole("checkbox").check();
  await second.locator("label", { hasText: "Vague answer" }).click();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "interview mode on a phone");
  await snap(page, "interview-mode");

  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(opening.getByRole("checkbox")).toBeChecked();
  await expect(opening.getByRole("radio", { name: "Clear answer" })).toBeChecked();
  await expect(opening.getByLabel("What they said")).toHaveValue("Every protocol starts from the patient's question.");
  // Unticking hides the answer but keeps it; ticking again shows it as it was.
  await opening.getByRole("checkbox").uncheck();
  await expect(opening.getByLabel("What they said")).toHaveCount(0);
  await opening.getByRole("checkbox").check();
  await expect(opening.getByLabel("What they said")).toHaveValue("Every protocol starts from the patient's question.");

  // The same card on the cards page: asked, clear, and what they said apart from the notes.
  await page.getByRole("link", { name: "All question cards" }).click();
  const card = page.locator('[data-card="opening.explain-mission"]');
  await expect(card.getByLabel("Status")).toHaveValue("asked");
  await expect(card.getByLabel("What you heard")).toHaveValue("clear");
  await expect(card.getByLabel("What they said")).toHaveValue("Every protocol starts from the patient's question.");
  await expect(card.getByLabel("Notes or draft answer")).toHaveValue("");
  await expect(page.locator(`[data-card="${secondId}"]`).getByLabel("What you heard")).toHaveValue("vague");
  const [stored] = await orgs(page);
  const p = stored.progress.find((x) => x.card === "opening.explain-mission");
  expect([p.status, p.heard, p.said, p.notes]).toEqual(["asked", "clear", "Every protocol starts from the patient's question.", ""]);

  // Compare shows it.
  await page.getByRole("link", { name: "Compare" }).click();
  const rankCard = page.locator(".rank-card").first();
  await expect(rankCard.locator("dd").nth(3)).toHaveText("Clear answer");
  await expect(rankCard).toContainText("1 clear, 1 vague");
});

test("practice all due: one queue across organizations, the soonest first, each card says whose; or only my answers", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T09:00:00"));
  await addDated(page, "Later Clinic", "2026-12-10");
  await addDated(page, "Sooner Hospital", "2026-12-03");
  await addDated(page, "Past Medical Group", "2026-11-20");
  await page.getByRole("link", { name: "Organizations", exact: true }).click();
  const start = page.getByRole("link", { name: /^Practice all due \(\d+ cards\)$/ });
  const total = Number((await start.textContent()).match(/\((\d+) cards\)/)[1]);
  const one = Number(
    (await page.locator(".org-row", { hasText: "Sooner Hospital" }).getByRole("link", { name: /^Prepare: \d+ cards due$/ }).textContent()).match(/(\d+) cards/)[1],
  );
  // Two organizations ahead, but each question to ask comes up once: fewer than twice one deck.
  expect(total).toBeGreaterThan(one);
  expect(total).toBeLessThan(2 * one);
  await start.click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice all due" })).toBeVisible();
  await expect(page.getByText(`This session: 20 of ${total} due cards.`)).toBeVisible();
  // The soonest interview's cards first (its answers to prepare); never the past one's.
  const forWhom = page.locator(".practice-for");
  const meta = page.locator(".qmeta");
  await expect(forWhom).toHaveText("For: Sooner Hospital");
  await expect(meta).toContainText("· Prepare ·");
  const good = async () => {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /Good$/ }).click();
  };
  // Practise on to the first question to ask: it is one card for both organizations.
  let rated = 0;
  while (!/· Ask ·/.test(await meta.textContent()) && rated < 19) {
    await expect(forWhom).not.toContainText("Past Medical Group");
    await good();
    rated += 1;
  }
  await expect(meta).toContainText("· Ask ·");
  await expect(forWhom).toHaveText("For: Sooner Hospital, Later Clinic");
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByText("Your notes for Later Clinic:")).toBeVisible();
  await expectAccessible(page, "practice all due");
  await snap(page, "practice-all");
  await page.getByRole("button", { name: /Good$/ }).click();
  rated += 1;
  await expect(meta).toHaveText(new RegExp(`^Card ${rated + 1} of 20`));
  // One rating scheduled the question for both organizations.
  const practised = async (name) =>
    (await orgs(page)).find((x) => x.name === name).progress.filter((x) => x.due === "2026-12-02").length;
  await expect.poll(() => practised("Sooner Hospital"), "saved as rated").toBe(rated);
  expect(await practised("Later Clinic")).toBe(1);
  expect((await orgs(page)).find((x) => x.name === "Past Medical Group").progress).toEqual([]);

  // Only my answers: every card is a Prepare card, for one organization.
  await page.getByText("Only my answers").click();
  await expect(page.getByText(/^This session: /)).toBeVisible();
  await expect(meta).toHaveText(/^Card 1 of /);
  for (let i = 0; i < 4; i++) {
    await expect(meta).toContainText("· Prepare ·");
    await expect(forWhom).toHaveText(/^For: (Sooner Hospital|Later Clinic)$/);
    await good();
  }
});

async function snapPrint(page) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "e2e/results/screenshots/compare-print.png", fullPage: true });
}

async function threeRanked(page) {
  const plan = [
    ["Alpha Health System of the Upper Midwest", { "Mission fit": "3", "Culture and teamwork": "3" }, ""],
    ["Beta Clinic", { "Mission fit": "5", "Culture and teamwork": "5" }, "Non-compete covers the whole state"],
    ["Gamma Hospital", { "Mission fit": "5", "Culture and teamwork": "4" }, ""],
  ];
  for (const [name, ratings, stop] of plan) {
    await addOrganization(page, name);
    await page.getByRole("link", { name: "Debrief and red flags" }).click();
    for (const [label, value] of Object.entries(ratings)) await page.getByLabel(label, { exact: true }).selectOption(value);
    if (stop) await page.getByLabel("Hard stop").fill(stop);
  }
  await page.getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare" })).toBeVisible();
}

test("compare at 360 px is one card per organization with its rank and rating, and never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await threeRanked(page);
  const cards = page.locator(".rank-card");
  await expect(cards).toHaveCount(3);
  const expected = [["1", "Gamma Hospital", "4.5 of 5"], ["2", "Alpha Health System of the Upper Midwest", "3.0 of 5"], ["3", "Beta Clinic", "5.0 of 5"]];
  for (const [i, [rank, name, rating]] of expected.entries()) {
    const card = cards.nth(i);
    await expect(card.locator(".rank-no")).toHaveText(rank);
    await expect(card.getByRole("heading", { level: 3 })).toHaveText(name);
    await expect(card.locator(".rank-score")).toHaveText(rating);
    await card.scrollIntoViewIfNeeded();
    for (const part of [".rank-no", ".rank-score", "h3"]) {
      const box = await card.locator(part).boundingBox();
      expect(box.x, `${name}: ${part} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name}: ${part} ends on screen`).toBeLessThanOrEqual(360);
    }
  }
  await expect(cards.nth(2)).toContainText("Hard stop: Non-compete covers the whole state");
  await expect(cards.nth(0).locator("dt", { hasText: "Mission check" })).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "compare on a phone");
  await snap(page, "compare-layouts");

  // A laptop: the table, one column per organization, across the full width.
  await page.setViewportSize({ width: 1280, height: 800 });
  const table = page.getByRole("table", { name: "Organizations side by side" });
  await expect(table).toBeVisible();
  await expect(cards.nth(0).locator("dt").first()).toBeHidden();
  await expect(table.getByRole("columnheader")).toHaveText(["Gamma Hospital", "Alpha Health System of the Upper Midwest", "Beta Clinic"]);
  await expect(table.getByRole("rowheader", { name: "Weighted rating (of 5)" })).toBeVisible();
  const width = (await table.boundingBox()).width;
  expect(width, "the table uses the laptop's width").toBeGreaterThan(1100);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "compare on a laptop");
});

test("compare prints on one landscape page, Letter and A4, without clipping", async ({ page }) => {
  await threeRanked(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("table", { name: "Organizations side by side" })).toBeVisible();
  // The printable width of landscape Letter (11 in less 12 mm margins) is the narrower one.
  await page.setViewportSize({ width: 965, height: 700 });
  expect(await sideways(page), "nothing wider than the landscape page").toBeLessThanOrEqual(0);
  await snapPrint(page);
  for (const format of ["Letter", "A4"]) {
    const pdf = await page.pdf({ format, preferCSSPageSize: true });
    const text = pdf.toString("latin1");
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages, `one ${format} page`).toBe(1);
    const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
    expect(Number(box[1]), `${format} is landscape`).toBeGreaterThan(Number(box[2]));
  }
});

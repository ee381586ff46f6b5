// What you see is what is stored: every control shows the stored value, also after it
// re-mounts or another tab saves; nothing typed is cut without a message.
import { test, expect, open, example } from "./fixtures.js";

const KEY = "missionready.workspace";
const storedOrg = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.organizations[0], KEY);
/** Wait for the debounced save, then read what is stored. */
async function saved(page) {
  await page.waitForTimeout(700);
  return storedOrg(page);
}


test("debrief: untick and tick a flag again, and its note is still there and kept as typed", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: "Debrief and red flags" }).click();
  const flag = page.locator('[data-flag="turnover"]');
  await flag.getByRole("checkbox").check();
  await flag.getByLabel("Note (optional)").fill("Three hospitalists left this year");
  await flag.getByRole("checkbox").uncheck();
  await expect(flag.getByLabel("Note (optional)")).toHaveCount(0);
  await flag.getByRole("checkbox").check();
  const note = flag.getByLabel("Note (optional)");
  await expect(note).toHaveValue("Three hospitalists left this year");
  await note.press("End");
  await note.pressSequentially(".");
  const org = await saved(page);
  const tick = org.debrief.ticks.find((t) => t.id === "turnover");
  expect(tick).toMatchObject({ ticked: true, note: "Three hospitalists left this year." });
  // The first debrief edit dated it, and the date field shows it without a reload.
  await expect(page.getByLabel("Date of the interview")).toHaveValue(org.debrief.date);
  expect(org.debrief.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("cards: what was heard shows again after the status goes to To do and back to Asked", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: "Question cards" }).click();
  const card = page.locator('[data-card="opening.explain-mission"]');
  await card.getByLabel("Status").selectOption("asked");
  await card.getByLabel("What you heard").selectOption("clear");
  await card.getByLabel("Status").selectOption("todo");
  await expect(card.getByLabel("What you heard")).toHaveCount(0);
  await card.getByLabel("Status").selectOption("asked");
  await expect(card.getByLabel("What you heard")).toHaveValue("clear");
  const org = await saved(page);
  expect(org.progress.find((p) => p.card === "opening.explain-mission")).toMatchObject({ status: "asked", heard: "clear" });
});

test("cards: 60,000 pasted characters are refused with a message; the last valid note stays stored", async ({ page }) => {
  await example(page);
  await page.getByRole("link", { name: "Question cards" }).click();
  const notes = page.locator('[data-card="opening.explain-mission"]').getByLabel("Notes or draft answer");
  await notes.fill("Ask the chair first.");
  await notes.fill("x".repeat(60_000));
  await expect(page.getByText("Notes or draft answer is 60,000 characters long; the limit is 10,000. Shorten it by 50,000 to save.")).toBeVisible();
  await expect(page.getByText(/last saved version is kept/)).toBeVisible();
  await expect(notes).toHaveValue("x".repeat(60_000)); // the text is not cut under the user
  const org = await saved(page);
  expect(org.progress.find((p) => p.card === "opening.explain-mission").notes).toBe("Ask the chair first.");
  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(page.locator('[data-card="opening.explain-mission"]').getByLabel("Notes or draft answer")).toHaveValue(
    "Ask the chair first.",
  );
});

test("every text field: over its limit, a message, and the stored value is the last valid one", async ({ page }) => {
  await example(page);
  const over = (n) => "y".repeat(n + 1);
  const expectRefused = async (box, label, limit) => {
    await box.fill("fine");
    await box.fill(over(limit));
    await expect(page.getByText(`${label} is ${(limit + 1).toLocaleString("en-US")} characters long; the limit is ${limit.toLocaleString("en-US")}. Shorten it by 1 to save.`)).toBeVisible();
  };

  // The organization page.
  for (const [label, limit, key] of [
    ["Organization name", 200, "name"],
    ["Role applied for", 200, "role"],
    ["Where the mission was found", 1000, "mission_source"],
    ["Mission statement", 20000, "mission"],
    ["Notes", 50000, "notes"],
  ]) {
    const box = page.getByRole("textbox", { name: label, exact: true });
    await expectRefused(box, label, limit);
    expect((await saved(page))[key], label).toBe("fine");
    await box.fill("fine"); // put it right before the next
  }

  // The debrief.
  await page.getByRole("link", { name: "Debrief and red flags" }).click();
  for (const [label, limit, key] of [
    ["Culture and teamwork observations", 20000, "culture"],
    ["Gut check", 20000, "gut"],
    ["Hard stop", 500, "hard_stop"],
  ]) {
    await expectRefused(page.getByLabel(label, { exact: true }), label, limit);
    expect((await saved(page)).debrief[key], label).toBe("fine");
  }
  const flag = page.locator('[data-flag="turnover"]');
  await flag.getByRole("checkbox").check();
  await expectRefused(flag.getByLabel("Note (optional)"), "Note (optional)", 2000);
  expect((await saved(page)).debrief.ticks.find((t) => t.id === "turnover").note).toBe("fine");
  const own = page.getByLabel("Add your own flag");
  await expectRefused(own, "Add your own flag", 300);
  await page.getByRole("button", { name: "Add flag" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Add your own flag is 301 characters long" })).toBeVisible();
  expect((await saved(page)).debrief.own_flags).toEqual([]);

  // A card of one's own.
  await page.getByRole("link", { name: /^← / }).click();
  await page.getByRole("link", { name: "Question cards" }).click();
  await page.getByRole("button", { name: "Add your own card" }).click();
  await expectRefused(page.getByLabel("Question", { exact: true }), "Question", 500);
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Question is 501 characters long" })).toBeVisible();
  expect((await saved(page)).custom_cards).toEqual([]);

  // A comparison domain.
  await page.getByRole("link", { name: "Compare" }).click();
  await expectRefused(page.getByLabel("Add your own domain"), "Add your own domain", 80);
  await page.getByRole("button", { name: "Add domain" }).click();
  const domains = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.compare.domains, KEY);
  expect(domains.map((d) => d.name)).not.toContain("y".repeat(81));
});

test("another tab saves during a practice session: the session goes on at the same card", async ({ page, context }) => {
  await example(page);
  await page.getByRole("link", { name: /^Practice \(\d+ due\)$/ }).click();
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByText(/^Card 2 of \d+/)).toBeVisible();
  const question = await page.locator("#practice-question").textContent();
  await page.waitForTimeout(700); // this tab's rating is saved

  const other = await context.newPage();
  await open(other, "/");
  await other.getByRole("link", { name: "Mayo Clinic (worked example)" }).click();
  await other.getByRole("link", { name: "Debrief and red flags" }).click();
  await other.locator('[data-flag="turnover"]').getByRole("checkbox").check();
  await other.waitForTimeout(700); // the other tab saves

  // This tab follows the other's save (its debrief shows the tick) and keeps its session.
  await expect(page.getByText(/^Card 2 of \d+/)).toBeVisible();
  await expect(page.locator("#practice-question")).toHaveText(question);
  await page.keyboard.press("Space");
  await expect(page.getByText("Why it matters:")).toBeVisible();
  await page.getByRole("link", { name: /^← / }).click();
  await page.getByRole("link", { name: "Debrief and red flags" }).click();
  await expect(page.locator('[data-flag="turnover"]').getByRole("checkbox")).toBeChecked();
  await other.close();
});

test("another tab's save updates an open page in place and keeps a half-typed draft", async ({ page, context }) => {
  await example(page);
  await page.getByRole("link", { name: "Question cards" }).click();
  await page.getByRole("button", { name: "Add your own card" }).click();
  await page.getByLabel("Question", { exact: true }).fill("Who covers nights?");

  const other = await context.newPage();
  await open(other, "/");
  await other.getByRole("link", { name: "Mayo Clinic (worked example)" }).click();
  await other.getByRole("link", { name: "Question cards" }).click();
  await other.locator('[data-card="opening.explain-mission"]').getByLabel("Notes or draft answer").fill("From the other tab.");
  await other.waitForTimeout(700);

  const notes = page.locator('[data-card="opening.explain-mission"]').getByLabel("Notes or draft answer");
  await expect(notes).toHaveValue("From the other tab.");
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue("Who covers nights?");
  await other.close();
});

test("a link to the page already open does not rebuild it", async ({ page }) => {
  await open(page, "/compare");
  const entries = await page.evaluate(() => history.length);
  await page.getByLabel("Add your own domain").fill("Call schedule");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await expect(page.getByLabel("Add your own domain")).toHaveValue("Call schedule");
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

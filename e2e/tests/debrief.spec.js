import { test, expect, open, expectAccessible, snap } from "./fixtures.js";

async function addOrg(page, name) {
  await page.goto("/");
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("textbox", { name: "Organization name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Save organization" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: "Debrief and red flags" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Debrief" })).toBeVisible();
}

test("on a phone: tick flags and write a debrief, reload, all kept; a serious flag comes first", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.getByRole("link", { name: "Debrief and red flags" }).click();

  const seed = page.locator('[data-flag="mission_unexplained"]');
  await expect(page.locator("[data-flag]").first()).toHaveAttribute("data-flag", "mission_unexplained");
  await seed.getByRole("checkbox").check();
  await seed.getByLabel("Note (optional)").fill("Changed the subject twice.");
  await page.locator('[data-flag="turnover"]').getByRole("checkbox").check();
  await page.getByLabel("Add your own flag").fill("No call rooms for night cover");
  await page.getByLabel("Severity").selectOption("minor");
  await page.getByRole("button", { name: "Add flag" }).click();
  await page.getByLabel("Culture and teamwork observations").fill("Radiology and medicine eat lunch together.");
  await page.getByLabel("Overall impression").selectOption("mixed");
  await page.getByLabel("Gut check").fill("Glad to work here if the mission answer improves.");
  await page.getByLabel("Mission fit", { exact: true }).selectOption("4");

  const verdict = page.locator(".verdict");
  await expect(verdict).toContainText("Serious red flag: A leader (program director, chair, chief medical officer, practice owner) could not explain the mission");
  await expect(verdict.locator("li").first()).toContainText("Serious:");
  await expectAccessible(page, "debrief on a phone");
  await snap(page, "debrief");

  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(seed.getByRole("checkbox")).toBeChecked();
  await expect(seed.getByLabel("Note (optional)")).toHaveValue("Changed the subject twice.");
  await expect(page.locator('[data-flag="turnover"]').getByRole("checkbox")).toBeChecked();
  await expect(page.locator("[data-flag]", { hasText: "No call rooms for night cover" }).getByRole("checkbox")).toBeChecked();
  await expect(page.getByLabel("Culture and teamwork observations")).toHaveValue("Radiology and medicine eat lunch together.");
  await expect(page.getByLabel("Overall impression")).toHaveValue("mixed");
  await expect(page.getByLabel("Gut check")).toHaveValue("Glad to work here if the mission answer improves.");
  await expect(page.getByLabel("Mission fit", { exact: true })).toHaveValue("4");
  await expect(page.getByLabel("Date of the interview")).not.toHaveValue("");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("three organizations rank as their ratings and hard stops say", async ({ page }) => {
  const plan = [
    ["Alpha Health", { "Mission fit": "3", "Culture and teamwork": "3" }, ""],
    ["Beta Clinic", { "Mission fit": "5", "Culture and teamwork": "5" }, "Non-compete covers the whole state"],
    ["Gamma Hospital", { "Mission fit": "5", "Culture and teamwork": "4" }, ""],
  ];
  await open(page);
  for (const [name, ratings, stop] of plan) {
    await addOrg(page, name);
    for (const [label, value] of Object.entries(ratings)) await page.getByLabel(label, { exact: true }).selectOption(value);
    if (stop) await page.getByLabel("Hard stop").fill(stop);
  }
  await page.getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare" })).toBeVisible();
  const ranked = page.locator("ol.ranking > li");
  await expect(ranked).toHaveCount(3);
  await expect(ranked.nth(0)).toContainText("Gamma Hospital");
  await expect(ranked.nth(0)).toContainText("4.5 of 5");
  await expect(ranked.nth(1)).toContainText("Alpha Health");
  await expect(ranked.nth(2)).toContainText("Beta Clinic");
  await expect(ranked.nth(2)).toContainText("Hard stop: Non-compete covers the whole state");

  const table = page.getByRole("table", { name: "Organizations side by side" });
  // One column per organization, in rank order; one row per question.
  await expect(table.getByRole("columnheader")).toHaveText(["Gamma Hospital", "Alpha Health", "Beta Clinic"]);
  await expect(table.getByRole("rowheader", { name: /Mission fit \(weight 3\)/ })).toBeVisible();

  // Weights change the ranking: make culture the only thing that matters.
  await page.getByLabel("Mission fit", { exact: true }).selectOption("0");
  await expect(ranked.nth(0)).toContainText("Gamma Hospital");
  await page.getByLabel("Culture and teamwork", { exact: true }).selectOption("0");
  await expect(ranked.nth(0)).toContainText("Not rated yet");

  await page.getByLabel("Mission fit", { exact: true }).selectOption("5");
  await page.getByLabel("Add your own domain").fill("Commute");
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(table.getByRole("rowheader", { name: /Commute/ })).toBeVisible();

  await expectAccessible(page, "compare");
  await snap(page, "compare");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download summary (Markdown)" }).click();
  const file = await download;
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(await file.path(), "utf8");
  expect(text).toContain("# Mission Ready: comparison");
  expect(text).toMatch(/1\. \*\*Gamma Hospital\*\*/);
  // The same columns as the screen's table, the opening question, the weighted rating
  // and the hard stop included.
  expect(text).toContain("| Organization | Mission check | Red flags in the text | Flags observed | Opening question |");
  expect(text).toContain("| Weighted rating (of 5) | Hard stop |");
  expect(text).toMatch(/\| Beta Clinic \|.*\| 5\.0 \| Non-compete covers the whole state \|/);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".weights")).toBeHidden();
  await expect(table).toBeVisible();
  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(page.getByLabel("Mission fit", { exact: true })).toHaveValue("5");
});

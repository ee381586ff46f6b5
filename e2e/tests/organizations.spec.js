import { test, expect, open, expectAccessible, snap, addOrganization } from "./fixtures.js";

test("an organization added with its mission is still there after a reload", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("textbox", { name: "Organization name", exact: true }).fill("Lakeside Community Hospital");
  await page.getByRole("textbox", { name: "Role applied for" }).fill("Hospitalist");
  await page.getByLabel("Interview date").fill("2031-03-14");
  const mission = "To heal, teach and discover, so that every family in the lake counties has a hospital it trusts.";
  await page.getByRole("textbox", { name: "Mission statement", exact: true }).fill(mission);
  await page.getByRole("button", { name: "Save organization" }).click();

  // Saving opens the new organization, with focus on its heading.
  const heading = page.getByRole("heading", { level: 1, name: "Lakeside Community Hospital" });
  await expect(heading).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Added Lakeside" })).toHaveCount(1);
  await page.getByRole("link", { name: "← All organizations" }).click();
  const link = page.getByRole("link", { name: "Lakeside Community Hospital" });
  await expect(link).toBeVisible();

  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(link).toBeVisible();
  await expect(page.getByText("Interview Fri, Mar 14, 2031")).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Lakeside Community Hospital" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Mission statement", exact: true })).toHaveValue(mission);
  await expect(page.getByRole("textbox", { name: "Role applied for" })).toHaveValue("Hospitalist");
});

test("edits on the organization page are saved as they are typed, even when the tab closes at once", async ({ page, context }) => {
  await addOrganization(page, "Northside Clinic");

  await page.getByLabel("Notes").fill("Ask about protected research time.");
  // Close immediately: the debounced save must be flushed on pagehide.
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await open(again);
  await again.getByRole("link", { name: "Northside Clinic" }).click();
  await expect(again.getByLabel("Notes")).toHaveValue("Ask about protected research time.");
});

test("an invalid edit is explained and the last valid version is kept", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  const name = page.getByRole("textbox", { name: "Organization name", exact: true });
  await name.fill("");
  await expect(page.getByText("Organization name is required.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Not saved yet")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
});

test("Try an example opens a real, credited mission and does not duplicate it", async ({ page }) => {
  await open(page);
  await expect(page.getByText("No organizations yet.")).toBeVisible();
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page).toHaveURL(/\/organizations\/o[0-9a-z]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
  await expect(page.getByRole("textbox", { name: "Mission statement", exact: true })).toHaveValue(
    "Inspiring hope and promoting health through integrated clinical practice, education and research.",
  );
  await expect(page.getByLabel("Where the mission was found")).toHaveValue(/mayoclinic\.org/);
  await expect(page.locator("h1")).toBeFocused();

  await page.getByRole("link", { name: "All organizations" }).click();
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.getByRole("link", { name: "All organizations" }).click();
  await expect(page.getByRole("link", { name: "Mayo Clinic (worked example)" })).toHaveCount(1);
});

test("deleting asks for confirmation, and cancelling keeps the organization", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  await page.getByRole("button", { name: "Delete organization…" }).click();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");

  await page.getByRole("button", { name: "Delete organization…" }).click();
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("No organizations yet.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No organizations yet.")).toBeVisible();
});

test("an unknown address shows a not-found page with a way back", async ({ page }) => {
  await open(page, "/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to your organizations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
});

test("a skip link leads to the main content", async ({ page }) => {
  await open(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the calendar drives the home screen: prepare, the day itself, the debrief, then compare", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T09:00:00"));
  await open(page);
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("textbox", { name: "Organization name", exact: true }).fill("Riverbend Hospital");
  await page.getByLabel("Interview date").fill("2026-12-04");
  await page.getByRole("button", { name: "Save organization" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riverbend Hospital");
  await page.getByRole("link", { name: "Organizations", exact: true }).click();
  const row = page.locator(".org-row", { hasText: "Riverbend Hospital" });
  await expect(row.locator(".org-when")).toHaveText("Interview Fri, Dec 4, 2026 (in 3 days)");
  await expect(row.getByRole("link", { name: /^Prepare: \d+ cards due$/ })).toBeVisible();

  // The calendar file holds the date as an all-day event.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add interview dates to my calendar (.ics)" }).click(),
  ]);
  const ics = (await (await download.createReadStream()).toArray()).join("");
  expect(ics).toContain("DTSTART;VALUE=DATE:20261204\r\nDTEND;VALUE=DATE:20261205");
  expect(ics).toContain("SUMMARY:Interview: Riverbend Hospital");

  await page.clock.setFixedTime(new Date("2026-12-04T07:30:00"));
  await page.reload();
  await expect(row.locator(".org-when")).toHaveText("Interview Fri, Dec 4, 2026 (today)");
  await expect(row.getByRole("link", { name: "Interview mode" })).toBeVisible();
  await expectAccessible(page, "home on the interview day");
  await snap(page, "home-interview-day");
  await row.getByRole("link", { name: "Today: open the cheat sheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cheat sheet");

  await page.clock.setFixedTime(new Date("2026-12-05T18:00:00"));
  await page.goto("/");
  await row.getByRole("link", { name: "Write the debrief while it is fresh" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Debrief");
  await page.getByLabel("Overall impression").selectOption({ index: 2 });
  await page.getByRole("link", { name: "Organizations", exact: true }).click();
  await row.getByRole("link", { name: "Compare with the others" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare");
});

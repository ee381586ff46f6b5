import { test, expect, open, expectAccessible, snap, addOrganization } from "./fixtures.js";

const region = (page) => page.getByRole("region", { name: "Mission check" });

test("the example's mission check shows its findings, marks and the questions they add", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  const check = region(page);
  await expect(check).toBeVisible();
  await expect(check).toHaveAttribute("aria-live", "polite");
  for (const id of ["noble_cause", "specific", "research", "education", "integration"]) {
    await expect(check.locator(`[data-finding="${id}"]`)).toHaveCount(1);
  }
  await expect(check.locator('[data-finding="generic"]')).toHaveCount(0);
  await expect(check.getByText("Promising on paper")).toBeVisible();
  await expect(check.locator('[data-finding="research"]')).toContainText("“research”");
  await expect(check.locator('[data-finding="research"]')).toContainText("protected time");
  await expect(check.locator(".statement b")).not.toHaveCount(0);
  await expectAccessible(page, "organization page with the mission check");
  await snap(page, "mission-check");
});

test("typing a statement updates the check live; markup is shown as text", async ({ page }) => {
  await addOrganization(page, "Typing Test Clinic");

  const check = region(page);
  await expect(check.locator('[data-finding="missing"]')).toBeVisible();
  await expect(check).toContainText("Why is this organization in business?");

  const box = page.getByRole("textbox", { name: "Mission statement", exact: true });
  await box.pressSequentially("We just exist to generate referrals for the hospital.");
  await expect(check.locator('[data-finding="subordinate"]')).toBeVisible();
  await expect(check.getByText("Red flag: by its own words")).toBeVisible();

  await box.fill('<img src=x onerror="window.__pwned=1"> A not-for-profit clinic caring for rural families 🩺');
  await expect(check.locator('[data-finding="population"]')).toBeVisible();
  await expect(check.locator('[data-finding="profit_first"]')).toHaveCount(0);
  await expect(check.locator(".statement img")).toHaveCount(0);
  await expect(check.locator(".statement")).toContainText("<img src=x");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expectAccessible(page, "mission check with a concern");
});

test("money named in passing asks a question, not a red flag; the organization's name is never evidence", async ({ page }) => {
  await addOrganization(page, "Advocate Valley Clinic");
  const check = region(page);
  const box = page.getByRole("textbox", { name: "Mission statement", exact: true });

  await box.fill("Advocate Valley Clinic is a not-for-profit that reinvests its revenue in primary care for rural families.");
  const mention = check.locator('[data-finding="business_mention"]');
  await expect(mention).toBeVisible();
  await expect(mention).toContainText("How is the margin used");
  await expect(check.locator('[data-finding="profit_first"]')).toHaveCount(0);
  await expect(check.locator('[data-finding="advocacy"]')).toHaveCount(0);
  await expect(check.locator('[data-finding="specific"]')).toBeVisible();
  await expect(check.getByText("Red flag: by its own words")).toHaveCount(0);
  await snap(page, "mission-business-mention");

  await box.fill("Our mission is to grow revenue and margins for our investors.");
  await expect(check.locator('[data-finding="profit_first"]')).toBeVisible();
  await expect(check.locator('[data-finding="business_mention"]')).toHaveCount(0);
  await expect(check.getByText("Red flag: by its own words")).toBeVisible();
  // A red flag that names the purpose holds "generic" back ...
  await expect(check.locator('[data-finding="generic"]')).toHaveCount(0);
  await expectAccessible(page, "mission check with a money-first purpose");

  // ... until the user says it does not apply: then the statement is judged on its words.
  await check.locator('[data-finding="profit_first"]').getByRole("button", { name: "Doesn't apply here" }).click();
  await check.getByRole("button", { name: "Hide this finding" }).click();
  await expect(check.locator('[data-finding="profit_first"]')).toHaveCount(0);
  await expect(check.locator('[data-finding="generic"]')).toBeVisible();
  await expect(check.locator(".verdict")).toContainText("Too generic");
  await expect(check.locator(".verdict")).toContainText("Adjusted by you");
  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(region(page).locator('[data-finding="generic"]')).toBeVisible();
  await expect(region(page).locator('[data-dismissed="profit_first"]')).toBeVisible();
  await expectAccessible(page, "mission check with a red flag marked as not applying");
  await snap(page, "mission-generic-after-dismiss");
});

test("a statement past 20,000 characters gets a clear message and is not saved", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  const box = page.getByRole("textbox", { name: "Mission statement", exact: true });
  await box.fill("research ".repeat(2300));
  await expect(page.getByText(/Mission statement is 20,700 characters long; the limit is 20,000/)).toBeVisible();
  await expect(page.locator("#org-mission-error")).toContainText("Until then, the last saved version is kept.");
  // The check reads what is stored: the last valid statement, not the refused text.
  await expect(region(page).locator(".statement")).toContainText(/^Inspiring hope/);
  await expect(region(page).locator('[data-finding="unfocused"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Mission statement", exact: true })).toHaveValue(/^Inspiring hope/);
});

test("a finding marked \"Doesn't apply here\" leaves the check and the deck, is kept, and comes back", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  const check = region(page);
  const research = check.locator('[data-finding="research"]');
  await expect(research).toBeVisible();
  await research.getByRole("button", { name: "Doesn't apply here" }).click();
  const reason = check.getByLabel("Why it does not apply (optional)");
  await expect(reason).toBeFocused();
  await reason.fill("Clinical role only; no research expected.");
  await expectAccessible(page, "mission check, dismissing a finding");
  await snap(page, "mission-dismiss-form");
  await check.getByRole("button", { name: "Hide this finding" }).click();

  await expect(research).toHaveCount(0);
  const hidden = check.locator('[data-dismissed="research"]');
  await expect(hidden).toContainText("Clinical role only; no research expected.");
  await expect(check.locator(".verdict")).toContainText("Adjusted by you");
  await expectAccessible(page, "mission check with a hidden finding");
  await snap(page, "mission-dismissed");

  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(region(page).locator('[data-dismissed="research"]')).toBeVisible();
  await page.getByRole("link", { name: "Question cards" }).click();
  await expect(page.locator('[data-card="mission.research.2"]')).toHaveCount(0);
  await expect(page.locator('[data-card="ops.teaching"]')).toHaveCount(1);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("table")).toContainText("(Adjusted by you.)");

  await page.goBack();
  await page.goBack();
  await region(page).locator('[data-dismissed="research"]').getByRole("button", { name: "Show again" }).click();
  await expect(region(page).locator('[data-finding="research"]')).toBeVisible();
  await expect(region(page).locator(".verdict")).not.toContainText("Adjusted by you");
});

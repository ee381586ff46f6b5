import { test, expect, open, expectAccessible, snap } from "./fixtures.js";

test("every screen passes axe-core in light and dark", async ({ page }) => {
  await open(page);
  await expectAccessible(page, "organizations (empty)");
  await snap(page, "organizations-empty");

  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("button", { name: "Save organization" }).click();
  await expect(page.getByText("Organization name is required.")).toBeVisible();
  await expectAccessible(page, "add organization form with an error");
  await snap(page, "add-form-error");
  await page.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
  await expectAccessible(page, "organization page");
  await snap(page, "organization");

  await page.getByRole("button", { name: "Delete organization…" }).click();
  await expectAccessible(page, "delete confirmation");

  await page.getByRole("link", { name: "All organizations" }).click();
  await expect(page.getByRole("link", { name: "Mayo Clinic (worked example)" })).toBeVisible();
  await expectAccessible(page, "organizations (with one)");
  await snap(page, "organizations");

  await open(page, "/nowhere");
  await expectAccessible(page, "not found");
});

test("the storage notice passes axe-core in light and dark", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("missionready.workspace", "{broken");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await open(page);
  await expect(page.getByRole("alert")).toBeVisible();
  await expectAccessible(page, "unreadable-data notice");
  await snap(page, "notice");
});

test("pages fit a 320 px wide phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const path of ["/", page.url()]) {
    await page.goto(path);
    await expect(page.locator(".app[data-ready='true']")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

import { test, expect, open } from "./fixtures.js";

test("production headers and the page's policy forbid anything but this origin", async ({ page, request }) => {
  const res = await request.get("/");
  const h = res.headers();
  const csp = h["content-security-policy"] || "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");

  await open(page);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("default-src 'none'");
  // The inline loader's hash in the policy matches the loader: the app started under it.
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
});

test("text that looks like markup stays text everywhere it is shown", async ({ page }) => {
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
  await open(page);
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("textbox", { name: "Organization name", exact: true }).fill(hostile);
  await page.getByRole("textbox", { name: "Mission statement", exact: true }).fill(hostile + " research");
  await page.getByRole("button", { name: "Save organization" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile);
  await page.getByRole("link", { name: "Organizations", exact: true }).click();
  await expect(page.getByRole("link", { name: hostile })).toBeVisible();
  await page.getByRole("link", { name: hostile }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile);
  for (const link of ["Question cards", "Cheat sheet", "Debrief and red flags"]) {
    await page.getByRole("link", { name: link }).click();
    await expect(page.locator("main img, main script")).toHaveCount(0);
    await page.goBack();
  }
  await page.getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("columnheader", { name: hostile })).toBeVisible();
  await expect(page.locator("main img, main script")).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

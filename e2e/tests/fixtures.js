// Shared test set-up: every test fails if the page throws, logs an error, violates the
// Content-Security-Policy, or sends a request anywhere but its own origin.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const test = base.extend({
  guarded: [
    async ({ page, baseURL }, use) => {
      const problems = [];
      const origin = new URL(baseURL).origin;
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()}`);
      });
      page.on("request", (r) => {
        const url = new URL(r.url());
        if (!["blob:", "data:"].includes(url.protocol) && url.origin !== origin) {
          problems.push(`request left the origin: ${r.url()}`);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await use(problems);
      expect(problems, "no errors and no request off the origin").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Open a path and wait until stored data is loaded. */
export async function open(page, path = "/") {
  await page.goto(path);
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
}

/** Open the app and add the worked example; its page is shown. */
export async function example(page) {
  await open(page);
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mayo Clinic (worked example)");
}

/** Open the app, add an organization with only a name, and open its page. */
export async function addOrganization(page, name) {
  await open(page);
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("textbox", { name: "Organization name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Save organization" }).click();
  // Saving opens the new organization.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** axe-core in light and dark; zero violations at WCAG 2.2 AA. */
export async function expectAccessible(page, label) {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary, `axe on ${label} in ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Screenshots for people to look at (not compared): phone and desktop, light and dark. */
export async function snap(page, name) {
  if (!process.env.SCREENSHOTS) return;
  const size = page.viewportSize();
  for (const [label, width, height] of [["phone", 360, 780], ["desktop", 1280, 900]]) {
    await page.setViewportSize({ width, height });
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `e2e/results/screenshots/${name}-${label}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: null });
  if (size) await page.setViewportSize(size);
}

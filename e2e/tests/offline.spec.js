// Offline use, installing and updating, against the release build and its service worker.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, open, addOrganization, expectAccessible, snap } from "./fixtures.js";
import { serve } from "../server.mjs";

const dist = process.env.E2E_DIST || "dist";

/** Wait until the service worker controls the page (it claims it on a first visit). */
async function controlled(page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
}

test("the built page's policy holds the hash of its start-up script, in the page and in the headers", () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
  const headers = readFileSync(join(dist, "_headers"), "utf8");
  for (const body of scripts) {
    const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
    expect(meta, "the page's policy").toContain(hash);
    expect(headers, "the header's policy").toContain(hash);
  }
  expect(meta).toContain("worker-src 'self'");
  expect(meta).toContain("manifest-src 'self'");
  expect(headers).toMatch(/\/sw\.js\n\s+Cache-Control: no-cache/);
});

test("the service worker precaches every file of the build under this build's cache name", () => {
  const sw = readFileSync(join(dist, "sw.js"), "utf8");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
  expect(sw).toMatch(/const CACHE = "missionready-[0-9a-f]{16}";/);
  for (const needed of ["/index.html", "/manifest.webmanifest", "/icon-192.png", "/icon-512.png", "/icon-maskable-512.png"]) {
    expect(files).toContain(needed);
  }
  for (const [, ref] of html.matchAll(/(?:href|src)="(\/[^"]+)"/g)) expect(files).toContain(ref);
  for (const hostFile of ["/_headers", "/_redirects", "/sw.js"]) expect(files).not.toContain(hostFile);
});

test("after one visit the app, its data and deep links work with no network", async ({ page, context }) => {
  await addOrganization(page, "Offline General");
  const deepLink = new URL(page.url()).pathname;
  expect(deepLink).toMatch(/^\/organizations\//);
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offline General");
  await expect(page.getByText("Offline. Everything still works and is saved in this browser.")).toBeVisible();
  await expectAccessible(page, "offline");
  await snap(page, "offline");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Offline General" })).toBeVisible();
  await page.goto(deepLink + "/cards");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question cards");
  await expect(page.locator("main")).toContainText("Offline General");
  // Edits made offline are saved as usual.
  await page.goto(deepLink);
  await page.getByRole("textbox", { name: "Role applied for" }).fill("Hospitalist");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Role applied for" })).toHaveValue("Hospitalist");

  await context.setOffline(false);
  await expect(page.getByText("Offline. Everything still works")).toHaveCount(0);
});

test("a kit link opens its preview with no network", async ({ page, context }) => {
  await addOrganization(page, "Kit Offline Clinic");
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await page.getByRole("checkbox", { name: /Kit Offline Clinic/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = new URL(await page.getByRole("textbox", { name: "Share link" }).inputValue());
  await controlled(page);
  await context.setOffline(true);
  await page.goto(link.pathname + link.hash);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a kit");
  await expect(page.getByText("1 organization, 0 cards.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import kit" })).toBeVisible();
});

test("the app is installable: its manifest parses and Chromium reports no installability errors", async ({ page }) => {
  await open(page);
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send("Page.getAppManifest");
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito-like; that alone is not a fault of the app.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
  const parsed = JSON.parse(readFileSync(join(dist, "manifest.webmanifest"), "utf8"));
  expect(parsed.icons.some((i) => i.purpose === "maskable" && i.sizes === "512x512")).toBe(true);
  expect(parsed.icons.some((i) => i.sizes === "192x192")).toBe(true);
});

test("under a new build, a banner offers the new version; accepting keeps an edit typed just before", async ({
  browser,
}) => {
  // Build N is the release build; N+1 is the same with one marker added, finished by the
  // same post-build step (new service worker, new cache name). Both on one origin.
  const next = mkdtempSync(join(tmpdir(), "mission-ready-next-"));
  cpSync(dist, next, { recursive: true });
  const page1 = readFileSync(join(next, "index.html"), "utf8");
  writeFileSync(join(next, "index.html"), page1.replace("<head>", '<head>\n  <meta name="mission-ready-build" content="next">'));
  execFileSync("node", ["scripts/post-build.mjs", next]);
  let folder = dist;
  const port = 8300 + Math.floor(Math.random() * 500);
  const server = await serve(() => folder, port);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await addOrganization(page, "Update Health");
    await controlled(page);
    const before = await page.evaluate(async () => {
      await caches.open("someone-elses-cache");
      return caches.keys();
    });
    const oldCache = before.find((n) => n.startsWith("missionready-"));
    expect(oldCache).toBeTruthy();
    await expect(page.getByRole("button", { name: "Reload for the new version" })).toHaveCount(0);

    folder = next;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await expect(page.getByRole("button", { name: "Reload for the new version" })).toBeVisible({ timeout: 15_000 });
    await expectAccessible(page, "update banner");
    await snap(page, "update-banner");
    // Nothing switches by itself: still build N.
    expect(await page.locator('meta[name="mission-ready-build"]').count()).toBe(0);

    // An edit typed a moment before accepting (its save is still pending).
    await page.getByRole("textbox", { name: "Notes", exact: true }).fill("Ask about the night float");
    await Promise.all([
      page.waitForEvent("load"),
      page.getByRole("button", { name: "Reload for the new version" }).click(),
    ]);
    await expect(page.locator(".app[data-ready='true']")).toBeVisible();
    await expect(page.locator('meta[name="mission-ready-build"]')).toHaveAttribute("content", "next");
    await expect(page.getByRole("textbox", { name: "Notes", exact: true })).toHaveValue("Ask about the night float");
    await expect(page.getByRole("button", { name: "Reload for the new version" })).toHaveCount(0);

    const after = await page.evaluate(() => caches.keys());
    expect(after).not.toContain(oldCache);
    expect(after).toContain("someone-elses-cache");
    expect(after.filter((n) => n.startsWith("missionready-"))).toHaveLength(1);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    server.close();
    rmSync(next, { recursive: true, force: true });
  }
});

test("a scripted journey under the service worker stays on this origin and within the policy", async ({
  page,
  context,
  baseURL,
}) => {
  // The page's own requests are checked by the shared fixture; the worker's here.
  const offOrigin = [];
  context.on("request", (r) => {
    const url = new URL(r.url());
    if (!["blob:", "data:"].includes(url.protocol) && url.origin !== new URL(baseURL).origin) offOrigin.push(r.url());
  });
  await addOrganization(page, "Journey Medical Group");
  await controlled(page);
  await page.getByRole("textbox", { name: "Mission statement", exact: true }).fill(
    "To care for the people of the Ohio Valley through primary care, teaching and research.",
  );
  for (const link of ["Question cards", "Cheat sheet", "Debrief and red flags"]) {
    await page.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goBack();
  }
  for (const link of ["Compare", "Share", "Your data", "Organizations"]) {
    await page.getByRole("link", { name: link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.reload();
  await expect(page.locator(".app[data-ready='true']")).toBeVisible();
  expect(offOrigin).toEqual([]);
});

test("without the release build's marker (as under trunk serve) no service worker is registered", async ({ browser }) => {
  const plain = mkdtempSync(join(tmpdir(), "mission-ready-plain-"));
  cpSync(dist, plain, { recursive: true });
  const html = readFileSync(join(plain, "index.html"), "utf8");
  expect(html).toContain('name="mission-ready-sw"');
  writeFileSync(join(plain, "index.html"), html.replace(/\s*<meta name="mission-ready-sw"[^>]*>/, ""));
  const port = 8300 + Math.floor(Math.random() * 500);
  const server = await serve(() => plain, port);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  try {
    const page = await context.newPage();
    await open(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  } finally {
    await context.close();
    server.close();
    rmSync(plain, { recursive: true, force: true });
  }
});
